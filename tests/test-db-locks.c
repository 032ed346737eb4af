/* test-db-locks.c — no committed record is lost while the desk has its database open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * POSIX advisory locks belong to a process and a file: when any code in the process closes
 * any descriptor of the file — GTK's file chooser sniffing the files of the database's
 * folder, say — the process loses every lock it held on that file. SQLite's own locks were
 * such locks, so another program opening the database (branchdesk-admin audit) then
 * believed it was the last user, checkpointed and deleted the -wal and -shm files the desk
 * still wrote to, and every later record went into a deleted file ("How To Corrupt An
 * SQLite Database File", §2.2). These tests do what the file chooser and the admin tool
 * did, with the real admin program, and read back every record.
 */
#include "config.h"

#include <fcntl.h>
#include <unistd.h>

#include "bd-store.h"
#include "bd-test-fixture.h"

/* The fixture library's store: the tests close it themselves before reopening the file. */
typedef BdTestStore Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bd_test_store_set_up (fixture, "bd-locks", "demo.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bd_test_store_tear_down (fixture);
}

/* What a file chooser or a thumbnailer does to the folder's files: open, read, close. */
static void
open_and_close_by_another_descriptor (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      char byte;
      int fd = open (name, O_RDONLY | O_CLOEXEC);

      g_assert_cmpint (fd, >=, 0);
      g_assert_cmpint (read (fd, &byte, 1), >=, 0);
      g_assert_cmpint (close (fd), ==, 0);
    }
}

/* Another program opens the database and closes it again: the real admin tool. */
static void
run_admin_audit (const char *path)
{
  const char *admin = g_getenv ("BD_ADMIN");
  const char *argv[] = { admin, "audit", "--limit", "1", path, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (admin);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

static void
write_setting (BdStore    *store,
               const char *key,
               const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_store_set_setting (store, key, value, &error));
  g_assert_no_error (error);
}

static void
assert_setting (BdStore    *store,
                const char *key,
                const char *value)
{
  g_autofree char *stored = bd_store_dup_setting (store, key);

  g_assert_cmpstr (stored, ==, value);
}

static void
test_foreign_close_then_admin (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(BdStore) reopened = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr(GError) error = NULL;

  write_setting (fixture->store, "before", "1");
  open_and_close_by_another_descriptor (fixture->path);
  run_admin_audit (fixture->path);
  /* The desk's write-ahead log is still the one in the folder, not a deleted file. */
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  write_setting (fixture->store, "after", "2");
  assert_setting (fixture->store, "after", "2");

  g_clear_object (&fixture->store);
  reopened = bd_store_open (fixture->path, bd_test_key (), &error);
  g_assert_no_error (error);
  assert_setting (reopened, "before", "1");
  assert_setting (reopened, "after", "2");
}

/* The same many times over, as a day at the desk: every record committed is read back. */
static void
test_many_rounds (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(BdStore) reopened = NULL;
  g_autoptr(GError) error = NULL;
  const guint rounds = 5;

  for (guint i = 0; i < rounds; i++)
    {
      g_autofree char *key = g_strdup_printf ("round-%u", i);

      write_setting (fixture->store, key, "done");
      open_and_close_by_another_descriptor (fixture->path);
      run_admin_audit (fixture->path);
    }
  write_setting (fixture->store, "last", "done");
  g_clear_object (&fixture->store);
  reopened = bd_store_open (fixture->path, bd_test_key (), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rounds; i++)
    {
      g_autofree char *key = g_strdup_printf ("round-%u", i);

      assert_setting (reopened, key, "done");
    }
  assert_setting (reopened, "last", "done");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/db-locks/foreign-close-then-admin", Fixture, NULL, fixture_set_up,
              test_foreign_close_then_admin, fixture_tear_down);
  g_test_add ("/db-locks/many-rounds", Fixture, NULL, fixture_set_up, test_many_rounds,
              fixture_tear_down);
  return g_test_run ();
}
