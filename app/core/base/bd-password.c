/* bd-password.c — staff passwords, stored as Argon2id hashes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-password"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <sodium.h>

#include "bd-password.h"

static gboolean
ensure_sodium (GError **error)
{
  if (sodium_init () >= 0)
    return TRUE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("The password library could not be started"));
  return FALSE;
}

char *
bd_password_hash (const char  *password,
                  GError     **error)
{
  char hash[crypto_pwhash_STRBYTES];

  g_return_val_if_fail (password != NULL, NULL);

  if (!ensure_sodium (error))
    return NULL;

  /* Interactive limits: a sign-in at the counter must not keep a customer waiting. */
  if (crypto_pwhash_str_alg (hash, password, strlen (password),
                             crypto_pwhash_OPSLIMIT_INTERACTIVE,
                             crypto_pwhash_MEMLIMIT_INTERACTIVE,
                             crypto_pwhash_ALG_ARGON2ID13) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                           _("Not enough memory to protect the password"));
      return NULL;
    }
  return g_strdup (hash);
}

/* Every verification of the process, for the tests that check an unknown staff name
 * costs what a known one does. */
static guint verify_count;

gboolean
bd_password_verify (const char *hash,
                    const char *password)
{
  if (hash == NULL || password == NULL || !ensure_sodium (NULL))
    return FALSE;
  g_atomic_int_inc (&verify_count);
  return crypto_pwhash_str_verify (hash, password, strlen (password)) == 0;
}

/* A hash of a random password nobody kept, made with the limits bd_password_hash() uses
 * (crypto_pwhash_*_INTERACTIVE of libsodium 1.0.18: t=2, m=64 MiB). Should a libsodium
 * change those limits, one is made once with the new ones, so that the time spent stays
 * that of a real verification. */
static const char dummy_hash[crypto_pwhash_STRBYTES] =
  "$argon2id$v=19$m=65536,t=2,p=1$HjaEwZNBh+Kz58YfwoOSuA"
  "$zHfEO14FEjraasaktjaDH2NeR/4XKnCiJQnAl9tgZ/w";

static const char *
get_dummy_hash (void)
{
  static const char *made;

  if (g_once_init_enter (&made))
    {
      char *hash = NULL;

      if (crypto_pwhash_str_needs_rehash (dummy_hash, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        {
          unsigned char secret[32];
          char text[sizeof secret * 2 + 1];

          randombytes_buf (secret, sizeof secret);
          sodium_bin2hex (text, sizeof text, secret, sizeof secret);
          hash = bd_password_hash (text, NULL);
          sodium_memzero (text, sizeof text);
        }
      g_once_init_leave (&made, hash != NULL ? hash : dummy_hash);
    }
  return made;
}

void
bd_password_verify_dummy (const char *password)
{
  if (!ensure_sodium (NULL))
    return;
  bd_password_verify (get_dummy_hash (), password != NULL ? password : "");
}

guint
bd_password_get_verify_count (void)
{
  return (guint) g_atomic_int_get (&verify_count);
}
