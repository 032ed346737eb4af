/* bd-store-customers.c — staff, customers, households and policies in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-customer-list.h"
#include "bd-identity.h"
#include "bd-search.h"
#include "bd-store-private.h"

/* One select list for every query that returns customers, so each builds them alike. */
#define CUSTOMER_COLUMNS \
  "c.id, c.is_organisation, c.name, c.sex, c.birth_date, c.address, c.postcode, " \
  "c.occupation, c.employer, c.guardian_id, c.vip, c.notes, d.type, d.number, " \
  "d.valid_until, " \
  "(SELECT value FROM contact_detail WHERE customer_id = c.id AND kind = 'mobile' " \
  "   ORDER BY id LIMIT 1), " \
  "(SELECT value FROM contact_detail WHERE customer_id = c.id AND kind = 'landline' " \
  "   ORDER BY id LIMIT 1), " \
  "(SELECT count(*) FROM policy p WHERE p.policyholder_id = c.id) + " \
  "(SELECT count(*) FROM policy p WHERE p.insured_id = c.id AND p.policyholder_id <> c.id), " \
  "(SELECT max (p.status = 'grace') * 2 + max (p.status = 'lapsed') * 4 + " \
  "        max (p.service_class = 'difficult') * 8 " \
  "   FROM policy p WHERE p.policyholder_id = c.id OR p.insured_id = c.id)"
#define CUSTOMER_N_COLUMNS 19

#define CUSTOMER_DOCUMENT_JOIN \
  " LEFT JOIN identity_document d ON d.customer_id = c.id AND d.is_primary = 1"

#define CUSTOMER_SELECT "SELECT " CUSTOMER_COLUMNS " FROM customer c" CUSTOMER_DOCUMENT_JOIN

#define CONTACT_SELECT \
  "SELECT k.id, k.customer_id, k.policy_id, k.kind, k.at, k.staff_id, s.name, " \
  "  k.person_reached, k.reached, k.outcome, k.next_step, k.next_visit, k.service_item, " \
  "  k.service_other, a.kind, a.at, sa.name, a.reason, a.replacement_id, " \
  "  (SELECT x.contact_id FROM contact_amendment x WHERE x.replacement_id = k.id) " \
  "FROM contact k LEFT JOIN staff s ON s.id = k.staff_id " \
  "LEFT JOIN contact_amendment a ON a.contact_id = k.id " \
  "LEFT JOIN staff sa ON sa.id = a.staff_id"

#define POLICY_SELECT \
  "SELECT p.id, p.number, p.product_id, pr.name, pr.kind, p.policyholder_id, ph.name, " \
  "  p.insured_id, ins.name, p.effective_date, p.receipt_date, p.term_years, " \
  "  p.sum_insured_fen, p.premium_fen, p.frequency, p.payment_years, p.payment_method, " \
  "  p.next_due_date, p.servicing_staff_id, s.name, p.original_agent, p.transfer_reason, " \
  "  p.survival_option, a.account_number, p.status, p.service_class " \
  "FROM policy p " \
  "JOIN product pr ON pr.id = p.product_id " \
  "JOIN customer ph ON ph.id = p.policyholder_id " \
  "JOIN customer ins ON ins.id = p.insured_id " \
  "LEFT JOIN staff s ON s.id = p.servicing_staff_id " \
  "LEFT JOIN bank_account a ON a.id = p.account_id "

/* The statements built on the shared select lists; bd-store.c holds the others. */
static const char *const customers_sql[N_STMTS] = {
  [STMT_CUSTOMER_GET] =
    CUSTOMER_SELECT " WHERE c.id = :id",
  [STMT_HOUSEHOLD_MEMBERS] =
    "SELECT " CUSTOMER_COLUMNS ", m.relation "
    "FROM household_member m JOIN customer c ON c.id = m.customer_id"
    CUSTOMER_DOCUMENT_JOIN
    " WHERE m.household_id = :household_id AND m.left_at IS NULL"
    /* The head, the spouse, the older generations, then the younger: as a family is read. */
    " ORDER BY CASE m.relation WHEN 'self' THEN 0 WHEN 'spouse' THEN 1"
    "   WHEN 'grandparent' THEN 2 WHEN 'parent' THEN 3 WHEN 'parent-in-law' THEN 4"
    "   WHEN 'sibling' THEN 5 WHEN 'child' THEN 6 WHEN 'child-in-law' THEN 7"
    "   WHEN 'grandchild' THEN 8 ELSE 9 END, c.birth_date, c.id",
  [STMT_POLICIES_OF] =
    POLICY_SELECT
    "WHERE p.policyholder_id = :customer_id OR p.insured_id = :customer_id "
    "ORDER BY p.effective_date DESC, p.id DESC",
  /* The search finds ids only, each step a bounded walk of one index; the customers are
   * read when the list shows them (BdCustomerList). Names: the exact name, names that
   * begin with the text (in the index's order, so LIMIT stops early even for the
   * commonest surname), then names that contain it further in. All of them compare the
   * normalised forms, name_key and the grams made from it (bd_search_normalize). */
  [STMT_SEARCH_EXACT_NAME] =
    "SELECT id FROM customer WHERE name_key = :name ORDER BY id LIMIT :limit",
  [STMT_SEARCH_NAME] =
    "SELECT id FROM customer WHERE name_key > :from AND name_key < :to"
    " ORDER BY name_key, id LIMIT :limit",
  [STMT_SEARCH_GRAM] =
    "SELECT g.customer_id FROM customer_name_gram g JOIN customer c ON c.id = g.customer_id"
    " WHERE g.gram = :gram AND instr (c.name_key, :text) > 1"
    " ORDER BY g.customer_id LIMIT :limit",
  /* One or two characters are a gram themselves: the gram index alone answers. */
  [STMT_SEARCH_GRAM_ONLY] =
    "SELECT customer_id FROM customer_name_gram WHERE gram = :gram LIMIT :limit",
  [STMT_SEARCH_ID_TAIL] =
    "SELECT customer_id FROM identity_document"
    " WHERE substr (number, -4) = :tail4 AND substr (number, -:length) = :tail LIMIT :limit",
  [STMT_HOUSEHOLD_POLICIES] =
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
    "ORDER BY p.effective_date DESC, p.id DESC",
  [STMT_CONTACT_GET] = CONTACT_SELECT " WHERE k.id = :id",
  [STMT_CONTACTS_OF] = CONTACT_SELECT " WHERE k.customer_id = :customer_id ORDER BY k.at DESC, k.id DESC",
  /* next_visit is the branch's wall-clock "YYYY-MM-DDTHH:MM": a day's visits are a range
   * of the text. A voided or corrected slip plans nothing (its correction does). */
  [STMT_PLANNED_VISITS] =
    CONTACT_SELECT " WHERE k.next_visit >= :day AND k.next_visit < :next_day AND a.id IS NULL"
    "   AND (:staff_id = 0 OR k.staff_id = :staff_id)"
    " ORDER BY k.next_visit, k.id",
  /* Staff id 0 is the whole branch; otherwise the policies that staff member services. */
  [STMT_TO_CONTACT] =
    POLICY_SELECT
    "WHERE p.next_due_date <= :until AND p.status IN ('in-force', 'grace') "
    "  AND (:staff_id = 0 OR p.servicing_staff_id = :staff_id) "
    "ORDER BY p.next_due_date, p.id LIMIT :limit OFFSET :offset",
  [STMT_TO_CONTACT_COUNT] =
    "SELECT count(*) FROM policy p "
    "WHERE p.next_due_date <= :until AND p.status IN ('in-force', 'grace') "
    "  AND (:staff_id = 0 OR p.servicing_staff_id = :staff_id)",
  [STMT_SEARCH_MOBILE] =
    "SELECT customer_id FROM contact_detail WHERE value = :value LIMIT :limit",
  /* Four digits: the ends of mobiles first, then the ends of identity numbers. */
  [STMT_SEARCH_TAIL] =
    "SELECT customer_id FROM contact_detail WHERE substr (value, -4) = :tail LIMIT :limit",
  [STMT_SEARCH_TAIL_ID] =
    "SELECT customer_id FROM identity_document WHERE substr (number, -4) = :tail LIMIT :limit",
  [STMT_SEARCH_ID_NUMBER] =
    "SELECT customer_id FROM identity_document WHERE number = :value LIMIT :limit",
  /* A policy names two customers: the policyholder, then the insured. */
  [STMT_SEARCH_POLICY] =
    "SELECT policyholder_id, insured_id FROM policy WHERE number = :value LIMIT :limit",
  [STMT_NAME_KEY_SET] = "UPDATE customer SET name_key = :name_key WHERE id = :id",
  [STMT_GRAMS_DELETE] = "DELETE FROM customer_name_gram WHERE customer_id = :customer_id",
};

const char *bd_store_customers_stmt_sql (BdStmt which);

const char *
bd_store_customers_stmt_sql (BdStmt which)
{
  g_assert (which < N_STMTS);
  return customers_sql[which];
}

/* ── staff ─────────────────────────────────────────────────────────────────────── */

BdStaff *
bd_store_staff_from_row (sqlite3_stmt *stmt)
{
  BdStaff *staff = bd_staff_new ();
  BdRole role = BD_ROLE_COUNTER;

  bd_staff_set_id (staff, sqlite3_column_int64 (stmt, 0));
  bd_staff_set_login (staff, bd_column_text (stmt, 1));
  bd_staff_set_name (staff, bd_column_text (stmt, 2));
  bd_role_from_string (bd_column_text (stmt, 3), &role);
  bd_staff_set_role (staff, role);
  bd_staff_set_phone (staff, bd_column_text (stmt, 4));
  bd_staff_set_active (staff, sqlite3_column_int (stmt, 5) != 0);
  return staff;
}

gboolean
bd_store_add_staff (BdStore     *self,
                    BdStaff     *staff,
                    const char  *password_hash,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (BD_IS_STAFF (staff), FALSE);

  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = (stmt = bd_store_prepare (self, STMT_STAFF_INSERT, error)) != NULL;
  if (ok)
    {
      bd_bind_text (stmt, ":login", bd_staff_get_login (staff));
      bd_bind_text (stmt, ":name", bd_staff_get_name (staff));
      bd_bind_text (stmt, ":role", bd_role_to_string (bd_staff_get_role (staff)));
      bd_bind_text (stmt, ":phone", bd_staff_get_phone (staff));
      bd_bind_text (stmt, ":hash", password_hash);
      bd_bind_int64 (stmt, ":active", bd_staff_get_active (staff));
      ok = bd_store_step_done (self, stmt, error);
    }
  if (ok)
    bd_staff_set_id (staff, bd_store_last_insert_id (self));
  return bd_store_end_write (self, ok, error);
}

BdStaff *
bd_store_find_staff (BdStore     *self,
                     const char  *login,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  BdStaff *staff = NULL;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, STMT_STAFF_FIND, error)) == NULL)
    return NULL;
  bd_bind_text (stmt, ":login", login);
  if (bd_store_step (self, stmt, error) == BD_STEP_ROW)
    staff = bd_store_staff_from_row (stmt);
  sqlite3_reset (stmt);
  return staff;
}

GListModel *
bd_store_list_staff (BdStore  *self,
                     GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BD_TYPE_STAFF);
  sqlite3_stmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, STMT_STAFF_LIST, error)) == NULL)
    return NULL;
  while ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    {
      g_autoptr(BdStaff) staff = bd_store_staff_from_row (stmt);
      g_list_store_append (list, staff);
    }
  sqlite3_reset (stmt);
  if (step == BD_STEP_ERROR)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

gint64
bd_store_add_product (BdStore        *self,
                      const char     *code,
                      const char     *name,
                      BdProductKind   kind,
                      guint           waiting_days,
                      GError        **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;
  gint64 id = 0;

  g_return_val_if_fail (BD_IS_STORE (self), 0);

  if (!bd_store_begin_write (self, error))
    return 0;
  ok = (stmt = bd_store_prepare (self, STMT_PRODUCT_INSERT, error)) != NULL;
  if (ok)
    {
      bd_bind_text (stmt, ":code", code);
      bd_bind_text (stmt, ":name", name);
      bd_bind_text (stmt, ":kind", bd_product_kind_to_string (kind));
      bd_bind_int64 (stmt, ":waiting_days", waiting_days);
      ok = bd_store_step_done (self, stmt, error);
    }
  if (ok)
    id = bd_store_last_insert_id (self);
  return bd_store_end_write (self, ok, error) ? id : 0;
}

/* ── customers ─────────────────────────────────────────────────────────────────── */

BdCustomer *
bd_store_customer_from_row (sqlite3_stmt *stmt)
{
  BdCustomer *customer = bd_customer_new ();
  BdSex sex = BD_SEX_UNKNOWN;
  BdDocumentType type = BD_DOCUMENT_RESIDENT_ID;

  bd_customer_set_id (customer, sqlite3_column_int64 (stmt, 0));
  bd_customer_set_is_organisation (customer, sqlite3_column_int (stmt, 1) != 0);
  bd_customer_set_name (customer, bd_column_text (stmt, 2));
  bd_sex_from_string (bd_column_text (stmt, 3), &sex);
  bd_customer_set_sex (customer, sex);
  bd_customer_set_birth_date (customer, bd_column_text (stmt, 4));
  bd_customer_set_address (customer, bd_column_text (stmt, 5));
  bd_customer_set_postcode (customer, bd_column_text (stmt, 6));
  bd_customer_set_occupation (customer, bd_column_text (stmt, 7));
  bd_customer_set_employer (customer, bd_column_text (stmt, 8));
  bd_customer_set_guardian_id (customer, sqlite3_column_int64 (stmt, 9));
  bd_customer_set_vip (customer, sqlite3_column_int (stmt, 10) != 0);
  bd_customer_set_notes (customer, bd_column_text (stmt, 11));
  bd_document_type_from_string (bd_column_text (stmt, 12), &type);
  bd_customer_set_id_type (customer, type);
  bd_customer_set_id_number (customer, bd_column_text (stmt, 13));
  bd_customer_set_id_valid_until (customer, bd_column_text (stmt, 14));
  bd_customer_set_mobile (customer, bd_column_text (stmt, 15));
  bd_customer_set_landline (customer, bd_column_text (stmt, 16));
  bd_customer_set_policy_count (customer, (guint) sqlite3_column_int (stmt, 17));
  bd_customer_set_badges (customer, (guint) sqlite3_column_int (stmt, 18));
  return customer;
}

static gboolean
insert_customer_row (BdStore     *self,
                     BdCustomer  *customer,
                     const char  *key,
                     GError     **error)
{
  g_autofree char *now = bd_store_now_utc ();
  sqlite3_stmt *stmt;
  BdSex sex = bd_customer_get_sex (customer);

  if ((stmt = bd_store_prepare (self, STMT_CUSTOMER_INSERT, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":is_organisation", bd_customer_get_is_organisation (customer));
  bd_bind_text (stmt, ":name", bd_customer_get_name (customer));
  bd_bind_text (stmt, ":name_key", key);
  bd_bind_text (stmt, ":sex", sex == BD_SEX_UNKNOWN ? NULL : bd_sex_to_string (sex));
  bd_bind_text (stmt, ":birth_date", bd_customer_get_birth_date (customer));
  bd_bind_text (stmt, ":address", bd_customer_get_address (customer));
  bd_bind_text (stmt, ":postcode", bd_customer_get_postcode (customer));
  bd_bind_text (stmt, ":occupation", bd_customer_get_occupation (customer));
  bd_bind_text (stmt, ":employer", bd_customer_get_employer (customer));
  bd_bind_id (stmt, ":guardian_id", bd_customer_get_guardian_id (customer));
  bd_bind_int64 (stmt, ":vip", bd_customer_get_vip (customer));
  bd_bind_text (stmt, ":notes", bd_customer_get_notes (customer));
  bd_bind_text (stmt, ":created_at", now);
  if (!bd_store_step_done (self, stmt, error))
    return FALSE;

  bd_customer_set_id (customer, bd_store_last_insert_id (self));
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
  sqlite3_stmt *stmt;

  for (const char *p = key; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *next = g_utf8_next_char (p);
      const char *after = *next != '\0' ? g_utf8_next_char (next) : NULL;

      for (const char *end = next; end != NULL; end = end == next ? after : NULL)
        {
          g_autofree char *gram = g_strndup (p, end - p);

          if ((stmt = bd_store_prepare (self, STMT_GRAM_INSERT, error)) == NULL)
            return FALSE;
          bd_bind_text (stmt, ":gram", gram);
          bd_bind_int64 (stmt, ":customer_id", customer_id);
          if (!bd_store_step_done (self, stmt, error))
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
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if ((stmt = bd_store_prepare (self, STMT_NAME_KEY_SET, error)) == NULL)
    return FALSE;
  bd_bind_text (stmt, ":name_key", key);
  bd_bind_int64 (stmt, ":id", customer_id);
  if (!bd_store_step_done (self, stmt, error))
    return FALSE;
  if ((stmt = bd_store_prepare (self, STMT_GRAMS_DELETE, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":customer_id", customer_id);
  return bd_store_step_done (self, stmt, error) &&
         insert_name_grams (self, customer_id, key, error);
}

static gboolean
insert_document (BdStore     *self,
                 BdCustomer  *customer,
                 GError     **error)
{
  sqlite3_stmt *stmt;

  if (bd_customer_get_id_number (customer) == NULL)
    return TRUE;
  if ((stmt = bd_store_prepare (self, STMT_DOCUMENT_INSERT, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":customer_id", bd_customer_get_id (customer));
  bd_bind_text (stmt, ":type", bd_document_type_to_string (bd_customer_get_id_type (customer)));
  bd_bind_text (stmt, ":number", bd_customer_get_id_number (customer));
  bd_bind_text (stmt, ":valid_until", bd_customer_get_id_valid_until (customer));
  return bd_store_step_done (self, stmt, error);
}

static gboolean
insert_contact (BdStore     *self,
                gint64       customer_id,
                const char  *kind,
                const char  *value,
                GError     **error)
{
  sqlite3_stmt *stmt;

  if (value == NULL || value[0] == '\0')
    return TRUE;
  if ((stmt = bd_store_prepare (self, STMT_CONTACT_INSERT, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":customer_id", customer_id);
  bd_bind_text (stmt, ":kind", kind);
  bd_bind_text (stmt, ":value", value);
  return bd_store_step_done (self, stmt, error);
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

  /* The name as searched (its key and grams): one form for what is stored and typed. */
  if (bd_customer_get_name (customer) != NULL)
    key = bd_search_normalize (bd_customer_get_name (customer));
  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = insert_customer_row (self, customer, key, error) &&
       insert_name_grams (self, bd_customer_get_id (customer), key, error) &&
       insert_document (self, customer, error) &&
       insert_contact (self, bd_customer_get_id (customer), "mobile",
                       bd_customer_get_mobile (customer), error) &&
       insert_contact (self, bd_customer_get_id (customer), "landline",
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
  sqlite3_stmt *stmt;
  BdCustomer *customer = NULL;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, STMT_CUSTOMER_GET, error)) == NULL)
    return NULL;
  bd_bind_int64 (stmt, ":id", id);
  if ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    customer = bd_store_customer_from_row (stmt);
  sqlite3_reset (stmt);

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
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = (stmt = bd_store_prepare (self, STMT_BANK_ACCOUNT_INSERT, error)) != NULL;
  if (ok)
    {
      bd_bind_int64 (stmt, ":customer_id", customer_id);
      bd_bind_text (stmt, ":bank", bank);
      bd_bind_text (stmt, ":account_number", account_number);
      ok = bd_store_step_done (self, stmt, error);
    }
  if (ok && out_id != NULL)
    *out_id = bd_store_last_insert_id (self);
  return bd_store_end_write (self, ok, error);
}

static gboolean
insert_relationship (BdStore     *self,
                     gint64       customer_id,
                     gint64       relative_id,
                     BdRelation   relation,
                     GError     **error)
{
  sqlite3_stmt *stmt;

  if ((stmt = bd_store_prepare (self, STMT_RELATIONSHIP_INSERT, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":customer_id", customer_id);
  bd_bind_int64 (stmt, ":relative_id", relative_id);
  bd_bind_text (stmt, ":relation", bd_relation_to_string (relation));
  return bd_store_step_done (self, stmt, error);
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

/* ── households ────────────────────────────────────────────────────────────────── */

static gboolean
insert_member (BdStore            *self,
               gint64              household_id,
               BdHouseholdMember  *member,
               const char         *now,
               GError            **error)
{
  sqlite3_stmt *stmt;
  BdCustomer *customer = bd_household_member_get_customer (member);

  if ((stmt = bd_store_prepare (self, STMT_MEMBER_INSERT, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":household_id", household_id);
  bd_bind_int64 (stmt, ":customer_id", bd_customer_get_id (customer));
  bd_bind_text (stmt, ":relation",
                bd_relation_to_string (bd_household_member_get_relation (member)));
  bd_bind_text (stmt, ":joined_at", now);
  return bd_store_step_done (self, stmt, error);
}

static gboolean
insert_household_row (BdStore      *self,
                      BdHousehold  *household,
                      const char   *now,
                      GError      **error)
{
  sqlite3_stmt *stmt;

  if ((stmt = bd_store_prepare (self, STMT_HOUSEHOLD_INSERT, error)) == NULL)
    return FALSE;
  bd_bind_text (stmt, ":name", bd_household_get_name (household));
  bd_bind_id (stmt, ":staff_id", bd_household_get_servicing_staff_id (household));
  bd_bind_text (stmt, ":created_at", now);
  if (!bd_store_step_done (self, stmt, error))
    return FALSE;
  bd_household_set_id (household, bd_store_last_insert_id (self));
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
  sqlite3_stmt *stmt;
  BdStep step;

  if ((stmt = bd_store_prepare (self, STMT_HOUSEHOLD_MEMBERS, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":household_id", bd_household_get_id (household));
  while ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    {
      g_autoptr(BdCustomer) customer = bd_store_customer_from_row (stmt);
      g_autoptr(BdHouseholdMember) member = NULL;
      BdRelation relation = BD_RELATION_OTHER;

      bd_relation_from_string (bd_column_text (stmt, CUSTOMER_N_COLUMNS), &relation);
      member = bd_household_member_new (customer, relation);
      bd_household_add_member (household, member);
    }
  sqlite3_reset (stmt);
  return step == BD_STEP_DONE;
}

BdHousehold *
bd_store_get_household_of (BdStore  *self,
                           gint64    customer_id,
                           GError  **error)
{
  g_autoptr(BdHousehold) household = NULL;
  sqlite3_stmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, STMT_HOUSEHOLD_OF, error)) == NULL)
    return NULL;
  bd_bind_int64 (stmt, ":customer_id", customer_id);
  if ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    {
      household = bd_household_new ();
      bd_household_set_id (household, sqlite3_column_int64 (stmt, 0));
      bd_household_set_name (household, bd_column_text (stmt, 1));
      bd_household_set_servicing_staff_id (household, sqlite3_column_int64 (stmt, 2));
    }
  sqlite3_reset (stmt);

  if (household != NULL && !load_members (self, household, error))
    return NULL;
  return g_steal_pointer (&household);
}

/* ── policies ──────────────────────────────────────────────────────────────────── */

static gint64
find_account_id (BdStore     *self,
                 const char  *account_number,
                 GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (account_number == NULL)
    return 0;
  if ((stmt = bd_store_prepare (self, STMT_POLICY_ACCOUNT, error)) == NULL)
    return -1;
  bd_bind_text (stmt, ":account_number", account_number);
  switch (bd_store_step (self, stmt, error))
    {
    case BD_STEP_ROW:
      id = sqlite3_column_int64 (stmt, 0);
      break;
    case BD_STEP_ERROR:
      id = -1;
      break;
    case BD_STEP_DONE:
    default:
      break;
    }
  sqlite3_reset (stmt);
  return id;
}

static void
bind_policy (sqlite3_stmt *stmt,
             BdPolicy     *policy,
             gint64        account_id)
{
  bd_bind_text (stmt, ":number", bd_policy_get_number (policy));
  bd_bind_int64 (stmt, ":product_id", bd_policy_get_product_id (policy));
  bd_bind_int64 (stmt, ":policyholder_id", bd_policy_get_policyholder_id (policy));
  bd_bind_int64 (stmt, ":insured_id", bd_policy_get_insured_id (policy));
  bd_bind_text (stmt, ":effective_date", bd_policy_get_effective_date (policy));
  bd_bind_text (stmt, ":receipt_date", bd_policy_get_receipt_date (policy));
  bd_bind_int64 (stmt, ":term_years", bd_policy_get_term_years (policy));
  bd_bind_int64 (stmt, ":sum_insured", bd_policy_get_sum_insured (policy));
  bd_bind_int64 (stmt, ":premium", bd_policy_get_premium (policy));
  bd_bind_text (stmt, ":frequency", bd_frequency_to_string (bd_policy_get_frequency (policy)));
  bd_bind_int64 (stmt, ":payment_years", bd_policy_get_payment_years (policy));
  bd_bind_text (stmt, ":payment_method",
                bd_payment_method_to_string (bd_policy_get_payment_method (policy)));
  bd_bind_text (stmt, ":next_due_date", bd_policy_get_next_due_date (policy));
  bd_bind_id (stmt, ":staff_id", bd_policy_get_servicing_staff_id (policy));
  bd_bind_text (stmt, ":original_agent", bd_policy_get_original_agent (policy));
  bd_bind_text (stmt, ":transfer_reason", bd_policy_get_transfer_reason (policy));
  bd_bind_text (stmt, ":survival_option",
                bd_survival_option_to_string (bd_policy_get_survival_option (policy)));
  bd_bind_id (stmt, ":account_id", account_id);
  bd_bind_text (stmt, ":status", bd_policy_status_to_string (bd_policy_get_status (policy)));
  bd_bind_text (stmt, ":service_class",
                bd_service_class_to_string (bd_policy_get_service_class (policy)));
}

static gboolean
insert_beneficiary (BdStore        *self,
                    gint64          policy_id,
                    BdBeneficiary  *beneficiary,
                    GError        **error)
{
  sqlite3_stmt *stmt;

  if ((stmt = bd_store_prepare (self, STMT_BENEFICIARY_INSERT, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":policy_id", policy_id);
  bd_bind_text (stmt, ":kind",
                bd_beneficiary_kind_to_string (bd_beneficiary_get_kind (beneficiary)));
  bd_bind_id (stmt, ":customer_id", bd_beneficiary_get_customer_id (beneficiary));
  bd_bind_int64 (stmt, ":legal_heirs", bd_beneficiary_get_legal_heirs (beneficiary));
  bd_bind_int64 (stmt, ":rank", bd_beneficiary_get_rank (beneficiary));
  bd_bind_int64 (stmt, ":share", bd_beneficiary_get_share (beneficiary));
  if (!bd_store_step_done (self, stmt, error))
    return FALSE;
  bd_beneficiary_set_id (beneficiary, bd_store_last_insert_id (self));
  bd_beneficiary_set_policy_id (beneficiary, policy_id);
  return TRUE;
}

static gboolean
insert_policy (BdStore   *self,
               BdPolicy  *policy,
               GError   **error)
{
  sqlite3_stmt *stmt;
  GListModel *beneficiaries = bd_policy_get_beneficiaries (policy);
  gint64 account_id = find_account_id (self, bd_policy_get_account_number (policy), error);

  if (account_id < 0 || (stmt = bd_store_prepare (self, STMT_POLICY_INSERT, error)) == NULL)
    return FALSE;
  bind_policy (stmt, policy, account_id);
  if (!bd_store_step_done (self, stmt, error))
    return FALSE;
  bd_policy_set_id (policy, bd_store_last_insert_id (self));

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
beneficiary_from_row (sqlite3_stmt *stmt)
{
  BdBeneficiary *beneficiary = bd_beneficiary_new ();
  BdBeneficiaryKind kind = BD_BENEFICIARY_DEATH;

  bd_beneficiary_set_id (beneficiary, sqlite3_column_int64 (stmt, 0));
  bd_beneficiary_set_policy_id (beneficiary, sqlite3_column_int64 (stmt, 1));
  bd_beneficiary_kind_from_string (bd_column_text (stmt, 2), &kind);
  bd_beneficiary_set_kind (beneficiary, kind);
  bd_beneficiary_set_customer_id (beneficiary, sqlite3_column_int64 (stmt, 3));
  bd_beneficiary_set_name (beneficiary, bd_column_text (stmt, 4));
  bd_beneficiary_set_legal_heirs (beneficiary, sqlite3_column_int (stmt, 5) != 0);
  bd_beneficiary_set_rank (beneficiary, (guint) sqlite3_column_int (stmt, 6));
  bd_beneficiary_set_share (beneficiary, (guint) sqlite3_column_int (stmt, 7));
  return beneficiary;
}

gboolean
bd_store_load_beneficiaries (BdStore   *self,
                             BdPolicy  *policy,
                             GError   **error)
{
  sqlite3_stmt *stmt;
  BdStep step;

  if ((stmt = bd_store_prepare (self, STMT_BENEFICIARIES_OF, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":policy_id", bd_policy_get_id (policy));
  while ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    {
      g_autoptr(BdBeneficiary) beneficiary = beneficiary_from_row (stmt);
      bd_policy_add_beneficiary (policy, beneficiary);
    }
  sqlite3_reset (stmt);
  /* A list cut short by an error would show shares that do not add up. */
  return step == BD_STEP_DONE;
}

BdPolicy *
bd_store_policy_from_row (sqlite3_stmt *stmt)
{
  BdPolicy *policy = bd_policy_new ();
  BdProductKind kind = BD_PRODUCT_LIFE;
  BdFrequency frequency = BD_FREQUENCY_ANNUAL;
  BdPaymentMethod method = BD_PAYMENT_BANK_DEBIT;
  BdSurvivalOption option = BD_SURVIVAL_NONE;
  BdPolicyStatus status = BD_POLICY_IN_FORCE;
  BdServiceClass service_class = BD_SERVICE_NORMAL;

  bd_policy_set_id (policy, sqlite3_column_int64 (stmt, 0));
  bd_policy_set_number (policy, bd_column_text (stmt, 1));
  bd_policy_set_product_id (policy, sqlite3_column_int64 (stmt, 2));
  bd_policy_set_product_name (policy, bd_column_text (stmt, 3));
  bd_product_kind_from_string (bd_column_text (stmt, 4), &kind);
  bd_policy_set_product_kind (policy, kind);
  bd_policy_set_policyholder_id (policy, sqlite3_column_int64 (stmt, 5));
  bd_policy_set_policyholder_name (policy, bd_column_text (stmt, 6));
  bd_policy_set_insured_id (policy, sqlite3_column_int64 (stmt, 7));
  bd_policy_set_insured_name (policy, bd_column_text (stmt, 8));
  bd_policy_set_effective_date (policy, bd_column_text (stmt, 9));
  bd_policy_set_receipt_date (policy, bd_column_text (stmt, 10));
  bd_policy_set_term_years (policy, (guint) sqlite3_column_int (stmt, 11));
  bd_policy_set_sum_insured (policy, sqlite3_column_int64 (stmt, 12));
  bd_policy_set_premium (policy, sqlite3_column_int64 (stmt, 13));
  bd_frequency_from_string (bd_column_text (stmt, 14), &frequency);
  bd_policy_set_frequency (policy, frequency);
  bd_policy_set_payment_years (policy, (guint) sqlite3_column_int (stmt, 15));
  bd_payment_method_from_string (bd_column_text (stmt, 16), &method);
  bd_policy_set_payment_method (policy, method);
  bd_policy_set_next_due_date (policy, bd_column_text (stmt, 17));
  bd_policy_set_servicing_staff_id (policy, sqlite3_column_int64 (stmt, 18));
  bd_policy_set_servicing_staff_name (policy, bd_column_text (stmt, 19));
  bd_policy_set_original_agent (policy, bd_column_text (stmt, 20));
  bd_policy_set_transfer_reason (policy, bd_column_text (stmt, 21));
  bd_survival_option_from_string (bd_column_text (stmt, 22), &option);
  bd_policy_set_survival_option (policy, option);
  bd_policy_set_account_number (policy, bd_column_text (stmt, 23));
  bd_policy_status_from_string (bd_column_text (stmt, 24), &status);
  bd_policy_set_status (policy, status);
  bd_service_class_from_string (bd_column_text (stmt, 25), &service_class);
  bd_policy_set_service_class (policy, service_class);
  return policy;
}

GListModel *
bd_store_collect_policies (BdStore       *self,
                           sqlite3_stmt  *stmt,
                           GError       **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BD_TYPE_POLICY);
  BdStep step;

  while ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    {
      g_autoptr(BdPolicy) policy = bd_store_policy_from_row (stmt);
      g_list_store_append (list, policy);
    }
  sqlite3_reset (stmt);
  if (step == BD_STEP_ERROR)
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
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, STMT_POLICIES_OF, error)) == NULL)
    return NULL;
  bd_bind_int64 (stmt, ":customer_id", customer_id);
  return bd_store_collect_policies (self, stmt, error);
}

gboolean
bd_store_collect_customers (BdStore       *self,
                            sqlite3_stmt  *stmt,
                            GListStore    *list,
                            GError       **error)
{
  BdStep step;

  while ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    {
      g_autoptr(BdCustomer) customer = bd_store_customer_from_row (stmt);
      g_list_store_append (list, customer);
    }
  sqlite3_reset (stmt);
  return step == BD_STEP_DONE;
}

/* ── search ────────────────────────────────────────────────────────────────────── */

/* The ids found so far, in rank order, each once. */
typedef struct
{
  GArray     *ids;
  GHashTable *seen;
  guint       limit;
} Found;

/* Runs one step, asking for what is still missing, or for @extra more when the step may
 * repeat ids found before (they are skipped). */
static gboolean
search_step_more (BdStore      *self,
                  sqlite3_stmt *stmt,
                  Found        *found,
                  guint         extra,
                  GError      **error)
{
  BdStep step;

  if (found->ids->len >= found->limit)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }
  bd_bind_int64 (stmt, ":limit", found->limit - found->ids->len + extra);
  while ((step = bd_store_step (self, stmt, error)) == BD_STEP_ROW)
    for (int column = 0; column < sqlite3_column_count (stmt); column++)
      {
        gint64 id = sqlite3_column_int64 (stmt, column);

        if (g_hash_table_add (found->seen, g_memdup2 (&id, sizeof id)))
          g_array_append_val (found->ids, id);
      }
  sqlite3_reset (stmt);
  return step == BD_STEP_DONE;
}

static gboolean
search_step (BdStore      *self,
             sqlite3_stmt *stmt,
             Found        *found,
             GError      **error)
{
  return search_step_more (self, stmt, found, 0, error);
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
  sqlite3_stmt *stmt;

  if ((stmt = bd_store_prepare (self, STMT_SEARCH_EXACT_NAME, error)) == NULL)
    return FALSE;
  bd_bind_text (stmt, ":name", text);
  if (!search_step (self, stmt, found, error))
    return FALSE;

  if ((stmt = bd_store_prepare (self, STMT_SEARCH_NAME, error)) == NULL)
    return FALSE;
  bd_bind_text (stmt, ":from", text);
  bd_bind_text (stmt, ":to", upper);
  if (!search_step (self, stmt, found, error))
    return FALSE;

  /* A text of one or two characters is its own gram: the index answers alone, and the
   * names found above come again and are skipped. A longer text is checked against the
   * names its first two characters find. */
  if (*third == '\0')
    {
      if ((stmt = bd_store_prepare (self, STMT_SEARCH_GRAM_ONLY, error)) == NULL)
        return FALSE;
      bd_bind_text (stmt, ":gram", gram);
      return search_step_more (self, stmt, found, found->ids->len, error);
    }
  if ((stmt = bd_store_prepare (self, STMT_SEARCH_GRAM, error)) == NULL)
    return FALSE;
  bd_bind_text (stmt, ":gram", gram);
  bd_bind_text (stmt, ":text", text);
  return search_step (self, stmt, found, error);
}

static gboolean
search_by_key (BdStore     *self,
               BdStmt       which,
               const char  *param,
               const char  *value,
               Found       *found,
               GError     **error)
{
  sqlite3_stmt *stmt;

  if ((stmt = bd_store_prepare (self, which, error)) == NULL)
    return FALSE;
  bd_bind_text (stmt, param, value);
  return search_step (self, stmt, found, error);
}

static gboolean
search_by_id_tail (BdStore     *self,
                   const char  *tail,
                   Found       *found,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  gsize length = strlen (tail);

  if ((stmt = bd_store_prepare (self, STMT_SEARCH_ID_TAIL, error)) == NULL)
    return FALSE;
  bd_bind_text (stmt, ":tail4", tail + length - 4);
  bd_bind_text (stmt, ":tail", tail);
  bd_bind_int64 (stmt, ":length", (gint64) length);
  return search_step (self, stmt, found, error);
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

  if (!search_by_key (self, STMT_SEARCH_ID_NUMBER, ":value", number, found, error))
    return FALSE;
  return converted == NULL ||
         search_by_key (self, STMT_SEARCH_ID_NUMBER, ":value", converted, found, error);
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
      return search_by_key (self, STMT_SEARCH_MOBILE, ":value", query, found, error);
    case BD_SEARCH_TAIL4:
      return search_by_key (self, STMT_SEARCH_TAIL, ":tail", query, found, error) &&
             search_by_key (self, STMT_SEARCH_TAIL_ID, ":tail", query, found, error);
    case BD_SEARCH_ID_TAIL:
      return search_by_id_tail (self, query, found, error);
    case BD_SEARCH_ID_NUMBER:
      return search_by_id_number (self, query, found, error);
    case BD_SEARCH_POLICY:
      return search_by_key (self, STMT_SEARCH_POLICY, ":value", query, found, error);
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
