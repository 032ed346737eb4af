/* bd-admin.h — the subcommands of branchdesk-admin
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of every subcommand. */
typedef enum
{
  BD_ADMIN_OK = 0,        /* done; for checks: nothing wrong */
  BD_ADMIN_FAILED = 1,    /* the command ran and found or met a problem, said on stderr */
  BD_ADMIN_USAGE = 2,     /* the command line is wrong; usage on stderr */
} BdAdminStatus;

/* Each takes the arguments after "branchdesk-admin": argv[0] is the subcommand's name.
 * They parse their own options (each has --help), print results on stdout and problems,
 * in words, on stderr. */
int bd_admin_audit    (int argc, char **argv);
int bd_admin_backup   (int argc, char **argv);
int bd_admin_calendar (int argc, char **argv);
int bd_admin_check    (int argc, char **argv);
int bd_admin_demo     (int argc, char **argv);
int bd_admin_encrypt  (int argc, char **argv);
int bd_admin_id       (int argc, char **argv);
int bd_admin_migrate  (int argc, char **argv);
int bd_admin_print    (int argc, char **argv);
int bd_admin_recover_key (int argc, char **argv);
int bd_admin_restore  (int argc, char **argv);
int bd_admin_setting  (int argc, char **argv);

/* Prints "branchdesk-admin: MESSAGE" on stderr, for every subcommand alike. */
void bd_admin_printerr (const char *format, ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
