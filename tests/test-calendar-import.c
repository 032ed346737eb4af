/* test-calendar-import.c — a year's calendar imported into the branch's database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-audit-log.h"
#include "bd-calendar-desk.h"
#include "bd-calendar-store.h"
#include "bd-deadline.h"
#include "bd-test-fixture.h"

/* An invented 2027 (there is no notice yet), in the form of data/calendar/README.md. */
static const char year_2027[] =
  "\xEF\xBB\xBF# 2027, invented for the test\r\n"
  "year 2027\r\n"
  "2027-01-01..2027-01-03 off new-year\r\n"
  "2027-02-06..2027-02-12 off spring-festival\r\n"
  "2027-02-14            work spring-festival\r\n"
  "2027-10-01..2027-10-07 off national-day\r\n";

/* The same year imported again, New Year's Day one working day longer. */
static const char year_2027_amended[] =
  "year 2027\n"
  "2027-01-01..2027-01-04 off new-year\n"
  "2027-10-01..2027-10-07 off national-day\n";

/* Line 4 lists a day that does not exist: the whole file is refused. */
static const char year_2027_bad[] =
  "year 2027\n"
  "2027-01-01 off new-year\n"
  "\n"
  "2027-02-30 off spring-festival\n";

static const BdDeadlineRule ten_working_days = {
  "test-ten", "Ten working days", "from the start", 10, BD_DEADLINE_WORKING_DAYS, "test",
};

typedef struct
{
  BdTestStore  base;
  BdStore     *store;
  gint64       admin_id;
  BdSession   *admin;
  BdSession   *counter;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bd_test_store_set_up (&fixture->base, "bd-calendar-import", "branch.db");
  fixture->store = fixture->base.store;
  fixture->admin_id = bd_test_add_staff (fixture->store, "admin", "管理员",
                                         BD_ROLE_ADMINISTRATOR, "admin-pass", NULL);
  bd_test_add_staff (fixture->store, "counter", "柜员甲", BD_ROLE_COUNTER, "counter-pass", NULL);
  fixture->admin = bd_test_sign_in (fixture->store, "admin", "admin-pass");
  fixture->counter = bd_test_sign_in (fixture->store, "counter", "counter-pass");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->admin);
  g_clear_object (&fixture->counter);
  bd_test_store_tear_down (&fixture->base);
}

static gint64
count_imports (Fixture *fixture)
{
  return bd_test_query_int (fixture->base.path, "SELECT count(*) FROM calendar_import");
}

/* Whether branchdesk-admin, run with @argv, succeeded. */
static gboolean
run_admin (const char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL);
}

static gboolean
import_text (BdSession   *session,
             const char  *text,
             GError     **error)
{
  g_autoptr(BdCalendarImport) import = NULL;

  import = bd_calendar_desk_read_file (session, "workdays-2027.txt", text, strlen (text), error);
  return import != NULL && bd_calendar_desk_import (session, import, error);
}

/* The due day of ten working days from 24 December 2026, as every deadline computes it. */
static gboolean
due_of_christmas_eve (GDate   *due,
                      GError **error)
{
  g_autoptr(BdDeadline) deadline = NULL;
  GDate start;

  g_assert_true (bd_date_parse_iso ("2026-12-24", &start));
  deadline = bd_deadline_new (&ten_working_days, &start);
  return bd_deadline_get_due (deadline, bd_calendar_get_default (), &start, due, error);
}

static void
test_error_refuses_the_file (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (import_text (fixture->admin, year_2027_bad, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, "line 4: “2027-02-30” is not a date");
  /* Nothing of it is kept, not even its good lines. */
  g_assert_cmpint (count_imports (fixture), ==, 0);
  g_assert_false (bd_calendar_has_year (bd_calendar_get_default (), 2027));
}

static void
test_preview (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(BdCalendarImport) import = NULL;
  g_autoptr(GArray) periods = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *years = NULL;
  guint working, rest;
  BdCalendarPeriod *period;

  import = bd_calendar_import_new ("workdays-2027.txt", year_2027, strlen (year_2027), &error);
  g_assert_no_error (error);
  years = bd_calendar_import_dup_years (import);
  g_assert_cmpstr (years, ==, "2027");
  /* Kept without its byte-order mark. */
  g_assert_true (g_str_has_prefix (bd_calendar_import_get_text (import), "# 2027"));

  periods = bd_calendar_list_periods (bd_calendar_import_get_calendar (import), 2027);
  g_assert_cmpuint (periods->len, ==, 4);
  period = &g_array_index (periods, BdCalendarPeriod, 2);
  g_assert_cmpint (period->holiday, ==, BD_HOLIDAY_SPRING_FESTIVAL);
  g_assert_true (period->working);
  bd_test_assert_date (&period->first, "2027-02-14");
  bd_test_assert_date (&period->last, "2027-02-14");
  period = &g_array_index (periods, BdCalendarPeriod, 3);
  g_assert_cmpint (period->holiday, ==, BD_HOLIDAY_NATIONAL_DAY);
  g_assert_false (period->working);
  bd_test_assert_date (&period->first, "2027-10-01");
  bd_test_assert_date (&period->last, "2027-10-07");

  /* 261 weekdays, less the 11 weekdays off, plus one Sunday worked. */
  g_assert_true (bd_calendar_count_year (bd_calendar_import_get_calendar (import), 2027,
                                         &working, &rest));
  g_assert_cmpuint (working, ==, 251);
  g_assert_cmpuint (rest, ==, 114);
  /* A preview saves nothing. */
  g_assert_cmpint (count_imports (fixture), ==, 0);
}

static void
test_import_used_by_deadlines (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate due;

  /* Before: 2027 is beyond the calendar, and the deadline is not guessed. */
  g_assert_false (due_of_christmas_eve (&due, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  g_assert_true (import_text (fixture->admin, year_2027, &error));
  g_assert_no_error (error);
  /* 25, 28–31 December, then New Year's Day off to the 3rd: 4–8 January. */
  g_assert_true (due_of_christmas_eve (&due, &error));
  g_assert_no_error (error);
  bd_test_assert_date (&due, "2027-01-08");

  /* Imported again: the newest version of the year wins. */
  g_assert_true (import_text (fixture->admin, year_2027_amended, &error));
  g_assert_no_error (error);
  g_assert_true (due_of_christmas_eve (&due, &error));
  bd_test_assert_date (&due, "2027-01-11");
  g_assert_cmpint (count_imports (fixture), ==, 2);
}

static void
test_import_kept_in_the_database (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *none[] = { NULL };
  GDate due;

  g_assert_true (import_text (fixture->admin, year_2027, &error));
  g_assert_no_error (error);
  g_clear_object (&fixture->admin);
  g_clear_object (&fixture->counter);
  g_clear_object (&fixture->base.store);

  /* Back to the shipped years, as a program just started is; opening the file brings its
   * imported year back. */
  bd_calendar_set_default (bd_calendar_new_with_imports (none, &error));
  g_assert_false (bd_calendar_has_year (bd_calendar_get_default (), 2027));
  fixture->base.store = bd_store_open (fixture->base.path, bd_test_key (), &error);
  g_assert_no_error (error);
  g_assert_true (due_of_christmas_eve (&due, &error));
  g_assert_no_error (error);
  bd_test_assert_date (&due, "2027-01-08");
}

/* A file changed behind the desk's back, with a year no import would take, is refused
 * as it opens: no deadline is counted on part of a calendar. */
static void
test_unreadable_import_refused (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(BdStore) again = NULL;
  g_autoptr(GError) error = NULL;

  bd_test_exec (fixture->base.path,
                "INSERT INTO calendar_import (years, file_name, content, imported_at, imported_by) "
                "VALUES ('2027', 'bad.txt', 'year 2027' || char (10) || '2027-02-30 off new-year', "
                "'2026-12-03T01:00:00Z', 1)");
  again = bd_store_open (fixture->base.path, bd_test_key (), &error);
  g_assert_null (again);
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "A working-day calendar imported into this branch "
                                            "cannot be read: line 2: “2027-02-30” is not a date"));
}

/* branchdesk-admin calendar import: the real tool on the branch's file, by no staff
 * member, audited; a file with an error leaves the database as it was. */
static void
test_admin_tool (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *good = g_build_filename (fixture->base.folder, "workdays-2027.txt", NULL);
  g_autofree char *bad = g_build_filename (fixture->base.folder, "bad-2027.txt", NULL);
  g_autoptr(BdStore) again = NULL;
  g_autoptr(GError) error = NULL;
  const char *admin = g_getenv ("BD_ADMIN");
  const char *path = fixture->base.path;

  g_assert_nonnull (admin);
  g_assert_true (g_file_set_contents (good, year_2027, -1, NULL));
  g_assert_true (g_file_set_contents (bad, year_2027_bad, -1, NULL));
  g_assert_false (run_admin ((const char *[]) { admin, "calendar", "import", bad, path, NULL }));
  g_assert_cmpint (count_imports (fixture), ==, 0);
  g_assert_true (run_admin ((const char *[]) { admin, "calendar", "import", good, path, NULL }));
  g_assert_cmpint (count_imports (fixture), ==, 1);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM audit_log "
                                      "WHERE action = 'calendar-imported' AND staff_id IS NULL"),
                   ==, 1);
  /* Every desk that opens the file counts with the year. */
  again = bd_store_open (path, bd_test_key (), &error);
  g_assert_no_error (error);
  g_assert_true (bd_calendar_has_year (bd_calendar_get_default (), 2027));
}

static void
test_counter_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BdCalendarImport) import = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (bd_calendar_desk_may_import (fixture->counter));
  g_assert_true (bd_calendar_desk_may_import (fixture->admin));
  g_assert_null (bd_calendar_desk_read_file (fixture->counter, "workdays-2027.txt", year_2027,
                                             strlen (year_2027), &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  /* A file read otherwise is refused by the import all the same. */
  import = bd_calendar_import_new ("workdays-2027.txt", year_2027, strlen (year_2027), &error);
  g_assert_no_error (error);
  g_assert_false (bd_calendar_desk_import (fixture->counter, import, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
  g_assert_cmpint (count_imports (fixture), ==, 0);
  g_assert_false (bd_calendar_has_year (bd_calendar_get_default (), 2027));
}

static void
test_import_audited (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *path = fixture->base.path;

  g_assert_true (import_text (fixture->admin, year_2027, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bd_test_query_int (path, "SELECT staff_id FROM audit_log "
                                      "WHERE action = 'calendar-imported'"),
                   ==, fixture->admin_id);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM audit_log "
                                      "WHERE action = 'calendar-imported' "
                                      "AND detail = '2027 (workdays-2027.txt)' "
                                      "AND record_id = (SELECT id FROM calendar_import)"),
                   ==, 1);
  g_assert_cmpint (bd_test_query_int (path, "SELECT imported_by FROM calendar_import"),
                   ==, fixture->admin_id);
  /* The audit log's window and its CSV name it in words. */
  g_assert_cmpstr (bd_audit_action_get_label ("calendar-imported"), !=, "calendar-imported");
}

/* No audit row, no import: a log that cannot be written takes the year with it. */
static void
test_no_audit_no_import (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  bd_test_exec (fixture->base.path,
                "CREATE TRIGGER audit_refused BEFORE INSERT ON audit_log "
                "WHEN NEW.action = 'calendar-imported' "
                "BEGIN SELECT RAISE (ABORT, 'no audit'); END;");
  g_assert_false (import_text (fixture->admin, year_2027, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (count_imports (fixture), ==, 0);
  g_assert_false (bd_calendar_has_year (bd_calendar_get_default (), 2027));
}

static void
test_december_rule (void)
{
  g_autoptr(BdCalendar) calendar = bd_calendar_new ();
  GDate day;

  g_assert_true (bd_calendar_load_data (calendar, year_2027, -1, NULL));
  g_assert_true (bd_date_parse_iso ("2026-11-30", &day));
  g_assert_false (bd_calendar_next_year_missing (calendar, &day));
  g_assert_true (bd_date_parse_iso ("2027-11-30", &day));
  g_assert_false (bd_calendar_next_year_missing (calendar, &day));
  g_assert_true (bd_date_parse_iso ("2027-12-01", &day));
  g_assert_true (bd_calendar_next_year_missing (calendar, &day));
  g_assert_true (bd_date_parse_iso ("2027-12-31", &day));
  g_assert_true (bd_calendar_next_year_missing (calendar, &day));
  /* 2026 is not known, 2027 is: in December 2026 nothing is missing. */
  g_assert_true (bd_date_parse_iso ("2026-12-01", &day));
  g_assert_false (bd_calendar_next_year_missing (calendar, &day));
}

static void
test_desk_warning (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint year = 0;

  bd_test_clock_fix ("2026-11-30T09:00:00+08:00");
  g_assert_false (bd_calendar_desk_next_year_missing (fixture->counter, NULL));
  /* 1 December has begun in the branch (Asia/Shanghai) while UTC is still in November. */
  bd_test_clock_fix ("2026-11-30T16:30:00Z");
  g_assert_true (bd_calendar_desk_next_year_missing (fixture->counter, &year));
  g_assert_cmpuint (year, ==, 2027);
  g_assert_true (import_text (fixture->admin, year_2027, &error));
  g_assert_no_error (error);
  g_assert_false (bd_calendar_desk_next_year_missing (fixture->counter, NULL));
}

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  BD_TEST_ADD ("/calendar-import/error-refuses-the-file", test_error_refuses_the_file);
  BD_TEST_ADD ("/calendar-import/preview", test_preview);
  BD_TEST_ADD ("/calendar-import/used-by-deadlines", test_import_used_by_deadlines);
  BD_TEST_ADD ("/calendar-import/kept-in-the-database", test_import_kept_in_the_database);
  BD_TEST_ADD ("/calendar-import/unreadable-import-refused", test_unreadable_import_refused);
  BD_TEST_ADD ("/calendar-import/admin-tool", test_admin_tool);
  BD_TEST_ADD ("/calendar-import/counter-refused", test_counter_refused);
  BD_TEST_ADD ("/calendar-import/audited", test_import_audited);
  BD_TEST_ADD ("/calendar-import/no-audit-no-import", test_no_audit_no_import);
  g_test_add_func ("/calendar-import/december-rule", test_december_rule);
  BD_TEST_ADD ("/calendar-import/desk-warning", test_desk_warning);

  return g_test_run ();
}
