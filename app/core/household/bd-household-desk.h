/* bd-household-desk.h — the desk's household edits and protection need, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-household-card.h"
#include "bd-household-store.h"
#include "bd-session.h"

G_BEGIN_DECLS

/* Edits of a household's members need BD_PERMISSION_EDIT_HOUSEHOLD, the protection need
 * BD_PERMISSION_SET_PROTECTION_NEED (else BD_SESSION_ERROR_NOT_ALLOWED, nothing written).
 * Each writes the change and its audit row (the signed-in staff member, @reason) in one
 * transaction; the rules are the store's (bd_store_add_household_member() and the others
 * in bd-store.h). */
gboolean bd_household_desk_add_member    (BdSession              *session,
                                          gint64                  household_id,
                                          gint64                  customer_id,
                                          BdRelation              relation,
                                          const char             *reason,
                                          GError                **error);
gboolean bd_household_desk_remove_member (BdSession              *session,
                                          gint64                  household_id,
                                          gint64                  customer_id,
                                          const char             *reason,
                                          GError                **error);
gboolean bd_household_desk_set_relation  (BdSession              *session,
                                          gint64                  household_id,
                                          gint64                  customer_id,
                                          BdRelation              relation,
                                          const char             *reason,
                                          GError                **error);
gboolean bd_household_desk_set_need      (BdSession              *session,
                                          gint64                  household_id,
                                          const BdProtectionNeed *need,
                                          GError                **error);

G_END_DECLS
