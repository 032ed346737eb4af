/* bd-case.h — one case of a workflow: its state, documents, deadlines and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bd-checklist.h"
#include "bd-deadline.h"
#include "bd-lifecycle.h"

G_BEGIN_DECLS

/* What a workflow tells the case machinery about its cases (a static description in the
 * workflow's catalogue): the claims, complaints and spot checks describe theirs the same
 * way the policy-change requests do. */
typedef struct
{
  const char           *area;            /* stored in case_file.area: "request" */
  const char           *number_prefix;   /* the case number: prefix, branch day, sequence */
  const BdLifecycle    *lifecycle;
  const BdDeadlineRule *deadlines;
  guint                 n_deadlines;
  const BdDocumentKind *documents;
  guint                 n_documents;
} BdCaseKind;

const BdDeadlineRule *bd_case_kind_find_deadline (const BdCaseKind *kind,
                                                  const char       *name);
const BdDocumentKind *bd_case_kind_find_document (const BdCaseKind *kind,
                                                  const char       *name);

/* One entry of a case's history: a step, a document ticked, a deadline extended or paused,
 * a change carried out. Never changed once written. */
#define BD_TYPE_CASE_EVENT (bd_case_event_get_type ())
G_DECLARE_FINAL_TYPE (BdCaseEvent, bd_case_event, BD, CASE_EVENT, GObject)

BdCaseEvent *bd_case_event_new            (const char  *at,
                                           gint64       staff_id,
                                           const char  *staff_name,
                                           const char  *what,
                                           const char  *from_state,
                                           const char  *to_state,
                                           const char  *detail,
                                           const char  *reason);
const char  *bd_case_event_get_at         (BdCaseEvent *self);  /* UTC, ISO 8601 */
gint64       bd_case_event_get_staff_id   (BdCaseEvent *self);
const char  *bd_case_event_get_staff_name (BdCaseEvent *self);
/* "opened", "step", "document", "deadline-extended", "deadline-paused",
 * "deadline-resumed", "changed". */
const char  *bd_case_event_get_what       (BdCaseEvent *self);
const char  *bd_case_event_get_from_state (BdCaseEvent *self);
const char  *bd_case_event_get_to_state   (BdCaseEvent *self);
const char  *bd_case_event_get_detail     (BdCaseEvent *self);
const char  *bd_case_event_get_reason     (BdCaseEvent *self);

#define BD_TYPE_CASE (bd_case_get_type ())
G_DECLARE_FINAL_TYPE (BdCase, bd_case, BD, CASE, GObject)

/* A new case of @kind in its initial state, not yet stored (id 0), about @customer_id
 * and @policy_id (0: none). */
BdCase           *bd_case_new                  (const BdCaseKind *kind,
                                                gint64            customer_id,
                                                gint64            policy_id);
const BdCaseKind *bd_case_get_kind             (BdCase           *self);
gint64            bd_case_get_id               (BdCase           *self);
/* Given by the store when the case is first written: "BQ202612030007". */
const char       *bd_case_get_number           (BdCase           *self);
gint64            bd_case_get_customer_id      (BdCase           *self);
gint64            bd_case_get_policy_id        (BdCase           *self);
const char       *bd_case_get_state            (BdCase           *self);
const char       *bd_case_get_state_label      (BdCase           *self);
gboolean          bd_case_is_open              (BdCase           *self);
gboolean          bd_case_get_needs_review     (BdCase           *self);
void              bd_case_set_needs_review     (BdCase           *self,
                                                gboolean          needs_review);
const char       *bd_case_get_opened_at        (BdCase           *self);
/* The branch day it was received on (ISO date): the deadlines count from it. */
const char       *bd_case_get_received_on      (BdCase           *self);
void              bd_case_set_received_on      (BdCase           *self,
                                                const char       *day);
gint64            bd_case_get_opened_by        (BdCase           *self);
gint64            bd_case_get_accepted_by      (BdCase           *self);
const char       *bd_case_get_accepted_by_name (BdCase           *self);
const char       *bd_case_get_closed_at        (BdCase           *self);
BdChecklist      *bd_case_get_checklist        (BdCase           *self);
/* The deadlines started so far (BdDeadline), in the order started. */
GPtrArray        *bd_case_get_deadlines        (BdCase           *self);
BdDeadline       *bd_case_find_deadline        (BdCase           *self,
                                                const char       *rule);
/* The history, oldest first (BdCaseEvent). */
GListModel       *bd_case_get_history          (BdCase           *self);
/* What the lifecycle needs to know of this case when @staff_id of @role asks for a step. */
void              bd_case_get_step_facts       (BdCase           *self,
                                                BdRole            role,
                                                gint64            staff_id,
                                                const char       *reason,
                                                BdStepFacts      *facts);

G_END_DECLS
