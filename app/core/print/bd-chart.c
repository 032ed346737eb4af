/* bd-chart.c — bar and line charts drawn with cairo: on paper and in the window alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reports print these and the window's chart widget draws the same on its own
 * colours, so what a supervisor sees is what they print.
 */
#include "config.h"

#include "bd-chart.h"
#include "bd-print.h"

const BdChartColors bd_chart_colors_paper = {
  { 0.0, 0.0, 0.0 },
  { 0.2, 0.4, 0.7 },
};

#define LABEL_SHARE 0.38
#define ROW_GAP     0.5    /* of the font size */

static double
largest (const BdChartValue *values,
         guint               n_values,
         double              maximum)
{
  double found = maximum;

  for (guint i = 0; maximum <= 0.0 && i < n_values; i++)
    found = MAX (found, values[i].value);
  return found > 0.0 ? found : 1.0;
}

static void
set_color (cairo_t      *cr,
           const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

/* The value as written at the end of its bar or above its point. */
static char *
value_text (const BdChartValue *value)
{
  return value->value_text != NULL ? g_strdup (value->value_text)
                                   : g_strdup_printf ("%.0f", value->value);
}

double
bd_chart_draw_bars (cairo_t             *cr,
                    double               x,
                    double               y,
                    double               width,
                    double               font_size,
                    const BdChartValue  *values,
                    guint                n_values,
                    double               maximum,
                    const BdChartColors *colors)
{
  double label_width = width * LABEL_SHARE, bar_room = width - label_width - 4.0 * font_size;
  double top = y, scale = largest (values, n_values, maximum);

  cairo_save (cr);
  for (guint i = 0; i < n_values; i++)
    {
      g_autofree char *text = value_text (&values[i]);
      double length = bar_room * CLAMP (values[i].value / scale, 0.0, 1.0);
      double height;

      set_color (cr, colors->ink);
      /* A long label wraps: its row is as tall as it. */
      height = bd_print_text (cr, BD_PRINT_FONT_SANS, font_size, x, y, label_width - font_size * 0.5,
                              PANGO_ALIGN_RIGHT, values[i].label);
      set_color (cr, colors->accent);
      cairo_rectangle (cr, x + label_width, y + font_size * 0.15, length, font_size * 1.1);
      cairo_fill (cr);
      set_color (cr, colors->ink);
      bd_print_text (cr, BD_PRINT_FONT_SANS, font_size, x + label_width + length + font_size * 0.3,
                     y, 0, PANGO_ALIGN_LEFT, text);
      y += MAX (height, font_size * 1.4) + ROW_GAP * font_size;
    }
  cairo_restore (cr);
  return y - top;
}

double
bd_chart_draw_line (cairo_t             *cr,
                    double               x,
                    double               y,
                    double               width,
                    double               height,
                    double               font_size,
                    const BdChartValue  *values,
                    guint                n_values,
                    double               maximum,
                    const BdChartColors *colors)
{
  double scale = largest (values, n_values, maximum);
  double top = y + font_size * 1.5, bottom = top + height;
  double step = n_values > 1 ? width / n_values : width;

  g_return_val_if_fail (n_values > 0, 0.0);

  cairo_save (cr);
  set_color (cr, colors->ink);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, x, bottom);
  cairo_line_to (cr, x + width, bottom);
  cairo_stroke (cr);
  set_color (cr, colors->accent);
  cairo_set_line_width (cr, 1.5);
  for (guint i = 0; i < n_values; i++)
    {
      double px = x + step * (i + 0.5);
      double py = bottom - height * CLAMP (values[i].value / scale, 0.0, 1.0);

      /* A point without data breaks the line rather than dropping it to 0. */
      if (values[i].value < 0.0)
        continue;
      if (i == 0 || values[i - 1].value < 0.0)
        cairo_move_to (cr, px, py);
      else
        cairo_line_to (cr, px, py);
    }
  cairo_stroke (cr);
  for (guint i = 0; i < n_values; i++)
    {
      g_autofree char *text = value_text (&values[i]);
      double px = x + step * (i + 0.5);
      double py = bottom - height * CLAMP (values[i].value / scale, 0.0, 1.0);

      if (values[i].value >= 0.0)
        {
          set_color (cr, colors->accent);
          cairo_arc (cr, px, py, 2.0, 0, 2 * G_PI);
          cairo_fill (cr);
          set_color (cr, colors->ink);
          bd_print_text (cr, BD_PRINT_FONT_SANS, font_size * 0.8, px - step / 2,
                         py - font_size * 1.3, step, PANGO_ALIGN_CENTER, text);
        }
      set_color (cr, colors->ink);
      bd_print_text (cr, BD_PRINT_FONT_SANS, font_size * 0.8, px - step / 2,
                     bottom + font_size * 0.3, step, PANGO_ALIGN_CENTER, values[i].label);
    }
  cairo_restore (cr);
  return bottom - y + font_size * 1.6;
}
