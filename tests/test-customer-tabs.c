/* test-customer-tabs.c — a tab added to the customer page is opened, cleared and kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tab of a workflow to come, as small as can be: the customer's name and one entry.
 * Added to the real window's customer page, it is opened with the customer, printed with
 * Ctrl+P when it shows, emptied when the desk locks, and what was typed in it comes back
 * to the same person unlocking — without the page or the window naming it anywhere.
 */
#include "config.h"

#include <adwaita.h>

#include "bd-customer-page.h"
#include "bd-customer-tab.h"
#include "bd-overview-tab.h"
#include "bd-policy-card.h"
#include "bd-requests-tab.h"
#include "bd-customers-store.h"
#include "bd-test-widgets.h"
#include "bd-window.h"

static char *folder;

/* ── the test tab ──────────────────────────────────────────────────────────────── */

#define BD_TYPE_TEST_TAB (bd_test_tab_get_type ())
G_DECLARE_FINAL_TYPE (BdTestTab, bd_test_tab, BD, TEST_TAB, GtkBox)

struct _BdTestTab
{
  GtkBox     parent_instance;

  BdSession *session;
  GtkLabel  *name_label;
  GtkEntry  *entry;
  guint      n_policies;
  guint      printed;
  guint      opened;
};

static void
test_tab_set_session (BdCustomerTab *tab,
                      BdSession     *session)
{
  g_set_object (&BD_TEST_TAB (tab)->session, session);
}

static gboolean
test_tab_open (BdCustomerTab  *tab,
               BdCustomer     *customer,
               GListModel     *policies,
               GError        **error)
{
  BdTestTab *self = BD_TEST_TAB (tab);

  gtk_label_set_label (self->name_label, bd_customer_get_name (customer));
  self->n_policies = g_list_model_get_n_items (policies);
  self->opened++;
  return TRUE;
}

static void
test_tab_clear (BdCustomerTab *tab)
{
  BdTestTab *self = BD_TEST_TAB (tab);

  gtk_label_set_label (self->name_label, "");
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
}

static gboolean
test_tab_print (BdCustomerTab  *tab,
                GError        **error)
{
  BD_TEST_TAB (tab)->printed++;
  return TRUE;
}

static GVariant *
test_tab_dup_draft (BdCustomerTab *tab)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (BD_TEST_TAB (tab)->entry));

  return text[0] != '\0' ? g_variant_new_string (text) : NULL;
}

static void
test_tab_restore_draft (BdCustomerTab *tab,
                        GVariant      *draft)
{
  gtk_editable_set_text (GTK_EDITABLE (BD_TEST_TAB (tab)->entry), g_variant_get_string (draft, NULL));
}

static void
bd_test_tab_customer_tab_init (BdCustomerTabInterface *iface)
{
  iface->set_session = test_tab_set_session;
  iface->open = test_tab_open;
  iface->clear = test_tab_clear;
  iface->print = test_tab_print;
  iface->dup_draft = test_tab_dup_draft;
  iface->restore_draft = test_tab_restore_draft;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (BdTestTab, bd_test_tab, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (BD_TYPE_CUSTOMER_TAB,
                                                      bd_test_tab_customer_tab_init))

static void
bd_test_tab_dispose (GObject *object)
{
  g_clear_object (&BD_TEST_TAB (object)->session);
  G_OBJECT_CLASS (bd_test_tab_parent_class)->dispose (object);
}

static void
bd_test_tab_class_init (BdTestTabClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bd_test_tab_dispose;
}

static void
bd_test_tab_init (BdTestTab *self)
{
  self->name_label = GTK_LABEL (gtk_label_new (""));
  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->name_label));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->entry));
}

/* A tab that only opens: it has no clear(). */
#define BD_TYPE_FORGETFUL_TAB (bd_forgetful_tab_get_type ())
G_DECLARE_FINAL_TYPE (BdForgetfulTab, bd_forgetful_tab, BD, FORGETFUL_TAB, GtkBox)

struct _BdForgetfulTab
{
  GtkBox parent_instance;
};

static void
bd_forgetful_tab_customer_tab_init (BdCustomerTabInterface *iface)
{
  iface->open = test_tab_open;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (BdForgetfulTab, bd_forgetful_tab, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (BD_TYPE_CUSTOMER_TAB,
                                                      bd_forgetful_tab_customer_tab_init))

static void
bd_forgetful_tab_class_init (BdForgetfulTabClass *klass)
{
}

static void
bd_forgetful_tab_init (BdForgetfulTab *self)
{
}

/* ── the branch and the window ─────────────────────────────────────────────────── */

/* A window test: a branch of one customer with one policy, a counter clerk and a
 * colleague, and the window signed in as the clerk. */
typedef struct
{
  BdStore   *store;
  BdSession *session;
  gint64     customer;
  BdWindow  *window;
} Desk;

static void
add_policy (BdStore *store,
            gint64   customer)
{
  gint64 product = bd_store_add_product (store, "L01", "鸿福终身寿险", BD_PRODUCT_LIFE, 0, NULL);
  g_autoptr(BdPolicy) policy = bd_test_policy_new_standard ("882020000000001", product, customer,
                                                            customer);

  bd_test_policy_add_beneficiary (policy, 0, 10000);
  bd_test_add_policy (store, policy);
}

static void
desk_set_up (Desk          *desk,
             gconstpointer  data)
{
  g_autofree char *file_name = bd_test_file_name (".db");
  g_autofree char *path = g_build_filename (folder, file_name, NULL);

  desk->store = bd_store_create (path, bd_test_key (), NULL);
  g_assert_nonnull (desk->store);
  bd_test_add_staff (desk->store, "clerk", "柜员甲", BD_ROLE_COUNTER, "pw", "13800000000");
  bd_test_add_staff (desk->store, "colleague", "柜员乙", BD_ROLE_COUNTER, "pw", "13800000000");
  desk->customer = bd_test_add_person (desk->store, "陈大文", BD_SEX_MALE, "1980-05-06",
                                       "320102198005060017", "13912340001");
  add_policy (desk->store, desk->customer);
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
}

static BdCustomerPage *
customer_page_of (BdWindow *window)
{
  return BD_CUSTOMER_PAGE (bd_test_find_widget (GTK_WIDGET (window), BD_TYPE_CUSTOMER_PAGE));
}

/* The test tab, added to the window's customer page as a workflow would add its own. */
static BdTestTab *
add_test_tab (BdWindow *window)
{
  BdTestTab *tab = g_object_new (BD_TYPE_TEST_TAB, NULL);

  bd_customer_page_add_tab (customer_page_of (window), BD_CUSTOMER_TAB (tab), "test",
                            "Test", "document-edit-symbolic");
  return tab;
}

static void
open_customer (BdWindow *window,
               gint64    customer_id)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-customer", "x", customer_id);
  bd_test_wait_for_frames (GTK_WIDGET (window));
}

/* Where a tab's text shows: a label, or an entry holding a draft. */
#define TAB_TEXTS (BD_TEST_TEXT_LABEL | BD_TEST_TEXT_EDITABLE)

/* ── the tests ─────────────────────────────────────────────────────────────────── */

static void
test_added_tab_cleared_on_lock (Desk          *desk,
                                gconstpointer  data)
{
  BdCustomerPage *page = customer_page_of (desk->window);
  BdTestTab *tab = add_test_tab (desk->window);
  AdwViewStack *stack;

  g_assert_true (tab->session == desk->session);

  /* Opened with the customer and the policies the page read. */
  open_customer (desk->window, desk->customer);
  g_assert_cmpstr (gtk_label_get_label (tab->name_label), ==, "陈大文");
  g_assert_cmpuint (tab->n_policies, ==, 1);
  stack = ADW_VIEW_STACK (gtk_widget_get_parent (GTK_WIDGET (tab)));
  adw_view_stack_set_visible_child_name (stack, "test");
  gtk_editable_set_text (GTK_EDITABLE (tab->entry), "带身份证原件");
  g_assert_true (bd_customer_page_has_unsaved_input (page));

  /* Locked: neither the name nor what was typed stays in the tab. */
  bd_session_lock (desk->session);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tab->entry)), ==, "");
  g_assert_cmpstr (gtk_label_get_label (tab->name_label), ==, "");
  g_assert_false (bd_test_shows_text (GTK_WIDGET (desk->window), "带身份证原件", TAB_TEXTS));
  g_assert_false (bd_test_shows_text (GTK_WIDGET (desk->window), "陈大文", TAB_TEXTS));

  /* The same person unlocking gets the customer, the draft and the tab back. */
  g_assert_true (bd_session_unlock (desk->session, "pw", NULL));
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_cmpstr (gtk_label_get_label (tab->name_label), ==, "陈大文");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tab->entry)), ==, "带身份证原件");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "test");

  /* Someone else taking the desk does not. */
  bd_session_lock (desk->session);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_true (bd_session_sign_in (desk->session, "colleague", "pw", NULL));
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_false (bd_test_shows_text (GTK_WIDGET (desk->window), "带身份证原件", TAB_TEXTS));
  open_customer (desk->window, desk->customer);
  g_assert_cmpstr (gtk_label_get_label (tab->name_label), ==, "陈大文");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tab->entry)), ==, "");
  g_assert_false (bd_customer_page_has_unsaved_input (page));
}

/* The Overview the window comes with is a tab like any other, a widget of its own behind
 * the interface: it shows the customer's policies, and forgets them when the desk locks. */
static void
test_overview_is_a_tab (Desk          *desk,
                        gconstpointer  data)
{
  GtkWidget *overview = bd_test_find_widget (GTK_WIDGET (desk->window), BD_TYPE_OVERVIEW_TAB);

  g_assert_nonnull (overview);
  g_assert_true (BD_IS_CUSTOMER_TAB (overview));
  g_assert_true (gtk_widget_get_ancestor (overview, BD_TYPE_CUSTOMER_PAGE) ==
                 GTK_WIDGET (customer_page_of (desk->window)));

  open_customer (desk->window, desk->customer);
  g_assert_true (bd_test_shows_text (overview, "鸿福终身寿险", TAB_TEXTS));
  bd_session_lock (desk->session);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_false (bd_test_shows_text (overview, "鸿福终身寿险", TAB_TEXTS));
}

/* Ctrl+P prints what the visible tab shows, and only that tab. */
static void
test_print_goes_to_visible_tab (Desk          *desk,
                                gconstpointer  data)
{
  BdTestTab *tab = add_test_tab (desk->window);
  AdwViewStack *stack;

  open_customer (desk->window, desk->customer);
  stack = ADW_VIEW_STACK (gtk_widget_get_parent (GTK_WIDGET (tab)));

  adw_view_stack_set_visible_child_name (stack, "test");
  gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.print", NULL);
  g_assert_cmpuint (tab->printed, ==, 1);

  /* Contacts & Slips with no slip: nothing printed, and not this tab either. */
  adw_view_stack_set_visible_child_name (stack, "contacts");
  gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.print", NULL);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_cmpuint (tab->printed, ==, 1);
}

static gboolean
is_start_request_row (GtkWidget     *widget,
                      gconstpointer  data)
{
  return ADW_IS_ACTION_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                       "Start a policy-change request…") == 0;
}

/* The service card's "Start a request" opens the tab that takes requests — the Policy
 * changes tab the page registers — with a new request on that policy. */
static void
test_start_request_from_service_card (Desk          *desk,
                                      gconstpointer  data)
{
  BdCustomerPage *page;
  GtkWidget *card, *row, *tab, *policy;
  g_autoptr(GtkStringObject) chosen = NULL;

  open_customer (desk->window, desk->customer);
  page = customer_page_of (desk->window);
  card = bd_test_find_widget (GTK_WIDGET (page), BD_TYPE_POLICY_CARD);
  g_assert_nonnull (card);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (card), TRUE);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  row = bd_test_find_first (card, is_start_request_row, NULL);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_sensitive (row));

  gtk_widget_activate (row);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  tab = bd_test_find_widget (GTK_WIDGET (page), BD_TYPE_REQUESTS_TAB);
  g_assert_nonnull (tab);
  g_assert_true (adw_view_stack_get_visible_child (ADW_VIEW_STACK (gtk_widget_get_parent (tab))) == tab);
  policy = bd_test_find_row (tab, ADW_TYPE_COMBO_ROW, "Policy");
  g_assert_nonnull (policy);
  g_assert_true (gtk_widget_get_mapped (policy));
  chosen = g_object_ref (adw_combo_row_get_selected_item (ADW_COMBO_ROW (policy)));
  g_assert_true (g_str_has_prefix (gtk_string_object_get_string (chosen),
                                   bd_policy_get_number (bd_policy_card_get_policy (BD_POLICY_CARD (card)))));
}

/* A tab that changed the customer tells the page: the other tabs show the change (the
 * service card its new beneficiary), the tab that acted is left where it is. */
static void
test_customer_changed (Desk          *desk,
                       gconstpointer  data)
{
  BdTestTab *tab = add_test_tab (desk->window);
  BdCustomerPage *page;
  AdwViewStack *stack;
  GtkWidget *overview, *card;
  gint64 heir;
  guint opened;

  open_customer (desk->window, desk->customer);
  page = customer_page_of (desk->window);
  overview = bd_test_find_widget (GTK_WIDGET (page), BD_TYPE_OVERVIEW_TAB);
  stack = ADW_VIEW_STACK (gtk_widget_get_parent (GTK_WIDGET (tab)));
  adw_view_stack_set_visible_child_name (stack, "test");
  heir = bd_test_add_person (desk->store, "陈小宝", BD_SEX_MALE, "2001-01-01", NULL, NULL);
  /* Behind the page's back, as a request carried out would: a named death beneficiary. */
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE beneficiary SET legal_heirs = 0, "
                                            "customer_id = %" G_GINT64_FORMAT, heir);

    bd_test_exec (bd_store_get_path (desk->store), sql);
  }
  opened = tab->opened;
  gtk_widget_activate_action (GTK_WIDGET (tab), "customer.changed", NULL);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_cmpuint (tab->opened, ==, opened);
  adw_view_stack_set_visible_child_name (stack, "overview");
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  card = bd_test_find_widget (overview, BD_TYPE_POLICY_CARD);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (card), TRUE);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_true (bd_test_shows_text (card, "陈小宝 100%", TAB_TEXTS));
}

/* A customer who has died (a death claim marked them) is shown without an age that would
 * go on counting; the living show theirs. */
static void
test_deceased_shows_no_age (Desk          *desk,
                            gconstpointer  data)
{
  BdCustomerPage *page;

  open_customer (desk->window, desk->customer);
  page = customer_page_of (desk->window);
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page), "years old", BD_TEST_TEXT_LABEL));

  bd_test_exec (bd_store_get_path (desk->store),
                "UPDATE customer SET deceased_on = '2026-10-01'");
  open_customer (desk->window, desk->customer);
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page), "Deceased", BD_TEST_TEXT_LABEL));
  g_assert_false (bd_test_shows_text (GTK_WIDGET (page), "years old", BD_TEST_TEXT_LABEL));
}

/* A tab that cannot forget the customer is refused: it would keep them over a lock. */
static void
test_tab_without_clear_refused (void)
{
  BdCustomerPage *page = BD_CUSTOMER_PAGE (g_object_ref_sink (bd_customer_page_new ()));
  GtkWidget *tab = g_object_ref_sink (g_object_new (BD_TYPE_FORGETFUL_TAB, NULL));

  g_test_expect_message ("bd-customer-page", G_LOG_LEVEL_CRITICAL, "*clear*");
  bd_customer_page_add_tab (page, BD_CUSTOMER_TAB (tab), "forgetful", "Forgetful", NULL);
  g_test_assert_expected_messages ();
  g_assert_null (gtk_widget_get_parent (tab));

  g_object_unref (tab);
  g_object_unref (page);
}

int
main (int   argc,
      char *argv[])
{
  folder = bd_test_ui_init (&argc, &argv, "bd-customer-tabs");

  g_test_add ("/customer-tabs/deceased-shows-no-age", Desk, NULL, desk_set_up,
              test_deceased_shows_no_age, desk_tear_down);
  g_test_add ("/customer-tabs/added-tab/cleared-on-lock", Desk, NULL, desk_set_up,
              test_added_tab_cleared_on_lock, desk_tear_down);
  g_test_add ("/customer-tabs/added-tab/printed-when-shown", Desk, NULL, desk_set_up,
              test_print_goes_to_visible_tab, desk_tear_down);
  g_test_add_func ("/customer-tabs/added-tab/must-clear", test_tab_without_clear_refused);
  g_test_add ("/customer-tabs/customer-changed", Desk, NULL, desk_set_up,
              test_customer_changed, desk_tear_down);
  g_test_add ("/customer-tabs/start-request/from-service-card", Desk, NULL, desk_set_up,
              test_start_request_from_service_card, desk_tear_down);
  g_test_add ("/customer-tabs/overview/is-a-tab", Desk, NULL, desk_set_up, test_overview_is_a_tab,
              desk_tear_down);
  return bd_test_run_and_remove (folder);
}
