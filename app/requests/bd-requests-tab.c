/* bd-requests-tab.c — the customer's policy-change requests (保全): list, form, request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tab lists the customer's requests, newest first, each with its state and the next
 * deadline that runs, said with the rule it comes from. "New request" opens the form
 * (bd-request-form.c); a request of the list opens its page (bd-request-view.c). The tab
 * asks the core for everything it shows and decides nothing itself. The list is read after
 * the first frame that shows the customer (bd-after-paint.h): opening a customer does not
 * wait for it.
 */
#define G_LOG_DOMAIN "bd-requests-tab"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-after-paint.h"
#include "bd-case-page.h"
#include "bd-form-draft.h"
#include "bd-request-form.h"
#include "bd-request-view.h"
#include "bd-requests-desk.h"
#include "bd-requests-tab.h"
#include "bd-status-label.h"

struct _BdRequestsTab
{
  AdwBin         parent_instance;

  BdSession     *session;
  BdCustomer    *customer;
  GListModel    *policies;
  GListModel    *requests;
  BdAfterPaint   after_paint;

  GtkStack      *stack;
  GtkListBox    *list;
  GtkButton     *new_button;
  BdRequestForm *form;
  BdRequestView *view;
};

static void bd_requests_tab_customer_tab_init (BdCustomerTabInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BdRequestsTab, bd_requests_tab, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (BD_TYPE_CUSTOMER_TAB,
                                                      bd_requests_tab_customer_tab_init))

static void
toast (BdRequestsTab *self,
       const char    *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

/* ── the list ──────────────────────────────────────────────────────────────────── */

static const char *
state_style (BdCase *kase)
{
  const char *state = bd_case_get_state (kase);

  if (g_str_equal (state, "completed"))
    return "success";
  if (g_str_equal (state, "refused"))
    return "error";
  if (g_str_equal (state, "withdrawn"))
    return "ended";
  if (g_str_equal (state, "waiting"))
    return "warning";
  return "accent";
}

static char *
next_deadline (BdRequestsTab *self,
               BdCase        *kase)
{
  GDate today;

  bd_store_get_today (bd_session_get_store (self->session), &today);
  return bd_case_page_dup_next_deadline (kase, &today);
}

static char *
policy_number (BdRequestsTab *self,
               gint64         policy_id)
{
  for (guint i = 0; self->policies != NULL && i < g_list_model_get_n_items (self->policies); i++)
    {
      g_autoptr(BdPolicy) policy = g_list_model_get_item (self->policies, i);

      if (bd_policy_get_id (policy) == policy_id)
        return g_strdup (bd_policy_get_number (policy));
    }
  return g_strdup ("—");
}

/* A request's page, the keyboard at its top (the page scrolls there). */
static void
show_request (BdRequestsTab *self,
              BdRequest     *request)
{
  bd_request_view_show (self->view, self->session, request);
  gtk_stack_set_visible_child_name (self->stack, "request");
  bd_request_view_focus (self->view);
}

static void
open_clicked_cb (GtkButton     *button,
                 BdRequestsTab *self)
{
  BdRequest *request = g_object_get_data (G_OBJECT (button), "request");

  show_request (self, request);
}

/* The row opens its request; the button is what a screen reader and the keyboard meet. */
static GtkWidget *
open_button (BdRequestsTab *self,
             BdRequest     *request)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("go-next-symbolic");
  /* Translators: %s is a request's number */
  g_autofree char *name = g_strdup_printf (_("Open request %s"),
                                           bd_or_dash (bd_case_get_number (bd_request_get_case (request))));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  bd_accessible_set_label (button, name);
  g_object_set_data_full (G_OBJECT (button), "request", g_object_ref (request), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (open_clicked_cb), self);
  return button;
}

static GtkWidget *
create_request_row (gpointer item,
                    gpointer user_data)
{
  BdRequestsTab *self = user_data;
  BdRequest *request = item;
  BdCase *kase = bd_request_get_case (request);
  g_autofree char *title = g_strdup_printf ("%s · %s", bd_or_dash (bd_case_get_number (kase)),
                                            bd_request_item_get_label (bd_request_get_item (request)));
  g_autofree char *policy = policy_number (self, bd_request_get_policy_id (request));
  g_autofree char *deadline = bd_case_is_open (kase) ? next_deadline (self, kase) : NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  /* Translators: a request's policy number and the day it was received */
  subtitle = g_strdup_printf (_("Policy %s · received on %s"), policy,
                              bd_or_dash (bd_case_get_received_on (kase)));
  if (deadline != NULL)
    {
      char *longer = g_strdup_printf ("%s\n%s", subtitle, deadline);

      g_free (subtitle);
      subtitle = longer;
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             bd_status_label_new (bd_case_get_state_label (kase), "badge",
                                                  state_style (kase)));
  button = open_button (self, request);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static void
show_list (gpointer user_data)
{
  BdRequestsTab *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->customer == NULL || self->session == NULL)
    return;
  g_clear_object (&self->requests);
  self->requests = bd_requests_desk_list_of (self->session, bd_customer_get_id (self->customer),
                                             &error);
  if (self->requests == NULL)
    toast (self, error->message);
  gtk_list_box_bind_model (self->list, self->requests, create_request_row, self, NULL);
}

/* The form, on @policy_id (0: the first policy). */
static void
start_form (BdRequestsTab *self,
            gint64         policy_id)
{
  if (self->customer == NULL)
    return;
  bd_after_paint_flush (&self->after_paint);
  bd_request_form_start (self->form, self->session, self->customer, self->policies, policy_id);
  gtk_stack_set_visible_child_name (self->stack, "form");
}

static void
new_clicked_cb (BdRequestsTab *self)
{
  start_form (self, 0);
}

/* Accepted: its page shows, and the list has it when the clerk goes back. */
static void
form_finished_cb (BdRequestForm *form,
                  BdRequest     *request,
                  BdRequestsTab *self)
{
  bd_request_form_clear (self->form);
  show_list (self);
  if (request != NULL)
    {
      show_request (self, request);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->new_button));
}

static void
view_back_cb (BdRequestsTab *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  bd_request_view_clear (self->view);
  gtk_widget_grab_focus (GTK_WIDGET (self->new_button));
}

static void
view_changed_cb (BdRequestsTab *self)
{
  show_list (self);
}

/* ── the tab: what the customer page asks of it ───────────────────────────────── */

static gboolean
requests_tab_open (BdCustomerTab  *tab,
                   BdCustomer     *customer,
                   GListModel     *policies,
                   GError        **error)
{
  BdRequestsTab *self = BD_REQUESTS_TAB (tab);

  g_set_object (&self->customer, customer);
  g_set_object (&self->policies, policies);
  bd_request_form_clear (self->form);
  bd_request_view_clear (self->view);
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_set_sensitive (GTK_WIDGET (self->new_button),
                            policies != NULL && g_list_model_get_n_items (policies) > 0);
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  bd_after_paint_schedule (&self->after_paint, GTK_WIDGET (self), show_list, self);
  return TRUE;
}

static void
requests_tab_clear (BdCustomerTab *tab)
{
  BdRequestsTab *self = BD_REQUESTS_TAB (tab);

  bd_after_paint_cancel (&self->after_paint);
  g_clear_object (&self->customer);
  g_clear_object (&self->policies);
  g_clear_object (&self->requests);
  bd_request_form_clear (self->form);
  bd_request_view_clear (self->view);
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

/* The service card's "Start a policy-change request" on a policy. */
static void
requests_tab_start_request (BdCustomerTab *tab,
                            gint64         policy_id)
{
  start_form (BD_REQUESTS_TAB (tab), policy_id);
}

/* Ctrl+P on a request's page: its acceptance receipt. */
static gboolean
requests_tab_print (BdCustomerTab  *tab,
                    GError        **error)
{
  BdRequestsTab *self = BD_REQUESTS_TAB (tab);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "request") != 0)
    return FALSE;
  bd_request_view_print_receipt (self->view);
  return TRUE;
}

/* Whether the form is the tab's page now, for a customer. */
static gboolean
form_shown (BdRequestsTab *self)
{
  return self->customer != NULL
         && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "form") == 0;
}

/* A request half filled in comes back after a lock, to the same person (the session). */
static GVariant *
requests_tab_dup_draft (BdCustomerTab *tab)
{
  BdRequestsTab *self = BD_REQUESTS_TAB (tab);

  if (!form_shown (self))
    return NULL;
  return bd_request_form_dup_draft (self->form);
}

/* Asked without touching the form: the marks of its verdict stay. */
static gboolean
requests_tab_has_unsaved_input (BdCustomerTab *tab)
{
  BdRequestsTab *self = BD_REQUESTS_TAB (tab);

  return form_shown (self) && bd_form_draft_has_input (GTK_WIDGET (self->form));
}

static void
requests_tab_restore_draft (BdCustomerTab *tab,
                            GVariant      *draft)
{
  BdRequestsTab *self = BD_REQUESTS_TAB (tab);

  start_form (self, 0);
  bd_request_form_restore_draft (self->form, draft);
}

static void
requests_tab_set_session (BdCustomerTab *tab,
                          BdSession     *session)
{
  g_set_object (&BD_REQUESTS_TAB (tab)->session, session);
}

static void
bd_requests_tab_customer_tab_init (BdCustomerTabInterface *iface)
{
  iface->set_session = requests_tab_set_session;
  iface->open = requests_tab_open;
  iface->clear = requests_tab_clear;
  iface->print = requests_tab_print;
  iface->start_request = requests_tab_start_request;
  iface->has_unsaved_input = requests_tab_has_unsaved_input;
  iface->dup_draft = requests_tab_dup_draft;
  iface->restore_draft = requests_tab_restore_draft;
}

static void
bd_requests_tab_dispose (GObject *object)
{
  BdRequestsTab *self = (BdRequestsTab *)object;

  bd_after_paint_cancel (&self->after_paint);
  g_clear_object (&self->customer);
  g_clear_object (&self->policies);
  g_clear_object (&self->requests);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (bd_requests_tab_parent_class)->dispose (object);
}

static void
bd_requests_tab_class_init (BdRequestsTabClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bd_requests_tab_dispose;
}

static GtkWidget *
new_placeholder (void)
{
  GtkWidget *label = gtk_label_new (_("No policy-change requests yet"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkWidget *
build_list_page (BdRequestsTab *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (_("Policy-Change Requests"));

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  self->new_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_New Request")));
  gtk_widget_add_css_class (GTK_WIDGET (self->new_button), "suggested-action");
  bd_accessible_name_buttons (GTK_WIDGET (self->new_button));
  g_signal_connect_swapped (self->new_button, "clicked", G_CALLBACK (new_clicked_cb), self);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->new_button));
  gtk_box_append (GTK_BOX (page), header);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_placeholder (self->list, new_placeholder ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Policy-change requests"), -1);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->list));
  return page;
}

static void
bd_requests_tab_init (BdRequestsTab *self)
{
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_add_named (self->stack, build_list_page (self), "list");
  self->form = BD_REQUEST_FORM (bd_request_form_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->form), "form");
  self->view = BD_REQUEST_VIEW (bd_request_view_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->view), "request");
  g_signal_connect (self->form, "finished", G_CALLBACK (form_finished_cb), self);
  g_signal_connect_swapped (self->view, "back", G_CALLBACK (view_back_cb), self);
  g_signal_connect_swapped (self->view, "changed", G_CALLBACK (view_changed_cb), self);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
bd_requests_tab_new (void)
{
  return g_object_new (BD_TYPE_REQUESTS_TAB, NULL);
}
