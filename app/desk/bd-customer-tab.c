/* bd-customer-tab.c — a tab of the customer page: what every tab does for the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The customer page opens, clears, prints and keeps the drafts of its tabs through this
 * interface, one tab after the other, without knowing what any of them shows. So a tab
 * added for a new workflow is cleared when the desk locks as the others are: the page
 * refuses a tab without clear() and open().
 */
#define G_LOG_DOMAIN "bd-customer-tab"

#include "config.h"

#include "bd-customer-tab.h"

G_DEFINE_INTERFACE (BdCustomerTab, bd_customer_tab, GTK_TYPE_WIDGET)

static void
real_set_session (BdCustomerTab *self,
                  BdSession     *session)
{
}

/* A tab without a form of its own: Ctrl+P does nothing there. */
static gboolean
real_print (BdCustomerTab  *self,
            GError        **error)
{
  return FALSE;
}

static gboolean
real_has_unsaved_input (BdCustomerTab *self)
{
  g_autoptr(GVariant) draft = bd_customer_tab_dup_draft (self);

  return draft != NULL;
}

static GVariant *
real_dup_draft (BdCustomerTab *self)
{
  return NULL;
}

static void
real_restore_draft (BdCustomerTab *self,
                    GVariant      *draft)
{
}

static void
bd_customer_tab_default_init (BdCustomerTabInterface *iface)
{
  iface->set_session = real_set_session;
  iface->print = real_print;
  iface->has_unsaved_input = real_has_unsaved_input;
  iface->dup_draft = real_dup_draft;
  iface->restore_draft = real_restore_draft;
}

void
bd_customer_tab_set_session (BdCustomerTab *self,
                             BdSession     *session)
{
  g_return_if_fail (BD_IS_CUSTOMER_TAB (self));
  g_return_if_fail (session == NULL || BD_IS_SESSION (session));

  BD_CUSTOMER_TAB_GET_IFACE (self)->set_session (self, session);
}

gboolean
bd_customer_tab_open (BdCustomerTab  *self,
                      BdCustomer     *customer,
                      GListModel     *policies,
                      GError        **error)
{
  g_return_val_if_fail (BD_IS_CUSTOMER_TAB (self), FALSE);
  g_return_val_if_fail (BD_IS_CUSTOMER (customer), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (policies), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return BD_CUSTOMER_TAB_GET_IFACE (self)->open (self, customer, policies, error);
}

void
bd_customer_tab_clear (BdCustomerTab *self)
{
  g_return_if_fail (BD_IS_CUSTOMER_TAB (self));

  BD_CUSTOMER_TAB_GET_IFACE (self)->clear (self);
}

gboolean
bd_customer_tab_print (BdCustomerTab  *self,
                       GError        **error)
{
  g_return_val_if_fail (BD_IS_CUSTOMER_TAB (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return BD_CUSTOMER_TAB_GET_IFACE (self)->print (self, error);
}

gboolean
bd_customer_tab_has_unsaved_input (BdCustomerTab *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER_TAB (self), FALSE);

  return BD_CUSTOMER_TAB_GET_IFACE (self)->has_unsaved_input (self);
}

GVariant *
bd_customer_tab_dup_draft (BdCustomerTab *self)
{
  GVariant *draft;

  g_return_val_if_fail (BD_IS_CUSTOMER_TAB (self), NULL);

  /* A tab may give a floating one: the caller always owns what it gets. */
  draft = BD_CUSTOMER_TAB_GET_IFACE (self)->dup_draft (self);
  return draft != NULL ? g_variant_take_ref (draft) : NULL;
}

void
bd_customer_tab_restore_draft (BdCustomerTab *self,
                               GVariant      *draft)
{
  g_return_if_fail (BD_IS_CUSTOMER_TAB (self));
  g_return_if_fail (draft != NULL);

  BD_CUSTOMER_TAB_GET_IFACE (self)->restore_draft (self, draft);
}

gboolean
bd_customer_tab_can_start_request (BdCustomerTab *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER_TAB (self), FALSE);

  return BD_CUSTOMER_TAB_GET_IFACE (self)->start_request != NULL;
}

void
bd_customer_tab_start_request (BdCustomerTab *self,
                               gint64         policy_id)
{
  g_return_if_fail (bd_customer_tab_can_start_request (self));

  BD_CUSTOMER_TAB_GET_IFACE (self)->start_request (self, policy_id);
}
