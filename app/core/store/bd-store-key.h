/* bd-store-key.h — where a branch's key is kept and found: the desk user's keyring, or a
 * key file given explicitly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A desk finds the key of its database in the GNOME keyring of the user signed in to the
 * computer (libsecret), under the fingerprint the database keeps; the key never sits
 * beside the data. Headless runs, the tests and a demo branch give a key file instead.
 */
#pragma once

#include "bd-key.h"

G_BEGIN_DECLS

/* Keeps @key in the user's default keyring, labelled with @branch (a name a person
 * recognises in Passwords and Keys). BD_KEY_ERROR_UNAVAILABLE without a keyring. */
gboolean  bd_keyring_save        (BdKey        *key,
                                  const char   *branch,
                                  GError      **error);
/* The key with @fingerprint from the user's keyring: BD_KEY_ERROR_NOT_FOUND when it has
 * none, BD_KEY_ERROR_UNAVAILABLE when there is no keyring to ask. */
BdKey    *bd_keyring_lookup      (const char   *fingerprint,
                                  GError      **error);

/* The key of the database at @path: from @key_file when given (the database is read only
 * when the file holds no key, to say first what is wrong with the database), else from
 * the keyring by the fingerprint the database keeps. */
BdKey    *bd_store_find_key      (const char   *path,
                                  const char   *key_file,
                                  GError      **error);

G_END_DECLS
