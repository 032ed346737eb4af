/* bd-application.h — the application: one window over one branch database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BD_TYPE_APPLICATION (bd_application_get_type ())

G_DECLARE_FINAL_TYPE (BdApplication, bd_application, BD, APPLICATION, AdwApplication)

BdApplication *bd_application_new              (void);
/* The database file the application opens: --database, the setting, or the default. */
char          *bd_application_dup_database_path (BdApplication *self);
/* When main() started (g_get_monotonic_time ()), for BRANCHDESK_BENCH; tests/bench only. */
void           bd_application_set_start_time    (gint64         monotonic_time);

G_END_DECLS
