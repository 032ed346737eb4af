/* bd-e2e-staff.h — a branch's people on the real program: accounts added, first
 * passwords changed, the audit log read, as the walks share them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-e2e.h"

G_BEGIN_DECLS

typedef struct
{
  const char *login;
  const char *name;
  const char *phone;
  /* The role's msgid ("Supervisor"), NULL for Counter staff, and the steps down the Role
   * list from Counter staff to it, as BdRole orders the roles. */
  const char *role;
  guint       role_steps;
  const char *first_password;
} BdE2eAccount;

/* An administrator signed in opens Staff Accounts from the main menu, adds @account and
 * sees it listed owing its password change; the window is closed again. Every control of
 * the form without a proper name is a line in @problems. */
void  bd_e2e_add_account            (BdE2e              *e2e,
                                     const BdE2eAccount *account,
                                     GString            *problems);
/* The account signs in with its first password, gets the page that changes it (the Desk's
 * search finding nobody meanwhile), and changes it to @own_password; back on the Desk in
 * @account's name. @probe is a name the search would find once the Desk is open, or NULL
 * on a branch without customers. The page's controls without a proper name are lines in
 * @problems. */
void  bd_e2e_change_first_password  (BdE2e              *e2e,
                                     const BdE2eAccount *account,
                                     const char         *own_password,
                                     const char         *probe,
                                     GString            *problems);
/* Opens the Audit Log from the main menu, chooses @staff_name in its staff filter and
 * exports what it shows as CSV into the walk's folder; returns the file's text, checked
 * to begin with a byte-order mark and to hold @staff_name's rows and no one else's. */
char *bd_e2e_export_audit_of        (BdE2e              *e2e,
                                     const char         *staff_name,
                                     GString            *problems);

G_END_DECLS
