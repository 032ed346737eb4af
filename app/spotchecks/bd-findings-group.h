/* bd-findings-group.h — the signed-in person's open findings, in their Queues
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_FINDINGS_GROUP (bd_findings_group_get_type ())

G_DECLARE_FINAL_TYPE (BdFindingsGroup, bd_findings_group, BD, FINDINGS_GROUP, AdwBin)

/* Reads the open findings @session's staff member owns; hidden when there is none. */
void  bd_findings_group_show   (BdFindingsGroup *self,
                                BdSession       *session);
void  bd_findings_group_clear  (BdFindingsGroup *self);
guint bd_findings_group_get_n_findings (BdFindingsGroup *self);

G_END_DECLS
