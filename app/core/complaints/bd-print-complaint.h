/* bd-print-complaint.h — the complaint's decision letter and the month's report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-chart.h"
#include "bd-complaints-store.h"
#include "bd-printed-form.h"

G_BEGIN_DECLS

/* The decision letter (2020 measures art. 19): the facts found, the grounds, the outcome,
 * and how to ask for a review within 30 days, mediation, arbitration or court. Refused
 * (BD_COMPLAINT_ERROR) before a decision is recorded. */
BdPrintedForm *bd_printed_form_new_complaint_decision (BdStore      *store,
                                                       BdComplaint  *complaint,
                                                       GError      **error);
/* The month's report (004): counts by category with a bar chart, by channel, major
 * complaints, the share decided in time, causes and measures; one A4 page or more. */
BdPrintedForm *bd_printed_form_new_complaint_month    (BdStore      *store,
                                                       guint         year,
                                                       guint         month,
                                                       GError      **error);
/* The same counts as CSV, UTF-8 with a byte-order mark (what a spreadsheet on the branch's
 * computers opens as Chinese): one line per category and per channel, then the totals. */
char          *bd_complaint_month_to_csv              (const BdComplaintMonth *month,
                                                       guint                   year,
                                                       guint                   month_number);

/* The month's counts by category as a chart's values, one a category in the catalogue's
 * order, each labelled as people read it: the bars the report prints and the window
 * shows are these. Fills @values and returns their number, BD_N_COMPLAINT_CATEGORIES. */
guint          bd_complaint_month_category_values     (const BdComplaintMonth *month,
                                                       BdChartValue            values[BD_N_COMPLAINT_CATEGORIES]);
/* The month's totals as the report prints them and the window shows them: the
 * complaints, the major ones and the consultations; the complaints decided and the share
 * decided in time. */
char          *bd_complaint_month_dup_totals          (const BdComplaintMonth *month);
char          *bd_complaint_month_dup_in_time         (const BdComplaintMonth *month);

G_END_DECLS
