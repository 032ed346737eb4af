/* bd-case-store.c — the cases of every workflow in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing of a case is deleted (domain.md §11): its state moves along its lifecycle, a
 * document is ticked again, a deadline is extended, paused or ended, and each of these
 * leaves a history entry (case_event, append-only) and an audit row. Triggers of
 * migration 10 → 11 refuse deletions and changes of the history.
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-calendar.h"
#include "bd-case-private.h"
#include "bd-case-entry.h"
#include "bd-case-store.h"
#include "bd-staff-store.h"
#include "bd-store-private.h"

static const char case_insert_sql[] =
  "INSERT INTO case_file (area, number, customer_id, policy_id, state, needs_review, "
  "  received_on, opened_at, opened_by) "
  "VALUES (:area, :number, :customer_id, :policy_id, :state, :needs_review, :received_on, "
  "  :opened_at, :opened_by) RETURNING id";

/* A day's numbers are a range of the unique index on number. */
static const char case_day_count_sql[] =
  "SELECT count(*) FROM case_file WHERE number >= :low AND number < :high";

static const char case_get_sql[] =
  "SELECT c.number, c.customer_id, c.policy_id, c.state, c.needs_review, c.received_on, "
  "  c.opened_at, c.opened_by, c.accepted_by, s.name, c.closed_at "
  "FROM case_file c LEFT JOIN staff s ON s.id = c.accepted_by "
  "WHERE c.id = :id AND c.area = :area";

/* The state it was read in: a case another desk moved meanwhile is not moved again. */
static const char case_step_sql[] =
  "UPDATE case_file SET state = :to, accepted_by = COALESCE (:accepted_by, accepted_by), "
  "  closed_at = :closed_at "
  "WHERE id = :id AND state = :from RETURNING id";

static const char case_accepted_by_sql[] =
  "UPDATE case_file SET accepted_by = :accepted_by WHERE id = :id";

static const char case_ids_sql[] =
  "SELECT id FROM case_file WHERE customer_id = :customer_id AND area = :area "
  "ORDER BY id DESC";

/*
 * The Queues' cases: one row per running deadline of an open case, due by a day or not
 * known (beyond the calendar, kept NULL), with what its row shows. Both halves walk the
 * partial index case_deadline_running (migration 10 → 11), which holds the running
 * deadlines only: a page reads its rows and a count stops at its bound, however many
 * cases were closed. A NULL is no range of an index, so the unknown ones are a second
 * walk, merged in due order (SQLite sorts NULL first: the deadlines nobody can date come
 * before the overdue ones). A staff member's cases are the ones they accepted, or opened
 * while still a draft (not accepted yet).
 */
#define DUE_CASES_SELECT \
  "SELECT c.id, c.number, c.area, c.state, c.customer_id, k.name, d.rule, " \
  "  d.due_date AS due " \
  "FROM case_deadline d JOIN case_file c ON c.id = d.case_id " \
  "JOIN customer k ON k.id = c.customer_id "
#define DUE_CASES_COUNT \
  "SELECT 1 FROM case_deadline d JOIN case_file c ON c.id = d.case_id "
#define DUE_CASES_RUNNING \
  "WHERE d.met_on IS NULL AND d.paused_since IS NULL AND c.closed_at IS NULL "
#define DUE_CASES_STAFF "AND coalesce (c.accepted_by, c.opened_by) = :staff_id "
#define DUE_CASES_UNKNOWN "AND d.due_date IS NULL "
#define DUE_CASES_BY "AND d.due_date <= :until "
#define DUE_CASES_PAGE "ORDER BY due LIMIT :limit OFFSET :offset"
#define DUE_CASES(select, scope) \
  select DUE_CASES_RUNNING scope DUE_CASES_UNKNOWN "UNION ALL " \
  select DUE_CASES_RUNNING scope DUE_CASES_BY

static const char due_cases_branch_sql[] =
  DUE_CASES (DUE_CASES_SELECT, "") DUE_CASES_PAGE;
static const char due_cases_staff_sql[] =
  DUE_CASES (DUE_CASES_SELECT, DUE_CASES_STAFF) DUE_CASES_PAGE;
static const char due_cases_branch_count_sql[] =
  "SELECT count(*) FROM (" DUE_CASES (DUE_CASES_COUNT, "") "LIMIT :bound) AS due";
static const char due_cases_staff_count_sql[] =
  "SELECT count(*) FROM (" DUE_CASES (DUE_CASES_COUNT, DUE_CASES_STAFF) "LIMIT :bound) AS due";

static const BdCaseQueueQuery queue_queries[] = {
  { "due-cases-branch", due_cases_branch_sql, "case_deadline_running" },
  { "due-cases-staff", due_cases_staff_sql, "case_deadline_running" },
  { "due-cases-branch-count", due_cases_branch_count_sql, "case_deadline_running" },
  { "due-cases-staff-count", due_cases_staff_count_sql, "case_deadline_running" },
};

static const char document_insert_sql[] =
  "INSERT INTO case_document (case_id, position, document, required, state) "
  "VALUES (:case_id, :position, :document, :required, :state)";

static const char document_update_sql[] =
  "UPDATE case_document SET state = :state, staff_id = :staff_id, at = :at "
  "WHERE case_id = :case_id AND document = :document";

static const char documents_of_sql[] =
  "SELECT d.document, d.required, d.state, d.staff_id, s.name, d.at "
  "FROM case_document d LEFT JOIN staff s ON s.id = d.staff_id "
  "WHERE d.case_id = :case_id ORDER BY d.position";

static const char deadline_insert_sql[] =
  "INSERT INTO case_deadline (case_id, position, rule, start_date, due_date, extension, "
  "  paused_units, paused_since, met_on, outcome) "
  "VALUES (:case_id, :position, :rule, :start_date, :due_date, :extension, :paused_units, "
  "  :paused_since, :met_on, :outcome)";

static const char deadline_update_sql[] =
  "UPDATE case_deadline SET due_date = :due_date, extension = :extension, "
  "  paused_units = :paused_units, paused_since = :paused_since, met_on = :met_on, "
  "  outcome = :outcome "
  "WHERE case_id = :case_id AND rule = :rule";

static const char deadlines_of_sql[] =
  "SELECT rule, start_date, extension, paused_units, paused_since, met_on, outcome "
  "FROM case_deadline WHERE case_id = :case_id ORDER BY position";

static const char event_insert_sql[] =
  "INSERT INTO case_event (case_id, at, staff_id, what, from_state, to_state, detail, reason) "
  "VALUES (:case_id, :at, :staff_id, :what, :from_state, :to_state, :detail, :reason)";

static const char events_of_sql[] =
  "SELECT e.at, e.staff_id, s.name, e.what, e.from_state, e.to_state, e.detail, e.reason "
  "FROM case_event e LEFT JOIN staff s ON s.id = e.staff_id "
  "WHERE e.case_id = :case_id ORDER BY e.id";

/* A date as the database keeps it, or NULL (binds NULL) for an unset one. */
static const char *
iso_or_null (const GDate *date,
             char        *buffer)
{
  return g_date_valid (date) ? bd_date_format_iso (date, buffer) : NULL;
}

static gboolean
add_event (BdStore     *store,
           BdCase      *kase,
           gint64       staff_id,
           const char  *what,
           const char  *from,
           const char  *to,
           const char  *detail,
           const char  *reason,
           GError     **error)
{
  g_autofree char *at = bd_store_now_utc ();
  g_autoptr(BdStaff) staff = bd_store_get_staff (store, staff_id, NULL);
  g_autoptr(BdCaseEvent) event = NULL;
  BdDbStmt *stmt = bd_store_prepare (store, event_insert_sql, error);

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (kase));
  bd_db_bind_text (stmt, ":at", at);
  bd_db_bind_id (stmt, ":staff_id", staff_id);
  bd_db_bind_text (stmt, ":what", what);
  bd_db_bind_text (stmt, ":from_state", from);
  bd_db_bind_text (stmt, ":to_state", to);
  bd_db_bind_text (stmt, ":detail", detail);
  bd_db_bind_text (stmt, ":reason", reason);
  if (!bd_db_step_done (stmt, error))
    return FALSE;
  event = bd_case_event_new (at, staff_id, staff != NULL ? bd_staff_get_name (staff) : NULL,
                             what, from, to, detail, reason);
  bd_case_add_event (kase, event);
  return TRUE;
}

/* The deadline's columns as they now are: the due day is kept computed, so that the
 * Queues find what is due through an index (NULL beyond the calendar or while paused). */
static void
bind_deadline (BdStore    *store,
               BdDbStmt   *stmt,
               BdCase     *kase,
               BdDeadline *deadline,
               const char *outcome)
{
  char due_text[BD_ISO_DATE_SIZE], since_text[BD_ISO_DATE_SIZE], met_text[BD_ISO_DATE_SIZE];
  GDate due, since, met, today;
  gboolean paused;

  bd_store_get_today (store, &today);
  g_date_clear (&due, 1);
  g_date_clear (&since, 1);
  g_date_clear (&met, 1);
  paused = bd_deadline_get_paused_since (deadline, &since);
  bd_deadline_get_met_on (deadline, &met);
  if (!paused && !bd_deadline_get_due (deadline, bd_calendar_get_default (), &today, &due, NULL))
    g_date_clear (&due, 1);
  bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (kase));
  bd_db_bind_text (stmt, ":rule", bd_deadline_get_rule (deadline)->name);
  bd_db_bind_text (stmt, ":due_date", iso_or_null (&due, due_text));
  bd_db_bind_int64 (stmt, ":extension", bd_deadline_get_extension (deadline));
  bd_db_bind_int64 (stmt, ":paused_units", bd_deadline_get_paused_units (deadline));
  bd_db_bind_text (stmt, ":paused_since", iso_or_null (&since, since_text));
  bd_db_bind_text (stmt, ":met_on", iso_or_null (&met, met_text));
  bd_db_bind_text (stmt, ":outcome", outcome);
}

static gboolean
insert_deadline (BdStore     *store,
                 BdCase      *kase,
                 BdDeadline  *deadline,
                 GError     **error)
{
  char start_text[BD_ISO_DATE_SIZE];
  BdDbStmt *stmt = bd_store_prepare (store, deadline_insert_sql, error);
  GDate start;

  if (stmt == NULL)
    return FALSE;
  bd_deadline_get_start (deadline, &start);
  bind_deadline (store, stmt, kase, deadline, NULL);
  bd_db_bind_int64 (stmt, ":position", bd_case_get_deadlines (kase)->len);
  bd_db_bind_text (stmt, ":start_date", bd_date_format_iso (&start, start_text));
  if (!bd_db_step_done (stmt, error))
    return FALSE;
  bd_case_add_deadline (kase, deadline);
  return TRUE;
}

static gboolean
update_deadline (BdStore     *store,
                 BdCase      *kase,
                 BdDeadline  *deadline,
                 const char  *outcome,
                 GError     **error)
{
  BdDbStmt *stmt = bd_store_prepare (store, deadline_update_sql, error);

  if (stmt == NULL)
    return FALSE;
  bind_deadline (store, stmt, kase, deadline, outcome);
  return bd_db_step_done (stmt, error);
}

/* Starts the deadline @rule of @kase on @start, unless it runs already. */
static gboolean
start_deadline (BdStore      *store,
                BdCase       *kase,
                const char   *rule,
                const GDate  *start,
                GError      **error)
{
  const BdDeadlineRule *found = bd_case_kind_find_deadline (bd_case_get_kind (kase), rule);
  g_autoptr(BdDeadline) deadline = NULL;

  if (found == NULL)
    {
      g_critical ("The case kind %s has no deadline %s", bd_case_get_kind (kase)->area, rule);
      bd_db_set_error_failed (error);
      return FALSE;
    }
  if (bd_case_find_deadline (kase, rule) != NULL)
    return TRUE;
  deadline = bd_deadline_new (found, start);
  return insert_deadline (store, kase, deadline, error);
}

/* Ends a running deadline on @today: met, or stopped because the case closed. */
static gboolean
end_deadline (BdStore      *store,
              BdCase       *kase,
              BdDeadline   *deadline,
              const GDate  *today,
              const char   *outcome,
              GError      **error)
{
  GDate since;

  if (bd_deadline_get_met_on (deadline, NULL))
    return TRUE;
  if (bd_deadline_get_paused_since (deadline, &since)
      && !bd_deadline_resume (deadline, bd_calendar_get_default (), today, error))
    return FALSE;
  return bd_deadline_mark_met (deadline, today, error)
         && update_deadline (store, kase, deadline, outcome, error);
}

static gboolean
number_case (BdStore      *store,
             BdCase       *kase,
             const GDate  *today,
             GError      **error)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *number = NULL;
  BdDbStmt *stmt = bd_store_prepare (store, case_day_count_sql, error);
  const char *prefix = bd_case_get_kind (kase)->number_prefix;
  gint64 count = 0;
  BdStep step;

  if (stmt == NULL)
    return FALSE;
  low = g_strdup_printf ("%s%04u%02u%02u", prefix, g_date_get_year (today),
                         g_date_get_month (today), g_date_get_day (today));
  high = g_strconcat (low, "~", NULL);
  bd_db_bind_text (stmt, ":low", low);
  bd_db_bind_text (stmt, ":high", high);
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    count = bd_db_column_int64 (stmt, 0);
  bd_db_reset (stmt);
  if (step != BD_STEP_ROW)
    return FALSE;
  number = g_strdup_printf ("%s%04" G_GINT64_FORMAT, low, count + 1);
  bd_case_set_number (kase, number);
  return TRUE;
}

static gboolean
insert_case (BdStore     *store,
             BdCase      *kase,
             gint64       staff_id,
             const char  *now,
             GError     **error)
{
  BdDbStmt *stmt = bd_store_prepare (store, case_insert_sql, error);
  gint64 id;

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":area", bd_case_get_kind (kase)->area);
  bd_db_bind_text (stmt, ":number", bd_case_get_number (kase));
  bd_db_bind_id (stmt, ":customer_id", bd_case_get_customer_id (kase));
  bd_db_bind_id (stmt, ":policy_id", bd_case_get_policy_id (kase));
  bd_db_bind_text (stmt, ":state", bd_case_get_state (kase));
  bd_db_bind_int64 (stmt, ":needs_review", bd_case_get_needs_review (kase));
  bd_db_bind_text (stmt, ":received_on", bd_case_get_received_on (kase));
  bd_db_bind_text (stmt, ":opened_at", now);
  bd_db_bind_int64 (stmt, ":opened_by", staff_id);
  if ((id = bd_db_step_returning_id (stmt, error)) == 0)
    return FALSE;
  bd_case_set_id (kase, id);
  bd_case_set_opened (kase, now, staff_id);
  return TRUE;
}

static gboolean
insert_documents (BdStore  *store,
                  BdCase   *kase,
                  GError  **error)
{
  GListModel *items = bd_checklist_get_items (bd_case_get_checklist (kase));
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdChecklistItem) item = g_list_model_get_item (items, i);
      BdDbStmt *stmt = bd_store_prepare (store, document_insert_sql, error);

      if (stmt == NULL)
        return FALSE;
      bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (kase));
      bd_db_bind_int64 (stmt, ":position", i);
      bd_db_bind_text (stmt, ":document", bd_checklist_item_get_kind (item)->name);
      bd_db_bind_int64 (stmt, ":required", bd_checklist_item_get_required (item));
      bd_db_bind_text (stmt, ":state",
                       bd_document_state_to_string (bd_checklist_item_get_state (item)));
      if (!bd_db_step_done (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* The branch day the case was received on: its deadlines count from it. */
static void
get_received_day (BdStore *store,
                  BdCase  *kase,
                  GDate   *day)
{
  g_date_clear (day, 1);
  if (!bd_date_parse_iso (bd_case_get_received_on (kase), day))
    {
      char text[BD_ISO_DATE_SIZE];

      bd_store_get_today (store, day);
      bd_case_set_received_on (kase, bd_date_format_iso (day, text));
    }
}

static gboolean
write_opening (BdStore            *store,
               BdCase             *kase,
               gint64              staff_id,
               const char *const  *deadlines,
               GError            **error)
{
  g_autofree char *now = bd_store_now_utc ();
  GDate received, today;

  bd_store_get_today (store, &today);
  get_received_day (store, kase, &received);
  if (!number_case (store, kase, &today, error)
      || !insert_case (store, kase, staff_id, now, error)
      || !insert_documents (store, kase, error))
    return FALSE;
  for (guint i = 0; deadlines != NULL && deadlines[i] != NULL; i++)
    if (!start_deadline (store, kase, deadlines[i], &received, error))
      return FALSE;
  return add_event (store, kase, staff_id, "opened", NULL, bd_case_get_state (kase), NULL,
                    NULL, error)
         && bd_store_append_audit (store, staff_id, "case-opened", "case_file",
                                   bd_case_get_id (kase), bd_case_get_customer_id (kase),
                                   bd_case_get_number (kase), error);
}

gboolean
bd_case_store_open (BdStore            *store,
                    BdCase             *kase,
                    gint64              staff_id,
                    const char *const  *deadlines,
                    GError            **error)
{
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_CASE (kase), FALSE);
  g_return_val_if_fail (bd_case_get_id (kase) == 0, FALSE);

  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = write_opening (store, kase, staff_id, deadlines, error);
  if (!bd_store_end_write (store, ok, error) || !ok)
    {
      bd_case_set_id (kase, 0);
      return FALSE;
    }
  return TRUE;
}

static void
read_case_row (BdDbStmt *stmt,
               gpointer  data)
{
  BdCase *kase = data;

  bd_case_set_number (kase, bd_db_column_text (stmt, 0));
  bd_case_set_state (kase, bd_db_column_text (stmt, 3));
  bd_case_set_needs_review (kase, bd_db_column_bool (stmt, 4));
  bd_case_set_received_on (kase, bd_db_column_text (stmt, 5));
  bd_case_set_opened (kase, bd_db_column_text (stmt, 6), bd_db_column_int64 (stmt, 7));
  bd_case_set_accepted_by (kase, bd_db_column_int64 (stmt, 8), bd_db_column_text (stmt, 9));
  bd_case_set_closed_at (kase, bd_db_column_text (stmt, 10));
}

static gboolean
read_documents (BdStore  *store,
                BdCase   *kase,
                GError  **error)
{
  BdDbStmt *stmt = bd_store_prepare_for_id (store, documents_of_sql, ":case_id",
                                            bd_case_get_id (kase), error);
  const BdCaseKind *kind = bd_case_get_kind (kase);
  BdChecklist *checklist = bd_case_get_checklist (kase);
  BdStep step;

  if (stmt == NULL)
    return FALSE;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      const BdDocumentKind *document = bd_case_kind_find_document (kind,
                                                                   bd_db_column_text (stmt, 0));
      BdDocumentState state = BD_DOCUMENT_MISSING;

      /* A document no longer in the catalogue is still shown as it was recorded. */
      if (document == NULL)
        continue;
      bd_document_state_from_string (bd_db_column_text (stmt, 2), &state);
      bd_checklist_require (checklist, document, bd_db_column_bool (stmt, 1));
      bd_checklist_set_state (checklist, document->name, state, bd_db_column_int64 (stmt, 3),
                              bd_db_column_text (stmt, 4), bd_db_column_text (stmt, 5), NULL);
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE;
}

static BdDeadline *
deadline_from_row (BdDbStmt         *stmt,
                   const BdCaseKind *kind)
{
  const BdDeadlineRule *rule = bd_case_kind_find_deadline (kind, bd_db_column_text (stmt, 0));
  GDate start, since, met;

  if (rule == NULL)
    return NULL;
  g_date_clear (&start, 1);
  g_date_clear (&since, 1);
  g_date_clear (&met, 1);
  bd_date_parse_iso (bd_db_column_text (stmt, 1), &start);
  bd_date_parse_iso (bd_db_column_text (stmt, 4), &since);
  bd_date_parse_iso (bd_db_column_text (stmt, 5), &met);
  return bd_deadline_restore (rule, &start, bd_db_column_int64 (stmt, 2),
                              bd_db_column_int64 (stmt, 3), &since, &met);
}

static gboolean
read_deadlines (BdStore  *store,
                BdCase   *kase,
                GError  **error)
{
  BdDbStmt *stmt = bd_store_prepare_for_id (store, deadlines_of_sql, ":case_id",
                                            bd_case_get_id (kase), error);
  BdStep step;

  if (stmt == NULL)
    return FALSE;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      g_autoptr(BdDeadline) deadline = deadline_from_row (stmt, bd_case_get_kind (kase));

      if (deadline != NULL)
        bd_case_add_deadline (kase, deadline);
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE;
}

static gboolean
read_events (BdStore  *store,
             BdCase   *kase,
             GError  **error)
{
  BdDbStmt *stmt = bd_store_prepare_for_id (store, events_of_sql, ":case_id",
                                            bd_case_get_id (kase), error);
  BdStep step;

  if (stmt == NULL)
    return FALSE;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      g_autoptr(BdCaseEvent) event = NULL;

      event = bd_case_event_new (bd_db_column_text (stmt, 0), bd_db_column_int64 (stmt, 1),
                                 bd_db_column_text (stmt, 2), bd_db_column_text (stmt, 3),
                                 bd_db_column_text (stmt, 4), bd_db_column_text (stmt, 5),
                                 bd_db_column_text (stmt, 6), bd_db_column_text (stmt, 7));
      bd_case_add_event (kase, event);
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE;
}

BdCase *
bd_case_store_get (BdStore           *store,
                   const BdCaseKind  *kind,
                   gint64             id,
                   GError           **error)
{
  g_autoptr(BdCase) kase = NULL;
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  if ((stmt = bd_store_prepare_for_id (store, case_get_sql, ":id", id, error)) == NULL)
    return NULL;
  bd_db_bind_text (stmt, ":area", kind->area);
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      kase = bd_case_new (kind, bd_db_column_int64 (stmt, 1), bd_db_column_int64 (stmt, 2));
      bd_case_set_id (kase, id);
      read_case_row (stmt, kase);
    }
  bd_db_reset (stmt);
  if (step == BD_STEP_ERROR)
    return NULL;
  if (kase == NULL)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                   _("The case was not found"));
      return NULL;
    }
  if (!read_documents (store, kase, error) || !read_deadlines (store, kase, error)
      || !read_events (store, kase, error))
    return NULL;
  return g_steal_pointer (&kase);
}

gboolean
bd_case_store_reload (BdStore  *store,
                      BdCase   *kase,
                      GError  **error)
{
  g_autoptr(BdCase) stored = NULL;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_CASE (kase), FALSE);

  stored = bd_case_store_get (store, bd_case_get_kind (kase), bd_case_get_id (kase), error);
  if (stored == NULL)
    return FALSE;
  bd_case_set_number (kase, bd_case_get_number (stored));
  bd_case_set_state (kase, bd_case_get_state (stored));
  bd_case_set_needs_review (kase, bd_case_get_needs_review (stored));
  bd_case_set_received_on (kase, bd_case_get_received_on (stored));
  bd_case_set_opened (kase, bd_case_get_opened_at (stored), bd_case_get_opened_by (stored));
  bd_case_set_accepted_by (kase, bd_case_get_accepted_by (stored),
                           bd_case_get_accepted_by_name (stored));
  bd_case_set_closed_at (kase, bd_case_get_closed_at (stored));
  bd_case_replace_contents (kase, stored);
  return TRUE;
}

gboolean
bd_case_store_set_accepted_by (BdStore  *store,
                               BdCase   *kase,
                               gint64    staff_id,
                               GError  **error)
{
  g_autoptr(BdStaff) staff = NULL;
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_CASE (kase), FALSE);

  if ((staff = bd_store_get_staff (store, staff_id, error)) == NULL
      || (stmt = bd_store_prepare (store, case_accepted_by_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":id", bd_case_get_id (kase));
  bd_db_bind_int64 (stmt, ":accepted_by", staff_id);
  if (!bd_db_step_done (stmt, error))
    return FALSE;
  bd_case_set_accepted_by (kase, staff_id, bd_staff_get_name (staff));
  return TRUE;
}

/* The step's own rule, asked with the role the database gives @staff_id. */
static const BdCaseStep *
check_step (BdStore     *store,
            BdCase      *kase,
            const char  *to,
            gint64       staff_id,
            const char  *reason,
            GError     **error)
{
  const BdLifecycle *lifecycle = bd_case_get_kind (kase)->lifecycle;
  g_autoptr(BdStaff) staff = bd_store_get_staff (store, staff_id, error);
  BdStepFacts facts;

  if (staff == NULL)
    return NULL;
  bd_case_get_step_facts (kase, bd_staff_get_role (staff), staff_id, reason, &facts);
  if (!bd_lifecycle_check_step (lifecycle, bd_case_get_state (kase), to, &facts, error))
    return NULL;
  return bd_lifecycle_find_step (lifecycle, bd_case_get_state (kase), to);
}

static gboolean
update_state (BdStore           *store,
              BdCase            *kase,
              const BdCaseStep  *step,
              gint64             staff_id,
              const char        *now,
              GError           **error)
{
  gboolean closes = !bd_lifecycle_is_open (bd_case_get_kind (kase)->lifecycle, step->to);
  BdDbStmt *stmt = bd_store_prepare (store, case_step_sql, error);
  BdStep result;

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":id", bd_case_get_id (kase));
  bd_db_bind_text (stmt, ":from", step->from);
  bd_db_bind_text (stmt, ":to", step->to);
  bd_db_bind_id (stmt, ":accepted_by", (step->requires & BD_STEP_ACCEPTS) ? staff_id : 0);
  bd_db_bind_text (stmt, ":closed_at", closes ? now : NULL);
  result = bd_db_step (stmt, error);
  bd_db_reset (stmt);
  if (result == BD_STEP_DONE)
    g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT,
                 _("The case was changed at another desk meanwhile; open it again"));
  if (result != BD_STEP_ROW)
    return FALSE;
  bd_case_set_state (kase, step->to);
  bd_case_set_closed_at (kase, closes ? now : NULL);
  if (step->requires & BD_STEP_ACCEPTS)
    {
      g_autoptr(BdStaff) staff = bd_store_get_staff (store, staff_id, NULL);

      bd_case_set_accepted_by (kase, staff_id, staff != NULL ? bd_staff_get_name (staff) : NULL);
    }
  return TRUE;
}

/* What the step does to the deadlines: meets those it names, stops those that no longer
 * apply, starts those it names, and when the case closes ends every deadline still
 * running. */
static gboolean
move_deadlines (BdStore           *store,
                BdCase            *kase,
                const BdCaseStep  *step,
                GError           **error)
{
  GPtrArray *deadlines = bd_case_get_deadlines (kase);
  GDate today;

  bd_store_get_today (store, &today);
  for (guint i = 0; step->meets != NULL && step->meets[i] != NULL; i++)
    {
      BdDeadline *deadline = bd_case_find_deadline (kase, step->meets[i]);

      if (deadline != NULL && !end_deadline (store, kase, deadline, &today, "met", error))
        return FALSE;
    }
  for (guint i = 0; step->stops != NULL && step->stops[i] != NULL; i++)
    {
      BdDeadline *deadline = bd_case_find_deadline (kase, step->stops[i]);

      if (deadline != NULL && !end_deadline (store, kase, deadline, &today, "stopped", error))
        return FALSE;
    }
  for (guint i = 0; step->starts != NULL && step->starts[i] != NULL; i++)
    if (!start_deadline (store, kase, step->starts[i], &today, error))
      return FALSE;
  if (bd_case_is_open (kase))
    return TRUE;
  for (guint i = 0; i < deadlines->len; i++)
    if (!end_deadline (store, kase, g_ptr_array_index (deadlines, i), &today,
                       g_strcmp0 (step->to, "completed") == 0 ? "met" : "stopped", error))
      return FALSE;
  return TRUE;
}

static gboolean
write_step (BdStore     *store,
            BdCase      *kase,
            const char  *to,
            gint64       staff_id,
            const char  *reason,
            GError     **error)
{
  g_autofree char *now = bd_store_now_utc ();
  g_autofree char *detail = NULL;
  g_autofree char *from = g_strdup (bd_case_get_state (kase));
  const BdCaseStep *step;

  if ((step = check_step (store, kase, to, staff_id, reason, error)) == NULL)
    return FALSE;
  if (!update_state (store, kase, step, staff_id, now, error)
      || !move_deadlines (store, kase, step, error)
      || !add_event (store, kase, staff_id, "step", from, to, NULL, reason, error))
    return FALSE;
  detail = g_strdup_printf ("%s %s→%s", bd_case_get_number (kase), from, to);
  return bd_store_append_audit (store, staff_id, "case-step", "case_file", bd_case_get_id (kase),
                                bd_case_get_customer_id (kase), detail, error);
}

gboolean
bd_case_store_take_step (BdStore     *store,
                         BdCase      *kase,
                         const char  *to,
                         gint64       staff_id,
                         const char  *reason,
                         GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_CASE (kase), FALSE);

  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = write_step (store, kase, to, staff_id, reason, error);
  if (!bd_store_end_write (store, ok, error) || !ok)
    {
      /* The case object is read again so that it shows what the database has. */
      bd_case_store_reload (store, kase, NULL);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_document (BdStore          *store,
                BdCase           *kase,
                const char       *document,
                BdDocumentState   state,
                gint64            staff_id,
                GError          **error)
{
  g_autofree char *now = bd_store_now_utc ();
  g_autoptr(BdStaff) staff = bd_store_get_staff (store, staff_id, error);
  BdDbStmt *stmt;

  if (staff == NULL)
    return FALSE;
  if (!bd_case_is_open (kase))
    {
      g_set_error (error, BD_CASE_ERROR, BD_CASE_ERROR_NO_TRANSITION,
                   _("The case is closed: its documents are as they were"));
      return FALSE;
    }
  if (!bd_checklist_set_state (bd_case_get_checklist (kase), document, state, staff_id,
                               bd_staff_get_name (staff), now, error)
      || (stmt = bd_store_prepare (store, document_update_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (kase));
  bd_db_bind_text (stmt, ":document", document);
  bd_db_bind_text (stmt, ":state", bd_document_state_to_string (state));
  bd_db_bind_int64 (stmt, ":staff_id", staff_id);
  bd_db_bind_text (stmt, ":at", now);
  return bd_db_step_done (stmt, error)
         && add_event (store, kase, staff_id, "document", NULL, NULL, document,
                       bd_document_state_to_string (state), error)
         && bd_store_append_audit (store, staff_id, "case-document", "case_file",
                                   bd_case_get_id (kase), bd_case_get_customer_id (kase),
                                   document, error);
}

gboolean
bd_case_store_set_document (BdStore          *store,
                            BdCase           *kase,
                            const char       *document,
                            BdDocumentState   state,
                            gint64            staff_id,
                            GError          **error)
{
  BdChecklistItem *item;
  BdDocumentState before;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_CASE (kase), FALSE);

  item = bd_checklist_find (bd_case_get_checklist (kase), document);
  before = item != NULL ? bd_checklist_item_get_state (item) : BD_DOCUMENT_MISSING;
  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = write_document (store, kase, document, state, staff_id, error);
  if (!bd_store_end_write (store, ok, error) || !ok)
    {
      if (item != NULL)
        bd_checklist_set_state (bd_case_get_checklist (kase), document, before,
                                bd_checklist_item_get_staff_id (item),
                                bd_checklist_item_get_staff_name (item),
                                bd_checklist_item_get_at (item), NULL);
      return FALSE;
    }
  return TRUE;
}

gboolean
bd_case_store_save_deadline (BdStore     *store,
                             BdCase      *kase,
                             BdDeadline  *deadline,
                             const char  *what,
                             const char  *reason,
                             gint64       staff_id,
                             GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_CASE (kase), FALSE);

  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = update_deadline (store, kase, deadline, NULL, error)
       && add_event (store, kase, staff_id, what, NULL, NULL,
                     bd_deadline_get_rule (deadline)->name, reason, error)
       && bd_store_append_audit (store, staff_id, what, "case_file", bd_case_get_id (kase),
                                 bd_case_get_customer_id (kase),
                                 bd_deadline_get_rule (deadline)->name, error);
  return bd_store_end_write (store, ok, error) && ok;
}

gboolean
bd_case_store_add_change (BdStore     *store,
                          BdCase      *kase,
                          gint64       staff_id,
                          const char  *detail,
                          GError     **error)
{
  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_CASE (kase), FALSE);

  return add_event (store, kase, staff_id, "changed", NULL, NULL, detail, NULL, error);
}

gboolean
bd_case_store_add_event (BdStore     *store,
                         BdCase      *kase,
                         gint64       staff_id,
                         const char  *what,
                         const char  *detail,
                         const char  *reason,
                         GError     **error)
{
  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_CASE (kase), FALSE);

  return add_event (store, kase, staff_id, what, NULL, NULL, detail, reason, error);
}

GArray *
bd_case_store_list_ids (BdStore     *store,
                        const char  *area,
                        gint64       customer_id,
                        GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  stmt = bd_store_prepare_for_id (store, case_ids_sql, ":customer_id", customer_id, error);
  if (stmt == NULL)
    return NULL;
  bd_db_bind_text (stmt, ":area", area);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      gint64 id = bd_db_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE ? g_steal_pointer (&ids) : NULL;
}

/* ── the Queues ────────────────────────────────────────────────────────────────── */

static void
bind_due_cases (BdDbStmt     *stmt,
                const GDate  *until,
                gint64        staff_id)
{
  char until_text[BD_ISO_DATE_SIZE];

  bd_db_bind_text (stmt, ":until", bd_date_format_iso (until, until_text));
  if (staff_id != 0)
    bd_db_bind_int64 (stmt, ":staff_id", staff_id);
}

static BdCaseEntry *
entry_from_row (BdDbStmt    *stmt,
                const GDate *today)
{
  GDate due;

  g_date_clear (&due, 1);
  bd_date_parse_iso (bd_db_column_text (stmt, 7), &due);
  return bd_case_entry_new (bd_db_column_int64 (stmt, 0), bd_db_column_text (stmt, 1),
                            bd_db_column_text (stmt, 2), bd_db_column_text (stmt, 3),
                            bd_db_column_int64 (stmt, 4), bd_db_column_text (stmt, 5),
                            bd_db_column_text (stmt, 6), &due,
                            bd_deadline_state_on (bd_calendar_get_default (), today, &due));
}

GListModel *
bd_case_store_list_due (BdStore      *store,
                        const GDate  *until,
                        gint64        staff_id,
                        guint         offset,
                        guint         limit,
                        GError      **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BD_TYPE_CASE_ENTRY);
  BdDbStmt *stmt;
  GDate today;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (until != NULL && g_date_valid (until), NULL);

  stmt = bd_store_prepare (store, staff_id != 0 ? due_cases_staff_sql : due_cases_branch_sql,
                           error);
  if (stmt == NULL)
    return NULL;
  bd_store_get_today (store, &today);
  bind_due_cases (stmt, until, staff_id);
  bd_db_bind_int64 (stmt, ":limit", limit);
  bd_db_bind_int64 (stmt, ":offset", offset);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      g_autoptr(BdCaseEntry) entry = entry_from_row (stmt, &today);

      g_list_store_append (list, entry);
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE ? G_LIST_MODEL (g_steal_pointer (&list)) : NULL;
}

gboolean
bd_case_store_count_due (BdStore      *store,
                         const GDate  *until,
                         gint64        staff_id,
                         guint         bound,
                         guint        *count,
                         GError      **error)
{
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (until != NULL && g_date_valid (until), FALSE);
  g_return_val_if_fail (bound > 0, FALSE);

  *count = 0;
  stmt = bd_store_prepare (store,
                           staff_id != 0 ? due_cases_staff_count_sql : due_cases_branch_count_sql,
                           error);
  if (stmt == NULL)
    return FALSE;
  bind_due_cases (stmt, until, staff_id);
  bd_db_bind_int64 (stmt, ":bound", bound);
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    *count = (guint) bd_db_column_int64 (stmt, 0);
  bd_db_reset (stmt);
  /* count(*) always answers a row. */
  if (step == BD_STEP_DONE)
    bd_db_set_error_failed (error);
  return step == BD_STEP_ROW;
}

const BdCaseQueueQuery *
bd_case_store_get_queue_queries (guint *n_queries)
{
  *n_queries = G_N_ELEMENTS (queue_queries);
  return queue_queries;
}
