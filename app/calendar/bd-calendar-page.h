/* bd-calendar-page.h — the working-day calendar: a year's months, and importing a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-calendar-desk.h"

G_BEGIN_DECLS

#define BD_TYPE_CALENDAR_PAGE (bd_calendar_page_get_type ())

G_DECLARE_FINAL_TYPE (BdCalendarPage, bd_calendar_page, BD, CALENDAR_PAGE, AdwBin)

/* The page on @session, showing the year of the branch's today. */
GtkWidget *bd_calendar_page_new          (BdSession       *session);
/* Opens the calendar in a window of its own beside @parent's window (the one already
 * open, if any), and returns that window. It closes when the session is locked or ends. */
GtkWindow *bd_calendar_page_present      (GtkWidget       *parent,
                                          BdSession       *session);

/* The year shown (the file's first year while a file is previewed). */
void       bd_calendar_page_set_year     (BdCalendarPage  *self,
                                          guint            year);
guint      bd_calendar_page_get_year     (BdCalendarPage  *self);
/* Reads @file and previews what it would add, or shows why it is refused, with its line:
 * what the Import button does once a file is chosen. Nothing is saved. */
void       bd_calendar_page_preview_file (BdCalendarPage  *self,
                                          GFile           *file);

G_END_DECLS
