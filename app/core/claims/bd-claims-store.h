/* bd-claims-store.h — claim reports in the database, and the checks that read it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-claim-rules.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* Everything the counter checks for @claim as it now stands (BdClaimCheck, in order):
 * each of the insured's policies on the event's day, a possible duplicate, the
 * limitation, and for a death who the benefit goes to. */
GPtrArray  *bd_claims_store_check      (BdStore     *store,
                                        BdClaim     *claim,
                                        GError     **error);
/* Whether the insured already has a claim of the same kind on the same day (other than
 * @claim itself, and not withdrawn): its number, or NULL. */
gboolean    bd_claims_store_find_duplicate (BdStore     *store,
                                            BdClaim     *claim,
                                            char       **number,
                                            GError     **error);
/* Writes a new report (its case opened "reported"); refused on the field that is wrong. */
gboolean    bd_claims_store_add        (BdStore     *store,
                                        BdClaim     *claim,
                                        gint64       staff_id,
                                        GError     **error);
BdClaim    *bd_claims_store_get        (BdStore     *store,
                                        gint64       case_id,
                                        GError     **error);
/* The claims about @insured_id, newest first (a GListModel of BdClaim). */
GListModel *bd_claims_store_list_of    (BdStore     *store,
                                        gint64       insured_id,
                                        GError     **error);
/* Takes the step to @to (bd_case_store_take_step()); a decision to pay records the
 * claim's decision (full or in part, in part with its reason), a decline its reason. */
gboolean    bd_claims_store_take_step  (BdStore     *store,
                                        BdClaim     *claim,
                                        const char  *to,
                                        gint64       staff_id,
                                        const char  *reason,
                                        GError     **error);

G_END_DECLS
