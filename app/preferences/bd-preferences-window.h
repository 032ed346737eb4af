/* bd-preferences-window.h — Preferences: this desk's, and the branch's for administrators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_PREFERENCES_WINDOW (bd_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (BdPreferencesWindow, bd_preferences_window, BD, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

/* @settings: this desk's GSettings, or NULL when the schema is not installed (the desk's
 * rows are then not offered); @session: whose branch page is shown, to an administrator. */
GtkWidget *bd_preferences_window_new (GtkWindow *parent,
                                      GSettings *settings,
                                      BdSession *session);

G_END_DECLS
