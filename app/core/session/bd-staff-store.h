/* bd-staff-store.h — staff and their sign-in state, kept in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-staff.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* Staff. @password_hash is an Argon2id string or NULL (no sign-in yet); whether its
 * owner must change it first is the staff's password-change-owed. */
gboolean      bd_store_add_staff               (BdStore       *self,
                                                BdStaff       *staff,
                                                const char    *password_hash,
                                                GError       **error);
BdStaff      *bd_store_find_staff              (BdStore       *self,
                                                const char    *login,
                                                GError       **error);
GListModel   *bd_store_list_staff              (BdStore       *self,
                                                GError       **error);
BdStaff      *bd_store_get_staff               (BdStore       *self,
                                                gint64         staff_id,
                                                GError       **error);

/* Signing in: the stored hash, the wrong passwords in a row, and the time (Unix seconds,
 * 0 for none) before which no attempt is accepted. */
gboolean      bd_store_get_sign_in_state       (BdStore       *self,
                                                gint64         staff_id,
                                                char         **password_hash,
                                                guint         *failed_attempts,
                                                gint64        *retry_after,
                                                GError       **error);
gboolean      bd_store_set_sign_in_state       (BdStore       *self,
                                                gint64         staff_id,
                                                guint          failed_attempts,
                                                gint64         retry_after,
                                                GError       **error);

/* An account's name, phone and role, by its id (the login never changes: the audit log
 * names it). */
gboolean      bd_store_update_staff            (BdStore       *self,
                                                BdStaff       *staff,
                                                GError       **error);
/* Disabled accounts cannot sign in; their rows and history stay. */
gboolean      bd_store_set_staff_active        (BdStore       *self,
                                                gint64         staff_id,
                                                gboolean       active,
                                                GError       **error);
gboolean      bd_store_set_staff_password      (BdStore       *self,
                                                gint64         staff_id,
                                                const char    *password_hash,
                                                gboolean       change_owed,
                                                GError       **error);
/* The administrators who can sign in. */
gboolean      bd_store_count_active_administrators (BdStore   *self,
                                                    guint     *count,
                                                    GError   **error);

G_END_DECLS
