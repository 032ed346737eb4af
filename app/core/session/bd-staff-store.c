/* bd-staff-store.c — staff and their sign-in state in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "bd-clock.h"
#include "bd-staff-store.h"
#include "bd-text.h"
#include "bd-store-private.h"

static const char staff_insert_sql[] =
  "INSERT INTO staff (login, name, role, phone, password_hash, active, must_change_password) "
  "VALUES (:login, :name, :role, :phone, :hash, :active, :owed) RETURNING id";

/* The columns staff_from_row() reads, in its order. */
#define STAFF_COLUMNS "id, login, name, role, phone, active, must_change_password, retry_after"

static const char staff_find_sql[] =
  "SELECT " STAFF_COLUMNS " FROM staff WHERE login = :login";

static const char staff_list_sql[] =
  "SELECT " STAFF_COLUMNS " FROM staff ORDER BY id";

static const char staff_get_sql[] =
  "SELECT " STAFF_COLUMNS " FROM staff WHERE id = :id";

static const char staff_update_sql[] =
  "UPDATE staff SET name = :name, phone = :phone, role = :role WHERE id = :id";

static const char staff_set_active_sql[] =
  "UPDATE staff SET active = :active WHERE id = :id";

static const char staff_set_password_sql[] =
  "UPDATE staff SET password_hash = :hash, must_change_password = :owed WHERE id = :id";

static const char staff_count_administrators_sql[] =
  "SELECT count(*) FROM staff WHERE role = 'administrator' AND active = 1";

static const char sign_in_get_sql[] =
  "SELECT password_hash, failed_attempts, retry_after FROM staff WHERE id = :id";

static const char sign_in_set_sql[] =
  "UPDATE staff SET failed_attempts = :failed, retry_after = :retry_after WHERE id = :id";

static gint64 unix_from_iso (const char *text);

static BdStaff *
staff_from_row (BdDbStmt *stmt)
{
  BdStaff *staff = bd_staff_new ();
  BdRole role = BD_ROLE_COUNTER;

  bd_staff_set_id (staff, bd_db_column_int64 (stmt, 0));
  bd_staff_set_login (staff, bd_db_column_text (stmt, 1));
  bd_staff_set_name (staff, bd_db_column_text (stmt, 2));
  bd_role_from_string (bd_db_column_text (stmt, 3), &role);
  bd_staff_set_role (staff, role);
  bd_staff_set_phone (staff, bd_db_column_text (stmt, 4));
  bd_staff_set_active (staff, bd_db_column_int (stmt, 5) != 0);
  bd_staff_set_password_change_owed (staff, bd_db_column_int (stmt, 6) != 0);
  bd_staff_set_locked_until (staff, unix_from_iso (bd_db_column_text (stmt, 7)));
  return staff;
}

/* A staff member's login, name and phone as the core keeps texts (bd_text_clean). */
static gboolean
clean_staff_texts (BdStaff  *staff,
                   GError  **error)
{
  static const struct { const char *label; const char *property; } texts[] = {
    { N_("Login"), "login" },
    { N_("Name"), "name" },
    { N_("Phone"), "phone" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!bd_text_clean_property (staff, texts[i].property, BD_TEXT_LINE, error))
      {
        g_prefix_error (error, "%s: ", _(texts[i].label));
        return FALSE;
      }
  return TRUE;
}

gboolean
bd_store_add_staff (BdStore     *self,
                    BdStaff     *staff,
                    const char  *password_hash,
                    GError     **error)
{
  gint64 new_id = 0;
  BdDbStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (BD_IS_STAFF (staff), FALSE);

  if (!clean_staff_texts (staff, error) || !bd_store_begin_write (self, error))
    return FALSE;
  ok = (stmt = bd_store_prepare (self, staff_insert_sql, error)) != NULL;
  if (ok)
    {
      bd_db_bind_text (stmt, ":login", bd_staff_get_login (staff));
      bd_db_bind_text (stmt, ":name", bd_staff_get_name (staff));
      bd_db_bind_text (stmt, ":role", bd_role_to_string (bd_staff_get_role (staff)));
      bd_db_bind_text (stmt, ":phone", bd_staff_get_phone (staff));
      bd_db_bind_text (stmt, ":hash", password_hash);
      bd_db_bind_int64 (stmt, ":active", bd_staff_get_active (staff));
      bd_db_bind_int64 (stmt, ":owed", bd_staff_get_password_change_owed (staff));
      ok = (new_id = bd_db_step_returning_id (stmt, error)) != 0;
    }
  if (ok)
    bd_staff_set_id (staff, new_id);
  return bd_store_end_write (self, ok, error);
}

BdStaff *
bd_store_find_staff (BdStore     *self,
                     const char  *login,
                     GError     **error)
{
  BdDbStmt *stmt;
  BdStaff *staff = NULL;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, staff_find_sql, error)) == NULL)
    return NULL;
  bd_db_bind_text (stmt, ":login", login);
  if (bd_db_step (stmt, error) == BD_STEP_ROW)
    staff = staff_from_row (stmt);
  bd_db_reset (stmt);
  return staff;
}

GListModel *
bd_store_list_staff (BdStore  *self,
                     GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BD_TYPE_STAFF);
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, staff_list_sql, error)) == NULL ||
      !bd_store_collect_rows (stmt, (BdStoreRowFunc) staff_from_row, list, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Steps @sql once for the row of @staff_id (its parameter :id). */
static BdStep
step_staff_row (BdStore    *self,
                const char *sql,
                gint64      staff_id,
                BdDbStmt  **stmt,
                GError    **error)
{
  if ((*stmt = bd_store_prepare (self, sql, error)) == NULL)
    return BD_STEP_ERROR;
  bd_db_bind_int64 (*stmt, ":id", staff_id);
  return bd_db_step (*stmt, error);
}

/* Ends that read: the statement reset, and the end without a row is "not found" (a step
 * that failed has set @error already). */
static void
end_staff_read (BdDbStmt  *stmt,
                BdStep     step,
                gint64     staff_id,
                GError   **error)
{
  if (stmt != NULL)
    bd_db_reset (stmt);
  if (step == BD_STEP_DONE)
    g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                 _("No staff member has the number %" PRId64), staff_id);
}

BdStaff *
bd_store_get_staff (BdStore  *self,
                    gint64    staff_id,
                    GError  **error)
{
  BdDbStmt *stmt;
  BdStaff *staff = NULL;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  step = step_staff_row (self, staff_get_sql, staff_id, &stmt, error);
  if (step == BD_STEP_ROW)
    staff = staff_from_row (stmt);
  end_staff_read (stmt, step, staff_id, error);
  return staff;
}

static gint64
unix_from_iso (const char *text)
{
  g_autoptr(GDateTime) time = text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;

  return time != NULL ? g_date_time_to_unix (time) : 0;
}

static char *
iso_from_unix (gint64 seconds)
{
  g_autoptr(GDateTime) time = seconds > 0 ? g_date_time_new_from_unix_utc (seconds) : NULL;

  return time != NULL ? g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

gboolean
bd_store_get_sign_in_state (BdStore  *self,
                            gint64    staff_id,
                            char    **password_hash,
                            guint    *failed_attempts,
                            gint64   *retry_after,
                            GError  **error)
{
  BdDbStmt *stmt;
  gboolean found = FALSE;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  step = step_staff_row (self, sign_in_get_sql, staff_id, &stmt, error);
  if (step == BD_STEP_ROW)
    {
      found = TRUE;
      *password_hash = g_strdup (bd_db_column_text (stmt, 0));
      *failed_attempts = (guint) bd_db_column_int (stmt, 1);
      *retry_after = unix_from_iso (bd_db_column_text (stmt, 2));
    }
  end_staff_read (stmt, step, staff_id, error);
  return found;
}

gboolean
bd_store_set_sign_in_state (BdStore  *self,
                            gint64    staff_id,
                            guint     failed_attempts,
                            gint64    retry_after,
                            GError  **error)
{
  g_autofree char *retry_text = iso_from_unix (retry_after);
  BdDbStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = (stmt = bd_store_prepare (self, sign_in_set_sql, error)) != NULL;
  if (ok)
    {
      bd_db_bind_int64 (stmt, ":id", staff_id);
      bd_db_bind_int64 (stmt, ":failed", failed_attempts);
      bd_db_bind_text (stmt, ":retry_after", retry_text);
      ok = bd_db_step_done (stmt, error);
    }
  return bd_store_end_write (self, ok, error);
}

/* Runs @stmt, bound already, as one write. */
static gboolean
write_staff_row (BdStore   *self,
                 BdDbStmt  *stmt,
                 GError   **error)
{
  gboolean ok;

  if (!bd_store_begin_write (self, error))
    {
      bd_db_reset (stmt);
      return FALSE;
    }
  ok = bd_db_step_done (stmt, error);
  return bd_store_end_write (self, ok, error);
}

gboolean
bd_store_update_staff (BdStore  *self,
                       BdStaff  *staff,
                       GError  **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (BD_IS_STAFF (staff), FALSE);

  if (!clean_staff_texts (staff, error) ||
      (stmt = bd_store_prepare (self, staff_update_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":id", bd_staff_get_id (staff));
  bd_db_bind_text (stmt, ":name", bd_staff_get_name (staff));
  bd_db_bind_text (stmt, ":phone", bd_staff_get_phone (staff));
  bd_db_bind_text (stmt, ":role", bd_role_to_string (bd_staff_get_role (staff)));
  return write_staff_row (self, stmt, error);
}

gboolean
bd_store_set_staff_active (BdStore   *self,
                           gint64     staff_id,
                           gboolean   active,
                           GError   **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if ((stmt = bd_store_prepare (self, staff_set_active_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":id", staff_id);
  bd_db_bind_int64 (stmt, ":active", active ? 1 : 0);
  return write_staff_row (self, stmt, error);
}

gboolean
bd_store_set_staff_password (BdStore     *self,
                             gint64       staff_id,
                             const char  *password_hash,
                             gboolean     change_owed,
                             GError     **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (password_hash != NULL, FALSE);

  if ((stmt = bd_store_prepare (self, staff_set_password_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":id", staff_id);
  bd_db_bind_text (stmt, ":hash", password_hash);
  bd_db_bind_int64 (stmt, ":owed", change_owed ? 1 : 0);
  return write_staff_row (self, stmt, error);
}

gboolean
bd_store_count_active_administrators (BdStore  *self,
                                      guint    *count,
                                      GError  **error)
{
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if ((stmt = bd_store_prepare (self, staff_count_administrators_sql, error)) == NULL)
    return FALSE;
  step = bd_db_step (stmt, error);
  if (step == BD_STEP_ROW)
    *count = (guint) bd_db_column_int (stmt, 0);
  bd_db_reset (stmt);
  return step == BD_STEP_ROW;
}
