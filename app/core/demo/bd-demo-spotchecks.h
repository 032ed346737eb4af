/* bd-demo-spotchecks.h — the demo branch's past spot checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-store.h"

G_BEGIN_DECLS

/* A check of one week of policy-change requests in each of the six months before the
 * julian day @today's, drawn and scored by @supervisor as of @written (the last write of
 * the demo so far, or NULL: now), and a finding on each failed record. */
gboolean bd_demo_spotchecks_write (BdStore    *store,
                                   guint32     today,
                                   gint64      supervisor,
                                   GDateTime  *written,
                                   GError    **error);

G_END_DECLS
