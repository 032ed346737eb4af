/* bd-sqlite-locks.h — SQLite's file locks, held so that no other code can drop them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean bd_sqlite_use_ofd_locks (void);

G_END_DECLS
