/* bd-customers-store-private.h — what the store files of other areas read customers and
 * policies with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-customers-store.h"
#include "bd-db.h"
#include "bd-staff.h"

G_BEGIN_DECLS

/* One select list for every query that returns customers, so each builds them alike. The
 * last four columns are facts (a policy in grace, lapsed, difficult; the customer's death
 * reported); the badges are made from them in C (bd_store_customer_from_row). */
#define CUSTOMER_COLUMNS \
  "c.id, c.is_organisation, c.name, c.sex, c.birth_date, c.address, c.postcode, " \
  "c.occupation, c.employer, c.guardian_id, c.vip, c.notes, d.type, d.number_sealed, " \
  "d.valid_until, " \
  "(SELECT value_sealed FROM contact_detail WHERE customer_id = c.id AND kind = 'mobile' " \
  "   ORDER BY id LIMIT 1), " \
  "(SELECT value_sealed FROM contact_detail WHERE customer_id = c.id AND kind = 'landline' " \
  "   ORDER BY id LIMIT 1), " \
  "(SELECT count(*) FROM policy p WHERE p.policyholder_id = c.id) + " \
  "(SELECT count(*) FROM policy p WHERE p.insured_id = c.id AND p.policyholder_id <> c.id), " \
  "EXISTS (SELECT 1 FROM policy p WHERE (p.policyholder_id = c.id OR p.insured_id = c.id) " \
  "        AND p.status = 'grace'), " \
  "EXISTS (SELECT 1 FROM policy p WHERE (p.policyholder_id = c.id OR p.insured_id = c.id) " \
  "        AND p.status = 'lapsed'), " \
  "EXISTS (SELECT 1 FROM policy p WHERE (p.policyholder_id = c.id OR p.insured_id = c.id) " \
  "        AND p.service_class = 'difficult'), " \
  "c.deceased_on IS NOT NULL"
#define CUSTOMER_N_COLUMNS 22

#define CUSTOMER_DOCUMENT_JOIN \
  " LEFT JOIN identity_document d ON d.customer_id = c.id AND d.is_primary = 1"

#define CUSTOMER_SELECT "SELECT " CUSTOMER_COLUMNS " FROM customer c" CUSTOMER_DOCUMENT_JOIN

#define POLICY_SELECT \
  "SELECT p.id, p.number, p.product_id, pr.name, pr.kind, p.policyholder_id, ph.name, " \
  "  p.insured_id, ins.name, p.effective_date, p.receipt_date, p.term_years, " \
  "  p.sum_insured_fen, p.premium_fen, p.frequency, p.payment_years, p.payment_method, " \
  "  p.next_due_date, p.servicing_staff_id, s.name, p.original_agent, p.transfer_reason, " \
  "  p.survival_option, a.account_sealed, p.status, p.service_class " \
  "FROM policy p " \
  "JOIN product pr ON pr.id = p.product_id " \
  "JOIN customer ph ON ph.id = p.policyholder_id " \
  "JOIN customer ins ON ins.id = p.insured_id " \
  "LEFT JOIN staff s ON s.id = p.servicing_staff_id " \
  "LEFT JOIN bank_account a ON a.id = p.account_id "

/* Rows into models, for every area's store alike. */
BdCustomer   *bd_store_customer_from_row  (BdDbStmt      *stmt);
BdPolicy     *bd_store_policy_from_row    (BdDbStmt      *stmt);
gboolean      bd_store_load_beneficiaries (BdStore       *self,
                                           BdPolicy      *policy,
                                           GError       **error);
/* Steps @stmt to the end, a BdPolicy per row with its beneficiaries, and resets it. */
GListModel   *bd_store_collect_policies   (BdStore       *self,
                                           BdDbStmt      *stmt,
                                           GError       **error);
/* Steps @stmt to the end, appending a BdCustomer per row to @list, and resets it. */
gboolean      bd_store_collect_customers  (BdStore       *self,
                                           BdDbStmt      *stmt,
                                           GListStore    *list,
                                           GError       **error);

/* Replaces the customer's mobile (the first on record), or adds one: a completed
 * contact change (requests/). */
gboolean      bd_store_set_mobile         (BdStore       *self,
                                           gint64         customer_id,
                                           const char    *mobile,
                                           GError       **error);

/* Marks the customer deceased from @day (ISO), or alive again with NULL (a death claim
 * reported, or withdrawn as a mistake: claims/); a customer marked already keeps the day
 * first reported. Premium reminders and contact slips skip whoever is marked. */
gboolean      bd_store_set_deceased       (BdStore       *self,
                                           gint64         customer_id,
                                           const char    *day,
                                           GError       **error);

/* Sets the searched form of a stored name (bd_search_normalize() of it) and makes its
 * grams again: the migration to schema 5 does it for the names stored before. */
gboolean      bd_store_set_name_key       (BdStore       *self,
                                           gint64         customer_id,
                                           const char    *key,
                                           GError       **error);

G_END_DECLS
