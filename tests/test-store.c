/* test-store.c — the store against real SQLite files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "bd-calendar.h"
#include "bd-contacts-store.h"
#include "bd-db-check-lists.h"
#include "bd-customers-store.h"
#include "bd-household-store.h"
#include "bd-search.h"
#include "bd-store-backup.h"
#include "bd-staff-store.h"
#include "bd-text.h"
#include "bd-store-private.h"
#include "bd-test-fixture.h"

/* The store's own tests want the folder, the path and the store, as the fixture has them. */
typedef BdTestStore Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bd_test_store_set_up (fixture, "bd-store", "sub/branch.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bd_test_store_tear_down (fixture);
}

static BdCustomer *
make_customer (const char *name,
               const char *id_number,
               const char *birth,
               BdSex       sex,
               const char *mobile)
{
  BdCustomer *customer = bd_test_customer_new (name, sex, birth, id_number, mobile);

  bd_customer_set_id_type (customer, BD_DOCUMENT_RESIDENT_ID);
  return customer;
}

static void
add_customer (Fixture    *fixture,
              BdCustomer *customer)
{
  bd_test_add_customer (fixture->store, customer);
}

/* Every table's CHECK lists are kept spelt out as comparisons (bd-db-check-lists.h). */
static void
assert_check_lists_spelt_out (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint tables = 0;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_master "
                                           "WHERE type = 'table' AND sql IS NOT NULL",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *spelt = bd_db_spell_out_check_lists_in ((const char *) sqlite3_column_text (stmt, 1));

      if (spelt != NULL)
        g_error ("table %s keeps a CHECK list: %s", sqlite3_column_text (stmt, 0), spelt);
      tables++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables, >, 10);
  sqlite3_close (db);
}

static void
test_migrations_from_empty (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(BdStore) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (bd_store_get_schema_version (fixture->store), ==, BD_STORE_SCHEMA_VERSION);
  g_assert_cmpint (bd_test_query_int (fixture->path, "PRAGMA user_version"), ==,
                   BD_STORE_SCHEMA_VERSION);
  g_assert_cmpint (bd_test_query_int (fixture->path,
                                      "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                      "AND name IN ('staff', 'customer', 'identity_document', "
                                      "'contact_detail', 'bank_account', 'relationship', 'household', "
                                      "'household_member', 'product', 'policy', 'beneficiary', "
                                      "'audit_log', 'setting')"), ==, 13);
  assert_check_lists_spelt_out (fixture->path);
  /* Spelt out, a list still refuses what is not on it. */
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "INSERT INTO policy (number, product_id, policyholder_id, "
                                       "insured_id, effective_date, sum_insured_fen, premium_fen, "
                                       "frequency, payment_method, status) VALUES ('P1', 1, 1, 1, "
                                       "'2026-01-01', 1, 1, 'weekly', 'counter', 'in-force')",
                                   NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
    sqlite3_close (db);
  }

  /* Opening again finds the schema current and changes nothing. */
  g_clear_object (&fixture->store);
  again = bd_store_open (fixture->path, bd_test_key (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bd_store_get_schema_version (again), ==, BD_STORE_SCHEMA_VERSION);
}

/* Names as programs before schema 5 stored them: as written, no normalised form. */
static const char *const old_names[] = {
  "欧阳明远", "欧阳 明远", "John Smith", "SMITH JOHN", "O'Brien",
};

static void
exec_bound (sqlite3    *db,
            const char *sql,
            const char *text,
            int         length,
            gint64      id)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, text, length, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

/* A customer row, and from version 2 on its grams, as the program of @version wrote
 * them: every character and pair of characters of the name as written, and from
 * version 5 on of its normalised form, kept in name_key. */
static void
insert_old_customer (sqlite3    *db,
                     guint       version,
                     gint64      id,
                     const char *name)
{
  static const char *const gram_sql = "INSERT OR IGNORE INTO customer_name_gram VALUES (?, ?)";
  g_autofree char *key = bd_search_normalize (name);
  const char *grams_of = version >= 5 ? key : name;

  exec_bound (db, "INSERT INTO customer (name, id, created_at) "
                  "VALUES (?, ?, '2025-01-01T00:00:00Z')", name, -1, id);
  if (version >= 5)
    exec_bound (db, "UPDATE customer SET name_key = ? WHERE id = ?", key, -1, id);
  if (version < 2)
    return;
  for (const char *p = grams_of; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *next = g_utf8_next_char (p);

      exec_bound (db, gram_sql, p, (int) (next - p), id);
      if (*next != '\0')
        exec_bound (db, gram_sql, p, (int) (g_utf8_next_char (next) - p), id);
    }
}

static void
assert_names_found (BdStore    *store,
                    const char *text,
                    const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = bd_store_search_customers (store, text, 10, &error);
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(BdCustomer) customer = g_list_model_get_item (found, i);
      g_string_append_printf (names, "%s%s", i > 0 ? "," : "", bd_customer_get_name (customer));
    }
  g_test_message ("schema migrated: “%s” → %s", text, names->str);
  g_assert_cmpstr (names->str, ==, expected);
}

/* A contact record of schema 3 reads as current after the migration. */
static void
assert_old_contact_current (BdStore *store)
{
  g_autoptr(GListModel) history = bd_store_list_contacts (store, 1, NULL);
  g_autoptr(BdContact) slip = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  slip = g_list_model_get_item (history, 0);
  g_assert_cmpint (bd_contact_get_state (slip), ==, BD_CONTACT_STATE_CURRENT);
  g_assert_cmpint (bd_contact_get_corrects_id (slip), ==, 0);
  g_assert_cmpstr (bd_contact_get_next_visit (slip), ==, "2026-11-25T14:30");
}

/* From schema 4 on a contact record is never changed or deleted, not even by hand. */
static void
assert_contacts_immutable (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE contact SET outcome = 'changed'", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM contact", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  sqlite3_close (db);
}

static void
collect_problem (const char *problem,
                 gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strdup (problem));
}

/* The problems `check` finds whose text holds @part. */
static guint
count_check_problems (const char *path,
                      const char *part)
{
  g_autoptr(BdStore) store = bd_store_open_read_only (path, bd_test_key (), NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  guint n = 0, found = 0;

  g_assert_nonnull (store);
  g_assert_true (bd_store_check (store, collect_problem, problems, &n, NULL));
  for (guint i = 0; i < problems->len; i++)
    if (strstr (problems->pdata[i], part) != NULL)
      found++;
  return found;
}

static void
assert_no_conversion_leftovers (const char *path)
{
  static const char *const leftovers[] = { ".clear", ".sealing", ".clear-wal", ".sealing-wal" };

  for (guint i = 0; i < G_N_ELEMENTS (leftovers); i++)
    {
      g_autofree char *name = g_strconcat (path, leftovers[i], NULL);
      g_assert_false (g_file_test (name, G_FILE_TEST_EXISTS));
    }
}

/* A file of every older schema, with data, is brought up to date and keeps working, and
 * a copy of it as it was is kept first. (Schema 0 is an empty file, which is no branch:
 * /store/open/empty-refused.) */
static void
test_migrations_from_every_version (void)
{
  for (guint version = 1; version < BD_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *folder = bd_test_folder_new ("bd-store");
      g_autofree char *path = g_build_filename (folder, "old.db", NULL);
      g_autoptr(BdStore) old = NULL;
      g_autoptr(BdStore) current = NULL;
      g_autoptr(BdCustomer) added = make_customer ("Anna LI", NULL, NULL, BD_SEX_FEMALE, NULL);
      g_autoptr(GError) error = NULL;
      sqlite3 *db = NULL;
      gboolean had_rows = version >= 1;

      old = bd_store_open_with_schema (path, version, bd_test_key (), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (bd_store_get_schema_version (old), ==, version);
      g_clear_object (&old);

      /* Rows as that version wrote them, by hand: the code of that version is gone. */
      if (version >= 1)
        {
          g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
          /* From version 2 on, the program kept the name's grams itself. */
          for (guint i = 0; i < G_N_ELEMENTS (old_names); i++)
            insert_old_customer (db, version, i + 1, old_names[i]);
          /* An audit row, as every version wrote them before the chain (schema 8). */
          if (version < 8)
            g_assert_cmpint (sqlite3_exec (db, "INSERT INTO audit_log (at, action, detail) "
                                               "VALUES ('2025-01-01T00:00:00Z', 'sign-in', 'old')",
                                           NULL, NULL, NULL), ==, SQLITE_OK);
          /* A staff account, as every version has had them. */
          g_assert_cmpint (sqlite3_exec (db, "INSERT INTO staff (login, name, role) "
                                             "VALUES ('old-hand', '老员工', 'counter')",
                                         NULL, NULL, NULL), ==, SQLITE_OK);
          /* From version 3 on, contact records: a slip left for the first customer. */
          if (version >= 3)
            g_assert_cmpint (sqlite3_exec (db, "INSERT INTO contact (customer_id, kind, at, reached, "
                                               "next_visit) VALUES (1, 'slip', '2026-11-21T03:00:00Z', "
                                               "0, '2026-11-25T14:30')", NULL, NULL, NULL),
                             ==, SQLITE_OK);
          sqlite3_close (db);
        }

      if (version < BD_STORE_SEALED_SCHEMA)
        {
          /* Numbers in clear text: refused as the file is, then converted explicitly, the
           * original gone once the sealed copy held the same numbers. */
          current = bd_store_open (path, bd_test_key (), &error);
          g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_ENCRYPTED);
          g_assert_null (current);
          g_clear_error (&error);
          g_assert_cmpint (bd_test_query_int (path, "PRAGMA user_version"), ==, version);
          bd_store_convert_to_sealed (path, bd_test_key (), &error);
          g_assert_no_error (error);
          assert_no_conversion_leftovers (path);
          current = bd_store_open (path, bd_test_key (), &error);
          g_assert_no_error (error);
          g_assert_cmpuint (bd_store_get_schema_version (current), ==, BD_STORE_SCHEMA_VERSION);
          g_assert_null (bd_store_get_migration_backup (current));
        }
      else
        {
          /* Sealed already: brought up to date as it opens, a copy of it kept first. */
          current = bd_store_open (path, bd_test_key (), &error);
          g_assert_no_error (error);
          g_assert_cmpuint (bd_store_get_schema_version (current), ==, BD_STORE_SCHEMA_VERSION);
          g_assert_nonnull (bd_store_get_migration_backup (current));
          g_assert_true (g_file_test (bd_store_get_migration_backup (current), G_FILE_TEST_EXISTS));
        }
      g_assert_cmpint (bd_test_query_int (path, "PRAGMA application_id"),
                       ==, BD_STORE_APPLICATION_ID);
      /* The rows written before the chain are chained, and stay append-only. */
      g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM audit_log "
                                          "WHERE hash IS NULL"), ==, 0);
      g_assert_cmpuint (count_check_problems (path, "audit"), ==, 0);
      /* Searching inside names works on rows written before the gram index existed, and
       * names stored before they were normalised (schema 5) are found by their exact name
       * with or without the space, in any case. */
      assert_names_found (current, "明远", had_rows ? "欧阳明远,欧阳 明远" : "");
      assert_names_found (current, "欧阳明远", had_rows ? "欧阳明远,欧阳 明远" : "");
      assert_names_found (current, "欧阳 明远", had_rows ? "欧阳明远,欧阳 明远" : "");
      assert_names_found (current, "john smith", had_rows ? "John Smith" : "");
      assert_names_found (current, "smith", had_rows ? "SMITH JOHN,John Smith" : "");
      assert_names_found (current, "o'brien", had_rows ? "O'Brien" : "");
      /* No gram of a name as written is left, and every name has its searched form. */
      g_assert_cmpint (bd_test_query_int (path,
                                          "SELECT count(*) FROM customer_name_gram "
                                          "WHERE instr (gram, ' ') > 0 OR gram <> lower (gram)"),
                       ==, 0);
      g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM customer "
                                          "WHERE name_key IS NULL"),
                       ==, 0);
      if (version >= 3)
        assert_old_contact_current (current);
      /* Schema 15: nobody is marked deceased by the migration. */
      g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM customer "
                                          "WHERE deceased_on IS NULL"),
                       ==, bd_test_query_int (path, "SELECT count(*) FROM customer"));
      /* Schema 16: the unread index of every policy by its due date is gone; the
       * Queues' partial one stays. */
      g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM sqlite_master "
                                          "WHERE name = 'policy_by_due'"), ==, 0);
      g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM sqlite_master "
                                          "WHERE name = 'policy_open_by_due'"), ==, 1);
      /* Schema 17: the accounts of before keep their passwords, none owes a change. */
      g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM staff "
                                          "WHERE login = 'old-hand' AND must_change_password = 0"),
                       ==, 1);
      /* Schema 18: no calendar imported yet; the shipped years alone are in effect. */
      g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM calendar_import"), ==, 0);
      g_assert_false (bd_calendar_has_year (bd_calendar_get_default (), 2027));
      assert_check_lists_spelt_out (path);
      /* The migrated file takes new customers as a new one does. */
      g_assert_true (bd_store_add_customer (current, added, &error));
      g_assert_no_error (error);
      assert_names_found (current, "anna li", "Anna LI");

      g_clear_object (&current);
      if (version >= 3)
        assert_contacts_immutable (path);
      bd_test_remove_tree (folder);
    }
}

static void
test_wal_and_foreign_keys (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(BdCustomer) orphan = make_customer ("无主", NULL, NULL, BD_SEX_MALE, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (bd_test_query_int (fixture->path, "SELECT count(*) FROM pragma_journal_mode "
                                                     "WHERE journal_mode = 'wal'"), ==, 1);

  /* A guardian that does not exist: the foreign key refuses it. */
  bd_customer_set_guardian_id (orphan, 4242);
  g_assert_false (bd_store_add_customer (fixture->store, orphan, &error));
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (bd_customer_get_id (orphan), ==, 0);
}

static void
test_newer_schema_refused (void)
{
  g_autofree char *folder = bd_test_folder_new ("bd-store");
  g_autofree char *path = g_build_filename (folder, "future.db", NULL);
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  /* A newer Branch Desk marks its files as this one does. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99; PRAGMA application_id = "
                                     G_STRINGIFY (BD_STORE_APPLICATION_ID), NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  store = bd_store_open (path, bd_test_key (), &error);
  g_assert_null (store);
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_TOO_NEW);
  g_assert_cmpint (bd_test_query_int (path, "PRAGMA user_version"), ==, 99);
  bd_test_remove_tree (folder);
}

static void
test_not_a_database (void)
{
  g_autofree char *folder = bd_test_folder_new ("bd-store");
  g_autofree char *path = g_build_filename (folder, "letter.db", NULL);
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "Dear customer, this is a letter, not a database. "
                                      "It is long enough to fill SQLite's header and more.",
                                      -1, NULL));
  store = bd_store_open (path, bd_test_key (), &error);
  g_assert_null (store);
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_DATABASE);
  g_assert_nonnull (strstr (error->message, path));
  bd_test_remove_tree (folder);
}

/* A mistyped path is an error: no folder, no file, no empty branch (issue 9, defect 2). */
static void
test_missing_refused (void)
{
  g_autofree char *folder = bd_test_folder_new ("bd-store");
  g_autofree char *typo = g_build_filename (folder, "typo", NULL);
  g_autofree char *path = g_build_filename (typo, "branch.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = bd_store_open (path, bd_test_key (), &error);

  g_assert_null (store);
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN);
  g_assert_false (g_file_test (typo, G_FILE_TEST_EXISTS));
  bd_test_remove_tree (folder);
}

/* Opens @path, which must be refused as not Branch Desk's and left byte for byte as it
 * was, with no -wal beside it. */
static void
assert_refused_unchanged (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *before = bd_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = bd_store_open (path, bd_test_key (), &error);
  g_autoptr(BdStore) read_only = NULL;

  g_assert_null (store);
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_DATABASE);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  read_only = bd_store_open_read_only (path, bd_test_key (), &error);
  g_assert_null (read_only);
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_DATABASE);
  after = bd_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

/* An empty file, another program's database, and one with a table of the same name as
 * ours are refused and left as they were (issue 9, defect 2). */
static void
test_foreign_files_refused (void)
{
  g_autofree char *folder = bd_test_folder_new ("bd-store");
  g_autofree char *empty = g_build_filename (folder, "empty.db", NULL);
  g_autofree char *other = g_build_filename (folder, "other.db", NULL);
  g_autofree char *clash = g_build_filename (folder, "clash.db", NULL);

  /* Each begins empty; SQLite then writes the other two as another program would. */
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (g_file_set_contents (other, "", 0, NULL));
  g_assert_true (g_file_set_contents (clash, "", 0, NULL));
  bd_test_exec (other, "CREATE TABLE recipe (name TEXT); INSERT INTO recipe VALUES ('饺子')");
  bd_test_exec (clash, "CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT);"
                       "PRAGMA user_version = 3");
  assert_refused_unchanged (empty);
  assert_refused_unchanged (other);
  assert_refused_unchanged (clash);
  bd_test_remove_tree (folder);
}

/* A new branch is only its owner's, whatever the umask; it is marked as Branch Desk's,
 * and creating never takes over a file that holds anything (issue 9). */
static void
test_create_private_and_marked (void)
{
  g_autofree char *folder = bd_test_folder_new ("bd-store");
  g_autofree char *sub = g_build_filename (folder, "branch", NULL);
  g_autofree char *path = g_build_filename (sub, "new.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = NULL;
  g_autoptr(BdStore) again = NULL;
  GStatBuf buf;
  mode_t saved = umask (0);

  store = bd_store_create (path, bd_test_key (), &error);
  umask (saved);
  g_assert_no_error (error);
  g_assert_true (bd_store_set_setting (store, "branch-name", "南京分公司", &error));
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (wal, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (sub, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);
  g_assert_cmpint (bd_test_query_int (path, "PRAGMA application_id"), ==, BD_STORE_APPLICATION_ID);
  g_assert_null (bd_store_get_migration_backup (store));

  again = bd_store_create (path, bd_test_key (), &error);
  g_assert_null (again);
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN);
  bd_test_remove_tree (folder);
}

/* Reading only changes nothing, and refuses an older schema rather than migrate it
 * (issue 9, defect 3: `check` wrote). */
static void
test_read_only_changes_nothing (void)
{
  g_autofree char *folder = bd_test_folder_new ("bd-store");
  g_autofree char *path = g_build_filename (folder, "old.db", NULL);
  g_autoptr(BdStore) old = bd_store_open_with_schema (path, 3, bd_test_key (), NULL);
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_nonnull (old);
  g_clear_object (&old);
  before = bd_test_file_checksum (path);
  store = bd_store_open_read_only (path, bd_test_key (), &error);
  g_assert_null (store);
  /* Schema 3 kept numbers in clear text: what brings it up to date is the conversion. */
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_ENCRYPTED);
  g_assert_nonnull (strstr (error->message, "encrypt"));
  after = bd_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (bd_test_query_int (path, "PRAGMA user_version"), ==, 3);
  bd_test_remove_tree (folder);
}

static void
assert_customer_refused (Fixture    *fixture,
                         const char *name,
                         const char *notes,
                         int         code)
{
  g_autoptr(BdCustomer) customer = bd_test_customer_new (name, BD_SEX_FEMALE, "1980-05-06",
                                                         NULL, NULL);
  g_autoptr(GError) error = NULL;
  int before = bd_test_query_int (fixture->path, "SELECT count(*) FROM customer");

  bd_customer_set_notes (customer, notes);
  g_assert_false (bd_store_add_customer (fixture->store, customer, &error));
  g_assert_error (error, BD_TEXT_ERROR, code);
  g_assert_cmpint (bd_customer_get_id (customer), ==, 0);
  g_assert_cmpint (bd_test_query_int (fixture->path, "SELECT count(*) FROM customer"), ==, before);
  g_assert_cmpint (bd_test_query_int (fixture->path, "SELECT count(*) FROM customer_name_gram "
                                      "WHERE customer_id NOT IN (SELECT id FROM customer)"), ==, 0);
}

/* Text enters the core as UTF-8 in one form, without control characters, trimmed; what
 * is not is refused with the field named and nothing stored (issue 9, defect 5: a name of
 * one stray byte was read past its end and stored as search grams). */
static void
test_text_checked (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *long_note = g_strnfill (BD_TEXT_MAX_CHARS + 1, 'x');
  g_autoptr(BdCustomer) spaced = bd_test_customer_new ("  Ame\xcc\x81lie 王  ", BD_SEX_FEMALE,
                                                       "1980-05-06", NULL, NULL);
  g_autoptr(GError) error = NULL;

  assert_customer_refused (fixture, "\xF0", NULL, BD_TEXT_ERROR_NOT_UTF8);
  assert_customer_refused (fixture, "王\xe8\x8a", NULL, BD_TEXT_ERROR_NOT_UTF8);
  assert_customer_refused (fixture, "王\x1b[31m芳", NULL, BD_TEXT_ERROR_CONTROL);
  assert_customer_refused (fixture, "王芳", long_note, BD_TEXT_ERROR_TOO_LONG);

  /* A line break is a line break in notes, not in a name. */
  bd_customer_set_notes (spaced, "第一行\n第二行");
  g_assert_true (bd_store_add_customer (fixture->store, spaced, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (bd_customer_get_name (spaced), ==, "Am\xc3\xa9lie 王");
  g_assert_cmpint (bd_test_query_int (fixture->path, "SELECT count(*) FROM customer "
                                      "WHERE name = 'Am\xc3\xa9lie 王'"), ==, 1);

  g_assert_false (bd_store_set_setting (fixture->store, "branch-name", "南京\xff", &error));
  g_assert_error (error, BD_TEXT_ERROR, BD_TEXT_ERROR_NOT_UTF8);
  g_clear_error (&error);
  g_assert_false (bd_store_set_setting (fixture->store, "branch-name", "南京\n分公司", &error));
  g_assert_error (error, BD_TEXT_ERROR, BD_TEXT_ERROR_CONTROL);
  g_clear_error (&error);
  g_assert_false (bd_store_set_setting (fixture->store, "branch-name", long_note, &error));
  g_assert_error (error, BD_TEXT_ERROR, BD_TEXT_ERROR_TOO_LONG);
}

static void
append_audit_rows (BdStore *store,
                   guint    n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *detail = g_strdup_printf ("row %u", i);

      g_assert_true (bd_store_append_audit (store, 0, "test", NULL, 0, 0, detail, NULL));
    }
}

/* A rewritten, inserted or back-dated audit row is reported by `check`, from the first
 * row that no longer follows; dropped protection is reported and put back by the next
 * desk to open the file (issue 9, "a tamper-evident audit log"). */
static void
test_audit_chain (Fixture       *fixture,
                  gconstpointer  data)
{
  append_audit_rows (fixture->store, 6);
  g_assert_cmpuint (count_check_problems (fixture->path, "audit"), ==, 0);
  g_clear_object (&fixture->store);

  /* Someone who can write the file drops the protection and rewrites row 3. */
  bd_test_exec (fixture->path, "DROP TRIGGER audit_log_no_update;"
                               "UPDATE audit_log SET detail = 'forged' WHERE id = 3");
  g_assert_cmpuint (count_check_problems (fixture->path, "changed at row 3"), ==, 1);
  g_assert_cmpuint (count_check_problems (fixture->path, "changed at row"), ==, 1);
  g_assert_cmpuint (count_check_problems (fixture->path, "protection"), ==, 1);

  /* A desk opening the file puts the protection back, and says so in the log. */
  fixture->store = bd_store_open (fixture->path, bd_test_key (), NULL);
  g_assert_nonnull (fixture->store);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "audit-protection-restored", NULL), ==, 1);
  g_clear_object (&fixture->store);
  g_assert_cmpuint (count_check_problems (fixture->path, "protection"), ==, 0);

  /* A row slipped in with an earlier date and no true hash. */
  bd_test_exec (fixture->path, "INSERT INTO audit_log (at, action, detail, hash) VALUES "
                               "('2001-01-01T00:00:00Z', 'test', 'slipped in', 'x')");
  g_assert_cmpuint (count_check_problems (fixture->path, "before the row before it"), ==, 1);
  fixture->store = bd_store_open (fixture->path, bd_test_key (), NULL);
}

/* A file whose audit log was dropped is not a branch any more for the check. */
static void
test_audit_dropped (Fixture       *fixture,
                    gconstpointer  data)
{
  append_audit_rows (fixture->store, 2);
  g_clear_object (&fixture->store);
  bd_test_exec (fixture->path, "DROP TABLE audit_log");
  g_assert_cmpuint (count_check_problems (fixture->path, "has been dropped"), ==, 1);
}

static void
test_violation_rolls_back_everything (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(BdCustomer) first = make_customer ("张三", "11010519491231002X", "1949-12-31",
                                               BD_SEX_FEMALE, "13812345678");
  g_autoptr(BdPolicy) policy = bd_policy_new ();
  g_autoptr(BdBeneficiary) good = bd_beneficiary_new ();
  g_autoptr(BdBeneficiary) bad = bd_beneficiary_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  gint64 product;

  add_customer (fixture, first);
  product = bd_store_add_product (fixture->store, "L01", "终身寿险", BD_PRODUCT_LIFE, 0, &error);
  g_assert_no_error (error);

  /* Settle everything into the main file, so that its bytes can be compared. */
  g_clear_object (&fixture->store);
  before = bd_test_file_checksum (fixture->path);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  fixture->store = bd_store_open (fixture->path, bd_test_key (), &error);
  g_assert_no_error (error);

  bd_policy_set_number (policy, "8820250000000001");
  bd_policy_set_product_id (policy, product);
  bd_policy_set_policyholder_id (policy, bd_customer_get_id (first));
  bd_policy_set_insured_id (policy, bd_customer_get_id (first));
  bd_policy_set_effective_date (policy, "2025-01-01");
  bd_policy_set_status (policy, BD_POLICY_IN_FORCE);
  bd_beneficiary_set_customer_id (good, bd_customer_get_id (first));
  bd_beneficiary_set_share (good, 5000);
  bd_policy_add_beneficiary (policy, good);
  /* The second beneficiary is neither a person nor the legal heirs: the schema's rule
   * refuses it after the policy row and the first beneficiary went in. */
  bd_beneficiary_set_legal_heirs (bad, FALSE);
  bd_beneficiary_set_customer_id (bad, 0);
  bd_policy_add_beneficiary (policy, bad);

  g_assert_false (bd_store_add_policy (fixture->store, policy, &error));
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (bd_policy_get_id (policy), ==, 0);
  g_assert_cmpint (bd_test_query_int (fixture->path, "SELECT count(*) FROM policy"), ==, 0);
  g_assert_cmpint (bd_test_query_int (fixture->path, "SELECT count(*) FROM beneficiary"), ==, 0);

  g_clear_object (&fixture->store);
  after = bd_test_file_checksum (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_second_connection_sees_committed_only (Fixture       *fixture,
                                            gconstpointer  data)
{
  g_autoptr(BdStore) other = NULL;
  g_autoptr(GListModel) seen = NULL;
  g_autoptr(GError) error = NULL;

  other = bd_store_open (fixture->path, bd_test_key (), &error);
  g_assert_no_error (error);

  g_assert_true (bd_store_begin_bulk (fixture->store, &error));
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("批量%u", i);
      g_autoptr(BdCustomer) customer = make_customer (name, NULL, NULL, BD_SEX_MALE, NULL);
      add_customer (fixture, customer);
    }

  /* Inside the open transaction the other desk sees nothing yet. */
  seen = bd_store_search_customers (other, "批量", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (seen), ==, 0);
  g_clear_object (&seen);

  g_assert_true (bd_store_end_bulk (fixture->store, TRUE, &error));
  g_assert_no_error (error);
  seen = bd_store_search_customers (other, "批量", 10, &error);
  g_assert_cmpuint (g_list_model_get_n_items (seen), ==, 3);
  g_clear_object (&seen);

  /* A bulk that ends without commit leaves nothing behind. */
  g_assert_true (bd_store_begin_bulk (fixture->store, &error));
  {
    g_autoptr(BdCustomer) customer = make_customer ("撤回", NULL, NULL, BD_SEX_MALE, NULL);
    add_customer (fixture, customer);
  }
  g_assert_false (bd_store_end_bulk (fixture->store, FALSE, &error));
  seen = bd_store_search_customers (other, "撤回", 10, &error);
  g_assert_cmpuint (g_list_model_get_n_items (seen), ==, 0);
}

/* A bulk checks its foreign keys once, at its end: one that names a customer not there
 * is not committed, and the keys are checked row by row again after it. */
static void
test_bulk_checks_foreign_keys (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdPolicy) orphan = NULL;
  g_autoptr(BdPolicy) again = NULL;
  gint64 product = bd_store_add_product (fixture->store, "L01", "终身寿险", BD_PRODUCT_LIFE, 0,
                                         &error);

  g_assert_no_error (error);
  g_assert_true (bd_store_begin_bulk (fixture->store, &error));
  orphan = bd_test_policy_new_standard ("882000000001", product, 424242, 424242);
  /* Within the bulk the row goes in: nothing is looked up yet. */
  g_assert_true (bd_store_add_policy (fixture->store, orphan, &error));
  g_assert_no_error (error);
  g_assert_false (bd_store_end_bulk (fixture->store, TRUE, &error));
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (bd_test_query_int (fixture->path, "SELECT count(*) FROM policy"), ==, 0);

  again = bd_test_policy_new_standard ("882000000002", product, 424242, 424242);
  g_assert_false (bd_store_add_policy (fixture->store, again, &error));
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT);
}

/* Searching @text finds @n customers, without an error. */
static void
assert_found (Fixture    *fixture,
              const char *text,
              guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = bd_store_search_customers (fixture->store, text, 10, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, n);
}

static void
test_search_kinds (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BdCustomer) a = make_customer ("王小明", "11010519491231002X", "1949-12-31",
                                           BD_SEX_FEMALE, "13812345678");
  g_autoptr(BdCustomer) b = make_customer ("王小", "440524188001010014", "1880-01-01",
                                           BD_SEX_MALE, "13900005678");
  g_autoptr(BdCustomer) c = make_customer ("李四", "320102199001011234", "1990-01-01",
                                           BD_SEX_MALE, "13700001111");
  g_autoptr(GListModel) found = NULL;
  g_autoptr(BdCustomer) first = NULL;
  g_autoptr(GError) error = NULL;

  add_customer (fixture, a);
  add_customer (fixture, b);
  add_customer (fixture, c);

  /* The exact name comes before the names that begin with it. */
  found = bd_store_search_customers (fixture->store, "王小", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 2);
  first = g_list_model_get_item (found, 0);
  g_assert_cmpstr (bd_customer_get_name (first), ==, "王小");
  g_clear_object (&found);

  assert_found (fixture, "5678", 2);
  assert_found (fixture, " 13700001111 ", 1);
  assert_found (fixture, "11010519491231002x", 1);
  /* The last four characters of an identity number, with its X. */
  assert_found (fixture, "002X", 1);
  assert_found (fixture, "赵", 0);
}

static void
test_customer_round_trip (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(BdCustomer) customer = make_customer ("陈静", "11010519491231002X", "1949-12-31",
                                                  BD_SEX_FEMALE, "13812345678");
  g_autoptr(BdCustomer) back = NULL;
  g_autoptr(GError) error = NULL;

  bd_customer_set_address (customer, "江苏省南京市玄武区中山路1号");
  bd_customer_set_id_valid_until (customer, "2030-06-30");
  bd_customer_set_landline (customer, "025-84561234");
  bd_customer_set_vip (customer, TRUE);
  add_customer (fixture, customer);

  back = bd_store_get_customer (fixture->store, bd_customer_get_id (customer), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bd_customer_get_name (back), ==, "陈静");
  g_assert_cmpint (bd_customer_get_sex (back), ==, BD_SEX_FEMALE);
  g_assert_cmpstr (bd_customer_get_birth_date (back), ==, "1949-12-31");
  g_assert_cmpstr (bd_customer_get_id_number (back), ==, "11010519491231002X");
  g_assert_cmpstr (bd_customer_get_id_valid_until (back), ==, "2030-06-30");
  g_assert_cmpstr (bd_customer_get_mobile (back), ==, "13812345678");
  g_assert_cmpstr (bd_customer_get_landline (back), ==, "025-84561234");
  g_assert_cmpstr (bd_customer_get_address (back), ==, "江苏省南京市玄武区中山路1号");
  g_assert_true (bd_customer_get_vip (back));
  g_clear_object (&back);

  back = bd_store_get_customer (fixture->store, 999999, &error);
  g_assert_null (back);
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND);
}

static void
test_audit_is_append_only (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_true (bd_store_append_audit (fixture->store, 0, "test-action", "customer", 0, 0,
                                        "detail", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "test-action", NULL), ==, 1);

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM audit_log", NULL, NULL, &message), !=, SQLITE_OK);
  g_assert_nonnull (strstr (message, "append-only"));
  sqlite3_free (message);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE audit_log SET action = 'x'", NULL, NULL, NULL), !=, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "test-action", NULL), ==, 1);
}

static void
test_settings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *value = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (bd_store_dup_setting (fixture->store, "branch-name"));
  g_assert_true (bd_store_set_setting (fixture->store, "branch-name", "南京分公司", &error));
  g_assert_true (bd_store_set_setting (fixture->store, "branch-name", "苏州分公司", &error));
  value = bd_store_dup_setting (fixture->store, "branch-name");
  g_assert_cmpstr (value, ==, "苏州分公司");
}

/* "Today" is the branch's day: 25 hours apart, Kiritimati and Pago Pago never share one. */
static void
test_today_in_the_branch (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *iso = NULL;
  GDate east, west;

  g_assert_true (bd_store_set_setting (fixture->store, "time-zone", "Pacific/Kiritimati", NULL));
  bd_store_get_today (fixture->store, &east);
  g_assert_true (bd_store_set_setting (fixture->store, "time-zone", "Pacific/Pago_Pago", NULL));
  bd_store_get_today (fixture->store, &west);
  g_assert_true (g_date_valid (&east));
  g_assert_cmpint (g_date_days_between (&west, &east), >=, 1);
  g_assert_cmpint (g_date_days_between (&west, &east), <=, 2);

  iso = bd_store_dup_today_iso (fixture->store);
  g_assert_cmpuint (strlen (iso), ==, 10);
}

/* ── a busy or damaged file is an error, never "not found" ────────────────────── */

/* A household of two, 陈大文 (head) and 张美丽, and a policy of his naming her; the ids
 * in @ids: head, spouse, outsider, policy. */
static void
add_family (Fixture *fixture,
            gint64   ids[4])
{
  g_autoptr(BdCustomer) head = make_customer ("陈大文", "320102198005060017", "1980-05-06",
                                              BD_SEX_MALE, "13912340001");
  g_autoptr(BdCustomer) spouse = make_customer ("张美丽", "320102198203040020", "1982-03-04",
                                                BD_SEX_FEMALE, "13912340002");
  g_autoptr(BdCustomer) outsider = make_customer ("李外人", "320102197501010014", "1975-01-01",
                                                  BD_SEX_MALE, NULL);
  g_autoptr(BdPolicy) policy = NULL;
  g_autoptr(GError) error = NULL;
  gint64 product;

  add_customer (fixture, head);
  add_customer (fixture, spouse);
  add_customer (fixture, outsider);
  bd_test_add_household (fixture->store, "陈家", (BdTestMember[]) {
                           { bd_customer_get_id (head), BD_RELATION_SELF },
                           { bd_customer_get_id (spouse), BD_RELATION_SPOUSE },
                         }, 2);

  product = bd_store_add_product (fixture->store, "L01", "鸿福终身寿险", BD_PRODUCT_LIFE, 0, &error);
  g_assert_no_error (error);
  policy = bd_test_policy_new ("8820200000000001", product, bd_customer_get_id (head),
                               bd_customer_get_id (head), "2020-03-01", BD_POLICY_IN_FORCE);
  bd_policy_set_sum_insured (policy, 50000000);
  bd_policy_set_premium (policy, 600000);
  bd_policy_set_frequency (policy, BD_FREQUENCY_ANNUAL);
  bd_test_policy_add_beneficiary (policy, bd_customer_get_id (spouse), 10000);

  ids[0] = bd_customer_get_id (head);
  ids[1] = bd_customer_get_id (spouse);
  ids[2] = bd_customer_get_id (outsider);
  ids[3] = bd_test_add_policy (fixture->store, policy);
}

/* Another desk in the middle of a write: its transaction holds the write lock with a row
 * not yet committed. A plain connection, as another program would open the file. */
static sqlite3 *
hold_write_lock (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE; "
                                     "INSERT INTO setting (key, value) VALUES ('held', 'yes')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  return db;
}

static void
release_write_lock (sqlite3 *db)
{
  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
assert_busy (GError *error)
{
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "The database is busy"));
}

/* The file is WAL (as every desk opens it), so a reader never waits for a writer: while
 * another desk holds the write lock the store still reads what was committed, and each
 * write it tries fails as busy — not as a conflict, a missing member or a missing row.
 * No read can be made busy this way: in WAL every open connection keeps a SHARED lock on
 * the database file, so the EXCLUSIVE lock that would hold readers off (PRAGMA
 * locking_mode = EXCLUSIVE and a write) cannot be taken while the store is open; the
 * read path is tested with a failing read below (read-errors). */
static void
test_busy_writes_say_busy (Fixture       *fixture,
                           gconstpointer  data)
{
  const BdProtectionNeed need = { 20000000, 0, 10 };
  g_autoptr(BdCustomer) newcomer = make_customer ("王新", NULL, NULL, BD_SEX_MALE, NULL);
  g_autoptr(BdCustomer) read = NULL;
  g_autoptr(BdHousehold) household = NULL;
  g_autoptr(GListModel) policies = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[4];
  sqlite3 *other;
  BdServiceClass service_class;

  add_family (fixture, ids);
  /* Five seconds for a person at the counter; a test need not wait that long. */
  bd_store_set_busy_timeout (fixture->store, 50);
  other = hold_write_lock (fixture->path);

  g_assert_false (bd_store_add_customer (fixture->store, newcomer, &error));
  assert_busy (error);
  g_assert_cmpint (bd_customer_get_id (newcomer), ==, 0);
  g_clear_error (&error);

  household = bd_store_get_household_of (fixture->store, ids[0], &error);
  g_assert_no_error (error);
  g_assert_nonnull (household);
  g_assert_false (bd_store_add_household_member (fixture->store, bd_household_get_id (household),
                                                 ids[2], BD_RELATION_SIBLING, 0, "同住",
                                                 &error));
  assert_busy (error);
  g_clear_error (&error);
  g_assert_false (bd_store_remove_household_member (fixture->store,
                                                    bd_household_get_id (household), ids[1], 0,
                                                    "离婚", &error));
  assert_busy (error);
  g_clear_error (&error);
  g_assert_false (bd_store_set_household_need (fixture->store, bd_household_get_id (household),
                                               &need, 0, &error));
  assert_busy (error);
  g_clear_error (&error);
  g_assert_false (bd_store_record_tracing (fixture->store, ids[3], BD_TRACING_PHONE, FALSE,
                                           "无人接听", 0, &service_class, &error));
  assert_busy (error);
  g_clear_error (&error);
  g_assert_false (bd_store_append_audit (fixture->store, 0, "customer-opened", "customer",
                                         ids[0], ids[0], NULL, &error));
  assert_busy (error);
  g_clear_error (&error);

  /* What was committed before is all there, in full. */
  read = bd_store_get_customer (fixture->store, ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bd_customer_get_name (read), ==, "陈大文");
  policies = bd_store_list_policies_of (fixture->store, ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (policies), ==, 1);
  found = bd_store_search_customers (fixture->store, "陈大文", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  g_clear_object (&found);

  /* Once the other desk is done, the same write goes through. */
  release_write_lock (other);
  g_assert_true (bd_store_add_customer (fixture->store, newcomer, &error));
  g_assert_no_error (error);
  found = bd_store_search_customers (fixture->store, "王新", 10, &error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
}

/* The step itself: SQLITE_BUSY, extended or not, is BD_STORE_ERROR_BUSY, and the
 * statement tells an error from its last row. */
static void
test_step_keeps_busy_apart (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char get_sql[] = "SELECT value FROM setting WHERE key = :key";
  static const char set_sql[] = "UPDATE setting SET value = :value WHERE key = :key";
  g_autoptr(GError) error = NULL;
  BdDbStmt *stmt;
  sqlite3 *other;

  bd_store_set_busy_timeout (fixture->store, 50);
  g_assert_true (bd_store_set_setting (fixture->store, "branch-name", "南京分公司", &error));

  stmt = bd_store_prepare (fixture->store, get_sql, &error);
  g_assert_no_error (error);
  bd_db_bind_text (stmt, ":key", "branch-name");
  g_assert_cmpint (bd_db_step (stmt, &error), ==, BD_STEP_ROW);
  g_assert_cmpint (bd_db_step (stmt, &error), ==, BD_STEP_DONE);
  g_assert_no_error (error);
  bd_db_reset (stmt);

  other = hold_write_lock (fixture->path);
  stmt = bd_store_prepare (fixture->store, set_sql, &error);
  g_assert_no_error (error);
  bd_db_bind_text (stmt, ":key", "branch-name");
  bd_db_bind_text (stmt, ":value", "苏州分公司");
  g_assert_cmpint (bd_db_step (stmt, &error), ==, BD_STEP_ERROR);
  bd_db_reset (stmt);
  assert_busy (error);
  release_write_lock (other);
}

/* Damages the file from another connection, as a broken disk or another program would. */
static void
damage (const char *path,
        const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* A read of a damaged file answers nothing and says it failed. */
static void
assert_read_failed (gpointer   answer,
                    GError   **error)
{
  g_assert_null (answer);
  g_assert_error (*error, BD_STORE_ERROR, BD_STORE_ERROR_FAILED);
  g_clear_error (error);
}

/* A read that fails after it started: the store's statements are already prepared, so
 * the failure comes from the step, where "no row" used to be taken for "not there". */
static void
test_read_errors_are_not_not_found (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(BdCustomer) customer = NULL;
  g_autoptr(BdHousehold) household = NULL;
  g_autoptr(GListModel) policies = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(BdStaff) staff = bd_staff_new ();
  g_autoptr(BdStaff) staff_read = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[4];

  add_family (fixture, ids);
  bd_staff_set_login (staff, "tester");
  bd_staff_set_name (staff, "测试员");
  g_assert_true (bd_store_add_staff (fixture->store, staff, NULL, &error));

  /* Every read once, so that each statement is prepared and kept. */
  policies = bd_store_list_policies_of (fixture->store, ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (policies), ==, 1);
  g_clear_object (&policies);
  household = bd_store_get_household_of (fixture->store, ids[0], &error);
  g_assert_no_error (error);
  g_assert_nonnull (household);
  g_clear_object (&household);
  staff_read = bd_store_find_staff (fixture->store, "tester", &error);
  g_assert_no_error (error);
  g_assert_nonnull (staff_read);
  g_clear_object (&staff_read);
  customer = bd_store_get_customer (fixture->store, ids[0], &error);
  g_assert_no_error (error);
  g_clear_object (&customer);

  /* Not a policy without beneficiaries. */
  damage (fixture->path, "ALTER TABLE beneficiary RENAME TO beneficiary_lost");
  policies = bd_store_list_policies_of (fixture->store, ids[0], &error);
  assert_read_failed (policies, &error);

  /* Not "no household". */
  damage (fixture->path, "ALTER TABLE household_member RENAME TO household_member_lost");
  household = bd_store_get_household_of (fixture->store, ids[0], &error);
  assert_read_failed (household, &error);

  /* Not a wrong login. */
  damage (fixture->path, "ALTER TABLE staff RENAME TO staff_lost");
  staff_read = bd_store_find_staff (fixture->store, "tester", &error);
  assert_read_failed (staff_read, &error);

  /* Not "No customer has the number N", and no empty search. */
  damage (fixture->path, "ALTER TABLE customer RENAME TO customer_lost");
  customer = bd_store_get_customer (fixture->store, ids[0], &error);
  g_assert_null (customer);
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_FAILED);
  g_assert_null (strstr (error->message, "No customer"));
  g_clear_error (&error);
  found = bd_store_search_customers (fixture->store, "陈大文", 10, &error);
  g_assert_null (found);
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_FAILED);
}

/* ── backups (issue 9, "Backups that restore") ─────────────────────────────────── */

static gint64
count_customers (const char *path)
{
  return bd_test_query_int (path, "SELECT count(*) FROM customer");
}

/* A backup is the committed state at one instant: another desk's write still open is not
 * in it, and a second desk's commit between two backups is in the second one only. Each
 * copy passes the verification. */
static void
test_backup_consistent_while_writing (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autofree char *first = g_build_filename (fixture->folder, "first.db", NULL);
  g_autofree char *second = g_build_filename (fixture->folder, "second.db", NULL);
  g_autoptr(BdStore) other = NULL;
  g_autoptr(BdStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  bd_test_add_person (fixture->store, "王一", BD_SEX_MALE, NULL, NULL, NULL);
  bd_test_add_person (fixture->store, "王二", BD_SEX_FEMALE, NULL, NULL, NULL);
  other = bd_store_open (fixture->path, bd_test_key (), &error);
  g_assert_no_error (error);

  /* The other desk is in the middle of a write while the copy is taken. */
  g_assert_true (bd_store_begin_bulk (other, &error));
  bd_test_add_person (other, "王三", BD_SEX_MALE, NULL, NULL, NULL);
  g_assert_true (bd_store_backup (fixture->store, first, &error));
  g_assert_no_error (error);
  g_assert_true (bd_store_end_bulk (other, TRUE, &error));
  bd_test_add_person (other, "王四", BD_SEX_FEMALE, NULL, NULL, NULL);
  g_assert_true (bd_store_backup (fixture->store, second, &error));

  g_assert_cmpint (count_customers (first), ==, 2);
  g_assert_cmpint (count_customers (second), ==, 4);
  g_assert_cmpint (g_stat (first, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  copy = bd_store_open_read_only (second, bd_test_key (), &error);
  g_assert_no_error (error);
  g_assert_true (bd_store_verify_copy (copy, &error));
  g_assert_no_error (error);
}

/* One copy per day of the branch, the newest N kept, nothing else in the folder touched;
 * the branch records when and the audit log to which file. */
static void
test_backup_folder_keeps_days (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->folder, "backups", "daily", NULL);
  g_autofree char *notes = g_build_filename (folder, "notes.txt", NULL);
  const char *days[] = { "2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *last = NULL;
  GStatBuf buf;
  guint n_files = 0;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree char *at = g_strdup_printf ("%sT20:00:00+08:00", days[i]);
      g_autofree char *copy = NULL;
      g_autofree char *expected = NULL;

      bd_test_clock_fix (at);
      bd_test_add_person (fixture->store, days[i], BD_SEX_MALE, NULL, NULL, NULL);
      copy = bd_store_backup_to_folder (fixture->store, folder, 2, &error);
      g_assert_no_error (error);
      expected = g_strdup_printf ("%s/branch-%s.db", folder, days[i]);
      g_assert_cmpstr (copy, ==, expected);
      g_assert_cmpint (count_customers (copy), ==, i + 1);
      if (i == 0)
        g_assert_true (g_file_set_contents (notes, "kept", -1, NULL));
    }
  /* A second backup the same day replaces that day's copy. */
  bd_test_add_person (fixture->store, "同日", BD_SEX_MALE, NULL, NULL, NULL);
  g_free (bd_store_backup_to_folder (fixture->store, folder, 2, &error));
  g_assert_no_error (error);

  dir = g_dir_open (folder, 0, NULL);
  /* The -shm and -wal beside a copy are this test's reading it (bd_test_query_int). */
  for (const char *name; (name = g_dir_read_name (dir)) != NULL; )
    {
      if (g_str_has_suffix (name, "-shm") || g_str_has_suffix (name, "-wal"))
        continue;
      n_files++;
      if (!g_str_equal (name, "branch-2026-11-22.db") &&
          !g_str_equal (name, "branch-2026-11-23.db") && !g_str_equal (name, "notes.txt"))
        g_error ("%s was left in the backup folder", name);
    }
  g_assert_cmpuint (n_files, ==, 3);
  {
    g_autofree char *today = g_build_filename (folder, "branch-2026-11-23.db", NULL);
    g_assert_cmpint (count_customers (today), ==, 5);
    g_assert_cmpint (g_stat (today, &buf), ==, 0);
    g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  }
  g_assert_cmpint (g_stat (folder, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);

  last = bd_store_dup_setting (fixture->store, "last-backup-at");
  g_assert_cmpstr (last, ==, "2026-11-23T12:00:00Z");
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "backup-taken", NULL), ==, 5);
}

/* A copy whose audit log was rewritten is not whole; a share that does not add up is the
 * data's own business (check says it) and not the copy's fault. */
static void
test_backup_verify_looks_at_the_file_only (Fixture       *fixture,
                                           gconstpointer  data)
{
  g_autofree char *copy_path = g_build_filename (fixture->folder, "copy.db", NULL);
  g_autoptr(BdStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  guint n_problems = 0;

  bd_test_add_staff (fixture->store, "clerk", "柜员", BD_ROLE_COUNTER, NULL, NULL);
  g_assert_true (bd_store_append_audit (fixture->store, 0, "sign-in", NULL, 0, 0, "a", NULL));
  g_assert_true (bd_store_append_audit (fixture->store, 0, "sign-in", NULL, 0, 0, "b", NULL));
  /* A rule of the data broken: an identity number that fails its check digit. */
  bd_test_add_person (fixture->store, "李错号", BD_SEX_MALE, "1949-12-31",
                      "110105194912310021", NULL);
  g_assert_true (bd_store_check (fixture->store, NULL, NULL, &n_problems, NULL));
  g_assert_cmpuint (n_problems, >, 0);
  g_assert_true (bd_store_backup (fixture->store, copy_path, &error));
  copy = bd_store_open_read_only (copy_path, bd_test_key (), &error);
  g_assert_true (bd_store_verify_copy (copy, &error));
  g_assert_no_error (error);
  g_clear_object (&copy);

  bd_test_exec (copy_path, "DROP TRIGGER audit_log_no_update; "
                           "UPDATE audit_log SET detail = 'forged' WHERE detail = 'a'");
  copy = bd_store_open_read_only (copy_path, bd_test_key (), &error);
  g_assert_false (bd_store_verify_copy (copy, &error));
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_DATABASE);
}

/* The restore of a backup made by the schema before: verified, put in place, brought up
 * to date; the replaced file is kept, and the restored file has the backup's records. */
static void
test_restore_older_schema (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->folder, "old-backup.db", NULL);
  g_autofree char *replaced = NULL;
  g_autoptr(BdStore) old = NULL;
  g_autoptr(BdStore) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  g_auto(GStrv) left = NULL;

  bd_test_add_person (fixture->store, "现在", BD_SEX_MALE, NULL, NULL, NULL);
  g_clear_object (&fixture->store);

  old = bd_store_open_with_schema (backup, BD_STORE_SCHEMA_VERSION - 1, bd_test_key (), &error);
  g_assert_no_error (error);
  g_clear_object (&old);
  /* Schema 8 chained its audit rows: a row is added as it wrote them. */
  bd_test_exec (backup, "INSERT INTO setting (key, value) VALUES ('branch-name', '旧分公司')");
  {
    /* The schema before may be sealed already (schema 9 on): then it needs its key. */
    g_autoptr(BdStore) writer = bd_store_open_with_schema (backup, BD_STORE_SCHEMA_VERSION - 1,
                                                           BD_STORE_SCHEMA_VERSION - 1 >= BD_STORE_SEALED_SCHEMA
                                                             ? bd_test_key () : NULL,
                                                           &error);
    g_assert_no_error (error);
    g_assert_true (bd_store_append_audit (writer, 0, "sign-in", NULL, 0, 0, "old", &error));
  }

  g_assert_true (bd_store_restore (backup, fixture->path, bd_test_key (), &replaced, &error));
  g_assert_no_error (error);
  g_assert_nonnull (replaced);
  g_assert_true (g_str_has_prefix (replaced, fixture->path));
  g_assert_cmpint (count_customers (replaced), ==, 1);
  /* The backup itself is left as it was, and nothing is left beside it or the database. */
  {
    g_autofree char *backup_wal = g_strconcat (backup, "-wal", NULL);
    g_autofree char *staging = g_strconcat (fixture->path, ".restoring", NULL);
    g_autofree char *staging_bak = g_strdup_printf ("%s.schema-%u.bak", staging,
                                                    BD_STORE_SCHEMA_VERSION - 1);

    g_assert_false (g_file_test (backup_wal, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (staging, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (staging_bak, G_FILE_TEST_EXISTS));
  }
  g_assert_cmpint (bd_test_query_int (backup, "PRAGMA user_version"), ==,
                   BD_STORE_SCHEMA_VERSION - 1);

  restored = bd_store_open (fixture->path, bd_test_key (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bd_store_get_schema_version (restored), ==, BD_STORE_SCHEMA_VERSION);
  g_assert_null (bd_store_get_migration_backup (restored));
  value = bd_store_dup_setting (restored, "branch-name");
  g_assert_cmpstr (value, ==, "旧分公司");
  g_assert_cmpint (count_customers (fixture->path), ==, 0);
  g_assert_cmpint (bd_test_query_int (fixture->path, "SELECT count(*) FROM audit_log "
                                      "WHERE hash IS NULL"), ==, 0);
}

/* Nothing is replaced when the backup is damaged or another desk has the database open. */
static void
test_restore_refuses (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->folder, "backup.db", NULL);
  g_autofree char *truncated = g_build_filename (fixture->folder, "truncated.db", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  char *replaced = NULL;
  gsize length;

  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *name = g_strdup_printf ("客户%u", i);
      bd_test_add_person (fixture->store, name, BD_SEX_MALE, NULL, NULL, NULL);
    }
  g_assert_true (bd_store_backup (fixture->store, backup, &error));
  bd_test_add_person (fixture->store, "之后", BD_SEX_MALE, NULL, NULL, NULL);

  /* The store is open: this desk has the database. */
  g_assert_false (bd_store_restore (backup, fixture->path, bd_test_key (), &replaced, &error));
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_BUSY);
  g_assert_null (replaced);
  g_clear_error (&error);
  g_assert_cmpint (count_customers (fixture->path), ==, 51);

  g_clear_object (&fixture->store);
  g_assert_true (g_file_get_contents (backup, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (truncated, contents, length / 2, NULL));
  g_assert_true (g_file_get_contents (fixture->path, &before, NULL, NULL));
  g_assert_false (bd_store_restore (truncated, fixture->path, bd_test_key (), &replaced, &error));
  g_assert_nonnull (error);
  g_assert_null (replaced);
  g_assert_true (g_file_get_contents (fixture->path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (count_customers (fixture->path), ==, 51);
}

/* A database whose header was overwritten is what a restore is often for: it is set aside
 * with its -wal, which must not be replayed into the restored file. */
static void
test_restore_over_damaged_file (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->folder, "backup.db", NULL);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *replaced = NULL;
  g_autofree char *replaced_wal = NULL;
  g_autoptr(GError) error = NULL;
  FILE *file;

  bd_test_add_person (fixture->store, "备份里", BD_SEX_MALE, NULL, NULL, NULL);
  g_assert_true (bd_store_backup (fixture->store, backup, &error));
  g_clear_object (&fixture->store);
  file = g_fopen (fixture->path, "r+");
  g_assert_nonnull (file);
  fputs ("not a database header, not a database header", file);
  fclose (file);
  g_assert_true (g_file_set_contents (wal, "a stale log", -1, NULL));

  g_assert_true (bd_store_restore (backup, fixture->path, bd_test_key (), &replaced, &error));
  g_assert_no_error (error);
  replaced_wal = g_strconcat (replaced, "-wal", NULL);
  g_assert_true (g_file_test (replaced_wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_customers (fixture->path), ==, 1);
}

/* The desk warns an administrator when the last good backup is missing or more than a
 * day old (issue 9). */
static void
test_backup_is_due (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-11-25T09:00:00Z", NULL);
  g_autoptr(GDateTime) still = g_date_time_add_hours (now, 23);
  g_autoptr(GDateTime) late = g_date_time_add_seconds (now, 24 * 3600 + 1);

  g_assert_true (bd_store_backup_is_due (fixture->store, now));
  g_assert_true (bd_store_set_setting (fixture->store, "last-backup-at",
                                       "2026-11-25T09:00:00Z", NULL));
  g_assert_false (bd_store_backup_is_due (fixture->store, now));
  g_assert_false (bd_store_backup_is_due (fixture->store, still));
  g_assert_true (bd_store_backup_is_due (fixture->store, late));
  g_assert_true (bd_store_set_setting (fixture->store, "last-backup-at", "yesterday", NULL));
  g_assert_true (bd_store_backup_is_due (fixture->store, now));
}

/* Staff, households and the reasons of household changes enter the core as customers'
 * texts do (bd_text_clean). */
static void
test_people_texts_checked (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStaff) staff = bd_staff_new ();
  g_autoptr(BdHousehold) household = bd_household_new ();
  g_autoptr(BdHousehold) stored = NULL;
  gint64 ids[4];

  bd_staff_set_login (staff, "clerk");
  bd_staff_set_name (staff, "\xF0");
  g_assert_false (bd_store_add_staff (fixture->store, staff, NULL, &error));
  g_assert_error (error, BD_TEXT_ERROR, BD_TEXT_ERROR_NOT_UTF8);
  g_clear_error (&error);
  g_assert_cmpint (bd_test_query_int (fixture->path, "SELECT count(*) FROM staff"), ==, 0);
  bd_staff_set_name (staff, " 王芳 ");
  g_assert_true (bd_store_add_staff (fixture->store, staff, NULL, &error));
  g_assert_cmpstr (bd_staff_get_name (staff), ==, "王芳");

  bd_household_set_name (household, "王家\x07");
  g_assert_false (bd_store_add_household (fixture->store, household, &error));
  g_assert_error (error, BD_TEXT_ERROR, BD_TEXT_ERROR_CONTROL);
  g_clear_error (&error);

  add_family (fixture, ids);
  stored = bd_store_get_household_of (fixture->store, ids[0], &error);
  g_assert_no_error (error);
  g_assert_false (bd_store_remove_household_member (fixture->store,
                                                    bd_household_get_id (stored), ids[1], 0,
                                                    "离\xe8", &error));
  g_assert_nonnull (error);
  g_assert_cmpint (bd_test_query_int (fixture->path, "SELECT count(*) FROM household_member "
                                      "WHERE left_at IS NOT NULL"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  BD_TEST_ADD ("/store/text/checked", test_text_checked);
  BD_TEST_ADD ("/store/text/people", test_people_texts_checked);
  BD_TEST_ADD ("/store/audit/chain", test_audit_chain);
  BD_TEST_ADD ("/store/audit/dropped", test_audit_dropped);

  BD_TEST_ADD ("/store/migrations/from-empty", test_migrations_from_empty);
  g_test_add_func ("/store/migrations/from-every-version", test_migrations_from_every_version);
  BD_TEST_ADD ("/store/open/wal-and-foreign-keys", test_wal_and_foreign_keys);
  g_test_add_func ("/store/open/newer-schema-refused", test_newer_schema_refused);
  g_test_add_func ("/store/open/not-a-database", test_not_a_database);
  g_test_add_func ("/store/open/missing-refused", test_missing_refused);
  g_test_add_func ("/store/open/foreign-refused", test_foreign_files_refused);
  g_test_add_func ("/store/open/read-only-changes-nothing", test_read_only_changes_nothing);
  g_test_add_func ("/store/create/private-and-marked", test_create_private_and_marked);
  BD_TEST_ADD ("/store/transaction/violation-rolls-back", test_violation_rolls_back_everything);
  BD_TEST_ADD ("/store/transaction/second-connection", test_second_connection_sees_committed_only);
  BD_TEST_ADD ("/store/transaction/bulk-foreign-keys", test_bulk_checks_foreign_keys);
  BD_TEST_ADD ("/store/customer/round-trip", test_customer_round_trip);
  BD_TEST_ADD ("/store/search/kinds", test_search_kinds);
  BD_TEST_ADD ("/store/audit/append-only", test_audit_is_append_only);
  BD_TEST_ADD ("/store/settings", test_settings);
  BD_TEST_ADD ("/store/today-in-the-branch", test_today_in_the_branch);
  BD_TEST_ADD ("/store/busy/writes-say-busy", test_busy_writes_say_busy);
  BD_TEST_ADD ("/store/busy/step-keeps-busy-apart", test_step_keeps_busy_apart);
  BD_TEST_ADD ("/store/read-errors/not-not-found", test_read_errors_are_not_not_found);
  BD_TEST_ADD ("/store/backup/consistent-while-writing", test_backup_consistent_while_writing);
  BD_TEST_ADD ("/store/backup/folder-keeps-days", test_backup_folder_keeps_days);
  BD_TEST_ADD ("/store/backup/verify-looks-at-the-file-only",
               test_backup_verify_looks_at_the_file_only);
  BD_TEST_ADD ("/store/backup/due-after-a-day", test_backup_is_due);
  BD_TEST_ADD ("/store/restore/older-schema", test_restore_older_schema);
  BD_TEST_ADD ("/store/restore/refuses", test_restore_refuses);
  BD_TEST_ADD ("/store/restore/over-a-damaged-file", test_restore_over_damaged_file);

  return g_test_run ();
}
