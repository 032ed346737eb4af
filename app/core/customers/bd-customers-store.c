/* bd-customers-store.c — customers, their documents and policies, and the search, in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-customer-list.h"
#include "bd-customers-store-private.h"
#include "bd-identity.h"
#include "bd-search.h"
#include "bd-store-private.h"
#include "bd-text.h"

static const char product_insert_sql[] =
  "INSERT INTO product (code, name, kind, waiting_days) "
  "VALUES (:code, :name, :kind, :waiting_days) RETURNING id";

static const char customer_insert_sql[] =
  "INSERT INTO customer (is_organisation, name, name_key, sex, birth_date, address, "
  "  postcode, occupation, employer, guardian_id, vip, notes, created_at) "
  "VALUES (:is_organisation, :name, :name_key, :sex, :birth_date, :address, "
  "  :postcode, :occupation, :employer, :guardian_id, :vip, :notes, :created_at) RETURNING id";

static const char gram_insert_sql[] =
  "INSERT INTO customer_name_gram (gram, customer_id) VALUES (:gram, :customer_id) "
  "ON CONFLICT DO NOTHING";

static const char name_key_set_sql[] =
  "UPDATE customer SET name_key = :name_key WHERE id = :id";

static const char grams_delete_sql[] =
  "DELETE FROM customer_name_gram WHERE customer_id = :customer_id";

static const char document_insert_sql[] =
  "INSERT INTO identity_document (customer_id, type, number_sealed, number_index, tail_index, "
  "  tail5_index, tail6_index, valid_until, is_primary) "
  "VALUES (:customer_id, :type, :number, :number_index, :tail_index, :tail5_index, "
  "  :tail6_index, :valid_until, 1)";

static const char contact_detail_insert_sql[] =
  "INSERT INTO contact_detail (customer_id, kind, value_sealed, value_index, tail_index) "
  "VALUES (:customer_id, :kind, :value, :value_index, :tail_index)";

static const char customer_get_sql[] =
  CUSTOMER_SELECT " WHERE c.id = :id";

static const char bank_account_insert_sql[] =
  "INSERT INTO bank_account (customer_id, bank, account_sealed, account_index) "
  "VALUES (:customer_id, :bank, :account_number, :account_index) RETURNING id";

static const char relationship_insert_sql[] =
  "INSERT INTO relationship (customer_id, relative_id, relation) "
  "VALUES (:customer_id, :relative_id, :relation)";

static const char policy_account_sql[] =
  "SELECT id FROM bank_account WHERE account_index = :account_index "
  "ORDER BY id LIMIT 1";

static const char beneficiary_insert_sql[] =
  "INSERT INTO beneficiary (policy_id, kind, customer_id, legal_heirs, rank, share) "
  "VALUES (:policy_id, :kind, :customer_id, :legal_heirs, :rank, :share) RETURNING id";

static const char policy_insert_sql[] =
  "INSERT INTO policy (number, product_id, policyholder_id, insured_id, effective_date, "
  "  receipt_date, term_years, sum_insured_fen, premium_fen, frequency, payment_years, "
  "  payment_method, next_due_date, servicing_staff_id, original_agent, transfer_reason, "
  "  survival_option, account_id, status, service_class) "
  "VALUES (:number, :product_id, :policyholder_id, :insured_id, :effective_date, "
  "  :receipt_date, :term_years, :sum_insured, :premium, :frequency, :payment_years, "
  "  :payment_method, :next_due_date, :staff_id, :original_agent, :transfer_reason, "
  "  :survival_option, :account_id, :status, :service_class) RETURNING id";

static const char beneficiaries_of_sql[] =
  "SELECT b.id, b.policy_id, b.kind, b.customer_id, c.name, b.legal_heirs, b.rank, b.share "
  "FROM beneficiary b LEFT JOIN customer c ON c.id = b.customer_id "
  "WHERE b.policy_id = :policy_id ORDER BY b.kind, b.rank, b.id";

static const char policies_of_sql[] =
  POLICY_SELECT
  "WHERE p.policyholder_id = :customer_id OR p.insured_id = :customer_id "
  "ORDER BY p.effective_date DESC, p.id DESC";

/* The search finds ids only, each step a bounded walk of one index; the customers are
 * read when the list shows them (BdCustomerList). Names: the exact name, names that
 * begin with the text (in the index's order, so LIMIT stops early even for the
 * commonest surname), then names that contain it further in. All of them compare the
 * normalised forms, name_key and the grams made from it (bd_search_normalize). */
static const char search_exact_name_sql[] =
  "SELECT id FROM customer WHERE name_key = :name ORDER BY id LIMIT :limit";

static const char search_name_sql[] =
  "SELECT id FROM customer WHERE name_key > :from AND name_key < :to"
  " ORDER BY name_key, id LIMIT :limit";

/* One or two characters are a gram themselves: the gram index alone answers. */
static const char search_gram_only_sql[] =
  "SELECT customer_id FROM customer_name_gram WHERE gram = :gram LIMIT :limit";

/* Names containing the text after their first character: :inside is "_%text%" with the
 * text's own %, _ and backslash escaped (contains_pattern ()). */
static const char search_gram_sql[] =
  "SELECT g.customer_id FROM customer_name_gram g JOIN customer c ON c.id = g.customer_id"
  " WHERE g.gram = :gram AND c.name_key LIKE :inside ESCAPE '\\'"
  " ORDER BY g.customer_id LIMIT :limit";

/* Numbers are found by their blind indexes (bd_db_bind_blind()), never in clear: the
 * end of an identity number by the index of its last four, five or six characters. */
static const char search_id_tail5_sql[] =
  "SELECT customer_id FROM identity_document WHERE tail5_index = :tail LIMIT :limit";

static const char search_id_tail6_sql[] =
  "SELECT customer_id FROM identity_document WHERE tail6_index = :tail LIMIT :limit";

static const char search_id_number_sql[] =
  "SELECT customer_id FROM identity_document WHERE number_index = :value LIMIT :limit";

static const char search_mobile_sql[] =
  "SELECT customer_id FROM contact_detail WHERE value_index = :value LIMIT :limit";

/* Four digits: the ends of mobiles first, then the ends of identity numbers. */
static const char search_tail_sql[] =
  "SELECT customer_id FROM contact_detail WHERE tail_index = :tail LIMIT :limit";

static const char search_tail_id_sql[] =
  "SELECT customer_id FROM identity_document WHERE tail_index = :tail LIMIT :limit";

/* A policy names two customers: the policyholder, then the insured. */
static const char search_policy_sql[] =
  "SELECT policyholder_id, insured_id FROM policy WHERE number = :value LIMIT :limit";

static const char recent_sql[] =
  "SELECT customer_id FROM audit_log "
  "WHERE staff_id = :staff_id AND action = 'customer-opened' AND customer_id IS NOT NULL "
  "GROUP BY customer_id ORDER BY max (id) DESC LIMIT :limit";

gint64
bd_store_add_product (BdStore        *self,
                      const char     *code,
                      const char     *name,
                      BdProductKind   kind,
                      guint           waiting_days,
                      GError        **error)
{
  gint64 new_id = 0;
  BdDbStmt *stmt;
  gboolean ok;
  gint64 id = 0;

  g_return_val_if_fail (BD_IS_STORE (self), 0);

  if (!bd_store_begin_write (self, error))
    return 0;
  ok = (stmt = bd_store_prepare (self, product_insert_sql, error)) != NULL;
  if (ok)
    {
      bd_db_bind_text (stmt, ":code", code);
      bd_db_bind_text (stmt, ":name", name);
      bd_db_bind_text (stmt, ":kind", bd_product_kind_to_string (kind));
      bd_db_bind_int64 (stmt, ":waiting_days", waiting_days);
      ok = (new_id = bd_db_step_returning_id (stmt, error)) != 0;
    }
  if (ok)
    id = new_id;
  return bd_store_end_write (self, ok, error) ? id : 0;
}

/* The badges a customer's policies give, from the facts in columns @first … @first + 2. */
static guint
policy_badges_from_row (BdDbStmt *stmt,
                        int       first)
{
  return (bd_db_column_bool (stmt, first) ? BD_BADGE_GRACE : 0) |
         (bd_db_column_bool (stmt, first + 1) ? BD_BADGE_LAPSED : 0) |
         (bd_db_column_bool (stmt, first + 2) ? BD_BADGE_DIFFICULT : 0) |
         (bd_db_column_bool (stmt, first + 3) ? BD_BADGE_DECEASED : 0);
}

BdCustomer *
bd_store_customer_from_row (BdDbStmt *stmt)
{
  BdCustomer *customer = bd_customer_new ();
  BdSex sex = BD_SEX_UNKNOWN;
  BdDocumentType type = BD_DOCUMENT_RESIDENT_ID;

  bd_customer_set_id (customer, bd_db_column_int64 (stmt, 0));
  bd_customer_set_is_organisation (customer, bd_db_column_int (stmt, 1) != 0);
  bd_customer_set_name (customer, bd_db_column_text (stmt, 2));
  bd_sex_from_string (bd_db_column_text (stmt, 3), &sex);
  bd_customer_set_sex (customer, sex);
  bd_customer_set_birth_date (customer, bd_db_column_text (stmt, 4));
  bd_customer_set_address (customer, bd_db_column_text (stmt, 5));
  bd_customer_set_postcode (customer, bd_db_column_text (stmt, 6));
  bd_customer_set_occupation (customer, bd_db_column_text (stmt, 7));
  bd_customer_set_employer (customer, bd_db_column_text (stmt, 8));
  bd_customer_set_guardian_id (customer, bd_db_column_int64 (stmt, 9));
  bd_customer_set_vip (customer, bd_db_column_int (stmt, 10) != 0);
  bd_customer_set_notes (customer, bd_db_column_text (stmt, 11));
  bd_document_type_from_string (bd_db_column_text (stmt, 12), &type);
  bd_customer_set_id_type (customer, type);
  bd_customer_set_id_number (customer, bd_db_column_sealed (stmt, 13, BD_SEALED_ID_NUMBER));
  bd_customer_set_id_valid_until (customer, bd_db_column_text (stmt, 14));
  bd_customer_set_mobile (customer, bd_db_column_sealed (stmt, 15, BD_SEALED_CONTACT));
  bd_customer_set_landline (customer, bd_db_column_sealed (stmt, 16, BD_SEALED_CONTACT));
  bd_customer_set_policy_count (customer, (guint) bd_db_column_int (stmt, 17));
  bd_customer_set_badges (customer, policy_badges_from_row (stmt, 18));
  return customer;
}

static gboolean
insert_customer_row (BdStore     *self,
                     BdCustomer  *customer,
                     const char  *key,
                     GError     **error)
{
  gint64 id;
  g_autofree char *now = bd_store_now_utc ();
  BdDbStmt *stmt;
  BdSex sex = bd_customer_get_sex (customer);

  if ((stmt = bd_store_prepare (self, customer_insert_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":is_organisation", bd_customer_get_is_organisation (customer));
  bd_db_bind_text (stmt, ":name", bd_customer_get_name (customer));
  bd_db_bind_text (stmt, ":name_key", key);
  bd_db_bind_text (stmt, ":sex", sex == BD_SEX_UNKNOWN ? NULL : bd_sex_to_string (sex));
  bd_db_bind_text (stmt, ":birth_date", bd_customer_get_birth_date (customer));
  bd_db_bind_text (stmt, ":address", bd_customer_get_address (customer));
  bd_db_bind_text (stmt, ":postcode", bd_customer_get_postcode (customer));
  bd_db_bind_text (stmt, ":occupation", bd_customer_get_occupation (customer));
  bd_db_bind_text (stmt, ":employer", bd_customer_get_employer (customer));
  bd_db_bind_id (stmt, ":guardian_id", bd_customer_get_guardian_id (customer));
  bd_db_bind_int64 (stmt, ":vip", bd_customer_get_vip (customer));
  bd_db_bind_text (stmt, ":notes", bd_customer_get_notes (customer));
  bd_db_bind_text (stmt, ":created_at", now);
  if ((id = bd_db_step_returning_id (stmt, error)) == 0)
    return FALSE;

  bd_customer_set_id (customer, id);
  return TRUE;
}

/* Every character and pair of characters of the name's normalised form (@key): the index
 * of searches inside names. */
static gboolean
insert_name_grams (BdStore     *self,
                   gint64       customer_id,
                   const char  *key,
                   GError     **error)
{
  BdDbStmt *stmt;

  for (const char *p = key; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *next = g_utf8_next_char (p);
      const char *after = *next != '\0' ? g_utf8_next_char (next) : NULL;

      for (const char *end = next; end != NULL; end = end == next ? after : NULL)
        {
          g_autofree char *gram = g_strndup (p, end - p);

          if ((stmt = bd_store_prepare (self, gram_insert_sql, error)) == NULL)
            return FALSE;
          bd_db_bind_text (stmt, ":gram", gram);
          bd_db_bind_int64 (stmt, ":customer_id", customer_id);
          if (!bd_db_step_done (stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
bd_store_set_name_key (BdStore     *self,
                       gint64       customer_id,
                       const char  *key,
                       GError     **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if ((stmt = bd_store_prepare (self, name_key_set_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":name_key", key);
  bd_db_bind_int64 (stmt, ":id", customer_id);
  if (!bd_db_step_done (stmt, error))
    return FALSE;
  if ((stmt = bd_store_prepare (self, grams_delete_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":customer_id", customer_id);
  return bd_db_step_done (stmt, error) &&
         insert_name_grams (self, customer_id, key, error);
}

static gboolean
insert_document (BdStore     *self,
                 BdCustomer  *customer,
                 GError     **error)
{
  BdDbStmt *stmt;

  if (bd_customer_get_id_number (customer) == NULL)
    return TRUE;
  if ((stmt = bd_store_prepare (self, document_insert_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":customer_id", bd_customer_get_id (customer));
  bd_db_bind_text (stmt, ":type", bd_document_type_to_string (bd_customer_get_id_type (customer)));
  bd_db_bind_sealed (stmt, ":number", BD_SEALED_ID_NUMBER, bd_customer_get_id_number (customer));
  bd_db_bind_blind (stmt, ":number_index", BD_SEALED_ID_NUMBER,
                    bd_customer_get_id_number (customer));
  bd_db_bind_blind (stmt, ":tail_index", BD_BLIND_ID_TAIL,
                    bd_store_tail_of (bd_customer_get_id_number (customer), BD_TAIL_LENGTH));
  bd_db_bind_blind (stmt, ":tail5_index", BD_BLIND_ID_TAIL5,
                    bd_store_tail_of (bd_customer_get_id_number (customer), 5));
  bd_db_bind_blind (stmt, ":tail6_index", BD_BLIND_ID_TAIL6,
                    bd_store_tail_of (bd_customer_get_id_number (customer), 6));
  bd_db_bind_text (stmt, ":valid_until", bd_customer_get_id_valid_until (customer));
  return bd_db_step_done (stmt, error);
}

static gboolean
insert_contact_detail (BdStore     *self,
                       gint64       customer_id,
                       const char  *kind,
                       const char  *value,
                       GError     **error)
{
  BdDbStmt *stmt;

  if (value == NULL || value[0] == '\0')
    return TRUE;
  if ((stmt = bd_store_prepare (self, contact_detail_insert_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":customer_id", customer_id);
  bd_db_bind_text (stmt, ":kind", kind);
  bd_db_bind_sealed (stmt, ":value", BD_SEALED_CONTACT, value);
  bd_db_bind_blind (stmt, ":value_index", BD_SEALED_CONTACT, value);
  bd_db_bind_blind (stmt, ":tail_index", BD_BLIND_CONTACT_TAIL,
                    bd_store_tail_of (value, BD_TAIL_LENGTH));
  return bd_db_step_done (stmt, error);
}

/* The customer's mobile is the first on record (CUSTOMER_COLUMNS): it is replaced in
 * place, its blind indexes with it, so that the search finds the new number only. */
static const char mobile_replace_sql[] =
  "UPDATE contact_detail SET value_sealed = :value, value_index = :value_index, "
  "  tail_index = :tail_index "
  "WHERE id = (SELECT id FROM contact_detail WHERE customer_id = :customer_id "
  "            AND kind = 'mobile' ORDER BY id LIMIT 1) RETURNING id";

gboolean
bd_store_set_mobile (BdStore     *self,
                     gint64       customer_id,
                     const char  *mobile,
                     GError     **error)
{
  BdDbStmt *stmt = bd_store_prepare (self, mobile_replace_sql, error);
  BdStep step;

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":customer_id", customer_id);
  bd_db_bind_sealed (stmt, ":value", BD_SEALED_CONTACT, mobile);
  bd_db_bind_blind (stmt, ":value_index", BD_SEALED_CONTACT, mobile);
  bd_db_bind_blind (stmt, ":tail_index", BD_BLIND_CONTACT_TAIL,
                    bd_store_tail_of (mobile, BD_TAIL_LENGTH));
  step = bd_db_step (stmt, error);
  bd_db_reset (stmt);
  if (step == BD_STEP_DONE)
    return insert_contact_detail (self, customer_id, "mobile", mobile, error);
  return step == BD_STEP_ROW;
}

/* The day first reported stays when a second death claim names another. */
static const char deceased_set_sql[] =
  "UPDATE customer SET deceased_on = :day WHERE id = :customer_id AND deceased_on IS NULL";
static const char deceased_clear_sql[] =
  "UPDATE customer SET deceased_on = NULL WHERE id = :customer_id";

gboolean
bd_store_set_deceased (BdStore     *self,
                       gint64       customer_id,
                       const char  *day,
                       GError     **error)
{
  BdDbStmt *stmt = bd_store_prepare_for_id (self, day != NULL ? deceased_set_sql : deceased_clear_sql,
                                            ":customer_id", customer_id, error);

  if (stmt == NULL)
    return FALSE;
  if (day != NULL)
    bd_db_bind_text (stmt, ":day", day);
  return bd_db_step_done (stmt, error);
}

typedef struct
{
  const char *label;
  const char *property;
  BdTextKind  kind;
} CustomerText;

/* The customer's texts as the core keeps them (bd_text_clean): what is not UTF-8, holds
 * control characters or is far too long is refused, naming the field. */
static gboolean
clean_customer_texts (BdCustomer  *customer,
                      GError     **error)
{
  static const CustomerText texts[] = {
    { N_("Name"), "name", BD_TEXT_LINE },
    { N_("Address"), "address", BD_TEXT_LINES },
    { N_("Postcode"), "postcode", BD_TEXT_LINE },
    { N_("Occupation"), "occupation", BD_TEXT_LINE },
    { N_("Employer"), "employer", BD_TEXT_LINE },
    { N_("Notes"), "notes", BD_TEXT_LINES },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!bd_text_clean_property (customer, texts[i].property, texts[i].kind, error))
      {
        g_prefix_error (error, "%s: ", _(texts[i].label));
        return FALSE;
      }
  return TRUE;
}

gboolean
bd_store_add_customer (BdStore     *self,
                       BdCustomer  *customer,
                       GError     **error)
{
  g_autofree char *key = NULL;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (BD_IS_CUSTOMER (customer), FALSE);

  if (!clean_customer_texts (customer, error))
    return FALSE;
  /* The name as searched (its key and grams): one form for what is stored and typed. */
  if (bd_customer_get_name (customer) != NULL)
    key = bd_search_normalize (bd_customer_get_name (customer));
  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = insert_customer_row (self, customer, key, error) &&
       insert_name_grams (self, bd_customer_get_id (customer), key, error) &&
       insert_document (self, customer, error) &&
       insert_contact_detail (self, bd_customer_get_id (customer), "mobile",
                              bd_customer_get_mobile (customer), error) &&
       insert_contact_detail (self, bd_customer_get_id (customer), "landline",
                              bd_customer_get_landline (customer), error);
  if (!bd_store_end_write (self, ok, error))
    {
      /* Nothing was saved, so the object must not claim a row. */
      bd_customer_set_id (customer, 0);
      return FALSE;
    }
  return TRUE;
}

BdCustomer *
bd_store_get_customer (BdStore  *self,
                       gint64    id,
                       GError  **error)
{
  BdDbStmt *stmt;
  BdCustomer *customer = NULL;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, customer_get_sql, error)) == NULL)
    return NULL;
  bd_db_bind_int64 (stmt, ":id", id);
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    customer = bd_store_customer_from_row (stmt);
  /* A number that did not open fails the read, as a damaged page would. */
  if (step == BD_STEP_ROW && !bd_db_stmt_opened_all (stmt, error))
    {
      g_clear_object (&customer);
      step = BD_STEP_ERROR;
    }
  bd_db_reset (stmt);

  /* Only a file read to the end may say the customer is not there. */
  if (step == BD_STEP_DONE)
    g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                 _("No customer has the number %" PRId64), id);
  return customer;
}

gboolean
bd_store_add_bank_account (BdStore     *self,
                           gint64       customer_id,
                           const char  *bank,
                           const char  *account_number,
                           gint64      *out_id,
                           GError     **error)
{
  gint64 new_id = 0;
  BdDbStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = (stmt = bd_store_prepare (self, bank_account_insert_sql, error)) != NULL;
  if (ok)
    {
      bd_db_bind_int64 (stmt, ":customer_id", customer_id);
      bd_db_bind_text (stmt, ":bank", bank);
      bd_db_bind_sealed (stmt, ":account_number", BD_SEALED_ACCOUNT, account_number);
      bd_db_bind_blind (stmt, ":account_index", BD_SEALED_ACCOUNT, account_number);
      ok = (new_id = bd_db_step_returning_id (stmt, error)) != 0;
    }
  if (ok && out_id != NULL)
    *out_id = new_id;
  return bd_store_end_write (self, ok, error);
}

static gboolean
insert_relationship (BdStore     *self,
                     gint64       customer_id,
                     gint64       relative_id,
                     BdRelation   relation,
                     GError     **error)
{
  BdDbStmt *stmt;

  if ((stmt = bd_store_prepare (self, relationship_insert_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":customer_id", customer_id);
  bd_db_bind_int64 (stmt, ":relative_id", relative_id);
  bd_db_bind_text (stmt, ":relation", bd_relation_to_string (relation));
  return bd_db_step_done (stmt, error);
}

gboolean
bd_store_add_relationship (BdStore     *self,
                           gint64       customer_id,
                           gint64       relative_id,
                           BdRelation   relation,
                           GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = insert_relationship (self, customer_id, relative_id, relation, error) &&
       insert_relationship (self, relative_id, customer_id,
                            bd_relation_get_inverse (relation), error);
  return bd_store_end_write (self, ok, error);
}

/* ── policies ──────────────────────────────────────────────────────────────────── */

static gint64
find_account_id (BdStore     *self,
                 const char  *account_number,
                 GError     **error)
{
  BdDbStmt *stmt;
  gint64 id = 0;

  if (account_number == NULL)
    return 0;
  if ((stmt = bd_store_prepare (self, policy_account_sql, error)) == NULL)
    return -1;
  bd_db_bind_blind (stmt, ":account_index", BD_SEALED_ACCOUNT, account_number);
  switch (bd_db_step (stmt, error))
    {
    case BD_STEP_ROW:
      id = bd_db_column_int64 (stmt, 0);
      break;
    case BD_STEP_ERROR:
      id = -1;
      break;
    case BD_STEP_DONE:
    default:
      break;
    }
  bd_db_reset (stmt);
  return id;
}

static void
bind_policy (BdDbStmt     *stmt,
             BdPolicy     *policy,
             gint64        account_id)
{
  bd_db_bind_text (stmt, ":number", bd_policy_get_number (policy));
  bd_db_bind_int64 (stmt, ":product_id", bd_policy_get_product_id (policy));
  bd_db_bind_int64 (stmt, ":policyholder_id", bd_policy_get_policyholder_id (policy));
  bd_db_bind_int64 (stmt, ":insured_id", bd_policy_get_insured_id (policy));
  bd_db_bind_text (stmt, ":effective_date", bd_policy_get_effective_date (policy));
  bd_db_bind_text (stmt, ":receipt_date", bd_policy_get_receipt_date (policy));
  bd_db_bind_int64 (stmt, ":term_years", bd_policy_get_term_years (policy));
  bd_db_bind_int64 (stmt, ":sum_insured", bd_policy_get_sum_insured (policy));
  bd_db_bind_int64 (stmt, ":premium", bd_policy_get_premium (policy));
  bd_db_bind_text (stmt, ":frequency", bd_frequency_to_string (bd_policy_get_frequency (policy)));
  bd_db_bind_int64 (stmt, ":payment_years", bd_policy_get_payment_years (policy));
  bd_db_bind_text (stmt, ":payment_method",
                   bd_payment_method_to_string (bd_policy_get_payment_method (policy)));
  bd_db_bind_text (stmt, ":next_due_date", bd_policy_get_next_due_date (policy));
  bd_db_bind_id (stmt, ":staff_id", bd_policy_get_servicing_staff_id (policy));
  bd_db_bind_text (stmt, ":original_agent", bd_policy_get_original_agent (policy));
  bd_db_bind_text (stmt, ":transfer_reason", bd_policy_get_transfer_reason (policy));
  bd_db_bind_text (stmt, ":survival_option",
                   bd_survival_option_to_string (bd_policy_get_survival_option (policy)));
  bd_db_bind_id (stmt, ":account_id", account_id);
  bd_db_bind_text (stmt, ":status", bd_policy_status_to_string (bd_policy_get_status (policy)));
  bd_db_bind_text (stmt, ":service_class",
                   bd_service_class_to_string (bd_policy_get_service_class (policy)));
}

static gboolean
insert_beneficiary (BdStore        *self,
                    gint64          policy_id,
                    BdBeneficiary  *beneficiary,
                    GError        **error)
{
  gint64 id;
  BdDbStmt *stmt;

  if ((stmt = bd_store_prepare (self, beneficiary_insert_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":policy_id", policy_id);
  bd_db_bind_text (stmt, ":kind",
                   bd_beneficiary_kind_to_string (bd_beneficiary_get_kind (beneficiary)));
  bd_db_bind_id (stmt, ":customer_id", bd_beneficiary_get_customer_id (beneficiary));
  bd_db_bind_int64 (stmt, ":legal_heirs", bd_beneficiary_get_legal_heirs (beneficiary));
  bd_db_bind_int64 (stmt, ":rank", bd_beneficiary_get_rank (beneficiary));
  bd_db_bind_int64 (stmt, ":share", bd_beneficiary_get_share (beneficiary));
  if ((id = bd_db_step_returning_id (stmt, error)) == 0)
    return FALSE;
  bd_beneficiary_set_id (beneficiary, id);
  bd_beneficiary_set_policy_id (beneficiary, policy_id);
  return TRUE;
}

static gboolean
insert_policy (BdStore   *self,
               BdPolicy  *policy,
               GError   **error)
{
  gint64 id;
  BdDbStmt *stmt;
  GListModel *beneficiaries = bd_policy_get_beneficiaries (policy);
  gint64 account_id = find_account_id (self, bd_policy_get_account_number (policy), error);

  if (account_id < 0 || (stmt = bd_store_prepare (self, policy_insert_sql, error)) == NULL)
    return FALSE;
  bind_policy (stmt, policy, account_id);
  if ((id = bd_db_step_returning_id (stmt, error)) == 0)
    return FALSE;
  bd_policy_set_id (policy, id);

  for (guint i = 0; i < g_list_model_get_n_items (beneficiaries); i++)
    {
      g_autoptr(BdBeneficiary) beneficiary = g_list_model_get_item (beneficiaries, i);
      if (!insert_beneficiary (self, bd_policy_get_id (policy), beneficiary, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
bd_store_add_policy (BdStore   *self,
                     BdPolicy  *policy,
                     GError   **error)
{
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (BD_IS_POLICY (policy), FALSE);

  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = insert_policy (self, policy, error);
  if (!bd_store_end_write (self, ok, error))
    {
      bd_policy_set_id (policy, 0);
      return FALSE;
    }
  return TRUE;
}

static BdBeneficiary *
beneficiary_from_row (BdDbStmt *stmt)
{
  BdBeneficiary *beneficiary = bd_beneficiary_new ();
  BdBeneficiaryKind kind = BD_BENEFICIARY_DEATH;

  bd_beneficiary_set_id (beneficiary, bd_db_column_int64 (stmt, 0));
  bd_beneficiary_set_policy_id (beneficiary, bd_db_column_int64 (stmt, 1));
  bd_beneficiary_kind_from_string (bd_db_column_text (stmt, 2), &kind);
  bd_beneficiary_set_kind (beneficiary, kind);
  bd_beneficiary_set_customer_id (beneficiary, bd_db_column_int64 (stmt, 3));
  bd_beneficiary_set_name (beneficiary, bd_db_column_text (stmt, 4));
  bd_beneficiary_set_legal_heirs (beneficiary, bd_db_column_int (stmt, 5) != 0);
  bd_beneficiary_set_rank (beneficiary, (guint) bd_db_column_int (stmt, 6));
  bd_beneficiary_set_share (beneficiary, (guint) bd_db_column_int (stmt, 7));
  return beneficiary;
}

gboolean
bd_store_load_beneficiaries (BdStore   *self,
                             BdPolicy  *policy,
                             GError   **error)
{
  BdDbStmt *stmt;
  BdStep step;

  if ((stmt = bd_store_prepare (self, beneficiaries_of_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":policy_id", bd_policy_get_id (policy));
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      g_autoptr(BdBeneficiary) beneficiary = beneficiary_from_row (stmt);
      bd_policy_add_beneficiary (policy, beneficiary);
    }
  bd_db_reset (stmt);
  /* A list cut short by an error would show shares that do not add up. */
  return step == BD_STEP_DONE;
}

BdPolicy *
bd_store_policy_from_row (BdDbStmt *stmt)
{
  BdPolicy *policy = bd_policy_new ();
  BdProductKind kind = BD_PRODUCT_LIFE;
  BdFrequency frequency = BD_FREQUENCY_ANNUAL;
  BdPaymentMethod method = BD_PAYMENT_BANK_DEBIT;
  BdSurvivalOption option = BD_SURVIVAL_NONE;
  BdPolicyStatus status = BD_POLICY_IN_FORCE;
  BdServiceClass service_class = BD_SERVICE_NORMAL;

  bd_policy_set_id (policy, bd_db_column_int64 (stmt, 0));
  bd_policy_set_number (policy, bd_db_column_text (stmt, 1));
  bd_policy_set_product_id (policy, bd_db_column_int64 (stmt, 2));
  bd_policy_set_product_name (policy, bd_db_column_text (stmt, 3));
  bd_product_kind_from_string (bd_db_column_text (stmt, 4), &kind);
  bd_policy_set_product_kind (policy, kind);
  bd_policy_set_policyholder_id (policy, bd_db_column_int64 (stmt, 5));
  bd_policy_set_policyholder_name (policy, bd_db_column_text (stmt, 6));
  bd_policy_set_insured_id (policy, bd_db_column_int64 (stmt, 7));
  bd_policy_set_insured_name (policy, bd_db_column_text (stmt, 8));
  bd_policy_set_effective_date (policy, bd_db_column_text (stmt, 9));
  bd_policy_set_receipt_date (policy, bd_db_column_text (stmt, 10));
  bd_policy_set_term_years (policy, (guint) bd_db_column_int (stmt, 11));
  bd_policy_set_sum_insured (policy, bd_db_column_int64 (stmt, 12));
  bd_policy_set_premium (policy, bd_db_column_int64 (stmt, 13));
  bd_frequency_from_string (bd_db_column_text (stmt, 14), &frequency);
  bd_policy_set_frequency (policy, frequency);
  bd_policy_set_payment_years (policy, (guint) bd_db_column_int (stmt, 15));
  bd_payment_method_from_string (bd_db_column_text (stmt, 16), &method);
  bd_policy_set_payment_method (policy, method);
  bd_policy_set_next_due_date (policy, bd_db_column_text (stmt, 17));
  bd_policy_set_servicing_staff_id (policy, bd_db_column_int64 (stmt, 18));
  bd_policy_set_servicing_staff_name (policy, bd_db_column_text (stmt, 19));
  bd_policy_set_original_agent (policy, bd_db_column_text (stmt, 20));
  bd_policy_set_transfer_reason (policy, bd_db_column_text (stmt, 21));
  bd_survival_option_from_string (bd_db_column_text (stmt, 22), &option);
  bd_policy_set_survival_option (policy, option);
  bd_policy_set_account_number (policy, bd_db_column_sealed (stmt, 23, BD_SEALED_ACCOUNT));
  bd_policy_status_from_string (bd_db_column_text (stmt, 24), &status);
  bd_policy_set_status (policy, status);
  bd_service_class_from_string (bd_db_column_text (stmt, 25), &service_class);
  bd_policy_set_service_class (policy, service_class);
  return policy;
}

GListModel *
bd_store_collect_policies (BdStore       *self,
                           BdDbStmt      *stmt,
                           GError       **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BD_TYPE_POLICY);

  if (!bd_store_collect_rows (stmt, (BdStoreRowFunc) bd_store_policy_from_row, list, error))
    return NULL;

  /* The beneficiaries come after the policy rows: one statement is stepped at a time. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(BdPolicy) policy = g_list_model_get_item (G_LIST_MODEL (list), i);
      if (!bd_store_load_beneficiaries (self, policy, error))
        return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
bd_store_list_policies_of (BdStore  *self,
                           gint64    customer_id,
                           GError  **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, policies_of_sql, error)) == NULL)
    return NULL;
  bd_db_bind_int64 (stmt, ":customer_id", customer_id);
  return bd_store_collect_policies (self, stmt, error);
}

gboolean
bd_store_collect_customers (BdStore       *self,
                            BdDbStmt      *stmt,
                            GListStore    *list,
                            GError       **error)
{
  return bd_store_collect_rows (stmt, (BdStoreRowFunc) bd_store_customer_from_row, list, error);
}

/* ── search ────────────────────────────────────────────────────────────────────── */

/* The ids found so far, in rank order, each once. */
typedef struct
{
  GArray     *ids;
  GHashTable *seen;
  guint       limit;
} Found;

static void
found_add (Found  *found,
           gint64  id)
{
  if (g_hash_table_add (found->seen, g_memdup2 (&id, sizeof id)))
    g_array_append_val (found->ids, id);
}

/* Runs one step, asking for what is still missing, or for @extra more when the step may
 * repeat ids found before (they are skipped). */
static gboolean
search_step_more (BdStore      *self,
                  BdDbStmt     *stmt,
                  Found        *found,
                  guint         extra,
                  GError      **error)
{
  BdStep step;

  if (found->ids->len >= found->limit)
    {
      bd_db_reset (stmt);
      return TRUE;
    }
  bd_db_bind_int64 (stmt, ":limit", found->limit - found->ids->len + extra);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    for (int column = 0; column < bd_db_column_count (stmt); column++)
      found_add (found, bd_db_column_int64 (stmt, column));
  bd_db_reset (stmt);
  return step == BD_STEP_DONE;
}

static gboolean
search_step (BdStore      *self,
             BdDbStmt     *stmt,
             Found        *found,
             GError      **error)
{
  return search_step_more (self, stmt, found, 0, error);
}

/* A LIKE pattern for names that contain @text after their first character. */
static char *
contains_pattern (const char *text)
{
  GString *pattern = g_string_new ("_%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

/* Exact, then beginning with the text, then containing it: exact matches rank first. */
static gboolean
search_by_name (BdStore     *self,
                const char  *text,
                Found       *found,
                GError     **error)
{
  /* U+10FFFF sorts after every character: (text, text + U+10FFFF) holds exactly the
   * names that begin with text, without the exact one. */
  g_autofree char *upper = g_strconcat (text, "\xf4\x8f\xbf\xbf", NULL);
  const char *second = g_utf8_next_char (text);
  const char *third = *second != '\0' ? g_utf8_next_char (second) : second;
  g_autofree char *gram = g_strndup (text, third - text);
  g_autofree char *pattern = NULL;
  BdDbStmt *stmt;

  if ((stmt = bd_store_prepare (self, search_exact_name_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":name", text);
  if (!search_step (self, stmt, found, error))
    return FALSE;

  if ((stmt = bd_store_prepare (self, search_name_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":from", text);
  bd_db_bind_text (stmt, ":to", upper);
  if (!search_step (self, stmt, found, error))
    return FALSE;

  /* A text of one or two characters is its own gram: the index answers alone, and the
   * names found above come again and are skipped. A longer text is checked against the
   * names its first two characters find. */
  if (*third == '\0')
    {
      if ((stmt = bd_store_prepare (self, search_gram_only_sql, error)) == NULL)
        return FALSE;
      bd_db_bind_text (stmt, ":gram", gram);
      return search_step_more (self, stmt, found, found->ids->len, error);
    }
  if ((stmt = bd_store_prepare (self, search_gram_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":gram", gram);
  pattern = contains_pattern (text);
  bd_db_bind_text (stmt, ":inside", pattern);
  return search_step (self, stmt, found, error);
}

static gboolean
search_by_key (BdStore     *self,
               const char  *sql,
               const char  *param,
               const char  *value,
               Found       *found,
               GError     **error)
{
  BdDbStmt *stmt;

  if ((stmt = bd_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  bd_db_bind_text (stmt, param, value);
  return search_step (self, stmt, found, error);
}

/* A sealed number found by its blind index for @purpose. */
static gboolean
search_by_blind (BdStore     *self,
                 const char  *sql,
                 const char  *param,
                 const char  *purpose,
                 const char  *value,
                 Found       *found,
                 GError     **error)
{
  BdDbStmt *stmt;

  if ((stmt = bd_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  bd_db_bind_blind (stmt, param, purpose, value);
  return search_step (self, stmt, found, error);
}

/* Four (ending in X), five or six characters: bd_search_classify() asks no other. */
static gboolean
search_by_id_tail (BdStore     *self,
                   const char  *tail,
                   Found       *found,
                   GError     **error)
{
  switch (g_utf8_strlen (tail, -1))
    {
    case 4:
      return search_by_blind (self, search_tail_id_sql, ":tail", BD_BLIND_ID_TAIL, tail, found,
                              error);
    case 5:
      return search_by_blind (self, search_id_tail5_sql, ":tail", BD_BLIND_ID_TAIL5, tail, found,
                              error);
    case 6:
      return search_by_blind (self, search_id_tail6_sql, ":tail", BD_BLIND_ID_TAIL6, tail, found,
                              error);
    default:
      g_return_val_if_reached (TRUE);
    }
}

/* An old 15-digit number may be on file in either form. */
static gboolean
search_by_id_number (BdStore     *self,
                     const char  *number,
                     Found       *found,
                     GError     **error)
{
  g_autofree char *converted = strlen (number) == 15 ? bd_identity_convert_15_to_18 (number, NULL)
                                                     : NULL;

  if (!search_by_blind (self, search_id_number_sql, ":value", BD_SEALED_ID_NUMBER, number,
                        found, error))
    return FALSE;
  return converted == NULL ||
         search_by_blind (self, search_id_number_sql, ":value", BD_SEALED_ID_NUMBER, converted,
                          found, error);
}

static gboolean
search_ids (BdStore      *self,
            BdSearchKind  kind,
            const char   *query,
            Found        *found,
            GError      **error)
{
  switch (kind)
    {
    case BD_SEARCH_EMPTY:
      return TRUE;
    case BD_SEARCH_NAME:
      return search_by_name (self, query, found, error);
    case BD_SEARCH_MOBILE:
      return search_by_blind (self, search_mobile_sql, ":value", BD_SEALED_CONTACT, query,
                              found, error);
    case BD_SEARCH_TAIL4:
      return search_by_blind (self, search_tail_sql, ":tail", BD_BLIND_CONTACT_TAIL, query,
                              found, error) &&
             search_by_blind (self, search_tail_id_sql, ":tail", BD_BLIND_ID_TAIL, query,
                              found, error);
    case BD_SEARCH_ID_TAIL:
      return search_by_id_tail (self, query, found, error);
    case BD_SEARCH_ID_NUMBER:
      return search_by_id_number (self, query, found, error);
    case BD_SEARCH_POLICY:
      return search_by_key (self, search_policy_sql, ":value", query, found, error);
    default:
      g_assert_not_reached ();
    }
}

GListModel *
bd_store_search_customers (BdStore     *self,
                           const char  *text,
                           guint        limit,
                           GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *query = NULL;
  Found found = { ids, seen, limit };
  BdSearchKind kind;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  kind = bd_search_classify (text, &query);
  if (!search_ids (self, kind, query, &found, error))
    return NULL;
  return G_LIST_MODEL (bd_customer_list_new (self, ids));
}

GListModel *
bd_store_list_recent_customers (BdStore  *self,
                                gint64    staff_id,
                                guint     limit,
                                GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BD_TYPE_CUSTOMER);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, recent_sql, error)) == NULL)
    return NULL;
  bd_db_bind_int64 (stmt, ":staff_id", staff_id);
  bd_db_bind_int64 (stmt, ":limit", limit);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      gint64 id = bd_db_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  bd_db_reset (stmt);
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
