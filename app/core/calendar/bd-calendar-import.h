/* bd-calendar-import.h — a calendar file read, before it is imported: what it would add
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-calendar.h"

G_BEGIN_DECLS

/* A run of listed days of one holiday: its days off (放假), or adjusted working days
 * (调休上班) when @working. */
typedef struct
{
  BdHoliday holiday;
  gboolean  working;
  GDate     first;
  GDate     last;
} BdCalendarPeriod;

/* The listed days of @year in @calendar as periods, in date order (empty for a year the
 * calendar does not know). */
GArray     *bd_calendar_list_periods         (BdCalendar        *calendar,
                                              guint              year);

#define BD_TYPE_CALENDAR_IMPORT (bd_calendar_import_get_type ())

G_DECLARE_FINAL_TYPE (BdCalendarImport, bd_calendar_import, BD, CALENDAR_IMPORT, GObject)

/* Reads @text (the format of data/calendar/README.md). A file with any error is refused
 * whole, the error naming its line and what is wrong (BD_CALENDAR_ERROR_PARSE). */
BdCalendarImport *bd_calendar_import_new     (const char        *file_name,
                                              const char        *text,
                                              gsize              length,
                                              GError           **error);

const char *bd_calendar_import_get_file_name (BdCalendarImport  *self);
/* The text as read (valid UTF-8, without a byte-order mark). */
const char *bd_calendar_import_get_text      (BdCalendarImport  *self);
/* The file's years alone: what the preview shows. */
BdCalendar *bd_calendar_import_get_calendar  (BdCalendarImport  *self);
/* The years it declares, ascending (guint). */
GArray     *bd_calendar_import_get_years     (BdCalendarImport  *self);
/* "2027" or "2027 2028", as the database keeps them. */
char       *bd_calendar_import_dup_years     (BdCalendarImport  *self);

G_END_DECLS
