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

static const BdModelProperty customer_properties[] = {
  [PROP_ID - 1] = { "id", BD_MODEL_INT64,
                    G_STRUCT_OFFSET (BdCustomer, id), G_CALLBACK (bd_customer_set_id),
                    NULL, 0, 0 },
  [PROP_NAME - 1] = { "name", BD_MODEL_STRING,
                      G_STRUCT_OFFSET (BdCustomer, name), G_CALLBACK (bd_customer_set_name),
                      NULL, 0, 0 },
  [PROP_SEX - 1] = { "sex", BD_MODEL_ENUM,
                     G_STRUCT_OFFSET (BdCustomer, sex), G_CALLBACK (bd_customer_set_sex),
                     bd_sex_get_type, 0, BD_SEX_UNKNOWN },
  [PROP_BIRTH_DATE - 1] = { "birth-date", BD_MODEL_STRING,
                            G_STRUCT_OFFSET (BdCustomer, birth_date), G_CALLBACK (bd_customer_set_birth_date),
                            NULL, 0, 0 },
  [PROP_IS_ORGANISATION - 1] = { "is-organisation", BD_MODEL_BOOLEAN,
                                 G_STRUCT_OFFSET (BdCustomer, is_organisation), G_CALLBACK (bd_customer_set_is_organisation),
                                 NULL, 0, 0 },
  [PROP_ID_TYPE - 1] = { "id-type", BD_MODEL_ENUM,
                         G_STRUCT_OFFSET (BdCustomer, id_type), G_CALLBACK (bd_customer_set_id_type),
                         bd_document_type_get_type, 0, BD_DOCUMENT_RESIDENT_ID },
  [PROP_ID_NUMBER - 1] = { "id-number", BD_MODEL_STRING,
                           G_STRUCT_OFFSET (BdCustomer, id_number), G_CALLBACK (bd_customer_set_id_number),
                           NULL, 0, 0 },
  [PROP_ID_VALID_UNTIL - 1] = { "id-valid-until", BD_MODEL_STRING,
                                G_STRUCT_OFFSET (BdCustomer, id_valid_until), G_CALLBACK (bd_customer_set_id_valid_until),
                                NULL, 0, 0 },
  [PROP_MOBILE - 1] = { "mobile", BD_MODEL_STRING,
                        G_STRUCT_OFFSET (BdCustomer, mobile), G_CALLBACK (bd_customer_set_mobile),
                        NULL, 0, 0 },
  [PROP_LANDLINE - 1] = { "landline", BD_MODEL_STRING,
                          G_STRUCT_OFFSET (BdCustomer, landline), G_CALLBACK (bd_customer_set_landline),
                          NULL, 0, 0 },
  [PROP_ADDRESS - 1] = { "address", BD_MODEL_STRING,
                         G_STRUCT_OFFSET (BdCustomer, address), G_CALLBACK (bd_customer_set_address),
                         NULL, 0, 0 },
  [PROP_POSTCODE - 1] = { "postcode", BD_MODEL_STRING,
                          G_STRUCT_OFFSET (BdCustomer, postcode), G_CALLBACK (bd_customer_set_postcode),
                          NULL, 0, 0 },
  [PROP_OCCUPATION - 1] = { "occupation", BD_MODEL_STRING,
                            G_STRUCT_OFFSET (BdCustomer, occupation), G_CALLBACK (bd_customer_set_occupation),
                            NULL, 0, 0 },
  [PROP_EMPLOYER - 1] = { "employer", BD_MODEL_STRING,
                          G_STRUCT_OFFSET (BdCustomer, employer), G_CALLBACK (bd_customer_set_employer),
                          NULL, 0, 0 },
  [PROP_GUARDIAN_ID - 1] = { "guardian-id", BD_MODEL_INT64,
                             G_STRUCT_OFFSET (BdCustomer, guardian_id), G_CALLBACK (bd_customer_set_guardian_id),
                             NULL, 0, 0 },
  [PROP_VIP - 1] = { "vip", BD_MODEL_BOOLEAN,
                     G_STRUCT_OFFSET (BdCustomer, vip), G_CALLBACK (bd_customer_set_vip),
                     NULL, 0, 0 },
  [PROP_NOTES - 1] = { "notes", BD_MODEL_STRING,
                       G_STRUCT_OFFSET (BdCustomer, notes), G_CALLBACK (bd_customer_set_notes),
                       NULL, 0, 0 },
  [PROP_POLICY_COUNT - 1] = { "policy-count", BD_MODEL_UINT,
                              G_STRUCT_OFFSET (BdCustomer, policy_count), G_CALLBACK (bd_customer_set_policy_count),
                              NULL, 0, 0 },
  [PROP_BADGES - 1] = { "badges", BD_MODEL_UINT,
                        G_STRUCT_OFFSET (BdCustomer, badges), G_CALLBACK (bd_customer_set_badges),
                        NULL, 0, 0 },
};

static void
bd_customer_class_init (BdCustomerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  bd_model_class_install (object_class, customer_properties, N_PROPS - 1, properties);
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

  bd_model_change_int64 (self, &self->id, id, properties[PROP_ID]);
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

  bd_model_change_string (self, &self->name, name, properties[PROP_NAME]);
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

  bd_model_change_enum (self, &self->sex, sex, properties[PROP_SEX]);
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

  bd_model_change_string (self, &self->birth_date, birth_date, properties[PROP_BIRTH_DATE]);
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

  bd_model_change_boolean (self, &self->is_organisation, is_organisation,
                           properties[PROP_IS_ORGANISATION]);
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

  bd_model_change_enum (self, &self->id_type, id_type, properties[PROP_ID_TYPE]);
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

  bd_model_change_string (self, &self->id_number, id_number, properties[PROP_ID_NUMBER]);
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

  bd_model_change_string (self, &self->id_valid_until, id_valid_until,
                          properties[PROP_ID_VALID_UNTIL]);
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

  bd_model_change_string (self, &self->mobile, mobile, properties[PROP_MOBILE]);
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

  bd_model_change_string (self, &self->landline, landline, properties[PROP_LANDLINE]);
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

  bd_model_change_string (self, &self->address, address, properties[PROP_ADDRESS]);
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

  bd_model_change_string (self, &self->postcode, postcode, properties[PROP_POSTCODE]);
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

  bd_model_change_string (self, &self->occupation, occupation, properties[PROP_OCCUPATION]);
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

  bd_model_change_string (self, &self->employer, employer, properties[PROP_EMPLOYER]);
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

  bd_model_change_int64 (self, &self->guardian_id, guardian_id, properties[PROP_GUARDIAN_ID]);
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

  bd_model_change_boolean (self, &self->vip, vip, properties[PROP_VIP]);
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

  bd_model_change_string (self, &self->notes, notes, properties[PROP_NOTES]);
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

  bd_model_change_uint (self, &self->policy_count, policy_count, properties[PROP_POLICY_COUNT]);
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

  bd_model_change_uint (self, &self->badges, badges, properties[PROP_BADGES]);
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
