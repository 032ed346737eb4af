/* test-audit-window.c — the Audit Log window: a supervisor filters by a clerk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window on a small branch: 王芳 and 李强 served 陈先生 and 林女士 last week. The
 * supervisor 周军 opens the audit log from the main menu's action, chooses 李强 and sees
 * his rows alone; a period that ends before it begins is refused on its field; a row opens
 * its customer on the desk, whom the log then offers as the customer on screen. A clerk
 * has no choice of staff and sees her own rows only.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "bd-audit-log-page.h"
#include "bd-clock.h"
#include "bd-test-widgets.h"
#include "bd-window.h"

static char *folder;

typedef struct
{
  BdStore   *store;
  char      *path;
  gint64     chen;
  gint64     lin;
  gint64     wangfang;
  gint64     liqiang;
  BdSession *session;
  BdWindow  *window;
  GtkWindow *log_window;
} Desk;

static void
append_at (Desk       *desk,
           const char *when,
           gint64      staff_id,
           const char *action,
           gint64      customer_id)
{
  bd_test_clock_fix (when);
  g_assert_true (bd_store_append_audit (desk->store, staff_id, action, NULL, 0, customer_id,
                                        NULL, NULL));
}

static void
desk_set_up (Desk          *desk,
             gconstpointer  data)
{
  g_autofree char *file_name = bd_test_file_name (".db");

  desk->path = g_build_filename (folder, file_name, NULL);
  bd_test_clock_fix ("2026-11-20T09:00:00+08:00");
  desk->store = bd_store_create (desk->path, bd_test_key (), NULL);
  g_assert_nonnull (desk->store);
  bd_test_add_staff (desk->store, "zhoujun", "周军", BD_ROLE_SUPERVISOR, "pw", NULL);
  desk->wangfang = bd_test_add_staff (desk->store, "wangfang", "王芳", BD_ROLE_COUNTER, "pw", NULL);
  desk->liqiang = bd_test_add_staff (desk->store, "liqiang", "李强", BD_ROLE_COUNTER, "pw", NULL);
  desk->chen = bd_test_add_person (desk->store, "陈先生", BD_SEX_MALE, "1978-03-02", NULL, NULL);
  desk->lin = bd_test_add_person (desk->store, "林女士", BD_SEX_FEMALE, "1981-05-06", NULL, NULL);
  append_at (desk, "2026-11-23T09:10:00+08:00", desk->wangfang, "contact-recorded", desk->chen);
  append_at (desk, "2026-11-24T10:20:00+08:00", desk->liqiang, "customer-opened", desk->lin);
  append_at (desk, "2026-11-25T11:30:00+08:00", desk->wangfang, "reveal", desk->lin);
  append_at (desk, "2026-11-26T14:40:00+08:00", desk->liqiang, "contact-recorded", desk->chen);
  bd_test_clock_fix ("2026-11-30T09:30:00+08:00");
}

static void
desk_tear_down (Desk          *desk,
                gconstpointer  data)
{
  if (desk->log_window != NULL)
    gtk_window_destroy (desk->log_window);
  if (desk->window != NULL)
    gtk_window_destroy (GTK_WINDOW (desk->window));
  g_clear_object (&desk->session);
  g_clear_object (&desk->store);
  g_free (desk->path);
  bd_clock_reset ();
}

/* Signs @login in and opens the audit log as the main menu does. */
static BdAuditLogPage *
open_log (Desk       *desk,
          const char *login)
{
  g_autoptr(GListModel) toplevels = NULL;
  GtkWidget *page = NULL;

  desk->session = bd_test_sign_in (desk->store, login, "pw");
  desk->window = bd_test_window_new (desk->session, 1024, 700);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.show-audit-log", NULL));
  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && page == NULL; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      page = bd_test_find_widget (window, BD_TYPE_AUDIT_LOG_PAGE);
      if (page != NULL)
        desk->log_window = GTK_WINDOW (window);
    }
  g_assert_nonnull (page);
  bd_test_wait_for_frames (page);
  return BD_AUDIT_LOG_PAGE (page);
}

/* The drop-down in the row titled @title. */
static GtkDropDown *
find_choice (BdAuditLogPage *page,
             const char     *title)
{
  GtkWidget *row = bd_test_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  return GTK_DROP_DOWN (bd_test_find_widget (row, GTK_TYPE_DROP_DOWN));
}

/* The position of @text in the string list of @choice. */
static guint
choice_of (GtkDropDown *choice,
           const char  *text)
{
  GListModel *choices = gtk_drop_down_get_model (choice);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (choices), i), text))
      return i;
  g_assert_not_reached ();
}

static void
assert_rows_by (BdAuditLogPage *page,
                gint64          staff_id,
                guint           n)
{
  GListModel *rows = bd_audit_log_page_get_rows (page);

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdAuditItem) item = g_list_model_get_item (rows, i);

      g_assert_cmpint (bd_audit_item_get_staff_id (item), ==, staff_id);
    }
}

/* Whether every row shown is about @customer_id (and there are some). */
static gboolean
all_about (BdAuditLogPage *page,
           gint64          customer_id)
{
  GListModel *rows = bd_audit_log_page_get_rows (page);
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdAuditItem) item = g_list_model_get_item (rows, i);

      if (bd_audit_item_get_customer_id (item) != customer_id)
        return FALSE;
    }
  return n > 0;
}

/* Runs the main loop until @row is marked: what was typed is taken after a pause. */
static void
wait_for_mark (GtkWidget *row)
{
  while (!gtk_widget_has_css_class (row, "error"))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_supervisor_filters_by_clerk (Desk          *desk,
                                  gconstpointer  data)
{
  BdAuditLogPage *page = open_log (desk, "zhoujun");
  GtkDropDown *staff = find_choice (page, "Staff member");
  GtkDropDown *action = find_choice (page, "Action");
  GtkEditable *from = bd_test_find_entry_row (GTK_WIDGET (page), "From (YYYY-MM-DD)");
  GtkEditable *to = bd_test_find_entry_row (GTK_WIDGET (page), "To (YYYY-MM-DD)");
  GtkWidget *view = bd_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  GtkWidget *on_screen;
  g_autofree char *customer_number = g_strdup_printf ("%" G_GINT64_FORMAT, desk->chen);

  g_assert_nonnull (staff);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (staff)));
  /* Everyone's: the four rows and the supervisor's sign-in. */
  g_assert_cmpuint (g_list_model_get_n_items (bd_audit_log_page_get_rows (page)), ==, 5);

  gtk_drop_down_set_selected (staff, choice_of (staff, "李强"));
  bd_test_wait_for_frames (GTK_WIDGET (page));
  assert_rows_by (page, desk->liqiang, 2);
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page), "李强", BD_TEST_TEXT_LABEL));
  g_assert_false (bd_test_shows_text (view, "王芳", BD_TEST_TEXT_LABEL));
  g_assert_true (bd_test_shows_text (view, "Customer opened", BD_TEST_TEXT_LABEL));

  gtk_drop_down_set_selected (action, choice_of (action, "Contact recorded"));
  bd_test_wait_for_frames (GTK_WIDGET (page));
  assert_rows_by (page, desk->liqiang, 1);

  /* A period that ends before it begins: refused on the To field, the From kept. */
  gtk_editable_set_text (from, "2026-11-26");
  gtk_editable_set_text (to, "2026-11-20");
  wait_for_mark (GTK_WIDGET (to));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (from), "error"));
  g_assert_cmpstr (gtk_editable_get_text (from), ==, "2026-11-26");
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page), "The period cannot end before the day it begins",
                                     BD_TEST_TEXT_ROW_TITLE));
  g_assert_cmpuint (g_list_model_get_n_items (bd_audit_log_page_get_rows (page)), ==, 0);
  gtk_editable_set_text (to, "");
  while (gtk_widget_has_css_class (GTK_WIDGET (to), "error"))
    g_main_context_iteration (NULL, TRUE);
  assert_rows_by (page, desk->liqiang, 1);

  /* The row is about 陈先生: activated, he opens on the desk. */
  g_assert_false (bd_test_shows_text (GTK_WIDGET (desk->window), "陈先生", BD_TEST_TEXT_LABEL));
  g_signal_emit_by_name (view, "activate", 0);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_true (bd_test_shows_text (GTK_WIDGET (desk->window), "陈先生", BD_TEST_TEXT_LABEL));

  /* Opened again from the menu, the log offers him as the customer on screen. */
  gtk_drop_down_set_selected (staff, 0);
  gtk_drop_down_set_selected (action, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.show-audit-log", NULL));
  on_screen = bd_test_find_button (GTK_WIDGET (page), "On Screen");
  g_assert_nonnull (on_screen);
  g_assert_true (gtk_widget_get_visible (on_screen));
  g_signal_emit_by_name (on_screen, "clicked");
  while (!all_about (page, desk->chen))
    g_main_context_iteration (NULL, TRUE);
  /* The two contacts about him, by 王芳 and by 李强. */
  g_assert_cmpuint (g_list_model_get_n_items (bd_audit_log_page_get_rows (page)), >=, 2);
  g_assert_cmpstr (gtk_editable_get_text (bd_test_find_entry_row (GTK_WIDGET (page), "Customer number")),
                   ==, customer_number);
}

static void
test_clerk_sees_own (Desk          *desk,
                     gconstpointer  data)
{
  BdAuditLogPage *page = open_log (desk, "wangfang");
  GtkDropDown *staff = find_choice (page, "Staff member");

  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (staff)));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (staff)), ==, 1);
  /* Her two rows and her sign-in. */
  assert_rows_by (page, desk->wangfang, 3);
}

int
main (int   argc,
      char *argv[])
{
  folder = bd_test_ui_init (&argc, &argv, "bd-audit-window");

  g_test_add ("/audit-window/supervisor-filters-by-clerk", Desk, NULL, desk_set_up,
              test_supervisor_filters_by_clerk, desk_tear_down);
  g_test_add ("/audit-window/clerk-sees-own", Desk, NULL, desk_set_up, test_clerk_sees_own,
              desk_tear_down);
  return bd_test_run_and_remove (folder);
}
