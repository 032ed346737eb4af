/* bd-customer-list.h — search results, read from the store as they are shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bd-store.h"

G_BEGIN_DECLS

#define BD_TYPE_CUSTOMER_LIST (bd_customer_list_get_type ())

G_DECLARE_FINAL_TYPE (BdCustomerList, bd_customer_list, BD, CUSTOMER_LIST, GObject)

/* A GListModel of BdCustomer over @ids (gint64, copied), each customer read from @store
 * the first time the list is asked for it. */
BdCustomerList *bd_customer_list_new (BdStore      *store,
                                      const GArray *ids);

G_END_DECLS
