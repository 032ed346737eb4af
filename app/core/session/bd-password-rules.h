/* bd-password-rules.h — what a new staff password must be
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BD_PASSWORD_RULES_ERROR (bd_password_rules_error_quark ())

/* Which rule a password breaks; the code also tells the window which field to mark:
 * MISMATCH is about the repeated password, every other about the password itself. */
typedef enum
{
  BD_PASSWORD_RULES_ERROR_EMPTY,
  BD_PASSWORD_RULES_ERROR_TOO_SHORT,
  BD_PASSWORD_RULES_ERROR_IS_LOGIN,
  BD_PASSWORD_RULES_ERROR_IS_DEMO,
  BD_PASSWORD_RULES_ERROR_MISMATCH,
} BdPasswordRulesError;

GQuark bd_password_rules_error_quark (void);

/* The fewest characters a staff password has. */
#define BD_PASSWORD_MIN_CHARS 8

/* The demo branch's passwords, printed in the README: known to everyone, so never a
 * password of a real account (the demo's accounts must change them at first sign-in). */
#define BD_DEMO_PASSWORD_COUNTER       "counter-demo"
#define BD_DEMO_PASSWORD_SUPERVISOR    "supervisor-demo"
#define BD_DEMO_PASSWORD_ADMINISTRATOR "admin-demo"

/* The rules in one sentence for people, shown under a new password as it is typed. */
const char *bd_password_rules_describe (void);

/* Whether @password may become the password of the account @login; otherwise FALSE with
 * @error in BD_PASSWORD_RULES_ERROR saying which rule, in a sentence for people. */
gboolean    bd_password_rules_check     (const char  *login,
                                         const char  *password,
                                         GError     **error);

/* As bd_password_rules_check(), and @repeated, the password typed a second time, the
 * same: BD_PASSWORD_RULES_ERROR_MISMATCH when it is not (checked last, so that the first
 * field's problem is told first). */
gboolean    bd_password_rules_check_new (const char  *login,
                                         const char  *password,
                                         const char  *repeated,
                                         GError     **error);

G_END_DECLS
