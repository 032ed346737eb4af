/* test-contacts.c — contact records, planned visits, premiums due and tracing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-store.h"
#include "bd-tracing.h"

typedef struct
{
  char    *folder;
  BdStore *store;
  gint64   customer;
  gint64   product;
} Fixture;

static gint64
add_policy (Fixture    *fixture,
            const char *number,
            const char *due,
            BdPolicyStatus status)
{
  g_autoptr(BdPolicy) policy = bd_policy_new ();

  bd_policy_set_number (policy, number);
  bd_policy_set_product_id (policy, fixture->product);
  bd_policy_set_policyholder_id (policy, fixture->customer);
  bd_policy_set_insured_id (policy, fixture->customer);
  bd_policy_set_effective_date (policy, "2020-01-01");
  bd_policy_set_next_due_date (policy, due);
  bd_policy_set_status (policy, status);
  g_assert_true (bd_store_add_policy (fixture->store, policy, NULL));
  return bd_policy_get_id (policy);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(BdCustomer) customer = bd_customer_new ();

  fixture->folder = g_dir_make_tmp ("bd-contacts-XXXXXX", NULL);
  path = g_build_filename (fixture->folder, "branch.db", NULL);
  fixture->store = bd_store_open (path, NULL);
  g_assert_nonnull (fixture->store);
  bd_customer_set_name (customer, "张三");
  g_assert_true (bd_store_add_customer (fixture->store, customer, NULL));
  fixture->customer = bd_customer_get_id (customer);
  fixture->product = bd_store_add_product (fixture->store, "L01", "寿险", BD_PRODUCT_LIFE, 0, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->folder);

  g_clear_object (&fixture->store);
  g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
  g_free (fixture->folder);
}

static BdContact *
make_contact (Fixture       *fixture,
              BdContactKind  kind,
              const char    *at,
              const char    *next_visit)
{
  BdContact *contact = bd_contact_new ();

  bd_contact_set_customer_id (contact, fixture->customer);
  bd_contact_set_kind (contact, kind);
  bd_contact_set_at (contact, at);
  bd_contact_set_next_visit (contact, next_visit);
  bd_contact_set_outcome (contact, "上门未遇");
  return contact;
}

static void
test_history_and_planned_visits (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(BdContact) call = make_contact (fixture, BD_CONTACT_PHONE, "2026-11-20T02:00:00Z", NULL);
  g_autoptr(BdContact) slip = make_contact (fixture, BD_CONTACT_SLIP, "2026-11-21T03:00:00Z",
                                            "2026-11-25T14:30");
  g_autoptr(BdContact) other = make_contact (fixture, BD_CONTACT_SLIP, "2026-11-21T04:00:00Z",
                                             "2026-11-26T09:00");
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GListModel) planned = NULL;
  g_autoptr(BdContact) newest = NULL;
  g_autoptr(BdContact) back = NULL;
  g_autoptr(GError) error = NULL;
  GDate day;

  g_assert_true (bd_store_add_contact (fixture->store, call, &error));
  g_assert_true (bd_store_add_contact (fixture->store, slip, &error));
  g_assert_true (bd_store_add_contact (fixture->store, other, &error));
  g_assert_no_error (error);

  history = bd_store_list_contacts (fixture->store, fixture->customer, &error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 3);
  newest = g_list_model_get_item (history, 0);
  g_assert_cmpint (bd_contact_get_id (newest), ==, bd_contact_get_id (other));

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 25, G_DATE_NOVEMBER, 2026);
  planned = bd_store_list_planned_visits (fixture->store, &day, &error);
  g_assert_cmpuint (g_list_model_get_n_items (planned), ==, 1);

  back = bd_store_get_contact (fixture->store, bd_contact_get_id (slip), &error);
  g_assert_cmpstr (bd_contact_get_next_visit (back), ==, "2026-11-25T14:30");
  g_assert_cmpint (bd_contact_get_kind (back), ==, BD_CONTACT_SLIP);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "contact-recorded", NULL), ==, 3);
}

static void
test_other_item_needs_text (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(BdContact) slip = make_contact (fixture, BD_CONTACT_SLIP, NULL, "2026-11-25T14:30");
  g_autoptr(GError) error = NULL;

  bd_contact_set_service_item (slip, BD_SERVICE_ITEM_OTHER);
  g_assert_false (bd_store_add_contact (fixture->store, slip, &error));
  g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  bd_contact_set_service_other (slip, "办理地址变更");
  g_assert_true (bd_store_add_contact (fixture->store, slip, &error));
  g_assert_nonnull (bd_contact_get_at (slip));
}

static void
test_premiums_due_in_order (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GListModel) due = NULL;
  g_autoptr(BdPolicy) first = NULL;
  GDate from;

  add_policy (fixture, "P3", "2026-12-20", BD_POLICY_IN_FORCE);
  add_policy (fixture, "P1", "2026-11-10", BD_POLICY_GRACE);
  add_policy (fixture, "P2", "2026-11-30", BD_POLICY_IN_FORCE);
  add_policy (fixture, "P4", "2026-11-28", BD_POLICY_LAPSED);
  add_policy (fixture, "P5", "2027-03-01", BD_POLICY_IN_FORCE);

  g_date_clear (&from, 1);
  g_date_set_dmy (&from, 22, G_DATE_NOVEMBER, 2026);
  due = bd_store_list_premiums_due (fixture->store, &from, 30, 10, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 3);
  first = g_list_model_get_item (due, 0);
  g_assert_cmpstr (bd_policy_get_number (first), ==, "P1");
}

static BdServiceClass
trace (Fixture          *fixture,
       gint64            policy,
       BdTracingMethod   method,
       gboolean          reached)
{
  BdServiceClass service_class = BD_SERVICE_LAPSED;
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_store_record_tracing (fixture->store, policy, method, reached, NULL, 0,
                                          &service_class, &error));
  g_assert_no_error (error);
  return service_class;
}

static void
test_difficult_after_fifth_method (Fixture       *fixture,
                                   gconstpointer  data)
{
  gint64 policy = add_policy (fixture, "P9", "2026-12-01", BD_POLICY_IN_FORCE);
  guint failed = 0;

  g_assert_cmpint (trace (fixture, policy, BD_TRACING_PHONE, FALSE), ==, BD_SERVICE_NORMAL);
  /* Trying the same method again does not count as another. */
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_PHONE, FALSE), ==, BD_SERVICE_NORMAL);
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_ADDRESS, FALSE), ==, BD_SERVICE_NORMAL);
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_NEIGHBOURS, FALSE), ==, BD_SERVICE_NORMAL);
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_ORIGINAL_AGENT, FALSE), ==, BD_SERVICE_NORMAL);
  g_assert_true (bd_store_get_failed_tracing (fixture->store, policy, &failed, NULL));
  g_assert_cmpuint (failed, ==, 0xf);
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_BOARD, FALSE), ==, BD_SERVICE_DIFFICULT);

  /* Reached: normal again, and the count starts over. */
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_ORIGINAL_AGENT, TRUE), ==, BD_SERVICE_NORMAL);
  g_assert_true (bd_store_get_failed_tracing (fixture->store, policy, &failed, NULL));
  g_assert_cmpuint (failed, ==, 0);
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_BOARD, FALSE), ==, BD_SERVICE_NORMAL);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "tracing-recorded", NULL), ==, 8);
}

static void
test_classify (void)
{
  g_assert_cmpint (bd_tracing_classify (BD_SERVICE_NORMAL, 0x0f, FALSE), ==, BD_SERVICE_NORMAL);
  g_assert_cmpint (bd_tracing_classify (BD_SERVICE_NORMAL, 0x1f, FALSE), ==, BD_SERVICE_DIFFICULT);
  g_assert_cmpint (bd_tracing_classify (BD_SERVICE_DIFFICULT, 0x1f, TRUE), ==, BD_SERVICE_NORMAL);
  g_assert_cmpint (bd_tracing_classify (BD_SERVICE_LAPSED, 0x1f, FALSE), ==, BD_SERVICE_LAPSED);
  g_assert_cmpint (bd_tracing_classify (BD_SERVICE_LAPSED, 0, TRUE), ==, BD_SERVICE_LAPSED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/contacts/history-and-planned-visits", test_history_and_planned_visits);
  ADD ("/contacts/other-item-needs-text", test_other_item_needs_text);
  ADD ("/contacts/premiums-due-in-order", test_premiums_due_in_order);
  ADD ("/tracing/difficult-after-fifth-method", test_difficult_after_fifth_method);
  g_test_add_func ("/tracing/classify", test_classify);

  return g_test_run ();
}
