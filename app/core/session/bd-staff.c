/* bd-staff.c — a member of the branch's staff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-staff"

#include "config.h"

#include "bd-staff.h"

#include "bd-enum-types.h"
#include "bd-model-private.h"

struct _BdStaff
{
  GObject   parent_instance;

  gint64    id;
  char     *login;
  char     *name;
  BdRole    role;
  char     *phone;
  gboolean  active;
};

G_DEFINE_FINAL_TYPE (BdStaff, bd_staff, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LOGIN,
  PROP_NAME,
  PROP_ROLE,
  PROP_PHONE,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bd_staff_finalize (GObject *object)
{
  BdStaff *self = (BdStaff *) object;

  g_free (self->login);
  g_free (self->name);
  g_free (self->phone);

  G_OBJECT_CLASS (bd_staff_parent_class)->finalize (object);
}

static void
bd_staff_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  BdStaff *self = BD_STAFF (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_LOGIN:
      g_value_set_string (value, self->login);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_staff_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  BdStaff *self = BD_STAFF (object);

  switch (prop_id)
    {
    case PROP_ID:
      bd_staff_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_LOGIN:
      bd_staff_set_login (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      bd_staff_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      bd_staff_set_role (self, g_value_get_enum (value));
      break;

    case PROP_PHONE:
      bd_staff_set_phone (self, g_value_get_string (value));
      break;

    case PROP_ACTIVE:
      bd_staff_set_active (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_staff_class_init (BdStaffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bd_staff_finalize;
  object_class->get_property = bd_staff_get_property;
  object_class->set_property = bd_staff_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_LOGIN] =
    g_param_spec_string ("login", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       BD_TYPE_ROLE,
                       BD_ROLE_COUNTER,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          TRUE,
                          BD_MODEL_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bd_staff_init (BdStaff *self)
{
  self->active = TRUE;
}

/**
 * bd_staff_new:
 *
 * Returns: (transfer full): a new, empty staff
 */
BdStaff *
bd_staff_new (void)
{
  return g_object_new (BD_TYPE_STAFF, NULL);
}

gint64
bd_staff_get_id (BdStaff *self)
{
  g_return_val_if_fail (BD_IS_STAFF (self), 0);

  return self->id;
}

void
bd_staff_set_id (BdStaff *self,
                 gint64   id)
{
  g_return_if_fail (BD_IS_STAFF (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
bd_staff_get_login (BdStaff *self)
{
  g_return_val_if_fail (BD_IS_STAFF (self), NULL);

  return self->login;
}

void
bd_staff_set_login (BdStaff    *self,
                    const char *login)
{
  g_return_if_fail (BD_IS_STAFF (self));

  if (bd_model_set_string (&self->login, login))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOGIN]);
}

const char *
bd_staff_get_name (BdStaff *self)
{
  g_return_val_if_fail (BD_IS_STAFF (self), NULL);

  return self->name;
}

void
bd_staff_set_name (BdStaff    *self,
                   const char *name)
{
  g_return_if_fail (BD_IS_STAFF (self));

  if (bd_model_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

BdRole
bd_staff_get_role (BdStaff *self)
{
  g_return_val_if_fail (BD_IS_STAFF (self), BD_ROLE_COUNTER);

  return self->role;
}

void
bd_staff_set_role (BdStaff *self,
                   BdRole   role)
{
  g_return_if_fail (BD_IS_STAFF (self));

  if (self->role != role)
    {
      self->role = role;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
    }
}

const char *
bd_staff_get_phone (BdStaff *self)
{
  g_return_val_if_fail (BD_IS_STAFF (self), NULL);

  return self->phone;
}

void
bd_staff_set_phone (BdStaff    *self,
                    const char *phone)
{
  g_return_if_fail (BD_IS_STAFF (self));

  if (bd_model_set_string (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

gboolean
bd_staff_get_active (BdStaff *self)
{
  g_return_val_if_fail (BD_IS_STAFF (self), FALSE);

  return self->active;
}

void
bd_staff_set_active (BdStaff  *self,
                     gboolean  active)
{
  g_return_if_fail (BD_IS_STAFF (self));

  active = !!active;

  if (self->active != active)
    {
      self->active = active;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
    }
}
