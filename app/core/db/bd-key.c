/* bd-key.c — the branch's data key, on libsodium
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-key"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sodium.h>

#include "bd-key.h"

G_DEFINE_QUARK (bd-key-error-quark, bd_key_error)

#define MASTER_SIZE 32
#define CHECKSUM_SIZE 2
/* 34 bytes are 272 bits: 55 letters of 5 bits, in 11 groups of 5. */
#define TEXT_LETTERS 55
#define GROUP 5
/* The first byte of a sealed value: the way it was sealed, so that a later program can
 * seal differently and still open what is stored. */
#define SEAL_VERSION 1
#define SEAL_HEADER (1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)

/* Crockford's alphabet: no I, L, O or U, which read as other letters. */
static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

enum
{
  SUBKEY_SEAL = 1,
  SUBKEY_BLIND = 2,
  SUBKEY_FINGERPRINT = 3,
};

/* The derived keys live in memory that is locked (never swapped) and wiped when freed. */
typedef struct
{
  guint8 master[MASTER_SIZE];
  guint8 seal[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
  guint8 blind[crypto_generichash_KEYBYTES];
  guint8 fingerprint[crypto_generichash_KEYBYTES];
} KeyBytes;

struct _BdKey
{
  gatomicrefcount  ref_count;
  KeyBytes        *bytes;
};

static void
ensure_sodium (void)
{
  /* Fails only without a source of randomness, where no key could be made at all. */
  if (sodium_init () < 0)
    g_error ("libsodium could not be started");
}

static BdKey *
key_new_from_master (const guint8 master[MASTER_SIZE])
{
  BdKey *key = g_new0 (BdKey, 1);

  ensure_sodium ();
  g_atomic_ref_count_init (&key->ref_count);
  key->bytes = sodium_malloc (sizeof (KeyBytes));
  g_assert (key->bytes != NULL);
  memcpy (key->bytes->master, master, MASTER_SIZE);
  crypto_kdf_derive_from_key (key->bytes->seal, sizeof key->bytes->seal, SUBKEY_SEAL,
                              "BDeskKey", master);
  crypto_kdf_derive_from_key (key->bytes->blind, sizeof key->bytes->blind, SUBKEY_BLIND,
                              "BDeskKey", master);
  crypto_kdf_derive_from_key (key->bytes->fingerprint, sizeof key->bytes->fingerprint,
                              SUBKEY_FINGERPRINT, "BDeskKey", master);
  sodium_mprotect_readonly (key->bytes);
  return key;
}

BdKey *
bd_key_new_random (void)
{
  guint8 master[MASTER_SIZE];
  BdKey *key;

  ensure_sodium ();
  randombytes_buf (master, sizeof master);
  key = key_new_from_master (master);
  sodium_memzero (master, sizeof master);
  return key;
}

BdKey *
bd_key_ref (BdKey *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  g_atomic_ref_count_inc (&key->ref_count);
  return key;
}

void
bd_key_unref (BdKey *key)
{
  if (key == NULL || !g_atomic_ref_count_dec (&key->ref_count))
    return;
  sodium_free (key->bytes);
  g_free (key);
}

static void
checksum_of (const guint8 master[MASTER_SIZE],
             guint8       checksum[CHECKSUM_SIZE])
{
  guint8 hash[crypto_generichash_BYTES_MIN];

  crypto_generichash (hash, sizeof hash, master, MASTER_SIZE, NULL, 0);
  memcpy (checksum, hash, CHECKSUM_SIZE);
}

char *
bd_key_to_text (BdKey *key)
{
  guint8 raw[MASTER_SIZE + CHECKSUM_SIZE];
  GString *text = g_string_sized_new (TEXT_LETTERS + TEXT_LETTERS / GROUP);
  guint bits = 0, n_bits = 0, letters = 0;

  g_return_val_if_fail (key != NULL, NULL);

  memcpy (raw, key->bytes->master, MASTER_SIZE);
  checksum_of (raw, raw + MASTER_SIZE);
  for (gsize i = 0; i < sizeof raw || n_bits > 0; )
    {
      if (n_bits < 5 && i < sizeof raw)
        {
          bits = (bits << 8) | raw[i++];
          n_bits += 8;
        }
      else if (n_bits < 5)
        {
          bits <<= 5 - n_bits;   /* the last letter, padded with zero bits */
          n_bits = 5;
        }
      if (letters > 0 && letters % GROUP == 0)
        g_string_append_c (text, '-');
      g_string_append_c (text, alphabet[(bits >> (n_bits - 5)) & 0x1f]);
      n_bits -= 5;
      letters++;
    }
  sodium_memzero (raw, sizeof raw);
  return g_string_free (text, FALSE);
}

/* The value of a letter as written by a person, or -1 for a letter the text cannot hold. */
static int
letter_value (char c)
{
  const char *at;

  c = g_ascii_toupper (c);
  if (c == 'O')
    c = '0';
  else if (c == 'I' || c == 'L')
    c = '1';
  at = c != '\0' ? strchr (alphabet, c) : NULL;
  return at != NULL ? (int) (at - alphabet) : -1;
}

static gboolean
decode_letters (const char  *text,
                guint8       raw[MASTER_SIZE + CHECKSUM_SIZE],
                GError     **error)
{
  guint bits = 0, n_bits = 0, letters = 0;
  gsize filled = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      int value;

      if (*p == '-' || g_ascii_isspace (*p))
        continue;
      /* Another character, or a letter too many: not a key. */
      if ((value = letter_value (*p)) < 0 || letters == TEXT_LETTERS)
        {
          letters = 0;
          break;
        }
      bits = (bits << 5) | (guint) value;
      n_bits += 5;
      letters++;
      if (n_bits >= 8 && filled < MASTER_SIZE + CHECKSUM_SIZE)
        {
          raw[filled++] = (bits >> (n_bits - 8)) & 0xff;
          n_bits -= 8;
        }
    }
  if (letters != TEXT_LETTERS || filled != MASTER_SIZE + CHECKSUM_SIZE)
    {
      g_set_error (error, BD_KEY_ERROR, BD_KEY_ERROR_INVALID,
                   _("A key is 55 letters and digits in groups of five; this one is not "
                     "complete or holds other characters"));
      return FALSE;
    }
  return TRUE;
}

BdKey *
bd_key_new_from_text (const char  *text,
                      GError     **error)
{
  guint8 raw[MASTER_SIZE + CHECKSUM_SIZE];
  guint8 checksum[CHECKSUM_SIZE];
  BdKey *key = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  ensure_sodium ();
  if (!decode_letters (text, raw, error))
    return NULL;
  checksum_of (raw, checksum);
  if (memcmp (checksum, raw + MASTER_SIZE, CHECKSUM_SIZE) == 0)
    key = key_new_from_master (raw);
  else
    g_set_error (error, BD_KEY_ERROR, BD_KEY_ERROR_INVALID,
                 _("The key has a mistyped letter: its check does not add up"));
  sodium_memzero (raw, sizeof raw);
  return key;
}

static char *
hex_of (const guint8 *bytes,
        gsize         length)
{
  char *hex = g_malloc (2 * length + 1);

  sodium_bin2hex (hex, 2 * length + 1, bytes, length);
  return hex;
}

char *
bd_key_dup_fingerprint (BdKey *key)
{
  static const char what[] = "Branch Desk data key";
  guint8 hash[16];

  g_return_val_if_fail (key != NULL, NULL);

  crypto_generichash (hash, sizeof hash, (const guint8 *) what, sizeof what - 1,
                      key->bytes->fingerprint, sizeof key->bytes->fingerprint);
  return hex_of (hash, sizeof hash);
}

/* The first line that is not a comment or blank. */
static char *
key_line_of (const char *contents)
{
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && lines[i][0] != '#')
        return g_strdup (lines[i]);
    }
  return g_strdup ("");
}

BdKey *
bd_key_load_file (const char  *path,
                  GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf info;
  BdKey *key;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_stat (path, &info) != 0 || !S_ISREG (info.st_mode))
    {
      g_set_error (error, BD_KEY_ERROR, BD_KEY_ERROR_FILE,
                   _("There is no key file at “%s”"), path);
      return NULL;
    }
  if ((info.st_mode & 0077) != 0)
    {
      g_set_error (error, BD_KEY_ERROR, BD_KEY_ERROR_EXPOSED,
                   _("The key file “%s” can be read by others, so it is not used: make it "
                     "yours alone (chmod 600) if nobody else has read it"), path);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, NULL, &local_error))
    {
      g_set_error (error, BD_KEY_ERROR, BD_KEY_ERROR_FILE,
                   _("The key file “%s” cannot be read: %s"), path, local_error->message);
      return NULL;
    }
  line = key_line_of (contents);
  sodium_memzero (contents, strlen (contents));
  key = bd_key_new_from_text (line, &local_error);
  sodium_memzero (line, strlen (line));
  if (key == NULL)
    g_set_error (error, BD_KEY_ERROR, BD_KEY_ERROR_INVALID,
                 _("The key file “%s” holds no key: %s"), path, local_error->message);
  return key;
}

static gboolean
write_all (int          fd,
           const char  *text,
           gsize        length)
{
  while (length > 0)
    {
      ssize_t written = write (fd, text, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return FALSE;
      text += written;
      length -= (gsize) written;
    }
  return fsync (fd) == 0;
}

gboolean
bd_key_save_file (BdKey       *key,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *fingerprint = NULL;
  int fd, saved_errno;
  gboolean ok;

  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Its folder is made as the database's is: the owner's alone. */
  {
    g_autofree char *folder = g_path_get_dirname (path);
    g_mkdir_with_parents (folder, 0700);
  }
  /* O_EXCL: a key file is never replaced, as the data it opens would be lost with it. */
  if ((fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0)
    {
      saved_errno = errno;
      g_set_error (error, BD_KEY_ERROR, BD_KEY_ERROR_FILE,
                   saved_errno == EEXIST
                   ? _("The key file “%s” exists already; a key file is never replaced")
                   : _("The key file “%s” cannot be written: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  text = bd_key_to_text (key);
  fingerprint = bd_key_dup_fingerprint (key);
  contents = g_strdup_printf ("# Branch Desk data key %s — whoever has this file can read the "
                              "branch's personal data\n%s\n", fingerprint, text);
  ok = write_all (fd, contents, strlen (contents));
  saved_errno = errno;
  sodium_memzero (text, strlen (text));
  sodium_memzero (contents, strlen (contents));
  g_close (fd, NULL);
  if (!ok)
    {
      g_unlink (path);
      g_set_error (error, BD_KEY_ERROR, BD_KEY_ERROR_FILE,
                   _("The key file “%s” cannot be written: %s"), path, g_strerror (saved_errno));
    }
  return ok;
}

guint8 *
bd_key_seal (BdKey       *key,
             const char  *purpose,
             const char  *value,
             gsize       *length)
{
  gsize value_length = strlen (value);
  guint8 *sealed = g_malloc (SEAL_HEADER + value_length +
                             crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned long long sealed_length = 0;

  sealed[0] = SEAL_VERSION;
  randombytes_buf (sealed + 1, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  crypto_aead_xchacha20poly1305_ietf_encrypt (sealed + SEAL_HEADER, &sealed_length,
                                              (const guint8 *) value, value_length,
                                              (const guint8 *) purpose, strlen (purpose),
                                              NULL, sealed + 1, key->bytes->seal);
  *length = SEAL_HEADER + sealed_length;
  return sealed;
}

char *
bd_key_open (BdKey         *key,
             const char    *purpose,
             const guint8  *sealed,
             gsize          length)
{
  unsigned long long opened_length = 0;
  char *opened;

  if (sealed == NULL || length < SEAL_HEADER + crypto_aead_xchacha20poly1305_ietf_ABYTES ||
      sealed[0] != SEAL_VERSION)
    return NULL;
  opened = g_malloc (length - SEAL_HEADER - crypto_aead_xchacha20poly1305_ietf_ABYTES + 1);
  if (crypto_aead_xchacha20poly1305_ietf_decrypt ((guint8 *) opened, &opened_length, NULL,
                                                  sealed + SEAL_HEADER, length - SEAL_HEADER,
                                                  (const guint8 *) purpose, strlen (purpose),
                                                  sealed + 1, key->bytes->seal) != 0)
    {
      g_free (opened);
      return NULL;
    }
  opened[opened_length] = '\0';
  return opened;
}

void
bd_key_blind (BdKey       *key,
              const char  *purpose,
              const char  *value,
              guint8       out[BD_KEY_BLIND_SIZE])
{
  crypto_generichash_state state;

  /* The purpose and its terminating zero first: the same number gives unrelated indexes in
   * two columns, and no purpose is the start of another's value. */
  crypto_generichash_init (&state, key->bytes->blind, sizeof key->bytes->blind,
                           BD_KEY_BLIND_SIZE);
  crypto_generichash_update (&state, (const guint8 *) purpose, strlen (purpose) + 1);
  crypto_generichash_update (&state, (const guint8 *) value, strlen (value));
  crypto_generichash_final (&state, out, BD_KEY_BLIND_SIZE);
}

char *
bd_key_dup_blind_hex (BdKey       *key,
                      const char  *purpose,
                      const char  *value)
{
  guint8 blind[BD_KEY_BLIND_SIZE];

  bd_key_blind (key, purpose, value, blind);
  return hex_of (blind, sizeof blind);
}
