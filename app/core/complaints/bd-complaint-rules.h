/* bd-complaint-rules.h — the rules of a complaint: its fields, recusal, extensions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-complaint.h"
#include "bd-types.h"

G_BEGIN_DECLS

/* The form's own fields: FALSE with BD_COMPLAINT_ERROR on the first that is wrong. */
gboolean bd_complaint_validate         (BdComplaint  *complaint,
                                        GError      **error);
/* Whether @staff_id may handle @complaint: never the staff member complained about. */
gboolean bd_complaint_check_handler    (BdComplaint  *complaint,
                                        gint64        staff_id,
                                        GError      **error);
/* Whether the decision's deadline may be extended by @days, after @extensions earlier
 * extensions that added @extended days, by someone of @role (2020 measures art. 19: to
 * 30 days with a recorded reason; with a senior manager's approval 30 more, 60 at most;
 * nothing beyond). */
gboolean bd_complaint_check_extension  (guint         extensions,
                                        guint         extended,
                                        guint         days,
                                        const char   *reason,
                                        BdRole        role,
                                        GError      **error);

G_END_DECLS
