/* bd-audit-item.h — one row of the audit log as the window shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BD_TYPE_AUDIT_ITEM (bd_audit_item_get_type ())

G_DECLARE_FINAL_TYPE (BdAuditItem, bd_audit_item, BD, AUDIT_ITEM, GObject)

/* The texts are copied; @staff_name and @customer_name are NULL when the row has no staff
 * member or no customer. */
BdAuditItem *bd_audit_item_new               (gint64       id,
                                              const char  *at,
                                              gint64       staff_id,
                                              const char  *staff_name,
                                              const char  *action,
                                              gint64       customer_id,
                                              const char  *customer_name,
                                              const char  *detail);

gint64       bd_audit_item_get_id            (BdAuditItem *self);
/* When, as stored: UTC, "YYYY-MM-DDTHH:MM:SSZ". */
const char  *bd_audit_item_get_at            (BdAuditItem *self);
gint64       bd_audit_item_get_staff_id      (BdAuditItem *self);
const char  *bd_audit_item_get_staff_name    (BdAuditItem *self);
/* The action's stable name; bd_audit_action_get_label() says it to people. */
const char  *bd_audit_item_get_action        (BdAuditItem *self);
gint64       bd_audit_item_get_customer_id   (BdAuditItem *self);
const char  *bd_audit_item_get_customer_name (BdAuditItem *self);
const char  *bd_audit_item_get_detail        (BdAuditItem *self);

G_END_DECLS
