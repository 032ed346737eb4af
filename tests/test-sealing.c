/* test-sealing.c — personal numbers sealed at rest: a stolen file reveals none, the search
 * still finds them, a wrong key or a changed value is refused, the key is kept and found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "bd-customers-store.h"
#include "bd-store-backup.h"
#include "bd-store-key.h"
#include "bd-store-private.h"
#include "bd-test-fixture.h"

/* People of the branch, with every kind of number the store seals. */
static const struct
{
  const char *name;
  const char *id_number;
  const char *mobile;
  const char *landline;
  const char *account;
} people[] = {
  { "周明德", "32010219650312001X", "13913572468", "025-84561234", "6222020200112233445" },
  { "吴晓兰", "320106198803150026", "18651234567", "025-52347788", "6217001210023456789" },
};

typedef struct
{
  BdTestStore base;
} Fixture;

static void
add_people (BdStore *store)
{
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(BdCustomer) customer = bd_test_customer_new (people[i].name, BD_SEX_FEMALE,
                                                             NULL, people[i].id_number,
                                                             people[i].mobile);
      g_autoptr(GError) error = NULL;

      bd_customer_set_landline (customer, people[i].landline);
      g_assert_true (bd_store_add_customer (store, customer, &error));
      g_assert_true (bd_store_add_bank_account (store, bd_customer_get_id (customer), "工商银行",
                                                people[i].account, NULL, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bd_test_store_set_up (&fixture->base, "bd-sealing", "branch.db");
  add_people (fixture->base.store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bd_test_store_tear_down (&fixture->base);
}

/* Whether any of the numbers, or the last eight digits of one, is in the file's bytes. */
static void
assert_no_number_in (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      const char *values[] = { people[i].id_number, people[i].mobile, people[i].landline,
                               people[i].account,
                               people[i].id_number + strlen (people[i].id_number) - 8,
                               people[i].account + strlen (people[i].account) - 8 };

      for (guint v = 0; v < G_N_ELEMENTS (values); v++)
        if (memmem (contents, length, values[v], strlen (values[v])) != NULL)
          g_error ("%s holds %s in clear text", path, values[v]);
    }
}

/* What a thief of the counter's disk gets: the database, its -wal and a backup. */
static void
test_stolen_file_reveals_no_number (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->base.folder, "backups", NULL);
  g_autofree char *wal = g_strconcat (fixture->base.path, "-wal", NULL);
  g_autofree char *copy = NULL;
  g_autoptr(GError) error = NULL;

  copy = bd_store_backup_to_folder (fixture->base.store, folder, 2, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  assert_no_number_in (wal);
  assert_no_number_in (copy);
  g_clear_object (&fixture->base.store);
  assert_no_number_in (fixture->base.path);
}

static void
assert_found (BdStore    *store,
              const char *text,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = bd_store_search_customers (store, text, 10, &error);
  g_autoptr(BdCustomer) first = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), >=, 1);
  first = g_list_model_get_item (found, 0);
  g_assert_cmpstr (bd_customer_get_name (first), ==, name);
}

/* The search by a whole number and by its end goes through the blind indexes, and a
 * customer read back has the numbers as they were given. */
static void
test_search_and_read_back (Fixture       *fixture,
                           gconstpointer  data)
{
  BdStore *store = fixture->base.store;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(BdCustomer) read = NULL;

  assert_found (store, "32010219650312001X", "周明德");
  assert_found (store, "32010219650312001x", "周明德");
  assert_found (store, "18651234567", "吴晓兰");
  assert_found (store, "4567", "吴晓兰");
  assert_found (store, "0026", "吴晓兰");
  assert_found (store, "12001X", "周明德");
  assert_found (store, "2001x", "周明德");
  assert_found (store, "50026", "吴晓兰");
  assert_found (store, "150026", "吴晓兰");
  /* An end that only the last four share finds nobody. */
  found = bd_store_search_customers (store, "990026", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 0);

  read = bd_store_get_customer (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bd_customer_get_id_number (read), ==, people[0].id_number);
  g_assert_cmpstr (bd_customer_get_mobile (read), ==, people[0].mobile);
  g_assert_cmpstr (bd_customer_get_landline (read), ==, people[0].landline);
}

/* Another branch's key opens nothing, and changes nothing. */
static void
test_wrong_key_refused (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(BdKey) other = bd_key_new_random ();
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_clear_object (&fixture->base.store);
  before = bd_test_file_checksum (fixture->base.path);
  store = bd_store_open (fixture->base.path, other, &error);
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_WRONG_KEY);
  g_assert_null (store);
  g_clear_error (&error);
  store = bd_store_open_read_only (fixture->base.path, other, &error);
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_WRONG_KEY);
  after = bd_test_file_checksum (fixture->base.path);
  g_assert_cmpstr (before, ==, after);
}

static void
count_problem (const char *problem,
               gpointer    user_data)
{
  if (strstr (problem, "does not open") != NULL)
    (*(guint *) user_data)++;
}

/* A sealed number changed behind the program's back (or moved from another column) does
 * not open: reading the customer fails rather than show something else, and the check
 * names the row. */
static void
test_changed_value_detected (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(BdCustomer) customer = NULL;
  g_autoptr(GError) error = NULL;
  guint unsealed = 0, n_problems = 0;

  /* The second customer's mobile, sealed for its column, put in the first one's identity
   * number: a valid sealed value, in the wrong place. */
  bd_test_exec (fixture->base.path,
                "UPDATE identity_document SET number_sealed = (SELECT value_sealed FROM "
                "contact_detail WHERE customer_id = 2 AND kind = 'mobile') WHERE customer_id = 1");
  customer = bd_store_get_customer (fixture->base.store, 1, &error);
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_UNSEALED);
  g_assert_null (customer);
  g_clear_error (&error);
  g_assert_true (bd_store_check (fixture->base.store, count_problem, &unsealed, &n_problems,
                                 &error));
  g_assert_no_error (error);
  g_assert_cmpuint (unsealed, ==, 1);
  /* A backup of such a file is not whole. */
  g_assert_false (bd_store_verify_copy (fixture->base.store, &error));
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_UNSEALED);
}

static void
count_audit_problem (const char *problem,
                     gpointer    user_data)
{
  g_test_message ("check: %s", problem);
  if (strstr (problem, "does not end where it was sealed") != NULL)
    (*(guint *) user_data)++;
}

static guint
audit_problems (BdStore *store)
{
  g_autoptr(GError) error = NULL;
  guint found = 0, n_problems = 0;

  g_assert_true (bd_store_check (store, count_audit_problem, &found, &n_problems, &error));
  g_assert_no_error (error);
  return found;
}

/* The newest audit rows dropped leave a chain that holds: the seal made with the key says
 * the log does not end where it did. So does a log rewritten with its chain recomputed,
 * which whoever can write the file can do, but not seal. */
static void
test_audit_end_sealed (Fixture       *fixture,
                       gconstpointer  data)
{
  BdStore *store = fixture->base.store;
  const char *path = fixture->base.path;
  g_autofree char *hash = NULL;
  BdAuditRow row = { 0 };

  for (guint i = 0; i < 3; i++)
    g_assert_true (bd_store_append_audit (store, 0, "customer-opened", "customer", 1, 1, NULL,
                                          NULL));
  g_assert_cmpuint (audit_problems (store), ==, 0);

  bd_test_exec (path, "DROP TRIGGER audit_log_no_delete; "
                      "DELETE FROM audit_log WHERE id = (SELECT max (id) FROM audit_log)");
  g_assert_cmpuint (audit_problems (store), ==, 1);

  /* The last row rewritten and its hash made again from the row before: the chain holds,
   * the seal does not. */
  row.id = bd_test_query_int (path, "SELECT max (id) FROM audit_log");
  row.at = "2099-01-01T00:00:00Z";
  row.action = "sign-in";
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    g_autofree char *previous = NULL;

    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT hash FROM audit_log WHERE id = ?", -1,
                                         &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_int64 (stmt, 1, row.id - 1);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    previous = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    hash = bd_audit_row_hash (previous, &row);
    sqlite3_close (db);
  }
  {
    g_autofree char *sql = g_strdup_printf ("DROP TRIGGER audit_log_no_update; "
                                            "UPDATE audit_log SET at = '%s', action = '%s', "
                                            "staff_id = NULL, record_table = NULL, "
                                            "record_id = NULL, customer_id = NULL, "
                                            "hash = '%s' WHERE id = %" G_GINT64_FORMAT,
                                            row.at, row.action, hash, row.id);
    bd_test_exec (path, sql);
  }
  g_assert_cmpuint (audit_problems (store), ==, 1);
}

/* A file of the schema before, with its numbers in clear text, converted: the numbers are
 * found as before, and the file, its -wal and the folder hold none in clear. */
static void
test_clear_file_converted (void)
{
  g_autofree char *folder = bd_test_folder_new ("bd-sealing");
  g_autofree char *path = g_build_filename (folder, "old.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(BdStore) old = NULL;
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  old = bd_store_open_with_schema (path, BD_STORE_SEALED_SCHEMA - 1, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&old);
  bd_test_exec (path, "INSERT INTO customer (id, name, name_key, created_at) VALUES "
                      "(1, '周明德', '周明德', '2025-01-01T00:00:00Z');"
                      "INSERT INTO identity_document (customer_id, type, number) VALUES "
                      "(1, 'resident-id', '32010219650312001X');"
                      "INSERT INTO contact_detail (customer_id, kind, value) VALUES "
                      "(1, 'mobile', '13913572468'), (1, 'landline', '025-84561234');"
                      "INSERT INTO bank_account (customer_id, bank, account_number) VALUES "
                      "(1, '工商银行', '6222020200112233445');");
  g_assert_true (bd_store_convert_to_sealed (path, bd_test_key (), &error));
  g_assert_no_error (error);

  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (folder, name, NULL);
      assert_no_number_in (file);
    }
  store = bd_store_open (path, bd_test_key (), &error);
  g_assert_no_error (error);
  assert_found (store, "32010219650312001X", "周明德");
  assert_found (store, "13913572468", "周明德");
  assert_found (store, "2468", "周明德");
  g_clear_object (&store);
  assert_no_number_in (path);
  assert_no_number_in (wal);
  bd_test_remove_tree (folder);
}

/* The key written down: read back as written, with the letters people confuse, and a
 * mistyped letter caught by its check. */
static void
test_key_text (void)
{
  g_autoptr(BdKey) key = bd_key_new_random ();
  g_autofree char *text = bd_key_to_text (key);
  g_autofree char *sloppy = g_ascii_strdown (text, -1);
  g_autoptr(BdKey) again = NULL;
  g_autoptr(BdKey) wrong = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = bd_key_dup_fingerprint (key);
  g_autofree char *b = NULL;

  g_assert_cmpuint (strlen (text), ==, 55 + 10);
  g_strdelimit (sloppy, "-", ' ');
  again = bd_key_new_from_text (sloppy, &error);
  g_assert_no_error (error);
  b = bd_key_dup_fingerprint (again);
  g_assert_cmpstr (a, ==, b);

  text[3] = text[3] == '7' ? '8' : '7';
  wrong = bd_key_new_from_text (text, &error);
  g_assert_error (error, BD_KEY_ERROR, BD_KEY_ERROR_INVALID);
  g_assert_null (wrong);
  g_clear_error (&error);
  wrong = bd_key_new_from_text ("ABCDE-FGHJK", &error);
  g_assert_error (error, BD_KEY_ERROR, BD_KEY_ERROR_INVALID);
}

/* A key file is the owner's alone, and never written over. */
static void
test_key_file (void)
{
  g_autofree char *folder = bd_test_folder_new ("bd-sealing");
  g_autofree char *path = g_build_filename (folder, "new", "branch.key", NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(BdKey) key = bd_key_new_random ();
  g_autoptr(BdKey) read = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  /* A folder that is not there yet is made, the owner's alone, as the database's is. */
  g_assert_true (bd_key_save_file (key, path, &error));
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (parent, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);
  g_assert_false (bd_key_save_file (key, path, &error));
  g_assert_error (error, BD_KEY_ERROR, BD_KEY_ERROR_FILE);
  g_clear_error (&error);
  read = bd_key_load_file (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
  g_clear_pointer (&read, bd_key_unref);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  read = bd_key_load_file (path, &error);
  g_assert_error (error, BD_KEY_ERROR, BD_KEY_ERROR_EXPOSED);
  g_assert_null (read);
  bd_test_remove_tree (folder);
}

static gboolean
secret_service_running (GDBusConnection *bus)
{
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", "org.freedesktop.secrets"),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

/* A session bus of the test's own, so that no other program's keyring answers (one started
 * by D-Bus activation for another test, or the desktop's): its address is the process's
 * session bus from now on. */
static GSubprocess *
start_private_bus (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *address = NULL;
  GSubprocess *bus;

  bus = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "dbus-daemon", "--session",
                          "--nofork", "--print-address=1", NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (bus));
  address = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (address);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", g_strstrip (address), TRUE);
  return bus;
}

/* The desk's way: the key kept in the user's keyring (a gnome-keyring of the test's own,
 * unlocked with a password on its standard input) and found by the database's
 * fingerprint. */
static void
test_keyring (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *home = g_build_filename (fixture->base.folder, "home", NULL);
  g_autoptr(GSubprocess) private_bus = start_private_bus ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) daemon = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(BdKey) found = NULL;
  g_autoptr(BdKey) missing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *wanted = bd_key_dup_fingerprint (bd_test_key ());

  g_assert_nonnull (bus);
  g_assert_false (secret_service_running (bus));
  g_assert_cmpint (g_mkdir_with_parents (home, 0700), ==, 0);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_setenv (launcher, "HOME", home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_RUNTIME_DIR", home, TRUE);
  daemon = g_subprocess_launcher_spawn (launcher, &error, "gnome-keyring-daemon", "--foreground",
                                        "--unlock", "--components=secrets", NULL);
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (g_subprocess_get_stdin_pipe (daemon), "test-keyring",
                                            12, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (g_subprocess_get_stdin_pipe (daemon), NULL, &error));
  for (guint i = 0; i < 100 && !secret_service_running (bus); i++)
    g_usleep (100 * 1000);
  g_assert_true (secret_service_running (bus));

  missing = bd_store_find_key (fixture->base.path, NULL, &error);
  g_assert_error (error, BD_KEY_ERROR, BD_KEY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (bd_keyring_save (bd_test_key (), "branch.db", &error));
  g_assert_no_error (error);
  found = bd_store_find_key (fixture->base.path, NULL, &error);
  g_assert_no_error (error);
  fingerprint = bd_key_dup_fingerprint (found);
  g_assert_cmpstr (fingerprint, ==, wanted);

  g_subprocess_force_exit (daemon);
  g_subprocess_wait (daemon, NULL, NULL);
  g_subprocess_force_exit (private_bus);
  g_subprocess_wait (private_bus, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  g_test_add ("/sealing/stolen-file", Fixture, NULL, fixture_set_up,
              test_stolen_file_reveals_no_number, fixture_tear_down);
  g_test_add ("/sealing/search", Fixture, NULL, fixture_set_up, test_search_and_read_back,
              fixture_tear_down);
  g_test_add ("/sealing/wrong-key", Fixture, NULL, fixture_set_up, test_wrong_key_refused,
              fixture_tear_down);
  g_test_add ("/sealing/changed-value", Fixture, NULL, fixture_set_up,
              test_changed_value_detected, fixture_tear_down);
  g_test_add ("/sealing/audit-end", Fixture, NULL, fixture_set_up, test_audit_end_sealed,
              fixture_tear_down);
  g_test_add_func ("/sealing/convert", test_clear_file_converted);
  g_test_add_func ("/sealing/key-text", test_key_text);
  g_test_add_func ("/sealing/key-file", test_key_file);
  g_test_add ("/sealing/keyring", Fixture, NULL, fixture_set_up, test_keyring,
              fixture_tear_down);
  return g_test_run ();
}
