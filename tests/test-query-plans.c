/* test-query-plans.c — every statement the desk runs walks an index
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The issue "The desk feels instant": the desk answers in a frame on a branch of a
 * million customers only if no statement reads a large table from end to end. A demo
 * branch is made, the desk's reads are done on it as the window does them — every kind
 * of search, a customer with their policies, household card and contacts, the recent
 * customers — and then each statement the connection kept is asked how SQLite runs it
 * (EXPLAIN QUERY PLAN): none may scan a table that grows with the branch. A new query
 * of a workflow is checked here as soon as the desk runs it.
 */
#include "config.h"

#include <string.h>

#include "bd-audit-store.h"
#include "bd-case-store.h"
#include "bd-contacts-store.h"
#include "bd-customers-store.h"
#include "bd-demo.h"
#include "bd-household-store.h"
#include "bd-store-private.h"
#include "bd-test-fixture.h"

#define N_CUSTOMERS 2000

/* The tables that grow with the branch: a scan of any of them grows with it. */
static const char *const growing_tables[] = {
  "customer", "identity_document", "contact_detail", "bank_account", "relationship",
  "household", "household_member", "policy", "beneficiary", "audit_log",
  "customer_name_gram", "household_need", "contact", "tracing_attempt",
  "contact_amendment", "case_file", "case_event", "case_document", "case_deadline", "request",
  "request_beneficiary", "request_change",
};

/* Statements whose plan says SCAN but which read a bounded number of rows. */
static const char *const bounded_scans[] = {
  /* The audit chain's newest row: the rowid walked backwards, LIMIT 1. */
  "FROM audit_log ORDER BY id DESC LIMIT 1",
};

static gboolean
is_bounded_scan (const char *sql)
{
  for (guint i = 0; i < G_N_ELEMENTS (bounded_scans); i++)
    if (strstr (sql, bounded_scans[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
scans_growing_table (const char *line)
{
  const char *scan = strstr (line, "SCAN ");

  if (scan == NULL)
    return FALSE;
  scan += strlen ("SCAN ");
  for (guint i = 0; i < G_N_ELEMENTS (growing_tables); i++)
    {
      gsize n = strlen (growing_tables[i]);

      /* "SCAN policy", "SCAN policy USING INDEX …": a whole table or a whole index. */
      if (strncmp (scan, growing_tables[i], n) == 0 && !g_ascii_isalnum (scan[n]) && scan[n] != '_')
        return TRUE;
    }
  return FALSE;
}

static void
search (BdStore    *store,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = bd_store_search_customers (store, text, 50, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), >, 0);
  /* The list reads a customer when its row is shown: read them all. */
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    g_object_unref (g_list_model_get_item (found, i));
}

/* What the window reads to open @id: the customer, their policies, the card, contacts. */
static void
open_customer (BdStore *store,
               gint64   id,
               GDate   *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdCustomer) customer = bd_store_get_customer (store, id, &error);
  g_autoptr(GListModel) policies = bd_store_list_policies_of (store, id, &error);
  g_autoptr(BdHouseholdCard) card = bd_store_load_household_card (store, id, today, &error);
  g_autoptr(GListModel) contacts = bd_store_list_contacts (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (customer);
}

/* Every kind of search the counter makes, with keys taken from customer @id. */
static void
search_every_kind (BdStore *store,
                   gint64   id)
{
  g_autoptr(BdCustomer) customer = bd_store_get_customer (store, id, NULL);
  g_autoptr(GListModel) policies = bd_store_list_policies_of (store, id, NULL);
  const char *name = bd_customer_get_name (customer);
  const char *mobile = bd_customer_get_mobile (customer);
  const char *number = bd_customer_get_id_number (customer);
  g_autofree char *beginning = g_utf8_substring (name, 0, g_utf8_strlen (name, -1) - 1);
  g_autofree char *part = g_utf8_substring (name, g_utf8_strlen (name, -1) - 1, g_utf8_strlen (name, -1));

  search (store, name);
  search (store, beginning);
  search (store, part);
  search (store, mobile);
  search (store, mobile + strlen (mobile) - 4);
  search (store, number);
  search (store, number + strlen (number) - 6);
  if (g_list_model_get_n_items (policies) > 0)
    {
      g_autoptr(BdPolicy) policy = g_list_model_get_item (policies, 0);
      search (store, bd_policy_get_number (policy));
    }
}

/* The Queues' requests due, the branch's and a clerk's (the demo's first counter account):
 * a count and a page, as the page reads them. */
static void
read_requests_due (BdStore     *store,
                   const GDate *today)
{
  gint64 staff_ids[] = { 0, 1 };
  GDate until = *today;

  g_date_add_days (&until, 30);
  for (guint i = 0; i < G_N_ELEMENTS (staff_ids); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) page = NULL;
      guint count = 0;

      g_assert_true (bd_case_store_count_due (store, &until, staff_ids[i], 1001, &count, &error));
      g_assert_no_error (error);
      page = bd_case_store_list_due (store, &until, staff_ids[i], 0, 100, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (page), ==, MIN (count, 100));
    }
}

/* The audit log's window: a page with each filter alone, and with all of them. */
static void
read_audit_pages (BdStore *store)
{
  const BdAuditQuery queries[] = {
    { 0, NULL, 0, NULL, NULL },
    { 1, NULL, 0, NULL, NULL },
    { 0, "customer-opened", 0, NULL, NULL },
    { 0, NULL, 1, NULL, NULL },
    { 0, NULL, 0, "2026-01-01T00:00:00Z", NULL },
    { 0, NULL, 0, NULL, "2026-01-01T00:00:00Z" },
    { 0, NULL, 0, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z" },
    { 1, "customer-opened", 1, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) page = bd_audit_store_list_page (store, &queries[i], 0, 100, &error);

      g_assert_no_error (error);
      g_assert_nonnull (page);
    }
}

static void
test_desk_reads_use_indexes (void)
{
  BdTestStore fixture = { 0 };
  BdDemoOptions options = { N_CUSTOMERS, 1, { 0 }, TRUE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GString) scans = g_string_new (NULL);
  g_autoptr(GListModel) recent = NULL;
  guint n_checked = 0;

  bd_test_store_set_up (&fixture, "bd-plans", "branch.db");
  g_date_clear (&options.today, 1);
  g_date_set_dmy (&options.today, 22, G_DATE_NOVEMBER, 2026);
  g_assert_true (bd_demo_generate (fixture.store, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  /* A desk's own connection: only what a desk runs is kept in it, not the demo's. */
  g_clear_object (&fixture.store);
  fixture.store = bd_store_open (fixture.path, bd_test_key (), &error);
  g_assert_no_error (error);

  /* Customers with a mobile, spread over the branch. */
  for (gint64 id = 1; id <= N_CUSTOMERS; id += N_CUSTOMERS / 10)
    {
      g_autoptr(BdCustomer) customer = bd_store_get_customer (fixture.store, id, NULL);

      if (customer == NULL || bd_customer_get_mobile (customer) == NULL)
        continue;
      search_every_kind (fixture.store, id);
      open_customer (fixture.store, id, &options.today);
    }
  recent = bd_store_list_recent_customers (fixture.store, 1, 20, &error);
  g_assert_no_error (error);
  read_requests_due (fixture.store, &options.today);
  read_audit_pages (fixture.store);

  statements = bd_db_list_cached_sql (bd_store_get_db (fixture.store));
  for (guint i = 0; i < statements->len; i++)
    {
      const char *sql = g_ptr_array_index (statements, i);
      g_autofree char *plan = bd_db_explain (bd_store_get_db (fixture.store), sql, &error);
      g_auto(GStrv) lines = NULL;

      g_assert_no_error (error);
      lines = g_strsplit (plan, "\n", -1);
      for (guint j = 0; lines[j] != NULL && !is_bounded_scan (sql); j++)
        if (scans_growing_table (lines[j]))
          g_string_append_printf (scans, "%s\n  in: %s\n", lines[j], sql);
      n_checked++;
    }
  /* The searches, the customer, the card and the contacts: more than a few statements. */
  g_test_message ("%u statements checked", n_checked);
  g_assert_cmpuint (n_checked, >=, 10);
  if (scans->len > 0)
    g_error ("statements that scan a table growing with the branch:\n%s", scans->str);
  bd_test_store_tear_down (&fixture);
}

/* The check itself sees a scan. */
static void
test_scan_is_seen (void)
{
  BdTestStore fixture = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = NULL;

  bd_test_store_set_up (&fixture, "bd-plans", "branch.db");
  plan = bd_db_explain (bd_store_get_db (fixture.store),
                        "SELECT id FROM customer WHERE name LIKE '%明'", &error);
  g_assert_no_error (error);
  g_assert_true (scans_growing_table (plan));
  g_clear_pointer (&plan, g_free);
  plan = bd_db_explain (bd_store_get_db (fixture.store),
                        "SELECT id FROM policy WHERE number = '1'", &error);
  g_assert_no_error (error);
  g_assert_false (scans_growing_table (plan));
  bd_test_store_tear_down (&fixture);
}

int
main (int    argc,
      char **argv)
{
  bd_test_init_in_english (&argc, &argv);
  g_test_add_func ("/query-plans/scan-is-seen", test_scan_is_seen);
  g_test_add_func ("/query-plans/desk-reads", test_desk_reads_use_indexes);
  return g_test_run ();
}
