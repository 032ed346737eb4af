/* bd-audit-log.h — the audit log as the desk reads it: filtered, paged, exported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-audit-item.h"
#include "bd-session.h"

G_BEGIN_DECLS

#define BD_AUDIT_ERROR (bd_audit_error_quark ())

typedef enum
{
  BD_AUDIT_ERROR_INVALID_DATE,     /* a day not written as YYYY-MM-DD, or no such day */
  BD_AUDIT_ERROR_PERIOD_REVERSED,  /* the period ends before it begins */
  BD_AUDIT_ERROR_INVALID_CUSTOMER, /* a customer number that is not a number */
} BdAuditError;

GQuark bd_audit_error_quark (void);

/* The field of the filter a refusal is about. */
typedef enum
{
  BD_AUDIT_FIELD_NONE,
  BD_AUDIT_FIELD_FROM,
  BD_AUDIT_FIELD_TO,
  BD_AUDIT_FIELD_CUSTOMER,
} BdAuditField;

/* What the log is narrowed to; each part left 0, NULL or cleared narrows nothing. */
typedef struct
{
  gint64      staff_id;     /* counter staff read their own, whatever is asked */
  const char *action;       /* a stable name (bd_audit_list_actions()) */
  gint64      customer_id;
  GDate       from;         /* the branch's days, both included */
  GDate       to;
} BdAuditFilter;

/* Everyone, every action, every customer, all time. */
void                bd_audit_filter_init        (BdAuditFilter  *filter);
/* The period as typed: "" leaves its end open, else "YYYY-MM-DD". Refused with
 * BD_AUDIT_ERROR and the field in @field, and the filter left as it was. */
gboolean            bd_audit_filter_set_period  (BdAuditFilter  *filter,
                                                 const char     *from,
                                                 const char     *to,
                                                 BdAuditField   *field,
                                                 GError        **error);

/* The customer as typed: "" for every customer, else their number (digits). Refused with
 * BD_AUDIT_ERROR_INVALID_CUSTOMER, the filter left as it was. */
gboolean            bd_audit_filter_set_customer (BdAuditFilter *filter,
                                                  const char    *number,
                                                  GError       **error);

/* The stable names of the actions the desk writes to the log, in the order offered. */
const char *const  *bd_audit_list_actions       (void);
/* What @action is called, translated; an action without a label is shown by its name. */
const char         *bd_audit_action_get_label   (const char     *action);

/* Whether the signed-in person reads everyone's entries (a supervisor or the
 * administrator, BD_PERMISSION_AUDIT_LOG) or only their own. */
gboolean            bd_audit_log_may_read_everyone (BdSession   *session);
/* The staff whose entries the signed-in person may read (element-type BdStaff): everyone,
 * or themselves alone. */
GListModel         *bd_audit_log_list_staff     (BdSession            *session,
                                                 GError              **error);
/* The rows matching @filter below @before_id (0: from the newest), newest first, at most
 * @limit (element-type BdAuditItem). Counter staff get their own rows only, whatever
 * staff member @filter names. The reading is audited ("audit-log-read", the filter in its
 * detail) in the same transaction: when that row cannot be written, nothing is read. */
GPtrArray          *bd_audit_log_read_page      (BdSession            *session,
                                                 const BdAuditFilter  *filter,
                                                 gint64                before_id,
                                                 guint                 limit,
                                                 GError              **error);
/* Every row matching @filter, newest first, as CSV (UTF-8 with a byte-order mark): time,
 * staff number and name, action, customer number and name, detail. Audited as
 * "audit-log-exported" (the filter and the number of rows), or nothing is given. */
char               *bd_audit_log_export_csv     (BdSession            *session,
                                                 const BdAuditFilter  *filter,
                                                 GError              **error);
/* The detail of @item as a person reads it: the codes its row keeps (a role, a case's
 * states, a document, a deadline, the filter a reading ran with …) said in words with
 * the owning area's labels, translated; a detail nothing knows as it was written (a new
 * string, NULL for none). bd-audit-describe.c says which. */
char               *bd_audit_log_describe_detail (BdSession           *session,
                                                  BdAuditItem         *item);
/* @item's time as the branch reads it, "YYYY-MM-DD HH:MM". */
char               *bd_audit_log_format_time    (BdSession            *session,
                                                 BdAuditItem          *item);

G_END_DECLS
