/* bd-print-complaint.c — the complaint's decision letter and the month's report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The letter is the case's form (case/bd-case-form.c). The month's report is drawn here:
 * a title, the totals, a bar per category (cairo, to scale of the largest), the channels,
 * and the causes and measures (004: count, categories, cases and causes, measures).
 */
#define G_LOG_DOMAIN "bd-print-complaint"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-case-form.h"
#include "bd-csv.h"
#include "bd-chart.h"
#include "bd-print-complaint.h"
#include "bd-print.h"

BdPrintedForm *
bd_printed_form_new_complaint_decision (BdStore      *store,
                                        BdComplaint  *complaint,
                                        GError      **error)
{
  g_autoptr(BdComplaint) stored = NULL;
  BdCase *kase;
  BdCaseForm *form;
  GDate received;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (BD_IS_COMPLAINT (complaint), NULL);

  /* Read again: the paper says what the branch recorded. */
  stored = bd_complaints_store_get (store, bd_case_get_id (bd_complaint_get_case (complaint)),
                                    error);
  if (stored == NULL)
    return NULL;
  if (bd_complaint_get_outcome (stored) == NULL)
    {
      g_set_error_literal (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_DECISION,
                           _("No decision has been recorded yet: there is no letter to print"));
      return NULL;
    }
  kase = bd_complaint_get_case (stored);
  form = bd_case_form_new (_("Decision on your complaint"), store);
  bd_case_form_add_row (form, _("Complaint number"), g_strdup (bd_case_get_number (kase)));
  bd_case_form_add_row (form, _("Complainant"),
                        g_strdup (bd_or_dash (bd_complaint_get_complainant_name (stored))));
  bd_case_form_add_row (form, _("Category"),
                        g_strdup (bd_complaint_category_get_label (bd_complaint_get_category (stored))));
  if (bd_date_parse_iso (bd_case_get_received_on (kase), &received))
    bd_case_form_add_row (form, _("Received on"), bd_case_form_format_day (&received));
  bd_case_form_add_row (form, _("Facts found"), g_strdup (bd_complaint_get_facts (stored)));
  bd_case_form_add_row (form, _("Grounds"), g_strdup (bd_complaint_get_grounds (stored)));
  bd_case_form_add_row (form, _("Outcome"), g_strdup (bd_complaint_get_outcome (stored)));
  bd_case_form_add_paragraph (form,
                              g_strdup (_("If you disagree with this decision, you may ask for "
                                          "a review within 30 days of receiving it; the review "
                                          "is decided within 30 days (Measures for Consumer "
                                          "Complaints in Banking and Insurance, art. 20). You "
                                          "may also ask for mediation, or take the matter to "
                                          "arbitration or to court.")));
  bd_case_form_add_contact (form, store, _("Handled by"), bd_case_get_accepted_by_name (kase));
  return bd_case_form_print (form, kase, "complaint-decision-printed",
                             "complaint-decision-saved",
                             /* Translators: the beginning of a saved decision letter's file name */
                             _("complaint-decision"));
}

/* ── the month ─────────────────────────────────────────────────────────────────────── */

#define MARGIN     48.0
#define BODY       10.5
#define ROW_GAP    6.0

typedef struct
{
  BdComplaintMonth month;
  guint            year;
  guint            month_number;
  char            *title;
  char            *head;
} MonthReport;

static void
month_report_free (gpointer data)
{
  MonthReport *report = data;

  bd_complaint_month_clear (&report->month);
  g_free (report->title);
  g_free (report->head);
  g_free (report);
}

static double
draw_line (cairo_t    *cr,
           double      y,
           double      width,
           BdPrintFont font,
           double      size,
           const char *text)
{
  return y + bd_print_text (cr, font, size, MARGIN, y, width, PANGO_ALIGN_LEFT, text) + ROW_GAP;
}

guint
bd_complaint_month_category_values (const BdComplaintMonth *month,
                                    BdChartValue            values[BD_N_COMPLAINT_CATEGORIES])
{
  g_return_val_if_fail (month != NULL, 0);

  for (guint i = 0; i < BD_N_COMPLAINT_CATEGORIES; i++)
    values[i] = (BdChartValue) { bd_complaint_category_get_label (i), month->by_category[i],
                                 NULL };
  return BD_N_COMPLAINT_CATEGORIES;
}

char *
bd_complaint_month_dup_totals (const BdComplaintMonth *month)
{
  g_return_val_if_fail (month != NULL, NULL);

  return g_strdup_printf (_("Complaints: %u · major (20 people or more): %u · "
                            "consultations: %u"), month->complaints, month->major,
                          month->consultations);
}

char *
bd_complaint_month_dup_in_time (const BdComplaintMonth *month)
{
  g_return_val_if_fail (month != NULL, NULL);

  if (month->decided == 0)
    return g_strdup (_("Decided: none yet"));
  return g_strdup_printf (_("Decided: %u, of which in time: %u (%u%%)"), month->decided,
                          month->decided_in_time, month->decided_in_time * 100 / month->decided);
}

/* One bar a category, to the scale of the largest (bd-chart.c). */
static double
draw_bars (cairo_t           *cr,
           const MonthReport *report,
           double             y,
           double             width)
{
  BdChartValue bars[BD_N_COMPLAINT_CATEGORIES];
  guint n_bars = bd_complaint_month_category_values (&report->month, bars);

  return y + bd_chart_draw_bars (cr, MARGIN, y, width, BODY, bars, n_bars, 0.0,
                                 &bd_chart_colors_paper);
}

static double
draw_totals (cairo_t           *cr,
             const MonthReport *report,
             double             y,
             double             width)
{
  g_autofree char *totals = bd_complaint_month_dup_totals (&report->month);
  g_autofree char *in_time = bd_complaint_month_dup_in_time (&report->month);

  y = draw_line (cr, y, width, BD_PRINT_FONT_SANS, BODY, totals);
  return draw_line (cr, y, width, BD_PRINT_FONT_SANS, BODY, in_time);
}

static double
draw_channels (cairo_t           *cr,
               const MonthReport *report,
               double             y,
               double             width)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < BD_N_COMPLAINT_CHANNELS; i++)
    g_string_append_printf (text, "%s%s %u", i > 0 ? _("; ") : "",
                            bd_complaint_channel_get_label (i), report->month.by_channel[i]);
  return draw_line (cr, y, width, BD_PRINT_FONT_SANS, BODY, text->str);
}

static void
draw_month (const BdPrintedForm *printed,
            guint                page,
            cairo_t             *cr,
            double               width,
            double               height)
{
  const MonthReport *report = bd_printed_form_get_data (printed);
  double inner = width - 2 * MARGIN, y = MARGIN;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  y = draw_line (cr, y, inner, BD_PRINT_FONT_SANS, BODY * 0.85, report->head);
  y = draw_line (cr, y, inner, BD_PRINT_FONT_SERIF_BOLD, BODY * 1.6, report->title);
  y = draw_totals (cr, report, y + ROW_GAP, inner);
  y = draw_line (cr, y + ROW_GAP, inner, BD_PRINT_FONT_SANS_BOLD, BODY, _("By category"));
  y = draw_bars (cr, report, y, inner);
  y = draw_line (cr, y + ROW_GAP, inner, BD_PRINT_FONT_SANS_BOLD, BODY, _("By channel"));
  y = draw_channels (cr, report, y, inner);
  y = draw_line (cr, y + ROW_GAP, inner, BD_PRINT_FONT_SANS_BOLD, BODY,
                 _("Causes and measures taken"));
  if (report->month.remedies->len == 0)
    y = draw_line (cr, y, inner, BD_PRINT_FONT_SANS, BODY, _("None recorded"));
  for (guint i = 0; i < report->month.remedies->len && y < height - MARGIN; i++)
    y = draw_line (cr, y, inner, BD_PRINT_FONT_SANS, BODY, report->month.remedies->pdata[i]);
  cairo_restore (cr);
}

BdPrintedForm *
bd_printed_form_new_complaint_month (BdStore  *store,
                                     guint     year,
                                     guint     month,
                                     GError  **error)
{
  MonthReport *report = g_new0 (MonthReport, 1);
  g_autofree char *file_name = NULL;
  BdPrintedForm *printed;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  if (!bd_complaints_store_count_month (store, year, month, &report->month, error))
    {
      month_report_free (report);
      return NULL;
    }
  report->year = year;
  report->month_number = month;
  report->head = bd_case_form_company_line (store);
  /* Translators: the title of the month's report: the year and the month */
  report->title = g_strdup_printf (_("Complaints of %04u-%02u"), year, month);
  printed = bd_printed_form_new (report->title, BD_PAPER_A4, 1, draw_month, report,
                                 month_report_free);
  bd_printed_form_set_audit (printed, "complaint-report-printed", NULL, 0, 0, report->title);
  bd_printed_form_set_saved_action (printed, "complaint-report-saved");
  /* Translators: the beginning of a saved monthly report's file name */
  file_name = g_strdup_printf ("%s-%04u-%02u.pdf", _("complaints"), year, month);
  bd_printed_form_set_file_name (printed, file_name);
  return printed;
}

static void
append_row (GString    *csv,
            const char *what,
            const char *name,
            guint       count)
{
  bd_csv_append_field (csv, what);
  g_string_append_c (csv, ',');
  bd_csv_append_field (csv, name);
  g_string_append_printf (csv, ",%u\r\n", count);
}

char *
bd_complaint_month_to_csv (const BdComplaintMonth *month,
                           guint                   year,
                           guint                   month_number)
{
  GString *csv = bd_csv_new ();
  g_autofree char *period = g_strdup_printf ("%04u-%02u", year, month_number);

  bd_csv_append_field (csv, _("Month"));
  g_string_append_c (csv, ',');
  bd_csv_append_field (csv, period);
  g_string_append (csv, ",\r\n");
  for (guint i = 0; i < BD_N_COMPLAINT_CATEGORIES; i++)
    append_row (csv, _("Category"), bd_complaint_category_get_label (i), month->by_category[i]);
  for (guint i = 0; i < BD_N_COMPLAINT_CHANNELS; i++)
    append_row (csv, _("Channel"), bd_complaint_channel_get_label (i), month->by_channel[i]);
  append_row (csv, _("Total"), _("Complaints"), month->complaints);
  append_row (csv, _("Total"), _("Major complaints"), month->major);
  append_row (csv, _("Total"), _("Consultations"), month->consultations);
  append_row (csv, _("Total"), _("Decided"), month->decided);
  append_row (csv, _("Total"), _("Decided in time"), month->decided_in_time);
  return g_string_free (csv, FALSE);
}
