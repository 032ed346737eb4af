/* bd-admin-key.c — branchdesk-admin encrypt and recover-key: the branch's data key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `encrypt` seals the identity, phone and account numbers of a database an older program
 * kept in clear text (JR/T 0171-2020), with a new key. `recover-key` puts a branch's key
 * back where desks find it — this user's keyring, or a key file — from the recovery key
 * printed when the branch was created, after checking it is that branch's key.
 */
#define G_LOG_DOMAIN "bd-admin"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "bd-admin-private.h"

/* A file that keeps a key's fingerprint is sealed already. */
static gboolean
is_sealed (const char *path)
{
  g_autofree char *fingerprint = bd_store_peek_key_fingerprint (path, NULL);

  return fingerprint != NULL;
}

int
bd_admin_encrypt (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BdKey) key = NULL;
  g_autofree char *branch = NULL;
  g_autofree char *sheet_path = NULL;
  int status;
  const GOptionEntry entries[] = {
    { "recovery-sheet", 0, 0, G_OPTION_ARG_FILENAME, &sheet_path,
      N_("Also print the new key’s recovery key to this PDF"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (_("DATABASE — seal its personal numbers with a new key"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("A copy is converted and checked number by number against "
                                  "the original before it takes the original’s place; the "
                                  "original, with its numbers in clear text, is then removed. "
                                  "Close the database at every desk first. The new key goes "
                                  "to your keyring, or to --key-file FILE given before the "
                                  "command."));
  if ((status = bd_admin_parse (context, &argc, &argv, 1)) != BD_ADMIN_OK)
    return status;
  if (!g_file_test (argv[1], G_FILE_TEST_IS_REGULAR))
    {
      bd_admin_printerr (_("There is no database at “%s”."), argv[1]);
      return BD_ADMIN_FAILED;
    }
  if (sheet_path != NULL && g_file_test (sheet_path, G_FILE_TEST_EXISTS))
    {
      bd_admin_printerr (_("“%s” already exists: the recovery key sheet is never written over "
                           "another file"), sheet_path);
      return BD_ADMIN_USAGE;
    }
  if (is_sealed (argv[1]))
    {
      bd_admin_printerr (_("%s is sealed already: nothing was changed"), argv[1]);
      return BD_ADMIN_FAILED;
    }
  branch = g_path_get_basename (argv[1]);
  if ((key = bd_admin_new_key (branch, sheet_path)) == NULL)
    return BD_ADMIN_FAILED;
  if (!bd_store_convert_to_sealed (argv[1], key, &error))
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }
  g_print (_("%s is sealed: its identity numbers, phones and account numbers are encrypted, "
             "and the copy with them in clear text is gone. Backups taken before are still "
             "in clear text: take a new backup and destroy the old ones.\n"), argv[1]);
  return BD_ADMIN_OK;
}

/* One line from stdin, without its end: the recovery key as typed or pasted. */
static char *
read_recovery_key (void)
{
  char line[256];

  if (fgets (line, sizeof line, stdin) == NULL)
    return NULL;
  line[strcspn (line, "\r\n")] = '\0';
  return g_strdup (line);
}

static BdKey *
key_of_branch (const char  *path,
               const char  *text,
               GError     **error)
{
  g_autoptr(BdKey) key = bd_key_new_from_text (text, error);
  g_autofree char *wanted = NULL;
  g_autofree char *given = NULL;

  if (key == NULL || (wanted = bd_store_peek_key_fingerprint (path, error)) == NULL)
    return NULL;
  given = bd_key_dup_fingerprint (key);
  if (!g_str_equal (wanted, given))
    {
      g_set_error (error, BD_KEY_ERROR, BD_KEY_ERROR_INVALID,
                   _("This recovery key is not the key of “%s”"), path);
      return NULL;
    }
  return g_steal_pointer (&key);
}

int
bd_admin_recover_key (int    argc,
                      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BdKey) key = NULL;
  g_autofree char *text = NULL;
  g_autofree char *branch = NULL;
  const char *key_file = bd_admin_get_key_file ();
  int status;

  context = g_option_context_new (_("DATABASE — put its key back from the recovery key"));
  g_option_context_set_summary (context,
                                _("Reads the recovery key on standard input, checks that it "
                                  "is the database’s key, and keeps it in your keyring, or in "
                                  "--key-file FILE given before the command."));
  if ((status = bd_admin_parse (context, &argc, &argv, 1)) != BD_ADMIN_OK)
    return status;
  if ((text = read_recovery_key ()) == NULL)
    {
      bd_admin_printerr (_("No recovery key was given on standard input"));
      return BD_ADMIN_USAGE;
    }
  key = key_of_branch (argv[1], text, &error);
  sodium_memzero (text, strlen (text));
  branch = g_path_get_basename (argv[1]);
  if (key == NULL ||
      (key_file != NULL ? !bd_key_save_file (key, key_file, &error)
                        : !bd_keyring_save (key, branch, &error)))
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }
  if (key_file != NULL)
    g_print (_("The key of %s is in %s\n"), argv[1], key_file);
  else
    g_print (_("The key of %s is in your keyring\n"), argv[1]);
  return BD_ADMIN_OK;
}
