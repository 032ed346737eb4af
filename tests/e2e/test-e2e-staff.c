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

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-customers-store.h"
#include "bd-e2e.h"
#include "bd-store.h"
#include "bd-test-fixture.h"

#define TIMEOUT_MS 15000
#define CLERK_LOGIN "liuxiao"
#define CLERK_NAME "刘晓"
#define FIRST_PASSWORD "given-at-desk-1"
#define OWN_PASSWORD "only-mine-2026"

static AtspiAccessible *
wait_shown (AtspiAccessible *root,
            AtspiRole        role,
            const char      *name)
{
  AtspiAccessible *control = bd_e2e_wait_for_shown (root, role, name, TIMEOUT_MS);

  if (control == NULL)
    g_error ("Nothing on screen named “%s”", name);
  return control;
}

static void
click_shown (AtspiAccessible *root,
             AtspiRole        role,
             const char      *name)
{
  g_autoptr(AtspiAccessible) control = wait_shown (root, role, name);

  g_assert_true (bd_e2e_click (control));
  g_usleep (300 * 1000);
}

static void
type_into (AtspiAccessible *root,
           const char      *name,
           const char      *text)
{
  g_autoptr(AtspiAccessible) field = wait_shown (root, ATSPI_ROLE_INVALID, name);

  g_assert_true (bd_e2e_set_text (field, text));
}

/* The main menu's item @msgid. */
static void
choose_from_menu (BdE2e      *e2e,
                  const char *msgid)
{
  g_autofree char *item = bd_e2e_said (msgid);
  char *ellipsis = strstr (item, "…");

  g_autoptr(AtspiAccessible) control = NULL;

  g_autoptr(AtspiAccessible) menu = wait_shown (e2e->app, ATSPI_ROLE_INVALID,
                                                bd_e2e_tr ("Main menu"));
  g_autoptr(AtspiAccessible) button = atspi_accessible_get_child_at_index (menu, 0, NULL);

  /* The menu button's own button opens it. */
  g_assert_true (bd_e2e_click (menu) || (button != NULL && bd_e2e_click (button)));
  /* A menu item says its mnemonic after the words in Chinese, "员工账号(S)…": the words
   * before it, and the first item they begin. */
  if (ellipsis != NULL)
    *ellipsis = '\0';
  control = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID, item, TIMEOUT_MS);
  if (control == NULL)
    g_error ("No menu item named “%s”", item);
  g_assert_true (bd_e2e_click (control));
  g_usleep (500 * 1000);
}

/* The program's top-level window titled @title. */
static AtspiAccessible *
wait_for_window (BdE2e      *e2e,
                 const char *title)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      int n = atspi_accessible_get_child_count (e2e->app, NULL);

      for (int i = 0; i < n; i++)
        {
          g_autoptr(AtspiAccessible) window = atspi_accessible_get_child_at_index (e2e->app, i,
                                                                                   NULL);
          g_autofree char *name = window != NULL ? atspi_accessible_get_name (window, NULL)
                                                 : NULL;

          if (g_strcmp0 (name, title) == 0)
            return g_steal_pointer (&window);
        }
      g_usleep (200 * 1000);
    }
  g_error ("No window titled “%s”", title);
  return NULL;
}

static void
add_clerk (BdE2e *e2e)
{
  g_autoptr(AtspiAccessible) window = NULL;
  g_autoptr(AtspiAccessible) added = NULL;

  bd_e2e_sign_in (e2e, "admin", "admin-demo");
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, "孙建国", TIMEOUT_MS));
  choose_from_menu (e2e, "_Staff Accounts…");
  window = wait_for_window (e2e, bd_e2e_tr ("Staff Accounts"));
  g_assert_nonnull (bd_e2e_wait_for_text (window, "wangfang", TIMEOUT_MS));

  click_shown (window, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Add account"));
  type_into (window, bd_e2e_tr ("Staff name to sign in with"), CLERK_LOGIN);
  type_into (window, bd_e2e_tr ("Full name"), CLERK_NAME);
  type_into (window, bd_e2e_tr ("Phone number"), "13900001234");
  type_into (window, bd_e2e_tr ("Password"), FIRST_PASSWORD);
  type_into (window, bd_e2e_tr ("Password again"), FIRST_PASSWORD);
  click_shown (window, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Add account"));

  /* Back on the list, the new account, owing its password change. */
  added = bd_e2e_wait_for_text (window, CLERK_LOGIN, TIMEOUT_MS);
  g_assert_nonnull (added);
  g_assert_nonnull (bd_e2e_wait_for_text (window, bd_e2e_tr ("%s · password to be changed") + 2,
                                          TIMEOUT_MS));
  atspi_generate_keyboard_event (0xff1b /* Escape */, NULL, ATSPI_KEY_SYM, NULL);
  g_usleep (500 * 1000);
  choose_from_menu (e2e, "Sign _Out");
}

/* The clerk signs in, is made to change the password, then works. */
static void
clerk_first_day (BdE2e      *e2e,
                 const char *customer)
{
  g_autoptr(AtspiAccessible) search = NULL;
  g_autoptr(AtspiAccessible) row = NULL;

  bd_e2e_sign_in (e2e, CLERK_LOGIN, FIRST_PASSWORD);
  wait_shown (e2e->app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Current password"));
  /* The Desk is out of reach: its search, asked through the tree, finds nobody. */
  search = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Search customers"),
                            TIMEOUT_MS);
  g_assert_nonnull (search);
  g_assert_true (bd_e2e_set_text (search, customer));
  row = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, customer, 3000);
  g_assert_null (row);
  g_assert_true (bd_e2e_set_text (search, ""));
  g_clear_object (&search);

  type_into (e2e->app, bd_e2e_tr ("Current password"), FIRST_PASSWORD);
  type_into (e2e->app, bd_e2e_tr ("New password"), OWN_PASSWORD);
  type_into (e2e->app, bd_e2e_tr ("New password again"), OWN_PASSWORD);
  click_shown (e2e->app, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Change password"));

  /* The Desk, in the clerk's name: a customer found and opened. */
  search = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Search customers"),
                            TIMEOUT_MS);
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, CLERK_NAME, TIMEOUT_MS));
  g_assert_true (bd_e2e_set_text (search, customer));
  row = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, customer, TIMEOUT_MS);
  g_assert_nonnull (row);
  g_assert_true (bd_e2e_click (row));
  /* The customer's page, its tabs. */
  g_assert_nonnull (bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Contacts & Slips"),
                                     TIMEOUT_MS));
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

  bd_e2e_create_demo (&e2e, 300);
  customer = pick_customer (&e2e);
  bd_e2e_start (&e2e);
  add_clerk (&e2e);
  clerk_first_day (&e2e, customer);
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
