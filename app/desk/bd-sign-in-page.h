/* bd-sign-in-page.h — signing in at the desk, and unlocking it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BD_TYPE_SIGN_IN_PAGE (bd_sign_in_page_get_type ())

G_DECLARE_FINAL_TYPE (BdSignInPage, bd_sign_in_page, BD, SIGN_IN_PAGE, AdwBin)

GtkWidget *bd_sign_in_page_new         (void);
/* Signing in (@locked_by NULL) or unlocking the desk @locked_by left. */
void       bd_sign_in_page_set_mode    (BdSignInPage *self,
                                        const char   *branch,
                                        const char   *locked_by);
/* Shows @message under the password and clears the password; the name typed stays. */
void       bd_sign_in_page_show_error  (BdSignInPage *self,
                                        const char   *message);
/* Forgets everything typed: after a successful sign-in, nothing stays behind. */
void       bd_sign_in_page_reset       (BdSignInPage *self);

G_END_DECLS
