/* bd-reveal-model.c — a list shown a screenful first, the rest a few rows a frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's list views make a row for up to 200 items around what is visible: a list of
 * fifty results builds fifty rows before its first frame, where a dozen show. This model
 * lets the first frame carry a screenful, and the rows below the fold come in the frames
 * after (the pattern every list of the desk uses: the issue "The desk feels instant").
 */
#define G_LOG_DOMAIN "bd-reveal-model"

#include "config.h"

#include "bd-reveal-model.h"

struct _BdRevealModel
{
  GObject     parent_instance;

  GListModel *model;
  guint       revealed;
  guint       first;
  guint       step;
  guint       idle_id;
};

static GType
bd_reveal_model_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (BD_REVEAL_MODEL (list)->model);
}

static guint
bd_reveal_model_get_n_items (GListModel *list)
{
  return BD_REVEAL_MODEL (list)->revealed;
}

static gpointer
bd_reveal_model_get_item (GListModel *list,
                          guint       position)
{
  BdRevealModel *self = BD_REVEAL_MODEL (list);

  return position < self->revealed ? g_list_model_get_item (self->model, position) : NULL;
}

static void
bd_reveal_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = bd_reveal_model_get_item_type;
  iface->get_n_items = bd_reveal_model_get_n_items;
  iface->get_item = bd_reveal_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (BdRevealModel, bd_reveal_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      bd_reveal_model_list_model_init))

static gboolean
reveal_more_cb (gpointer data)
{
  BdRevealModel *self = data;
  guint total = g_list_model_get_n_items (self->model);
  guint before = self->revealed;

  self->revealed = MIN (total, before + self->step);
  if (self->revealed > before)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 0, self->revealed - before);
  if (self->revealed < total)
    return G_SOURCE_CONTINUE;
  self->idle_id = 0;
  return G_SOURCE_REMOVE;
}

/* Shows the first items again, and the rest later: the whole list changed. */
static void
restart (BdRevealModel *self)
{
  guint total = g_list_model_get_n_items (self->model);
  guint before = self->revealed;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->revealed = MIN (total, self->first);
  if (before > 0 || self->revealed > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, before, self->revealed);
  /* Below the redraw's priority: each step waits for the frame before it. */
  if (self->revealed < total)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reveal_more_cb, self, NULL);
}

static void
model_items_changed_cb (GListModel    *model,
                        guint          position,
                        guint          removed,
                        guint          added,
                        BdRevealModel *self)
{
  restart (self);
}

static void
bd_reveal_model_dispose (GObject *object)
{
  BdRevealModel *self = BD_REVEAL_MODEL (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (bd_reveal_model_parent_class)->dispose (object);
}

static void
bd_reveal_model_class_init (BdRevealModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bd_reveal_model_dispose;
}

static void
bd_reveal_model_init (BdRevealModel *self)
{
}

BdRevealModel *
bd_reveal_model_new (GListModel *model,
                     guint       first,
                     guint       step)
{
  BdRevealModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (first > 0 && step > 0, NULL);

  self = g_object_new (BD_TYPE_REVEAL_MODEL, NULL);
  self->model = g_object_ref (model);
  self->first = first;
  self->step = step;
  g_signal_connect (model, "items-changed", G_CALLBACK (model_items_changed_cb), self);
  restart (self);
  return self;
}
