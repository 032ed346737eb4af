/* bd-admin.c — branchdesk-admin, the administrators' command-line tool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Headless administration of a branch database. It links the core only: no display is
 * needed, so it runs on servers, in scripts and in the tests.
 */
#define G_LOG_DOMAIN "bd-admin"

#include "config.h"

#include <string.h>

#include <locale.h>
#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "bd-admin-private.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "audit", bd_admin_audit, N_("Show the audit log: who did what, newest first") },
  { "backup", bd_admin_backup, N_("Take a verified copy of a database while desks keep working") },
  { "calendar", bd_admin_calendar, N_("Working days: list a year, add working days, deadlines") },
  { "check", bd_admin_check, N_("Check a database’s integrity and the data’s own rules") },
  { "demo", bd_admin_demo, N_("Create a realistic demo branch in an empty database") },
  { "id", bd_admin_id, N_("Say whether an identity number is valid, and why not") },
  { "encrypt", bd_admin_encrypt, N_("Seal the personal numbers of an older database with a new key") },
  { "migrate", bd_admin_migrate, N_("Bring a database up to date, keeping a copy of it first") },
  { "print", bd_admin_print, N_("Print contact slips or a household review sheet to PDF") },
  { "recover-key", bd_admin_recover_key, N_("Put a branch’s key back in this computer’s keyring from its recovery key") },
  { "restore", bd_admin_restore, N_("Put a verified backup in a database’s place, keeping the file it replaces") },
  { "setting", bd_admin_setting, N_("Show or change the company and branch names of the branch") },
};

void
bd_admin_printerr (const char *format,
                   ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("branchdesk-admin: %s\n", message);
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n%s\n", _("Usage: branchdesk-admin [--key-file FILE] COMMAND [OPTION…] "
                                  "[ARGUMENT…]"),
           _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-11s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("The database’s key is found in your keyring; --key-file FILE (or "
                            "BRANCHDESK_KEY_FILE) gives it from a file instead."));
  fprintf (out, "\n%s\n", _("Run “branchdesk-admin COMMAND --help” for a command’s options."));
}

static void
setup_locale (void)
{
  const char *localedir = g_getenv ("BRANCHDESK_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  setup_locale ();

  /* The key file comes before the command: every command that opens a database uses it. */
  if (argc >= 2 && g_str_has_prefix (argv[1], "--key-file="))
    {
      bd_admin_set_key_file (argv[1] + strlen ("--key-file="));
      argc--, argv++;
    }
  else if (argc >= 3 && g_str_equal (argv[1], "--key-file"))
    {
      bd_admin_set_key_file (argv[2]);
      argc -= 2, argv += 2;
    }
  else
    bd_admin_set_key_file (g_getenv ("BRANCHDESK_KEY_FILE"));
  if (argc < 2)
    {
      print_usage (stderr);
      return BD_ADMIN_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return BD_ADMIN_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("branchdesk-admin %s\n", PACKAGE_VERSION);
      return BD_ADMIN_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        return commands[i].run (argc - 1, argv + 1);
    }

  bd_admin_printerr (_("“%s” is not a command."), argv[1]);
  print_usage (stderr);
  return BD_ADMIN_USAGE;
}
