/* bd-store-desk.c — what the desk keeps: sign-in state, recent customers, household edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-clock.h"
#include "bd-store-private.h"

BdStaff *
bd_store_get_staff (BdStore  *self,
                    gint64    staff_id,
                    GError  **error)
{
  sqlite3_stmt *stmt;
  BdStaff *staff = NULL;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, STMT_STAFF_GET, error)) == NULL)
    return NULL;
  bd_bind_int64 (stmt, ":id", staff_id);
  if ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    staff = bd_store_staff_from_row (stmt);
  sqlite3_reset (stmt);

  if (step == BD_STEP_DONE)
    g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                 _("No staff member has the number %" PRId64), staff_id);
  return staff;
}

/* ── signing in ────────────────────────────────────────────────────────────────── */

static gint64
unix_from_iso (const char *text)
{
  g_autoptr(GDateTime) time = text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;

  return time != NULL ? g_date_time_to_unix (time) : 0;
}

static char *
iso_from_unix (gint64 seconds)
{
  g_autoptr(GDateTime) time = seconds > 0 ? g_date_time_new_from_unix_utc (seconds) : NULL;

  return time != NULL ? g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

gboolean
bd_store_get_sign_in_state (BdStore  *self,
                            gint64    staff_id,
                            char    **password_hash,
                            guint    *failed_attempts,
                            gint64   *retry_after,
                            GError  **error)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if ((stmt = bd_store_prepare (self, STMT_SIGN_IN_GET, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":id", staff_id);
  if ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    {
      found = TRUE;
      *password_hash = g_strdup (bd_column_text (stmt, 0));
      *failed_attempts = (guint) sqlite3_column_int (stmt, 1);
      *retry_after = unix_from_iso (bd_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);

  if (step == BD_STEP_DONE)
    g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                 _("No staff member has the number %" PRId64), staff_id);
  return found;
}

gboolean
bd_store_set_sign_in_state (BdStore  *self,
                            gint64    staff_id,
                            guint     failed_attempts,
                            gint64    retry_after,
                            GError  **error)
{
  g_autofree char *retry_text = iso_from_unix (retry_after);
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = (stmt = bd_store_prepare (self, STMT_SIGN_IN_SET, error)) != NULL;
  if (ok)
    {
      bd_bind_int64 (stmt, ":id", staff_id);
      bd_bind_int64 (stmt, ":failed", failed_attempts);
      bd_bind_text (stmt, ":retry_after", retry_text);
      ok = bd_store_step_done (self, stmt, error);
    }
  return bd_store_end_write (self, ok, error);
}

/* ── recent customers ──────────────────────────────────────────────────────────── */

GListModel *
bd_store_list_recent_customers (BdStore  *self,
                                gint64    staff_id,
                                guint     limit,
                                GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BD_TYPE_CUSTOMER);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, STMT_RECENT, error)) == NULL)
    return NULL;
  bd_bind_int64 (stmt, ":staff_id", staff_id);
  bd_bind_int64 (stmt, ":limit", limit);
  while ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (step == BD_STEP_ERROR)
    return NULL;

  /* One statement steps at a time: the customers are read after the ids. A customer no
   * longer on file is left out; a read that fails fails the list. */
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(BdCustomer) customer = bd_store_get_customer (self, g_array_index (ids, gint64, i),
                                                              &local_error);
      if (customer != NULL)
        g_list_store_append (list, customer);
      else if (!g_error_matches (local_error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* ── households ────────────────────────────────────────────────────────────────── */

GListModel *
bd_store_list_household_policies (BdStore  *self,
                                  gint64    household_id,
                                  GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, STMT_HOUSEHOLD_POLICIES, error)) == NULL)
    return NULL;
  bd_bind_int64 (stmt, ":household_id", household_id);
  return bd_store_collect_policies (self, stmt, error);
}

BdHouseholdCard *
bd_store_load_household_card (BdStore      *self,
                              gint64        customer_id,
                              const GDate  *today,
                              GError      **error)
{
  g_autoptr(BdHousehold) household = NULL;
  g_autoptr(GListModel) policies = NULL;
  BdHouseholdCard *card;
  BdProtectionNeed need = { 0 };
  gboolean has_need = FALSE;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  household = bd_store_get_household_of (self, customer_id, error);
  if (household == NULL)
    return NULL;
  policies = bd_store_list_household_policies (self, bd_household_get_id (household), error);
  if (policies == NULL ||
      !bd_store_get_household_need (self, bd_household_get_id (household), &need, &has_need,
                                    error))
    return NULL;
  card = bd_household_card_new (household, policies, has_need ? &need : NULL, today);
  /* The card of the customer at the desk: 本人 is they, not the head. */
  bd_household_card_set_viewer (card, customer_id);
  return card;
}

/* Where @customer_id belongs now: *@found is FALSE when nowhere. FALSE only when the
 * store cannot say, with @error set. */
static gboolean
current_membership (BdStore     *self,
                    gint64       customer_id,
                    gboolean    *found,
                    gint64      *household_id,
                    BdRelation  *relation,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  BdStep step;

  *found = FALSE;
  if ((stmt = bd_store_prepare (self, STMT_HOUSEHOLD_HAS_CUSTOMER, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":customer_id", customer_id);
  if ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    {
      *found = TRUE;
      *household_id = sqlite3_column_int64 (stmt, 0);
      *relation = BD_RELATION_OTHER;
      bd_relation_from_string (bd_column_text (stmt, 1), relation);
    }
  sqlite3_reset (stmt);
  return step != BD_STEP_ERROR;
}

static gboolean
refuse (GError    **error,
        const char *message)
{
  g_set_error_literal (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT, message);
  return FALSE;
}

static gboolean
require_reason (const char  *reason,
                GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  if (trimmed[0] != '\0')
    return TRUE;
  return refuse (error, _("Say why: a change to a household is kept with its reason"));
}

static gboolean
audit_member (BdStore     *self,
              const char  *action,
              gint64       household_id,
              gint64       customer_id,
              gint64       staff_id,
              const char  *detail,
              GError     **error)
{
  return bd_store_append_audit (self, staff_id, action, "household", household_id,
                                customer_id, detail, error);
}

static gboolean
insert_new_member (BdStore     *self,
                   gint64       household_id,
                   gint64       customer_id,
                   BdRelation   relation,
                   GError     **error)
{
  g_autofree char *now = bd_store_now_utc ();
  sqlite3_stmt *stmt;

  if ((stmt = bd_store_prepare (self, STMT_MEMBER_INSERT, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":household_id", household_id);
  bd_bind_int64 (stmt, ":customer_id", customer_id);
  bd_bind_text (stmt, ":relation", bd_relation_to_string (relation));
  bd_bind_text (stmt, ":joined_at", now);
  return bd_store_step_done (self, stmt, error);
}

/* Whether @customer_id can be @relation of the head of the household they are (now, in
 * the open write) a member of: the rule is the core's (bd_household_check_relation). */
static gboolean
check_relation_possible (BdStore     *self,
                         gint64       customer_id,
                         BdRelation   relation,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BdHousehold) household = bd_store_get_household_of (self, customer_id, &local_error);
  BdHouseholdMember *member;
  GDate today;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (household == NULL)
    return TRUE;
  member = bd_household_find_member (household, customer_id);
  bd_clock_get_today (NULL, &today);
  return member == NULL ||
         bd_household_check_relation (household, bd_household_member_get_customer (member),
                                      relation, &today, error);
}

gboolean
bd_store_add_household_member (BdStore     *self,
                               gint64       household_id,
                               gint64       customer_id,
                               BdRelation   relation,
                               gint64       staff_id,
                               const char  *reason,
                               GError     **error)
{
  g_autofree char *detail = NULL;
  gint64 current = 0;
  BdRelation current_relation;
  gboolean member = FALSE;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (!require_reason (reason, error))
    return FALSE;
  if (relation == BD_RELATION_SELF)
    return refuse (error, _("A household has one head; add the person with their relationship to the head"));
  if (!bd_store_begin_write (self, error))
    return FALSE;

  ok = current_membership (self, customer_id, &member, &current, &current_relation, error);
  if (ok && member)
    ok = refuse (error, current == household_id
                          ? _("The customer is already a member of this household")
                          : _("The customer belongs to another household: remove them from it first"));
  detail = g_strdup_printf ("%s: %s", bd_relation_to_string (relation), reason);
  ok = ok && insert_new_member (self, household_id, customer_id, relation, error) &&
       check_relation_possible (self, customer_id, relation, error) &&
       audit_member (self, "household-member-added", household_id, customer_id, staff_id,
                     detail, error);
  return bd_store_end_write (self, ok, error);
}

static gboolean
update_member (BdStore     *self,
               BdStmt       which,
               gint64       household_id,
               gint64       customer_id,
               const char  *param,
               const char  *value,
               GError     **error)
{
  g_autofree char *now = bd_store_now_utc ();
  sqlite3_stmt *stmt;

  if ((stmt = bd_store_prepare (self, which, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":household_id", household_id);
  bd_bind_int64 (stmt, ":customer_id", customer_id);
  bd_bind_text (stmt, param, value);
  if (which == STMT_MEMBER_LEAVE)
    bd_bind_text (stmt, ":now", now);
  return bd_store_step_done (self, stmt, error);
}

/* The member's relation now, refusing a customer who is not a member of @household_id. */
static gboolean
require_member (BdStore     *self,
                gint64       household_id,
                gint64       customer_id,
                BdRelation  *relation,
                GError     **error)
{
  gint64 current = 0;
  gboolean member = FALSE;

  if (!current_membership (self, customer_id, &member, &current, relation, error))
    return FALSE;
  if (member && current == household_id)
    return TRUE;
  return refuse (error, _("The customer is not a member of this household"));
}

gboolean
bd_store_remove_household_member (BdStore     *self,
                                  gint64       household_id,
                                  gint64       customer_id,
                                  gint64       staff_id,
                                  const char  *reason,
                                  GError     **error)
{
  BdRelation relation = BD_RELATION_OTHER;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (!require_reason (reason, error) || !bd_store_begin_write (self, error))
    return FALSE;

  ok = require_member (self, household_id, customer_id, &relation, error);
  if (ok && relation == BD_RELATION_SELF)
    ok = refuse (error, _("The head of the household cannot be removed"));
  ok = ok && update_member (self, STMT_MEMBER_LEAVE, household_id, customer_id, ":reason",
                            reason, error) &&
       audit_member (self, "household-member-removed", household_id, customer_id, staff_id,
                     reason, error);
  return bd_store_end_write (self, ok, error);
}

gboolean
bd_store_set_member_relation (BdStore     *self,
                              gint64       household_id,
                              gint64       customer_id,
                              BdRelation   relation,
                              gint64       staff_id,
                              const char  *reason,
                              GError     **error)
{
  g_autofree char *detail = NULL;
  BdRelation before = BD_RELATION_OTHER;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (!require_reason (reason, error) || !bd_store_begin_write (self, error))
    return FALSE;

  ok = require_member (self, household_id, customer_id, &before, error);
  if (ok && (before == BD_RELATION_SELF || relation == BD_RELATION_SELF))
    ok = refuse (error, _("The head of the household stays the head; correct the others' relationships"));
  /* The audit keeps what it was, so that the correction can be followed. */
  detail = g_strdup_printf ("%s → %s: %s", bd_relation_to_string (before),
                            bd_relation_to_string (relation), reason);
  ok = ok && update_member (self, STMT_MEMBER_RELATION, household_id, customer_id, ":relation",
                            bd_relation_to_string (relation), error) &&
       check_relation_possible (self, customer_id, relation, error) &&
       audit_member (self, "household-relation-corrected", household_id, customer_id, staff_id,
                     detail, error);
  return bd_store_end_write (self, ok, error);
}

gboolean
bd_store_get_household_need (BdStore           *self,
                             gint64             household_id,
                             BdProtectionNeed  *need,
                             gboolean          *found,
                             GError           **error)
{
  sqlite3_stmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  *found = FALSE;
  if ((stmt = bd_store_prepare (self, STMT_NEED_GET, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":household_id", household_id);
  if ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    {
      *found = TRUE;
      need->annual_spending = sqlite3_column_int64 (stmt, 0);
      need->debts = sqlite3_column_int64 (stmt, 1);
      need->years = (guint) sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);
  return step != BD_STEP_ERROR;
}

gboolean
bd_store_set_household_need (BdStore                 *self,
                             gint64                   household_id,
                             const BdProtectionNeed  *need,
                             gint64                   staff_id,
                             GError                 **error)
{
  g_autofree char *now = bd_store_now_utc ();
  g_autofree char *detail = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = (stmt = bd_store_prepare (self, STMT_NEED_SET, error)) != NULL;
  if (ok)
    {
      bd_bind_int64 (stmt, ":household_id", household_id);
      bd_bind_int64 (stmt, ":annual_spending", need->annual_spending);
      bd_bind_int64 (stmt, ":debts", need->debts);
      bd_bind_int64 (stmt, ":years", need->years);
      bd_bind_id (stmt, ":staff_id", staff_id);
      bd_bind_text (stmt, ":now", now);
      ok = bd_store_step_done (self, stmt, error);
    }
  detail = g_strdup_printf ("%" PRId64 "/%" PRId64 "/%u", need->annual_spending, need->debts,
                            need->years);
  ok = ok && bd_store_append_audit (self, staff_id, "protection-need-saved", "household",
                                    household_id, 0, detail, error);
  return bd_store_end_write (self, ok, error);
}

/* ── the audit log ─────────────────────────────────────────────────────────────── */

void
bd_audit_entry_free (BdAuditEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->at);
  g_free (entry->action);
  g_free (entry->record_table);
  g_free (entry->detail);
  g_free (entry);
}

GPtrArray *
bd_store_list_audit (BdStore  *self,
                     guint     limit,
                     GError  **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) bd_audit_entry_free);
  sqlite3_stmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, STMT_AUDIT_LIST, error)) == NULL)
    return NULL;
  bd_bind_int64 (stmt, ":limit", limit);
  while ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    {
      BdAuditEntry *entry = g_new0 (BdAuditEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->at = g_strdup (bd_column_text (stmt, 1));
      entry->staff_id = sqlite3_column_int64 (stmt, 2);
      entry->action = g_strdup (bd_column_text (stmt, 3));
      entry->record_table = g_strdup (bd_column_text (stmt, 4));
      entry->record_id = sqlite3_column_int64 (stmt, 5);
      entry->customer_id = sqlite3_column_int64 (stmt, 6);
      entry->detail = g_strdup (bd_column_text (stmt, 7));
      g_ptr_array_add (entries, entry);
    }
  sqlite3_reset (stmt);
  if (step == BD_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&entries);
}
