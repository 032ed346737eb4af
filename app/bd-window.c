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
 */
#define G_LOG_DOMAIN "bd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-contact-slip.h"
#include "bd-customer-page.h"
#include "bd-print-job.h"
#include "bd-print-preview.h"
#include "bd-print-review.h"
#include "bd-customer-row.h"
#include "bd-queues-page.h"
#include "bd-sign-in-page.h"
#include "bd-window.h"

/* Enough to pick from; a longer list means the query should be more precise. */
#define SEARCH_LIMIT 50
#define RECENT_LIMIT 12

struct _BdWindow
{
  AdwApplicationWindow  parent_instance;

  BdSession            *session;
  GSettings            *settings;
  GListModel           *results;     /* search results or recent customers, read lazily */
  GtkNoSelection       *selection;
  gint64                locked_customer_id;  /* reopened when the same person unlocks */
  guint                 idle_source;
  GCancellable         *cancellable;  /* work that outlives an action: printing */

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  BdSignInPage         *sign_in_page;
  AdwViewStack         *area_stack;
  BdQueuesPage         *queues_page;
  AdwLeaflet           *leaflet;
  GtkSearchEntry       *search_entry;
  GtkLabel             *results_title;
  GtkStack             *results_stack;
  GtkListView          *results_view;
  GtkStack             *content_stack;
  AdwWindowTitle       *content_title;
  BdCustomerPage       *customer_page;
  AdwWindowTitle       *branch_title;
  GtkLabel             *staff_label;
};

G_DEFINE_FINAL_TYPE (BdWindow, bd_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_toast (BdWindow   *self,
            const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static BdStore *
store_of (BdWindow *self)
{
  return self->session != NULL ? bd_session_get_store (self->session) : NULL;
}

/* The list view reads only the customers it shows: the model is handed over as it is. */
static void
replace_results (BdWindow   *self,
                 GListModel *found)
{
  g_autoptr(GListModel) empty = NULL;

  if (found == NULL)
    found = empty = G_LIST_MODEL (g_list_store_new (BD_TYPE_CUSTOMER));
  g_set_object (&self->results, found);
  gtk_no_selection_set_model (self->selection, found);
}

/* With nothing typed, the customers this staff member opened last. */
static void
show_recent (BdWindow *self)
{
  g_autoptr(GListModel) recent = NULL;

  if (bd_session_may (self->session, BD_ACTION_VIEW_CUSTOMERS))
    recent = bd_store_list_recent_customers (store_of (self), bd_session_get_staff_id (self->session),
                                             RECENT_LIMIT, NULL);
  replace_results (self, recent);
  gtk_label_set_label (self->results_title, _("Recent customers"));
  gtk_stack_set_visible_child_name (self->results_stack,
                                    recent != NULL && g_list_model_get_n_items (recent) > 0
                                      ? "results" : "start");
}

void
bd_window_search (BdWindow   *self,
                  const char *text)
{
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_if_fail (BD_IS_WINDOW (self));

  if (self->session == NULL || !bd_session_may (self->session, BD_ACTION_VIEW_CUSTOMERS))
    return;
  if (trimmed[0] == '\0')
    {
      show_recent (self);
      return;
    }

  found = bd_store_search_customers (store_of (self), trimmed, SEARCH_LIMIT, &error);
  if (error != NULL)
    show_toast (self, error->message);
  replace_results (self, found);
  gtk_label_set_label (self->results_title, _("Search results"));
  gtk_stack_set_visible_child_name (self->results_stack,
                                    g_list_model_get_n_items (self->results) > 0
                                      ? "results" : "empty");
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

static void
open_customer_id (BdWindow *self,
                  gint64    customer_id)
{
  g_autoptr(GError) error = NULL;
  BdCustomer *customer;

  if (!bd_customer_page_open (self->customer_page, customer_id, &error))
    {
      show_toast (self, error->message);
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

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  bd_customer_row_set_customer (BD_CUSTOMER_ROW (gtk_list_item_get_child (item)),
                                gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  bd_customer_row_set_customer (BD_CUSTOMER_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Everything the Desk showed of customers goes, before the lock page shows. */
static void
clear_desk (BdWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  replace_results (self, NULL);
  gtk_stack_set_visible_child_name (self->results_stack, "start");
  bd_customer_page_clear (self->customer_page);
  bd_queues_page_clear (self->queues_page);
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

  gtk_label_set_label (self->staff_label, who);
  bd_sign_in_page_reset (self->sign_in_page);
  gtk_stack_set_visible_child_name (self->main_stack, "desk");
  self->locked_customer_id = 0;
  bd_window_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  if (reopen != 0)
    open_customer_id (self, reopen);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_sign_in (BdWindow *self,
              gboolean  locked)
{
  g_autofree char *branch = bd_store_dup_setting (store_of (self), "branch-name");
  BdStaff *staff = bd_session_get_staff (self->session);

  clear_desk (self);
  bd_sign_in_page_set_mode (self->sign_in_page, branch,
                            locked && staff != NULL ? bd_staff_get_name (staff) : NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "sign-in");
}

static void
session_state_changed_cb (BdWindow  *self,
                          GParamSpec *pspec,
                          BdSession *session)
{
  BdCustomer *open = bd_customer_page_get_customer (self->customer_page);

  switch (bd_session_get_state (session))
    {
    case BD_SESSION_ACTIVE:
      show_desk (self);
      break;
    case BD_SESSION_LOCKED:
      self->locked_customer_id = open != NULL ? bd_customer_get_id (open) : 0;
      show_sign_in (self, TRUE);
      break;
    case BD_SESSION_SIGNED_OUT:
    default:
      self->locked_customer_id = 0;
      show_sign_in (self, FALSE);
      break;
    }
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

static void
switch_user_cb (BdWindow     *self,
                BdSignInPage *page)
{
  bd_sign_in_page_set_mode (page, NULL, NULL);
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

void
bd_window_set_session (BdWindow  *self,
                       BdSession *session)
{
  g_autofree char *branch = NULL;

  g_return_if_fail (BD_IS_WINDOW (self));
  g_return_if_fail (BD_IS_SESSION (session));

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (!g_set_object (&self->session, session))
    return;

  branch = bd_store_dup_setting (store_of (self), "branch-name");
  adw_window_title_set_subtitle (self->branch_title, branch != NULL ? branch : "");
  bd_customer_page_set_session (self->customer_page, session);
  bd_queues_page_set_session (self->queues_page, session);
  g_signal_connect_object (session, "notify::state", G_CALLBACK (session_state_changed_cb),
                           self, G_CONNECT_SWAPPED);
  session_state_changed_cb (self, NULL, session);
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
open_customer_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  open_customer_id (BD_WINDOW (widget), g_variant_get_int64 (parameter));
}

/* ── printing ──────────────────────────────────────────────────────────────────── */

typedef void (*DrawPage) (gpointer data, guint page, cairo_t *cr, double width, double height);

typedef struct
{
  DrawPage draw;
  gpointer data;
} PrintJob;

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  /* The same drawing as the PDF of branchdesk-admin print, on the printer's page. */
  job->draw (job->data, (guint) page, gtk_print_context_get_cairo_context (context),
             gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

/* The dialog's choices — printer, paper, copies — are offered again next time. */
static void
remember_print_settings (BdWindow          *self,
                         GtkPrintOperation *operation)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *data = NULL;
  const char *printer;

  if (self->settings == NULL || settings == NULL)
    return;
  gtk_print_settings_to_key_file (settings, file, NULL);
  data = g_key_file_to_data (file, NULL, NULL);
  g_settings_set_string (self->settings, "print-settings", data);
  if ((printer = gtk_print_settings_get_printer (settings)) != NULL)
    g_settings_set_string (self->settings, "last-printer", printer);
}

static GtkPrintSettings *
recall_print_settings (BdWindow *self)
{
  g_autofree char *data = self->settings != NULL ? g_settings_get_string (self->settings, "print-settings")
                                                 : NULL;
  g_autoptr(GKeyFile) file = g_key_file_new ();
  GtkPrintSettings *settings = NULL;

  if (data != NULL && data[0] != '\0' && g_key_file_load_from_data (file, data, -1, 0, NULL))
    settings = gtk_print_settings_new_from_key_file (file, NULL, NULL);
  return settings != NULL ? settings : gtk_print_settings_new ();
}

/* Prints through the print dialog, which also previews and prints to a PDF file; the
 * last printer chosen is offered first. Returns whether the pages were sent. */
static gboolean
print_pages (BdWindow    *self,
             const char  *job_name,
             BdPaperSize  paper,
             guint        n_pages,
             PrintJob    *job)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPrintSettings) settings = recall_print_settings (self);
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (bd_paper_size_get_pwg_name (paper));
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  /* Each form has its paper: the settings remembered must not print a slip on A4. */
  gtk_print_settings_set_paper_size (settings, size);
  gtk_page_setup_set_paper_size_and_default_margins (setup, size);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, (int) n_pages);
  gtk_print_operation_set_job_name (operation, job_name);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_toast (self, error->message);
  if (result != GTK_PRINT_OPERATION_RESULT_APPLY)
    return FALSE;
  remember_print_settings (self, operation);
  return TRUE;
}

static void
draw_slip (gpointer  data,
           guint     page,
           cairo_t  *cr,
           double    width,
           double    height)
{
  BdContactSlip *slip = data;

  bd_slip_draw_page (&slip->slip, 1, BD_SLIP_LAYOUT_A5, page, cr, width, height);
}

/* ── previews ──────────────────────────────────────────────────────────────────── */

typedef struct
{
  BdWindow *window;
  char     *action;
  GVariant *target;
} PreviewPrint;

static void
preview_print_free (gpointer data,
                    GClosure *closure)
{
  PreviewPrint *print = data;

  g_free (print->action);
  g_variant_unref (print->target);
  g_free (print);
}

/* The print action belongs to the main window: the preview closes and the print dialog
 * opens over the window. */
static void
preview_print_clicked_cb (GtkButton    *button,
                          PreviewPrint *print)
{
  GtkRoot *preview = gtk_widget_get_root (GTK_WIDGET (button));

  gtk_widget_activate_action_variant (GTK_WIDGET (print->window), print->action, print->target);
  gtk_window_destroy (GTK_WINDOW (preview));
}

/* A window with the pages as they will print, and the button that prints them. */
static void
show_preview (BdWindow           *self,
              const char         *title,
              BdPaperSize         paper,
              guint               n_pages,
              BdPrintPreviewDraw  draw,
              gpointer            data,
              GDestroyNotify      destroy,
              const char         *print_action,
              GVariant           *target)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkWidget *preview = bd_print_preview_new ();
  PreviewPrint *printing = g_new0 (PreviewPrint, 1);

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 900);
  gtk_widget_add_css_class (print, "suggested-action");
  printing->window = self;
  printing->action = g_strdup (print_action);
  printing->target = g_variant_ref (target);
  gtk_accessible_update_property (GTK_ACCESSIBLE (print), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Print"), -1);
  g_signal_connect_data (print, "clicked", G_CALLBACK (preview_print_clicked_cb), printing,
                         preview_print_free, 0);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), print);
  gtk_widget_set_vexpand (preview, TRUE);
  bd_print_preview_set_pages (BD_PRINT_PREVIEW (preview), paper, n_pages, draw, data, destroy);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), preview);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_present (GTK_WINDOW (window));
}

static void
draw_owned_slip (gpointer  data,
                 guint     page,
                 cairo_t  *cr,
                 double    width,
                 double    height)
{
  BdContactSlip *slip = data;

  bd_slip_draw_page (&slip->slip, 1, BD_SLIP_LAYOUT_A5, page, cr, width, height);
}

static void
free_owned_slip (gpointer data)
{
  bd_contact_slip_clear (data);
  g_free (data);
}

static void
preview_slip_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  BdContactSlip *slip = g_new0 (BdContactSlip, 1);
  g_autoptr(GError) error = NULL;

  if (!bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error) ||
      !bd_contact_slip_load (store_of (self), g_variant_get_int64 (parameter), slip, &error))
    {
      show_toast (self, error->message);
      g_free (slip);
      return;
    }
  show_preview (self, _("Contact slip"), BD_PAPER_A5, 1, draw_owned_slip, slip, free_owned_slip,
                "win.print-slip", parameter);
}

typedef struct
{
  BdReviewSheet  sheet;
  char          *company;
  char          *branch;
  char          *staff_name;
} OwnedSheet;

static void
draw_owned_sheet (gpointer  data,
                  guint     page,
                  cairo_t  *cr,
                  double    width,
                  double    height)
{
  bd_review_sheet_draw_page (&((OwnedSheet *) data)->sheet, page, cr, width, height);
}

static void
free_owned_sheet (gpointer data)
{
  OwnedSheet *owned = data;

  g_clear_object (&owned->sheet.card);
  g_free (owned->company);
  g_free (owned->branch);
  g_free (owned->staff_name);
  g_free (owned);
}

static void
preview_review_sheet_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  OwnedSheet *owned = g_new0 (OwnedSheet, 1);
  g_autoptr(GError) error = NULL;

  g_date_clear (&owned->sheet.date, 1);
  g_date_set_time_t (&owned->sheet.date, time (NULL));
  if (bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error))
    owned->sheet.card = bd_store_load_household_card (store_of (self), g_variant_get_int64 (parameter),
                                                      &owned->sheet.date, &error);
  if (owned->sheet.card == NULL)
    {
      show_toast (self, error != NULL ? error->message : _("The customer belongs to no household"));
      free_owned_sheet (owned);
      return;
    }
  owned->sheet.company = owned->company = bd_store_dup_setting (store_of (self), "company-name");
  owned->sheet.branch = owned->branch = bd_store_dup_setting (store_of (self), "branch-name");
  owned->sheet.staff_name = owned->staff_name =
    g_strdup (bd_staff_get_name (bd_session_get_staff (self->session)));
  show_preview (self, _("Household policy review sheet"), BD_PAPER_A4,
                bd_review_sheet_count_pages (&owned->sheet), draw_owned_sheet, owned,
                free_owned_sheet, "win.print-review-sheet", parameter);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "customer") == 0)
    bd_customer_page_print (self->customer_page);
}

static void
print_slip_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  gint64 contact_id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  BdContactSlip slip;
  PrintJob job = { draw_slip, &slip };

  if (!bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error) ||
      !bd_contact_slip_load (store_of (self), contact_id, &slip, &error))
    {
      show_toast (self, error->message);
      return;
    }
  if (print_pages (self, _("Contact slip"), BD_PAPER_A5, 1, &job))
    bd_store_append_audit (store_of (self), bd_session_get_staff_id (self->session),
                           "slip-printed", "contact", contact_id, 0, NULL, NULL);
  bd_contact_slip_clear (&slip);
}

/* Where a PDF is saved without asking: the Documents folder, or home. */
static char *
pdf_path (const char *name)
{
  const char *folder = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  return g_build_filename (folder != NULL ? folder : g_get_home_dir (), name, NULL);
}

static void
save_slip_pdf_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  gint64 contact_id = g_variant_get_int64 (parameter);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  BdContactSlip slip;

  if (!bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error) ||
      !bd_contact_slip_load (store_of (self), contact_id, &slip, &error))
    {
      show_toast (self, error->message);
      return;
    }
  /* Translators: the file name of a saved contact slip, before its number and ".pdf" */
  name = g_strdup_printf ("%s-%" G_GINT64_FORMAT ".pdf", _("contact-slip"), contact_id);
  path = pdf_path (name);
  if (bd_slip_print_pdf (path, &slip.slip, 1, BD_SLIP_LAYOUT_A5, &error))
    {
      saved = g_strdup_printf (_("Contact slip saved as %s"), path);
      show_toast (self, saved);
      bd_store_append_audit (store_of (self), bd_session_get_staff_id (self->session),
                             "slip-saved", "contact", contact_id, 0, path, NULL);
    }
  else
    show_toast (self, error->message);
  bd_contact_slip_clear (&slip);
}

static void
draw_review_sheet (gpointer  data,
                   guint     page,
                   cairo_t  *cr,
                   double    width,
                   double    height)
{
  bd_review_sheet_draw_page (data, page, cr, width, height);
}

/* The household policy review sheet (保单检视表), handed to the customer in person. */
static void
print_review_sheet_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  g_autofree char *company = bd_store_dup_setting (store_of (self), "company-name");
  g_autofree char *branch = bd_store_dup_setting (store_of (self), "branch-name");
  g_autoptr(BdHouseholdCard) card = NULL;
  g_autoptr(GError) error = NULL;
  BdReviewSheet sheet = { NULL, company, branch, NULL, { 0 } };
  PrintJob job = { draw_review_sheet, &sheet };

  g_date_clear (&sheet.date, 1);
  g_date_set_time_t (&sheet.date, time (NULL));
  if (bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error))
    card = bd_store_load_household_card (store_of (self), g_variant_get_int64 (parameter),
                                         &sheet.date, &error);
  if (card == NULL)
    {
      show_toast (self, error != NULL ? error->message : _("The customer belongs to no household"));
      return;
    }
  sheet.card = card;
  sheet.staff_name = bd_staff_get_name (bd_session_get_staff (self->session));
  if (print_pages (self, _("Household policy review sheet"), BD_PAPER_A4,
                   bd_review_sheet_count_pages (&sheet), &job))
    bd_store_append_audit (store_of (self), bd_session_get_staff_id (self->session),
                           "review-sheet-printed", "customer", g_variant_get_int64 (parameter),
                           g_variant_get_int64 (parameter), NULL, NULL);
}

/* A day's contact slips, four to an A4 sheet: the collector's round, printed at once. */
typedef struct
{
  BdWindow *self;       /* a reference: the result is shown in this window */
  gint64    staff_id;   /* who printed, even if the desk is locked meanwhile */
  GArray   *slips;      /* BdContactSlip: owns the strings the plain slips point into */
  GArray   *plain;      /* BdSlip, one after another, as bd_slip_draw_page() reads them */
  char     *printer;
  char      day[BD_ISO_DATE_SIZE];
} DayBatch;

static void
day_batch_free (DayBatch *batch)
{
  g_clear_object (&batch->self);
  g_clear_pointer (&batch->slips, g_array_unref);
  g_clear_pointer (&batch->plain, g_array_unref);
  g_free (batch->printer);
  g_free (batch);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DayBatch, day_batch_free)

static void
draw_day_batch (gpointer  data,
                guint     page,
                cairo_t  *cr,
                double    width,
                double    height)
{
  DayBatch *batch = data;

  bd_slip_draw_page ((const BdSlip *) (gpointer) batch->plain->data, batch->plain->len,
                     BD_SLIP_LAYOUT_A4_FOUR, page, cr, width, height);
}

/* The slips planned for @day, or NULL after telling the person why there are none. */
static DayBatch *
load_day_batch (BdWindow   *self,
                const char *day)
{
  g_autoptr(DayBatch) batch = g_new0 (DayBatch, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GDate date;

  if (!bd_date_parse_iso (day, &date))
    message = g_strdup_printf (_("“%s” is not a date in the form YYYY-MM-DD"), day);
  else if (!bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error) ||
           (batch->slips = bd_contact_slip_load_day (store_of (self), &date, &error)) == NULL)
    message = g_strdup (error->message);
  else if (batch->slips->len == 0)
    message = g_strdup_printf (_("No contact slip plans a visit on %s: nothing to print"), day);
  if (message != NULL)
    {
      show_toast (self, message);
      return NULL;
    }
  batch->plain = g_array_sized_new (FALSE, FALSE, sizeof (BdSlip), batch->slips->len);
  for (guint i = 0; i < batch->slips->len; i++)
    g_array_append_val (batch->plain, g_array_index (batch->slips, BdContactSlip, i).slip);
  batch->self = g_object_ref (self);
  batch->staff_id = bd_session_get_staff_id (self->session);
  g_strlcpy (batch->day, day, sizeof batch->day);
  return g_steal_pointer (&batch);
}

static guint
day_batch_count_pages (DayBatch *batch)
{
  return bd_slip_count_pages (BD_SLIP_LAYOUT_A4_FOUR, batch->plain->len);
}

static void
day_batch_printed (DayBatch   *batch,
                   const char *printer)
{
  g_autofree char *message = NULL;

  message = g_strdup_printf (ngettext ("%u contact slip went to the printer “%s”",
                                       "%u contact slips went to the printer “%s”",
                                       batch->plain->len),
                             batch->plain->len, printer);
  show_toast (batch->self, message);
  bd_store_append_audit (store_of (batch->self), batch->staff_id, "day-slips-printed",
                         NULL, 0, 0, batch->day, NULL);
}

static void
print_day_batch_with_dialog (DayBatch *batch)
{
  PrintJob job = { draw_day_batch, batch };
  g_autofree char *printer = NULL;

  if (!print_pages (batch->self, _("Contact slips"), BD_PAPER_A4,
                    day_batch_count_pages (batch), &job))
    return;
  /* print_pages() has just remembered the printer chosen in the dialog. */
  if (batch->self->settings != NULL)
    printer = g_settings_get_string (batch->self->settings, "last-printer");
  if (printer != NULL)
    day_batch_printed (batch, printer);
}

static void
day_batch_sent_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(DayBatch) batch = user_data;
  g_autoptr(GError) error = NULL;

  if (bd_print_job_send_finish (result, &error))
    {
      day_batch_printed (batch, batch->printer);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* the window is gone */
  show_toast (batch->self, error->message);
  /* A printer that is gone, or one that only saves files: let the person choose. */
  if (g_error_matches (error, BD_PRINT_JOB_ERROR, BD_PRINT_JOB_ERROR_NO_PRINTER))
    print_day_batch_with_dialog (batch);
}

/* Prints the slips of the day "YYYY-MM-DD" without a dialog on the printer last chosen in
 * the print dialog, or through the dialog when none was chosen yet. */
static void
print_day_slips_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  g_autoptr(DayBatch) batch = load_day_batch (self, g_variant_get_string (parameter, NULL));

  if (batch == NULL)
    return;
  if (self->settings != NULL)
    batch->printer = g_settings_get_string (self->settings, "last-printer");
  if (batch->printer == NULL || batch->printer[0] == '\0')
    {
      print_day_batch_with_dialog (batch);
      return;
    }
  bd_print_job_send_async (batch->printer, _("Contact slips"), BD_PAPER_A4,
                           day_batch_count_pages (batch), draw_day_batch, batch, NULL,
                           self->cancellable, day_batch_sent_cb, batch);
  g_steal_pointer (&batch);
}

/* The menu's entry: the date is taken when it is chosen, so a window left open over
 * midnight prints the new day. */
static void
print_today_slips_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  gtk_widget_activate_action (widget, "win.print-day-slips", "s", today);
}

static void
lock_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);

  if (self->session != NULL)
    bd_session_lock (self->session);
}

static void
sign_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);

  if (self->session != NULL)
    bd_session_sign_out (self->session);
}

/* The queues are read when they are looked at: they change all day. */
static void
area_changed_cb (BdWindow *self)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->area_stack), "queues") == 0)
    bd_queues_page_refresh (self->queues_page);
}

static void
back_clicked_cb (BdWindow  *self,
                 GtkButton *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
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
  if (self->session != NULL)
    bd_session_sign_out (self->session);
  return GTK_WINDOW_CLASS (bd_window_parent_class)->close_request (window);
}

static void
bd_window_dispose (GObject *object)
{
  BdWindow *self = (BdWindow *)object;

  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), BD_TYPE_WINDOW);
  g_clear_object (&self->results);
  g_clear_object (&self->selection);
  g_clear_object (&self->session);
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
  g_type_ensure (BD_TYPE_SIGN_IN_PAGE);
  g_type_ensure (BD_TYPE_QUEUES_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/bd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, sign_in_page);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, area_stack);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, queues_page);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, results_title);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, results_stack);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, results_view);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, customer_page);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, branch_title);
  gtk_widget_class_bind_template_child (widget_class, BdWindow, staff_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, area_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sign_in_cb);
  gtk_widget_class_bind_template_callback (widget_class, unlock_cb);
  gtk_widget_class_bind_template_callback (widget_class, switch_user_cb);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.open-customer", "x", open_customer_action);
  gtk_widget_class_install_action (widget_class, "win.lock", NULL, lock_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.preview-slip", "x", preview_slip_action);
  gtk_widget_class_install_action (widget_class, "win.preview-review-sheet", "x",
                                   preview_review_sheet_action);
  gtk_widget_class_install_action (widget_class, "win.print-slip", "x", print_slip_action);
  gtk_widget_class_install_action (widget_class, "win.save-slip-pdf", "x", save_slip_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.print-review-sheet", "x",
                                   print_review_sheet_action);
  gtk_widget_class_install_action (widget_class, "win.print-day-slips", "s",
                                   print_day_slips_action);
  gtk_widget_class_install_action (widget_class, "win.print-today-slips", NULL,
                                   print_today_slips_action);
  gtk_widget_class_install_action (widget_class, "win.sign-out", NULL, sign_out_action);
}

static void
bd_window_init (BdWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->results = G_LIST_MODEL (g_list_store_new (BD_TYPE_CUSTOMER));
  self->selection = gtk_no_selection_new (g_object_ref (self->results));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->results_view, factory);
  gtk_list_view_set_model (self->results_view, GTK_SELECTION_MODEL (self->selection));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->leaflet));
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
