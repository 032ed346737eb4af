/* bd-admin-private.h — helpers the subcommands of branchdesk-admin share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include "bd-admin.h"
#include "bd-store.h"
#include "bd-store-key.h"
#include "bd-print-recovery.h"

G_BEGIN_DECLS

/* The options of a command that answers --help itself, setting *@help: GOption's own would
 * exit() from inside the library. @parameters and @summary, the first lines of its help,
 * are translated already. Parse it with bd_admin_parse_copy(). */
GOptionContext *bd_admin_own_help_context_new (const char          *parameters,
                                               const char          *summary,
                                               const GOptionEntry  *entries,
                                               gboolean            *help);

/* Parses the options; with @n_arguments ≥ 0, also checks the count of the remaining
 * arguments. Returns BD_ADMIN_OK, or BD_ADMIN_USAGE after saying what is wrong. */
int       bd_admin_parse          (GOptionContext  *context,
                                   int             *argc,
                                   char          ***argv,
                                   int              n_arguments);

/* Parses the options of a copy of @argv into *@arguments, leaving @argv as it was.
 * Returns BD_ADMIN_OK, or BD_ADMIN_USAGE after saying what is wrong. */
int       bd_admin_parse_copy     (GOptionContext  *context,
                                   int              argc,
                                   char           **argv,
                                   GStrv           *arguments);

/* Prints the command's help on stdout, as asked for. Returns BD_ADMIN_OK. */
int       bd_admin_print_help     (GOptionContext  *context);

/* Says @message, then the command's help, on stderr. Returns BD_ADMIN_USAGE. */
int       bd_admin_usage_error    (GOptionContext  *context,
                                   const char      *message);

/* The key file given before the command (or in BRANCHDESK_KEY_FILE), or NULL: the keyring. */
void      bd_admin_set_key_file   (const char      *path);
const char *bd_admin_get_key_file (void);
/* The key of the database at @path (the key file, else the keyring); says why not. */
BdKey    *bd_admin_find_key       (const char      *path);
/* The key a new database (or one being sealed) gets: the key file's when it exists, else
 * a new one, written to the key file or kept in the keyring (labelled @branch). A new key's
 * recovery text is shown once, on stdout, and printed to the PDF @sheet_path when given,
 * for the administrator to print and lock away. */
BdKey    *bd_admin_new_key        (const char      *branch,
                                   const char      *sheet_path);

/* Opens a database that must exist already, bringing it up to date (and saying where the
 * copy taken first is); says why not on stderr. */
BdStore  *bd_admin_open_existing  (const char      *path);
/* Opens a database to read only: nothing in the file changes. */
BdStore  *bd_admin_open_read_only (const char      *path);

/* Reads "YYYY-MM-DD"; FALSE when it is not a real date. */
gboolean  bd_admin_parse_date     (const char      *text,
                                   GDate           *date);

G_END_DECLS
