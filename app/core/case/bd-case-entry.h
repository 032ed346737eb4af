/* bd-case-entry.h — one row of the Queues' cases: an open case and one running deadline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "bd-deadline.h"

G_BEGIN_DECLS

#define BD_TYPE_CASE_ENTRY (bd_case_entry_get_type ())
G_DECLARE_FINAL_TYPE (BdCaseEntry, bd_case_entry, BD, CASE_ENTRY, GObject)

/* @rule may be NULL: the case has no running deadline. @due may be NULL or invalid: the
 * due day lies beyond the calendar. @due_state is the
 * deadline's state on the day the entry was read (pending, due soon, overdue, unknown). */
BdCaseEntry     *bd_case_entry_new               (gint64           case_id,
                                                  const char      *number,
                                                  const char      *area,
                                                  const char      *state,
                                                  gint64           customer_id,
                                                  const char      *customer_name,
                                                  const char      *rule,
                                                  const GDate     *due,
                                                  BdDeadlineState  due_state);
gint64           bd_case_entry_get_case_id       (BdCaseEntry     *self);
/* "BQ202612030007" */
const char      *bd_case_entry_get_number        (BdCaseEntry     *self);
/* The workflow's area ("request"), and the case's state as it stores it ("waiting"):
 * the workflow's BdCaseKind gives their labels. */
const char      *bd_case_entry_get_area          (BdCaseEntry     *self);
const char      *bd_case_entry_get_state         (BdCaseEntry     *self);
gint64           bd_case_entry_get_customer_id   (BdCaseEntry     *self);
const char      *bd_case_entry_get_customer_name (BdCaseEntry     *self);
/* The deadline's rule, by its stable name ("request-accept"). */
const char      *bd_case_entry_get_rule          (BdCaseEntry     *self);
/* FALSE (and @due invalid) when the due day is not known. */
gboolean         bd_case_entry_get_due           (BdCaseEntry     *self,
                                                  GDate           *due);
BdDeadlineState  bd_case_entry_get_due_state     (BdCaseEntry     *self);
/* Who owns the case now (NULL when the list does not say), and the workflow's mark of an
 * entry that must be seen at once ("Major complaint", NULL for none). */
const char      *bd_case_entry_get_owner_name    (BdCaseEntry     *self);
const char      *bd_case_entry_get_flag          (BdCaseEntry     *self);
void             bd_case_entry_set_owner_name    (BdCaseEntry     *self,
                                                  const char      *owner_name);
void             bd_case_entry_set_flag          (BdCaseEntry     *self,
                                                  const char      *flag);

G_END_DECLS
