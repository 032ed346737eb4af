/* bd-store-seal.c — personal numbers sealed with the branch's key: the migration that
 * seals them, the key's check, the conversion of a file that keeps them in clear text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 《个人金融信息保护技术规范》 (JR/T 0171-2020) asks that identity and account numbers be
 * stored encrypted, 《个人信息保护法》 art. 51 that personal information be protected by
 * encryption. Identity numbers, phones (and e-mail addresses, kept in the same column)
 * and bank account numbers are sealed (bd-key.h); each has a blind index of the whole
 * value, and identity numbers and phones one of their last four characters, so that the
 * search finds them by index without a clear number in the file.
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sodium.h>

#include "bd-store-private.h"

/* The setting that keeps the fingerprint of the key the file is sealed with. */
#define KEY_SETTING "key-fingerprint"

typedef struct
{
  const char *clear_sql;    /* id and the clear value, in a file before schema 9 */
  const char *select_sql;   /* id and the value: clear while migrating, sealed after */
  const char *update_sql;   /* :id, :sealed, :index and (with a tail) :tail */
  const char *sealed;       /* the purpose the column is sealed and indexed for */
  const char *tail;         /* the purpose of the last four's index, or NULL */
  gboolean    long_tails;   /* also the last five and six (identity numbers) */
} SealedColumn;

static const SealedColumn sealed_columns[] = {
  { "SELECT id, number FROM identity_document ORDER BY id",
    "SELECT id, number_sealed FROM identity_document ORDER BY id",
    "UPDATE identity_document SET number_sealed = :sealed, number_index = :index, "
    "  tail_index = :tail, tail5_index = :tail5, tail6_index = :tail6 WHERE id = :id",
    BD_SEALED_ID_NUMBER, BD_BLIND_ID_TAIL, TRUE },
  { "SELECT id, value FROM contact_detail ORDER BY id",
    "SELECT id, value_sealed FROM contact_detail ORDER BY id",
    "UPDATE contact_detail SET value_sealed = :sealed, value_index = :index, "
    "  tail_index = :tail WHERE id = :id",
    BD_SEALED_CONTACT, BD_BLIND_CONTACT_TAIL, FALSE },
  { "SELECT id, account_number FROM bank_account ORDER BY id",
    "SELECT id, account_sealed FROM bank_account ORDER BY id",
    "UPDATE bank_account SET account_sealed = :sealed, account_index = :index WHERE id = :id",
    BD_SEALED_ACCOUNT, NULL, FALSE },
};

/* Sealed columns of later schemas: born sealed, never migrated, only checked. */
static const char *const later_sealed_sql[][2] = {
  { "SELECT case_id, new_number_sealed FROM request WHERE new_number_sealed IS NOT NULL "
    "ORDER BY case_id", BD_SEALED_REQUEST_NUMBER },
  { "SELECT case_id, phone_sealed FROM claim WHERE phone_sealed IS NOT NULL ORDER BY case_id",
    BD_SEALED_CLAIM_PHONE },
  { "SELECT case_id, phone_sealed FROM complaint WHERE phone_sealed IS NOT NULL "
    "ORDER BY case_id", BD_SEALED_COMPLAINANT_PHONE },
};

/* The indexes the search uses, made once the values are sealed (faster than updating them
 * row by row). */
static const char sealed_indexes_sql[] =
  "CREATE INDEX document_by_number ON identity_document (number_index);"
  "CREATE INDEX document_by_tail ON identity_document (tail_index);"
  "CREATE INDEX document_by_tail5 ON identity_document (tail5_index);"
  "CREATE INDEX document_by_tail6 ON identity_document (tail6_index);"
  "CREATE INDEX contact_by_value ON contact_detail (value_index);"
  "CREATE INDEX contact_by_tail ON contact_detail (tail_index);"
  "CREATE INDEX bank_account_by_number ON bank_account (account_index);";

static const char key_setting_insert_sql[] =
  "INSERT INTO setting (key, value) VALUES ('" KEY_SETTING "', :value)";

const char *
bd_store_tail_of (const char *value,
                  glong       length)
{
  glong total = g_utf8_strlen (value, -1);

  return total <= length ? value : g_utf8_offset_to_pointer (value, total - length);
}

static void
wipe_value (gpointer data)
{
  char *value = data;

  sodium_memzero (value, strlen (value));
  g_free (value);
}

static gboolean
seal_one (BdStore             *self,
          const SealedColumn  *column,
          gint64               id,
          const char          *value,
          GError             **error)
{
  BdDbStmt *stmt = bd_store_prepare (self, column->update_sql, error);

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_sealed (stmt, ":sealed", column->sealed, value);
  bd_db_bind_blind (stmt, ":index", column->sealed, value);
  if (column->tail != NULL)
    bd_db_bind_blind (stmt, ":tail", column->tail, bd_store_tail_of (value, BD_TAIL_LENGTH));
  if (column->long_tails)
    {
      bd_db_bind_blind (stmt, ":tail5", BD_BLIND_ID_TAIL5, bd_store_tail_of (value, 5));
      bd_db_bind_blind (stmt, ":tail6", BD_BLIND_ID_TAIL6, bd_store_tail_of (value, 6));
    }
  bd_db_bind_int64 (stmt, ":id", id);
  return bd_db_step_done (stmt, error);
}

/* Read first, written after: a table is not changed under its own SELECT. */
static gboolean
seal_column (BdStore             *self,
             const SealedColumn  *column,
             GError             **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (wipe_value);
  g_autoptr(BdDbStmt) stmt = NULL;
  BdStep step = BD_STEP_ERROR;

  if ((stmt = bd_store_prepare_once (self, column->select_sql, error)) == NULL)
    return FALSE;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      gint64 id = bd_db_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (values, g_strdup (bd_db_column_text (stmt, 1)));
    }
  if (step != BD_STEP_DONE)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (!seal_one (self, column, g_array_index (ids, gint64, i), values->pdata[i], error))
      return FALSE;
  return TRUE;
}

/* Migration 8 → 9, the code after its SQL (which renamed the columns and dropped their
 * clear indexes): every number sealed, its indexes made, the key's fingerprint kept. */
gboolean
bd_store_seal_numbers (BdStore  *self,
                       GError  **error)
{
  g_autofree char *fingerprint = NULL;
  BdDbStmt *stmt;

  if (bd_db_get_key (bd_store_get_db (self)) == NULL)
    {
      g_set_error_literal (error, BD_STORE_ERROR, BD_STORE_ERROR_WRONG_KEY,
                           _("No key was given to seal the personal numbers with"));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (sealed_columns); i++)
    if (!seal_column (self, &sealed_columns[i], error))
      return FALSE;
  if (!bd_store_exec (self, sealed_indexes_sql, error) ||
      (stmt = bd_store_prepare (self, key_setting_insert_sql, error)) == NULL)
    return FALSE;
  fingerprint = bd_key_dup_fingerprint (bd_db_get_key (bd_store_get_db (self)));
  bd_db_bind_text (stmt, ":value", fingerprint);
  return bd_db_step_done (stmt, error) && bd_store_seal_audit_log (self, error);
}

gboolean
bd_store_check_key (BdStore  *self,
                    BdKey    *key,
                    GError  **error)
{
  g_autofree char *stored = bd_store_dup_setting (self, KEY_SETTING);
  g_autofree char *given = key != NULL ? bd_key_dup_fingerprint (key) : NULL;

  if (stored == NULL)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_DATABASE,
                   _("The database “%s” does not say which key it is sealed with"),
                   bd_store_get_path (self));
      return FALSE;
    }
  if (given == NULL)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_WRONG_KEY,
                   _("The database “%s” is sealed with a key, and no key was given"),
                   bd_store_get_path (self));
      return FALSE;
    }
  /* Constant time: the comparison tells nothing of how much of a guess was right. */
  if (strlen (stored) != strlen (given) ||
      sodium_memcmp (stored, given, strlen (given)) != 0)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_WRONG_KEY,
                   _("The key given is not the key of the database “%s”"),
                   bd_store_get_path (self));
      return FALSE;
    }
  return TRUE;
}

char *
bd_store_peek_key_fingerprint (const char  *path,
                               GError     **error)
{
  g_autoptr(BdStore) store = bd_store_open_read_only (path, NULL, error);
  char *fingerprint;

  if (store == NULL)
    return NULL;
  if ((fingerprint = bd_store_dup_setting (store, KEY_SETTING)) == NULL)
    g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_DATABASE,
                 _("The database “%s” does not say which key it is sealed with"), path);
  return fingerprint;
}

/* Reports each value of @sql's second column that does not open for @purpose. */
static gboolean
find_unsealed_in (BdStore              *self,
                  const char           *sql,
                  const char           *purpose,
                  BdStoreUnsealedFunc   report,
                  gpointer              data,
                  GError              **error)
{
  g_autoptr(BdDbStmt) stmt = bd_store_prepare_once (self, sql, error);
  BdStep step = BD_STEP_ERROR;
  const char *value;

  if (stmt == NULL)
    return FALSE;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    if (!bd_db_column_try_sealed (stmt, 1, purpose, &value))
      report (purpose, bd_db_column_int64 (stmt, 0), data);
  return step == BD_STEP_DONE;
}

gboolean
bd_store_find_unsealed (BdStore             *self,
                        BdStoreUnsealedFunc  report,
                        gpointer             data,
                        GError             **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sealed_columns); i++)
    if (!find_unsealed_in (self, sealed_columns[i].select_sql, sealed_columns[i].sealed,
                           report, data, error))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (later_sealed_sql); i++)
    if (!find_unsealed_in (self, later_sealed_sql[i][0], later_sealed_sql[i][1], report, data,
                           error))
      return FALSE;
  return TRUE;
}

static void
count_unsealed (const char *purpose,
                gint64      id,
                gpointer    data)
{
  guint *count = data;

  (*count)++;
}

/* Every sealed value of the file opens with the store's key, for its own column. */
gboolean
bd_store_check_sealed (BdStore  *self,
                       GError  **error)
{
  guint count = 0;

  if (!bd_store_find_unsealed (self, count_unsealed, &count, error))
    return FALSE;
  if (count == 0)
    return TRUE;
  g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_UNSEALED,
               ngettext ("%u protected number does not open with the branch’s key",
                         "%u protected numbers do not open with the branch’s key", count),
               count);
  return FALSE;
}

/* The clear values of @column in the original, in the order of their ids. */
static GPtrArray *
read_clear_values (BdDb                *original,
                   const SealedColumn  *column,
                   GError             **error)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (wipe_value);
  g_autoptr(BdDbStmt) stmt = NULL;
  BdStep step = BD_STEP_ERROR;

  if ((stmt = bd_db_prepare (original, column->clear_sql, error)) == NULL)
    return NULL;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      g_ptr_array_add (values, g_strdup_printf ("%" G_GINT64_FORMAT " %s",
                                                bd_db_column_int64 (stmt, 0),
                                                bd_db_column_text (stmt, 1)));
    }
  return step == BD_STEP_DONE ? g_steal_pointer (&values) : NULL;
}

/* Each sealed value of the converted copy opens to the original's clear value, row for
 * row, and no row is missing or added. */
static gboolean
verify_column (BdDb                *original,
               BdStore             *converted,
               const SealedColumn  *column,
               GError             **error)
{
  g_autoptr(GPtrArray) clear = read_clear_values (original, column, error);
  g_autoptr(BdDbStmt) stmt = NULL;
  BdStep step = BD_STEP_ERROR;
  guint row = 0;

  if (clear == NULL ||
      (stmt = bd_store_prepare_once (converted, column->select_sql, error)) == NULL)
    return FALSE;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      const char *opened = bd_db_column_sealed (stmt, 1, column->sealed);
      g_autofree char *line = g_strdup_printf ("%" G_GINT64_FORMAT " %s",
                                               bd_db_column_int64 (stmt, 0),
                                               opened != NULL ? opened : "");
      gboolean same = row < clear->len && g_str_equal (line, clear->pdata[row]);

      sodium_memzero (line, strlen (line));
      if (!same)
        break;
      row++;
    }
  if (step == BD_STEP_ERROR)
    return FALSE;
  if (step == BD_STEP_ROW || row != clear->len)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_FAILED,
                   _("The converted copy does not hold the same “%s” as the original"),
                   column->sealed);
      return FALSE;
    }
  return TRUE;
}

gboolean
bd_store_verify_sealed_against (BdStore     *converted,
                                const char  *original_path,
                                GError     **error)
{
  BdDb *original;
  gboolean ok = TRUE;

  if ((original = bd_db_open (original_path, BD_DB_OPEN_READ_ONLY, 5000, error)) == NULL)
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (sealed_columns); i++)
    ok = verify_column (original, converted, &sealed_columns[i], error);
  bd_db_close (original);
  return ok;
}
