/* bd-contacts-store.c — contact records, planned visits, premiums due, tracing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "bd-clock.h"
#include "bd-contacts-store.h"
#include "bd-contacts-store-private.h"
#include "bd-customers-store-private.h"
#include "bd-staff-store.h"
#include "bd-store-private.h"
#include "bd-tracing.h"

#define CONTACT_COLUMNS \
  "k.id, k.customer_id, k.policy_id, k.kind, k.at, k.staff_id, s.name, " \
  "  k.person_reached, k.reached, k.outcome, k.next_step, k.next_visit, k.service_item, " \
  "  k.service_other, a.kind, a.at, sa.name, a.reason, a.replacement_id, " \
  "  (SELECT x.contact_id FROM contact_amendment x WHERE x.replacement_id = k.id) "
#define CONTACT_JOINS \
  "LEFT JOIN staff s ON s.id = k.staff_id " \
  "LEFT JOIN contact_amendment a ON a.contact_id = k.id " \
  "LEFT JOIN staff sa ON sa.id = a.staff_id"
#define CONTACT_SELECT "SELECT " CONTACT_COLUMNS "FROM contact k " CONTACT_JOINS

static const char contact_insert_record_sql[] =
  "INSERT INTO contact (customer_id, policy_id, kind, at, staff_id, person_reached, reached, "
  "  outcome, next_step, next_visit, service_item, service_other) "
  "VALUES (:customer_id, :policy_id, :kind, :at, :staff_id, :person_reached, :reached, "
  "  :outcome, :next_step, :next_visit, :service_item, :service_other) RETURNING id";

static const char contact_amend_sql[] =
  "INSERT INTO contact_amendment (contact_id, kind, replacement_id, at, staff_id, reason) "
  "VALUES (:contact_id, :kind, :replacement_id, :at, :staff_id, :reason) RETURNING id";

static const char contact_get_sql[] =
  CONTACT_SELECT " WHERE k.id = :id";

static const char contacts_of_sql[] =
  CONTACT_SELECT " WHERE k.customer_id = :customer_id ORDER BY k.at DESC, k.id DESC";

/* Nobody is reminded of a premium, or visited with a slip, once their death is reported
 * (a death claim, claims/): the family hears from the branch about the claim only. */
#define LIVING(who) "NOT EXISTS (SELECT 1 FROM customer d WHERE d.id = " who \
                    " AND d.deceased_on IS NOT NULL) "

/* next_visit is the branch's wall-clock "YYYY-MM-DDTHH:MM": a day's visits are a range
 * of the text. A voided or corrected slip plans nothing (its correction does). */
static const char planned_visits_sql[] =
  CONTACT_SELECT " WHERE k.next_visit >= :day AND k.next_visit < :next_day AND a.id IS NULL"
  "   AND (:staff_id = 0 OR k.staff_id = :staff_id) AND " LIVING ("k.customer_id")
  " ORDER BY k.next_visit, k.id";

/*
 * The Queues. Each list has a query for the whole branch and one for a staff member's
 * own work, so that each reads an index made for it (migration 9 → 10): a page of rows
 * walks that page, in the order shown, and a count stops at its bound. The status test
 * is written as the partial indexes' own WHERE, which is how the planner knows they
 * serve it.
 */
#define DUE_OPEN "p.status IN ('in-force', 'grace')"
#define DUE_BRANCH "WHERE p.next_due_date <= :until AND " DUE_OPEN " " \
  "AND " LIVING ("p.policyholder_id") "AND " LIVING ("p.insured_id")
#define DUE_STAFF DUE_BRANCH "AND p.servicing_staff_id = :staff_id "
#define DUE_PAGE "ORDER BY p.next_due_date, p.id LIMIT :limit OFFSET :offset"

static const char due_branch_sql[] = POLICY_SELECT DUE_BRANCH DUE_PAGE;
static const char due_staff_sql[] = POLICY_SELECT DUE_STAFF DUE_PAGE;
static const char due_branch_count_sql[] =
  "SELECT count(*) FROM (SELECT 1 FROM policy p " DUE_BRANCH "LIMIT :bound) AS due";
static const char due_staff_count_sql[] =
  "SELECT count(*) FROM (SELECT 1 FROM policy p " DUE_STAFF "LIMIT :bound) AS due";

/* The day's slips with the name of whom each was left for: the row shows it. */
#define SLIPS_BRANCH \
  "WHERE k.kind = 'slip' AND k.next_visit >= :day AND k.next_visit < :next_day " \
  "  AND a.id IS NULL AND " LIVING ("k.customer_id")
#define SLIPS_STAFF SLIPS_BRANCH "AND k.staff_id = :staff_id "
#define SLIPS_SELECT \
  "SELECT " CONTACT_COLUMNS ", c.name FROM contact k " \
  "JOIN customer c ON c.id = k.customer_id " CONTACT_JOINS " "
#define SLIPS_PAGE "ORDER BY k.next_visit, k.id LIMIT :limit OFFSET :offset"
#define SLIPS_COUNT \
  "SELECT count(*) FROM (SELECT 1 FROM contact k " \
  "LEFT JOIN contact_amendment a ON a.contact_id = k.id "

static const char slips_branch_sql[] = SLIPS_SELECT SLIPS_BRANCH SLIPS_PAGE;
static const char slips_staff_sql[] = SLIPS_SELECT SLIPS_STAFF SLIPS_PAGE;
static const char slips_branch_count_sql[] = SLIPS_COUNT SLIPS_BRANCH "LIMIT :bound) AS slips";
static const char slips_staff_count_sql[] = SLIPS_COUNT SLIPS_STAFF "LIMIT :bound) AS slips";

static const BdStoreQueueQuery queue_queries[] = {
  { "due-branch", due_branch_sql, "policy_open_by_due" },
  { "due-staff", due_staff_sql, "policy_open_by_staff_due" },
  { "due-branch-count", due_branch_count_sql, "policy_open_by_due" },
  { "due-staff-count", due_staff_count_sql, "policy_open_by_staff_due" },
  { "slips-branch", slips_branch_sql, "contact_slip_by_visit" },
  { "slips-staff", slips_staff_sql, "contact_slip_by_staff_visit" },
  { "slips-branch-count", slips_branch_count_sql, "contact_slip_by_visit" },
  { "slips-staff-count", slips_staff_count_sql, "contact_slip_by_staff_visit" },
};

static const char tracing_failed_sql[] =
  "SELECT DISTINCT method FROM tracing_attempt WHERE policy_id = :policy_id AND reached = 0 "
  "AND id > coalesce ((SELECT max (id) FROM tracing_attempt "
  "                    WHERE policy_id = :policy_id AND reached = 1), 0)";

static const char policy_class_get_sql[] =
  "SELECT service_class FROM policy WHERE id = :id";

static const char tracing_insert_sql[] =
  "INSERT INTO tracing_attempt (policy_id, method, at, staff_id, reached, outcome) "
  "VALUES (:policy_id, :method, :at, :staff_id, :reached, :outcome)";

static const char policy_class_set_sql[] =
  "UPDATE policy SET service_class = :service_class WHERE id = :id";

static BdContact *
contact_from_row (BdDbStmt *stmt)
{
  BdContact *contact = bd_contact_new ();
  BdContactKind kind = BD_CONTACT_PHONE;
  BdServiceItem item = BD_SERVICE_ITEM_INVOICE;

  bd_contact_set_id (contact, bd_db_column_int64 (stmt, 0));
  bd_contact_set_customer_id (contact, bd_db_column_int64 (stmt, 1));
  bd_contact_set_policy_id (contact, bd_db_column_int64 (stmt, 2));
  bd_contact_kind_from_string (bd_db_column_text (stmt, 3), &kind);
  bd_contact_set_kind (contact, kind);
  bd_contact_set_at (contact, bd_db_column_text (stmt, 4));
  bd_contact_set_staff_id (contact, bd_db_column_int64 (stmt, 5));
  bd_contact_set_staff_name (contact, bd_db_column_text (stmt, 6));
  bd_contact_set_person_reached (contact, bd_db_column_text (stmt, 7));
  bd_contact_set_reached (contact, bd_db_column_int (stmt, 8) != 0);
  bd_contact_set_outcome (contact, bd_db_column_text (stmt, 9));
  bd_contact_set_next_step (contact, bd_db_column_text (stmt, 10));
  bd_contact_set_next_visit (contact, bd_db_column_text (stmt, 11));
  bd_service_item_from_string (bd_db_column_text (stmt, 12), &item);
  bd_contact_set_service_item (contact, item);
  bd_contact_set_service_other (contact, bd_db_column_text (stmt, 13));
  if (bd_db_column_text (stmt, 14) != NULL)
    bd_contact_set_amendment (contact,
                              g_str_equal (bd_db_column_text (stmt, 14), "void")
                                ? BD_CONTACT_STATE_VOIDED : BD_CONTACT_STATE_CORRECTED,
                              bd_db_column_text (stmt, 15), bd_db_column_text (stmt, 16),
                              bd_db_column_text (stmt, 17), bd_db_column_int64 (stmt, 18));
  bd_contact_set_corrects_id (contact, bd_db_column_int64 (stmt, 19));
  return contact;
}

static GListModel *
collect_contacts (BdStore       *self,
                  BdDbStmt      *stmt,
                  GError       **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BD_TYPE_CONTACT);

  if (!bd_store_collect_rows (stmt, (BdStoreRowFunc) contact_from_row, list, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static void
bind_contact (BdDbStmt     *stmt,
              BdContact    *contact,
              const char   *at)
{
  bd_db_bind_int64 (stmt, ":customer_id", bd_contact_get_customer_id (contact));
  bd_db_bind_id (stmt, ":policy_id", bd_contact_get_policy_id (contact));
  bd_db_bind_text (stmt, ":kind", bd_contact_kind_to_string (bd_contact_get_kind (contact)));
  bd_db_bind_text (stmt, ":at", at);
  bd_db_bind_id (stmt, ":staff_id", bd_contact_get_staff_id (contact));
  bd_db_bind_text (stmt, ":person_reached", bd_contact_get_person_reached (contact));
  bd_db_bind_int64 (stmt, ":reached", bd_contact_get_reached (contact));
  bd_db_bind_text (stmt, ":outcome", bd_contact_get_outcome (contact));
  bd_db_bind_text (stmt, ":next_step", bd_contact_get_next_step (contact));
  bd_db_bind_text (stmt, ":next_visit", bd_contact_get_next_visit (contact));
  bd_db_bind_text (stmt, ":service_item",
                   bd_service_item_to_string (bd_contact_get_service_item (contact)));
  bd_db_bind_text (stmt, ":service_other", bd_contact_get_service_other (contact));
}

/* Steps an INSERT … RETURNING id and resets it: the new row's id, or 0 with @error set. */
static gint64
insert_returning_id (BdStore       *self,
                     BdDbStmt      *stmt,
                     GError       **error)
{
  gint64 id = 0;
  BdStep step = bd_db_step (stmt, error);

  if (step == BD_STEP_ROW)
    {
      id = bd_db_column_int64 (stmt, 0);
      step = bd_db_step (stmt, error);
    }
  bd_db_reset (stmt);
  if (step == BD_STEP_ERROR)
    return 0;
  if (id == 0)
    {
      bd_db_set_error_failed (error);
      return 0;
    }
  return id;
}

/* The rules of bd_contact_check() in the branch's time zone, now. */
static gboolean
check_contact (BdStore    *self,
               BdContact  *contact,
               GError    **error)
{
  g_autoptr(GTimeZone) zone = bd_store_get_time_zone (self);
  g_autoptr(GDateTime) now = bd_clock_now_utc ();

  return bd_contact_check (contact, zone, now, error);
}

/* Inserts @contact dated @at, without a transaction of its own. */
static gboolean
insert_contact (BdStore    *self,
                BdContact  *contact,
                const char *at,
                GError    **error)
{
  BdDbStmt *stmt;
  gint64 id;

  if ((stmt = bd_store_prepare (self, contact_insert_record_sql, error)) == NULL)
    return FALSE;
  bind_contact (stmt, contact, at);
  if ((id = insert_returning_id (self, stmt, error)) == 0)
    return FALSE;
  bd_contact_set_id (contact, id);
  bd_contact_set_at (contact, at);
  return TRUE;
}

gboolean
bd_store_add_contact (BdStore    *self,
                      BdContact  *contact,
                      GError    **error)
{
  g_autofree char *now = bd_store_now_utc ();
  g_autofree char *at = NULL;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (BD_IS_CONTACT (contact), FALSE);

  at = g_strdup (bd_contact_get_at (contact) != NULL ? bd_contact_get_at (contact) : now);
  if (!check_contact (self, contact, error) || !bd_store_begin_write (self, error))
    return FALSE;
  ok = insert_contact (self, contact, at, error);
  if (ok)
    {
      ok = bd_store_append_audit (self, bd_contact_get_staff_id (contact), "contact-recorded",
                                  "contact", bd_contact_get_id (contact),
                                  bd_contact_get_customer_id (contact),
                                  bd_contact_kind_to_string (bd_contact_get_kind (contact)),
                                  error);
    }
  if (!bd_store_end_write (self, ok, error))
    {
      bd_contact_set_id (contact, 0);
      return FALSE;
    }
  return TRUE;
}

/* Reads the record to amend and checks who may, inside the caller's transaction. */
static BdContact *
contact_to_amend (BdStore     *self,
                  gint64       contact_id,
                  gint64       staff_id,
                  const char  *reason,
                  GError     **error)
{
  g_autoptr(BdContact) contact = NULL;
  g_autoptr(BdStaff) staff = NULL;

  if ((contact = bd_store_get_contact (self, contact_id, error)) == NULL)
    return NULL;
  staff = staff_id != 0 ? bd_store_get_staff (self, staff_id, NULL) : NULL;
  if (!bd_contact_check_amend (contact, staff != NULL ? staff_id : 0,
                               staff != NULL ? bd_staff_get_role (staff) : BD_ROLE_COUNTER,
                               reason, error))
    return NULL;
  return g_steal_pointer (&contact);
}

static gboolean
insert_amendment (BdStore     *self,
                  gint64       contact_id,
                  const char  *kind,
                  gint64       replacement_id,
                  gint64       staff_id,
                  const char  *reason,
                  GError     **error)
{
  g_autofree char *now = bd_store_now_utc ();
  g_autofree char *why = g_strstrip (g_strdup (reason));
  BdDbStmt *stmt;

  if ((stmt = bd_store_prepare (self, contact_amend_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":contact_id", contact_id);
  bd_db_bind_text (stmt, ":kind", kind);
  bd_db_bind_id (stmt, ":replacement_id", replacement_id);
  bd_db_bind_text (stmt, ":at", now);
  bd_db_bind_int64 (stmt, ":staff_id", staff_id);
  bd_db_bind_text (stmt, ":reason", why);
  return insert_returning_id (self, stmt, error) != 0;
}

gboolean
bd_store_void_contact (BdStore     *self,
                       gint64       contact_id,
                       gint64       staff_id,
                       const char  *reason,
                       GError     **error)
{
  g_autoptr(BdContact) contact = NULL;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = (contact = contact_to_amend (self, contact_id, staff_id, reason, error)) != NULL &&
       insert_amendment (self, contact_id, "void", 0, staff_id, reason, error) &&
       bd_store_append_audit (self, staff_id, "contact-voided", "contact", contact_id,
                              bd_contact_get_customer_id (contact), reason, error);
  return bd_store_end_write (self, ok, error);
}

gboolean
bd_store_correct_contact (BdStore     *self,
                          gint64       contact_id,
                          BdContact   *correction,
                          gint64       staff_id,
                          const char  *reason,
                          GError     **error)
{
  g_autoptr(BdContact) original = NULL;
  g_autofree char *detail = NULL;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (BD_IS_CONTACT (correction), FALSE);

  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = (original = contact_to_amend (self, contact_id, staff_id, reason, error)) != NULL;
  if (ok)
    {
      /* The correction tells the same contact: same customer, same time; who wrote it
       * is on the amendment and in the audit log. */
      bd_contact_set_customer_id (correction, bd_contact_get_customer_id (original));
      bd_contact_set_staff_id (correction, bd_contact_get_staff_id (original));
      bd_contact_set_at (correction, bd_contact_get_at (original));
      ok = check_contact (self, correction, error) &&
           insert_contact (self, correction, bd_contact_get_at (original), error) &&
           insert_amendment (self, contact_id, "correction", bd_contact_get_id (correction),
                             staff_id, reason, error);
    }
  if (ok)
    {
      detail = g_strdup_printf ("→ %" G_GINT64_FORMAT ": %s", bd_contact_get_id (correction), reason);
      ok = bd_store_append_audit (self, staff_id, "contact-corrected", "contact", contact_id,
                                  bd_contact_get_customer_id (original), detail, error);
    }
  if (!bd_store_end_write (self, ok, error))
    {
      bd_contact_set_id (correction, 0);
      return FALSE;
    }
  bd_contact_set_corrects_id (correction, contact_id);
  return TRUE;
}

BdContact *
bd_store_get_contact (BdStore  *self,
                      gint64    contact_id,
                      GError  **error)
{
  g_autoptr(GListModel) found = NULL;
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, contact_get_sql, error)) == NULL)
    return NULL;
  bd_db_bind_int64 (stmt, ":id", contact_id);
  if ((found = collect_contacts (self, stmt, error)) == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                   _("No contact record has the number %" PRId64), contact_id);
      return NULL;
    }
  return g_list_model_get_item (found, 0);
}

GListModel *
bd_store_list_contacts (BdStore  *self,
                        gint64    customer_id,
                        GError  **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, contacts_of_sql, error)) == NULL)
    return NULL;
  bd_db_bind_int64 (stmt, ":customer_id", customer_id);
  return collect_contacts (self, stmt, error);
}

/* The day's range of next_visit (the branch's wall clock, "YYYY-MM-DDTHH:MM"). */
static void
bind_day (BdDbStmt    *stmt,
          const GDate *day)
{
  char from[BD_ISO_DATE_SIZE], to[BD_ISO_DATE_SIZE];
  GDate next = *day;

  g_date_add_days (&next, 1);
  bd_db_bind_text (stmt, ":day", bd_date_format_iso (day, from));
  bd_db_bind_text (stmt, ":next_day", bd_date_format_iso (&next, to));
}

GListModel *
bd_store_list_planned_visits_of (BdStore      *self,
                                 const GDate  *day,
                                 gint64        staff_id,
                                 GError      **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  if ((stmt = bd_store_prepare (self, planned_visits_sql, error)) == NULL)
    return NULL;
  bind_day (stmt, day);
  bd_db_bind_int64 (stmt, ":staff_id", staff_id);
  return collect_contacts (self, stmt, error);
}

GListModel *
bd_store_list_premiums_due (BdStore      *self,
                            const GDate  *from,
                            guint         days,
                            guint         limit,
                            GError      **error)
{
  return bd_store_list_premiums_due_of (self, from, days, 0, 0, limit, error);
}

/* One page of a queue, in one query: @stmt is bound but for the page. */
static GListModel *
collect_page (BdDbStmt        *stmt,
              GType            item_type,
              BdStoreRowFunc   from_row,
              guint            offset,
              guint            limit,
              GError         **error)
{
  g_autoptr(GListStore) list = g_list_store_new (item_type);

  bd_db_bind_int64 (stmt, ":limit", limit);
  bd_db_bind_int64 (stmt, ":offset", offset);
  if (!bd_store_collect_rows (stmt, from_row, list, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static void
bind_premiums_due (BdDbStmt     *stmt,
                   const GDate  *from,
                   guint         days,
                   gint64        staff_id)
{
  char until_text[BD_ISO_DATE_SIZE];
  GDate until = *from;

  g_date_add_days (&until, days);
  bd_db_bind_text (stmt, ":until", bd_date_format_iso (&until, until_text));
  if (staff_id != 0)
    bd_db_bind_int64 (stmt, ":staff_id", staff_id);
}

GListModel *
bd_store_list_premiums_due_of (BdStore      *self,
                               const GDate  *from,
                               guint         days,
                               gint64        staff_id,
                               guint         offset,
                               guint         limit,
                               GError      **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);

  stmt = bd_store_prepare (self, staff_id != 0 ? due_staff_sql : due_branch_sql, error);
  if (stmt == NULL)
    return NULL;
  bind_premiums_due (stmt, from, days, staff_id);
  /* A queue row shows the policy and its policyholder, never its beneficiaries (which
   * bd_store_collect_policies() would read one policy at a time). */
  return collect_page (stmt, BD_TYPE_POLICY, (BdStoreRowFunc) bd_store_policy_from_row,
                       offset, limit, error);
}

/* Steps a count(*) bounded at @bound (bound but for it) and resets it. */
static gboolean
read_count (BdDbStmt  *stmt,
            guint      bound,
            guint     *count,
            GError   **error)
{
  BdStep step;

  bd_db_bind_int64 (stmt, ":bound", bound);
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    *count = (guint) bd_db_column_int64 (stmt, 0);
  bd_db_reset (stmt);
  /* count(*) always answers a row. */
  if (step == BD_STEP_DONE)
    bd_db_set_error_failed (error);
  return step == BD_STEP_ROW;
}

gboolean
bd_store_count_premiums_due (BdStore      *self,
                             const GDate  *from,
                             guint         days,
                             gint64        staff_id,
                             guint         bound,
                             guint        *count,
                             GError      **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (from != NULL && g_date_valid (from), FALSE);
  g_return_val_if_fail (bound > 0, FALSE);

  *count = 0;
  stmt = bd_store_prepare (self, staff_id != 0 ? due_staff_count_sql : due_branch_count_sql,
                           error);
  if (stmt == NULL)
    return FALSE;
  bind_premiums_due (stmt, from, days, staff_id);
  return read_count (stmt, bound, count, error);
}

static BdContact *
slip_from_row (BdDbStmt *stmt)
{
  BdContact *contact = contact_from_row (stmt);

  bd_contact_set_customer_name (contact, bd_db_column_text (stmt, 20));
  return contact;
}

static void
bind_day_slips (BdDbStmt     *stmt,
                const GDate  *day,
                gint64        staff_id)
{
  bind_day (stmt, day);
  if (staff_id != 0)
    bd_db_bind_int64 (stmt, ":staff_id", staff_id);
}

GListModel *
bd_store_list_day_slips (BdStore      *self,
                         const GDate  *day,
                         gint64        staff_id,
                         guint         offset,
                         guint         limit,
                         GError      **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  stmt = bd_store_prepare (self, staff_id != 0 ? slips_staff_sql : slips_branch_sql, error);
  if (stmt == NULL)
    return NULL;
  bind_day_slips (stmt, day, staff_id);
  return collect_page (stmt, BD_TYPE_CONTACT, (BdStoreRowFunc) slip_from_row, offset, limit,
                       error);
}

gboolean
bd_store_count_day_slips (BdStore      *self,
                          const GDate  *day,
                          gint64        staff_id,
                          guint         bound,
                          guint        *count,
                          GError      **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);
  g_return_val_if_fail (bound > 0, FALSE);

  *count = 0;
  stmt = bd_store_prepare (self, staff_id != 0 ? slips_staff_count_sql : slips_branch_count_sql,
                           error);
  if (stmt == NULL)
    return FALSE;
  bind_day_slips (stmt, day, staff_id);
  return read_count (stmt, bound, count, error);
}

const BdStoreQueueQuery *
bd_store_get_queue_queries (guint *n_queries)
{
  *n_queries = G_N_ELEMENTS (queue_queries);
  return queue_queries;
}

/* ── tracing ───────────────────────────────────────────────────────────────────── */

gboolean
bd_store_get_failed_tracing (BdStore  *self,
                             gint64    policy_id,
                             guint    *methods,
                             GError  **error)
{
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  *methods = 0;
  if ((stmt = bd_store_prepare (self, tracing_failed_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":policy_id", policy_id);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    *methods |= 1u << (bd_db_column_int (stmt, 0) - 1);
  bd_db_reset (stmt);
  return step == BD_STEP_DONE;
}

static gboolean
read_service_class (BdStore         *self,
                    gint64           policy_id,
                    BdServiceClass  *service_class,
                    GError         **error)
{
  BdDbStmt *stmt;
  gboolean found = FALSE;
  BdStep step;

  if ((stmt = bd_store_prepare (self, policy_class_get_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":id", policy_id);
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    found = bd_service_class_from_string (bd_db_column_text (stmt, 0), service_class);
  bd_db_reset (stmt);
  if (step != BD_STEP_ERROR && !found)
    g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                 _("No policy has the number %" PRId64), policy_id);
  return found;
}

static gboolean
insert_tracing (BdStore          *self,
                gint64            policy_id,
                BdTracingMethod   method,
                gboolean          reached,
                const char       *outcome,
                gint64            staff_id,
                GError          **error)
{
  g_autofree char *now = bd_store_now_utc ();
  BdDbStmt *stmt;

  if ((stmt = bd_store_prepare (self, tracing_insert_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":policy_id", policy_id);
  bd_db_bind_int64 (stmt, ":method", method);
  bd_db_bind_text (stmt, ":at", now);
  bd_db_bind_id (stmt, ":staff_id", staff_id);
  bd_db_bind_int64 (stmt, ":reached", reached);
  bd_db_bind_text (stmt, ":outcome", outcome);
  return bd_db_step_done (stmt, error);
}

static gboolean
write_service_class (BdStore         *self,
                     gint64           policy_id,
                     BdServiceClass   service_class,
                     GError         **error)
{
  BdDbStmt *stmt;

  if ((stmt = bd_store_prepare (self, policy_class_set_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":id", policy_id);
  bd_db_bind_text (stmt, ":service_class", bd_service_class_to_string (service_class));
  return bd_db_step_done (stmt, error);
}

gboolean
bd_store_record_tracing (BdStore          *self,
                         gint64            policy_id,
                         BdTracingMethod   method,
                         gboolean          reached,
                         const char       *outcome,
                         gint64            staff_id,
                         BdServiceClass   *service_class,
                         GError          **error)
{
  BdServiceClass before = BD_SERVICE_NORMAL, after = BD_SERVICE_NORMAL;
  g_autofree char *detail = NULL;
  guint failed = 0;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (method >= BD_TRACING_PHONE && method <= BD_TRACING_BOARD, FALSE);

  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = read_service_class (self, policy_id, &before, error) &&
       insert_tracing (self, policy_id, method, reached, outcome, staff_id, error) &&
       bd_store_get_failed_tracing (self, policy_id, &failed, error);
  if (ok)
    {
      after = bd_tracing_classify (before, failed, reached);
      detail = g_strdup_printf ("method %d %s: %s → %s", method, reached ? "reached" : "not reached",
                                bd_service_class_to_string (before),
                                bd_service_class_to_string (after));
      ok = (after == before || write_service_class (self, policy_id, after, error)) &&
           bd_store_append_audit (self, staff_id, "tracing-recorded", "policy", policy_id, 0,
                                  detail, error);
    }
  if (ok && service_class != NULL)
    *service_class = after;
  return bd_store_end_write (self, ok, error);
}
