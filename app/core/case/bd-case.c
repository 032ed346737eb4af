/* bd-case.c — one case of a workflow: its state, documents, deadlines and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-case-private.h"

const BdDeadlineRule *
bd_case_kind_find_deadline (const BdCaseKind *kind,
                            const char       *name)
{
  for (guint i = 0; name != NULL && i < kind->n_deadlines; i++)
    if (g_str_equal (kind->deadlines[i].name, name))
      return &kind->deadlines[i];
  return NULL;
}

const BdDocumentKind *
bd_case_kind_find_document (const BdCaseKind *kind,
                            const char       *name)
{
  for (guint i = 0; name != NULL && i < kind->n_documents; i++)
    if (g_str_equal (kind->documents[i].name, name))
      return &kind->documents[i];
  return NULL;
}

struct _BdCaseEvent
{
  GObject  parent_instance;
  char    *at;
  gint64   staff_id;
  char    *staff_name;
  char    *what;
  char    *from_state;
  char    *to_state;
  char    *detail;
  char    *reason;
};

G_DEFINE_FINAL_TYPE (BdCaseEvent, bd_case_event, G_TYPE_OBJECT)

static void
bd_case_event_finalize (GObject *object)
{
  BdCaseEvent *self = BD_CASE_EVENT (object);

  g_free (self->at);
  g_free (self->staff_name);
  g_free (self->what);
  g_free (self->from_state);
  g_free (self->to_state);
  g_free (self->detail);
  g_free (self->reason);
  G_OBJECT_CLASS (bd_case_event_parent_class)->finalize (object);
}

static void
bd_case_event_class_init (BdCaseEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bd_case_event_finalize;
}

static void
bd_case_event_init (BdCaseEvent *self)
{
}

BdCaseEvent *
bd_case_event_new (const char *at,
                   gint64      staff_id,
                   const char *staff_name,
                   const char *what,
                   const char *from_state,
                   const char *to_state,
                   const char *detail,
                   const char *reason)
{
  BdCaseEvent *self = g_object_new (BD_TYPE_CASE_EVENT, NULL);

  self->at = g_strdup (at);
  self->staff_id = staff_id;
  self->staff_name = g_strdup (staff_name);
  self->what = g_strdup (what);
  self->from_state = g_strdup (from_state);
  self->to_state = g_strdup (to_state);
  self->detail = g_strdup (detail);
  self->reason = g_strdup (reason);
  return self;
}

#define EVENT_GETTER(type, field, fallback)                                  \
  type                                                                       \
  bd_case_event_get_##field (BdCaseEvent *self)                              \
  {                                                                          \
    g_return_val_if_fail (BD_IS_CASE_EVENT (self), fallback);                \
    return self->field;                                                      \
  }

EVENT_GETTER (const char *, at, NULL)
EVENT_GETTER (gint64, staff_id, 0)
EVENT_GETTER (const char *, staff_name, NULL)
EVENT_GETTER (const char *, what, NULL)
EVENT_GETTER (const char *, from_state, NULL)
EVENT_GETTER (const char *, to_state, NULL)
EVENT_GETTER (const char *, detail, NULL)
EVENT_GETTER (const char *, reason, NULL)

struct _BdCase
{
  GObject           parent_instance;
  const BdCaseKind *kind;
  gint64            id;
  char             *number;
  gint64            customer_id;
  gint64            policy_id;
  char             *state;
  gboolean          needs_review;
  char             *opened_at;
  char             *received_on;
  gint64            opened_by;
  gint64            accepted_by;
  char             *accepted_by_name;
  char             *closed_at;
  BdChecklist      *checklist;
  GPtrArray        *deadlines;
  GListStore       *history;
};

G_DEFINE_FINAL_TYPE (BdCase, bd_case, G_TYPE_OBJECT)

static void
bd_case_finalize (GObject *object)
{
  BdCase *self = BD_CASE (object);

  g_free (self->number);
  g_free (self->state);
  g_free (self->opened_at);
  g_free (self->received_on);
  g_free (self->accepted_by_name);
  g_free (self->closed_at);
  g_clear_object (&self->checklist);
  g_clear_pointer (&self->deadlines, g_ptr_array_unref);
  g_clear_object (&self->history);
  G_OBJECT_CLASS (bd_case_parent_class)->finalize (object);
}

static void
bd_case_class_init (BdCaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bd_case_finalize;
}

static void
bd_case_init (BdCase *self)
{
  self->checklist = bd_checklist_new ();
  self->deadlines = g_ptr_array_new_with_free_func (g_object_unref);
  self->history = g_list_store_new (BD_TYPE_CASE_EVENT);
}

BdCase *
bd_case_new (const BdCaseKind *kind,
             gint64            customer_id,
             gint64            policy_id)
{
  BdCase *self;

  g_return_val_if_fail (kind != NULL, NULL);

  self = g_object_new (BD_TYPE_CASE, NULL);
  self->kind = kind;
  self->customer_id = customer_id;
  self->policy_id = policy_id;
  self->state = g_strdup (kind->lifecycle->initial);
  return self;
}

#define CASE_GETTER(type, field, fallback)                                   \
  type                                                                       \
  bd_case_get_##field (BdCase *self)                                         \
  {                                                                          \
    g_return_val_if_fail (BD_IS_CASE (self), fallback);                      \
    return self->field;                                                      \
  }

CASE_GETTER (const BdCaseKind *, kind, NULL)
CASE_GETTER (gint64, id, 0)
CASE_GETTER (const char *, number, NULL)
CASE_GETTER (gint64, customer_id, 0)
CASE_GETTER (gint64, policy_id, 0)
CASE_GETTER (const char *, state, NULL)
CASE_GETTER (gboolean, needs_review, FALSE)
CASE_GETTER (const char *, opened_at, NULL)
CASE_GETTER (const char *, received_on, NULL)
CASE_GETTER (gint64, opened_by, 0)
CASE_GETTER (gint64, accepted_by, 0)
CASE_GETTER (const char *, accepted_by_name, NULL)
CASE_GETTER (const char *, closed_at, NULL)
CASE_GETTER (BdChecklist *, checklist, NULL)
CASE_GETTER (GPtrArray *, deadlines, NULL)

GListModel *
bd_case_get_history (BdCase *self)
{
  g_return_val_if_fail (BD_IS_CASE (self), NULL);
  return G_LIST_MODEL (self->history);
}

const char *
bd_case_get_state_label (BdCase *self)
{
  g_return_val_if_fail (BD_IS_CASE (self), NULL);
  return bd_lifecycle_state_label (self->kind->lifecycle, self->state);
}

gboolean
bd_case_is_open (BdCase *self)
{
  g_return_val_if_fail (BD_IS_CASE (self), FALSE);
  return bd_lifecycle_is_open (self->kind->lifecycle, self->state);
}

void
bd_case_set_needs_review (BdCase   *self,
                          gboolean  needs_review)
{
  g_return_if_fail (BD_IS_CASE (self));
  self->needs_review = !!needs_review;
}

void
bd_case_set_received_on (BdCase     *self,
                         const char *day)
{
  g_return_if_fail (BD_IS_CASE (self));
  g_free (self->received_on);
  self->received_on = g_strdup (day);
}

BdDeadline *
bd_case_find_deadline (BdCase     *self,
                       const char *rule)
{
  g_return_val_if_fail (BD_IS_CASE (self), NULL);

  for (guint i = 0; i < self->deadlines->len; i++)
    {
      BdDeadline *deadline = g_ptr_array_index (self->deadlines, i);

      if (g_strcmp0 (bd_deadline_get_rule (deadline)->name, rule) == 0)
        return deadline;
    }
  return NULL;
}

void
bd_case_get_step_facts (BdCase      *self,
                        BdRole       role,
                        gint64       staff_id,
                        const char  *reason,
                        BdStepFacts *facts)
{
  g_return_if_fail (BD_IS_CASE (self));

  facts->role = role;
  facts->staff_id = staff_id;
  facts->accepted_by = self->accepted_by;
  facts->opened_by = self->opened_by;
  facts->needs_review = self->needs_review;
  facts->documents_complete = bd_checklist_is_complete (self->checklist);
  facts->reason = reason;
}

void
bd_case_set_id (BdCase *self,
                gint64  id)
{
  self->id = id;
}

void
bd_case_set_number (BdCase     *self,
                    const char *number)
{
  g_free (self->number);
  self->number = g_strdup (number);
}

void
bd_case_set_state (BdCase     *self,
                   const char *state)
{
  g_free (self->state);
  self->state = g_strdup (state);
}

void
bd_case_set_opened (BdCase     *self,
                    const char *at,
                    gint64      staff_id)
{
  g_free (self->opened_at);
  self->opened_at = g_strdup (at);
  self->opened_by = staff_id;
}

void
bd_case_set_accepted_by (BdCase     *self,
                         gint64      staff_id,
                         const char *name)
{
  self->accepted_by = staff_id;
  g_free (self->accepted_by_name);
  self->accepted_by_name = g_strdup (name);
}

void
bd_case_set_closed_at (BdCase     *self,
                       const char *at)
{
  g_free (self->closed_at);
  self->closed_at = g_strdup (at);
}

void
bd_case_add_deadline (BdCase     *self,
                      BdDeadline *deadline)
{
  g_ptr_array_add (self->deadlines, g_object_ref (deadline));
}

void
bd_case_add_event (BdCase      *self,
                   BdCaseEvent *event)
{
  g_list_store_append (self->history, event);
}

void
bd_case_replace_contents (BdCase *self,
                          BdCase *other)
{
  g_set_object (&self->checklist, other->checklist);
  g_ptr_array_unref (self->deadlines);
  self->deadlines = g_ptr_array_ref (other->deadlines);
  g_set_object (&self->history, other->history);
}
