/* bd-household.c — a household (家庭) and its members
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-household"

#include "config.h"

#include "bd-household.h"
#include "bd-limits.h"

#include <glib/gi18n-lib.h>

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

static const BdModelProperty member_model[] = {
  [MEMBER_PROP_CUSTOMER - 1] = { "customer", BD_MODEL_OBJECT,
                                 G_STRUCT_OFFSET (BdHouseholdMember, customer), NULL,
                                 bd_customer_get_type, 0, 0 },
  [MEMBER_PROP_RELATION - 1] = { "relation", BD_MODEL_ENUM,
                                 G_STRUCT_OFFSET (BdHouseholdMember, relation), NULL,
                                 bd_relation_get_type, 0, BD_RELATION_SELF },
};

static void
bd_household_member_class_init (BdHouseholdMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  bd_model_class_install (object_class, member_model, N_MEMBER_PROPS - 1, member_properties);

  object_class->dispose = bd_household_member_dispose;
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

static const BdModelProperty household_properties[] = {
  [PROP_ID - 1] = { "id", BD_MODEL_INT64,
                    G_STRUCT_OFFSET (BdHousehold, id), G_CALLBACK (bd_household_set_id),
                    NULL, 0, 0 },
  [PROP_NAME - 1] = { "name", BD_MODEL_STRING,
                      G_STRUCT_OFFSET (BdHousehold, name), G_CALLBACK (bd_household_set_name),
                      NULL, 0, 0 },
  [PROP_SERVICING_STAFF_ID - 1] = { "servicing-staff-id", BD_MODEL_INT64,
                                    G_STRUCT_OFFSET (BdHousehold, servicing_staff_id), G_CALLBACK (bd_household_set_servicing_staff_id),
                                    NULL, 0, 0 },
  [PROP_MEMBERS - 1] = { "members", BD_MODEL_LIST,
                         G_STRUCT_OFFSET (BdHousehold, members), NULL,
                         NULL, 0, 0 },
};

static void
bd_household_class_init (BdHouseholdClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  bd_model_class_install (object_class, household_properties, N_PROPS - 1, properties);

  object_class->dispose = bd_household_dispose;
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

  bd_model_change_int64 (self, &self->id, id, properties[PROP_ID]);
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

  bd_model_change_string (self, &self->name, name, properties[PROP_NAME]);
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

  bd_model_change_int64 (self, &self->servicing_staff_id, staff_id,
                         properties[PROP_SERVICING_STAFF_ID]);
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

/* ── who can stand to whom ─────────────────────────────────────────────────────── */

/* A parent is at least this many years older than their child, a grandparent twice as
 * many: younger parents are not plausible at a counter, and a record that says so was
 * entered the wrong way round (see domain.md, legal marriage age and relationships). */
#define GENERATION_YEARS 15

G_DEFINE_QUARK (bd-household-error-quark, bd_household_error)

static gboolean
impossible (GError     **error,
            const char  *format,
            ...) G_GNUC_PRINTF (2, 3);

static gboolean
impossible (GError     **error,
            const char  *format,
            ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (BD_HOUSEHOLD_ERROR, BD_HOUSEHOLD_ERROR_IMPOSSIBLE_RELATION,
                                 format, args);
  va_end (args);
  return FALSE;
}

static const char *
name_of (BdCustomer *customer)
{
  const char *name = bd_customer_get_name (customer);

  return name != NULL && name[0] != '\0' ? name : "—";
}

static gboolean
check_marriage_age (BdCustomer   *person,
                    const GDate  *today,
                    GError      **error)
{
  int age = bd_customer_get_age_on (person, today);
  /* The legal marriage age (bd-limits.c); a person of unknown sex is held to the lower
   * one: the check refuses only what is certain. */
  int minimum = bd_customer_get_sex (person) == BD_SEX_MALE ? bd_marriage_age (BD_SEX_MALE)
                                                            : bd_marriage_age (BD_SEX_FEMALE);

  if (age < 0 || age >= minimum)
    return TRUE;
  if (bd_customer_get_sex (person) == BD_SEX_MALE)
    /* Translators: %s is a name, %d an age; 1047 is the article of the Civil Code */
    return impossible (error, _("%s is %d: a husband must be at least 22 (Civil Code art. 1047)"),
                       name_of (person), age);
  /* Translators: %s is a name, %d an age; 1047 is the article of the Civil Code */
  return impossible (error, _("%s is %d: a wife must be at least 20 (Civil Code art. 1047)"),
                     name_of (person), age);
}

/* Whether @younger was born at least @years after @older; TRUE when either date is unknown. */
static gboolean
born_years_after (BdCustomer *older,
                  BdCustomer *younger,
                  guint       years)
{
  GDate older_birth, younger_birth;

  g_date_clear (&older_birth, 1);
  g_date_clear (&younger_birth, 1);
  if (!bd_date_parse_iso (bd_customer_get_birth_date (older), &older_birth) ||
      !bd_date_parse_iso (bd_customer_get_birth_date (younger), &younger_birth))
    return TRUE;
  g_date_add_years (&older_birth, years);
  return g_date_compare (&younger_birth, &older_birth) >= 0;
}

/**
 * bd_relation_check_ages:
 * @head: the head of the household
 * @member: the customer said to be @relation to @head
 * @relation: how @member stands to @head
 * @today: the day of the check
 * @error: where to say why not
 *
 * Returns: %TRUE when the ages allow @relation
 */
gboolean
bd_relation_check_ages (BdCustomer   *head,
                        BdCustomer   *member,
                        BdRelation    relation,
                        const GDate  *today,
                        GError      **error)
{
  int head_age, member_age;

  g_return_val_if_fail (BD_IS_CUSTOMER (head), FALSE);
  g_return_val_if_fail (BD_IS_CUSTOMER (member), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  head_age = bd_customer_get_age_on (head, today);
  member_age = bd_customer_get_age_on (member, today);

  switch (relation)
    {
    case BD_RELATION_SPOUSE:
      return check_marriage_age (member, today, error) && check_marriage_age (head, today, error);
    case BD_RELATION_CHILD:
      if (born_years_after (head, member, GENERATION_YEARS))
        return TRUE;
      /* Translators: names and ages: "陈小明 (40) cannot be a child of 陈大文 (45): …" */
      return impossible (error, _("%s (%d) cannot be a child of %s (%d): a parent is at least 15 years older than their child"),
                         name_of (member), member_age, name_of (head), head_age);
    case BD_RELATION_PARENT:
      if (born_years_after (member, head, GENERATION_YEARS))
        return TRUE;
      /* Translators: names and ages: "吴老 (50) cannot be a parent of 陈大文 (45): …" */
      return impossible (error, _("%s (%d) cannot be a parent of %s (%d): a parent is at least 15 years older than their child"),
                         name_of (member), member_age, name_of (head), head_age);
    case BD_RELATION_GRANDCHILD:
      if (born_years_after (head, member, 2 * GENERATION_YEARS))
        return TRUE;
      /* Translators: names and ages: "吴老 (67) cannot be a grandchild of 陈大文 (41): …" */
      return impossible (error, _("%s (%d) cannot be a grandchild of %s (%d): a grandparent is at least 30 years older than their grandchild"),
                         name_of (member), member_age, name_of (head), head_age);
    case BD_RELATION_GRANDPARENT:
      if (born_years_after (member, head, 2 * GENERATION_YEARS))
        return TRUE;
      /* Translators: names and ages */
      return impossible (error, _("%s (%d) cannot be a grandparent of %s (%d): a grandparent is at least 30 years older than their grandchild"),
                         name_of (member), member_age, name_of (head), head_age);
    case BD_RELATION_SELF:
    case BD_RELATION_SIBLING:
    case BD_RELATION_CHILD_IN_LAW:
    case BD_RELATION_PARENT_IN_LAW:
    case BD_RELATION_OTHER:
    default:
      /* In-laws are of any age: a spouse's parent may be younger than the head. */
      return TRUE;
    }
}

/**
 * bd_household_get_head:
 * @self: a #BdHousehold
 *
 * Returns: (transfer none) (nullable): the member who is the head
 */
BdHouseholdMember *
bd_household_get_head (BdHousehold *self)
{
  GListModel *members;

  g_return_val_if_fail (BD_IS_HOUSEHOLD (self), NULL);

  members = G_LIST_MODEL (self->members);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(BdHouseholdMember) member = g_list_model_get_item (members, i);

      if (member->relation == BD_RELATION_SELF)
        return member;
    }
  return NULL;
}

/**
 * bd_household_check_relation:
 * @self: a #BdHousehold with its members
 * @customer: the customer to be @relation of the head, a member already or not
 * @relation: how @customer is to stand to the head
 * @today: the day of the check
 * @error: where to say why not
 *
 * Returns: %TRUE when @customer can be @relation of the head
 */
gboolean
bd_household_check_relation (BdHousehold  *self,
                             BdCustomer   *customer,
                             BdRelation    relation,
                             const GDate  *today,
                             GError      **error)
{
  BdHouseholdMember *head;
  GListModel *members;
  gint64 customer_id;

  g_return_val_if_fail (BD_IS_HOUSEHOLD (self), FALSE);
  g_return_val_if_fail (BD_IS_CUSTOMER (customer), FALSE);

  head = bd_household_get_head (self);
  customer_id = bd_customer_get_id (customer);
  if (head == NULL || bd_customer_get_id (head->customer) == customer_id)
    return TRUE;

  /* One marriage at a time (Civil Code art. 1042 forbids bigamy). */
  members = G_LIST_MODEL (self->members);
  for (guint i = 0; relation == BD_RELATION_SPOUSE && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(BdHouseholdMember) member = g_list_model_get_item (members, i);

      if (member->relation == BD_RELATION_SPOUSE &&
          bd_customer_get_id (member->customer) != customer_id)
        /* Translators: %s is the name of the spouse already in the household */
        return impossible (error, _("The household already has a spouse: %s"),
                           name_of (member->customer));
    }

  return bd_relation_check_ages (head->customer, customer, relation, today, error);
}

/* How a member stands to the viewer, from how each stands to the head: rows are the
 * viewer's relation, columns the member's. -1 is "cannot tell". A child of the head is
 * taken to be the spouse's child too, and the head's two parents each other's spouses. */
static const int seen_from[BD_RELATION_OTHER + 1][BD_RELATION_OTHER + 1] = {
#define U -1
#define R(x) BD_RELATION_##x
  /*                  SELF               SPOUSE             CHILD           PARENT               GRANDPARENT     GRANDCHILD      SIBLING         CHILD_IN_LAW       PARENT_IN_LAW      OTHER */
  [R (SELF)]          = { R (SELF),          R (SPOUSE),        R (CHILD),      R (PARENT),          R (GRANDPARENT), R (GRANDCHILD), R (SIBLING),  R (CHILD_IN_LAW),  R (PARENT_IN_LAW), R (OTHER) },
  [R (SPOUSE)]        = { R (SPOUSE),        U,                 R (CHILD),      R (PARENT_IN_LAW),   U,               R (GRANDCHILD), U,            R (CHILD_IN_LAW),  R (PARENT),        U },
  [R (CHILD)]         = { R (PARENT),        R (PARENT),        R (SIBLING),    R (GRANDPARENT),     U,               U,              U,            U,                 R (GRANDPARENT),   U },
  [R (PARENT)]        = { R (CHILD),         R (CHILD_IN_LAW),  R (GRANDCHILD), R (SPOUSE),          U,               U,              R (CHILD),    U,                 U,                 U },
  [R (GRANDPARENT)]   = { R (GRANDCHILD),    U,                 U,              U,                   R (SPOUSE),      U,              R (GRANDCHILD), U,               U,                 U },
  [R (GRANDCHILD)]    = { R (GRANDPARENT),   R (GRANDPARENT),   U,              U,                   U,               U,              U,            U,                 U,                 U },
  [R (SIBLING)]       = { R (SIBLING),       U,                 U,              R (PARENT),          R (GRANDPARENT), U,              U,            U,                 U,                 U },
  [R (CHILD_IN_LAW)]  = { R (PARENT_IN_LAW), R (PARENT_IN_LAW), U,              U,                   U,               U,              U,            U,                 U,                 U },
  [R (PARENT_IN_LAW)] = { R (CHILD_IN_LAW),  R (CHILD),         R (GRANDCHILD), U,                   U,               U,              U,            U,                 R (SPOUSE),        U },
  [R (OTHER)]         = { U,                 U,                 U,              U,                   U,               U,              U,            U,                 U,                 U },
#undef R
#undef U
};

/**
 * bd_relation_seen_from:
 * @viewer: how the viewer stands to the head
 * @member: how the member stands to the head
 * @relation: (out): how the member stands to the viewer
 *
 * The viewer and the member are two different people; the head sees everyone as the
 * household records them.
 *
 * Returns: %TRUE when the two relations tell
 */
gboolean
bd_relation_seen_from (BdRelation  viewer,
                       BdRelation  member,
                       BdRelation *relation)
{
  int seen;

  g_return_val_if_fail ((guint) viewer <= BD_RELATION_OTHER, FALSE);
  g_return_val_if_fail ((guint) member <= BD_RELATION_OTHER, FALSE);
  g_return_val_if_fail (relation != NULL, FALSE);

  seen = seen_from[viewer][member];
  if (seen < 0)
    return FALSE;
  *relation = (BdRelation) seen;
  return TRUE;
}
