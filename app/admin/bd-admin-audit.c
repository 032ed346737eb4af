/* bd-admin-audit.c — branchdesk-admin audit: who did what, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-admin"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "bd-admin-private.h"

#define DEFAULT_LIMIT 50

int
bd_admin_audit (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  int limit = DEFAULT_LIMIT, status;
  const GOptionEntry options[] = {
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("How many rows, newest first; default 50"),
      N_("N") },
    { NULL }
  };

  context = g_option_context_new (_("DATABASE — show the audit log"));
  g_option_context_set_summary (context,
                                _("Prints the newest rows of the append-only audit log: time "
                                  "(UTC), staff number, action, customer number, record and "
                                  "detail, separated by tabs."));
  g_option_context_add_main_entries (context, options, GETTEXT_PACKAGE);
  if ((status = bd_admin_parse (context, &argc, &argv, 1)) != BD_ADMIN_OK)
    return status;
  if (limit < 1)
    {
      bd_admin_printerr (_("--limit must be at least 1"));
      return BD_ADMIN_USAGE;
    }

  if ((store = bd_admin_open_read_only (argv[1])) == NULL)
    return BD_ADMIN_FAILED;
  if ((entries = bd_store_list_audit (store, (guint) limit, &error)) == NULL)
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      BdAuditEntry *entry = g_ptr_array_index (entries, i);
      g_print ("%s\t%" PRId64 "\t%s\t%" PRId64 "\t%s:%" PRId64 "\t%s\n", entry->at,
               entry->staff_id, entry->action, entry->customer_id,
               entry->record_table != NULL ? entry->record_table : "-", entry->record_id,
               entry->detail != NULL ? entry->detail : "");
    }
  return BD_ADMIN_OK;
}
