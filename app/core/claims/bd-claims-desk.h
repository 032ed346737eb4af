/* bd-claims-desk.h — the desk's claim reports, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-claims-store.h"
#include "bd-session.h"

G_BEGIN_DECLS

/* The checks of @claim as the report now stands (BdClaimCheck). */
GPtrArray  *bd_claims_desk_check        (BdSession        *session,
                                         BdClaim          *claim,
                                         GError          **error);
/* Records the report in the name of the signed-in staff member (BD_PERMISSION_TAKE_CLAIMS). */
gboolean    bd_claims_desk_add          (BdSession        *session,
                                         BdClaim          *claim,
                                         GError          **error);
/* The steps the signed-in staff member may take on @claim now (borrowed BdCaseStep). */
GPtrArray  *bd_claims_desk_list_steps   (BdSession        *session,
                                         BdClaim          *claim);
gboolean    bd_claims_desk_take_step    (BdSession        *session,
                                         BdClaim          *claim,
                                         const char       *to,
                                         const char       *reason,
                                         GError          **error);
gboolean    bd_claims_desk_set_document (BdSession        *session,
                                         BdClaim          *claim,
                                         const char       *document,
                                         BdDocumentState   state,
                                         GError          **error);
GListModel *bd_claims_desk_list_of      (BdSession        *session,
                                         gint64            insured_id,
                                         GError          **error);

G_END_DECLS
