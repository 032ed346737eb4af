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
  gboolean  password_change_owed;
  gint64    locked_until;
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
  PROP_PASSWORD_CHANGE_OWED,
  PROP_LOCKED_UNTIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const BdModelProperty staff_properties[] = {
  [PROP_ID - 1] = { "id", BD_MODEL_INT64,
                    G_STRUCT_OFFSET (BdStaff, id), G_CALLBACK (bd_staff_set_id),
                    NULL, 0, 0 },
  [PROP_LOGIN - 1] = { "login", BD_MODEL_STRING,
                       G_STRUCT_OFFSET (BdStaff, login), G_CALLBACK (bd_staff_set_login),
                       NULL, 0, 0 },
  [PROP_NAME - 1] = { "name", BD_MODEL_STRING,
                      G_STRUCT_OFFSET (BdStaff, name), G_CALLBACK (bd_staff_set_name),
                      NULL, 0, 0 },
  [PROP_ROLE - 1] = { "role", BD_MODEL_ENUM,
                      G_STRUCT_OFFSET (BdStaff, role), G_CALLBACK (bd_staff_set_role),
                      bd_role_get_type, 0, BD_ROLE_COUNTER },
  [PROP_PHONE - 1] = { "phone", BD_MODEL_STRING,
                       G_STRUCT_OFFSET (BdStaff, phone), G_CALLBACK (bd_staff_set_phone),
                       NULL, 0, 0 },
  [PROP_ACTIVE - 1] = { "active", BD_MODEL_BOOLEAN,
                        G_STRUCT_OFFSET (BdStaff, active), G_CALLBACK (bd_staff_set_active),
                        NULL, 0, TRUE },
  [PROP_PASSWORD_CHANGE_OWED - 1] = { "password-change-owed", BD_MODEL_BOOLEAN,
                                      G_STRUCT_OFFSET (BdStaff, password_change_owed),
                                      G_CALLBACK (bd_staff_set_password_change_owed),
                                      NULL, 0, FALSE },
  [PROP_LOCKED_UNTIL - 1] = { "locked-until", BD_MODEL_INT64,
                              G_STRUCT_OFFSET (BdStaff, locked_until),
                              G_CALLBACK (bd_staff_set_locked_until), NULL, 0, 0 },
};

static void
bd_staff_class_init (BdStaffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  bd_model_class_install (object_class, staff_properties, N_PROPS - 1, properties);
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

  bd_model_change_int64 (self, &self->id, id, properties[PROP_ID]);
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

  bd_model_change_string (self, &self->login, login, properties[PROP_LOGIN]);
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

  bd_model_change_string (self, &self->name, name, properties[PROP_NAME]);
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

  bd_model_change_enum (self, &self->role, role, properties[PROP_ROLE]);
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

  bd_model_change_string (self, &self->phone, phone, properties[PROP_PHONE]);
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

  bd_model_change_boolean (self, &self->active, active, properties[PROP_ACTIVE]);
}

gboolean
bd_staff_get_password_change_owed (BdStaff *self)
{
  g_return_val_if_fail (BD_IS_STAFF (self), FALSE);

  return self->password_change_owed;
}

void
bd_staff_set_password_change_owed (BdStaff  *self,
                                   gboolean  owed)
{
  g_return_if_fail (BD_IS_STAFF (self));

  bd_model_change_boolean (self, &self->password_change_owed, owed,
                           properties[PROP_PASSWORD_CHANGE_OWED]);
}

gint64
bd_staff_get_locked_until (BdStaff *self)
{
  g_return_val_if_fail (BD_IS_STAFF (self), 0);

  return self->locked_until;
}

void
bd_staff_set_locked_until (BdStaff *self,
                           gint64   locked_until)
{
  g_return_if_fail (BD_IS_STAFF (self));

  bd_model_change_int64 (self, &self->locked_until, locked_until, properties[PROP_LOCKED_UNTIL]);
}
