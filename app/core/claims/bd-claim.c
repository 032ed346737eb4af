/* bd-claim.c — one claim report (理赔报案)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain holder of what the report says; what the counter checks is bd-claim-rules.c's,
 * the lifecycle the case's.
 */
#include "config.h"

#include "bd-claim.h"

G_DEFINE_QUARK (bd-claim-error-quark, bd_claim_error)

struct _BdClaim
{
  GObject          parent_instance;
  BdCase          *kase;
  gint64           insured_id;
  BdEventKind      kind;
  gint64           reporter_id;
  char            *reporter_name;
  char            *relation;
  char            *phone;
  char            *event_date;
  char            *event_time;
  char            *known_on;
  char            *place;
  char            *hospital;
  char            *description;
  BdChannel        channel;
  BdClaimDecision  decision;
  char            *decision_reason;
};

G_DEFINE_FINAL_TYPE (BdClaim, bd_claim, G_TYPE_OBJECT)

static void
bd_claim_finalize (GObject *object)
{
  BdClaim *self = BD_CLAIM (object);

  g_clear_object (&self->kase);
  g_free (self->reporter_name);
  g_free (self->relation);
  g_free (self->phone);
  g_free (self->event_date);
  g_free (self->event_time);
  g_free (self->known_on);
  g_free (self->place);
  g_free (self->hospital);
  g_free (self->description);
  g_free (self->decision_reason);
  G_OBJECT_CLASS (bd_claim_parent_class)->finalize (object);
}

static void
bd_claim_class_init (BdClaimClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bd_claim_finalize;
}

static void
bd_claim_init (BdClaim *self)
{
}

/* The kind's documents are required; a document of another kind asked before stays on
 * the list, no longer required, with what was ticked. */
static void
require_documents (BdClaim *self)
{
  BdChecklist *checklist = bd_case_get_checklist (self->kase);
  const char *const *wanted = bd_claim_documents_for (self->kind);
  GListModel *items = bd_checklist_get_items (checklist);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BdChecklistItem) item = g_list_model_get_item (items, i);

      bd_checklist_require (checklist, bd_checklist_item_get_kind (item), FALSE);
    }
  for (guint i = 0; wanted[i] != NULL; i++)
    bd_checklist_require (checklist, bd_claim_document_find (wanted[i]), TRUE);
}

BdClaim *
bd_claim_new (gint64      insured_id,
              BdEventKind kind)
{
  BdClaim *self = g_object_new (BD_TYPE_CLAIM, NULL);

  self->insured_id = insured_id;
  self->kind = kind;
  self->kase = bd_case_new (bd_claim_case_kind (), insured_id, 0);
  require_documents (self);
  return self;
}

#define GETTER(type, field, fallback)                                        \
  type                                                                       \
  bd_claim_get_##field (BdClaim *self)                                       \
  {                                                                          \
    g_return_val_if_fail (BD_IS_CLAIM (self), fallback);                     \
    return self->field;                                                      \
  }

#define STRING_SETTER(field)                                                 \
  void                                                                       \
  bd_claim_set_##field (BdClaim    *self,                                    \
                        const char *value)                                   \
  {                                                                          \
    g_return_if_fail (BD_IS_CLAIM (self));                                   \
    if (value != self->field)                                                \
      {                                                                      \
        g_free (self->field);                                                \
        self->field = g_strdup (value);                                      \
      }                                                                      \
  }

BdCase *
bd_claim_get_case (BdClaim *self)
{
  g_return_val_if_fail (BD_IS_CLAIM (self), NULL);
  return self->kase;
}

GETTER (gint64, insured_id, 0)
GETTER (BdEventKind, kind, BD_EVENT_ACCIDENT)
GETTER (gint64, reporter_id, 0)
GETTER (const char *, reporter_name, NULL)
GETTER (const char *, relation, NULL)
STRING_SETTER (relation)
GETTER (const char *, phone, NULL)
STRING_SETTER (phone)
GETTER (const char *, event_date, NULL)
STRING_SETTER (event_date)
GETTER (const char *, event_time, NULL)
STRING_SETTER (event_time)
GETTER (const char *, place, NULL)
STRING_SETTER (place)
GETTER (const char *, hospital, NULL)
STRING_SETTER (hospital)
GETTER (const char *, description, NULL)
STRING_SETTER (description)
GETTER (BdChannel, channel, BD_CHANNEL_COUNTER)
GETTER (BdClaimDecision, decision, BD_DECISION_NONE)
GETTER (const char *, decision_reason, NULL)
STRING_SETTER (known_on)

const char *
bd_claim_get_known_on (BdClaim *self)
{
  g_return_val_if_fail (BD_IS_CLAIM (self), NULL);
  return self->known_on != NULL && *self->known_on != '\0' ? self->known_on : self->event_date;
}

void
bd_claim_set_kind (BdClaim     *self,
                   BdEventKind  kind)
{
  g_return_if_fail (BD_IS_CLAIM (self));
  self->kind = kind;
  require_documents (self);
}

void
bd_claim_set_reporter (BdClaim    *self,
                       gint64      customer_id,
                       const char *name)
{
  g_return_if_fail (BD_IS_CLAIM (self));
  self->reporter_id = customer_id;
  if (name != self->reporter_name)
    {
      g_free (self->reporter_name);
      self->reporter_name = g_strdup (name);
    }
}

void
bd_claim_set_channel (BdClaim   *self,
                      BdChannel  channel)
{
  g_return_if_fail (BD_IS_CLAIM (self));
  self->channel = channel;
}

void
bd_claim_set_decision (BdClaim         *self,
                       BdClaimDecision  decision,
                       const char      *reason)
{
  g_return_if_fail (BD_IS_CLAIM (self));
  self->decision = decision;
  if (reason != self->decision_reason)
    {
      g_free (self->decision_reason);
      self->decision_reason = g_strdup (reason);
    }
}
