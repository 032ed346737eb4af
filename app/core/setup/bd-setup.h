/* bd-setup.h — a new branch: its settings, its first administrator, its key; training
 * branches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-key.h"
#include "bd-store.h"

G_BEGIN_DECLS

#define BD_SETUP_ERROR (bd_setup_error_quark ())
GQuark bd_setup_error_quark (void);

typedef enum
{
  BD_SETUP_ERROR_SET_UP,        /* the database has staff: a branch is never written over */
  BD_SETUP_ERROR_RECOVERY_KEY,  /* the recovery key typed back is not the branch's */
} BdSetupError;

/* What a person types to create a branch, in the order the assistant asks for it. A
 * refused field is named by the error: BD_SETUP_FIELD_ERROR, its code the field. */
typedef enum
{
  BD_SETUP_FIELD_COMPANY_NAME,
  BD_SETUP_FIELD_BRANCH_NAME,
  BD_SETUP_FIELD_BRANCH_ADDRESS,
  BD_SETUP_FIELD_BRANCH_PHONE,
  BD_SETUP_FIELD_TIME_ZONE,
  BD_SETUP_FIELD_LOGIN,
  BD_SETUP_FIELD_NAME,
  BD_SETUP_FIELD_PASSWORD,
  BD_SETUP_FIELD_REPEATED,
  BD_SETUP_N_FIELDS
} BdSetupField;

#define BD_SETUP_FIELD_ERROR (bd_setup_field_error_quark ())
GQuark bd_setup_field_error_quark (void);

/* The branch's fields come first, the administrator's after them. */
#define BD_SETUP_FIRST_ADMINISTRATOR_FIELD BD_SETUP_FIELD_LOGIN

/* The branch setting (bd-branch-settings.h) a branch field is kept as; NULL for the
 * administrator's fields. */
const char *bd_setup_field_get_setting     (BdSetupField   field);
/* The field's label for people, translated. */
const char *bd_setup_field_get_label       (BdSetupField   field);
/* What the field holds before anything is typed ("Asia/Shanghai"), or NULL. */
const char *bd_setup_field_get_default     (BdSetupField   field);

/* Whether @store still needs a branch: it has no staff account, so nobody can sign in.
 * FALSE with @error when the store cannot say. */
gboolean    bd_setup_needs_branch          (BdStore       *store,
                                            gboolean      *needed,
                                            GError       **error);

/* The branch's fields of @values (BD_SETUP_N_FIELDS texts) checked, the first refused
 * one in @error (BD_SETUP_FIELD_ERROR). */
gboolean    bd_setup_check_branch          (const char * const *values,
                                            GError       **error);
/* The administrator's fields checked the same way: login, name and the password rules. */
gboolean    bd_setup_check_administrator   (const char * const *values,
                                            GError       **error);

/* Creates the branch in @store from @values in one transaction: its settings, its first
 * administrator with the password hashed, and the audit row. Refused, and nothing
 * written, when a field is refused (BD_SETUP_FIELD_ERROR) or when @store has any staff
 * already (BD_SETUP_ERROR_SET_UP). Returns the administrator's id, 0 on error. */
gint64      bd_setup_create_branch         (BdStore       *store,
                                            const char * const *values,
                                            GError       **error);

/* A new random key for a new branch, kept where the desk will find it again: in
 * @key_file when given, else in the user's keyring under @branch. A @key_file that
 * exists already is the desk's key for every branch: its key is read and used. NULL,
 * nothing kept, on error. */
BdKey      *bd_setup_new_key               (const char    *branch,
                                            const char    *key_file,
                                            GError       **error);
/* Whether @typed, the recovery key typed back by a person, is @key: FALSE with
 * BD_SETUP_ERROR_RECOVERY_KEY (or BD_KEY_ERROR_INVALID for a text that is no key). */
gboolean    bd_setup_check_recovery_key    (BdKey         *key,
                                            const char    *typed,
                                            GError       **error);

/* A training branch holds made-up data (the demo's): every screen and every printed page
 * says so. The mark is a setting only the demo writes; `branchdesk-admin setting` does
 * not know it, so nobody turns it off by hand. */
#define BD_SETUP_TRAINING_SETTING "training-branch"
gboolean    bd_setup_mark_training         (BdStore       *store,
                                            GError       **error);
gboolean    bd_setup_is_training           (BdStore       *store);
/* Tells the printing which branch is open now (bd_printed_form_set_training()): called
 * whenever a program opens a branch, before anything of it is printed. */
void        bd_setup_note_branch           (BdStore       *store);

/* How many customers a training branch made by the assistant has: enough to search and
 * practise on, made in seconds. */
#define BD_SETUP_TRAINING_CUSTOMERS 300
/* Fills @store, which has no staff yet, with the demo's data as of @today: a training
 * branch (BD_SETUP_ERROR_SET_UP when it has staff). Slow (seconds): run it off the main
 * thread, with nothing else using @store meanwhile. */
gboolean    bd_setup_fill_training         (BdStore       *store,
                                            const GDate   *today,
                                            GError       **error);

G_END_DECLS
