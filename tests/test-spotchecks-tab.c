/* test-spotchecks-tab.c — the Spot Checks area: a week of policy changes checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window on a small branch: last week 王芳 carried out four contact changes and
 * 李强 two. On Monday the supervisor 周军 draws a check of last week's policy changes
 * (10 %: one of each), scores 王芳's record — overriding what the data decided is refused
 * on the reason's field until the reason is given —, scores 李强's with an item failed and
 * opens a finding for him, reads the results and their charts, prints the report and saves
 * the CSV. Then 李强 signs in: no check to draw, his own results only, and the finding in
 * his Queues.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "bd-chart-view.h"
#include "bd-clock.h"
#include "bd-findings-group.h"
#include "bd-print-preview.h"
#include "bd-queues-page.h"
#include "bd-spotchecks-desk.h"
#include "bd-spotchecks-page.h"
#include "bd-test-widgets.h"
#include "bd-window.h"

static char *folder;

typedef struct
{
  BdStore   *store;
  char      *path;
  gint64     customer;
  gint64     policy;
  gint64     wangfang;
  gint64     liqiang;
  BdSession *session;
  BdWindow  *window;
} Desk;

/* A contact change taken on @day by @staff_id and carried out the same day. */
static void
carry_out_request (Desk       *desk,
                   gint64      staff_id,
                   const char *day)
{
  bd_test_carry_out_request (desk->store, desk->customer, desk->policy, staff_id, day, day);
}

static void
desk_set_up (Desk          *desk,
             gconstpointer  data)
{
  g_autofree char *file_name = bd_test_file_name (".db");
  g_autoptr(BdPolicy) policy = NULL;
  gint64 product;

  desk->path = g_build_filename (folder, file_name, NULL);
  bd_test_clock_fix ("2026-11-20T09:00:00+08:00");
  desk->store = bd_store_create (desk->path, bd_test_key (), NULL);
  g_assert_nonnull (desk->store);
  bd_test_add_staff (desk->store, "zhoujun", "周军", BD_ROLE_SUPERVISOR, "pw", NULL);
  desk->wangfang = bd_test_add_staff (desk->store, "wangfang", "王芳", BD_ROLE_COUNTER, "pw", NULL);
  desk->liqiang = bd_test_add_staff (desk->store, "liqiang", "李强", BD_ROLE_COUNTER, "pw", NULL);
  desk->customer = bd_test_add_person (desk->store, "陈先生", BD_SEX_MALE, "1978-03-02",
                                       "320102197803020013", "13912340001");
  product = bd_store_add_product (desk->store, "L01", "鸿福终身寿险", BD_PRODUCT_LIFE, 0, NULL);
  policy = bd_test_policy_new_standard ("882020000000001", product, desk->customer, desk->customer);
  desk->policy = bd_test_add_policy (desk->store, policy);
  /* Last week, Monday 23 to Friday 27 November. */
  for (guint i = 0; i < 4; i++)
    carry_out_request (desk, desk->wangfang, i % 2 == 0 ? "2026-11-23" : "2026-11-26");
  carry_out_request (desk, desk->liqiang, "2026-11-24");
  carry_out_request (desk, desk->liqiang, "2026-11-27");
  /* Monday 30 November. */
  bd_test_clock_fix ("2026-11-30T09:30:00+08:00");
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

/* ── using the area as the supervisor does ─────────────────────────────────────── */

static void
wait (Desk *desk)
{
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
}

static BdSpotchecksPage *
open_area (Desk       *desk,
           const char *login)
{
  GtkWidget *page;
  GtkWidget *stack;

  desk->session = bd_test_sign_in (desk->store, login, "pw");
  desk->window = bd_test_window_new (desk->session, 1024, 700);
  page = bd_test_find_widget (GTK_WIDGET (desk->window), BD_TYPE_SPOTCHECKS_PAGE);
  g_assert_nonnull (page);
  stack = gtk_widget_get_ancestor (page, ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "spotchecks");
  wait (desk);
  return BD_SPOTCHECKS_PAGE (page);
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  g_autofree char *mismatch = NULL;

  if (!GTK_IS_BUTTON (widget))
    return FALSE;
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  return mismatch == NULL;
}

/* The button labelled or named @label. */
static void
click (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = bd_test_find_button (root, label);

  /* An icon button has its accessible name only. */
  if (button == NULL)
    button = bd_test_find_first (root, is_named, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

/* The result button of an item, by its accessible name ("Receipt printed: Pass"). */
static GtkWidget *
find_result (GtkWidget  *root,
             const char *item,
             const char *result)
{
  g_autofree char *name = g_strdup_printf ("%s: %s", item, result);
  GtkWidget *button = bd_test_find_first (root, is_named, name);

  g_assert_nonnull (button);
  return button;
}

static void
press (GtkWidget  *root,
       const char *item,
       const char *result)
{
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_result (root, item, result)), TRUE);
}

/* The rows of @item's scorecard entry: its group. */
static GtkWidget *
item_group (GtkWidget  *root,
            const char *item)
{
  return gtk_widget_get_ancestor (find_result (root, item, "Pass"), ADW_TYPE_PREFERENCES_GROUP);
}

static gboolean
is_record_row (GtkWidget     *widget,
               gconstpointer  staff)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget))
         && g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                              "Policy-change requests")
         && strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), staff) != NULL;
}

static void
open_record_of (Desk       *desk,
                GtkWidget  *page,
                const char *staff)
{
  GtkWidget *row = bd_test_find_first (page, is_record_row, staff);

  g_assert_nonnull (row);
  g_signal_emit_by_name (bd_test_find_widget (row, GTK_TYPE_BUTTON), "clicked");
  wait (desk);
  g_assert_cmpstr (bd_spotchecks_page_get_shown (BD_SPOTCHECKS_PAGE (page)), ==, "record");
}

/* The entry row titled @title that shows now (a reason shows only while overriding). */
static gboolean
is_shown_entry (GtkWidget     *widget,
                gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget) && gtk_widget_is_visible (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
shown_entry (GtkWidget  *root,
             const char *title)
{
  GtkWidget *row = bd_test_find_first (root, is_shown_entry, title);

  g_assert_nonnull (row);
  return row;
}

static gboolean
is_label_with (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

/* The finding's button of the one failed item: its fields alone show. */
static gboolean
is_open_finding (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_is_visible (widget)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "Open the finding") == 0;
}

/* The toggle of a failed item's finding row, by its accessible name. */
static GtkToggleButton *
finding_toggle (GtkWidget  *root,
                const char *item)
{
  g_autofree char *name = g_strdup_printf ("Finding on %s", item);
  GtkWidget *toggle = bd_test_find_first (root, is_named, name);

  g_assert_true (GTK_IS_TOGGLE_BUTTON (toggle));
  return GTK_TOGGLE_BUTTON (toggle);
}

static gboolean
is_chart (GtkWidget     *widget,
          gconstpointer  title)
{
  g_autofree char *mismatch = NULL;

  if (!BD_IS_CHART_VIEW (widget))
    return FALSE;
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, title);
  return mismatch == NULL;
}

static const char *
chart_summary (GtkWidget  *page,
               const char *title)
{
  GtkWidget *chart = bd_test_find_first (page, is_chart, title);

  g_assert_nonnull (chart);
  return bd_chart_view_get_summary (BD_CHART_VIEW (chart));
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

static const char *const request_items[] = {
  "Applicant entitled", "Identity document valid and checked", "Required documents complete",
  "Signed by the entitled person (no proxy signature)", "Done within the target time",
  "Customer told the expected date", "Receipt printed",
};

/* 王芳's record: every item passes; the receipt, which the data says was not printed,
 * is overridden — refused on the reason's field until the reason is typed. */
static void
score_wangfang (Desk      *desk,
                GtkWidget *page)
{
  GtkWidget *reason;

  open_record_of (desk, page, "王芳");
  g_assert_nonnull (bd_test_find_first (page, is_label_with, "from the record’s data: Fail"));
  for (guint i = 0; i < G_N_ELEMENTS (request_items); i++)
    press (page, request_items[i], "Pass");
  reason = shown_entry (page, "Reason for the override");
  click (page, "Save the scores");
  wait (desk);
  g_assert_true (gtk_widget_has_css_class (reason, "error"));
  g_assert_nonnull (bd_test_find_first (page, is_label_with, "Not scored in full yet"));
  gtk_editable_set_text (GTK_EDITABLE (reason), "回执已当面交给客户，系统漏记打印");
  click (page, "Save the scores");
  wait (desk);
  g_assert_false (gtk_widget_has_css_class (reason, "error"));
  g_assert_nonnull (bd_test_find_first (page, is_label_with,
                                        "Score 100% against the pass mark of 80%: passed"));
  click (page, "Back");
  wait (desk);
}

/* 李强's record opened again, its item failed: the finding's row shows, its fields only
 * once the row is activated — as a screen reader activates it. */
static void
reopen_failed (Desk      *desk,
               GtkWidget *page)
{
  GtkWidget *failed, *row;
  GtkToggleButton *toggle;

  open_record_of (desk, page, "李强");
  failed = item_group (page, "Customer told the expected date");
  toggle = finding_toggle (failed, "Customer told the expected date");
  row = gtk_widget_get_ancestor (GTK_WIDGET (toggle), ADW_TYPE_ACTION_ROW);
  g_assert_true (gtk_widget_is_visible (row));
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_false (gtk_toggle_button_get_active (toggle));
  g_assert_null (bd_test_find_first (failed, is_open_finding, NULL));
  /* A button activated acts once its press has shown, a moment later. */
  gtk_widget_activate (row);
  for (guint i = 0; i < 200 && !gtk_toggle_button_get_active (toggle); i++)
    {
      g_usleep (10 * 1000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  wait (desk);
  g_assert_true (gtk_toggle_button_get_active (toggle));
  g_assert_nonnull (bd_test_find_first (failed, is_open_finding, NULL));
  g_assert_nonnull (shown_entry (failed, "Corrective action"));
  click (page, "Back");
  wait (desk);
}

/* 李强's record: the applicant not confirmed entitled fails it outright (instant fail),
 * and a finding follows. */
static void
score_liqiang (Desk      *desk,
               GtkWidget *page)
{
  GtkWidget *open, *failed;

  open_record_of (desk, page, "李强");
  failed = item_group (page, "Customer told the expected date");
  for (guint i = 0; i < G_N_ELEMENTS (request_items); i++)
    press (page, request_items[i], g_str_equal (request_items[i], "Customer told the expected date")
                                   ? "Fail" : "Pass");
  /* Failing the item offered its finding at once. */
  g_assert_true (gtk_toggle_button_get_active (finding_toggle (failed,
                                                               "Customer told the expected date")));
  gtk_editable_set_text (GTK_EDITABLE (shown_entry (page, "Reason for the override")),
                         "回执已当面交给客户");
  gtk_editable_set_text (GTK_EDITABLE (shown_entry (failed, "Comment")), "未告知客户预计办结日");
  click (page, "Save the scores");
  wait (desk);
  /* 1 of 13 weights failed: 92 %. */
  g_assert_nonnull (bd_test_find_first (page, is_label_with, "Score 92%"));
  open = bd_test_find_first (failed, is_open_finding, NULL);
  g_assert_nonnull (open);
  gtk_editable_set_text (GTK_EDITABLE (shown_entry (failed, "Corrective action")),
                         "办理时告知客户预计办结日，并在回执上注明");
  g_signal_emit_by_name (open, "clicked");
  wait (desk);
  g_assert_cmpint (bd_test_query_int (desk->path, "SELECT count(*) FROM finding WHERE owner_id = "
                                      "(SELECT id FROM staff WHERE login = 'liqiang')"), ==, 1);
  click (page, "Back");
  wait (desk);
  reopen_failed (desk, page);
}

static void
test_week_checked (Desk          *desk,
                   gconstpointer  data)
{
  BdSpotchecksPage *spot = open_area (desk, "zhoujun");
  GtkWidget *page = GTK_WIDGET (spot);
  g_autofree char *csv_path = g_build_filename (folder, "results.csv", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *preview;

  g_assert_true (bd_test_shows_text (page, "No spot check yet", BD_TEST_TEXT_ROW_TITLE));
  click (page, "New spot check");
  wait (desk);
  g_assert_cmpstr (bd_spotchecks_page_get_shown (spot), ==, "new");
  g_assert_cmpstr (gtk_editable_get_text (bd_test_find_entry_row (page, "First day")), ==,
                   "2026-11-23");
  g_assert_cmpstr (gtk_editable_get_text (bd_test_find_entry_row (page, "Last day")), ==,
                   "2026-11-29");
  click (page, "Draw the sample");
  wait (desk);
  /* 10 % of four and of two, rounded up: one record of each. */
  g_assert_cmpstr (bd_spotchecks_page_get_shown (spot), ==, "check");
  g_assert_cmpint (bd_test_query_int (desk->path, "SELECT count(*) FROM spot_check_record"), ==, 2);

  score_wangfang (desk, page);
  score_liqiang (desk, page);
  g_assert_true (bd_test_shows_text (page, "李强 · score 92%, passed", BD_TEST_TEXT_ROW_SUBTITLE));
  click (page, "Back");
  wait (desk);

  /* The results: per staff member, with the numbers a screen reader hears. */
  g_assert_cmpstr (bd_spotchecks_page_get_shown (spot), ==, "overview");
  g_assert_true (bd_test_shows_text (page, "2 of 2 records scored", BD_TEST_TEXT_ROW_SUBTITLE));
  g_assert_nonnull (strstr (chart_summary (page, "Pass rate by staff member"),
                            "王芳: 100% (1 of 1)"));
  g_assert_nonnull (strstr (chart_summary (page, "Pass rate over the last twelve months"),
                            "26/11: 100%"));
  g_assert_nonnull (strstr (chart_summary (page, "Items passed where they applied"),
                            "Customer told the expected date: 50% (1 of 2)"));
  g_assert_true (bd_test_shows_text (page, "办理时告知客户预计办结日", BD_TEST_TEXT_ROW_SUBTITLE));

  /* The report through the window's print actions, and the CSV. */
  click (page, "Print the report");
  wait (desk);
  preview = find_preview ();
  g_assert_nonnull (preview);
  gtk_window_destroy (preview);
  g_assert_true (bd_spotchecks_page_save_csv (spot, csv_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (csv, "李强"));
}

/* Counter staff: no check to draw, their own results, their finding in their Queues. */
static void
test_clerk_sees_own (Desk          *desk,
                     gconstpointer  data)
{
  g_autoptr(BdSession) supervisor = bd_test_sign_in (desk->store, "zhoujun", "pw");
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) sample = NULL;
  g_autoptr(GError) error = NULL;
  BdSpotCheckPlan plan = { "2026-11-23", "2026-11-29", 1u << BD_WORK_REQUEST, NULL, 100, 0, 3 };
  BdSpotchecksPage *spot;
  GtkWidget *queues, *findings, *chart;
  gint64 check_id;
  guint n;
  const BdScoreItem *items = bd_scorecard_default_items (BD_WORK_REQUEST, &n);

  g_assert_true (bd_spotchecks_desk_create_check (supervisor, &plan, &check_id, &error));
  sample = bd_spotchecks_desk_list_sample (supervisor, check_id, &ids, &error);
  g_assert_no_error (error);
  /* Every record of the week scored, all items passed. */
  for (guint i = 0; i < sample->len; i++)
    for (guint k = 0; k < n; k++)
      g_assert_true (bd_spotchecks_desk_score (supervisor, g_array_index (ids, gint64, i),
                                               items[k].key, BD_SCORE_PASS, BD_SCORE_UNSCORED,
                                               NULL, NULL, &error));
  for (guint i = 0; i < sample->len; i++)
    if (g_array_index (sample, BdSampleCandidate, i).staff_id == desk->liqiang)
      {
        g_assert_true (bd_spotchecks_desk_open_finding (supervisor, g_array_index (ids, gint64, i),
                                                        "date-told", "告知客户预计办结日",
                                                        desk->liqiang, "2026-12-14", NULL, &error));
        break;
      }
  g_assert_no_error (error);

  spot = open_area (desk, "liqiang");
  /* The window offers him no check to draw (and the core would refuse it). */
  g_assert_false (gtk_widget_is_visible (bd_test_find_button (GTK_WIDGET (spot), "New spot check")));
  g_assert_true (bd_test_shows_text (GTK_WIDGET (spot), "告知客户预计办结日",
                                     BD_TEST_TEXT_ROW_SUBTITLE));

  /* His own results only: 李强's bar, nobody else's. */
  chart = bd_test_find_first (GTK_WIDGET (spot), is_chart, "Pass rate by staff member");
  g_assert_null (strstr (bd_chart_view_get_summary (BD_CHART_VIEW (chart)), "王芳"));
  g_assert_nonnull (strstr (bd_chart_view_get_summary (BD_CHART_VIEW (chart)), "李强: 100% (2 of 2)"));
  g_assert_true (bd_test_shows_text (GTK_WIDGET (spot), "Your work: 2 of 2 records passed",
                                     BD_TEST_TEXT_LABEL));

  queues = bd_test_find_widget (GTK_WIDGET (desk->window), BD_TYPE_QUEUES_PAGE);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (queues,
                                                                                  ADW_TYPE_VIEW_STACK)),
                                         "queues");
  wait (desk);
  findings = bd_test_find_widget (queues, BD_TYPE_FINDINGS_GROUP);
  g_assert_cmpuint (bd_findings_group_get_n_findings (BD_FINDINGS_GROUP (findings)), ==, 1);
  g_assert_true (gtk_widget_get_mapped (findings));
  g_assert_true (bd_test_shows_text (findings, "Customer told the expected date",
                                     BD_TEST_TEXT_ROW_TITLE));
}

/* ── the scorecard editor ──────────────────────────────────────────────────────── */

static gboolean
is_entry_named (GtkWidget     *widget,
                gconstpointer  name)
{
  g_autofree char *mismatch = NULL;

  if (!ADW_IS_ENTRY_ROW (widget))
    return FALSE;
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  return mismatch == NULL;
}

static GtkWidget *
entry_named (GtkWidget  *root,
             const char *name)
{
  GtkWidget *row = bd_test_find_first (root, is_entry_named, name);

  g_assert_nonnull (row);
  return row;
}

static gint64
scorecard_query (Desk       *desk,
                 const char *sql)
{
  return bd_test_query_int (desk->path, sql);
}

/* 周军 edits the policy changes' scorecard: a weight of 0 is refused on its field, what he
 * typed kept; a weight of 5 saves version 2; an observed item added and one retired save
 * version 3, the earlier versions as they were. */
static void
test_edit_scorecard (Desk          *desk,
                     gconstpointer  data)
{
  BdSpotchecksPage *spot = open_area (desk, "zhoujun");
  GtkWidget *page = GTK_WIDGET (spot);
  GtkWidget *weight, *label;

  click (page, "Scorecards");
  wait (desk);
  g_assert_cmpstr (bd_spotchecks_page_get_shown (spot), ==, "scorecard");
  g_assert_true (bd_test_shows_text (page, "Version 1:", BD_TEST_TEXT_LABEL));
  weight = entry_named (page, "Weight of Done within the target time");
  label = entry_named (page, "Name of Receipt printed");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (weight)), ==, "2");
  gtk_editable_set_text (GTK_EDITABLE (weight), "0");
  gtk_editable_set_text (GTK_EDITABLE (label), "Receipt printed and handed over");
  click (page, "Save as a new version");
  wait (desk);
  g_assert_true (gtk_widget_has_css_class (weight, "error"));
  g_assert_true (bd_test_shows_text (page, "A weight is a whole number from 1 to 10",
                                     BD_TEST_TEXT_ROW_TITLE));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (weight)), ==, "0");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (label)), ==,
                   "Receipt printed and handed over");
  g_assert_cmpint (scorecard_query (desk, "SELECT count(*) FROM scorecard"), ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (weight), "5");
  click (page, "Save as a new version");
  wait (desk);
  g_assert_true (bd_test_shows_text (page, "Version 2:", BD_TEST_TEXT_LABEL));
  g_assert_cmpint (scorecard_query (desk, "SELECT weight FROM scorecard_item i JOIN scorecard s "
                                          "ON s.id = i.scorecard_id WHERE s.version = 2 "
                                          "AND i.key = 'within-target'"), ==, 5);

  click (page, "Add an observed item");
  wait (desk);
  gtk_editable_set_text (GTK_EDITABLE (entry_named (page, "Name of New observed item 1")),
                         "取号引导");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (bd_test_find_first (
                                  page, is_named, "Retire Receipt printed and handed over")), TRUE);
  click (page, "Save as a new version");
  wait (desk);
  g_assert_true (bd_test_shows_text (page, "Version 3:", BD_TEST_TEXT_LABEL));
  g_assert_cmpint (scorecard_query (desk, "SELECT count(*) FROM scorecard_item i JOIN scorecard s "
                                          "ON s.id = i.scorecard_id WHERE s.version = 3 "
                                          "AND (i.label = '取号引导' OR i.key = 'receipt-printed')"),
                   ==, 1);
  g_assert_cmpint (scorecard_query (desk, "SELECT count(*) FROM scorecard_item i JOIN scorecard s "
                                          "ON s.id = i.scorecard_id WHERE s.version = 1 "
                                          "AND i.key = 'receipt-printed'"), ==, 1);
  /* Shown again as saved: the added item under its own name. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_named (page, "Name of 取号引导"))),
                   ==, "取号引导");
}

int
main (int   argc,
      char *argv[])
{
  folder = bd_test_ui_init (&argc, &argv, "bd-spotchecks-tab");

  g_test_add ("/spotchecks-tab/week-checked", Desk, NULL, desk_set_up, test_week_checked,
              desk_tear_down);
  g_test_add ("/spotchecks-tab/edit-scorecard", Desk, NULL, desk_set_up, test_edit_scorecard,
              desk_tear_down);
  g_test_add ("/spotchecks-tab/clerk-sees-own", Desk, NULL, desk_set_up, test_clerk_sees_own,
              desk_tear_down);
  return bd_test_run_and_remove (folder);
}
