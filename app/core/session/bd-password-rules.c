/* bd-password-rules.c — what a new staff password must be
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules are those of 信息安全技术 网络安全等级保护基本要求 (GB/T 22239-2019)
 * 8.1.4.1 a), identification and authentication: passwords have a complexity requirement
 * and are changed; and of 003 (信息安全): a password known to others is no password. So a
 * password is long enough not to be guessed at the counter, is not the login written next
 * to it, and is none of the demo's passwords the README prints for everyone.
 */
#define G_LOG_DOMAIN "bd-session"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-password-rules.h"

G_DEFINE_QUARK (bd-password-rules-error-quark, bd_password_rules_error)

static const char *const demo_passwords[] = {
  BD_DEMO_PASSWORD_COUNTER,
  BD_DEMO_PASSWORD_SUPERVISOR,
  BD_DEMO_PASSWORD_ADMINISTRATOR,
};

const char *
bd_password_rules_describe (void)
{
  return _("At least 8 characters, not the login, not a demo password");
}

static gboolean
is_demo_password (const char *password)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_passwords); i++)
    if (g_ascii_strcasecmp (password, demo_passwords[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The login inside the password, whatever its case: "wangfang2026" is guessed as soon as
 * the login is seen on a slip or a screen. */
static gboolean
contains_login (const char *login,
                const char *password)
{
  g_autofree char *folded_login = NULL;
  g_autofree char *folded_password = NULL;

  if (login == NULL || login[0] == '\0')
    return FALSE;
  folded_login = g_utf8_casefold (login, -1);
  folded_password = g_utf8_casefold (password, -1);
  return strstr (folded_password, folded_login) != NULL;
}

gboolean
bd_password_rules_check (const char  *login,
                         const char  *password,
                         GError     **error)
{
  if (password == NULL || password[0] == '\0')
    {
      g_set_error_literal (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_EMPTY,
                           _("Enter a password"));
      return FALSE;
    }
  if (!g_utf8_validate (password, -1, NULL) ||
      g_utf8_strlen (password, -1) < BD_PASSWORD_MIN_CHARS)
    {
      g_set_error (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_TOO_SHORT,
                   _("A password has at least %d characters"), BD_PASSWORD_MIN_CHARS);
      return FALSE;
    }
  if (contains_login (login, password))
    {
      g_set_error_literal (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_IS_LOGIN,
                           _("A password cannot contain the login"));
      return FALSE;
    }
  if (is_demo_password (password))
    {
      g_set_error_literal (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_IS_DEMO,
                           _("The demo passwords are known to everyone: choose another"));
      return FALSE;
    }
  return TRUE;
}

gboolean
bd_password_rules_check_new (const char  *login,
                             const char  *password,
                             const char  *repeated,
                             GError     **error)
{
  if (!bd_password_rules_check (login, password, error))
    return FALSE;
  if (g_strcmp0 (password, repeated) != 0)
    {
      g_set_error_literal (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_MISMATCH,
                           _("The two passwords are not the same"));
      return FALSE;
    }
  return TRUE;
}
