/* bd-complaints-store.c — complaints and consultations in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A complaint is a case (case/) with its row. Whoever logs it owns it (003, 首问责任制);
 * a hand-over only takes effect when the receiver accepts it — the case's accepted_by is
 * the owner, whom the decision letter names as its handler —, and the staff member
 * complained about never handles it. Every change leaves a history entry and an audit
 * row in its transaction.
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-calendar.h"
#include "bd-case-entry.h"
#include "bd-case-private.h"
#include "bd-case-store.h"
#include "bd-complaints-store.h"
#include "bd-customers-store.h"
#include "bd-staff-store.h"
#include "bd-store-private.h"

static const char complaint_insert_sql[] =
  "INSERT INTO complaint (case_id, consultation, complainant_id, complainant_name, relation, "
  "  phone_sealed, staff_concerned_id, channel, category, description, asks_for, urgent, "
  "  people, owner_id) "
  "VALUES (:case_id, :consultation, :complainant_id, :complainant_name, :relation, :phone, "
  "  :staff_concerned_id, :channel, :category, :description, :asks_for, :urgent, :people, "
  "  :owner_id)";

static const char complaint_get_sql[] =
  "SELECT k.consultation, c.customer_id, c.policy_id, k.complainant_id, k.complainant_name, "
  "  k.relation, k.phone_sealed, k.staff_concerned_id, k.channel, k.category, k.description, "
  "  k.asks_for, k.urgent, k.people, k.owner_id, k.pending_owner_id, k.facts, k.grounds, "
  "  k.outcome, k.satisfied, k.visit_note, k.root_cause, k.measures, "
  "  k.compliance_reported_at, so.name, sp.name "
  "FROM complaint k JOIN case_file c ON c.id = k.case_id "
  "JOIN staff so ON so.id = k.owner_id LEFT JOIN staff sp ON sp.id = k.pending_owner_id "
  "WHERE k.case_id = :case_id";

static const char complaint_owners_sql[] =
  "UPDATE complaint SET owner_id = :owner_id, pending_owner_id = :pending_owner_id "
  "WHERE case_id = :case_id";

static const char complaint_decision_sql[] =
  "UPDATE complaint SET facts = :facts, grounds = :grounds, outcome = :outcome "
  "WHERE case_id = :case_id";

static const char complaint_visit_sql[] =
  "UPDATE complaint SET satisfied = :satisfied, visit_note = :visit_note "
  "WHERE case_id = :case_id";

static const char complaint_remedy_sql[] =
  "UPDATE complaint SET root_cause = :root_cause, measures = :measures "
  "WHERE case_id = :case_id";

static const char complaint_compliance_sql[] =
  "UPDATE complaint SET compliance_reported_at = :at "
  "WHERE case_id = :case_id AND compliance_reported_at IS NULL RETURNING case_id";

static const char complaint_ids_sql[] =
  "SELECT id FROM case_file WHERE customer_id = :customer_id "
  "  AND area IN ('complaint', 'consultation') ORDER BY id DESC";

/* A month's cases are a range of case_by_area_day (migration 12 → 13). */
static const char month_sql[] =
  "SELECT c.area, c.number, k.category, k.channel, k.people, d.met_on, d.due_date, "
  "  k.root_cause, k.measures "
  "FROM case_file c JOIN complaint k ON k.case_id = c.id "
  "LEFT JOIN case_deadline d ON d.case_id = c.id AND d.rule = 'complaint-decision' "
  "WHERE c.area IN ('complaint', 'consultation') AND c.received_on >= :first "
  "  AND c.received_on < :next "
  "ORDER BY c.id";

/*
 * The supervisor's lists in the Queues. The open complaints, each once, by its next
 * running deadline: a walk of the partial index case_deadline_running in due order (the
 * days nobody can date first, then the overdue), joined first (CROSS JOIN keeps that
 * order, so nothing is sorted apart) and stopped at the page's end; a complaint waiting
 * only for its return visit, or paused for an appraisal, has no running deadline and is
 * not listed. The major ones (2020 measures art. 29) are not in it: they are listed
 * apart, first, from the audit rows written when they were logged (audit_by_action).
 */
#define NEXT_RUNNING \
  "d.met_on IS NULL AND d.paused_since IS NULL " \
  "AND NOT EXISTS (SELECT 1 FROM case_deadline e WHERE e.case_id = d.case_id " \
  "  AND e.met_on IS NULL AND e.paused_since IS NULL AND e.rule <> d.rule " \
  "  AND (e.due_date < d.due_date OR (e.due_date IS NULL AND d.due_date IS NOT NULL) " \
  "       OR ((e.due_date = d.due_date OR (e.due_date IS NULL AND d.due_date IS NULL)) " \
  "           AND e.rule < d.rule))) "
#define OPEN_FROM \
  "FROM case_deadline d CROSS JOIN case_file c CROSS JOIN complaint k " \
  "WHERE c.id = d.case_id AND k.case_id = c.id AND " NEXT_RUNNING \
  "  AND c.closed_at IS NULL AND c.area = 'complaint' AND k.people < :major "
#define OPEN_FROM_WITH_NAMES \
  "FROM case_deadline d CROSS JOIN case_file c CROSS JOIN complaint k " \
  "CROSS JOIN customer n CROSS JOIN staff s " \
  "WHERE c.id = d.case_id AND k.case_id = c.id AND n.id = c.customer_id " \
  "  AND s.id = k.owner_id AND " NEXT_RUNNING \
  "  AND c.closed_at IS NULL AND c.area = 'complaint' AND k.people < :major "

static const char open_page_sql[] =
  "SELECT c.id, c.number, c.area, c.state, c.customer_id, n.name, d.rule, d.due_date AS due, "
  "  s.name, k.people "
  OPEN_FROM_WITH_NAMES
  "ORDER BY d.due_date LIMIT :limit OFFSET :offset";

static const char open_count_sql[] =
  "SELECT count(*) FROM (SELECT 1 " OPEN_FROM "LIMIT :bound) AS open";

static const char major_open_sql[] =
  "SELECT c.id, c.number, c.area, c.state, c.customer_id, n.name, d.rule, d.due_date AS due, "
  "  s.name, k.people "
  "FROM audit_log a JOIN case_file c ON c.id = a.record_id "
  "JOIN complaint k ON k.case_id = c.id JOIN customer n ON n.id = c.customer_id "
  "JOIN staff s ON s.id = k.owner_id "
  "LEFT JOIN case_deadline d ON d.case_id = c.id AND " NEXT_RUNNING
  "WHERE a.action = 'complaint-major' AND a.record_table = 'case_file' "
  "  AND c.closed_at IS NULL "
  "ORDER BY a.id DESC";

static gboolean
insert_complaint (BdStore      *store,
                  BdComplaint  *complaint,
                  gint64        staff_id,
                  GError      **error)
{
  BdDbStmt *stmt = bd_store_prepare (store, complaint_insert_sql, error);

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (bd_complaint_get_case (complaint)));
  bd_db_bind_int64 (stmt, ":consultation", bd_complaint_is_consultation (complaint));
  bd_db_bind_id (stmt, ":complainant_id", bd_complaint_get_complainant_id (complaint));
  bd_db_bind_text (stmt, ":complainant_name", bd_complaint_get_complainant_name (complaint));
  bd_db_bind_text (stmt, ":relation", bd_complaint_get_relation (complaint));
  bd_db_bind_sealed (stmt, ":phone", BD_SEALED_COMPLAINANT_PHONE, bd_complaint_get_phone (complaint));
  bd_db_bind_id (stmt, ":staff_concerned_id", bd_complaint_get_staff_concerned (complaint));
  bd_db_bind_text (stmt, ":channel", bd_complaint_channel_to_string (bd_complaint_get_channel (complaint)));
  bd_db_bind_text (stmt, ":category",
                   bd_complaint_category_to_string (bd_complaint_get_category (complaint)));
  bd_db_bind_text (stmt, ":description", bd_complaint_get_description (complaint));
  bd_db_bind_text (stmt, ":asks_for", bd_complaint_get_asks_for (complaint));
  bd_db_bind_int64 (stmt, ":urgent", bd_complaint_get_urgent (complaint));
  bd_db_bind_int64 (stmt, ":people", bd_complaint_get_people (complaint));
  bd_db_bind_int64 (stmt, ":owner_id", staff_id);
  if (!bd_db_step_done (stmt, error))
    return FALSE;
  bd_complaint_set_owners (complaint, staff_id, 0);
  return TRUE;
}

/* A complainant on file is named as the customer is. */
static gboolean
name_complainant (BdStore      *store,
                  BdComplaint  *complaint,
                  GError      **error)
{
  g_autoptr(BdCustomer) person = NULL;

  if (bd_complaint_get_complainant_id (complaint) == 0)
    return TRUE;
  person = bd_store_get_customer (store, bd_complaint_get_complainant_id (complaint), error);
  if (person == NULL)
    return FALSE;
  bd_complaint_set_complainant (complaint, bd_customer_get_id (person),
                                bd_customer_get_name (person));
  return TRUE;
}

static gboolean
write_new_complaint (BdStore      *store,
                     BdComplaint  *complaint,
                     gint64        staff_id,
                     GError      **error)
{
  const char *complaint_deadlines[] = { "complaint-feedback", "complaint-decision", NULL };
  const char *consultation_deadlines[] = { "complaint-feedback", NULL };
  BdCase *kase = bd_complaint_get_case (complaint);

  if (!name_complainant (store, complaint, error) || !bd_complaint_validate (complaint, error)
      || !bd_complaint_check_handler (complaint, staff_id, error)
      || !bd_case_store_open (store, kase, staff_id,
                              bd_complaint_is_consultation (complaint) ? consultation_deadlines
                                                                       : complaint_deadlines,
                              error)
      || !insert_complaint (store, complaint, staff_id, error)
      || !bd_case_store_set_accepted_by (store, kase, staff_id, error))
    return FALSE;
  bd_complaint_set_owner_names (complaint, bd_case_get_accepted_by_name (kase), NULL);
  /* 2020 measures art. 29: the supervisor is told of a major complaint at once (the audit
   * row the Queues read, beside the complaint's own). */
  return !bd_complaint_is_major (complaint)
         || bd_store_append_audit (store, staff_id, "complaint-major", "case_file",
                                   bd_case_get_id (kase), bd_case_get_customer_id (kase),
                                   bd_case_get_number (kase), error);
}

gboolean
bd_complaints_store_add (BdStore      *store,
                         BdComplaint  *complaint,
                         gint64        staff_id,
                         GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_COMPLAINT (complaint), FALSE);

  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = write_new_complaint (store, complaint, staff_id, error);
  if (!bd_store_end_write (store, ok, error) || !ok)
    {
      bd_case_set_id (bd_complaint_get_case (complaint), 0);
      return FALSE;
    }
  return TRUE;
}

static BdComplaint *
complaint_from_row (BdDbStmt *stmt)
{
  BdComplaint *complaint = bd_complaint_new (bd_db_column_bool (stmt, 0),
                                             bd_db_column_int64 (stmt, 1),
                                             bd_db_column_int64 (stmt, 2));
  BdComplaintChannel channel = BD_COMPLAINT_VISIT;
  BdComplaintCategory category = BD_COMPLAINT_OTHER;

  bd_complaint_set_complainant (complaint, bd_db_column_int64 (stmt, 3),
                                bd_db_column_text (stmt, 4));
  bd_complaint_set_relation (complaint, bd_db_column_text (stmt, 5));
  bd_complaint_set_phone (complaint, bd_db_column_sealed (stmt, 6, BD_SEALED_COMPLAINANT_PHONE));
  bd_complaint_set_staff_concerned (complaint, bd_db_column_int64 (stmt, 7));
  bd_complaint_channel_from_string (bd_db_column_text (stmt, 8), &channel);
  bd_complaint_set_channel (complaint, channel);
  bd_complaint_category_from_string (bd_db_column_text (stmt, 9), &category);
  bd_complaint_set_category (complaint, category);
  bd_complaint_set_description (complaint, bd_db_column_text (stmt, 10));
  bd_complaint_set_asks_for (complaint, bd_db_column_text (stmt, 11));
  bd_complaint_set_urgent (complaint, bd_db_column_bool (stmt, 12));
  bd_complaint_set_people (complaint, bd_db_column_int64 (stmt, 13));
  bd_complaint_set_owners (complaint, bd_db_column_int64 (stmt, 14), bd_db_column_int64 (stmt, 15));
  bd_complaint_set_decision (complaint, bd_db_column_text (stmt, 16), bd_db_column_text (stmt, 17),
                             bd_db_column_text (stmt, 18));
  bd_complaint_set_visit (complaint,
                          bd_db_column_text (stmt, 19) == NULL ? -1 : bd_db_column_bool (stmt, 19),
                          bd_db_column_text (stmt, 20));
  bd_complaint_set_remedy (complaint, bd_db_column_text (stmt, 21), bd_db_column_text (stmt, 22));
  bd_complaint_set_compliance_reported_at (complaint, bd_db_column_text (stmt, 23));
  bd_complaint_set_owner_names (complaint, bd_db_column_text (stmt, 24),
                                bd_db_column_text (stmt, 25));
  return complaint;
}

BdComplaint *
bd_complaints_store_get (BdStore  *store,
                         gint64    case_id,
                         GError  **error)
{
  g_autoptr(BdComplaint) complaint = NULL;
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  stmt = bd_store_prepare_for_id (store, complaint_get_sql, ":case_id", case_id, error);
  if (stmt == NULL)
    return NULL;
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    complaint = complaint_from_row (stmt);
  if (step == BD_STEP_ROW && !bd_db_stmt_opened_all (stmt, error))
    step = BD_STEP_ERROR;
  bd_db_reset (stmt);
  if (step == BD_STEP_ERROR)
    return NULL;
  if (complaint == NULL)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                   _("The complaint was not found"));
      return NULL;
    }
  bd_case_set_id (bd_complaint_get_case (complaint), case_id);
  if (!bd_case_store_reload (store, bd_complaint_get_case (complaint), error))
    return NULL;
  return g_steal_pointer (&complaint);
}

GListModel *
bd_complaints_store_list_of (BdStore  *store,
                             gint64    customer_id,
                             GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BD_TYPE_COMPLAINT);
  BdDbStmt *stmt = bd_store_prepare_for_id (store, complaint_ids_sql, ":customer_id", customer_id,
                                            error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  BdStep step;

  if (stmt == NULL)
    return NULL;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      gint64 id = bd_db_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  bd_db_reset (stmt);
  if (step != BD_STEP_DONE)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BdComplaint) complaint = bd_complaints_store_get (store,
                                                                  g_array_index (ids, gint64, i),
                                                                  error);

      if (complaint == NULL)
        return NULL;
      g_list_store_append (list, complaint);
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static gboolean
write_owners (BdStore      *store,
              BdComplaint  *complaint,
              gint64        owner_id,
              gint64        pending_owner_id,
              GError      **error)
{
  BdDbStmt *stmt = bd_store_prepare (store, complaint_owners_sql, error);

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (bd_complaint_get_case (complaint)));
  bd_db_bind_int64 (stmt, ":owner_id", owner_id);
  bd_db_bind_id (stmt, ":pending_owner_id", pending_owner_id);
  if (!bd_db_step_done (stmt, error))
    return FALSE;
  bd_complaint_set_owners (complaint, owner_id, pending_owner_id);
  return TRUE;
}

static gboolean
refuse_not_owner (GError **error)
{
  g_set_error_literal (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_HANDLER,
                       _("Only the complaint’s owner does this: the first responder, or whoever "
                         "accepted it from them (003)"));
  return FALSE;
}

/* Writes @what (a history entry and an audit row) after @write succeeded, as one. */
static gboolean
finish_write (BdStore      *store,
              BdComplaint  *complaint,
              gboolean      ok,
              gint64        staff_id,
              const char   *what,
              const char   *detail,
              GError      **error)
{
  BdCase *kase = bd_complaint_get_case (complaint);

  ok = ok && bd_case_store_add_event (store, kase, staff_id, what, detail, NULL, error)
       && bd_store_append_audit (store, staff_id, what, "case_file", bd_case_get_id (kase),
                                 bd_case_get_customer_id (kase), detail, error);
  if (!bd_store_end_write (store, ok, error) || !ok)
    {
      g_autoptr(BdComplaint) stored = bd_complaints_store_get (store, bd_case_get_id (kase), NULL);

      if (stored != NULL)
        {
          bd_complaint_set_owners (complaint, bd_complaint_get_owner_id (stored),
                                   bd_complaint_get_pending_owner_id (stored));
          bd_complaint_set_owner_names (complaint, bd_complaint_get_owner_name (stored),
                                        bd_complaint_get_pending_owner_name (stored));
        }
      bd_case_store_reload (store, kase, NULL);
      return FALSE;
    }
  return TRUE;
}

gboolean
bd_complaints_store_hand_over (BdStore      *store,
                               BdComplaint  *complaint,
                               gint64        to_staff_id,
                               gint64        staff_id,
                               GError      **error)
{
  g_autoptr(BdStaff) receiver = NULL;
  g_autofree char *detail = NULL;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_COMPLAINT (complaint), FALSE);

  if (staff_id != bd_complaint_get_owner_id (complaint))
    return refuse_not_owner (error);
  if (!bd_complaint_check_handler (complaint, to_staff_id, error)
      || (receiver = bd_store_get_staff (store, to_staff_id, error)) == NULL)
    return FALSE;
  if (to_staff_id == staff_id || !bd_staff_get_active (receiver))
    {
      g_set_error_literal (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_HANDLER,
                           to_staff_id == staff_id
                           ? _("The complaint is yours already: hand it to someone else")
                           : _("A complaint is handed to a staff member still at the branch"));
      return FALSE;
    }
  if (!bd_store_begin_write (store, error))
    return FALSE;
  detail = g_strdup (bd_staff_get_name (receiver));
  ok = write_owners (store, complaint, staff_id, to_staff_id, error);
  if (!finish_write (store, complaint, ok, staff_id, "complaint-handed-over", detail, error))
    return FALSE;
  bd_complaint_set_owner_names (complaint, bd_complaint_get_owner_name (complaint), detail);
  return TRUE;
}

gboolean
bd_complaints_store_accept (BdStore      *store,
                            BdComplaint  *complaint,
                            gint64        staff_id,
                            GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_COMPLAINT (complaint), FALSE);

  if (staff_id == 0 || staff_id != bd_complaint_get_pending_owner_id (complaint))
    {
      g_set_error_literal (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_HANDLER,
                           _("Only the staff member it was handed to can accept it"));
      return FALSE;
    }
  if (!bd_complaint_check_handler (complaint, staff_id, error) || !bd_store_begin_write (store, error))
    return FALSE;
  /* The owner is who the case says accepted it: the letter and the Queues name them. */
  ok = write_owners (store, complaint, staff_id, 0, error)
       && bd_case_store_set_accepted_by (store, bd_complaint_get_case (complaint), staff_id, error);
  if (!finish_write (store, complaint, ok, staff_id, "complaint-accepted", NULL, error))
    return FALSE;
  bd_complaint_set_owner_names (complaint,
                                bd_case_get_accepted_by_name (bd_complaint_get_case (complaint)),
                                NULL);
  return TRUE;
}

gboolean
bd_complaints_store_report_misconduct (BdStore      *store,
                                       BdComplaint  *complaint,
                                       gint64        staff_id,
                                       GError      **error)
{
  g_autofree char *now = bd_store_now_utc ();
  BdDbStmt *stmt;
  BdStep step = BD_STEP_ERROR;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_COMPLAINT (complaint), FALSE);

  if (!bd_complaint_needs_compliance (complaint))
    {
      g_set_error_literal (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_DECISION,
                           _("Only a complaint of agent misconduct is reported to compliance"));
      return FALSE;
    }
  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = (stmt = bd_store_prepare (store, complaint_compliance_sql, error)) != NULL;
  if (ok)
    {
      bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (bd_complaint_get_case (complaint)));
      bd_db_bind_text (stmt, ":at", now);
      step = bd_db_step (stmt, error);
      bd_db_reset (stmt);
      if (step == BD_STEP_DONE)
        g_set_error_literal (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_DECISION,
                             _("The misconduct was reported to compliance already"));
      ok = step == BD_STEP_ROW;
    }
  if (!finish_write (store, complaint, ok, staff_id, "complaint-misconduct-reported", NULL, error))
    return FALSE;
  bd_complaint_set_compliance_reported_at (complaint, now);
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
write_decision (BdStore      *store,
                BdComplaint  *complaint,
                GError      **error)
{
  BdDbStmt *stmt;

  if (is_blank (bd_complaint_get_facts (complaint)) || is_blank (bd_complaint_get_grounds (complaint))
      || is_blank (bd_complaint_get_outcome (complaint)))
    {
      g_set_error_literal (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_DECISION,
                           _("A decision names the facts found, its grounds and the outcome "
                             "(2020 measures, art. 19)"));
      return FALSE;
    }
  if ((stmt = bd_store_prepare (store, complaint_decision_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (bd_complaint_get_case (complaint)));
  bd_db_bind_text (stmt, ":facts", bd_complaint_get_facts (complaint));
  bd_db_bind_text (stmt, ":grounds", bd_complaint_get_grounds (complaint));
  bd_db_bind_text (stmt, ":outcome", bd_complaint_get_outcome (complaint));
  return bd_db_step_done (stmt, error);
}

static gboolean
write_visit (BdStore      *store,
             BdComplaint  *complaint,
             GError      **error)
{
  BdDbStmt *stmt;

  if (bd_complaint_get_satisfied (complaint) < 0)
    {
      g_set_error_literal (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_VISIT,
                           _("Say whether the customer is satisfied with the decision"));
      return FALSE;
    }
  if ((stmt = bd_store_prepare (store, complaint_visit_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (bd_complaint_get_case (complaint)));
  bd_db_bind_int64 (stmt, ":satisfied", bd_complaint_get_satisfied (complaint));
  bd_db_bind_text (stmt, ":visit_note", bd_complaint_get_visit_note (complaint));
  return bd_db_step_done (stmt, error);
}

/* Root cause and measures are written whenever they are given (004: 溯源整改). */
static gboolean
write_remedy (BdStore      *store,
              BdComplaint  *complaint,
              GError      **error)
{
  BdDbStmt *stmt = bd_store_prepare (store, complaint_remedy_sql, error);

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":case_id", bd_case_get_id (bd_complaint_get_case (complaint)));
  bd_db_bind_text (stmt, ":root_cause", bd_complaint_get_root_cause (complaint));
  bd_db_bind_text (stmt, ":measures", bd_complaint_get_measures (complaint));
  return bd_db_step_done (stmt, error);
}

/* The branch day the complaint was last decided, from its history. */
static gboolean
decided_on (BdStore     *store,
            BdCase      *kase,
            GDate       *day)
{
  GListModel *history = bd_case_get_history (kase);

  for (guint i = g_list_model_get_n_items (history); i > 0; i--)
    {
      g_autoptr(BdCaseEvent) event = g_list_model_get_item (history, i - 1);
      g_autoptr(GDateTime) utc = NULL;
      g_autoptr(GDateTime) local = NULL;

      if (g_strcmp0 (bd_case_event_get_to_state (event), "decided") != 0
          || (utc = g_date_time_new_from_iso8601 (bd_case_event_get_at (event), NULL)) == NULL)
        continue;
      local = g_date_time_to_timezone (utc, bd_store_get_time_zone (store));
      g_date_clear (day, 1);
      g_date_set_dmy (day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                      g_date_time_get_year (local));
      return TRUE;
    }
  return FALSE;
}

/* 2020 measures art. 20: a review is asked for within 30 days of the decision. */
static gboolean
check_review_in_time (BdStore      *store,
                      BdComplaint  *complaint,
                      GError      **error)
{
  GDate decided, last, today;

  if (!decided_on (store, bd_complaint_get_case (complaint), &decided)
      || !bd_calendar_deadline_days (bd_calendar_get_default (), &decided, 30, &last, NULL))
    return TRUE;
  bd_store_get_today (store, &today);
  if (g_date_compare (&today, &last) <= 0)
    return TRUE;
  g_set_error_literal (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_DECISION,
                       _("A review is asked for within 30 days of the decision: that time has "
                         "passed (2020 measures, art. 20)"));
  return FALSE;
}

static gboolean
write_step (BdStore      *store,
            BdComplaint  *complaint,
            const char   *to,
            gint64        staff_id,
            const char   *reason,
            GError      **error)
{
  BdCase *kase = bd_complaint_get_case (complaint);

  if (staff_id != bd_complaint_get_owner_id (complaint) && staff_id != bd_case_get_opened_by (kase))
    return refuse_not_owner (error);
  if (g_str_equal (to, "in-review") && !check_review_in_time (store, complaint, error))
    return FALSE;
  if (!bd_case_store_take_step (store, kase, to, staff_id, reason, error))
    return FALSE;
  if (g_str_equal (to, "decided") && !write_decision (store, complaint, error))
    return FALSE;
  if (g_str_equal (to, "visited") && !write_visit (store, complaint, error))
    return FALSE;
  return write_remedy (store, complaint, error);
}

gboolean
bd_complaints_store_take_step (BdStore      *store,
                               BdComplaint  *complaint,
                               const char   *to,
                               gint64        staff_id,
                               const char   *reason,
                               GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_COMPLAINT (complaint), FALSE);

  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = write_step (store, complaint, to, staff_id, reason, error);
  if (!bd_store_end_write (store, ok, error) || !ok)
    {
      bd_case_store_reload (store, bd_complaint_get_case (complaint), NULL);
      return FALSE;
    }
  return TRUE;
}

static BdDeadline *
decision_deadline (BdComplaint  *complaint,
                   GError      **error)
{
  BdDeadline *deadline = bd_case_find_deadline (bd_complaint_get_case (complaint),
                                                "complaint-decision");

  if (deadline == NULL)
    g_set_error_literal (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_EXTENSION,
                         _("A consultation has no decision to extend"));
  return deadline;
}

/* How many times @kase's @rule was extended (its history says). */
static guint
count_extensions (BdCase     *kase,
                  const char *rule)
{
  GListModel *history = bd_case_get_history (kase);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(BdCaseEvent) event = g_list_model_get_item (history, i);

      if (g_strcmp0 (bd_case_event_get_what (event), "deadline-extended") == 0
          && g_strcmp0 (bd_case_event_get_detail (event), rule) == 0)
        n++;
    }
  return n;
}

gboolean
bd_complaints_store_extend (BdStore      *store,
                            BdComplaint  *complaint,
                            guint         days,
                            const char   *reason,
                            gint64        staff_id,
                            GError      **error)
{
  BdCase *kase = bd_complaint_get_case (complaint);
  g_autoptr(BdStaff) staff = NULL;
  BdDeadline *deadline;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (BD_IS_COMPLAINT (complaint), FALSE);

  if ((deadline = decision_deadline (complaint, error)) == NULL
      || (staff = bd_store_get_staff (store, staff_id, error)) == NULL)
    return FALSE;
  if (!bd_complaint_check_extension (count_extensions (kase, "complaint-decision"),
                                     bd_deadline_get_extension (deadline), days, reason,
                                     bd_staff_get_role (staff), error)
      || !bd_deadline_extend (deadline, days, reason, error))
    return FALSE;
  if (bd_case_store_save_deadline (store, kase, deadline, "deadline-extended", reason, staff_id,
                                   error))
    return TRUE;
  bd_case_store_reload (store, kase, NULL);
  return FALSE;
}

gboolean
bd_complaints_store_pause (BdStore      *store,
                           BdComplaint  *complaint,
                           const char   *reason,
                           gint64        staff_id,
                           GError      **error)
{
  BdCase *kase = bd_complaint_get_case (complaint);
  BdDeadline *deadline;
  GDate today;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);

  bd_store_get_today (store, &today);
  if ((deadline = decision_deadline (complaint, error)) == NULL
      || !bd_deadline_pause (deadline, &today, reason, error))
    return FALSE;
  if (bd_case_store_save_deadline (store, kase, deadline, "deadline-paused", reason, staff_id,
                                   error))
    return TRUE;
  bd_case_store_reload (store, kase, NULL);
  return FALSE;
}

gboolean
bd_complaints_store_resume (BdStore      *store,
                            BdComplaint  *complaint,
                            gint64        staff_id,
                            GError      **error)
{
  BdCase *kase = bd_complaint_get_case (complaint);
  BdDeadline *deadline;
  GDate today;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);

  bd_store_get_today (store, &today);
  if ((deadline = decision_deadline (complaint, error)) == NULL
      || !bd_deadline_resume (deadline, bd_calendar_get_default (), &today, error))
    return FALSE;
  if (bd_case_store_save_deadline (store, kase, deadline, "deadline-resumed", NULL, staff_id,
                                   error))
    return TRUE;
  bd_case_store_reload (store, kase, NULL);
  return FALSE;
}

void
bd_complaint_month_clear (BdComplaintMonth *month)
{
  g_clear_pointer (&month->remedies, g_ptr_array_unref);
}

static void
count_row (BdDbStmt         *stmt,
           BdComplaintMonth *month)
{
  BdComplaintCategory category = BD_COMPLAINT_OTHER;
  BdComplaintChannel channel = BD_COMPLAINT_VISIT;
  const char *met = bd_db_column_text (stmt, 5);
  const char *due = bd_db_column_text (stmt, 6);

  if (g_strcmp0 (bd_db_column_text (stmt, 0), "consultation") == 0)
    {
      month->consultations++;
      return;
    }
  month->complaints++;
  bd_complaint_category_from_string (bd_db_column_text (stmt, 2), &category);
  bd_complaint_channel_from_string (bd_db_column_text (stmt, 3), &channel);
  month->by_category[category]++;
  month->by_channel[channel]++;
  if (bd_db_column_int64 (stmt, 4) >= BD_COMPLAINT_MAJOR_PEOPLE)
    month->major++;
  if (met != NULL)
    {
      month->decided++;
      if (due != NULL && g_strcmp0 (met, due) <= 0)
        month->decided_in_time++;
    }
  if (bd_db_column_text (stmt, 7) != NULL && bd_db_column_text (stmt, 8) != NULL)
    g_ptr_array_add (month->remedies,
                     g_strdup_printf (_("%s: %s — %s; %s"), bd_db_column_text (stmt, 1),
                                      bd_complaint_category_get_label (category),
                                      bd_db_column_text (stmt, 7), bd_db_column_text (stmt, 8)));
}

gboolean
bd_complaints_store_count_month (BdStore          *store,
                                 guint             year,
                                 guint             month,
                                 BdComplaintMonth *result,
                                 GError          **error)
{
  g_autofree char *first = g_strdup_printf ("%04u-%02u-01", year, month);
  g_autofree char *next = g_strdup_printf ("%04u-%02u-01", month == 12 ? year + 1 : year,
                                           month == 12 ? 1 : month + 1);
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (month >= 1 && month <= 12, FALSE);

  memset (result, 0, sizeof *result);
  result->remedies = g_ptr_array_new_with_free_func (g_free);
  if ((stmt = bd_store_prepare (store, month_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":first", first);
  bd_db_bind_text (stmt, ":next", next);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    count_row (stmt, result);
  bd_db_reset (stmt);
  return step == BD_STEP_DONE;
}

/* ── the supervisor's lists ────────────────────────────────────────────────────── */

static BdCaseEntry *
open_entry_from_row (BdDbStmt    *stmt,
                     const GDate *today)
{
  BdCaseEntry *entry;
  GDate due;

  g_date_clear (&due, 1);
  bd_date_parse_iso (bd_db_column_text (stmt, 7), &due);
  entry = bd_case_entry_new (bd_db_column_int64 (stmt, 0), bd_db_column_text (stmt, 1),
                             bd_db_column_text (stmt, 2), bd_db_column_text (stmt, 3),
                             bd_db_column_int64 (stmt, 4), bd_db_column_text (stmt, 5),
                             bd_db_column_text (stmt, 6), &due,
                             bd_db_column_text (stmt, 6) == NULL
                             ? BD_DEADLINE_PENDING
                             : bd_deadline_state_on (bd_calendar_get_default (), today, &due));
  bd_case_entry_set_owner_name (entry, bd_db_column_text (stmt, 8));
  if (bd_db_column_int64 (stmt, 9) >= BD_COMPLAINT_MAJOR_PEOPLE)
    bd_case_entry_set_flag (entry, _("Major complaint"));
  return entry;
}

static GListModel *
collect_entries (BdStore   *store,
                 BdDbStmt  *stmt,
                 GError   **error)
{
  g_autoptr(GListStore) list = g_list_store_new (BD_TYPE_CASE_ENTRY);
  GDate today;
  BdStep step;

  bd_store_get_today (store, &today);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      g_autoptr(BdCaseEntry) entry = open_entry_from_row (stmt, &today);

      g_list_store_append (list, entry);
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE ? G_LIST_MODEL (g_steal_pointer (&list)) : NULL;
}

GListModel *
bd_complaints_store_list_open (BdStore  *store,
                               guint     offset,
                               guint     limit,
                               GError  **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  if ((stmt = bd_store_prepare (store, open_page_sql, error)) == NULL)
    return NULL;
  bd_db_bind_int64 (stmt, ":major", BD_COMPLAINT_MAJOR_PEOPLE);
  bd_db_bind_int64 (stmt, ":limit", limit);
  bd_db_bind_int64 (stmt, ":offset", offset);
  return collect_entries (store, stmt, error);
}

gboolean
bd_complaints_store_count_open (BdStore  *store,
                                guint     bound,
                                guint    *count,
                                GError  **error)
{
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (bound > 0, FALSE);

  *count = 0;
  if ((stmt = bd_store_prepare (store, open_count_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":major", BD_COMPLAINT_MAJOR_PEOPLE);
  bd_db_bind_int64 (stmt, ":bound", bound);
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    *count = (guint) bd_db_column_int64 (stmt, 0);
  bd_db_reset (stmt);
  /* count(*) always answers a row. */
  if (step == BD_STEP_DONE)
    bd_db_set_error_failed (error);
  return step == BD_STEP_ROW;
}

GListModel *
bd_complaints_store_list_major_open (BdStore  *store,
                                     GError  **error)
{
  BdDbStmt *stmt;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  if ((stmt = bd_store_prepare (store, major_open_sql, error)) == NULL)
    return NULL;
  return collect_entries (store, stmt, error);
}

const char *const *
bd_complaints_store_get_queue_queries (void)
{
  static const char *const queries[] = { open_page_sql, open_count_sql, major_open_sql, NULL };

  return queries;
}
