/* bd-password-page.h — changing one's own password: owed at the first sign-in, or chosen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_PASSWORD_PAGE (bd_password_page_get_type ())

G_DECLARE_FINAL_TYPE (BdPasswordPage, bd_password_page, BD, PASSWORD_PAGE, AdwBin)

GtkWidget *bd_password_page_new   (void);
/* Empties the fields and asks @session's staff member for their password: @owed when the
 * session grants nothing else until it is changed (no way back, only signing out),
 * otherwise chosen from the menu (Cancel goes back). Signals: "done" once the core took
 * the new password, "cancel", "sign-out". */
void       bd_password_page_start (BdPasswordPage *self,
                                   BdSession      *session,
                                   gboolean        owed);

G_END_DECLS
