/* bd-contact.c — a contact with a customer: a call, a letter, a visit, a contact slip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recorded on the customer's service card and in the staff work log (000).
 */
#define G_LOG_DOMAIN "bd-contact"

#include "config.h"

#include "bd-contact.h"
#include "bd-enum-types.h"
#include "bd-model-private.h"

struct _BdContact
{
  GObject parent_instance;

  gint64 id;
  gint64 customer_id;
  gint64 policy_id;
  BdContactKind kind;
  char *at;
  gint64 staff_id;
  char *staff_name;
  char *person_reached;
  gboolean reached;
  char *outcome;
  char *next_step;
  char *next_visit;
  BdServiceItem service_item;
  char *service_other;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_CUSTOMER_ID,
  PROP_POLICY_ID,
  PROP_KIND,
  PROP_AT,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_PERSON_REACHED,
  PROP_REACHED,
  PROP_OUTCOME,
  PROP_NEXT_STEP,
  PROP_NEXT_VISIT,
  PROP_SERVICE_ITEM,
  PROP_SERVICE_OTHER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BdContact, bd_contact, G_TYPE_OBJECT)

static void
bd_contact_finalize (GObject *object)
{
  BdContact *self = (BdContact *) object;

  g_free (self->at);
  g_free (self->staff_name);
  g_free (self->person_reached);
  g_free (self->outcome);
  g_free (self->next_step);
  g_free (self->next_visit);
  g_free (self->service_other);

  G_OBJECT_CLASS (bd_contact_parent_class)->finalize (object);
}

static void
bd_contact_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BdContact *self = BD_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CUSTOMER_ID:
      g_value_set_int64 (value, self->customer_id);
      break;
    case PROP_POLICY_ID:
      g_value_set_int64 (value, self->policy_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_AT:
      g_value_set_string (value, self->at);
      break;
    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;
    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
      break;
    case PROP_PERSON_REACHED:
      g_value_set_string (value, self->person_reached);
      break;
    case PROP_REACHED:
      g_value_set_boolean (value, self->reached);
      break;
    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;
    case PROP_NEXT_STEP:
      g_value_set_string (value, self->next_step);
      break;
    case PROP_NEXT_VISIT:
      g_value_set_string (value, self->next_visit);
      break;
    case PROP_SERVICE_ITEM:
      g_value_set_enum (value, self->service_item);
      break;
    case PROP_SERVICE_OTHER:
      g_value_set_string (value, self->service_other);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_contact_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  BdContact *self = BD_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      bd_contact_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_CUSTOMER_ID:
      bd_contact_set_customer_id (self, g_value_get_int64 (value));
      break;
    case PROP_POLICY_ID:
      bd_contact_set_policy_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      bd_contact_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_AT:
      bd_contact_set_at (self, g_value_get_string (value));
      break;
    case PROP_STAFF_ID:
      bd_contact_set_staff_id (self, g_value_get_int64 (value));
      break;
    case PROP_STAFF_NAME:
      bd_contact_set_staff_name (self, g_value_get_string (value));
      break;
    case PROP_PERSON_REACHED:
      bd_contact_set_person_reached (self, g_value_get_string (value));
      break;
    case PROP_REACHED:
      bd_contact_set_reached (self, g_value_get_boolean (value));
      break;
    case PROP_OUTCOME:
      bd_contact_set_outcome (self, g_value_get_string (value));
      break;
    case PROP_NEXT_STEP:
      bd_contact_set_next_step (self, g_value_get_string (value));
      break;
    case PROP_NEXT_VISIT:
      bd_contact_set_next_visit (self, g_value_get_string (value));
      break;
    case PROP_SERVICE_ITEM:
      bd_contact_set_service_item (self, g_value_get_enum (value));
      break;
    case PROP_SERVICE_OTHER:
      bd_contact_set_service_other (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_contact_class_init (BdContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bd_contact_finalize;
  object_class->get_property = bd_contact_get_property;
  object_class->set_property = bd_contact_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, BD_MODEL_PARAM_FLAGS);
  properties[PROP_CUSTOMER_ID] =
    g_param_spec_int64 ("customer-id", NULL, NULL, 0, G_MAXINT64, 0, BD_MODEL_PARAM_FLAGS);
  properties[PROP_POLICY_ID] =
    g_param_spec_int64 ("policy-id", NULL, NULL, 0, G_MAXINT64, 0, BD_MODEL_PARAM_FLAGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, BD_TYPE_CONTACT_KIND, BD_CONTACT_PHONE, BD_MODEL_PARAM_FLAGS);
  properties[PROP_AT] =
    g_param_spec_string ("at", NULL, NULL, NULL, BD_MODEL_PARAM_FLAGS);
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0, BD_MODEL_PARAM_FLAGS);
  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL, NULL, BD_MODEL_PARAM_FLAGS);
  properties[PROP_PERSON_REACHED] =
    g_param_spec_string ("person-reached", NULL, NULL, NULL, BD_MODEL_PARAM_FLAGS);
  properties[PROP_REACHED] =
    g_param_spec_boolean ("reached", NULL, NULL, FALSE, BD_MODEL_PARAM_FLAGS);
  properties[PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL, NULL, BD_MODEL_PARAM_FLAGS);
  properties[PROP_NEXT_STEP] =
    g_param_spec_string ("next-step", NULL, NULL, NULL, BD_MODEL_PARAM_FLAGS);
  properties[PROP_NEXT_VISIT] =
    g_param_spec_string ("next-visit", NULL, NULL, NULL, BD_MODEL_PARAM_FLAGS);
  properties[PROP_SERVICE_ITEM] =
    g_param_spec_enum ("service-item", NULL, NULL, BD_TYPE_SERVICE_ITEM, BD_SERVICE_ITEM_INVOICE, BD_MODEL_PARAM_FLAGS);
  properties[PROP_SERVICE_OTHER] =
    g_param_spec_string ("service-other", NULL, NULL, NULL, BD_MODEL_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bd_contact_init (BdContact *self)
{
}

BdContact *
bd_contact_new (void)
{
  return g_object_new (BD_TYPE_CONTACT, NULL);
}

gint64 
bd_contact_get_id (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->id;
}

void
bd_contact_set_id (BdContact *self,
                   gint64     id)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

gint64 
bd_contact_get_customer_id (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->customer_id;
}

void
bd_contact_set_customer_id (BdContact *self,
                            gint64     customer_id)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (self->customer_id != customer_id)
    {
      self->customer_id = customer_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_ID]);
    }
}

gint64 
bd_contact_get_policy_id (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->policy_id;
}

void
bd_contact_set_policy_id (BdContact *self,
                          gint64     policy_id)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (self->policy_id != policy_id)
    {
      self->policy_id = policy_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POLICY_ID]);
    }
}

BdContactKind 
bd_contact_get_kind (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->kind;
}

void
bd_contact_set_kind (BdContact     *self,
                     BdContactKind  kind)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

const char *
bd_contact_get_at (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->at;
}

void
bd_contact_set_at (BdContact  *self,
                   const char *at)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (bd_model_set_string (&self->at, at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT]);
}

gint64 
bd_contact_get_staff_id (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->staff_id;
}

void
bd_contact_set_staff_id (BdContact *self,
                         gint64     staff_id)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (self->staff_id != staff_id)
    {
      self->staff_id = staff_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
    }
}

const char *
bd_contact_get_staff_name (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->staff_name;
}

void
bd_contact_set_staff_name (BdContact  *self,
                           const char *staff_name)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (bd_model_set_string (&self->staff_name, staff_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
}

const char *
bd_contact_get_person_reached (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->person_reached;
}

void
bd_contact_set_person_reached (BdContact  *self,
                               const char *person_reached)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (bd_model_set_string (&self->person_reached, person_reached))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_REACHED]);
}

gboolean 
bd_contact_get_reached (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), FALSE);
  return self->reached;
}

void
bd_contact_set_reached (BdContact *self,
                        gboolean   reached)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (self->reached != reached)
    {
      self->reached = reached;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REACHED]);
    }
}

const char *
bd_contact_get_outcome (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->outcome;
}

void
bd_contact_set_outcome (BdContact  *self,
                        const char *outcome)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (bd_model_set_string (&self->outcome, outcome))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

const char *
bd_contact_get_next_step (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->next_step;
}

void
bd_contact_set_next_step (BdContact  *self,
                          const char *next_step)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (bd_model_set_string (&self->next_step, next_step))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_STEP]);
}

const char *
bd_contact_get_next_visit (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->next_visit;
}

void
bd_contact_set_next_visit (BdContact  *self,
                           const char *next_visit)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (bd_model_set_string (&self->next_visit, next_visit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_VISIT]);
}

BdServiceItem 
bd_contact_get_service_item (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->service_item;
}

void
bd_contact_set_service_item (BdContact     *self,
                             BdServiceItem  service_item)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (self->service_item != service_item)
    {
      self->service_item = service_item;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE_ITEM]);
    }
}

const char *
bd_contact_get_service_other (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->service_other;
}

void
bd_contact_set_service_other (BdContact  *self,
                              const char *service_other)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  if (bd_model_set_string (&self->service_other, service_other))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE_OTHER]);
}
