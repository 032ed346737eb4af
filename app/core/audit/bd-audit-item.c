/* bd-audit-item.c — one row of the audit log as the window shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list view shows objects: each row read from the log becomes one, with the names of
 * its staff member and customer as they are now.
 */
#include "config.h"

#include "bd-audit-item.h"

struct _BdAuditItem
{
  GObject  parent_instance;

  gint64   id;
  char    *at;
  gint64   staff_id;
  char    *staff_name;
  char    *action;
  gint64   customer_id;
  char    *customer_name;
  char    *detail;
};

G_DEFINE_FINAL_TYPE (BdAuditItem, bd_audit_item, G_TYPE_OBJECT)

static void
bd_audit_item_finalize (GObject *object)
{
  BdAuditItem *self = BD_AUDIT_ITEM (object);

  g_free (self->at);
  g_free (self->staff_name);
  g_free (self->action);
  g_free (self->customer_name);
  g_free (self->detail);
  G_OBJECT_CLASS (bd_audit_item_parent_class)->finalize (object);
}

static void
bd_audit_item_class_init (BdAuditItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bd_audit_item_finalize;
}

static void
bd_audit_item_init (BdAuditItem *self)
{
}

BdAuditItem *
bd_audit_item_new (gint64      id,
                   const char *at,
                   gint64      staff_id,
                   const char *staff_name,
                   const char *action,
                   gint64      customer_id,
                   const char *customer_name,
                   const char *detail)
{
  BdAuditItem *self = g_object_new (BD_TYPE_AUDIT_ITEM, NULL);

  self->id = id;
  self->at = g_strdup (at);
  self->staff_id = staff_id;
  self->staff_name = g_strdup (staff_name);
  self->action = g_strdup (action);
  self->customer_id = customer_id;
  self->customer_name = g_strdup (customer_name);
  self->detail = g_strdup (detail);
  return self;
}

gint64
bd_audit_item_get_id (BdAuditItem *self)
{
  g_return_val_if_fail (BD_IS_AUDIT_ITEM (self), 0);

  return self->id;
}

const char *
bd_audit_item_get_at (BdAuditItem *self)
{
  g_return_val_if_fail (BD_IS_AUDIT_ITEM (self), NULL);

  return self->at;
}

gint64
bd_audit_item_get_staff_id (BdAuditItem *self)
{
  g_return_val_if_fail (BD_IS_AUDIT_ITEM (self), 0);

  return self->staff_id;
}

const char *
bd_audit_item_get_staff_name (BdAuditItem *self)
{
  g_return_val_if_fail (BD_IS_AUDIT_ITEM (self), NULL);

  return self->staff_name;
}

const char *
bd_audit_item_get_action (BdAuditItem *self)
{
  g_return_val_if_fail (BD_IS_AUDIT_ITEM (self), NULL);

  return self->action;
}

gint64
bd_audit_item_get_customer_id (BdAuditItem *self)
{
  g_return_val_if_fail (BD_IS_AUDIT_ITEM (self), 0);

  return self->customer_id;
}

const char *
bd_audit_item_get_customer_name (BdAuditItem *self)
{
  g_return_val_if_fail (BD_IS_AUDIT_ITEM (self), NULL);

  return self->customer_name;
}

const char *
bd_audit_item_get_detail (BdAuditItem *self)
{
  g_return_val_if_fail (BD_IS_AUDIT_ITEM (self), NULL);

  return self->detail;
}
