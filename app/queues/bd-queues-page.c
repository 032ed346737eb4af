/* bd-queues-page.c — the Queues area: whom to contact, and the day's planned visits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Contacting customers goes in the order of the premium due dates, speaking to the
 * policyholder (000). The queue lists the policies whose premium falls due soon or is
 * overdue; activating one opens its policyholder at the Desk. Above it, the contact slips
 * planned for today can be printed, all or a selection. Whose work is listed (one's own
 * customers or the whole branch) is the session's decision; the page says how many there
 * are and reads the queue a page at a time.
 */
#define G_LOG_DOMAIN "bd-queues-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-clock.h"
#include "bd-contacts-store.h"
#include "bd-customers-store.h"
#include "bd-queues-page.h"

/* How far ahead the queue looks, and how much of it is read at a time. */
#define DUE_WINDOW_DAYS 30
#define DUE_PAGE 100

struct _BdQueuesPage
{
  AdwBin      parent_instance;

  BdSession  *session;
  BdScope     scope;
  gboolean    scope_chosen;  /* else the role's default, taken at the next refresh */
  GListStore *due;           /* BdPolicy: the pages read so far */
  guint       due_total;     /* how many the queue holds in all */
  GDate       today;

  AdwWindowTitle *title;
  GtkLabel   *staff_label;
  GtkMenuButton *menu_button;
  GtkWidget  *scope_box;
  GtkToggleButton *own_button;
  GtkToggleButton *branch_button;
  AdwPreferencesGroup *due_group;
  GtkListBox *due_list;
  GtkButton  *more_button;
  AdwPreferencesGroup *slips_group;
  GtkListBox *slips_list;
  GtkButton  *print_chosen_button;
  GPtrArray  *slip_checks;   /* GtkCheckButton, each with its contact id */
};

G_DEFINE_FINAL_TYPE (BdQueuesPage, bd_queues_page, ADW_TYPE_BIN)

static char *
describe_due (BdPolicy *policy)
{
  g_autofree char *premium = bd_format_yuan (bd_policy_get_premium (policy));

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
  BdServiceItem item = bd_contact_get_service_item (contact);
  /* "Other" says nothing: the slip carries what was typed for it. */
  const char *what = item == BD_SERVICE_ITEM_OTHER && bd_contact_get_service_other (contact) != NULL
                       ? bd_contact_get_service_other (contact) : bd_service_item_get_label (item);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", visit != NULL && strlen (visit) > 11 ? visit + 11 : "",
                                               what);
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
print_all_clicked_cb (BdQueuesPage *self)
{
  char day[BD_ISO_DATE_SIZE];

  gtk_widget_activate_action (GTK_WIDGET (self), "win.print-day-slips-in", "(ss)",
                              bd_date_format_iso (&self->today, day),
                              bd_scope_to_string (self->scope));
}

static void
show_slips (BdQueuesPage *self,
            gint64        staff_id)
{
  g_autoptr(GListModel) planned = bd_store_list_planned_visits_of (bd_session_get_store (self->session),
                                                                   &self->today, staff_id, NULL);
  guint n = planned != NULL ? g_list_model_get_n_items (planned) : 0;
  g_autofree char *title = NULL;

  clear_slips (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdContact) contact = g_list_model_get_item (planned, i);
      if (bd_contact_get_kind (contact) == BD_CONTACT_SLIP)
        gtk_list_box_append (self->slips_list, create_slip_row (self, contact));
    }
  title = g_strdup_printf (ngettext ("Contact Slips of the Day (%u)", "Contact Slips of the Day (%u)",
                                     self->slip_checks->len),
                           self->slip_checks->len);
  adw_preferences_group_set_title (self->slips_group, title);
  gtk_widget_set_visible (GTK_WIDGET (self->slips_group), self->slip_checks->len > 0);
}

/* "Customers to Contact (1,234)", and below the list how many are shown of how many. */
static void
show_due_count (BdQueuesPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->due));
  guint next = MIN (DUE_PAGE, self->due_total - shown);
  g_autofree char *title = g_strdup_printf (ngettext ("Customers to Contact (%u)",
                                                      "Customers to Contact (%u)", self->due_total),
                                            self->due_total);
  g_autofree char *more = NULL;

  adw_preferences_group_set_title (self->due_group, title);
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), shown < self->due_total);
  if (shown >= self->due_total)
    return;
  /* Translators: a button below a list: "Show 100 More (100 of 1234 shown)" */
  more = g_strdup_printf (_("Show %u More (%u of %u shown)"), next, shown, self->due_total);
  gtk_button_set_label (self->more_button, more);
}

static gboolean
scope_staff (BdQueuesPage *self,
             gint64       *staff_id)
{
  g_autoptr(GError) error = NULL;

  if (bd_session_get_scope_staff (self->session, self->scope, staff_id, &error))
    return TRUE;
  g_debug ("Queues not shown: %s", error->message);
  return FALSE;
}

/* Reads the next page of the queue onto the end of the list. */
static void
read_due_page (BdQueuesPage *self)
{
  g_autoptr(GListModel) page = NULL;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->due));
  gint64 staff_id = 0;

  if (!scope_staff (self, &staff_id))
    return;
  page = bd_store_list_premiums_due_of (bd_session_get_store (self->session), &self->today,
                                        DUE_WINDOW_DAYS, staff_id, shown, DUE_PAGE, NULL);
  for (guint i = 0; page != NULL && i < g_list_model_get_n_items (page); i++)
    {
      g_autoptr(BdPolicy) policy = g_list_model_get_item (page, i);
      g_list_store_append (self->due, policy);
    }
  show_due_count (self);
}

static void
more_clicked_cb (BdQueuesPage *self)
{
  read_due_page (self);
}

static void
show_scope (BdQueuesPage *self)
{
  gboolean may_branch = bd_session_may (self->session, BD_PERMISSION_BRANCH_QUEUES);

  /* The buttons follow the scope; their handler refreshes only on a change. */
  gtk_toggle_button_set_active (self->scope == BD_SCOPE_OWN ? self->own_button : self->branch_button,
                                TRUE);
  gtk_widget_set_visible (self->scope_box, may_branch);
  adw_window_title_set_subtitle (self->title, self->scope == BD_SCOPE_OWN ? _("My customers")
                                                                          : _("Whole branch"));
}

void
bd_queues_page_refresh (BdQueuesPage *self)
{
  gint64 staff_id = 0;

  g_return_if_fail (BD_IS_QUEUES_PAGE (self));

  if (self->session == NULL || !bd_session_may (self->session, BD_PERMISSION_VIEW_CUSTOMERS))
    {
      bd_queues_page_clear (self);
      return;
    }
  if (!self->scope_chosen)
    self->scope = bd_session_get_default_scope (self->session);
  self->scope_chosen = TRUE;
  show_scope (self);
  bd_store_get_today (bd_session_get_store (self->session), &self->today);
  g_list_store_remove_all (self->due);
  self->due_total = 0;
  if (!scope_staff (self, &staff_id))
    return;
  bd_store_count_premiums_due (bd_session_get_store (self->session), &self->today,
                               DUE_WINDOW_DAYS, staff_id, &self->due_total, NULL);
  read_due_page (self);
  show_slips (self, staff_id);
}

static void
scope_toggled_cb (BdQueuesPage    *self,
                  GtkToggleButton *button)
{
  BdScope scope = gtk_toggle_button_get_active (self->branch_button) ? BD_SCOPE_BRANCH
                                                                     : BD_SCOPE_OWN;

  if (!gtk_toggle_button_get_active (button) || scope == self->scope)
    return;
  self->scope = scope;
  self->scope_chosen = TRUE;
  bd_queues_page_refresh (self);
}

BdScope
bd_queues_page_get_scope (BdQueuesPage *self)
{
  g_return_val_if_fail (BD_IS_QUEUES_PAGE (self), BD_SCOPE_OWN);
  return self->scope;
}

void
bd_queues_page_set_scope (BdQueuesPage *self,
                          BdScope       scope)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));

  self->scope_chosen = TRUE;
  if (self->scope == scope)
    return;
  self->scope = scope;
  bd_queues_page_refresh (self);
}

guint
bd_queues_page_get_due_total (BdQueuesPage *self)
{
  g_return_val_if_fail (BD_IS_QUEUES_PAGE (self), 0);
  return self->due_total;
}

GListModel *
bd_queues_page_get_due (BdQueuesPage *self)
{
  g_return_val_if_fail (BD_IS_QUEUES_PAGE (self), NULL);
  return G_LIST_MODEL (self->due);
}

void
bd_queues_page_show_more (BdQueuesPage *self)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));
  read_due_page (self);
}

void
bd_queues_page_set_staff_label (BdQueuesPage *self,
                                const char   *who)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));
  gtk_label_set_label (self->staff_label, who != NULL ? who : "");
}

void
bd_queues_page_set_menu_model (BdQueuesPage *self,
                               GMenuModel   *menu)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));
  gtk_menu_button_set_menu_model (self->menu_button, menu);
}

void
bd_queues_page_popup_menu (BdQueuesPage *self)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));
  gtk_menu_button_popup (self->menu_button);
}

void
bd_queues_page_clear (BdQueuesPage *self)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));

  g_list_store_remove_all (self->due);
  self->due_total = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), FALSE);
  clear_slips (self);
  /* The next person starts from their role's view. */
  self->scope_chosen = FALSE;
}

void
bd_queues_page_set_session (BdQueuesPage *self,
                            BdSession    *session)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));
  g_set_object (&self->session, session);
  bd_queues_page_clear (self);
}

static void
bd_queues_page_dispose (GObject *object)
{
  BdQueuesPage *self = (BdQueuesPage *)object;

  g_clear_object (&self->session);
  g_clear_object (&self->due);
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
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, title);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, staff_label);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, scope_box);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, own_button);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, branch_button);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, due_group);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, due_list);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, slips_group);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, slips_list);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, print_chosen_button);
  gtk_widget_class_bind_template_callback (widget_class, print_chosen_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_clicked_cb);
}

static void
bd_queues_page_init (BdQueuesPage *self)
{
  GtkWidget *nobody = gtk_label_new (_("Nobody’s premium falls due in the next 30 days"));

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Each button is named once, by its label in the .ui (see bd-accessible.c); Print All
   * follows Print Chosen. */
  bd_accessible_keep_label (GTK_WIDGET (self->own_button));
  bd_accessible_keep_label (GTK_WIDGET (self->branch_button));
  bd_accessible_keep_label (GTK_WIDGET (self->print_chosen_button));
  bd_accessible_keep_label (gtk_widget_get_next_sibling (GTK_WIDGET (self->print_chosen_button)));
  self->slip_checks = g_ptr_array_new ();
  self->due = g_list_store_new (BD_TYPE_POLICY);
  bd_clock_get_today (NULL, &self->today);
  gtk_widget_add_css_class (nobody, "dim-label");
  gtk_widget_set_margin_top (nobody, 12);
  gtk_widget_set_margin_bottom (nobody, 12);
  gtk_list_box_set_placeholder (self->due_list, nobody);
  gtk_list_box_bind_model (self->due_list, G_LIST_MODEL (self->due), create_due_row, self, NULL);
}
