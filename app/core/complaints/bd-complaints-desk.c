/* bd-complaints-desk.c — the desk's complaints and consultations, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As every desk call: the session asks the permission table and writes in the signed-in
 * staff member's name; the store asks the lifecycle again with the role the database has,
 * and the complaint's own rules (first responder, owner, recusal).
 */
#include "config.h"

#include <string.h>

#include "bd-case-desk.h"
#include "bd-complaints-desk.h"
#include "bd-complaint-rules.h"
#include "bd-permission.h"
#include "bd-print-complaint.h"
#include "bd-staff-store.h"

typedef struct
{
  BdComplaint *complaint;
  const char  *to;
  const char  *reason;
  gint64       to_staff_id;
  guint        days;
} ComplaintWrite;

static gboolean
write_complaint (BdSession      *session,
                 BdSessionWriteFunc func,
                 ComplaintWrite *write,
                 GError        **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (BD_IS_COMPLAINT (write->complaint), FALSE);

  return bd_session_write (session, BD_PERMISSION_HANDLE_COMPLAINTS, func, write, error);
}

static gboolean
add_cb (BdStore   *store,
        gint64     staff_id,
        gpointer   user_data,
        GError   **error)
{
  return bd_complaints_store_add (store, ((ComplaintWrite *) user_data)->complaint, staff_id,
                                  error);
}

gboolean
bd_complaints_desk_add (BdSession    *session,
                        BdComplaint  *complaint,
                        GError      **error)
{
  ComplaintWrite write = { .complaint = complaint };

  return write_complaint (session, add_cb, &write, error);
}

GListModel *
bd_complaints_desk_list_of (BdSession  *session,
                            gint64      customer_id,
                            GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (!bd_session_check (session, BD_PERMISSION_VIEW_CUSTOMERS, error))
    return NULL;
  return bd_complaints_store_list_of (bd_session_get_store (session), customer_id, error);
}

/* Staff who left are kept for the records they wrote, but nobody complains about them
 * at the counter today or hands them a complaint. */
GListModel *
bd_complaints_desk_list_staff (BdSession  *session,
                               GError    **error)
{
  g_autoptr(GListModel) everyone = NULL;
  GListStore *active;

  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (!bd_session_check (session, BD_PERMISSION_VIEW_CUSTOMERS, error)
      || (everyone = bd_store_list_staff (bd_session_get_store (session), error)) == NULL)
    return NULL;
  active = g_list_store_new (BD_TYPE_STAFF);
  for (guint i = 0; i < g_list_model_get_n_items (everyone); i++)
    {
      g_autoptr(BdStaff) staff = g_list_model_get_item (everyone, i);

      if (bd_staff_get_active (staff))
        g_list_store_append (active, staff);
    }
  return G_LIST_MODEL (active);
}

GListModel *
bd_complaints_desk_list_receivers (BdSession    *session,
                                   BdComplaint  *complaint,
                                   GError      **error)
{
  g_autoptr(GListModel) active = NULL;
  GListStore *receivers;

  g_return_val_if_fail (BD_IS_COMPLAINT (complaint), NULL);

  if ((active = bd_complaints_desk_list_staff (session, error)) == NULL)
    return NULL;
  receivers = g_list_store_new (BD_TYPE_STAFF);
  for (guint i = 0; i < g_list_model_get_n_items (active); i++)
    {
      g_autoptr(BdStaff) staff = g_list_model_get_item (active, i);

      if (bd_staff_get_id (staff) != bd_complaint_get_owner_id (complaint)
          && bd_role_may (bd_staff_get_role (staff), BD_PERMISSION_HANDLE_COMPLAINTS)
          && bd_complaint_check_handler (complaint, bd_staff_get_id (staff), NULL))
        g_list_store_append (receivers, staff);
    }
  return G_LIST_MODEL (receivers);
}

GPtrArray *
bd_complaints_desk_list_steps (BdSession   *session,
                               BdComplaint *complaint)
{
  return bd_case_desk_list_steps (session, bd_complaint_get_case (complaint));
}

static gboolean
step_cb (BdStore   *store,
         gint64     staff_id,
         gpointer   user_data,
         GError   **error)
{
  ComplaintWrite *write = user_data;

  return bd_complaints_store_take_step (store, write->complaint, write->to, staff_id,
                                        write->reason, error);
}

gboolean
bd_complaints_desk_take_step (BdSession    *session,
                              BdComplaint  *complaint,
                              const char   *to,
                              const char   *reason,
                              GError      **error)
{
  ComplaintWrite write = { .complaint = complaint, .to = to, .reason = reason };
  BdPermission permission;

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (BD_IS_COMPLAINT (complaint), FALSE);

  permission = bd_case_desk_step_permission (bd_complaint_get_case (complaint), to,
                                             BD_PERMISSION_HANDLE_COMPLAINTS);
  return bd_session_write (session, permission, step_cb, &write, error);
}

static gboolean
hand_over_cb (BdStore   *store,
              gint64     staff_id,
              gpointer   user_data,
              GError   **error)
{
  ComplaintWrite *write = user_data;

  return bd_complaints_store_hand_over (store, write->complaint, write->to_staff_id, staff_id,
                                        error);
}

gboolean
bd_complaints_desk_hand_over (BdSession    *session,
                              BdComplaint  *complaint,
                              gint64        to_staff_id,
                              GError      **error)
{
  ComplaintWrite write = { .complaint = complaint, .to_staff_id = to_staff_id };

  return write_complaint (session, hand_over_cb, &write, error);
}

static gboolean
accept_cb (BdStore   *store,
           gint64     staff_id,
           gpointer   user_data,
           GError   **error)
{
  return bd_complaints_store_accept (store, ((ComplaintWrite *) user_data)->complaint, staff_id,
                                     error);
}

gboolean
bd_complaints_desk_accept (BdSession    *session,
                           BdComplaint  *complaint,
                           GError      **error)
{
  ComplaintWrite write = { .complaint = complaint };

  return write_complaint (session, accept_cb, &write, error);
}

static gboolean
extend_cb (BdStore   *store,
           gint64     staff_id,
           gpointer   user_data,
           GError   **error)
{
  ComplaintWrite *write = user_data;

  return bd_complaints_store_extend (store, write->complaint, write->days, write->reason,
                                     staff_id, error);
}

gboolean
bd_complaints_desk_extend (BdSession    *session,
                           BdComplaint  *complaint,
                           guint         days,
                           const char   *reason,
                           GError      **error)
{
  ComplaintWrite write = { .complaint = complaint, .days = days, .reason = reason };

  return write_complaint (session, extend_cb, &write, error);
}

static gboolean
pause_cb (BdStore   *store,
          gint64     staff_id,
          gpointer   user_data,
          GError   **error)
{
  ComplaintWrite *write = user_data;

  return bd_complaints_store_pause (store, write->complaint, write->reason, staff_id, error);
}

gboolean
bd_complaints_desk_pause (BdSession    *session,
                          BdComplaint  *complaint,
                          const char   *reason,
                          GError      **error)
{
  ComplaintWrite write = { .complaint = complaint, .reason = reason };

  return write_complaint (session, pause_cb, &write, error);
}

static gboolean
resume_cb (BdStore   *store,
           gint64     staff_id,
           gpointer   user_data,
           GError   **error)
{
  return bd_complaints_store_resume (store, ((ComplaintWrite *) user_data)->complaint, staff_id,
                                     error);
}

gboolean
bd_complaints_desk_resume (BdSession    *session,
                           BdComplaint  *complaint,
                           GError      **error)
{
  ComplaintWrite write = { .complaint = complaint };

  return write_complaint (session, resume_cb, &write, error);
}

static gboolean
misconduct_cb (BdStore   *store,
               gint64     staff_id,
               gpointer   user_data,
               GError   **error)
{
  return bd_complaints_store_report_misconduct (store, ((ComplaintWrite *) user_data)->complaint,
                                                staff_id, error);
}

gboolean
bd_complaints_desk_report_misconduct (BdSession    *session,
                                      BdComplaint  *complaint,
                                      GError      **error)
{
  ComplaintWrite write = { .complaint = complaint };

  return write_complaint (session, misconduct_cb, &write, error);
}

GListModel *
bd_complaints_desk_list_open (BdSession  *session,
                              guint       offset,
                              guint       limit,
                              GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (!bd_session_check (session, BD_PERMISSION_BRANCH_QUEUES, error))
    return NULL;
  return bd_complaints_store_list_open (bd_session_get_store (session), offset, limit, error);
}

gboolean
bd_complaints_desk_count_open (BdSession  *session,
                               guint       bound,
                               guint      *count,
                               GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  *count = 0;
  if (!bd_session_check (session, BD_PERMISSION_BRANCH_QUEUES, error))
    return FALSE;
  return bd_complaints_store_count_open (bd_session_get_store (session), bound, count, error);
}

GListModel *
bd_complaints_desk_list_major_open (BdSession  *session,
                                    GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (!bd_session_check (session, BD_PERMISSION_BRANCH_QUEUES, error))
    return NULL;
  return bd_complaints_store_list_major_open (bd_session_get_store (session), error);
}

/* ── the month's report ────────────────────────────────────────────────────────── */

void
bd_complaints_desk_default_month (BdSession *session,
                                  guint     *year,
                                  guint     *month)
{
  GDate today;

  g_return_if_fail (BD_IS_SESSION (session));

  bd_store_get_today (bd_session_get_store (session), &today);
  g_date_subtract_months (&today, 1);
  *year = g_date_get_year (&today);
  *month = g_date_get_month (&today);
}

typedef struct
{
  guint             year;
  guint             month;
  BdComplaintMonth *result;
} MonthRead;

static gboolean
count_month_cb (BdStore   *store,
                gint64     staff_id,
                gpointer   user_data,
                GError   **error)
{
  MonthRead *read = user_data;
  g_autofree char *period = g_strdup_printf ("%04u-%02u", read->year, read->month);

  /* Who read the branch's complaints, and which month (004: the report goes to the
   * branch's management). */
  return bd_complaints_store_count_month (store, read->year, read->month, read->result, error)
         && bd_store_append_audit (store, staff_id, "complaint-report-read", NULL, 0, 0, period,
                                   error);
}

gboolean
bd_complaints_desk_count_month (BdSession         *session,
                                guint              year,
                                guint              month,
                                BdComplaintMonth  *result,
                                GError           **error)
{
  MonthRead read = { year, month, result };

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (month >= 1 && month <= 12, FALSE);

  memset (result, 0, sizeof *result);
  if (bd_session_write (session, BD_PERMISSION_REPORTS, count_month_cb, &read, error))
    return TRUE;
  /* Failed closed: nothing of what was counted is handed out. */
  bd_complaint_month_clear (result);
  memset (result, 0, sizeof *result);
  return FALSE;
}

BdPrintedForm *
bd_complaints_desk_month_report (BdSession  *session,
                                 guint       year,
                                 guint       month,
                                 GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  if (!bd_session_check (session, BD_PERMISSION_REPORTS, error))
    return NULL;
  return bd_printed_form_new_complaint_month (bd_session_get_store (session), year, month,
                                              error);
}
