/* bd-customer-page.h — the customer on the desk: who they are and their policies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-customer.h"

G_BEGIN_DECLS

#define BD_TYPE_CUSTOMER_PAGE (bd_customer_page_get_type ())

G_DECLARE_FINAL_TYPE (BdCustomerPage, bd_customer_page, BD, CUSTOMER_PAGE, AdwBin)

GtkWidget *bd_customer_page_new  (void);
/* Shows @customer and @policies (a GListModel of BdPolicy). */
void       bd_customer_page_show (BdCustomerPage *self,
                                  BdCustomer     *customer,
                                  GListModel     *policies);

G_END_DECLS
