/* bd-claims-tab.h — the claims (理赔) about the open customer as the insured
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-case.h"
#include "bd-customer-tab.h"

G_BEGIN_DECLS

#define BD_TYPE_CLAIMS_TAB (bd_claims_tab_get_type ())

G_DECLARE_FINAL_TYPE (BdClaimsTab, bd_claims_tab, BD, CLAIMS_TAB, AdwBin)

GtkWidget  *bd_claims_tab_new         (void);
/* The look of a claim's state (a bd-status-label style), for the list and the page. */
const char *bd_claims_tab_state_style (BdCase *kase);

G_END_DECLS
