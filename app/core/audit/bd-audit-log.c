/* bd-audit-log.c — the audit log as the desk reads it: filtered, paged, exported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 15, item 6: supervisors and the administrator read everyone's entries, counter
 * staff only their own — decided here, whatever the window asks (bd-permission.c,
 * BD_PERMISSION_AUDIT_LOG). Reading who did what is itself something done: each page
 * read and each export writes its own audit row in the same transaction, and without it
 * nothing is read (domain §11).
 */
#define G_LOG_DOMAIN "bd-audit"

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-audit-describe.h"
#include "bd-audit-log.h"
#include "bd-audit-store.h"
#include "bd-csv.h"
#include "bd-staff-store.h"

/* The rows an export reads at a time. */
#define EXPORT_PAGE 1000

G_DEFINE_QUARK (bd-audit-error-quark, bd_audit_error)

/* ── the actions ───────────────────────────────────────────────────────────────── */

/* Every action the desk writes (grep bd_store_append_audit and the printed forms'
 * actions), in the order the filter offers them: the session, the customer, the
 * workflows, the supervisor's, the branch's. */
static const struct
{
  const char *action;
  const char *label;
} actions[] = {
  { "sign-in", N_("Signed in") },
  { "sign-in-failed", N_("Sign-in failed") },
  { "sign-in-refused", N_("Sign-in refused") },
  { "lock", N_("Desk locked") },
  { "unlock", N_("Desk unlocked") },
  { "sign-out", N_("Signed out") },
  { "draft-discarded", N_("Unsaved form discarded") },
  { "customer-opened", N_("Customer opened") },
  { "reveal", N_("Personal data revealed") },
  { "household-member-added", N_("Household member added") },
  { "household-member-removed", N_("Household member removed") },
  { "household-relation-corrected", N_("Household relation corrected") },
  { "protection-need-saved", N_("Protection need saved") },
  { "review-sheet-printed", N_("Policy review sheet printed") },
  { "contact-recorded", N_("Contact recorded") },
  { "contact-voided", N_("Contact voided") },
  { "contact-corrected", N_("Contact corrected") },
  { "tracing-recorded", N_("Tracing attempt recorded") },
  { "slip-printed", N_("Contact slip printed") },
  { "slip-saved", N_("Contact slip saved as PDF") },
  { "slips-printed", N_("Contact slips printed") },
  { "day-slips-printed", N_("Day’s contact slips printed") },
  { "case-opened", N_("Case opened") },
  { "case-step", N_("Case step taken") },
  { "case-document", N_("Case document ticked") },
  { "deadline-extended", N_("Deadline extended") },
  { "deadline-paused", N_("Deadline paused") },
  { "deadline-resumed", N_("Deadline resumed") },
  { "request-receipt-printed", N_("Request receipt printed") },
  { "request-receipt-saved", N_("Request receipt saved as PDF") },
  { "request-notice-printed", N_("Request notice printed") },
  { "request-notice-saved", N_("Request notice saved as PDF") },
  { "claim-receipt-printed", N_("Claim receipt printed") },
  { "claim-receipt-saved", N_("Claim receipt saved as PDF") },
  { "claim-notice-printed", N_("Claim notice printed") },
  { "claim-notice-saved", N_("Claim notice saved as PDF") },
  { "claim-decision-printed", N_("Claim decision letter printed") },
  { "claim-decision-saved", N_("Claim decision letter saved as PDF") },
  { "complaint-accepted", N_("Complaint accepted") },
  { "complaint-handed-over", N_("Complaint handed over") },
  { "complaint-major", N_("Major complaint marked") },
  { "complaint-misconduct-reported", N_("Misconduct reported") },
  { "complaint-decision-printed", N_("Complaint decision letter printed") },
  { "complaint-decision-saved", N_("Complaint decision letter saved as PDF") },
  { "complaint-report-read", N_("Complaints report read") },
  { "complaint-report-printed", N_("Complaints report printed") },
  { "complaint-report-saved", N_("Complaints report saved as PDF") },
  { "spot-check-created", N_("Spot check created") },
  { "spot-check-scored", N_("Spot check scored") },
  { "scorecard-edited", N_("Scorecard edited") },
  { "finding-opened", N_("Finding opened") },
  { "finding-closed", N_("Finding closed") },
  { "spot-report-printed", N_("Spot check report printed") },
  { "spot-report-saved", N_("Spot check report saved as PDF") },
  { "audit-log-read", N_("Audit log read") },
  { "audit-log-exported", N_("Audit log exported") },
  { "setting-changed", N_("Branch setting changed") },
  { "branch-created", N_("Branch created") },
  { "staff-added", N_("Staff account added") },
  { "staff-edited", N_("Staff account changed") },
  { "staff-disabled", N_("Staff account disabled") },
  { "staff-enabled", N_("Staff account enabled") },
  { "staff-unlocked", N_("Staff account unlocked") },
  { "password-reset", N_("Password reset") },
  { "password-changed", N_("Password changed") },
  { "calendar-imported", N_("Working-day calendar imported") },
  { "backup-taken", N_("Backup taken") },
  { "audit-protection-restored", N_("Audit log protection restored") },
};

const char *const *
bd_audit_list_actions (void)
{
  static const char *names[G_N_ELEMENTS (actions) + 1];

  if (names[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
      names[i] = actions[i].action;
  return names;
}

const char *
bd_audit_action_get_label (const char *action)
{
  g_return_val_if_fail (action != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (g_str_equal (actions[i].action, action))
      return _(actions[i].label);
  /* An action written by a newer desk, or an older one: its name says what it was. */
  return action;
}

/* ── the filter ────────────────────────────────────────────────────────────────── */

void
bd_audit_filter_init (BdAuditFilter *filter)
{
  g_return_if_fail (filter != NULL);

  memset (filter, 0, sizeof *filter);
  g_date_clear (&filter->from, 1);
  g_date_clear (&filter->to, 1);
}

/* @text as a day, "" as none; FALSE when it is neither. */
static gboolean
parse_day (const char *text,
           GDate      *day)
{
  g_date_clear (day, 1);
  return text == NULL || *text == '\0' || bd_date_parse_iso (text, day);
}

gboolean
bd_audit_filter_set_period (BdAuditFilter  *filter,
                            const char     *from,
                            const char     *to,
                            BdAuditField   *field,
                            GError        **error)
{
  GDate from_day, to_day;
  gboolean from_valid;

  g_return_val_if_fail (filter != NULL, FALSE);

  *field = BD_AUDIT_FIELD_NONE;
  from_valid = parse_day (from, &from_day);
  if (!from_valid || !parse_day (to, &to_day))
    {
      *field = from_valid ? BD_AUDIT_FIELD_TO : BD_AUDIT_FIELD_FROM;
      g_set_error_literal (error, BD_AUDIT_ERROR, BD_AUDIT_ERROR_INVALID_DATE,
                           _("Enter a day as YYYY-MM-DD, such as 2026-11-25"));
      return FALSE;
    }
  if (g_date_valid (&from_day) && g_date_valid (&to_day) && g_date_compare (&from_day, &to_day) > 0)
    {
      *field = BD_AUDIT_FIELD_TO;
      g_set_error_literal (error, BD_AUDIT_ERROR, BD_AUDIT_ERROR_PERIOD_REVERSED,
                           _("The period cannot end before the day it begins"));
      return FALSE;
    }
  filter->from = from_day;
  filter->to = to_day;
  return TRUE;
}

gboolean
bd_audit_filter_set_customer (BdAuditFilter  *filter,
                              const char     *number,
                              GError        **error)
{
  guint64 id = 0;

  g_return_val_if_fail (filter != NULL, FALSE);

  if (number != NULL && *number != '\0'
      && (!g_ascii_string_to_unsigned (number, 10, 1, G_MAXINT64, &id, NULL)))
    {
      g_set_error_literal (error, BD_AUDIT_ERROR, BD_AUDIT_ERROR_INVALID_CUSTOMER,
                           _("Enter the customer’s number, in digits"));
      return FALSE;
    }
  filter->customer_id = (gint64) id;
  return TRUE;
}

/* ── reading ───────────────────────────────────────────────────────────────────── */

gboolean
bd_audit_log_may_read_everyone (BdSession *session)
{
  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  return bd_session_may (session, BD_PERMISSION_AUDIT_LOG);
}

GListModel *
bd_audit_log_list_staff (BdSession  *session,
                         GError    **error)
{
  GListStore *own;

  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (!bd_session_check (session, BD_PERMISSION_OWN_AUDIT_LOG, error))
    return NULL;
  if (bd_audit_log_may_read_everyone (session))
    return bd_store_list_staff (bd_session_get_store (session), error);
  own = g_list_store_new (BD_TYPE_STAFF);
  g_list_store_append (own, bd_session_get_staff (session));
  return G_LIST_MODEL (own);
}

/* The first moment of @day in the branch, as the log stores time (UTC). */
static char *
dup_day_start_utc (BdStore     *store,
                   const GDate *day)
{
  g_autoptr(GTimeZone) zone = bd_store_get_time_zone (store);
  g_autoptr(GDateTime) local = g_date_time_new (zone, g_date_get_year (day),
                                                g_date_get_month (day), g_date_get_day (day),
                                                0, 0, 0);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (local);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* A reading of the log: the query it runs (its times owned here) and what it wrote. */
typedef struct
{
  const BdAuditFilter *filter;
  gboolean             everyone;  /* the reader may read everyone's rows */
  BdAuditQuery         query;
  char                *since;
  char                *until;
  gint64               before_id;
  guint                limit;
  GPtrArray           *items;
  GString             *csv;
} Reading;

static void
reading_clear (Reading *reading)
{
  g_free (reading->since);
  g_free (reading->until);
  g_clear_pointer (&reading->items, g_ptr_array_unref);
  if (reading->csv != NULL)
    g_string_free (reading->csv, TRUE);
}

/* The query @reading->filter asks for, by @staff_id: counter staff read their own rows
 * whatever the filter names (issue 15, item 6), decided here and not by the window. */
static void
reading_prepare (Reading *reading,
                 BdStore *store,
                 gint64   staff_id)
{
  const BdAuditFilter *filter = reading->filter;
  GDate after_to;

  reading->query.staff_id = reading->everyone ? filter->staff_id : staff_id;
  reading->query.action = filter->action;
  reading->query.customer_id = filter->customer_id;
  if (g_date_valid (&filter->from))
    reading->query.since = reading->since = dup_day_start_utc (store, &filter->from);
  if (g_date_valid (&filter->to))
    {
      after_to = filter->to;
      g_date_add_days (&after_to, 1);
      reading->query.until = reading->until = dup_day_start_utc (store, &after_to);
    }
}

/* What was read, in the reading's own audit row: the filter as the query ran it. The
 * customer asked for is named here, not as the row's customer: a number typed that is no
 * customer's would break the row's reference, and the reading with it. */
static char *
reading_dup_detail (const Reading *reading,
                    guint          n_rows)
{
  const BdAuditQuery *query = &reading->query;

  return g_strdup_printf ("staff=%" PRId64 " action=%s customer=%" PRId64 " since=%s "
                          "until=%s before=%" PRId64 " rows=%u", query->staff_id,
                          query->action != NULL ? query->action : "",
                          query->customer_id, query->since != NULL ? query->since : "",
                          query->until != NULL ? query->until : "", reading->before_id, n_rows);
}

static gboolean
read_page_cb (BdStore   *store,
              gint64     staff_id,
              gpointer   user_data,
              GError   **error)
{
  Reading *reading = user_data;
  g_autofree char *detail = NULL;

  reading_prepare (reading, store, staff_id);
  reading->items = bd_audit_store_list_page (store, &reading->query, reading->before_id,
                                             reading->limit, error);
  if (reading->items == NULL)
    return FALSE;
  detail = reading_dup_detail (reading, reading->items->len);
  return bd_store_append_audit (store, staff_id, "audit-log-read", NULL, 0, 0, detail, error);
}

GPtrArray *
bd_audit_log_read_page (BdSession            *session,
                        const BdAuditFilter  *filter,
                        gint64                before_id,
                        guint                 limit,
                        GError              **error)
{
  Reading reading = { filter, FALSE, { 0 }, NULL, NULL, before_id, limit, NULL, NULL };
  GPtrArray *items = NULL;

  g_return_val_if_fail (BD_IS_SESSION (session), NULL);
  g_return_val_if_fail (filter != NULL, NULL);
  g_return_val_if_fail (limit > 0, NULL);

  reading.everyone = bd_audit_log_may_read_everyone (session);
  /* Failed closed: without its audit row, nothing read is handed out. */
  if (bd_session_write (session, BD_PERMISSION_OWN_AUDIT_LOG, read_page_cb, &reading, error))
    items = g_steal_pointer (&reading.items);
  reading_clear (&reading);
  return items;
}

/* ── exporting ─────────────────────────────────────────────────────────────────── */

/* One line of @n fields, separated by commas. */
static void
append_line (GString           *csv,
             const char *const *fields,
             guint              n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      bd_csv_append_field (csv, fields[i]);
    }
  bd_csv_end_line (csv);
}

static void
append_csv_header (GString *csv)
{
  const char *const fields[] = {
    _("Time"), _("Staff number"), _("Staff member"), _("Action"), _("Customer number"),
    _("Customer"), _("Detail"),
  };

  append_line (csv, fields, G_N_ELEMENTS (fields));
}

static char *
dup_id (gint64 id)
{
  return id != 0 ? g_strdup_printf ("%" PRId64, id) : NULL;
}

static void
append_csv_row (GString     *csv,
                BdStore     *store,
                BdAuditItem *item)
{
  g_autofree char *time = bd_store_format_time (store, bd_audit_item_get_at (item));
  g_autofree char *staff = dup_id (bd_audit_item_get_staff_id (item));
  g_autofree char *customer = dup_id (bd_audit_item_get_customer_id (item));
  g_autofree char *detail = bd_audit_describe_detail (store, bd_audit_item_get_action (item),
                                                      bd_audit_item_get_detail (item));
  const char *const fields[] = {
    time, staff, bd_audit_item_get_staff_name (item),
    bd_audit_action_get_label (bd_audit_item_get_action (item)), customer,
    bd_audit_item_get_customer_name (item), detail,
  };

  append_line (csv, fields, G_N_ELEMENTS (fields));
}

static gboolean
export_cb (BdStore   *store,
           gint64     staff_id,
           gpointer   user_data,
           GError   **error)
{
  Reading *reading = user_data;
  g_autofree char *detail = NULL;
  guint n_rows = 0;

  reading_prepare (reading, store, staff_id);
  append_csv_header (reading->csv);
  do
    {
      g_clear_pointer (&reading->items, g_ptr_array_unref);
      reading->items = bd_audit_store_list_page (store, &reading->query, reading->before_id,
                                                 EXPORT_PAGE, error);
      if (reading->items == NULL)
        return FALSE;
      for (guint i = 0; i < reading->items->len; i++)
        append_csv_row (reading->csv, store, reading->items->pdata[i]);
      n_rows += reading->items->len;
      if (reading->items->len > 0)
        reading->before_id = bd_audit_item_get_id (g_ptr_array_index (reading->items,
                                                                       reading->items->len - 1));
    }
  while (reading->items->len == EXPORT_PAGE);
  /* The export's row says what was exported from the newest row on. */
  reading->before_id = 0;
  detail = reading_dup_detail (reading, n_rows);
  return bd_store_append_audit (store, staff_id, "audit-log-exported", NULL, 0, 0, detail,
                                error);
}

char *
bd_audit_log_export_csv (BdSession            *session,
                         const BdAuditFilter  *filter,
                         GError              **error)
{
  Reading reading = { filter, FALSE, { 0 }, NULL, NULL, 0, EXPORT_PAGE, NULL, NULL };
  char *csv = NULL;

  g_return_val_if_fail (BD_IS_SESSION (session), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  reading.everyone = bd_audit_log_may_read_everyone (session);
  reading.csv = bd_csv_new ();
  if (bd_session_write (session, BD_PERMISSION_OWN_AUDIT_LOG, export_cb, &reading, error))
    csv = g_string_free (g_steal_pointer (&reading.csv), FALSE);
  reading_clear (&reading);
  return csv;
}

char *
bd_audit_log_format_time (BdSession   *session,
                          BdAuditItem *item)
{
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);
  g_return_val_if_fail (BD_IS_AUDIT_ITEM (item), NULL);

  return bd_store_format_time (bd_session_get_store (session), bd_audit_item_get_at (item));
}
