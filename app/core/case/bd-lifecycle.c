/* bd-lifecycle.c — a workflow's lifecycle as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workflow describes its states and steps in a table (bd-request-catalogue.c for the
 * policy-change request); this file only reads tables. The store takes each step in one
 * transaction with its history entry and its audit row (bd-case-store.c).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-lifecycle.h"

G_DEFINE_QUARK (bd-case-error-quark, bd_case_error)

const BdCaseState *
bd_lifecycle_find_state (const BdLifecycle *lifecycle,
                         const char        *name)
{
  for (guint i = 0; name != NULL && i < lifecycle->n_states; i++)
    if (g_str_equal (lifecycle->states[i].name, name))
      return &lifecycle->states[i];
  return NULL;
}

const BdCaseStep *
bd_lifecycle_find_step (const BdLifecycle *lifecycle,
                        const char        *from,
                        const char        *to)
{
  for (guint i = 0; from != NULL && to != NULL && i < lifecycle->n_steps; i++)
    if (g_str_equal (lifecycle->steps[i].from, from) && g_str_equal (lifecycle->steps[i].to, to))
      return &lifecycle->steps[i];
  return NULL;
}

gboolean
bd_lifecycle_is_open (const BdLifecycle *lifecycle,
                      const char        *state)
{
  const BdCaseState *found = bd_lifecycle_find_state (lifecycle, state);

  return found != NULL && found->open;
}

const char *
bd_lifecycle_state_label (const BdLifecycle *lifecycle,
                          const char        *state)
{
  const BdCaseState *found = bd_lifecycle_find_state (lifecycle, state);

  return found != NULL ? _(found->label) : "—";
}

/* Whether the step is one this case takes at all (a review step for a case without
 * review is not a step of it), before asking who takes it. */
static gboolean
step_applies (const BdCaseStep  *step,
              const BdStepFacts *facts)
{
  if ((step->requires & BD_STEP_IF_REVIEWED) && !facts->needs_review)
    return FALSE;
  if ((step->requires & BD_STEP_IF_NOT_REVIEWED) && facts->needs_review)
    return FALSE;
  return TRUE;
}

static gboolean
check_documents (const BdCaseStep  *step,
                 const BdStepFacts *facts,
                 GError           **error)
{
  if ((step->requires & BD_STEP_DOCUMENTS_COMPLETE) && !facts->documents_complete)
    {
      g_set_error (error, BD_CASE_ERROR, BD_CASE_ERROR_DOCUMENTS_MISSING,
                   _("“%s” needs every required document; tick the documents received or "
                     "give the customer the notice of what is missing"), _(step->label));
      return FALSE;
    }
  if ((step->requires & BD_STEP_DOCUMENTS_MISSING) && facts->documents_complete)
    {
      g_set_error (error, BD_CASE_ERROR, BD_CASE_ERROR_NOTHING_MISSING,
                   _("Every required document has been received: nothing to wait for"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_person (const BdCaseStep  *step,
              const BdStepFacts *facts,
              GError           **error)
{
  if (!bd_role_may (facts->role, step->permission))
    {
      g_set_error (error, BD_CASE_ERROR, BD_CASE_ERROR_NOT_ALLOWED,
                   _("Your role may not “%s”"), _(step->label));
      return FALSE;
    }
  /* Review by a second person, never the one who accepted (domain.md §3; 002 复核). */
  if ((step->requires & BD_STEP_FOUR_EYES) && facts->accepted_by == facts->staff_id)
    {
      g_set_error (error, BD_CASE_ERROR, BD_CASE_ERROR_FOUR_EYES,
                   _("“%s” must be done by someone other than the person who accepted the "
                     "request"), _(step->label));
      return FALSE;
    }
  if ((step->requires & BD_STEP_BY_OPENER) && facts->opened_by != facts->staff_id)
    {
      g_set_error (error, BD_CASE_ERROR, BD_CASE_ERROR_NOT_OPENER,
                   _("“%s” is confirmed by the staff member who first took the case "
                     "(first-responder responsibility, 003)"), _(step->label));
      return FALSE;
    }
  return TRUE;
}

gboolean
bd_lifecycle_check_step (const BdLifecycle *lifecycle,
                         const char        *from,
                         const char        *to,
                         const BdStepFacts *facts,
                         GError           **error)
{
  const BdCaseStep *step = bd_lifecycle_find_step (lifecycle, from, to);

  if (step == NULL || !step_applies (step, facts))
    {
      g_set_error (error, BD_CASE_ERROR, BD_CASE_ERROR_NO_TRANSITION,
                   _("A case that is “%s” cannot become “%s”"),
                   bd_lifecycle_state_label (lifecycle, from),
                   bd_lifecycle_state_label (lifecycle, to));
      return FALSE;
    }
  if (!check_person (step, facts, error) || !check_documents (step, facts, error))
    return FALSE;
  if ((step->requires & BD_STEP_NEEDS_REASON)
      && (facts->reason == NULL || *facts->reason == '\0'))
    {
      g_set_error (error, BD_CASE_ERROR, BD_CASE_ERROR_REASON_REQUIRED,
                   _("“%s” needs a reason"), _(step->label));
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
bd_lifecycle_list_steps (const BdLifecycle *lifecycle,
                         const char        *from,
                         const BdStepFacts *facts)
{
  GPtrArray *steps = g_ptr_array_new ();
  BdStepFacts asked = *facts;

  /* Offered when the person may take it; a missing reason is asked for when they do. */
  asked.reason = "-";
  for (guint i = 0; i < lifecycle->n_steps; i++)
    {
      const BdCaseStep *step = &lifecycle->steps[i];

      if (g_strcmp0 (step->from, from) == 0
          && bd_lifecycle_check_step (lifecycle, step->from, step->to, &asked, NULL))
        g_ptr_array_add (steps, (gpointer) step);
    }
  return steps;
}
