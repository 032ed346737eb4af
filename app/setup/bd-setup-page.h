/* bd-setup-page.h — the first run: a new branch, an existing database, or a training one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-key.h"
#include "bd-store.h"

G_BEGIN_DECLS

#define BD_TYPE_SETUP_PAGE (bd_setup_page_get_type ())

G_DECLARE_FINAL_TYPE (BdSetupPage, bd_setup_page, BD, SETUP_PAGE, GtkBox)

/* The assistant for the database at @path, which has no staff: @store and its @key when
 * the file is a database already, both NULL when there is none yet (the assistant then
 * makes the key, kept in @key_file or, when NULL, the keyring, and the file).
 *
 * Signals: "branch-ready" (BdStore *) once a branch is created, its recovery key typed
 * back, or a training branch filled: the desk signs in on it; "open-database" (const char
 * *path) when the person picks an existing database file instead. */
GtkWidget *bd_setup_page_new        (const char  *path,
                                     const char  *key_file,
                                     BdStore     *store,
                                     BdKey       *key);
/* Says @message at the foot of the page (a file that could not be opened): nothing typed
 * is lost. */
void       bd_setup_page_show_error (BdSetupPage *self,
                                     const char  *message);

G_END_DECLS
