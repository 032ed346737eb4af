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
/* Spends on @password the time bd_password_verify() spends on a staff member's hash, and
 * forgets the answer: a staff name that does not exist takes as long to refuse as a wrong
 * password, so the time taken does not tell which names exist. */
void      bd_password_verify_dummy     (const char *password);
/* How many Argon2id verifications this process has run, for the tests. */
guint     bd_password_get_verify_count (void);

G_END_DECLS
