/* bd-db-check-lists.h — a table's CHECK lists spelled out as comparisons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite checks `status IN ('a', 'b', 'c')` by building a temporary table of the list
 * each time a row is written (only a list of one or two values is compared in place:
 * sqlite3FindInIndex, IN_INDEX_NOOP), about 2.5 µs a list: a policy has five such lists,
 * and the 1,000,000-customer demo writes 2.45 M policies. The same rule written as
 * `(status = 'a' OR status = 'b' OR status = 'c')` is compared in place and accepts and
 * refuses exactly the same values, NULL included. The migrations keep the readable IN;
 * the database layer spells the lists out in the schema it keeps (bd-db.c).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @sql with every `column IN (literal, …)` of more than two literals written as
 * `(column = literal OR …)`, or NULL when it has none. A NOT IN, a list of anything but
 * quoted strings and integers, or text inside a string literal is left as it is. */
char *bd_db_spell_out_check_lists_in (const char *sql);

G_END_DECLS
