/* bd-calendar-store.h — the calendar years a branch imported, in its database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-calendar-import.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* Keeps @import, by @staff_id, with its audit row (calendar-imported). Inside a write
 * (bd_session_write()): the caller's transaction holds both. */
gboolean    bd_store_add_calendar_import  (BdStore           *store,
                                           gint64             staff_id,
                                           BdCalendarImport  *import,
                                           GError           **error);

/* The same from branchdesk-admin on the branch's computer, by no staff member: its own
 * transaction, and in effect once written. */
gboolean    bd_store_import_calendar      (BdStore           *store,
                                           BdCalendarImport  *import,
                                           GError           **error);

/* Makes the calendar every deadline uses the shipped years with the branch's imported
 * files on top (bd_calendar_get_default()). */
gboolean    bd_store_use_imported_calendar (BdStore          *store,
                                            GError          **error);

G_END_DECLS
