/* bd-policy.h — an insurance policy with its parties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bd-beneficiary.h"
#include "bd-types.h"

G_BEGIN_DECLS

#define BD_TYPE_POLICY (bd_policy_get_type ())

G_DECLARE_FINAL_TYPE (BdPolicy, bd_policy, BD, POLICY, GObject)

BdPolicy         *bd_policy_new                      (void);

gint64            bd_policy_get_id                   (BdPolicy         *self);
void              bd_policy_set_id                   (BdPolicy         *self,
                                                      gint64            id);
const char       *bd_policy_get_number               (BdPolicy         *self);
void              bd_policy_set_number               (BdPolicy         *self,
                                                      const char       *number);
gint64            bd_policy_get_product_id           (BdPolicy         *self);
void              bd_policy_set_product_id           (BdPolicy         *self,
                                                      gint64            product_id);
const char       *bd_policy_get_product_name         (BdPolicy         *self);
void              bd_policy_set_product_name         (BdPolicy         *self,
                                                      const char       *product_name);
BdProductKind     bd_policy_get_product_kind         (BdPolicy         *self);
void              bd_policy_set_product_kind         (BdPolicy         *self,
                                                      BdProductKind     product_kind);
gint64            bd_policy_get_policyholder_id      (BdPolicy         *self);
void              bd_policy_set_policyholder_id      (BdPolicy         *self,
                                                      gint64            policyholder_id);
const char       *bd_policy_get_policyholder_name    (BdPolicy         *self);
void              bd_policy_set_policyholder_name    (BdPolicy         *self,
                                                      const char       *policyholder_name);
gint64            bd_policy_get_insured_id           (BdPolicy         *self);
void              bd_policy_set_insured_id           (BdPolicy         *self,
                                                      gint64            insured_id);
const char       *bd_policy_get_insured_name         (BdPolicy         *self);
void              bd_policy_set_insured_name         (BdPolicy         *self,
                                                      const char       *insured_name);
/* Dates are ISO 8601 "YYYY-MM-DD"; NULL when not known. */
const char       *bd_policy_get_effective_date       (BdPolicy         *self);
void              bd_policy_set_effective_date       (BdPolicy         *self,
                                                      const char       *effective_date);
const char       *bd_policy_get_receipt_date         (BdPolicy         *self);
void              bd_policy_set_receipt_date         (BdPolicy         *self,
                                                      const char       *receipt_date);
/* 0 for whole life. */
guint             bd_policy_get_term_years           (BdPolicy         *self);
void              bd_policy_set_term_years           (BdPolicy         *self,
                                                      guint             term_years);
gint64            bd_policy_get_sum_insured          (BdPolicy         *self);
void              bd_policy_set_sum_insured          (BdPolicy         *self,
                                                      gint64            sum_insured_fen);
gint64            bd_policy_get_premium              (BdPolicy         *self);
void              bd_policy_set_premium              (BdPolicy         *self,
                                                      gint64            premium_fen);
BdFrequency       bd_policy_get_frequency            (BdPolicy         *self);
void              bd_policy_set_frequency            (BdPolicy         *self,
                                                      BdFrequency       frequency);
guint             bd_policy_get_payment_years        (BdPolicy         *self);
void              bd_policy_set_payment_years        (BdPolicy         *self,
                                                      guint             payment_years);
BdPaymentMethod   bd_policy_get_payment_method       (BdPolicy         *self);
void              bd_policy_set_payment_method       (BdPolicy         *self,
                                                      BdPaymentMethod   payment_method);
const char       *bd_policy_get_next_due_date        (BdPolicy         *self);
void              bd_policy_set_next_due_date        (BdPolicy         *self,
                                                      const char       *next_due_date);
gint64            bd_policy_get_servicing_staff_id   (BdPolicy         *self);
void              bd_policy_set_servicing_staff_id   (BdPolicy         *self,
                                                      gint64            servicing_staff_id);
const char       *bd_policy_get_servicing_staff_name (BdPolicy         *self);
void              bd_policy_set_servicing_staff_name (BdPolicy         *self,
                                                      const char       *servicing_staff_name);
const char       *bd_policy_get_original_agent       (BdPolicy         *self);
void              bd_policy_set_original_agent       (BdPolicy         *self,
                                                      const char       *original_agent);
const char       *bd_policy_get_transfer_reason      (BdPolicy         *self);
void              bd_policy_set_transfer_reason      (BdPolicy         *self,
                                                      const char       *transfer_reason);
BdSurvivalOption  bd_policy_get_survival_option      (BdPolicy         *self);
void              bd_policy_set_survival_option      (BdPolicy         *self,
                                                      BdSurvivalOption  survival_option);
const char       *bd_policy_get_account_number       (BdPolicy         *self);
void              bd_policy_set_account_number       (BdPolicy         *self,
                                                      const char       *account_number);
BdPolicyStatus    bd_policy_get_status               (BdPolicy         *self);
void              bd_policy_set_status               (BdPolicy         *self,
                                                      BdPolicyStatus    status);
BdServiceClass    bd_policy_get_service_class        (BdPolicy         *self);
void              bd_policy_set_service_class        (BdPolicy         *self,
                                                      BdServiceClass    service_class);

/* The beneficiaries, a GListModel of BdBeneficiary owned by the policy. */
GListModel       *bd_policy_get_beneficiaries        (BdPolicy         *self);
void              bd_policy_add_beneficiary          (BdPolicy         *self,
                                                      BdBeneficiary    *beneficiary);

G_END_DECLS
