/* bd-customer-row.h — one customer in a list: name, masked identity, age, phone tail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "bd-customer.h"

G_BEGIN_DECLS

#define BD_TYPE_CUSTOMER_ROW (bd_customer_row_get_type ())

G_DECLARE_FINAL_TYPE (BdCustomerRow, bd_customer_row, BD, CUSTOMER_ROW, GtkWidget)

GtkWidget  *bd_customer_row_new          (void);
BdCustomer *bd_customer_row_get_customer (BdCustomerRow *self);
void        bd_customer_row_set_customer (BdCustomerRow *self,
                                          BdCustomer    *customer);

G_END_DECLS
