/* bd-customer-page.h — the customer at the desk: header, household card, service card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-session.h"

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
/* Forgets the customer: no name, number or policy stays in any widget. */
void        bd_customer_page_clear        (BdCustomerPage *self);
BdCustomer *bd_customer_page_get_customer (BdCustomerPage *self);
/* Ctrl+P: prints what the tab shows — the household review sheet, or on Contacts & Slips
 * the newest contact slip. */
void        bd_customer_page_print        (BdCustomerPage *self);

/* The unsaved forms of the open customer's tabs, to keep in memory while the desk is
 * locked (NULL when nothing was typed), and putting them back after the same customer
 * is opened again. */
GVariant   *bd_customer_page_dup_draft     (BdCustomerPage *self);
void        bd_customer_page_restore_draft (BdCustomerPage *self,
                                            GVariant       *draft);
/* How far the page is scrolled down (0 at the top). */
double      bd_customer_page_get_scroll    (BdCustomerPage *self);

G_END_DECLS
