/* bd-store-audit.c — the audit log's chain of hashes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each audit row carries a SHA-256 over its own content and the hash of the row before
 * it. Anyone who can write the file can still destroy the log, but not rewrite, insert or
 * drop a row without `branchdesk-admin check` finding the first row whose hash no longer
 * holds (domain §11: nothing a customer was told or signed is lost or quietly rewritten).
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "bd-store-private.h"

/* The triggers that keep the log append-only, as migration 0 → 1 made them. */
static const char audit_triggers_sql[] =
  "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log"
  "  BEGIN SELECT RAISE (ABORT, 'the audit log is append-only'); END;"
  "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log"
  "  BEGIN SELECT RAISE (ABORT, 'the audit log is append-only'); END;";

static const char audit_triggers_count_sql[] =
  "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
  "AND name IN ('audit_log_no_update', 'audit_log_no_delete')";

static const char audit_all_sql[] =
  "SELECT id, at, staff_id, action, record_table, record_id, customer_id, detail "
  "FROM audit_log ORDER BY id";

static const char audit_set_hash_sql[] =
  "UPDATE audit_log SET hash = :hash WHERE id = :id";

/* The seal of the newest row: a keyed hash of its id and hash, which only the branch's key
 * can make. The chain alone can be recomputed by whoever rewrites the file, and the newest
 * rows dropped without a break in it; the seal cannot be made again without the key. */
#define AUDIT_SEAL_SETTING "audit-seal"
#define AUDIT_SEAL_PURPOSE "audit_log.seal"

static const char audit_seal_set_sql[] =
  "INSERT INTO setting (key, value) VALUES ('" AUDIT_SEAL_SETTING "', :value) "
  "ON CONFLICT (key) DO UPDATE SET value = excluded.value";

static const char audit_newest_sql[] =
  "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1";

/* Each field with its length, so that no two rows give the same text. */
static void
add_field (GChecksum  *sum,
           const char *value)
{
  g_autofree char *head = value != NULL ? g_strdup_printf ("%zu:", strlen (value))
                                        : g_strdup ("N;");

  g_checksum_update (sum, (const guchar *) head, -1);
  if (value != NULL)
    g_checksum_update (sum, (const guchar *) value, -1);
}

static void
add_id (GChecksum *sum,
        gint64     id)
{
  g_autofree char *text = id != 0 ? g_strdup_printf ("%" PRId64, id) : NULL;

  add_field (sum, text);
}

char *
bd_audit_row_hash (const char       *previous,
                   const BdAuditRow *row)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  add_field (sum, previous);
  add_id (sum, row->id);
  add_field (sum, row->at);
  add_id (sum, row->staff_id);
  add_field (sum, row->action);
  add_field (sum, row->record_table);
  add_id (sum, row->record_id);
  add_id (sum, row->customer_id);
  add_field (sum, row->detail);
  return g_strdup (g_checksum_get_string (sum));
}

void
bd_audit_row_read (BdDbStmt   *stmt,
                   BdAuditRow *row)
{
  row->id = bd_db_column_int64 (stmt, 0);
  row->at = bd_db_column_text (stmt, 1);
  row->staff_id = bd_db_column_int64 (stmt, 2);
  row->action = bd_db_column_text (stmt, 3);
  row->record_table = bd_db_column_text (stmt, 4);
  row->record_id = bd_db_column_int64 (stmt, 5);
  row->customer_id = bd_db_column_int64 (stmt, 6);
  row->detail = bd_db_column_text (stmt, 7);
}

static char *
audit_seal_of (BdKey      *key,
               gint64      id,
               const char *hash)
{
  g_autofree char *text = g_strdup_printf ("%" PRId64 ":%s", id, hash != NULL ? hash : "");

  return bd_key_dup_blind_hex (key, AUDIT_SEAL_PURPOSE, text);
}

gboolean
bd_store_seal_audit_head (BdStore     *self,
                          gint64       id,
                          const char  *hash,
                          GError     **error)
{
  BdKey *key = bd_db_get_key (bd_store_get_db (self));
  g_autofree char *seal = NULL;
  BdDbStmt *stmt;

  /* Before schema 9 a file has no key, and its log no seal. */
  if (key == NULL)
    return TRUE;
  if ((stmt = bd_store_prepare (self, audit_seal_set_sql, error)) == NULL)
    return FALSE;
  seal = audit_seal_of (key, id, hash);
  bd_db_bind_text (stmt, ":value", seal);
  return bd_db_step_done (stmt, error);
}

/* The seal of the log as it is now, for the migration that gives a file its key. */
gboolean
bd_store_seal_audit_log (BdStore  *self,
                         GError  **error)
{
  BdDbStmt *stmt = bd_store_prepare (self, audit_newest_sql, error);
  g_autofree char *hash = NULL;
  gint64 id = 0;
  BdStep step;

  if (stmt == NULL)
    return FALSE;
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      id = bd_db_column_int64 (stmt, 0);
      hash = g_strdup (bd_db_column_text (stmt, 1));
    }
  bd_db_reset (stmt);
  return step != BD_STEP_ERROR && bd_store_seal_audit_head (self, id, hash, error);
}

char *
bd_store_dup_audit_problem (BdStore  *self,
                            gint64    newest_id,
                            const char *newest_hash)
{
  BdKey *key = bd_db_get_key (bd_store_get_db (self));
  g_autofree char *stored = bd_store_dup_setting (self, AUDIT_SEAL_SETTING);
  g_autofree char *expected = NULL;

  if (key == NULL)
    return NULL;
  if (stored == NULL)
    return g_strdup (_("The audit log has lost its seal: rows may have been removed from its "
                       "end"));
  expected = audit_seal_of (key, newest_id, newest_hash);
  if (g_str_equal (expected, stored))
    return NULL;
  return g_strdup_printf (_("The audit log does not end where it was sealed (its last row is "
                            "now %" PRId64 "): its newest rows were removed, or it was "
                            "rewritten"), newest_id);
}

/* 7 → 8, what SQL cannot do: the rows written before the chain get their hashes, in
 * order. The log is append-only; its trigger is lifted for this one migration, inside its
 * transaction, and put back. */
gboolean
bd_store_chain_audit_log (BdStore  *self,
                          GError  **error)
{
  g_autoptr(BdDbStmt) read = NULL;
  g_autoptr(GPtrArray) hashes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  BdStep step = BD_STEP_ERROR;

  if ((read = bd_store_prepare_once (self, audit_all_sql, error)) == NULL)
    return FALSE;
  while ((step = bd_db_step (read, error)) == BD_STEP_ROW)
    {
      BdAuditRow row;

      bd_audit_row_read (read, &row);
      g_ptr_array_add (hashes, bd_audit_row_hash (hashes->len > 0 ? hashes->pdata[hashes->len - 1]
                                                                  : NULL, &row));
      g_array_append_val (ids, row.id);
    }
  if (step != BD_STEP_DONE || !bd_store_exec (self, "DROP TRIGGER audit_log_no_update", error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      BdDbStmt *stmt = bd_store_prepare (self, audit_set_hash_sql, error);

      if (stmt == NULL)
        return FALSE;
      bd_db_bind_text (stmt, ":hash", hashes->pdata[i]);
      bd_db_bind_int64 (stmt, ":id", g_array_index (ids, gint64, i));
      if (!bd_db_step_done (stmt, error))
        return FALSE;
    }
  return bd_store_exec (self, audit_triggers_sql, error);
}

/* A file whose append-only triggers were dropped gets them back when a desk opens it, and
 * says so: in the log of the program and in the audit log itself. */
gboolean
bd_store_restore_audit_triggers (BdStore  *self,
                                 GError  **error)
{
  BdDbStmt *stmt = bd_store_prepare (self, audit_triggers_count_sql, error);
  gint64 present = 0;
  BdStep step;

  if (stmt == NULL)
    return FALSE;
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    present = bd_db_column_int64 (stmt, 0);
  bd_db_reset (stmt);
  if (step == BD_STEP_ERROR)
    return FALSE;
  if (present == 2)
    return TRUE;
  g_message ("The audit log of %s had lost its append-only triggers; they are restored",
             bd_store_get_path (self));
  if (!bd_store_begin_write (self, error))
    return FALSE;
  return bd_store_end_write (self,
                             bd_store_exec (self, audit_triggers_sql, error) &&
                             bd_store_append_audit (self, 0, "audit-protection-restored",
                                                    NULL, 0, 0, NULL, error),
                             error);
}
