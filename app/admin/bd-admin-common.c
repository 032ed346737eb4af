/* bd-admin-common.c — what the subcommands share: parsing options, opening a database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-admin"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-admin-private.h"
#include "bd-clock.h"

GOptionContext *
bd_admin_own_help_context_new (const char         *parameters,
                               const char         *summary,
                               const GOptionEntry *entries,
                               gboolean           *help)
{
  const GOptionEntry help_entries[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, help, N_("Show this help"), NULL },
    G_OPTION_ENTRY_NULL
  };
  GOptionContext *context = g_option_context_new (parameters);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_set_help_enabled (context, FALSE);
  /* The help first, where GOption lists its own. */
  g_option_context_add_main_entries (context, help_entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return context;
}

int
bd_admin_parse (GOptionContext  *context,
                int             *argc,
                char          ***argv,
                int              n_arguments)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_USAGE;
    }
  /* argv[0] is the subcommand itself. */
  if (n_arguments >= 0 && *argc - 1 != n_arguments)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      bd_admin_printerr (ngettext ("expected %d argument, got %d",
                                   "expected %d arguments, got %d", n_arguments),
                         n_arguments, *argc - 1);
      g_printerr ("%s", help);
      return BD_ADMIN_USAGE;
    }
  return BD_ADMIN_OK;
}

int
bd_admin_parse_copy (GOptionContext  *context,
                     int              argc,
                     char           **argv,
                     GStrv           *arguments)
{
  g_autoptr(GError) error = NULL;

  *arguments = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    (*arguments)[i] = g_strdup (argv[i]);
  if (!g_option_context_parse_strv (context, arguments, &error))
    return bd_admin_usage_error (context, error->message);
  return BD_ADMIN_OK;
}

int
bd_admin_print_help (GOptionContext *context)
{
  g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);

  g_print ("%s", text);
  return BD_ADMIN_OK;
}

int
bd_admin_usage_error (GOptionContext *context,
                      const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  bd_admin_printerr ("%s", message);
  g_printerr ("%s", help);

  return BD_ADMIN_USAGE;
}

static char *key_file;

void
bd_admin_set_key_file (const char *path)
{
  g_clear_pointer (&key_file, g_free);
  key_file = path != NULL && path[0] != '\0' ? g_strdup (path) : NULL;
}

const char *
bd_admin_get_key_file (void)
{
  return key_file;
}

BdKey *
bd_admin_find_key (const char *path)
{
  g_autoptr(GError) error = NULL;
  BdKey *key;

  if ((key = bd_store_find_key (path, key_file, &error)) == NULL)
    bd_admin_printerr ("%s", error->message);
  return key;
}

/* The recovery key sheet, when asked for: a PDF only the administrator can read. */
static gboolean
print_recovery_sheet (BdKey       *key,
                      const char  *branch,
                      const char  *sheet_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) utc = bd_clock_now_utc ();
  g_autoptr(GDateTime) now = g_date_time_to_local (utc);
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%d %H:%M");
  g_autofree char *fingerprint = bd_key_dup_fingerprint (key);
  g_autofree char *text = bd_key_to_text (key);
  g_autoptr(BdPrintedForm) sheet = bd_printed_form_new_recovery_sheet (branch, text,
                                                                        fingerprint, created);

  if (bd_printed_form_write_pdf (sheet, sheet_path, &error))
    {
      g_print (_("The recovery key sheet is in %s: print it, lock it away, and delete the "
                 "file.\n"), sheet_path);
      return TRUE;
    }
  bd_admin_printerr ("%s", error->message);
  return FALSE;
}

static void
show_recovery_key (BdKey *key)
{
  g_autofree char *text = bd_key_to_text (key);

  g_print (_("The branch’s recovery key — print it or write it down now, and lock it away. It "
             "is shown only this once; without it and without the key, the branch’s identity "
             "numbers, phones and accounts cannot be read again:\n\n    %s\n\n"), text);
}

BdKey *
bd_admin_new_key (const char *branch,
                  const char *sheet_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdKey) key = NULL;

  if (key_file != NULL && g_file_test (key_file, G_FILE_TEST_EXISTS))
    {
      if ((key = bd_key_load_file (key_file, &error)) == NULL)
        bd_admin_printerr ("%s", error->message);
      return g_steal_pointer (&key);
    }
  key = bd_key_new_random ();
  /* The sheet first: a key nobody could write down is not kept anywhere. */
  if (sheet_path != NULL && !print_recovery_sheet (key, branch, sheet_path))
    return NULL;
  if (key_file != NULL ? !bd_key_save_file (key, key_file, &error)
                       : !bd_keyring_save (key, branch, &error))
    {
      bd_admin_printerr ("%s", error->message);
      return NULL;
    }
  show_recovery_key (key);
  return g_steal_pointer (&key);
}

BdStore *
bd_admin_open_existing (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdKey) key = NULL;
  BdStore *store;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      bd_admin_printerr (_("There is no database at “%s”."), path);
      return NULL;
    }
  if ((key = bd_admin_find_key (path)) == NULL)
    return NULL;
  if ((store = bd_store_open (path, key, &error)) == NULL)
    bd_admin_printerr ("%s", error->message);
  else if (bd_store_get_migration_backup (store) != NULL)
    g_printerr (_("The database was brought up to date; the file as it was is kept as %s\n"),
                bd_store_get_migration_backup (store));
  return store;
}

BdStore *
bd_admin_open_read_only (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdKey) key = NULL;
  BdStore *store;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      bd_admin_printerr (_("There is no database at “%s”."), path);
      return NULL;
    }
  if ((key = bd_admin_find_key (path)) == NULL)
    return NULL;
  if ((store = bd_store_open_read_only (path, key, &error)) == NULL)
    bd_admin_printerr ("%s", error->message);
  return store;
}

gboolean
bd_admin_parse_date (const char *text,
                     GDate      *date)
{
  return bd_date_parse_iso (text, date);
}
