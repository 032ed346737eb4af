/* main.c — branchdesk, the counter program of a life-insurance branch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "branchdesk"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "bd-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BdApplication) app = NULL;
  const char *localedir;

  /* First of all: the start-up benchmark (tests/bench) counts from here. */
  bd_application_set_start_time (g_get_monotonic_time ());
  localedir = g_getenv ("BRANCHDESK_LOCALEDIR");

  /* An uninstalled build points this at build/po: without our own catalogue GLib would
   * stop translating GTK's and libadwaita's strings too. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Branch Desk"));
  app = bd_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
