/* bd-calendar-desk.h — the working-day calendar at the desk, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-calendar-import.h"
#include "bd-session.h"

G_BEGIN_DECLS

/* Whether the signed-in person imports calendars (an administrator). */
gboolean          bd_calendar_desk_may_import      (BdSession         *session);

/* Reads a file to preview it: refused for any role but an administrator, and for a file
 * with any error, whole, with its line. Nothing is saved. */
BdCalendarImport *bd_calendar_desk_read_file       (BdSession         *session,
                                                    const char        *file_name,
                                                    const char        *text,
                                                    gsize              length,
                                                    GError           **error);

/* Saves @import with its audit row, in one transaction, and from then on every deadline
 * counts with its years. */
gboolean          bd_calendar_desk_import          (BdSession         *session,
                                                    BdCalendarImport  *import,
                                                    GError           **error);

/* The desk's warning: from 1 December of the branch's today, next year's calendar is
 * missing (bd_calendar_next_year_missing()); @year (may be NULL) is set to next year. */
gboolean          bd_calendar_desk_next_year_missing (BdSession       *session,
                                                      guint           *year);

G_END_DECLS
