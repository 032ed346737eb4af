/* bd-demo-claims.h — a year of claim reports in the demo branch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-demo-requests.h"

G_BEGIN_DECLS

/* Adds the year of claims to @requests' year (bd_demo_requests_add_workflow()): drawn
 * from a generator of their own seeded from @seed, so that the rest of the branch is
 * drawn as before, as of @today; written on the requests' days, freed with them. */
void bd_demo_claims_attach (BdDemoRequests *requests,
                            BdStore        *store,
                            guint32         seed,
                            const GDate    *today);

G_END_DECLS
