/* test-demo.c — the demo branch: reproducible, consistent, passing its own check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "bd-demo.h"

#define N_CUSTOMERS 400

typedef struct
{
  char *folder;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->folder = g_dir_make_tmp ("bd-demo-XXXXXX", NULL);
  g_assert_nonnull (fixture->folder);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->folder);

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
  g_free (fixture->folder);
}

static char *
create_demo (Fixture *fixture,
             const char *name,
             guint32  seed)
{
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  BdDemoOptions options = { N_CUSTOMERS, seed, { 0 } };

  g_date_clear (&options.today, 1);
  g_date_set_dmy (&options.today, 22, G_DATE_NOVEMBER, 2026);
  store = bd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (bd_demo_generate (store, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* Everything but the moment of creation, row by row, as text. */
static char *
dump (const char *path)
{
  static const char *const queries[] = {
    "SELECT id, name, sex, birth_date, address, postcode, occupation, employer, guardian_id "
    "FROM customer ORDER BY id",
    "SELECT customer_id, type, number, valid_until FROM identity_document ORDER BY id",
    "SELECT customer_id, kind, value FROM contact_detail ORDER BY id",
    "SELECT customer_id, relative_id, relation FROM relationship ORDER BY 1, 2",
    "SELECT household_id, customer_id, relation FROM household_member ORDER BY id",
    "SELECT * FROM policy ORDER BY id",
    "SELECT * FROM beneficiary ORDER BY id",
    "SELECT id, login, name, role, phone FROM staff ORDER BY id",
  };
  g_autoptr(GString) text = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (text, "%s|", (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (text, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
test_same_seed_same_data (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *a = create_demo (fixture, "a.db", 7);
  g_autofree char *b = create_demo (fixture, "b.db", 7);
  g_autofree char *c = create_demo (fixture, "c.db", 8);
  g_autofree char *dump_a = dump (a);
  g_autofree char *dump_b = dump (b);
  g_autofree char *dump_c = dump (c);

  g_assert_cmpuint (strlen (dump_a), >, 10000);
  g_assert_true (g_str_equal (dump_a, dump_b));
  g_assert_false (g_str_equal (dump_a, dump_c));
}

static void
count_problem_cb (const char *problem,
                  gpointer    user_data)
{
  g_test_message ("problem: %s", problem);
  (*(guint *) user_data)++;
}

static void
test_check_passes (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = create_demo (fixture, "check.db", 11);
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint reported = 0, n_problems = 99;

  store = bd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (bd_store_check (store, count_problem_cb, &reported, &n_problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_problems, ==, 0);
  g_assert_cmpuint (reported, ==, 0);
}

static void
test_realistic_shape (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = create_demo (fixture, "shape.db", 12);
  gint64 customers = query_int (path, "SELECT count(*) FROM customer");
  gint64 policies = query_int (path, "SELECT count(*) FROM policy");

  g_assert_cmpint (customers, >=, N_CUSTOMERS);
  g_assert_cmpint (customers, <, N_CUSTOMERS + 6);
  /* About 2.5 policies a customer. */
  g_assert_cmpfloat ((double) policies / customers, >, 2.0);
  g_assert_cmpfloat ((double) policies / customers, <, 3.0);

  /* Staff: four counter accounts, a supervisor, an administrator, all with passwords. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM staff WHERE password_hash LIKE "
                                    "'$argon2id$%' AND role = 'counter'"), ==, 4);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM staff WHERE password_hash IS NOT NULL "
                                    "AND role = 'supervisor'"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM staff WHERE password_hash IS NOT NULL "
                                    "AND role = 'administrator'"), ==, 1);

  /* Every kind of product, every family role in policies. */
  g_assert_cmpint (query_int (path, "SELECT count(DISTINCT kind) FROM product"), ==, 8);
  g_assert_cmpint (query_int (path, "SELECT count(DISTINCT pr.kind) FROM policy p "
                                    "JOIN product pr ON pr.id = p.product_id"), ==, 8);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM policy p JOIN relationship r "
                                    "ON r.customer_id = p.policyholder_id "
                                    "AND r.relative_id = p.insured_id WHERE r.relation = 'spouse'"), >, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM policy p JOIN relationship r "
                                    "ON r.customer_id = p.policyholder_id "
                                    "AND r.relative_id = p.insured_id WHERE r.relation = 'child'"), >, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM policy p JOIN relationship r "
                                    "ON r.customer_id = p.policyholder_id "
                                    "AND r.relative_id = p.insured_id WHERE r.relation = 'parent'"), >, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM relationship WHERE relation = 'grandchild'"), >, 0);

  /* Households of one to six, and some split across two servicing staff. */
  g_assert_cmpint (query_int (path, "SELECT max(n) FROM (SELECT count(*) n FROM household_member "
                                    "GROUP BY household_id)"), <=, 6);
  g_assert_cmpint (query_int (path, "SELECT min(n) FROM (SELECT count(*) n FROM household_member "
                                    "GROUP BY household_id)"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM (SELECT m.household_id FROM policy p "
                                    "JOIN household_member m ON m.customer_id = p.insured_id "
                                    "GROUP BY m.household_id "
                                    "HAVING count(DISTINCT p.servicing_staff_id) > 1)"), >, 0);

  /* Statuses and service classes the counter meets. */
  g_assert_cmpint (query_int (path, "SELECT count(DISTINCT status) FROM policy"), >=, 5);
  g_assert_cmpint (query_int (path, "SELECT count(DISTINCT service_class) FROM policy"), >=, 2);

  /* Difficult cases come from five failed tracings; some visits left a slip. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM tracing_attempt"), ==,
                   5 * query_int (path, "SELECT count(*) FROM policy WHERE service_class = 'difficult'"));
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM contact WHERE kind = 'slip' "
                                    "AND next_visit > '2026-11-22'"), >, 0);

  /* A few mobile numbers shared by different policyholders. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM (SELECT value FROM contact_detail "
                                    "WHERE kind = 'mobile' GROUP BY value "
                                    "HAVING count(DISTINCT customer_id) > 1)"), >, 0);

  /* Children are younger than their parents by at least 15 years; spouses are adults. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM relationship r "
                                    "JOIN customer a ON a.id = r.customer_id "
                                    "JOIN customer b ON b.id = r.relative_id "
                                    "WHERE r.relation = 'child' "
                                    "AND date (a.birth_date, '+15 years') > b.birth_date"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM relationship r "
                                    "JOIN customer a ON a.id = r.customer_id "
                                    "WHERE r.relation = 'spouse' "
                                    "AND date (a.birth_date, '+20 years') > '2026-11-22'"), ==, 0);
  /* Minors have a guardian who is their parent. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM customer c WHERE "
                                    "date (c.birth_date, '+18 years') > '2026-11-22' AND NOT EXISTS "
                                    "(SELECT 1 FROM relationship r WHERE r.customer_id = c.id "
                                    " AND r.relative_id = c.guardian_id AND r.relation = 'parent')"), ==, 0);
}

static void
test_refuses_non_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = create_demo (fixture, "twice.db", 3);
  g_autoptr(BdStore) store = bd_store_open (path, NULL);
  g_autoptr(GError) error = NULL;
  BdDemoOptions options = { 10, 3, { 0 } };
  gint64 before = query_int (path, "SELECT count(*) FROM customer");

  g_date_clear (&options.today, 1);
  g_date_set_dmy (&options.today, 22, G_DATE_NOVEMBER, 2026);
  g_assert_false (bd_demo_generate (store, &options, NULL, NULL, &error));
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM customer"), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/demo/same-seed-same-data", test_same_seed_same_data);
  ADD ("/demo/check-passes", test_check_passes);
  ADD ("/demo/realistic-shape", test_realistic_shape);
  ADD ("/demo/refuses-non-empty", test_refuses_non_empty);

  return g_test_run ();
}
