/* bd-queues-page.c — the Queues area: whom to contact, and the day's planned visits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Contacting customers goes in the order of the premium due dates, speaking to the
 * policyholder (000). The queue lists the policies whose premium falls due soon or is
 * overdue; activating one opens its policyholder at the Desk.
 */
#define G_LOG_DOMAIN "bd-queues-page"

#include "config.h"

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
}

void
bd_queues_page_clear (BdQueuesPage *self)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));
  gtk_list_box_bind_model (self->due_list, NULL, NULL, NULL, NULL);
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
}

static void
bd_queues_page_init (BdQueuesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
