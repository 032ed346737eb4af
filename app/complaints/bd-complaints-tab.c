/* bd-complaints-tab.c — the customer's complaints and consultations (投诉与咨询): list, form, page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tab lists the complaints and consultations about the customer, newest first, each
 * with its state, its owner and the next deadline that runs, said with the rule it comes
 * from. "Log a complaint" and "Log a consultation" open the form (bd-complaint-form.c); a
 * complaint of the list opens its page (bd-complaint-view.c). The tab asks the core for
 * everything it shows and decides nothing itself. The list is read after the first frame
 * that shows the customer (bd-after-paint.h), as the Policy changes tab does.
 */
#define G_LOG_DOMAIN "bd-complaints-tab"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-after-paint.h"
#include "bd-case-page.h"
#include "bd-complaint-form.h"
#include "bd-complaint-view.h"
#include "bd-complaints-desk.h"
#include "bd-complaints-tab.h"
#include "bd-form-draft.h"
#include "bd-status-label.h"

struct _BdComplaintsTab
{
  AdwBin           parent_instance;

  BdSession       *session;
  BdCustomer      *customer;
  GListModel      *policies;
  GListModel      *complaints;
  BdAfterPaint     after_paint;

  GtkStack        *stack;
  GtkListBox      *list;
  GtkButton       *complaint_button;
  GtkButton       *consultation_button;
  BdComplaintForm *form;
  BdComplaintView *view;
};

static void bd_complaints_tab_customer_tab_init (BdCustomerTabInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BdComplaintsTab, bd_complaints_tab, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (BD_TYPE_CUSTOMER_TAB,
                                                      bd_complaints_tab_customer_tab_init))

static void
toast (BdComplaintsTab *self,
       const char      *message)
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

  if (g_str_equal (state, "closed"))
    return "success";
  if (g_str_equal (state, "withdrawn"))
    return "ended";
  if (g_str_equal (state, "in-review"))
    return "warning";
  return "accent";
}

/* The summary of the running deadline due first (with its source), or NULL. */
static char *
next_deadline (BdComplaintsTab *self,
               BdCase          *kase)
{
  GDate today;

  bd_store_get_today (bd_session_get_store (self->session), &today);
  return bd_case_page_dup_next_deadline (kase, &today);
}

/* A complaint's page, the keyboard at its top (the page scrolls there). */
static void
show_complaint (BdComplaintsTab *self,
                BdComplaint     *complaint)
{
  bd_complaint_view_show (self->view, self->session, complaint);
  gtk_stack_set_visible_child_name (self->stack, "complaint");
  bd_complaint_view_focus (self->view);
}

static void
open_clicked_cb (GtkButton       *button,
                 BdComplaintsTab *self)
{
  show_complaint (self, g_object_get_data (G_OBJECT (button), "complaint"));
}

/* The row opens its complaint; the button is what a screen reader and the keyboard meet. */
static GtkWidget *
open_button (BdComplaintsTab *self,
             BdComplaint     *complaint)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("go-next-symbolic");
  /* Translators: %s is a complaint's or a consultation's number */
  g_autofree char *name = g_strdup_printf (_("Open %s"),
                                           bd_or_dash (bd_case_get_number (bd_complaint_get_case (complaint))));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  bd_accessible_set_label (button, name);
  g_object_set_data_full (G_OBJECT (button), "complaint", g_object_ref (complaint), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (open_clicked_cb), self);
  return button;
}

static GtkWidget *
create_complaint_row (gpointer item,
                      gpointer user_data)
{
  BdComplaintsTab *self = user_data;
  BdComplaint *complaint = item;
  BdCase *kase = bd_complaint_get_case (complaint);
  /* Translators: a complaint's number, complaint or consultation, and its category */
  g_autofree char *title = g_strdup_printf (_("%s · %s · %s"),
                                            bd_or_dash (bd_case_get_number (kase)),
                                            bd_complaint_is_consultation (complaint)
                                            ? _("Consultation") : _("Complaint"),
                                            bd_complaint_category_get_label (bd_complaint_get_category (complaint)));
  g_autofree char *deadline = bd_case_is_open (kase) ? next_deadline (self, kase) : NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  /* Translators: who owns a complaint and the day it was received */
  subtitle = g_strdup_printf (_("Owner %s · received on %s"),
                              bd_or_dash (bd_complaint_get_owner_name (complaint)),
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
  button = open_button (self, complaint);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static void
show_list (gpointer user_data)
{
  BdComplaintsTab *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->customer == NULL || self->session == NULL)
    return;
  g_clear_object (&self->complaints);
  self->complaints = bd_complaints_desk_list_of (self->session,
                                                 bd_customer_get_id (self->customer), &error);
  if (self->complaints == NULL)
    toast (self, error->message);
  gtk_list_box_bind_model (self->list, self->complaints, create_complaint_row, self, NULL);
}

static void
start_form (BdComplaintsTab *self,
            gboolean         consultation)
{
  if (self->customer == NULL)
    return;
  bd_after_paint_flush (&self->after_paint);
  bd_complaint_form_start (self->form, self->session, self->customer, self->policies,
                           consultation);
  gtk_stack_set_visible_child_name (self->stack, "form");
}

static void
complaint_clicked_cb (BdComplaintsTab *self)
{
  start_form (self, FALSE);
}

static void
consultation_clicked_cb (BdComplaintsTab *self)
{
  start_form (self, TRUE);
}

/* Logged: its page shows, and the list has it when the clerk goes back. */
static void
form_finished_cb (BdComplaintForm *form,
                  BdComplaint     *complaint,
                  BdComplaintsTab *self)
{
  bd_complaint_form_clear (self->form);
  show_list (self);
  if (complaint != NULL)
    {
      show_complaint (self, complaint);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->complaint_button));
}

static void
view_back_cb (BdComplaintsTab *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  bd_complaint_view_clear (self->view);
  gtk_widget_grab_focus (GTK_WIDGET (self->complaint_button));
}

static void
view_changed_cb (BdComplaintsTab *self)
{
  show_list (self);
}

/* ── the tab: what the customer page asks of it ───────────────────────────────── */

static gboolean
complaints_tab_open (BdCustomerTab  *tab,
                     BdCustomer     *customer,
                     GListModel     *policies,
                     GError        **error)
{
  BdComplaintsTab *self = BD_COMPLAINTS_TAB (tab);

  g_set_object (&self->customer, customer);
  g_set_object (&self->policies, policies);
  bd_complaint_form_clear (self->form);
  bd_complaint_view_clear (self->view);
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  bd_after_paint_schedule (&self->after_paint, GTK_WIDGET (self), show_list, self);
  return TRUE;
}

static void
complaints_tab_clear (BdCustomerTab *tab)
{
  BdComplaintsTab *self = BD_COMPLAINTS_TAB (tab);

  bd_after_paint_cancel (&self->after_paint);
  g_clear_object (&self->customer);
  g_clear_object (&self->policies);
  g_clear_object (&self->complaints);
  bd_complaint_form_clear (self->form);
  bd_complaint_view_clear (self->view);
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

/* Ctrl+P on a decided complaint's page: its decision letter. */
static gboolean
complaints_tab_print (BdCustomerTab  *tab,
                      GError        **error)
{
  BdComplaintsTab *self = BD_COMPLAINTS_TAB (tab);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "complaint") != 0)
    return FALSE;
  return bd_complaint_view_print_letter (self->view);
}

static gboolean
form_shown (BdComplaintsTab *self)
{
  return self->customer != NULL
         && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "form") == 0;
}

/* A complaint half logged comes back after a lock, to the same person (the session). */
static GVariant *
complaints_tab_dup_draft (BdCustomerTab *tab)
{
  BdComplaintsTab *self = BD_COMPLAINTS_TAB (tab);

  return form_shown (self) ? bd_complaint_form_dup_draft (self->form) : NULL;
}

/* Asked without touching the form: the mark of its verdict stays. */
static gboolean
complaints_tab_has_unsaved_input (BdCustomerTab *tab)
{
  BdComplaintsTab *self = BD_COMPLAINTS_TAB (tab);

  return form_shown (self) && bd_form_draft_has_input (GTK_WIDGET (self->form));
}

static void
complaints_tab_restore_draft (BdCustomerTab *tab,
                              GVariant      *draft)
{
  BdComplaintsTab *self = BD_COMPLAINTS_TAB (tab);

  start_form (self, bd_complaint_form_draft_is_consultation (draft));
  bd_complaint_form_restore_draft (self->form, draft);
}

static void
complaints_tab_set_session (BdCustomerTab *tab,
                            BdSession     *session)
{
  g_set_object (&BD_COMPLAINTS_TAB (tab)->session, session);
}

static void
bd_complaints_tab_customer_tab_init (BdCustomerTabInterface *iface)
{
  iface->set_session = complaints_tab_set_session;
  iface->open = complaints_tab_open;
  iface->clear = complaints_tab_clear;
  iface->print = complaints_tab_print;
  iface->has_unsaved_input = complaints_tab_has_unsaved_input;
  iface->dup_draft = complaints_tab_dup_draft;
  iface->restore_draft = complaints_tab_restore_draft;
}

static void
bd_complaints_tab_dispose (GObject *object)
{
  BdComplaintsTab *self = (BdComplaintsTab *)object;

  bd_after_paint_cancel (&self->after_paint);
  g_clear_object (&self->customer);
  g_clear_object (&self->policies);
  g_clear_object (&self->complaints);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (bd_complaints_tab_parent_class)->dispose (object);
}

static void
bd_complaints_tab_class_init (BdComplaintsTabClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bd_complaints_tab_dispose;
}

static GtkWidget *
new_placeholder (void)
{
  GtkWidget *label = gtk_label_new (_("No complaints or consultations yet"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkButton *
add_header_button (GtkBox     *header,
                   const char *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  bd_accessible_name_buttons (button);
  gtk_box_append (header, button);
  return GTK_BUTTON (button);
}

static GtkWidget *
build_list_page (BdComplaintsTab *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (_("Complaints and Consultations"));

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (header), title);
  self->consultation_button = add_header_button (GTK_BOX (header), _("Log a C_onsultation"));
  self->complaint_button = add_header_button (GTK_BOX (header), _("_Log a Complaint"));
  gtk_widget_add_css_class (GTK_WIDGET (self->complaint_button), "suggested-action");
  g_signal_connect_swapped (self->complaint_button, "clicked",
                            G_CALLBACK (complaint_clicked_cb), self);
  g_signal_connect_swapped (self->consultation_button, "clicked",
                            G_CALLBACK (consultation_clicked_cb), self);
  gtk_box_append (GTK_BOX (page), header);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_placeholder (self->list, new_placeholder ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Complaints and consultations"), -1);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->list));
  return page;
}

static void
bd_complaints_tab_init (BdComplaintsTab *self)
{
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_add_named (self->stack, build_list_page (self), "list");
  self->form = BD_COMPLAINT_FORM (bd_complaint_form_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->form), "form");
  self->view = BD_COMPLAINT_VIEW (bd_complaint_view_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->view), "complaint");
  g_signal_connect (self->form, "finished", G_CALLBACK (form_finished_cb), self);
  g_signal_connect_swapped (self->view, "back", G_CALLBACK (view_back_cb), self);
  g_signal_connect_swapped (self->view, "changed", G_CALLBACK (view_changed_cb), self);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
bd_complaints_tab_new (void)
{
  return g_object_new (BD_TYPE_COMPLAINTS_TAB, NULL);
}
