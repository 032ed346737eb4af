/* bd-password.h — staff passwords, stored as Argon2id hashes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An Argon2id hash string (libsodium crypto_pwhash_str), or NULL with @error set. */
char     *bd_password_hash   (const char  *password,
                              GError     **error);
gboolean  bd_password_verify (const char  *hash,
                              const char  *password);

G_END_DECLS
