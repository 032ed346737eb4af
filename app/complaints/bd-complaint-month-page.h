/* bd-complaint-month-page.h — the supervisor's month of complaints: counts, chart, causes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-complaints-desk.h"

G_BEGIN_DECLS

#define BD_TYPE_COMPLAINT_MONTH_PAGE (bd_complaint_month_page_get_type ())

G_DECLARE_FINAL_TYPE (BdComplaintMonthPage, bd_complaint_month_page, BD, COMPLAINT_MONTH_PAGE,
                      AdwBin)

/* The page on @session, showing the month the desk asks first (the last whole month). */
GtkWidget *bd_complaint_month_page_new       (BdSession            *session);
/* Opens the report in a window of its own beside @parent's window (the one already open,
 * if any), and returns that window. It closes when the session is locked or ends. */
GtkWindow *bd_complaint_month_page_present   (GtkWidget            *parent,
                                              BdSession            *session);

/* The month shown; showing another reads it again (each reading is audited). */
void       bd_complaint_month_page_set_month (BdComplaintMonthPage *self,
                                              guint                 year,
                                              guint                 month);
void       bd_complaint_month_page_get_month (BdComplaintMonthPage *self,
                                              guint                *year,
                                              guint                *month);
/* The month's counts as the desk gave them (NULL when it refused). */
const BdComplaintMonth *bd_complaint_month_page_get_counts (BdComplaintMonthPage *self);
/* Saves the month shown as CSV (UTF-8 with a byte-order mark), as "Export CSV…" does. */
gboolean   bd_complaint_month_page_save_csv  (BdComplaintMonthPage *self,
                                              GFile                *file,
                                              GError              **error);

G_END_DECLS
