/* bd-claims-desk.c — the desk's claim reports, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As every desk call: the session asks the permission table and writes in the signed-in
 * staff member's name; the store asks the lifecycle again with the role the database has.
 */
#include "config.h"

#include "bd-case-desk.h"
#include "bd-case-store.h"
#include "bd-claims-desk.h"

typedef struct
{
  BdClaim         *claim;
  const char      *to;
  const char      *reason;
  const char      *document;
  BdDocumentState  state;
} ClaimWrite;

GPtrArray *
bd_claims_desk_check (BdSession  *session,
                      BdClaim    *claim,
                      GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (!bd_session_check (session, BD_PERMISSION_VIEW_CUSTOMERS, error))
    return NULL;
  return bd_claims_store_check (bd_session_get_store (session), claim, error);
}

static gboolean
add_cb (BdStore   *store,
        gint64     staff_id,
        gpointer   user_data,
        GError   **error)
{
  return bd_claims_store_add (store, ((ClaimWrite *) user_data)->claim, staff_id, error);
}

gboolean
bd_claims_desk_add (BdSession  *session,
                    BdClaim    *claim,
                    GError    **error)
{
  ClaimWrite write = { .claim = claim };

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  return bd_session_write (session, BD_PERMISSION_TAKE_CLAIMS, add_cb, &write, error);
}

GPtrArray *
bd_claims_desk_list_steps (BdSession *session,
                           BdClaim   *claim)
{
  return bd_case_desk_list_steps (session, bd_claim_get_case (claim));
}

static gboolean
step_cb (BdStore   *store,
         gint64     staff_id,
         gpointer   user_data,
         GError   **error)
{
  ClaimWrite *write = user_data;

  return bd_claims_store_take_step (store, write->claim, write->to, staff_id, write->reason,
                                    error);
}

gboolean
bd_claims_desk_take_step (BdSession   *session,
                          BdClaim     *claim,
                          const char  *to,
                          const char  *reason,
                          GError     **error)
{
  ClaimWrite write = { .claim = claim, .to = to, .reason = reason };
  BdPermission permission;

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (BD_IS_CLAIM (claim), FALSE);

  permission = bd_case_desk_step_permission (bd_claim_get_case (claim), to,
                                             BD_PERMISSION_TAKE_CLAIMS);
  return bd_session_write (session, permission, step_cb, &write, error);
}

static gboolean
document_cb (BdStore   *store,
             gint64     staff_id,
             gpointer   user_data,
             GError   **error)
{
  ClaimWrite *write = user_data;

  return bd_case_store_set_document (store, bd_claim_get_case (write->claim), write->document,
                                     write->state, staff_id, error);
}

gboolean
bd_claims_desk_set_document (BdSession        *session,
                             BdClaim          *claim,
                             const char       *document,
                             BdDocumentState   state,
                             GError          **error)
{
  ClaimWrite write = { .claim = claim, .document = document, .state = state };

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  return bd_session_write (session, BD_PERMISSION_TAKE_CLAIMS, document_cb, &write, error);
}

GListModel *
bd_claims_desk_list_of (BdSession  *session,
                        gint64      insured_id,
                        GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (!bd_session_check (session, BD_PERMISSION_VIEW_CUSTOMERS, error))
    return NULL;
  return bd_claims_store_list_of (bd_session_get_store (session), insured_id, error);
}
