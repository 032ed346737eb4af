/* bd-calendar-import.c — a calendar file read, before it is imported: what it would add
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The administrator sees what a file adds before it is saved (issue 15, item 5): its
 * years, each year's holidays and adjusted working days as periods, and its counts. The
 * file is read by the calendar's own parser, so what is previewed is what is imported.
 */
#define G_LOG_DOMAIN "bd-calendar"

#include "config.h"

#include <string.h>

#include "bd-calendar-import.h"

struct _BdCalendarImport
{
  GObject     parent_instance;

  char       *file_name;
  char       *text;
  BdCalendar *calendar;
  GArray     *years;
};

G_DEFINE_FINAL_TYPE (BdCalendarImport, bd_calendar_import, G_TYPE_OBJECT)

static void
bd_calendar_import_finalize (GObject *object)
{
  BdCalendarImport *self = BD_CALENDAR_IMPORT (object);

  g_free (self->file_name);
  g_free (self->text);
  g_clear_object (&self->calendar);
  g_clear_pointer (&self->years, g_array_unref);

  G_OBJECT_CLASS (bd_calendar_import_parent_class)->finalize (object);
}

static void
bd_calendar_import_class_init (BdCalendarImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bd_calendar_import_finalize;
}

static void
bd_calendar_import_init (BdCalendarImport *self)
{
  self->years = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* A period goes on while the days are listed alike and follow each other. */
static gboolean
extends_period (const BdCalendarPeriod *period,
                const GDate            *date,
                BdHoliday               holiday,
                gboolean                working)
{
  return period != NULL && period->holiday == holiday && period->working == working &&
         g_date_days_between (&period->last, date) == 1;
}

GArray *
bd_calendar_list_periods (BdCalendar *calendar,
                          guint       year)
{
  GArray *periods = g_array_new (FALSE, FALSE, sizeof (BdCalendarPeriod));
  GDate date;

  g_return_val_if_fail (BD_IS_CALENDAR (calendar), periods);

  if (!bd_calendar_has_year (calendar, year))
    return periods;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, year);
  for (; g_date_get_year (&date) == year; g_date_add_days (&date, 1))
    {
      BdCalendarPeriod *last = periods->len > 0 ? &g_array_index (periods, BdCalendarPeriod,
                                                                  periods->len - 1)
                                                : NULL;
      BdHoliday holiday = BD_HOLIDAY_NONE;
      gboolean working = FALSE;

      /* Only a listed day has a holiday (data/calendar/README.md). */
      if (!bd_calendar_is_working_day (calendar, &date, &working, &holiday, NULL)
          || holiday == BD_HOLIDAY_NONE)
        continue;
      if (extends_period (last, &date, holiday, working))
        last->last = date;
      else
        g_array_append_vals (periods, &(BdCalendarPeriod) { holiday, working, date, date }, 1);
    }
  return periods;
}

/**
 * bd_calendar_import_new:
 * @file_name: the file's name, as the administrator chose it
 * @text: its contents
 * @length: their length in bytes
 * @error: return location for a %BD_CALENDAR_ERROR_PARSE error
 *
 * Returns: (transfer full) (nullable): the file read, or %NULL with the line at fault
 */
BdCalendarImport *
bd_calendar_import_new (const char  *file_name,
                        const char  *text,
                        gsize        length,
                        GError     **error)
{
  g_autoptr(BdCalendarImport) self = g_object_new (BD_TYPE_CALENDAR_IMPORT, NULL);

  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self->calendar = bd_calendar_new ();
  if (!bd_calendar_load_data (self->calendar, text, length, error))
    return NULL;
  /* Valid UTF-8 now: kept without its byte-order mark, as the database's text. */
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      length -= 3;
    }
  self->text = g_strndup (text, length);
  self->file_name = g_strdup (file_name);
  for (guint year = bd_calendar_get_first_year (self->calendar);
       year != 0 && year <= bd_calendar_get_last_year (self->calendar); year++)
    if (bd_calendar_has_year (self->calendar, year))
      g_array_append_val (self->years, year);
  return g_steal_pointer (&self);
}

const char *
bd_calendar_import_get_file_name (BdCalendarImport *self)
{
  g_return_val_if_fail (BD_IS_CALENDAR_IMPORT (self), NULL);

  return self->file_name;
}

const char *
bd_calendar_import_get_text (BdCalendarImport *self)
{
  g_return_val_if_fail (BD_IS_CALENDAR_IMPORT (self), NULL);

  return self->text;
}

BdCalendar *
bd_calendar_import_get_calendar (BdCalendarImport *self)
{
  g_return_val_if_fail (BD_IS_CALENDAR_IMPORT (self), NULL);

  return self->calendar;
}

GArray *
bd_calendar_import_get_years (BdCalendarImport *self)
{
  g_return_val_if_fail (BD_IS_CALENDAR_IMPORT (self), NULL);

  return self->years;
}

char *
bd_calendar_import_dup_years (BdCalendarImport *self)
{
  GString *years = g_string_new (NULL);

  g_return_val_if_fail (BD_IS_CALENDAR_IMPORT (self), NULL);

  for (guint i = 0; i < self->years->len; i++)
    g_string_append_printf (years, "%s%u", i > 0 ? " " : "",
                            g_array_index (self->years, guint, i));
  return g_string_free (years, FALSE);
}
