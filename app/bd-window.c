/* bd-window.c — the main window: the Desk, with the customer search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Desk is a leaflet: search results on the left, the open customer on the right;
 * on a narrow screen it folds to one pane at a time. The search runs as the person
 * types, against the store, on the main thread: the store's indexed queries answer in
 * milliseconds, well within a frame.
 */
#define G_LOG_DOMAIN "bd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-customer-page.h"
#include "bd-customer-row.h"
#include "bd-window.h"

/* Enough to pick from; a longer list means the query should be more precise. */
#define SEARCH_LIMIT 50

struct _BdWindow
{
  AdwApplicationWindow  parent_instance;

  BdStore              *store;
  GSettings            *settings;
  GListStore           *results;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  AdwLeaflet           *leaflet;
  GtkSearchEntry       *search_entry;
  GtkStack             *results_stack;
  GtkListView          *results_view;
  GtkStack             *content_stack;
  AdwWindowTitle       *content_title;
  BdCustomerPage       *customer_page;
  AdwWindowTitle       *branch_title;
};

G_DEFINE_FINAL_TYPE (BdWindow, bd_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_toast (BdWindow   *self,
            const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
show_results (BdWindow   *self,
              GListModel *found,
              const char *query)
{
  guint n = found != NULL ? g_list_model_get_n_items (found) : 0;

  g_list_store_remove_all (self->results);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (found, i);
      g_list_store_append (self->results, item);
    }

  if (query[0] == '\0')
    gtk_stack_set_visible_child_name (self->results_stack, "start");
  else
    gtk_stack_set_visible_child_name (self->results_stack, n > 0 ? "results" : "empty");
}

void
bd_window_search (BdWindow   *self,
                  const char *text)
{
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BD_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  found = bd_store_search_customers (self->store, text, SEARCH_LIMIT, &error);
  if (error != NULL)
    show_toast (self, error->message);
  show_results (self, found, text);
}

static void
search_changed_cb (BdWindow       *self,
                   GtkSearchEntry *entry)
{
  bd_window_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Enter in the search field opens the first result, as the counter expects. */
static void
search_activate_cb (BdWindow       *self,
                    GtkSearchEntry *entry)
{
  g_autoptr(BdCustomer) first = g_list_model_get_item (G_LIST_MODEL (self->results), 0);

  if (first != NULL)
    bd_window_open_customer (self, first);
}

static void
results_activate_cb (BdWindow    *self,
                     guint        position,
                     GtkListView *view)
{
  g_autoptr(BdCustomer) customer = g_list_model_get_item (G_LIST_MODEL (self->results), position);

  if (customer != NULL)
    bd_window_open_customer (self, customer);
}

void
bd_window_open_customer (BdWindow   *self,
                         BdCustomer *customer)
{
  g_autoptr(GListModel) policies = NULL;
  g_autoptr(BdCustomer) fresh = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BD_IS_WINDOW (self));
  g_return_if_fail (BD_IS_CUSTOMER (customer));

  /* Read the customer again: another desk may have changed them since the search. */
  fresh = bd_store_get_customer (self->store, bd_customer_get_id (customer), &error);
  if (fresh != NULL)
    policies = bd_store_list_policies_of (self->store, bd_customer_get_id (fresh), &error);
  if (fresh == NULL || policies == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  bd_customer_page_show (self->customer_page, fresh, policies);
  adw_window_title_set_title (self->content_title, bd_customer_get_name (fresh));
  gtk_stack_set_visible_child_name (self->content_stack, "customer");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, bd_customer_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  bd_customer_row_set_customer (BD_CUSTOMER_ROW (gtk_list_item_get_child (item)),
                                gtk_list_item_get_item (item));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
back_clicked_cb (BdWindow  *self,
                 GtkButton *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
update_branch_title (BdWindow *self)
{
  g_autofree char *branch = bd_store_dup_setting (self->store, "branch-name");

  adw_window_title_set_subtitle (self->branch_title, branch != NULL ? branch : "");
}

void
bd_window_set_store (BdWindow *self,
                     BdStore  *store)
{
  g_return_if_fail (BD_IS_WINDOW (self));
  g_return_if_fail (BD_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  update_branch_title (self);
  gtk_stack_set_visible_child_name (self->main_stack, "desk");
  bd_window_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

void
bd_window_show_error (BdWindow   *self,
                      const char *title,
                      const char *description)
{
  g_return_if_fail (BD_IS_WINDOW (self));

  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

GListModel *
bd_window_get_results (BdWindow *self)
{
  g_return_val_if_fail (BD_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->results);
}

static void
restore_window_state (BdWindow *self)
{
  if (self->settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
bd_window_close_request (GtkWindow *window)
{
  BdWindow *self = BD_WINDOW (window);
  int width, height;

  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (window));
    }
  return GTK_WINDOW_CLASS (bd_window_parent_class)->close_request (window);
}

static void
bd_window_dispose (GObject *object)
{
  BdWindow *self = (BdWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BD_TYPE_WINDOW);
  g_clear_object (&self->results);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bd_window_parent_class)->dispose (object);
}

static void
bd_window_class_init (BdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = bd_window_dispose;
  window_class->close_request = bd_window_close_request;

  g_type_ensure (BD_TYPE_CUSTOMER_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/bd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, results_stack);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, results_view);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, customer_page);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, branch_title);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
}

static void
bd_window_init (BdWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->results = g_list_store_new (BD_TYPE_CUSTOMER);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->results)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->results_view, factory);
  gtk_list_view_set_model (self->results_view, GTK_SELECTION_MODEL (selection));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  /* The counter starts every customer with the search: it has the focus from the start,
   * so Enter opens the first result rather than whatever button came first. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
}

BdWindow *
bd_window_new (BdApplication *application,
               GSettings     *settings)
{
  BdWindow *self = g_object_new (BD_TYPE_WINDOW, "application", application, NULL);

  if (settings != NULL)
    self->settings = g_object_ref (settings);
  restore_window_state (self);
  return self;
}
