/* bd-customer-list.c — search results, read from the store as they are shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A search answers with ids, found on indexes alone. A customer is read — the row, the
 * document, the mobile, the policy counts and badges — only when a list view binds a row
 * for it, so typing stays as fast as the indexes however many people a query matches.
 */
#define G_LOG_DOMAIN "bd-customer-list"

#include "config.h"

#include "bd-customer-list.h"
#include "bd-customers-store.h"

struct _BdCustomerList
{
  GObject     parent_instance;

  BdStore    *store;
  GArray     *ids;
  GPtrArray  *customers;   /* BdCustomer or NULL until first asked for */
};

static void list_model_iface_init (GListModelInterface *iface);

static void
unref_if_read (gpointer customer)
{
  if (customer != NULL)
    g_object_unref (customer);
}

G_DEFINE_FINAL_TYPE_WITH_CODE (BdCustomerList, bd_customer_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
bd_customer_list_get_item_type (GListModel *model)
{
  return BD_TYPE_CUSTOMER;
}

static guint
bd_customer_list_get_n_items (GListModel *model)
{
  return BD_CUSTOMER_LIST (model)->ids->len;
}

static gpointer
bd_customer_list_get_item (GListModel *model,
                           guint       position)
{
  BdCustomerList *self = BD_CUSTOMER_LIST (model);
  g_autoptr(GError) error = NULL;
  BdCustomer *customer;

  if (position >= self->ids->len)
    return NULL;

  customer = g_ptr_array_index (self->customers, position);
  if (customer == NULL)
    {
      customer = bd_store_get_customer (self->store, g_array_index (self->ids, gint64, position),
                                        &error);
      /* Gone since the search (another desk): an empty customer keeps the positions. */
      if (customer == NULL)
        {
          g_warning ("A customer found by the search cannot be read: %s", error->message);
          customer = bd_customer_new ();
        }
      g_ptr_array_index (self->customers, position) = customer;
    }
  return g_object_ref (customer);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = bd_customer_list_get_item_type;
  iface->get_n_items = bd_customer_list_get_n_items;
  iface->get_item = bd_customer_list_get_item;
}

static void
bd_customer_list_finalize (GObject *object)
{
  BdCustomerList *self = (BdCustomerList *)object;

  g_clear_pointer (&self->customers, g_ptr_array_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (bd_customer_list_parent_class)->finalize (object);
}

static void
bd_customer_list_class_init (BdCustomerListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bd_customer_list_finalize;
}

static void
bd_customer_list_init (BdCustomerList *self)
{
}

BdCustomerList *
bd_customer_list_new (BdStore      *store,
                      const GArray *ids)
{
  BdCustomerList *self;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (ids != NULL, NULL);

  self = g_object_new (BD_TYPE_CUSTOMER_LIST, NULL);
  self->store = g_object_ref (store);
  self->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), ids->len);
  g_array_append_vals (self->ids, ids->data, ids->len);
  self->customers = g_ptr_array_new_full (ids->len, unref_if_read);
  g_ptr_array_set_size (self->customers, ids->len);
  return self;
}
