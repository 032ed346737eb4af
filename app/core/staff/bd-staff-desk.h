/* bd-staff-desk.h — the administrator's staff accounts, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-session.h"
#include "bd-staff.h"

G_BEGIN_DECLS

#define BD_STAFF_DESK_ERROR (bd_staff_desk_error_quark ())

typedef enum
{
  BD_STAFF_DESK_ERROR_LOGIN,               /* empty, with spaces, or another account's */
  BD_STAFF_DESK_ERROR_NAME,                /* empty, or not a line of text */
  BD_STAFF_DESK_ERROR_PHONE,               /* not a line of text */
  BD_STAFF_DESK_ERROR_REASON,              /* a change that needs its reason */
  BD_STAFF_DESK_ERROR_LAST_ADMINISTRATOR,  /* the branch would have no administrator */
  BD_STAFF_DESK_ERROR_OWN_ACCOUNT,         /* one's own role or account: another's job */
} BdStaffDeskError;

GQuark bd_staff_desk_error_quark (void);

/* The field of the account's form a refusal is about, for the window to mark. */
typedef enum
{
  BD_STAFF_FIELD_NONE,
  BD_STAFF_FIELD_LOGIN,
  BD_STAFF_FIELD_NAME,
  BD_STAFF_FIELD_PHONE,
  BD_STAFF_FIELD_ROLE,
  BD_STAFF_FIELD_PASSWORD,
  BD_STAFF_FIELD_REPEATED,
  BD_STAFF_FIELD_REASON,
} BdStaffField;

/* Which field @error (from a call below) is about. */
BdStaffField bd_staff_desk_error_field    (const GError  *error);

/* Every call is the administrator's alone (BD_PERMISSION_MANAGE_STAFF, domain §1): anyone
 * else is refused by the core with BD_SESSION_ERROR_NOT_ALLOWED, and nothing is read or
 * written. Every change is one write with its audit row, naming who and why. */

/* Every account, active or disabled, with its sign-in delay (BdStaff:locked-until). */
GListModel  *bd_staff_desk_list           (BdSession     *session,
                                           GError       **error);
/* A new account from @staff's login, name, phone and role, with @password (typed twice,
 * @repeated) checked by bd_password_rules_check_new(); its owner changes it at the first
 * sign-in. @staff gets its id. */
gboolean     bd_staff_desk_add            (BdSession     *session,
                                           BdStaff       *staff,
                                           const char    *password,
                                           const char    *repeated,
                                           GError       **error);
/* @staff's name, phone and role as given, found by its id; a change of role needs
 * @reason. Nobody changes their own role, and the last active administrator stays one. */
gboolean     bd_staff_desk_edit           (BdSession     *session,
                                           BdStaff       *staff,
                                           const char    *reason,
                                           GError       **error);
/* Disables or enables the account @staff_id, for @reason. A disabled account cannot sign
 * in; its rows and history stay. Nobody disables their own account or the last active
 * administrator. */
gboolean     bd_staff_desk_set_active     (BdSession     *session,
                                           gint64         staff_id,
                                           gboolean       active,
                                           const char    *reason,
                                           GError       **error);
/* A new password for @staff_id, checked by the rules, which its owner must change at the
 * next sign-in; for @reason. */
gboolean     bd_staff_desk_reset_password (BdSession     *session,
                                           gint64         staff_id,
                                           const char    *password,
                                           const char    *repeated,
                                           const char    *reason,
                                           GError       **error);
/* Clears the delay after wrong passwords of @staff_id, for @reason. */
gboolean     bd_staff_desk_unlock         (BdSession     *session,
                                           gint64         staff_id,
                                           const char    *reason,
                                           GError       **error);

G_END_DECLS
