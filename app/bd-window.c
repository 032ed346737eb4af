/* bd-window.c — the main window: sign-in, the Desk with the customer search, the lock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window follows the session. Signed out, it shows the sign-in page; active, the
 * Desk: a leaflet with the search results on the left and the open customer on the right,
 * folding to one pane on narrow screens; locked, the unlock page, and before that it
 * empties every widget that held customer data, so that nothing of the customer is left
 * on screen or in the accessibility tree. The search runs as the person types, against
 * the store, on the main thread: the store's indexed queries answer in milliseconds.
 *
 * The first frame shows the sign-in page and nothing else: the Desk and the Queues
 * (bd-window-desk.ui) and the customer page, with its tabs the heaviest part of the
 * window, are made once that frame has been painted — or at once, should anything need
 * them before. Until then there is nothing in them to clear.
 */
#define G_LOG_DOMAIN "bd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-calendar-page.h"
#include "bd-calendar-warning.h"
#include "bd-audit-log-page.h"
#include "bd-clock.h"
#include "bd-customer-row.h"
#include "bd-reveal-model.h"
#include "bd-slot-list.h"
#include "bd-customers-store.h"
#include "bd-setup.h"
#include "bd-staff-window.h"
#include "bd-store-backup.h"
#include "bd-training-banner.h"
#include "bd-window-private.h"

/* Enough to pick from; a longer list means the query should be more precise. */
#define SEARCH_LIMIT 50
/* About a screenful of result rows at the tallest window the desk is used in. */
#define RESULTS_FIRST_SHOWN 12
#define RESULTS_SHOWN_A_FRAME 8
#define RECENT_LIMIT 12


G_DEFINE_FINAL_TYPE (BdWindow, bd_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  RESULTS_SHOWN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void ensure_desk (BdWindow *self);

void
bd_window_add_toast (BdWindow *self,
                     AdwToast *toast)
{
  ensure_desk (self);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
bd_window_show_toast (BdWindow   *self,
                      const char *message)
{
  bd_window_add_toast (self, adw_toast_new (message));
}

BdStore *
bd_window_get_store (BdWindow *self)
{
  return self->session != NULL ? bd_session_get_store (self->session) : NULL;
}

/* The list view reads only the customers it shows: the model is handed over as it is. */
static void
replace_results (BdWindow   *self,
                 GListModel *found)
{
  g_autoptr(GListModel) empty = NULL;

  g_autoptr(BdRevealModel) shown = NULL;

  if (found == NULL)
    found = empty = G_LIST_MODEL (g_list_store_new (BD_TYPE_CUSTOMER));
  g_set_object (&self->results, found);
  /* A screenful in the frame after the keystroke, the rest of the fifty in the frames
   * after it (bd-reveal-model.c): positions are the results' own. */
  shown = bd_reveal_model_new (found, RESULTS_FIRST_SHOWN, RESULTS_SHOWN_A_FRAME);
  /* The rows stay from one search to the next and show the new results (bd-slot-list.c). */
  bd_slot_list_set_model (self->result_slots, G_LIST_MODEL (shown));
}

/* With nothing typed, the customers this staff member opened last. */
static void
show_recent (BdWindow *self)
{
  g_autoptr(GListModel) recent = NULL;
  g_autoptr(GError) error = NULL;

  if (bd_session_may (self->session, BD_PERMISSION_VIEW_CUSTOMERS))
    recent = bd_session_list_recent_customers (self->session, RECENT_LIMIT, &error);
  /* A store that cannot answer is not "no recent customers". */
  if (error != NULL)
    bd_window_show_toast (self, error->message);
  replace_results (self, recent);
  gtk_label_set_label (self->results_title, _("Recent customers"));
  gtk_stack_set_visible_child_name (self->results_stack,
                                    recent != NULL && g_list_model_get_n_items (recent) > 0
                                      ? "results" : "start");
  g_signal_emit (self, signals[RESULTS_SHOWN], 0);
}

void
bd_window_search (BdWindow   *self,
                  const char *text)
{
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_if_fail (BD_IS_WINDOW (self));

  if (self->session == NULL || !bd_session_may (self->session, BD_PERMISSION_VIEW_CUSTOMERS))
    return;
  ensure_desk (self);
  if (trimmed[0] == '\0')
    {
      show_recent (self);
      return;
    }

  found = bd_store_search_customers (bd_window_get_store (self), trimmed, SEARCH_LIMIT, &error);
  if (error != NULL)
    bd_window_show_toast (self, error->message);
  replace_results (self, found);
  gtk_label_set_label (self->results_title, _("Search results"));
  gtk_stack_set_visible_child_name (self->results_stack,
                                    g_list_model_get_n_items (self->results) > 0
                                      ? "results" : "empty");
  g_signal_emit (self, signals[RESULTS_SHOWN], 0);
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
  g_autoptr(BdCustomer) first = g_list_model_get_item (self->results, 0);

  if (first != NULL)
    bd_window_open_customer (self, first);
}

/* Down from the search field goes into the results, and Enter there opens one. */
static gboolean
search_key_pressed_cb (BdWindow              *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  if (g_list_model_get_n_items (self->results) == 0)
    return FALSE;
  return gtk_widget_child_focus (GTK_WIDGET (self->results_view), GTK_DIR_TAB_FORWARD);
}

static void
results_activate_cb (BdWindow    *self,
                     guint        position,
                     GtkListView *view)
{
  g_autoptr(BdCustomer) customer = g_list_model_get_item (self->results, position);

  if (customer != NULL)
    bd_window_open_customer (self, customer);
}

static BdCustomerPage *
ensure_customer_page (BdWindow *self)
{
  if (self->customer_page != NULL)
    return self->customer_page;
  ensure_desk (self);
  self->customer_page = BD_CUSTOMER_PAGE (bd_customer_page_new ());
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->customer_page), "customer");
  if (self->session != NULL)
    bd_customer_page_set_session (self->customer_page, self->session);
  return self->customer_page;
}

static void
make_desk (gpointer user_data)
{
  ensure_customer_page (user_data);
}

/* Realized, the window has its frame clock: the Desk waits for the first frame. */
static void
bd_window_realize (GtkWidget *widget)
{
  BdWindow *self = BD_WINDOW (widget);

  GTK_WIDGET_CLASS (bd_window_parent_class)->realize (widget);
  if (self->customer_page == NULL)
    bd_after_paint_schedule (&self->desk_made, widget, make_desk, self);
}

static void
open_customer_id (BdWindow *self,
                  gint64    customer_id)
{
  g_autoptr(GError) error = NULL;
  BdCustomer *customer;

  ensure_desk (self);
  if (!bd_customer_page_open (ensure_customer_page (self), customer_id, &error))
    {
      /* The page may have been emptied (an opening that could not be audited): never
       * leave a blank customer on screen. */
      if (bd_customer_page_get_customer (self->customer_page) == NULL)
        {
          gtk_stack_set_visible_child_name (self->content_stack, "none");
          adw_window_title_set_title (self->content_title, _("Desk"));
        }
      bd_window_show_toast (self, error->message);
      return;
    }
  customer = bd_customer_page_get_customer (self->customer_page);
  adw_view_stack_set_visible_child_name (self->area_stack, "desk");
  adw_window_title_set_title (self->content_title, bd_customer_get_name (customer));
  gtk_stack_set_visible_child_name (self->content_stack, "customer");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

void
bd_window_open_customer (BdWindow   *self,
                         BdCustomer *customer)
{
  g_return_if_fail (BD_IS_WINDOW (self));
  g_return_if_fail (BD_IS_CUSTOMER (customer));

  /* The page reads the customer again: another desk may have changed them. */
  open_customer_id (self, bd_customer_get_id (customer));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, bd_customer_row_new ());
}

/* The row shows the customer at its slot's place, read when it is shown. */
static void
show_slot (GtkListItem *item)
{
  g_autoptr(BdCustomer) customer = bd_slot_dup_item (gtk_list_item_get_item (item));
  GtkWidget *row = gtk_list_item_get_child (item);

  bd_customer_row_set_customer (BD_CUSTOMER_ROW (row), customer);
  if (customer != NULL)
    bd_accessible_name_list_item (row, bd_customer_get_name (customer));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  g_signal_connect_swapped (gtk_list_item_get_item (item), "notify::item",
                            G_CALLBACK (show_slot), item);
  show_slot (item);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), show_slot, item);
  bd_customer_row_set_customer (BD_CUSTOMER_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Everything the Desk showed of customers goes, before the lock page shows. The customer
 * page clears each of its tabs (BdCustomerTab) itself: none is listed here. */
static void
clear_desk (BdWindow *self)
{
  if (self->desk == NULL)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  replace_results (self, NULL);
  gtk_stack_set_visible_child_name (self->results_stack, "start");
  if (self->customer_page != NULL)
    bd_customer_page_clear (self->customer_page);
  bd_queues_page_clear (self->queues_page);
  bd_spotchecks_page_clear (self->spotchecks_page);
  adw_view_stack_set_visible_child_name (self->area_stack, "desk");
  adw_window_title_set_title (self->content_title, _("Desk"));
  gtk_stack_set_visible_child_name (self->content_stack, "none");
}

static void
show_desk (BdWindow *self)
{
  BdStaff *staff = bd_session_get_staff (self->session);
  g_autofree char *who = g_strdup_printf ("%s · %s", bd_staff_get_name (staff),
                                          bd_role_get_label (bd_staff_get_role (staff)));
  gint64 reopen = self->locked_customer_id;
  gint64 draft_customer_id = 0;
  /* The session gives a draft back only to the person who typed it. */
  g_autoptr(GVariant) draft = bd_session_take_draft (self->session, &draft_customer_id);

  ensure_desk (self);
  gtk_label_set_label (self->staff_label, who);
  bd_calendar_warning_set_session (BD_CALENDAR_WARNING (self->calendar_warning), self->session);
  bd_queues_page_set_staff_label (self->queues_page, who);
  bd_sign_in_page_reset (self->sign_in_page);
  gtk_stack_set_visible_child_name (self->main_stack, "desk");
  self->locked_customer_id = 0;
  bd_window_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  if (draft != NULL)
    reopen = draft_customer_id;
  if (reopen != 0)
    open_customer_id (self, reopen);
  if (draft != NULL && reopen != 0)
    bd_customer_page_restore_draft (ensure_customer_page (self), draft);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_sign_in (BdWindow *self,
              gboolean  locked)
{
  g_autofree char *branch = bd_store_dup_setting (bd_window_get_store (self), "branch-name");
  BdStaff *staff = bd_session_get_staff (self->session);

  clear_desk (self);
  bd_sign_in_page_set_mode (self->sign_in_page, branch,
                            locked && staff != NULL ? bd_staff_get_name (staff) : NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "sign-in");
}

static void
password_done_cb (BdWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "desk");
  bd_window_show_toast (self, _("Your password is changed"));
}

static void
password_cancel_cb (BdWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "desk");
}

static void
password_sign_out_cb (BdWindow *self)
{
  bd_session_sign_out (self->session);
}

/* The page of one's own password, under a header of its own, made when first needed. */
static void
show_password_page (BdWindow *self,
                    gboolean  owed)
{
  if (self->password_page == NULL)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *header = adw_header_bar_new ();

      adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                       adw_window_title_new (_("Branch Desk"), NULL));
      self->password_page = BD_PASSWORD_PAGE (bd_password_page_new ());
      gtk_widget_set_vexpand (GTK_WIDGET (self->password_page), TRUE);
      gtk_box_append (GTK_BOX (box), header);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->password_page));
      gtk_stack_add_named (self->main_stack, box, "password");
      g_signal_connect_swapped (self->password_page, "done", G_CALLBACK (password_done_cb), self);
      g_signal_connect_swapped (self->password_page, "cancel", G_CALLBACK (password_cancel_cb),
                                self);
      g_signal_connect_swapped (self->password_page, "sign-out",
                                G_CALLBACK (password_sign_out_cb), self);
    }
  gtk_stack_set_visible_child_name (self->main_stack, "password");
  bd_password_page_start (self->password_page, self->session, owed);
}

static void
session_state_changed_cb (BdWindow  *self,
                          GParamSpec *pspec,
                          BdSession *session)
{
  BdCustomer *open = self->customer_page != NULL
                     ? bd_customer_page_get_customer (self->customer_page) : NULL;

  /* Staff accounts are offered to whoever the core lets manage them, and to nobody while
   * a password change is owed. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-staff-accounts",
                                 bd_session_may (session, BD_PERMISSION_MANAGE_STAFF));
  switch (bd_session_get_state (session))
    {
    case BD_SESSION_ACTIVE:
      /* Issue 15, item 2: a password others know opens nothing but its own change. */
      if (bd_session_owes_password_change (session))
        {
          clear_desk (self);
          bd_sign_in_page_reset (self->sign_in_page);
          show_password_page (self, TRUE);
        }
      else
        show_desk (self);
      break;
    case BD_SESSION_LOCKED:
      self->locked_customer_id = open != NULL ? bd_customer_get_id (open) : 0;
      /* A half-filled form is kept in memory, not on screen, until the desk is unlocked. */
      if (open != NULL)
        bd_session_keep_draft (session, self->locked_customer_id,
                               bd_customer_page_dup_draft (self->customer_page));
      show_sign_in (self, TRUE);
      break;
    case BD_SESSION_SIGNED_OUT:
    default:
      self->locked_customer_id = 0;
      show_sign_in (self, FALSE);
      break;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-calendar",
                                 bd_calendar_desk_may_import (session));
}

/* An administrator who signs in hears when the branch has no recent backup; the core
 * says what "recent" is (bd_store_backup_is_due). */
static void
warn_of_old_backup (BdWindow *self)
{
  BdStore *store = bd_window_get_store (self);
  g_autoptr(GDateTime) now = bd_clock_now_utc ();
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *message = NULL;

  if (bd_staff_get_role (bd_session_get_staff (self->session)) != BD_ROLE_ADMINISTRATOR ||
      !bd_store_backup_is_due (store, now))
    return;
  if ((last = bd_store_get_last_backup (store)) != NULL)
    {
      g_autofree char *utc = g_date_time_format_iso8601 (last);
      g_autofree char *shown = bd_store_format_time (store, utc);

      message = g_strdup_printf (_("The last backup is from %s; run branchdesk-admin backup"),
                                 shown);
    }
  else
    message = g_strdup (_("No backup of this branch is on record; run branchdesk-admin backup"));
  bd_window_show_toast (self, message);
}

static void
sign_in_cb (BdWindow     *self,
            const char   *login,
            const char   *password,
            BdSignInPage *page)
{
  g_autoptr(GError) error = NULL;

  /* Someone else taking a locked desk does not get the last customer back. */
  self->locked_customer_id = 0;
  if (!bd_session_sign_in (self->session, login, password, &error))
    bd_sign_in_page_show_error (page, error->message);
  else
    warn_of_old_backup (self);
}

static void
unlock_cb (BdWindow     *self,
           const char   *password,
           BdSignInPage *page)
{
  g_autoptr(GError) error = NULL;

  if (!bd_session_unlock (self->session, password, &error))
    bd_sign_in_page_show_error (page, error->message);
}

/* Any key, click or movement at the desk counts as someone being there. */
static void
activity_cb (BdWindow *self)
{
  if (self->session != NULL)
    bd_session_note_activity (self->session);
}

/* A key is activity too, but it goes on to whoever it was meant for. */
static gboolean
activity_key_cb (BdWindow *self)
{
  activity_cb (self);
  return GDK_EVENT_PROPAGATE;
}

static gboolean
check_idle_cb (gpointer user_data)
{
  BdWindow *self = user_data;

  if (self->session != NULL)
    bd_session_check_idle (self->session);
  return G_SOURCE_CONTINUE;
}

static void
watch_activity (BdWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  /* Capture phase: the window hears the input before any widget handles it. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (activity_key_cb), self);
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (activity_cb), self);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (activity_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  self->idle_source = g_timeout_add_seconds (1, check_idle_cb, self);
}

/* The branch's name, and the session the pages read through. */
static void
desk_follow_session (BdWindow *self)
{
  g_autofree char *branch = NULL;

  if (self->session == NULL)
    return;
  branch = bd_store_dup_setting (bd_window_get_store (self), "branch-name");
  adw_window_title_set_subtitle (self->branch_title, branch != NULL ? branch : "");
  if (self->customer_page != NULL)
    bd_customer_page_set_session (self->customer_page, self->session);
  bd_queues_page_set_session (self->queues_page, self->session);
  bd_spotchecks_page_set_session (self->spotchecks_page, self->session);
}

/* The results list shows the model it is given: the list view reads a customer when it
 * binds its row. */
static void
set_up_results (BdWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->results_view, factory);
  gtk_list_view_set_model (self->results_view, GTK_SELECTION_MODEL (self->selection));
}

/* The queues are read when they are looked at: they change all day. */
static void
area_changed_cb (BdWindow *self)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->area_stack), "queues") == 0)
    bd_queues_page_refresh (self->queues_page);
  else if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->area_stack), "spotchecks") == 0)
    bd_spotchecks_page_refresh (self->spotchecks_page);
}

static void
back_clicked_cb (BdWindow  *self,
                 GtkButton *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static GtkBuilderScope *
desk_scope (void)
{
  GtkBuilderScope *scope = gtk_builder_cscope_new ();
  GtkBuilderCScope *cscope = GTK_BUILDER_CSCOPE (scope);

  gtk_builder_cscope_add_callback_symbol (cscope, "search_changed_cb", G_CALLBACK (search_changed_cb));
  gtk_builder_cscope_add_callback_symbol (cscope, "search_activate_cb", G_CALLBACK (search_activate_cb));
  gtk_builder_cscope_add_callback_symbol (cscope, "search_key_pressed_cb", G_CALLBACK (search_key_pressed_cb));
  gtk_builder_cscope_add_callback_symbol (cscope, "results_activate_cb", G_CALLBACK (results_activate_cb));
  gtk_builder_cscope_add_callback_symbol (cscope, "back_clicked_cb", G_CALLBACK (back_clicked_cb));
  gtk_builder_cscope_add_callback_symbol (cscope, "area_changed_cb", G_CALLBACK (area_changed_cb));
  return scope;
}

#define DESK_OBJECT(builder, type, name) type (gtk_builder_get_object (builder, name))

/* The Desk and the Queues, from bd-window-desk.ui, as the main stack's "desk" page. */
static void
ensure_desk (BdWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GtkBuilderScope) scope = NULL;

  if (self->desk != NULL)
    return;
  g_type_ensure (BD_TYPE_QUEUES_PAGE);
  g_type_ensure (BD_TYPE_SPOTCHECKS_PAGE);
  scope = desk_scope ();
  builder = gtk_builder_new ();
  gtk_builder_set_scope (builder, scope);
  /* The handlers are the window's, swapped: it is their first argument. */
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  gtk_builder_add_from_resource (builder, "/io/github/branchdesk/BranchDesk/bd-window-desk.ui",
                                 NULL);
  self->desk = DESK_OBJECT (builder, GTK_WIDGET, "desk");
  self->toast_overlay = DESK_OBJECT (builder, ADW_TOAST_OVERLAY, "toast_overlay");
  bd_accessible_name_toasts (GTK_WIDGET (self->toast_overlay));
  self->area_stack = DESK_OBJECT (builder, ADW_VIEW_STACK, "area_stack");
  self->queues_page = DESK_OBJECT (builder, BD_QUEUES_PAGE, "queues_page");
  self->spotchecks_page = DESK_OBJECT (builder, BD_SPOTCHECKS_PAGE, "spotchecks_page");
  self->leaflet = DESK_OBJECT (builder, ADW_LEAFLET, "leaflet");
  self->search_entry = DESK_OBJECT (builder, GTK_SEARCH_ENTRY, "search_entry");
  self->results_title = DESK_OBJECT (builder, GTK_LABEL, "results_title");
  self->results_stack = DESK_OBJECT (builder, GTK_STACK, "results_stack");
  self->results_view = DESK_OBJECT (builder, GTK_LIST_VIEW, "results_view");
  self->content_stack = DESK_OBJECT (builder, GTK_STACK, "content_stack");
  self->content_title = DESK_OBJECT (builder, ADW_WINDOW_TITLE, "content_title");
  self->branch_title = DESK_OBJECT (builder, ADW_WINDOW_TITLE, "branch_title");
  self->staff_label = DESK_OBJECT (builder, GTK_LABEL, "staff_label");
  self->desk_menu_button = DESK_OBJECT (builder, GTK_MENU_BUTTON, "desk_menu_button");
  g_assert (self->desk != NULL && self->queues_page != NULL && self->results_view != NULL);
  gtk_box_prepend (GTK_BOX (self->desk), self->calendar_warning = bd_calendar_warning_new ());
  gtk_stack_add_named (self->main_stack, self->desk, "desk");

  set_up_results (self);
  gtk_menu_button_set_menu_model (self->desk_menu_button, self->primary_menu);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->leaflet));
  bd_queues_page_set_menu_model (self->queues_page, self->primary_menu);
  desk_follow_session (self);
}

void
bd_window_set_session (BdWindow  *self,
                       BdSession *session)
{
  g_return_if_fail (BD_IS_WINDOW (self));
  g_return_if_fail (BD_IS_SESSION (session));

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (!g_set_object (&self->session, session))
    return;

  bd_window_show_setup (self, NULL);
  bd_training_banner_show (self->training_banner,
                           bd_setup_is_training (bd_session_get_store (session)));

  if (self->desk != NULL)
    desk_follow_session (self);
  g_signal_connect_object (session, "notify::state", G_CALLBACK (session_state_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::password-change-owed",
                           G_CALLBACK (session_state_changed_cb), self, G_CONNECT_SWAPPED);
  session_state_changed_cb (self, NULL, session);
}

void
bd_window_show_setup (BdWindow  *self,
                      GtkWidget *setup_page)
{
  g_return_if_fail (BD_IS_WINDOW (self));

  /* The sign-in page takes the assistant's place, shown before it is left so that it can
   * take the focus. */
  if (self->setup_page != NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "sign-in");
      gtk_stack_remove (self->main_stack, self->setup_page);
    }
  self->setup_page = setup_page;
  if (setup_page == NULL)
    return;
  gtk_stack_add_named (self->main_stack, setup_page, "setup");
  gtk_stack_set_visible_child (self->main_stack, setup_page);
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
  return self->results;
}

/* The desk is on screen, not the sign-in or the lock: the keys of the areas work. */
static gboolean
desk_shown (BdWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "desk") == 0;
}

/* Ctrl+F from anywhere: the search shows, with what it held selected, so that typing
 * replaces it. */
static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);

  if (!desk_shown (self))
    return;
  adw_view_stack_set_visible_child_name (self->area_stack, "desk");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/* Alt+1, Alt+2: the areas by their place in the switcher. */
static void
show_area_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  const char *area = g_variant_get_string (parameter, NULL);

  if (!desk_shown (self) || adw_view_stack_get_child_by_name (self->area_stack, area) == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->area_stack, area);
  if (g_str_equal (area, "desk"))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  else
    gtk_widget_child_focus (adw_view_stack_get_visible_child (self->area_stack), GTK_DIR_TAB_FORWARD);
}

/* F10: the primary menu of the area on screen. */
static void
show_menu_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);

  if (!desk_shown (self))
    return;
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->area_stack), "queues") == 0)
    bd_queues_page_popup_menu (self->queues_page);
  else
    gtk_menu_button_popup (self->desk_menu_button);
}

static void
open_customer_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  open_customer_id (BD_WINDOW (widget), g_variant_get_int64 (parameter));
}

/* The audit log in a window of its own, offered the customer on the desk: whose entries it
 * shows is the core's to decide. */
static void
show_audit_log_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  BdCustomer *shown = self->customer_page != NULL
                      ? bd_customer_page_get_customer (self->customer_page) : NULL;

  if (self->session != NULL && bd_session_get_state (self->session) == BD_SESSION_ACTIVE)
    bd_audit_log_page_present (widget, self->session, shown != NULL ? bd_customer_get_id (shown) : 0);
}

/* The calendar's window; when it closes, the desk's warning asks again whether next
 * year is missing, a year may have been imported there (the main window does not always
 * become active again to say so). */
static void
show_calendar_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  GtkWindow *calendar = bd_calendar_page_present (widget, self->session);

  if (calendar != NULL)
    g_signal_connect_object (calendar, "destroy", G_CALLBACK (bd_calendar_warning_refresh),
                             self->calendar_warning, G_CONNECT_SWAPPED);
}

/* win.lock and win.sign-out: the session's, when there is one. */
static void
session_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);

  if (self->session == NULL)
    return;
  if (g_str_equal (action_name, "win.lock"))
    bd_session_lock (self->session);
  else
    bd_session_sign_out (self->session);
}

/* win.change-password: one's own, from the Desk's menu. */
static void
change_password_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);

  if (self->session != NULL && desk_shown (self))
    show_password_page (self, FALSE);
}

/* win.show-staff-accounts: the administrator's window; the core refuses anyone else. */
static void
show_staff_accounts_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);

  if (self->session != NULL && desk_shown (self))
    bd_staff_window_show (widget, self->session);
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

/* Every way out of the program comes here (the close button, Ctrl+Q, a signal to quit:
 * see bd-application.c): the size is kept and the sign-out is in the audit log. */
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
  if (self->session != NULL)
    bd_session_sign_out (self->session);
  return GTK_WINDOW_CLASS (bd_window_parent_class)->close_request (window);
}

static void
bd_window_dispose (GObject *object)
{
  BdWindow *self = (BdWindow *)object;

  g_clear_handle_id (&self->idle_source, g_source_remove);
  bd_after_paint_cancel (&self->desk_made);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), BD_TYPE_WINDOW);
  g_clear_object (&self->results);
  g_clear_object (&self->selection);
  g_clear_object (&self->result_slots);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bd_window_parent_class)->dispose (object);
}

/* GTK 4.8 sizes a tooltip to its label's natural width, and a wrapping label's natural
 * width breaks at every word boundary, which in Chinese is after every character: 主菜单
 * showed as a column one character wide, over the rows below. Each tooltip's label takes
 * its natural width from the unbroken line instead, and wraps only beyond a measure. */
static gboolean
tooltip_label_realize_cb (GSignalInvocationHint *hint,
                          guint                  n_values,
                          const GValue          *values,
                          gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);
  GtkNative *native;

  if (GTK_IS_LABEL (widget) && (native = gtk_widget_get_native (widget)) != NULL &&
      g_str_equal (G_OBJECT_TYPE_NAME (native), "GtkTooltipWindow"))
    {
      gtk_label_set_natural_wrap_mode (GTK_LABEL (widget), GTK_NATURAL_WRAP_NONE);
      gtk_label_set_max_width_chars (GTK_LABEL (widget), 30);
    }
  return TRUE;
}

static void
bd_window_class_init (BdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = bd_window_dispose;
  widget_class->realize = bd_window_realize;
  window_class->close_request = bd_window_close_request;

  /**
   * BdWindow::results-shown:
   *
   * The list beside the search field holds what was searched for (or the recent
   * customers): the next frame shows it. What waits for a search — the benchmarks of
   * the desk, tests — waits for this.
   */
  signals[RESULTS_SHOWN] = g_signal_new ("results-shown", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
  g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0,
                              tooltip_label_realize_cb, NULL, NULL);

  g_type_ensure (BD_TYPE_CUSTOMER_PAGE);
  g_type_ensure (BD_TYPE_SIGN_IN_PAGE);
  g_type_ensure (BD_TYPE_QUEUES_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/bd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, sign_in_page);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, primary_menu);
  gtk_widget_class_bind_template_callback (widget_class, sign_in_cb);
  gtk_widget_class_bind_template_callback (widget_class, unlock_cb);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-area", "s", show_area_action);
  gtk_widget_class_install_action (widget_class, "win.show-menu", NULL, show_menu_action);
  /* The window's own keys, so that they work wherever the focus is, as F10 does in GNOME. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, 0, "win.show-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-area", "s", "desk");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-area", "s", "queues");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1, GDK_ALT_MASK, "win.show-area", "s", "desk");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_2, GDK_ALT_MASK, "win.show-area", "s", "queues");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-area", "s", "spotchecks");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_3, GDK_ALT_MASK, "win.show-area", "s", "spotchecks");
  gtk_widget_class_install_action (widget_class, "win.open-customer", "x", open_customer_action);
  gtk_widget_class_install_action (widget_class, "win.change-password", NULL,
                                   change_password_action);
  gtk_widget_class_install_action (widget_class, "win.show-staff-accounts", NULL,
                                   show_staff_accounts_action);
  gtk_widget_class_install_action (widget_class, "win.lock", NULL, session_action);
  bd_window_install_print_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.sign-out", NULL, session_action);
  gtk_widget_class_install_action (widget_class, "win.show-audit-log", NULL, show_audit_log_action);
  gtk_widget_class_install_action (widget_class, "win.show-calendar", NULL, show_calendar_action);
  bd_window_install_preferences_actions (widget_class);
}

/* The banner over every page of the window, the main stack below it. */
static void
add_training_banner (BdWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr(GtkWidget) pages = g_object_ref (GTK_WIDGET (self->main_stack));

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), NULL);
  self->training_banner = bd_training_banner_new ();
  gtk_box_append (GTK_BOX (box), self->training_banner);
  gtk_box_append (GTK_BOX (box), pages);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), box);
}

static void
bd_window_init (BdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_training_banner (self);

  self->cancellable = g_cancellable_new ();
  self->results = G_LIST_MODEL (g_list_store_new (BD_TYPE_CUSTOMER));
  self->result_slots = bd_slot_list_new ();
  self->selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->result_slots)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-calendar", FALSE);
  watch_activity (self);
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
