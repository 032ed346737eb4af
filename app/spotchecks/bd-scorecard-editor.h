/* bd-scorecard-editor.h — a supervisor edits a kind of work's scorecard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_SCORECARD_EDITOR (bd_scorecard_editor_get_type ())

G_DECLARE_FINAL_TYPE (BdScorecardEditor, bd_scorecard_editor, BD, SCORECARD_EDITOR, AdwBin)

GtkWidget *bd_scorecard_editor_new   (void);
/* Shows the newest version of the chosen kind's scorecard, read through @session. */
gboolean   bd_scorecard_editor_show  (BdScorecardEditor  *self,
                                      BdSession          *session,
                                      GError            **error);
void       bd_scorecard_editor_clear (BdScorecardEditor  *self);
/* Saves what is entered as the scorecard's next version; FALSE, everything entered kept
 * and each problem marked on its field, when the core refuses it. */
gboolean   bd_scorecard_editor_save  (BdScorecardEditor  *self,
                                      GError            **error);
/* The version shown: the one just saved, or the newest when it was shown. */
guint      bd_scorecard_editor_get_version (BdScorecardEditor *self);

G_END_DECLS
