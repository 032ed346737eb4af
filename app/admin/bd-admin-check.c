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
print_problem_cb (BdCheckSeverity  severity,
                  const char      *problem,
                  gpointer         user_data)
{
  guint *n_seen = user_data;

  if ((*n_seen)++ >= MAX_PRINTED)
    return;
  if (severity == BD_CHECK_WARNING)
    g_print (_("warning: %s\n"), problem);
  else
    g_print ("%s\n", problem);
}

int
bd_admin_check (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today_text = NULL;
  guint n_problems = 0, n_warnings = 0, n_seen = 0;
  GOptionEntry entries[] = {
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Check dates against DATE (YYYY-MM-DD) instead of today"), N_("DATE") },
    G_OPTION_ENTRY_NULL
  };
  GDate today;
  int status;

  context = g_option_context_new (_("DATABASE — check a branch database"));
  g_option_context_set_summary (context,
                                _("Runs SQLite’s integrity check and checks the data’s own "
                                  "rules: every policy has a policyholder and an insured, "
                                  "the shares of each beneficiary order add up to 100%, "
                                  "identity numbers are valid and agree with the birth date "
                                  "and sex, relatives’ ages are possible, organisations’ "
                                  "credit codes are valid, a minor’s death cover is within "
                                  "the legal cap, no receipt is dated after today, spouses "
                                  "are of marriage age. Prints each problem, and warnings "
                                  "such as bank card numbers failing their check digit; "
                                  "exits with 1 when there is any problem."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = bd_admin_parse (context, &argc, &argv, 1)) != BD_ADMIN_OK)
    return status;
  if (today_text != NULL && !bd_admin_parse_date (today_text, &today))
    {
      bd_admin_printerr (_("“%s” is not a date in the form YYYY-MM-DD"), today_text);
      return BD_ADMIN_USAGE;
    }

  if ((store = bd_admin_open_read_only (argv[1])) == NULL)
    return BD_ADMIN_FAILED;

  if (!bd_store_check_full (store, today_text != NULL ? &today : NULL, print_problem_cb,
                            &n_seen, &n_problems, &n_warnings, &error))
    {
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }

  if (n_seen > MAX_PRINTED)
    g_print (_("… and %u more\n"), n_seen - MAX_PRINTED);
  if (n_warnings > 0)
    g_print (ngettext ("%s: %u warning\n", "%s: %u warnings\n", n_warnings),
             argv[1], n_warnings);
  if (n_problems == 0)
    {
      g_print (_("%s: no problems found\n"), argv[1]);
      return BD_ADMIN_OK;
    }
  g_print (ngettext ("%s: %u problem found\n", "%s: %u problems found\n", n_problems),
           argv[1], n_problems);
  return BD_ADMIN_FAILED;
}
