/* test-setup-window.c — the first run's assistant in the real window, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "bd-demo.h"
#include "bd-password-rules.h"
#include "bd-setup-page.h"
#include "bd-setup.h"
#include "bd-sign-in-page.h"
#include "bd-test-widgets.h"
#include "bd-window.h"

static char *folder;

/* What the application does when the assistant is done: the desk on the branch made. */
static void
branch_ready_cb (BdSetupPage *page,
                 BdStore     *store,
                 BdSession  **session)
{
  *session = bd_session_new (store);
  bd_window_set_session (BD_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))), *session);
}

static BdWindow *
window_with_assistant (const char  *path,
                       BdSession  **session)
{
  BdWindow *window = bd_window_new (NULL, NULL);
  g_autofree char *key_file = NULL;
  GtkWidget *page;

  /* The test's key file: the desk's key, as --key-file gives it (bd_test_key()). */
  bd_test_key ();
  key_file = g_strdup (g_getenv ("BRANCHDESK_KEY_FILE"));
  page = bd_setup_page_new (path, key_file, NULL, NULL);
  g_signal_connect (page, "branch-ready", G_CALLBACK (branch_ready_cb), session);
  bd_window_show_setup (window, page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
  gtk_window_present (GTK_WINDOW (window));
  bd_test_wait_for_frames (GTK_WIDGET (window));
  return window;
}

static void
type_into (GtkWidget  *root,
           const char *title,
           const char *text)
{
  GtkEditable *entry = bd_test_find_entry_row (root, title);

  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, text);
}

static void
click (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = bd_test_find_button (root, label);
  GtkWidget *window;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_visible (button));
  /* The window, not @root: the assistant leaves the window once it is done. */
  window = GTK_WIDGET (gtk_widget_get_root (button));
  g_signal_emit_by_name (button, "clicked");
  bd_test_wait_for_frames (window);
}

/* The step the assistant shows. */
static const char *
step_shown (GtkWidget *root)
{
  GtkWidget *page = bd_test_find_widget (root, BD_TYPE_SETUP_PAGE);
  GtkWidget *steps = bd_test_find_widget (page, GTK_TYPE_STACK);

  return gtk_stack_get_visible_child_name (GTK_STACK (steps));
}

/* Whether the row titled @title is marked as refused, its reason under it. */
static gboolean
is_marked (GtkWidget  *root,
           const char *title)
{
  GtkWidget *row = bd_test_find_row (root, ADW_TYPE_PREFERENCES_ROW, title);

  g_assert_nonnull (row);
  return gtk_widget_has_css_class (row, "error");
}

static gboolean
is_monospace_label (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "monospace");
}

static guint
count_staff (const char *path)
{
  return (guint) bd_test_query_int (path, "SELECT count(*) FROM staff");
}

static void
test_create_branch (void)
{
  g_autofree char *path = g_build_filename (folder, "new-branch.db", NULL);
  g_autoptr(BdSession) session = NULL;
  g_autofree char *recovery_key = NULL;
  BdWindow *window = window_with_assistant (path, &session);
  /* The assistant's own fields: the sign-in page behind it has a Password row too. */
  GtkWidget *root = bd_test_find_widget (GTK_WIDGET (window), BD_TYPE_SETUP_PAGE);
  GtkWidget *choice;
  GtkWidget *label;

  g_assert_cmpstr (step_shown (root), ==, "choose");
  choice = bd_test_find_row (root, ADW_TYPE_ACTION_ROW, "Create a new branch");
  g_assert_nonnull (choice);
  gtk_widget_activate (choice);
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (step_shown (root), ==, "branch");

  /* The time zone is there already; the rest is typed. A branch without a name is
   * refused on that field, and what was typed stays. */
  g_assert_cmpstr (gtk_editable_get_text (bd_test_find_entry_row (root, "Time zone")), ==,
                   "Asia/Shanghai");
  type_into (root, "Company name", "衡信人寿保险股份有限公司");
  type_into (root, "Branch address", "南京市鼓楼区中山北路 100 号");
  type_into (root, "Service phone", "025-8300 1234");
  click (root, "_Next");
  g_assert_cmpstr (step_shown (root), ==, "branch");
  g_assert_true (is_marked (root, "Branch name"));
  g_assert_cmpstr (gtk_editable_get_text (bd_test_find_entry_row (root, "Company name")), ==,
                   "衡信人寿保险股份有限公司");
  type_into (root, "Branch name", "鼓楼支公司");
  click (root, "_Next");
  g_assert_cmpstr (step_shown (root), ==, "administrator");

  /* Two passwords that differ: refused on the repeated one, nothing written. */
  type_into (root, "Login", "chenjing");
  type_into (root, "Full name", "陈静");
  type_into (root, "Password", "鼓楼柜面2026");
  type_into (root, "Password again", "鼓楼柜面2025");
  click (root, "_Create the Branch");
  g_assert_cmpstr (step_shown (root), ==, "administrator");
  g_assert_true (is_marked (root, "Password again"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS) && count_staff (path) > 0);
  type_into (root, "Password again", "鼓楼柜面2026");
  click (root, "_Create the Branch");
  g_assert_cmpstr (step_shown (root), ==, "recovery");
  g_assert_cmpuint (count_staff (path), ==, 1);

  /* The recovery key as shown, typed back: a wrong one is refused on its field. */
  label = bd_test_find_first (root, is_monospace_label, NULL);
  g_assert_nonnull (label);
  recovery_key = g_strdup (gtk_label_get_label (GTK_LABEL (label)));
  g_assert_cmpuint (strlen (recovery_key), ==, 65);
  click (root, "_I Have Written It Down");
  g_assert_cmpstr (step_shown (root), ==, "confirm");
  type_into (root, "Recovery key", "AAAAA-BBBBB");
  click (root, "C_heck and Continue");
  g_assert_true (is_marked (root, "Recovery key"));
  g_assert_null (session);
  type_into (root, "Recovery key", recovery_key);
  click (root, "C_heck and Continue");
  g_assert_nonnull (session);
  root = GTK_WIDGET (window);
  g_assert_null (bd_test_find_widget (root, BD_TYPE_SETUP_PAGE));

  /* The sign-in page, the focus on its staff name, and the administrator signs in. */
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)),
                                         GTK_WIDGET (bd_test_find_entry_row (root, "Staff name"))));
  type_into (root, "Staff name", "chenjing");
  type_into (root, "Password", "鼓楼柜面2026");
  click (root, "_Sign In");
  g_assert_cmpint (bd_session_get_state (session), ==, BD_SESSION_ACTIVE);
  g_assert_cmpstr (bd_staff_get_name (bd_session_get_staff (session)), ==, "陈静");
  g_assert_cmpint (bd_staff_get_role (bd_session_get_staff (session)), ==, BD_ROLE_ADMINISTRATOR);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_training_banner (GtkWidget     *widget,
                    gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, "training-banner");
}

static gboolean
banner_shown (BdWindow *window)
{
  GtkWidget *banner = bd_test_find_first (GTK_WIDGET (window), is_training_banner, NULL);

  return banner != NULL && gtk_widget_get_mapped (banner);
}

static BdStore *
store_of (const char *file_name,
          gboolean    demo)
{
  g_autofree char *path = g_build_filename (folder, file_name, NULL);
  BdStore *store = bd_store_create (path, bd_test_key (), NULL);
  BdDemoOptions options = { 20, 3, { 0 } };

  g_assert_nonnull (store);
  g_date_clear (&options.today, 1);
  g_date_set_dmy (&options.today, 22, G_DATE_NOVEMBER, 2026);
  if (demo)
    g_assert_true (bd_demo_generate (store, &options, NULL, NULL, NULL));
  else
    bd_test_add_staff (store, "wangfang", "王芳", BD_ROLE_COUNTER, "a1b2c3d4e5", NULL);
  return store;
}

static void
test_training_banner (void)
{
  g_autoptr(BdStore) real = store_of ("real.db", FALSE);
  g_autoptr(BdStore) demo = store_of ("demo.db", TRUE);
  g_autoptr(BdSession) real_session = bd_session_new (real);
  g_autoptr(BdSession) demo_session = bd_session_new (demo);
  BdWindow *window;

  window = bd_test_window_new (real_session, 1024, 700);
  g_assert_false (banner_shown (window));
  gtk_window_destroy (GTK_WINDOW (window));

  /* Over the sign-in page, and over the Desk once signed in. */
  window = bd_test_window_new (demo_session, 1024, 700);
  g_assert_true (banner_shown (window));
  g_assert_true (bd_session_sign_in (demo_session, "admin", BD_DEMO_PASSWORD_ADMINISTRATOR,
                                     NULL));
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (banner_shown (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The training branch made by the assistant, on a thread: the banner once it is done. */
static void
test_training_branch (void)
{
  g_autofree char *path = g_build_filename (folder, "training.db", NULL);
  g_autoptr(BdSession) session = NULL;
  BdWindow *window = window_with_assistant (path, &session);
  GtkWidget *root = GTK_WIDGET (window);

  gtk_widget_activate (bd_test_find_row (root, ADW_TYPE_ACTION_ROW, "Create a training branch"));
  g_assert_cmpstr (step_shown (root), ==, "training");
  while (session == NULL)
    g_main_context_iteration (NULL, TRUE);
  bd_test_wait_for_frames (root);
  g_assert_true (bd_setup_is_training (bd_session_get_store (session)));
  g_assert_true (banner_shown (window));
  g_assert_true (bd_session_sign_in (session, "admin", BD_DEMO_PASSWORD_ADMINISTRATOR, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
  bd_setup_note_branch (NULL);
}

int
main (int   argc,
      char *argv[])
{
  folder = bd_test_ui_init (&argc, &argv, "bd-setup-window");

  g_test_add_func ("/setup-window/create-branch", test_create_branch);
  g_test_add_func ("/setup-window/training-banner", test_training_banner);
  g_test_add_func ("/setup-window/training-branch", test_training_branch);
  return bd_test_run_and_remove (folder);
}
