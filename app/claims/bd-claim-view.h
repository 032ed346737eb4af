/* bd-claim-view.h — one claim: its state, documents, deadlines, history, steps and paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-claim.h"
#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_CLAIM_VIEW (bd_claim_view_get_type ())

G_DECLARE_FINAL_TYPE (BdClaimView, bd_claim_view, BD, CLAIM_VIEW, GtkBox)

GtkWidget *bd_claim_view_new           (void);
void       bd_claim_view_show          (BdClaimView *self,
                                        BdSession   *session,
                                        BdClaim     *claim);
/* Previews the documents receipt of the claim shown (the window's print action). */
void       bd_claim_view_print_receipt (BdClaimView *self);
/* The keyboard at the top of the page, which scrolls there. */
void       bd_claim_view_focus         (BdClaimView *self);
void       bd_claim_view_clear         (BdClaimView *self);

/* ::back when the clerk goes back to the list; ::changed after a step or a document. */

G_END_DECLS
