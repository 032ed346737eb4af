/* bd-overview-tab.c — the customer page's Overview: household card and service card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first tab of the customer page: the household card (家庭卡) of the customer's
 * household, the service card (客户服务卡) with the policies insuring them, and the
 * policies they pay for that insure someone else. It is a BdCustomerTab like any other:
 * the page opens, clears and prints it without knowing what it shows. Household edits
 * and the protection need go through the session; after one, the tab reads the card again.
 * The service card and the other policies are below the household card's members, out of
 * sight when a customer opens: they are built once the page has been painted.
 */
#define G_LOG_DOMAIN "bd-overview-tab"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-after-paint.h"
#include "bd-overview-tab.h"
#include "bd-household-card-view.h"
#include "bd-household-desk.h"
#include "bd-household-dialogs.h"
#include "bd-household-store.h"
#include "bd-policy-card.h"
#include "bd-requests-desk.h"

struct _BdOverviewTab
{
  AdwBin               parent_instance;

  BdSession           *session;
  BdCustomer          *customer;
  BdHousehold         *household;
  GListModel          *policies;         /* to show once the page has been painted */
  BdAfterPaint         policies_shown;

  BdHouseholdCardView *household_view;
  AdwPreferencesGroup *household_group;
  AdwPreferencesGroup *service_group;
  GtkListBox          *service_list;
  AdwPreferencesGroup *other_group;
  GtkListBox          *other_list;
};

static void bd_overview_tab_customer_tab_init (BdCustomerTabInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BdOverviewTab, bd_overview_tab, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (BD_TYPE_CUSTOMER_TAB,
                                                      bd_overview_tab_customer_tab_init))

static void
toast (BdOverviewTab *self,
       const char    *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
clear_policies (BdOverviewTab *self)
{
  bd_after_paint_cancel (&self->policies_shown);
  g_clear_object (&self->policies);
  clear_list (self->service_list);
  clear_list (self->other_list);
  gtk_widget_set_visible (GTK_WIDGET (self->service_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->other_group), FALSE);
}

/* A policy card asks, when it opens, what completed requests changed on its policy. */
static GPtrArray *
list_policy_changes (BdPolicy *policy,
                     gpointer  user_data)
{
  BdSession *session = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *changes = bd_requests_desk_list_changes (session, bd_policy_get_id (policy), &error);

  if (changes == NULL)
    g_warning ("The changes of policy %s could not be read: %s", bd_policy_get_number (policy),
               error->message);
  return changes;
}

static GtkWidget *
new_policy_card (BdOverviewTab *self,
                 BdPolicy      *policy,
                 gint64         customer_id)
{
  GtkWidget *card = bd_policy_card_new (policy, customer_id);

  bd_policy_card_set_history_func (BD_POLICY_CARD (card), list_policy_changes,
                                   g_object_ref (self->session), g_object_unref);
  return card;
}

/* The service card (客户服务卡) holds the policies insuring this person; the others in
 * which they are policyholder follow apart. */
static void
show_policies (gpointer user_data)
{
  BdOverviewTab *self = user_data;
  g_autoptr(GListModel) policies = g_steal_pointer (&self->policies);
  gint64 id = bd_customer_get_id (self->customer);
  guint n_insured = 0, n_other = 0;

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(BdPolicy) policy = g_list_model_get_item (policies, i);
      gboolean insured = bd_policy_get_insured_id (policy) == id;

      gtk_list_box_append (insured ? self->service_list : self->other_list,
                           new_policy_card (self, policy, id));
      if (insured)
        n_insured++;
      else
        n_other++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->service_group), n_insured > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->other_group), n_other > 0);
}

static gboolean
show_household (BdOverviewTab  *self,
                GError        **error)
{
  BdStore *store = bd_session_get_store (self->session);
  g_autoptr(BdHouseholdCard) card = NULL;
  g_autoptr(GError) local_error = NULL;
  BdProtectionNeed need = { 0 };
  GDate today;

  /* Today in the branch, whatever the machine's own time zone. */
  bd_store_get_today (store, &today);
  card = bd_store_load_household_card (store, bd_customer_get_id (self->customer), &today,
                                       &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* No card without an error: the customer belongs to no household. */
  g_clear_object (&self->household);
  if (card != NULL)
    self->household = g_object_ref (bd_household_card_get_household (card));
  gtk_widget_set_visible (GTK_WIDGET (self->household_group), card != NULL);
  bd_household_card_view_set_card (self->household_view, card);
  if (card == NULL)
    return TRUE;

  bd_household_card_view_set_need (self->household_view,
                                   bd_household_card_get_entered_need (card, &need) ? &need : NULL);
  bd_household_card_view_set_can_edit (self->household_view,
                                       bd_session_may (self->session, BD_PERMISSION_EDIT_HOUSEHOLD));
  return TRUE;
}

/* ── the tab ───────────────────────────────────────────────────────────────────── */

static void
overview_tab_set_session (BdCustomerTab *tab,
                          BdSession     *session)
{
  g_set_object (&BD_OVERVIEW_TAB (tab)->session, session);
}

static gboolean
overview_tab_open (BdCustomerTab  *tab,
                   BdCustomer     *customer,
                   GListModel     *policies,
                   GError        **error)
{
  BdOverviewTab *self = BD_OVERVIEW_TAB (tab);

  g_return_val_if_fail (self->session != NULL, FALSE);

  g_set_object (&self->customer, customer);
  clear_policies (self);
  self->policies = g_object_ref (policies);
  bd_after_paint_schedule (&self->policies_shown, GTK_WIDGET (self), show_policies, self);
  return show_household (self, error);
}

static void
overview_tab_clear (BdCustomerTab *tab)
{
  BdOverviewTab *self = BD_OVERVIEW_TAB (tab);

  g_clear_object (&self->customer);
  g_clear_object (&self->household);
  clear_policies (self);
  bd_household_card_view_set_card (self->household_view, NULL);
}

static void
print_review_sheet_clicked_cb (BdOverviewTab *self)
{
  if (self->customer != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.print-review-sheet", "x",
                                bd_customer_get_id (self->customer));
}

static void
preview_review_sheet_clicked_cb (BdOverviewTab *self)
{
  if (self->customer != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.preview-review-sheet", "x",
                                bd_customer_get_id (self->customer));
}

/* Ctrl+P on the Overview prints the household policy review sheet. */
static gboolean
overview_tab_print (BdCustomerTab  *tab,
                    GError        **error)
{
  print_review_sheet_clicked_cb (BD_OVERVIEW_TAB (tab));
  return TRUE;
}

static void
bd_overview_tab_customer_tab_init (BdCustomerTabInterface *iface)
{
  iface->set_session = overview_tab_set_session;
  iface->open = overview_tab_open;
  iface->clear = overview_tab_clear;
  iface->print = overview_tab_print;
}

/* ── household edits ───────────────────────────────────────────────────────────── */

/* After a change to the household, the card shows what the store now holds. Only the
 * card changed: the customer and their policies stay as they were read. */
static void
household_changed_cb (gpointer user_data)
{
  BdOverviewTab *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->customer != NULL && !show_household (self, &error))
    toast (self, error->message);
}

static void
add_member_requested_cb (BdOverviewTab *self)
{
  bd_household_dialogs_add_member (GTK_WIDGET (self), self->session, self->household,
                                   household_changed_cb, self);
}

static void
remove_member_requested_cb (BdOverviewTab *self,
                            BdCustomer    *member)
{
  bd_household_dialogs_remove_member (GTK_WIDGET (self), self->session, self->household, member,
                                      household_changed_cb, self);
}

static void
edit_relation_requested_cb (BdOverviewTab *self,
                            BdCustomer    *member)
{
  bd_household_dialogs_edit_relation (GTK_WIDGET (self), self->session, self->household, member,
                                      household_changed_cb, self);
}

static void
need_save_requested_cb (BdOverviewTab    *self,
                        BdProtectionNeed *need)
{
  g_autoptr(GError) error = NULL;

  if (self->household == NULL ||
      !bd_household_desk_set_need (self->session, bd_household_get_id (self->household), need,
                                   &error))
    {
      toast (self, error != NULL ? error->message : _("There is no household to save it for"));
      return;
    }
  toast (self, _("Protection need saved"));
  household_changed_cb (self);
}

/* ── the object ────────────────────────────────────────────────────────────────── */

static void
bd_overview_tab_dispose (GObject *object)
{
  BdOverviewTab *self = (BdOverviewTab *)object;

  bd_after_paint_cancel (&self->policies_shown);
  g_clear_object (&self->policies);
  gtk_widget_dispose_template (GTK_WIDGET (self), BD_TYPE_OVERVIEW_TAB);
  g_clear_object (&self->customer);
  g_clear_object (&self->household);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (bd_overview_tab_parent_class)->dispose (object);
}

static void
bd_overview_tab_class_init (BdOverviewTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bd_overview_tab_dispose;

  g_type_ensure (BD_TYPE_HOUSEHOLD_CARD_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/bd-overview-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, BdOverviewTab, household_view);
  gtk_widget_class_bind_template_child (widget_class, BdOverviewTab, household_group);
  gtk_widget_class_bind_template_child (widget_class, BdOverviewTab, service_group);
  gtk_widget_class_bind_template_child (widget_class, BdOverviewTab, service_list);
  gtk_widget_class_bind_template_child (widget_class, BdOverviewTab, other_group);
  gtk_widget_class_bind_template_child (widget_class, BdOverviewTab, other_list);
  gtk_widget_class_bind_template_callback (widget_class, add_member_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_member_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, edit_relation_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, need_save_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_review_sheet_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, preview_review_sheet_clicked_cb);
}

static void
bd_overview_tab_init (BdOverviewTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bd_overview_tab_new (void)
{
  return g_object_new (BD_TYPE_OVERVIEW_TAB, NULL);
}
