/* bd-customer-row.c — one customer in a list: name, masked identity, age, phone tail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row shows only masked values: it is seen by whoever stands at the desk.
 */
#define G_LOG_DOMAIN "bd-customer-row"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bd-customer-row.h"
#include "bd-clock.h"
#include "bd-identity.h"
#include "bd-status-label.h"

struct _BdCustomerRow
{
  GtkWidget   parent_instance;

  BdCustomer *customer;

  GtkButton  *button;
  GtkLabel   *name_label;
  GtkLabel   *person_label;
  GtkLabel   *details_label;
  GtkLabel   *policies_label;
  GtkBox     *badge_box;
};

enum {
  PROP_0,
  PROP_CUSTOMER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BdCustomerRow, bd_customer_row, GTK_TYPE_WIDGET)

/* "女 · 45 岁": who, at a glance. */
static char *
describe_person (BdCustomer *customer)
{
  GDate today;
  int age;

  bd_clock_get_today (NULL, &today);
  age = bd_customer_get_age_on (customer, &today);
  if (age < 0)
    return g_strdup (bd_sex_get_label (bd_customer_get_sex (customer)));
  return g_strdup_printf (ngettext ("%s · %d year", "%s · %d years", age),
                          bd_sex_get_label (bd_customer_get_sex (customer)), age);
}

/* "110105********002X · phone …5678": what tells two people of one name apart, masked. */
static char *
describe_identifiers (BdCustomer *customer)
{
  g_autofree char *masked = bd_mask_identity_number (bd_customer_get_id_number (customer));
  const char *mobile = bd_customer_get_mobile (customer);

  if (mobile == NULL || strlen (mobile) < 4)
    return g_steal_pointer (&masked);
  return g_strdup_printf (_("%s · ends %s"), masked, mobile + strlen (mobile) - 4);
}

typedef struct
{
  BdCustomerBadges  badge;
  const char       *label;   /* N_() */
  const char       *style;
} BadgeStyle;

static const BadgeStyle badge_styles[] = {
  { BD_BADGE_DECEASED, N_("Deceased"), "ended" },
  { BD_BADGE_MINOR, N_("Minor"), "accent" },
  { BD_BADGE_GRACE, N_("Grace period"), "warning" },
  { BD_BADGE_LAPSED, N_("Lapsed"), "error" },
  { BD_BADGE_DIFFICULT, N_("Difficult"), "error" },
  { BD_BADGE_VIP, N_("VIP"), "success" },
};

/* The short badges of a row; the customer page spells them out. */
static char *
show_badges (BdCustomerRow *self)
{
  g_autoptr(GString) words = g_string_new (NULL);
  GtkWidget *child;
  GDate today;
  guint badges;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->badge_box))) != NULL)
    gtk_box_remove (self->badge_box, child);

  bd_clock_get_today (NULL, &today);
  badges = bd_customer_get_badges_on (self->customer, &today);
  for (guint i = 0; i < G_N_ELEMENTS (badge_styles); i++)
    {
      if ((badges & badge_styles[i].badge) == 0)
        continue;
      gtk_box_append (self->badge_box,
                      bd_status_label_new (_(badge_styles[i].label), "badge", badge_styles[i].style));
      g_string_append_printf (words, ", %s", _(badge_styles[i].label));
    }
  return g_string_free (g_steal_pointer (&words), FALSE);
}

static void
update_row (BdCustomerRow *self)
{
  g_autofree char *person = NULL;
  g_autofree char *details = NULL;
  g_autofree char *policies = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *badges = NULL;
  guint count;

  if (self->customer == NULL)
    return;

  count = bd_customer_get_policy_count (self->customer);
  person = describe_person (self->customer);
  details = describe_identifiers (self->customer);
  policies = g_strdup_printf (ngettext ("%u policy", "%u policies", count), count);

  gtk_label_set_label (self->name_label, bd_customer_get_name (self->customer));
  gtk_label_set_label (self->person_label, person);
  gtk_label_set_label (self->details_label, details);
  gtk_label_set_label (self->policies_label, policies);

  badges = show_badges (self);
  accessible = g_strdup_printf ("%s, %s, %s, %s%s", bd_customer_get_name (self->customer),
                                person, details, policies, badges);
  /* The button opens the customer: by mouse, keyboard or the accessibility tree alike. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->button),
                                          g_variant_new_int64 (bd_customer_get_id (self->customer)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), "win.open-customer");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
bd_customer_row_dispose (GObject *object)
{
  BdCustomerRow *self = (BdCustomerRow *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BD_TYPE_CUSTOMER_ROW);
  /* A plain GtkWidget parent unparents its children itself, template or not. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->customer);

  G_OBJECT_CLASS (bd_customer_row_parent_class)->dispose (object);
}

static void
bd_customer_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BdCustomerRow *self = BD_CUSTOMER_ROW (object);

  switch (prop_id)
    {
    case PROP_CUSTOMER:
      g_value_set_object (value, self->customer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_customer_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BdCustomerRow *self = BD_CUSTOMER_ROW (object);

  switch (prop_id)
    {
    case PROP_CUSTOMER:
      bd_customer_row_set_customer (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_customer_row_class_init (BdCustomerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bd_customer_row_dispose;
  object_class->get_property = bd_customer_row_get_property;
  object_class->set_property = bd_customer_row_set_property;

  properties[PROP_CUSTOMER] =
    g_param_spec_object ("customer", NULL, NULL, BD_TYPE_CUSTOMER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/widgets/bd-customer-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BdCustomerRow, button);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerRow, person_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerRow, policies_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerRow, badge_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "customerrow");
}

static void
bd_customer_row_init (BdCustomerRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bd_customer_row_new (void)
{
  return g_object_new (BD_TYPE_CUSTOMER_ROW, NULL);
}

BdCustomer *
bd_customer_row_get_customer (BdCustomerRow *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER_ROW (self), NULL);
  return self->customer;
}

void
bd_customer_row_set_customer (BdCustomerRow *self,
                              BdCustomer    *customer)
{
  g_return_if_fail (BD_IS_CUSTOMER_ROW (self));
  g_return_if_fail (customer == NULL || BD_IS_CUSTOMER (customer));

  if (g_set_object (&self->customer, customer))
    {
      update_row (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER]);
    }
}
