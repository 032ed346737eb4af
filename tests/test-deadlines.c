/* test-deadlines.c — deadlines as data over the shipped working-day calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The days below are those of data/calendar/workdays.txt for 2026: the Spring Festival
 * is off from 15 to 23 February, with Saturday 14 and Saturday 28 February worked (调休);
 * the Mid-Autumn Festival is off from 25 to 27 September and National Day from 1 to 7
 * October, with Sunday 20 September and Saturday 10 October worked. The calendar knows no
 * year after 2026. */

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "bd-calendar.h"
#include "bd-deadline.h"
#include "bd-test-fixture.h"

/* Rules as a workflow's catalogue writes them (domain spec §10). */
static const BdDeadlineRule accept_rule = {
  "request-accept", "Accept a complete application",
  "from the day after the application is received", 2, BD_DEADLINE_WORKING_DAYS,
  "Basic Service Rules for Personal Insurance (2010), art. 19",
};

static const BdDeadlineRule carry_out_rule = {
  "request-carry-out", "Carry out the change",
  "from the day after acceptance", 5, BD_DEADLINE_WORKING_DAYS,
  "Basic Service Rules for Personal Insurance (2010), art. 20",
};

static const BdDeadlineRule surrender_rule = {
  "surrender-pay", "Pay the cash value",
  "from the day after the request", 30, BD_DEADLINE_CALENDAR_DAYS,
  "Insurance Law, art. 47",
};

static void
set_date (GDate      *date,
          const char *iso)
{
  guint year, month, day;

  g_assert_cmpint (sscanf (iso, "%u-%u-%u", &year, &month, &day), ==, 3);
  g_assert_true (g_date_valid_dmy (day, month, year));
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static void
assert_date (const GDate *date,
             const char  *iso)
{
  char text[BD_ISO_DATE_SIZE];

  g_assert_true (g_date_valid (date));
  g_assert_cmpstr (bd_date_format_iso (date, text), ==, iso);
}

static BdDeadline *
deadline_from (const BdDeadlineRule *rule,
               const char           *start)
{
  GDate date;

  set_date (&date, start);
  return bd_deadline_new (rule, &date);
}

/* The due day asked on @today, which must be known. */
static void
assert_due (BdDeadline *deadline,
            const char *today,
            const char *expected)
{
  g_autoptr(GError) error = NULL;
  GDate day, due;

  set_date (&day, today);
  g_assert_true (bd_deadline_get_due (deadline, bd_calendar_get_default (), &day, &due,
                                      &error));
  g_assert_no_error (error);
  assert_date (&due, expected);
}

static BdDeadlineState
state_on (BdDeadline *deadline,
          const char *today)
{
  GDate day;

  set_date (&day, today);
  return bd_deadline_get_state (deadline, bd_calendar_get_default (), &day, NULL);
}

static guint
count_working_days (const char *from,
                    const char *to)
{
  g_autoptr(GError) error = NULL;
  GDate first, last;
  guint n = G_MAXUINT;

  set_date (&first, from);
  set_date (&last, to);
  g_assert_true (bd_calendar_count_working_days (bd_calendar_get_default (), &first, &last,
                                                 &n, &error));
  g_assert_no_error (error);

  return n;
}

static void
pause_on (BdDeadline *deadline,
          const char *on)
{
  g_autoptr(GError) error = NULL;
  GDate day;

  set_date (&day, on);
  g_assert_true (bd_deadline_pause (deadline, &day, "Waiting for the customer's documents",
                                    &error));
  g_assert_no_error (error);
}

static void
resume_on (BdDeadline *deadline,
           const char *on)
{
  g_autoptr(GError) error = NULL;
  GDate day;

  set_date (&day, on);
  g_assert_true (bd_deadline_resume (deadline, bd_calendar_get_default (), &day, &error));
  g_assert_no_error (error);
}

static void
met_on (BdDeadline *deadline,
        const char *on)
{
  g_autoptr(GError) error = NULL;
  GDate day;

  set_date (&day, on);
  g_assert_true (bd_deadline_mark_met (deadline, &day, &error));
  g_assert_no_error (error);
}

/* Accepted on the last working days before the Spring Festival, a request's deadlines
 * fall after the holiday, and the worked Saturdays count. */
static void
test_spring_festival (void)
{
  g_autoptr(BdDeadline) friday_accept = deadline_from (&accept_rule, "2026-02-13");
  g_autoptr(BdDeadline) friday_carry = deadline_from (&carry_out_rule, "2026-02-13");
  g_autoptr(BdDeadline) saturday_accept = deadline_from (&accept_rule, "2026-02-14");
  g_autoptr(BdDeadline) saturday_carry = deadline_from (&carry_out_rule, "2026-02-14");

  /* Saturday 14 is the first working day after Friday 13, Tuesday 24 the second. */
  assert_due (friday_accept, "2026-02-13", "2026-02-24");
  assert_due (friday_carry, "2026-02-13", "2026-02-27");

  /* Saturday 14 is the last working day before the holiday; Saturday 28 is worked. */
  assert_due (saturday_accept, "2026-02-14", "2026-02-25");
  assert_due (saturday_carry, "2026-02-14", "2026-02-28");

  /* The due day does not depend on the day asked while the clock runs. */
  assert_due (saturday_carry, "2026-02-20", "2026-02-28");
}

/* Five working days from the eve of the Mid-Autumn and National Day holidays. */
static void
test_national_day (void)
{
  g_autoptr(BdDeadline) carry = deadline_from (&carry_out_rule, "2026-09-24");

  /* Thursday 24 September; 25–27 September and 1–7 October off: 28, 29, 30 September,
   * 8 and 9 October. */
  assert_due (carry, "2026-09-24", "2026-10-09");
}

/* Civil Code arts. 201, 203: the first day is not counted; a last day in the National
 * Day holiday moves to the next working day; a worked Saturday is a working day. */
static void
test_calendar_days (void)
{
  g_autoptr(BdDeadline) first_not_counted = deadline_from (&surrender_rule, "2026-11-02");
  g_autoptr(BdDeadline) in_holiday = deadline_from (&surrender_rule, "2026-09-03");
  g_autoptr(BdDeadline) on_holiday_start = deadline_from (&surrender_rule, "2026-09-01");
  g_autoptr(BdDeadline) worked_saturday = deadline_from (&surrender_rule, "2026-09-10");

  assert_due (first_not_counted, "2026-11-02", "2026-12-02");
  assert_due (in_holiday, "2026-09-03", "2026-10-08");
  assert_due (on_holiday_start, "2026-09-01", "2026-10-08");
  assert_due (worked_saturday, "2026-09-10", "2026-10-10");
}

static void
test_extend (void)
{
  g_autoptr(BdDeadline) deadline = deadline_from (&accept_rule, "2026-02-13");
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_deadline_extend (deadline, 3, "Head office review", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bd_deadline_get_extension (deadline), ==, 3);
  assert_due (deadline, "2026-02-13", "2026-02-27");

  /* The reason is required and checked as every text entering the core is. */
  g_assert_false (bd_deadline_extend (deadline, 1, NULL, &error));
  g_assert_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_REASON);
  g_clear_error (&error);
  g_assert_false (bd_deadline_extend (deadline, 1, " \n ", &error));
  g_assert_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_REASON);
  g_clear_error (&error);
  g_assert_false (bd_deadline_extend (deadline, 1, "bad\x01reason", &error));
  g_assert_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_REASON);
  g_clear_error (&error);

  g_assert_false (bd_deadline_extend (deadline, 0, "Nothing", &error));
  g_assert_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_AMOUNT);
  g_clear_error (&error);
  g_assert_cmpuint (bd_deadline_get_extension (deadline), ==, 3);

  met_on (deadline, "2026-02-26");
  g_assert_false (bd_deadline_extend (deadline, 1, "Too late", &error));
  g_assert_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_DEADLINE);
  g_assert_cmpuint (bd_deadline_get_extension (deadline), ==, 3);
}

/* A pause over the Spring Festival takes only the working days it covered. */
static void
test_pause_working_days (void)
{
  g_autoptr(BdDeadline) deadline = deadline_from (&carry_out_rule, "2026-02-10");
  g_autoptr(GError) error = NULL;
  GDate since;

  assert_due (deadline, "2026-02-10", "2026-02-24");

  pause_on (deadline, "2026-02-12");
  g_assert_true (bd_deadline_get_paused_since (deadline, &since));
  assert_date (&since, "2026-02-12");
  g_assert_cmpstr (bd_deadline_get_pause_reason (deadline), ==,
                   "Waiting for the customer's documents");
  g_assert_cmpint (state_on (deadline, "2026-02-20"), ==, BD_DEADLINE_PAUSED);

  /* While paused, the due day moves with the working days that pass: 13 and 14. */
  assert_due (deadline, "2026-02-12", "2026-02-24");
  assert_due (deadline, "2026-02-20", "2026-02-26");

  /* Resumed on Tuesday 24: 13, 14 and 24 February did not count. */
  resume_on (deadline, "2026-02-24");
  g_assert_false (bd_deadline_get_paused_since (deadline, NULL));
  g_assert_null (bd_deadline_get_pause_reason (deadline));
  g_assert_cmpuint (bd_deadline_get_paused_units (deadline), ==, 3);
  assert_due (deadline, "2026-02-24", "2026-02-27");
  g_assert_cmpint (state_on (deadline, "2026-02-24"), ==, BD_DEADLINE_PENDING);

  /* A second pause adds to the first. */
  pause_on (deadline, "2026-02-25");
  resume_on (deadline, "2026-02-25");
  g_assert_cmpuint (bd_deadline_get_paused_units (deadline), ==, 3);
  pause_on (deadline, "2026-02-25");
  resume_on (deadline, "2026-02-26");
  g_assert_cmpuint (bd_deadline_get_paused_units (deadline), ==, 4);
  assert_due (deadline, "2026-02-26", "2026-02-28");
}

static void
test_pause_calendar_days (void)
{
  g_autoptr(BdDeadline) deadline = deadline_from (&surrender_rule, "2026-11-02");

  /* Ten calendar days stopped: 40 days end on Saturday 12 December, so Monday 14. */
  pause_on (deadline, "2026-11-05");
  resume_on (deadline, "2026-11-15");
  g_assert_cmpuint (bd_deadline_get_paused_units (deadline), ==, 10);
  assert_due (deadline, "2026-11-15", "2026-12-14");
}

static void
test_pause_refused (void)
{
  g_autoptr(BdDeadline) deadline = deadline_from (&carry_out_rule, "2026-02-10");
  g_autoptr(GError) error = NULL;
  GDate day;

  set_date (&day, "2026-02-11");
  g_assert_false (bd_deadline_resume (deadline, bd_calendar_get_default (), &day, &error));
  g_assert_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_DEADLINE);
  g_clear_error (&error);

  g_assert_false (bd_deadline_pause (deadline, &day, "", &error));
  g_assert_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_REASON);
  g_clear_error (&error);
  g_assert_false (bd_deadline_get_paused_since (deadline, NULL));

  set_date (&day, "2026-02-09");
  g_assert_false (bd_deadline_pause (deadline, &day, "Before the start", &error));
  g_assert_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_DATE);
  g_clear_error (&error);

  pause_on (deadline, "2026-02-12");
  g_assert_false (bd_deadline_pause (deadline, &day, "Twice", &error));
  g_assert_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_DEADLINE);
  g_clear_error (&error);

  /* The clock cannot start again before it stopped. */
  set_date (&day, "2026-02-11");
  g_assert_false (bd_deadline_resume (deadline, bd_calendar_get_default (), &day, &error));
  g_assert_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_DATE);
  g_clear_error (&error);
  g_assert_true (bd_deadline_get_paused_since (deadline, NULL));

  met_on (deadline, "2026-02-13");
  set_date (&day, "2026-02-24");
  g_assert_false (bd_deadline_resume (deadline, bd_calendar_get_default (), &day, &error));
  g_assert_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_DEADLINE);
}

/* Due on Tuesday 24 February: pending, due soon from two working days before (the
 * holiday between does not count), overdue the day after. */
static void
test_states (void)
{
  g_autoptr(BdDeadline) deadline = deadline_from (&carry_out_rule, "2026-02-10");
  GDate today, due;

  g_assert_cmpint (state_on (deadline, "2026-02-10"), ==, BD_DEADLINE_PENDING);
  g_assert_cmpint (state_on (deadline, "2026-02-12"), ==, BD_DEADLINE_PENDING);
  g_assert_cmpint (state_on (deadline, "2026-02-13"), ==, BD_DEADLINE_DUE_SOON);
  g_assert_cmpint (state_on (deadline, "2026-02-20"), ==, BD_DEADLINE_DUE_SOON);
  g_assert_cmpint (state_on (deadline, "2026-02-24"), ==, BD_DEADLINE_DUE_SOON);
  g_assert_cmpint (state_on (deadline, "2026-02-25"), ==, BD_DEADLINE_OVERDUE);

  set_date (&today, "2026-02-25");
  g_assert_cmpint (bd_deadline_get_state (deadline, bd_calendar_get_default (), &today,
                                          &due), ==, BD_DEADLINE_OVERDUE);
  assert_date (&due, "2026-02-24");

  pause_on (deadline, "2026-02-11");
  g_assert_cmpint (state_on (deadline, "2026-03-31"), ==, BD_DEADLINE_PAUSED);
}

static void
test_met (void)
{
  g_autoptr(BdDeadline) in_time = deadline_from (&carry_out_rule, "2026-02-10");
  g_autoptr(BdDeadline) late = deadline_from (&carry_out_rule, "2026-02-10");
  g_autoptr(BdDeadline) met_while_paused = deadline_from (&carry_out_rule, "2026-02-10");
  g_autoptr(GError) error = NULL;
  BdCalendar *calendar = bd_calendar_get_default ();
  GDate day;

  g_assert_false (bd_deadline_was_late (in_time, calendar));
  g_assert_false (bd_deadline_get_met_on (in_time, NULL));

  met_on (in_time, "2026-02-24");
  g_assert_true (bd_deadline_get_met_on (in_time, &day));
  assert_date (&day, "2026-02-24");
  g_assert_cmpint (state_on (in_time, "2026-03-31"), ==, BD_DEADLINE_MET);
  g_assert_false (bd_deadline_was_late (in_time, calendar));

  g_assert_false (bd_deadline_mark_met (in_time, &day, &error));
  g_assert_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_DEADLINE);
  g_clear_error (&error);

  set_date (&day, "2026-02-09");
  g_assert_false (bd_deadline_mark_met (late, &day, &error));
  g_assert_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_DATE);
  g_clear_error (&error);

  met_on (late, "2026-02-25");
  g_assert_cmpint (state_on (late, "2026-02-25"), ==, BD_DEADLINE_MET);
  g_assert_true (bd_deadline_was_late (late, calendar));

  /* Met while waiting for the customer: the pause ran until that day, so in time. */
  pause_on (met_while_paused, "2026-02-12");
  met_on (met_while_paused, "2026-02-26");
  g_assert_cmpint (state_on (met_while_paused, "2026-03-31"), ==, BD_DEADLINE_MET);
  g_assert_false (bd_deadline_was_late (met_while_paused, calendar));
  /* 5 working days and the 5 of the pause (13, 14, 24, 25, 26 February). */
  assert_due (met_while_paused, "2026-03-31", "2026-03-02");
}

/* A deadline as the store keeps it gives the same answers as the one it was saved from. */
static void
test_restore (void)
{
  g_autoptr(BdDeadline) restored = NULL;
  GDate start, since, day;

  set_date (&start, "2026-02-10");
  set_date (&since, "2026-02-25");
  restored = bd_deadline_restore (&carry_out_rule, &start, 1, 3, &since, NULL);

  g_assert_true (bd_deadline_get_rule (restored) == &carry_out_rule);
  bd_deadline_get_start (restored, &day);
  assert_date (&day, "2026-02-10");
  g_assert_cmpuint (bd_deadline_get_extension (restored), ==, 1);
  g_assert_cmpuint (bd_deadline_get_paused_units (restored), ==, 3);
  g_assert_true (bd_deadline_get_paused_since (restored, &day));
  assert_date (&day, "2026-02-25");
  g_assert_null (bd_deadline_get_pause_reason (restored));
  g_assert_false (bd_deadline_get_met_on (restored, NULL));

  /* 5 + 1 + 3 working days, and 26 and 27 February in the running pause. */
  assert_due (restored, "2026-02-27", "2026-03-03");
  resume_on (restored, "2026-02-27");
  g_assert_cmpuint (bd_deadline_get_paused_units (restored), ==, 5);
  assert_due (restored, "2026-02-27", "2026-03-03");

  /* An invalid GDate is "not paused", "not met", as a NULL one. */
  g_date_clear (&day, 1);
  g_clear_object (&restored);
  restored = bd_deadline_restore (&carry_out_rule, &start, 0, 0, &day, &day);
  g_assert_false (bd_deadline_get_paused_since (restored, NULL));
  g_assert_false (bd_deadline_get_met_on (restored, NULL));
  assert_due (restored, "2026-02-10", "2026-02-24");
}

/* Beyond the calendar's last year (2026), the due day is unknown, never guessed. */
static void
test_beyond_calendar (void)
{
  g_autoptr(BdDeadline) working = deadline_from (&carry_out_rule, "2026-12-28");
  g_autoptr(BdDeadline) calendar_days = deadline_from (&surrender_rule, "2026-12-10");
  g_autoptr(BdDeadline) within = deadline_from (&accept_rule, "2026-12-28");
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  BdCalendar *calendar = bd_calendar_get_default ();
  GDate today, due;

  g_assert_cmpuint (bd_calendar_get_last_year (calendar), ==, 2026);

  set_date (&today, "2026-12-28");
  g_assert_false (bd_deadline_get_due (working, calendar, &today, &due, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "2026"));
  g_assert_nonnull (strstr (error->message, "Carry out the change"));
  g_clear_error (&error);

  g_assert_false (bd_deadline_get_due (calendar_days, calendar, &today, &due, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "2026"));
  g_clear_error (&error);

  set_date (&due, "2026-12-01");
  g_assert_cmpint (bd_deadline_get_state (working, calendar, &today, &due), ==,
                   BD_DEADLINE_UNKNOWN);
  g_assert_false (g_date_valid (&due));

  summary = bd_deadline_dup_summary (working, calendar, &today);
  g_assert_cmpstr (summary, ==,
                   "Due day unknown: it lies beyond the working-day calendar, which knows "
                   "the years up to 2026 (5 working days, from the day after acceptance; "
                   "Basic Service Rules for Personal Insurance (2010), art. 20)");

  /* A deadline within 2026 is still known. */
  g_assert_cmpint (state_on (within, "2026-12-28"), ==, BD_DEADLINE_DUE_SOON);
}

/* A calendar that knows no year at all says so, rather than naming a year 0. */
static void
test_empty_calendar (void)
{
  g_autoptr(BdCalendar) calendar = bd_calendar_new ();
  g_autoptr(BdDeadline) deadline = deadline_from (&accept_rule, "2026-02-13");
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GDate today, due;

  set_date (&today, "2026-02-13");
  g_assert_false (bd_deadline_get_due (deadline, calendar, &today, &due, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "no years"));

  summary = bd_deadline_dup_summary (deadline, calendar, &today);
  g_assert_nonnull (strstr (summary, "no years"));
}

static void
test_summary (void)
{
  g_autoptr(BdDeadline) deadline = deadline_from (&carry_out_rule, "2026-02-10");
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  g_autofree char *extended = NULL;
  g_autofree char *paused = NULL;
  g_autofree char *late = NULL;
  g_autofree char *surrender = NULL;
  g_autoptr(BdDeadline) one_day = deadline_from (&surrender_rule, "2026-11-02");
  g_autoptr(BdDeadline) late_one = deadline_from (&carry_out_rule, "2026-02-10");
  BdCalendar *calendar = bd_calendar_get_default ();
  GDate today;

  set_date (&today, "2026-02-10");
  due = bd_deadline_dup_summary (deadline, calendar, &today);
  g_assert_cmpstr (due, ==,
                   "Due by 2026-02-24 (5 working days, from the day after acceptance; "
                   "Basic Service Rules for Personal Insurance (2010), art. 20)");

  g_assert_true (bd_deadline_extend (deadline, 1, "Head office review", &error));
  extended = bd_deadline_dup_summary (deadline, calendar, &today);
  g_assert_cmpstr (extended, ==,
                   "Due by 2026-02-25 (5 working days, extended by 1 working day, from the "
                   "day after acceptance; Basic Service Rules for Personal Insurance "
                   "(2010), art. 20)");

  pause_on (deadline, "2026-02-11");
  paused = bd_deadline_dup_summary (deadline, calendar, &today);
  g_assert_true (g_str_has_prefix (paused, "Paused since 2026-02-11 (5 working days"));

  met_on (late_one, "2026-03-31");
  late = bd_deadline_dup_summary (late_one, calendar, &today);
  g_assert_cmpstr (late, ==,
                   "Finished on 2026-03-31, after the due day 2026-02-24 (5 working days, "
                   "from the day after acceptance; Basic Service Rules for Personal "
                   "Insurance (2010), art. 20)");
  met_on (deadline, "2026-02-12");
  g_free (late);
  late = bd_deadline_dup_summary (deadline, calendar, &today);
  g_assert_true (g_str_has_prefix (late, "Finished on 2026-02-12 (5 working days"));

  set_date (&today, "2026-11-02");
  surrender = bd_deadline_dup_summary (one_day, calendar, &today);
  g_assert_cmpstr (surrender, ==,
                   "Due by 2026-12-02 (30 days, from the day after the request; "
                   "Insurance Law, art. 47)");

  g_assert_cmpstr (bd_deadline_state_get_label (BD_DEADLINE_DUE_SOON), ==, "Due soon");
  g_assert_cmpstr (bd_deadline_state_get_label (BD_DEADLINE_UNKNOWN), ==, "Due day unknown");
}

/* The counter reads the line in Chinese: the due day, then the rule in full-width
 * punctuation. The rules here are the test's own, so their words stay in English. */
static void
test_summary_in_chinese (void)
{
  g_autoptr(BdDeadline) deadline = deadline_from (&carry_out_rule, "2026-02-10");
  g_autoptr(BdDeadline) beyond = deadline_from (&carry_out_rule, "2026-12-28");
  g_autofree char *old_locale = g_strdup (setlocale (LC_MESSAGES, NULL));
  g_autofree char *due = NULL;
  g_autofree char *unknown = NULL;
  BdCalendar *calendar = bd_calendar_get_default ();
  GDate today;

  if (setlocale (LC_MESSAGES, "zh_CN.UTF-8") == NULL
      || g_getenv ("BRANCHDESK_LOCALEDIR") == NULL)
    {
      g_test_skip ("No zh_CN.UTF-8 locale or no translations");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BRANCHDESK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "zh_CN", TRUE);

  set_date (&today, "2026-02-10");
  due = bd_deadline_dup_summary (deadline, calendar, &today);
  set_date (&today, "2026-12-28");
  unknown = bd_deadline_dup_summary (beyond, calendar, &today);

  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_MESSAGES, old_locale);

  /* The start event is this test's own words, untranslated; the source is the
   * catalogue's (bd-request-catalogue.c), translated with it. */
  g_assert_cmpstr (due, ==,
                   "2026-02-24 前办结（5个工作日，from the day after acceptance；"
                   "《人身保险业务基本服务规定》（2010年）第二十条）");
  g_assert_true (g_str_has_prefix (unknown, "到期日未知："));
  g_assert_nonnull (strstr (unknown, "2026"));
}

static void
test_count_working_days (void)
{
  g_autoptr(GError) error = NULL;
  BdCalendar *calendar = bd_calendar_get_default ();
  GDate from, to;
  guint n = 0;

  /* 14, 24, 25, 26, 27 and the worked Saturday 28. */
  g_assert_cmpuint (count_working_days ("2026-02-13", "2026-02-28"), ==, 6);
  /* The first day is not counted, the last is. */
  g_assert_cmpuint (count_working_days ("2026-02-12", "2026-02-13"), ==, 1);
  /* National Day: 8, 9 and the worked Saturday 10. */
  g_assert_cmpuint (count_working_days ("2026-09-30", "2026-10-10"), ==, 3);
  g_assert_cmpuint (count_working_days ("2026-10-01", "2026-10-07"), ==, 0);
  /* Across a new year. */
  g_assert_cmpuint (count_working_days ("2025-12-30", "2026-01-05"), ==, 3);

  g_assert_cmpuint (count_working_days ("2026-02-13", "2026-02-13"), ==, 0);
  g_assert_cmpuint (count_working_days ("2026-02-28", "2026-02-13"), ==, 0);

  /* The inverse of adding working days, every day of 2026 with 0 to 12 of them. */
  for (guint day = 0; day <= 365 - 40; day++)
    for (guint k = 0; k <= 12; k++)
      {
        set_date (&from, "2026-01-01");
        g_date_add_days (&from, day);
        g_assert_true (bd_calendar_add_working_days (calendar, &from, k, &to, &error));
        g_assert_true (bd_calendar_count_working_days (calendar, &from, &to, &n, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (n, ==, k);
      }

  set_date (&from, "2026-12-30");
  set_date (&to, "2027-01-04");
  g_assert_false (bd_calendar_count_working_days (calendar, &from, &to, &n, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  /* Nothing to count, nothing to know. */
  g_assert_true (bd_calendar_count_working_days (calendar, &to, &from, &n, &error));
  g_assert_cmpuint (n, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  g_test_add_func ("/deadlines/spring-festival", test_spring_festival);
  g_test_add_func ("/deadlines/national-day", test_national_day);
  g_test_add_func ("/deadlines/calendar-days", test_calendar_days);
  g_test_add_func ("/deadlines/extend", test_extend);
  g_test_add_func ("/deadlines/pause-working-days", test_pause_working_days);
  g_test_add_func ("/deadlines/pause-calendar-days", test_pause_calendar_days);
  g_test_add_func ("/deadlines/pause-refused", test_pause_refused);
  g_test_add_func ("/deadlines/states", test_states);
  g_test_add_func ("/deadlines/met", test_met);
  g_test_add_func ("/deadlines/restore", test_restore);
  g_test_add_func ("/deadlines/beyond-calendar", test_beyond_calendar);
  g_test_add_func ("/deadlines/empty-calendar", test_empty_calendar);
  g_test_add_func ("/deadlines/summary", test_summary);
  g_test_add_func ("/deadlines/summary-in-chinese", test_summary_in_chinese);
  g_test_add_func ("/deadlines/count-working-days", test_count_working_days);

  return g_test_run ();
}
