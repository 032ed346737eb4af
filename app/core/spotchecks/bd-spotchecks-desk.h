/* bd-spotchecks-desk.h — the desk's spot checks, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-case.h"
#include "bd-printed-form.h"
#include "bd-session.h"
#include "bd-spotchecks-prefill.h"
#include "bd-spotchecks-store.h"

G_BEGIN_DECLS

/* Whether the signed-in person runs spot checks (a supervisor), or sees only their own
 * results and findings (counter staff). */
gboolean       bd_spotchecks_desk_may_check      (BdSession              *session);

GArray        *bd_spotchecks_desk_list_checks    (BdSession              *session,
                                                  GError                **error);
gboolean       bd_spotchecks_desk_create_check   (BdSession              *session,
                                                  const BdSpotCheckPlan  *plan,
                                                  gint64                 *check_id,
                                                  GError                **error);
GArray        *bd_spotchecks_desk_list_sample    (BdSession              *session,
                                                  gint64                  check_id,
                                                  GArray                **ids,
                                                  GError                **error);
/* The scorecard version the sampled record @record_id is scored with, what its data
 * decides, and the signed-in supervisor's scores so far. */
BdScorecard   *bd_spotchecks_desk_get_scorecard  (BdSession              *session,
                                                  gint64                  record_id,
                                                  GError                **error);
GArray        *bd_spotchecks_desk_prefill        (BdSession              *session,
                                                  BdWorkKind              kind,
                                                  gint64                  case_id,
                                                  GError                **error);
GArray        *bd_spotchecks_desk_list_scores    (BdSession              *session,
                                                  gint64                  record_id,
                                                  GError                **error);
/* The case a sampled record is (a request, claim or complaint), to read; NULL with no
 * error for a contact record or observed etiquette. */
BdCase        *bd_spotchecks_desk_get_case       (BdSession              *session,
                                                  BdWorkKind              kind,
                                                  gint64                  case_id,
                                                  GError                **error);
gboolean       bd_spotchecks_desk_score          (BdSession              *session,
                                                  gint64                  record_id,
                                                  const char             *item_key,
                                                  BdScoreResult           result,
                                                  BdScoreResult           from_data_result,
                                                  const char             *comment,
                                                  const char             *override_reason,
                                                  GError                **error);
gboolean       bd_spotchecks_desk_record_score   (BdSession              *session,
                                                  gint64                  record_id,
                                                  guint                  *percent,
                                                  gboolean               *passed,
                                                  GError                **error);
gboolean       bd_spotchecks_desk_open_finding   (BdSession              *session,
                                                  gint64                  record_id,
                                                  const char             *item_key,
                                                  const char             *action,
                                                  gint64                  owner_id,
                                                  const char             *due,
                                                  gint64                 *finding_id,
                                                  GError                **error);
/* The newest version of @kind's scorecard, to edit (a supervisor's). */
BdScorecard   *bd_spotchecks_desk_get_current_scorecard (BdSession       *session,
                                                         BdWorkKind       kind,
                                                         GError         **error);
/* A supervisor's edit of @kind's scorecard as entered: saved as its next version, whose
 * number is given in @version; earlier checks keep theirs. Counter staff are refused
 * (BD_SESSION_ERROR_NOT_ALLOWED). A draft the core does not accept is refused with
 * BD_SPOT_ERROR_INVALID and its first problem's message, and every problem, each on its
 * field, in @problems (BdScorecardProblem) when it is given. */
gboolean       bd_spotchecks_desk_edit_scorecard (BdSession              *session,
                                                  BdWorkKind              kind,
                                                  const BdScoreItemDraft *items,
                                                  guint                   n_items,
                                                  const char             *pass_mark,
                                                  guint                  *version,
                                                  GArray                **problems,
                                                  GError                **error);
/* The branch's staff, to own a finding. */
GListModel    *bd_spotchecks_desk_list_staff     (BdSession              *session,
                                                  GError                **error);

/* Whose results and findings the signed-in person sees: the branch's for a supervisor,
 * their own for counter staff (domain.md §8). */
gboolean       bd_spotchecks_desk_results        (BdSession              *session,
                                                  const char             *from,
                                                  const char             *to,
                                                  BdSpotResults          *results,
                                                  GError                **error);
GArray        *bd_spotchecks_desk_trend          (BdSession              *session,
                                                  guint                   year,
                                                  guint                   month,
                                                  guint                   n_months,
                                                  GError                **error);
/* The open findings the signed-in person may see: everyone's for a supervisor, their
 * own for counter staff. */
GArray        *bd_spotchecks_desk_list_findings  (BdSession              *session,
                                                  GError                **error);
/* Only the signed-in person's own open findings: their Queues. */
GArray        *bd_spotchecks_desk_list_own_findings (BdSession           *session,
                                                     GError             **error);
BdPrintedForm *bd_spotchecks_desk_report         (BdSession              *session,
                                                  const char             *from,
                                                  const char             *to,
                                                  GError                **error);
char          *bd_spotchecks_desk_results_csv    (BdSession              *session,
                                                  const char             *from,
                                                  const char             *to,
                                                  GError                **error);

G_END_DECLS
