/* bd-model-private.h — what the model classes share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Every model property can be bound by widgets, and notifies only on a real change. */
#define BD_MODEL_PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

/* Replaces *@field by a copy of @value and returns whether it changed, so that the caller
 * notifies only then. GLib 2.76 has this as g_set_str(); our floor is 2.74. */
static inline gboolean
bd_model_set_string (char       **field,
                     const char  *value)
{
  char *copy;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  /* Copy before freeing: @value may point into the old string. */
  copy = g_strdup (value);
  g_free (*field);
  *field = copy;

  return TRUE;
}

G_END_DECLS
