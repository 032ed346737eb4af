/* bd-customer-page.c — the customer on the desk: who they are and their policies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Identity number and phone are shown masked: the screen faces the public.
 */
#define G_LOG_DOMAIN "bd-customer-page"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-customer-page.h"
#include "bd-identity.h"
#include "bd-policy.h"

struct _BdCustomerPage
{
  AdwBin      parent_instance;

  BdCustomer *customer;

  GtkLabel   *name_label;
  GtkLabel   *summary_label;
  GtkLabel   *identity_label;
  GtkLabel   *phone_label;
  GtkLabel   *address_label;
  GtkListBox *policy_list;
  AdwPreferencesGroup *policy_group;
};

G_DEFINE_FINAL_TYPE (BdCustomerPage, bd_customer_page, ADW_TYPE_BIN)

static const char *
role_of (BdPolicy   *policy,
         BdCustomer *customer)
{
  gint64 id = bd_customer_get_id (customer);
  gboolean holder = bd_policy_get_policyholder_id (policy) == id;
  gboolean insured = bd_policy_get_insured_id (policy) == id;

  if (holder && insured)
    return _("Policyholder and insured");
  return holder ? _("Policyholder") : _("Insured");
}

/* "鸿福终身寿险 · In force" over "No. 8820… · Policyholder · sum insured 500,000.00 · …" */
static char *
describe_policy (BdPolicy   *policy,
                 BdCustomer *customer)
{
  g_autofree char *sum = bd_format_fen (bd_policy_get_sum_insured (policy));
  g_autofree char *premium = bd_format_fen (bd_policy_get_premium (policy));

  return g_strdup_printf (_("No. %s · %s · sum insured %s · premium %s (%s)"),
                          bd_policy_get_number (policy), role_of (policy, customer), sum,
                          premium, bd_frequency_get_label (bd_policy_get_frequency (policy)));
}

static GtkWidget *
create_policy_row_cb (gpointer item,
                      gpointer user_data)
{
  BdCustomerPage *self = user_data;
  BdPolicy *policy = item;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = describe_policy (policy, self->customer);
  GtkWidget *row = adw_action_row_new ();

  title = g_strdup_printf ("%s · %s", bd_policy_get_product_name (policy),
                           bd_policy_status_get_label (bd_policy_get_status (policy)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  return row;
}

static char *
describe_person (BdCustomer *customer)
{
  GDate today;
  int age;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  age = bd_customer_get_age_on (customer, &today);
  if (age < 0)
    return g_strdup (bd_sex_get_label (bd_customer_get_sex (customer)));
  return g_strdup_printf (ngettext ("%s, %d year old", "%s, %d years old", age),
                          bd_sex_get_label (bd_customer_get_sex (customer)), age);
}

void
bd_customer_page_show (BdCustomerPage *self,
                       BdCustomer     *customer,
                       GListModel     *policies)
{
  g_autofree char *person = NULL;
  g_autofree char *identity = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *policy_count = NULL;
  const char *address;

  g_return_if_fail (BD_IS_CUSTOMER_PAGE (self));
  g_return_if_fail (BD_IS_CUSTOMER (customer));

  g_set_object (&self->customer, customer);
  person = describe_person (customer);
  identity = bd_mask_identity_number (bd_customer_get_id_number (customer));
  phone = bd_mask_phone (bd_customer_get_mobile (customer));
  address = bd_customer_get_address (customer);

  gtk_label_set_label (self->name_label, bd_customer_get_name (customer));
  gtk_label_set_label (self->summary_label, person);
  gtk_label_set_label (self->identity_label, identity);
  gtk_label_set_label (self->phone_label, phone[0] != '\0' ? phone : _("No mobile number"));
  gtk_label_set_label (self->address_label, address != NULL ? address : _("No address"));

  policy_count = g_strdup_printf (ngettext ("%u policy as policyholder or insured",
                                            "%u policies as policyholder or insured",
                                            g_list_model_get_n_items (policies)),
                                  g_list_model_get_n_items (policies));
  adw_preferences_group_set_description (self->policy_group, policy_count);
  gtk_list_box_bind_model (self->policy_list, policies, create_policy_row_cb, self, NULL);
}

static void
bd_customer_page_dispose (GObject *object)
{
  BdCustomerPage *self = (BdCustomerPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BD_TYPE_CUSTOMER_PAGE);
  g_clear_object (&self->customer);

  G_OBJECT_CLASS (bd_customer_page_parent_class)->dispose (object);
}

static void
bd_customer_page_class_init (BdCustomerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bd_customer_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/bd-customer-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, identity_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, phone_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, address_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, policy_list);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, policy_group);
}

static void
bd_customer_page_init (BdCustomerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bd_customer_page_new (void)
{
  return g_object_new (BD_TYPE_CUSTOMER_PAGE, NULL);
}
