/* bd-complaints-desk.h — the desk's complaints and consultations, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-complaints-store.h"
#include "bd-printed-form.h"
#include "bd-session.h"

G_BEGIN_DECLS

/* Logs @complaint in the name of the signed-in staff member, its first responder
 * (BD_PERMISSION_HANDLE_COMPLAINTS, as every call below that writes). */
gboolean    bd_complaints_desk_add               (BdSession    *session,
                                                  BdComplaint  *complaint,
                                                  GError      **error);
/* The complaints and consultations about @customer_id, newest first (BdComplaint). */
GListModel *bd_complaints_desk_list_of           (BdSession    *session,
                                                  gint64        customer_id,
                                                  GError      **error);
/* The branch's active staff (BdStaff), to name who a complaint is about or is handed to. */
GListModel *bd_complaints_desk_list_staff        (BdSession    *session,
                                                  GError      **error);
/* Who @complaint may be handed to (BdStaff): the active staff who handle complaints,
 * neither its owner nor the staff member it is about (recusal). */
GListModel *bd_complaints_desk_list_receivers    (BdSession    *session,
                                                  BdComplaint  *complaint,
                                                  GError      **error);
/* The steps the signed-in staff member may take on @complaint now (borrowed BdCaseStep). */
GPtrArray  *bd_complaints_desk_list_steps        (BdSession    *session,
                                                  BdComplaint  *complaint);
gboolean    bd_complaints_desk_take_step         (BdSession    *session,
                                                  BdComplaint  *complaint,
                                                  const char   *to,
                                                  const char   *reason,
                                                  GError      **error);
gboolean    bd_complaints_desk_hand_over         (BdSession    *session,
                                                  BdComplaint  *complaint,
                                                  gint64        to_staff_id,
                                                  GError      **error);
gboolean    bd_complaints_desk_accept            (BdSession    *session,
                                                  BdComplaint  *complaint,
                                                  GError      **error);
gboolean    bd_complaints_desk_extend            (BdSession    *session,
                                                  BdComplaint  *complaint,
                                                  guint         days,
                                                  const char   *reason,
                                                  GError      **error);
gboolean    bd_complaints_desk_pause             (BdSession    *session,
                                                  BdComplaint  *complaint,
                                                  const char   *reason,
                                                  GError      **error);
gboolean    bd_complaints_desk_resume            (BdSession    *session,
                                                  BdComplaint  *complaint,
                                                  GError      **error);
gboolean    bd_complaints_desk_report_misconduct (BdSession    *session,
                                                  BdComplaint  *complaint,
                                                  GError      **error);

/* The supervisor's Queues (BD_PERMISSION_BRANCH_QUEUES: the whole branch's): the open
 * complaints by their next deadline, overdue first, a page at a time, their count up to
 * @bound, and the open major ones (BdCaseEntry). */
GListModel *bd_complaints_desk_list_open         (BdSession    *session,
                                                  guint         offset,
                                                  guint         limit,
                                                  GError      **error);
gboolean    bd_complaints_desk_count_open        (BdSession    *session,
                                                  guint         bound,
                                                  guint        *count,
                                                  GError      **error);
GListModel *bd_complaints_desk_list_major_open   (BdSession    *session,
                                                  GError      **error);

/* The month's report (BD_PERMISSION_REPORTS: a supervisor's; counter staff are refused).
 * The month a report is asked for first: the last whole month in the branch's days. */
void           bd_complaints_desk_default_month   (BdSession         *session,
                                                   guint             *year,
                                                   guint             *month);
/* The complaints received in @year-@month (bd_complaints_store_count_month()); the
 * reading is audited ("complaint-report-read", the month in its detail) in the same
 * transaction, and nothing is read when its audit row cannot be written. */
gboolean       bd_complaints_desk_count_month     (BdSession         *session,
                                                   guint              year,
                                                   guint              month,
                                                   BdComplaintMonth  *result,
                                                   GError           **error);
/* The month's report on paper (bd_printed_form_new_complaint_month()); printing or saving
 * it writes its own audit row through the print desk. */
BdPrintedForm *bd_complaints_desk_month_report    (BdSession         *session,
                                                   guint              year,
                                                   guint              month,
                                                   GError           **error);

G_END_DECLS
