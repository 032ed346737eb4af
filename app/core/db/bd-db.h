/* bd-db.h — the database layer: one connection, statements, rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The only code that speaks to SQLite. Above it, statements are SQL text with named
 * parameters (":name"), bound by name and read column by column with typed calls, and a
 * step tells a row, the end and a failure apart. Nothing here knows a table: the areas'
 * store files own their SQL. A PostgreSQL driver can sit beside this one behind the
 * same calls, which is why no sqlite3 type shows through.
 */
#pragma once

#include <glib.h>

#include "bd-db-error.h"
#include "bd-key.h"

G_BEGIN_DECLS

typedef struct _BdDb     BdDb;
typedef struct _BdDbStmt BdDbStmt;

/* What one step of a statement gave. A read tells a row, the end of the rows and a
 * failure apart: a busy or damaged file is an error (@error set: BD_STORE_ERROR_BUSY
 * for a busy file), never "not found" or a shorter list. */
typedef enum
{
  BD_STEP_ROW,
  BD_STEP_DONE,
  BD_STEP_ERROR,
} BdStep;

/* Sets @error to "the database could not do what was asked", for an answer that cannot
 * be (no row from a count). */
void        bd_db_set_error_failed    (GError      **error);

typedef enum
{
  BD_DB_OPEN_EXISTING  = 0,       /* the file must exist */
  BD_DB_OPEN_CREATE    = 1 << 0,  /* make the file (0600) if it is missing */
  BD_DB_OPEN_READ_ONLY = 1 << 1,
} BdDbOpenFlags;

/* Opens the database file at @path, writes waiting up to @busy_timeout_ms for another
 * connection's lock. Nothing in the file is read or changed yet: bd_db_describe() tells
 * what it is, bd_db_configure() then sets the connection up (WAL, foreign keys, full
 * durability), which a file that is not ours must never get. */
BdDb       *bd_db_open                (const char     *path,
                                       BdDbOpenFlags   flags,
                                       guint           busy_timeout_ms,
                                       GError        **error);
gboolean    bd_db_configure           (BdDb           *db,
                                       GError        **error);

/* What a file says of itself before anything is written to it. */
typedef struct
{
  guint32  application_id;   /* who made it; 0 when unmarked */
  guint    schema_version;
  gboolean empty;            /* no table, index or trigger at all */
  gboolean has_audit_log;    /* a table named audit_log */
} BdDbFileFacts;

gboolean    bd_db_describe            (BdDb           *db,
                                       BdDbFileFacts  *facts,
                                       GError        **error);
/* A consistent copy of the whole database at @path (a new file, 0600), taken while other
 * connections keep working. */
gboolean    bd_db_backup_to           (BdDb           *db,
                                       const char     *path,
                                       GError        **error);

void        bd_db_close               (BdDb         *db);
void        bd_db_set_busy_timeout    (BdDb         *db,
                                       guint         milliseconds);
/* FALSE with BD_STORE_ERROR_READ_ONLY when the connection cannot write the file. */
gboolean    bd_db_check_writable      (BdDb         *db,
                                       GError      **error);

/* Runs @sql, one or more statements without parameters or rows to read. */
gboolean    bd_db_exec                (BdDb         *db,
                                       const char   *sql,
                                       GError      **error);

/* Transactions. IMMEDIATE: a write takes the lock at its start, so a busy file fails
 * before any work is done. Rolling back cannot fail in a way the caller could mend. */
gboolean    bd_db_begin_immediate     (BdDb         *db,
                                       GError      **error);
gboolean    bd_db_commit              (BdDb         *db,
                                       GError      **error);
void        bd_db_rollback            (BdDb         *db);

/* The schema's version, kept by the file itself. */
gboolean    bd_db_get_schema_version  (BdDb         *db,
                                       guint        *version,
                                       GError      **error);
gboolean    bd_db_set_schema_version  (BdDb         *db,
                                       guint         version,
                                       GError      **error);

/* Writes the CHECK lists of more than two values of every table as comparisons in the
 * schema the file keeps (bd-db-check-lists.h: SQLite builds a temporary table for each
 * list as it checks a row). What a CHECK accepts does not change, nor any row: the
 * change SQLite documents for a constraint that leaves the stored content as it is
 * (PRAGMA writable_schema). Call it inside the migration's transaction. */
gboolean    bd_db_spell_out_check_lists (BdDb       *db,
                                         GError    **error);

/* A bulk load's page cache and its foreign keys checked once, at its end, and back to
 * the ordinary ones: call it outside a transaction. */
gboolean    bd_db_set_bulk            (BdDb         *db,
                                       gboolean      bulk,
                                       GError      **error);
/* Fails with BD_STORE_ERROR_CONSTRAINT when a row names a row that is not there. */
gboolean    bd_db_check_foreign_keys  (BdDb         *db,
                                       GError      **error);

/* A statement prepared once and kept for the connection's life, found again by the
 * address of @sql: pass the same static string every time. It comes back reset, its
 * parameters cleared; the connection owns it. */
BdDbStmt   *bd_db_prepare_cached      (BdDb         *db,
                                       const char   *sql,
                                       GError      **error);
/* A statement used once: free it with bd_db_stmt_free(). */
BdDbStmt   *bd_db_prepare             (BdDb         *db,
                                       const char   *sql,
                                       GError      **error);
void        bd_db_stmt_free           (BdDbStmt     *stmt);
/* The SQL of every statement the connection keeps (bd_db_prepare_cached()), in no
 * particular order: the tests read how each is run. */
GPtrArray  *bd_db_list_cached_sql     (BdDb         *db);
/* How SQLite runs @sql: the lines of EXPLAIN QUERY PLAN ("SEARCH policy USING INDEX …"),
 * one a line; NULL with @error set when it cannot be prepared. */
char       *bd_db_explain             (BdDb         *db,
                                       const char   *sql,
                                       GError      **error);

BdStep      bd_db_step                (BdDbStmt     *stmt,
                                       GError      **error);
/* Steps a write to its end and resets it. */
gboolean    bd_db_step_done           (BdDbStmt     *stmt,
                                       GError      **error);
/* Steps an INSERT … RETURNING id and resets it: the new row's id, or 0 with @error set. */
gint64      bd_db_step_returning_id   (BdDbStmt     *stmt,
                                       GError      **error);
void        bd_db_reset               (BdDbStmt     *stmt);

/* Binding by parameter name: a misspelt name is a programming error. NULL or "" text
 * binds NULL; an id of 0 binds NULL. */
void        bd_db_bind_text           (BdDbStmt     *stmt,
                                       const char   *name,
                                       const char   *value);
/* Binds @value as it is, "" included; NULL binds "". */
void        bd_db_bind_string         (BdDbStmt     *stmt,
                                       const char   *name,
                                       const char   *value);
void        bd_db_bind_int64          (BdDbStmt     *stmt,
                                       const char   *name,
                                       gint64        value);
void        bd_db_bind_id             (BdDbStmt     *stmt,
                                       const char   *name,
                                       gint64        id);

/* Personal numbers: the connection's key (bd_db_set_key()) seals them for their column,
 * @purpose ("identity_document.number"), and makes their blind indexes; the clear text
 * never reaches the file. Sealing NULL or "" binds NULL. */
void        bd_db_set_key             (BdDb         *db,
                                       BdKey        *key);
BdKey      *bd_db_get_key             (BdDb         *db);
void        bd_db_bind_sealed         (BdDbStmt     *stmt,
                                       const char   *name,
                                       const char   *purpose,
                                       const char   *value);
void        bd_db_bind_blind          (BdDbStmt     *stmt,
                                       const char   *name,
                                       const char   *purpose,
                                       const char   *value);

/* The current row's columns, counted from 0. Text is the statement's until the next
 * step or reset; NULL for SQL NULL. */
const char *bd_db_column_text         (BdDbStmt     *stmt,
                                       int           column);
gint64      bd_db_column_int64        (BdDbStmt     *stmt,
                                       int           column);
int         bd_db_column_int          (BdDbStmt     *stmt,
                                       int           column);
gboolean    bd_db_column_bool         (BdDbStmt     *stmt,
                                       int           column);
int         bd_db_column_count        (BdDbStmt     *stmt);
/* A sealed column opened: the statement's until the next step or reset; NULL for SQL
 * NULL, and NULL for a value this key cannot open (changed outside the program), which
 * also makes the statement's next step fail, so a list is never read short in silence.
 * bd_db_stmt_opened_all() tells a single-row read the same. */
const char *bd_db_column_sealed       (BdDbStmt     *stmt,
                                       int           column,
                                       const char   *purpose);
gboolean    bd_db_stmt_opened_all     (BdDbStmt     *stmt,
                                       GError      **error);
/* The same for a reader that reports a value that does not open and goes on (the check):
 * FALSE then, and the statement steps on. */
gboolean    bd_db_column_try_sealed   (BdDbStmt     *stmt,
                                       int           column,
                                       const char   *purpose,
                                       const char  **value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BdDbStmt, bd_db_stmt_free)

G_END_DECLS
