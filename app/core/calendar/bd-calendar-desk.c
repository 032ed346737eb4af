/* bd-calendar-desk.c — the working-day calendar at the desk, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing a year changes every deadline of the branch: only an administrator may
 * (BD_PERMISSION_BRANCH_SETTINGS, domain.md §1), checked here whatever the window offered.
 */
#define G_LOG_DOMAIN "bd-calendar"

#include "config.h"

#include "bd-calendar-desk.h"
#include "bd-calendar-store.h"

gboolean
bd_calendar_desk_may_import (BdSession *session)
{
  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  return bd_session_may (session, BD_PERMISSION_BRANCH_SETTINGS);
}

BdCalendarImport *
bd_calendar_desk_read_file (BdSession   *session,
                            const char  *file_name,
                            const char  *text,
                            gsize        length,
                            GError     **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (!bd_session_check (session, BD_PERMISSION_BRANCH_SETTINGS, error))
    return NULL;
  return bd_calendar_import_new (file_name, text, length, error);
}

static gboolean
import_cb (BdStore   *store,
           gint64     staff_id,
           gpointer   user_data,
           GError   **error)
{
  return bd_store_add_calendar_import (store, staff_id, user_data, error);
}

gboolean
bd_calendar_desk_import (BdSession         *session,
                         BdCalendarImport  *import,
                         GError           **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (BD_IS_CALENDAR_IMPORT (import), FALSE);

  /* In effect only once saved: a failed write leaves the deadlines as they were. */
  return bd_session_write (session, BD_PERMISSION_BRANCH_SETTINGS, import_cb, import, error)
         && bd_store_use_imported_calendar (bd_session_get_store (session), error);
}

gboolean
bd_calendar_desk_next_year_missing (BdSession *session,
                                    guint     *year)
{
  GDate today;

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  bd_store_get_today (bd_session_get_store (session), &today);
  if (year != NULL)
    *year = g_date_get_year (&today) + 1;
  return bd_calendar_next_year_missing (bd_calendar_get_default (), &today);
}
