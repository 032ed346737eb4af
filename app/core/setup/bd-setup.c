/* bd-setup.c — a new branch in an empty database, its key, and training branches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A branch's database starts without staff, and without staff nobody signs in. The first
 * run of the desk asks for the branch's settings and its first administrator and writes
 * them here, in one transaction with its audit row. A database with any staff account is
 * never set up again: the assistant cannot overwrite a branch (issue 15).
 */
#define G_LOG_DOMAIN "bd-setup"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "bd-branch-settings.h"
#include "bd-clock.h"
#include "bd-demo.h"
#include "bd-password-rules.h"
#include "bd-password.h"
#include "bd-printed-form.h"
#include "bd-setup.h"
#include "bd-staff-store.h"
#include "bd-store-key.h"
#include "bd-text.h"

G_DEFINE_QUARK (bd-setup-error-quark, bd_setup_error)
G_DEFINE_QUARK (bd-setup-field-error-quark, bd_setup_field_error)

typedef struct
{
  const char *setting;   /* the branch setting it is kept as, or NULL */
  const char *label;     /* N_() marked; NULL: the setting's own label */
} FieldInfo;

static const FieldInfo fields[BD_SETUP_N_FIELDS] = {
  [BD_SETUP_FIELD_COMPANY_NAME] = { "company-name", NULL },
  [BD_SETUP_FIELD_BRANCH_NAME] = { "branch-name", NULL },
  [BD_SETUP_FIELD_BRANCH_ADDRESS] = { "branch-address", NULL },
  [BD_SETUP_FIELD_BRANCH_PHONE] = { "branch-phone", NULL },
  [BD_SETUP_FIELD_TIME_ZONE] = { "time-zone", NULL },
  [BD_SETUP_FIELD_LOGIN] = { NULL, N_("Login") },
  [BD_SETUP_FIELD_NAME] = { NULL, N_("Full name") },
  [BD_SETUP_FIELD_PASSWORD] = { NULL, N_("Password") },
  [BD_SETUP_FIELD_REPEATED] = { NULL, N_("Password again") },
};

const char *
bd_setup_field_get_setting (BdSetupField field)
{
  g_return_val_if_fail (field < BD_SETUP_N_FIELDS, NULL);

  return fields[field].setting;
}

const char *
bd_setup_field_get_label (BdSetupField field)
{
  g_return_val_if_fail (field < BD_SETUP_N_FIELDS, NULL);

  if (fields[field].setting != NULL)
    return _(bd_branch_setting_find (fields[field].setting)->label);
  return _(fields[field].label);
}

const char *
bd_setup_field_get_default (BdSetupField field)
{
  g_return_val_if_fail (field < BD_SETUP_N_FIELDS, NULL);

  if (fields[field].setting == NULL)
    return NULL;
  return bd_branch_setting_find (fields[field].setting)->default_value;
}

gboolean
bd_setup_needs_branch (BdStore   *store,
                       gboolean  *needed,
                       GError   **error)
{
  BdStoreCounts counts;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);

  if (!bd_store_get_counts (store, &counts, error))
    return FALSE;
  *needed = counts.staff == 0;
  return TRUE;
}

/* ── the fields ──────────────────────────────────────────────────────────────────── */

static void
set_field_error (GError       **error,
                 BdSetupField   field,
                 const char    *message)
{
  g_set_error_literal (error, BD_SETUP_FIELD_ERROR, field, message);
}

/* A login is typed at the sign-in page of any desk, on any keyboard and with the input
 * method off: ASCII letters, digits, dots, hyphens and underscores, from a letter, and
 * short enough to type every morning. */
#define LOGIN_MAX_CHARS 32

static gboolean
check_login (const char  *login,
             GError     **error)
{
  gsize length = strlen (login);

  if (length == 0)
    {
      set_field_error (error, BD_SETUP_FIELD_LOGIN, _("Enter a login"));
      return FALSE;
    }
  if (length > LOGIN_MAX_CHARS || !g_ascii_isalpha (login[0]) ||
      strspn (login, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        != length)
    {
      set_field_error (error, BD_SETUP_FIELD_LOGIN,
                       _("A login is up to 32 letters, digits, dots, hyphens or underscores, "
                         "starting with a letter"));
      return FALSE;
    }
  return TRUE;
}

/* The staff member's name as printed on slips: one line, never empty. */
static gboolean
check_name (const char  *name,
            GError     **error)
{
  g_autoptr(GError) text_error = NULL;
  g_autofree char *clean = bd_text_clean (name, BD_TEXT_LINE, &text_error);

  if (clean == NULL)
    set_field_error (error, BD_SETUP_FIELD_NAME, text_error->message);
  else if (clean[0] == '\0')
    set_field_error (error, BD_SETUP_FIELD_NAME, _("Enter the administrator’s name"));
  return clean != NULL && clean[0] != '\0';
}

/* The fields' values cleaned as they are kept; NULL with @error naming the first field
 * refused. The administrator's password is checked, never cleaned. */
static char *
check_setting_field (const char * const  *values,
                     BdSetupField         field,
                     GError             **error)
{
  g_autoptr(GError) setting_error = NULL;
  char *kept = bd_branch_setting_check (fields[field].setting, values[field], &setting_error);

  if (kept == NULL)
    set_field_error (error, field, setting_error->message);
  return kept;
}

gboolean
bd_setup_check_branch (const char * const  *values,
                       GError             **error)
{
  g_return_val_if_fail (values != NULL, FALSE);

  for (guint field = 0; field < BD_SETUP_FIRST_ADMINISTRATOR_FIELD; field++)
    {
      g_autofree char *kept = check_setting_field (values, field, error);

      if (kept == NULL)
        return FALSE;
    }
  return TRUE;
}

gboolean
bd_setup_check_administrator (const char * const  *values,
                              GError             **error)
{
  g_autoptr(GError) rule_error = NULL;
  const char *login;

  g_return_val_if_fail (values != NULL, FALSE);

  login = values[BD_SETUP_FIELD_LOGIN] != NULL ? values[BD_SETUP_FIELD_LOGIN] : "";
  if (!check_login (login, error) ||
      !check_name (values[BD_SETUP_FIELD_NAME] != NULL ? values[BD_SETUP_FIELD_NAME] : "",
                   error))
    return FALSE;
  if (bd_password_rules_check_new (login, values[BD_SETUP_FIELD_PASSWORD],
                                   values[BD_SETUP_FIELD_REPEATED], &rule_error))
    return TRUE;
  /* The rules say which field: a mismatch is the repeated password's. */
  set_field_error (error,
                   g_error_matches (rule_error, BD_PASSWORD_RULES_ERROR,
                                    BD_PASSWORD_RULES_ERROR_MISMATCH)
                     ? BD_SETUP_FIELD_REPEATED : BD_SETUP_FIELD_PASSWORD,
                   rule_error->message);
  return FALSE;
}

/* ── creating the branch ─────────────────────────────────────────────────────────── */

static gboolean
refuse_if_set_up (BdStore  *store,
                  GError  **error)
{
  gboolean needed = FALSE;

  if (!bd_setup_needs_branch (store, &needed, error))
    return FALSE;
  if (!needed)
    g_set_error_literal (error, BD_SETUP_ERROR, BD_SETUP_ERROR_SET_UP,
                         _("This database already has staff accounts: its branch is set up, "
                           "and it is not set up again"));
  return needed;
}

static gboolean
write_settings (BdStore             *store,
                const char * const  *values,
                GError             **error)
{
  for (guint field = 0; field < BD_SETUP_FIRST_ADMINISTRATOR_FIELD; field++)
    {
      g_autofree char *kept = check_setting_field (values, field, error);

      if (kept == NULL || !bd_store_set_setting (store, fields[field].setting, kept, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
add_administrator (BdStore             *store,
                   const char * const  *values,
                   GError             **error)
{
  g_autoptr(BdStaff) staff = bd_staff_new ();
  g_autofree char *hash = bd_password_hash (values[BD_SETUP_FIELD_PASSWORD], error);

  if (hash == NULL)
    return 0;
  bd_staff_set_login (staff, values[BD_SETUP_FIELD_LOGIN]);
  bd_staff_set_name (staff, values[BD_SETUP_FIELD_NAME]);
  bd_staff_set_role (staff, BD_ROLE_ADMINISTRATOR);
  if (!bd_store_add_staff (store, staff, hash, error))
    return 0;
  return bd_staff_get_id (staff);
}

gint64
bd_setup_create_branch (BdStore             *store,
                        const char * const  *values,
                        GError             **error)
{
  gint64 staff_id = 0;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), 0);
  g_return_val_if_fail (values != NULL, 0);

  if (!bd_setup_check_branch (values, error) || !bd_setup_check_administrator (values, error))
    return 0;
  if (!bd_store_begin_bulk (store, error))
    return 0;
  /* Asked inside the transaction: another desk cannot set the branch up in between. */
  ok = refuse_if_set_up (store, error) &&
       write_settings (store, values, error) &&
       (staff_id = add_administrator (store, values, error)) != 0 &&
       bd_store_append_audit (store, staff_id, "branch-created", "staff", staff_id, 0,
                              values[BD_SETUP_FIELD_LOGIN], error);
  if (!bd_store_end_bulk (store, ok, ok ? error : NULL))
    return 0;
  return ok ? staff_id : 0;
}

/* ── the key ─────────────────────────────────────────────────────────────────────── */

BdKey *
bd_setup_new_key (const char  *branch,
                  const char  *key_file,
                  GError     **error)
{
  g_autoptr(BdKey) key = NULL;

  g_return_val_if_fail (branch != NULL, NULL);

  /* A key file given to the desk is its key for every branch it makes (as
   * `branchdesk-admin demo` uses it): read, never written over. */
  if (key_file != NULL && g_file_test (key_file, G_FILE_TEST_EXISTS))
    return bd_key_load_file (key_file, error);
  key = bd_key_new_random ();
  if (key_file != NULL ? !bd_key_save_file (key, key_file, error)
                       : !bd_keyring_save (key, branch, error))
    return NULL;
  return g_steal_pointer (&key);
}

gboolean
bd_setup_check_recovery_key (BdKey       *key,
                             const char  *typed,
                             GError     **error)
{
  g_autoptr(BdKey) typed_key = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *given = NULL;

  g_return_val_if_fail (key != NULL, FALSE);

  if ((typed_key = bd_key_new_from_text (typed != NULL ? typed : "", error)) == NULL)
    return FALSE;
  wanted = bd_key_dup_fingerprint (key);
  given = bd_key_dup_fingerprint (typed_key);
  if (!g_str_equal (wanted, given))
    {
      g_set_error_literal (error, BD_SETUP_ERROR, BD_SETUP_ERROR_RECOVERY_KEY,
                           _("This is not the recovery key shown: check it letter by letter"));
      return FALSE;
    }
  return TRUE;
}

/* ── training branches ───────────────────────────────────────────────────────────── */

gboolean
bd_setup_mark_training (BdStore  *store,
                        GError  **error)
{
  g_return_val_if_fail (BD_IS_STORE (store), FALSE);

  return bd_store_set_setting (store, BD_SETUP_TRAINING_SETTING, "true", error);
}

gboolean
bd_setup_is_training (BdStore *store)
{
  g_autofree char *mark = NULL;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);

  mark = bd_store_dup_setting (store, BD_SETUP_TRAINING_SETTING);
  return g_strcmp0 (mark, "true") == 0;
}

void
bd_setup_note_branch (BdStore *store)
{
  bd_printed_form_set_training (store != NULL && bd_setup_is_training (store));
}

/* The demo's own seed (branchdesk-admin demo): the same practice branch on every desk. */
#define TRAINING_SEED 20261122

gboolean
bd_setup_fill_training (BdStore      *store,
                        const GDate  *today,
                        GError      **error)
{
  BdDemoOptions options = { BD_SETUP_TRAINING_CUSTOMERS, TRAINING_SEED, *today };

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  return refuse_if_set_up (store, error) &&
         bd_demo_generate (store, &options, NULL, NULL, error);
}
