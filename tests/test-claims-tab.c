/* test-claims-tab.c — the Claims tab: a hospital stay reported at the counter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window on a small branch: Mr Chen holds a hospital-cover policy with a 90-day
 * waiting period, in force since 1 November 2026, and a whole-life policy. His wife
 * reports at the counter that he was taken to hospital with an illness on 11 November,
 * day 10. The form checks the report as it is filled: the hospital cover's line warns of
 * the waiting period. A phone that is not one is refused under the phone, and Record
 * cannot be pressed; with a real phone the claim is recorded, its page shows, documents
 * are ticked there, and the notice of the documents still missing opens in the preview.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "bd-claims-desk.h"
#include "bd-claims-tab.h"
#include "bd-clock.h"
#include "bd-print-preview.h"
#include "bd-test-widgets.h"
#include "bd-window.h"

static char *folder;

typedef struct
{
  BdStore   *store;
  BdSession *session;
  gint64     husband;   /* the insured, whose page it is */
  gint64     wife;      /* who reports the claim */
  BdWindow  *window;
} Desk;

static void
add_policies (Desk *desk)
{
  gint64 medical = bd_store_add_product (desk->store, "M01", "住院医疗", BD_PRODUCT_MEDICAL, 90, NULL);
  gint64 life = bd_store_add_product (desk->store, "L01", "鸿福终身寿险", BD_PRODUCT_LIFE, 0, NULL);
  g_autoptr(BdPolicy) hospital = bd_test_policy_new ("M-2026-001", medical, desk->husband, desk->husband,
                                                     "2026-11-01", BD_POLICY_IN_FORCE);
  g_autoptr(BdPolicy) whole_life = bd_test_policy_new ("L-2010-001", life, desk->husband, desk->husband,
                                                       "2010-01-01", BD_POLICY_IN_FORCE);

  bd_test_add_policy (desk->store, hospital);
  bd_test_add_policy (desk->store, whole_life);
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
  bd_test_add_staff (desk->store, "chief", "主管乙", BD_ROLE_SUPERVISOR, "pw", "13800000001");
  desk->husband = bd_test_add_person (desk->store, "陈先生", BD_SEX_MALE, "1978-03-02",
                                      "320102197803020013", "13912340001");
  desk->wife = bd_test_add_person (desk->store, "张女士", BD_SEX_FEMALE, "1980-06-01", NULL, NULL);
  bd_test_add_household (desk->store, "陈家", (BdTestMember[]) {
                           { desk->husband, BD_RELATION_SELF },
                           { desk->wife, BD_RELATION_SPOUSE },
                         }, 2);
  add_policies (desk);
  desk->session = bd_test_sign_in (desk->store, data != NULL ? data : "clerk", "pw");
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

static gboolean
is_choice (GtkWidget     *widget,
           gconstpointer  prefix)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         gtk_button_get_label (GTK_BUTTON (widget)) != NULL &&
         g_str_has_prefix (gtk_button_get_label (GTK_BUTTON (widget)), prefix);
}

static void
press (GtkWidget  *root,
       const char *prefix)
{
  GtkWidget *button = bd_test_find_first (root, is_choice, prefix);

  g_assert_nonnull (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
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

static void
type (GtkWidget  *root,
      const char *title,
      const char *text)
{
  GtkEditable *entry = bd_test_find_entry_row (root, title);

  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, text);
}

/* A row of the checks: its level is its style. */
static gboolean
is_check_row (GtkWidget     *widget,
              gconstpointer  text)
{
  const char *title;

  if (!ADW_IS_ACTION_ROW (widget) || !GTK_IS_LIST_BOX (gtk_widget_get_parent (widget)))
    return FALSE;
  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  return title != NULL && strstr (title, text) != NULL;
}

static gboolean
is_group (GtkWidget     *widget,
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

/* The message dialog the page asked, if one is open. */
static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static GtkWidget *
open_tab_of (Desk   *desk,
             gint64  customer_id)
{
  GtkWidget *tab;

  gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.open-customer", "x", customer_id);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  tab = bd_test_find_widget (GTK_WIDGET (desk->window), BD_TYPE_CLAIMS_TAB);
  g_assert_nonnull (tab);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_parent (tab)), "claims");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  return tab;
}

static GtkWidget *
open_tab (Desk *desk)
{
  return open_tab_of (desk, desk->husband);
}

/* ── the test ──────────────────────────────────────────────────────────────────── */

/* The hospital stay of 11 November, whoever reports it. */
static void
fill_event (GtkWidget *tab)
{
  press (tab, "Illness or hospital stay");
  type (tab, "Day of the event (YYYY-MM-DD)", "2026-11-11");
  type (tab, "Time (HH:MM, may stay empty)", "21:40");
  type (tab, "Place", "南京市鼓楼区");
  type (tab, "Hospital", "江苏省人民医院");
  type (tab, "What happened", "发热入院治疗");
}

static void
fill_report (GtkWidget  *tab,
             const char *phone)
{
  press (tab, "Someone not on file");
  type (tab, "Name of the reporter", "张女士");
  type (tab, "Relation to the insured", "配偶");
  type (tab, "Phone of the reporter", phone);
  fill_event (tab);
}

static void
test_hospital_claim (Desk          *desk,
                     gconstpointer  data)
{
  GtkWidget *tab = open_tab (desk);
  GtkWidget *waiting, *phone, *record, *documents, *toggle;
  GtkWindow *preview;
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(BdClaim) claim = NULL;

  g_assert_true (bd_test_shows_text (tab, "No claims reported yet", BD_TEST_TEXT_LABEL));
  click (tab, "_Report a Claim");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  /* The counter never promises a payout: said before anything is typed. */
  g_assert_true (bd_test_shows_text (tab, "Never promise a payout", BD_TEST_TEXT_LABEL));
  /* The insured is the customer by default, the household's members may be chosen. */
  g_assert_nonnull (bd_test_find_first (tab, is_choice, "张女士"));

  fill_report (tab, "12345");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));

  /* The checks: the hospital cover is in its waiting period on day 10; the whole-life
   * policy does not answer an illness. */
  waiting = bd_test_find_first (tab, is_check_row, "M-2026-001");
  g_assert_nonnull (waiting);
  g_assert_true (gtk_widget_has_css_class (waiting, "warning"));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (waiting)),
                            "day 10 of its 90-day waiting period"));
  g_assert_nonnull (bd_test_find_first (tab, is_check_row, "L-2010-001"));

  /* The phone is refused under the phone; nothing can be recorded. */
  phone = bd_test_find_row (tab, ADW_TYPE_ENTRY_ROW, "Phone of the reporter");
  record = bd_test_find_button (tab, "_Record Claim");
  g_assert_true (gtk_widget_has_css_class (phone, "error"));
  g_assert_true (bd_test_shows_text (gtk_widget_get_parent (phone), "This is not a phone number",
                                     BD_TEST_TEXT_ROW_TITLE));
  g_assert_false (gtk_widget_is_sensitive (record));

  /* A real mobile: nothing marked, recorded, and its page shows it. */
  type (tab, "Phone of the reporter", "13912345678");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_false (gtk_widget_has_css_class (phone, "error"));
  g_assert_false (bd_test_shows_text (tab, "This is not a phone number",
                                      BD_TEST_TEXT_ROW_TITLE | BD_TEST_TEXT_LABEL));
  g_assert_true (gtk_widget_is_sensitive (record));
  click (tab, "_Record Claim");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));

  claims = bd_claims_desk_list_of (desk->session, desk->husband, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 1);
  claim = g_list_model_get_item (claims, 0);
  g_assert_cmpstr (bd_case_get_state (bd_claim_get_case (claim)), ==, "reported");
  g_assert_cmpint (bd_claim_get_kind (claim), ==, BD_EVENT_ILLNESS);
  g_assert_cmpstr (bd_claim_get_reporter_name (claim), ==, "张女士");
  g_assert_true (bd_test_shows_text (tab, bd_case_get_number (bd_claim_get_case (claim)),
                                     BD_TEST_TEXT_LABEL));

  /* Two documents handed in on its page: recorded at once; the rest are still missing,
   * so the notice is offered and opens in the preview the window prints from. */
  documents = bd_test_find_first (tab, is_group, "Documents");
  g_assert_nonnull (documents);
  for (guint i = 0; i < 2; i++)
    {
      toggle = bd_test_find_first (documents, is_unticked_switch, NULL);
      g_assert_nonnull (toggle);
      gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
    }
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_clear_object (&claim);
  g_clear_object (&claims);
  claims = bd_claims_desk_list_of (desk->session, desk->husband, NULL);
  claim = g_list_model_get_item (claims, 0);
  {
    g_autoptr(GPtrArray) missing = bd_checklist_list_missing (bd_case_get_checklist (bd_claim_get_case (claim)));
    GListModel *items = bd_checklist_get_items (bd_case_get_checklist (bd_claim_get_case (claim)));

    g_assert_cmpuint (missing->len, ==, g_list_model_get_n_items (items) - 2);
  }
  g_assert_true (gtk_widget_get_visible (bd_test_find_button (tab, "Notice of Missing _Documents…")));
  g_assert_false (gtk_widget_get_visible (bd_test_find_button (tab, "Decision _Letter…")));
  click (tab, "Notice of Missing _Documents…");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  preview = find_preview ();
  g_assert_nonnull (preview);
  gtk_window_destroy (preview);

  /* Back to the list: the claim is there. */
  click (tab, "_All Claims");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_true (bd_test_shows_text (tab, bd_case_get_number (bd_claim_get_case (claim)),
                                     BD_TEST_TEXT_ROW_TITLE));
}

static BdClaim *
only_claim (Desk *desk)
{
  g_autoptr(GListModel) claims = bd_claims_desk_list_of (desk->session, desk->husband, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 1);
  return g_list_model_get_item (claims, 0);
}

/* A supervisor records the claims department's decision: every document in, then paid
 * in part, which needs the reason; the decision letter is offered and opens. */
static void
test_paid_in_part (Desk          *desk,
                   gconstpointer  data)
{
  GtkWidget *tab = open_tab (desk);
  GtkWidget *documents, *toggle;
  AdwMessageDialog *dialog;
  GtkEditable *reason;
  GtkWindow *preview;
  g_autoptr(BdClaim) claim = NULL;

  click (tab, "_Report a Claim");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  fill_report (tab, "13912345678");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  click (tab, "_Record Claim");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_false (gtk_widget_get_visible (bd_test_find_button (tab, "Decision _Letter…")));

  documents = bd_test_find_first (tab, is_group, "Documents");
  while ((toggle = bd_test_find_first (documents, is_unticked_switch, NULL)) != NULL)
    gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_false (gtk_widget_get_visible (bd_test_find_button (tab, "Notice of Missing _Documents…")));
  click (tab, "Documents complete");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));

  /* In part: not without the reason. */
  click (tab, "Decided: pay");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "part"));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "full"));
  reason = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gtk_editable_set_text (reason, "免赔额以内部分不予给付");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "part"));
  adw_message_dialog_response (dialog, "part");
  gtk_window_destroy (GTK_WINDOW (dialog));
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));

  claim = only_claim (desk);
  g_assert_cmpstr (bd_case_get_state (bd_claim_get_case (claim)), ==, "approved");
  g_assert_cmpint (bd_claim_get_decision (claim), ==, BD_DECISION_PAY_PART);
  g_assert_cmpstr (bd_claim_get_decision_reason (claim), ==, "免赔额以内部分不予给付");
  g_assert_true (bd_test_shows_text (tab, "免赔额以内部分不予给付", BD_TEST_TEXT_LABEL));
  click (tab, "Decision _Letter…");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  preview = find_preview ();
  g_assert_nonnull (preview);
  gtk_window_destroy (preview);
}

/* Mr Chen reports at the counter, on his own page, his wife's hospital stay: the claim
 * is hers. It is listed on her page, not on his as if it were his. */
static void
test_member_claim_on_member_page (Desk          *desk,
                                  gconstpointer  data)
{
  GtkWidget *tab = open_tab (desk);
  g_autoptr(GListModel) his = NULL;
  g_autoptr(GListModel) hers = NULL;
  g_autoptr(BdClaim) claim = NULL;
  const char *number;

  click (tab, "_Report a Claim");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  press (tab, "张女士");
  type (tab, "Relation to the insured", "配偶");
  type (tab, "Phone of the reporter", "13912340001");
  fill_event (tab);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  click (tab, "_Record Claim");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));

  his = bd_claims_desk_list_of (desk->session, desk->husband, NULL);
  hers = bd_claims_desk_list_of (desk->session, desk->wife, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (his), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hers), ==, 1);
  claim = g_list_model_get_item (hers, 0);
  number = bd_case_get_number (bd_claim_get_case (claim));
  g_assert_cmpint (bd_claim_get_insured_id (claim), ==, desk->wife);
  g_assert_cmpint (bd_claim_get_reporter_id (claim), ==, desk->husband);
  g_assert_cmpstr (bd_claim_get_reporter_name (claim), ==, "陈先生");

  /* His list, once the clerk goes back to it: nothing of hers. */
  click (tab, "_All Claims");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_false (bd_test_shows_text (tab, number, BD_TEST_TEXT_ROW_TITLE));
  g_assert_true (bd_test_shows_text (tab, "No claims reported yet", BD_TEST_TEXT_LABEL));

  /* Her page lists it. */
  tab = open_tab_of (desk, desk->wife);
  g_assert_true (bd_test_shows_text (tab, number, BD_TEST_TEXT_ROW_TITLE));
}

/* Locked: nothing of the report stays in the tab. */
static void
test_cleared_on_lock (Desk          *desk,
                      gconstpointer  data)
{
  GtkWidget *tab = open_tab (desk);

  click (tab, "_Report a Claim");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  fill_report (tab, "13912345678");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_true (bd_test_shows_text (tab, "M-2026-001", BD_TEST_TEXT_ROW_TITLE));
  bd_session_lock (desk->session);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_false (bd_test_shows_text (tab, "M-2026-001", BD_TEST_TEXT_ROW_TITLE | BD_TEST_TEXT_LABEL));
  g_assert_false (bd_test_shows_text (tab, "江苏省人民医院", BD_TEST_TEXT_EDITABLE));
  g_assert_false (bd_test_shows_text (tab, "陈先生", BD_TEST_TEXT_BUTTON | BD_TEST_TEXT_LABEL));
}

/* A report half filled in when the desk locks comes back to the same clerk unlocking:
 * the reporter not on file, the kind of event, what was typed, and the checks again. */
static void
test_draft_kept_over_lock (Desk          *desk,
                           gconstpointer  data)
{
  GtkWidget *tab = open_tab (desk);
  GtkEditable *hospital;

  click (tab, "_Report a Claim");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  fill_report (tab, "12345");
  press (tab, "Accident injury");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));

  bd_session_lock (desk->session);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_false (bd_test_shows_text (tab, "江苏省人民医院", BD_TEST_TEXT_EDITABLE));
  g_assert_true (bd_session_unlock (desk->session, "pw", NULL));
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));

  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (bd_test_find_first (tab, is_choice,
                                                                                      "Accident injury"))));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (bd_test_find_first (tab, is_choice,
                                                                                      "Someone not on file"))));
  hospital = bd_test_find_entry_row (tab, "Hospital");
  g_assert_cmpstr (gtk_editable_get_text (hospital), ==, "江苏省人民医院");
  g_assert_cmpstr (gtk_editable_get_text (bd_test_find_entry_row (tab, "Name of the reporter")), ==, "张女士");
  /* Checked again: the phone is still refused, on its field. */
  g_assert_true (gtk_widget_has_css_class (bd_test_find_row (tab, ADW_TYPE_ENTRY_ROW, "Phone of the reporter"),
                                           "error"));
  g_assert_true (bd_test_shows_text (tab, "M-2026-001", BD_TEST_TEXT_ROW_TITLE));
  g_assert_false (gtk_widget_is_sensitive (bd_test_find_button (tab, "_Record Claim")));
}

int
main (int   argc,
      char *argv[])
{
  folder = bd_test_ui_init (&argc, &argv, "bd-claims-tab");

  g_test_add ("/claims-tab/hospital-claim", Desk, NULL, desk_set_up,
              test_hospital_claim, desk_tear_down);
  g_test_add ("/claims-tab/paid-in-part", Desk, "chief", desk_set_up,
              test_paid_in_part, desk_tear_down);
  g_test_add ("/claims-tab/member-claim-on-member-page", Desk, NULL, desk_set_up,
              test_member_claim_on_member_page, desk_tear_down);
  g_test_add ("/claims-tab/cleared-on-lock", Desk, NULL, desk_set_up,
              test_cleared_on_lock, desk_tear_down);
  g_test_add ("/claims-tab/draft-kept-over-lock", Desk, NULL, desk_set_up,
              test_draft_kept_over_lock, desk_tear_down);
  return bd_test_run_and_remove (folder);
}
