/* bd-claims-tab.c — the claims (理赔) about the open customer: list, report, claim
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tab lists the claims about the customer as the insured, newest first, each with its
 * kind of event, its day, its state and the next deadline that runs, said with the rule
 * it comes from. "Report a Claim" opens the form (bd-claim-form.c); a claim of the list
 * opens its page (bd-claim-view.c). The tab asks the core for everything it shows and
 * decides nothing itself. The list is read after the first frame that shows the customer
 * (bd-after-paint.h): opening a customer does not wait for it.
 */
#define G_LOG_DOMAIN "bd-claims-tab"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-after-paint.h"
#include "bd-case-page.h"
#include "bd-claim-form.h"
#include "bd-claim-view.h"
#include "bd-claims-desk.h"
#include "bd-claims-tab.h"
#include "bd-form-draft.h"
#include "bd-status-label.h"

struct _BdClaimsTab
{
  AdwBin        parent_instance;

  BdSession    *session;
  BdCustomer   *customer;
  GListModel   *claims;
  BdAfterPaint  after_paint;

  GtkStack     *stack;
  GtkListBox   *list;
  GtkButton    *report_button;
  BdClaimForm  *form;
  BdClaimView  *view;
};

static void bd_claims_tab_customer_tab_init (BdCustomerTabInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BdClaimsTab, bd_claims_tab, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (BD_TYPE_CUSTOMER_TAB,
                                                      bd_claims_tab_customer_tab_init))

static void
toast (BdClaimsTab *self,
       const char  *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

/* ── the list ──────────────────────────────────────────────────────────────────── */

/* The look of a claim's state: paid green, declined red, ended grey. */
const char *
bd_claims_tab_state_style (BdCase *kase)
{
  const char *state = bd_case_get_state (kase);

  if (g_str_equal (state, "paid") || g_str_equal (state, "approved"))
    return "success";
  if (g_str_equal (state, "declined") || g_str_equal (state, "notified"))
    return "error";
  if (g_str_equal (state, "closed") || g_str_equal (state, "withdrawn"))
    return "ended";
  if (g_str_equal (state, "investigating") || g_str_equal (state, "appealed"))
    return "warning";
  return "accent";
}

static void
show_claim (BdClaimsTab *self,
            BdClaim     *claim)
{
  bd_claim_view_show (self->view, self->session, claim);
  gtk_stack_set_visible_child_name (self->stack, "claim");
  bd_claim_view_focus (self->view);
}

static void
open_clicked_cb (GtkButton   *button,
                 BdClaimsTab *self)
{
  show_claim (self, g_object_get_data (G_OBJECT (button), "claim"));
}

/* The row opens its claim; the button is what a screen reader and the keyboard meet. */
static GtkWidget *
open_button (BdClaimsTab *self,
             BdClaim     *claim)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("go-next-symbolic");
  /* Translators: %s is a claim's number */
  g_autofree char *name = g_strdup_printf (_("Open claim %s"),
                                           bd_or_dash (bd_case_get_number (bd_claim_get_case (claim))));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  bd_accessible_set_label (button, name);
  g_object_set_data_full (G_OBJECT (button), "claim", g_object_ref (claim), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (open_clicked_cb), self);
  return button;
}

static GtkWidget *
create_claim_row (gpointer item,
                  gpointer user_data)
{
  BdClaimsTab *self = user_data;
  BdClaim *claim = item;
  BdCase *kase = bd_claim_get_case (claim);
  g_autofree char *title = g_strdup_printf ("%s · %s", bd_or_dash (bd_case_get_number (kase)),
                                            bd_event_kind_get_label (bd_claim_get_kind (claim)));
  g_autofree char *deadline = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  if (bd_case_is_open (kase))
    {
      GDate today;

      bd_store_get_today (bd_session_get_store (self->session), &today);
      deadline = bd_case_page_dup_next_deadline (kase, &today);
    }
  /* Translators: the day of a claim's event */
  subtitle = g_strdup_printf (_("Event on %s"), bd_or_dash (bd_claim_get_event_date (claim)));
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
                                                  bd_claims_tab_state_style (kase)));
  button = open_button (self, claim);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static void
show_list (gpointer user_data)
{
  BdClaimsTab *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->customer == NULL || self->session == NULL)
    return;
  g_clear_object (&self->claims);
  self->claims = bd_claims_desk_list_of (self->session, bd_customer_get_id (self->customer), &error);
  if (self->claims == NULL)
    toast (self, error->message);
  gtk_list_box_bind_model (self->list, self->claims, create_claim_row, self, NULL);
}

static void
start_form (BdClaimsTab *self)
{
  if (self->customer == NULL)
    return;
  bd_after_paint_flush (&self->after_paint);
  bd_claim_form_start (self->form, self->session, self->customer);
  gtk_stack_set_visible_child_name (self->stack, "form");
}

/* Recorded: its page shows, and the list has it when the clerk goes back. */
static void
form_finished_cb (BdClaimForm *form,
                  BdClaim     *claim,
                  BdClaimsTab *self)
{
  bd_claim_form_clear (self->form);
  show_list (self);
  if (claim != NULL)
    {
      show_claim (self, claim);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->report_button));
}

static void
view_back_cb (BdClaimsTab *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  bd_claim_view_clear (self->view);
  gtk_widget_grab_focus (GTK_WIDGET (self->report_button));
}

static void
view_changed_cb (BdClaimsTab *self)
{
  show_list (self);
}

/* ── the tab: what the customer page asks of it ───────────────────────────────── */

static gboolean
claims_tab_open (BdCustomerTab  *tab,
                 BdCustomer     *customer,
                 GListModel     *policies,
                 GError        **error)
{
  BdClaimsTab *self = BD_CLAIMS_TAB (tab);

  g_set_object (&self->customer, customer);
  bd_claim_form_clear (self->form);
  bd_claim_view_clear (self->view);
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  bd_after_paint_schedule (&self->after_paint, GTK_WIDGET (self), show_list, self);
  return TRUE;
}

static void
claims_tab_clear (BdCustomerTab *tab)
{
  BdClaimsTab *self = BD_CLAIMS_TAB (tab);

  bd_after_paint_cancel (&self->after_paint);
  g_clear_object (&self->customer);
  g_clear_object (&self->claims);
  bd_claim_form_clear (self->form);
  bd_claim_view_clear (self->view);
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

/* Ctrl+P on a claim's page: its documents receipt. */
static gboolean
claims_tab_print (BdCustomerTab  *tab,
                  GError        **error)
{
  BdClaimsTab *self = BD_CLAIMS_TAB (tab);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "claim") != 0)
    return FALSE;
  bd_claim_view_print_receipt (self->view);
  return TRUE;
}

/* Whether the form is the tab's page now, for a customer. */
static gboolean
form_shown (BdClaimsTab *self)
{
  return self->customer != NULL
         && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "form") == 0;
}

/* A report half filled in comes back after a lock, to the same person (the session). */
static GVariant *
claims_tab_dup_draft (BdCustomerTab *tab)
{
  BdClaimsTab *self = BD_CLAIMS_TAB (tab);

  if (!form_shown (self))
    return NULL;
  return bd_claim_form_dup_draft (self->form);
}

/* Asked without touching the form: the marks of its checks stay. */
static gboolean
claims_tab_has_unsaved_input (BdCustomerTab *tab)
{
  BdClaimsTab *self = BD_CLAIMS_TAB (tab);

  return form_shown (self) && bd_form_draft_has_input (GTK_WIDGET (self->form));
}

static void
claims_tab_restore_draft (BdCustomerTab *tab,
                          GVariant      *draft)
{
  BdClaimsTab *self = BD_CLAIMS_TAB (tab);

  start_form (self);
  bd_claim_form_restore_draft (self->form, draft);
}

static void
claims_tab_set_session (BdCustomerTab *tab,
                        BdSession     *session)
{
  g_set_object (&BD_CLAIMS_TAB (tab)->session, session);
}

static void
bd_claims_tab_customer_tab_init (BdCustomerTabInterface *iface)
{
  iface->set_session = claims_tab_set_session;
  iface->open = claims_tab_open;
  iface->clear = claims_tab_clear;
  iface->print = claims_tab_print;
  iface->has_unsaved_input = claims_tab_has_unsaved_input;
  iface->dup_draft = claims_tab_dup_draft;
  iface->restore_draft = claims_tab_restore_draft;
}

static void
bd_claims_tab_dispose (GObject *object)
{
  BdClaimsTab *self = (BdClaimsTab *)object;

  bd_after_paint_cancel (&self->after_paint);
  g_clear_object (&self->customer);
  g_clear_object (&self->claims);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (bd_claims_tab_parent_class)->dispose (object);
}

static void
bd_claims_tab_class_init (BdClaimsTabClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bd_claims_tab_dispose;
}

static GtkWidget *
new_placeholder (void)
{
  GtkWidget *label = gtk_label_new (_("No claims reported yet"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkWidget *
build_list_page (BdClaimsTab *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (_("Claims"));

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  self->report_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Report a Claim")));
  gtk_widget_add_css_class (GTK_WIDGET (self->report_button), "suggested-action");
  bd_accessible_name_buttons (GTK_WIDGET (self->report_button));
  g_signal_connect_swapped (self->report_button, "clicked", G_CALLBACK (start_form), self);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->report_button));
  gtk_box_append (GTK_BOX (page), header);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_placeholder (self->list, new_placeholder ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Claims about the insured"), -1);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->list));
  return page;
}

static void
bd_claims_tab_init (BdClaimsTab *self)
{
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_add_named (self->stack, build_list_page (self), "list");
  self->form = BD_CLAIM_FORM (bd_claim_form_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->form), "form");
  self->view = BD_CLAIM_VIEW (bd_claim_view_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->view), "claim");
  g_signal_connect (self->form, "finished", G_CALLBACK (form_finished_cb), self);
  g_signal_connect_swapped (self->view, "back", G_CALLBACK (view_back_cb), self);
  g_signal_connect_swapped (self->view, "changed", G_CALLBACK (view_changed_cb), self);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
bd_claims_tab_new (void)
{
  return g_object_new (BD_TYPE_CLAIMS_TAB, NULL);
}
