/* bd-requests-tab.h — the customer's policy-change requests (保全): list, form, request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-customer-tab.h"

G_BEGIN_DECLS

#define BD_TYPE_REQUESTS_TAB (bd_requests_tab_get_type ())

G_DECLARE_FINAL_TYPE (BdRequestsTab, bd_requests_tab, BD, REQUESTS_TAB, AdwBin)

/* A BdCustomerTab: the customer page registers it (bd_customer_page_add_tab()), opens and
 * clears it through that interface. */
GtkWidget *bd_requests_tab_new (void);

G_END_DECLS
