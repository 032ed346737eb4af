/* bd-claim-form.h — a claim report (理赔报案), checked as it is filled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-claim.h"
#include "bd-customer.h"
#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_CLAIM_FORM (bd_claim_form_get_type ())

G_DECLARE_FINAL_TYPE (BdClaimForm, bd_claim_form, BD, CLAIM_FORM, GtkBox)

GtkWidget *bd_claim_form_new           (void);
/* An empty report about @customer as the insured (a household member may be chosen). */
void       bd_claim_form_start         (BdClaimForm *self,
                                        BdSession   *session,
                                        BdCustomer  *customer);
GVariant  *bd_claim_form_dup_draft     (BdClaimForm *self);
void       bd_claim_form_restore_draft (BdClaimForm *self,
                                        GVariant    *draft);
void       bd_claim_form_clear         (BdClaimForm *self);

/* ::finished with the claim recorded, or NULL when the clerk cancels. */

G_END_DECLS
