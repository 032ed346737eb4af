/* bd-test-widgets.h — finding the window's widgets in the window tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-customer.h"

G_BEGIN_DECLS

GtkWidget   *bd_test_find_widget     (GtkWidget   *root,
                                      GType        type);
GtkWidget   *bd_test_find_button     (GtkWidget   *root,
                                      const char  *label);
GtkEditable *bd_test_find_entry_row  (GtkWidget   *root,
                                      const char  *title);
BdCustomer  *bd_test_find_in_results (GListModel  *results,
                                      const char  *name);

G_END_DECLS
