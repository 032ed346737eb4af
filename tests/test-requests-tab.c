/* test-requests-tab.c — the Policy changes tab: a beneficiary change, judged as it is filled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window on a small branch: Mr Chen holds a policy on his wife's life. He comes
 * to the counter to change its beneficiary to their son. The form names him as applicant:
 * the core refuses (Insurance Law art. 41: the insured changes the beneficiary), the
 * reason shows at the top and under the applicant, and Accept cannot be pressed. With his
 * wife as the applicant and every document received, the request is accepted, its page
 * shows, and the list has it.
 */
#include "config.h"

#include <adwaita.h>

#include "bd-clock.h"
#include "bd-customer-page.h"
#include "bd-print-preview.h"
#include "bd-requests-desk.h"
#include "bd-requests-tab.h"
#include "bd-test-widgets.h"
#include "bd-window.h"

static char *folder;

typedef struct
{
  BdStore   *store;
  BdSession *session;
  gint64     husband;   /* the policyholder, whose page it is */
  gint64     wife;      /* the insured */
  gint64     son;       /* the new beneficiary */
  BdWindow  *window;
} Desk;

static void
add_policy (Desk *desk)
{
  gint64 product = bd_store_add_product (desk->store, "L01", "鸿福终身寿险", BD_PRODUCT_LIFE, 0, NULL);
  g_autoptr(BdPolicy) policy = bd_test_policy_new_standard ("882020000000001", product, desk->husband,
                                                            desk->wife);

  bd_test_policy_add_beneficiary (policy, desk->husband, 10000);
  bd_test_add_policy (desk->store, policy);
}

static void
desk_set_up (Desk          *desk,
             gconstpointer  data)
{
  g_autofree char *file_name = bd_test_file_name (".db");
  g_autofree char *path = g_build_filename (folder, file_name, NULL);

  bd_test_clock_fix ("2026-11-25T09:30:00+08:00");
  desk->store = bd_store_create (path, bd_test_key (), NULL);
  g_assert_nonnull (desk->store);
  bd_test_add_staff (desk->store, "clerk", "柜员甲", BD_ROLE_COUNTER, "pw", "13800000000");
  desk->husband = bd_test_add_person (desk->store, "陈先生", BD_SEX_MALE, "1978-03-02",
                                      "320102197803020013", "13912340001");
  desk->wife = bd_test_add_person (desk->store, "张女士", BD_SEX_FEMALE, "1980-06-01", NULL, NULL);
  desk->son = bd_test_add_person (desk->store, "陈小明", BD_SEX_MALE, "2004-01-10", NULL, NULL);
  bd_test_add_household (desk->store, "陈家", (BdTestMember[]) {
                           { desk->husband, BD_RELATION_SELF },
                           { desk->wife, BD_RELATION_SPOUSE },
                           { desk->son, BD_RELATION_CHILD },
                         }, 3);
  add_policy (desk);
  desk->session = bd_test_sign_in (desk->store, "clerk", "pw");
  desk->window = bd_test_window_new (desk->session, 1024, 700);
}

static void
desk_tear_down (Desk          *desk,
                gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (desk->window));
  g_clear_object (&desk->session);
  g_clear_object (&desk->store);
  bd_clock_reset ();
}

/* ── finding and using the form as the clerk does ─────────────────────────────── */

static AdwComboRow *
combo (GtkWidget  *root,
       const char *title)
{
  GtkWidget *row = bd_test_find_row (root, ADW_TYPE_COMBO_ROW, title);

  g_assert_nonnull (row);
  return ADW_COMBO_ROW (row);
}

/* Chooses the entry of @row that begins with @prefix. */
static void
choose (GtkWidget  *root,
        const char *title,
        const char *prefix)
{
  AdwComboRow *row = combo (root, title);
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_has_prefix (gtk_string_object_get_string (item), prefix))
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  g_error ("%s offers no “%s”", title, prefix);
}

static gboolean
is_choice (GtkWidget     *widget,
           gconstpointer  prefix)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         gtk_button_get_label (GTK_BUTTON (widget)) != NULL &&
         g_str_has_prefix (gtk_button_get_label (GTK_BUTTON (widget)), prefix);
}

/* Presses the choice (an item, who applies) whose label begins with @prefix. */
static GtkWidget *
press (GtkWidget  *root,
       const char *prefix)
{
  GtkWidget *button = bd_test_find_first (root, is_choice, prefix);

  g_assert_nonnull (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  return button;
}

static void
click (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = bd_test_find_button (root, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
is_documents_group (GtkWidget     *widget,
                    gconstpointer  title)
{
  return ADW_IS_PREFERENCES_GROUP (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
}

static gboolean
is_unticked_switch (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_SWITCH (widget) && !gtk_switch_get_active (GTK_SWITCH (widget));
}

/* The preview window of a printed form, if one is open. */
static GtkWindow *
find_preview (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (bd_test_find_widget (GTK_WIDGET (window), BD_TYPE_PRINT_PREVIEW) != NULL)
        return window;
    }
  return NULL;
}

static GtkWidget *
open_tab (Desk *desk)
{
  GtkWidget *tab;

  gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.open-customer", "x", desk->husband);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  tab = bd_test_find_widget (GTK_WIDGET (desk->window), BD_TYPE_REQUESTS_TAB);
  g_assert_nonnull (tab);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_parent (tab)), "requests");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  return tab;
}

/* ── the test ──────────────────────────────────────────────────────────────────── */

static void
test_beneficiary_change (Desk          *desk,
                         gconstpointer  data)
{
  GtkWidget *tab = open_tab (desk);
  GtkWidget *applicant, *accept, *documents, *toggle;
  GtkWindow *preview;
  g_autoptr(GListModel) requests = NULL;
  g_autoptr(BdRequest) request = NULL;

  g_assert_true (bd_test_shows_text (tab, "No policy-change requests yet", BD_TEST_TEXT_LABEL));
  click (tab, "_New Request");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));

  /* The beneficiary change, asked by the policyholder. */
  press (tab, "Rights changes");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  press (tab, "Beneficiary change");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  press (tab, "陈先生");
  click (tab, "Add _Beneficiary");
  choose (tab, "Beneficiary 1", "陈小明");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));

  /* Refused, with the rule, at the top and under the applicant; nothing to accept. */
  applicant = gtk_widget_get_parent (bd_test_find_first (tab, is_choice, "陈先生"));
  accept = bd_test_find_button (tab, "_Accept Request");
  g_assert_true (gtk_widget_has_css_class (applicant, "error"));
  g_assert_true (bd_test_shows_text (tab, "art. 41", BD_TEST_TEXT_LABEL));
  g_assert_true (bd_test_shows_text (gtk_widget_get_parent (applicant), "art. 41", BD_TEST_TEXT_LABEL));
  g_assert_false (gtk_widget_is_sensitive (accept));
  /* What was chosen stays chosen. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (combo (tab, "Beneficiary 1"))), >, 1);
  g_assert_true (bd_test_shows_text (tab, "陈小明", BD_TEST_TEXT_LABEL));

  /* The insured applies: allowed, and nothing is marked any more. */
  press (tab, "张女士");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_false (gtk_widget_has_css_class (applicant, "error"));
  g_assert_false (bd_test_shows_text (tab, "art. 41", BD_TEST_TEXT_LABEL));
  g_assert_true (gtk_widget_is_sensitive (accept));

  /* Every document received: accepted, and its page shows it. */
  documents = bd_test_find_first (tab, is_documents_group, "Documents received");
  g_assert_nonnull (documents);
  while ((toggle = bd_test_find_first (documents, is_unticked_switch, NULL)) != NULL)
    gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  click (tab, "_Accept Request");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));

  requests = bd_requests_desk_list_of (desk->session, desk->husband, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (requests), ==, 1);
  request = g_list_model_get_item (requests, 0);
  g_assert_cmpstr (bd_case_get_state (bd_request_get_case (request)), ==, "accepted");
  g_assert_cmpint (bd_request_get_applicant_id (request), ==, desk->wife);
  g_assert_true (bd_test_shows_text (tab, bd_case_get_number (bd_request_get_case (request)),
                                     BD_TEST_TEXT_LABEL));
  /* Its page offers the next step the lifecycle has: review by a second person. */
  g_assert_nonnull (bd_test_find_button (tab, "Send for review"));
  /* Nothing is missing, so no notice; the receipt opens in the preview the window prints
   * from. */
  g_assert_false (gtk_widget_get_visible (bd_test_find_button (tab, "Notice of Missing _Documents…")));
  click (tab, "_Receipt…");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  preview = find_preview ();
  g_assert_nonnull (preview);
  g_assert_cmpstr (gtk_window_get_title (preview), !=, NULL);
  gtk_window_destroy (preview);

  /* Back to the list: the request is there. */
  click (tab, "_All Requests");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_true (bd_test_shows_text (tab, bd_case_get_number (bd_request_get_case (request)),
                                     BD_TEST_TEXT_ROW_TITLE));
}

/* Locked: nothing of the customer stays in the tab. */
static void
test_cleared_on_lock (Desk          *desk,
                      gconstpointer  data)
{
  GtkWidget *tab = open_tab (desk);

  click (tab, "_New Request");
  press (tab, "Rights changes");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  press (tab, "Beneficiary change");
  g_assert_true (bd_test_shows_text (tab, "张女士", BD_TEST_TEXT_LABEL));
  bd_session_lock (desk->session);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_false (bd_test_shows_text (tab, "张女士", BD_TEST_TEXT_LABEL | BD_TEST_TEXT_BUTTON |
                                      BD_TEST_TEXT_ROW_TITLE));
  g_assert_false (bd_test_shows_text (tab, "882020000000001", BD_TEST_TEXT_LABEL));
}

/* A request half filled in when the desk locks comes back to the same clerk unlocking:
 * the item, who applies, the new beneficiary, what was typed. */
static void
test_draft_kept_over_lock (Desk          *desk,
                           gconstpointer  data)
{
  GtkWidget *tab = open_tab (desk);
  GtkEditable *valid;

  click (tab, "_New Request");
  press (tab, "Rights changes");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  press (tab, "Beneficiary change");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  press (tab, "张女士");
  click (tab, "Add _Beneficiary");
  choose (tab, "Beneficiary 1", "陈小明");
  valid = bd_test_find_entry_row (tab, "Valid until (YYYY-MM-DD, empty: for life)");
  g_assert_nonnull (valid);
  gtk_editable_set_text (valid, "2036-01-0");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));

  bd_session_lock (desk->session);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_false (bd_test_shows_text (tab, "陈小明", BD_TEST_TEXT_LABEL | BD_TEST_TEXT_BUTTON));
  g_assert_true (bd_session_unlock (desk->session, "pw", NULL));
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));

  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (bd_test_find_first (tab, is_choice,
                                                                                      "Beneficiary change"))));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (bd_test_find_first (tab, is_choice,
                                                                                      "张女士"))));
  g_assert_true (g_str_has_prefix (gtk_string_object_get_string (
                   adw_combo_row_get_selected_item (combo (tab, "Beneficiary 1"))), "陈小明"));
  valid = bd_test_find_entry_row (tab, "Valid until (YYYY-MM-DD, empty: for life)");
  g_assert_cmpstr (gtk_editable_get_text (valid), ==, "2036-01-0");
  /* The verdict is given again: the date is not a date yet. */
  g_assert_true (bd_test_shows_text (tab, "YYYY-MM-DD", BD_TEST_TEXT_LABEL));
  g_assert_false (gtk_widget_is_sensitive (bd_test_find_button (tab, "_Accept Request")));
}

int
main (int   argc,
      char *argv[])
{
  folder = bd_test_ui_init (&argc, &argv, "bd-requests-tab");

  g_test_add ("/requests-tab/beneficiary-change", Desk, NULL, desk_set_up,
              test_beneficiary_change, desk_tear_down);
  g_test_add ("/requests-tab/cleared-on-lock", Desk, NULL, desk_set_up,
              test_cleared_on_lock, desk_tear_down);
  g_test_add ("/requests-tab/draft-kept-over-lock", Desk, NULL, desk_set_up,
              test_draft_kept_over_lock, desk_tear_down);
  return bd_test_run_and_remove (folder);
}
