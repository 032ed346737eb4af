/* bd-session.c — who is at the desk: sign-in, roles, locking, revealing personal data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The desk faces the public. The session decides who may see what and keeps the trail:
 * every sign-in and failed attempt, every lock and every revealed value goes into the
 * audit log. The window only asks; the rules are here, so that the same refusals hold
 * whatever the interface offers.
 */
#define G_LOG_DOMAIN "bd-session"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-branch-settings.h"
#include "bd-clock.h"
#include "bd-customers-store.h"
#include "bd-password-rules.h"
#include "bd-password.h"
#include "bd-session.h"
#include "bd-staff-store.h"
#include "bd-store-private.h"

struct _BdSession
{
  GObject         parent_instance;

  BdStore        *store;
  BdStaff        *staff;
  BdSessionState  state;

  BdSessionClock  clock;
  gpointer        clock_data;
  guint           idle_limit;     /* seconds; 0 never locks */
  gboolean        idle_limit_set; /* given (--idle-lock-seconds, tests): not the branch's */
  gint64          last_activity;

  GVariant       *draft;          /* an unsaved form kept over a lock, or NULL */
  gint64          draft_customer_id;
  gint64          draft_staff_id; /* who typed it */

  /* Wrong attempts at names that are no staff member's, by a hash of the name (what was
   * typed is not kept: it may be a password): they meet the same delay as a staff
   * member's, or the delay alone would tell which names exist. */
  GHashTable     *unknown_attempts; /* hash → UnknownAttempts */
};

typedef struct
{
  guint  failed;
  gint64 retry_after;
} UnknownAttempts;

enum {
  PROP_0,
  PROP_STATE,
  PROP_STAFF,
  PROP_PASSWORD_CHANGE_OWED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BdSession, bd_session, G_TYPE_OBJECT)
G_DEFINE_QUARK (bd-session-error-quark, bd_session_error)

const char *
bd_scope_to_string (BdScope scope)
{
  switch (scope)
    {
    case BD_SCOPE_OWN: return "own";
    case BD_SCOPE_BRANCH: return "branch";
    default: g_return_val_if_reached (NULL);
    }
}

gboolean
bd_scope_from_string (const char *name,
                      BdScope    *scope)
{
  if (g_strcmp0 (name, "own") == 0)
    *scope = BD_SCOPE_OWN;
  else if (g_strcmp0 (name, "branch") == 0)
    *scope = BD_SCOPE_BRANCH;
  else
    return FALSE;
  return TRUE;
}

const char *
bd_reveal_field_to_string (BdRevealField field)
{
  switch (field)
    {
    case BD_REVEAL_ID_NUMBER: return "id-number";
    case BD_REVEAL_MOBILE: return "mobile";
    case BD_REVEAL_LANDLINE: return "landline";
    default: g_return_val_if_reached (NULL);
    }
}

static gint64
system_clock (gpointer user_data)
{
  return bd_clock_get_unix ();
}

static gint64
now (BdSession *self)
{
  return self->clock (self->clock_data);
}

static void
set_state (BdSession      *self,
           BdSessionState  state,
           BdStaff        *staff)
{
  gboolean owed = bd_session_owes_password_change (self);
  gboolean staff_changed = g_set_object (&self->staff, staff);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }
  if (staff_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF]);
  if (owed != bd_session_owes_password_change (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PASSWORD_CHANGE_OWED]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* The trail must not stop the desk: a failed audit write is reported, not fatal, for the
 * events that are not themselves a change of data. */
static void
audit (BdSession  *self,
       gint64      staff_id,
       const char *action,
       gint64      customer_id,
       const char *detail)
{
  g_autoptr(GError) error = NULL;

  if (!bd_store_append_audit (self->store, staff_id, action, customer_id != 0 ? "customer" : NULL,
                              customer_id, customer_id, detail, &error))
    g_warning ("Could not write “%s” to the audit log: %s", action, error->message);
}

/* A draft is its author's: nobody else gets it back, and the log says it went. */
static void
discard_draft (BdSession  *self,
               const char *why)
{
  if (self->draft == NULL)
    return;
  audit (self, self->draft_staff_id, "draft-discarded", self->draft_customer_id, why);
  g_clear_pointer (&self->draft, g_variant_unref);
  self->draft_customer_id = 0;
  self->draft_staff_id = 0;
}

static gboolean
session_error (GError         **error,
               BdSessionError   code,
               const char      *message)
{
  g_set_error_literal (error, BD_SESSION_ERROR, code, message);
  return FALSE;
}

static gboolean
wrong_password (GError **error)
{
  /* One message for an unknown name and a wrong password: the desk does not tell a
   * stranger which staff names exist. */
  return session_error (error, BD_SESSION_ERROR_WRONG_PASSWORD,
                        _("The staff name or the password is not right"));
}

static gint64
delay_after (guint failed_attempts)
{
  guint doublings = failed_attempts - BD_SESSION_MAX_ATTEMPTS;
  gint64 delay = BD_SESSION_FIRST_DELAY_SECONDS;

  for (guint i = 0; i < doublings && delay < BD_SESSION_MAX_DELAY_SECONDS; i++)
    delay *= 2;
  return MIN (delay, BD_SESSION_MAX_DELAY_SECONDS);
}

static gboolean
refuse_while_delayed (BdSession  *self,
                      BdStaff    *staff,
                      gint64      retry_after,
                      GError    **error)
{
  gint64 wait = retry_after - now (self);

  if (wait <= 0)
    return TRUE;

  audit (self, bd_staff_get_id (staff), "sign-in-refused", 0, bd_staff_get_login (staff));
  g_set_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_TOO_MANY_ATTEMPTS,
               ngettext ("Too many wrong passwords: try again in %d second",
                         "Too many wrong passwords: try again in %d seconds", (int) wait),
               (int) wait);
  return FALSE;
}

/* An attempt's sign-in state and its audit row, written together or not at all. Fail
 * closed: an attempt the desk cannot record is refused with the store's reason, or a
 * database that cannot be written (a read-only file) would turn the audit log and the
 * delay after wrong passwords off (issue 9, defect 1). */
static gboolean
record_attempt (BdSession   *self,
                BdStaff     *staff,
                guint        failed_attempts,
                gint64       retry_after,
                const char  *action,
                const char  *detail,
                GError     **error)
{
  gint64 staff_id = bd_staff_get_id (staff);
  gboolean ok;

  if (!bd_store_begin_write (self->store, error))
    return FALSE;
  ok = bd_store_set_sign_in_state (self->store, staff_id, failed_attempts, retry_after, error) &&
       bd_store_append_audit (self->store, staff_id, action, NULL, 0, 0, detail, error);
  return bd_store_end_write (self->store, ok, error);
}

static gboolean
record_failure (BdSession  *self,
                BdStaff    *staff,
                guint       failed_attempts,
                GError    **error)
{
  gint64 retry_after = 0;

  failed_attempts++;
  if (failed_attempts >= BD_SESSION_MAX_ATTEMPTS)
    retry_after = now (self) + delay_after (failed_attempts);
  return record_attempt (self, staff, failed_attempts, retry_after, "sign-in-failed",
                         bd_staff_get_login (staff), error);
}

/* A right password starts the count of wrong ones again; @action is "sign-in" or
 * "unlock". */
static gboolean
record_success (BdSession   *self,
                BdStaff     *staff,
                const char  *action,
                GError     **error)
{
  return record_attempt (self, staff, 0, 0, action, NULL, error);
}

/* Checks @password for @staff, with the delay after too many failures. */
static gboolean
verify_staff (BdSession   *self,
              BdStaff     *staff,
              const char  *password,
              GError     **error)
{
  g_autofree char *hash = NULL;
  guint failed = 0;
  gint64 retry_after = 0;

  if (!bd_store_get_sign_in_state (self->store, bd_staff_get_id (staff), &hash, &failed,
                                   &retry_after, error) ||
      !refuse_while_delayed (self, staff, retry_after, error))
    return FALSE;

  /* A member without a password costs the same time as one with: see bd_session_sign_in(). */
  if (hash == NULL)
    bd_password_verify_dummy (password);
  if (hash == NULL || !bd_password_verify (hash, password))
    {
      if (!record_failure (self, staff, failed, error))
        return FALSE;
      return wrong_password (error);
    }
  if (!bd_staff_get_active (staff))
    return session_error (error, BD_SESSION_ERROR_INACTIVE,
                          _("This staff account is closed: ask the administrator"));
  return TRUE;
}

/* An unknown name: refused as a staff member's wrong password is, with the same count,
 * delay, time spent and audit rows. */
static gboolean
refuse_unknown (BdSession   *self,
                const char  *name,
                const char  *password,
                GError     **error)
{
  g_autofree char *key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, name, -1);
  UnknownAttempts *attempts = g_hash_table_lookup (self->unknown_attempts, key);
  gint64 wait;

  if (attempts == NULL)
    {
      attempts = g_new0 (UnknownAttempts, 1);
      g_hash_table_insert (self->unknown_attempts, g_steal_pointer (&key), attempts);
    }
  if ((wait = attempts->retry_after - now (self)) > 0)
    {
      audit (self, 0, "sign-in-refused", 0, "unknown login");
      g_set_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_TOO_MANY_ATTEMPTS,
                   ngettext ("Too many wrong passwords: try again in %d second",
                             "Too many wrong passwords: try again in %d seconds", (int) wait),
                   (int) wait);
      return FALSE;
    }
  bd_password_verify_dummy (password);
  if (!bd_store_append_audit (self->store, 0, "sign-in-failed", NULL, 0, 0, "unknown login",
                              error))
    return FALSE;
  if (++attempts->failed >= BD_SESSION_MAX_ATTEMPTS)
    attempts->retry_after = now (self) + delay_after (attempts->failed);
  return wrong_password (error);
}

/* The idle time starts again from now. Domain §1: the desk locks after the branch's
 * idle-lock-minutes (an administrator's setting, default 5), read at every sign-in and
 * unlock so that a change reaches every desk without a restart; a limit given to the
 * session (bd_session_set_idle_limit) wins. */
static void
start_idle_watch (BdSession *self)
{
  if (!self->idle_limit_set)
    self->idle_limit = bd_branch_setting_get_uint (self->store, "idle-lock-minutes") * 60;
  self->last_activity = now (self);
}

gboolean
bd_session_sign_in (BdSession   *self,
                    const char  *login,
                    const char  *password,
                    GError     **error)
{
  g_autoptr(BdStaff) staff = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (login != NULL ? login : ""));

  g_return_val_if_fail (BD_IS_SESSION (self), FALSE);

  staff = name[0] != '\0' ? bd_store_find_staff (self->store, name, &local_error) : NULL;
  /* A store that cannot answer says so: it is not a wrong name or password. */
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* An unknown name costs what a wrong password does (an Argon2id verification), so the
   * time taken does not tell which names exist; and what was typed is not kept, as it may
   * be a password typed into the wrong field (issue 9, defect 6). */
  if (staff == NULL)
    return refuse_unknown (self, name, password, error);
  if (!verify_staff (self, staff, password != NULL ? password : "", error))
    return FALSE;

  /* Another staff member taking a locked desk ends the session that was there, and the
   * form left half-filled goes with it; the same person signing in again keeps it. */
  if (self->state != BD_SESSION_SIGNED_OUT)
    {
      g_autoptr(GVariant) kept = NULL;
      gint64 kept_customer_id = self->draft_customer_id;

      if (self->draft != NULL && bd_staff_get_id (staff) == self->draft_staff_id)
        kept = g_steal_pointer (&self->draft);
      else
        discard_draft (self, "another staff member signed in");
      bd_session_sign_out (self);
      self->draft = g_steal_pointer (&kept);
      self->draft_customer_id = kept_customer_id;
      self->draft_staff_id = self->draft != NULL ? bd_staff_get_id (staff) : 0;
    }

  /* Nobody is at a desk whose sign-in is not in the audit log. */
  if (!record_success (self, staff, "sign-in", error))
    return FALSE;
  start_idle_watch (self);
  set_state (self, BD_SESSION_ACTIVE, staff);
  return TRUE;
}

void
bd_session_keep_draft (BdSession *self,
                       gint64     customer_id,
                       GVariant  *draft)
{
  g_return_if_fail (BD_IS_SESSION (self));

  g_clear_pointer (&self->draft, g_variant_unref);
  if (draft == NULL || self->staff == NULL)
    return;
  self->draft = g_variant_ref_sink (draft);
  self->draft_customer_id = customer_id;
  self->draft_staff_id = bd_staff_get_id (self->staff);
}

GVariant *
bd_session_take_draft (BdSession *self,
                       gint64    *customer_id)
{
  g_return_val_if_fail (BD_IS_SESSION (self), NULL);

  if (self->draft == NULL || self->state != BD_SESSION_ACTIVE ||
      self->draft_staff_id != bd_session_get_staff_id (self))
    return NULL;
  if (customer_id != NULL)
    *customer_id = self->draft_customer_id;
  self->draft_customer_id = 0;
  self->draft_staff_id = 0;
  return g_steal_pointer (&self->draft);
}

void
bd_session_sign_out (BdSession *self)
{
  g_return_if_fail (BD_IS_SESSION (self));

  if (self->state == BD_SESSION_SIGNED_OUT)
    return;
  discard_draft (self, "signed out");
  audit (self, bd_session_get_staff_id (self), "sign-out", 0, NULL);
  set_state (self, BD_SESSION_SIGNED_OUT, NULL);
}

void
bd_session_lock (BdSession *self)
{
  g_return_if_fail (BD_IS_SESSION (self));

  if (self->state != BD_SESSION_ACTIVE)
    return;
  audit (self, bd_session_get_staff_id (self), "lock", 0, NULL);
  set_state (self, BD_SESSION_LOCKED, self->staff);
}

gboolean
bd_session_unlock (BdSession   *self,
                   const char  *password,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (BD_IS_SESSION (self), FALSE);

  if (self->state != BD_SESSION_LOCKED)
    return session_error (error, BD_SESSION_ERROR_NOT_SIGNED_IN,
                          _("Nobody is signed in at this desk"));
  if (!verify_staff (self, self->staff, password != NULL ? password : "", &local_error))
    {
      /* Unlocking asks for the password alone: the message speaks of nothing else. */
      if (g_error_matches (local_error, BD_SESSION_ERROR, BD_SESSION_ERROR_WRONG_PASSWORD))
        return session_error (error, BD_SESSION_ERROR_WRONG_PASSWORD,
                              _("The password is not right"));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* An unlock that cannot be recorded leaves the desk locked. */
  if (!record_success (self, self->staff, "unlock", error))
    return FALSE;
  start_idle_watch (self);
  set_state (self, BD_SESSION_ACTIVE, self->staff);
  return TRUE;
}

void
bd_session_set_idle_limit (BdSession *self,
                           guint      seconds)
{
  g_return_if_fail (BD_IS_SESSION (self));
  self->idle_limit = seconds;
  self->idle_limit_set = TRUE;
}

void
bd_session_note_activity (BdSession *self)
{
  g_return_if_fail (BD_IS_SESSION (self));

  if (self->state == BD_SESSION_ACTIVE)
    self->last_activity = now (self);
}

gboolean
bd_session_check_idle (BdSession *self)
{
  g_return_val_if_fail (BD_IS_SESSION (self), FALSE);

  if (self->state != BD_SESSION_ACTIVE || self->idle_limit == 0 ||
      now (self) - self->last_activity < self->idle_limit)
    return FALSE;
  bd_session_lock (self);
  return TRUE;
}

gboolean
bd_session_owes_password_change (BdSession *self)
{
  g_return_val_if_fail (BD_IS_SESSION (self), FALSE);

  return self->staff != NULL && bd_staff_get_password_change_owed (self->staff);
}

/* The old password, as signing in checks it: a wrong one counts towards the delay, or
 * an unattended desk would let anyone guess the password of who left it. */
static gboolean
verify_old_password (BdSession   *self,
                     const char  *old_password,
                     GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (verify_staff (self, self->staff, old_password != NULL ? old_password : "", &local_error))
    return TRUE;
  if (g_error_matches (local_error, BD_SESSION_ERROR, BD_SESSION_ERROR_WRONG_PASSWORD))
    return session_error (error, BD_SESSION_ERROR_WRONG_PASSWORD,
                          _("The current password is not right"));
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* The password and its audit row in one write: a change not on record is not made. */
static gboolean
store_new_password (BdSession   *self,
                    const char  *new_password,
                    GError     **error)
{
  g_autofree char *hash = bd_password_hash (new_password, error);
  gint64 staff_id = bd_staff_get_id (self->staff);
  gboolean ok;

  if (hash == NULL || !bd_store_begin_write (self->store, error))
    return FALSE;
  ok = bd_store_set_staff_password (self->store, staff_id, hash, FALSE, error) &&
       bd_store_append_audit (self->store, staff_id, "password-changed", "staff", staff_id, 0,
                              bd_session_owes_password_change (self) ? "change owed" : NULL,
                              error);
  return bd_store_end_write (self->store, ok, error);
}

gboolean
bd_session_change_password (BdSession   *self,
                            const char  *old_password,
                            const char  *new_password,
                            const char  *repeated,
                            GError     **error)
{
  const char *login;

  g_return_val_if_fail (BD_IS_SESSION (self), FALSE);

  if (self->state != BD_SESSION_ACTIVE)
    return session_error (error, self->state == BD_SESSION_LOCKED ? BD_SESSION_ERROR_LOCKED
                                                                  : BD_SESSION_ERROR_NOT_SIGNED_IN,
                          self->state == BD_SESSION_LOCKED ? _("The desk is locked: unlock it first")
                                                           : _("Sign in first"));
  login = bd_staff_get_login (self->staff);
  if (!verify_old_password (self, old_password, error) ||
      !bd_password_rules_check_new (login, new_password, repeated, error))
    return FALSE;
  if (g_strcmp0 (old_password, new_password) == 0)
    return session_error (error, BD_SESSION_ERROR_SAME_PASSWORD,
                          _("The new password must not be the current one"));
  if (!store_new_password (self, new_password, error))
    return FALSE;
  if (bd_session_owes_password_change (self))
    {
      bd_staff_set_password_change_owed (self->staff, FALSE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PASSWORD_CHANGE_OWED]);
    }
  return TRUE;
}

gboolean
bd_session_may (BdSession    *self,
                BdPermission  permission)
{
  g_return_val_if_fail (BD_IS_SESSION (self), FALSE);

  return self->state == BD_SESSION_ACTIVE && !bd_session_owes_password_change (self) &&
         bd_role_may (bd_staff_get_role (self->staff), permission);
}

gboolean
bd_session_check (BdSession     *self,
                  BdPermission   permission,
                  GError       **error)
{
  g_return_val_if_fail (BD_IS_SESSION (self), FALSE);

  if (self->state == BD_SESSION_SIGNED_OUT)
    return session_error (error, BD_SESSION_ERROR_NOT_SIGNED_IN,
                          _("Sign in first"));
  if (self->state == BD_SESSION_LOCKED)
    return session_error (error, BD_SESSION_ERROR_LOCKED,
                          _("The desk is locked: unlock it first"));
  /* Issue 15, item 2: a password others know opens nothing but its own change. */
  if (bd_session_owes_password_change (self))
    return session_error (error, BD_SESSION_ERROR_PASSWORD_CHANGE_OWED,
                          _("Change your password first"));
  if (!bd_role_may (bd_staff_get_role (self->staff), permission))
    return session_error (error, BD_SESSION_ERROR_NOT_ALLOWED,
                          _("Your role does not allow this"));
  return TRUE;
}

gboolean
bd_session_write (BdSession          *self,
                  BdPermission        permission,
                  BdSessionWriteFunc  write,
                  gpointer            user_data,
                  GError            **error)
{
  gboolean ok;

  g_return_val_if_fail (BD_IS_SESSION (self), FALSE);
  g_return_val_if_fail (write != NULL, FALSE);

  if (!bd_session_check (self, permission, error))
    return FALSE;
  /* The store's own writes join this one: a failed audit row takes the record with it. */
  if (!bd_store_begin_write (self->store, error))
    return FALSE;
  ok = write (self->store, bd_session_get_staff_id (self), user_data, error);
  return bd_store_end_write (self->store, ok, error);
}

static const char *
field_value (BdCustomer    *customer,
             BdRevealField  field)
{
  switch (field)
    {
    case BD_REVEAL_ID_NUMBER: return bd_customer_get_id_number (customer);
    case BD_REVEAL_MOBILE: return bd_customer_get_mobile (customer);
    case BD_REVEAL_LANDLINE: return bd_customer_get_landline (customer);
    default: g_return_val_if_reached (NULL);
    }
}

char *
bd_session_reveal (BdSession      *self,
                   BdCustomer     *customer,
                   BdRevealField   field,
                   GError        **error)
{
  gint64 customer_id;

  g_return_val_if_fail (BD_IS_SESSION (self), NULL);
  g_return_val_if_fail (BD_IS_CUSTOMER (customer), NULL);

  if (!bd_session_check (self, BD_PERMISSION_REVEAL_PERSONAL_DATA, error))
    return NULL;

  /* No trail, no value: the audit row is written before anything is shown. */
  customer_id = bd_customer_get_id (customer);
  if (!bd_store_append_audit (self->store, bd_session_get_staff_id (self), "reveal", "customer",
                              customer_id, customer_id, bd_reveal_field_to_string (field), error))
    return NULL;
  return g_strdup (field_value (customer, field));
}

gboolean
bd_session_note_customer_opened (BdSession   *self,
                                 BdCustomer  *customer,
                                 GError     **error)
{
  gint64 customer_id;

  g_return_val_if_fail (BD_IS_SESSION (self), FALSE);
  g_return_val_if_fail (BD_IS_CUSTOMER (customer), FALSE);

  if (!bd_session_check (self, BD_PERMISSION_VIEW_CUSTOMERS, error))
    return FALSE;
  customer_id = bd_customer_get_id (customer);
  return bd_store_append_audit (self->store, bd_session_get_staff_id (self), "customer-opened",
                                "customer", customer_id, customer_id, NULL, error);
}

GListModel *
bd_session_list_recent_customers (BdSession  *self,
                                  guint       limit,
                                  GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (self), NULL);

  if (!bd_session_check (self, BD_PERMISSION_VIEW_CUSTOMERS, error))
    return NULL;
  return bd_store_list_recent_customers (self->store, bd_session_get_staff_id (self), limit, error);
}

gint64
bd_session_get_staff_id (BdSession *self)
{
  g_return_val_if_fail (BD_IS_SESSION (self), 0);
  return self->staff != NULL ? bd_staff_get_id (self->staff) : 0;
}

BdScope
bd_session_get_default_scope (BdSession *self)
{
  g_return_val_if_fail (BD_IS_SESSION (self), BD_SCOPE_OWN);

  return bd_session_may (self, BD_PERMISSION_BRANCH_QUEUES) ? BD_SCOPE_BRANCH : BD_SCOPE_OWN;
}

gboolean
bd_session_get_scope_staff (BdSession  *self,
                            BdScope     scope,
                            gint64     *staff_id,
                            GError    **error)
{
  g_return_val_if_fail (BD_IS_SESSION (self), FALSE);

  *staff_id = 0;
  if (!bd_session_check (self, scope == BD_SCOPE_BRANCH ? BD_PERMISSION_BRANCH_QUEUES
                                                        : BD_PERMISSION_VIEW_CUSTOMERS, error))
    return FALSE;
  if (scope == BD_SCOPE_OWN)
    *staff_id = bd_session_get_staff_id (self);
  return TRUE;
}

void
bd_session_set_clock (BdSession      *self,
                      BdSessionClock  clock,
                      gpointer        user_data)
{
  g_return_if_fail (BD_IS_SESSION (self));

  self->clock = clock != NULL ? clock : system_clock;
  self->clock_data = user_data;
}

BdStore *
bd_session_get_store (BdSession *self)
{
  g_return_val_if_fail (BD_IS_SESSION (self), NULL);
  return self->store;
}

BdSessionState
bd_session_get_state (BdSession *self)
{
  g_return_val_if_fail (BD_IS_SESSION (self), BD_SESSION_SIGNED_OUT);
  return self->state;
}

BdStaff *
bd_session_get_staff (BdSession *self)
{
  g_return_val_if_fail (BD_IS_SESSION (self), NULL);
  return self->staff;
}

static void
bd_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BdSession *self = BD_SESSION (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_STAFF:
      g_value_set_object (value, self->staff);
      break;
    case PROP_PASSWORD_CHANGE_OWED:
      g_value_set_boolean (value, bd_session_owes_password_change (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_session_dispose (GObject *object)
{
  BdSession *self = (BdSession *)object;

  g_clear_pointer (&self->draft, g_variant_unref);
  g_clear_pointer (&self->unknown_attempts, g_hash_table_unref);
  g_clear_object (&self->staff);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (bd_session_parent_class)->dispose (object);
}

static void
bd_session_class_init (BdSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_session_dispose;
  object_class->get_property = bd_session_get_property;

  /* An int rather than an enum type: the state enum is not registered with GType. */
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, BD_SESSION_SIGNED_OUT, BD_SESSION_LOCKED,
                      BD_SESSION_SIGNED_OUT,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAFF] =
    g_param_spec_object ("staff", NULL, NULL, BD_TYPE_STAFF,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PASSWORD_CHANGE_OWED] =
    g_param_spec_boolean ("password-change-owed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bd_session_init (BdSession *self)
{
  self->clock = system_clock;
  self->unknown_attempts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

BdSession *
bd_session_new (BdStore *store)
{
  BdSession *self;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  self = g_object_new (BD_TYPE_SESSION, NULL);
  self->store = g_object_ref (store);
  return self;
}
