/* bd-queues-page.c — the Queues area: whom to contact, and the day's planned visits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Contacting customers goes in the order of the premium due dates, speaking to the
 * policyholder (000). The queue lists the policies whose premium falls due soon or is
 * overdue; activating one opens its policyholder at the Desk. Above it, the contact slips
 * planned for today can be printed, all or a selection.
 */
#define G_LOG_DOMAIN "bd-queues-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bd-queues-page.h"

/* How far ahead the queue looks, and how long it may grow. */
#define DUE_WINDOW_DAYS 30
#define DUE_LIMIT 200

struct _BdQueuesPage
{
  AdwBin      parent_instance;

  BdSession  *session;

  GtkListBox *due_list;
  AdwPreferencesGroup *slips_group;
  GtkListBox *slips_list;
  GtkButton  *print_chosen_button;
  GPtrArray  *slip_checks;   /* GtkCheckButton, each with its contact id */
};

G_DEFINE_FINAL_TYPE (BdQueuesPage, bd_queues_page, ADW_TYPE_BIN)

static char *
describe_due (BdPolicy *policy)
{
  g_autofree char *premium = bd_format_fen (bd_policy_get_premium (policy));

  return g_strdup_printf (_("Due %s · %s %s · premium %s (%s)"),
                          bd_policy_get_next_due_date (policy),
                          bd_policy_get_product_name (policy), bd_policy_get_number (policy),
                          premium, bd_frequency_get_label (bd_policy_get_frequency (policy)));
}

static GtkWidget *
create_due_row (gpointer item,
                gpointer user_data)
{
  BdPolicy *policy = item;
  g_autofree char *subtitle = describe_due (policy);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *status = gtk_label_new (bd_policy_status_get_label (bd_policy_get_status (policy)));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bd_policy_get_policyholder_name (policy));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (status, "badge");
  gtk_widget_add_css_class (status, bd_policy_get_status (policy) == BD_POLICY_GRACE ? "warning" : "success");
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
  /* Activating the row opens the policyholder: the one to call. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_int64 (bd_policy_get_policyholder_id (policy)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-customer");
  return row;
}

static void
check_toggled_cb (BdQueuesPage *self)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->slip_checks->len && !any; i++)
    any = gtk_check_button_get_active (g_ptr_array_index (self->slip_checks, i));
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_chosen_button), any);
}

static void
print_chosen_clicked_cb (BdQueuesPage *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->slip_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->slip_checks, i);
      gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "contact-id"));

      if (gtk_check_button_get_active (check))
        g_array_append_val (ids, id);
    }
  gtk_widget_activate_action_variant (GTK_WIDGET (self), "win.print-slips",
                                      g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids->data,
                                                                 ids->len, sizeof (gint64)));
}

/* "张三 · 14:30 · 送达保险费发票", with a box to choose it. */
static GtkWidget *
create_slip_row (BdQueuesPage *self,
                 BdContact    *contact)
{
  g_autoptr(BdCustomer) customer = bd_store_get_customer (bd_session_get_store (self->session),
                                                          bd_contact_get_customer_id (contact), NULL);
  const char *visit = bd_contact_get_next_visit (contact);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", visit != NULL && strlen (visit) > 11 ? visit + 11 : "",
                                               bd_service_item_get_label (bd_contact_get_service_item (contact)));
  const char *name = customer != NULL ? bd_customer_get_name (customer) : "";
  g_autofree char *label = g_strdup_printf (_("Choose the slip for %s"), name);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (check), "contact-id", GSIZE_TO_POINTER (bd_contact_get_id (contact)));
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (check_toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_ptr_array_add (self->slip_checks, check);
  return row;
}

static void
clear_slips (BdQueuesPage *self)
{
  GtkWidget *child;

  g_ptr_array_set_size (self->slip_checks, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->slips_list))) != NULL)
    gtk_list_box_remove (self->slips_list, child);
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_chosen_button), FALSE);
}

static void
show_slips (BdQueuesPage *self,
            const GDate  *today)
{
  g_autoptr(GListModel) planned = bd_store_list_planned_visits (bd_session_get_store (self->session),
                                                                today, NULL);
  guint n = planned != NULL ? g_list_model_get_n_items (planned) : 0;

  clear_slips (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdContact) contact = g_list_model_get_item (planned, i);
      if (bd_contact_get_kind (contact) == BD_CONTACT_SLIP)
        gtk_list_box_append (self->slips_list, create_slip_row (self, contact));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->slips_group), self->slip_checks->len > 0);
}

void
bd_queues_page_refresh (BdQueuesPage *self)
{
  g_autoptr(GListModel) due = NULL;
  GDate today;

  g_return_if_fail (BD_IS_QUEUES_PAGE (self));

  if (self->session == NULL || !bd_session_may (self->session, BD_ACTION_VIEW_CUSTOMERS))
    {
      bd_queues_page_clear (self);
      return;
    }
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  due = bd_store_list_premiums_due (bd_session_get_store (self->session), &today,
                                    DUE_WINDOW_DAYS, DUE_LIMIT, NULL);
  gtk_list_box_bind_model (self->due_list, due, create_due_row, self, NULL);
  show_slips (self, &today);
}

void
bd_queues_page_clear (BdQueuesPage *self)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));
  gtk_list_box_bind_model (self->due_list, NULL, NULL, NULL, NULL);
  clear_slips (self);
}

void
bd_queues_page_set_session (BdQueuesPage *self,
                            BdSession    *session)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));
  g_set_object (&self->session, session);
}

static void
bd_queues_page_dispose (GObject *object)
{
  BdQueuesPage *self = (BdQueuesPage *)object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->slip_checks, g_ptr_array_unref);
  G_OBJECT_CLASS (bd_queues_page_parent_class)->dispose (object);
}

static void
bd_queues_page_class_init (BdQueuesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* No template disposal: AdwBin unparents its child, the template's whole tree. */
  object_class->dispose = bd_queues_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/bd-queues-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, due_list);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, slips_group);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, slips_list);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, print_chosen_button);
  gtk_widget_class_bind_template_callback (widget_class, print_chosen_clicked_cb);
}

static void
bd_queues_page_init (BdQueuesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->slip_checks = g_ptr_array_new ();
}
