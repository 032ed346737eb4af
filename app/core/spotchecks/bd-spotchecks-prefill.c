/* bd-spotchecks-prefill.c — the scorecard items a sampled record's own data decides
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each workflow's record is read through its own store (requests/, claims/, complaints/),
 * and each item decided by the rule the workflow itself keeps: a request accepted was
 * judged by the core (bd_requests_store_take_step() refuses what the rules refuse); a
 * deadline met on or before its due day was kept; a form printed left its audit row.
 */
#include "config.h"

#include "bd-calendar.h"
#include "bd-case-store.h"
#include "bd-claims-store.h"
#include "bd-complaints-store.h"
#include "bd-request-rules.h"
#include "bd-requests-store.h"
#include "bd-spotchecks-prefill.h"
#include "bd-spotchecks-store.h"

static void
add (GArray        *prefill,
     const char    *key,
     BdScoreResult  result)
{
  BdPrefill item = { key, result };

  g_array_append_val (prefill, item);
}

static BdScoreResult
pass_if (gboolean condition)
{
  return condition ? BD_SCORE_PASS : BD_SCORE_FAIL;
}

/* A deadline kept: met on or before its due day; missed: met late, or overdue now;
 * stopped because it no longer applied: not applicable; still running: not known. */
static BdScoreResult
deadline_result (BdCase      *kase,
                 const char  *rule,
                 const GDate *today)
{
  BdDeadline *deadline = bd_case_find_deadline (kase, rule);
  BdCalendar *calendar = bd_calendar_get_default ();

  if (deadline == NULL)
    return BD_SCORE_NOT_APPLICABLE;
  switch (bd_deadline_get_state (deadline, calendar, today, NULL))
    {
    case BD_DEADLINE_MET:
      return pass_if (!bd_deadline_was_late (deadline, calendar));
    case BD_DEADLINE_OVERDUE:
      return BD_SCORE_FAIL;
    case BD_DEADLINE_PENDING:
    case BD_DEADLINE_DUE_SOON:
    case BD_DEADLINE_PAUSED:
    case BD_DEADLINE_UNKNOWN:
    default:
      return BD_SCORE_UNSCORED;
    }
}

static gboolean
prefill_request (BdStore  *store,
                 gint64    case_id,
                 GArray   *prefill,
                 GError  **error)
{
  g_autoptr(BdRequest) request = bd_requests_store_get (store, case_id, error);
  BdCase *kase;
  gint64 acting;
  gboolean printed;
  GDate today, received, valid;

  if (request == NULL
      || !bd_spotchecks_store_was_printed (store, "request-receipt-printed", case_id, &printed,
                                           error))
    return FALSE;
  kase = bd_request_get_case (request);
  bd_store_get_today (store, &today);
  acting = bd_request_get_guardian_id (request) != 0 ? bd_request_get_guardian_id (request)
                                                     : bd_request_get_applicant_id (request);
  add (prefill, "applicant-entitled",
       bd_case_get_accepted_by (kase) != 0 ? BD_SCORE_PASS : BD_SCORE_UNSCORED);
  add (prefill, "identity-valid",
       pass_if (!(bd_request_get_document_type (request) == BD_DOCUMENT_HOUSEHOLD_REGISTER
                  && !bd_request_get_document_photo (request))
                && (!bd_date_parse_iso (bd_request_get_document_valid (request), &valid)
                    || !bd_date_parse_iso (bd_case_get_received_on (kase), &received)
                    || g_date_compare (&valid, &received) >= 0)));
  add (prefill, "documents-complete",
       bd_case_get_accepted_by (kase) == 0 ? BD_SCORE_UNSCORED
       : pass_if (bd_checklist_is_complete (bd_case_get_checklist (kase))));
  add (prefill, "signed-in-person", pass_if (bd_request_get_signer_id (request) == acting));
  add (prefill, "within-target", deadline_result (kase, "request-carry-out", &today));
  add (prefill, "receipt-printed", pass_if (printed));
  return TRUE;
}

static gboolean
prefill_claim (BdStore  *store,
               gint64    case_id,
               GArray   *prefill,
               GError  **error)
{
  g_autoptr(BdClaim) claim = bd_claims_store_get (store, case_id, error);
  BdChecklist *checklist;
  gboolean noticed;
  GDate today;

  if (claim == NULL
      || !bd_spotchecks_store_was_printed (store, "claim-notice-printed", case_id, &noticed, error))
    return FALSE;
  bd_store_get_today (store, &today);
  checklist = bd_case_get_checklist (bd_claim_get_case (claim));
  add (prefill, "checklist-complete", pass_if (bd_checklist_is_complete (checklist)));
  /* A notice is owed while documents are missing (Insurance Law art. 22). */
  add (prefill, "one-notice",
       noticed ? BD_SCORE_PASS
       : bd_checklist_is_complete (checklist) ? BD_SCORE_NOT_APPLICABLE : BD_SCORE_FAIL);
  add (prefill, "decided-in-time",
       deadline_result (bd_claim_get_case (claim), "claim-decision-counter", &today));
  return TRUE;
}

static gboolean
prefill_complaint (BdStore  *store,
                   gint64    case_id,
                   GArray   *prefill,
                   GError  **error)
{
  g_autoptr(BdComplaint) complaint = bd_complaints_store_get (store, case_id, error);
  BdCase *kase;
  GDate today;

  if (complaint == NULL)
    return FALSE;
  kase = bd_complaint_get_case (complaint);
  bd_store_get_today (store, &today);
  add (prefill, "fields-recorded", pass_if (bd_complaint_validate (complaint, NULL)));
  add (prefill, "feedback-in-time", deadline_result (kase, "complaint-feedback", &today));
  /* 003: closed by whoever took it first (the lifecycle allows nobody else). */
  add (prefill, "first-responder",
       g_strcmp0 (bd_case_get_state (kase), "closed") == 0 ? BD_SCORE_PASS : BD_SCORE_UNSCORED);
  add (prefill, "misconduct-reported",
       !bd_complaint_needs_compliance (complaint) ? BD_SCORE_NOT_APPLICABLE
       : pass_if (bd_complaint_get_compliance_reported_at (complaint) != NULL));
  add (prefill, "return-visit",
       bd_complaint_get_satisfied (complaint) >= 0 ? BD_SCORE_PASS
       : bd_complaint_get_outcome (complaint) != NULL ? BD_SCORE_FAIL : BD_SCORE_UNSCORED);
  return TRUE;
}

GArray *
bd_spotchecks_prefill (BdStore     *store,
                       BdWorkKind   kind,
                       gint64       record_id,
                       GError     **error)
{
  g_autoptr(GArray) prefill = g_array_new (FALSE, FALSE, sizeof (BdPrefill));
  gboolean ok = TRUE;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  switch (kind)
    {
    case BD_WORK_REQUEST:
      ok = prefill_request (store, record_id, prefill, error);
      break;
    case BD_WORK_CLAIM:
      ok = prefill_claim (store, record_id, prefill, error);
      break;
    case BD_WORK_COMPLAINT:
      ok = prefill_complaint (store, record_id, prefill, error);
      break;
    case BD_WORK_CONTACT:
      /* A contact record sampled is one logged (on the service card). */
      add (prefill, "logged", BD_SCORE_PASS);
      break;
    case BD_WORK_ETIQUETTE:
    default:
      break;
    }
  return ok ? g_steal_pointer (&prefill) : NULL;
}
