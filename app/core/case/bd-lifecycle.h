/* bd-lifecycle.h — a workflow's lifecycle as data: states, transitions, who may make them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "bd-permission.h"
#include "bd-types.h"

G_BEGIN_DECLS

#define BD_CASE_ERROR (bd_case_error_quark ())

typedef enum
{
  BD_CASE_ERROR_NO_TRANSITION,      /* the lifecycle has no such step from this state */
  BD_CASE_ERROR_NOT_ALLOWED,        /* the role may not make this step */
  BD_CASE_ERROR_FOUR_EYES,          /* the step must be made by someone else */
  BD_CASE_ERROR_REASON_REQUIRED,    /* the step needs a reason */
  BD_CASE_ERROR_DOCUMENTS_MISSING,  /* the step needs every required document */
  BD_CASE_ERROR_NOTHING_MISSING,    /* the step is for a case that lacks documents */
  BD_CASE_ERROR_REFUSED,            /* the workflow's own rules refuse it (the verdict) */
  BD_CASE_ERROR_NOT_FOUND,
  BD_CASE_ERROR_NOT_OPENER,         /* the step is the first responder's */
} BdCaseError;

GQuark bd_case_error_quark (void);

/* One state of a case. */
typedef struct
{
  const char *name;     /* stable, stored: "accepted" */
  const char *label;    /* N_(): for people */
  gboolean    open;     /* still being worked on: its deadlines run and it is queued */
} BdCaseState;

/* What a step asks of the case and of who takes it, beyond the permission. */
typedef enum
{
  BD_STEP_NEEDS_REASON       = 1 << 0,  /* a refusal, a withdrawal: said why, recorded */
  BD_STEP_FOUR_EYES          = 1 << 1,  /* not by whoever accepted the case (复核) */
  BD_STEP_DOCUMENTS_COMPLETE = 1 << 2,  /* every required document is received */
  BD_STEP_DOCUMENTS_MISSING  = 1 << 3,  /* some required document is missing */
  BD_STEP_IF_REVIEWED        = 1 << 4,  /* only for a case that needs review */
  BD_STEP_IF_NOT_REVIEWED    = 1 << 5,  /* only for a case that does not */
  BD_STEP_ACCEPTS            = 1 << 6,  /* whoever takes it accepted the case (受理) */
  BD_STEP_BY_OPENER          = 1 << 7,  /* only by whoever first took the case: the first
                                         * responder confirms the outcome (首问责任, 003) */
} BdStepRequires;

/* One step from a state to another. */
typedef struct
{
  const char     *from;
  const char     *to;
  const char     *label;       /* N_(): the button, "Approve" */
  BdPermission    permission;
  BdStepRequires  requires;
  const char     *source;      /* where the step's rule comes from */
  const char *const *starts;   /* the deadlines (rule names) it starts, NULL-terminated,
                                * or NULL */
  const char *const *meets;    /* the deadlines it meets, NULL-terminated, or NULL */
  const char *const *stops;    /* the deadlines it ends as no longer applying (a claim
                                * sent for investigation leaves the counter's 3 days) */
} BdCaseStep;

typedef struct
{
  const char        *initial;
  const BdCaseState *states;
  guint              n_states;
  const BdCaseStep  *steps;
  guint              n_steps;
} BdLifecycle;

/* What is known of the case and of who asks, when a step is checked. */
typedef struct
{
  BdRole       role;
  gint64       staff_id;
  gint64       accepted_by;          /* 0: nobody yet */
  gint64       opened_by;            /* who first took the case */
  gboolean     needs_review;
  gboolean     documents_complete;
  const char  *reason;
} BdStepFacts;

const BdCaseState *bd_lifecycle_find_state (const BdLifecycle *lifecycle,
                                            const char        *name);
const BdCaseStep  *bd_lifecycle_find_step  (const BdLifecycle *lifecycle,
                                            const char        *from,
                                            const char        *to);
/* Whether the case is still being worked on in @state (unknown states are closed). */
gboolean           bd_lifecycle_is_open    (const BdLifecycle *lifecycle,
                                            const char        *state);
/* The translated label of @state ("—" for an unknown one). */
const char        *bd_lifecycle_state_label (const BdLifecycle *lifecycle,
                                             const char        *state);
/* Whether the step from @from to @to may be taken with @facts; the error says why not in
 * a sentence for people (BD_CASE_ERROR_*). */
gboolean           bd_lifecycle_check_step (const BdLifecycle *lifecycle,
                                            const char        *from,
                                            const char        *to,
                                            const BdStepFacts *facts,
                                            GError           **error);
/* The steps @facts allow from @from, in the table's order: what the window offers. */
GPtrArray         *bd_lifecycle_list_steps (const BdLifecycle *lifecycle,
                                            const char        *from,
                                            const BdStepFacts *facts);

G_END_DECLS
