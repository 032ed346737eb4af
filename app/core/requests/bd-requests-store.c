/* bd-requests-store.c — policy-change requests in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A request is a case (case/, bd-case-store.c) with the row of what was asked. Carrying
 * it out changes the policy or the customer in the transaction of its "completed" step,
 * and writes each change before → after (request_change): nothing it replaced is lost.
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-branch-settings.h"
#include "bd-case-private.h"
#include "bd-case-store.h"
#include "bd-customers-store-private.h"
#include "bd-identity.h"
#include "bd-limits.h"
#include "bd-search.h"
#include "bd-policy-rules.h"
#include "bd-requests-store.h"
#include "bd-store-private.h"

/* A contact change's new mobile and a premium account change's new account number are
 * personal numbers (JR/T 0171-2020 C2; PIPL art. 51): sealed like the customer's
 * (BD_SEALED_REQUEST_NUMBER, which the check opens too). */

static const char policy_get_sql[] = POLICY_SELECT "WHERE p.id = :id";

/* Survival and death beneficiaries of a policy, and the relation "relative is the
 * customer's parent" (relationship rows read "B is A's relation"). */
static const char is_parent_sql[] =
  "SELECT 1 FROM relationship WHERE customer_id = :customer_id AND relative_id = :relative_id "
  "  AND relation = 'parent'";

static const char other_cover_sql[] =
  "SELECT pr.kind, p.sum_insured_fen FROM policy p JOIN product pr ON pr.id = p.product_id "
  "WHERE p.insured_id = :insured_id AND p.id <> :policy_id AND p.status IN ('in-force', 'grace')";

static const char request_insert_sql[] =
  "INSERT INTO request (case_id, item, applicant_id, capacity, guardian_id, signer_id, "
  "  document_type, document_valid, document_photo, channel, consent, amount_fen, "
  "  cash_value_fen, new_text, new_postcode, new_choice, new_number_sealed) "
  "VALUES (:case_id, :item, :applicant_id, :capacity, :guardian_id, :signer_id, "
  "  :document_type, :document_valid, :document_photo, :channel, :consent, :amount_fen, "
  "  :cash_value_fen, :new_text, :new_postcode, :new_choice, :new_number)";

static const char request_get_sql[] =
  "SELECT r.item, c.customer_id, c.policy_id, r.applicant_id, r.guardian_id, r.signer_id, "
  "  r.document_type, r.document_valid, r.document_photo, r.channel, r.consent, "
  "  r.amount_fen, r.cash_value_fen, r.new_text, r.new_postcode, r.new_choice, "
  "  r.new_number_sealed "
  "FROM request r JOIN case_file c ON c.id = r.case_id WHERE r.case_id = :case_id";

static const char beneficiary_insert_sql[] =
  "INSERT INTO request_beneficiary (request_id, position, customer_id, legal_heirs, rank, share) "
  "VALUES (:request_id, :position, :customer_id, :legal_heirs, :rank, :share)";

static const char beneficiaries_of_sql[] =
  "SELECT customer_id, rank, share FROM request_beneficiary WHERE request_id = :request_id "
  "ORDER BY position";

static const char change_insert_sql[] =
  "INSERT INTO request_change (request_id, position, policy_id, field, before, after) "
  "VALUES (:request_id, :position, :policy_id, :field, :before, :after)";

static const char changes_of_sql[] =
  "SELECT x.field, x.before, x.after FROM request_change x "
  "WHERE x.policy_id = :policy_id ORDER BY x.request_id DESC, x.position";

/* What carrying out writes. Each names the one row it changes. */
static const char policy_set_status_sql[] =
  "UPDATE policy SET status = :value WHERE id = :id";
static const char policy_set_frequency_sql[] =
  "UPDATE policy SET frequency = :value WHERE id = :id";
static const char policy_set_method_sql[] =
  "UPDATE policy SET payment_method = :value WHERE id = :id";
static const char policy_set_sum_sql[] =
  "UPDATE policy SET sum_insured_fen = :amount WHERE id = :id";
static const char policy_set_holder_sql[] =
  "UPDATE policy SET policyholder_id = :amount WHERE id = :id";
static const char policy_set_account_sql[] =
  "UPDATE policy SET account_id = :amount WHERE id = :id";
static const char policy_paid_up_sql[] =
  "UPDATE policy SET premium_fen = 0, next_due_date = NULL WHERE id = :id";
static const char customer_set_address_sql[] =
  "UPDATE customer SET address = :value, postcode = COALESCE (:postcode, postcode) "
  "WHERE id = :id";
static const char customer_set_occupation_sql[] =
  "UPDATE customer SET occupation = :value WHERE id = :id";
static const char customer_set_name_sql[] =
  "UPDATE customer SET name = :value WHERE id = :id";
static const char document_set_valid_sql[] =
  "UPDATE identity_document SET valid_until = :value WHERE customer_id = :id AND is_primary = 1";
static const char beneficiaries_drop_sql[] =
  "DELETE FROM beneficiary WHERE policy_id = :id AND kind = 'death'";
static const char beneficiary_add_sql[] =
  "INSERT INTO beneficiary (policy_id, kind, customer_id, legal_heirs, rank, share) "
  "VALUES (:id, 'death', :customer_id, :legal_heirs, :rank, :share)";

static void
add_change (GPtrArray  *changes,
            const char *field,
            const char *before,
            const char *after)
{
  BdRequestChange *change = g_new0 (BdRequestChange, 1);

  change->field = g_strdup (field);
  change->before = g_strdup (bd_or_dash (before));
  change->after = g_strdup (bd_or_dash (after));
  g_ptr_array_add (changes, change);
}

static BdPolicy *
get_policy (BdStore  *store,
            gint64    id,
            GError  **error)
{
  BdDbStmt *stmt = bd_store_prepare_for_id (store, policy_get_sql, ":id", id, error);
  g_autoptr(GListModel) found = NULL;

  if (stmt == NULL || (found = bd_store_collect_policies (store, stmt, error)) == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND, _("The policy was not found"));
      return NULL;
    }
  return g_list_model_get_item (found, 0);
}

/* A customer, or NULL for id 0; a read that fails is an error. */
static gboolean
get_customer (BdStore      *store,
              gint64        id,
              BdCustomer  **customer,
              GError      **error)
{
  *customer = NULL;
  if (id == 0)
    return TRUE;
  *customer = bd_store_get_customer (store, id, error);
  return *customer != NULL;
}

/* One of the context's people: most requests name the same person more than once (the
 * policyholder insures themselves and applies in person), who is read once and shared. */
static gboolean
get_person (BdStore           *store,
            gint64             id,
            BdRequestContext  *context,
            BdCustomer       **person,
            GError           **error)
{
  BdCustomer *read[] = { context->policyholder, context->insured, context->applicant,
                         context->guardian };

  for (guint i = 0; id != 0 && i < G_N_ELEMENTS (read); i++)
    if (read[i] != NULL && bd_customer_get_id (read[i]) == id)
      {
        *person = g_object_ref (read[i]);
        return TRUE;
      }
  return get_customer (store, id, person, error);
}

static gboolean
read_is_parent (BdStore   *store,
                gint64     child_id,
                gint64     parent_id,
                gboolean  *is_parent,
                GError   **error)
{
  BdDbStmt *stmt = bd_store_prepare_for_id (store, is_parent_sql, ":customer_id", child_id, error);
  BdStep step;

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":relative_id", parent_id);
  step = bd_db_step (stmt, error);
  bd_db_reset (stmt);
  *is_parent = step == BD_STEP_ROW;
  return step != BD_STEP_ERROR;
}

static gboolean
read_other_cover (BdStore   *store,
                  BdPolicy  *policy,
                  gint64    *cover,
                  GError   **error)
{
  BdDbStmt *stmt = bd_store_prepare_for_id (store, other_cover_sql, ":insured_id",
                                            bd_policy_get_insured_id (policy), error);
  BdStep step;

  *cover = 0;
  if (stmt == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":policy_id", bd_policy_get_id (policy));
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      BdProductKind kind = BD_PRODUCT_LIFE;

      bd_product_kind_from_string (bd_db_column_text (stmt, 0), &kind);
      *cover += bd_death_cover (kind, bd_db_column_int64 (stmt, 1));
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE;
}

gboolean
bd_requests_store_get_context (BdStore           *store,
                               BdRequest         *request,
                               BdRequestContext  *context,
                               GError           **error)
{
  BdRequestContext found = { NULL };
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_REQUEST (request), FALSE);

  bd_store_get_today (store, &found.today);
  found.cooling_off_days = bd_branch_setting_get_uint (store, "cooling-off-days");
  found.grace_days = bd_branch_setting_get_uint (store, "grace-days");
  ok = (found.policy = get_policy (store, bd_request_get_policy_id (request), error)) != NULL
       && get_person (store, bd_policy_get_policyholder_id (found.policy), &found,
                      &found.policyholder, error)
       && get_person (store, bd_policy_get_insured_id (found.policy), &found, &found.insured,
                      error)
       && get_person (store, bd_request_get_applicant_id (request), &found, &found.applicant,
                      error)
       && get_person (store, bd_request_get_guardian_id (request), &found, &found.guardian,
                      error)
       && get_person (store, bd_request_get_new_customer_id (request), &found,
                      &found.new_customer, error)
       && read_other_cover (store, found.policy, &found.other_death_cover, error);
  if (ok && found.guardian != NULL)
    ok = read_is_parent (store, bd_request_get_applicant_id (request),
                         bd_request_get_guardian_id (request), &found.guardian_is_parent, error);
  if (!ok)
    {
      bd_request_context_clear (&found);
      return FALSE;
    }
  *context = found;
  return TRUE;
}

static gint64
id_of (BdCustomer *customer)
{
  return customer != NULL ? bd_customer_get_id (customer) : 0;
}

/* Replaces *@kept by @id's customer unless it is that one already. */
static gboolean
refresh_customer (BdStore     *store,
                  gint64       id,
                  BdCustomer **kept,
                  GError     **error)
{
  BdCustomer *customer;

  if (id_of (*kept) == id)
    return TRUE;
  if (!get_customer (store, id, &customer, error))
    return FALSE;
  g_clear_object (kept);
  *kept = customer;
  return TRUE;
}

gboolean
bd_requests_store_refresh_context (BdStore           *store,
                                   BdRequest         *request,
                                   BdRequestContext  *context,
                                   GError           **error)
{
  gboolean same_people;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_REQUEST (request), FALSE);

  if (context->policy == NULL || bd_policy_get_id (context->policy) != bd_request_get_policy_id (request))
    {
      bd_request_context_clear (context);
      return bd_requests_store_get_context (store, request, context, error);
    }
  same_people = id_of (context->applicant) == bd_request_get_applicant_id (request)
                && id_of (context->guardian) == bd_request_get_guardian_id (request);
  bd_store_get_today (store, &context->today);
  if (!refresh_customer (store, bd_request_get_applicant_id (request), &context->applicant, error)
      || !refresh_customer (store, bd_request_get_guardian_id (request), &context->guardian, error)
      || !refresh_customer (store, bd_request_get_new_customer_id (request), &context->new_customer,
                            error))
    return FALSE;
  if (same_people)
    return TRUE;
  context->guardian_is_parent = FALSE;
  return context->guardian == NULL
         || read_is_parent (store, bd_request_get_applicant_id (request),
                            bd_request_get_guardian_id (request), &context->guardian_is_parent,
                            error);
}

gboolean
bd_requests_store_judge (BdStore    *store,
                         BdRequest  *request,
                         GError    **error)
{
  BdRequestContext context;
  gboolean ok;

  if (!bd_requests_store_get_context (store, request, &context, error))
    return FALSE;
  ok = bd_request_judge (request, &context, error);
  bd_request_context_clear (&context);
  return ok;
}

/* The capacity the applicant applies in, as the receipt says it. */
static const char *
capacity_of (BdRequest *request,
             BdPolicy  *policy)
{
  gint64 applicant = bd_request_get_applicant_id (request);

  if (applicant == bd_policy_get_policyholder_id (policy))
    return "policyholder";
  if (applicant == bd_policy_get_insured_id (policy))
    return "insured";
  return "beneficiary";
}

static gboolean
insert_request (BdStore    *store,
                BdRequest  *request,
                BdPolicy   *policy,
                GError    **error)
{
  BdDbStmt *stmt = bd_store_prepare (store, request_insert_sql, error);
  gint64 case_id = bd_case_get_id (bd_request_get_case (request));
  gboolean holds_account = bd_request_get_item (request)->detail == BD_DETAIL_ACCOUNT;

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":case_id", case_id);
  bd_db_bind_text (stmt, ":item", bd_request_get_item (request)->name);
  bd_db_bind_int64 (stmt, ":applicant_id", bd_request_get_applicant_id (request));
  bd_db_bind_text (stmt, ":capacity", capacity_of (request, policy));
  bd_db_bind_id (stmt, ":guardian_id", bd_request_get_guardian_id (request));
  bd_db_bind_int64 (stmt, ":signer_id", bd_request_get_signer_id (request));
  bd_db_bind_text (stmt, ":document_type",
                   bd_document_type_to_string (bd_request_get_document_type (request)));
  bd_db_bind_text (stmt, ":document_valid", bd_request_get_document_valid (request));
  bd_db_bind_int64 (stmt, ":document_photo", bd_request_get_document_photo (request));
  bd_db_bind_text (stmt, ":channel", bd_channel_to_string (bd_request_get_channel (request)));
  bd_db_bind_int64 (stmt, ":consent", bd_request_get_consent (request));
  bd_db_bind_int64 (stmt, ":amount_fen", bd_request_get_amount (request));
  bd_db_bind_int64 (stmt, ":cash_value_fen", bd_request_get_cash_value (request));
  bd_db_bind_text (stmt, ":new_text", holds_account ? NULL : bd_request_get_text (request));
  bd_db_bind_text (stmt, ":new_postcode", bd_request_get_postcode (request));
  bd_db_bind_text (stmt, ":new_choice", bd_request_get_choice (request));
  bd_db_bind_sealed (stmt, ":new_number", BD_SEALED_REQUEST_NUMBER,
                     holds_account ? bd_request_get_text (request) : bd_request_get_phone (request));
  if (!bd_db_step_done (stmt, error))
    return FALSE;
  for (guint i = 0; i < bd_request_get_beneficiaries (request)->len; i++)
    {
      BdNewBeneficiary *b = &g_array_index (bd_request_get_beneficiaries (request),
                                            BdNewBeneficiary, i);

      if ((stmt = bd_store_prepare (store, beneficiary_insert_sql, error)) == NULL)
        return FALSE;
      bd_db_bind_int64 (stmt, ":request_id", case_id);
      bd_db_bind_int64 (stmt, ":position", i);
      bd_db_bind_id (stmt, ":customer_id", b->customer_id);
      bd_db_bind_int64 (stmt, ":legal_heirs", b->customer_id == 0);
      bd_db_bind_int64 (stmt, ":rank", b->rank);
      bd_db_bind_int64 (stmt, ":share", b->share);
      if (!bd_db_step_done (stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
bd_requests_store_item_needs_review (BdStore             *store,
                                     const BdRequestItem *item)
{
  g_autofree char *key = g_strconcat ("request-review.", item->name, NULL);
  g_autofree char *value = bd_store_dup_setting (store, key);

  if (g_strcmp0 (value, "yes") == 0)
    return TRUE;
  if (g_strcmp0 (value, "no") == 0)
    return FALSE;
  return item->needs_review;
}

guint
bd_requests_store_item_target_days (BdStore             *store,
                                    const BdRequestItem *item)
{
  g_autofree char *key = g_strconcat ("request-target-days.", item->name, NULL);
  g_autofree char *value = bd_store_dup_setting (store, key);
  guint64 days = 0;

  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 1, 60, &days, NULL))
    return days;
  return item->target_days;
}

/* The verdict on @request as the database has its policy and people, and if the rules
 * allow it, @request written: all inside one write, so that no other desk changes what
 * the verdict read before it is written. A refusal is in @verdict, not @error. */
static gboolean
judge_and_write (BdStore    *store,
                 BdRequest  *request,
                 gint64      staff_id,
                 GError    **verdict,
                 GError    **error)
{
  const BdRequestItem *item = bd_request_get_item (request);
  const char *deadlines[] = { "request-accept", "request-notice", item->deadline, NULL };
  BdRequestContext context;
  gboolean ok;

  if (!bd_requests_store_get_context (store, request, &context, error))
    return FALSE;
  /* Whether a second person reviews it is decided as it is received, and stays. */
  bd_case_set_needs_review (bd_request_get_case (request),
                            bd_requests_store_item_needs_review (store, item));
  ok = bd_request_judge (request, &context, verdict)
       && bd_case_store_open (store, bd_request_get_case (request), staff_id, deadlines, error)
       && insert_request (store, request, context.policy, error);
  bd_request_context_clear (&context);
  return ok;
}

gboolean
bd_requests_store_add (BdStore    *store,
                       BdRequest  *request,
                       gint64      staff_id,
                       GError    **error)
{
  gboolean made = FALSE;
  GError *refused = NULL;

  if (!bd_requests_store_add_if_allowed (store, request, staff_id, &made, &refused, error))
    return FALSE;
  if (refused != NULL)
    g_propagate_error (error, refused);
  return made;
}

gboolean
bd_requests_store_add_if_allowed (BdStore    *store,
                                  BdRequest  *request,
                                  gint64      staff_id,
                                  gboolean   *made,
                                  GError    **verdict,
                                  GError    **error)
{
  g_autoptr(GError) refused = NULL;
  gboolean written;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_REQUEST (request), FALSE);

  *made = FALSE;
  if (!bd_store_begin_write (store, error))
    return FALSE;
  written = judge_and_write (store, request, staff_id, &refused, error);
  /* Refused, nothing was written: the write ends as it began, an enclosing one goes on. */
  ok = bd_store_end_write (store, written || refused != NULL, error);
  *made = ok && written;
  if (!*made)
    bd_case_set_id (bd_request_get_case (request), 0);
  if (ok && refused != NULL)
    g_propagate_error (verdict, g_steal_pointer (&refused));
  return ok;
}

static BdRequest *
request_from_row (BdDbStmt *stmt)
{
  const BdRequestItem *item = bd_request_item_find (bd_db_column_text (stmt, 0));
  BdDocumentType type = BD_DOCUMENT_RESIDENT_ID;
  BdChannel channel = BD_CHANNEL_COUNTER;
  BdRequest *request;

  if (item == NULL)
    return NULL;
  request = bd_request_new (item, bd_db_column_int64 (stmt, 1), bd_db_column_int64 (stmt, 2));
  bd_request_set_applicant_id (request, bd_db_column_int64 (stmt, 3));
  bd_request_set_guardian_id (request, bd_db_column_int64 (stmt, 4));
  bd_request_set_signer_id (request, bd_db_column_int64 (stmt, 5));
  bd_document_type_from_string (bd_db_column_text (stmt, 6), &type);
  bd_request_set_document (request, type, bd_db_column_text (stmt, 7),
                           bd_db_column_bool (stmt, 8));
  bd_channel_from_string (bd_db_column_text (stmt, 9), &channel);
  bd_request_set_channel (request, channel);
  bd_request_set_consent (request, bd_db_column_bool (stmt, 10));
  bd_request_set_amount (request, bd_db_column_int64 (stmt, 11));
  bd_request_set_cash_value (request, bd_db_column_int64 (stmt, 12));
  bd_request_set_postcode (request, bd_db_column_text (stmt, 14));
  bd_request_set_choice (request, bd_db_column_text (stmt, 15));
  if (item->detail == BD_DETAIL_ACCOUNT)
    bd_request_set_text (request, bd_db_column_sealed (stmt, 16, BD_SEALED_REQUEST_NUMBER));
  else
    {
      bd_request_set_text (request, bd_db_column_text (stmt, 13));
      bd_request_set_phone (request, bd_db_column_sealed (stmt, 16, BD_SEALED_REQUEST_NUMBER));
    }
  return request;
}

static gboolean
read_beneficiaries (BdStore    *store,
                    BdRequest  *request,
                    gint64      case_id,
                    GError    **error)
{
  BdDbStmt *stmt = bd_store_prepare_for_id (store, beneficiaries_of_sql, ":request_id", case_id,
                                            error);
  BdStep step;

  if (stmt == NULL)
    return FALSE;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    bd_request_add_beneficiary (request, bd_db_column_int64 (stmt, 0),
                                bd_db_column_int64 (stmt, 1), bd_db_column_int64 (stmt, 2));
  bd_db_reset (stmt);
  return step == BD_STEP_DONE;
}

/* The request's case as the case store has it. */
static gboolean
read_case (BdCase   *kase,
           BdStore  *store,
           gint64    case_id,
           GError  **error)
{
  bd_case_set_id (kase, case_id);
  return bd_case_store_reload (store, kase, error);
}

BdRequest *
bd_requests_store_get (BdStore  *store,
                       gint64    case_id,
                       GError  **error)
{
  g_autoptr(BdRequest) request = NULL;
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  if ((stmt = bd_store_prepare_for_id (store, request_get_sql, ":case_id", case_id, error)) == NULL)
    return NULL;
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    request = request_from_row (stmt);
  if (step == BD_STEP_ROW && !bd_db_stmt_opened_all (stmt, error))
    step = BD_STEP_ERROR;
  bd_db_reset (stmt);
  if (step == BD_STEP_ERROR)
    return NULL;
  if (request == NULL)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND, _("The request was not found"));
      return NULL;
    }
  if (!read_beneficiaries (store, request, case_id, error)
      || !read_case (bd_request_get_case (request), store, case_id, error))
    return NULL;
  return g_steal_pointer (&request);
}

GListModel *
bd_requests_store_list_of (BdStore     *store,
                           gint64       customer_id,
                           GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BD_TYPE_REQUEST);
  g_autoptr(GArray) ids = bd_case_store_list_ids (store, "request", customer_id, error);

  if (ids == NULL)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BdRequest) request = bd_requests_store_get (store, g_array_index (ids, gint64, i),
                                                            error);

      if (request == NULL)
        return NULL;
      g_list_store_append (list, request);
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Runs one of the UPDATEs above on row @id, with @value (text) or @amount (a number). */
static gboolean
write_one (BdStore     *store,
           const char  *sql,
           gint64       id,
           const char  *value,
           gint64       amount,
           GError     **error)
{
  BdDbStmt *stmt = bd_store_prepare_for_id (store, sql, ":id", id, error);

  if (stmt == NULL)
    return FALSE;
  if (strstr (sql, ":value") != NULL)
    bd_db_bind_text (stmt, ":value", value);
  if (strstr (sql, ":amount") != NULL)
    bd_db_bind_int64 (stmt, ":amount", amount);
  if (strstr (sql, ":postcode") != NULL)
    bd_db_bind_text (stmt, ":postcode", NULL);
  return bd_db_step_done (stmt, error);
}

/* The death beneficiaries as people read them: "张三 1 50%; 李四 1 50%". */
static char *
describe_policy_beneficiaries (BdPolicy *policy)
{
  GListModel *list = bd_policy_get_beneficiaries (policy);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdBeneficiary) b = g_list_model_get_item (list, i);
      g_autofree char *share = NULL;

      if (bd_beneficiary_get_kind (b) != BD_BENEFICIARY_DEATH)
        continue;
      share = bd_format_share (bd_beneficiary_get_share (b));
      g_string_append_printf (text, _("%s%s order %u, %s"), text->len > 0 ? _("; ") : "",
                              bd_beneficiary_get_legal_heirs (b) ? _("Legal heirs")
                              : bd_or_dash (bd_beneficiary_get_name (b)),
                              bd_beneficiary_get_rank (b), share);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_new_beneficiaries (BdStore    *store,
                            BdRequest  *request,
                            GError    **error)
{
  GArray *list = bd_request_get_beneficiaries (request);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < list->len; i++)
    {
      BdNewBeneficiary *b = &g_array_index (list, BdNewBeneficiary, i);
      g_autoptr(BdCustomer) person = NULL;
      g_autofree char *share = bd_format_share (b->share);

      if (!get_customer (store, b->customer_id, &person, error))
        return NULL;
      g_string_append_printf (text, _("%s%s order %u, %s"), text->len > 0 ? _("; ") : "",
                              person != NULL ? bd_customer_get_name (person) : _("Legal heirs"),
                              b->rank, share);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
replace_beneficiaries (BdStore    *store,
                       BdRequest  *request,
                       GError    **error)
{
  GArray *list = bd_request_get_beneficiaries (request);
  gint64 policy_id = bd_request_get_policy_id (request);

  if (!write_one (store, beneficiaries_drop_sql, policy_id, NULL, 0, error))
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      BdNewBeneficiary *b = &g_array_index (list, BdNewBeneficiary, i);
      BdDbStmt *stmt = bd_store_prepare_for_id (store, beneficiary_add_sql, ":id", policy_id, error);

      if (stmt == NULL)
        return FALSE;
      bd_db_bind_id (stmt, ":customer_id", b->customer_id);
      bd_db_bind_int64 (stmt, ":legal_heirs", b->customer_id == 0);
      bd_db_bind_int64 (stmt, ":rank", b->rank);
      bd_db_bind_int64 (stmt, ":share", b->share);
      if (!bd_db_step_done (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Each item's change, planned from what the database has (@apply FALSE: the preview) or
 * carried out (@apply TRUE, inside the step's transaction). */
typedef struct
{
  BdStore          *store;
  BdRequest        *request;
  BdRequestContext *context;
  GPtrArray        *changes;
  gboolean          apply;
} Plan;

static gboolean
plan_status (Plan           *plan,
             BdPolicyStatus  status,
             GError        **error)
{
  BdPolicy *policy = plan->context->policy;

  add_change (plan->changes, _("Policy status"),
              bd_policy_status_get_label (bd_policy_get_status (policy)),
              bd_policy_status_get_label (status));
  return !plan->apply || write_one (plan->store, policy_set_status_sql, bd_policy_get_id (policy),
                                    bd_policy_status_to_string (status), 0, error);
}

static gboolean
plan_contact (Plan    *plan,
              GError **error)
{
  BdRequest *request = plan->request;
  BdCustomer *person = plan->context->applicant;
  const char *address = bd_request_get_text (request);
  const char *phone = bd_request_get_phone (request);

  if (address != NULL && *address != '\0')
    {
      add_change (plan->changes, _("Address"), bd_customer_get_address (person), address);
      if (plan->apply)
        {
          BdDbStmt *stmt = bd_store_prepare_for_id (plan->store, customer_set_address_sql, ":id",
                                                    bd_customer_get_id (person), error);

          if (stmt == NULL)
            return FALSE;
          bd_db_bind_text (stmt, ":value", address);
          bd_db_bind_text (stmt, ":postcode", bd_request_get_postcode (request));
          if (!bd_db_step_done (stmt, error))
            return FALSE;
        }
    }
  if (phone != NULL && *phone != '\0')
    {
      g_autofree char *mobile = bd_phone_normalize (phone, NULL);
      g_autofree char *before = bd_mask_phone (bd_or_dash (bd_customer_get_mobile (person)));
      g_autofree char *after = bd_mask_phone (mobile);

      add_change (plan->changes, _("Mobile"), before, after);
      if (plan->apply && !bd_store_set_mobile (plan->store, bd_customer_get_id (person), mobile,
                                               error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
plan_customer_text (Plan        *plan,
                    const char  *field,
                    const char  *before,
                    const char  *sql,
                    GError     **error)
{
  BdCustomer *person = plan->context->applicant;
  const char *after = bd_request_get_text (plan->request);

  add_change (plan->changes, field, before, after);
  if (!plan->apply)
    return TRUE;
  if (!write_one (plan->store, sql, bd_customer_get_id (person), after, 0, error))
    return FALSE;
  if (sql == customer_set_name_sql)
    {
      g_autofree char *key = bd_search_normalize (after);

      return bd_store_set_name_key (plan->store, bd_customer_get_id (person), key, error);
    }
  return TRUE;
}

static gboolean
plan_text (Plan    *plan,
           GError **error)
{
  const char *name = bd_request_get_item (plan->request)->name;
  BdCustomer *person = plan->context->applicant;

  if (g_str_equal (name, "name-correction"))
    return plan_customer_text (plan, _("Name"), bd_customer_get_name (person),
                               customer_set_name_sql, error);
  if (g_str_equal (name, "occupation-change"))
    return plan_customer_text (plan, _("Occupation"), bd_customer_get_occupation (person),
                               customer_set_occupation_sql, error);
  add_change (plan->changes, bd_request_item_get_label (bd_request_get_item (plan->request)),
              NULL, bd_request_get_text (plan->request));
  return TRUE;
}

static gboolean
plan_beneficiaries (Plan    *plan,
                    GError **error)
{
  g_autofree char *before = describe_policy_beneficiaries (plan->context->policy);
  g_autofree char *after = describe_new_beneficiaries (plan->store, plan->request, error);

  if (after == NULL)
    return FALSE;
  add_change (plan->changes, _("Death beneficiaries"), before, after);
  return !plan->apply || replace_beneficiaries (plan->store, plan->request, error);
}

static gboolean
plan_choice (Plan        *plan,
             const char  *field,
             const char  *before,
             const char  *after,
             const char  *sql,
             GError     **error)
{
  add_change (plan->changes, field, before, after);
  return !plan->apply || write_one (plan->store, sql, bd_request_get_policy_id (plan->request),
                                    bd_request_get_choice (plan->request), 0, error);
}

static gboolean
plan_amount (Plan        *plan,
             const char  *field,
             gint64       before,
             gint64       after,
             const char  *sql,
             GError     **error)
{
  g_autofree char *before_text = bd_format_yuan (before);
  g_autofree char *after_text = bd_format_yuan (after);

  add_change (plan->changes, field, before_text, after_text);
  return !plan->apply || write_one (plan->store, sql, bd_request_get_policy_id (plan->request),
                                    NULL, after, error);
}

static gboolean
plan_account (Plan    *plan,
              GError **error)
{
  BdPolicy *policy = plan->context->policy;
  g_autofree char *before = bd_mask_bank_account (bd_or_dash (bd_policy_get_account_number (policy)));
  g_autofree char *after = bd_mask_bank_account (bd_request_get_text (plan->request));
  gint64 account_id = 0;

  add_change (plan->changes, _("Premium account"), before, after);
  if (!plan->apply)
    return TRUE;
  return bd_store_add_bank_account (plan->store, bd_policy_get_policyholder_id (policy),
                                    bd_request_get_choice (plan->request),
                                    bd_request_get_text (plan->request), &account_id, error)
         && write_one (plan->store, policy_set_account_sql, bd_policy_get_id (policy), NULL,
                       account_id, error);
}

static gboolean
plan_without_detail (Plan    *plan,
                     GError **error)
{
  const char *name = bd_request_get_item (plan->request)->name;
  BdPolicy *policy = plan->context->policy;

  if (g_str_equal (name, "surrender"))
    return plan_status (plan, BD_POLICY_SURRENDERED, error);
  if (g_str_equal (name, "cooling-off-cancellation"))
    return plan_status (plan, BD_POLICY_COOLING_OFF_CANCELLED, error);
  if (g_str_equal (name, "reinstatement"))
    return plan_status (plan, BD_POLICY_IN_FORCE, error);
  if (g_str_equal (name, "reduced-paid-up"))
    {
      g_autofree char *before = bd_format_yuan (bd_policy_get_premium (policy));

      add_change (plan->changes, _("Premium"), before, _("Paid up"));
      return !plan->apply || write_one (plan->store, policy_paid_up_sql, bd_policy_get_id (policy),
                                        NULL, 0, error);
    }
  /* A signature change is kept by the request itself (its sample). */
  add_change (plan->changes, bd_request_item_get_label (bd_request_get_item (plan->request)),
              NULL, _("Recorded"));
  return TRUE;
}

static gboolean
plan_recorded_amount (Plan    *plan,
                      GError **error)
{
  g_autofree char *amount = bd_format_yuan (bd_request_get_amount (plan->request));

  /* The money itself moves in the company's core system; the branch records the request. */
  add_change (plan->changes, bd_request_item_get_label (bd_request_get_item (plan->request)),
              NULL, amount);
  return TRUE;
}

static gboolean
plan_item (Plan    *plan,
           GError **error)
{
  BdRequest *request = plan->request;
  BdPolicy *policy = plan->context->policy;
  BdFrequency frequency = BD_FREQUENCY_ANNUAL;
  BdPaymentMethod method = BD_PAYMENT_COUNTER;

  switch (bd_request_get_item (request)->detail)
    {
    case BD_DETAIL_NONE:
      return plan_without_detail (plan, error);
    case BD_DETAIL_AMOUNT:
    case BD_DETAIL_LOAN:
      return plan_recorded_amount (plan, error);
    case BD_DETAIL_CONTACT:
      return plan_contact (plan, error);
    case BD_DETAIL_DOCUMENT:
      add_change (plan->changes, _("Identity document valid until"),
                  bd_customer_get_id_valid_until (plan->context->applicant),
                  bd_request_get_text (request));
      return !plan->apply || write_one (plan->store, document_set_valid_sql,
                                        bd_request_get_applicant_id (request),
                                        bd_request_get_text (request), 0, error);
    case BD_DETAIL_TEXT:
      return plan_text (plan, error);
    case BD_DETAIL_BENEFICIARIES:
      return plan_beneficiaries (plan, error);
    case BD_DETAIL_POLICYHOLDER:
      add_change (plan->changes, _("Policyholder"), bd_customer_get_name (plan->context->policyholder),
                  bd_customer_get_name (plan->context->new_customer));
      return !plan->apply || write_one (plan->store, policy_set_holder_sql, bd_policy_get_id (policy),
                                        NULL, bd_request_get_new_customer_id (request), error);
    case BD_DETAIL_FREQUENCY:
      bd_frequency_from_string (bd_request_get_choice (request), &frequency);
      return plan_choice (plan, _("Premium frequency"),
                          bd_frequency_get_label (bd_policy_get_frequency (policy)),
                          bd_frequency_get_label (frequency), policy_set_frequency_sql, error);
    case BD_DETAIL_PAYMENT_METHOD:
      bd_payment_method_from_string (bd_request_get_choice (request), &method);
      return plan_choice (plan, _("Payment method"),
                          bd_payment_method_get_label (bd_policy_get_payment_method (policy)),
                          bd_payment_method_get_label (method), policy_set_method_sql, error);
    case BD_DETAIL_SUM_INSURED:
      return plan_amount (plan, _("Sum insured"), bd_policy_get_sum_insured (policy),
                          bd_request_get_amount (request), policy_set_sum_sql, error);
    case BD_DETAIL_ACCOUNT:
      return plan_account (plan, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

static GPtrArray *
plan_changes (BdStore    *store,
              BdRequest  *request,
              gboolean    apply,
              GError    **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) bd_request_change_free);
  BdRequestContext context;
  Plan plan = { store, request, &context, changes, apply };
  gboolean ok;

  if (!bd_requests_store_get_context (store, request, &context, error))
    return NULL;
  ok = plan_item (&plan, error);
  bd_request_context_clear (&context);
  return ok ? g_steal_pointer (&changes) : NULL;
}

GPtrArray *
bd_requests_store_preview (BdStore    *store,
                           BdRequest  *request,
                           GError    **error)
{
  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (BD_IS_REQUEST (request), NULL);

  return plan_changes (store, request, FALSE, error);
}

static gboolean
record_changes (BdStore    *store,
                BdRequest  *request,
                GPtrArray  *changes,
                gint64      staff_id,
                GError    **error)
{
  BdCase *kase = bd_request_get_case (request);

  for (guint i = 0; i < changes->len; i++)
    {
      BdRequestChange *change = g_ptr_array_index (changes, i);
      BdDbStmt *stmt = bd_store_prepare (store, change_insert_sql, error);
      g_autofree char *detail = NULL;

      if (stmt == NULL)
        return FALSE;
      bd_db_bind_int64 (stmt, ":request_id", bd_case_get_id (kase));
      bd_db_bind_int64 (stmt, ":position", i);
      bd_db_bind_id (stmt, ":policy_id", bd_request_get_policy_id (request));
      bd_db_bind_text (stmt, ":field", change->field);
      bd_db_bind_text (stmt, ":before", change->before);
      bd_db_bind_text (stmt, ":after", change->after);
      detail = g_strdup_printf ("%s: %s → %s", change->field, change->before, change->after);
      if (!bd_db_step_done (stmt, error)
          || !bd_case_store_add_change (store, kase, staff_id, detail, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_step (BdStore     *store,
            BdRequest   *request,
            const char  *to,
            gint64       staff_id,
            const char  *reason,
            GError     **error)
{
  BdCase *kase = bd_request_get_case (request);
  g_autoptr(GPtrArray) changes = NULL;

  /* The rules are asked again as the case is accepted: the core refuses what they
   * refuse, whatever the window offered (domain.md §3). */
  if (g_str_equal (bd_case_get_state (kase), "draft")
      && (g_str_equal (to, "accepted") || g_str_equal (to, "waiting"))
      && !bd_requests_store_judge (store, request, error))
    return FALSE;
  if (!bd_case_store_take_step (store, kase, to, staff_id, reason, error))
    return FALSE;
  if (!g_str_equal (to, "completed"))
    return TRUE;
  return (changes = plan_changes (store, request, TRUE, error)) != NULL
         && record_changes (store, request, changes, staff_id, error);
}

gboolean
bd_requests_store_take_step (BdStore     *store,
                             BdRequest   *request,
                             const char  *to,
                             gint64       staff_id,
                             const char  *reason,
                             GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_REQUEST (request), FALSE);

  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = write_step (store, request, to, staff_id, reason, error);
  if (!bd_store_end_write (store, ok, error) || !ok)
    {
      /* What the window holds goes back to what the database has. */
      bd_case_store_reload (store, bd_request_get_case (request), NULL);
      return FALSE;
    }
  return TRUE;
}

static gpointer
change_from_row (BdDbStmt *stmt)
{
  BdRequestChange *change = g_new0 (BdRequestChange, 1);

  change->field = g_strdup (bd_db_column_text (stmt, 0));
  change->before = g_strdup (bd_db_column_text (stmt, 1));
  change->after = g_strdup (bd_db_column_text (stmt, 2));
  return change;
}

GPtrArray *
bd_requests_store_list_changes (BdStore     *store,
                                gint64       policy_id,
                                GError     **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) bd_request_change_free);
  BdDbStmt *stmt = bd_store_prepare_for_id (store, changes_of_sql, ":policy_id", policy_id, error);
  BdStep step;

  if (stmt == NULL)
    return NULL;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    g_ptr_array_add (changes, change_from_row (stmt));
  bd_db_reset (stmt);
  return step == BD_STEP_DONE ? g_steal_pointer (&changes) : NULL;
}
