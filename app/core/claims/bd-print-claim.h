/* bd-print-claim.h — the printed forms of a claim: the documents receipt, the one-time
 * notice of missing documents, the decision letter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-claim.h"
#include "bd-printed-form.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* 理赔申请材料签收单: what was received, and when. */
BdPrintedForm *bd_printed_form_new_claim_receipt  (BdStore  *store,
                                                   BdClaim  *claim,
                                                   GError  **error);
/* 一次性补充材料通知书: every required document still missing (Insurance Law art. 22);
 * refused (BD_CLAIM_ERROR) when none is. */
BdPrintedForm *bd_printed_form_new_claim_notice   (BdStore  *store,
                                                   BdClaim  *claim,
                                                   GError  **error);
/* The decision letter: the decision and its reason, and for a refusal the ways to seek
 * review (Insurance Law art. 24); refused before a decision is recorded. */
BdPrintedForm *bd_printed_form_new_claim_decision (BdStore  *store,
                                                   BdClaim  *claim,
                                                   GError  **error);

G_END_DECLS
