/* bd-db.c — the database layer on SQLite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-db"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <string.h>

#include <sodium.h>
#include <sqlite3.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bd-db-check-lists.h"
#include "bd-db.h"
#include "bd-sqlite-locks.h"

struct _BdDb
{
  sqlite3    *handle;
  GHashTable *cached;   /* SQL text's address → BdDbStmt, kept for the connection's life */
  BdKey      *key;      /* seals personal numbers; NULL until the store gives it */
};

struct _BdDbStmt
{
  BdDb         *db;
  sqlite3_stmt *handle;
  GPtrArray    *opened;      /* the current row's opened values, wiped at step or reset */
  gboolean      open_failed; /* a sealed value of this row did not open */
  gboolean      gives_rowid; /* an INSERT whose "RETURNING id" is the new row's rowid */
  gboolean      rowid_given; /* that row was stepped on: the next step is the end */
  gint64        rowid;
};

G_DEFINE_QUARK (bd-store-error-quark, bd_store_error)

/* SQLite's default page cache, and the one a bulk load uses (in KiB). */
#define DEFAULT_CACHE_KIB 2000
#define BULK_CACHE_KIB 524288

static BdStoreError
error_code_for (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return BD_STORE_ERROR_BUSY;
    case SQLITE_CONSTRAINT:
      return BD_STORE_ERROR_CONSTRAINT;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return BD_STORE_ERROR_NOT_DATABASE;
    case SQLITE_FULL:
      return BD_STORE_ERROR_DISK_FULL;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return BD_STORE_ERROR_READ_ONLY;
    case SQLITE_CANTOPEN:
      return BD_STORE_ERROR_OPEN;
    default:
      return BD_STORE_ERROR_FAILED;
    }
}

static const char *
error_sentence_for (BdStoreError code)
{
  switch (code)
    {
    case BD_STORE_ERROR_BUSY:
      return _("The database is busy with another desk’s work. Try again in a moment.");
    case BD_STORE_ERROR_CONSTRAINT:
      return _("The record was not saved because it conflicts with the rules of the data");
    case BD_STORE_ERROR_NOT_DATABASE:
      return _("The file is not a Branch Desk database, or it is damaged");
    case BD_STORE_ERROR_DISK_FULL:
      return _("The disk is full: nothing was saved");
    case BD_STORE_ERROR_READ_ONLY:
      return _("The database cannot be written to: check the file’s permissions");
    case BD_STORE_ERROR_WRONG_KEY:
      return _("The key given is not this branch’s key");
    case BD_STORE_ERROR_UNSEALED:
      return _("A protected number cannot be read: it was changed outside Branch Desk");
    case BD_STORE_ERROR_NOT_ENCRYPTED:
      return _("The database keeps personal numbers in clear text and must be converted");
    case BD_STORE_ERROR_OPEN:
      return _("The database file cannot be opened");
    case BD_STORE_ERROR_TOO_NEW:
    case BD_STORE_ERROR_NOT_FOUND:
    case BD_STORE_ERROR_FAILED:
    default:
      return _("The database could not do what was asked");
    }
}

/* The sentence is for the person at the desk; SQLite's own words follow for whoever has
 * to look into it. */
static void
set_error (BdDb    *db,
           int      rc,
           GError **error)
{
  BdStoreError code = error_code_for (rc);

  g_set_error (error, BD_STORE_ERROR, code, "%s (%s)",
               error_sentence_for (code),
               db != NULL && db->handle != NULL ? sqlite3_errmsg (db->handle)
                                                : sqlite3_errstr (rc));
}

void
bd_db_set_error_failed (GError **error)
{
  g_set_error_literal (error, BD_STORE_ERROR, BD_STORE_ERROR_FAILED,
                       error_sentence_for (BD_STORE_ERROR_FAILED));
}

/* Opened values are wiped before they are freed: clear numbers do not linger in freed
 * memory. */
static void
forget_opened (BdDbStmt *stmt)
{
  if (stmt->opened == NULL)
    return;
  for (guint i = 0; i < stmt->opened->len; i++)
    {
      char *value = stmt->opened->pdata[i];
      sodium_memzero (value, strlen (value));
    }
  g_ptr_array_set_size (stmt->opened, 0);
}

static void
stmt_finalize (BdDbStmt *stmt)
{
  forget_opened (stmt);
  g_clear_pointer (&stmt->opened, g_ptr_array_unref);
  sqlite3_finalize (stmt->handle);
  g_free (stmt);
}

void
bd_db_stmt_free (BdDbStmt *stmt)
{
  if (stmt != NULL)
    stmt_finalize (stmt);
}

void
bd_db_close (BdDb *db)
{
  if (db == NULL)
    return;
  /* The statements first: a connection with statements left does not close. */
  g_clear_pointer (&db->cached, g_hash_table_unref);
  sqlite3_close (db->handle);
  g_clear_pointer (&db->key, bd_key_unref);
  g_free (db);
}

gboolean
bd_db_exec (BdDb        *db,
            const char  *sql,
            GError     **error)
{
  int rc = sqlite3_exec (db->handle, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* A new file is made here, 0600 whatever the umask, so that SQLite's -wal and -shm, which
 * take the database's permissions, are only the owner's too (PIPL art. 51). */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  int saved_errno = errno;

  if (fd < 0)
    {
      g_autofree char *folder = g_path_get_dirname (path);

      /* The folder is what refuses, not the file that is not there yet. */
      if ((saved_errno == EACCES || saved_errno == EROFS) && g_access (folder, W_OK) != 0)
        g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_READ_ONLY,
                     _("The folder “%s” cannot be written to, so the database cannot be "
                       "created there: %s"), folder, g_strerror (saved_errno));
      else
        g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN,
                     _("The database “%s” cannot be created: %s"), path,
                     g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);
  return TRUE;
}

BdDb *
bd_db_open (const char     *path,
            BdDbOpenFlags   flags,
            guint           busy_timeout_ms,
            GError        **error)
{
  int mode = (flags & BD_DB_OPEN_READ_ONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  BdDb *db;
  int rc;

  /* Locks that no other code of the process can drop, or a record could be lost. */
  if (!bd_sqlite_use_ofd_locks ())
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN,
                   _("The database “%s” cannot be locked safely on this system"), path);
      return NULL;
    }
  if ((flags & BD_DB_OPEN_CREATE) && !create_private_file (path, error))
    return NULL;

  db = g_new0 (BdDb, 1);
  db->cached = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) stmt_finalize);
  /* Never SQLITE_OPEN_CREATE: a mistyped path is an error, not a new empty branch. */
  rc = sqlite3_open_v2 (path, &db->handle, mode | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN,
                   _("The database “%s” cannot be opened: %s"),
                   path, db->handle != NULL ? sqlite3_errmsg (db->handle) : sqlite3_errstr (rc));
      bd_db_close (db);
      return NULL;
    }
  bd_db_set_busy_timeout (db, busy_timeout_ms);
  sqlite3_extended_result_codes (db->handle, TRUE);
  return db;
}

/* journal_mode answers with a row, so it goes through exec like the others. synchronous
 * FULL: in WAL mode NORMAL keeps the file whole through a power cut but may lose the last
 * commits, and nothing a customer was told may be lost (domain §11). */
gboolean
bd_db_configure (BdDb     *db,
                 GError  **error)
{
  if (sqlite3_db_readonly (db->handle, "main") == 1)
    return bd_db_exec (db, "PRAGMA foreign_keys = ON", error);
  return bd_db_exec (db, "PRAGMA journal_mode = WAL", error) &&
         bd_db_exec (db, "PRAGMA foreign_keys = ON", error) &&
         bd_db_exec (db, "PRAGMA synchronous = FULL", error);
}

static gboolean
read_pragma_int (BdDb        *db,
                 const char  *sql,
                 gint64      *value,
                 GError     **error)
{
  g_autoptr(BdDbStmt) stmt = bd_db_prepare (db, sql, error);
  BdStep step = BD_STEP_ERROR;

  *value = 0;
  if (stmt != NULL && (step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    *value = bd_db_column_int64 (stmt, 0);
  return stmt != NULL && step != BD_STEP_ERROR;
}

gboolean
bd_db_describe (BdDb          *db,
                BdDbFileFacts *facts,
                GError       **error)
{
  gint64 application_id, version, n_objects, has_audit;

  if (!read_pragma_int (db, "PRAGMA application_id", &application_id, error) ||
      !read_pragma_int (db, "PRAGMA user_version", &version, error) ||
      !read_pragma_int (db, "SELECT count(*) FROM sqlite_master", &n_objects, error) ||
      !read_pragma_int (db, "SELECT count(*) FROM sqlite_master "
                            "WHERE type = 'table' AND name = 'audit_log'", &has_audit, error))
    return FALSE;
  facts->application_id = (guint32) application_id;
  facts->schema_version = (guint) version;
  facts->empty = n_objects == 0;
  facts->has_audit_log = has_audit > 0;
  return TRUE;
}

gboolean
bd_db_backup_to (BdDb        *db,
                 const char  *path,
                 GError     **error)
{
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int rc;

  if (!create_private_file (path, error))
    return FALSE;
  rc = sqlite3_open_v2 (path, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      /* One step copies every page under one read transaction: a consistent copy. */
      if ((backup = sqlite3_backup_init (copy, "main", db->handle, "main")) != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (copy);
    }
  if (rc != SQLITE_OK)
    {
      g_set_error (error, BD_STORE_ERROR, error_code_for (rc),
                   _("A copy of the database cannot be written to “%s”: %s"), path,
                   copy != NULL ? sqlite3_errmsg (copy) : sqlite3_errstr (rc));
      sqlite3_close (copy);
      g_unlink (path);
      return FALSE;
    }
  return sqlite3_close (copy) == SQLITE_OK;
}

void
bd_db_set_busy_timeout (BdDb  *db,
                        guint  milliseconds)
{
  sqlite3_busy_timeout (db->handle, (int) MIN (milliseconds, G_MAXINT));
}

/* SQLite opens a file it may not write (mode 0444, another user's) read-only without a
 * word, and the first write fails: asked before anything is shown, the desk can say so
 * at once. */
gboolean
bd_db_check_writable (BdDb    *db,
                      GError **error)
{
  if (sqlite3_db_readonly (db->handle, "main") != 1)
    return TRUE;
  g_set_error_literal (error, BD_STORE_ERROR, BD_STORE_ERROR_READ_ONLY,
                       error_sentence_for (BD_STORE_ERROR_READ_ONLY));
  return FALSE;
}

gboolean
bd_db_begin_immediate (BdDb    *db,
                       GError **error)
{
  return bd_db_exec (db, "BEGIN IMMEDIATE", error);
}

gboolean
bd_db_commit (BdDb    *db,
              GError **error)
{
  return bd_db_exec (db, "COMMIT", error);
}

void
bd_db_rollback (BdDb *db)
{
  sqlite3_exec (db->handle, "ROLLBACK", NULL, NULL, NULL);
}

/* A file that cannot be read is an error, not a file of version 0 to migrate. */
gboolean
bd_db_get_schema_version (BdDb     *db,
                          guint    *version,
                          GError  **error)
{
  g_autoptr(BdDbStmt) stmt = bd_db_prepare (db, "PRAGMA user_version", error);
  BdStep step = BD_STEP_ERROR;

  *version = 0;
  if (stmt != NULL && (step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    *version = (guint) bd_db_column_int (stmt, 0);
  return stmt != NULL && step != BD_STEP_ERROR;
}

gboolean
bd_db_set_schema_version (BdDb     *db,
                          guint     version,
                          GError  **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %u", version);

  return bd_db_exec (db, sql, error);
}

/* The tables whose SQL has a list to spell out: their names, and their new SQL. */
static gboolean
find_check_lists (BdDb       *db,
                  GPtrArray  *names,
                  GPtrArray  *sqls,
                  GError    **error)
{
  g_autoptr(BdDbStmt) stmt = bd_db_prepare (db, "SELECT name, sql FROM sqlite_master "
                                                "WHERE type = 'table' AND sql IS NOT NULL",
                                            error);
  BdStep step = BD_STEP_ERROR;

  while (stmt != NULL && (step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      char *spelt = bd_db_spell_out_check_lists_in (bd_db_column_text (stmt, 1));

      if (spelt == NULL)
        continue;
      g_ptr_array_add (names, g_strdup (bd_db_column_text (stmt, 0)));
      g_ptr_array_add (sqls, spelt);
    }
  return step == BD_STEP_DONE;
}

static gboolean
write_table_sql (BdDb        *db,
                 const char  *name,
                 const char  *sql,
                 GError     **error)
{
  g_autoptr(BdDbStmt) stmt = bd_db_prepare (db, "UPDATE sqlite_master SET sql = :sql "
                                                "WHERE type = 'table' AND name = :name",
                                            error);

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":sql", sql);
  bd_db_bind_text (stmt, ":name", name);
  return bd_db_step_done (stmt, error);
}

/* The procedure of SQLite's "ALTER TABLE" page for a change of constraints that leaves
 * the stored content as it is: the new text written with writable_schema on, and the
 * schema's version moved on so that every connection reads the schema again. A text
 * SQLite could not read fails here, and the caller's transaction puts the old back. */
static gboolean
write_tables_sql (BdDb       *db,
                  GPtrArray  *names,
                  GPtrArray  *sqls,
                  GError    **error)
{
  g_autofree char *bump = NULL;
  gint64 schema_version = 0;
  gint64 tables = 0;
  gboolean ok;

  if (!read_pragma_int (db, "PRAGMA schema_version", &schema_version, error)
      || !bd_db_exec (db, "PRAGMA writable_schema = ON", error))
    return FALSE;
  ok = TRUE;
  for (guint i = 0; ok && i < names->len; i++)
    ok = write_table_sql (db, names->pdata[i], sqls->pdata[i], error);
  bump = g_strdup_printf ("PRAGMA schema_version = %" G_GINT64_FORMAT, schema_version + 1);
  ok = ok && bd_db_exec (db, bump, error);
  /* Off whatever happened: nothing else may write the schema's own table. */
  if (!bd_db_exec (db, "PRAGMA writable_schema = OFF", ok ? error : NULL))
    return FALSE;
  /* Read again now, inside the transaction: a text it cannot parse fails here. */
  return ok && read_pragma_int (db, "SELECT count(*) FROM sqlite_master", &tables, error);
}

gboolean
bd_db_spell_out_check_lists (BdDb    *db,
                             GError **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sqls = g_ptr_array_new_with_free_func (g_free);

  if (!find_check_lists (db, names, sqls, error))
    return FALSE;
  return names->len == 0 || write_tables_sql (db, names, sqls, error);
}

/* A bulk touches every index over and over: a large page cache keeps them in memory
 * instead of reading them back from the write-ahead log.
 *
 * An INSERT … RETURNING inside a transaction keeps a statement journal of every page it
 * changes that the transaction had changed already — in one long transaction, every
 * page — and SQLite writes it to a temporary file once it passes 64 KiB: 38 writes a
 * customer of the demo, half its time spent in the kernel. In memory it is a copy.
 *
 * Foreign keys are checked once, at the end (bd_db_check_foreign_keys()), instead of a
 * lookup per key per row: a 100,000-customer demo took 29 s with them on, 22 s so.
 * Both pragmas are ignored inside a transaction. */
gboolean
bd_db_set_bulk (BdDb      *db,
                gboolean   bulk,
                GError   **error)
{
  if (bulk)
    return bd_db_exec (db, "PRAGMA cache_size = -" G_STRINGIFY (BULK_CACHE_KIB), error) &&
           bd_db_exec (db, "PRAGMA temp_store = MEMORY", error) &&
           bd_db_exec (db, "PRAGMA foreign_keys = OFF", error);
  return bd_db_exec (db, "PRAGMA foreign_keys = ON", error) &&
         bd_db_exec (db, "PRAGMA temp_store = DEFAULT", error) &&
         bd_db_exec (db, "PRAGMA cache_size = -" G_STRINGIFY (DEFAULT_CACHE_KIB), error);
}

gboolean
bd_db_check_foreign_keys (BdDb    *db,
                          GError **error)
{
  g_autoptr(BdDbStmt) stmt = bd_db_prepare (db, "PRAGMA foreign_key_check", error);
  BdStep step = stmt != NULL ? bd_db_step (stmt, error) : BD_STEP_ERROR;

  if (step == BD_STEP_ROW)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT,
                   _("A record refers to another that is not in the branch’s database (%s)"),
                   bd_db_column_text (stmt, 0));
      return FALSE;
    }
  return step == BD_STEP_DONE;
}

#define RETURNING_ID " RETURNING id"

/* The length of an "INSERT INTO … VALUES (…) RETURNING id" of one row without its
 * RETURNING clause, or -1 for any other statement.
 *
 * SQLite answers a RETURNING clause from a table it makes and frees for each row: it
 * tripled the time of an INSERT (12.5 s against 4.5 s for 300,000 rows), and the demo
 * and the imports insert millions. The new row's rowid is the same answer, kept by the
 * connection; the SQL the store files write stays what PostgreSQL accepts. An INSERT …
 * SELECT may insert many rows, an ON CONFLICT none: both keep their clause. */
static int
length_without_returning_id (const char *sql)
{
  gsize length = strlen (sql);
  gsize suffix = strlen (RETURNING_ID);

  if (!g_str_has_prefix (sql, "INSERT INTO ") || !g_str_has_suffix (sql, RETURNING_ID)
      || strstr (sql, "SELECT") != NULL || strstr (sql, "ON CONFLICT") != NULL)
    return -1;
  return (int) (length - suffix);
}

static BdDbStmt *
prepare (BdDb        *db,
         const char  *sql,
         guint        flags,
         GError     **error)
{
  sqlite3_stmt *handle = NULL;
  BdDbStmt *stmt;
  int length = length_without_returning_id (sql);
  int rc = sqlite3_prepare_v3 (db->handle, sql, length, flags, &handle, NULL);

  if (rc != SQLITE_OK)
    {
      set_error (db, rc, error);
      return NULL;
    }
  stmt = g_new0 (BdDbStmt, 1);
  stmt->db = db;
  stmt->handle = handle;
  stmt->gives_rowid = length >= 0;
  return stmt;
}

BdDbStmt *
bd_db_prepare_cached (BdDb        *db,
                      const char  *sql,
                      GError     **error)
{
  BdDbStmt *stmt = g_hash_table_lookup (db->cached, sql);

  if (stmt != NULL)
    {
      bd_db_reset (stmt);
      sqlite3_clear_bindings (stmt->handle);
      return stmt;
    }
  if ((stmt = prepare (db, sql, SQLITE_PREPARE_PERSISTENT, error)) != NULL)
    g_hash_table_insert (db->cached, (gpointer) sql, stmt);
  return stmt;
}

BdDbStmt *
bd_db_prepare (BdDb        *db,
               const char  *sql,
               GError     **error)
{
  return prepare (db, sql, 0, error);
}

BdStep
bd_db_step (BdDbStmt  *stmt,
            GError   **error)
{
  int rc;

  if (!bd_db_stmt_opened_all (stmt, error))
    return BD_STEP_ERROR;
  forget_opened (stmt);
  if (stmt->rowid_given)
    return BD_STEP_DONE;
  rc = sqlite3_step (stmt->handle);

  if (rc == SQLITE_ROW)
    return BD_STEP_ROW;
  if (rc == SQLITE_DONE && stmt->gives_rowid)
    {
      /* The row RETURNING id would have given. */
      stmt->rowid = sqlite3_last_insert_rowid (stmt->db->handle);
      stmt->rowid_given = TRUE;
      return BD_STEP_ROW;
    }
  if (rc == SQLITE_DONE)
    return BD_STEP_DONE;
  set_error (stmt->db, rc, error);
  return BD_STEP_ERROR;
}

gboolean
bd_db_step_done (BdDbStmt  *stmt,
                 GError   **error)
{
  BdStep step = bd_db_step (stmt, error);

  bd_db_reset (stmt);
  return step != BD_STEP_ERROR;
}

gint64
bd_db_step_returning_id (BdDbStmt  *stmt,
                         GError   **error)
{
  BdStep step = bd_db_step (stmt, error);
  gint64 id = 0;

  if (step == BD_STEP_ROW)
    id = bd_db_column_int64 (stmt, 0);
  else if (step == BD_STEP_DONE)
    bd_db_set_error_failed (error);
  bd_db_reset (stmt);
  return id;
}

GPtrArray *
bd_db_list_cached_sql (BdDb *db)
{
  GPtrArray *list = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer sql;

  g_hash_table_iter_init (&iter, db->cached);
  while (g_hash_table_iter_next (&iter, &sql, NULL))
    g_ptr_array_add (list, sql);
  return list;
}

char *
bd_db_explain (BdDb        *db,
               const char  *sql,
               GError     **error)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autoptr(BdDbStmt) stmt = bd_db_prepare (db, explain, error);
  g_autoptr(GString) plan = g_string_new (NULL);
  BdStep step;

  if (stmt == NULL)
    return NULL;
  /* Its columns: id, parent, unused, detail. */
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    g_string_append_printf (plan, "%s\n", bd_db_column_text (stmt, 3));
  if (step == BD_STEP_ERROR)
    return NULL;
  return g_string_free (g_steal_pointer (&plan), FALSE);
}

void
bd_db_reset (BdDbStmt *stmt)
{
  forget_opened (stmt);
  stmt->open_failed = FALSE;
  stmt->rowid_given = FALSE;
  sqlite3_reset (stmt->handle);
}

static int
parameter_index (BdDbStmt   *stmt,
                 const char *name)
{
  int index = sqlite3_bind_parameter_index (stmt->handle, name);

  /* A misspelt name is a programming error, not a runtime condition. */
  g_assert (index > 0);
  return index;
}

void
bd_db_bind_text (BdDbStmt   *stmt,
                 const char *name,
                 const char *value)
{
  int index = parameter_index (stmt, name);

  if (value == NULL || value[0] == '\0')
    sqlite3_bind_null (stmt->handle, index);
  else
    sqlite3_bind_text (stmt->handle, index, value, -1, SQLITE_TRANSIENT);
}

void
bd_db_bind_string (BdDbStmt   *stmt,
                   const char *name,
                   const char *value)
{
  sqlite3_bind_text (stmt->handle, parameter_index (stmt, name), value != NULL ? value : "",
                     -1, SQLITE_TRANSIENT);
}

void
bd_db_bind_int64 (BdDbStmt   *stmt,
                  const char *name,
                  gint64      value)
{
  sqlite3_bind_int64 (stmt->handle, parameter_index (stmt, name), value);
}

void
bd_db_bind_id (BdDbStmt   *stmt,
               const char *name,
               gint64      id)
{
  int index = parameter_index (stmt, name);

  if (id == 0)
    sqlite3_bind_null (stmt->handle, index);
  else
    sqlite3_bind_int64 (stmt->handle, index, id);
}

const char *
bd_db_column_text (BdDbStmt *stmt,
                   int       column)
{
  return (const char *) sqlite3_column_text (stmt->handle, column);
}

gint64
bd_db_column_int64 (BdDbStmt *stmt,
                    int       column)
{
  if (stmt->gives_rowid)
    {
      g_return_val_if_fail (column == 0 && stmt->rowid_given, 0);
      return stmt->rowid;
    }
  return sqlite3_column_int64 (stmt->handle, column);
}

int
bd_db_column_int (BdDbStmt *stmt,
                  int       column)
{
  g_return_val_if_fail (!stmt->gives_rowid, 0);
  return sqlite3_column_int (stmt->handle, column);
}

gboolean
bd_db_column_bool (BdDbStmt *stmt,
                   int       column)
{
  return sqlite3_column_int64 (stmt->handle, column) != 0;
}

int
bd_db_column_count (BdDbStmt *stmt)
{
  return sqlite3_column_count (stmt->handle);
}

void
bd_db_set_key (BdDb  *db,
               BdKey *key)
{
  g_clear_pointer (&db->key, bd_key_unref);
  db->key = key != NULL ? bd_key_ref (key) : NULL;
}

BdKey *
bd_db_get_key (BdDb *db)
{
  return db->key;
}

void
bd_db_bind_sealed (BdDbStmt   *stmt,
                   const char *name,
                   const char *purpose,
                   const char *value)
{
  int index = parameter_index (stmt, name);
  guint8 *sealed;
  gsize length;

  /* Without a key nothing personal is written: a programming error, never clear text. */
  g_assert (stmt->db->key != NULL);
  if (value == NULL || value[0] == '\0')
    {
      sqlite3_bind_null (stmt->handle, index);
      return;
    }
  sealed = bd_key_seal (stmt->db->key, purpose, value, &length);
  sqlite3_bind_blob (stmt->handle, index, sealed, (int) length, g_free);
}

void
bd_db_bind_blind (BdDbStmt   *stmt,
                  const char *name,
                  const char *purpose,
                  const char *value)
{
  int index = parameter_index (stmt, name);
  guint8 blind[BD_KEY_BLIND_SIZE];

  g_assert (stmt->db->key != NULL);
  if (value == NULL || value[0] == '\0')
    {
      sqlite3_bind_null (stmt->handle, index);
      return;
    }
  bd_key_blind (stmt->db->key, purpose, value, blind);
  sqlite3_bind_blob (stmt->handle, index, blind, sizeof blind, SQLITE_TRANSIENT);
}

/* The column opened and kept with the statement's row; FALSE when it does not open. */
static gboolean
open_column (BdDbStmt    *stmt,
             int          column,
             const char  *purpose,
             const char **value)
{
  char *opened;

  *value = NULL;
  if (sqlite3_column_type (stmt->handle, column) == SQLITE_NULL)
    return TRUE;
  /* Without a key (a file read only for its audit log) nothing opens. */
  if (stmt->db->key == NULL)
    return FALSE;
  opened = bd_key_open (stmt->db->key, purpose, sqlite3_column_blob (stmt->handle, column),
                        (gsize) sqlite3_column_bytes (stmt->handle, column));
  if (opened == NULL)
    return FALSE;
  if (stmt->opened == NULL)
    stmt->opened = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (stmt->opened, opened);
  *value = opened;
  return TRUE;
}

const char *
bd_db_column_sealed (BdDbStmt   *stmt,
                     int         column,
                     const char *purpose)
{
  const char *value;

  if (!open_column (stmt, column, purpose, &value))
    stmt->open_failed = TRUE;
  return value;
}

gboolean
bd_db_column_try_sealed (BdDbStmt    *stmt,
                         int          column,
                         const char  *purpose,
                         const char **value)
{
  return open_column (stmt, column, purpose, value);
}

gboolean
bd_db_stmt_opened_all (BdDbStmt  *stmt,
                       GError   **error)
{
  if (!stmt->open_failed)
    return TRUE;
  g_set_error_literal (error, BD_STORE_ERROR, BD_STORE_ERROR_UNSEALED,
                       _("A protected number in the database cannot be read: it was changed "
                         "outside Branch Desk. Run “branchdesk-admin check” and restore the "
                         "last good backup."));
  return FALSE;
}
