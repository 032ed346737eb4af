/* bd-calendar.c — the working days of mainland China and deadline arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A BdCalendar knows a set of years. Each year is a bitmap of its working days plus the
 * holiday of every day a notice lists, so that asking about a day is two array lookups and
 * counting working days allocates nothing: deadlines are computed in loops (the demo
 * generator asks a million times).
 *
 * The text format is documented in data/calendar/README.md. A text is parsed into drafts
 * that remember where each day was listed, so that contradictions can be reported by line;
 * only a text that parses completely replaces years of the calendar. */

#define G_LOG_DOMAIN "bd-calendar"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "bd-calendar.h"
#include "bd-types.h"

#define CALENDAR_RESOURCE "/io/github/branchdesk/BranchDesk/core/calendar/workdays.txt"

#define DAYS_MAX 366
#define WORDS ((DAYS_MAX + 31) / 32)

/* Years outside this range are refused by the parser; 4 digits keep dates ISO 8601. */
#define YEAR_MIN 1900
#define YEAR_MAX 9999

/* The Julian day (GDate's count, 0001-01-01 is 1) of 9999-12-31: the last date the
 * arithmetic may reach. */
#define JULIAN_MAX 3652059

G_DEFINE_QUARK (bd-calendar-error-quark, bd_calendar_error)

typedef struct
{
  guint   year;
  guint   n_days;
  guint32 jan1;                  /* Julian day of 1 January */
  guint32 working[WORDS];        /* bit d: day-of-year d (from 0) is a working day */
  guint8  holidays[DAYS_MAX];    /* BdHoliday of a listed day, BD_HOLIDAY_NONE otherwise */
} BdYear;

struct _BdCalendar
{
  GObject    parent_instance;

  /* years->pdata[i] is the BdYear of first_year + i, or NULL where there is a gap. The
   * array never ends in NULL, so the last year is first_year + len - 1. */
  GPtrArray *years;
  guint      first_year;

  /* The shared default calendar is read from any thread, so it must never change. */
  gboolean   frozen;
};

G_DEFINE_FINAL_TYPE (BdCalendar, bd_calendar, G_TYPE_OBJECT)

typedef struct
{
  const char *key;    /* in calendar files, never translated */
  const char *label;  /* N_() marked, translated when shown */
} BdHolidayName;

static const BdHolidayName holiday_names[] = {
  [BD_HOLIDAY_NONE] = { NULL, NULL },
  [BD_HOLIDAY_NEW_YEAR] = { "new-year", N_("New Year's Day") },
  [BD_HOLIDAY_SPRING_FESTIVAL] = { "spring-festival", N_("Spring Festival") },
  [BD_HOLIDAY_QINGMING] = { "qingming", N_("Qingming Festival") },
  [BD_HOLIDAY_LABOUR_DAY] = { "labour-day", N_("Labour Day") },
  [BD_HOLIDAY_DRAGON_BOAT] = { "dragon-boat", N_("Dragon Boat Festival") },
  [BD_HOLIDAY_MID_AUTUMN] = { "mid-autumn", N_("Mid-Autumn Festival") },
  [BD_HOLIDAY_NATIONAL_DAY] = { "national-day", N_("National Day") },
};

/**
 * bd_holiday_get_label:
 * @holiday: a holiday
 *
 * Returns: (nullable): the translated name of @holiday, %NULL for %BD_HOLIDAY_NONE
 */
const char *
bd_holiday_get_label (BdHoliday holiday)
{
  g_return_val_if_fail (holiday <= BD_HOLIDAY_NATIONAL_DAY, NULL);

  if (holiday == BD_HOLIDAY_NONE)
    return NULL;

  return g_dgettext (GETTEXT_PACKAGE, holiday_names[holiday].label);
}

/**
 * bd_holiday_to_string:
 * @holiday: a holiday
 *
 * Returns: (nullable): the stable key of @holiday ("spring-festival"), as calendar files
 *   write it; %NULL for %BD_HOLIDAY_NONE
 */
const char *
bd_holiday_to_string (BdHoliday holiday)
{
  g_return_val_if_fail (holiday <= BD_HOLIDAY_NATIONAL_DAY, NULL);

  return holiday_names[holiday].key;
}

static BdHoliday
holiday_from_string (const char *key)
{
  for (guint i = BD_HOLIDAY_NONE + 1; i < G_N_ELEMENTS (holiday_names); i++)
    {
      if (g_str_equal (holiday_names[i].key, key))
        return i;
    }

  return BD_HOLIDAY_NONE;
}

static void
bd_calendar_finalize (GObject *object)
{
  BdCalendar *self = BD_CALENDAR (object);

  g_clear_pointer (&self->years, g_ptr_array_unref);

  G_OBJECT_CLASS (bd_calendar_parent_class)->finalize (object);
}

static void
bd_calendar_class_init (BdCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bd_calendar_finalize;
}

static void
bd_calendar_init (BdCalendar *self)
{
  self->years = g_ptr_array_new_with_free_func (g_free);
}

/**
 * bd_calendar_new:
 *
 * Returns: (transfer full): a calendar that knows no year yet
 */
BdCalendar *
bd_calendar_new (void)
{
  return g_object_new (BD_TYPE_CALENDAR, NULL);
}

static gboolean
load_shipped (BdCalendar  *calendar,
              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resources_lookup_data (CALENDAR_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  return bytes != NULL &&
         bd_calendar_load_data (calendar, g_bytes_get_data (bytes, NULL),
                                g_bytes_get_size (bytes), error);
}

static BdCalendar *
load_default (void)
{
  g_autoptr(BdCalendar) calendar = bd_calendar_new ();
  g_autoptr(GError) error = NULL;

  if (!load_shipped (calendar, &error))
    {
      /* The data is compiled in and tested: this is a broken build. An empty calendar
       * still answers, with OUT_OF_RANGE errors that the user sees. */
      g_critical ("The shipped working-day calendar cannot be loaded: %s", error->message);
    }

  calendar->frozen = TRUE;

  return g_steal_pointer (&calendar);
}

static BdCalendar *
get_shipped (void)
{
  static BdCalendar *shipped = NULL;

  if (g_once_init_enter (&shipped))
    g_once_init_leave (&shipped, load_default ());

  return shipped;
}

/* The calendar in effect once a branch's imported years are set (bd_calendar_set_default).
 * Callers keep the pointer they were given without a reference, from any thread: so a
 * calendar replaced is kept, frozen, until the program ends (a branch imports a year or
 * two a year). */
static BdCalendar *in_effect = NULL;
static GPtrArray *replaced = NULL;
G_LOCK_DEFINE_STATIC (in_effect);

/**
 * bd_calendar_get_default:
 *
 * The calendar every deadline uses: the years the program ships, with the years imported
 * into the branch's database on top (bd_calendar_set_default(), which opening the store
 * calls). It may be used from any thread and must not be changed: to add a year, load
 * the data into a calendar of your own.
 *
 * Returns: (transfer none): the shared calendar
 */
BdCalendar *
bd_calendar_get_default (void)
{
  BdCalendar *calendar = g_atomic_pointer_get (&in_effect);

  return calendar != NULL ? calendar : get_shipped ();
}

/**
 * bd_calendar_new_with_imports:
 * @texts: (array zero-terminated=1): calendar files, the oldest import first
 * @error: return location for a %BD_CALENDAR_ERROR_PARSE error
 *
 * Returns: (transfer full) (nullable): the shipped years with the years of @texts loaded
 *   on top of them in order, so that the newest file declaring a year gives that year
 */
BdCalendar *
bd_calendar_new_with_imports (const char *const  *texts,
                              GError            **error)
{
  g_autoptr(BdCalendar) calendar = bd_calendar_new ();

  g_return_val_if_fail (texts != NULL, NULL);

  if (!load_shipped (calendar, error))
    return NULL;
  for (guint i = 0; texts[i] != NULL; i++)
    if (!bd_calendar_load_data (calendar, texts[i], -1, error))
      return NULL;
  return g_steal_pointer (&calendar);
}

/**
 * bd_calendar_set_default:
 * @calendar: (transfer full): the calendar from now on, frozen by this call
 *
 * Makes @calendar the one bd_calendar_get_default() returns.
 */
void
bd_calendar_set_default (BdCalendar *calendar)
{
  BdCalendar *previous;

  g_return_if_fail (BD_IS_CALENDAR (calendar));

  calendar->frozen = TRUE;
  G_LOCK (in_effect);
  previous = g_atomic_pointer_exchange (&in_effect, calendar);
  if (previous != NULL)
    {
      if (replaced == NULL)
        replaced = g_ptr_array_new ();
      g_ptr_array_add (replaced, previous);
    }
  G_UNLOCK (in_effect);
}

/**
 * bd_calendar_next_year_missing:
 * @self: a calendar
 * @today: the branch's today
 *
 * Whether the desk warns that next year's calendar is missing: from 1 December, when
 * @self does not know the year after @today's. The State Council publishes the next
 * year's holidays in the autumn, usually in November (国务院办公厅关于部分节假日安排的
 * 通知; data/calendar/README.md): from December a missing year is an import forgotten,
 * and the deadlines of a case received then already reach into January.
 *
 * Returns: %TRUE when the desk should ask for next year's calendar
 */
gboolean
bd_calendar_next_year_missing (BdCalendar  *self,
                               const GDate *today)
{
  g_return_val_if_fail (BD_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  return g_date_get_month (today) == G_DATE_DECEMBER &&
         !bd_calendar_has_year (self, g_date_get_year (today) + 1);
}

/* Years, dates and day numbers */

static guint
days_in_year (guint year)
{
  return g_date_is_leap_year (year) ? 366 : 365;
}

static guint32
julian_of_jan1 (guint year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, year);

  return g_date_get_julian (&date);
}

/* Writes "YYYY-MM-DD" into @buffer, which holds at least 11 bytes. */
static const char *
format_julian (guint32  julian,
               char    *buffer)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  return bd_date_format_iso (&date, buffer);
}

/* The years the calendar knows, for messages: "2019–2026" or "2019–2024, 2026". */
static char *
describe_years (BdCalendar *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint i = 0;

  while (i < self->years->len)
    {
      guint first = i;

      while (i + 1 < self->years->len && g_ptr_array_index (self->years, i + 1) != NULL)
        i++;

      if (text->len > 0)
        g_string_append (text, ", ");

      if (first == i)
        g_string_append_printf (text, "%u", self->first_year + i);
      else
        g_string_append_printf (text, "%u–%u", self->first_year + first, self->first_year + i);

      /* Step over the gap to the next known year. */
      i++;
      while (i < self->years->len && g_ptr_array_index (self->years, i) == NULL)
        i++;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
set_out_of_range (BdCalendar  *self,
                  guint32      julian,
                  GError     **error)
{
  char buffer[16];
  g_autofree char *years = NULL;

  format_julian (julian, buffer);

  if (self->years->len == 0)
    {
      g_set_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE,
                   _("%s is beyond the working-day calendar, which has no years yet"),
                   buffer);
      return FALSE;
    }

  years = describe_years (self);
  /* Translators: the first is a date, the second a list of years ("2019–2026"). */
  g_set_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE,
               _("%s is beyond the working-day calendar, which covers %s"),
               buffer, years);
  return FALSE;
}

/* What every question to the calendar checks first: the caller's mistakes as criticals,
 * then a date that is not valid as an error. @out is where the answer goes. */
static gboolean
check_arguments (BdCalendar   *self,
                 const GDate  *date,
                 gpointer      out,
                 GError      **error)
{
  g_return_val_if_fail (BD_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_date_valid (date))
    {
      g_set_error_literal (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_INVALID,
                           _("The date is not valid"));
      return FALSE;
    }

  return TRUE;
}

static inline const BdYear *
lookup_year (BdCalendar *self,
             guint       year)
{
  /* Unsigned: a year before first_year wraps to a huge index. */
  guint index = year - self->first_year;

  if (index >= self->years->len)
    return NULL;

  return g_ptr_array_index (self->years, index);
}

static inline gboolean
year_is_working (const BdYear *year,
                 guint         day)
{
  return (year->working[day / 32] >> (day % 32)) & 1;
}

/* Parsing */

typedef enum
{
  LISTED_NONE,
  LISTED_OFF,
  LISTED_WORK,
} Listing;

/* A year while its text is read: where each day was listed, to report contradictions. */
typedef struct
{
  guint   declared_on;
  guint8  listing[DAYS_MAX];
  guint8  holidays[DAYS_MAX];
  guint   lines[DAYS_MAX];
} Draft;

typedef struct
{
  GHashTable *drafts;      /* year → Draft */
  guint       line;
} Parser;

static gboolean
parse_error (Parser      *parser,
             GError     **error,
             const char  *format,
             ...) G_GNUC_PRINTF (3, 4);

/* Every message names the line, so the administrator can find it. */
static gboolean
parse_error (Parser      *parser,
             GError     **error,
             const char  *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: the first is a line number in a calendar file, the second what is wrong
   * on that line. */
  g_set_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_PARSE,
               _("line %u: %s"), parser->line, message);
  return FALSE;
}

static gboolean
parse_year_line (Parser      *parser,
                 char       **tokens,
                 GError     **error)
{
  guint64 year;
  Draft *draft;

  if (tokens[1] == NULL)
    return parse_error (parser, error, _("“year” must be followed by the year"));

  if (!g_ascii_string_to_unsigned (tokens[1], 10, YEAR_MIN, YEAR_MAX, &year, NULL))
    return parse_error (parser, error, _("“%s” is not a year from %u to %u"),
                        tokens[1], YEAR_MIN, YEAR_MAX);

  if (tokens[2] != NULL)
    return parse_error (parser, error, _("unexpected “%s” after the year"), tokens[2]);

  draft = g_hash_table_lookup (parser->drafts, GUINT_TO_POINTER (year));
  if (draft != NULL)
    return parse_error (parser, error, _("year %u is declared twice (first on line %u)"),
                        (guint) year, draft->declared_on);

  draft = g_new0 (Draft, 1);
  draft->declared_on = parser->line;
  g_hash_table_insert (parser->drafts, GUINT_TO_POINTER (year), draft);

  return TRUE;
}

/* "FIRST..LAST" or a single date, as Julian days. */
static gboolean
parse_range (Parser      *parser,
             const char  *text,
             guint32     *first,
             guint32     *last,
             GError     **error)
{
  g_auto(GStrv) ends = g_strsplit (text, "..", 2);
  GDate date;

  if (!bd_date_parse_iso (ends[0], &date))
    return parse_error (parser, error, _("“%s” is not a date"), ends[0]);
  *first = *last = g_date_get_julian (&date);

  if (ends[1] == NULL)
    return TRUE;

  if (!bd_date_parse_iso (ends[1], &date))
    return parse_error (parser, error, _("“%s” is not a date"), ends[1]);
  *last = g_date_get_julian (&date);

  if (*last < *first)
    return parse_error (parser, error, _("the range “%s” ends before it starts"), text);

  return TRUE;
}

static gboolean
list_day (Parser     *parser,
          guint32     julian,
          Listing     listing,
          BdHoliday   holiday,
          GError    **error)
{
  char buffer[16];
  GDate date;
  Draft *draft;
  guint year, day;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  year = g_date_get_year (&date);
  day = g_date_get_day_of_year (&date) - 1;

  draft = g_hash_table_lookup (parser->drafts, GUINT_TO_POINTER (year));
  if (draft == NULL)
    return parse_error (parser, error,
                        _("%s lies in %u, which no “year %u” line above declares"),
                        bd_date_format_iso (&date, buffer), year, year);

  if (draft->listing[day] != LISTED_NONE
      && (draft->listing[day] != listing || draft->holidays[day] != holiday))
    return parse_error (parser, error, _("%s is already listed differently on line %u"),
                        bd_date_format_iso (&date, buffer), draft->lines[day]);

  draft->listing[day] = listing;
  draft->holidays[day] = holiday;
  draft->lines[day] = parser->line;

  return TRUE;
}

static gboolean
parse_day_line (Parser      *parser,
                char       **tokens,
                GError     **error)
{
  guint32 first = 0, last = 0;
  Listing listing;
  BdHoliday holiday;

  if (!parse_range (parser, tokens[0], &first, &last, error))
    return FALSE;

  if (tokens[1] == NULL)
    return parse_error (parser, error, _("the date must be followed by “off” or “work”"));
  if (g_str_equal (tokens[1], "off"))
    listing = LISTED_OFF;
  else if (g_str_equal (tokens[1], "work"))
    listing = LISTED_WORK;
  else
    return parse_error (parser, error, _("“%s” is neither “off” nor “work”"), tokens[1]);

  if (tokens[2] == NULL)
    return parse_error (parser, error, _("“%s” must be followed by the holiday"),
                        tokens[1]);
  holiday = holiday_from_string (tokens[2]);
  if (holiday == BD_HOLIDAY_NONE)
    return parse_error (parser, error,
                        _("“%s” is not a holiday (new-year, spring-festival, qingming, "
                          "labour-day, dragon-boat, mid-autumn, national-day)"),
                        tokens[2]);

  if (tokens[3] != NULL)
    return parse_error (parser, error, _("unexpected “%s” after the holiday"), tokens[3]);

  for (guint32 julian = first; julian <= last; julian++)
    {
      if (!list_day (parser, julian, listing, holiday, error))
        return FALSE;
    }

  return TRUE;
}

/* Splits on blanks, and the CR of a CRLF line end, dropping the empty pieces that runs of
 * blanks leave. */
static char **
split_tokens (const char *line)
{
  g_auto(GStrv) pieces = g_strsplit_set (line, " \t\r", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      if (pieces[i][0] != '\0')
        g_strv_builder_add (builder, pieces[i]);
    }

  return g_strv_builder_end (builder);
}

static gboolean
parse_line (Parser  *parser,
            char    *line,
            GError **error)
{
  char *comment = strchr (line, '#');
  g_auto(GStrv) tokens = NULL;

  if (comment != NULL)
    *comment = '\0';

  tokens = split_tokens (line);
  if (tokens[0] == NULL)
    return TRUE;

  if (g_str_equal (tokens[0], "year"))
    return parse_year_line (parser, tokens, error);

  if (g_ascii_isdigit (tokens[0][0]))
    return parse_day_line (parser, tokens, error);

  return parse_error (parser, error, _("“%s” is neither a date nor “year”"), tokens[0]);
}

/* The listings of a draft over the weekly rhythm: Monday to Friday work, unless listed. */
static BdYear *
draft_to_year (const Draft *draft,
               guint        number)
{
  BdYear *year = g_new0 (BdYear, 1);
  GDate date;
  guint weekday;

  year->year = number;
  year->n_days = days_in_year (number);
  year->jan1 = julian_of_jan1 (number);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, year->jan1);
  weekday = g_date_get_weekday (&date) - G_DATE_MONDAY;   /* 0 is Monday */

  for (guint day = 0; day < year->n_days; day++, weekday = (weekday + 1) % 7)
    {
      gboolean working;

      if (draft->listing[day] == LISTED_NONE)
        working = weekday < 5;
      else
        working = draft->listing[day] == LISTED_WORK;

      if (working)
        year->working[day / 32] |= (guint32) 1 << (day % 32);
      year->holidays[day] = draft->holidays[day];
    }

  return year;
}

/* Puts each of @new_years (stolen) in its place, replacing a year already known. */
static void
merge_years (BdCalendar *self,
             GPtrArray  *new_years)
{
  g_autoptr(GPtrArray) years = NULL;
  guint first = G_MAXUINT, last = 0;

  if (self->years->len > 0)
    {
      first = self->first_year;
      last = self->first_year + self->years->len - 1;
    }

  for (guint i = 0; i < new_years->len; i++)
    {
      const BdYear *year = g_ptr_array_index (new_years, i);

      first = MIN (first, year->year);
      last = MAX (last, year->year);
    }

  years = g_ptr_array_new_full (last - first + 1, g_free);
  g_ptr_array_set_size (years, last - first + 1);

  for (guint i = 0; i < self->years->len; i++)
    years->pdata[self->first_year + i - first] = g_steal_pointer (&self->years->pdata[i]);

  for (guint i = 0; i < new_years->len; i++)
    {
      BdYear *year = g_steal_pointer (&new_years->pdata[i]);

      g_free (years->pdata[year->year - first]);
      years->pdata[year->year - first] = year;
    }

  g_ptr_array_unref (self->years);
  self->years = g_steal_pointer (&years);
  self->first_year = first;
}

static gboolean
parse_text (Parser      *parser,
            const char  *text,
            gsize        length,
            GError     **error)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) lines = NULL;
  const char *end;

  if (!g_utf8_validate_len (text, length, &end))
    {
      parser->line = 1;
      for (const char *p = text; p < end; p++)
        parser->line += *p == '\n';
      return parse_error (parser, error, _("the text is not UTF-8"));
    }

  /* A byte order mark, as some Windows editors write. */
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      length -= 3;
    }

  copy = g_strndup (text, length);
  lines = g_strsplit (copy, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      parser->line = i + 1;
      if (!parse_line (parser, lines[i], error))
        return FALSE;
    }

  if (g_hash_table_size (parser->drafts) == 0)
    {
      g_set_error_literal (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_PARSE,
                           _("the calendar declares no year (a “year YYYY” line)"));
      return FALSE;
    }

  return TRUE;
}

/**
 * bd_calendar_load_data:
 * @self: a calendar, not the default one
 * @text: a calendar in the format of data/calendar/README.md
 * @length: the length of @text in bytes, or -1 when it ends in a nul
 * @error: return location for a %BD_CALENDAR_ERROR_PARSE error
 *
 * Adds the years @text declares, replacing those the calendar already knows. All or
 * nothing: on error the calendar is unchanged.
 *
 * Returns: %TRUE when the whole text was read
 */
gboolean
bd_calendar_load_data (BdCalendar  *self,
                       const char  *text,
                       gssize       length,
                       GError     **error)
{
  Parser parser = { NULL, 0 };
  g_autoptr(GHashTable) drafts = NULL;
  g_autoptr(GPtrArray) new_years = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (BD_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (!self->frozen, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  drafts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  parser.drafts = drafts;

  if (!parse_text (&parser, text, length < 0 ? strlen (text) : (gsize) length, error))
    return FALSE;

  new_years = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_iter_init (&iter, drafts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_ptr_array_add (new_years, draft_to_year (value, GPOINTER_TO_UINT (key)));

  merge_years (self, new_years);

  return TRUE;
}

/**
 * bd_calendar_load_file:
 * @self: a calendar, not the default one
 * @path: a calendar file
 * @error: return location for an error
 *
 * Like bd_calendar_load_data(), with the file's contents; a parse error's message starts
 * with the file's name.
 *
 * Returns: %TRUE when the whole file was read
 */
gboolean
bd_calendar_load_file (BdCalendar  *self,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (BD_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;

  if (!bd_calendar_load_data (self, contents, length, error))
    {
      name = g_filename_display_name (path);
      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }

  return TRUE;
}

/**
 * bd_calendar_get_first_year:
 * @self: a calendar
 *
 * Returns: the first year the calendar knows, 0 when it is empty
 */
guint
bd_calendar_get_first_year (BdCalendar *self)
{
  g_return_val_if_fail (BD_IS_CALENDAR (self), 0);

  return self->years->len > 0 ? self->first_year : 0;
}

/**
 * bd_calendar_get_last_year:
 * @self: a calendar
 *
 * Returns: the last year the calendar knows, 0 when it is empty
 */
guint
bd_calendar_get_last_year (BdCalendar *self)
{
  g_return_val_if_fail (BD_IS_CALENDAR (self), 0);

  return self->years->len > 0 ? self->first_year + self->years->len - 1 : 0;
}

/**
 * bd_calendar_has_year:
 * @self: a calendar
 * @year: a year
 *
 * Returns: whether the calendar knows every day of @year
 */
gboolean
bd_calendar_has_year (BdCalendar *self,
                      guint       year)
{
  g_return_val_if_fail (BD_IS_CALENDAR (self), FALSE);

  return lookup_year (self, year) != NULL;
}

/**
 * bd_calendar_is_working_day:
 * @self: a calendar
 * @date: a valid date
 * @is_working: (out): whether @date is a working day
 * @holiday: (out) (optional): the holiday a notice lists @date under (an adjusted working
 *   day too), %BD_HOLIDAY_NONE for a day no notice lists
 * @error: return location for a %BD_CALENDAR_ERROR_OUT_OF_RANGE or
 *   %BD_CALENDAR_ERROR_INVALID error
 *
 * Returns: %TRUE when the calendar knows the year of @date
 */
gboolean
bd_calendar_is_working_day (BdCalendar   *self,
                            const GDate  *date,
                            gboolean     *is_working,
                            BdHoliday    *holiday,
                            GError      **error)
{
  const BdYear *year;
  guint day;

  if (!check_arguments (self, date, is_working, error))
    return FALSE;

  year = lookup_year (self, g_date_get_year (date));
  if (year == NULL)
    return set_out_of_range (self, g_date_get_julian (date), error);

  day = g_date_get_day_of_year (date) - 1;
  *is_working = year_is_working (year, day);
  if (holiday != NULL)
    *holiday = year->holidays[day];

  return TRUE;
}

/* Moves from @julian to the @n-th working day after it (@n = 0: @julian itself), and with
 * @n = 0 and @include_first to the first working day from @julian on. Only the days looked
 * at need to be known. */
static gboolean
walk_working_days (BdCalendar  *self,
                   guint32      julian,
                   guint        n,
                   gboolean     include_first,
                   GDate       *result,
                   GError     **error)
{
  const BdYear *year = NULL;
  guint day = 0;

  if (include_first)
    julian--;

  while (n > 0 || include_first)
    {
      julian++;
      if (year == NULL || ++day == year->n_days)
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_julian (&date, julian);
          year = lookup_year (self, g_date_get_year (&date));
          if (year == NULL)
            return set_out_of_range (self, julian, error);
          day = julian - year->jan1;
        }

      if (year_is_working (year, day))
        {
          if (include_first)
            break;
          n--;
        }
    }

  g_date_clear (result, 1);
  g_date_set_julian (result, julian);

  return TRUE;
}

/**
 * bd_calendar_add_working_days:
 * @self: a calendar
 * @start: a valid date, which is not counted
 * @n: the number of working days
 * @result: (out caller-allocates): the @n-th working day after @start; @start itself when
 *   @n is 0
 * @error: return location for a %BD_CALENDAR_ERROR_OUT_OF_RANGE or
 *   %BD_CALENDAR_ERROR_INVALID error
 *
 * Allocates nothing: it may be called in loops.
 *
 * Returns: %TRUE when the calendar knows every day it had to look at
 */
gboolean
bd_calendar_add_working_days (BdCalendar   *self,
                              const GDate  *start,
                              guint         n,
                              GDate        *result,
                              GError      **error)
{
  if (!check_arguments (self, start, result, error))
    return FALSE;

  return walk_working_days (self, g_date_get_julian (start), n, FALSE, result, error);
}

/**
 * bd_calendar_count_working_days:
 * @self: a calendar
 * @from: a valid date, which is not counted
 * @to: a valid date, counted when it is a working day
 * @n: (out): the number of working days after @from up to and including @to; 0 when @to
 *   is not after @from
 * @error: return location for a %BD_CALENDAR_ERROR_OUT_OF_RANGE or
 *   %BD_CALENDAR_ERROR_INVALID error
 *
 * The inverse of bd_calendar_add_working_days(): a clock stopped from @from and started
 * again on @to lost this many working days. Allocates nothing.
 *
 * Returns: %TRUE when the calendar knows every day between
 */
gboolean
bd_calendar_count_working_days (BdCalendar   *self,
                                const GDate  *from,
                                const GDate  *to,
                                guint        *n,
                                GError      **error)
{
  const BdYear *year = NULL;
  guint32 julian, last;
  guint day = 0;

  if (!check_arguments (self, from, n, error) || !check_arguments (self, to, n, error))
    return FALSE;

  *n = 0;
  last = g_date_get_julian (to);

  for (julian = g_date_get_julian (from) + 1; julian <= last; julian++)
    {
      if (year == NULL || ++day == year->n_days)
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_julian (&date, julian);
          year = lookup_year (self, g_date_get_year (&date));
          if (year == NULL)
            return set_out_of_range (self, julian, error);
          day = julian - year->jan1;
        }

      if (year_is_working (year, day))
        (*n)++;
    }

  return TRUE;
}

/**
 * bd_calendar_deadline_days:
 * @self: a calendar
 * @start: a valid date, which is not counted
 * @n: the length of the period in calendar days
 * @result: (out caller-allocates): the last day of the period
 * @error: return location for a %BD_CALENDAR_ERROR_OUT_OF_RANGE or
 *   %BD_CALENDAR_ERROR_INVALID error
 *
 * The period ends @n days after @start; a last day that is not a working day moves to the
 * next working day (Civil Code arts. 201, 203).
 *
 * Returns: %TRUE when the calendar knows every day it had to look at
 */
gboolean
bd_calendar_deadline_days (BdCalendar   *self,
                           const GDate  *start,
                           guint         n,
                           GDate        *result,
                           GError      **error)
{
  char buffer[16];
  guint64 end;

  if (!check_arguments (self, start, result, error))
    return FALSE;

  end = (guint64) g_date_get_julian (start) + n;
  if (end > JULIAN_MAX)
    {
      g_set_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_INVALID,
                   _("%u days after %s is beyond the year %u"),
                   n, bd_date_format_iso (start, buffer), YEAR_MAX);
      return FALSE;
    }

  return walk_working_days (self, (guint32) end, 0, TRUE, result, error);
}

/**
 * bd_calendar_count_year:
 * @self: a calendar
 * @year: a year @self knows
 * @working: (out): its working days
 * @rest: (out): its rest days
 *
 * Returns: %FALSE when @self does not know @year
 */
gboolean
bd_calendar_count_year (BdCalendar *self,
                        guint       year,
                        guint      *working,
                        guint      *rest)
{
  const BdYear *known;

  g_return_val_if_fail (BD_IS_CALENDAR (self), FALSE);

  *working = *rest = 0;
  known = lookup_year (self, year);
  if (known == NULL)
    return FALSE;
  for (guint day = 0; day < known->n_days; day++)
    *(year_is_working (known, day) ? working : rest) += 1;
  return TRUE;
}
