/* bd-customer.c — a customer of the branch (a person, rarely an organisation)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-customer"

#include "config.h"

#include "bd-customer.h"

#include "bd-enum-types.h"
#include "bd-limits.h"
#include "bd-model-private.h"

struct _BdCustomer
{
  GObject         parent_instance;

  gint64          id;
  char           *name;
  BdSex           sex;
  char           *birth_date;
  gboolean        is_organisation;
  BdDocumentType  id_type;
  char           *id_number;
  char           *id_valid_until;
  char           *mobile;
  char           *landline;
  char           *address;
  char           *postcode;
  char           *occupation;
  char           *employer;
  gint64          guardian_id;
  gboolean        vip;
  char           *notes;
  guint           policy_count;
  guint           badges;
};

G_DEFINE_FINAL_TYPE (BdCustomer, bd_customer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SEX,
  PROP_BIRTH_DATE,
  PROP_IS_ORGANISATION,
  PROP_ID_TYPE,
  PROP_ID_NUMBER,
  PROP_ID_VALID_UNTIL,
  PROP_MOBILE,
  PROP_LANDLINE,
  PROP_ADDRESS,
  PROP_POSTCODE,
  PROP_OCCUPATION,
  PROP_EMPLOYER,
  PROP_GUARDIAN_ID,
  PROP_VIP,
  PROP_NOTES,
  PROP_POLICY_COUNT,
  PROP_BADGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bd_customer_finalize (GObject *object)
{
  BdCustomer *self = (BdCustomer *) object;

  g_free (self->name);
  g_free (self->birth_date);
  g_free (self->id_number);
  g_free (self->id_valid_until);
  g_free (self->mobile);
  g_free (self->landline);
  g_free (self->address);
  g_free (self->postcode);
  g_free (self->occupation);
  g_free (self->employer);
  g_free (self->notes);

  G_OBJECT_CLASS (bd_customer_parent_class)->finalize (object);
}

static void
bd_customer_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BdCustomer *self = BD_CUSTOMER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SEX:
      g_value_set_enum (value, self->sex);
      break;

    case PROP_BIRTH_DATE:
      g_value_set_string (value, self->birth_date);
      break;

    case PROP_IS_ORGANISATION:
      g_value_set_boolean (value, self->is_organisation);
      break;

    case PROP_ID_TYPE:
      g_value_set_enum (value, self->id_type);
      break;

    case PROP_ID_NUMBER:
      g_value_set_string (value, self->id_number);
      break;

    case PROP_ID_VALID_UNTIL:
      g_value_set_string (value, self->id_valid_until);
      break;

    case PROP_MOBILE:
      g_value_set_string (value, self->mobile);
      break;

    case PROP_LANDLINE:
      g_value_set_string (value, self->landline);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_POSTCODE:
      g_value_set_string (value, self->postcode);
      break;

    case PROP_OCCUPATION:
      g_value_set_string (value, self->occupation);
      break;

    case PROP_EMPLOYER:
      g_value_set_string (value, self->employer);
      break;

    case PROP_GUARDIAN_ID:
      g_value_set_int64 (value, self->guardian_id);
      break;

    case PROP_VIP:
      g_value_set_boolean (value, self->vip);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_POLICY_COUNT:
      g_value_set_uint (value, self->policy_count);
      break;
    case PROP_BADGES:
      g_value_set_uint (value, self->badges);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_customer_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BdCustomer *self = BD_CUSTOMER (object);

  switch (prop_id)
    {
    case PROP_ID:
      bd_customer_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      bd_customer_set_name (self, g_value_get_string (value));
      break;

    case PROP_SEX:
      bd_customer_set_sex (self, g_value_get_enum (value));
      break;

    case PROP_BIRTH_DATE:
      bd_customer_set_birth_date (self, g_value_get_string (value));
      break;

    case PROP_IS_ORGANISATION:
      bd_customer_set_is_organisation (self, g_value_get_boolean (value));
      break;

    case PROP_ID_TYPE:
      bd_customer_set_id_type (self, g_value_get_enum (value));
      break;

    case PROP_ID_NUMBER:
      bd_customer_set_id_number (self, g_value_get_string (value));
      break;

    case PROP_ID_VALID_UNTIL:
      bd_customer_set_id_valid_until (self, g_value_get_string (value));
      break;

    case PROP_MOBILE:
      bd_customer_set_mobile (self, g_value_get_string (value));
      break;

    case PROP_LANDLINE:
      bd_customer_set_landline (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      bd_customer_set_address (self, g_value_get_string (value));
      break;

    case PROP_POSTCODE:
      bd_customer_set_postcode (self, g_value_get_string (value));
      break;

    case PROP_OCCUPATION:
      bd_customer_set_occupation (self, g_value_get_string (value));
      break;

    case PROP_EMPLOYER:
      bd_customer_set_employer (self, g_value_get_string (value));
      break;

    case PROP_GUARDIAN_ID:
      bd_customer_set_guardian_id (self, g_value_get_int64 (value));
      break;

    case PROP_VIP:
      bd_customer_set_vip (self, g_value_get_boolean (value));
      break;

    case PROP_NOTES:
      bd_customer_set_notes (self, g_value_get_string (value));
      break;

    case PROP_POLICY_COUNT:
      bd_customer_set_policy_count (self, g_value_get_uint (value));
      break;
    case PROP_BADGES:
      bd_customer_set_badges (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_customer_class_init (BdCustomerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bd_customer_finalize;
  object_class->get_property = bd_customer_get_property;
  object_class->set_property = bd_customer_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_SEX] =
    g_param_spec_enum ("sex", NULL, NULL,
                       BD_TYPE_SEX,
                       BD_SEX_UNKNOWN,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_BIRTH_DATE] =
    g_param_spec_string ("birth-date", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_IS_ORGANISATION] =
    g_param_spec_boolean ("is-organisation", NULL, NULL,
                          FALSE,
                          BD_MODEL_PARAM_FLAGS);

  properties[PROP_ID_TYPE] =
    g_param_spec_enum ("id-type", NULL, NULL,
                       BD_TYPE_DOCUMENT_TYPE,
                       BD_DOCUMENT_RESIDENT_ID,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_ID_NUMBER] =
    g_param_spec_string ("id-number", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_ID_VALID_UNTIL] =
    g_param_spec_string ("id-valid-until", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_MOBILE] =
    g_param_spec_string ("mobile", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_LANDLINE] =
    g_param_spec_string ("landline", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_POSTCODE] =
    g_param_spec_string ("postcode", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_OCCUPATION] =
    g_param_spec_string ("occupation", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_EMPLOYER] =
    g_param_spec_string ("employer", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_GUARDIAN_ID] =
    g_param_spec_int64 ("guardian-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_VIP] =
    g_param_spec_boolean ("vip", NULL, NULL,
                          FALSE,
                          BD_MODEL_PARAM_FLAGS);

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_POLICY_COUNT] =
    g_param_spec_uint ("policy-count", NULL, NULL,
                       0, G_MAXUINT, 0,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_BADGES] =
    g_param_spec_uint ("badges", NULL, NULL, 0, G_MAXUINT, 0, BD_MODEL_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bd_customer_init (BdCustomer *self)
{
}

/**
 * bd_customer_new:
 *
 * Returns: (transfer full): a new, empty customer
 */
BdCustomer *
bd_customer_new (void)
{
  return g_object_new (BD_TYPE_CUSTOMER, NULL);
}

gint64
bd_customer_get_id (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), 0);

  return self->id;
}

void
bd_customer_set_id (BdCustomer *self,
                    gint64      id)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
bd_customer_get_name (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), NULL);

  return self->name;
}

void
bd_customer_set_name (BdCustomer *self,
                      const char *name)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (bd_model_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

BdSex
bd_customer_get_sex (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), BD_SEX_UNKNOWN);

  return self->sex;
}

void
bd_customer_set_sex (BdCustomer *self,
                     BdSex       sex)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (self->sex != sex)
    {
      self->sex = sex;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEX]);
    }
}

const char *
bd_customer_get_birth_date (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), NULL);

  return self->birth_date;
}

void
bd_customer_set_birth_date (BdCustomer *self,
                            const char *birth_date)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (bd_model_set_string (&self->birth_date, birth_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIRTH_DATE]);
}

gboolean
bd_customer_get_is_organisation (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), FALSE);

  return self->is_organisation;
}

void
bd_customer_set_is_organisation (BdCustomer *self,
                                 gboolean    is_organisation)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  is_organisation = !!is_organisation;

  if (self->is_organisation != is_organisation)
    {
      self->is_organisation = is_organisation;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_ORGANISATION]);
    }
}

BdDocumentType
bd_customer_get_id_type (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), BD_DOCUMENT_RESIDENT_ID);

  return self->id_type;
}

void
bd_customer_set_id_type (BdCustomer     *self,
                         BdDocumentType  id_type)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (self->id_type != id_type)
    {
      self->id_type = id_type;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID_TYPE]);
    }
}

const char *
bd_customer_get_id_number (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), NULL);

  return self->id_number;
}

void
bd_customer_set_id_number (BdCustomer *self,
                           const char *id_number)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (bd_model_set_string (&self->id_number, id_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID_NUMBER]);
}

const char *
bd_customer_get_id_valid_until (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), NULL);

  return self->id_valid_until;
}

void
bd_customer_set_id_valid_until (BdCustomer *self,
                                const char *id_valid_until)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (bd_model_set_string (&self->id_valid_until, id_valid_until))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID_VALID_UNTIL]);
}

const char *
bd_customer_get_mobile (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), NULL);

  return self->mobile;
}

void
bd_customer_set_mobile (BdCustomer *self,
                        const char *mobile)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (bd_model_set_string (&self->mobile, mobile))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOBILE]);
}

const char *
bd_customer_get_landline (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), NULL);

  return self->landline;
}

void
bd_customer_set_landline (BdCustomer *self,
                          const char *landline)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (bd_model_set_string (&self->landline, landline))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANDLINE]);
}

const char *
bd_customer_get_address (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), NULL);

  return self->address;
}

void
bd_customer_set_address (BdCustomer *self,
                         const char *address)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (bd_model_set_string (&self->address, address))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
bd_customer_get_postcode (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), NULL);

  return self->postcode;
}

void
bd_customer_set_postcode (BdCustomer *self,
                          const char *postcode)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (bd_model_set_string (&self->postcode, postcode))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTCODE]);
}

const char *
bd_customer_get_occupation (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), NULL);

  return self->occupation;
}

void
bd_customer_set_occupation (BdCustomer *self,
                            const char *occupation)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (bd_model_set_string (&self->occupation, occupation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OCCUPATION]);
}

const char *
bd_customer_get_employer (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), NULL);

  return self->employer;
}

void
bd_customer_set_employer (BdCustomer *self,
                          const char *employer)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (bd_model_set_string (&self->employer, employer))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYER]);
}

gint64
bd_customer_get_guardian_id (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), 0);

  return self->guardian_id;
}

void
bd_customer_set_guardian_id (BdCustomer *self,
                             gint64      guardian_id)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (self->guardian_id != guardian_id)
    {
      self->guardian_id = guardian_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GUARDIAN_ID]);
    }
}

gboolean
bd_customer_get_vip (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), FALSE);

  return self->vip;
}

void
bd_customer_set_vip (BdCustomer *self,
                     gboolean    vip)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  vip = !!vip;

  if (self->vip != vip)
    {
      self->vip = vip;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIP]);
    }
}

const char *
bd_customer_get_notes (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), NULL);

  return self->notes;
}

void
bd_customer_set_notes (BdCustomer *self,
                       const char *notes)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (bd_model_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

guint
bd_customer_get_policy_count (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), 0);

  return self->policy_count;
}

void
bd_customer_set_policy_count (BdCustomer *self,
                              guint       policy_count)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (self->policy_count != policy_count)
    {
      self->policy_count = policy_count;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POLICY_COUNT]);
    }
}

/**
 * bd_customer_get_age_on:
 * @self: a #BdCustomer
 * @today: the day to measure the age on
 *
 * Returns: the completed years of age on @today, or -1 when the birth date is unknown,
 *   not a valid "YYYY-MM-DD" date, or after @today
 */
int
bd_customer_get_age_on (BdCustomer  *self,
                        const GDate *today)
{
  GDate birth;

  g_return_val_if_fail (BD_IS_CUSTOMER (self), -1);
  g_return_val_if_fail (today != NULL && g_date_valid (today), -1);

  g_date_clear (&birth, 1);

  /* A birth date after @today is a typing error, not an unborn customer. */
  if (!bd_date_parse_iso (self->birth_date, &birth) || g_date_compare (&birth, today) > 0)
    return -1;

  return bd_age_on (&birth, today);
}

guint
bd_customer_get_badges (BdCustomer *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER (self), 0);

  return self->badges;
}

void
bd_customer_set_badges (BdCustomer *self,
                        guint       badges)
{
  g_return_if_fail (BD_IS_CUSTOMER (self));

  if (self->badges != badges)
    {
      self->badges = badges;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGES]);
    }
}

guint
bd_customer_get_badges_on (BdCustomer  *self,
                           const GDate *today)
{
  int age;

  g_return_val_if_fail (BD_IS_CUSTOMER (self), 0);

  age = bd_customer_get_age_on (self, today);
  return self->badges | (self->vip ? BD_BADGE_VIP : 0) |
         (bd_is_minor (age) ? BD_BADGE_MINOR : 0);
}
