/* test-staff-window.c — the Staff Accounts window and the password owed at first sign-in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window on a small demo branch: the administrator opens Staff Accounts from the
 * menu and finds the demo's staff; adding a clerk with a short password shows the rule on
 * the password field and keeps everything typed. A new account's owner signs in and sees
 * only the page that changes the password; changed, the Desk.
 */
#include "config.h"

#include <adwaita.h>

#include "bd-clock.h"
#include "bd-demo.h"
#include "bd-password-page.h"
#include "bd-password-rules.h"
#include "bd-staff-desk.h"
#include "bd-staff-store.h"
#include "bd-staff-window.h"
#include "bd-test-widgets.h"
#include "bd-window-private.h"

static char *folder;

typedef struct
{
  BdStore   *store;
  char      *path;
  BdSession *session;
  BdWindow  *window;
} Desk;

static void
desk_set_up (Desk          *desk,
             gconstpointer  data)
{
  g_autofree char *file_name = bd_test_file_name (".db");
  BdDemoOptions options = { 10, 7, { 0 }, TRUE };
  g_autoptr(GError) error = NULL;

  desk->path = g_build_filename (folder, file_name, NULL);
  bd_test_clock_fix ("2026-11-25T09:00:00+08:00");
  desk->store = bd_store_create (desk->path, bd_test_key (), &error);
  g_assert_no_error (error);
  g_date_set_dmy (&options.today, 25, 11, 2026);
  g_assert_true (bd_demo_generate (desk->store, &options, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
desk_tear_down (Desk          *desk,
                gconstpointer  data)
{
  if (desk->window != NULL)
    gtk_window_destroy (GTK_WINDOW (desk->window));
  g_clear_object (&desk->session);
  g_clear_object (&desk->store);
  g_free (desk->path);
  bd_clock_reset ();
}

static void
open_desk (Desk       *desk,
           const char *login,
           const char *password)
{
  desk->session = bd_test_sign_in (desk->store, login, password);
  desk->window = bd_test_window_new (desk->session, 1024, 700);
}

/* The Staff Accounts window over the desk, if one is open. */
static GtkWidget *
find_staff_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (BD_IS_STAFF_WINDOW (window))
        return GTK_WIDGET (window);
    }
  return NULL;
}

static GtkWidget *
open_staff_window (Desk *desk)
{
  GtkWidget *window;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk->window),
                                             "win.show-staff-accounts", NULL));
  window = find_staff_window ();
  g_assert_nonnull (window);
  bd_test_wait_for_frames (window);
  return window;
}

static void
type_into (GtkWidget  *root,
           const char *row_title,
           const char *text)
{
  GtkEditable *entry = bd_test_find_entry_row (root, row_title);

  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, text);
}

/* The administrator finds every demo account, with its role and state. */
static void
test_lists_demo_staff (Desk          *desk,
                       gconstpointer  data)
{
  guint n_accounts = 0;
  const BdDemoAccount *accounts = bd_demo_get_accounts (&n_accounts);
  GtkWidget *window;

  open_desk (desk, "admin", BD_DEMO_PASSWORD_ADMINISTRATOR);
  window = open_staff_window (desk);
  for (guint i = 0; i < n_accounts; i++)
    g_assert_true (bd_test_shows_text (window, accounts[i].name, BD_TEST_TEXT_ROW_TITLE));
  g_assert_true (bd_test_shows_text (window, "wangfang · Counter staff · Active",
                                     BD_TEST_TEXT_ROW_SUBTITLE));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A counter clerk is not offered the window, and the action opens nothing. */
static void
test_not_for_clerks (Desk          *desk,
                     gconstpointer  data)
{
  open_desk (desk, "wangfang", BD_DEMO_PASSWORD_COUNTER);
  gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.show-staff-accounts", NULL);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_null (find_staff_window ());
}

/* A short password is refused on the password field with the rule; everything typed
 * stays; a good one adds the clerk, who owes a change. */
static void
test_add_short_password (Desk          *desk,
                         gconstpointer  data)
{
  GtkWidget *window, *password_row;
  g_autoptr(BdStaff) added = NULL;

  open_desk (desk, "admin", BD_DEMO_PASSWORD_ADMINISTRATOR);
  window = open_staff_window (desk);
  g_signal_emit_by_name (bd_test_find_button (window, "_Add Account…"), "clicked");
  bd_test_wait_for_frames (window);
  type_into (window, "Staff name to sign in with", "xiaoliu");
  type_into (window, "Full name", "刘晓");
  type_into (window, "Phone number", "13900001234");
  type_into (window, "Password", "short");
  type_into (window, "Password again", "short");
  g_signal_emit_by_name (bd_test_find_button (window, "_Add Account"), "clicked");
  bd_test_wait_for_frames (window);

  password_row = GTK_WIDGET (bd_test_find_entry_row (window, "Password"));
  g_assert_true (gtk_widget_has_css_class (password_row, "error"));
  g_assert_true (bd_test_shows_text (window, "A password has at least 8 characters",
                                     BD_TEST_TEXT_ROW_TITLE));
  /* Nothing typed is lost. */
  g_assert_cmpstr (gtk_editable_get_text (bd_test_find_entry_row (window, "Staff name to sign in with")),
                   ==, "xiaoliu");
  g_assert_cmpstr (gtk_editable_get_text (bd_test_find_entry_row (window, "Full name")), ==, "刘晓");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (password_row)), ==, "short");
  g_assert_null (bd_store_find_staff (desk->store, "xiaoliu", NULL));

  type_into (window, "Password", "counter-start-1");
  type_into (window, "Password again", "counter-start-1");
  g_signal_emit_by_name (bd_test_find_button (window, "_Add Account"), "clicked");
  bd_test_wait_for_frames (window);
  added = bd_store_find_staff (desk->store, "xiaoliu", NULL);
  g_assert_nonnull (added);
  g_assert_true (bd_staff_get_password_change_owed (added));
  g_assert_true (bd_test_shows_text (window, "xiaoliu · Counter staff · Active · password to be changed",
                                     BD_TEST_TEXT_ROW_SUBTITLE));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Signed in with a password others know, the clerk sees only the page that changes it; a
 * wrong current password is refused on its field; changed, the Desk. */
static void
test_change_owed (Desk          *desk,
                  gconstpointer  data)
{
  g_autoptr(BdStaff) staff = bd_staff_new ();
  g_autoptr(BdSession) admin = bd_test_sign_in (desk->store, "admin",
                                                BD_DEMO_PASSWORD_ADMINISTRATOR);
  GtkWidget *page, *current;

  bd_staff_set_login (staff, "xiaoliu");
  bd_staff_set_name (staff, "刘晓");
  g_assert_true (bd_staff_desk_add (admin, staff, "counter-start-1", "counter-start-1", NULL));
  open_desk (desk, "xiaoliu", "counter-start-1");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (desk->window->main_stack), ==, "password");
  page = bd_test_find_widget (GTK_WIDGET (desk->window), BD_TYPE_PASSWORD_PAGE);
  g_assert_true (bd_test_shows_text (page, bd_password_rules_describe (), BD_TEST_TEXT_ROW_TITLE));
  /* The Desk's keys and actions lead nowhere. */
  gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.show-area", "s", "queues");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (desk->window->main_stack), ==, "password");

  type_into (page, "Current password", "not-the-one");
  type_into (page, "New password", "my-own-secret");
  type_into (page, "New password again", "my-own-secret");
  g_signal_emit_by_name (bd_test_find_button (page, "C_hange Password"), "clicked");
  current = GTK_WIDGET (bd_test_find_entry_row (page, "Current password"));
  g_assert_true (gtk_widget_has_css_class (current, "error"));
  g_assert_cmpstr (gtk_editable_get_text (bd_test_find_entry_row (page, "New password")), ==,
                   "my-own-secret");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (desk->window->main_stack), ==, "password");

  type_into (page, "Current password", "counter-start-1");
  g_signal_emit_by_name (bd_test_find_button (page, "C_hange Password"), "clicked");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (desk->window->main_stack), ==, "desk");
  g_assert_true (bd_session_may (desk->session, BD_PERMISSION_VIEW_CUSTOMERS));
}

int
main (int   argc,
      char *argv[])
{
  folder = bd_test_ui_init (&argc, &argv, "bd-staff-window");

  g_test_add ("/staff-window/lists-demo-staff", Desk, NULL, desk_set_up, test_lists_demo_staff,
              desk_tear_down);
  g_test_add ("/staff-window/not-for-clerks", Desk, NULL, desk_set_up, test_not_for_clerks,
              desk_tear_down);
  g_test_add ("/staff-window/add-short-password", Desk, NULL, desk_set_up,
              test_add_short_password, desk_tear_down);
  g_test_add ("/staff-window/change-owed", Desk, NULL, desk_set_up, test_change_owed,
              desk_tear_down);
  return bd_test_run_and_remove (folder);
}
