/* bd-slot-list.h — a list whose rows stay, and show whatever is at their place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BD_TYPE_SLOT (bd_slot_get_type ())

G_DECLARE_FINAL_TYPE (BdSlot, bd_slot, BD, SLOT, GObject)

/* What is at the slot's place now (a new reference), or NULL. "notify::item" says when
 * that changed. */
gpointer    bd_slot_dup_item       (BdSlot      *self);

#define BD_TYPE_SLOT_LIST (bd_slot_list_get_type ())

G_DECLARE_FINAL_TYPE (BdSlotList, bd_slot_list, BD, SLOT_LIST, GObject)

BdSlotList *bd_slot_list_new       (void);
/* Shows @model (NULL: nothing): the slots already shown keep their rows and tell them
 * their new item; only the difference in length is added or removed. */
void        bd_slot_list_set_model (BdSlotList  *self,
                                    GListModel  *model);

G_END_DECLS
