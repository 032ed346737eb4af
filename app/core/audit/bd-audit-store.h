/* bd-audit-store.h — the audit log's SQL for the window: filtered pages, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-audit-item.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* What a page of the log is narrowed to; each part left 0 or NULL narrows nothing. */
typedef struct
{
  gint64      staff_id;
  const char *action;       /* a stable name */
  gint64      customer_id;
  const char *since;        /* a stored UTC timestamp, included */
  const char *until;        /* a stored UTC timestamp, excluded */
} BdAuditQuery;

/* The rows matching @query with an id below @before_id (0: from the newest), newest
 * first, at most @limit (element-type BdAuditItem). Each filter reads through an index. */
GPtrArray *bd_audit_store_list_page (BdStore             *store,
                                     const BdAuditQuery  *query,
                                     gint64               before_id,
                                     guint                limit,
                                     GError             **error);

G_END_DECLS
