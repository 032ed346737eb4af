/* test-complaints-tab.c — the Complaints tab: a complaint about a clerk's manner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window on a small branch: Mr Chen complains at the counter that a clerk, 李强,
 * was curt with him. The clerk at the desk logs it; naming herself as the staff member
 * concerned is refused on that field (recusal). Logged, it shows in the list with its
 * feedback deadline; the clerk gives feedback, records the decision — refused on the page
 * while the outcome is missing —, the decision letter opens in the preview, and the
 * return visit records the answer the customer gave, "not satisfied" included. A form
 * half filled when the desk locks comes back to the clerk who unlocks it.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "bd-case-entry.h"
#include "bd-chart-view.h"
#include "bd-clock.h"
#include "bd-complaint-month-page.h"
#include "bd-complaints-desk.h"
#include "bd-complaints-tab.h"
#include "bd-customer-page.h"
#include "bd-print-preview.h"
#include "bd-queues-page.h"
#include "bd-test-widgets.h"
#include "bd-window.h"

static char *folder;

typedef struct
{
  BdStore   *store;
  char      *path;
  BdSession *session;
  gint64     customer;
  BdWindow  *window;
} Desk;

static void
desk_set_up (Desk          *desk,
             gconstpointer  data)
{
  g_autofree char *file_name = bd_test_file_name (".db");
  const char *path;
  gint64 product;
  g_autoptr(BdPolicy) policy = NULL;

  /* Wednesday 25 November 2026: feedback is due on Friday the 27th (2 working days). */
  bd_test_clock_fix ("2026-11-25T09:30:00+08:00");
  path = desk->path = g_build_filename (folder, file_name, NULL);
  desk->store = bd_store_create (path, bd_test_key (), NULL);
  g_assert_nonnull (desk->store);
  bd_test_add_staff (desk->store, "clerk", "柜员甲", BD_ROLE_COUNTER, "pw", "13800000000");
  bd_test_add_staff (desk->store, "liqiang", "李强", BD_ROLE_COUNTER, NULL, NULL);
  /* Left the branch: kept for what they wrote, named in no list of the form. */
  bd_test_add_staff (desk->store, "laowang", "老王", BD_ROLE_COUNTER, NULL, NULL);
  bd_test_exec (path, "UPDATE staff SET active = 0 WHERE login = 'laowang'");
  desk->customer = bd_test_add_person (desk->store, "陈先生", BD_SEX_MALE, "1978-03-02",
                                       "320102197803020013", "13912340001");
  product = bd_store_add_product (desk->store, "L01", "鸿福终身寿险", BD_PRODUCT_LIFE, 0, NULL);
  policy = bd_test_policy_new_standard ("882020000000001", product, desk->customer,
                                        desk->customer);
  bd_test_add_policy (desk->store, policy);
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
  g_free (desk->path);
  bd_clock_reset ();
}

/* ── finding and using the tab as the clerk does ──────────────────────────────── */

static void
wait (Desk *desk)
{
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
}

/* Chooses the entry of the combo row @title that begins with @prefix. */
static void
choose (GtkWidget  *root,
        const char *title,
        const char *prefix)
{
  GtkWidget *row = bd_test_find_row (root, ADW_TYPE_COMBO_ROW, title);
  GListModel *model;

  g_assert_nonnull (row);
  model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_has_prefix (gtk_string_object_get_string (item), prefix))
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
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
  GtkEditable *row = bd_test_find_entry_row (root, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (row, text);
}

/* The open toplevel that holds a widget of @type, if any. */
static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) ||
          bd_test_find_widget (GTK_WIDGET (window), type) != NULL)
        return window;
    }
  return NULL;
}

static gboolean
is_empty_entry (GtkWidget     *widget,
                gconstpointer  data)
{
  return ADW_IS_ENTRY_ROW (widget) && *gtk_editable_get_text (GTK_EDITABLE (widget)) == '\0';
}

/* Answers the dialog open now: @texts (NULL-ended) typed into its first entries in order
 * (the rest stay empty), then the step's own response. */
static void
answer (Desk               *desk,
        const char * const *texts)
{
  GtkWindow *dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  for (guint i = 0; texts[i] != NULL; i++)
    {
      GtkWidget *entry = bd_test_find_first (GTK_WIDGET (dialog), is_empty_entry, NULL);

      g_assert_nonnull (entry);
      gtk_editable_set_text (GTK_EDITABLE (entry), texts[i]);
    }
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "take");
  gtk_window_destroy (dialog);
  wait (desk);
}

/* A label on screen that says @text. */
static gboolean
is_shown_label (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
is_spin_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_SPIN_BUTTON (widget);
}

/* The button of the list that opens @number. */
static gboolean
is_open_button (GtkWidget     *widget,
                gconstpointer  number)
{
  const char *tooltip = GTK_IS_BUTTON (widget) ? gtk_widget_get_tooltip_text (widget) : NULL;

  return tooltip != NULL && g_str_has_prefix (tooltip, "Open ") && strstr (tooltip, number) != NULL;
}

static GtkWidget *
open_tab (Desk *desk)
{
  GtkWidget *tab;

  gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.open-customer", "x", desk->customer);
  wait (desk);
  tab = bd_test_find_widget (GTK_WIDGET (desk->window), BD_TYPE_COMPLAINTS_TAB);
  g_assert_nonnull (tab);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_parent (tab)), "complaints");
  wait (desk);
  return tab;
}

static BdComplaint *
the_complaint (Desk *desk)
{
  g_autoptr(GListModel) complaints = bd_complaints_desk_list_of (desk->session, desk->customer,
                                                                 NULL);

  g_assert_cmpuint (g_list_model_get_n_items (complaints), ==, 1);
  return g_list_model_get_item (complaints, 0);
}

/* The titles of the combo row @title's entries, one line. */
static char *
combo_entries (GtkWidget  *root,
               const char *title)
{
  GtkWidget *row = bd_test_find_row (root, ADW_TYPE_COMBO_ROW, title);
  GListModel *model;
  GString *text = g_string_new (NULL);

  g_assert_nonnull (row);
  model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      g_string_append_printf (text, "%s;", gtk_string_object_get_string (item));
    }
  return g_string_free (text, FALSE);
}

/* ── the test ──────────────────────────────────────────────────────────────────── */

static void
test_service_attitude (Desk          *desk,
                       gconstpointer  data)
{
  GtkWidget *tab = open_tab (desk);
  GtkWidget *staff_row;
  GtkWindow *preview;
  GtkWindow *dialog;
  g_autoptr(BdComplaint) complaint = NULL;
  g_autofree char *entries = NULL;
  const char *number;

  g_assert_true (bd_test_shows_text (tab, "No complaints or consultations yet", BD_TEST_TEXT_LABEL));
  click (tab, "_Log a Complaint");
  wait (desk);
  press (tab, "Service attitude");
  type (tab, "Description", "柜员态度生硬");
  type (tab, "What they ask for", "道歉");

  /* The clerk may not handle a complaint about herself: refused on the staff field. */
  choose (tab, "Staff member concerned", "柜员甲");
  wait (desk);
  staff_row = bd_test_find_row (tab, ADW_TYPE_COMBO_ROW, "Staff member concerned");
  g_assert_true (gtk_widget_has_css_class (staff_row, "error"));
  g_assert_false (gtk_widget_is_sensitive (bd_test_find_button (tab, "_Log Complaint")));
  choose (tab, "Staff member concerned", "李强");
  wait (desk);
  entries = combo_entries (tab, "Staff member concerned");
  g_assert_null (strstr (entries, "老王"));
  g_assert_false (gtk_widget_has_css_class (staff_row, "error"));
  click (tab, "_Log Complaint");
  wait (desk);

  /* Logged by the clerk, its first responder; its page shows. */
  complaint = the_complaint (desk);
  number = bd_case_get_number (bd_complaint_get_case (complaint));
  g_assert_cmpstr (bd_case_get_state (bd_complaint_get_case (complaint)), ==, "logged");
  g_assert_true (bd_test_shows_text (tab, number, BD_TEST_TEXT_LABEL));

  /* The list has it, with its feedback deadline. */
  click (tab, "_All Complaints");
  wait (desk);
  g_assert_true (bd_test_shows_text (tab, number, BD_TEST_TEXT_ROW_TITLE));
  g_assert_true (bd_test_shows_text (tab, "2026-11-27", BD_TEST_TEXT_ROW_SUBTITLE));

  /* Its page: feedback, with what the complainant was told. */
  g_signal_emit_by_name (bd_test_find_first (tab, is_open_button, number), "clicked");
  wait (desk);
  click (tab, "Give feedback");
  answer (desk, (const char *[]) { "已致电客户致歉并说明处理进度", NULL });
  g_clear_object (&complaint);
  complaint = the_complaint (desk);
  g_assert_cmpstr (bd_case_get_state (bd_complaint_get_case (complaint)), ==, "answered");
  g_assert_true (bd_test_shows_text (tab, "Feedback given", BD_TEST_TEXT_LABEL));

  /* The decision without its outcome: refused, on the page, with the rule. */
  click (tab, "Record the decision");
  answer (desk, (const char *[]) { "柜员未按规范解释", "《柜面服务标准》服务礼仪", NULL });
  g_assert_true (bd_test_shows_text (tab, "art. 19", BD_TEST_TEXT_LABEL));
  g_clear_object (&complaint);
  complaint = the_complaint (desk);
  g_assert_cmpstr (bd_case_get_state (bd_complaint_get_case (complaint)), ==, "answered");
  g_assert_false (gtk_widget_get_visible (bd_test_find_button (tab, "_Letter of Decision…")));

  click (tab, "Record the decision");
  answer (desk, (const char *[]) { "柜员未按规范解释", "《柜面服务标准》服务礼仪",
                                   "向客户道歉，对柜员进行培训", "新员工礼仪培训不足",
                                   "每月礼仪考核", NULL });
  g_clear_object (&complaint);
  complaint = the_complaint (desk);
  g_assert_cmpstr (bd_case_get_state (bd_complaint_get_case (complaint)), ==, "decided");
  g_assert_cmpstr (bd_complaint_get_outcome (complaint), ==, "向客户道歉，对柜员进行培训");
  g_assert_false (bd_test_shows_text (tab, "art. 19", BD_TEST_TEXT_LABEL));

  /* The decision letter opens in the preview the window prints from. */
  click (tab, "_Letter of Decision…");
  wait (desk);
  preview = find_toplevel (BD_TYPE_PRINT_PREVIEW);
  g_assert_nonnull (preview);
  /* The letter names who handled it: the clerk, its first responder and owner. */
  g_assert_cmpstr (bd_case_get_accepted_by_name (bd_complaint_get_case (complaint)), ==, "柜员甲");
  gtk_window_destroy (preview);
  wait (desk);

  /* The return visit asks for an answer: none is given until a button is pressed, and
   * "not satisfied" is kept as such. */
  click (tab, "Return visit done");
  wait (desk);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "take"));
  press (GTK_WIDGET (dialog), "Not satisfied");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "take"));
  answer (desk, (const char *[]) { "客户认为道歉不够诚恳", NULL });
  g_clear_object (&complaint);
  complaint = the_complaint (desk);
  g_assert_cmpstr (bd_case_get_state (bd_complaint_get_case (complaint)), ==, "visited");
  g_assert_cmpint (bd_complaint_get_satisfied (complaint), ==, 0);
  g_assert_true (bd_test_shows_text (tab, "Return visit: Not satisfied", BD_TEST_TEXT_LABEL));
}

/* A consultation is logged on its own form; a complaint by 25 people says the supervisor
 * is told (a consultation is never major). Locked, nothing of the customer or of what was
 * typed stays in the tab. */
static void
test_major_and_lock (Desk          *desk,
                     gconstpointer  data)
{
  GtkWidget *tab = open_tab (desk);
  GtkWidget *people;

  click (tab, "Log a C_onsultation");
  wait (desk);
  g_assert_nonnull (bd_test_find_first (tab, is_shown_label, "New Consultation"));
  click (tab, "_Cancel");
  wait (desk);
  click (tab, "_Log a Complaint");
  wait (desk);
  g_assert_null (bd_test_find_first (tab, is_shown_label, "the supervisor is told"));
  people = bd_test_find_first (tab, is_spin_button, NULL);
  g_assert_nonnull (people);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (people), 25);
  type (tab, "Description", "多名客户投诉分红不及预期");
  wait (desk);
  g_assert_nonnull (bd_test_find_first (tab, is_shown_label, "the supervisor is told"));

  bd_session_lock (desk->session);
  wait (desk);
  g_assert_false (bd_test_shows_text (tab, "多名客户投诉分红不及预期", BD_TEST_TEXT_EDITABLE));
  g_assert_false (bd_test_shows_text (tab, "陈先生", BD_TEST_TEXT_LABEL | BD_TEST_TEXT_BUTTON));

  /* The same clerk unlocking finds the form as she left it, judged again. */
  g_assert_true (bd_session_unlock (desk->session, "pw", NULL));
  wait (desk);
  g_assert_cmpstr (gtk_editable_get_text (bd_test_find_entry_row (tab, "Description")), ==,
                   "多名客户投诉分红不及预期");
  people = bd_test_find_first (tab, is_spin_button, NULL);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (people)), ==, 25);
  g_assert_nonnull (bd_test_find_first (tab, is_shown_label, "the supervisor is told"));
  g_assert_nonnull (bd_test_find_first (tab, is_shown_label, "New Complaint"));
  g_assert_true (gtk_widget_is_sensitive (bd_test_find_button (tab, "_Log Complaint")));
}

static BdComplaint *
log_for (Desk        *desk,
         BdSession   *session,
         const char  *description,
         guint        people)
{
  g_autoptr(BdComplaint) complaint = bd_complaint_new (FALSE, desk->customer, 0);
  g_autoptr(GError) error = NULL;

  bd_complaint_set_complainant (complaint, desk->customer, NULL);
  bd_complaint_set_relation (complaint, "本人");
  bd_complaint_set_category (complaint, BD_COMPLAINT_TIME_TAKEN);
  bd_complaint_set_description (complaint, description);
  bd_complaint_set_people (complaint, people);
  g_assert_true (bd_complaints_desk_add (session, complaint, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&complaint);
}

/* A supervisor's Queues: a major complaint at the top as soon as it is logged, then the
 * overdue one with its owner; the clerk's own Queues have no such list. */
static void
test_supervisor_queues (Desk          *desk,
                        gconstpointer  data)
{
  g_autoptr(BdSession) supervisor = NULL;
  g_autoptr(BdComplaint) overdue = NULL;
  g_autoptr(BdComplaint) major = NULL;
  g_autoptr(BdCaseEntry) first = NULL;
  g_autoptr(BdCaseEntry) second = NULL;
  BdQueuesPage *queues;
  BdWindow *window;

  /* Logged by the clerk on 2 November, answered: its decision was due on the 17th. */
  bd_test_clock_fix ("2026-11-02T09:30:00+08:00");
  overdue = log_for (desk, desk->session, "办理保全超时", 1);
  g_assert_true (bd_complaints_desk_take_step (desk->session, overdue, "answered", "已致电说明",
                                               NULL));
  bd_test_clock_fix ("2026-11-25T09:30:00+08:00");
  bd_test_add_staff (desk->store, "zhoujun", "周军", BD_ROLE_SUPERVISOR, "spw", NULL);
  supervisor = bd_test_sign_in (desk->store, "zhoujun", "spw");
  window = bd_test_window_new (supervisor, 1024, 700);
  major = log_for (desk, desk->session, "二十余名客户投诉分红演示误导", 23);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "queues");
  bd_test_wait_for_frames (GTK_WIDGET (window));
  queues = BD_QUEUES_PAGE (bd_test_find_widget (GTK_WIDGET (window), BD_TYPE_QUEUES_PAGE));
  bd_queues_page_set_scope (queues, BD_SCOPE_BRANCH);
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (g_list_model_get_n_items (bd_queues_page_get_complaints (queues)), ==, 2);
  first = g_list_model_get_item (bd_queues_page_get_complaints (queues), 0);
  second = g_list_model_get_item (bd_queues_page_get_complaints (queues), 1);
  g_assert_cmpint (bd_case_entry_get_case_id (first), ==,
                   bd_case_get_id (bd_complaint_get_case (major)));
  g_assert_cmpint (bd_case_entry_get_case_id (second), ==,
                   bd_case_get_id (bd_complaint_get_case (overdue)));
  g_assert_cmpint (bd_case_entry_get_due_state (second), ==, BD_DEADLINE_OVERDUE);
  g_assert_true (bd_test_shows_text (GTK_WIDGET (queues), "Open Complaints (2)", BD_TEST_TEXT_LABEL));
  g_assert_true (bd_test_shows_text (GTK_WIDGET (queues), "Major complaint", BD_TEST_TEXT_LABEL));
  g_assert_true (bd_test_shows_text (GTK_WIDGET (queues), "owner 柜员甲", BD_TEST_TEXT_LABEL));
  gtk_window_destroy (GTK_WINDOW (window));

  /* The clerk's Queues list her own work only: no branch list of complaints. */
  gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.show-area", "s", "queues");
  wait (desk);
  queues = BD_QUEUES_PAGE (bd_test_find_widget (GTK_WIDGET (desk->window), BD_TYPE_QUEUES_PAGE));
  g_assert_cmpuint (g_list_model_get_n_items (bd_queues_page_get_complaints (queues)), ==, 0);
  g_assert_false (bd_test_shows_text (GTK_WIDGET (queues), "Major complaint", BD_TEST_TEXT_LABEL));
}

/* The supervisor's month of complaints, from the Queues: October's two complaints by
 * category, channel and in time, a reading audited; another month chosen; printed
 * through the window's preview; saved as CSV; gone with the lock. The clerk has no such
 * button, and the desk gives her page nothing. */
static void
test_month_report (Desk          *desk,
                   gconstpointer  data)
{
  g_autoptr(BdSession) supervisor = NULL;
  g_autoptr(BdComplaint) slow = NULL;
  g_autoptr(BdComplaint) major = NULL;
  g_autofree char *csv_path = g_build_filename (folder, "month.csv", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *clerk_page;
  GtkWidget *button;
  GtkWindow *report;
  GtkWindow *preview;
  BdComplaintMonthPage *page;
  BdChartView *chart;
  BdWindow *window;
  guint year, month;

  bd_test_clock_fix ("2026-10-12T09:30:00+08:00");
  slow = log_for (desk, desk->session, "办理保全超时", 1);
  major = log_for (desk, desk->session, "二十余名客户投诉分红演示误导", 23);
  bd_test_clock_fix ("2026-11-25T09:30:00+08:00");
  bd_test_add_staff (desk->store, "zhoujun", "周军", BD_ROLE_SUPERVISOR, "spw", NULL);
  supervisor = bd_test_sign_in (desk->store, "zhoujun", "spw");
  window = bd_test_window_new (supervisor, 1024, 700);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "queues");
  bd_test_wait_for_frames (GTK_WIDGET (window));
  button = bd_test_find_button (GTK_WIDGET (window), "Monthly Report");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
  report = find_toplevel (BD_TYPE_COMPLAINT_MONTH_PAGE);
  g_assert_nonnull (report);
  g_assert_true (gtk_window_get_transient_for (report) == GTK_WINDOW (window));
  bd_test_wait_for_frames (GTK_WIDGET (report));
  page = BD_COMPLAINT_MONTH_PAGE (bd_test_find_widget (GTK_WIDGET (report),
                                                       BD_TYPE_COMPLAINT_MONTH_PAGE));

  /* Last month in the branch's days, read and audited. */
  bd_complaint_month_page_get_month (page, &year, &month);
  g_assert_cmpuint (year, ==, 2026);
  g_assert_cmpuint (month, ==, 10);
  g_assert_nonnull (bd_complaint_month_page_get_counts (page));
  g_assert_cmpuint (bd_complaint_month_page_get_counts (page)->complaints, ==, 2);
  chart = BD_CHART_VIEW (bd_test_find_widget (GTK_WIDGET (page), BD_TYPE_CHART_VIEW));
  g_assert_cmpuint (bd_chart_view_get_n_values (chart), ==, BD_N_COMPLAINT_CATEGORIES);
  g_assert_nonnull (strstr (bd_chart_view_get_summary (chart), "Time taken: 2"));
  g_assert_nonnull (strstr (bd_chart_view_get_summary (chart), "Sales misleading: 0"));
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page), "Complaints: 2 · major (20 people or "
                                     "more): 1 · consultations: 0", BD_TEST_TEXT_LABEL));
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page), "Decided: none yet", BD_TEST_TEXT_LABEL));
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page), "Visit to the branch", BD_TEST_TEXT_LABEL));
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page), "None recorded", BD_TEST_TEXT_LABEL));
  g_assert_cmpint (bd_test_query_int (desk->path,
                                      "SELECT count(*) FROM audit_log WHERE action = "
                                      "'complaint-report-read' AND detail = '2026-10'"), ==, 1);

  /* September: nothing. */
  bd_complaint_month_page_set_month (page, 2026, 9);
  g_assert_cmpuint (bd_complaint_month_page_get_counts (page)->complaints, ==, 0);
  g_assert_nonnull (strstr (bd_chart_view_get_summary (chart), "Time taken: 0"));
  bd_complaint_month_page_set_month (page, 2026, 10);

  /* Printed through the main window's preview; saved as CSV. */
  g_signal_emit_by_name (bd_test_find_button (GTK_WIDGET (page), "Print…"), "clicked");
  preview = find_toplevel (BD_TYPE_PRINT_PREVIEW);
  g_assert_nonnull (preview);
  g_assert_true (gtk_window_get_transient_for (preview) == GTK_WINDOW (window));
  gtk_window_destroy (preview);
  g_assert_true (bd_complaint_month_page_save_csv (page, csv_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBFMonth,2026-10,\r\n"));
  g_assert_nonnull (strstr (csv, "Category,Time taken,2\r\n"));

  /* Nothing of it stays over a lock. */
  bd_session_lock (supervisor);
  g_assert_null (find_toplevel (BD_TYPE_COMPLAINT_MONTH_PAGE));
  gtk_window_destroy (GTK_WINDOW (window));

  /* The clerk: no button, and the desk refuses her the month. */
  gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.show-area", "s", "queues");
  wait (desk);
  button = bd_test_find_button (GTK_WIDGET (desk->window), "Monthly Report");
  g_assert_true (button == NULL || !gtk_widget_get_visible (button));
  clerk_page = g_object_ref_sink (bd_complaint_month_page_new (desk->session));
  g_assert_null (bd_complaint_month_page_get_counts (BD_COMPLAINT_MONTH_PAGE (clerk_page)));
  g_assert_false (gtk_widget_get_sensitive (bd_test_find_button (clerk_page, "Print…")));
  g_object_unref (clerk_page);
}

int
main (int   argc,
      char *argv[])
{
  folder = bd_test_ui_init (&argc, &argv, "bd-complaints-tab");

  g_test_add ("/complaints-tab/service-attitude", Desk, NULL, desk_set_up,
              test_service_attitude, desk_tear_down);
  g_test_add ("/complaints-tab/major-and-lock", Desk, NULL, desk_set_up,
              test_major_and_lock, desk_tear_down);
  g_test_add ("/complaints-tab/supervisor-queues", Desk, NULL, desk_set_up,
              test_supervisor_queues, desk_tear_down);
  g_test_add ("/complaints-tab/month-report", Desk, NULL, desk_set_up,
              test_month_report, desk_tear_down);
  return bd_test_run_and_remove (folder);
}
