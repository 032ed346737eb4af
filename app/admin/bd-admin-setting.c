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
#include "bd-text.h"

static const char *const known_keys[] = {
  "company-name", "branch-name", "branch-phone", "time-zone",
};

static gboolean
is_known (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (known_keys); i++)
    if (g_str_equal (key, known_keys[i]))
      return TRUE;
  return FALSE;
}

/* A value is one line of text, printed on slips and shown at sign-in: never empty. */
static gboolean
check_value (const char *key,
             const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *clean = bd_text_clean (value, BD_TEXT_LINE, &error);

  if (clean == NULL)
    bd_admin_printerr ("%s: %s", key, error->message);
  else if (clean[0] == '\0')
    bd_admin_printerr (_("%s cannot be empty"), key);
  return clean != NULL && clean[0] != '\0';
}

int
bd_admin_setting (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  int status;

  context = g_option_context_new (_("KEY [VALUE] DATABASE — show or change a setting of the branch"));
  g_option_context_set_summary (context,
                                _("company-name: the company printed on slips and sheets.\n"
                                  "branch-name: the branch, shown at sign-in and printed.\n"
                                  "branch-phone: the counter’s phone, printed on request "
                                  "receipts and notices.\n"
                                  "time-zone: the branch’s time zone, such as Asia/Shanghai (the "
                                  "default); every time shown and printed is in it.\n"
                                  "With a VALUE the setting is changed (and audited)."));
  if ((status = bd_admin_parse (context, &argc, &argv, -1)) != BD_ADMIN_OK)
    return status;
  if (argc != 3 && argc != 4)
    {
      bd_admin_printerr (_("setting takes a KEY, an optional VALUE and the DATABASE"));
      return BD_ADMIN_USAGE;
    }
  if (!is_known (argv[1]))
    {
      bd_admin_printerr (_("“%s” is not a setting: company-name, branch-name, branch-phone or time-zone"), argv[1]);
      return BD_ADMIN_USAGE;
    }
  /* What the store would refuse is a wrong argument: said before the file is opened. */
  if (argc == 4 && !check_value (argv[1], argv[2]))
    return BD_ADMIN_USAGE;
  /* A misspelt zone would silently print every slip in the default zone. */
  if (argc == 4 && g_str_equal (argv[1], "time-zone") && !bd_time_zone_is_known (argv[2]))
    {
      bd_admin_printerr (_("“%s” is not a time zone this system knows, such as Asia/Shanghai"), argv[2]);
      return BD_ADMIN_USAGE;
    }
  if ((store = bd_admin_open_existing (argv[argc - 1])) == NULL)
    return BD_ADMIN_FAILED;

  if (argc == 4 &&
      (!bd_store_set_setting (store, argv[1], argv[2], &error) ||
       !bd_store_append_audit (store, 0, "setting-changed", NULL, 0, 0, argv[1], &error)))
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }
  value = bd_store_dup_setting (store, argv[1]);
  if (value == NULL && g_str_equal (argv[1], "time-zone"))
    value = g_strdup (BD_STORE_DEFAULT_TIME_ZONE);
  g_print ("%s\n", value != NULL ? value : "");
  return BD_ADMIN_OK;
}
