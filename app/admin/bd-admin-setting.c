/* bd-admin-setting.c — branchdesk-admin setting: the branch's own settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The company and branch names printed on every slip and sheet, the counter's phone
 * printed on request receipts and notices, and the branch's time zone, are kept in the
 * branch's database, the same for every desk that shares it.
 */
#define G_LOG_DOMAIN "bd-admin"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-admin-private.h"
#include "bd-branch-settings.h"

/* The keys of the branch's settings, for the messages: "company-name, branch-name, …". */
static char *
list_keys (void)
{
  g_autoptr(GString) keys = g_string_new (NULL);
  guint n_settings;
  const BdBranchSetting *settings = bd_branch_settings_get_all (&n_settings);

  for (guint i = 0; i < n_settings; i++)
    g_string_append_printf (keys, "%s%s", i > 0 ? ", " : "", settings[i].key);
  return g_string_free (g_steal_pointer (&keys), FALSE);
}

int
bd_admin_setting (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *keys = list_keys ();
  int status;

  context = g_option_context_new (_("KEY [VALUE] DATABASE — show or change a setting of the branch"));
  g_option_context_set_summary (context,
                                _("company-name: the company printed on slips and sheets.\n"
                                  "branch-name: the branch, shown at sign-in and printed.\n"
                                  "branch-phone: the counter’s phone, printed on request "
                                  "receipts and notices.\n"
                                  "branch-address: the branch’s address, printed on receipts and "
                                  "notices.\n"
                                  "time-zone: the branch’s time zone, such as Asia/Shanghai (the "
                                  "default); every time shown and printed is in it.\n"
                                  "idle-lock-minutes, due-horizon-days, cooling-off-days, "
                                  "grace-days: numbers of the desk’s rules.\n"
                                  "With a VALUE the setting is changed (and audited)."));
  if ((status = bd_admin_parse (context, &argc, &argv, -1)) != BD_ADMIN_OK)
    return status;
  if (argc != 3 && argc != 4)
    {
      bd_admin_printerr (_("setting takes a KEY, an optional VALUE and the DATABASE"));
      return BD_ADMIN_USAGE;
    }
  if (bd_branch_setting_find (argv[1]) == NULL)
    {
      bd_admin_printerr (_("“%s” is not a setting: %s"), argv[1], keys);
      return BD_ADMIN_USAGE;
    }
  /* What the store would refuse is a wrong argument: said before the file is opened. A
   * misspelt zone would silently print every slip in the default zone. */
  if (argc == 4 && (clean = bd_branch_setting_check (argv[1], argv[2], &error)) == NULL)
    {
      bd_admin_printerr ("%s: %s", argv[1], error->message);
      return BD_ADMIN_USAGE;
    }
  if ((store = bd_admin_open_existing (argv[argc - 1])) == NULL)
    return BD_ADMIN_FAILED;

  if (argc == 4 &&
      (!bd_store_set_setting (store, argv[1], clean, &error) ||
       !bd_store_append_audit (store, 0, "setting-changed", NULL, 0, 0, argv[1], &error)))
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }
  value = bd_branch_setting_dup (store, argv[1]);
  g_print ("%s\n", value != NULL ? value : "");
  return BD_ADMIN_OK;
}
