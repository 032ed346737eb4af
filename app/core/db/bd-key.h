/* bd-key.h — the branch's data key: sealing personal numbers and their blind indexes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 《个人金融信息保护技术规范》 (JR/T 0171-2020) asks that identity numbers, account numbers
 * and the like be stored encrypted; 《个人信息保护法》 art. 51 asks for encryption. A branch
 * has one random 256-bit key. Three keys are derived from it: one seals values
 * (XChaCha20-Poly1305, a fresh nonce per value, the column's name as associated data, so a
 * sealed value cannot be moved to another column), one makes blind indexes (a keyed
 * BLAKE2b hash of a value, which a search compares without ever storing the value in
 * clear), one makes the key's fingerprint (stored with the data, so that a wrong key is
 * refused before it reads anything).
 *
 * The key is written down as 55 letters and digits in groups of five, the last two bytes
 * a checksum: the recovery key an administrator prints, and the line of a key file.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _BdKey BdKey;

#define BD_KEY_ERROR (bd_key_error_quark ())
GQuark bd_key_error_quark (void);

typedef enum
{
  BD_KEY_ERROR_INVALID,      /* a key text that is not a key: mistyped, cut short */
  BD_KEY_ERROR_FILE,         /* a key file that cannot be read or written */
  BD_KEY_ERROR_EXPOSED,      /* a key file others can read */
  BD_KEY_ERROR_UNAVAILABLE,  /* no keyring to keep or find a key in */
  BD_KEY_ERROR_NOT_FOUND,    /* the keyring has no key for this branch */
} BdKeyError;

/* The size of a blind index, in bytes. */
#define BD_KEY_BLIND_SIZE 16

/* A new random key. Its bytes live in locked memory, wiped when the last reference goes. */
BdKey      *bd_key_new_random        (void);
/* Reads a key written by bd_key_to_text(): spaces, dashes and case do not matter, and the
 * letters people confuse (O for 0, I and L for 1) are read as meant. */
BdKey      *bd_key_new_from_text     (const char    *text,
                                      GError       **error);
BdKey      *bd_key_ref               (BdKey         *key);
void        bd_key_unref             (BdKey         *key);

/* "ABCDE-FGHIJ-…": eleven groups of five. */
char       *bd_key_to_text           (BdKey         *key);
/* What the data keeps to recognise its key: 32 hexadecimal digits that tell nothing of it. */
char       *bd_key_dup_fingerprint   (BdKey         *key);

/* A key file holds the key's text on one line; lines starting with # are comments. It is
 * written 0600 and only when it does not exist; a key file that its group or others can
 * read is refused, as ssh refuses an exposed private key. */
BdKey      *bd_key_load_file         (const char    *path,
                                      GError       **error);
gboolean    bd_key_save_file         (BdKey         *key,
                                      const char    *path,
                                      GError       **error);

/* Seals @value for the column @purpose ("identity_document.number"): version byte, nonce
 * and ciphertext, *@length bytes. */
guint8     *bd_key_seal              (BdKey         *key,
                                      const char    *purpose,
                                      const char    *value,
                                      gsize         *length);
/* The text sealed for @purpose, or NULL when @sealed was not sealed by this key for this
 * column (changed outside the program, or another key). */
char       *bd_key_open              (BdKey         *key,
                                      const char    *purpose,
                                      const guint8  *sealed,
                                      gsize          length);
/* The blind index of @value for @purpose into @out: equal values give equal indexes,
 * nobody without the key can tell which value gave one. */
void        bd_key_blind             (BdKey         *key,
                                      const char    *purpose,
                                      const char    *value,
                                      guint8         out[BD_KEY_BLIND_SIZE]);

/* The same, as 32 hexadecimal digits: a keyed hash kept as text (the audit log's seal). */
char       *bd_key_dup_blind_hex     (BdKey         *key,
                                      const char    *purpose,
                                      const char    *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BdKey, bd_key_unref)

G_END_DECLS
