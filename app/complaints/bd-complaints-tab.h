/* bd-complaints-tab.h — the customer's complaints and consultations (投诉与咨询): list, form, page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-customer-tab.h"

G_BEGIN_DECLS

#define BD_TYPE_COMPLAINTS_TAB (bd_complaints_tab_get_type ())

G_DECLARE_FINAL_TYPE (BdComplaintsTab, bd_complaints_tab, BD, COMPLAINTS_TAB, AdwBin)

/* A BdCustomerTab: the customer page registers it (bd_customer_page_add_tab()), opens and
 * clears it through that interface. */
GtkWidget *bd_complaints_tab_new (void);

G_END_DECLS
