/* bd-checklist.c — the documents a case needs, and which of them the counter has
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-checklist.h"
#include "bd-lifecycle.h"

static const struct
{
  const char *name;
  const char *label;
} document_states[] = {
  [BD_DOCUMENT_MISSING] = { "missing", N_("Missing") },
  [BD_DOCUMENT_RECEIVED] = { "received", N_("Received") },
  [BD_DOCUMENT_NOT_APPLICABLE] = { "not-applicable", N_("Not applicable") },
};

const char *
bd_document_state_to_string (BdDocumentState state)
{
  g_return_val_if_fail (state <= BD_DOCUMENT_NOT_APPLICABLE, NULL);
  return document_states[state].name;
}

gboolean
bd_document_state_from_string (const char      *text,
                               BdDocumentState *state)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (document_states); i++)
    if (g_str_equal (document_states[i].name, text))
      {
        *state = i;
        return TRUE;
      }
  return FALSE;
}

const char *
bd_document_state_get_label (BdDocumentState state)
{
  g_return_val_if_fail (state <= BD_DOCUMENT_NOT_APPLICABLE, NULL);
  return _(document_states[state].label);
}

struct _BdChecklistItem
{
  GObject               parent_instance;
  const BdDocumentKind *kind;
  gboolean              required;
  BdDocumentState       state;
  gint64                staff_id;
  char                 *staff_name;
  char                 *at;
};

G_DEFINE_FINAL_TYPE (BdChecklistItem, bd_checklist_item, G_TYPE_OBJECT)

static void
bd_checklist_item_finalize (GObject *object)
{
  BdChecklistItem *self = BD_CHECKLIST_ITEM (object);

  g_free (self->staff_name);
  g_free (self->at);
  G_OBJECT_CLASS (bd_checklist_item_parent_class)->finalize (object);
}

static void
bd_checklist_item_class_init (BdChecklistItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bd_checklist_item_finalize;
}

static void
bd_checklist_item_init (BdChecklistItem *self)
{
}

const BdDocumentKind *
bd_checklist_item_get_kind (BdChecklistItem *self)
{
  g_return_val_if_fail (BD_IS_CHECKLIST_ITEM (self), NULL);
  return self->kind;
}

const char *
bd_checklist_item_get_label (BdChecklistItem *self)
{
  g_return_val_if_fail (BD_IS_CHECKLIST_ITEM (self), NULL);
  return _(self->kind->label);
}

gboolean
bd_checklist_item_get_required (BdChecklistItem *self)
{
  g_return_val_if_fail (BD_IS_CHECKLIST_ITEM (self), FALSE);
  return self->required;
}

BdDocumentState
bd_checklist_item_get_state (BdChecklistItem *self)
{
  g_return_val_if_fail (BD_IS_CHECKLIST_ITEM (self), BD_DOCUMENT_MISSING);
  return self->state;
}

gint64
bd_checklist_item_get_staff_id (BdChecklistItem *self)
{
  g_return_val_if_fail (BD_IS_CHECKLIST_ITEM (self), 0);
  return self->staff_id;
}

const char *
bd_checklist_item_get_staff_name (BdChecklistItem *self)
{
  g_return_val_if_fail (BD_IS_CHECKLIST_ITEM (self), NULL);
  return self->staff_name;
}

const char *
bd_checklist_item_get_at (BdChecklistItem *self)
{
  g_return_val_if_fail (BD_IS_CHECKLIST_ITEM (self), NULL);
  return self->at;
}

struct _BdChecklist
{
  GObject     parent_instance;
  GListStore *items;
};

G_DEFINE_FINAL_TYPE (BdChecklist, bd_checklist, G_TYPE_OBJECT)

static void
bd_checklist_dispose (GObject *object)
{
  g_clear_object (&BD_CHECKLIST (object)->items);
  G_OBJECT_CLASS (bd_checklist_parent_class)->dispose (object);
}

static void
bd_checklist_class_init (BdChecklistClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bd_checklist_dispose;
}

static void
bd_checklist_init (BdChecklist *self)
{
  self->items = g_list_store_new (BD_TYPE_CHECKLIST_ITEM);
}

BdChecklist *
bd_checklist_new (void)
{
  return g_object_new (BD_TYPE_CHECKLIST, NULL);
}

GListModel *
bd_checklist_get_items (BdChecklist *self)
{
  g_return_val_if_fail (BD_IS_CHECKLIST (self), NULL);
  return G_LIST_MODEL (self->items);
}

/* The item at @position, borrowed (the store keeps it). */
static BdChecklistItem *
item_at (BdChecklist *self,
         guint        position)
{
  BdChecklistItem *item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  g_object_unref (item);
  return item;
}

BdChecklistItem *
bd_checklist_find (BdChecklist *self,
                   const char  *name)
{
  guint n;

  g_return_val_if_fail (BD_IS_CHECKLIST (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (item_at (self, i)->kind->name, name) == 0)
      return item_at (self, i);
  return NULL;
}

void
bd_checklist_require (BdChecklist          *self,
                      const BdDocumentKind *kind,
                      gboolean              required)
{
  BdChecklistItem *item;

  g_return_if_fail (BD_IS_CHECKLIST (self));
  g_return_if_fail (kind != NULL);

  item = bd_checklist_find (self, kind->name);
  if (item != NULL)
    {
      item->required = required;
      return;
    }
  item = g_object_new (BD_TYPE_CHECKLIST_ITEM, NULL);
  item->kind = kind;
  item->required = required;
  g_list_store_append (self->items, item);
  g_object_unref (item);
}

gboolean
bd_checklist_set_state (BdChecklist     *self,
                        const char      *name,
                        BdDocumentState  state,
                        gint64           staff_id,
                        const char      *staff_name,
                        const char      *at,
                        GError         **error)
{
  BdChecklistItem *item;

  g_return_val_if_fail (BD_IS_CHECKLIST (self), FALSE);

  item = bd_checklist_find (self, name);
  if (item == NULL)
    {
      g_set_error (error, BD_CASE_ERROR, BD_CASE_ERROR_NOT_FOUND,
                   _("This request does not ask for that document"));
      return FALSE;
    }
  if (item->required && state == BD_DOCUMENT_NOT_APPLICABLE)
    {
      g_set_error (error, BD_CASE_ERROR, BD_CASE_ERROR_DOCUMENTS_MISSING,
                   _("“%s” is required: it is received or missing"), _(item->kind->label));
      return FALSE;
    }
  item->state = state;
  item->staff_id = staff_id;
  g_free (item->staff_name);
  item->staff_name = g_strdup (staff_name);
  g_free (item->at);
  item->at = g_strdup (at);
  return TRUE;
}

static GPtrArray *
list_where (BdChecklist     *self,
            BdDocumentState  state,
            gboolean         required_only)
{
  GPtrArray *found = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      BdChecklistItem *item = item_at (self, i);

      if (item->state == state && (item->required || !required_only))
        g_ptr_array_add (found, item);
    }
  return found;
}

gboolean
bd_checklist_is_complete (BdChecklist *self)
{
  g_autoptr(GPtrArray) missing = NULL;

  g_return_val_if_fail (BD_IS_CHECKLIST (self), FALSE);

  missing = list_where (self, BD_DOCUMENT_MISSING, TRUE);
  return missing->len == 0;
}

GPtrArray *
bd_checklist_list_missing (BdChecklist *self)
{
  g_return_val_if_fail (BD_IS_CHECKLIST (self), NULL);
  return list_where (self, BD_DOCUMENT_MISSING, TRUE);
}

GPtrArray *
bd_checklist_list_received (BdChecklist *self)
{
  g_return_val_if_fail (BD_IS_CHECKLIST (self), NULL);
  return list_where (self, BD_DOCUMENT_RECEIVED, FALSE);
}
