/* bd-demo-complaints.h — a year of complaints and consultations in the demo branch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-demo-requests.h"

G_BEGIN_DECLS

/* Has the complaints and consultations of the year written day by day with the requests'
 * (bd_demo_requests_add_workflow()), each logged by one of @clerks and handled through
 * the core as the counter handles them, until @today (a julian day). */
void bd_demo_complaints_attach (BdDemoRequests *requests,
                                BdStore        *store,
                                const gint64   *clerks,
                                guint           n_clerks,
                                guint32         today);

G_END_DECLS
