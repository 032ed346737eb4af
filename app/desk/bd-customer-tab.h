/* bd-customer-tab.h — a tab of the customer page: what every tab does for the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-customer.h"
#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_CUSTOMER_TAB (bd_customer_tab_get_type ())

G_DECLARE_INTERFACE (BdCustomerTab, bd_customer_tab, BD, CUSTOMER_TAB, GtkWidget)

struct _BdCustomerTabInterface
{
  GTypeInterface parent_iface;

  /* Optional: the default keeps no session. */
  void      (*set_session)       (BdCustomerTab  *self,
                                  BdSession      *session);
  /* Required: shows @customer, read by the page with their @policies (BdPolicy). */
  gboolean  (*open)              (BdCustomerTab  *self,
                                  BdCustomer     *customer,
                                  GListModel     *policies,
                                  GError        **error);
  /* Required: forgets the customer and everything typed for them. */
  void      (*clear)             (BdCustomerTab  *self);
  /* Optional: the default has nothing to print, and says nothing. */
  gboolean  (*print)             (BdCustomerTab  *self,
                                  GError        **error);
  /* Optional: the default asks dup_draft(). */
  gboolean  (*has_unsaved_input) (BdCustomerTab  *self);
  /* Optional: the default keeps no draft. */
  GVariant *(*dup_draft)         (BdCustomerTab  *self);
  void      (*restore_draft)     (BdCustomerTab  *self,
                                  GVariant       *draft);
  /* Optional: a tab that starts a policy-change request on a policy (the service card's
   * "Start a request", through the page's customer.start-request action). */
  void      (*start_request)     (BdCustomerTab  *self,
                                  gint64          policy_id);
};

void      bd_customer_tab_set_session       (BdCustomerTab  *self,
                                             BdSession      *session);
/* Shows @customer; @policies (BdPolicy) are theirs as the page read them, so that the
 * store is read once and every tab shows the same. */
gboolean  bd_customer_tab_open              (BdCustomerTab  *self,
                                             BdCustomer     *customer,
                                             GListModel     *policies,
                                             GError        **error);
/* Forgets the customer, what was typed included: nothing of theirs stays in a widget or
 * in the accessibility tree while the desk is locked. */
void      bd_customer_tab_clear             (BdCustomerTab  *self);
/* Ctrl+P on the tab: asks for what it shows to be printed (a win.* print action). FALSE
 * when the tab has nothing to print; @error, when set, says why, for the page to show. */
gboolean  bd_customer_tab_print             (BdCustomerTab  *self,
                                             GError        **error);
gboolean  bd_customer_tab_has_unsaved_input (BdCustomerTab  *self);
/* What was typed so far, to keep in memory while the desk is locked (NULL when nothing
 * was; never floating), and putting it back once the same customer is opened again. */
GVariant *bd_customer_tab_dup_draft         (BdCustomerTab  *self);
void      bd_customer_tab_restore_draft     (BdCustomerTab  *self,
                                             GVariant       *draft);

/* A tab that changed the customer or their policies activates the page's
 * "customer.changed" action: the page reads them again and every other tab shows them. */

/* Whether the tab starts requests, and starting one on @policy_id. */
gboolean  bd_customer_tab_can_start_request (BdCustomerTab  *self);
void      bd_customer_tab_start_request     (BdCustomerTab  *self,
                                             gint64          policy_id);

G_END_DECLS
