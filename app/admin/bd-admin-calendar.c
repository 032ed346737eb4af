/* bd-admin-calendar.c — branchdesk-admin calendar: look at and check working-day calendars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every subcommand works on the shipped calendar, or on a copy of it with the years of an
 * --extra file on top: a file tried before an administrator imports it in the program's
 * Working-Day Calendar window, which keeps it in the branch's database. Results go to stdout in a form scripts can read (ISO dates, fixed words); only
 * holiday names and messages are translated. */

#define G_LOG_DOMAIN "bd-admin"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "bd-admin-private.h"
#include "bd-calendar.h"
#include "bd-calendar-store.h"

#define CALENDAR_RESOURCE "/io/github/branchdesk/BranchDesk/core/calendar/workdays.txt"

/* Longer periods than this are typing mistakes, not deadlines. */
#define N_MAX 100000

typedef struct
{
  const char *name;
  const char *parameters;    /* also the usage line of the command list */
  const char *summary;       /* N_() marked */
  gboolean    takes_extra;   /* whether --extra FILE applies */
  guint       n_arguments;
  int       (*run) (char **arguments, const char *extra);
} Command;

static int run_list             (char **arguments, const char *extra);
static int run_add_working_days (char **arguments, const char *extra);
static int run_deadline         (char **arguments, const char *extra);
static int run_check            (char **arguments, const char *extra);
static int run_import           (char **arguments, const char *extra);

static const Command commands[] = {
  { "list", "YEAR",
    N_("Print every day of YEAR as “workday” or “restday”, with its holiday where the "
       "notice lists it."),
    TRUE, 1, run_list },
  { "add-working-days", "DATE N",
    N_("Print the date N working days after DATE (DATE itself is not counted)."),
    TRUE, 2, run_add_working_days },
  { "deadline", "DATE N",
    N_("Print the last day of a period of N calendar days from DATE: DATE is not counted, "
       "and a last day that is not a working day moves to the next working day."),
    TRUE, 2, run_deadline },
  { "check", "FILE",
    N_("Check a calendar file (see data/calendar/README.md) and say which years it "
       "covers."),
    FALSE, 1, run_check },
  { "import", "FILE DATABASE",
    N_("Check a calendar file and keep its years in the branch’s database, where every "
       "deadline counts with them (audited). The program’s Working-Day Calendar window does "
       "the same with a preview."),
    FALSE, 2, run_import },
};

/* Arguments */

static gboolean
parse_date_n (char  **arguments,
              GDate  *date,
              guint  *n)
{
  guint64 value;

  if (!bd_admin_parse_date (arguments[0], date))
    {
      bd_admin_printerr (_("“%s” is not a date: write it as YYYY-MM-DD"), arguments[0]);
      return FALSE;
    }

  if (!g_ascii_string_to_unsigned (arguments[1], 10, 0, N_MAX, &value, NULL))
    {
      bd_admin_printerr (_("“%s” is not a number of days from 0 to %u"),
                         arguments[1], N_MAX);
      return FALSE;
    }

  *n = (guint) value;
  return TRUE;
}

static void
print_date (const GDate *date)
{
  g_print ("%04u-%02u-%02u\n", (guint) g_date_get_year (date),
           (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}

/* The shipped calendar, or a copy of it with @extra's years on top. */
static BdCalendar *
open_calendar (const char *extra)
{
  g_autoptr(BdCalendar) calendar = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (extra == NULL)
    return g_object_ref (bd_calendar_get_default ());

  calendar = bd_calendar_new ();
  bytes = g_resources_lookup_data (CALENDAR_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL
      || !bd_calendar_load_data (calendar, g_bytes_get_data (bytes, NULL),
                                 g_bytes_get_size (bytes), &error)
      || !bd_calendar_load_file (calendar, extra, &error))
    {
      bd_admin_printerr ("%s", error->message);
      return NULL;
    }

  return g_steal_pointer (&calendar);
}

/* The subcommands */

static int
run_list (char       **arguments,
          const char  *extra)
{
  g_autoptr(BdCalendar) calendar = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  guint64 year;
  GDate date;

  if (!g_ascii_string_to_unsigned (arguments[0], 10, 1, 9999, &year, NULL))
    {
      bd_admin_printerr (_("“%s” is not a year"), arguments[0]);
      return BD_ADMIN_USAGE;
    }

  calendar = open_calendar (extra);
  if (calendar == NULL)
    return BD_ADMIN_FAILED;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, (GDateYear) year);
  for (; g_date_get_year (&date) == year; g_date_add_days (&date, 1))
    {
      BdHoliday holiday = BD_HOLIDAY_NONE;
      gboolean working;

      if (!bd_calendar_is_working_day (calendar, &date, &working, &holiday, &error))
        {
          bd_admin_printerr ("%s", error->message);
          return BD_ADMIN_FAILED;
        }

      g_string_append_printf (out, "%04u-%02u-%02u %s", (guint) year,
                              (guint) g_date_get_month (&date),
                              (guint) g_date_get_day (&date),
                              working ? "workday" : "restday");
      if (holiday != BD_HOLIDAY_NONE)
        g_string_append_printf (out, " %s", bd_holiday_get_label (holiday));
      g_string_append_c (out, '\n');
    }

  g_print ("%s", out->str);

  return BD_ADMIN_OK;
}

/* "START N": prints the date @count gives, or why there is none. */
static int
run_count_from (char            **arguments,
                const char       *extra,
                BdCalendarCount   count)
{
  g_autoptr(BdCalendar) calendar = NULL;
  g_autoptr(GError) error = NULL;
  GDate start, result;
  guint n;

  /* A date or count that cannot be read is a usage error: exit status 2. */
  if (!parse_date_n (arguments, &start, &n))
    return BD_ADMIN_USAGE;

  calendar = open_calendar (extra);
  if (calendar == NULL)
    return BD_ADMIN_FAILED;

  if (!count (calendar, &start, n, &result, &error))
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }

  print_date (&result);

  return BD_ADMIN_OK;
}

static int
run_add_working_days (char       **arguments,
                      const char  *extra)
{
  return run_count_from (arguments, extra, bd_calendar_add_working_days);
}

static int
run_deadline (char       **arguments,
              const char  *extra)
{
  return run_count_from (arguments, extra, bd_calendar_deadline_days);
}

/* The year's totals let an administrator compare a new year with the last: a mistyped
 * range shows as a count far from the usual 246 to 251 working days. */
static void
print_year_summary (BdCalendar *calendar,
                    guint       year)
{
  guint n_working = 0, n_rest = 0, n_listed = 0;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, year);
  for (; g_date_get_year (&date) == year; g_date_add_days (&date, 1))
    {
      BdHoliday holiday = BD_HOLIDAY_NONE;
      gboolean working = FALSE;

      bd_calendar_is_working_day (calendar, &date, &working, &holiday, NULL);
      if (working)
        n_working++;
      else
        n_rest++;
      if (holiday != BD_HOLIDAY_NONE)
        n_listed++;
    }

  g_print (_("%u: %u working days, %u rest days, %u days listed"), year, n_working, n_rest,
           n_listed);
  g_print ("\n");
}

static int
run_check (char       **arguments,
           const char  *extra)
{
  g_autoptr(BdCalendar) calendar = bd_calendar_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) years = g_string_new (NULL);
  g_autofree char *name = g_filename_display_name (arguments[0]);
  guint first, last;

  if (!bd_calendar_load_file (calendar, arguments[0], &error))
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }

  first = bd_calendar_get_first_year (calendar);
  last = bd_calendar_get_last_year (calendar);
  for (guint year = first; year <= last; year++)
    {
      guint end = year;

      if (!bd_calendar_has_year (calendar, year))
        continue;

      /* A run of years as "2019–2026". */
      while (end < last && bd_calendar_has_year (calendar, end + 1))
        end++;
      g_string_append_printf (years, "%s%u", years->len > 0 ? ", " : "", year);
      if (end > year)
        g_string_append_printf (years, "–%u", end);
      year = end;
    }

  g_print (_("%s is a valid calendar for %s"), name, years->str);
  g_print ("\n");
  for (guint year = first; year <= last; year++)
    {
      if (bd_calendar_has_year (calendar, year))
        print_year_summary (calendar, year);
    }

  return BD_ADMIN_OK;
}

static int
run_import (char       **arguments,
            const char  *extra)
{
  g_autoptr(BdCalendarImport) import = NULL;
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_path_get_basename (arguments[0]);
  g_autofree char *years = NULL;
  gsize length = 0;

  /* The file is checked whole before the database is opened. */
  if (!g_file_get_contents (arguments[0], &contents, &length, &error) ||
      (import = bd_calendar_import_new (name, contents, length, &error)) == NULL)
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }
  if ((store = bd_admin_open_existing (arguments[1])) == NULL)
    return BD_ADMIN_FAILED;
  if (!bd_store_import_calendar (store, import, &error))
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }
  years = bd_calendar_import_dup_years (import);
  g_print (_("The working-day calendar of %s is saved"), years);
  g_print ("\n");
  return BD_ADMIN_OK;
}

/* Command lines */

static char *
describe_commands (void)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n  branchdesk-admin calendar %s\n\n%s\n\n%s\n",
                          _("Usage:"), _("COMMAND [OPTION…] ARGUMENT…"),
                          _("Look at the working-day calendar of mainland China, or check "
                            "a new one."),
                          _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %s %s\n      %s\n", commands[i].name,
                            commands[i].parameters,
                            g_dgettext (GETTEXT_PACKAGE, commands[i].summary));
  g_string_append_printf (text, "\n%s\n",
                          _("Run “branchdesk-admin calendar COMMAND --help” for a "
                            "command’s options."));

  return g_string_free (text, FALSE);
}

static GOptionContext *
command_context (const Command  *command,
                 GOptionEntry   *entries,
                 gboolean       *help)
{
  g_autofree char *parameters = g_strdup_printf ("calendar %s %s", command->name,
                                                 command->parameters);
  GOptionContext *context = bd_admin_own_help_context_new (parameters,
                                                           g_dgettext (GETTEXT_PACKAGE,
                                                                       command->summary),
                                                           entries, help);

  g_option_context_set_ignore_unknown_options (context, TRUE);
  return context;
}

static int
run_command (const Command  *command,
             int             argc,
             char          **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_auto(GStrv) arguments = NULL;
  g_autofree char *extra = NULL;
  gboolean help = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "extra", 'e', 0, G_OPTION_ARG_FILENAME, &extra,
      N_("Load the years of FILE on top of the shipped calendar"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  if (!command->takes_extra)
    entries[0] = (GOptionEntry) G_OPTION_ENTRY_NULL;

  context = command_context (command, entries, &help);
  if ((status = bd_admin_parse_copy (context, argc, argv, &arguments)) != BD_ADMIN_OK)
    return status;

  /* Unknown options were left in place so that a negative N reaches parse_date_n() and is
   * refused as a bad number rather than as an option; anything else is a usage error. */
  for (guint i = 1; arguments[i] != NULL; i++)
    {
      if (arguments[i][0] == '-' && !g_ascii_isdigit (arguments[i][1]))
        {
          g_autofree char *message = g_strdup_printf (_("Unknown option %s"), arguments[i]);

          return bd_admin_usage_error (context, message);
        }
    }

  if (help)
    return bd_admin_print_help (context);

  /* arguments[0] is the command's name. */
  if (g_strv_length (arguments) != command->n_arguments + 1)
    {
      g_autofree char *message = g_strdup_printf (_("calendar %s takes %s"),
                                                  command->name, command->parameters);

      return bd_admin_usage_error (context, message);
    }

  return command->run (arguments + 1, extra);
}

/**
 * bd_admin_calendar:
 * @argc: the number of arguments
 * @argv: "calendar", the command, its arguments and options
 *
 * Returns: a #BdAdminStatus
 */
int
bd_admin_calendar (int    argc,
                   char **argv)
{
  g_autofree char *help = NULL;

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")
                    || g_str_equal (argv[1], "help")))
    {
      help = describe_commands ();
      g_print ("%s", help);
      return BD_ADMIN_OK;
    }

  for (guint i = 0; argc >= 2 && i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        return run_command (&commands[i], argc - 1, argv + 1);
    }

  if (argc < 2)
    bd_admin_printerr (_("calendar needs a command"));
  else
    bd_admin_printerr (_("“%s” is not a calendar command"), argv[1]);
  help = describe_commands ();
  g_printerr ("%s", help);

  return BD_ADMIN_USAGE;
}
