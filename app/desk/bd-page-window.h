/* bd-page-window.h — a page in a window of its own, and the CSV it saves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-session.h"

G_BEGIN_DECLS

typedef GtkWidget *(*BdPageNewFunc) (BdSession *session);

/* The window holding a page of @page_type, presented again when one is open; else a new
 * one beside @parent's window holding @new_page's page, titled @title, 1024 × 700, closed
 * by Escape and as soon as @session is locked or ends. */
GtkWindow *bd_page_window_present (GtkWidget     *parent,
                                   BdSession     *session,
                                   GType          page_type,
                                   const char    *title,
                                   BdPageNewFunc  new_page);

/* What @page does with the file chosen to save its CSV in. */
typedef void (*BdCsvChosenFunc) (GtkWidget *page,
                                 GFile     *file);

/* Asks where to save @page's CSV, offering @file_name in Documents (home without one);
 * @chosen gets the file, unless @page has gone in the meantime (the lock closes it). */
void       bd_page_choose_csv     (GtkWidget       *page,
                                   const char      *title,
                                   const char      *file_name,
                                   BdCsvChosenFunc  chosen);

G_END_DECLS
