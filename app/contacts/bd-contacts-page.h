/* bd-contacts-page.h — the customer's contacts: history, a new record, tracing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-customer-tab.h"

G_BEGIN_DECLS

#define BD_TYPE_CONTACTS_PAGE (bd_contacts_page_get_type ())

G_DECLARE_FINAL_TYPE (BdContactsPage, bd_contacts_page, BD, CONTACTS_PAGE, AdwBin)

/* The page is a BdCustomerTab: the customer page opens, clears, prints (the newest contact
 * slip) and keeps its draft through that interface. A slip of the history is printed
 * through the window's win.print-slip action. */

G_END_DECLS
