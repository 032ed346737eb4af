/* bd-test-models.h — customers and policies built in memory, as the printing, household
 * card and widget tests and the print benchmark describe them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only, unlike the rest of tests/support: the benchmarks link the core alone, and
 * bench-print builds its review sheet from the same descriptions as test-print. Nothing
 * here touches a store. The models are built through their properties, which call their
 * setters (bd-model.c), in one call each.
 */
#pragma once

#include "bd-beneficiary.h"
#include "bd-customer.h"
#include "bd-policy.h"

G_BEGIN_DECLS

/* A customer of id @id (0: none yet); any of the texts may be %NULL and is then left
 * unset. */
static inline BdCustomer *
bd_test_customer_new_full (gint64      id,
                           const char *name,
                           BdSex       sex,
                           const char *birth_date,
                           const char *id_number,
                           const char *mobile)
{
  BdCustomer *customer = bd_customer_new ();

  if (id != 0)
    bd_customer_set_id (customer, id);
  bd_customer_set_name (customer, name);
  bd_customer_set_sex (customer, sex);
  if (birth_date != NULL)
    bd_customer_set_birth_date (customer, birth_date);
  if (id_number != NULL)
    bd_customer_set_id_number (customer, id_number);
  if (mobile != NULL)
    bd_customer_set_mobile (customer, mobile);
  return customer;
}

/* Names @customer_id (0: the legal heirs) on @policy for @kind, at @rank, for @share
 * basis points. Returns the designation, borrowed from @policy. */
static inline BdBeneficiary *
bd_test_policy_designate (BdPolicy          *policy,
                          BdBeneficiaryKind  kind,
                          gint64             customer_id,
                          guint              rank,
                          guint              share)
{
  g_autoptr(BdBeneficiary) beneficiary = g_object_new (BD_TYPE_BENEFICIARY,
                                                      "policy-id", bd_policy_get_id (policy),
                                                      "kind", kind,
                                                      "customer-id", customer_id,
                                                      "legal-heirs", customer_id == 0,
                                                      "rank", rank,
                                                      "share", share,
                                                      NULL);

  bd_policy_add_beneficiary (policy, beneficiary);
  return beneficiary;
}

/* A policy as a row of a test's table; amounts in whole yuan. */
typedef struct
{
  gint64            id;
  const char       *product;       /* %NULL: no product name */
  BdProductKind     kind;
  gint64            policyholder;
  gint64            insured;
  BdPolicyStatus    status;
  gint64            sum_yuan;
  gint64            premium_yuan;
  BdFrequency       frequency;
  const char       *effective;
  guint             payment_years;
  guint             term_years;
  const char       *next_due;
  gint64            staff;         /* the servicing staff member, 0: none */
  BdSurvivalOption  survival;
  gint64            beneficiary;   /* the death beneficiary of it all, 0: none named */
} BdTestPolicySpec;

/* The policy @spec describes, numbered @number, serviced by @staff_name (%NULL: no name). */
static inline BdPolicy *
bd_test_policy_new_from_spec (const BdTestPolicySpec *spec,
                              const char             *number,
                              const char             *staff_name)
{
  BdPolicy *policy = g_object_new (BD_TYPE_POLICY,
                                   "id", spec->id,
                                   "number", number,
                                   "product-name", spec->product,
                                   "product-kind", spec->kind,
                                   "policyholder-id", spec->policyholder,
                                   "insured-id", spec->insured,
                                   "status", spec->status,
                                   "sum-insured", spec->sum_yuan * 100,
                                   "premium", spec->premium_yuan * 100,
                                   "frequency", spec->frequency,
                                   "effective-date", spec->effective,
                                   "payment-years", spec->payment_years,
                                   "term-years", spec->term_years,
                                   "next-due-date", spec->next_due,
                                   "servicing-staff-id", spec->staff,
                                   "servicing-staff-name", staff_name,
                                   "survival-option", spec->survival,
                                   NULL);

  if (spec->beneficiary != 0)
    bd_test_policy_designate (policy, BD_BENEFICIARY_DEATH, spec->beneficiary, 1,
                              BD_SHARE_WHOLE);
  return policy;
}

G_END_DECLS
