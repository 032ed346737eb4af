/* test-e2e-staff.c — a new clerk's account, from the administrator to the counter, on the
 * real program through the accessibility tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo's administrator signs in, opens Staff Accounts from the main menu and adds a
 * counter account with a first password. The clerk signs in with it and gets the page
 * that changes it, the Desk out of reach; changed, the clerk finds a customer and opens
 * them.
 */
#include "config.h"

#include "bd-customers-store.h"
#include "bd-e2e-staff.h"
#include "bd-store.h"
#include "bd-test-fixture.h"

static const BdE2eAccount clerk = {
  .login = "liuxiao", .name = "刘晓", .phone = "13900001234",
  .first_password = "given-at-desk-1",
};

static void
add_clerk (BdE2e   *e2e,
           GString *problems)
{
  bd_e2e_sign_in (e2e, "admin", "admin-demo");
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, "孙建国", 15000));
  bd_e2e_add_account (e2e, &clerk, problems);
  bd_e2e_choose_from_menu (e2e, "Sign _Out");
}

/* The clerk signs in, is made to change the password, then works: a customer found and
 * opened, with the customer's tabs. */
static void
clerk_first_day (BdE2e      *e2e,
                 const char *customer,
                 GString    *problems)
{
  g_autoptr(AtspiAccessible) row = NULL;

  bd_e2e_change_first_password (e2e, &clerk, "only-mine-2026", customer, problems);
  row = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, customer, 15000);
  g_assert_nonnull (row);
  g_assert_true (bd_e2e_click (row));
  g_assert_nonnull (bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Contacts & Slips"),
                                     15000));
}

/* A customer of the demo whose whole name finds them alone, read through the store. */
static char *
pick_customer (BdE2e *e2e)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = bd_store_open (e2e->database, bd_test_key (), &error);

  g_assert_no_error (error);
  for (gint64 id = 1; ; id++)
    {
      g_autoptr(BdCustomer) customer = bd_store_get_customer (store, id, &error);
      g_autoptr(GListModel) found = NULL;

      g_assert_no_error (error);
      found = bd_store_search_customers (store, bd_customer_get_name (customer), 10, &error);
      g_assert_no_error (error);
      if (g_list_model_get_n_items (found) == 1)
        return g_strdup (bd_customer_get_name (customer));
    }
}

static void
test_new_clerk (void)
{
  BdE2e e2e = { 0 };
  g_autofree char *customer = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);

  bd_e2e_create_demo (&e2e, 300);
  customer = pick_customer (&e2e);
  bd_e2e_start (&e2e);
  add_clerk (&e2e, problems);
  clerk_first_day (&e2e, customer, problems);
  g_assert_cmpstr (problems->str, ==, "");
  bd_e2e_stop (&e2e);
}

int
main (int   argc,
      char *argv[])
{
  if (!bd_e2e_init (&argc, &argv))
    return 1;
  g_test_add_func ("/e2e/staff/new-clerk", test_new_clerk);
  return g_test_run ();
}
