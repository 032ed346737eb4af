/* bd-store-contacts.c — contact records, planned visits, premiums due, tracing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "bd-store-private.h"
#include "bd-tracing.h"

static BdContact *
contact_from_row (sqlite3_stmt *stmt)
{
  BdContact *contact = bd_contact_new ();
  BdContactKind kind = BD_CONTACT_PHONE;
  BdServiceItem item = BD_SERVICE_ITEM_INVOICE;

  bd_contact_set_id (contact, sqlite3_column_int64 (stmt, 0));
  bd_contact_set_customer_id (contact, sqlite3_column_int64 (stmt, 1));
  bd_contact_set_policy_id (contact, sqlite3_column_int64 (stmt, 2));
  bd_contact_kind_from_string (bd_column_text (stmt, 3), &kind);
  bd_contact_set_kind (contact, kind);
  bd_contact_set_at (contact, bd_column_text (stmt, 4));
  bd_contact_set_staff_id (contact, sqlite3_column_int64 (stmt, 5));
  bd_contact_set_staff_name (contact, bd_column_text (stmt, 6));
  bd_contact_set_person_reached (contact, bd_column_text (stmt, 7));
  bd_contact_set_reached (contact, sqlite3_column_int (stmt, 8) != 0);
  bd_contact_set_outcome (contact, bd_column_text (stmt, 9));
  bd_contact_set_next_step (contact, bd_column_text (stmt, 10));
  bd_contact_set_next_visit (contact, bd_column_text (stmt, 11));
  bd_service_item_from_string (bd_column_text (stmt, 12), &item);
  bd_contact_set_service_item (contact, item);
  bd_contact_set_service_other (contact, bd_column_text (stmt, 13));
  return contact;
}

static GListModel *
collect_contacts (BdStore       *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BD_TYPE_CONTACT);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(BdContact) contact = contact_from_row (stmt);
      g_list_store_append (list, contact);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bd_store_set_error (self, rc, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static void
bind_contact (sqlite3_stmt *stmt,
              BdContact    *contact,
              const char   *at)
{
  bd_bind_int64 (stmt, ":customer_id", bd_contact_get_customer_id (contact));
  bd_bind_id (stmt, ":policy_id", bd_contact_get_policy_id (contact));
  bd_bind_text (stmt, ":kind", bd_contact_kind_to_string (bd_contact_get_kind (contact)));
  bd_bind_text (stmt, ":at", at);
  bd_bind_id (stmt, ":staff_id", bd_contact_get_staff_id (contact));
  bd_bind_text (stmt, ":person_reached", bd_contact_get_person_reached (contact));
  bd_bind_int64 (stmt, ":reached", bd_contact_get_reached (contact));
  bd_bind_text (stmt, ":outcome", bd_contact_get_outcome (contact));
  bd_bind_text (stmt, ":next_step", bd_contact_get_next_step (contact));
  bd_bind_text (stmt, ":next_visit", bd_contact_get_next_visit (contact));
  bd_bind_text (stmt, ":service_item",
                bd_service_item_to_string (bd_contact_get_service_item (contact)));
  bd_bind_text (stmt, ":service_other", bd_contact_get_service_other (contact));
}

gboolean
bd_store_add_contact (BdStore    *self,
                      BdContact  *contact,
                      GError    **error)
{
  g_autofree char *now = bd_store_now_utc ();
  const char *at;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (BD_IS_CONTACT (contact), FALSE);

  at = bd_contact_get_at (contact) != NULL ? bd_contact_get_at (contact) : now;
  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = (stmt = bd_store_prepare (self, STMT_CONTACT_INSERT_RECORD, error)) != NULL;
  if (ok)
    {
      bind_contact (stmt, contact, at);
      ok = bd_store_step_done (self, stmt, error);
    }
  if (ok)
    {
      bd_contact_set_id (contact, bd_store_last_insert_id (self));
      bd_contact_set_at (contact, at);
      ok = bd_store_append_audit (self, bd_contact_get_staff_id (contact), "contact-recorded",
                                  "contact", bd_contact_get_id (contact),
                                  bd_contact_get_customer_id (contact),
                                  bd_contact_kind_to_string (bd_contact_get_kind (contact)),
                                  error);
    }
  if (!bd_store_end_write (self, ok, error))
    {
      bd_contact_set_id (contact, 0);
      return FALSE;
    }
  return TRUE;
}

BdContact *
bd_store_get_contact (BdStore  *self,
                      gint64    contact_id,
                      GError  **error)
{
  g_autoptr(GListModel) found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, STMT_CONTACT_GET, error)) == NULL)
    return NULL;
  bd_bind_int64 (stmt, ":id", contact_id);
  if ((found = collect_contacts (self, stmt, error)) == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                   _("No contact record has the number %" PRId64), contact_id);
      return NULL;
    }
  return g_list_model_get_item (found, 0);
}

GListModel *
bd_store_list_contacts (BdStore  *self,
                        gint64    customer_id,
                        GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, STMT_CONTACTS_OF, error)) == NULL)
    return NULL;
  bd_bind_int64 (stmt, ":customer_id", customer_id);
  return collect_contacts (self, stmt, error);
}

GListModel *
bd_store_list_planned_visits (BdStore      *self,
                              const GDate  *day,
                              GError      **error)
{
  char from[BD_ISO_DATE_SIZE], to[BD_ISO_DATE_SIZE];
  sqlite3_stmt *stmt;
  GDate next;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  next = *day;
  g_date_add_days (&next, 1);
  if ((stmt = bd_store_prepare (self, STMT_PLANNED_VISITS, error)) == NULL)
    return NULL;
  bd_bind_text (stmt, ":day", bd_date_format_iso (day, from));
  bd_bind_text (stmt, ":next_day", bd_date_format_iso (&next, to));
  return collect_contacts (self, stmt, error);
}

GListModel *
bd_store_list_premiums_due (BdStore      *self,
                            const GDate  *from,
                            guint         days,
                            guint         limit,
                            GError      **error)
{
  char until_text[BD_ISO_DATE_SIZE];
  sqlite3_stmt *stmt;
  GDate until;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);

  until = *from;
  g_date_add_days (&until, days);
  if ((stmt = bd_store_prepare (self, STMT_TO_CONTACT, error)) == NULL)
    return NULL;
  bd_bind_text (stmt, ":until", bd_date_format_iso (&until, until_text));
  bd_bind_int64 (stmt, ":limit", limit);
  return bd_store_collect_policies (self, stmt, error);
}

/* ── tracing ───────────────────────────────────────────────────────────────────── */

gboolean
bd_store_get_failed_tracing (BdStore  *self,
                             gint64    policy_id,
                             guint    *methods,
                             GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  *methods = 0;
  if ((stmt = bd_store_prepare (self, STMT_TRACING_FAILED, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":policy_id", policy_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *methods |= 1u << (sqlite3_column_int (stmt, 0) - 1);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bd_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_service_class (BdStore         *self,
                    gint64           policy_id,
                    BdServiceClass  *service_class,
                    GError         **error)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  if ((stmt = bd_store_prepare (self, STMT_POLICY_CLASS_GET, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":id", policy_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = bd_service_class_from_string (bd_column_text (stmt, 0), service_class);
  sqlite3_reset (stmt);
  if (!found)
    g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                 _("No policy has the number %" PRId64), policy_id);
  return found;
}

static gboolean
insert_tracing (BdStore          *self,
                gint64            policy_id,
                BdTracingMethod   method,
                gboolean          reached,
                const char       *outcome,
                gint64            staff_id,
                GError          **error)
{
  g_autofree char *now = bd_store_now_utc ();
  sqlite3_stmt *stmt;

  if ((stmt = bd_store_prepare (self, STMT_TRACING_INSERT, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":policy_id", policy_id);
  bd_bind_int64 (stmt, ":method", method);
  bd_bind_text (stmt, ":at", now);
  bd_bind_id (stmt, ":staff_id", staff_id);
  bd_bind_int64 (stmt, ":reached", reached);
  bd_bind_text (stmt, ":outcome", outcome);
  return bd_store_step_done (self, stmt, error);
}

static gboolean
write_service_class (BdStore         *self,
                     gint64           policy_id,
                     BdServiceClass   service_class,
                     GError         **error)
{
  sqlite3_stmt *stmt;

  if ((stmt = bd_store_prepare (self, STMT_POLICY_CLASS_SET, error)) == NULL)
    return FALSE;
  bd_bind_int64 (stmt, ":id", policy_id);
  bd_bind_text (stmt, ":service_class", bd_service_class_to_string (service_class));
  return bd_store_step_done (self, stmt, error);
}

gboolean
bd_store_record_tracing (BdStore          *self,
                         gint64            policy_id,
                         BdTracingMethod   method,
                         gboolean          reached,
                         const char       *outcome,
                         gint64            staff_id,
                         BdServiceClass   *service_class,
                         GError          **error)
{
  BdServiceClass before = BD_SERVICE_NORMAL, after = BD_SERVICE_NORMAL;
  g_autofree char *detail = NULL;
  guint failed = 0;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (method >= BD_TRACING_PHONE && method <= BD_TRACING_BOARD, FALSE);

  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = read_service_class (self, policy_id, &before, error) &&
       insert_tracing (self, policy_id, method, reached, outcome, staff_id, error) &&
       bd_store_get_failed_tracing (self, policy_id, &failed, error);
  if (ok)
    {
      after = bd_tracing_classify (before, failed, reached);
      detail = g_strdup_printf ("method %d %s: %s → %s", method, reached ? "reached" : "not reached",
                                bd_service_class_to_string (before),
                                bd_service_class_to_string (after));
      ok = (after == before || write_service_class (self, policy_id, after, error)) &&
           bd_store_append_audit (self, staff_id, "tracing-recorded", "policy", policy_id, 0,
                                  detail, error);
    }
  if (ok && service_class != NULL)
    *service_class = after;
  return bd_store_end_write (self, ok, error);
}
