/* bd-staff-desk.c — the administrator's staff accounts, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Staff accounts are the administrator's alone (domain §1; issue 15, items 3 and 7): each
 * call asks the session for BD_PERMISSION_MANAGE_STAFF, so a counter or supervisor is
 * refused here whatever the window offers. Every change is one write with its audit row,
 * naming the account and why (a reason for everything but adding and the name or phone);
 * nothing is deleted: a disabled account and its history stay.
 */
#define G_LOG_DOMAIN "bd-staff"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-password-rules.h"
#include "bd-password.h"
#include "bd-staff-desk.h"
#include "bd-staff-store.h"
#include "bd-text.h"

G_DEFINE_QUARK (bd-staff-desk-error-quark, bd_staff_desk_error)

BdStaffField
bd_staff_desk_error_field (const GError *error)
{
  if (error == NULL)
    return BD_STAFF_FIELD_NONE;
  if (error->domain == BD_PASSWORD_RULES_ERROR)
    return error->code == BD_PASSWORD_RULES_ERROR_MISMATCH ? BD_STAFF_FIELD_REPEATED
                                                           : BD_STAFF_FIELD_PASSWORD;
  if (error->domain != BD_STAFF_DESK_ERROR)
    return BD_STAFF_FIELD_NONE;
  switch ((BdStaffDeskError) error->code)
    {
    case BD_STAFF_DESK_ERROR_LOGIN: return BD_STAFF_FIELD_LOGIN;
    case BD_STAFF_DESK_ERROR_NAME: return BD_STAFF_FIELD_NAME;
    case BD_STAFF_DESK_ERROR_PHONE: return BD_STAFF_FIELD_PHONE;
    case BD_STAFF_DESK_ERROR_REASON: return BD_STAFF_FIELD_REASON;
    case BD_STAFF_DESK_ERROR_LAST_ADMINISTRATOR:
    case BD_STAFF_DESK_ERROR_OWN_ACCOUNT: return BD_STAFF_FIELD_ROLE;
    default: return BD_STAFF_FIELD_NONE;
    }
}

static gboolean
desk_error (GError           **error,
            BdStaffDeskError   code,
            const char        *message)
{
  g_set_error_literal (error, BD_STAFF_DESK_ERROR, code, message);
  return FALSE;
}

/* What one call changes, handed to its write. */
typedef struct
{
  BdStaff    *staff;        /* add, edit: the account as given */
  gint64      staff_id;     /* the others */
  gboolean    active;
  char       *hash;         /* add, reset */
  char       *reason;       /* cleaned */
} StaffChange;

static void
staff_change_clear (StaffChange *change)
{
  g_clear_pointer (&change->hash, g_free);
  g_clear_pointer (&change->reason, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StaffChange, staff_change_clear)

/* One text property of @staff as the core keeps it, refused on its own field. */
static gboolean
clean_field (BdStaff           *staff,
             const char        *property,
             BdStaffDeskError   code,
             gboolean           required,
             GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *value = NULL;

  if (!bd_text_clean_property (staff, property, BD_TEXT_LINE, &local_error))
    return desk_error (error, code, local_error->message);
  g_object_get (staff, property, &value, NULL);
  if (required && (value == NULL || value[0] == '\0'))
    return desk_error (error, code, code == BD_STAFF_DESK_ERROR_LOGIN
                                    ? _("Enter the staff name to sign in with")
                                    : _("Enter the person’s name"));
  return TRUE;
}

/* The login, name and phone of a form; a login is one word, as the sign-in page takes it. */
static gboolean
clean_account (BdStaff  *staff,
               GError  **error)
{
  if (!clean_field (staff, "login", BD_STAFF_DESK_ERROR_LOGIN, TRUE, error))
    return FALSE;
  if (strpbrk (bd_staff_get_login (staff), " \t\u3000") != NULL)
    return desk_error (error, BD_STAFF_DESK_ERROR_LOGIN,
                       _("A staff name to sign in with has no spaces"));
  return clean_field (staff, "name", BD_STAFF_DESK_ERROR_NAME, TRUE, error) &&
         clean_field (staff, "phone", BD_STAFF_DESK_ERROR_PHONE, FALSE, error);
}

/* The reason a change needs, as the audit log keeps it. */
static char *
clean_reason (const char  *reason,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *clean = bd_text_clean (reason, BD_TEXT_LINES, &local_error);

  if (local_error != NULL)
    {
      desk_error (error, BD_STAFF_DESK_ERROR_REASON, local_error->message);
      return NULL;
    }
  if (clean == NULL || clean[0] == '\0')
    {
      desk_error (error, BD_STAFF_DESK_ERROR_REASON, _("Say why: the audit log keeps it"));
      return NULL;
    }
  return g_steal_pointer (&clean);
}

/* Whether @staff is the last active administrator, read inside the write, so that two
 * administrators disabling each other at once cannot leave the branch without one. */
static gboolean
refuse_last_administrator (BdStore  *store,
                           BdStaff  *staff,
                           GError  **error)
{
  guint administrators = 0;

  if (bd_staff_get_role (staff) != BD_ROLE_ADMINISTRATOR || !bd_staff_get_active (staff))
    return TRUE;
  if (!bd_store_count_active_administrators (store, &administrators, error))
    return FALSE;
  if (administrators <= 1)
    return desk_error (error, BD_STAFF_DESK_ERROR_LAST_ADMINISTRATOR,
                       _("This is the branch’s last active administrator: make another "
                         "administrator first"));
  return TRUE;
}

static gboolean
refuse_own_account (BdSession  *session,
                    gint64      staff_id,
                    const char *message,
                    GError    **error)
{
  if (staff_id != bd_session_get_staff_id (session))
    return TRUE;
  return desk_error (error, BD_STAFF_DESK_ERROR_OWN_ACCOUNT, message);
}

static gboolean
audit_account (BdStore    *store,
               gint64      by,
               const char *action,
               gint64      staff_id,
               const char *detail,
               GError    **error)
{
  return bd_store_append_audit (store, by, action, "staff", staff_id, 0, detail, error);
}

GListModel *
bd_staff_desk_list (BdSession  *session,
                    GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (!bd_session_check (session, BD_PERMISSION_MANAGE_STAFF, error))
    return NULL;
  return bd_store_list_staff (bd_session_get_store (session), error);
}

static gboolean
write_add (BdStore   *store,
           gint64     by,
           gpointer   user_data,
           GError   **error)
{
  StaffChange *change = user_data;
  g_autoptr(BdStaff) existing = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *detail = NULL;

  existing = bd_store_find_staff (store, bd_staff_get_login (change->staff), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (existing != NULL)
    return desk_error (error, BD_STAFF_DESK_ERROR_LOGIN,
                       _("Another account has this staff name: choose another"));
  if (!bd_store_add_staff (store, change->staff, change->hash, error))
    return FALSE;
  detail = g_strdup_printf ("%s, %s", bd_staff_get_login (change->staff),
                            bd_role_to_string (bd_staff_get_role (change->staff)));
  return audit_account (store, by, "staff-added", bd_staff_get_id (change->staff), detail, error);
}

gboolean
bd_staff_desk_add (BdSession   *session,
                   BdStaff     *staff,
                   const char  *password,
                   const char  *repeated,
                   GError     **error)
{
  g_auto(StaffChange) change = { .staff = staff };

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (BD_IS_STAFF (staff), FALSE);

  if (!bd_session_check (session, BD_PERMISSION_MANAGE_STAFF, error) ||
      !clean_account (staff, error) ||
      !bd_password_rules_check_new (bd_staff_get_login (staff), password, repeated, error) ||
      (change.hash = bd_password_hash (password, error)) == NULL)
    return FALSE;
  /* Issue 15, item 2: a password the administrator chose is changed by its owner first. */
  bd_staff_set_active (staff, TRUE);
  bd_staff_set_password_change_owed (staff, TRUE);
  if (!bd_session_write (session, BD_PERMISSION_MANAGE_STAFF, write_add, &change, error))
    {
      bd_staff_set_id (staff, 0);
      return FALSE;
    }
  return TRUE;
}

/* "role: counter → supervisor" and the reason, or the reason alone. */
static char *
describe_edit (BdStaff    *before,
               BdStaff    *after,
               const char *reason)
{
  if (bd_staff_get_role (before) == bd_staff_get_role (after))
    return g_strdup (reason);
  return g_strdup_printf ("role: %s → %s; %s", bd_role_to_string (bd_staff_get_role (before)),
                          bd_role_to_string (bd_staff_get_role (after)), reason);
}

static gboolean
write_edit (BdStore   *store,
            gint64     by,
            gpointer   user_data,
            GError   **error)
{
  StaffChange *change = user_data;
  g_autoptr(BdStaff) before = bd_store_get_staff (store, bd_staff_get_id (change->staff), error);
  g_autofree char *detail = NULL;

  if (before == NULL)
    return FALSE;
  if (bd_staff_get_role (before) != bd_staff_get_role (change->staff))
    {
      if (change->reason == NULL)
        return desk_error (error, BD_STAFF_DESK_ERROR_REASON,
                           _("Say why the role changes: the audit log keeps it"));
      if (!refuse_last_administrator (store, before, error))
        return FALSE;
    }
  detail = describe_edit (before, change->staff, change->reason != NULL ? change->reason : "");
  return bd_store_update_staff (store, change->staff, error) &&
         audit_account (store, by, "staff-edited", bd_staff_get_id (change->staff),
                        detail[0] != '\0' ? detail : NULL, error);
}

gboolean
bd_staff_desk_edit (BdSession   *session,
                    BdStaff     *staff,
                    const char  *reason,
                    GError     **error)
{
  g_auto(StaffChange) change = { .staff = staff };
  g_autoptr(GError) reason_error = NULL;

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (BD_IS_STAFF (staff), FALSE);

  if (!bd_session_check (session, BD_PERMISSION_MANAGE_STAFF, error) ||
      !clean_account (staff, error))
    return FALSE;
  /* A reason is optional for a name or phone: only a malformed one is refused. */
  change.reason = clean_reason (reason, &reason_error);
  if (change.reason == NULL && reason != NULL && reason[0] != '\0')
    {
      g_propagate_error (error, g_steal_pointer (&reason_error));
      return FALSE;
    }
  if (bd_session_get_staff_id (session) == bd_staff_get_id (staff) &&
      bd_staff_get_role (bd_session_get_staff (session)) != bd_staff_get_role (staff))
    return desk_error (error, BD_STAFF_DESK_ERROR_OWN_ACCOUNT,
                       _("Nobody changes their own role: another administrator does"));
  return bd_session_write (session, BD_PERMISSION_MANAGE_STAFF, write_edit, &change, error);
}

static gboolean
write_active (BdStore   *store,
              gint64     by,
              gpointer   user_data,
              GError   **error)
{
  StaffChange *change = user_data;
  g_autoptr(BdStaff) before = bd_store_get_staff (store, change->staff_id, error);

  if (before == NULL)
    return FALSE;
  if (!change->active && !refuse_last_administrator (store, before, error))
    return FALSE;
  return bd_store_set_staff_active (store, change->staff_id, change->active, error) &&
         audit_account (store, by, change->active ? "staff-enabled" : "staff-disabled",
                        change->staff_id, change->reason, error);
}

gboolean
bd_staff_desk_set_active (BdSession   *session,
                          gint64       staff_id,
                          gboolean     active,
                          const char  *reason,
                          GError     **error)
{
  g_auto(StaffChange) change = { .staff_id = staff_id, .active = active };

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  if (!bd_session_check (session, BD_PERMISSION_MANAGE_STAFF, error) ||
      (!active && !refuse_own_account (session, staff_id,
                                       _("Nobody disables their own account: another "
                                         "administrator does"), error)) ||
      (change.reason = clean_reason (reason, error)) == NULL)
    return FALSE;
  return bd_session_write (session, BD_PERMISSION_MANAGE_STAFF, write_active, &change, error);
}

static gboolean
write_reset (BdStore   *store,
             gint64     by,
             gpointer   user_data,
             GError   **error)
{
  StaffChange *change = user_data;

  return bd_store_set_staff_password (store, change->staff_id, change->hash, TRUE, error) &&
         audit_account (store, by, "password-reset", change->staff_id, change->reason, error);
}

gboolean
bd_staff_desk_reset_password (BdSession   *session,
                              gint64       staff_id,
                              const char  *password,
                              const char  *repeated,
                              const char  *reason,
                              GError     **error)
{
  g_auto(StaffChange) change = { .staff_id = staff_id };
  g_autoptr(BdStaff) staff = NULL;

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  if (!bd_session_check (session, BD_PERMISSION_MANAGE_STAFF, error) ||
      (staff = bd_store_get_staff (bd_session_get_store (session), staff_id, error)) == NULL ||
      !bd_password_rules_check_new (bd_staff_get_login (staff), password, repeated, error) ||
      (change.reason = clean_reason (reason, error)) == NULL ||
      (change.hash = bd_password_hash (password, error)) == NULL)
    return FALSE;
  return bd_session_write (session, BD_PERMISSION_MANAGE_STAFF, write_reset, &change, error);
}

static gboolean
write_unlock (BdStore   *store,
              gint64     by,
              gpointer   user_data,
              GError   **error)
{
  StaffChange *change = user_data;

  return bd_store_set_sign_in_state (store, change->staff_id, 0, 0, error) &&
         audit_account (store, by, "staff-unlocked", change->staff_id, change->reason, error);
}

gboolean
bd_staff_desk_unlock (BdSession   *session,
                      gint64       staff_id,
                      const char  *reason,
                      GError     **error)
{
  g_auto(StaffChange) change = { .staff_id = staff_id };
  g_autoptr(BdStaff) staff = NULL;

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  if (!bd_session_check (session, BD_PERMISSION_MANAGE_STAFF, error) ||
      (staff = bd_store_get_staff (bd_session_get_store (session), staff_id, error)) == NULL ||
      (change.reason = clean_reason (reason, error)) == NULL)
    return FALSE;
  return bd_session_write (session, BD_PERMISSION_MANAGE_STAFF, write_unlock, &change, error);
}
