/* bd-contacts-desk.h — the desk's writes of contact records and tracing, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-contact.h"
#include "bd-contacts-store.h"
#include "bd-session.h"

G_BEGIN_DECLS

/* Each needs BD_PERMISSION_RECORD_CONTACTS (else BD_SESSION_ERROR_NOT_ALLOWED, nothing
 * written) and writes the record and its audit row in one transaction, in the name of the
 * signed-in staff member. The rules of the record are the store's (bd_store_add_contact()
 * and the others in bd-store.h). */

/* Records @contact as written by the signed-in staff member; sets its id and author. */
gboolean bd_contacts_desk_record         (BdSession        *session,
                                          BdContact        *contact,
                                          GError          **error);
/* Whether the signed-in staff member may void or correct @contact: offered only then. */
gboolean bd_contacts_desk_may_amend      (BdSession        *session,
                                          BdContact        *contact);
gboolean bd_contacts_desk_void           (BdSession        *session,
                                          gint64            contact_id,
                                          const char       *reason,
                                          GError          **error);
gboolean bd_contacts_desk_correct        (BdSession        *session,
                                          gint64            contact_id,
                                          BdContact        *correction,
                                          const char       *reason,
                                          GError          **error);
/* A tracing attempt on @policy_id; *@service_class (may be NULL) tells its class after. */
gboolean bd_contacts_desk_record_tracing (BdSession        *session,
                                          gint64            policy_id,
                                          BdTracingMethod   method,
                                          gboolean          reached,
                                          const char       *outcome,
                                          BdServiceClass   *service_class,
                                          GError          **error);

G_END_DECLS
