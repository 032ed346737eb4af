/* bd-case-entry.c — one row of the Queues' cases: an open case and one running deadline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entry carries all its row shows, read in the query that reads the page: a row
 * never reads the case, its customer or its deadlines one at a time.
 */
#include "config.h"

#include "bd-case-entry.h"

struct _BdCaseEntry
{
  GObject          parent_instance;
  gint64           case_id;
  char            *number;
  char            *area;
  char            *state;
  gint64           customer_id;
  char            *customer_name;
  char            *rule;
  GDate            due;
  BdDeadlineState  due_state;
  char            *owner_name;
  char            *flag;
};

G_DEFINE_FINAL_TYPE (BdCaseEntry, bd_case_entry, G_TYPE_OBJECT)

static void
bd_case_entry_finalize (GObject *object)
{
  BdCaseEntry *self = BD_CASE_ENTRY (object);

  g_free (self->number);
  g_free (self->area);
  g_free (self->state);
  g_free (self->customer_name);
  g_free (self->rule);
  g_free (self->owner_name);
  g_free (self->flag);
  G_OBJECT_CLASS (bd_case_entry_parent_class)->finalize (object);
}

static void
bd_case_entry_class_init (BdCaseEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bd_case_entry_finalize;
}

static void
bd_case_entry_init (BdCaseEntry *self)
{
  g_date_clear (&self->due, 1);
}

BdCaseEntry *
bd_case_entry_new (gint64           case_id,
                   const char      *number,
                   const char      *area,
                   const char      *state,
                   gint64           customer_id,
                   const char      *customer_name,
                   const char      *rule,
                   const GDate     *due,
                   BdDeadlineState  due_state)
{
  BdCaseEntry *self = g_object_new (BD_TYPE_CASE_ENTRY, NULL);

  self->case_id = case_id;
  self->number = g_strdup (number);
  self->area = g_strdup (area);
  self->state = g_strdup (state);
  self->customer_id = customer_id;
  self->customer_name = g_strdup (customer_name);
  self->rule = g_strdup (rule);
  if (due != NULL && g_date_valid (due))
    self->due = *due;
  self->due_state = due_state;
  return self;
}

gint64
bd_case_entry_get_case_id (BdCaseEntry *self)
{
  g_return_val_if_fail (BD_IS_CASE_ENTRY (self), 0);
  return self->case_id;
}

const char *
bd_case_entry_get_number (BdCaseEntry *self)
{
  g_return_val_if_fail (BD_IS_CASE_ENTRY (self), NULL);
  return self->number;
}

const char *
bd_case_entry_get_area (BdCaseEntry *self)
{
  g_return_val_if_fail (BD_IS_CASE_ENTRY (self), NULL);
  return self->area;
}

const char *
bd_case_entry_get_state (BdCaseEntry *self)
{
  g_return_val_if_fail (BD_IS_CASE_ENTRY (self), NULL);
  return self->state;
}

gint64
bd_case_entry_get_customer_id (BdCaseEntry *self)
{
  g_return_val_if_fail (BD_IS_CASE_ENTRY (self), 0);
  return self->customer_id;
}

const char *
bd_case_entry_get_customer_name (BdCaseEntry *self)
{
  g_return_val_if_fail (BD_IS_CASE_ENTRY (self), NULL);
  return self->customer_name;
}

const char *
bd_case_entry_get_rule (BdCaseEntry *self)
{
  g_return_val_if_fail (BD_IS_CASE_ENTRY (self), NULL);
  return self->rule;
}

gboolean
bd_case_entry_get_due (BdCaseEntry *self,
                       GDate       *due)
{
  g_return_val_if_fail (BD_IS_CASE_ENTRY (self), FALSE);

  g_date_clear (due, 1);
  if (!g_date_valid (&self->due))
    return FALSE;
  *due = self->due;
  return TRUE;
}

BdDeadlineState
bd_case_entry_get_due_state (BdCaseEntry *self)
{
  g_return_val_if_fail (BD_IS_CASE_ENTRY (self), BD_DEADLINE_UNKNOWN);
  return self->due_state;
}

const char *
bd_case_entry_get_owner_name (BdCaseEntry *self)
{
  g_return_val_if_fail (BD_IS_CASE_ENTRY (self), NULL);
  return self->owner_name;
}

const char *
bd_case_entry_get_flag (BdCaseEntry *self)
{
  g_return_val_if_fail (BD_IS_CASE_ENTRY (self), NULL);
  return self->flag;
}

void
bd_case_entry_set_owner_name (BdCaseEntry *self,
                              const char  *owner_name)
{
  g_return_if_fail (BD_IS_CASE_ENTRY (self));
  g_free (self->owner_name);
  self->owner_name = g_strdup (owner_name);
}

void
bd_case_entry_set_flag (BdCaseEntry *self,
                        const char  *flag)
{
  g_return_if_fail (BD_IS_CASE_ENTRY (self));
  g_free (self->flag);
  self->flag = g_strdup (flag);
}
