/* bd-form-draft.h — a half-filled form kept as a value while the desk is locked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What was typed, switched and chosen in the controls under @root, or NULL when nothing
 * was typed. The value only makes sense to bd_form_draft_restore() on the same form. */
GVariant *bd_form_draft_capture (GtkWidget *root);
/* Whether anything was typed, switched or chosen under @root: what the desk asks before
 * it locks or quits, the form left as it is. */
gboolean  bd_form_draft_has_input (GtkWidget *root);
/* Puts a captured draft back into the controls under @root. */
void      bd_form_draft_restore (GtkWidget *root,
                                 GVariant  *draft);

G_END_DECLS
