/* bd-window.h — the main window: sign-in, the Desk with the customer search, the lock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-application.h"
#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_WINDOW (bd_window_get_type ())

G_DECLARE_FINAL_TYPE (BdWindow, bd_window, BD, WINDOW, AdwApplicationWindow)

/* @settings may be NULL (no schema installed): the window then keeps no state. */
BdWindow   *bd_window_new           (BdApplication *application,
                                     GSettings     *settings);
/* The window follows the session: sign-in page, Desk, or the lock. */
void        bd_window_set_session   (BdWindow      *self,
                                     BdSession     *session);
/* Shows the first run's assistant (a BdSetupPage) instead of the sign-in page, until a
 * session is set. */
void        bd_window_show_setup    (BdWindow      *self,
                                     GtkWidget     *setup_page);
/* Replaces everything by a page that says what went wrong, in words. */
void        bd_window_show_error    (BdWindow      *self,
                                     const char    *title,
                                     const char    *description);
/* The current search results or recent customers (BdCustomer), for the tests. */
GListModel *bd_window_get_results   (BdWindow      *self);
void        bd_window_search        (BdWindow      *self,
                                     const char    *text);
void        bd_window_open_customer (BdWindow      *self,
                                     BdCustomer    *customer);

G_END_DECLS
