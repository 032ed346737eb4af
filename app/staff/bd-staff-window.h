/* bd-staff-window.h — the administrator's staff accounts: list, add, edit, disable, reset,
 * unlock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_STAFF_WINDOW (bd_staff_window_get_type ())

G_DECLARE_FINAL_TYPE (BdStaffWindow, bd_staff_window, BD, STAFF_WINDOW, AdwWindow)

/* The window over @parent's, for @session's administrator; it closes when the session
 * is locked or ends. */
GtkWindow *bd_staff_window_show (GtkWidget *parent,
                                 BdSession *session);

G_END_DECLS
