/* bd-requests-desk.c — the desk's policy-change requests, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window never says who writes: the session does, after asking the permission table;
 * the store asks the lifecycle and the rules again inside the transaction.
 */
#include "config.h"

#include "bd-case-desk.h"
#include "bd-case-store.h"
#include "bd-requests-desk.h"

typedef struct
{
  BdRequest       *request;
  const char      *to;
  const char      *reason;
  const char      *document;
  BdDocumentState  state;
} RequestWrite;

gboolean
bd_requests_desk_judge (BdSession  *session,
                        BdRequest  *request,
                        GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  if (!bd_session_check (session, BD_PERMISSION_VIEW_CUSTOMERS, error))
    return FALSE;
  return bd_requests_store_judge (bd_session_get_store (session), request, error);
}

gboolean
bd_requests_desk_judge_kept (BdSession         *session,
                             BdRequest         *request,
                             BdRequestContext  *kept,
                             GError           **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  if (!bd_session_check (session, BD_PERMISSION_VIEW_CUSTOMERS, error)
      || !bd_requests_store_refresh_context (bd_session_get_store (session), request, kept, error))
    return FALSE;
  return bd_request_judge (request, kept, error);
}

static gboolean
add_cb (BdStore   *store,
        gint64     staff_id,
        gpointer   user_data,
        GError   **error)
{
  RequestWrite *write = user_data;

  return bd_requests_store_add (store, write->request, staff_id, error);
}

gboolean
bd_requests_desk_add (BdSession  *session,
                      BdRequest  *request,
                      GError    **error)
{
  RequestWrite write = { .request = request };

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (BD_IS_REQUEST (request), FALSE);

  return bd_session_write (session, BD_PERMISSION_TAKE_REQUESTS, add_cb, &write, error);
}

GPtrArray *
bd_requests_desk_list_steps (BdSession *session,
                             BdRequest *request)
{
  return bd_case_desk_list_steps (session, bd_request_get_case (request));
}

static gboolean
step_cb (BdStore   *store,
         gint64     staff_id,
         gpointer   user_data,
         GError   **error)
{
  RequestWrite *write = user_data;

  return bd_requests_store_take_step (store, write->request, write->to, staff_id, write->reason,
                                      error);
}

gboolean
bd_requests_desk_take_step (BdSession   *session,
                            BdRequest   *request,
                            const char  *to,
                            const char  *reason,
                            GError     **error)
{
  RequestWrite write = { .request = request, .to = to, .reason = reason };
  BdPermission permission;

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (BD_IS_REQUEST (request), FALSE);

  permission = bd_case_desk_step_permission (bd_request_get_case (request), to,
                                             BD_PERMISSION_TAKE_REQUESTS);
  return bd_session_write (session, permission, step_cb, &write, error);
}

static gboolean
document_cb (BdStore   *store,
             gint64     staff_id,
             gpointer   user_data,
             GError   **error)
{
  RequestWrite *write = user_data;

  return bd_case_store_set_document (store, bd_request_get_case (write->request),
                                     write->document, write->state, staff_id, error);
}

gboolean
bd_requests_desk_set_document (BdSession        *session,
                               BdRequest        *request,
                               const char       *document,
                               BdDocumentState   state,
                               GError          **error)
{
  RequestWrite write = { .request = request, .document = document, .state = state };

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  return bd_session_write (session, BD_PERMISSION_TAKE_REQUESTS, document_cb, &write, error);
}

GListModel *
bd_requests_desk_list_of (BdSession  *session,
                          gint64      customer_id,
                          GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (!bd_session_check (session, BD_PERMISSION_VIEW_CUSTOMERS, error))
    return NULL;
  return bd_requests_store_list_of (bd_session_get_store (session), customer_id, error);
}

GPtrArray *
bd_requests_desk_preview (BdSession  *session,
                          BdRequest  *request,
                          GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (!bd_session_check (session, BD_PERMISSION_VIEW_CUSTOMERS, error))
    return NULL;
  return bd_requests_store_preview (bd_session_get_store (session), request, error);
}

GPtrArray *
bd_requests_desk_list_changes (BdSession  *session,
                               gint64      policy_id,
                               GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (!bd_session_check (session, BD_PERMISSION_VIEW_CUSTOMERS, error))
    return NULL;
  return bd_requests_store_list_changes (bd_session_get_store (session), policy_id, error);
}
