/* bd-audit-log-page.h — the audit log in a window: filters, rows, export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-audit-log.h"

G_BEGIN_DECLS

#define BD_TYPE_AUDIT_LOG_PAGE (bd_audit_log_page_get_type ())

G_DECLARE_FINAL_TYPE (BdAuditLogPage, bd_audit_log_page, BD, AUDIT_LOG_PAGE, AdwBin)

/* The page on @session, showing the newest rows the signed-in person may read. */
GtkWidget  *bd_audit_log_page_new        (BdSession      *session);
/* Opens the log in a window of its own beside @parent's window (the one already open, if
 * any), and returns that window. It closes when the session is locked or ends. The
 * customer on the desk (@on_screen, 0 for none) is offered to the customer filter. */
GtkWindow  *bd_audit_log_page_present    (GtkWidget      *parent,
                                          BdSession      *session,
                                          gint64          on_screen);

/* Offers @customer_id (0: nobody) as "the customer on screen" to the customer filter. */
void        bd_audit_log_page_set_on_screen (BdAuditLogPage *self,
                                             gint64          customer_id);

/* The rows shown so far, newest first (element-type BdAuditItem); more are read as the
 * list is scrolled to its end. */
GListModel *bd_audit_log_page_get_rows   (BdAuditLogPage *self);
/* Reads the next page of rows into the list; FALSE when there were none left. */
gboolean    bd_audit_log_page_read_more  (BdAuditLogPage *self);
/* Saves every row the filter gives as CSV, as "Export CSV…" does. */
gboolean    bd_audit_log_page_save_csv   (BdAuditLogPage *self,
                                          GFile          *file,
                                          GError        **error);

G_END_DECLS
