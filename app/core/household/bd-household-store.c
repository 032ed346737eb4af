/* bd-household-store.c — households, their members and the protection need in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-branch-settings.h"
#include "bd-clock.h"
#include "bd-customers-store-private.h"
#include "bd-household-store.h"
#include "bd-text.h"
#include "bd-store-private.h"

static const char member_insert_sql[] =
  "INSERT INTO household_member (household_id, customer_id, relation, joined_at) "
  "VALUES (:household_id, :customer_id, :relation, :joined_at)";

static const char household_insert_sql[] =
  "INSERT INTO household (name, servicing_staff_id, created_at) "
  "VALUES (:name, :staff_id, :created_at) RETURNING id";

static const char household_members_sql[] =
  "SELECT " CUSTOMER_COLUMNS ", m.relation "
  "FROM household_member m JOIN customer c ON c.id = m.customer_id"
  CUSTOMER_DOCUMENT_JOIN
  " WHERE m.household_id = :household_id AND m.left_at IS NULL"
  /* The head, the spouse, the older generations, then the younger: as a family is read. */
  " ORDER BY CASE m.relation WHEN 'self' THEN 0 WHEN 'spouse' THEN 1"
  "   WHEN 'grandparent' THEN 2 WHEN 'parent' THEN 3 WHEN 'parent-in-law' THEN 4"
  "   WHEN 'sibling' THEN 5 WHEN 'child' THEN 6 WHEN 'child-in-law' THEN 7"
  "   WHEN 'grandchild' THEN 8 ELSE 9 END, c.birth_date, c.id";

static const char household_of_sql[] =
  "SELECT h.id, h.name, h.servicing_staff_id FROM household h "
  "JOIN household_member m ON m.household_id = h.id "
  "WHERE m.customer_id = :customer_id AND m.left_at IS NULL";

static const char household_policies_sql[] =
  POLICY_SELECT
  "WHERE p.id IN ("
  "  SELECT p2.id FROM household_member m JOIN policy p2 "
  "    ON p2.policyholder_id = m.customer_id "
  "  WHERE m.household_id = :household_id AND m.left_at IS NULL "
  "  UNION SELECT p2.id FROM household_member m JOIN policy p2 "
  "    ON p2.insured_id = m.customer_id "
  "  WHERE m.household_id = :household_id AND m.left_at IS NULL "
  "  UNION SELECT b.policy_id FROM household_member m JOIN beneficiary b "
  "    ON b.customer_id = m.customer_id "
  "  WHERE m.household_id = :household_id AND m.left_at IS NULL) "
  "ORDER BY p.effective_date DESC, p.id DESC";

static const char household_has_customer_sql[] =
  "SELECT household_id, relation FROM household_member "
  "WHERE customer_id = :customer_id AND left_at IS NULL";

static const char member_leave_sql[] =
  "UPDATE household_member SET left_at = :now, left_reason = :reason "
  "WHERE household_id = :household_id AND customer_id = :customer_id AND left_at IS NULL";

static const char member_relation_sql[] =
  "UPDATE household_member SET relation = :relation "
  "WHERE household_id = :household_id AND customer_id = :customer_id AND left_at IS NULL";

static const char need_get_sql[] =
  "SELECT annual_spending, debts, years FROM household_need WHERE household_id = :household_id";

static const char need_set_sql[] =
  "INSERT INTO household_need (household_id, annual_spending, debts, years, staff_id, updated_at) "
  "VALUES (:household_id, :annual_spending, :debts, :years, :staff_id, :now) "
  "ON CONFLICT (household_id) DO UPDATE SET annual_spending = excluded.annual_spending, "
  "debts = excluded.debts, years = excluded.years, staff_id = excluded.staff_id, "
  "updated_at = excluded.updated_at";

static gboolean
insert_member (BdStore            *self,
               gint64              household_id,
               BdHouseholdMember  *member,
               const char         *now,
               GError            **error)
{
  BdDbStmt *stmt;
  BdCustomer *customer = bd_household_member_get_customer (member);

  if ((stmt = bd_store_prepare (self, member_insert_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":household_id", household_id);
  bd_db_bind_int64 (stmt, ":customer_id", bd_customer_get_id (customer));
  bd_db_bind_text (stmt, ":relation",
                   bd_relation_to_string (bd_household_member_get_relation (member)));
  bd_db_bind_text (stmt, ":joined_at", now);
  return bd_db_step_done (stmt, error);
}

static gboolean
insert_household_row (BdStore      *self,
                      BdHousehold  *household,
                      const char   *now,
                      GError      **error)
{
  gint64 id;
  BdDbStmt *stmt;

  if ((stmt = bd_store_prepare (self, household_insert_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":name", bd_household_get_name (household));
  bd_db_bind_id (stmt, ":staff_id", bd_household_get_servicing_staff_id (household));
  bd_db_bind_text (stmt, ":created_at", now);
  if ((id = bd_db_step_returning_id (stmt, error)) == 0)
    return FALSE;
  bd_household_set_id (household, id);
  return TRUE;
}

gboolean
bd_store_add_household (BdStore      *self,
                        BdHousehold  *household,
                        GError      **error)
{
  g_autofree char *now = bd_store_now_utc ();
  GListModel *members;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (BD_IS_HOUSEHOLD (household), FALSE);

  if (!bd_text_clean_property (household, "name", BD_TEXT_LINE, error))
    {
      g_prefix_error (error, "%s: ", _("Household name"));
      return FALSE;
    }
  if (!bd_store_begin_write (self, error))
    return FALSE;

  ok = insert_household_row (self, household, now, error);
  members = bd_household_get_members (household);
  for (guint i = 0; ok && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(BdHouseholdMember) member = g_list_model_get_item (members, i);
      ok = insert_member (self, bd_household_get_id (household), member, now, error);
    }

  if (!bd_store_end_write (self, ok, error))
    {
      bd_household_set_id (household, 0);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_members (BdStore      *self,
              BdHousehold  *household,
              GError      **error)
{
  BdDbStmt *stmt;
  BdStep step;

  if ((stmt = bd_store_prepare_for_id (self, household_members_sql, ":household_id",
                                       bd_household_get_id (household), error)) == NULL)
    return FALSE;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      g_autoptr(BdCustomer) customer = bd_store_customer_from_row (stmt);
      g_autoptr(BdHouseholdMember) member = NULL;
      BdRelation relation = BD_RELATION_OTHER;

      bd_relation_from_string (bd_db_column_text (stmt, CUSTOMER_N_COLUMNS), &relation);
      member = bd_household_member_new (customer, relation);
      bd_household_add_member (household, member);
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE;
}

static void
read_household (BdDbStmt *stmt,
                gpointer  data)
{
  BdHousehold *household = data;

  bd_household_set_id (household, bd_db_column_int64 (stmt, 0));
  bd_household_set_name (household, bd_db_column_text (stmt, 1));
  bd_household_set_servicing_staff_id (household, bd_db_column_int64 (stmt, 2));
}

BdHousehold *
bd_store_get_household_of (BdStore  *self,
                           gint64    customer_id,
                           GError  **error)
{
  g_autoptr(BdHousehold) household = NULL;
  gboolean found;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  household = bd_household_new ();
  if (!bd_store_read_one (self, household_of_sql, ":customer_id", customer_id,
                          read_household, household, &found, error) ||
      !found)
    return NULL;
  if (!load_members (self, household, error))
    return NULL;
  return g_steal_pointer (&household);
}

GListModel *
bd_store_list_household_policies (BdStore  *self,
                                  gint64    household_id,
                                  GError  **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, household_policies_sql, error)) == NULL)
    return NULL;
  bd_db_bind_int64 (stmt, ":household_id", household_id);
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
  card = bd_household_card_new_for_branch (household, policies, has_need ? &need : NULL,
                                           today,
                                           bd_branch_setting_get_uint (self, "due-horizon-days"),
                                           bd_branch_setting_get_uint (self, "grace-days"));
  /* The card of the customer at the desk: 本人 is they, not the head. */
  bd_household_card_set_viewer (card, customer_id);
  return card;
}

typedef struct
{
  gint64      household_id;
  BdRelation  relation;
} Membership;

static void
read_membership (BdDbStmt *stmt,
                 gpointer  data)
{
  Membership *membership = data;

  membership->household_id = bd_db_column_int64 (stmt, 0);
  membership->relation = BD_RELATION_OTHER;
  bd_relation_from_string (bd_db_column_text (stmt, 1), &membership->relation);
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
  Membership membership = { 0, BD_RELATION_OTHER };

  if (!bd_store_read_one (self, household_has_customer_sql, ":customer_id", customer_id,
                          read_membership, &membership, found, error))
    return FALSE;
  if (*found)
    {
      *household_id = membership.household_id;
      *relation = membership.relation;
    }
  return TRUE;
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
  g_autoptr(GError) local_error = NULL;
  g_autofree char *clean = bd_text_clean (reason, BD_TEXT_LINES, &local_error);

  /* Checked as every text entering the core is: the reason is stored as given. */
  if (local_error != NULL)
    return refuse (error, local_error->message);
  if (clean != NULL && clean[0] != '\0')
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

/* Writes one membership row with @sql: the household, the customer, @param set to @value
 * and, when @time_param is not NULL, @time_param set to now. */
static gboolean
write_member (BdStore     *self,
              const char  *sql,
              gint64       household_id,
              gint64       customer_id,
              const char  *param,
              const char  *value,
              const char  *time_param,
              GError     **error)
{
  g_autofree char *now = bd_store_now_utc ();
  BdDbStmt *stmt;

  if ((stmt = bd_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":household_id", household_id);
  bd_db_bind_int64 (stmt, ":customer_id", customer_id);
  bd_db_bind_text (stmt, param, value);
  if (time_param != NULL)
    bd_db_bind_text (stmt, time_param, now);
  return bd_db_step_done (stmt, error);
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

/* Adding a member and correcting a relationship write it alike: the row with @sql (and
 * @time_param, see write_member()), the rule against the head in the same write
 * (bd_household_check_relation), then the audit row. */
static gboolean
write_relation (BdStore     *self,
                gint64       household_id,
                gint64       customer_id,
                BdRelation   relation,
                const char  *sql,
                const char  *time_param,
                gint64       staff_id,
                const char  *action,
                const char  *detail,
                GError     **error)
{
  return write_member (self, sql, household_id, customer_id, ":relation",
                       bd_relation_to_string (relation), time_param, error) &&
         check_relation_possible (self, customer_id, relation, error) &&
         audit_member (self, action, household_id, customer_id, staff_id, detail, error);
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
  ok = ok && write_relation (self, household_id, customer_id, relation, member_insert_sql,
                             ":joined_at", staff_id, "household-member-added", detail, error);
  return bd_store_end_write (self, ok, error);
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

/* Removing a member and correcting a relationship start alike: a reason, the write begun
 * and the customer a member of @household_id, *@relation their relationship now. FALSE,
 * with no write left open, when any of them fails. */
static gboolean
begin_member_edit (BdStore     *self,
                   gint64       household_id,
                   gint64       customer_id,
                   const char  *reason,
                   BdRelation  *relation,
                   GError     **error)
{
  if (!require_reason (reason, error) || !bd_store_begin_write (self, error))
    return FALSE;
  if (require_member (self, household_id, customer_id, relation, error))
    return TRUE;
  return bd_store_end_write (self, FALSE, error);
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
  gboolean ok = TRUE;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (!begin_member_edit (self, household_id, customer_id, reason, &relation, error))
    return FALSE;
  if (relation == BD_RELATION_SELF)
    ok = refuse (error, _("The head of the household cannot be removed"));
  ok = ok && write_member (self, member_leave_sql, household_id, customer_id, ":reason",
                           reason, ":now", error) &&
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
  gboolean ok = TRUE;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (!begin_member_edit (self, household_id, customer_id, reason, &before, error))
    return FALSE;
  if (before == BD_RELATION_SELF || relation == BD_RELATION_SELF)
    ok = refuse (error, _("The head of the household stays the head; correct the others' relationships"));
  /* The audit keeps what it was, so that the correction can be followed. */
  detail = g_strdup_printf ("%s → %s: %s", bd_relation_to_string (before),
                            bd_relation_to_string (relation), reason);
  ok = ok && write_relation (self, household_id, customer_id, relation, member_relation_sql,
                             NULL, staff_id, "household-relation-corrected", detail, error);
  return bd_store_end_write (self, ok, error);
}

static void
read_need (BdDbStmt *stmt,
           gpointer  data)
{
  BdProtectionNeed *need = data;

  need->annual_spending = bd_db_column_int64 (stmt, 0);
  need->debts = bd_db_column_int64 (stmt, 1);
  need->years = (guint) bd_db_column_int (stmt, 2);
}

gboolean
bd_store_get_household_need (BdStore           *self,
                             gint64             household_id,
                             BdProtectionNeed  *need,
                             gboolean          *found,
                             GError           **error)
{
  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  return bd_store_read_one (self, need_get_sql, ":household_id", household_id, read_need,
                            need, found, error);
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
  BdDbStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = (stmt = bd_store_prepare (self, need_set_sql, error)) != NULL;
  if (ok)
    {
      bd_db_bind_int64 (stmt, ":household_id", household_id);
      bd_db_bind_int64 (stmt, ":annual_spending", need->annual_spending);
      bd_db_bind_int64 (stmt, ":debts", need->debts);
      bd_db_bind_int64 (stmt, ":years", need->years);
      bd_db_bind_id (stmt, ":staff_id", staff_id);
      bd_db_bind_text (stmt, ":now", now);
      ok = bd_db_step_done (stmt, error);
    }
  detail = g_strdup_printf ("%" PRId64 "/%" PRId64 "/%u", need->annual_spending, need->debts,
                            need->years);
  ok = ok && bd_store_append_audit (self, staff_id, "protection-need-saved", "household",
                                    household_id, 0, detail, error);
  return bd_store_end_write (self, ok, error);
}
