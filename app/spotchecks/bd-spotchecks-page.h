/* bd-spotchecks-page.h — the Spot Checks area: checks, their samples scored, results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_SPOTCHECKS_PAGE (bd_spotchecks_page_get_type ())

G_DECLARE_FINAL_TYPE (BdSpotchecksPage, bd_spotchecks_page, BD, SPOTCHECKS_PAGE, AdwBin)

void        bd_spotchecks_page_set_session (BdSpotchecksPage *self,
                                            BdSession        *session);
/* Reads the checks, results and findings afresh: a supervisor's all, counter staff's
 * their own (the core decides). */
void        bd_spotchecks_page_refresh     (BdSpotchecksPage *self);
/* Forgets what was shown, at a lock or sign-out. */
void        bd_spotchecks_page_clear       (BdSpotchecksPage *self);
/* The page on screen: "overview", "new", "check", "record" or "scorecard". */
const char *bd_spotchecks_page_get_shown   (BdSpotchecksPage *self);
/* The check @check_id's sample, as choosing it in the list does. */
void        bd_spotchecks_page_open_check  (BdSpotchecksPage *self,
                                            gint64            check_id);
/* The scorecard editor, a supervisor's, as the header's "Scorecards" button opens it. */
void        bd_spotchecks_page_open_scorecards (BdSpotchecksPage *self);
/* The results of the period shown, as CSV, to @file. */
gboolean    bd_spotchecks_page_save_csv    (BdSpotchecksPage *self,
                                            GFile            *file,
                                            GError          **error);

G_END_DECLS
