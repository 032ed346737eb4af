/* bd-chart.h — bar and line charts drawn with cairo: on paper and in the window alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* One bar, or one point of a line: its label, its value, and the value as people read it
 * ("12", "85%"; NULL: the value as a whole number). */
typedef struct
{
  const char *label;
  double      value;
  const char *value_text;
} BdChartValue;

/* The colours a chart draws with: text and axes, and the bars or the line. The window
 * passes its style's (dark, high contrast); paper passes black and a blue. */
typedef struct
{
  double ink[3];
  double accent[3];
} BdChartColors;

extern const BdChartColors bd_chart_colors_paper;

/* Horizontal bars, one a row: the label right-aligned in the left part of @width, the
 * bar to the scale of @maximum (0: the largest value), its value at its end. Returns the
 * height drawn. */
double bd_chart_draw_bars (cairo_t             *cr,
                           double               x,
                           double               y,
                           double               width,
                           double               font_size,
                           const BdChartValue  *values,
                           guint                n_values,
                           double               maximum,
                           const BdChartColors *colors);
/* A line through @n_values points spread across @width, from 0 to @maximum (0: the
 * largest value) over @height, each point's value above it and its label below the axis;
 * a point below 0 has no data: the line breaks there. Returns the height drawn. */
double bd_chart_draw_line (cairo_t             *cr,
                           double               x,
                           double               y,
                           double               width,
                           double               height,
                           double               font_size,
                           const BdChartValue  *values,
                           guint                n_values,
                           double               maximum,
                           const BdChartColors *colors);

G_END_DECLS
