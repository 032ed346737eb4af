/* bd-chart-view.h — a bar or line chart in the window, drawn as the reports print it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "bd-chart.h"

G_BEGIN_DECLS

typedef enum
{
  BD_CHART_VIEW_BARS,   /* one horizontal bar a row: pass rates per staff member, per item */
  BD_CHART_VIEW_LINE,   /* a line across periods: a trend */
} BdChartViewKind;

#define BD_TYPE_CHART_VIEW (bd_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (BdChartView, bd_chart_view, BD, CHART_VIEW, GtkWidget)

/* A chart named @title for screen readers, which hear its values too. */
GtkWidget  *bd_chart_view_new         (BdChartViewKind     kind,
                                       const char         *title);
/* The values drawn (copied), to the scale of @maximum (0: the largest value); a line's
 * point below 0 has no data. */
void        bd_chart_view_set_values  (BdChartView        *self,
                                       const BdChartValue *values,
                                       guint               n_values,
                                       double              maximum);
guint       bd_chart_view_get_n_values (BdChartView       *self);
/* What a screen reader hears after the title: each label with its value. */
const char *bd_chart_view_get_summary (BdChartView        *self);
/* The colours the chart draws with now: the style's text and accent colours, so dark
 * and high-contrast styles draw in theirs. */
void        bd_chart_view_get_colors  (BdChartView        *self,
                                       BdChartColors      *colors);

G_END_DECLS
