/* bd-complaint.c — one complaint or consultation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-complaint.h"

G_DEFINE_QUARK (bd-complaint-error-quark, bd_complaint_error)

struct _BdComplaint
{
  GObject              parent_instance;
  BdCase              *kase;
  gboolean             consultation;
  gint64               complainant_id;
  char                *complainant_name;
  char                *relation;
  char                *phone;
  gint64               staff_concerned;
  BdComplaintChannel   channel;
  BdComplaintCategory  category;
  char                *description;
  char                *asks_for;
  gboolean             urgent;
  guint                people;
  gint64               owner_id;
  gint64               pending_owner_id;
  char                *owner_name;
  char                *pending_owner_name;
  char                *facts;
  char                *grounds;
  char                *outcome;
  int                  satisfied;
  char                *visit_note;
  char                *root_cause;
  char                *measures;
  char                *compliance_reported_at;
};

G_DEFINE_FINAL_TYPE (BdComplaint, bd_complaint, G_TYPE_OBJECT)

static void
bd_complaint_finalize (GObject *object)
{
  BdComplaint *self = BD_COMPLAINT (object);

  g_clear_object (&self->kase);
  g_free (self->complainant_name);
  g_free (self->relation);
  g_free (self->owner_name);
  g_free (self->pending_owner_name);
  g_free (self->phone);
  g_free (self->description);
  g_free (self->asks_for);
  g_free (self->facts);
  g_free (self->grounds);
  g_free (self->outcome);
  g_free (self->visit_note);
  g_free (self->root_cause);
  g_free (self->measures);
  g_free (self->compliance_reported_at);
  G_OBJECT_CLASS (bd_complaint_parent_class)->finalize (object);
}

static void
bd_complaint_class_init (BdComplaintClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bd_complaint_finalize;
}

static void
bd_complaint_init (BdComplaint *self)
{
  self->people = 1;
  self->satisfied = -1;
}

BdComplaint *
bd_complaint_new (gboolean consultation,
                  gint64   customer_id,
                  gint64   policy_id)
{
  BdComplaint *self = g_object_new (BD_TYPE_COMPLAINT, NULL);

  self->consultation = !!consultation;
  self->kase = bd_case_new (consultation ? bd_consultation_case_kind ()
                                         : bd_complaint_case_kind (), customer_id, policy_id);
  return self;
}

static void
replace (char       **field,
         const char  *value)
{
  if (value != *field)
    {
      g_free (*field);
      *field = g_strdup (value);
    }
}

#define GETTER(type, name, field, fallback)                                  \
  type                                                                       \
  bd_complaint_get_##name (BdComplaint *self)                                \
  {                                                                          \
    g_return_val_if_fail (BD_IS_COMPLAINT (self), fallback);                 \
    return self->field;                                                      \
  }

#define STRING_SETTER(field)                                                 \
  void                                                                       \
  bd_complaint_set_##field (BdComplaint *self,                               \
                            const char  *value)                              \
  {                                                                          \
    g_return_if_fail (BD_IS_COMPLAINT (self));                               \
    replace (&self->field, value);                                           \
  }

#define VALUE_SETTER(type, field)                                            \
  void                                                                       \
  bd_complaint_set_##field (BdComplaint *self,                               \
                            type         value)                              \
  {                                                                          \
    g_return_if_fail (BD_IS_COMPLAINT (self));                               \
    self->field = value;                                                     \
  }

GETTER (BdCase *, case, kase, NULL)
GETTER (gint64, complainant_id, complainant_id, 0)
GETTER (const char *, complainant_name, complainant_name, NULL)
GETTER (const char *, relation, relation, NULL)
STRING_SETTER (relation)
GETTER (const char *, phone, phone, NULL)
STRING_SETTER (phone)
GETTER (gint64, staff_concerned, staff_concerned, 0)
VALUE_SETTER (gint64, staff_concerned)
GETTER (BdComplaintChannel, channel, channel, BD_COMPLAINT_VISIT)
VALUE_SETTER (BdComplaintChannel, channel)
GETTER (BdComplaintCategory, category, category, BD_COMPLAINT_OTHER)
VALUE_SETTER (BdComplaintCategory, category)
GETTER (const char *, description, description, NULL)
STRING_SETTER (description)
GETTER (const char *, asks_for, asks_for, NULL)
STRING_SETTER (asks_for)
GETTER (gboolean, urgent, urgent, FALSE)
VALUE_SETTER (gboolean, urgent)
GETTER (guint, people, people, 1)
VALUE_SETTER (guint, people)
GETTER (gint64, owner_id, owner_id, 0)
GETTER (gint64, pending_owner_id, pending_owner_id, 0)
GETTER (const char *, owner_name, owner_name, NULL)
GETTER (const char *, pending_owner_name, pending_owner_name, NULL)
GETTER (const char *, facts, facts, NULL)
GETTER (const char *, grounds, grounds, NULL)
GETTER (const char *, outcome, outcome, NULL)
GETTER (int, satisfied, satisfied, -1)
GETTER (const char *, visit_note, visit_note, NULL)
GETTER (const char *, root_cause, root_cause, NULL)
GETTER (const char *, measures, measures, NULL)
GETTER (const char *, compliance_reported_at, compliance_reported_at, NULL)
STRING_SETTER (compliance_reported_at)

gboolean
bd_complaint_needs_compliance (BdComplaint *self)
{
  g_return_val_if_fail (BD_IS_COMPLAINT (self), FALSE);
  return !self->consultation && self->category == BD_COMPLAINT_AGENT_MISCONDUCT;
}

gboolean
bd_complaint_is_consultation (BdComplaint *self)
{
  g_return_val_if_fail (BD_IS_COMPLAINT (self), FALSE);
  return self->consultation;
}

gboolean
bd_complaint_is_major (BdComplaint *self)
{
  g_return_val_if_fail (BD_IS_COMPLAINT (self), FALSE);
  return !self->consultation && self->people >= BD_COMPLAINT_MAJOR_PEOPLE;
}

void
bd_complaint_set_complainant (BdComplaint *self,
                              gint64       customer_id,
                              const char  *name)
{
  g_return_if_fail (BD_IS_COMPLAINT (self));
  self->complainant_id = customer_id;
  replace (&self->complainant_name, name);
}

void
bd_complaint_set_owners (BdComplaint *self,
                         gint64       owner_id,
                         gint64       pending_owner_id)
{
  g_return_if_fail (BD_IS_COMPLAINT (self));
  self->owner_id = owner_id;
  self->pending_owner_id = pending_owner_id;
}

void
bd_complaint_set_owner_names (BdComplaint *self,
                              const char  *owner_name,
                              const char  *pending_owner_name)
{
  g_return_if_fail (BD_IS_COMPLAINT (self));
  replace (&self->owner_name, owner_name);
  replace (&self->pending_owner_name, pending_owner_name);
}

void
bd_complaint_set_decision (BdComplaint *self,
                           const char  *facts,
                           const char  *grounds,
                           const char  *outcome)
{
  g_return_if_fail (BD_IS_COMPLAINT (self));
  replace (&self->facts, facts);
  replace (&self->grounds, grounds);
  replace (&self->outcome, outcome);
}

void
bd_complaint_set_visit (BdComplaint *self,
                        int          satisfied,
                        const char  *note)
{
  g_return_if_fail (BD_IS_COMPLAINT (self));
  self->satisfied = satisfied < 0 ? -1 : !!satisfied;
  replace (&self->visit_note, note);
}

const char *
bd_complaint_satisfaction_get_label (int satisfied)
{
  if (satisfied < 0)
    return _("No answer yet");
  return satisfied ? _("Satisfied") : _("Not satisfied");
}

void
bd_complaint_set_remedy (BdComplaint *self,
                         const char  *root_cause,
                         const char  *measures)
{
  g_return_if_fail (BD_IS_COMPLAINT (self));
  replace (&self->root_cause, root_cause);
  replace (&self->measures, measures);
}
