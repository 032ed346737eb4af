/* bd-print-complaint.h — the complaint's decision letter and the month's report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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

G_END_DECLS
