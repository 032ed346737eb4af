/* bd-requests-desk.h — the desk's policy-change requests, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-requests-store.h"
#include "bd-session.h"

G_BEGIN_DECLS

/* The verdict on @request as the form now stands (bd_request_judge()). */
gboolean    bd_requests_desk_judge       (BdSession   *session,
                                          BdRequest   *request,
                                          GError     **error);
/* The same on a context the form keeps between changes (zeroed at first; clear it with
 * bd_request_context_clear() when the form is done): only what a change touched is read. */
gboolean    bd_requests_desk_judge_kept  (BdSession         *session,
                                          BdRequest         *request,
                                          BdRequestContext  *kept,
                                          GError           **error);
/* Records @request, received, in the name of the signed-in staff member
 * (BD_PERMISSION_TAKE_REQUESTS); refused with the verdict when the rules refuse it. */
gboolean    bd_requests_desk_add         (BdSession   *session,
                                          BdRequest   *request,
                                          GError     **error);
/* The steps the signed-in staff member may take on @request now (borrowed BdCaseStep). */
GPtrArray  *bd_requests_desk_list_steps  (BdSession   *session,
                                          BdRequest   *request);
/* Takes a step (the step's permission; the lifecycle checked by the store with the role
 * the database gives the staff member). */
gboolean    bd_requests_desk_take_step   (BdSession   *session,
                                          BdRequest   *request,
                                          const char  *to,
                                          const char  *reason,
                                          GError     **error);
/* Ticks a document of @request's checklist. */
gboolean    bd_requests_desk_set_document (BdSession       *session,
                                           BdRequest       *request,
                                           const char      *document,
                                           BdDocumentState  state,
                                           GError         **error);
GListModel *bd_requests_desk_list_of     (BdSession   *session,
                                          gint64       customer_id,
                                          GError     **error);
GPtrArray  *bd_requests_desk_preview     (BdSession   *session,
                                          BdRequest   *request,
                                          GError     **error);
/* What completed requests changed on @policy_id, newest first (BdRequestChange): the
 * service card's history. */
GPtrArray  *bd_requests_desk_list_changes (BdSession  *session,
                                           gint64      policy_id,
                                           GError    **error);

G_END_DECLS
