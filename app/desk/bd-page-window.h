/* bd-page-window.h — a page of the desk in a window of its own, closed with the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-session.h"

G_BEGIN_DECLS

/* Makes the page a window shows, on @session. */
typedef GtkWidget *(*BdPageWindowNew) (BdSession *session);

/* Presents the window that shows a page of @page_type, made by @page_new when none is
 * open, beside @parent's window: 1024 × 700, titled @title, closed by Escape and when
 * @session is locked or ends, so that nothing of the branch stays on screen. */
GtkWindow *bd_page_window_present (GtkWidget        *parent,
                                   BdSession        *session,
                                   GType             page_type,
                                   const char       *title,
                                   BdPageWindowNew   page_new);

G_END_DECLS
