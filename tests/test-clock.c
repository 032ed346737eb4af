/* test-clock.c — the one wall clock, fixed, and what reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-clock.h"
#include "bd-contacts-store.h"
#include "bd-customers-store.h"
#include "bd-identity.h"
#include "bd-session.h"
#include "bd-staff-store.h"
#include "bd-store.h"
#include "bd-test-fixture.h"

/* 09:00 in Nanjing is 01:00 UTC. */
#define MORNING "2026-11-25T09:00:00+08:00"

/* A store of the fixture library; its tear-down gives the clock back. */
typedef BdTestStore Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bd_test_store_set_up (fixture, "bd-clock", "branch.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bd_test_store_tear_down (fixture);
}

static void
assert_date (const GDate *date,
             const char  *expected)
{
  char iso[16];

  g_assert_true (g_date_valid (date));
  g_snprintf (iso, sizeof iso, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
  g_assert_cmpstr (iso, ==, expected);
}

static void
assert_today (GTimeZone  *zone,
              const char *expected)
{
  GDate today;

  bd_clock_get_today (zone, &today);
  assert_date (&today, expected);
}

static void
assert_now_utc (const char *expected)
{
  g_autoptr(GDateTime) now = bd_clock_now_utc ();
  g_autofree char *text = g_date_time_format_iso8601 (now);

  g_assert_cmpstr (text, ==, expected);
}

/* A fixed clock stands still at its instant, in every form the program reads it. */
static void
test_fixed (void)
{
  g_autoptr(GTimeZone) shanghai = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GDateTime) here = NULL;
  g_autoptr(GDateTime) reference = g_date_time_new_from_iso8601 (MORNING, NULL);
  g_autofree char *stamp = NULL;

  bd_test_clock_fix (MORNING);
  assert_now_utc ("2026-11-25T01:00:00Z");
  assert_now_utc ("2026-11-25T01:00:00Z");
  g_assert_cmpint (bd_clock_get_unix (), ==, g_date_time_to_unix (reference));
  stamp = bd_clock_dup_utc_timestamp ();
  g_assert_cmpstr (stamp, ==, "2026-11-25T01:00:00Z");
  here = bd_clock_now (shanghai);
  g_assert_cmpint (g_date_time_get_hour (here), ==, 9);
  g_assert_cmpint (g_date_time_get_utc_offset (here), ==, 8 * G_TIME_SPAN_HOUR);
  assert_today (shanghai, "2026-11-25");
  /* The tests pin TZ to Asia/Shanghai: %NULL is the machine's zone. */
  assert_today (NULL, "2026-11-25");

  bd_clock_reset ();
  g_assert_cmpint (ABS (bd_clock_get_unix () - g_get_real_time () / G_USEC_PER_SEC), <=, 60);
}

/* 11:00 UTC is already 01:00 tomorrow in Kiritimati and only midnight in Pago Pago; at
 * 09:59:59 UTC both are still a day behind. */
static void
test_today_in_two_zones (void)
{
  g_autoptr(GTimeZone) east = g_time_zone_new_identifier ("Pacific/Kiritimati");
  g_autoptr(GTimeZone) west = g_time_zone_new_identifier ("Pacific/Pago_Pago");

  g_assert_nonnull (east);
  g_assert_nonnull (west);
  bd_test_clock_fix ("2026-11-25T11:00:00Z");
  assert_today (east, "2026-11-26");
  assert_today (west, "2026-11-25");
  bd_test_clock_fix ("2026-11-25T09:59:59Z");
  assert_today (east, "2026-11-25");
  assert_today (west, "2026-11-24");
  bd_clock_reset ();
}

/* The store's day is the clock's day in the branch's zone. */
static void
test_store_today (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *nanjing = NULL;
  g_autofree char *london = NULL;
  GDate today;

  /* 00:30 on the 26th in Nanjing, still the 25th in London. */
  bd_test_clock_fix ("2026-11-25T16:30:00Z");
  bd_store_get_today (fixture->store, &today);
  assert_date (&today, "2026-11-26");
  nanjing = bd_store_dup_today_iso (fixture->store);
  g_assert_cmpstr (nanjing, ==, "2026-11-26");
  g_assert_true (bd_store_set_setting (fixture->store, "time-zone", "Europe/London", NULL));
  london = bd_store_dup_today_iso (fixture->store);
  g_assert_cmpstr (london, ==, "2026-11-25");
}

static gint64
add_customer (Fixture *fixture)
{
  return bd_test_add_person (fixture->store, "张三", BD_SEX_MALE, NULL, NULL, NULL);
}

/* Every timestamp the store writes is the clock's: the audit row, a contact dated now. */
static void
test_store_timestamps (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(BdContact) call = bd_test_contact_new (add_customer (fixture), BD_CONTACT_PHONE, 0,
                                                  "约定上门");
  g_autoptr(BdContact) back = NULL;
  g_autoptr(GError) error = NULL;

  bd_test_clock_fix (MORNING);
  g_assert_true (bd_store_append_audit (fixture->store, 0, "sign-out", NULL, 0, 0, NULL, &error));
  g_assert_no_error (error);
  entries = bd_store_list_audit (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (((BdAuditEntry *) entries->pdata[0])->action, ==, "sign-out");
  g_assert_cmpstr (((BdAuditEntry *) entries->pdata[0])->at, ==, "2026-11-25T01:00:00Z");

  g_assert_true (bd_store_add_contact (fixture->store, call, &error));
  g_assert_no_error (error);
  back = bd_store_get_contact (fixture->store, bd_contact_get_id (call), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bd_contact_get_at (back), ==, "2026-11-25T01:00:00Z");
}

/* A slip made now plans a visit still to come: "now" is the clock's, in the branch. */
static void
test_contact_rule_reads_clock (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(BdContact) slip = bd_test_contact_new (add_customer (fixture), BD_CONTACT_SLIP, 0,
                                                  NULL);
  g_autoptr(GError) error = NULL;

  bd_contact_set_next_visit (slip, "2026-11-25T08:30");
  bd_test_clock_fix (MORNING);
  g_assert_false (bd_store_add_contact (fixture->store, slip, &error));
  g_assert_error (error, BD_CONTACT_ERROR, BD_CONTACT_FIELD_VISIT_TIME);
  g_clear_error (&error);
  bd_test_clock_fix ("2026-11-25T08:00:00+08:00");
  g_assert_true (bd_store_add_contact (fixture->store, slip, &error));
  g_assert_no_error (error);
}

/* A birth after today is refused; today is the clock's. */
static void
test_identity_reads_clock (void)
{
  /* Born 2010-01-01. */
  const char *number = "110105201001010010";

  bd_test_clock_fix ("2009-06-01T09:00:00+08:00");
  g_assert_false (bd_identity_parse (number, NULL, NULL, NULL));
  bd_test_clock_fix (MORNING);
  g_assert_true (bd_identity_parse (number, NULL, NULL, NULL));
  bd_clock_reset ();
}

/* A session without a clock of its own reads the shared one: the idle lock follows it. */
static void
test_session_reads_clock (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(BdSession) session = NULL;
  g_autoptr(GError) error = NULL;

  bd_test_add_staff (fixture->store, "counter", "counter", BD_ROLE_COUNTER, "right-one", NULL);
  session = bd_session_new (fixture->store);
  bd_session_set_idle_limit (session, 60);

  bd_test_clock_fix (MORNING);
  g_assert_true (bd_session_sign_in (session, "counter", "right-one", &error));
  g_assert_no_error (error);
  bd_test_clock_fix ("2026-11-25T09:00:59+08:00");
  g_assert_false (bd_session_check_idle (session));
  bd_test_clock_fix ("2026-11-25T09:01:00+08:00");
  g_assert_true (bd_session_check_idle (session));
  g_assert_cmpint (bd_session_get_state (session), ==, BD_SESSION_LOCKED);
}

/* BRANCHDESK_FIXED_TIME starts the program on a chosen instant, and the time runs on. */
static void
test_environment (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GDateTime) start = bd_clock_now_utc ();
      g_autoptr(GDateTime) later = NULL;
      g_autoptr(GDateTime) reference = g_date_time_new_from_iso8601 (MORNING, NULL);

      g_assert_cmpint (g_date_time_difference (start, reference), >=, 0);
      g_assert_cmpint (g_date_time_difference (start, reference), <, 60 * G_TIME_SPAN_SECOND);
      g_usleep (2000);
      later = bd_clock_now_utc ();
      g_assert_cmpint (g_date_time_difference (later, start), >=, 2000);
      assert_today (NULL, "2026-11-25");
      return;
    }
  g_setenv (BD_CLOCK_FIXED_TIME_ENV, MORNING, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv (BD_CLOCK_FIXED_TIME_ENV);
  g_test_trap_assert_passed ();
}

/* A value that is no time is said, and the system's clock used. */
static void
test_environment_invalid (void)
{
  if (g_test_subprocess ())
    {
      g_test_expect_message ("bd-clock", G_LOG_LEVEL_WARNING, "*not an ISO 8601*");
      g_assert_cmpint (ABS (bd_clock_get_unix () - g_get_real_time () / G_USEC_PER_SEC), <=, 60);
      g_test_assert_expected_messages ();
      return;
    }
  g_setenv (BD_CLOCK_FIXED_TIME_ENV, "25/11/2026", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv (BD_CLOCK_FIXED_TIME_ENV);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clock/fixed", test_fixed);
  g_test_add_func ("/clock/today-in-two-zones", test_today_in_two_zones);
  g_test_add_func ("/clock/identity", test_identity_reads_clock);
  g_test_add_func ("/clock/environment", test_environment);
  g_test_add_func ("/clock/environment-invalid", test_environment_invalid);
  g_test_add ("/clock/store/today", Fixture, NULL, fixture_set_up, test_store_today,
              fixture_tear_down);
  g_test_add ("/clock/store/timestamps", Fixture, NULL, fixture_set_up, test_store_timestamps,
              fixture_tear_down);
  g_test_add ("/clock/store/contact-rule", Fixture, NULL, fixture_set_up,
              test_contact_rule_reads_clock, fixture_tear_down);
  g_test_add ("/clock/session/idle", Fixture, NULL, fixture_set_up, test_session_reads_clock,
              fixture_tear_down);

  return g_test_run ();
}
