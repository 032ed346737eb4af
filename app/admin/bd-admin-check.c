/* bd-admin-check.c — branchdesk-admin check: is the database sound?
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-admin"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-admin-private.h"

/* Past this many, the rest are only counted: a thousand lines help nobody. */
#define MAX_PRINTED 200

static void
print_problem_cb (const char *problem,
                  gpointer    user_data)
{
  guint *n_seen = user_data;

  if ((*n_seen)++ < MAX_PRINTED)
    g_print ("%s\n", problem);
}

int
bd_admin_check (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n_problems = 0, n_seen = 0;
  int status;

  context = g_option_context_new (_("DATABASE — check a branch database"));
  g_option_context_set_summary (context,
                                _("Runs SQLite’s integrity check and checks the data’s own "
                                  "rules: every policy has a policyholder and an insured, "
                                  "the shares of each beneficiary order add up to 100%, "
                                  "identity numbers are valid and agree with the birth date "
                                  "and sex, relatives’ ages are possible. Prints each problem; "
                                  "exits with 1 when there is any."));
  if ((status = bd_admin_parse (context, &argc, &argv, 1)) != BD_ADMIN_OK)
    return status;

  if ((store = bd_admin_open_existing (argv[1])) == NULL)
    return BD_ADMIN_FAILED;

  if (!bd_store_check (store, print_problem_cb, &n_seen, &n_problems, &error))
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }

  if (n_problems > MAX_PRINTED)
    g_print (_("… and %u more\n"), n_problems - MAX_PRINTED);
  if (n_problems == 0)
    {
      g_print (_("%s: no problems found\n"), argv[1]);
      return BD_ADMIN_OK;
    }
  g_print (ngettext ("%s: %u problem found\n", "%s: %u problems found\n", n_problems),
           argv[1], n_problems);
  return BD_ADMIN_FAILED;
}
