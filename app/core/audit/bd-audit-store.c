/* bd-audit-store.c — the audit log's SQL for the window: filtered pages, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The log of a busy branch holds millions of rows: a page is the rows below the last one
 * shown (`id < :before ORDER BY id DESC LIMIT n`, never OFFSET, which would read every row
 * skipped), and each filter is a condition an index answers — audit_by_staff,
 * audit_by_action and audit_by_customer. A period becomes a range of ids too: the log is
 * written in time order, one row after the last (bd_store_append_audit()), so the first
 * row at or after each end, found through audit_by_time, bounds the primary key's walk,
 * and the times themselves keep the period exact. Sorting a period's rows by id through
 * audit_by_time would sort a whole year of them for one page. Only the conditions asked
 * for are in the statement: `(:staff = 0 OR staff_id = :staff)` would keep SQLite from
 * using any index at all. Each statement is kept once prepared, by its text.
 */
#define G_LOG_DOMAIN "bd-audit"

#include "config.h"

#include "bd-audit-store.h"
#include "bd-store-private.h"

static const char page_select[] =
  "SELECT a.id, a.at, a.staff_id, s.name, a.action, a.customer_id, c.name, a.detail "
  "FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id "
  "LEFT JOIN customer c ON c.id = a.customer_id WHERE a.id < :before";

/* The statement for the parts of @query given, its text interned: the prepared
 * statements are kept by their text, which must outlive them. */
static const char *
page_sql (const BdAuditQuery *query)
{
  g_autoptr(GString) sql = g_string_new (page_select);

  if (query->staff_id != 0)
    g_string_append (sql, " AND a.staff_id = :staff");
  if (query->action != NULL)
    g_string_append (sql, " AND a.action = :action");
  if (query->customer_id != 0)
    g_string_append (sql, " AND a.customer_id = :customer");
  if (query->since != NULL)
    g_string_append (sql, " AND a.id >= :first AND a.at >= :since");
  if (query->until != NULL)
    g_string_append (sql, " AND a.at < :until");
  g_string_append (sql, " ORDER BY a.id DESC LIMIT :limit");
  return g_intern_string (sql->str);
}

static const char first_at_sql[] =
  "SELECT id FROM audit_log WHERE at >= :at ORDER BY at, id LIMIT 1";

/* The id of the first row written at or after @at, in @id; G_MAXINT64 when there is none. */
static gboolean
find_first_at (BdStore     *store,
               const char  *at,
               gint64      *id,
               GError     **error)
{
  BdDbStmt *stmt = bd_store_prepare (store, first_at_sql, error);
  BdStep step;

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":at", at);
  step = bd_db_step (stmt, error);
  *id = step == BD_STEP_ROW ? bd_db_column_int64 (stmt, 0) : G_MAXINT64;
  bd_db_reset (stmt);
  return step != BD_STEP_ERROR;
}

/* The ids a page reads between: from the period's first row, below @before_id and the
 * first row after the period. */
typedef struct
{
  gint64 first;
  gint64 before;
} IdRange;

static gboolean
find_id_range (BdStore             *store,
               const BdAuditQuery  *query,
               gint64               before_id,
               IdRange             *range,
               GError             **error)
{
  gint64 after_period;

  range->first = 0;
  range->before = before_id > 0 ? before_id : G_MAXINT64;
  if (query->since != NULL && !find_first_at (store, query->since, &range->first, error))
    return FALSE;
  if (query->until != NULL)
    {
      if (!find_first_at (store, query->until, &after_period, error))
        return FALSE;
      range->before = MIN (range->before, after_period);
    }
  return TRUE;
}

static void
bind_query (BdDbStmt           *stmt,
            const BdAuditQuery *query,
            const IdRange      *range,
            guint               limit)
{
  bd_db_bind_int64 (stmt, ":before", range->before);
  if (query->staff_id != 0)
    bd_db_bind_int64 (stmt, ":staff", query->staff_id);
  if (query->action != NULL)
    bd_db_bind_text (stmt, ":action", query->action);
  if (query->customer_id != 0)
    bd_db_bind_int64 (stmt, ":customer", query->customer_id);
  if (query->since != NULL)
    {
      bd_db_bind_int64 (stmt, ":first", range->first);
      bd_db_bind_text (stmt, ":since", query->since);
    }
  if (query->until != NULL)
    bd_db_bind_text (stmt, ":until", query->until);
  bd_db_bind_int64 (stmt, ":limit", limit);
}

static BdAuditItem *
read_item (BdDbStmt *stmt)
{
  return bd_audit_item_new (bd_db_column_int64 (stmt, 0), bd_db_column_text (stmt, 1),
                            bd_db_column_int64 (stmt, 2), bd_db_column_text (stmt, 3),
                            bd_db_column_text (stmt, 4), bd_db_column_int64 (stmt, 5),
                            bd_db_column_text (stmt, 6), bd_db_column_text (stmt, 7));
}

GPtrArray *
bd_audit_store_list_page (BdStore             *store,
                          const BdAuditQuery  *query,
                          gint64               before_id,
                          guint                limit,
                          GError             **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  IdRange range;
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!find_id_range (store, query, before_id, &range, error)
      || (stmt = bd_store_prepare (store, page_sql (query), error)) == NULL)
    return NULL;
  bind_query (stmt, query, &range, limit);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    g_ptr_array_add (items, read_item (stmt));
  bd_db_reset (stmt);
  if (step == BD_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&items);
}
