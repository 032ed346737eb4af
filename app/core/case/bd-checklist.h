/* bd-checklist.h — the documents a case needs, and which of them the counter has
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A kind of document a workflow asks for (a static table in the workflow's catalogue). */
typedef struct
{
  const char *name;     /* stable, stored: "id-copy" */
  const char *label;    /* N_(): as the customer is told it, on the notice too */
} BdDocumentKind;

typedef enum
{
  BD_DOCUMENT_MISSING,
  BD_DOCUMENT_RECEIVED,
  BD_DOCUMENT_NOT_APPLICABLE,
} BdDocumentState;

const char *bd_document_state_to_string   (BdDocumentState  state);
gboolean    bd_document_state_from_string (const char      *text,
                                           BdDocumentState *state);
const char *bd_document_state_get_label   (BdDocumentState  state);

#define BD_TYPE_CHECKLIST_ITEM (bd_checklist_item_get_type ())
G_DECLARE_FINAL_TYPE (BdChecklistItem, bd_checklist_item, BD, CHECKLIST_ITEM, GObject)

const BdDocumentKind *bd_checklist_item_get_kind       (BdChecklistItem *self);
const char           *bd_checklist_item_get_label      (BdChecklistItem *self); /* translated */
gboolean              bd_checklist_item_get_required   (BdChecklistItem *self);
BdDocumentState       bd_checklist_item_get_state      (BdChecklistItem *self);
/* Who ticked it last and when (UTC, ISO 8601): 0 and NULL until someone does. */
gint64                bd_checklist_item_get_staff_id   (BdChecklistItem *self);
const char           *bd_checklist_item_get_staff_name (BdChecklistItem *self);
const char           *bd_checklist_item_get_at         (BdChecklistItem *self);

#define BD_TYPE_CHECKLIST (bd_checklist_get_type ())
G_DECLARE_FINAL_TYPE (BdChecklist, bd_checklist, BD, CHECKLIST, GObject)

BdChecklist     *bd_checklist_new           (void);
/* Adds @kind (once: a second add changes whether it is required). */
void             bd_checklist_require       (BdChecklist          *self,
                                             const BdDocumentKind *kind,
                                             gboolean              required);
/* The items in the order required, a GListModel of BdChecklistItem. */
GListModel      *bd_checklist_get_items     (BdChecklist          *self);
BdChecklistItem *bd_checklist_find          (BdChecklist          *self,
                                             const char           *name);
/* Sets the state of the document @name; FALSE when the checklist has no such document.
 * A required document cannot be "not applicable". */
gboolean         bd_checklist_set_state     (BdChecklist          *self,
                                             const char           *name,
                                             BdDocumentState       state,
                                             gint64                staff_id,
                                             const char           *staff_name,
                                             const char           *at,
                                             GError              **error);
/* Every required document received. */
gboolean         bd_checklist_is_complete   (BdChecklist          *self);
/* The required documents still missing, in order (borrowed items): the one-time notice
 * lists exactly these (Insurance Law art. 22; 2010 rules art. 19: 一次性告知). */
GPtrArray       *bd_checklist_list_missing  (BdChecklist          *self);
/* The documents received, in order (borrowed items): the receipt lists these. */
GPtrArray       *bd_checklist_list_received (BdChecklist          *self);

G_END_DECLS
