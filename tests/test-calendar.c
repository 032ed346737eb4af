/* test-calendar.c — the shipped working-day calendar and deadline arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "bd-calendar.h"
#include "bd-test-fixture.h"

#define CALENDAR_RESOURCE "/io/github/branchdesk/BranchDesk/core/calendar/workdays.txt"

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

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}

static gboolean
is_working (BdCalendar *calendar,
            const char *iso,
            BdHoliday  *holiday)
{
  g_autoptr(GError) error = NULL;
  gboolean working = FALSE;
  GDate date;

  set_date (&date, iso);
  g_assert_true (bd_calendar_is_working_day (calendar, &date, &working, holiday, &error));
  g_assert_no_error (error);

  return working;
}

/* A calendar of its own holding the shipped data, to change without touching the default. */
static BdCalendar *
new_shipped_calendar (void)
{
  g_autoptr(BdCalendar) calendar = bd_calendar_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resources_lookup_data (CALENDAR_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  bd_calendar_load_data (calendar, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                         &error);
  g_assert_no_error (error);

  return g_steal_pointer (&calendar);
}

/* The cross-check against holiday-cn */

typedef struct
{
  gboolean off;
  char *name;
} ListedDay;

static void
listed_day_free (gpointer data)
{
  ListedDay *listed = data;

  g_free (listed->name);
  g_free (listed);
}

static char *
find_holiday_cn (void)
{
  const char *shared = g_getenv ("BD_SHARED_DIR");
  g_autofree char *fallback = NULL;

  if (shared == NULL && g_getenv ("G_TEST_SRCDIR") != NULL)
    fallback = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "..", "shared", NULL);
  if (shared == NULL)
    shared = fallback;
  if (shared == NULL)
    return NULL;

  return g_build_filename (shared, "data", "holiday-cn", NULL);
}

/* The files are simple: every innermost object is one day, with "name", "date" and
 * "isOffDay". A regex per field keeps the reader independent of their order. */
static void
read_holiday_cn_file (const char *path,
                      GHashTable *days)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) object = g_regex_new ("\\{[^{}]*\\}", 0, 0, NULL);
  g_autoptr(GRegex) date = g_regex_new ("\"date\"\\s*:\\s*\"(\\d{4}-\\d\\d-\\d\\d)\"", 0, 0, NULL);
  g_autoptr(GRegex) name = g_regex_new ("\"name\"\\s*:\\s*\"([^\"]*)\"", 0, 0, NULL);
  g_autoptr(GRegex) off = g_regex_new ("\"isOffDay\"\\s*:\\s*(true|false)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  for (g_regex_match (object, contents, 0, &match);
       g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *text = g_match_info_fetch (match, 0);
      g_autoptr(GMatchInfo) field = NULL;
      g_autofree char *value = NULL;
      ListedDay *listed = g_new0 (ListedDay, 1);
      char *key;

      g_assert_true (g_regex_match (date, text, 0, &field));
      key = g_match_info_fetch (field, 1);
      g_clear_pointer (&field, g_match_info_free);

      g_assert_true (g_regex_match (name, text, 0, &field));
      listed->name = g_match_info_fetch (field, 1);
      g_clear_pointer (&field, g_match_info_free);

      g_assert_true (g_regex_match (off, text, 0, &field));
      value = g_match_info_fetch (field, 1);
      listed->off = g_str_equal (value, "true");

      g_hash_table_replace (days, key, listed);
    }
}

static const char *
chinese_name (BdHoliday holiday)
{
  switch (holiday)
    {
    case BD_HOLIDAY_NEW_YEAR: return "元旦";
    case BD_HOLIDAY_SPRING_FESTIVAL: return "春节";
    case BD_HOLIDAY_QINGMING: return "清明节";
    case BD_HOLIDAY_LABOUR_DAY: return "劳动节";
    case BD_HOLIDAY_DRAGON_BOAT: return "端午节";
    case BD_HOLIDAY_MID_AUTUMN: return "中秋节";
    case BD_HOLIDAY_NATIONAL_DAY: return "国庆节";
    case BD_HOLIDAY_NONE:
    default:
      return "(none)";
    }
}

/* holiday-cn names a combined holiday "国庆节、中秋节": either name will do. */
static void
check_holiday_name (const char *iso,
                    BdHoliday   holiday,
                    const char *expected)
{
  g_auto(GStrv) names = g_strsplit (expected, "、", -1);

  if (!g_strv_contains ((const char * const *) names, chinese_name (holiday)))
    g_error ("%s: the calendar says %s, holiday-cn says %s", iso,
             chinese_name (holiday), expected);
}

static void
test_holiday_cn (void)
{
  g_autofree char *folder = find_holiday_cn ();
  g_autoptr(GHashTable) days = NULL;
  BdCalendar *calendar = bd_calendar_get_default ();
  guint n_files = 0;
  GDate date;

  if (folder == NULL || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *message = g_strdup_printf ("%s: holiday-cn not found beside the "
                                                  "project: skipped",
                                                  folder ? folder : "BD_SHARED_DIR unset");

      g_test_skip (message);
      return;
    }

  days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, listed_day_free);
  for (guint year = 2019; year <= 2026; year++)
    {
      g_autofree char *name = g_strdup_printf ("%u.json", year);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        continue;
      read_holiday_cn_file (path, days);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 8);
  /* Each notice lists some 30 days: a reader that found far fewer is broken. */
  g_assert_cmpuint (g_hash_table_size (days), >, 8 * 25);

  set_date (&date, "2019-01-01");
  for (; g_date_get_year (&date) <= 2026; g_date_add_days (&date, 1))
    {
      g_autofree char *iso = format_date (&date);
      ListedDay *listed = g_hash_table_lookup (days, iso);
      gboolean weekend = g_date_get_weekday (&date) >= G_DATE_SATURDAY;
      gboolean expected = listed != NULL ? !listed->off : !weekend;
      BdHoliday holiday = BD_HOLIDAY_NONE;
      gboolean working = is_working (calendar, iso, &holiday);

      if (working != expected)
        g_error ("%s: the calendar says %s, holiday-cn says %s", iso,
                 working ? "working" : "rest", expected ? "working" : "rest");

      /* Where the listing changes the weekly rhythm, the holiday must be the notice's. */
      if (listed != NULL && listed->off != weekend)
        check_holiday_name (iso, holiday, listed->name);
    }
}

/* The shipped calendar */

static void
test_default (void)
{
  BdCalendar *calendar = bd_calendar_get_default ();
  BdHoliday holiday = BD_HOLIDAY_NONE;

  g_assert_true (calendar == bd_calendar_get_default ());
  g_assert_cmpuint (bd_calendar_get_first_year (calendar), ==, 2019);
  g_assert_cmpuint (bd_calendar_get_last_year (calendar), ==, 2026);
  for (guint year = 2019; year <= 2026; year++)
    g_assert_true (bd_calendar_has_year (calendar, year));
  g_assert_false (bd_calendar_has_year (calendar, 2018));
  g_assert_false (bd_calendar_has_year (calendar, 2027));

  g_assert_false (is_working (calendar, "2025-10-01", &holiday));
  g_assert_cmpint (holiday, ==, BD_HOLIDAY_NATIONAL_DAY);
  g_assert_true (is_working (calendar, "2025-01-26", &holiday));
  g_assert_cmpint (holiday, ==, BD_HOLIDAY_SPRING_FESTIVAL);
  g_assert_true (is_working (calendar, "2025-03-03", &holiday));
  g_assert_cmpint (holiday, ==, BD_HOLIDAY_NONE);
  g_assert_false (is_working (calendar, "2025-03-01", NULL));
}

static gpointer
get_default_thread (gpointer data)
{
  return bd_calendar_get_default ();
}

static void
test_default_threads (void)
{
  GThread *threads[8];
  gpointer first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("calendar", get_default_thread, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      gpointer calendar = g_thread_join (threads[i]);

      g_assert_nonnull (calendar);
      if (first == NULL)
        first = calendar;
      g_assert_true (calendar == first);
    }
}

/* Arithmetic */

typedef struct
{
  const char *start;
  guint n;
  const char *expected;
} Case;

static const Case working_day_cases[] = {
  /* National Day 2025: 1–8 October off. */
  { "2025-09-30", 2, "2025-10-10" },
  { "2025-09-30", 1, "2025-10-09" },
  /* Spring Festival 2025: Sunday 26 January worked, 28 January–4 February off, Saturday
   * 8 February worked. */
  { "2025-01-24", 1, "2025-01-26" },
  { "2025-01-24", 5, "2025-02-07" },
  { "2025-01-24", 6, "2025-02-08" },
  { "2025-01-24", 7, "2025-02-10" },
  /* An ordinary week and weekend. */
  { "2025-03-03", 4, "2025-03-07" },
  { "2025-03-07", 1, "2025-03-10" },
  { "2025-03-08", 1, "2025-03-10" },
  /* n = 0: the start itself, working or not. */
  { "2025-03-04", 0, "2025-03-04" },
  { "2025-10-01", 0, "2025-10-01" },
  /* Across a year: New Year 2026 is 1–3 January, Sunday 4 January worked. */
  { "2025-12-31", 1, "2026-01-04" },
  { "2024-12-31", 1, "2025-01-02" },
  { "2022-12-30", 1, "2023-01-03" },
  /* A lapse notice's 10 working days across the 2024 Spring Festival. */
  { "2024-02-01", 10, "2024-02-20" },
};

/* Every one of the @n_cases @cases counted with @count (@what: how, for the log). */
static void
check_cases (const Case      *cases,
             guint            n_cases,
             BdCalendarCount  count,
             const char      *what)
{
  BdCalendar *calendar = bd_calendar_get_default ();

  for (guint i = 0; i < n_cases; i++)
    {
      const Case *c = &cases[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *result_text = NULL;
      GDate start, result;

      set_date (&start, c->start);
      g_assert_true (count (calendar, &start, c->n, &result, &error));
      g_assert_no_error (error);
      result_text = format_date (&result);
      g_test_message ("%s + %u %s", c->start, c->n, what);
      g_assert_cmpstr (result_text, ==, c->expected);
    }
}

static void
test_add_working_days (void)
{
  check_cases (working_day_cases, G_N_ELEMENTS (working_day_cases), bd_calendar_add_working_days,
               "working days");
}

/* add_working_days() against a slow count with is_working_day() from every start. */
static void
test_add_working_days_by_counting (void)
{
  BdCalendar *calendar = bd_calendar_get_default ();
  guint n_values[] = { 0, 1, 2, 3, 5, 10, 15, 30 };
  GDate start, end;

  /* The end leaves room for 30 working days inside 2026. */
  set_date (&start, "2019-01-01");
  set_date (&end, "2026-11-01");
  for (; g_date_compare (&start, &end) < 0; g_date_add_days (&start, 1))
    {
      for (guint i = 0; i < G_N_ELEMENTS (n_values); i++)
        {
          g_autoptr(GError) error = NULL;
          GDate expected = start, result;
          guint left = n_values[i];
          gboolean working;

          while (left > 0)
            {
              g_date_add_days (&expected, 1);
              g_assert_true (bd_calendar_is_working_day (calendar, &expected, &working, NULL,
                                                         NULL));
              left -= working;
            }

          g_assert_true (bd_calendar_add_working_days (calendar, &start, n_values[i], &result,
                                                       &error));
          g_assert_no_error (error);
          g_assert_cmpint (g_date_compare (&result, &expected), ==, 0);
        }
    }
}

static const Case deadline_cases[] = {
  /* The 15th day is 1 October 2025, in the holiday: the next working day. */
  { "2025-09-16", 15, "2025-10-09" },
  /* The 15th day is 28 January 2025, first day of the Spring Festival holiday. */
  { "2025-01-13", 15, "2025-02-05" },
  /* The last day is an adjusted working Sunday: it stays. */
  { "2025-01-11", 15, "2025-01-26" },
  /* An ordinary Saturday moves to Monday. */
  { "2025-03-01", 14, "2025-03-17" },
  /* A working day stays. */
  { "2025-03-03", 30, "2025-04-02" },
  /* n = 0. */
  { "2025-03-04", 0, "2025-03-04" },
  { "2025-10-01", 0, "2025-10-09" },
  /* Across a year, into New Year 2026 and its working Sunday. */
  { "2025-12-20", 12, "2026-01-04" },
  /* 60 days of grace ending in the 2024 Spring Festival. */
  { "2023-12-12", 60, "2024-02-18" },
};

static void
test_deadline_days (void)
{
  check_cases (deadline_cases, G_N_ELEMENTS (deadline_cases), bd_calendar_deadline_days,
               "days to the deadline");
}

static void
assert_out_of_range (const GError *error,
                     const char   *date)
{
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, date));
  g_assert_nonnull (strstr (error->message, "2019–2026"));
}

/* Counting @n days from @start needs days beyond the calendar, from @first_missing. */
static void
assert_count_beyond (BdCalendarCount  count,
                     const char      *start,
                     guint            n,
                     const char      *first_missing)
{
  g_autoptr(GError) error = NULL;
  GDate date, result;

  set_date (&date, start);
  g_assert_false (count (bd_calendar_get_default (), &date, n, &result, &error));
  assert_out_of_range (error, first_missing);
}

static void
test_out_of_range (void)
{
  BdCalendar *calendar = bd_calendar_get_default ();
  gboolean working = FALSE;
  GDate date, result;

  {
    g_autoptr(GError) error = NULL;

    set_date (&date, "2018-06-01");
    g_assert_false (bd_calendar_is_working_day (calendar, &date, &working, NULL, &error));
    assert_out_of_range (error, "2018-06-01");
  }
  {
    g_autoptr(GError) error = NULL;

    set_date (&date, "2027-01-05");
    g_assert_false (bd_calendar_is_working_day (calendar, &date, &working, NULL, &error));
    assert_out_of_range (error, "2027-01-05");
    g_assert_cmpstr (error->message, ==,
                     "2027-01-05 is beyond the working-day calendar, which covers 2019–2026");
  }
  assert_count_beyond (bd_calendar_add_working_days, "2018-06-01", 3, "2018-06-02");
  {
    g_autoptr(GError) error = NULL;

    /* Only 31 December 2026 is left: the second working day needs 2027. */
    set_date (&date, "2026-12-30");
    g_assert_true (bd_calendar_add_working_days (calendar, &date, 1, &result, &error));
    g_assert_no_error (error);
  }
  assert_count_beyond (bd_calendar_add_working_days, "2026-12-30", 2, "2027-01-01");
  assert_count_beyond (bd_calendar_deadline_days, "2026-12-01", 60, "2027-01-30");
  {
    g_autoptr(GError) error = NULL;

    /* 31 December 2026 is a Thursday, a working day: no need for 2027. */
    set_date (&date, "2026-12-01");
    g_assert_true (bd_calendar_deadline_days (calendar, &date, 30, &result, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(GError) error = NULL;

    set_date (&date, "2019-01-01");
    g_assert_false (bd_calendar_add_working_days (calendar, &date, G_MAXUINT, &result, &error));
    g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (bd_calendar_deadline_days (calendar, &date, G_MAXUINT, &result, &error));
    g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_INVALID);
  }
}

static void
test_invalid_date (void)
{
  BdCalendar *calendar = bd_calendar_get_default ();
  g_autoptr(GError) error = NULL;
  gboolean working;
  GDate date, result;

  g_date_clear (&date, 1);
  g_assert_false (bd_calendar_is_working_day (calendar, &date, &working, NULL, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (bd_calendar_add_working_days (calendar, &date, 1, &result, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (bd_calendar_deadline_days (calendar, &date, 1, &result, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_INVALID);
}

/* Loading */

typedef struct
{
  const char *text;
  guint line;
  const char *words;   /* part of the message */
} ParseCase;

static const ParseCase parse_cases[] = {
  { "year 2025\n2025-02-30 off new-year\n", 2, "“2025-02-30” is not a date" },
  { "year 2025\n\n# notice\n2025-1-5 off new-year\n", 4, "“2025-1-5” is not a date" },
  { "year 2025\n2025-01-01..2025-13-01 off new-year\n", 2, "“2025-13-01” is not a date" },
  { "year 2025\n2025-01-05..2025-01-01 off new-year\n", 2, "ends before it starts" },
  { "year 2025\n2025-01-01 off new-years-day\n", 2, "“new-years-day” is not a holiday" },
  { "year 2025\n2025-01-01 holiday new-year\n", 2, "neither “off” nor “work”" },
  { "year 2025\n2025-01-01 off\n", 2, "followed by the holiday" },
  { "year 2025\n2025-01-01\n", 2, "followed by “off” or “work”" },
  { "year 2025\n2025-01-01 off new-year extra\n", 2, "unexpected “extra”" },
  { "2025-01-01 off new-year\nyear 2025\n", 1, "no “year 2025” line" },
  { "year 2025\n2024-12-31..2025-01-01 off new-year\n", 2, "2024-12-31 lies in 2024" },
  { "year 2025\n2025-01-01 off new-year\n2025-01-01 work new-year\n", 3,
    "2025-01-01 is already listed differently on line 2" },
  { "year 2025\n2025-01-28..2025-02-04 off spring-festival\n2025-02-01 off new-year\n", 3,
    "2025-02-01 is already listed differently on line 2" },
  { "year 2025\nyear 2026\nyear 2025\n", 3, "declared twice (first on line 1)" },
  { "year\n", 1, "must be followed by the year" },
  { "year 20x5\n", 1, "“20x5” is not a year" },
  { "year 2025 2026\n", 1, "unexpected “2026”" },
  { "year 2025\nholidays 2025\n", 2, "“holidays” is neither a date nor “year”" },
  { "year 2025\n# \xff\n", 2, "not UTF-8" },
};

static void
test_parse_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      const ParseCase *c = &parse_cases[i];
      g_autoptr(BdCalendar) calendar = bd_calendar_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *prefix = g_strdup_printf ("line %u: ", c->line);
      g_autofree char *escaped = g_strescape (c->text, NULL);

      g_test_message ("%s", escaped);
      g_assert_false (bd_calendar_load_data (calendar, c->text, -1, &error));
      g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_PARSE);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, prefix));
      g_assert_nonnull (strstr (error->message, c->words));
      g_assert_cmpuint (bd_calendar_get_first_year (calendar), ==, 0);
    }
}

static void
test_parse_accepts (void)
{
  g_autoptr(BdCalendar) calendar = bd_calendar_new ();
  g_autoptr(GError) error = NULL;
  BdHoliday holiday = BD_HOLIDAY_NONE;
  /* A byte order mark, CRLF, tabs, comments after data, a repeated identical listing, a
   * range across two declared years. */
  const char *text =
    "\xEF\xBB\xBF# a calendar\r\n"
    "year 2030\r\n"
    "year 2031  # and the next\r\n"
    "\t2030-12-31..2031-01-01\toff\tnew-year\r\n"
    "2031-01-01 off new-year\r\n"
    "2031-01-04 work new-year\r\n";

  g_assert_true (bd_calendar_load_data (calendar, text, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bd_calendar_get_first_year (calendar), ==, 2030);
  g_assert_cmpuint (bd_calendar_get_last_year (calendar), ==, 2031);
  g_assert_false (is_working (calendar, "2030-12-31", &holiday));
  g_assert_cmpint (holiday, ==, BD_HOLIDAY_NEW_YEAR);
  g_assert_false (is_working (calendar, "2031-01-01", NULL));
  g_assert_true (is_working (calendar, "2031-01-04", &holiday));
  g_assert_cmpint (holiday, ==, BD_HOLIDAY_NEW_YEAR);
  g_assert_true (is_working (calendar, "2030-06-03", &holiday));
  g_assert_cmpint (holiday, ==, BD_HOLIDAY_NONE);

  g_assert_false (bd_calendar_load_data (calendar, "# nothing\n", -1, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_PARSE);
}

static void
test_all_or_nothing (void)
{
  g_autoptr(BdCalendar) calendar = new_shipped_calendar ();
  g_autoptr(GError) error = NULL;
  /* A good 2025 that would replace the shipped one, a good 2027, then a mistake. */
  const char *text =
    "year 2025\n"
    "year 2027\n"
    "2027-01-01 off new-year\n"
    "2027-02-30 off spring-festival\n";

  g_assert_false (bd_calendar_load_data (calendar, text, -1, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_PARSE);
  g_assert_false (bd_calendar_has_year (calendar, 2027));
  g_assert_cmpuint (bd_calendar_get_last_year (calendar), ==, 2026);
  g_assert_false (is_working (calendar, "2025-10-01", NULL));
}

static void
test_replace_year (void)
{
  g_autoptr(BdCalendar) calendar = new_shipped_calendar ();
  g_autoptr(GError) error = NULL;
  BdHoliday holiday = BD_HOLIDAY_NONE;

  /* A 2025 without holidays: National Day becomes an ordinary Wednesday. */
  g_assert_true (bd_calendar_load_data (calendar, "year 2025\n2025-03-03 off qingming\n", -1,
                                        &error));
  g_assert_no_error (error);
  g_assert_true (is_working (calendar, "2025-10-01", &holiday));
  g_assert_cmpint (holiday, ==, BD_HOLIDAY_NONE);
  g_assert_false (is_working (calendar, "2025-01-26", NULL));
  g_assert_false (is_working (calendar, "2025-03-03", &holiday));
  g_assert_cmpint (holiday, ==, BD_HOLIDAY_QINGMING);
  /* The other years stay. */
  g_assert_false (is_working (calendar, "2024-10-01", NULL));
  g_assert_false (is_working (calendar, "2026-10-01", NULL));
  g_assert_cmpuint (bd_calendar_get_first_year (calendar), ==, 2019);
  g_assert_cmpuint (bd_calendar_get_last_year (calendar), ==, 2026);

  /* The default calendar is untouched. */
  g_assert_false (is_working (bd_calendar_get_default (), "2025-10-01", NULL));
}

static void
test_gaps (void)
{
  g_autoptr(BdCalendar) calendar = bd_calendar_new ();
  g_autoptr(GError) error = NULL;
  gboolean working;
  GDate date, result;

  set_date (&date, "2020-05-01");
  g_assert_false (bd_calendar_is_working_day (calendar, &date, &working, NULL, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "no years"));
  g_clear_error (&error);

  g_assert_true (bd_calendar_load_data (calendar, "year 2021\n", -1, &error));
  g_assert_true (bd_calendar_load_data (calendar, "year 2019\nyear 2023\nyear 2024\n", -1,
                                        &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bd_calendar_get_first_year (calendar), ==, 2019);
  g_assert_cmpuint (bd_calendar_get_last_year (calendar), ==, 2024);
  g_assert_true (bd_calendar_has_year (calendar, 2021));
  g_assert_false (bd_calendar_has_year (calendar, 2020));
  g_assert_false (bd_calendar_has_year (calendar, 2022));

  g_assert_false (bd_calendar_is_working_day (calendar, &date, &working, NULL, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "covers 2019, 2021, 2023–2024"));
  g_clear_error (&error);

  set_date (&date, "2019-12-30");
  g_assert_false (bd_calendar_add_working_days (calendar, &date, 2, &result, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "2020-01-01"));
}

/* How an administrator adds a year: a text file on top of the shipped calendar. */
static void
test_extra_file (void)
{
  g_autoptr(BdCalendar) calendar = new_shipped_calendar ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *bad_path = NULL;
  g_autofree char *result_text = NULL;
  g_autofree char *name = NULL;
  BdHoliday holiday = BD_HOLIDAY_NONE;
  GDate date, result;
  int fd;
  /* Invented for the test: no notice for 2027 is used. */
  const char *text =
    "# 2027, invented for the test\n"
    "year 2027\n"
    "2027-01-01..2027-01-03 off new-year\n"
    "2027-01-04 work new-year\n";

  fd = g_file_open_tmp ("test-calendar-XXXXXX.txt", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  g_assert_true (bd_calendar_load_file (calendar, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bd_calendar_get_first_year (calendar), ==, 2019);
  g_assert_cmpuint (bd_calendar_get_last_year (calendar), ==, 2027);
  g_assert_true (is_working (calendar, "2027-01-04", &holiday));
  g_assert_cmpint (holiday, ==, BD_HOLIDAY_NEW_YEAR);

  /* 2026-12-31 (Thursday), 2027-01-04 (a working Sunday), 5 and 6 January. */
  set_date (&date, "2026-12-30");
  g_assert_true (bd_calendar_add_working_days (calendar, &date, 4, &result, &error));
  g_assert_no_error (error);
  result_text = format_date (&result);
  g_assert_cmpstr (result_text, ==, "2027-01-06");

  g_file_set_contents (path, "year 2028\n2028-02-30 off new-year\n", -1, &error);
  g_assert_no_error (error);
  g_assert_false (bd_calendar_load_file (calendar, path, &error));
  g_assert_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_PARSE);
  name = g_filename_display_name (path);
  g_assert_true (g_str_has_prefix (error->message, name));
  g_assert_nonnull (strstr (error->message, ": line 2: "));
  g_assert_false (bd_calendar_has_year (calendar, 2028));
  g_clear_error (&error);

  bad_path = g_strconcat (path, ".absent", NULL);
  g_assert_false (bd_calendar_load_file (calendar, bad_path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  g_unlink (path);
}

static void
test_holiday_names (void)
{
  static const struct
  {
    BdHoliday holiday;
    const char *key;
    const char *label;
  } names[] = {
    { BD_HOLIDAY_NEW_YEAR, "new-year", "New Year's Day" },
    { BD_HOLIDAY_SPRING_FESTIVAL, "spring-festival", "Spring Festival" },
    { BD_HOLIDAY_QINGMING, "qingming", "Qingming Festival" },
    { BD_HOLIDAY_LABOUR_DAY, "labour-day", "Labour Day" },
    { BD_HOLIDAY_DRAGON_BOAT, "dragon-boat", "Dragon Boat Festival" },
    { BD_HOLIDAY_MID_AUTUMN, "mid-autumn", "Mid-Autumn Festival" },
    { BD_HOLIDAY_NATIONAL_DAY, "national-day", "National Day" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_cmpstr (bd_holiday_to_string (names[i].holiday), ==, names[i].key);
      g_assert_cmpstr (bd_holiday_get_label (names[i].holiday), ==, names[i].label);
    }

  g_assert_null (bd_holiday_to_string (BD_HOLIDAY_NONE));
  g_assert_null (bd_holiday_get_label (BD_HOLIDAY_NONE));
}

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  g_test_add_func ("/calendar/holiday-cn", test_holiday_cn);
  g_test_add_func ("/calendar/default", test_default);
  g_test_add_func ("/calendar/default-threads", test_default_threads);
  g_test_add_func ("/calendar/add-working-days", test_add_working_days);
  g_test_add_func ("/calendar/add-working-days-by-counting", test_add_working_days_by_counting);
  g_test_add_func ("/calendar/deadline-days", test_deadline_days);
  g_test_add_func ("/calendar/out-of-range", test_out_of_range);
  g_test_add_func ("/calendar/invalid-date", test_invalid_date);
  g_test_add_func ("/calendar/parse-errors", test_parse_errors);
  g_test_add_func ("/calendar/parse-accepts", test_parse_accepts);
  g_test_add_func ("/calendar/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/calendar/replace-year", test_replace_year);
  g_test_add_func ("/calendar/gaps", test_gaps);
  g_test_add_func ("/calendar/extra-file", test_extra_file);
  g_test_add_func ("/calendar/holiday-names", test_holiday_names);

  return g_test_run ();
}
