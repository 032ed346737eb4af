/* test-session.c — signing in, roles, locking and revealing, against a real database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>

#include "bd-customers-store.h"
#include "bd-password.h"
#include "bd-session.h"
#include "bd-test-fixture.h"

typedef struct
{
  BdTestStore base;
  BdStore    *store;
  BdSession  *session;
  gint64      clock;
  BdCustomer *customer;
} Fixture;

static gint64
test_clock (gpointer user_data)
{
  return ((Fixture *) user_data)->clock;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bd_test_store_set_up (&fixture->base, "bd-session", "branch.db");
  fixture->store = fixture->base.store;
  bd_test_add_staff (fixture->store, "counter", "counter", BD_ROLE_COUNTER, "right-one", NULL);
  bd_test_add_staff (fixture->store, "boss", "boss", BD_ROLE_SUPERVISOR, "boss-pass", NULL);

  fixture->customer = bd_test_customer_new ("陈静", BD_SEX_UNKNOWN, NULL, "11010519491231002X",
                                            "13812345678");
  bd_test_add_customer (fixture->store, fixture->customer);

  fixture->clock = 1800000000;
  fixture->session = bd_session_new (fixture->store);
  bd_session_set_clock (fixture->session, test_clock, fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->customer);
  bd_test_store_tear_down (&fixture->base);
}

/* @login with @password is refused, with @code. */
static void
assert_sign_in_refused (BdSession      *session,
                        const char     *login,
                        const char     *password,
                        BdSessionError  code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (bd_session_sign_in (session, login, password, &error));
  g_assert_error (error, BD_SESSION_ERROR, code);
}

static void
test_sign_in_and_out (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (bd_session_get_state (fixture->session), ==, BD_SESSION_SIGNED_OUT);
  assert_sign_in_refused (fixture->session, "counter", "wrong", BD_SESSION_ERROR_WRONG_PASSWORD);
  /* An unknown name gets the same answer as a wrong password. */
  assert_sign_in_refused (fixture->session, "nobody", "x", BD_SESSION_ERROR_WRONG_PASSWORD);

  g_assert_true (bd_session_sign_in (fixture->session, " counter ", "right-one", &error));
  g_assert_no_error (error);
  g_assert_cmpint (bd_session_get_state (fixture->session), ==, BD_SESSION_ACTIVE);
  g_assert_cmpstr (bd_staff_get_login (bd_session_get_staff (fixture->session)), ==, "counter");
  bd_session_sign_out (fixture->session);
  g_assert_null (bd_session_get_staff (fixture->session));

  g_assert_cmpuint (bd_store_count_audit (fixture->store, "sign-in", NULL), ==, 1);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "sign-in-failed", NULL), ==, 2);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "sign-out", NULL), ==, 1);
}

static void
test_delay_after_five_failures (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < BD_SESSION_MAX_ATTEMPTS; i++)
    assert_sign_in_refused (fixture->session, "counter", "wrong", BD_SESSION_ERROR_WRONG_PASSWORD);

  /* Now even the right password waits. */
  assert_sign_in_refused (fixture->session, "counter", "right-one",
                          BD_SESSION_ERROR_TOO_MANY_ATTEMPTS);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "sign-in-refused", NULL), ==, 1);

  fixture->clock += BD_SESSION_FIRST_DELAY_SECONDS - 1;
  assert_sign_in_refused (fixture->session, "counter", "right-one",
                          BD_SESSION_ERROR_TOO_MANY_ATTEMPTS);

  fixture->clock += 1;
  g_assert_true (bd_session_sign_in (fixture->session, "counter", "right-one", &error));
  g_assert_no_error (error);

  /* Success starts the count again: one more wrong password is not delayed. */
  bd_session_sign_out (fixture->session);
  g_assert_false (bd_session_sign_in (fixture->session, "counter", "wrong", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_WRONG_PASSWORD);
}

/* A name that is no staff member's meets the same delay after five tries as a staff
 * member's wrong password: otherwise the delay alone would tell which names exist. */
static void
test_unknown_login_delayed (Fixture       *fixture,
                            gconstpointer  data)
{
  for (guint i = 0; i < BD_SESSION_MAX_ATTEMPTS; i++)
    assert_sign_in_refused (fixture->session, "nobody", "guess", BD_SESSION_ERROR_WRONG_PASSWORD);
  assert_sign_in_refused (fixture->session, "nobody", "guess",
                          BD_SESSION_ERROR_TOO_MANY_ATTEMPTS);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "sign-in-refused", NULL), ==, 1);
  /* Another name is counted on its own, as another staff member's would be. */
  assert_sign_in_refused (fixture->session, "someone", "guess", BD_SESSION_ERROR_WRONG_PASSWORD);

  fixture->clock += BD_SESSION_FIRST_DELAY_SECONDS;
  assert_sign_in_refused (fixture->session, "nobody", "guess", BD_SESSION_ERROR_WRONG_PASSWORD);
}

static void
test_idle_lock_and_unlock (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  bd_session_set_idle_limit (fixture->session, 300);
  g_assert_true (bd_session_sign_in (fixture->session, "counter", "right-one", NULL));

  fixture->clock += 299;
  g_assert_false (bd_session_check_idle (fixture->session));
  bd_session_note_activity (fixture->session);
  fixture->clock += 299;
  g_assert_false (bd_session_check_idle (fixture->session));
  fixture->clock += 1;
  g_assert_true (bd_session_check_idle (fixture->session));
  g_assert_cmpint (bd_session_get_state (fixture->session), ==, BD_SESSION_LOCKED);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "lock", NULL), ==, 1);

  /* Locked: nothing is shown, nothing revealed. */
  g_assert_false (bd_session_may (fixture->session, BD_PERMISSION_VIEW_CUSTOMERS));
  value = bd_session_reveal (fixture->session, fixture->customer, BD_REVEAL_ID_NUMBER, &error);
  g_assert_null (value);
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_LOCKED);
  g_clear_error (&error);

  g_assert_false (bd_session_unlock (fixture->session, "wrong", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_WRONG_PASSWORD);
  g_clear_error (&error);
  g_assert_true (bd_session_unlock (fixture->session, "right-one", &error));
  g_assert_cmpint (bd_session_get_state (fixture->session), ==, BD_SESSION_ACTIVE);
}

static void
test_another_staff_takes_locked_desk (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_assert_true (bd_session_sign_in (fixture->session, "counter", "right-one", NULL));
  bd_session_lock (fixture->session);
  g_assert_true (bd_session_sign_in (fixture->session, "boss", "boss-pass", NULL));
  g_assert_cmpstr (bd_staff_get_login (bd_session_get_staff (fixture->session)), ==, "boss");
  g_assert_cmpint (bd_session_get_state (fixture->session), ==, BD_SESSION_ACTIVE);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "sign-out", NULL), ==, 1);
}

static void
test_roles (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_role_may (BD_ROLE_COUNTER, BD_PERMISSION_VIEW_CUSTOMERS));
  g_assert_false (bd_role_may (BD_ROLE_COUNTER, BD_PERMISSION_SPOT_CHECKS));
  g_assert_false (bd_role_may (BD_ROLE_COUNTER, BD_PERMISSION_REPORTS));
  g_assert_true (bd_role_may (BD_ROLE_SUPERVISOR, BD_PERMISSION_SPOT_CHECKS));
  g_assert_false (bd_role_may (BD_ROLE_SUPERVISOR, BD_PERMISSION_MANAGE_STAFF));
  g_assert_true (bd_role_may (BD_ROLE_ADMINISTRATOR, BD_PERMISSION_MANAGE_STAFF));

  g_assert_false (bd_session_check (fixture->session, BD_PERMISSION_VIEW_CUSTOMERS, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_SIGNED_IN);
  g_clear_error (&error);

  g_assert_true (bd_session_sign_in (fixture->session, "counter", "right-one", NULL));
  g_assert_false (bd_session_check (fixture->session, BD_PERMISSION_SPOT_CHECKS, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_true (bd_session_check (fixture->session, BD_PERMISSION_EDIT_HOUSEHOLD, &error));
}

static void
test_reveal_is_audited (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autofree char *number = NULL;
  g_autofree char *mobile = NULL;
  BdAuditEntry *last;

  g_assert_true (bd_session_sign_in (fixture->session, "counter", "right-one", NULL));
  number = bd_session_reveal (fixture->session, fixture->customer, BD_REVEAL_ID_NUMBER, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (number, ==, "11010519491231002X");
  mobile = bd_session_reveal (fixture->session, fixture->customer, BD_REVEAL_MOBILE, &error);
  g_assert_cmpstr (mobile, ==, "13812345678");

  audit = bd_store_list_audit (fixture->store, 10, &error);
  g_assert_no_error (error);
  last = g_ptr_array_index (audit, 1);
  g_assert_cmpstr (last->action, ==, "reveal");
  g_assert_cmpstr (last->detail, ==, "id-number");
  g_assert_cmpint (last->customer_id, ==, bd_customer_get_id (fixture->customer));
  g_assert_cmpint (last->staff_id, ==, bd_session_get_staff_id (fixture->session));
  g_assert_true (g_str_has_suffix (last->at, "Z"));
}

static void
test_recent_customers (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(BdCustomer) other = bd_customer_new ();
  g_autoptr(GListModel) recent = NULL;
  g_autoptr(BdCustomer) first = NULL;

  bd_customer_set_name (other, "李四");
  g_assert_true (bd_store_add_customer (fixture->store, other, NULL));
  g_assert_true (bd_session_sign_in (fixture->session, "counter", "right-one", NULL));
  g_assert_true (bd_session_note_customer_opened (fixture->session, fixture->customer, NULL));
  g_assert_true (bd_session_note_customer_opened (fixture->session, other, NULL));
  g_assert_true (bd_session_note_customer_opened (fixture->session, fixture->customer, NULL));

  recent = bd_store_list_recent_customers (fixture->store, bd_session_get_staff_id (fixture->session),
                                           10, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (recent), ==, 2);
  first = g_list_model_get_item (recent, 0);
  g_assert_cmpstr (bd_customer_get_name (first), ==, "陈静");
}

/* ── what a failed sign-in leaves behind, and what it costs ──────────────────────── */

/* The text typed as a staff name is not stored: it may be a password typed into the wrong
 * field. An unknown name is recorded as such. */
static void
test_unknown_login_not_recorded (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  BdAuditEntry *last;

  g_assert_false (bd_session_sign_in (fixture->session, "Secret-pw-7731", "", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_WRONG_PASSWORD);

  audit = bd_store_list_audit (fixture->store, 1, NULL);
  g_assert_cmpuint (audit->len, ==, 1);
  last = g_ptr_array_index (audit, 0);
  g_assert_cmpstr (last->action, ==, "sign-in-failed");
  g_assert_cmpstr (last->detail, ==, "unknown login");
  g_assert_cmpint (last->staff_id, ==, 0);
  g_assert_cmpint (bd_test_query_int (fixture->base.path,
                                      "SELECT count(*) FROM audit_log "
                                      "WHERE detail LIKE '%Secret-pw%'"), ==, 0);
}

/* An unknown name, a member without a password and a wrong password each cost one
 * Argon2id verification (against a hash made with the same limits), so the time a refusal
 * takes does not tell which staff names exist. Counted, not timed: timings would be
 * flaky. */
static void
test_unknown_login_costs_a_verification (Fixture       *fixture,
                                         gconstpointer  data)
{
  guint before;

  bd_test_add_staff (fixture->store, "nopass", "nopass", BD_ROLE_COUNTER, NULL, NULL);

  before = bd_password_get_verify_count ();
  g_assert_false (bd_session_sign_in (fixture->session, "nobody", "guess", NULL));
  g_assert_cmpuint (bd_password_get_verify_count (), ==, before + 1);
  g_assert_false (bd_session_sign_in (fixture->session, "", "guess", NULL));
  g_assert_cmpuint (bd_password_get_verify_count (), ==, before + 2);
  g_assert_false (bd_session_sign_in (fixture->session, "nopass", "guess", NULL));
  g_assert_cmpuint (bd_password_get_verify_count (), ==, before + 3);
  g_assert_false (bd_session_sign_in (fixture->session, "counter", "guess", NULL));
  g_assert_cmpuint (bd_password_get_verify_count (), ==, before + 4);
}

/* ── a database that cannot be written: fail closed ─────────────────────────────── */

#define ASSERT_REFUSED_BY_STORE(call, code) \
  G_STMT_START { \
    g_autoptr(GError) refused = NULL; \
    g_assert_false (call (&refused)); \
    g_assert_error (refused, BD_STORE_ERROR, code); \
  } G_STMT_END

/* A read-only file (mode 0444, another user's): the desk refuses it at once, and if asked
 * anyway no sign-in goes through, right or wrong, known name or not, for none could be
 * audited nor could the delay after wrong passwords be kept. SQLite opens a file it may
 * not write read-only without a word, so the test opens it through the store's read-only
 * connection when it runs as root (for whom the file's mode stops nothing), and through
 * the ordinary open of a 0444 file otherwise: the same connection either way. */
static void
test_read_only_file_fails_closed (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(BdStore) store = NULL;
  g_autoptr(BdSession) session = NULL;
  g_autoptr(GError) error = NULL;
  gint64 rows = bd_test_query_int (fixture->base.path, "SELECT count(*) FROM audit_log");

  g_assert_true (bd_store_check_writable (fixture->store, NULL));
  g_assert_cmpint (g_chmod (fixture->base.path, 0444), ==, 0);
  if (getuid () == 0)
    store = bd_store_open_read_only (fixture->base.path, bd_test_key (), &error);
  else
    store = bd_store_open (fixture->base.path, bd_test_key (), &error);
  g_assert_no_error (error);

  g_assert_false (bd_store_check_writable (store, &error));
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "The database cannot be written to"));
  g_clear_error (&error);

  session = bd_session_new (store);
  g_assert_false (bd_session_sign_in (session, "counter", "right-one", &error));
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (bd_session_get_state (session), ==, BD_SESSION_SIGNED_OUT);
  /* Wrong passwords are refused as the store refuses them, not one by one unrecorded. */
  for (guint i = 0; i < 8; i++)
    {
      g_assert_false (bd_session_sign_in (session, "counter", "wrong", &error));
      g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_READ_ONLY);
      g_clear_error (&error);
    }
  g_assert_false (bd_session_sign_in (session, "nobody", "wrong", &error));
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_cmpint (g_chmod (fixture->base.path, 0600), ==, 0);
  g_assert_cmpint (bd_test_query_int (fixture->base.path, "SELECT count(*) FROM audit_log"),
                   ==, rows);
}

/* The same refusals when the file can be opened for writing but the rows cannot go in —
 * a trigger added behind the store's back stands for a file that refuses writes even to
 * root: with no audit row there is no sign-in and no unlock, and with no sign-in state
 * (the count of wrong passwords) no sign-in either. Nothing is half written. */
static void
test_unrecorded_attempt_is_refused (Fixture       *fixture,
                                    gconstpointer  data)
{
  const char *path = fixture->base.path;
  guint signed_in = bd_store_count_audit (fixture->store, "sign-in", NULL);

  bd_test_exec (path, "CREATE TRIGGER test_no_audit BEFORE INSERT ON audit_log "
                      "BEGIN SELECT RAISE (ABORT, 'the audit log cannot be written'); END");
#define SIGN_IN(password, error) bd_session_sign_in (fixture->session, "counter", password, error)
#define SIGN_IN_RIGHT(error) SIGN_IN ("right-one", error)
#define SIGN_IN_WRONG(error) SIGN_IN ("wrong", error)
#define SIGN_IN_UNKNOWN(error) bd_session_sign_in (fixture->session, "nobody", "x", error)
#define UNLOCK(error) bd_session_unlock (fixture->session, "right-one", error)
  ASSERT_REFUSED_BY_STORE (SIGN_IN_RIGHT, BD_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (bd_session_get_state (fixture->session), ==, BD_SESSION_SIGNED_OUT);
  for (guint i = 0; i < 8; i++)
    ASSERT_REFUSED_BY_STORE (SIGN_IN_WRONG, BD_STORE_ERROR_CONSTRAINT);
  ASSERT_REFUSED_BY_STORE (SIGN_IN_UNKNOWN, BD_STORE_ERROR_CONSTRAINT);
  /* The count of wrong passwords went back with the audit row it came with. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT failed_attempts FROM staff "
                                            "WHERE login = 'counter'"), ==, 0);
  bd_test_exec (path, "DROP TRIGGER test_no_audit");

  bd_test_exec (path, "CREATE TRIGGER test_no_state BEFORE UPDATE ON staff "
                      "BEGIN SELECT RAISE (ABORT, 'the sign-in state cannot be written'); END");
  ASSERT_REFUSED_BY_STORE (SIGN_IN_RIGHT, BD_STORE_ERROR_CONSTRAINT);
  ASSERT_REFUSED_BY_STORE (SIGN_IN_WRONG, BD_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (bd_session_get_state (fixture->session), ==, BD_SESSION_SIGNED_OUT);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "sign-in", NULL), ==, signed_in);
  bd_test_exec (path, "DROP TRIGGER test_no_state");

  /* Locked, the desk stays locked when its unlocking cannot be recorded. */
  g_assert_true (SIGN_IN_RIGHT (NULL));
  bd_session_lock (fixture->session);
  bd_test_exec (path, "CREATE TRIGGER test_no_audit BEFORE INSERT ON audit_log "
                      "BEGIN SELECT RAISE (ABORT, 'the audit log cannot be written'); END");
  ASSERT_REFUSED_BY_STORE (UNLOCK, BD_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (bd_session_get_state (fixture->session), ==, BD_SESSION_LOCKED);
  bd_test_exec (path, "DROP TRIGGER test_no_audit");
  g_assert_true (UNLOCK (NULL));
#undef SIGN_IN
#undef SIGN_IN_RIGHT
#undef SIGN_IN_WRONG
#undef SIGN_IN_UNKNOWN
#undef UNLOCK
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  BD_TEST_ADD ("/session/sign-in-and-out", test_sign_in_and_out);
  BD_TEST_ADD ("/session/delay-after-five-failures", test_delay_after_five_failures);
  BD_TEST_ADD ("/session/unknown-login-delayed", test_unknown_login_delayed);
  BD_TEST_ADD ("/session/idle-lock-and-unlock", test_idle_lock_and_unlock);
  BD_TEST_ADD ("/session/another-staff-takes-locked-desk", test_another_staff_takes_locked_desk);
  BD_TEST_ADD ("/session/roles", test_roles);
  BD_TEST_ADD ("/session/reveal-is-audited", test_reveal_is_audited);
  BD_TEST_ADD ("/session/recent-customers", test_recent_customers);
  BD_TEST_ADD ("/session/unknown-login-not-recorded", test_unknown_login_not_recorded);
  BD_TEST_ADD ("/session/unknown-login-costs-a-verification",
               test_unknown_login_costs_a_verification);
  BD_TEST_ADD ("/session/read-only-file-fails-closed", test_read_only_file_fails_closed);
  BD_TEST_ADD ("/session/unrecorded-attempt-is-refused", test_unrecorded_attempt_is_refused);

  return g_test_run ();
}
