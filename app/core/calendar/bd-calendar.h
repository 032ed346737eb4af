/* bd-calendar.h — the working days of mainland China and deadline arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BD_CALENDAR_ERROR (bd_calendar_error_quark ())

typedef enum
{
  BD_CALENDAR_ERROR_OUT_OF_RANGE,   /* the date lies beyond the years the calendar knows */
  BD_CALENDAR_ERROR_PARSE,          /* a calendar file is not in the documented format */
  BD_CALENDAR_ERROR_INVALID,        /* a bad argument: an invalid date, a negative count */
} BdCalendarError;

GQuark bd_calendar_error_quark (void);

/* The holidays, by stable key; bd_holiday_get_label() gives the translated name. */
typedef enum
{
  BD_HOLIDAY_NONE,
  BD_HOLIDAY_NEW_YEAR,
  BD_HOLIDAY_SPRING_FESTIVAL,
  BD_HOLIDAY_QINGMING,
  BD_HOLIDAY_LABOUR_DAY,
  BD_HOLIDAY_DRAGON_BOAT,
  BD_HOLIDAY_MID_AUTUMN,
  BD_HOLIDAY_NATIONAL_DAY,
} BdHoliday;

const char *bd_holiday_get_label (BdHoliday holiday);
const char *bd_holiday_to_string (BdHoliday holiday);

#define BD_TYPE_CALENDAR (bd_calendar_get_type ())

G_DECLARE_FINAL_TYPE (BdCalendar, bd_calendar, BD, CALENDAR, GObject)

/* An empty calendar, and the calendar the program ships (loaded once, shared). */
BdCalendar *bd_calendar_new                 (void);
BdCalendar *bd_calendar_get_default         (void);

/* Adds the years in @text (the format documented in data/calendar/README.md). A year that
 * is already known is replaced. All or nothing: on error the calendar is unchanged. */
gboolean    bd_calendar_load_data           (BdCalendar   *self,
                                             const char   *text,
                                             gssize        length,
                                             GError      **error);
gboolean    bd_calendar_load_file           (BdCalendar   *self,
                                             const char   *path,
                                             GError      **error);

/* The first and last year with data (0 when empty); years are contiguous or not, each
 * is checked on its own by bd_calendar_has_year(). */
guint       bd_calendar_get_first_year      (BdCalendar   *self);
guint       bd_calendar_get_last_year       (BdCalendar   *self);
gboolean    bd_calendar_has_year            (BdCalendar   *self,
                                             guint         year);

/* Sets *is_working; fails with OUT_OF_RANGE for a year the calendar does not know.
 * @holiday may be NULL; it is set to the holiday a listed day belongs to. */
gboolean    bd_calendar_is_working_day      (BdCalendar   *self,
                                             const GDate  *date,
                                             gboolean     *is_working,
                                             BdHoliday    *holiday,
                                             GError      **error);

/* The date @n working days after @start (@start itself is not counted). n ≥ 0. */
gboolean    bd_calendar_add_working_days    (BdCalendar   *self,
                                             const GDate  *start,
                                             guint         n,
                                             GDate        *result,
                                             GError      **error);

/* The number of working days in (@from, @to]: the days after @from up to and including
 * @to that are working days (0 when @to <= @from). OUT_OF_RANGE beyond the known years. */
gboolean    bd_calendar_count_working_days  (BdCalendar   *self,
                                             const GDate  *from,
                                             const GDate  *to,
                                             guint        *n,
                                             GError      **error);

/* The statutory deadline of a period of @n calendar days starting on @start (Civil Code
 * arts. 201, 203): the first day is not counted, and a last day that is not a working day
 * moves to the next working day. */
gboolean    bd_calendar_deadline_days       (BdCalendar   *self,
                                             const GDate  *start,
                                             guint         n,
                                             GDate        *result,
                                             GError      **error);

/* The shipped years with imported calendar files (oldest first) on top, and the calendar
 * bd_calendar_get_default() returns from now on (frozen, kept until the program ends). */
BdCalendar *bd_calendar_new_with_imports    (const char *const  *texts,
                                             GError            **error);
void        bd_calendar_set_default         (BdCalendar         *calendar);

/* From 1 December, whether the year after @today's is missing (the desk's warning). */
gboolean    bd_calendar_next_year_missing   (BdCalendar   *self,
                                             const GDate  *today);
/* The working and rest days of a year @self knows; FALSE for another. */
gboolean    bd_calendar_count_year          (BdCalendar   *self,
                                             guint         year,
                                             guint        *working,
                                             guint        *rest);

/* The two counts from a start date above, for code that takes either. */
typedef gboolean (*BdCalendarCount) (BdCalendar   *self,
                                     const GDate  *start,
                                     guint         n,
                                     GDate        *result,
                                     GError      **error);

G_END_DECLS
