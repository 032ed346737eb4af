/* bd-slot-list.c — a list whose rows stay, and show whatever is at their place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's list views make a new row for every new item, and drop the row of every item
 * that goes: a search's results, replaced at each keystroke, cost a dozen new rows each
 * time (about 0.9 ms a row). A BdSlotList gives the list view slots instead — the same
 * objects from one model to the next — so the rows stay; each slot says when what is at
 * its place changed ("notify::item") and the row shows the new item. Items are read
 * from the model only when a row asks (bd_slot_dup_item()): a model that reads its items
 * lazily (BdCustomerList) still does.
 */
#define G_LOG_DOMAIN "bd-slot-list"

#include "config.h"

#include "bd-slot-list.h"

struct _BdSlot
{
  GObject     parent_instance;

  BdSlotList *list;      /* not a reference: the list owns its slots */
  guint       position;
};

struct _BdSlotList
{
  GObject     parent_instance;

  GListModel *model;
  GPtrArray  *slots;     /* BdSlot, made as they are first asked for */
  guint       n_items;
};

enum { PROP_SLOT_0, PROP_SLOT_ITEM, N_SLOT_PROPS };

static GParamSpec *slot_properties[N_SLOT_PROPS];

G_DEFINE_FINAL_TYPE (BdSlot, bd_slot, G_TYPE_OBJECT)

gpointer
bd_slot_dup_item (BdSlot *self)
{
  g_return_val_if_fail (BD_IS_SLOT (self), NULL);

  if (self->list == NULL || self->list->model == NULL || self->position >= self->list->n_items)
    return NULL;
  return g_list_model_get_item (self->list->model, self->position);
}

static void
bd_slot_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SLOT_ITEM:
      g_value_take_object (value, bd_slot_dup_item (BD_SLOT (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_slot_class_init (BdSlotClass *klass)
{
  G_OBJECT_CLASS (klass)->get_property = bd_slot_get_property;
  slot_properties[PROP_SLOT_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_SLOT_PROPS, slot_properties);
}

static void
bd_slot_init (BdSlot *self)
{
}

/* ── the list ── */

static GType
bd_slot_list_get_item_type (GListModel *list)
{
  return BD_TYPE_SLOT;
}

static guint
bd_slot_list_get_n_items (GListModel *list)
{
  return BD_SLOT_LIST (list)->n_items;
}

static gpointer
bd_slot_list_get_item (GListModel *list,
                       guint       position)
{
  BdSlotList *self = BD_SLOT_LIST (list);

  if (position >= self->n_items)
    return NULL;
  while (self->slots->len <= position)
    {
      BdSlot *slot = g_object_new (BD_TYPE_SLOT, NULL);

      slot->list = self;
      slot->position = self->slots->len;
      g_ptr_array_add (self->slots, slot);
    }
  return g_object_ref (g_ptr_array_index (self->slots, position));
}

static void
bd_slot_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = bd_slot_list_get_item_type;
  iface->get_n_items = bd_slot_list_get_n_items;
  iface->get_item = bd_slot_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (BdSlotList, bd_slot_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      bd_slot_list_list_model_init))

/* The slots made so far from @first on, below @end, show another item. */
static void
notify_slots (BdSlotList *self,
              guint       first,
              guint       end)
{
  for (guint i = first; i < MIN (end, self->slots->len); i++)
    g_object_notify_by_pspec (g_ptr_array_index (self->slots, i), slot_properties[PROP_SLOT_ITEM]);
}

/* The model's items from @position changed: the slots that stay say so, and the list
 * grows or shrinks by the difference only. */
static void
model_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        BdSlotList *self)
{
  guint kept = MIN (removed, added);

  self->n_items = self->n_items - removed + added;
  if (removed != added)
    g_list_model_items_changed (G_LIST_MODEL (self), position + kept, removed - kept,
                                added - kept);
  /* After the list's own change: a slot shows the item of its place in the new list. */
  if (removed != added)
    notify_slots (self, position, G_MAXUINT);
  else
    notify_slots (self, position, position + kept);
}

void
bd_slot_list_set_model (BdSlotList *self,
                        GListModel *model)
{
  guint removed;

  g_return_if_fail (BD_IS_SLOT_LIST (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_items_changed_cb, self);
  removed = self->n_items;
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect (model, "items-changed", G_CALLBACK (model_items_changed_cb), self);
  /* As if the old items went and the new came, one change. */
  model_items_changed_cb (model, 0, removed, model != NULL ? g_list_model_get_n_items (model) : 0,
                          self);
}

static void
bd_slot_list_dispose (GObject *object)
{
  BdSlotList *self = BD_SLOT_LIST (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_items_changed_cb, self);
  g_clear_object (&self->model);
  for (guint i = 0; self->slots != NULL && i < self->slots->len; i++)
    BD_SLOT (g_ptr_array_index (self->slots, i))->list = NULL;
  g_clear_pointer (&self->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (bd_slot_list_parent_class)->dispose (object);
}

static void
bd_slot_list_class_init (BdSlotListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bd_slot_list_dispose;
}

static void
bd_slot_list_init (BdSlotList *self)
{
  self->slots = g_ptr_array_new_with_free_func (g_object_unref);
}

BdSlotList *
bd_slot_list_new (void)
{
  return g_object_new (BD_TYPE_SLOT_LIST, NULL);
}
