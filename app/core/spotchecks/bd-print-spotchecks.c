/* bd-print-spotchecks.c — the spot checks' report: on paper with its charts, and as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * domain.md §8: results per staff member, per kind of work and for the branch, against
 * the pass mark, and their trend; a printable report with charts, and CSV.
 */
#define G_LOG_DOMAIN "bd-print-spotchecks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-case-form.h"
#include "bd-csv.h"
#include "bd-chart.h"
#include "bd-print-spotchecks.h"
#include "bd-print.h"
#include "bd-staff-store.h"

#define MARGIN 48.0
#define BODY   10.0
#define GAP    6.0

typedef struct
{
  BdSpotResults  results;
  GArray        *trend;        /* BdSpotTally, twelve months */
  GPtrArray     *staff_names;  /* by the results' by_staff order */
  GPtrArray     *month_labels;
  char          *title;
  char          *head;
} SpotReport;

static void
spot_report_free (gpointer data)
{
  SpotReport *report = data;

  bd_spot_results_clear (&report->results);
  g_clear_pointer (&report->trend, g_array_unref);
  g_clear_pointer (&report->staff_names, g_ptr_array_unref);
  g_clear_pointer (&report->month_labels, g_ptr_array_unref);
  g_free (report->title);
  g_free (report->head);
  g_free (report);
}

static guint
pass_rate (const BdSpotTally *tally)
{
  return tally->records > 0 ? tally->passed * 100 / tally->records : 0;
}

static char *
tally_text (const BdSpotTally *tally)
{
  if (tally->records == 0)
    return g_strdup (_("no record scored"));
  return g_strdup_printf (_("%u of %u passed (%u%%), average score %u%%"), tally->passed,
                          tally->records, pass_rate (tally), tally->percent_sum / tally->records);
}

static double
line (cairo_t     *cr,
      double       y,
      double       width,
      BdPrintFont  font,
      double       size,
      const char  *text)
{
  cairo_set_source_rgb (cr, 0, 0, 0);
  return y + bd_print_text (cr, font, size, MARGIN, y, width, PANGO_ALIGN_LEFT, text) + GAP;
}

/* Pass rates as bars: per staff member, per kind, per item. */
static double
draw_staff (cairo_t          *cr,
            const SpotReport *report,
            double            y,
            double            width)
{
  GArray *staff = report->results.by_staff;
  g_autofree BdChartValue *bars = g_new0 (BdChartValue, MAX (1, staff->len));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < staff->len; i++)
    {
      BdSpotTally *tally = &g_array_index (staff, BdSpotTally, i);
      char *text = g_strdup_printf (_("%u%% of %u"), pass_rate (tally), tally->records);

      g_ptr_array_add (texts, text);
      bars[i] = (BdChartValue) { report->staff_names->pdata[i], pass_rate (tally), text };
    }
  return y + bd_chart_draw_bars (cr, MARGIN, y, width, BODY, bars, staff->len, 100.0,
                                 &bd_chart_colors_paper);
}

static double
draw_items (cairo_t          *cr,
            const SpotReport *report,
            double            y,
            double            width)
{
  GArray *items = report->results.by_item;
  g_autofree BdChartValue *bars = g_new0 (BdChartValue, MAX (1, items->len));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < items->len; i++)
    {
      BdSpotItemTally *item = &g_array_index (items, BdSpotItemTally, i);
      guint applying = item->pass + item->fail;
      guint rate = applying > 0 ? item->pass * 100 / applying : 100;
      char *text = g_strdup_printf (_("%u%% of %u"), rate, applying);

      g_ptr_array_add (texts, text);
      bars[i] = (BdChartValue) { item->label, rate, text };
    }
  return y + bd_chart_draw_bars (cr, MARGIN, y, width, BODY * 0.9, bars, items->len, 100.0,
                                 &bd_chart_colors_paper);
}

static double
draw_trend (cairo_t          *cr,
            const SpotReport *report,
            double            y,
            double            width)
{
  BdChartValue points[12];
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint n = MIN (report->trend->len, G_N_ELEMENTS (points));

  for (guint i = 0; i < n; i++)
    {
      BdSpotTally *tally = &g_array_index (report->trend, BdSpotTally, i);
      char *text = tally->records > 0 ? g_strdup_printf ("%u%%", pass_rate (tally)) : g_strdup ("—");

      g_ptr_array_add (texts, text);
      points[i] = (BdChartValue) { report->month_labels->pdata[i],
                                   tally->records > 0 ? (double) pass_rate (tally) : -1.0, text };
    }
  return y + bd_chart_draw_line (cr, MARGIN, y, width, 80.0, BODY * 0.9, points, n, 100.0,
                                 &bd_chart_colors_paper);
}

static void
draw_report (const BdPrintedForm *printed,
             guint                page,
             cairo_t             *cr,
             double               width,
             double               height)
{
  const SpotReport *report = bd_printed_form_get_data (printed);
  double inner = width - 2 * MARGIN, y = MARGIN;
  g_autofree char *branch = tally_text (&report->results.branch);

  cairo_save (cr);
  y = line (cr, y, inner, BD_PRINT_FONT_SANS, BODY * 0.85, report->head);
  y = line (cr, y, inner, BD_PRINT_FONT_SERIF_BOLD, BODY * 1.6, report->title);
  y = line (cr, y, inner, BD_PRINT_FONT_SANS, BODY, branch);
  for (guint kind = 0; kind < BD_N_WORK_KINDS; kind++)
    if (report->results.by_kind[kind].records > 0)
      {
        g_autofree char *text = tally_text (&report->results.by_kind[kind]);
        g_autofree char *kind_line = g_strdup_printf (_("%s: %s"), bd_work_kind_get_label (kind),
                                                      text);

        y = line (cr, y, inner, BD_PRINT_FONT_SANS, BODY, kind_line);
      }
  y = line (cr, y + GAP, inner, BD_PRINT_FONT_SANS_BOLD, BODY, _("Pass rate by staff member"));
  y = draw_staff (cr, report, y, inner);
  y = line (cr, y + GAP, inner, BD_PRINT_FONT_SANS_BOLD, BODY,
            _("Items passed where they applied"));
  y = draw_items (cr, report, y, inner);
  y = line (cr, y + GAP, inner, BD_PRINT_FONT_SANS_BOLD, BODY,
            _("Pass rate over the last twelve months"));
  draw_trend (cr, report, y, inner);
  cairo_restore (cr);
}

static gboolean
read_names (BdStore     *store,
            SpotReport  *report,
            GError     **error)
{
  report->staff_names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < report->results.by_staff->len; i++)
    {
      gint64 id = g_array_index (report->results.by_staff, BdSpotTally, i).staff_id;
      g_autoptr(BdStaff) staff = bd_store_get_staff (store, id, error);

      if (staff == NULL)
        return FALSE;
      g_ptr_array_add (report->staff_names, g_strdup (bd_staff_get_name (staff)));
    }
  return TRUE;
}

/* The trend's twelve months, up to the report's last day's. */
static gboolean
read_trend (BdStore     *store,
            SpotReport  *report,
            const char  *to,
            gint64       staff_id,
            GError     **error)
{
  GDate last, month;

  if (!bd_date_parse_iso (to, &last))
    {
      g_set_error_literal (error, BD_SPOT_ERROR, BD_SPOT_ERROR_INVALID,
                           _("Choose a period: its first day, then its last, as YYYY-MM-DD"));
      return FALSE;
    }
  report->trend = bd_spotchecks_store_trend (store, g_date_get_year (&last),
                                             g_date_get_month (&last), 12, staff_id, error);
  if (report->trend == NULL)
    return FALSE;
  report->month_labels = g_ptr_array_new_with_free_func (g_free);
  g_date_clear (&month, 1);
  g_date_set_dmy (&month, 1, g_date_get_month (&last), g_date_get_year (&last));
  g_date_subtract_months (&month, 11);
  for (guint i = 0; i < 12; i++, g_date_add_months (&month, 1))
    /* Translators: a month on the trend's axis: the year's last two digits and the month */
    g_ptr_array_add (report->month_labels,
                     g_strdup_printf (_("%02u/%02u"), g_date_get_year (&month) % 100,
                                      g_date_get_month (&month)));
  return TRUE;
}

BdPrintedForm *
bd_printed_form_new_spot_report (BdStore     *store,
                                 const char  *from,
                                 const char  *to,
                                 gint64       staff_id,
                                 GError     **error)
{
  SpotReport *report = g_new0 (SpotReport, 1);
  g_autofree char *file_name = NULL;
  BdPrintedForm *printed;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  if (!bd_spotchecks_store_results (store, from, to, staff_id, &report->results, error)
      || !read_names (store, report, error) || !read_trend (store, report, to, staff_id, error))
    {
      spot_report_free (report);
      return NULL;
    }
  report->head = bd_case_form_company_line (store);
  /* Translators: the title of the spot checks' report: its first and last days */
  report->title = g_strdup_printf (_("Service-standard spot checks, %s to %s"), from, to);
  printed = bd_printed_form_new (report->title, BD_PAPER_A4, 1, draw_report, report,
                                 spot_report_free);
  bd_printed_form_set_audit (printed, "spot-report-printed", NULL, 0, 0, report->title);
  bd_printed_form_set_saved_action (printed, "spot-report-saved");
  /* Translators: the beginning of a saved spot checks report's file name */
  file_name = g_strdup_printf ("%s-%s-%s.pdf", _("spot-checks"), from, to);
  bd_printed_form_set_file_name (printed, file_name);
  return printed;
}

static void
append_tally (GString           *csv,
              const char        *what,
              const char        *name,
              const BdSpotTally *tally)
{
  bd_csv_append_field (csv, what);
  g_string_append_c (csv, ',');
  bd_csv_append_field (csv, name);
  g_string_append_printf (csv, ",%u,%u,%u\r\n", tally->records, tally->passed,
                          tally->records > 0 ? tally->percent_sum / tally->records : 0);
}

char *
bd_spot_results_to_csv (BdStore             *store,
                        const BdSpotResults *results,
                        const char          *from,
                        const char          *to)
{
  GString *csv = bd_csv_new ();

  g_string_append_printf (csv, "%s,%s,%s,%s,%s\r\n", _("What"), _("Name"), _("Records"),
                          _("Passed"), _("Average score"));
  for (guint i = 0; i < results->by_staff->len; i++)
    {
      const BdSpotTally *tally = &g_array_index (results->by_staff, BdSpotTally, i);
      g_autoptr(BdStaff) staff = bd_store_get_staff (store, tally->staff_id, NULL);

      append_tally (csv, _("Staff member"), staff != NULL ? bd_staff_get_name (staff) : "—", tally);
    }
  for (guint kind = 0; kind < BD_N_WORK_KINDS; kind++)
    if (results->by_kind[kind].records > 0)
      append_tally (csv, _("Kind of work"), bd_work_kind_get_label (kind), &results->by_kind[kind]);
  for (guint i = 0; i < results->by_item->len; i++)
    {
      const BdSpotItemTally *item = &g_array_index (results->by_item, BdSpotItemTally, i);

      bd_csv_append_field (csv, _("Item"));
      g_string_append_c (csv, ',');
      bd_csv_append_field (csv, item->label);
      g_string_append_printf (csv, ",%u,%u,\r\n", item->pass + item->fail, item->pass);
    }
  {
    g_autofree char *period = g_strdup_printf ("%s – %s", from, to);

    append_tally (csv, _("Branch"), period, &results->branch);
  }
  return g_string_free (csv, FALSE);
}
