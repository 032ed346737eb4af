/* test-demo.c — the demo branch: reproducible, consistent, passing its own check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "bd-claims-store.h"
#include "bd-clock.h"
#include "bd-demo.h"
#include "bd-identity.h"
#include "bd-requests-store.h"
#include "bd-customers-store.h"
#include "bd-test-fixture.h"

#define N_CUSTOMERS 400
/* The size of the demo `make run` makes: its requests of the last days are in every state
 * of their lifecycle there too. */
#define N_CUSTOMERS_FOR_REQUESTS 2000

typedef BdTestStore Fixture;

/* Only the folder: each test makes its demo files in it. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->folder = bd_test_folder_new ("bd-demo");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bd_test_store_tear_down (fixture);
}

static char *
create_demo_of (Fixture    *fixture,
                const char *name,
                guint32     seed,
                guint       n_customers)
{
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  BdDemoOptions options = { n_customers, seed, { 0 }, TRUE };

  g_date_clear (&options.today, 1);
  g_date_set_dmy (&options.today, 22, G_DATE_NOVEMBER, 2026);
  store = bd_store_create (path, bd_test_key (), &error);
  g_assert_no_error (error);
  g_assert_true (bd_demo_generate (store, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static char *
create_demo (Fixture    *fixture,
             const char *name,
             guint32     seed)
{
  return create_demo_of (fixture, name, seed, N_CUSTOMERS);
}

/* The demo at @path, opened as the program opens a branch. */
static BdStore *
open_demo (const char *path)
{
  g_autoptr(GError) error = NULL;
  BdStore *store = bd_store_open (path, bd_test_key (), &error);

  g_assert_no_error (error);
  return store;
}

/* Everything but the moment of creation, row by row, as text. */
static char *
dump (const char *path)
{
  static const char *const queries[] = {
    "SELECT id, name, sex, birth_date, address, postcode, occupation, employer, guardian_id "
    "FROM customer ORDER BY id",
    /* Sealed numbers differ by their random nonces; their blind indexes do not. */
    "SELECT customer_id, type, hex (number_index), hex (tail_index), valid_until "
    "FROM identity_document ORDER BY id",
    "SELECT customer_id, kind, hex (value_index), hex (tail_index) FROM contact_detail "
    "ORDER BY id",
    "SELECT customer_id, bank, hex (account_index) FROM bank_account ORDER BY id",
    "SELECT customer_id, relative_id, relation FROM relationship ORDER BY 1, 2",
    "SELECT household_id, customer_id, relation FROM household_member ORDER BY id",
    "SELECT * FROM policy ORDER BY id",
    "SELECT * FROM beneficiary ORDER BY id",
    "SELECT id, login, name, role, phone FROM staff ORDER BY id",
    /* The requests, dated by the demo's own clock: the same to the second. */
    "SELECT * FROM case_file ORDER BY id",
    "SELECT * FROM case_event ORDER BY id",
    "SELECT * FROM case_deadline ORDER BY case_id, rule",
    "SELECT case_id, item, applicant_id, new_text FROM request ORDER BY case_id",
    "SELECT * FROM request_change ORDER BY request_id, position",
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
  g_autoptr(BdStore) store = open_demo (path);
  g_autoptr(GError) error = NULL;
  guint reported = 0, n_problems = 99;

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
  gint64 customers = bd_test_query_int (path, "SELECT count(*) FROM customer");
  gint64 policies = bd_test_query_int (path, "SELECT count(*) FROM policy");
  /* Whom policyholders insure besides themselves. */
  static const char *const insured_relations[] = { "spouse", "child", "parent" };

  g_assert_cmpint (customers, >=, N_CUSTOMERS);
  g_assert_cmpint (customers, <, N_CUSTOMERS + 6);
  /* About 2.5 policies a customer. */
  g_assert_cmpfloat ((double) policies / customers, >, 2.0);
  g_assert_cmpfloat ((double) policies / customers, <, 3.0);

  /* Staff: four counter accounts, a supervisor, an administrator, all with passwords. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM staff WHERE password_hash LIKE "
                                            "'$argon2id$%' AND role = 'counter'"), ==, 4);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM staff WHERE password_hash IS NOT NULL "
                                            "AND role = 'supervisor'"), ==, 1);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM staff WHERE password_hash IS NOT NULL "
                                            "AND role = 'administrator'"), ==, 1);

  /* Every kind of product, every family role in policies. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(DISTINCT kind) FROM product"), ==, 8);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(DISTINCT pr.kind) FROM policy p "
                                            "JOIN product pr ON pr.id = p.product_id"), ==, 8);
  for (guint i = 0; i < G_N_ELEMENTS (insured_relations); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM policy p JOIN relationship r "
                                              "ON r.customer_id = p.policyholder_id "
                                              "AND r.relative_id = p.insured_id "
                                              "WHERE r.relation = '%s'", insured_relations[i]);

      g_test_message ("%s insured", insured_relations[i]);
      g_assert_cmpint (bd_test_query_int (path, sql), >, 0);
    }
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM relationship WHERE relation = 'grandchild'"), >, 0);

  /* Households of one to six, and some split across two servicing staff. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT max(n) FROM (SELECT count(*) n FROM household_member "
                                            "GROUP BY household_id)"), <=, 6);
  g_assert_cmpint (bd_test_query_int (path, "SELECT min(n) FROM (SELECT count(*) n FROM household_member "
                                            "GROUP BY household_id)"), ==, 1);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM (SELECT m.household_id FROM policy p "
                                            "JOIN household_member m ON m.customer_id = p.insured_id "
                                            "GROUP BY m.household_id "
                                            "HAVING count(DISTINCT p.servicing_staff_id) > 1)"), >, 0);

  /* Statuses and service classes the counter meets. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(DISTINCT status) FROM policy"), >=, 5);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(DISTINCT service_class) FROM policy"), >=, 2);

  /* Difficult cases come from five failed tracings; some visits left a slip. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM tracing_attempt"), ==,
                   5 * bd_test_query_int (path, "SELECT count(*) FROM policy WHERE service_class = 'difficult'"));
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM contact WHERE kind = 'slip' "
                                            "AND next_visit > '2026-11-22'"), >, 0);

  /* A few mobile numbers shared by different policyholders. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM (SELECT value_index FROM contact_detail "
                                            "WHERE kind = 'mobile' GROUP BY value_index "
                                            "HAVING count(DISTINCT customer_id) > 1)"), >, 0);

  /* Children are younger than their parents by at least 15 years; spouses are adults. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM relationship r "
                                            "JOIN customer a ON a.id = r.customer_id "
                                            "JOIN customer b ON b.id = r.relative_id "
                                            "WHERE r.relation = 'child' "
                                            "AND date (a.birth_date, '+15 years') > b.birth_date"), ==, 0);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM relationship r "
                                            "JOIN customer a ON a.id = r.customer_id "
                                            "WHERE r.relation = 'spouse' "
                                            "AND date (a.birth_date, '+20 years') > '2026-11-22'"), ==, 0);
  /* Minors have a guardian who is their parent. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM customer c WHERE "
                                            "date (c.birth_date, '+18 years') > '2026-11-22' AND NOT EXISTS "
                                            "(SELECT 1 FROM relationship r WHERE r.customer_id = c.id "
                                            " AND r.relative_id = c.guardian_id AND r.relation = 'parent')"), ==, 0);
}

/* Death cover as 保监发〔2015〕90号 counts it: every kind but medical cover and annuities. */
#define DEATH_KINDS "('life', 'critical-illness', 'accident', 'participating', 'universal', 'unit-linked')"
#define TODAY "'2026-11-22'"

/* The demo teaches the law: a minor's death cover within the cap, receipts not after
 * today, cooling-off only after a receipt, spouses of marriage age, cards that pass Luhn.
 * Checked with SQL of its own, not with the check under test. */
static void
test_obeys_the_law (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = create_demo (fixture, "law.db", 21);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n_accounts = 0;

  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM customer "
                                            "WHERE date (birth_date, '+18 years') > " TODAY), >, 50);

  /* Today: every minor's policies in force or in grace together. */
  g_assert_cmpint (bd_test_query_int (path,
    "SELECT count(*) FROM (SELECT c.id, c.birth_date, sum (p.sum_insured_fen) cover "
    "FROM customer c JOIN policy p ON p.insured_id = c.id "
    "JOIN product pr ON pr.id = p.product_id "
    "WHERE date (c.birth_date, '+18 years') > " TODAY " AND pr.kind IN " DEATH_KINDS
    "  AND p.status IN ('in-force', 'grace') GROUP BY c.id) "
    "WHERE cover > CASE WHEN date (birth_date, '+10 years') > " TODAY
    "  THEN 20000000 ELSE 50000000 END"), ==, 0);

  /* At each sale to a minor: that policy with those effective before it, not cancelled
   * in cooling-off and whose term had not ended. */
  g_assert_cmpint (bd_test_query_int (path,
    "SELECT count(*) FROM policy p JOIN customer c ON c.id = p.insured_id "
    "JOIN product pr ON pr.id = p.product_id "
    "WHERE pr.kind IN " DEATH_KINDS " AND p.status <> 'cooling-off-cancelled' "
    "  AND date (c.birth_date, '+18 years') > p.effective_date "
    "  AND (SELECT sum (q.sum_insured_fen) FROM policy q JOIN product qr ON qr.id = q.product_id "
    "       WHERE q.insured_id = p.insured_id AND qr.kind IN " DEATH_KINDS
    "         AND q.status <> 'cooling-off-cancelled' "
    "         AND (q.effective_date < p.effective_date "
    "              OR (q.effective_date = p.effective_date AND q.id <= p.id)) "
    "         AND (q.term_years = 0 OR date (q.effective_date, '+' || q.term_years || ' years') "
    "              > p.effective_date)) "
    "    > CASE WHEN date (c.birth_date, '+10 years') > p.effective_date "
    "      THEN 20000000 ELSE 50000000 END"), ==, 0);
  /* Minors are insured for death at all, near the cap for some. */
  g_assert_cmpint (bd_test_query_int (path,
    "SELECT count(*) FROM policy p JOIN customer c ON c.id = p.insured_id "
    "JOIN product pr ON pr.id = p.product_id WHERE pr.kind IN " DEATH_KINDS
    "  AND date (c.birth_date, '+18 years') > p.effective_date"), >, 20);

  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM policy WHERE receipt_date > " TODAY), ==, 0);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM policy WHERE receipt_date IS NULL "
                                            "OR receipt_date < effective_date"), ==, 0);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM policy "
                                            "WHERE status = 'cooling-off-cancelled'"), >, 0);

  /* Civil Code art. 1047: men 22, women 20. */
  g_assert_cmpint (bd_test_query_int (path,
    "SELECT count(*) FROM relationship r JOIN customer a ON a.id = r.customer_id "
    "WHERE r.relation = 'spouse' AND date (a.birth_date, "
    "  CASE a.sex WHEN 'male' THEN '+22 years' ELSE '+20 years' END) > " TODAY), ==, 0);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT account_sealed FROM bank_account", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *number = bd_key_open (bd_test_key (), "bank_account.account_number",
                                             sqlite3_column_blob (stmt, 0),
                                             (gsize) sqlite3_column_bytes (stmt, 0));

      /* The core's Luhn, which test-identity checks against published card numbers. */
      if (!bd_bank_card_luhn_valid (number))
        g_error ("bank card %s fails the Luhn check", number);
      n_accounts++;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpuint (n_accounts, >, 100);
}

typedef struct
{
  GPtrArray *problems;
  GPtrArray *warnings;
} Reports;

static void
collect_cb (BdCheckSeverity  severity,
            const char      *message,
            gpointer         user_data)
{
  Reports *reports = user_data;

  g_test_message ("%s: %s", severity == BD_CHECK_WARNING ? "warning" : "problem", message);
  g_ptr_array_add (severity == BD_CHECK_WARNING ? reports->warnings : reports->problems,
                   g_strdup (message));
}

static guint
count_containing (GPtrArray  *messages,
                  const char *part)
{
  guint n = 0;

  for (guint i = 0; i < messages->len; i++)
    if (strstr (messages->pdata[i], part) != NULL)
      n++;
  return n;
}

/* Each rule broken on purpose in a sound demo is reported, once. */

/* Writes behind the store's back what it would have sealed: as a file edited by hand would
 * hold it, sealed with the branch's key (the test's). */
static void
exec_with_blob (const char   *path,
                const char   *sql,
                const guint8 *blob,
                gsize         length,
                gint64        id)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_blob (stmt, 1, blob, (int) length, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
add_sealed_credit_code (const char *path,
                        gint64      customer_id,
                        const char *code)
{
  gsize length;
  g_autofree guint8 *sealed = bd_key_seal (bd_test_key (), "identity_document.number", code,
                                           &length);

  exec_with_blob (path, "INSERT INTO identity_document (number_sealed, customer_id, type) "
                        "VALUES (?, ?, 'credit-code')", sealed, length, customer_id);
}

/* The account's number with its last digit changed, as a clerk's slip of the finger. */
static void
mistype_account (const char *path,
                 gint64      id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT account_sealed FROM bank_account WHERE id = %"
                                          G_GINT64_FORMAT, id);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *number = NULL;
  g_autofree guint8 *sealed = NULL;
  gsize length, last;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  number = bd_key_open (bd_test_key (), "bank_account.account_number",
                        sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_nonnull (number);
  last = strlen (number) - 1;
  number[last] = (char) ('0' + (number[last] - '0' + 1) % 10);
  sealed = bd_key_seal (bd_test_key (), "bank_account.account_number", number, &length);
  exec_with_blob (path, "UPDATE bank_account SET account_sealed = ? WHERE id = ?", sealed,
                  length, id);
}

static void
test_check_reports_violations (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = create_demo (fixture, "broken.db", 11);
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  Reports reports = { problems, warnings };
  guint n_problems = 0, n_warnings = 0, n_old = 99;
  GDate today;

  /* A child under 10 insured for 300,000 yuan on death by one policy in force. */
  bd_test_exec (path,
    "UPDATE policy SET sum_insured_fen = 30000000, status = 'in-force' WHERE id = ("
    "SELECT min (p.id) FROM policy p JOIN customer c ON c.id = p.insured_id "
    "JOIN product pr ON pr.id = p.product_id WHERE pr.kind IN ('life', 'accident') "
    "AND date (c.birth_date, '+10 years') > " TODAY ")");
  /* A receipt after today, and a cooling-off cancellation before the receipt. */
  bd_test_exec (path, "UPDATE policy SET receipt_date = '2026-12-30' WHERE id = 1");
  bd_test_exec (path, "UPDATE policy SET receipt_date = '2026-12-01', "
                      "status = 'cooling-off-cancelled' WHERE id = 2");
  /* A husband of 21. */
  bd_test_exec (path,
    "UPDATE customer SET birth_date = '2005-06-01' WHERE id = (SELECT min (r.customer_id) "
    "FROM relationship r JOIN customer a ON a.id = r.customer_id "
    "WHERE r.relation = 'spouse' AND a.sex = 'male')");
  /* Two organisations, one with a wrong check character. */
  bd_test_exec (path,
    "INSERT INTO customer (id, is_organisation, name, created_at) VALUES "
    "  (900001, 1, '南京恒远贸易有限公司', '2026-01-05T02:00:00Z'), "
    "  (900002, 1, '南京启明科技有限公司', '2026-01-05T02:00:00Z');");
  add_sealed_credit_code (path, 900001, "91350100M000100Y44");
  add_sealed_credit_code (path, 900002, "91350100M000100Y43");
  /* A girl of 14 with no guardian on record, the policyholder of a policy. */
  bd_test_exec (path,
    "INSERT INTO customer (id, is_organisation, name, sex, birth_date, created_at) VALUES "
    "  (900003, 0, '林小未', 'female', '2012-03-01', '2026-01-05T02:00:00Z');"
    "UPDATE policy SET policyholder_id = 900003 WHERE id = 3");
  /* A card number with one digit changed. */
  mistype_account (path, 1);

  store = open_demo (path);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  g_assert_true (bd_store_check_full (store, &today, collect_cb, &reports, &n_problems,
                                      &n_warnings, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (count_containing (problems, "above the 200000 yuan a minor"), ==, 1);
  g_assert_cmpuint (count_containing (problems, "sold above the cap"), >=, 1);
  g_assert_cmpuint (count_containing (problems, "after today"), ==, 2);
  g_assert_cmpuint (count_containing (problems, "cancelled in its cooling-off period"), ==, 1);
  g_assert_cmpuint (count_containing (problems, "under the legal marriage age of 22"), ==, 1);
  g_assert_cmpuint (count_containing (problems, "unified social credit code"), ==, 1);
  g_assert_cmpuint (count_containing (problems, "91350100M000100Y44"), ==, 1);
  g_assert_cmpuint (count_containing (problems, "林小未"), ==, 2);
  g_assert_cmpuint (count_containing (problems, "was a minor on the effective date"), >=, 1);
  g_assert_cmpuint (count_containing (problems, "is a minor with no guardian"), >=, 1);
  g_assert_cmpuint (count_containing (problems, "Luhn"), ==, 0);
  g_assert_cmpuint (count_containing (warnings, "Luhn"), ==, 1);
  g_assert_cmpuint (n_warnings, ==, 1);
  g_assert_cmpuint (n_problems, ==, problems->len);

  /* The plain check, on the system date, counts the problems, not the warning. */
  g_assert_true (bd_store_check_full (store, NULL, NULL, NULL, &n_problems, &n_warnings,
                                      &error));
  g_assert_true (bd_store_check (store, NULL, NULL, &n_old, &error));
  g_assert_cmpuint (n_old, ==, n_problems);
  g_assert_cmpuint (n_warnings, ==, 1);
}

/* Judges again each request at @path, but the completed surrenders, on the day it was
 * received (the clock at noon that day): the rules must allow every one. */
static guint
judge_requests (BdStore    *store,
                const char *path)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT c.id, c.received_on FROM case_file c JOIN "
                                           "request r ON r.case_id = c.id WHERE NOT "
                                           "(r.item = 'surrender' AND c.state = 'completed') "
                                           "ORDER BY c.id", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (days, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *noon = g_strdup_printf ("%sT12:00:00+08:00", (const char *) days->pdata[i]);
      g_autoptr(BdRequest) request = NULL;
      g_autoptr(GError) error = NULL;

      bd_test_clock_fix (noon);
      request = bd_requests_store_get (store, g_array_index (ids, gint64, i), &error);
      g_assert_no_error (error);
      bd_requests_store_judge (store, request, &error);
      g_assert_no_error (error);
    }
  bd_clock_reset ();
  return ids->len;
}

/* The cases of @area at @path are in each of @states. */
static void
assert_every_state (const char        *path,
                    const char        *area,
                    const char *const *states,
                    guint              n_states)
{
  for (guint i = 0; i < n_states; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM case_file WHERE area = "
                                              "'%s' AND state = '%s'", area, states[i]);

      g_test_message ("%s: %" G_GINT64_FORMAT, states[i], bd_test_query_int (path, sql));
      g_assert_cmpint (bd_test_query_int (path, sql), >, 0);
    }
}

/* A year of policy-change requests, made through the core: in every state, a few in a
 * hundred policies, over the past year, the four eyes kept, the completed ones carried
 * out, none the rules refuse, and the branch still passing its check. */
static void
test_requests (Fixture       *fixture,
               gconstpointer  data)
{
  static const char *const states[] = { "draft", "accepted", "waiting", "in-review", "approved",
                                        "refused", "completed", "withdrawn" };
  g_autofree char *path = create_demo_of (fixture, "requests.db", 1, N_CUSTOMERS_FOR_REQUESTS);
  g_autoptr(BdStore) store = open_demo (path);
  g_autoptr(GError) error = NULL;
  gint64 requests = bd_test_query_int (path, "SELECT count(*) FROM request");
  gint64 policies = bd_test_query_int (path, "SELECT count(*) FROM policy");
  guint reported = 0, n_problems = 99, n_judged = 0;

  assert_every_state (path, "request", states, G_N_ELEMENTS (states));
  /* A few in a hundred policies; most closed long ago, the open ones recent. */
  g_assert_cmpfloat ((double) requests / policies, >, 0.01);
  g_assert_cmpfloat ((double) requests / policies, <, 0.06);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM case_file WHERE closed_at "
                                            "IS NULL AND area = 'request'"), <, requests / 5);
  /* Over the year before 22 November 2026, at least one in every month. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM case_file WHERE received_on "
                                            "< '2025-11-23' OR received_on > '2026-11-22'"), ==, 0);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(DISTINCT substr (received_on, 1, 7)) "
                                            "FROM case_file"), >=, 12);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM case_file WHERE substr "
                                            "(opened_at, 1, 10) < received_on"), ==, 0);
  /* Four eyes: nobody approved or refused what they accepted. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM case_event e JOIN case_file c "
                                            "ON c.id = e.case_id WHERE e.from_state = "
                                            "'in-review' AND e.staff_id = c.accepted_by "
                                            "AND c.area = 'request'"), ==, 0);
  /* Carried out: a completed surrender surrendered its policy, and every completed request
   * kept what it changed. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM request r JOIN case_file c "
                                            "ON c.id = r.case_id JOIN policy p ON p.id = "
                                            "c.policy_id WHERE r.item = 'surrender' AND "
                                            "c.state = 'completed' AND p.status <> "
                                            "'surrendered'"), ==, 0);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM case_file c WHERE c.state = "
                                            "'completed' AND NOT EXISTS (SELECT 1 FROM "
                                            "request_change x WHERE x.request_id = c.id)"), ==, 0);
  /* Every running deadline of an open case, and none of a closed one. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM case_deadline d JOIN case_file "
                                            "c ON c.id = d.case_id WHERE c.closed_at IS NOT "
                                            "NULL AND d.met_on IS NULL"), ==, 0);

  /* The rules allow each on the day it was received (but a completed surrender, whose
   * policy is no longer in force). */
  n_judged = judge_requests (store, path);
  g_assert_cmpuint (n_judged, >, requests / 2);

  /* Six past spot checks of a week of requests each, every record scored, a finding only
   * on an item that failed; findings past their due day followed up and closed. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM spot_check"), ==, 6);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM spot_check_record r WHERE NOT "
                                            "EXISTS (SELECT 1 FROM spot_score s WHERE "
                                            "s.record_id = r.id)"), ==, 0);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM finding"), >, 0);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM finding f WHERE NOT EXISTS "
                                            "(SELECT 1 FROM spot_score s WHERE s.record_id = "
                                            "f.record_id AND s.item_key = f.item_key AND "
                                            "s.result = 'fail')"), ==, 0);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM finding WHERE closed_at IS NULL "
                                            "AND due_date < '2026-11-22'"), ==, 0);

  g_assert_true (bd_store_check (store, count_problem_cb, &reported, &n_problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_problems, ==, 0);
}

/* Whether the core finds a policy of the claim's insured that covered its day and kind:
 * a line of its checks about a policy that is no warning (in force or in grace, past the
 * waiting period, answering the kind). */
static gboolean
covered (BdStore *store,
         BdClaim *claim)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) checks = bd_claims_store_check (store, claim, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < checks->len; i++)
    {
      BdClaimCheck *check = g_ptr_array_index (checks, i);

      if (check->policy_id != 0 && check->level != BD_CLAIM_CHECK_WARNING)
        return TRUE;
    }
  return FALSE;
}

/* Every claim that is not declined was covered; one declined is refused for a reason. */
static void
assert_claims_consistent (BdStore    *store,
                          const char *path)
{
  g_autoptr(GArray) ids = bd_test_query_ids (path, "SELECT case_id FROM claim ORDER BY case_id");

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BdClaim) claim = bd_claims_store_get (store, g_array_index (ids, gint64, i), &error);
      BdClaimDecision decision;

      g_assert_no_error (error);
      decision = bd_claim_get_decision (claim);
      if (decision == BD_DECISION_DECLINE)
        g_assert_nonnull (bd_claim_get_decision_reason (claim));
      else
        g_assert_true (covered (store, claim));
    }
}

/* A year of claims, made through the core: in every state, fewer than one in a hundred
 * policies over the past year, hospital stays and injuries mostly, each covered on its
 * day unless declined, the decisions the supervisor's, the insured of a death claim
 * marked deceased, and the branch still passing its check. */
static void
test_claims (Fixture       *fixture,
             gconstpointer  data)
{
  static const char *const states[] = { "reported", "accepted", "investigating", "approved",
                                        "declined", "paid", "notified", "appealed", "closed",
                                        "withdrawn" };
  g_autofree char *path = create_demo_of (fixture, "claims.db", 1, N_CUSTOMERS_FOR_REQUESTS);
  g_autoptr(BdStore) store = open_demo (path);
  g_autoptr(GError) error = NULL;
  gint64 claims = bd_test_query_int (path, "SELECT count(*) FROM claim");
  gint64 policies = bd_test_query_int (path, "SELECT count(*) FROM policy");
  guint reported = 0, n_problems = 99;

  assert_every_state (path, "claim", states, G_N_ELEMENTS (states));
  /* Light: under one in a hundred policies, a handful of rows each. */
  g_assert_cmpfloat ((double) claims / policies, <, 0.01);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM case_event e JOIN claim k "
                                            "ON k.case_id = e.case_id"), <, claims * 8);
  /* As a counter takes them: hospital stays and injuries mostly, deaths now and then. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM claim WHERE kind IN "
                                            "('illness', 'accident')"), >, claims / 2);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM claim WHERE kind = 'death'"),
                   <, claims / 5);
  /* Over the year before 22 November 2026, each reported on or after its event. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM case_file c JOIN claim k ON "
                                            "k.case_id = c.id WHERE c.received_on < "
                                            "'2025-11-23' OR c.received_on > '2026-11-22' OR "
                                            "k.event_date > c.received_on"), ==, 0);
  /* Decided by the supervisor; paid ones in full or in part, declined ones declined. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM case_event e JOIN claim k ON "
                                            "k.case_id = e.case_id JOIN staff s ON s.id = "
                                            "e.staff_id WHERE e.to_state IN ('approved', "
                                            "'declined') AND s.role <> 'supervisor'"), ==, 0);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM claim k JOIN case_file c ON "
                                            "c.id = k.case_id WHERE (c.state IN ('approved', "
                                            "'paid') AND k.decision NOT IN ('pay-full', "
                                            "'pay-part')) OR (c.state IN ('declined', "
                                            "'notified') AND k.decision <> 'decline')"), ==, 0);
  /* The insured of each death claim standing, and nobody else, is marked deceased. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM customer WHERE deceased_on IS "
                                            "NOT NULL"),
                   ==, bd_test_query_int (path, "SELECT count(DISTINCT k.insured_id) FROM claim k "
                                                "JOIN case_file c ON c.id = k.case_id WHERE "
                                                "k.kind = 'death' AND c.state <> 'withdrawn'"));
  assert_claims_consistent (store, path);

  g_assert_true (bd_store_check (store, count_problem_cb, &reported, &n_problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_problems, ==, 0);
}

static void
test_refuses_non_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = create_demo (fixture, "twice.db", 3);
  g_autoptr(BdStore) store = bd_store_open (path, bd_test_key (), NULL);
  g_autoptr(GError) error = NULL;
  BdDemoOptions options = { 10, 3, { 0 }, TRUE };
  gint64 before = bd_test_query_int (path, "SELECT count(*) FROM customer");

  g_date_clear (&options.today, 1);
  g_date_set_dmy (&options.today, 22, G_DATE_NOVEMBER, 2026);
  g_assert_false (bd_demo_generate (store, &options, NULL, NULL, &error));
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM customer"), ==, before);
}

/* The year of complaints and consultations at the size of `make run`: across categories
 * and channels, every state of the lifecycle among the open ones, a hand-over waiting for
 * its acceptance, one major complaint, a few overdue; every owner the case's acceptor;
 * the first responder closed each; a handful of rows each, and the check passes. */
static void
test_complaints (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char *const states[] = { "logged", "answered", "decided", "in-review", "visited",
                                        "closed", "withdrawn" };
  g_autofree char *path = create_demo_of (fixture, "complaints.db", 1, N_CUSTOMERS_FOR_REQUESTS);
  g_autoptr(BdStore) store = open_demo (path);
  g_autoptr(GError) error = NULL;
  gint64 complaints = bd_test_query_int (path, "SELECT count(*) FROM complaint WHERE consultation = 0");
  gint64 consultations = bd_test_query_int (path, "SELECT count(*) FROM complaint WHERE consultation = 1");
  guint reported = 0, n_problems = 99;

  g_test_message ("%" G_GINT64_FORMAT " complaints, %" G_GINT64_FORMAT " consultations",
                  complaints, consultations);
  g_assert_cmpint (complaints, >, 40);
  g_assert_cmpint (consultations, >, 30);
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM case_file WHERE area = "
                                              "'complaint' AND state = '%s'", states[i]);

      g_test_message ("%s: %" G_GINT64_FORMAT, states[i], bd_test_query_int (path, sql));
      g_assert_cmpint (bd_test_query_int (path, sql), >, 0);
    }
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(DISTINCT category) FROM complaint "
                                            "WHERE consultation = 0"), >=, 7);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(DISTINCT channel) FROM complaint"), >=, 5);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM complaint WHERE "
                                            "pending_owner_id IS NOT NULL"), >, 0);
  /* The major one, open, with its audit row for the supervisor. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM complaint k JOIN case_file c "
                                            "ON c.id = k.case_id JOIN audit_log a ON a.record_id "
                                            "= c.id AND a.action = 'complaint-major' WHERE "
                                            "k.people >= 20 AND c.closed_at IS NULL"), ==, 1);
  /* Overdue: an open complaint undecided past its day. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM case_deadline d JOIN case_file "
                                            "c ON c.id = d.case_id WHERE c.area = 'complaint' AND "
                                            "c.closed_at IS NULL AND d.met_on IS NULL AND "
                                            "d.due_date < '2026-11-22'"), >, 0);
  /* Over the year before 22 November 2026, every month. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM case_file WHERE area IN "
                                            "('complaint', 'consultation') AND (received_on < "
                                            "'2025-11-22' OR received_on > '2026-11-22')"), ==, 0);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(DISTINCT substr (received_on, 1, 7)) "
                                            "FROM case_file WHERE area = 'complaint'"), >=, 12);
  /* The owner is who the case says accepted it; the first responder closed it. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM complaint k JOIN case_file c "
                                            "ON c.id = k.case_id WHERE c.accepted_by IS NOT "
                                            "k.owner_id"), ==, 0);
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM case_event e JOIN case_file c "
                                            "ON c.id = e.case_id WHERE c.area = 'complaint' AND "
                                            "e.to_state = 'closed' AND e.staff_id <> c.opened_by"),
                   ==, 0);
  /* Light: a handful of history entries a complaint. */
  g_assert_cmpint (bd_test_query_int (path, "SELECT count(*) FROM case_event e JOIN case_file c "
                                            "ON c.id = e.case_id WHERE c.area IN ('complaint', "
                                            "'consultation')"), <, (complaints + consultations) * 9);

  g_assert_true (bd_store_check (store, count_problem_cb, &reported, &n_problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_problems, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/demo/same-seed-same-data", test_same_seed_same_data);
  ADD ("/demo/check-passes", test_check_passes);
  ADD ("/demo/realistic-shape", test_realistic_shape);
  ADD ("/demo/obeys-the-law", test_obeys_the_law);
  ADD ("/demo/check-reports-violations", test_check_reports_violations);
  ADD ("/demo/refuses-non-empty", test_refuses_non_empty);
  ADD ("/demo/requests", test_requests);
  ADD ("/demo/claims", test_claims);
  ADD ("/demo/complaints", test_complaints);

  return g_test_run ();
}
