/* bd-tracing.h — when a policy's customer counts as unreachable (困难件)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-types.h"

G_BEGIN_DECLS

/* The bit of a method in a mask of methods tried. */
#define BD_TRACING_BIT(method) (1u << ((method) - 1))
#define BD_TRACING_ALL_METHODS ((1u << BD_N_TRACING_METHODS) - 1)

/* The service class after a tracing attempt (000): @failed_methods are the methods tried
 * without success since the customer was last reached, the new attempt included.
 * Reaching the customer makes a difficult case normal again; a policy is difficult only
 * once all five methods have failed. A lapsed case stays lapsed: that class follows the
 * policy's status, not the tracing. */
BdServiceClass bd_tracing_classify (BdServiceClass current,
                                    guint          failed_methods,
                                    gboolean       reached);

G_END_DECLS
