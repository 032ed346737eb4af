/* bd-case-desk.h — what every workflow's desk calls share about a case and the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-case.h"
#include "bd-session.h"

G_BEGIN_DECLS

/* The steps the signed-in staff member may take on @kase now, in the lifecycle's order
 * (borrowed BdCaseStep): what the window offers. Empty when nobody is signed in. */
GPtrArray    *bd_case_desk_list_steps      (BdSession  *session,
                                            BdCase     *kase);
/* The permission the step from @kase's state to @to needs, or @fallback when the
 * lifecycle has no such step (the store then refuses it with the reason). */
BdPermission  bd_case_desk_step_permission (BdCase     *kase,
                                            const char *to,
                                            BdPermission fallback);

G_END_DECLS
