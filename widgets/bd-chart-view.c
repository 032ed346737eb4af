/* bd-chart-view.c — a bar or line chart in the window, drawn as the reports print it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drawing is print/bd-chart.c's, so what a supervisor sees is what they print; only
 * the colours are the window's: the style's text colour and libadwaita's accent colour,
 * read again whenever the style manager turns dark or high contrast. A chart is a picture
 * to a screen reader, so its values are also its accessible description.
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "bd-chart-view.h"

#define FONT_SIZE   13.0
#define LINE_HEIGHT 120.0
/* Room kept right of the bars beyond what print/bd-chart.c keeps, for a value written
 * with its counts ("92% (11 of 12)"). */
#define VALUE_ROOM  (6 * FONT_SIZE)

struct _BdChartView
{
  GtkWidget        parent_instance;

  BdChartViewKind  kind;
  GArray          *values;    /* BdChartValue, their strings in @strings */
  GStringChunk    *strings;
  double           maximum;
  char            *summary;
};

G_DEFINE_FINAL_TYPE (BdChartView, bd_chart_view, GTK_TYPE_WIDGET)

static void
rgba_to_rgb (const GdkRGBA *rgba,
             double         rgb[3])
{
  rgb[0] = rgba->red;
  rgb[1] = rgba->green;
  rgb[2] = rgba->blue;
}

void
bd_chart_view_get_colors (BdChartView   *self,
                          BdChartColors *colors)
{
  GtkStyleContext *context;
  GdkRGBA ink, accent;

  g_return_if_fail (BD_IS_CHART_VIEW (self));

  /* GTK 4.8 has no gtk_widget_get_color (): the style context is how a widget reads its
   * colours there. */
  context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gtk_style_context_get_color (context, &ink);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = ink;
  rgba_to_rgb (&ink, colors->ink);
  rgba_to_rgb (&accent, colors->accent);
}

/* The height the values need: a bar a row, or the line's plot with its labels. */
static double
chart_height (BdChartView *self)
{
  if (self->values->len == 0)
    return 0.0;
  if (self->kind == BD_CHART_VIEW_LINE)
    return LINE_HEIGHT + FONT_SIZE * 3.1;
  return self->values->len * FONT_SIZE * 1.9;
}

static void
bd_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  BdChartView *self = BD_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 480;
    }
  else
    *minimum = *natural = (int) ceil (chart_height (self));
}

static void
bd_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  BdChartView *self = BD_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  const BdChartValue *values = (const BdChartValue *) self->values->data;
  BdChartColors colors;
  cairo_t *cr;

  if (self->values->len == 0 || width <= 0 || height <= 0)
    return;
  bd_chart_view_get_colors (self, &colors);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->kind == BD_CHART_VIEW_LINE)
    bd_chart_draw_line (cr, 0, 0, width, LINE_HEIGHT, FONT_SIZE, values, self->values->len,
                        self->maximum, &colors);
  else
    bd_chart_draw_bars (cr, 0, 0, MAX (width - VALUE_ROOM, width / 2), FONT_SIZE, values,
                        self->values->len, self->maximum, &colors);
  cairo_destroy (cr);
}

static void
style_changed_cb (BdChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
bd_chart_view_finalize (GObject *object)
{
  BdChartView *self = BD_CHART_VIEW (object);

  g_array_unref (self->values);
  g_string_chunk_free (self->strings);
  g_free (self->summary);
  G_OBJECT_CLASS (bd_chart_view_parent_class)->finalize (object);
}

static void
bd_chart_view_class_init (BdChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = bd_chart_view_finalize;
  widget_class->measure = bd_chart_view_measure;
  widget_class->snapshot = bd_chart_view_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "chart");
}

static void
bd_chart_view_init (BdChartView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->values = g_array_new (FALSE, TRUE, sizeof (BdChartValue));
  self->strings = g_string_chunk_new (256);
  self->summary = g_strdup ("");
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
bd_chart_view_new (BdChartViewKind  kind,
                   const char      *title)
{
  BdChartView *self = g_object_new (BD_TYPE_CHART_VIEW, NULL);

  self->kind = kind;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return GTK_WIDGET (self);
}

static char *
value_words (const BdChartValue *value)
{
  if (value->value < 0.0)
    return g_strdup ("—");
  return value->value_text != NULL ? g_strdup (value->value_text)
                                   : g_strdup_printf ("%.0f", value->value);
}

/* "Label: value; label: value" — the chart as a screen reader reads it. */
static char *
summarize (const BdChartValue *values,
           guint               n_values)
{
  GString *summary = g_string_new (NULL);

  for (guint i = 0; i < n_values; i++)
    {
      g_autofree char *words = value_words (&values[i]);

      g_string_append_printf (summary, "%s%s: %s", i > 0 ? "; " : "", values[i].label, words);
    }
  return g_string_free (summary, FALSE);
}

void
bd_chart_view_set_values (BdChartView        *self,
                          const BdChartValue *values,
                          guint               n_values,
                          double              maximum)
{
  g_return_if_fail (BD_IS_CHART_VIEW (self));
  g_return_if_fail (values != NULL || n_values == 0);

  g_array_set_size (self->values, 0);
  g_string_chunk_clear (self->strings);
  for (guint i = 0; i < n_values; i++)
    {
      BdChartValue copy = {
        g_string_chunk_insert (self->strings, values[i].label != NULL ? values[i].label : ""),
        values[i].value,
        values[i].value_text != NULL ? g_string_chunk_insert (self->strings, values[i].value_text)
                                     : NULL,
      };

      g_array_append_val (self->values, copy);
    }
  self->maximum = maximum;
  g_free (self->summary);
  self->summary = summarize (values, n_values);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->summary, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
bd_chart_view_get_n_values (BdChartView *self)
{
  g_return_val_if_fail (BD_IS_CHART_VIEW (self), 0);
  return self->values->len;
}

const char *
bd_chart_view_get_summary (BdChartView *self)
{
  g_return_val_if_fail (BD_IS_CHART_VIEW (self), NULL);
  return self->summary;
}
