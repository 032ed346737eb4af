/* bd-branch-settings-desk.c — the branch's settings read and changed at the desk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Domain §1: the branch's settings are an administrator's (BD_PERMISSION_BRANCH_SETTINGS),
 * refused here whatever the window shows. A form is saved whole or not at all: a branch
 * whose address changed but whose phone was refused would print half-new slips.
 */
#define G_LOG_DOMAIN "bd-settings"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-branch-settings-desk.h"

/* A setting to change: the value kept now and the value to keep. */
typedef struct
{
  const char *key;
  char       *old_value;  /* NULL: unset, without a default */
  char       *new_value;
} SettingChange;

static void
setting_change_clear (gpointer data)
{
  SettingChange *change = data;

  g_free (change->old_value);
  g_free (change->new_value);
}

gboolean
bd_branch_settings_desk_may_edit (BdSession *session)
{
  return bd_session_may (session, BD_PERMISSION_BRANCH_SETTINGS);
}

GHashTable *
bd_branch_settings_desk_read (BdSession  *session,
                              GError    **error)
{
  const BdBranchSetting *settings;
  GHashTable *values;
  guint n_settings;

  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (!bd_session_check (session, BD_PERMISSION_BRANCH_SETTINGS, error))
    return NULL;
  settings = bd_branch_settings_get_all (&n_settings);
  values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; i < n_settings; i++)
    {
      char *value = bd_branch_setting_dup (bd_session_get_store (session), settings[i].key);

      if (value != NULL)
        g_hash_table_insert (values, (gpointer) settings[i].key, value);
    }
  return values;
}

/* A setting without a default that the branch has not set yet, its field left empty: no
 * change, so that a form saved for one setting is not refused for another never given.
 * Once set, emptying it is refused by its check. */
static gboolean
left_unset (BdStore               *store,
            const BdBranchSetting *setting,
            const char            *text)
{
  g_autofree char *stored = NULL;
  g_autofree char *clean = NULL;

  if (setting->default_value != NULL)
    return FALSE;
  clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (clean[0] != '\0')
    return FALSE;
  stored = bd_branch_setting_dup (store, setting->key);
  return stored == NULL;
}

/* Checks every typed value: the changes to make, in the table's order, or NULL with
 * @problems holding each refused key's message. */
static GArray *
check_typed (BdStore    *store,
             GHashTable *typed,
             GHashTable *problems)
{
  g_autoptr(GArray) changes = g_array_new (FALSE, TRUE, sizeof (SettingChange));
  const BdBranchSetting *settings;
  guint n_settings;

  g_array_set_clear_func (changes, setting_change_clear);
  settings = bd_branch_settings_get_all (&n_settings);
  for (guint i = 0; i < n_settings; i++)
    {
      g_autoptr(GError) error = NULL;
      const char *text = g_hash_table_lookup (typed, settings[i].key);
      SettingChange change = { settings[i].key, NULL, NULL };

      if (!g_hash_table_contains (typed, settings[i].key) ||
          left_unset (store, &settings[i], text))
        continue;
      change.new_value = bd_branch_setting_check (settings[i].key, text, &error);
      if (change.new_value == NULL)
        {
          g_hash_table_insert (problems, (gpointer) settings[i].key, g_strdup (error->message));
          continue;
        }
      change.old_value = bd_branch_setting_dup (store, settings[i].key);
      if (g_strcmp0 (change.old_value, change.new_value) == 0)
        setting_change_clear (&change);
      else
        g_array_append_val (changes, change);
    }
  return g_hash_table_size (problems) == 0 ? g_steal_pointer (&changes) : NULL;
}

/* A typed key that is no setting of the branch: a mistake of the caller, said as one. */
static gboolean
check_keys_known (GHashTable  *typed,
                  GError     **error)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, typed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (bd_branch_setting_find (key) == NULL)
      {
        g_set_error (error, BD_BRANCH_SETTING_ERROR, BD_BRANCH_SETTING_ERROR_UNKNOWN,
                     _("“%s” is not a setting of the branch"), (const char *) key);
        return FALSE;
      }
  return TRUE;
}

/* The first refused setting, in the form's order, named by its label for people. */
static void
set_refused_error (GHashTable  *problems,
                   GError     **error)
{
  const BdBranchSetting *settings;
  guint n_settings;

  settings = bd_branch_settings_get_all (&n_settings);
  for (guint i = 0; i < n_settings; i++)
    {
      const char *message = g_hash_table_lookup (problems, settings[i].key);

      if (message == NULL)
        continue;
      g_set_error (error, BD_BRANCH_SETTING_ERROR, BD_BRANCH_SETTING_ERROR_INVALID,
                   _("%s: %s"), _(settings[i].label), message);
      return;
    }
  g_assert_not_reached ();
}

static gboolean
save_cb (BdStore   *store,
         gint64     staff_id,
         gpointer   user_data,
         GError   **error)
{
  GArray *changes = user_data;

  for (guint i = 0; i < changes->len; i++)
    {
      const SettingChange *change = &g_array_index (changes, SettingChange, i);
      g_autofree char *detail = g_strdup_printf ("%s: %s → %s", change->key,
                                                 change->old_value != NULL ? change->old_value : "",
                                                 change->new_value);

      if (!bd_store_set_setting (store, change->key, change->new_value, error) ||
          !bd_store_append_audit (store, staff_id, "setting-changed", NULL, 0, 0, detail,
                                  error))
        return FALSE;
    }
  return TRUE;
}

gboolean
bd_branch_settings_desk_save (BdSession   *session,
                              GHashTable  *typed,
                              GHashTable **problems,
                              guint       *n_changed,
                              GError     **error)
{
  g_autoptr(GHashTable) refused = NULL;
  g_autoptr(GArray) changes = NULL;

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (typed != NULL, FALSE);

  if (!bd_session_check (session, BD_PERMISSION_BRANCH_SETTINGS, error) ||
      !check_keys_known (typed, error))
    return FALSE;
  refused = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  changes = check_typed (bd_session_get_store (session), typed, refused);
  if (changes == NULL)
    {
      set_refused_error (refused, error);
      if (problems != NULL)
        *problems = g_steal_pointer (&refused);
      return FALSE;
    }
  if (changes->len > 0 && !bd_session_write (session, BD_PERMISSION_BRANCH_SETTINGS, save_cb,
                                             changes, error))
    return FALSE;
  if (n_changed != NULL)
    *n_changed = changes->len;
  return TRUE;
}
