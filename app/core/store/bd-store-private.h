/* bd-store-private.h — what the store's source files share, and nobody else sees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-db.h"

#include "bd-store.h"

G_BEGIN_DECLS

/* The area's statement @sql, prepared once and kept: pass the same static string each
 * time (bd_db_prepare_cached()). */
BdDbStmt     *bd_store_prepare            (BdStore       *self,
                                           const char    *sql,
                                           GError       **error);
/* A statement run once (the check's queries): free it with bd_db_stmt_free(). */
BdDbStmt     *bd_store_prepare_once       (BdStore       *self,
                                           const char    *sql,
                                           GError       **error);
gboolean      bd_store_exec               (BdStore       *self,
                                           const char    *sql,
                                           GError       **error);

/* A write is one transaction: begin, then end with the outcome. Inside a bulk they only
 * count depth, and a failure rolls the whole bulk back when it ends. */
gboolean      bd_store_begin_write        (BdStore       *self,
                                           GError       **error);
gboolean      bd_store_end_write          (BdStore       *self,
                                           gboolean       ok,
                                           GError       **error);

char         *bd_store_now_utc            (void);

/* Opens @path bringing its schema only up to @version: the migration tests start from
 * every older schema with it. */
BdStore      *bd_store_open_with_schema   (const char    *path,
                                           guint          version,
                                           GError       **error);

/* How long a statement waits for another connection's lock (BUSY_TIMEOUT_MS unless
 * changed): the tests make a busy file fail quickly. */
void          bd_store_set_busy_timeout   (BdStore       *self,
                                           guint          milliseconds);

G_END_DECLS
