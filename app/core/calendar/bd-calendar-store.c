/* bd-calendar-store.c — the calendar years a branch imported, in its database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An imported file is kept whole, as it was checked (table calendar_import, schema 18),
 * and never changed nor deleted: a year imported again is a new row, and read in the
 * order of import, the newest file declaring a year gives it (issue 15, item 5).
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-calendar-store.h"
#include "bd-store-private.h"

static const char import_insert_sql[] =
  "INSERT INTO calendar_import (years, file_name, content, imported_at, imported_by) "
  "VALUES (:years, :file_name, :content, :imported_at, :imported_by) RETURNING id";

static const char imports_in_order_sql[] =
  "SELECT content FROM calendar_import ORDER BY id";

gboolean
bd_store_add_calendar_import (BdStore           *store,
                              gint64             staff_id,
                              BdCalendarImport  *import,
                              GError           **error)
{
  g_autofree char *years = NULL;
  g_autofree char *now = NULL;
  g_autofree char *detail = NULL;
  BdDbStmt *stmt;
  gint64 id;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_CALENDAR_IMPORT (import), FALSE);

  if ((stmt = bd_store_prepare (store, import_insert_sql, error)) == NULL)
    return FALSE;
  years = bd_calendar_import_dup_years (import);
  now = bd_store_now_utc ();
  bd_db_bind_text (stmt, ":years", years);
  bd_db_bind_text (stmt, ":file_name", bd_calendar_import_get_file_name (import));
  bd_db_bind_text (stmt, ":content", bd_calendar_import_get_text (import));
  bd_db_bind_text (stmt, ":imported_at", now);
  bd_db_bind_id (stmt, ":imported_by", staff_id);
  if ((id = bd_db_step_returning_id (stmt, error)) == 0)
    return FALSE;
  detail = g_strdup_printf ("%s (%s)", years, bd_calendar_import_get_file_name (import));
  return bd_store_append_audit (store, staff_id, "calendar-imported", "calendar_import", id, 0,
                                detail, error);
}

gboolean
bd_store_import_calendar (BdStore           *store,
                          BdCalendarImport  *import,
                          GError           **error)
{
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);

  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = bd_store_add_calendar_import (store, 0, import, error);
  return bd_store_end_write (store, ok, error) && bd_store_use_imported_calendar (store, error);
}

static GPtrArray *
read_imported_texts (BdStore  *store,
                     GError  **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  BdDbStmt *stmt = bd_store_prepare (store, imports_in_order_sql, error);
  BdStep step = BD_STEP_ERROR;

  if (stmt == NULL)
    return NULL;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    g_ptr_array_add (texts, g_strdup (bd_db_column_text (stmt, 0)));
  bd_db_reset (stmt);
  if (step != BD_STEP_DONE)
    return NULL;
  g_ptr_array_add (texts, NULL);
  return g_steal_pointer (&texts);
}

gboolean
bd_store_use_imported_calendar (BdStore  *store,
                                GError  **error)
{
  g_autoptr(GPtrArray) texts = NULL;
  BdCalendar *calendar;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);

  if ((texts = read_imported_texts (store, error)) == NULL)
    return FALSE;
  calendar = bd_calendar_new_with_imports ((const char *const *) texts->pdata, error);
  if (calendar == NULL)
    {
      /* Each was checked when imported: only a changed file or program gets here, and no
       * deadline is counted on a calendar that cannot be read whole. */
      g_prefix_error (error, _("A working-day calendar imported into this branch cannot be read: "));
      return FALSE;
    }
  bd_calendar_set_default (calendar);
  return TRUE;
}
