/* bd-audit-describe.h — the details of the audit log's rows as a person reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-store.h"

G_BEGIN_DECLS

/* @detail of a row of @action in words, translated, where the code that wrote it is
 * known; otherwise as written (a new string, NULL for none). @store gives the branch's
 * time for the periods the log's own rows keep in UTC. */
char *bd_audit_describe_detail (BdStore    *store,
                                const char *action,
                                const char *detail);

G_END_DECLS
