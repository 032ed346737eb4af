/* bd-admin-demo.c — branchdesk-admin demo: create a demo branch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-admin"

#include "config.h"

#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bd-admin-private.h"
#include "bd-clock.h"
#include "bd-demo.h"

#define DEFAULT_CUSTOMERS 2000
#define DEFAULT_SEED 20261122

static gboolean
report_progress_cb (guint    done,
                    guint    total,
                    gpointer user_data)
{
  /* Only a person at a terminal wants to watch it count. */
  if (isatty (STDERR_FILENO))
    g_printerr ("\r%s", _("Creating customers…"));
  if (isatty (STDERR_FILENO))
    g_printerr (" %u / %u", done, total);
  return TRUE;
}

static int
create_demo (const char          *path,
             const char          *sheet_path,
             const BdDemoOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = NULL;
  g_autoptr(BdKey) key = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree char *branch = g_path_get_basename (path);
  BdStoreCounts counts;

  GStatBuf buf;

  /* A file that holds anything is refused before a key is made for it. */
  if (g_stat (path, &buf) == 0 && buf.st_size > 0)
    {
      bd_admin_printerr (_("“%s” already exists: a new branch database is not written over it"),
                         path);
      return BD_ADMIN_FAILED;
    }
  if ((key = bd_admin_new_key (branch, sheet_path)) == NULL)
    return BD_ADMIN_FAILED;
  if ((store = bd_store_create (path, key, &error)) == NULL ||
      !bd_demo_generate (store, options, report_progress_cb, NULL, &error) ||
      !bd_store_get_counts (store, &counts, &error))
    {
      if (isatty (STDERR_FILENO))
        g_printerr ("\n");
      bd_admin_printerr ("%s", error->message);
      return BD_ADMIN_FAILED;
    }

  if (isatty (STDERR_FILENO))
    g_printerr ("\n");
  g_print (_("Created a demo branch in %s: %u customers, %u households, %u policies, "
             "%u beneficiaries, %u staff (%.1f s)\n"),
           path, counts.customers, counts.households, counts.policies,
           counts.beneficiaries, counts.staff, g_timer_elapsed (timer, NULL));
  return BD_ADMIN_OK;
}

/* Ten times the largest branch measured (tests/bench): beyond it a run takes hours. */
#define MAX_CUSTOMERS 10000000
#define FIRST_YEAR 2000
#define LAST_YEAR 2100

int
bd_admin_demo (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *sheet_path = NULL;
  BdDemoOptions options = { DEFAULT_CUSTOMERS, DEFAULT_SEED, { 0 }, FALSE };
  gboolean keep_demo_passwords = FALSE;
  int n_customers = DEFAULT_CUSTOMERS;
  gint64 seed = DEFAULT_SEED;
  int status;
  const GOptionEntry entries[] = {
    { "customers", 'n', 0, G_OPTION_ARG_INT, &n_customers,
      N_("How many customers (whole households, so a few more); default 2000"), N_("N") },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed,
      N_("The seed: the same seed and date give the same branch"), N_("S") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("The date the branch is as of (YYYY-MM-DD); default today"), N_("DATE") },
    { "recovery-sheet", 0, 0, G_OPTION_ARG_FILENAME, &sheet_path,
      N_("Also print the new key’s recovery key to this PDF"), N_("FILE") },
    { "keep-demo-passwords", 0, 0, G_OPTION_ARG_NONE, &keep_demo_passwords,
      N_("For tests and training walk-throughs only: the demo accounts keep the README’s "
         "passwords instead of changing them at the first sign-in"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("DATABASE — create a demo branch"));
  g_option_context_set_summary (context,
                                _("Fills an empty database with a realistic, reproducible "
                                  "branch: staff accounts, products, households, customers, "
                                  "policies and beneficiaries. The file is created when missing."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = bd_admin_parse (context, &argc, &argv, 1)) != BD_ADMIN_OK)
    return status;

  if (n_customers < 1 || n_customers > MAX_CUSTOMERS || seed < 0 || seed > G_MAXUINT32)
    {
      bd_admin_printerr (_("--customers must be from 1 to %u and --seed from 0 to %u"),
                         MAX_CUSTOMERS, G_MAXUINT32);
      return BD_ADMIN_USAGE;
    }
  if (today_text == NULL)
    bd_clock_get_today (NULL, &options.today);
  else if (!bd_admin_parse_date (today_text, &options.today))
    {
      bd_admin_printerr (_("“%s” is not a date in the form YYYY-MM-DD"), today_text);
      return BD_ADMIN_USAGE;
    }
  /* The demo's people are born up to a century before it and their documents run decades
   * after it: a date outside these years makes dates no calendar has. */
  if (g_date_get_year (&options.today) < FIRST_YEAR || g_date_get_year (&options.today) > LAST_YEAR)
    {
      bd_admin_printerr (_("--today must be a date from %u to %u"), FIRST_YEAR, LAST_YEAR);
      return BD_ADMIN_USAGE;
    }

  options.n_customers = (guint) n_customers;
  options.seed = (guint32) seed;
  options.keep_demo_passwords = keep_demo_passwords;
  if (sheet_path != NULL && g_file_test (sheet_path, G_FILE_TEST_EXISTS))
    {
      bd_admin_printerr (_("“%s” already exists: the recovery key sheet is never written over "
                           "another file"), sheet_path);
      return BD_ADMIN_USAGE;
    }
  return create_demo (argv[1], sheet_path, &options);
}
