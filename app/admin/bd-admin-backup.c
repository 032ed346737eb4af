/* bd-admin-backup.c — branchdesk-admin backup and restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A backup is taken while desks keep working, verified, and kept as one copy per day of
 * the branch; a restore verifies the backup before it replaces anything and keeps the
 * file it replaces (bd-store-backup.h). The copies are not encrypted yet: that waits for
 * encryption at rest (issue 9).
 */
#define G_LOG_DOMAIN "bd-admin"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-admin-private.h"
#include "bd-store-backup.h"

/* A year of daily copies is more than any branch keeps; a bigger number is a typo. */
#define MAX_KEEP 3660

int
bd_admin_backup (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *copy = NULL;
  int keep = BD_STORE_BACKUP_DEFAULT_KEEP;
  int status;
  GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_FILENAME, &folder,
      N_("The folder the daily copies are kept in"), N_("FOLDER") },
    { "keep", 0, 0, G_OPTION_ARG_INT, &keep,
      N_("How many daily copies to keep (default 7)"), "N" },
    { NULL }
  };

  context = g_option_context_new (_("DATABASE — take a verified copy while desks keep working"));
  g_option_context_set_summary (context,
                                _("The copy is FOLDER/branch-YYYY-MM-DD.db (the branch’s day); "
                                  "a second backup the same day replaces that day’s copy once "
                                  "it is verified. Older daily copies beyond --keep are deleted."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = bd_admin_parse (context, &argc, &argv, 1)) != BD_ADMIN_OK)
    return status;
  if (folder == NULL || folder[0] == '\0')
    return bd_admin_usage_error (context, _("--to FOLDER is required"));
  if (keep < 1 || keep > MAX_KEEP)
    return bd_admin_usage_error (context, _("--keep must be a number from 1 to 3660"));

  if ((store = bd_admin_open_existing (argv[1])) == NULL)
    return BD_ADMIN_FAILED;
  if ((copy = bd_store_backup_to_folder (store, folder, (guint) keep, &error)) == NULL)
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }
  g_print (_("Backed up and verified: %s\n"), copy);
  return BD_ADMIN_OK;
}

int
bd_admin_restore (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *replaced = NULL;
  g_autoptr(BdKey) key = NULL;
  int status;

  context = g_option_context_new (_("BACKUP DATABASE — put a backup in the database’s place"));
  g_option_context_set_summary (context,
                                _("The backup is verified before anything is replaced; the "
                                  "replaced file is kept as DATABASE.replaced-YYYYMMDDTHHMMSS "
                                  "(UTC). Close the database at every desk first."));
  if ((status = bd_admin_parse (context, &argc, &argv, 2)) != BD_ADMIN_OK)
    return status;
  /* The database's own key; with none left, the one the backup names. */
  key = bd_admin_find_key (g_file_test (argv[2], G_FILE_TEST_EXISTS) ? argv[2] : argv[1]);
  if (key == NULL)
    return BD_ADMIN_FAILED;
  if (!bd_store_restore (argv[1], argv[2], key, &replaced, &error))
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }
  if (replaced != NULL)
    g_print (_("%s was restored from %s; the file it replaced is kept as %s\n"),
             argv[2], argv[1], replaced);
  else
    g_print (_("%s was restored from %s\n"), argv[2], argv[1]);
  return BD_ADMIN_OK;
}
