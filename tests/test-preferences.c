/* test-preferences.c — Preferences: this desk's, and the branch's for its administrator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window on a new branch. The administrator opens Preferences (win.preferences,
 * Ctrl+,), types a service phone with a word in it and a time zone that does not exist,
 * and saves: both fields say what is wrong, nothing reaches the file, and what was typed
 * is still there to correct. Corrected, it is saved, audited and read back. A counter
 * clerk sees this desk's page only, and what is chosen there is this desk's GSettings.
 */
#include "config.h"

#include <adwaita.h>

#include "bd-branch-settings.h"
#include "bd-clock.h"
#include "bd-preferences-window.h"
#include "bd-print-preview.h"
#include "bd-test-widgets.h"
#include "bd-window.h"

static char *folder;

typedef struct
{
  BdStore   *store;
  char      *path;
  GSettings *settings;
  BdSession *session;
  BdWindow  *window;
} Desk;

static void
desk_set_up (Desk          *desk,
             gconstpointer  data)
{
  g_autofree char *file_name = bd_test_file_name (".db");

  desk->path = g_build_filename (folder, file_name, NULL);
  bd_test_clock_fix ("2026-11-30T09:30:00+08:00");
  desk->store = bd_store_create (desk->path, bd_test_key (), NULL);
  g_assert_nonnull (desk->store);
  bd_test_add_staff (desk->store, "admin", "孙建国", BD_ROLE_ADMINISTRATOR, "pw", NULL);
  bd_test_add_staff (desk->store, "wangfang", "王芳", BD_ROLE_COUNTER, "pw", NULL);
  desk->settings = g_settings_new ("io.github.branchdesk.BranchDesk");
}

static void
desk_tear_down (Desk          *desk,
                gconstpointer  data)
{
  if (desk->window != NULL)
    gtk_window_destroy (GTK_WINDOW (desk->window));
  g_clear_object (&desk->session);
  g_clear_object (&desk->store);
  g_settings_reset (desk->settings, "default-printer");
  g_settings_reset (desk->settings, "slip-paper");
  g_settings_reset (desk->settings, "preview-before-printing");
  g_clear_object (&desk->settings);
  g_free (desk->path);
  bd_clock_reset ();
}

static void
sign_in (Desk       *desk,
         const char *login)
{
  desk->session = bd_test_sign_in (desk->store, login, "pw");
  desk->window = bd_window_new (NULL, desk->settings);
  bd_window_set_session (desk->window, desk->session);
  gtk_window_set_default_size (GTK_WINDOW (desk->window), 1024, 700);
  gtk_window_present (GTK_WINDOW (desk->window));
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
}

static GtkWidget *
open_preferences (Desk *desk)
{
  GtkWidget *preferences;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.preferences",
                                             NULL));
  preferences = bd_test_find_toplevel (BD_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  bd_test_wait_for_frames (preferences);
  return preferences;
}

static gboolean
is_page_named (GtkWidget     *widget,
               gconstpointer  name)
{
  return ADW_IS_PREFERENCES_PAGE (widget) &&
         g_strcmp0 (adw_preferences_page_get_name (ADW_PREFERENCES_PAGE (widget)), name) == 0;
}

static GtkWidget *
find_page (GtkWidget  *preferences,
           const char *name)
{
  return bd_test_find_first (preferences, is_page_named, name);
}

/* The branch setting's row titled @title, and its entry. */
static GtkWidget *
setting_row (GtkWidget  *preferences,
             const char *title)
{
  GtkWidget *row = bd_test_find_row (preferences, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  return row;
}

static GtkEditable *
setting_entry (GtkWidget  *preferences,
               const char *title)
{
  GtkWidget *entry = bd_test_find_widget (setting_row (preferences, title), GTK_TYPE_ENTRY);

  g_assert_nonnull (entry);
  return GTK_EDITABLE (entry);
}

static void
type_setting (GtkWidget  *preferences,
              const char *title,
              const char *text)
{
  gtk_editable_set_text (setting_entry (preferences, title), text);
}

static void
save (GtkWidget *preferences)
{
  GtkWidget *button = bd_test_find_button (preferences, "Save");

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  bd_test_wait_for_frames (preferences);
}

static gint64
count_setting_audit (Desk *desk)
{
  return bd_test_query_int (desk->path, "SELECT count(*) FROM audit_log "
                                        "WHERE action = 'setting-changed'");
}

static void
test_branch_refused_then_saved (Desk          *desk,
                                gconstpointer  data)
{
  GtkWidget *preferences;
  GtkAccessible *phone_field;
  GtkAccessible *zone_field;
  g_autofree char *phone = NULL;
  g_autofree char *zone = NULL;

  sign_in (desk, "admin");
  preferences = open_preferences (desk);
  g_assert_nonnull (find_page (preferences, "desk"));
  g_assert_nonnull (find_page (preferences, "branch"));
  /* The row says what the field takes. */
  g_assert_true (bd_test_shows_text (preferences, "A whole number from 1 to 120; 5 unless set",
                                     BD_TEST_TEXT_ROW_SUBTITLE));
  g_assert_cmpstr (gtk_editable_get_text (setting_entry (preferences, "Time zone")), ==,
                   "Asia/Shanghai");

  type_setting (preferences, "Company name", "衡信人寿保险股份有限公司");
  type_setting (preferences, "Branch name", "南京分公司鼓楼营业部");
  type_setting (preferences, "Branch address", "南京市鼓楼区中山路 1 号");
  type_setting (preferences, "Service phone", "025-8000 转 1");
  type_setting (preferences, "Time zone", "Asia/Nanjing");
  save (preferences);

  /* Each field says what is wrong with it; nothing reaches the file. */
  g_assert_true (gtk_widget_has_css_class (setting_row (preferences, "Service phone"), "error"));
  g_assert_true (gtk_widget_has_css_class (setting_row (preferences, "Time zone"), "error"));
  g_assert_false (gtk_widget_has_css_class (setting_row (preferences, "Branch name"), "error"));
  g_assert_true (bd_test_shows_text (preferences, "This is not a time zone the system knows",
                                     BD_TEST_TEXT_ROW_TITLE));
  g_assert_true (bd_test_shows_text (preferences, "A phone number has digits, spaces",
                                     BD_TEST_TEXT_ROW_TITLE));
  g_assert_cmpint (count_setting_audit (desk), ==, 0);
  g_assert_cmpint (bd_test_query_int (desk->path, "SELECT count(*) FROM setting WHERE key IN "
                                                  "('branch-name', 'branch-phone')"), ==, 0);
  /* A screen reader on the field hears it is wrong, and by its own name. */
  phone_field = GTK_ACCESSIBLE (setting_entry (preferences, "Service phone"));
  zone_field = GTK_ACCESSIBLE (setting_entry (preferences, "Time zone"));
  gtk_test_accessible_assert_property (phone_field, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Service phone");
  gtk_test_accessible_assert_state (zone_field, GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (setting_row (preferences, "Time zone")),
                                    GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  /* What was typed is there to correct. */
  g_assert_cmpstr (gtk_editable_get_text (setting_entry (preferences, "Service phone")), ==,
                   "025-8000 转 1");
  g_assert_cmpstr (gtk_editable_get_text (setting_entry (preferences, "Time zone")), ==,
                   "Asia/Nanjing");
  g_assert_cmpstr (gtk_editable_get_text (setting_entry (preferences, "Branch name")), ==,
                   "南京分公司鼓楼营业部");

  type_setting (preferences, "Service phone", "025-8000 1111");
  type_setting (preferences, "Time zone", "Asia/Urumqi");
  save (preferences);
  g_assert_false (gtk_widget_has_css_class (setting_row (preferences, "Service phone"), "error"));
  g_assert_false (gtk_test_accessible_has_state (zone_field, GTK_ACCESSIBLE_STATE_INVALID));
  g_assert_false (bd_test_shows_text (preferences, "This is not a time zone the system knows",
                                      BD_TEST_TEXT_ROW_TITLE));
  phone = bd_branch_setting_dup (desk->store, "branch-phone");
  zone = bd_branch_setting_dup (desk->store, "time-zone");
  g_assert_cmpstr (phone, ==, "025-8000 1111");
  g_assert_cmpstr (zone, ==, "Asia/Urumqi");
  g_assert_cmpint (count_setting_audit (desk), ==, 5);

  /* Opened again, the form reads what was saved. */
  gtk_window_destroy (GTK_WINDOW (preferences));
  preferences = open_preferences (desk);
  g_assert_cmpstr (gtk_editable_get_text (setting_entry (preferences, "Service phone")), ==,
                   "025-8000 1111");
  g_assert_cmpstr (gtk_editable_get_text (setting_entry (preferences, "Branch name")), ==,
                   "南京分公司鼓楼营业部");

  /* Locking the desk closes them: no branch page left open for the next person. */
  bd_session_lock (desk->session);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_null (bd_test_find_toplevel (BD_TYPE_PREFERENCES_WINDOW));
}

static void
test_clerk_sees_desk_only (Desk          *desk,
                           gconstpointer  data)
{
  GtkWidget *preferences;
  GtkWidget *paper;
  GtkWidget *preview;
  g_autofree char *chosen_paper = NULL;

  sign_in (desk, "wangfang");
  preferences = open_preferences (desk);
  g_assert_nonnull (find_page (preferences, "desk"));
  g_assert_null (find_page (preferences, "branch"));
  g_assert_null (bd_test_find_button (preferences, "Save"));
  g_assert_nonnull (bd_test_find_row (preferences, ADW_TYPE_COMBO_ROW, "Default printer"));

  /* Today's behaviour until changed: A5, no preview, asked each time. */
  paper = bd_test_find_row (preferences, ADW_TYPE_COMBO_ROW, "Paper for a contact slip");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (paper)), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (paper), 1);
  chosen_paper = g_settings_get_string (desk->settings, "slip-paper");
  g_assert_cmpstr (chosen_paper, ==, "a4-four");

  preview = bd_test_find_widget (bd_test_find_row (preferences, ADW_TYPE_ACTION_ROW,
                                                   "Show the preview before printing"),
                                 GTK_TYPE_SWITCH);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (preview)));
  gtk_switch_set_active (GTK_SWITCH (preview), TRUE);
  g_assert_true (g_settings_get_boolean (desk->settings, "preview-before-printing"));
}

/* A contact slip of a customer of 王芳's, planning a visit on 2 December. */
static gint64
add_slip (Desk *desk)
{
  gint64 customer = bd_test_add_person (desk->store, "陈先生", BD_SEX_MALE, "1978-03-02",
                                        "320102197803020013", "13912340001");
  gint64 staff = bd_test_query_int (desk->path, "SELECT id FROM staff WHERE login = 'wangfang'");
  g_autoptr(BdContact) slip = bd_test_contact_new (customer, BD_CONTACT_SLIP, staff, NULL);

  bd_contact_set_next_visit (slip, "2026-12-02T10:00");
  return bd_test_add_contact (desk->store, slip);
}

/* Print on a slip, and the preview that this desk's preferences put before the dialog. */
static BdPrintPreview *
print_slip_to_preview (Desk   *desk,
                       gint64  slip)
{
  GtkWidget *window;
  GtkWidget *preview;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.print-slip", "x",
                                             slip));
  window = bd_test_find_toplevel (ADW_TYPE_WINDOW);
  g_assert_nonnull (window);
  g_assert_false (BD_IS_PREFERENCES_WINDOW (window));
  preview = bd_test_find_widget (window, BD_TYPE_PRINT_PREVIEW);
  g_assert_nonnull (preview);
  return BD_PRINT_PREVIEW (preview);
}

/* What is chosen on the desk page is what printing does: Print shows the preview first,
 * and the slip is on the paper chosen. */
static void
test_desk_printing_obeyed (Desk          *desk,
                           gconstpointer  data)
{
  gint64 slip = add_slip (desk);
  BdPrintPreview *preview;

  sign_in (desk, "wangfang");
  g_settings_set_boolean (desk->settings, "preview-before-printing", TRUE);
  preview = print_slip_to_preview (desk, slip);
  g_assert_cmpstr (bd_print_preview_get_title (preview), ==, "Contact slip");
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (preview))));

  g_settings_set_string (desk->settings, "slip-paper", "a4-four");
  preview = print_slip_to_preview (desk, slip);
  /* The sheet of four, with this one slip on it. */
  g_assert_cmpstr (bd_print_preview_get_title (preview), ==, "Contact slips");
  g_assert_cmpuint (bd_print_preview_get_n_pages (preview), ==, 1);
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (preview))));
}

int
main (int   argc,
      char *argv[])
{
  folder = bd_test_ui_init (&argc, &argv, "bd-preferences");

  g_test_add ("/preferences/branch-refused-then-saved", Desk, NULL, desk_set_up,
              test_branch_refused_then_saved, desk_tear_down);
  g_test_add ("/preferences/clerk-sees-desk-only", Desk, NULL, desk_set_up,
              test_clerk_sees_desk_only, desk_tear_down);
  g_test_add ("/preferences/desk-printing-obeyed", Desk, NULL, desk_set_up,
              test_desk_printing_obeyed, desk_tear_down);
  return bd_test_run_and_remove (folder);
}
