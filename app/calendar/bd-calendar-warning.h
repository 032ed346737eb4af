/* bd-calendar-warning.h — the Desk's bar while next year's working-day calendar is missing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-calendar-desk.h"

G_BEGIN_DECLS

#define BD_TYPE_CALENDAR_WARNING (bd_calendar_warning_get_type ())

G_DECLARE_FINAL_TYPE (BdCalendarWarning, bd_calendar_warning, BD, CALENDAR_WARNING, AdwBin)

GtkWidget *bd_calendar_warning_new         (void);
/* Shows the bar when the core says next year is missing (from 1 December), with the
 * import offered to an administrator; asked again whenever the window is active again,
 * and by bd_calendar_warning_refresh() when the calendar's own window closes. */
void       bd_calendar_warning_set_session (BdCalendarWarning *self,
                                            BdSession         *session);
/* Asks the core again whether next year is missing: a year may have been imported. */
void       bd_calendar_warning_refresh     (BdCalendarWarning *self);

G_END_DECLS
