/* bd-store-key.c — the branch's key in the Secret Service, on libsecret
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>
#include <sodium.h>

#include "bd-store-key.h"
#include "bd-store.h"

static const SecretSchema key_schema = {
  "org.gnome.BranchDesk.DataKey", SECRET_SCHEMA_NONE,
  {
    { "fingerprint", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  },
  0, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
};

/* Why the keyring could not be asked, in words for the person at the desk. */
static void
set_unavailable (GError     **error,
                 GError      *cause)
{
  g_set_error (error, BD_KEY_ERROR, BD_KEY_ERROR_UNAVAILABLE,
               _("The keyring that keeps the branch’s key cannot be reached (%s). Sign in "
                 "to the desktop, or give the key file with --key-file."), cause->message);
}

gboolean
bd_keyring_save (BdKey       *key,
                 const char  *branch,
                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *label = NULL;
  char *text;
  gboolean ok;

  g_return_val_if_fail (key != NULL, FALSE);

  fingerprint = bd_key_dup_fingerprint (key);
  label = g_strdup_printf (_("Branch Desk data key of %s"), branch);
  text = bd_key_to_text (key);
  ok = secret_password_store_sync (&key_schema, SECRET_COLLECTION_DEFAULT, label, text, NULL,
                                   &local_error, "fingerprint", fingerprint, NULL);
  sodium_memzero (text, strlen (text));
  g_free (text);
  if (!ok)
    set_unavailable (error, local_error);
  return ok;
}

BdKey *
bd_keyring_lookup (const char  *fingerprint,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *text;
  BdKey *key;

  g_return_val_if_fail (fingerprint != NULL, NULL);

  text = secret_password_lookup_sync (&key_schema, NULL, &local_error,
                                      "fingerprint", fingerprint, NULL);
  if (text == NULL)
    {
      if (local_error != NULL)
        set_unavailable (error, local_error);
      else
        g_set_error (error, BD_KEY_ERROR, BD_KEY_ERROR_NOT_FOUND,
                     _("Your keyring has no key for this branch’s database. Ask the "
                       "administrator to put it there with the recovery key "
                       "(branchdesk-admin recover-key)."));
      return NULL;
    }
  key = bd_key_new_from_text (text, error);
  secret_password_free (text);
  return key;
}

BdKey *
bd_store_find_key (const char  *path,
                   const char  *key_file,
                   GError     **error)
{
  g_autofree char *fingerprint = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  /* A key file needs nothing of the database: opening it checks that the key is its
   * own. Only when the key file fails is the database looked at, so that a file that is
   * not a sealed Branch Desk database is refused for what it is. */
  if (key_file != NULL)
    {
      g_autoptr(GError) key_error = NULL;
      BdKey *key = bd_key_load_file (key_file, &key_error);

      if (key == NULL && (fingerprint = bd_store_peek_key_fingerprint (path, error)) != NULL)
        g_propagate_error (error, g_steal_pointer (&key_error));
      return key;
    }
  if ((fingerprint = bd_store_peek_key_fingerprint (path, error)) == NULL)
    return NULL;
  return bd_keyring_lookup (fingerprint, error);
}
