/* test-staff.c — staff accounts and the password owed at first sign-in, on a real database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-audit-log.h"
#include "bd-demo.h"
#include "bd-password-rules.h"
#include "bd-session.h"
#include "bd-staff-desk.h"
#include "bd-staff-store.h"
#include "bd-test-fixture.h"

typedef struct
{
  BdTestStore base;
  BdStore    *store;
  BdSession  *admin;       /* the administrator "root", signed in */
  gint64      root_id;
  gint64      clerk_id;
  gint64      boss_id;
  gint64      clock;
} Fixture;

#define ROOT_PASSWORD  "root-password-1"
#define CLERK_PASSWORD "clerk-password-1"
#define BOSS_PASSWORD  "boss-password-1"

static gint64
test_clock (gpointer user_data)
{
  return ((Fixture *) user_data)->clock;
}

static BdSession *
sign_in (Fixture    *fixture,
         const char *login,
         const char *password)
{
  BdSession *session = bd_session_new (fixture->store);
  g_autoptr(GError) error = NULL;

  bd_session_set_clock (session, test_clock, fixture);
  g_assert_true (bd_session_sign_in (session, login, password, &error));
  g_assert_no_error (error);
  return session;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bd_test_store_set_up (&fixture->base, "bd-staff", "branch.db");
  fixture->store = fixture->base.store;
  fixture->clock = 1800000000;
  fixture->root_id = bd_test_add_staff (fixture->store, "root", "管理员", BD_ROLE_ADMINISTRATOR,
                                        ROOT_PASSWORD, NULL);
  fixture->clerk_id = bd_test_add_staff (fixture->store, "clerk", "柜员", BD_ROLE_COUNTER,
                                         CLERK_PASSWORD, NULL);
  fixture->boss_id = bd_test_add_staff (fixture->store, "boss", "主管", BD_ROLE_SUPERVISOR,
                                        BOSS_PASSWORD, NULL);
  fixture->admin = sign_in (fixture, "root", ROOT_PASSWORD);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->admin);
  bd_test_store_tear_down (&fixture->base);
}

static BdStaff *
read_staff (Fixture *fixture,
            gint64   staff_id)
{
  g_autoptr(GError) error = NULL;
  BdStaff *staff = bd_store_get_staff (fixture->store, staff_id, &error);

  g_assert_no_error (error);
  return staff;
}

/* The newest audit row: its action, the account it names and its detail. */
static void
assert_last_audit (Fixture    *fixture,
                   const char *action,
                   gint64      by,
                   gint64      staff_id,
                   const char *detail_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = bd_store_list_audit (fixture->store, 1, &error);
  BdAuditEntry *row;

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  row = rows->pdata[0];
  g_assert_cmpstr (row->action, ==, action);
  /* The audit log's window and its CSV name it in words. */
  g_assert_cmpstr (bd_audit_action_get_label (action), !=, action);
  g_assert_cmpint (row->staff_id, ==, by);
  g_assert_cmpstr (row->record_table, ==, "staff");
  g_assert_cmpint (row->record_id, ==, staff_id);
  if (detail_part != NULL)
    g_assert_nonnull (strstr (row->detail != NULL ? row->detail : "", detail_part));
}

static guint
count_audit (Fixture    *fixture,
             const char *action)
{
  return bd_store_count_audit (fixture->store, action, NULL);
}

static BdStaff *
new_account (const char *login,
             const char *name,
             BdRole      role)
{
  BdStaff *staff = bd_staff_new ();

  bd_staff_set_login (staff, login);
  bd_staff_set_name (staff, name);
  bd_staff_set_role (staff, role);
  bd_staff_set_phone (staff, "13900001111");
  return staff;
}

/* The administrator lists every account, the disabled ones and the delays too. */
static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;

  g_assert_true (bd_staff_desk_set_active (fixture->admin, fixture->clerk_id, FALSE,
                                           "left the branch", &error));
  g_assert_no_error (error);
  list = bd_staff_desk_list (fixture->admin, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    g_autoptr(BdStaff) clerk = g_list_model_get_item (list, 1);

    g_assert_cmpstr (bd_staff_get_login (clerk), ==, "clerk");
    g_assert_false (bd_staff_get_active (clerk));
    g_assert_cmpint (bd_staff_get_locked_until (clerk), ==, 0);
  }
}

/* An account added by the administrator: its password checked by the rules, owed a
 * change at the first sign-in, audited. */
static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(BdStaff) staff = new_account ("newbie", "新员工", BD_ROLE_COUNTER);
  g_autoptr(BdStaff) taken = new_account ("clerk", "重名", BD_ROLE_COUNTER);
  g_autoptr(BdStaff) read = NULL;
  g_autoptr(GError) error = NULL;

  /* The rules: too short, the login itself, the demo's, typed twice differently. */
  g_assert_false (bd_staff_desk_add (fixture->admin, staff, "short", "short", &error));
  g_assert_error (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_TOO_SHORT);
  g_assert_cmpint (bd_staff_desk_error_field (error), ==, BD_STAFF_FIELD_PASSWORD);
  g_clear_error (&error);
  g_assert_false (bd_staff_desk_add (fixture->admin, staff, "newbie-newbie", "newbie-newbie", &error));
  g_assert_error (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_IS_LOGIN);
  g_clear_error (&error);
  g_assert_false (bd_staff_desk_add (fixture->admin, staff, BD_DEMO_PASSWORD_COUNTER,
                                     BD_DEMO_PASSWORD_COUNTER, &error));
  g_assert_error (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_IS_DEMO);
  g_clear_error (&error);
  g_assert_false (bd_staff_desk_add (fixture->admin, staff, "first-password", "first-passwort",
                                     &error));
  g_assert_error (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_MISMATCH);
  g_assert_cmpint (bd_staff_desk_error_field (error), ==, BD_STAFF_FIELD_REPEATED);
  g_clear_error (&error);
  /* A login another account has, one with a space, an empty name: on their fields. */
  g_assert_false (bd_staff_desk_add (fixture->admin, taken, "first-password", "first-password",
                                     &error));
  g_assert_error (error, BD_STAFF_DESK_ERROR, BD_STAFF_DESK_ERROR_LOGIN);
  g_assert_cmpint (bd_staff_desk_error_field (error), ==, BD_STAFF_FIELD_LOGIN);
  g_clear_error (&error);
  bd_staff_set_login (taken, "two words");
  g_assert_false (bd_staff_desk_add (fixture->admin, taken, "first-password", "first-password",
                                     &error));
  g_assert_error (error, BD_STAFF_DESK_ERROR, BD_STAFF_DESK_ERROR_LOGIN);
  g_clear_error (&error);
  bd_staff_set_login (taken, "other");
  bd_staff_set_name (taken, "  ");
  g_assert_false (bd_staff_desk_add (fixture->admin, taken, "first-password", "first-password",
                                     &error));
  g_assert_error (error, BD_STAFF_DESK_ERROR, BD_STAFF_DESK_ERROR_NAME);
  g_assert_cmpint (bd_staff_desk_error_field (error), ==, BD_STAFF_FIELD_NAME);
  g_clear_error (&error);
  g_assert_cmpint (bd_test_query_int (fixture->base.path, "SELECT count(*) FROM staff"), ==, 3);
  g_assert_cmpuint (count_audit (fixture, "staff-added"), ==, 0);

  g_assert_true (bd_staff_desk_add (fixture->admin, staff, "first-password", "first-password",
                                    &error));
  g_assert_no_error (error);
  g_assert_cmpint (bd_staff_get_id (staff), >, 0);
  assert_last_audit (fixture, "staff-added", fixture->root_id, bd_staff_get_id (staff), "newbie");
  read = read_staff (fixture, bd_staff_get_id (staff));
  g_assert_cmpstr (bd_staff_get_name (read), ==, "新员工");
  g_assert_true (bd_staff_get_active (read));
  g_assert_true (bd_staff_get_password_change_owed (read));
}

/* The last active administrator is neither disabled nor demoted; with a second one,
 * either can go, and then the other is the last. */
static void
test_last_administrator (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BdStaff) root = read_staff (fixture, fixture->root_id);
  g_autoptr(BdStaff) second = new_account ("second", "第二管理员", BD_ROLE_ADMINISTRATOR);
  g_autoptr(BdSession) other = NULL;
  g_autoptr(GError) error = NULL;

  /* Themselves: never their own account or role. */
  g_assert_false (bd_staff_desk_set_active (fixture->admin, fixture->root_id, FALSE, "testing",
                                            &error));
  g_assert_error (error, BD_STAFF_DESK_ERROR, BD_STAFF_DESK_ERROR_OWN_ACCOUNT);
  g_clear_error (&error);
  bd_staff_set_role (root, BD_ROLE_SUPERVISOR);
  g_assert_false (bd_staff_desk_edit (fixture->admin, root, "testing", &error));
  g_assert_error (error, BD_STAFF_DESK_ERROR, BD_STAFF_DESK_ERROR_OWN_ACCOUNT);
  g_assert_cmpint (bd_staff_desk_error_field (error), ==, BD_STAFF_FIELD_ROLE);
  g_clear_error (&error);

  /* Another administrator signs in… */
  g_assert_true (bd_staff_desk_add (fixture->admin, second, "harbour-lamp-7",
                                    "harbour-lamp-7", &error));
  g_assert_no_error (error);
  other = sign_in (fixture, "second", "harbour-lamp-7");
  g_assert_true (bd_session_change_password (other, "harbour-lamp-7", "quiet-river-42",
                                             "quiet-river-42", &error));
  g_assert_no_error (error);

  /* …and demotes root, who is not the last; second is then the last. */
  g_assert_true (bd_staff_desk_edit (other, root, "moves to supervising", &error));
  g_assert_no_error (error);
  assert_last_audit (fixture, "staff-edited", bd_staff_get_id (second), fixture->root_id,
                     "role: administrator → supervisor; moves to supervising");
  /* Second cannot demote themselves either. */
  {
    g_autoptr(BdStaff) read = read_staff (fixture, bd_staff_get_id (second));

    bd_staff_set_role (read, BD_ROLE_COUNTER);
    g_assert_false (bd_staff_desk_edit (other, read, "testing", &error));
    g_assert_error (error, BD_STAFF_DESK_ERROR, BD_STAFF_DESK_ERROR_OWN_ACCOUNT);
    g_clear_error (&error);
  }
  /* root, a supervisor now, is refused by the core. */
  {
    g_autoptr(BdSession) demoted = sign_in (fixture, "root", ROOT_PASSWORD);

    g_assert_false (bd_staff_desk_set_active (demoted, bd_staff_get_id (second), FALSE,
                                              "taking over", &error));
    g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
    g_clear_error (&error);
  }
  g_assert_cmpint (bd_test_query_int (fixture->base.path,
                                      "SELECT count(*) FROM staff WHERE role = 'administrator' "
                                      "AND active = 1"), ==, 1);
}

/* Disabling and enabling, each with its reason in the audit log; a disabled
 * administrator does not count as one. */
static void
test_disable_enable (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(BdStaff) second = new_account ("second", "第二管理员", BD_ROLE_ADMINISTRATOR);
  g_autoptr(BdStaff) root = read_staff (fixture, fixture->root_id);
  g_autoptr(BdSession) other = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_staff_desk_add (fixture->admin, second, "harbour-lamp-7",
                                    "harbour-lamp-7", &error));
  g_assert_no_error (error);
  g_assert_true (bd_staff_desk_set_active (fixture->admin, bd_staff_get_id (second), FALSE,
                                           "on leave", &error));
  g_assert_no_error (error);
  assert_last_audit (fixture, "staff-disabled", fixture->root_id, bd_staff_get_id (second),
                     "on leave");
  g_assert_true (bd_staff_desk_set_active (fixture->admin, bd_staff_get_id (second), TRUE,
                                           "back from leave", &error));
  g_assert_no_error (error);
  assert_last_audit (fixture, "staff-enabled", fixture->root_id, bd_staff_get_id (second),
                     "back from leave");

  /* Enabled, second is an administrator who counts: root may be demoted by them. */
  other = sign_in (fixture, "second", "harbour-lamp-7");
  g_assert_true (bd_session_change_password (other, "harbour-lamp-7", "quiet-river-42",
                                             "quiet-river-42", &error));
  g_assert_no_error (error);
  bd_staff_set_role (root, BD_ROLE_COUNTER);
  g_assert_true (bd_staff_desk_edit (other, root, "counter duty", &error));
  g_assert_no_error (error);
}

/* The last active administrator, asked for by another administrator's session that was
 * opened before that one was disabled: neither demoted nor disabled. */
static void
test_last_administrator_refused (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(BdStaff) second = new_account ("second", "第二管理员", BD_ROLE_ADMINISTRATOR);
  g_autoptr(BdSession) other = NULL;
  g_autoptr(BdStaff) root = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_staff_desk_add (fixture->admin, second, "harbour-lamp-7",
                                    "harbour-lamp-7", &error));
  g_assert_no_error (error);
  other = sign_in (fixture, "second", "harbour-lamp-7");
  g_assert_true (bd_session_change_password (other, "harbour-lamp-7", "quiet-river-42",
                                             "quiet-river-42", &error));
  g_assert_no_error (error);
  /* Root disables second, whose session is still open: root is then the last active
   * administrator, whom that session may neither demote nor disable. */
  g_assert_true (bd_staff_desk_set_active (fixture->admin, bd_staff_get_id (second), FALSE,
                                           "left", &error));
  g_assert_no_error (error);
  root = read_staff (fixture, fixture->root_id);
  bd_staff_set_role (root, BD_ROLE_SUPERVISOR);
  g_assert_false (bd_staff_desk_edit (other, root, "taking over", &error));
  g_assert_error (error, BD_STAFF_DESK_ERROR, BD_STAFF_DESK_ERROR_LAST_ADMINISTRATOR);
  g_assert_cmpint (bd_staff_desk_error_field (error), ==, BD_STAFF_FIELD_ROLE);
  g_clear_error (&error);
  g_assert_false (bd_staff_desk_set_active (other, fixture->root_id, FALSE, "taking over",
                                            &error));
  g_assert_error (error, BD_STAFF_DESK_ERROR, BD_STAFF_DESK_ERROR_LAST_ADMINISTRATOR);
  g_clear_error (&error);
  g_assert_cmpint (bd_test_query_int (fixture->base.path,
                                      "SELECT count(*) FROM staff WHERE role = 'administrator' "
                                      "AND active = 1"), ==, 1);
  g_assert_cmpuint (count_audit (fixture, "staff-edited"), ==, 0);
}

/* A disabled account is refused at sign-in, its rows and history kept; enabled, it signs
 * in again. */
static void
test_disabled_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(BdSession) session = bd_session_new (fixture->store);
  g_autoptr(GError) error = NULL;
  gint64 history;

  g_object_unref (sign_in (fixture, "clerk", CLERK_PASSWORD));
  history = bd_test_query_int (fixture->base.path, "SELECT count(*) FROM audit_log WHERE "
                                                   "staff_id = (SELECT id FROM staff WHERE "
                                                   "login = 'clerk')");
  g_assert_cmpint (history, >, 0);

  /* Without a reason: refused on its field, nothing changed. */
  g_assert_false (bd_staff_desk_set_active (fixture->admin, fixture->clerk_id, FALSE, "  ",
                                            &error));
  g_assert_error (error, BD_STAFF_DESK_ERROR, BD_STAFF_DESK_ERROR_REASON);
  g_assert_cmpint (bd_staff_desk_error_field (error), ==, BD_STAFF_FIELD_REASON);
  g_clear_error (&error);
  g_assert_cmpuint (count_audit (fixture, "staff-disabled"), ==, 0);

  g_assert_true (bd_staff_desk_set_active (fixture->admin, fixture->clerk_id, FALSE,
                                           "left the branch", &error));
  g_assert_no_error (error);
  g_assert_false (bd_session_sign_in (session, "clerk", CLERK_PASSWORD, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_INACTIVE);
  g_clear_error (&error);
  g_assert_cmpint (bd_session_get_state (session), ==, BD_SESSION_SIGNED_OUT);
  /* The account and what it did stay. */
  g_assert_cmpint (bd_test_query_int (fixture->base.path, "SELECT count(*) FROM staff WHERE "
                                                          "login = 'clerk' AND active = 0"), ==, 1);
  g_assert_cmpint (bd_test_query_int (fixture->base.path, "SELECT count(*) FROM audit_log WHERE "
                                                          "staff_id = (SELECT id FROM staff WHERE "
                                                          "login = 'clerk')"), ==, history);

  g_assert_true (bd_staff_desk_set_active (fixture->admin, fixture->clerk_id, TRUE,
                                           "came back", &error));
  g_assert_no_error (error);
  g_assert_true (bd_session_sign_in (session, "clerk", CLERK_PASSWORD, &error));
  g_assert_no_error (error);
}

/* While a change is owed the session grants nothing; the change needs the old password
 * and follows the rules; then everything the role holds is granted. */
static void
test_change_owed (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(BdStaff) staff = new_account ("newbie", "新员工", BD_ROLE_COUNTER);
  g_autoptr(BdSession) session = NULL;
  g_autoptr(GError) error = NULL;
  gboolean notified = FALSE;
  gboolean owed = FALSE;

  g_assert_true (bd_staff_desk_add (fixture->admin, staff, "given-password", "given-password",
                                    &error));
  g_assert_no_error (error);
  session = sign_in (fixture, "newbie", "given-password");
  g_assert_true (bd_session_owes_password_change (session));
  g_object_get (session, "password-change-owed", &owed, NULL);
  g_assert_true (owed);

  /* Nothing else, not even what every role may. */
  for (guint p = 0; p < BD_N_PERMISSIONS; p++)
    {
      g_assert_false (bd_session_may (session, p));
      g_assert_false (bd_session_check (session, p, &error));
      g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_PASSWORD_CHANGE_OWED);
      g_clear_error (&error);
    }
  g_assert_null (bd_session_list_recent_customers (session, 5, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_PASSWORD_CHANGE_OWED);
  g_clear_error (&error);

  /* The old password is needed; the rules hold; the new is not the old. */
  g_assert_false (bd_session_change_password (session, "guessed-wrong", "autumn-maple-9",
                                              "autumn-maple-9", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_WRONG_PASSWORD);
  g_clear_error (&error);
  g_assert_false (bd_session_change_password (session, "given-password", "short", "short",
                                              &error));
  g_assert_error (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_TOO_SHORT);
  g_clear_error (&error);
  g_assert_false (bd_session_change_password (session, "given-password",
                                              BD_DEMO_PASSWORD_SUPERVISOR,
                                              BD_DEMO_PASSWORD_SUPERVISOR, &error));
  g_assert_error (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_IS_DEMO);
  g_clear_error (&error);
  g_assert_false (bd_session_change_password (session, "given-password", "autumn-maple-9",
                                              "autumn-maple-8", &error));
  g_assert_error (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_MISMATCH);
  g_clear_error (&error);
  g_assert_false (bd_session_change_password (session, "given-password", "given-password",
                                              "given-password", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_SAME_PASSWORD);
  g_clear_error (&error);
  g_assert_true (bd_session_owes_password_change (session));
  g_assert_cmpuint (count_audit (fixture, "password-changed"), ==, 0);

  g_signal_connect_swapped (session, "notify::password-change-owed",
                            G_CALLBACK (g_nullify_pointer), &notified);
  notified = TRUE;
  g_assert_true (bd_session_change_password (session, "given-password", "autumn-maple-9",
                                             "autumn-maple-9", &error));
  g_assert_no_error (error);
  g_assert_false (notified);
  g_assert_false (bd_session_owes_password_change (session));
  assert_last_audit (fixture, "password-changed", bd_staff_get_id (staff),
                     bd_staff_get_id (staff), "change owed");
  g_assert_true (bd_session_may (session, BD_PERMISSION_VIEW_CUSTOMERS));
  g_assert_false (bd_session_may (session, BD_PERMISSION_MANAGE_STAFF));

  /* It stays paid: the next sign-in owes nothing, and the old password is gone. */
  g_clear_object (&session);
  session = bd_session_new (fixture->store);
  g_assert_false (bd_session_sign_in (session, "newbie", "given-password", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_WRONG_PASSWORD);
  g_clear_error (&error);
  g_assert_true (bd_session_sign_in (session, "newbie", "autumn-maple-9", &error));
  g_assert_no_error (error);
  g_assert_false (bd_session_owes_password_change (session));
}

/* Changing one's password any time needs the old one too, and owes nothing after. */
static void
test_change_any_time (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BdSession) session = sign_in (fixture, "clerk", CLERK_PASSWORD);
  g_autoptr(GError) error = NULL;

  g_assert_false (bd_session_owes_password_change (session));
  g_assert_false (bd_session_change_password (session, NULL, "silver-tide-31",
                                              "silver-tide-31", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_WRONG_PASSWORD);
  g_clear_error (&error);
  g_assert_true (bd_session_change_password (session, CLERK_PASSWORD, "silver-tide-31",
                                             "silver-tide-31", &error));
  g_assert_no_error (error);
  assert_last_audit (fixture, "password-changed", fixture->clerk_id, fixture->clerk_id, NULL);
  /* Locked, the desk changes nothing. */
  bd_session_lock (session);
  g_assert_false (bd_session_change_password (session, "silver-tide-31", "copper-bell-55",
                                              "copper-bell-55", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_LOCKED);
}

/* A reset password: the rules, a reason, owed a change at the next sign-in. */
static void
test_reset (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(BdSession) session = NULL;
  g_autoptr(BdStaff) clerk = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (bd_staff_desk_reset_password (fixture->admin, fixture->clerk_id, "clerk",
                                                "clerk", "forgot it", &error));
  g_assert_error (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_TOO_SHORT);
  g_clear_error (&error);
  g_assert_false (bd_staff_desk_reset_password (fixture->admin, fixture->clerk_id,
                                                "reset-password", "reset-password", NULL,
                                                &error));
  g_assert_error (error, BD_STAFF_DESK_ERROR, BD_STAFF_DESK_ERROR_REASON);
  g_clear_error (&error);
  g_assert_true (bd_staff_desk_reset_password (fixture->admin, fixture->clerk_id,
                                               "reset-password", "reset-password",
                                               "forgot it", &error));
  g_assert_no_error (error);
  assert_last_audit (fixture, "password-reset", fixture->root_id, fixture->clerk_id, "forgot it");
  clerk = read_staff (fixture, fixture->clerk_id);
  g_assert_true (bd_staff_get_password_change_owed (clerk));

  session = sign_in (fixture, "clerk", "reset-password");
  g_assert_true (bd_session_owes_password_change (session));
  g_assert_false (bd_session_may (session, BD_PERMISSION_VIEW_CUSTOMERS));
}

/* Unlock clears the delay after wrong passwords, with its reason. */
static void
test_unlock (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(BdSession) session = bd_session_new (fixture->store);
  g_autoptr(BdStaff) clerk = NULL;
  g_autoptr(GError) error = NULL;

  bd_session_set_clock (session, test_clock, fixture);
  for (guint i = 0; i < BD_SESSION_MAX_ATTEMPTS; i++)
    {
      g_assert_false (bd_session_sign_in (session, "clerk", "wrong-guess", &error));
      g_clear_error (&error);
    }
  g_assert_false (bd_session_sign_in (session, "clerk", CLERK_PASSWORD, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_TOO_MANY_ATTEMPTS);
  g_clear_error (&error);
  clerk = read_staff (fixture, fixture->clerk_id);
  g_assert_cmpint (bd_staff_get_locked_until (clerk), ==,
                   fixture->clock + BD_SESSION_FIRST_DELAY_SECONDS);

  g_assert_false (bd_staff_desk_unlock (fixture->admin, fixture->clerk_id, "", &error));
  g_assert_error (error, BD_STAFF_DESK_ERROR, BD_STAFF_DESK_ERROR_REASON);
  g_clear_error (&error);
  g_assert_true (bd_staff_desk_unlock (fixture->admin, fixture->clerk_id, "called from her desk",
                                       &error));
  g_assert_no_error (error);
  assert_last_audit (fixture, "staff-unlocked", fixture->root_id, fixture->clerk_id,
                     "called from her desk");
  g_clear_object (&clerk);
  clerk = read_staff (fixture, fixture->clerk_id);
  g_assert_cmpint (bd_staff_get_locked_until (clerk), ==, 0);
  g_assert_true (bd_session_sign_in (session, "clerk", CLERK_PASSWORD, &error));
  g_assert_no_error (error);
}

/* Editing a name and phone needs no reason; a role does, and both are audited. */
static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(BdStaff) clerk = read_staff (fixture, fixture->clerk_id);
  g_autoptr(BdStaff) read = NULL;
  g_autoptr(GError) error = NULL;

  bd_staff_set_name (clerk, "柜员甲");
  bd_staff_set_phone (clerk, "13900002222");
  g_assert_true (bd_staff_desk_edit (fixture->admin, clerk, NULL, &error));
  g_assert_no_error (error);
  assert_last_audit (fixture, "staff-edited", fixture->root_id, fixture->clerk_id, NULL);
  bd_staff_set_role (clerk, BD_ROLE_SUPERVISOR);
  g_assert_false (bd_staff_desk_edit (fixture->admin, clerk, "", &error));
  g_assert_error (error, BD_STAFF_DESK_ERROR, BD_STAFF_DESK_ERROR_REASON);
  g_clear_error (&error);
  g_assert_true (bd_staff_desk_edit (fixture->admin, clerk, "promoted", &error));
  g_assert_no_error (error);
  assert_last_audit (fixture, "staff-edited", fixture->root_id, fixture->clerk_id,
                     "role: counter → supervisor; promoted");
  read = read_staff (fixture, fixture->clerk_id);
  g_assert_cmpstr (bd_staff_get_name (read), ==, "柜员甲");
  g_assert_cmpstr (bd_staff_get_phone (read), ==, "13900002222");
  g_assert_cmpint (bd_staff_get_role (read), ==, BD_ROLE_SUPERVISOR);
  /* The login stays: the audit log names it. */
  g_assert_cmpstr (bd_staff_get_login (read), ==, "clerk");
}

/* A counter or supervisor calling each staff function is refused by the core, and nothing
 * is written. */
static void
test_refused_to_others (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *logins[] = { "clerk", "boss" };
  const char *passwords[] = { CLERK_PASSWORD, BOSS_PASSWORD };

  for (guint i = 0; i < G_N_ELEMENTS (logins); i++)
    {
      g_autoptr(BdSession) session = sign_in (fixture, logins[i], passwords[i]);
      g_autoptr(BdStaff) staff = new_account ("intruder", "外人", BD_ROLE_ADMINISTRATOR);
      g_autoptr(BdStaff) root = read_staff (fixture, fixture->root_id);
      g_autoptr(GError) error = NULL;
      guint audit_rows = bd_test_query_int (fixture->base.path, "SELECT count(*) FROM audit_log");

      g_assert_null (bd_staff_desk_list (session, &error));
      g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
      g_clear_error (&error);
      g_assert_false (bd_staff_desk_add (session, staff, "intruder-pw", "intruder-pw", &error));
      g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
      g_clear_error (&error);
      bd_staff_set_name (root, "改名");
      g_assert_false (bd_staff_desk_edit (session, root, "why not", &error));
      g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
      g_clear_error (&error);
      g_assert_false (bd_staff_desk_set_active (session, fixture->root_id, FALSE, "why not",
                                                &error));
      g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
      g_clear_error (&error);
      g_assert_false (bd_staff_desk_reset_password (session, fixture->root_id, "taken-over-pw",
                                                    "taken-over-pw", "why not", &error));
      g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
      g_clear_error (&error);
      g_assert_false (bd_staff_desk_unlock (session, fixture->root_id, "why not", &error));
      g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
      g_clear_error (&error);

      g_assert_cmpint (bd_test_query_int (fixture->base.path, "SELECT count(*) FROM staff"), ==, 3);
      g_assert_cmpint (bd_test_query_int (fixture->base.path,
                                          "SELECT count(*) FROM staff WHERE name = '改名'"), ==, 0);
      g_assert_cmpint (bd_test_query_int (fixture->base.path, "SELECT count(*) FROM audit_log"),
                       ==, audit_rows);
    }
}

/* Fail closed: a staff change whose audit row cannot be written is not made. */
static void
test_audit_fails_closed (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  bd_test_exec (fixture->base.path,
                "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                "BEGIN SELECT RAISE (ABORT, 'no audit'); END;");
  g_assert_false (bd_staff_desk_set_active (fixture->admin, fixture->clerk_id, FALSE,
                                            "left the branch", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (bd_test_query_int (fixture->base.path, "SELECT active FROM staff WHERE "
                                                          "login = 'clerk'"), ==, 1);
  g_assert_false (bd_staff_desk_reset_password (fixture->admin, fixture->clerk_id,
                                                "reset-password", "reset-password", "forgot",
                                                &error));
  g_assert_nonnull (error);
  g_assert_cmpint (bd_test_query_int (fixture->base.path, "SELECT must_change_password FROM "
                                                          "staff WHERE login = 'clerk'"), ==, 0);
}

/* Every demo account owes a change of the README's password, unless kept for tests. */
static void
test_demo_accounts_owe (void)
{
  for (guint keep = 0; keep < 2; keep++)
    {
      BdTestStore base = { 0 };
      BdDemoOptions options = { 10, 3, { 0 }, keep };
      g_autoptr(GError) error = NULL;
      guint n_accounts = 0;
      const BdDemoAccount *accounts = bd_demo_get_accounts (&n_accounts);

      bd_test_store_set_up (&base, "bd-staff-demo", "demo.db");
      g_date_set_dmy (&options.today, 22, 11, 2026);
      g_assert_true (bd_demo_generate (base.store, &options, NULL, NULL, &error));
      g_assert_no_error (error);
      for (guint i = 0; i < n_accounts; i++)
        {
          g_autoptr(BdSession) session = bd_session_new (base.store);

          g_assert_true (bd_session_sign_in (session, accounts[i].login, accounts[i].password,
                                             &error));
          g_assert_no_error (error);
          g_assert_cmpint (bd_session_owes_password_change (session), ==, !keep);
          g_assert_cmpint (bd_session_may (session, BD_PERMISSION_VIEW_CUSTOMERS), ==, keep);
        }
      bd_test_store_tear_down (&base);
    }
}

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  BD_TEST_ADD ("/staff/list", test_list);
  BD_TEST_ADD ("/staff/add", test_add);
  BD_TEST_ADD ("/staff/edit", test_edit);
  BD_TEST_ADD ("/staff/last-administrator/self", test_last_administrator);
  BD_TEST_ADD ("/staff/disable-enable", test_disable_enable);
  BD_TEST_ADD ("/staff/last-administrator/refused", test_last_administrator_refused);
  BD_TEST_ADD ("/staff/disabled-refused", test_disabled_refused);
  BD_TEST_ADD ("/staff/password/change-owed", test_change_owed);
  BD_TEST_ADD ("/staff/password/change-any-time", test_change_any_time);
  BD_TEST_ADD ("/staff/password/reset", test_reset);
  BD_TEST_ADD ("/staff/unlock", test_unlock);
  BD_TEST_ADD ("/staff/refused-to-others", test_refused_to_others);
  BD_TEST_ADD ("/staff/audit-fails-closed", test_audit_fails_closed);
  g_test_add_func ("/staff/demo-accounts-owe", test_demo_accounts_owe);
  return g_test_run ();
}
