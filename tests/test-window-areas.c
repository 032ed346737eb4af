/* test-window-areas.c — the window's areas, keys, queues and lock, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real BdWindow over a crafted branch: a counter clerk, a colleague and a supervisor,
 * more premiums due than one page of the queue, today's contact slips of two people, and
 * a surrender each of the clerk and the colleague has received (and one withdrawn).
 */
#include "config.h"

#include <adwaita.h>

#include "bd-case-entry.h"
#include "bd-clock.h"
#include "bd-contact-slip.h"
#include "bd-contacts-page.h"
#include "bd-customer-page.h"
#include "bd-customers-store.h"
#include "bd-policy-card.h"
#include "bd-queues-page.h"
#include "bd-requests-store.h"
#include "bd-sign-in-page.h"
#include "bd-test-widgets.h"
#include "bd-window.h"

#define CLERK_DUE 150
#define COLLEAGUE_DUE 120

static char *folder;

typedef struct
{
  BdStore   *store;
  BdSession *session;
  gint64     clerk, colleague, supervisor;
  gint64     customer, quiet;   /* quiet: no contacts, one policy */
  gint64     slip;              /* the clerk's slip for "other" */
} Branch;

static gint64
add_policy (Branch *branch,
            gint64  product,
            gint64  customer,
            guint   serial,
            gint64  staff_id,
            int     due_in_days)
{
  g_autoptr(GDateTime) now = bd_clock_now (NULL);
  g_autoptr(GDateTime) due = g_date_time_add_days (now, due_in_days);
  g_autofree char *due_text = g_date_time_format (due, "%Y-%m-%d");
  g_autofree char *number = g_strdup_printf ("88202000%08u", serial);
  g_autoptr(BdPolicy) policy = bd_test_policy_new_standard (number, product, customer, customer);

  bd_policy_set_premium (policy, 600050);
  bd_policy_set_next_due_date (policy, due_text);
  bd_policy_set_servicing_staff_id (policy, staff_id);
  bd_test_policy_add_beneficiary (policy, 0, 10000);
  return bd_test_add_policy (branch->store, policy);
}

/* A surrender the policyholder asks for in person, received by @staff_id. */
static BdRequest *
add_surrender (Branch *branch,
               gint64  policy_id,
               gint64  customer_id,
               gint64  staff_id)
{
  BdRequest *request = bd_request_new (bd_request_item_find ("surrender"), customer_id,
                                       policy_id);
  g_autoptr(GError) error = NULL;

  bd_request_set_applicant_id (request, customer_id);
  bd_request_set_signer_id (request, customer_id);
  bd_request_set_document (request, BD_DOCUMENT_RESIDENT_ID, "2036-01-01", FALSE);
  bd_request_set_channel (request, BD_CHANNEL_COUNTER);
  bd_requests_store_add (branch->store, request, staff_id, &error);
  g_assert_no_error (error);
  return request;
}

static gint64
add_slip (Branch        *branch,
          gint64         staff_id,
          BdServiceItem  item,
          const char    *other)
{
  g_autoptr(BdContact) slip = bd_test_contact_new (branch->customer, BD_CONTACT_SLIP, staff_id,
                                                   "上门未遇，留联系单");
  g_autoptr(GDateTime) now = bd_clock_now (NULL);
  g_autofree char *visit = g_date_time_format (now, "%Y-%m-%dT23:45");

  bd_contact_set_next_visit (slip, visit);
  bd_contact_set_service_item (slip, item);
  bd_contact_set_service_other (slip, other);
  return bd_test_add_contact (branch->store, slip);
}

static void
craft_branch (Branch     *branch,
              const char *file_name)
{
  g_autofree char *path = g_build_filename (folder, file_name, NULL);
  g_autoptr(BdRequest) withdrawn = NULL;
  g_autoptr(GError) error = NULL;
  gint64 product, first, quiet;
  guint serial = 1;

  /* A morning, whatever the hour the tests run at: the day's slips are planned for its
   * evening (23:45), which must not have passed, and "today" is the same day for the
   * test and the branch. */
  bd_test_clock_fix ("2026-11-23T10:00:00+08:00");

  branch->store = bd_store_create (path, bd_test_key (), NULL);
  g_assert_nonnull (branch->store);
  branch->clerk = bd_test_add_staff (branch->store, "clerk", "柜员甲", BD_ROLE_COUNTER,
                                     "pw", "13800000000");
  branch->colleague = bd_test_add_staff (branch->store, "colleague", "柜员乙", BD_ROLE_COUNTER,
                                         "pw", "13800000000");
  branch->supervisor = bd_test_add_staff (branch->store, "boss", "主管丙", BD_ROLE_SUPERVISOR,
                                          "pw", "13800000000");
  branch->customer = bd_test_add_person (branch->store, "陈大文", BD_SEX_FEMALE, "1980-05-06",
                                         "320102198005060017", "13912340001");
  branch->quiet = bd_test_add_person (branch->store, "李静", BD_SEX_FEMALE, "1980-05-06",
                                      "320102198203040020", "13912340001");
  product = bd_store_add_product (branch->store, "L01", "鸿福终身寿险", BD_PRODUCT_LIFE, 0, NULL);

  first = add_policy (branch, product, branch->customer, serial++, branch->clerk, 1);
  for (guint i = 1; i < CLERK_DUE; i++)
    add_policy (branch, product, branch->customer, serial++, branch->clerk, 1 + i % 20);
  for (guint i = 0; i < COLLEAGUE_DUE; i++)
    add_policy (branch, product, branch->customer, serial++, branch->colleague, 1 + i % 20);
  quiet = add_policy (branch, product, branch->quiet, serial++, branch->clerk, 200);

  /* Each surrender runs three deadlines: accept, give notice, pay (30 days). */
  g_object_unref (add_surrender (branch, quiet, branch->quiet, branch->clerk));
  g_object_unref (add_surrender (branch, first, branch->customer, branch->colleague));
  withdrawn = add_surrender (branch, first, branch->customer, branch->clerk);
  g_assert_true (bd_requests_store_take_step (branch->store, withdrawn, "withdrawn",
                                              branch->clerk, "客户改变主意", &error));
  g_assert_no_error (error);

  branch->slip = add_slip (branch, branch->clerk, BD_SERVICE_ITEM_OTHER, "送达新保单");
  add_slip (branch, branch->clerk, BD_SERVICE_ITEM_INVOICE, NULL);
  add_slip (branch, branch->colleague, BD_SERVICE_ITEM_BENEFIT, NULL);

  branch->session = bd_session_new (branch->store);
}

static void
branch_clear (Branch *branch)
{
  g_clear_object (&branch->session);
  g_clear_object (&branch->store);
  bd_clock_reset ();
}

static BdWindow *
open_window (Branch     *branch,
             const char *login)
{
  g_assert_true (bd_session_sign_in (branch->session, login, "pw", NULL));
  return bd_test_window_new (branch->session, 1024, 700);
}

/* A window test: its own branch, and the window signed in as the login the test names. */
typedef struct
{
  Branch    branch;
  BdWindow *window;
} Desk;

static void
desk_set_up (Desk          *desk,
             gconstpointer  login)
{
  g_autofree char *file_name = bd_test_file_name (".db");

  craft_branch (&desk->branch, file_name);
  desk->window = open_window (&desk->branch, login);
}

static void
desk_tear_down (Desk          *desk,
                gconstpointer  login)
{
  gtk_window_destroy (GTK_WINDOW (desk->window));
  branch_clear (&desk->branch);
}

/* Whether any label or row under @root shows @text, visible or not. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  return bd_test_shows_text (root, text,
                             BD_TEST_TEXT_LABEL | BD_TEST_TEXT_BUTTON | BD_TEST_TEXT_EDITABLE |
                             BD_TEST_TEXT_ROW_TITLE | BD_TEST_TEXT_ROW_SUBTITLE);
}

/* Presses a key the way the window's shortcuts hear it: the shortcut that @keyval with
 * @modifiers triggers on @widget is found among its controllers and activated. FALSE when
 * no shortcut of @widget answers the key. */
static gboolean
press_shortcut (GtkWidget       *widget,
                guint            keyval,
                GdkModifierType  modifiers)
{
  g_autoptr(GtkShortcutTrigger) pressed = gtk_keyval_trigger_new (keyval, modifiers);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          /* As GTK does, the next shortcut of the key gets it when one declines it
           * (GtkApplicationWindow's F10 opens a menu bar, when there is one). */
          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), pressed) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

static const char *
area_of (BdWindow *window)
{
  AdwViewStack *areas = ADW_VIEW_STACK (bd_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  return adw_view_stack_get_visible_child_name (areas);
}

/* Alt+@keyval, and the window shows @area. */
static void
go_to_area (BdWindow   *window,
            guint       keyval,
            const char *area)
{
  g_assert_true (press_shortcut (GTK_WIDGET (window), keyval, GDK_ALT_MASK));
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (area_of (window), ==, area);
}

/* F10 opens @menu; it is closed again. */
static void
assert_f10_opens (BdWindow      *window,
                  GtkMenuButton *menu)
{
  g_assert_true (press_shortcut (GTK_WIDGET (window), GDK_KEY_F10, 0));
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (menu))));
  gtk_menu_button_popdown (menu);
}

/* The Queues area, shown as its action shows it. */
static BdQueuesPage *
show_queues (BdWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "queues");
  bd_test_wait_for_frames (GTK_WIDGET (window));
  return BD_QUEUES_PAGE (bd_test_find_widget (GTK_WIDGET (window), BD_TYPE_QUEUES_PAGE));
}

/* ── the areas: menu, staff name, keys ─────────────────────────────────────────── */

static void
test_every_area_has_the_menu (Desk          *desk,
                              gconstpointer  data)
{
  BdWindow *window = desk->window;
  BdQueuesPage *queues;
  GtkMenuButton *menu;

  queues = BD_QUEUES_PAGE (bd_test_find_widget (GTK_WIDGET (window), BD_TYPE_QUEUES_PAGE));

  /* Alt+2 goes to the Queues, which name the staff member and have the menu. */
  go_to_area (window, GDK_KEY_2, "queues");
  g_assert_true (shows_text (GTK_WIDGET (queues), "柜员甲"));
  menu = GTK_MENU_BUTTON (bd_test_find_widget (GTK_WIDGET (queues), GTK_TYPE_MENU_BUTTON));
  g_assert_nonnull (menu);
  g_assert_nonnull (gtk_menu_button_get_menu_model (menu));

  /* F10 opens it there. */
  assert_f10_opens (window, menu);

  /* Alt+1 goes back to the Desk, where F10 opens the Desk's menu. */
  go_to_area (window, GDK_KEY_1, "desk");
  menu = GTK_MENU_BUTTON (bd_test_find_widget (gtk_widget_get_first_child (GTK_WIDGET (window)),
                                       GTK_TYPE_MENU_BUTTON));
  assert_f10_opens (window, menu);
  bd_test_wait_for_frames (GTK_WIDGET (window));

}

/* Ctrl+F from the Queues shows the search with its text selected: typing replaces it. */
static void
test_search_from_anywhere (Desk          *desk,
                           gconstpointer  data)
{
  BdWindow *window = desk->window;
  GtkEditable *search;
  int start = -1, end = -1;

  search = GTK_EDITABLE (bd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY));
  gtk_editable_set_text (search, "3429");
  gtk_editable_set_position (search, -1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "queues");
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (area_of (window), ==, "queues");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  bd_test_wait_for_frames (GTK_WIDGET (window));

  g_assert_cmpstr (area_of (window), ==, "desk");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (search))) ||
                 gtk_widget_has_focus (GTK_WIDGET (search)));
  g_assert_true (gtk_editable_get_selection_bounds (search, &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, 4);

}

/* Toasts show over the areas, never over the switcher bar below them. */
static void
test_toasts_leave_the_switcher (Desk          *desk,
                                gconstpointer  data)
{
  BdWindow *window = desk->window;
  GtkWidget *switcher;

  switcher = bd_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR);
  g_assert_nonnull (switcher);
  g_assert_null (gtk_widget_get_ancestor (switcher, ADW_TYPE_TOAST_OVERLAY));
  g_assert_nonnull (gtk_widget_get_ancestor (bd_test_find_widget (GTK_WIDGET (window), BD_TYPE_QUEUES_PAGE),
                                             ADW_TYPE_TOAST_OVERLAY));

}

/* ── the queues: whose, how many, pages ────────────────────────────────────────── */

static void
test_clerk_sees_own_queue (Desk          *desk,
                           gconstpointer  data)
{
  Branch *branch = &desk->branch;
  BdWindow *window = desk->window;
  BdQueuesPage *queues = show_queues (window);
  GError *error = NULL;
  gint64 staff_id = -1;

  /* Their own customers, counted, a page at a time, none cut without a word. */
  g_assert_cmpint (bd_queues_page_get_scope (queues), ==, BD_SCOPE_OWN);
  g_assert_cmpuint (bd_queues_page_get_due_total (queues), ==, CLERK_DUE);
  g_assert_false (bd_queues_page_get_due_total_is_bound (queues));
  g_assert_cmpuint (g_list_model_get_n_items (bd_queues_page_get_due (queues)), ==, 100);
  g_assert_true (shows_text (GTK_WIDGET (queues), "(150)"));
  g_assert_true (shows_text (GTK_WIDGET (queues), "100 of 150"));
  bd_queues_page_show_more (queues);
  g_assert_cmpuint (g_list_model_get_n_items (bd_queues_page_get_due (queues)), ==, CLERK_DUE);
  for (guint i = 0; i < CLERK_DUE; i++)
    {
      g_autoptr(BdPolicy) policy = g_list_model_get_item (bd_queues_page_get_due (queues), i);
      g_assert_cmpint (bd_policy_get_servicing_staff_id (policy), ==, branch->clerk);
    }
  /* Every amount with its unit. */
  g_assert_true (shows_text (GTK_WIDGET (queues), "6,000.50 yuan"));

  /* Their own slips only, and the text typed for "other". */
  g_assert_true (shows_text (GTK_WIDGET (queues), "送达新保单"));
  g_assert_true (shows_text (GTK_WIDGET (queues), "(2)"));
  g_assert_false (shows_text (GTK_WIDGET (queues), bd_service_item_get_label (BD_SERVICE_ITEM_BENEFIT)));

  /* Their own requests' deadlines, by due day, each with what must be done. */
  g_assert_cmpuint (bd_queues_page_get_requests_total (queues), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (bd_queues_page_get_requests (queues)), ==, 3);
  g_assert_true (shows_text (GTK_WIDGET (queues), "Deadlines Due (3)"));
  g_assert_true (shows_text (GTK_WIDGET (queues), "李静"));
  g_assert_true (shows_text (GTK_WIDGET (queues), "2026-11-25"));
  g_assert_true (shows_text (GTK_WIDGET (queues), "Due soon"));

  /* The branch is refused to counter staff by the session, whatever the window asks. */
  g_assert_false (bd_session_get_scope_staff (branch->session, BD_SCOPE_BRANCH, &staff_id, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

}

static void
test_supervisor_chooses_queue (Desk          *desk,
                               gconstpointer  data)
{
  BdWindow *window = desk->window;
  BdQueuesPage *queues = show_queues (window);

  g_assert_cmpint (bd_queues_page_get_scope (queues), ==, BD_SCOPE_BRANCH);
  g_assert_cmpuint (bd_queues_page_get_due_total (queues), ==, CLERK_DUE + COLLEAGUE_DUE);
  g_assert_true (shows_text (GTK_WIDGET (queues), "(3)"));
  /* Both clerks' requests, not the one withdrawn. */
  g_assert_cmpuint (bd_queues_page_get_requests_total (queues), ==, 6);

  /* Narrowed to their own: they service nobody here. */
  bd_queues_page_set_scope (queues, BD_SCOPE_OWN);
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (bd_queues_page_get_due_total (queues), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (bd_queues_page_get_due (queues)), ==, 0);
  g_assert_cmpuint (bd_queues_page_get_requests_total (queues), ==, 0);

}

/* What is chosen to print lives in the page, not in the rows: a row made and bound again
 * shows its slip still chosen. */
static void
test_chosen_slips_survive_rebinding (Desk          *desk,
                                     gconstpointer  data)
{
  BdQueuesPage *queues = show_queues (desk->window);
  GtkWidget *check = bd_test_find_widget (GTK_WIDGET (queues), GTK_TYPE_CHECK_BUTTON);
  GtkListView *view = GTK_LIST_VIEW (gtk_widget_get_ancestor (check, GTK_TYPE_LIST_VIEW));
  g_autoptr(GtkSelectionModel) model = g_object_ref (gtk_list_view_get_model (view));

  g_assert_cmpuint (g_list_model_get_n_items (bd_queues_page_get_slips (queues)), ==, 2);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  /* Without a model the rows go; with it again, new rows are bound. */
  gtk_list_view_set_model (view, NULL);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_null (bd_test_find_widget (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON));
  gtk_list_view_set_model (view, model);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  check = bd_test_find_widget (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
}

/* The list view under @root whose first item is of @type. */
static GtkWidget *
find_list_view_of (GtkWidget *root,
                   GType      type)
{
  if (GTK_IS_LIST_VIEW (root))
    {
      GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (root)));
      g_autoptr(GObject) first = model != NULL ? g_list_model_get_item (model, 0) : NULL;

      if (first != NULL && G_TYPE_CHECK_INSTANCE_TYPE (first, type))
        return root;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_view_of (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A request's row opens its customer at the Desk. */
static void
test_request_row_opens_customer (Desk          *desk,
                                 gconstpointer  data)
{
  BdQueuesPage *queues = show_queues (desk->window);
  GtkWidget *view = find_list_view_of (GTK_WIDGET (queues), BD_TYPE_CASE_ENTRY);
  BdCustomerPage *page;

  g_assert_nonnull (view);
  g_assert_true (gtk_widget_is_visible (view));
  g_signal_emit_by_name (view, "activate", 0);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  page = BD_CUSTOMER_PAGE (bd_test_find_widget (GTK_WIDGET (desk->window), BD_TYPE_CUSTOMER_PAGE));
  g_assert_nonnull (page);
  g_assert_cmpint (bd_customer_get_id (bd_customer_page_get_customer (page)), ==,
                   desk->branch.quiet);
}

/* The day's slips: a clerk's own, or the branch's (core, through the session). */
static void
test_day_slips_by_scope (void)
{
  Branch branch = { 0 };
  g_autoptr(GArray) own = NULL;
  g_autoptr(GArray) all = NULL;
  GDate today;

  craft_branch (&branch, "day-slips.db");
  bd_store_get_today (branch.store, &today);
  own = bd_contact_slip_load_day_of (branch.store, &today, branch.clerk, NULL);
  all = bd_contact_slip_load_day_of (branch.store, &today, 0, NULL);
  g_assert_cmpuint (own->len, ==, 2);
  g_assert_cmpuint (all->len, ==, 3);
  branch_clear (&branch);
}

/* ── locking: the draft, the messages ──────────────────────────────────────────── */

static BdCustomerPage *
open_customer (BdWindow *window,
               gint64    customer_id)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-customer", "x", customer_id);
  bd_test_wait_for_frames (GTK_WIDGET (window));
  return BD_CUSTOMER_PAGE (bd_test_find_widget (GTK_WIDGET (window), BD_TYPE_CUSTOMER_PAGE));
}

static void
test_lock_keeps_draft (Desk          *desk,
                       gconstpointer  data)
{
  Branch *branch = &desk->branch;
  BdWindow *window = desk->window;
  BdCustomerPage *page;
  GtkEditable *outcome;
  GtkCalendar *calendar;
  g_autoptr(GDateTime) now = bd_clock_now (NULL);
  g_autoptr(GDateTime) visit = g_date_time_add_days (now, 5);
  g_autofree char *visit_iso = g_date_time_format (visit, "%Y-%m-%d");

  page = open_customer (window, branch->customer);
  outcome = bd_test_find_entry_row (GTK_WIDGET (page), "Outcome");
  g_assert_nonnull (outcome);
  gtk_editable_set_text (outcome, "约好下周二再来");

  /* No visit chosen: the calendar's own day must not become one over the lock. */
  bd_session_lock (branch->session);
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (bd_session_unlock (branch->session, "pw", NULL));
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_editable_get_text (outcome), ==, "约好下周二再来");
  g_assert_true (shows_text (GTK_WIDGET (page), "Not planned"));

  /* A day chosen in the calendar comes back with the text. */
  calendar = GTK_CALENDAR (bd_test_find_widget (GTK_WIDGET (page), GTK_TYPE_CALENDAR));
  g_assert_nonnull (calendar);
  gtk_calendar_select_day (calendar, visit);
  g_assert_true (shows_text (GTK_WIDGET (page), visit_iso));

  /* Locked: nothing of it on screen. */
  bd_session_lock (branch->session);
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_false (shows_text (GTK_WIDGET (window), "约好下周二再来"));
  g_assert_false (shows_text (GTK_WIDGET (window), visit_iso));

  /* The same person unlocking gets it back. */
  g_assert_true (bd_session_unlock (branch->session, "pw", NULL));
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_editable_get_text (outcome), ==, "约好下周二再来");
  g_assert_true (shows_text (GTK_WIDGET (page), visit_iso));
  g_assert_cmpuint (bd_store_count_audit (branch->store, "draft-discarded", NULL), ==, 0);

  /* Someone else signing in does not, and the log says it was discarded. */
  bd_session_lock (branch->session);
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_true (bd_session_sign_in (branch->session, "colleague", "pw", NULL));
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_false (shows_text (GTK_WIDGET (window), "约好下周二再来"));
  g_assert_cmpuint (bd_store_count_audit (branch->store, "draft-discarded", NULL), ==, 1);
  page = open_customer (window, branch->customer);
  g_assert_cmpstr (gtk_editable_get_text (bd_test_find_entry_row (GTK_WIDGET (page), "Outcome")), ==, "");

}

/* The lock screen asks for the password only and says so; "someone else" can be undone. */
static void
test_lock_screen (Desk          *desk,
                  gconstpointer  data)
{
  Branch *branch = &desk->branch;
  BdWindow *window = desk->window;
  GError *error = NULL;
  GtkWidget *sign_in, *back, *someone_else;

  bd_session_lock (branch->session);
  bd_test_wait_for_frames (GTK_WIDGET (window));

  g_assert_false (bd_session_unlock (branch->session, "wrong", &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_WRONG_PASSWORD);
  g_assert_cmpstr (error->message, ==, "The password is not right");
  g_clear_error (&error);

  sign_in = bd_test_find_widget (GTK_WIDGET (window), BD_TYPE_SIGN_IN_PAGE);
  g_assert_nonnull (bd_test_find_entry_row (sign_in, "Staff name"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bd_test_find_entry_row (sign_in, "Staff name"))));
  back = bd_test_find_button (sign_in, "_Back to Unlocking");
  someone_else = bd_test_find_button (sign_in, "Sign in as _someone else");
  g_assert_nonnull (back);
  g_assert_nonnull (someone_else);
  g_assert_false (gtk_widget_get_visible (back));

  /* Sign in as someone else: the staff name shows, and the way back with it. */
  g_signal_emit_by_name (someone_else, "clicked");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bd_test_find_entry_row (sign_in, "Staff name"))));
  g_assert_true (gtk_widget_get_visible (back));
  g_signal_emit_by_name (back, "clicked");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bd_test_find_entry_row (sign_in, "Staff name"))));
  g_assert_false (gtk_widget_get_visible (back));

}

/* The menu's Lock and Sign Out: the session's, through the window's one action. */
static void
test_lock_and_sign_out_actions (Desk          *desk,
                                gconstpointer  data)
{
  BdSession *session = desk->branch.session;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.lock", NULL));
  g_assert_cmpint (bd_session_get_state (session), ==, BD_SESSION_LOCKED);
  g_assert_true (bd_session_unlock (session, "pw", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.sign-out", NULL));
  g_assert_cmpint (bd_session_get_state (session), ==, BD_SESSION_SIGNED_OUT);
}

/* ── the customer page ─────────────────────────────────────────────────────────── */

static void
test_customer_opens_at_the_top (Desk          *desk,
                                gconstpointer  data)
{
  Branch *branch = &desk->branch;
  BdWindow *window = desk->window;
  BdCustomerPage *page = open_customer (window, branch->customer);
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (bd_test_find_widget (GTK_WIDGET (page),
                                                                          GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  bd_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpfloat (bd_customer_page_get_scroll (page), >, 0);

  page = open_customer (window, branch->quiet);
  g_assert_cmpfloat (bd_customer_page_get_scroll (page), ==, 0);

  /* No contacts yet: said in the list's place. */
  g_assert_true (shows_text (GTK_WIDGET (page), "No contacts yet"));
  /* The service card's sum insured and premium carry their unit, in its policy opened. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (bd_test_find_widget (GTK_WIDGET (page),
                                                                        BD_TYPE_POLICY_CARD)),
                                 TRUE);
  g_assert_true (shows_text (GTK_WIDGET (page), "500,000 yuan"));
  g_assert_true (shows_text (GTK_WIDGET (page), "6,000.50 yuan"));

}

/* ── the print preview ─────────────────────────────────────────────────────────── */

static GtkWindow *
find_other_toplevel (BdWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);
      if (other != GTK_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (other)))
        return other;
    }
  return NULL;
}

static void
test_preview_closes_with_keys (Desk          *desk,
                               gconstpointer  data)
{
  static const struct { guint keyval; GdkModifierType modifiers; } keys[] = {
    { GDK_KEY_Escape, 0 },
    { GDK_KEY_w, GDK_CONTROL_MASK },
  };
  Branch *branch = &desk->branch;
  BdWindow *window = desk->window;

  open_customer (window, branch->customer);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkWindow *preview;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.preview-slip", "x", branch->slip);
      bd_test_wait_for_frames (GTK_WIDGET (window));
      preview = find_other_toplevel (window);
      g_assert_nonnull (preview);
      g_assert_true (press_shortcut (GTK_WIDGET (preview), keys[i].keyval, keys[i].modifiers));
      bd_test_wait_for_frames (GTK_WIDGET (window));
      g_assert_null (find_other_toplevel (window));
    }

}

int
main (int   argc,
      char *argv[])
{
  folder = bd_test_ui_init (&argc, &argv, "bd-window-areas");

#define ADD(path, login, func) \
  g_test_add (path, Desk, login, desk_set_up, func, desk_tear_down)

  ADD ("/window-areas/menu-in-every-area", "clerk", test_every_area_has_the_menu);
  ADD ("/window-areas/search-from-anywhere", "clerk", test_search_from_anywhere);
  ADD ("/window-areas/toasts-leave-the-switcher", "clerk", test_toasts_leave_the_switcher);
  ADD ("/window-areas/queues/clerk-own", "clerk", test_clerk_sees_own_queue);
  ADD ("/window-areas/queues/supervisor-chooses", "boss", test_supervisor_chooses_queue);
  ADD ("/window-areas/queues/chosen-slips-survive-rebinding", "clerk",
       test_chosen_slips_survive_rebinding);
  g_test_add_func ("/window-areas/queues/day-slips-by-scope", test_day_slips_by_scope);
  ADD ("/window-areas/queues/request-opens-customer", "clerk", test_request_row_opens_customer);
  ADD ("/window-areas/lock/keeps-draft", "clerk", test_lock_keeps_draft);
  ADD ("/window-areas/lock/screen", "clerk", test_lock_screen);
  ADD ("/window-areas/lock/menu-actions", "clerk", test_lock_and_sign_out_actions);
  ADD ("/window-areas/customer/opens-at-top", "clerk", test_customer_opens_at_the_top);
  ADD ("/window-areas/preview/closes-with-keys", "clerk", test_preview_closes_with_keys);
  return bd_test_run_and_remove (folder);
}
