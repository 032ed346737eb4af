/* bd-claims-store.c — claim reports in the database, and the checks that read it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A claim is a case (case/, bd-case-store.c) with the row of what was reported. The
 * reporter's phone is sealed like a customer's (PIPL art. 51): a reporter need not be a
 * customer, and their number is personal data all the same.
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-branch-settings.h"
#include "bd-case-private.h"
#include "bd-case-store.h"
#include "bd-claims-store.h"
#include "bd-customers-store-private.h"
#include "bd-store-private.h"

static const char insured_policies_sql[] =
  POLICY_SELECT "WHERE p.insured_id = :insured_id ORDER BY p.effective_date, p.id";

/* The waiting period of each of the insured's policies, in one read (the form asks after
 * every keystroke). */
static const char waiting_days_sql[] =
  "SELECT p.id, pr.waiting_days FROM policy p JOIN product pr ON pr.id = p.product_id "
  "WHERE p.insured_id = :insured_id";

/* A day's claims of an insured are a range of claim_by_insured_event. */
static const char duplicate_sql[] =
  "SELECT c.number FROM claim k JOIN case_file c ON c.id = k.case_id "
  "WHERE k.insured_id = :insured_id AND k.event_date = :event_date AND k.kind = :kind "
  "  AND k.case_id <> :case_id AND c.state <> 'withdrawn' "
  "ORDER BY k.case_id LIMIT 1";

static const char claim_insert_sql[] =
  "INSERT INTO claim (case_id, insured_id, kind, reporter_id, reporter_name, relation, "
  "  phone_sealed, event_date, event_time, known_on, place, hospital, description, channel) "
  "VALUES (:case_id, :insured_id, :kind, :reporter_id, :reporter_name, :relation, :phone, "
  "  :event_date, :event_time, :known_on, :place, :hospital, :description, :channel)";

static const char claim_get_sql[] =
  "SELECT insured_id, kind, reporter_id, reporter_name, relation, phone_sealed, event_date, "
  "  event_time, known_on, place, hospital, description, channel, decision, decision_reason "
  "FROM claim WHERE case_id = :case_id";

/* Another death claim of the insured that still stands (the one withdrawn excepted). */
static const char other_death_sql[] =
  "SELECT k.case_id FROM claim k JOIN case_file c ON c.id = k.case_id "
  "WHERE k.insured_id = :insured_id AND k.kind = 'death' AND k.case_id <> :case_id "
  "  AND c.state <> 'withdrawn' LIMIT 1";

static const char claim_decide_sql[] =
  "UPDATE claim SET decision = :decision, decision_reason = :reason WHERE case_id = :case_id";

static GListModel *
read_insured_policies (BdStore  *store,
                       gint64    insured_id,
                       GError  **error)
{
  BdDbStmt *stmt = bd_store_prepare_for_id (store, insured_policies_sql, ":insured_id",
                                            insured_id, error);

  return stmt != NULL ? bd_store_collect_policies (store, stmt, error) : NULL;
}

/* Policy id → its product's waiting days, for the insured's policies. */
static GHashTable *
read_waiting_days (BdStore  *store,
                   gint64    insured_id,
                   GError  **error)
{
  g_autoptr(GHashTable) days = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  BdDbStmt *stmt = bd_store_prepare_for_id (store, waiting_days_sql, ":insured_id", insured_id,
                                            error);
  BdStep step = BD_STEP_ERROR;

  if (stmt != NULL)
    while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
      g_hash_table_insert (days, g_memdup2 (&(gint64) { bd_db_column_int64 (stmt, 0) }, sizeof (gint64)),
                           GUINT_TO_POINTER ((guint) bd_db_column_int64 (stmt, 1)));
  if (stmt != NULL)
    bd_db_reset (stmt);
  return step == BD_STEP_DONE ? g_steal_pointer (&days) : NULL;
}

gboolean
bd_claims_store_find_duplicate (BdStore  *store,
                                BdClaim  *claim,
                                char    **number,
                                GError  **error)
{
  BdDbStmt *stmt = bd_store_prepare_for_id (store, duplicate_sql, ":insured_id",
                                            bd_claim_get_insured_id (claim), error);
  BdStep step;

  *number = NULL;
  if (stmt == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":event_date", bd_claim_get_event_date (claim));
  bd_db_bind_text (stmt, ":kind", bd_event_kind_to_string (bd_claim_get_kind (claim)));
  bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (bd_claim_get_case (claim)));
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    *number = g_strdup (bd_db_column_text (stmt, 0));
  bd_db_reset (stmt);
  return step != BD_STEP_ERROR;
}

static gboolean
check_policies (BdStore    *store,
                BdClaim    *claim,
                GPtrArray  *checks,
                GError    **error)
{
  g_autoptr(GListModel) policies = read_insured_policies (store, bd_claim_get_insured_id (claim),
                                                          error);
  g_autoptr(GHashTable) waiting_days = NULL;
  guint grace_days = bd_branch_setting_get_uint (store, "grace-days");

  if (policies == NULL
      || (waiting_days = read_waiting_days (store, bd_claim_get_insured_id (claim), error)) == NULL)
    return FALSE;
  if (g_list_model_get_n_items (policies) == 0)
    g_ptr_array_add (checks, bd_claim_check_new (BD_CLAIM_CHECK_WARNING, 0,
                                                 g_strdup (_("The insured has no policy with "
                                                             "the company at this branch"))));
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(BdPolicy) policy = g_list_model_get_item (policies, i);
      gint64 id = bd_policy_get_id (policy);
      guint waiting = GPOINTER_TO_UINT (g_hash_table_lookup (waiting_days, &id));
      BdClaimCheck *check;

      if ((check = bd_claim_check_policy (claim, policy, waiting, grace_days)) != NULL)
        g_ptr_array_add (checks, check);
      if (bd_claim_get_kind (claim) == BD_EVENT_DEATH
          && bd_product_answers_event (bd_policy_get_product_kind (policy), BD_EVENT_DEATH))
        g_ptr_array_add (checks, bd_claim_check_beneficiaries (claim, policy));
    }
  return TRUE;
}

GPtrArray *
bd_claims_store_check (BdStore  *store,
                       BdClaim  *claim,
                       GError  **error)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func ((GDestroyNotify) bd_claim_check_free);
  g_autofree char *duplicate = NULL;
  BdClaimCheck *limitation;
  GDate today;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (BD_IS_CLAIM (claim), NULL);

  bd_store_get_today (store, &today);
  if (!check_policies (store, claim, checks, error)
      || !bd_claims_store_find_duplicate (store, claim, &duplicate, error))
    return NULL;
  if (duplicate != NULL)
    g_ptr_array_add (checks, bd_claim_check_new (BD_CLAIM_CHECK_WARNING, 0,
                                                 g_strdup_printf (_("Possibly reported already: "
                                                                    "claim %s is about the same "
                                                                    "insured, day and kind of "
                                                                    "event"), duplicate)));
  if ((limitation = bd_claim_check_limitation (claim, &today)) != NULL)
    g_ptr_array_add (checks, limitation);
  if (bd_claim_get_kind (claim) == BD_EVENT_DEATH)
    g_ptr_array_add (checks, bd_claim_check_new (BD_CLAIM_CHECK_NOTE, 0,
                                                 g_strdup (_("Once the report is recorded, the "
                                                             "insured is marked deceased on the "
                                                             "household card: no premium "
                                                             "reminder or contact slip goes to "
                                                             "them"))));
  return g_steal_pointer (&checks);
}

static gboolean
insert_claim (BdStore  *store,
              BdClaim  *claim,
              GError  **error)
{
  BdDbStmt *stmt = bd_store_prepare (store, claim_insert_sql, error);

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (bd_claim_get_case (claim)));
  bd_db_bind_int64 (stmt, ":insured_id", bd_claim_get_insured_id (claim));
  bd_db_bind_text (stmt, ":kind", bd_event_kind_to_string (bd_claim_get_kind (claim)));
  bd_db_bind_id (stmt, ":reporter_id", bd_claim_get_reporter_id (claim));
  bd_db_bind_text (stmt, ":reporter_name", bd_claim_get_reporter_name (claim));
  bd_db_bind_text (stmt, ":relation", bd_claim_get_relation (claim));
  bd_db_bind_sealed (stmt, ":phone", BD_SEALED_CLAIM_PHONE, bd_claim_get_phone (claim));
  bd_db_bind_text (stmt, ":event_date", bd_claim_get_event_date (claim));
  bd_db_bind_text (stmt, ":event_time", bd_claim_get_event_time (claim));
  bd_db_bind_text (stmt, ":known_on", bd_claim_get_known_on (claim));
  bd_db_bind_text (stmt, ":place", bd_claim_get_place (claim));
  bd_db_bind_text (stmt, ":hospital", bd_claim_get_hospital (claim));
  bd_db_bind_text (stmt, ":description", bd_claim_get_description (claim));
  bd_db_bind_text (stmt, ":channel", bd_channel_to_string (bd_claim_get_channel (claim)));
  return bd_db_step_done (stmt, error);
}

/* A reporter who is a customer is named as the customer is. */
static gboolean
name_reporter (BdStore  *store,
               BdClaim  *claim,
               GError  **error)
{
  g_autoptr(BdCustomer) reporter = NULL;

  if (bd_claim_get_reporter_id (claim) == 0)
    return TRUE;
  if ((reporter = bd_store_get_customer (store, bd_claim_get_reporter_id (claim), error)) == NULL)
    return FALSE;
  bd_claim_set_reporter (claim, bd_claim_get_reporter_id (claim), bd_customer_get_name (reporter));
  return TRUE;
}

/*
 * The insured of a death claim is marked deceased from the day of death as soon as the
 * death is reported, not once the documents are complete: the report is when the branch
 * learns of it, and from then on a premium reminder or a contact slip addressed to the
 * deceased would reach a bereaved family (003, the counter's duty to the customer; domain.md
 * §4: the claim's checks say so). A report withdrawn as a mistake takes the mark back,
 * unless another death claim of the insured stands.
 */
static gboolean
mark_deceased (BdStore  *store,
               BdClaim  *claim,
               GError  **error)
{
  if (bd_claim_get_kind (claim) != BD_EVENT_DEATH)
    return TRUE;
  return bd_store_set_deceased (store, bd_claim_get_insured_id (claim),
                                bd_claim_get_event_date (claim), error);
}

static gboolean
unmark_deceased (BdStore  *store,
                 BdClaim  *claim,
                 GError  **error)
{
  BdDbStmt *stmt;
  BdStep step;

  if (bd_claim_get_kind (claim) != BD_EVENT_DEATH)
    return TRUE;
  stmt = bd_store_prepare_for_id (store, other_death_sql, ":insured_id",
                                  bd_claim_get_insured_id (claim), error);
  if (stmt == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (bd_claim_get_case (claim)));
  step = bd_db_step (stmt, error);
  bd_db_reset (stmt);
  if (step != BD_STEP_DONE)
    return step == BD_STEP_ROW;
  return bd_store_set_deceased (store, bd_claim_get_insured_id (claim), NULL, error);
}

static gboolean
write_new_claim (BdStore  *store,
                 BdClaim  *claim,
                 gint64    staff_id,
                 GError  **error)
{
  GDate today;

  bd_store_get_today (store, &today);
  return name_reporter (store, claim, error)
         && bd_claim_validate (claim, &today, error)
         && bd_case_store_open (store, bd_claim_get_case (claim), staff_id, NULL, error)
         && insert_claim (store, claim, error)
         && mark_deceased (store, claim, error);
}

gboolean
bd_claims_store_add (BdStore  *store,
                     BdClaim  *claim,
                     gint64    staff_id,
                     GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_CLAIM (claim), FALSE);

  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = write_new_claim (store, claim, staff_id, error);
  if (!bd_store_end_write (store, ok, error) || !ok)
    {
      bd_case_set_id (bd_claim_get_case (claim), 0);
      return FALSE;
    }
  return TRUE;
}

static BdClaim *
claim_from_row (BdDbStmt *stmt)
{
  BdEventKind kind = BD_EVENT_ACCIDENT;
  BdChannel channel = BD_CHANNEL_COUNTER;
  BdClaimDecision decision = BD_DECISION_NONE;
  BdClaim *claim;

  bd_event_kind_from_string (bd_db_column_text (stmt, 1), &kind);
  claim = bd_claim_new (bd_db_column_int64 (stmt, 0), kind);
  bd_claim_set_reporter (claim, bd_db_column_int64 (stmt, 2), bd_db_column_text (stmt, 3));
  bd_claim_set_relation (claim, bd_db_column_text (stmt, 4));
  bd_claim_set_phone (claim, bd_db_column_sealed (stmt, 5, BD_SEALED_CLAIM_PHONE));
  bd_claim_set_event_date (claim, bd_db_column_text (stmt, 6));
  bd_claim_set_event_time (claim, bd_db_column_text (stmt, 7));
  bd_claim_set_known_on (claim, bd_db_column_text (stmt, 8));
  bd_claim_set_place (claim, bd_db_column_text (stmt, 9));
  bd_claim_set_hospital (claim, bd_db_column_text (stmt, 10));
  bd_claim_set_description (claim, bd_db_column_text (stmt, 11));
  bd_channel_from_string (bd_db_column_text (stmt, 12), &channel);
  bd_claim_set_channel (claim, channel);
  bd_claim_decision_from_string (bd_db_column_text (stmt, 13), &decision);
  bd_claim_set_decision (claim, decision, bd_db_column_text (stmt, 14));
  return claim;
}

/* The claim's case as the case store has it. */
static gboolean
read_case (BdCase   *kase,
           BdStore  *store,
           gint64    case_id,
           GError  **error)
{
  bd_case_set_id (kase, case_id);
  return bd_case_store_reload (store, kase, error);
}

BdClaim *
bd_claims_store_get (BdStore  *store,
                     gint64    case_id,
                     GError  **error)
{
  g_autoptr(BdClaim) claim = NULL;
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  if ((stmt = bd_store_prepare_for_id (store, claim_get_sql, ":case_id", case_id, error)) == NULL)
    return NULL;
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    claim = claim_from_row (stmt);
  if (step == BD_STEP_ROW && !bd_db_stmt_opened_all (stmt, error))
    step = BD_STEP_ERROR;
  bd_db_reset (stmt);
  if (step == BD_STEP_ERROR)
    return NULL;
  if (claim == NULL)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND, _("The claim was not found"));
      return NULL;
    }
  return read_case (bd_claim_get_case (claim), store, case_id, error) ? g_steal_pointer (&claim)
                                                                     : NULL;
}

GListModel *
bd_claims_store_list_of (BdStore  *store,
                         gint64    insured_id,
                         GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BD_TYPE_CLAIM);
  g_autoptr(GArray) ids = bd_case_store_list_ids (store, "claim", insured_id, error);

  if (ids == NULL)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BdClaim) claim = bd_claims_store_get (store, g_array_index (ids, gint64, i), error);

      if (claim == NULL)
        return NULL;
      g_list_store_append (list, claim);
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* The decision a step records: to pay (in full, or in part with its reason), or to
 * decline with the step's reason (Insurance Law art. 24: a refusal gives its reasons). */
static gboolean
record_decision (BdStore     *store,
                 BdClaim     *claim,
                 const char  *to,
                 const char  *reason,
                 GError     **error)
{
  BdClaimDecision decision = bd_claim_get_decision (claim);
  const char *why = bd_claim_get_decision_reason (claim);
  BdDbStmt *stmt;

  if (g_str_equal (to, "declined"))
    {
      decision = BD_DECISION_DECLINE;
      why = reason;
    }
  else if (decision != BD_DECISION_PAY_FULL && decision != BD_DECISION_PAY_PART)
    {
      g_set_error_literal (error, BD_CLAIM_ERROR, BD_CLAIM_FIELD_DECISION,
                           _("Say whether the claim is paid in full or in part"));
      return FALSE;
    }
  else if (decision == BD_DECISION_PAY_PART && (why == NULL || *why == '\0'))
    {
      g_set_error_literal (error, BD_CLAIM_ERROR, BD_CLAIM_FIELD_DECISION,
                           _("A payment in part says why the rest is not paid"));
      return FALSE;
    }
  if ((stmt = bd_store_prepare (store, claim_decide_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (bd_claim_get_case (claim)));
  bd_db_bind_text (stmt, ":decision", bd_claim_decision_to_string (decision));
  bd_db_bind_text (stmt, ":reason", why);
  if (!bd_db_step_done (stmt, error))
    return FALSE;
  bd_claim_set_decision (claim, decision, why);
  return TRUE;
}

static gboolean
write_step (BdStore     *store,
            BdClaim     *claim,
            const char  *to,
            gint64       staff_id,
            const char  *reason,
            GError     **error)
{
  gboolean decides = g_str_equal (to, "approved") || g_str_equal (to, "declined");

  if (!bd_case_store_take_step (store, bd_claim_get_case (claim), to, staff_id, reason, error))
    return FALSE;
  if (g_str_equal (to, "withdrawn") && !unmark_deceased (store, claim, error))
    return FALSE;
  return !decides || record_decision (store, claim, to, reason, error);
}

gboolean
bd_claims_store_take_step (BdStore     *store,
                           BdClaim     *claim,
                           const char  *to,
                           gint64       staff_id,
                           const char  *reason,
                           GError     **error)
{
  BdClaimDecision decision;
  g_autofree char *why = NULL;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_CLAIM (claim), FALSE);

  decision = bd_claim_get_decision (claim);
  why = g_strdup (bd_claim_get_decision_reason (claim));
  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = write_step (store, claim, to, staff_id, reason, error);
  if (!bd_store_end_write (store, ok, error) || !ok)
    {
      /* What the window holds goes back to what the database has. */
      bd_claim_set_decision (claim, decision, why);
      bd_case_store_reload (store, bd_claim_get_case (claim), NULL);
      return FALSE;
    }
  return TRUE;
}
