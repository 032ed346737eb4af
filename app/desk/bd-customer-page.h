/* bd-customer-page.h — the customer at the desk: header, household card, service card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-customer-tab.h"

G_BEGIN_DECLS

#define BD_TYPE_CUSTOMER_PAGE (bd_customer_page_get_type ())

G_DECLARE_FINAL_TYPE (BdCustomerPage, bd_customer_page, BD, CUSTOMER_PAGE, AdwBin)

GtkWidget  *bd_customer_page_new          (void);
void        bd_customer_page_set_session  (BdCustomerPage *self,
                                           BdSession      *session);
/* Reads the customer, their policies and household afresh and shows them. */
gboolean    bd_customer_page_open         (BdCustomerPage *self,
                                           gint64          customer_id,
                                           GError        **error);
/* Forgets the customer: no name, number or policy stays in any widget, and every tab
 * forgets them too, what was typed included. */
void        bd_customer_page_clear        (BdCustomerPage *self);
/* Adds @tab after the others, as the stack page @name with @title and @icon_name; from
 * the next customer opened on, it is opened, cleared, printed and its draft kept with
 * the others. @name must be unique and not "tab". */
void        bd_customer_page_add_tab      (BdCustomerPage *self,
                                           BdCustomerTab  *tab,
                                           const char     *name,
                                           const char     *title,
                                           const char     *icon_name);
BdCustomer *bd_customer_page_get_customer (BdCustomerPage *self);
/* Ctrl+P: prints what the visible tab shows — the household review sheet, or on Contacts
 * & Slips the newest contact slip — or says why there is nothing to print. */
void        bd_customer_page_print        (BdCustomerPage *self);

/* The unsaved forms of the open customer's tabs, to keep in memory while the desk is
 * locked (NULL when nothing was typed), and putting them back after the same customer
 * is opened again. */
GVariant   *bd_customer_page_dup_draft     (BdCustomerPage *self);
void        bd_customer_page_restore_draft (BdCustomerPage *self,
                                            GVariant       *draft);
/* Whether any tab holds something typed and not saved. */
gboolean    bd_customer_page_has_unsaved_input (BdCustomerPage *self);
/* How far the page is scrolled down (0 at the top). */
double      bd_customer_page_get_scroll    (BdCustomerPage *self);

G_END_DECLS
