/* bd-admin-migrate.c — branchdesk-admin migrate: bring a database up to date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading commands (check, audit, print) never change a file; this one brings it to the
 * program's schema, after keeping a copy of it as it was.
 */
#define G_LOG_DOMAIN "bd-admin"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-admin-private.h"

int
bd_admin_migrate (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BdStore) store = NULL;
  int status;

  context = g_option_context_new (_("DATABASE — bring a database up to date"));
  if ((status = bd_admin_parse (context, &argc, &argv, 1)) != BD_ADMIN_OK)
    return status;
  if ((store = bd_admin_open_existing (argv[1])) == NULL)
    return BD_ADMIN_FAILED;
  if (bd_store_get_migration_backup (store) == NULL)
    g_print (_("%s is up to date (schema %u)\n"), argv[1], bd_store_get_schema_version (store));
  else
    g_print (_("%s is now at schema %u; the file as it was is kept as %s\n"), argv[1],
             bd_store_get_schema_version (store), bd_store_get_migration_backup (store));
  return BD_ADMIN_OK;
}
