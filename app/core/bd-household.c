/* bd-household.c — a household (家庭) and its members
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-household"

#include "config.h"

#include "bd-household.h"

#include "bd-enum-types.h"
#include "bd-model-private.h"

struct _BdHouseholdMember
{
  GObject     parent_instance;

  BdCustomer *customer;
  BdRelation  relation;
};

G_DEFINE_FINAL_TYPE (BdHouseholdMember, bd_household_member, G_TYPE_OBJECT)

enum {
  MEMBER_PROP_0,
  MEMBER_PROP_CUSTOMER,
  MEMBER_PROP_RELATION,
  N_MEMBER_PROPS
};

static GParamSpec *member_properties[N_MEMBER_PROPS];

static void
bd_household_member_dispose (GObject *object)
{
  BdHouseholdMember *self = (BdHouseholdMember *) object;

  g_clear_object (&self->customer);

  G_OBJECT_CLASS (bd_household_member_parent_class)->dispose (object);
}

static void
bd_household_member_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BdHouseholdMember *self = BD_HOUSEHOLD_MEMBER (object);

  switch (prop_id)
    {
    case MEMBER_PROP_CUSTOMER:
      g_value_set_object (value, self->customer);
      break;

    case MEMBER_PROP_RELATION:
      g_value_set_enum (value, self->relation);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_household_member_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BdHouseholdMember *self = BD_HOUSEHOLD_MEMBER (object);

  switch (prop_id)
    {
    case MEMBER_PROP_CUSTOMER:
      self->customer = g_value_dup_object (value);
      break;

    case MEMBER_PROP_RELATION:
      self->relation = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_household_member_class_init (BdHouseholdMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_household_member_dispose;
  object_class->get_property = bd_household_member_get_property;
  object_class->set_property = bd_household_member_set_property;

  member_properties[MEMBER_PROP_CUSTOMER] =
    g_param_spec_object ("customer", NULL, NULL,
                         BD_TYPE_CUSTOMER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  member_properties[MEMBER_PROP_RELATION] =
    g_param_spec_enum ("relation", NULL, NULL,
                       BD_TYPE_RELATION,
                       BD_RELATION_SELF,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_MEMBER_PROPS, member_properties);
}

static void
bd_household_member_init (BdHouseholdMember *self)
{
}

/**
 * bd_household_member_new:
 * @customer: the member; the member takes a reference
 * @relation: how @customer stands to the head of the household
 *
 * Returns: (transfer full): a new #BdHouseholdMember
 */
BdHouseholdMember *
bd_household_member_new (BdCustomer *customer,
                         BdRelation  relation)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (customer), NULL);

  return g_object_new (BD_TYPE_HOUSEHOLD_MEMBER,
                       "customer", customer,
                       "relation", relation,
                       NULL);
}

/**
 * bd_household_member_get_customer:
 * @self: a #BdHouseholdMember
 *
 * Returns: (transfer none): the customer
 */
BdCustomer *
bd_household_member_get_customer (BdHouseholdMember *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_MEMBER (self), NULL);

  return self->customer;
}

BdRelation
bd_household_member_get_relation (BdHouseholdMember *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_MEMBER (self), BD_RELATION_SELF);

  return self->relation;
}

struct _BdHousehold
{
  GObject     parent_instance;

  gint64      id;
  char       *name;
  gint64      servicing_staff_id;
  GListStore *members;
};

G_DEFINE_FINAL_TYPE (BdHousehold, bd_household, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SERVICING_STAFF_ID,
  PROP_MEMBERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bd_household_dispose (GObject *object)
{
  BdHousehold *self = (BdHousehold *) object;

  g_clear_object (&self->members);

  G_OBJECT_CLASS (bd_household_parent_class)->dispose (object);
}

static void
bd_household_finalize (GObject *object)
{
  BdHousehold *self = (BdHousehold *) object;

  g_free (self->name);

  G_OBJECT_CLASS (bd_household_parent_class)->finalize (object);
}

static void
bd_household_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BdHousehold *self = BD_HOUSEHOLD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SERVICING_STAFF_ID:
      g_value_set_int64 (value, self->servicing_staff_id);
      break;

    case PROP_MEMBERS:
      g_value_set_object (value, self->members);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_household_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BdHousehold *self = BD_HOUSEHOLD (object);

  switch (prop_id)
    {
    case PROP_ID:
      bd_household_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      bd_household_set_name (self, g_value_get_string (value));
      break;

    case PROP_SERVICING_STAFF_ID:
      bd_household_set_servicing_staff_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_household_class_init (BdHouseholdClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_household_dispose;
  object_class->finalize = bd_household_finalize;
  object_class->get_property = bd_household_get_property;
  object_class->set_property = bd_household_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_SERVICING_STAFF_ID] =
    g_param_spec_int64 ("servicing-staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_MEMBERS] =
    g_param_spec_object ("members", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bd_household_init (BdHousehold *self)
{
  self->members = g_list_store_new (BD_TYPE_HOUSEHOLD_MEMBER);
}

/**
 * bd_household_new:
 *
 * Returns: (transfer full): a new, empty household
 */
BdHousehold *
bd_household_new (void)
{
  return g_object_new (BD_TYPE_HOUSEHOLD, NULL);
}

gint64
bd_household_get_id (BdHousehold *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD (self), 0);

  return self->id;
}

void
bd_household_set_id (BdHousehold *self,
                     gint64       id)
{
  g_return_if_fail (BD_IS_HOUSEHOLD (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
bd_household_get_name (BdHousehold *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD (self), NULL);

  return self->name;
}

void
bd_household_set_name (BdHousehold *self,
                       const char  *name)
{
  g_return_if_fail (BD_IS_HOUSEHOLD (self));

  if (bd_model_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

gint64
bd_household_get_servicing_staff_id (BdHousehold *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD (self), 0);

  return self->servicing_staff_id;
}

void
bd_household_set_servicing_staff_id (BdHousehold *self,
                                     gint64       staff_id)
{
  g_return_if_fail (BD_IS_HOUSEHOLD (self));

  if (self->servicing_staff_id != staff_id)
    {
      self->servicing_staff_id = staff_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICING_STAFF_ID]);
    }
}

/**
 * bd_household_get_members:
 * @self: a #BdHousehold
 *
 * Returns: (transfer none): a #GListModel of #BdHouseholdMember, head first
 */
GListModel *
bd_household_get_members (BdHousehold *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD (self), NULL);

  return G_LIST_MODEL (self->members);
}

/**
 * bd_household_add_member:
 * @self: a #BdHousehold
 * @member: a #BdHouseholdMember; the household takes a reference
 *
 * Appends @member; the head of the household is added first.
 */
void
bd_household_add_member (BdHousehold       *self,
                         BdHouseholdMember *member)
{
  g_return_if_fail (BD_IS_HOUSEHOLD (self));
  g_return_if_fail (BD_IS_HOUSEHOLD_MEMBER (member));

  g_list_store_append (self->members, member);
}

/**
 * bd_household_find_member:
 * @self: a #BdHousehold
 * @customer_id: the id of a saved customer
 *
 * Returns: (transfer none) (nullable): the member who is the customer @customer_id, or
 *   %NULL when there is none
 */
BdHouseholdMember *
bd_household_find_member (BdHousehold *self,
                          gint64       customer_id)
{
  GListModel *members;
  guint n_items;
  guint i;

  g_return_val_if_fail (BD_IS_HOUSEHOLD (self), NULL);

  /* Every unsaved customer has id 0: that is nobody in particular. */
  if (customer_id == 0)
    return NULL;

  members = G_LIST_MODEL (self->members);
  n_items = g_list_model_get_n_items (members);

  for (i = 0; i < n_items; i++)
    {
      g_autoptr(BdHouseholdMember) member = g_list_model_get_item (members, i);

      /* Returned borrowed: the store keeps its own reference. */
      if (member->customer != NULL && bd_customer_get_id (member->customer) == customer_id)
        return member;
    }

  return NULL;
}
