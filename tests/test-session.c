/* test-session.c — signing in, roles, locking and revealing, against a real database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-customers-store.h"
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

static void
test_sign_in_and_out (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (bd_session_get_state (fixture->session), ==, BD_SESSION_SIGNED_OUT);
  g_assert_false (bd_session_sign_in (fixture->session, "counter", "wrong", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_WRONG_PASSWORD);
  g_clear_error (&error);
  /* An unknown name gets the same answer as a wrong password. */
  g_assert_false (bd_session_sign_in (fixture->session, "nobody", "x", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_WRONG_PASSWORD);
  g_clear_error (&error);

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
    {
      g_assert_false (bd_session_sign_in (fixture->session, "counter", "wrong", &error));
      g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_WRONG_PASSWORD);
      g_clear_error (&error);
    }

  /* Now even the right password waits. */
  g_assert_false (bd_session_sign_in (fixture->session, "counter", "right-one", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_TOO_MANY_ATTEMPTS);
  g_clear_error (&error);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "sign-in-refused", NULL), ==, 1);

  fixture->clock += BD_SESSION_FIRST_DELAY_SECONDS - 1;
  g_assert_false (bd_session_sign_in (fixture->session, "counter", "right-one", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_TOO_MANY_ATTEMPTS);
  g_clear_error (&error);

  fixture->clock += 1;
  g_assert_true (bd_session_sign_in (fixture->session, "counter", "right-one", &error));
  g_assert_no_error (error);

  /* Success starts the count again: one more wrong password is not delayed. */
  bd_session_sign_out (fixture->session);
  g_assert_false (bd_session_sign_in (fixture->session, "counter", "wrong", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_WRONG_PASSWORD);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/session/sign-in-and-out", test_sign_in_and_out);
  ADD ("/session/delay-after-five-failures", test_delay_after_five_failures);
  ADD ("/session/idle-lock-and-unlock", test_idle_lock_and_unlock);
  ADD ("/session/another-staff-takes-locked-desk", test_another_staff_takes_locked_desk);
  ADD ("/session/roles", test_roles);
  ADD ("/session/reveal-is-audited", test_reveal_is_audited);
  ADD ("/session/recent-customers", test_recent_customers);

  return g_test_run ();
}
