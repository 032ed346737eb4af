/* test-db.c — the database layer's own promises, on a real SQLite file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store files write SQL that PostgreSQL also accepts: a new row's id comes back from
 * "INSERT … RETURNING id". The SQLite layer answers a one-row INSERT's RETURNING id from
 * the connection's last rowid instead of the temporary table SQLite would make for it
 * (bd-db.c): these tests hold it to the same answers, row for row, as the clause itself.
 * Likewise a CHECK's list of values, which SQLite checks through a temporary table, is
 * kept spelt out as comparisons (bd-db-check-lists.h): it must accept and refuse the same
 * values.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "bd-db-check-lists.h"
#include "bd-db.h"

typedef struct
{
  char *folder;
  BdDb *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->folder = g_dir_make_tmp ("bd-db-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->folder, "test.db", NULL);
  fixture->db = bd_db_open (path, BD_DB_OPEN_CREATE, 1000, &error);
  g_assert_no_error (error);
  g_assert_true (bd_db_configure (fixture->db, &error));
  g_assert_true (bd_db_exec (fixture->db,
                             "CREATE TABLE note (id INTEGER PRIMARY KEY, "
                             "  text TEXT NOT NULL UNIQUE);"
                             "CREATE TABLE copy (id INTEGER PRIMARY KEY, text TEXT NOT NULL);",
                             &error));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "test.db", NULL);
  const char *suffixes[] = { "", "-wal", "-shm" };

  bd_db_close (fixture->db);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->folder);
}

static const char note_insert_sql[] = "INSERT INTO note (text) VALUES (:text) RETURNING id";

static gint64
add_note (Fixture     *fixture,
          const char  *text,
          GError     **error)
{
  BdDbStmt *stmt = bd_db_prepare_cached (fixture->db, note_insert_sql, error);

  g_assert_nonnull (stmt);
  bd_db_bind_text (stmt, ":text", text);
  return bd_db_step_returning_id (stmt, error);
}

/* Each INSERT gives its own row's id, and a statement used again gives the next. */
static void
test_returning_id (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_db_exec (fixture->db, "INSERT INTO note (id, text) VALUES (41, 'first')",
                             &error));
  g_assert_cmpint (add_note (fixture, "second", &error), ==, 42);
  g_assert_no_error (error);
  g_assert_cmpint (add_note (fixture, "third", &error), ==, 43);
  g_assert_no_error (error);
}

/* Stepped by hand, the statement gives one row, the id, and then its end, as the clause
 * does; reset, it gives the next insert's. */
static void
test_returning_id_stepped (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdDbStmt) stmt = bd_db_prepare (fixture->db, note_insert_sql, &error);

  g_assert_no_error (error);
  bd_db_bind_text (stmt, ":text", "one");
  g_assert_cmpint (bd_db_step (stmt, &error), ==, BD_STEP_ROW);
  g_assert_cmpint (bd_db_column_int64 (stmt, 0), ==, 1);
  g_assert_cmpint (bd_db_step (stmt, &error), ==, BD_STEP_DONE);
  bd_db_reset (stmt);
  bd_db_bind_text (stmt, ":text", "two");
  g_assert_cmpint (bd_db_step (stmt, &error), ==, BD_STEP_ROW);
  g_assert_cmpint (bd_db_column_int64 (stmt, 0), ==, 2);
  g_assert_no_error (error);
}

/* A refused insert is an error, never the id of the row before it. */
static void
test_returning_id_refused (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (add_note (fixture, "only", &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpint (add_note (fixture, "only", &error), ==, 0);
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT);
}

/* An INSERT … SELECT may insert many rows: each comes back. */
static void
test_returning_many (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdDbStmt) stmt = NULL;
  gint64 ids[3] = { 0 };
  guint n = 0;
  BdStep step;

  g_assert_cmpint (add_note (fixture, "a", &error), ==, 1);
  g_assert_cmpint (add_note (fixture, "b", &error), ==, 2);
  g_assert_cmpint (add_note (fixture, "c", &error), ==, 3);
  stmt = bd_db_prepare (fixture->db,
                        "INSERT INTO copy (text) SELECT text FROM note ORDER BY id RETURNING id",
                        &error);
  g_assert_no_error (error);
  while ((step = bd_db_step (stmt, &error)) == BD_STEP_ROW)
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (ids));
      ids[n++] = bd_db_column_int64 (stmt, 0);
    }
  g_assert_cmpint (step, ==, BD_STEP_DONE);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (ids[0], ==, 1);
  g_assert_cmpint (ids[2], ==, 3);
}

/* The lists of more than two literals become comparisons; everything else is left as
 * it was written. */
static void
test_check_lists_text (void)
{
  static const struct
  {
    const char *sql;
    const char *spelt;   /* NULL: left as it is */
  } cases[] = {
    { "CHECK (kind IN ('a', 'b', 'c'))", "CHECK ((kind = 'a' OR kind = 'b' OR kind = 'c'))" },
    { "CHECK (kind  IN\n ('a','it''s',  'c'))",
      "CHECK ((kind = 'a' OR kind = 'it''s' OR kind = 'c'))" },
    { "CHECK (n IN (0, -1, 2)), m INTEGER CHECK (m IN (1, 2, 3))",
      "CHECK ((n = 0 OR n = -1 OR n = 2)), m INTEGER CHECK ((m = 1 OR m = 2 OR m = 3))" },
    /* What SQLite compares in place already, and what is not a list of values. */
    { "CHECK (flag IN (0, 1))", NULL },
    { "CHECK (kind NOT IN ('a', 'b', 'c'))", NULL },
    { "CHECK (kind IN (SELECT kind FROM kinds))", NULL },
    { "CHECK (lower (kind) IN ('a', 'b', 'c'))", NULL },
    { "CHECK (kind IN ('a', 'b', other))", NULL },
    { "DEFAULT 'x IN (''a'', ''b'', ''c'')' CHECK (x <> '')", NULL },
    { "CHECK (kind IN ('a', 'b', 'c'", NULL },
    { "linked INTEGER, CHECK (within IN (1))", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *spelt = bd_db_spell_out_check_lists_in (cases[i].sql);

      g_assert_cmpstr (spelt, ==, cases[i].spelt);
    }
}

static gboolean
insert_kind (Fixture     *fixture,
             const char  *sql)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = bd_db_exec (fixture->db, sql, &error);

  g_assert_true (ok || g_error_matches (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT));
  return ok;
}

/* In a real file: the table's kept SQL is spelt out inside a transaction, and what its
 * CHECK accepts and refuses is the same as before, NULL included. */
static void
test_check_lists_file (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdDbStmt) stmt = NULL;

  g_assert_true (bd_db_exec (fixture->db, "CREATE TABLE kinds (kind TEXT "
                                          "CHECK (kind IN ('a', 'b', 'c')));"
                                          "INSERT INTO kinds VALUES ('b')", &error));
  g_assert_true (bd_db_begin_immediate (fixture->db, &error));
  g_assert_true (bd_db_spell_out_check_lists (fixture->db, &error));
  g_assert_true (bd_db_commit (fixture->db, &error));
  g_assert_no_error (error);

  stmt = bd_db_prepare (fixture->db, "SELECT sql FROM sqlite_master WHERE name = 'kinds'",
                        &error);
  g_assert_cmpint (bd_db_step (stmt, &error), ==, BD_STEP_ROW);
  g_assert_cmpstr (bd_db_column_text (stmt, 0), ==,
                   "CREATE TABLE kinds (kind TEXT CHECK ((kind = 'a' OR kind = 'b' OR kind = 'c')))");
  g_clear_pointer (&stmt, bd_db_stmt_free);
  g_assert_true (insert_kind (fixture, "INSERT INTO kinds VALUES ('c')"));
  g_assert_true (insert_kind (fixture, "INSERT INTO kinds VALUES (NULL)"));
  g_assert_false (insert_kind (fixture, "INSERT INTO kinds VALUES ('d')"));
  g_assert_false (insert_kind (fixture, "UPDATE kinds SET kind = 'B'"));
  /* Nothing left to spell out: the schema is not written again. */
  g_assert_true (bd_db_spell_out_check_lists (fixture->db, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/db/returning-id", Fixture, NULL, fixture_set_up, test_returning_id,
              fixture_tear_down);
  g_test_add ("/db/returning-id-stepped", Fixture, NULL, fixture_set_up,
              test_returning_id_stepped, fixture_tear_down);
  g_test_add ("/db/returning-id-refused", Fixture, NULL, fixture_set_up,
              test_returning_id_refused, fixture_tear_down);
  g_test_add ("/db/returning-many", Fixture, NULL, fixture_set_up, test_returning_many,
              fixture_tear_down);
  g_test_add_func ("/db/check-lists/text", test_check_lists_text);
  g_test_add ("/db/check-lists/file", Fixture, NULL, fixture_set_up, test_check_lists_file,
              fixture_tear_down);
  return g_test_run ();
}
