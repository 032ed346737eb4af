/* bd-beneficiary.h — one beneficiary designation of a policy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "bd-types.h"

G_BEGIN_DECLS

#define BD_TYPE_BENEFICIARY (bd_beneficiary_get_type ())

G_DECLARE_FINAL_TYPE (BdBeneficiary, bd_beneficiary, BD, BENEFICIARY, GObject)

/* A share is in basis points: 10000 is 100 %. */
#define BD_SHARE_WHOLE 10000

BdBeneficiary     *bd_beneficiary_new                (void);

gint64             bd_beneficiary_get_id             (BdBeneficiary     *self);
void               bd_beneficiary_set_id             (BdBeneficiary     *self,
                                                      gint64             id);
gint64             bd_beneficiary_get_policy_id      (BdBeneficiary     *self);
void               bd_beneficiary_set_policy_id      (BdBeneficiary     *self,
                                                      gint64             policy_id);
BdBeneficiaryKind  bd_beneficiary_get_kind           (BdBeneficiary     *self);
void               bd_beneficiary_set_kind           (BdBeneficiary     *self,
                                                      BdBeneficiaryKind  kind);
/* 0 when the beneficiaries are the legal heirs (法定). */
gint64             bd_beneficiary_get_customer_id    (BdBeneficiary     *self);
void               bd_beneficiary_set_customer_id    (BdBeneficiary     *self,
                                                      gint64             customer_id);
const char        *bd_beneficiary_get_name           (BdBeneficiary     *self);
void               bd_beneficiary_set_name           (BdBeneficiary     *self,
                                                      const char        *name);
gboolean           bd_beneficiary_get_legal_heirs    (BdBeneficiary     *self);
void               bd_beneficiary_set_legal_heirs    (BdBeneficiary     *self,
                                                      gboolean           legal_heirs);
/* Order (顺序): 1 is paid first. */
guint              bd_beneficiary_get_rank           (BdBeneficiary     *self);
void               bd_beneficiary_set_rank           (BdBeneficiary     *self,
                                                      guint              rank);
guint              bd_beneficiary_get_share          (BdBeneficiary     *self);
void               bd_beneficiary_set_share          (BdBeneficiary     *self,
                                                      guint              share);

G_END_DECLS
