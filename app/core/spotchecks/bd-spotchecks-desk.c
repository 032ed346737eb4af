/* bd-spotchecks-desk.c — the desk's spot checks, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As every desk call: the session asks the permission table (BD_PERMISSION_SPOT_CHECKS,
 * a supervisor's, domain.md §1, §8) and writes in the signed-in staff member's name; the
 * store asks the role the database has once more. What counter staff may read — their
 * own results and findings, nobody else's — is decided here, not by the window.
 */
#include "config.h"

#include "bd-claims-store.h"
#include "bd-complaints-store.h"
#include "bd-print-spotchecks.h"
#include "bd-requests-store.h"
#include "bd-spotchecks-desk.h"
#include "bd-staff-store.h"

#define LIST_LIMIT 200

gboolean
bd_spotchecks_desk_may_check (BdSession *session)
{
  return bd_session_may (session, BD_PERMISSION_SPOT_CHECKS);
}

/* The staff id whose results the signed-in person sees: 0, the branch, for a supervisor. */
static gint64
results_staff (BdSession *session)
{
  return bd_spotchecks_desk_may_check (session) ? 0 : bd_session_get_staff_id (session);
}

static gboolean
check_allowed (BdSession  *session,
               GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  return bd_session_check (session, BD_PERMISSION_SPOT_CHECKS, error);
}

/* Results are everyone's to see, each their own part of them; the session must be open. */
static gboolean
read_allowed (BdSession  *session,
              GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  return bd_session_check (session, BD_PERMISSION_VIEW_CUSTOMERS, error);
}

GArray *
bd_spotchecks_desk_list_checks (BdSession  *session,
                                GError    **error)
{
  if (!check_allowed (session, error))
    return NULL;
  return bd_spotchecks_store_list_checks (bd_session_get_store (session), LIST_LIMIT, error);
}

static gboolean
create_cb (BdStore   *store,
           gint64     staff_id,
           gpointer   user_data,
           GError   **error)
{
  gpointer *args = user_data;

  return bd_spotchecks_store_create_check (store, args[0], staff_id, args[1], error);
}

gboolean
bd_spotchecks_desk_create_check (BdSession              *session,
                                 const BdSpotCheckPlan  *plan,
                                 gint64                 *check_id,
                                 GError                **error)
{
  gpointer args[] = { (gpointer) plan, check_id };

  return check_allowed (session, error)
         && bd_session_write (session, BD_PERMISSION_SPOT_CHECKS, create_cb, args, error);
}

BdScorecard *
bd_spotchecks_desk_get_current_scorecard (BdSession   *session,
                                          BdWorkKind   kind,
                                          GError     **error)
{
  if (!check_allowed (session, error))
    return NULL;
  return bd_spotchecks_store_get_scorecard (bd_session_get_store (session), kind, error);
}

typedef struct
{
  BdWorkKind  kind;
  GArray     *items;
  guint       pass_mark;
  gint64      scorecard_id;
} ScorecardEdit;

static gboolean
edit_scorecard_cb (BdStore   *store,
                   gint64     staff_id,
                   gpointer   user_data,
                   GError   **error)
{
  ScorecardEdit *edit = user_data;

  return bd_spotchecks_store_edit_scorecard (store, edit->kind,
                                             (BdScoreItem *) edit->items->data, edit->items->len,
                                             edit->pass_mark, staff_id, &edit->scorecard_id,
                                             error);
}

gboolean
bd_spotchecks_desk_edit_scorecard (BdSession              *session,
                                   BdWorkKind              kind,
                                   const BdScoreItemDraft *items,
                                   guint                   n_items,
                                   const char             *pass_mark,
                                   guint                  *version,
                                   GArray                **problems,
                                   GError                **error)
{
  g_autoptr(BdScorecard) current = NULL;
  g_autoptr(BdScorecard) saved = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GStringChunk) strings = NULL;
  g_autoptr(GArray) kept = NULL;
  ScorecardEdit edit = { kind, NULL, 0, 0 };

  if ((current = bd_spotchecks_desk_get_current_scorecard (session, kind, error)) == NULL)
    return FALSE;
  found = bd_scorecard_check_draft (items, n_items, pass_mark, &edit.pass_mark);
  if (found->len > 0)
    {
      g_set_error_literal (error, BD_SPOT_ERROR, BD_SPOT_ERROR_INVALID,
                           g_array_index (found, BdScorecardProblem, 0).message);
      if (problems != NULL)
        *problems = g_steal_pointer (&found);
      return FALSE;
    }
  strings = g_string_chunk_new (256);
  kept = bd_scorecard_items_from_draft (items, n_items, current->version + 1, strings);
  edit.items = kept;
  if (!bd_session_write (session, BD_PERMISSION_SPOT_CHECKS, edit_scorecard_cb, &edit, error)
      || (saved = bd_spotchecks_store_get_scorecard_version (bd_session_get_store (session),
                                                             edit.scorecard_id, error)) == NULL)
    return FALSE;
  if (version != NULL)
    *version = saved->version;
  return TRUE;
}

GArray *
bd_spotchecks_desk_list_sample (BdSession  *session,
                                gint64      check_id,
                                GArray    **ids,
                                GError    **error)
{
  if (!check_allowed (session, error))
    return NULL;
  return bd_spotchecks_store_list_sample (bd_session_get_store (session), check_id, ids, error);
}

BdScorecard *
bd_spotchecks_desk_get_scorecard (BdSession  *session,
                                  gint64      record_id,
                                  GError    **error)
{
  if (!check_allowed (session, error))
    return NULL;
  return bd_spotchecks_store_get_record_scorecard (bd_session_get_store (session), record_id,
                                                   error);
}

GArray *
bd_spotchecks_desk_prefill (BdSession   *session,
                            BdWorkKind   kind,
                            gint64       case_id,
                            GError     **error)
{
  if (!check_allowed (session, error))
    return NULL;
  return bd_spotchecks_prefill (bd_session_get_store (session), kind, case_id, error);
}

GArray *
bd_spotchecks_desk_list_scores (BdSession  *session,
                                gint64      record_id,
                                GError    **error)
{
  if (!check_allowed (session, error))
    return NULL;
  return bd_spotchecks_store_list_scores (bd_session_get_store (session), record_id,
                                          bd_session_get_staff_id (session), error);
}

BdCase *
bd_spotchecks_desk_get_case (BdSession   *session,
                             BdWorkKind   kind,
                             gint64       case_id,
                             GError     **error)
{
  BdStore *store = bd_session_get_store (session);
  g_autoptr(BdRequest) request = NULL;
  g_autoptr(BdClaim) claim = NULL;
  g_autoptr(BdComplaint) complaint = NULL;

  if (!check_allowed (session, error))
    return NULL;
  switch (kind)
    {
    case BD_WORK_REQUEST:
      request = bd_requests_store_get (store, case_id, error);
      return request != NULL ? g_object_ref (bd_request_get_case (request)) : NULL;
    case BD_WORK_CLAIM:
      claim = bd_claims_store_get (store, case_id, error);
      return claim != NULL ? g_object_ref (bd_claim_get_case (claim)) : NULL;
    case BD_WORK_COMPLAINT:
      complaint = bd_complaints_store_get (store, case_id, error);
      return complaint != NULL ? g_object_ref (bd_complaint_get_case (complaint)) : NULL;
    case BD_WORK_CONTACT:
    case BD_WORK_ETIQUETTE:
    default:
      return NULL;
    }
}

typedef struct
{
  gint64         record_id;
  const char    *item_key;
  BdScoreResult  result;
  BdScoreResult  from_data_result;
  const char    *comment;
  const char    *override_reason;
  const char    *action;
  gint64         owner_id;
  const char    *due;
  gint64        *finding_id;
} SpotWrite;

static gboolean
score_cb (BdStore   *store,
          gint64     staff_id,
          gpointer   user_data,
          GError   **error)
{
  SpotWrite *write = user_data;

  return bd_spotchecks_store_score (store, write->record_id, staff_id, write->item_key,
                                    write->result, write->from_data_result, write->comment,
                                    write->override_reason, error);
}

gboolean
bd_spotchecks_desk_score (BdSession      *session,
                          gint64          record_id,
                          const char     *item_key,
                          BdScoreResult   result,
                          BdScoreResult   from_data_result,
                          const char     *comment,
                          const char     *override_reason,
                          GError        **error)
{
  SpotWrite write = { record_id, item_key, result, from_data_result, comment, override_reason };

  return check_allowed (session, error)
         && bd_session_write (session, BD_PERMISSION_SPOT_CHECKS, score_cb, &write, error);
}

gboolean
bd_spotchecks_desk_record_score (BdSession  *session,
                                 gint64      record_id,
                                 guint      *percent,
                                 gboolean   *passed,
                                 GError    **error)
{
  return check_allowed (session, error)
         && bd_spotchecks_store_record_score (bd_session_get_store (session), record_id,
                                              bd_session_get_staff_id (session), percent, passed,
                                              error);
}

static gboolean
finding_cb (BdStore   *store,
            gint64     staff_id,
            gpointer   user_data,
            GError   **error)
{
  SpotWrite *write = user_data;

  return bd_spotchecks_store_open_finding (store, write->record_id, write->item_key,
                                           write->action, write->owner_id, write->due, staff_id,
                                           write->finding_id, error);
}

gboolean
bd_spotchecks_desk_open_finding (BdSession   *session,
                                 gint64       record_id,
                                 const char  *item_key,
                                 const char  *action,
                                 gint64       owner_id,
                                 const char  *due,
                                 gint64      *finding_id,
                                 GError     **error)
{
  gint64 id = 0;
  SpotWrite write = { .record_id = record_id, .item_key = item_key, .action = action,
                      .owner_id = owner_id, .due = due, .finding_id = &id };

  if (!check_allowed (session, error)
      || !bd_session_write (session, BD_PERMISSION_SPOT_CHECKS, finding_cb, &write, error))
    return FALSE;
  if (finding_id != NULL)
    *finding_id = id;
  return TRUE;
}

GListModel *
bd_spotchecks_desk_list_staff (BdSession  *session,
                               GError    **error)
{
  if (!check_allowed (session, error))
    return NULL;
  return bd_store_list_staff (bd_session_get_store (session), error);
}

gboolean
bd_spotchecks_desk_results (BdSession      *session,
                            const char     *from,
                            const char     *to,
                            BdSpotResults  *results,
                            GError        **error)
{
  return read_allowed (session, error)
         && bd_spotchecks_store_results (bd_session_get_store (session), from, to,
                                         results_staff (session), results, error);
}

GArray *
bd_spotchecks_desk_trend (BdSession  *session,
                          guint       year,
                          guint       month,
                          guint       n_months,
                          GError    **error)
{
  if (!read_allowed (session, error))
    return NULL;
  return bd_spotchecks_store_trend (bd_session_get_store (session), year, month, n_months,
                                    results_staff (session), error);
}

GArray *
bd_spotchecks_desk_list_findings (BdSession  *session,
                                  GError    **error)
{
  if (!read_allowed (session, error))
    return NULL;
  return bd_spotchecks_store_list_findings (bd_session_get_store (session),
                                            results_staff (session), TRUE, error);
}

GArray *
bd_spotchecks_desk_list_own_findings (BdSession  *session,
                                      GError    **error)
{
  if (!read_allowed (session, error))
    return NULL;
  return bd_spotchecks_store_list_findings (bd_session_get_store (session),
                                            bd_session_get_staff_id (session), TRUE, error);
}

BdPrintedForm *
bd_spotchecks_desk_report (BdSession   *session,
                           const char  *from,
                           const char  *to,
                           GError     **error)
{
  if (!read_allowed (session, error))
    return NULL;
  return bd_printed_form_new_spot_report (bd_session_get_store (session), from, to,
                                          results_staff (session), error);
}

char *
bd_spotchecks_desk_results_csv (BdSession   *session,
                                const char  *from,
                                const char  *to,
                                GError     **error)
{
  BdSpotResults results = { 0 };
  char *csv;

  if (!bd_spotchecks_desk_results (session, from, to, &results, error))
    return NULL;
  csv = bd_spot_results_to_csv (bd_session_get_store (session), &results, from, to);
  bd_spot_results_clear (&results);
  return csv;
}
