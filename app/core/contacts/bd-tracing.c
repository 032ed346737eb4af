/* bd-tracing.c — when a policy's customer counts as unreachable (困难件)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-tracing"

#include "config.h"

#include "bd-tracing.h"

BdServiceClass
bd_tracing_classify (BdServiceClass current,
                     guint          failed_methods,
                     gboolean       reached)
{
  if (current == BD_SERVICE_LAPSED)
    return current;
  if (reached)
    return BD_SERVICE_NORMAL;
  if ((failed_methods & BD_TRACING_ALL_METHODS) == BD_TRACING_ALL_METHODS)
    return BD_SERVICE_DIFFICULT;
  return current;
}
