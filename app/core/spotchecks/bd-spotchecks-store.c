/* bd-spotchecks-store.c — spot checks in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only supervisors (and administrators) create checks, score them and edit scorecards
 * (domain.md §1, §8): the store asks the role the database gives the staff member, so a
 * counter clerk is refused here whatever the window offered. A scorecard is never
 * changed: an edit is a new version, and a check keeps the version it was drawn with.
 * Nothing of a check is deleted.
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-clock.h"
#include "bd-staff-store.h"
#include "bd-spotchecks-store.h"
#include "bd-store-private.h"

G_DEFINE_QUARK (bd-spot-error-quark, bd_spot_error)

static const char scorecard_newest_sql[] =
  "SELECT id FROM scorecard WHERE kind = :kind ORDER BY version DESC LIMIT 1";

static const char scorecard_get_sql[] =
  "SELECT kind, version, pass_mark FROM scorecard WHERE id = :id";

static const char scorecard_items_sql[] =
  "SELECT key, label, weight, instant_fail, from_data FROM scorecard_item "
  "WHERE scorecard_id = :id ORDER BY position";

static const char scorecard_insert_sql[] =
  "INSERT INTO scorecard (kind, version, pass_mark, created_at, created_by) "
  "VALUES (:kind, (SELECT COALESCE (max (version), 0) + 1 FROM scorecard WHERE kind = :kind), "
  "  :pass_mark, :created_at, :created_by) RETURNING id";

static const char scorecard_item_insert_sql[] =
  "INSERT INTO scorecard_item (scorecard_id, position, key, label, weight, instant_fail, "
  "  from_data) "
  "VALUES (:scorecard_id, :position, :key, :label, :weight, :instant_fail, :from_data)";

/* The work of a period: a kind's cases by the day received (case_by_area_day), the
 * contact records by the time made (contact_by_at, migration 13 → 14). */
static const char cases_in_period_sql[] =
  "SELECT opened_by, id FROM case_file WHERE area = :area AND received_on >= :from "
  "  AND received_on <= :to";

static const char contacts_in_period_sql[] =
  "SELECT staff_id, id FROM contact WHERE at >= :from AND at < :after AND staff_id IS NOT NULL";

static const char check_insert_sql[] =
  "INSERT INTO spot_check (created_at, created_by, period_from, period_to, kinds, seed, "
  "  share_percent, size) "
  "VALUES (:created_at, :created_by, :period_from, :period_to, :kinds, :seed, :share_percent, "
  "  :size) RETURNING id";

static const char check_record_insert_sql[] =
  "INSERT INTO spot_check_record (check_id, position, kind, record_id, staff_id, scorecard_id) "
  "VALUES (:check_id, :position, :kind, :record_id, :staff_id, :scorecard_id)";

static const char check_records_sql[] =
  "SELECT id, kind, staff_id, record_id FROM spot_check_record WHERE check_id = :check_id "
  "ORDER BY position";

static const char record_scorecard_sql[] =
  "SELECT scorecard_id FROM spot_check_record WHERE id = :id";

static const char score_upsert_sql[] =
  "INSERT INTO spot_score (record_id, scorer_id, item_key, result, comment, from_data, "
  "  override_reason, at) "
  "VALUES (:record_id, :scorer_id, :item_key, :result, :comment, :from_data, "
  "  :override_reason, :at) "
  "ON CONFLICT (record_id, scorer_id, item_key) DO UPDATE SET result = excluded.result, "
  "  comment = excluded.comment, from_data = excluded.from_data, "
  "  override_reason = excluded.override_reason, at = excluded.at";

static const char scores_of_sql[] =
  "SELECT item_key, result FROM spot_score WHERE record_id = :record_id "
  "  AND scorer_id = :scorer_id";

static const char finding_insert_sql[] =
  "INSERT INTO finding (record_id, item_key, action, owner_id, due_date, opened_by, opened_at) "
  "VALUES (:record_id, :item_key, :action, :owner_id, :due_date, :opened_by, :opened_at) "
  "RETURNING id";

static const char finding_close_sql[] =
  "UPDATE finding SET closed_at = :closed_at, closed_by = :closed_by, closing_note = :note "
  "WHERE id = :id AND closed_at IS NULL RETURNING id";

static const char printed_sql[] =
  "SELECT count(*) FROM audit_log WHERE action = :action AND record_table = 'case_file' "
  "  AND record_id = :id";

/* The primary scores of the checks of a period: each record as its check's creator
 * scored it, record by record. */
static const char results_sql[] =
  "SELECT r.id, r.kind, r.staff_id, r.scorecard_id, s.item_key, s.result "
  "FROM spot_check c JOIN spot_check_record r ON r.check_id = c.id "
  "JOIN spot_score s ON s.record_id = r.id AND s.scorer_id = c.created_by "
  "WHERE c.period_to >= :from AND c.period_from <= :to "
  "  AND (:staff_id = 0 OR r.staff_id = :staff_id) "
  "ORDER BY r.id";

/* The items two scorers both scored, pair by pair. */
static const char pairs_sql[] =
  "SELECT a.item_key, a.result, b.result "
  "FROM spot_check c JOIN spot_check_record r ON r.check_id = c.id "
  "JOIN spot_score a ON a.record_id = r.id AND a.scorer_id = :first "
  "JOIN spot_score b ON b.record_id = r.id AND b.scorer_id = :second AND b.item_key = a.item_key "
  "WHERE c.period_to >= :from AND c.period_from <= :to "
  "ORDER BY r.id, a.item_key";

static const char findings_open_sql[] =
  "SELECT count(*) FROM finding WHERE owner_id = :owner_id AND closed_at IS NULL";

/* The list of checks: how many records each drew and how many its creator scored. */
static const char checks_list_sql[] =
  "SELECT c.id, c.period_from, c.period_to, c.kinds, c.created_by, "
  "  (SELECT count(*) FROM spot_check_record r WHERE r.check_id = c.id), "
  "  (SELECT count(DISTINCT s.record_id) FROM spot_check_record r "
  "     JOIN spot_score s ON s.record_id = r.id AND s.scorer_id = c.created_by "
  "   WHERE r.check_id = c.id) "
  "FROM spot_check c ORDER BY c.id DESC LIMIT :limit";

static const char scores_list_sql[] =
  "SELECT item_key, result, comment, from_data, override_reason FROM spot_score "
  "WHERE record_id = :record_id AND scorer_id = :scorer_id";

/* Open findings by owner walk finding_open_by_owner. */
static const char findings_list_sql[] =
  "SELECT f.id, f.record_id, r.kind, f.item_key, i.label, f.action, f.owner_id, f.due_date, "
  "  f.closed_at IS NOT NULL "
  "FROM finding f JOIN spot_check_record r ON r.id = f.record_id "
  "LEFT JOIN scorecard_item i ON i.scorecard_id = r.scorecard_id AND i.key = f.item_key "
  "WHERE (:owner_id = 0 OR f.owner_id = :owner_id) "
  "  AND (:open_only = 0 OR f.closed_at IS NULL) "
  "ORDER BY f.due_date, f.id";

void
bd_scorecard_free (BdScorecard *scorecard)
{
  g_array_unref (scorecard->items);
  g_string_chunk_free (scorecard->strings);
  g_free (scorecard);
}

static BdScorecard *
scorecard_new (void)
{
  BdScorecard *scorecard = g_new0 (BdScorecard, 1);

  scorecard->items = g_array_new (FALSE, TRUE, sizeof (BdScoreItem));
  scorecard->strings = g_string_chunk_new (256);
  return scorecard;
}

static gboolean
refuse (GError      **error,
        BdSpotError   code,
        const char   *message)
{
  g_set_error_literal (error, BD_SPOT_ERROR, code, message);
  return FALSE;
}

/* domain.md §1: spot checks are a supervisor's, checked against the database's role. */
static gboolean
check_supervisor (BdStore  *store,
                  gint64    staff_id,
                  GError  **error)
{
  g_autoptr(BdStaff) staff = bd_store_get_staff (store, staff_id, error);

  if (staff == NULL)
    return FALSE;
  if (bd_staff_get_role (staff) == BD_ROLE_COUNTER)
    return refuse (error, BD_SPOT_ERROR_NOT_ALLOWED,
                   _("Spot checks are a supervisor’s: your role may not create, score or edit "
                     "them"));
  return TRUE;
}

static gboolean
insert_scorecard (BdStore           *store,
                  BdWorkKind         kind,
                  const BdScoreItem *items,
                  guint              n_items,
                  guint              pass_mark,
                  gint64             staff_id,
                  gint64            *scorecard_id,
                  GError           **error)
{
  g_autofree char *now = bd_store_now_utc ();
  BdDbStmt *stmt = bd_store_prepare (store, scorecard_insert_sql, error);

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":kind", bd_work_kind_to_string (kind));
  bd_db_bind_int64 (stmt, ":pass_mark", pass_mark);
  bd_db_bind_text (stmt, ":created_at", now);
  bd_db_bind_id (stmt, ":created_by", staff_id);
  if ((*scorecard_id = bd_db_step_returning_id (stmt, error)) == 0)
    return FALSE;
  for (guint i = 0; i < n_items; i++)
    {
      if ((stmt = bd_store_prepare (store, scorecard_item_insert_sql, error)) == NULL)
        return FALSE;
      bd_db_bind_int64 (stmt, ":scorecard_id", *scorecard_id);
      bd_db_bind_int64 (stmt, ":position", i);
      bd_db_bind_text (stmt, ":key", items[i].key);
      bd_db_bind_text (stmt, ":label", items[i].label);
      bd_db_bind_int64 (stmt, ":weight", items[i].weight);
      bd_db_bind_int64 (stmt, ":instant_fail", items[i].instant_fail);
      bd_db_bind_int64 (stmt, ":from_data", items[i].from_data);
      if (!bd_db_step_done (stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_id (BdStore     *store,
         const char  *sql,
         const char  *name,
         const char  *text,
         gint64       id,
         gint64      *out,
         GError     **error)
{
  BdDbStmt *stmt = bd_store_prepare (store, sql, error);
  BdStep step;

  *out = 0;
  if (stmt == NULL)
    return FALSE;
  if (text != NULL)
    bd_db_bind_text (stmt, name, text);
  else
    bd_db_bind_int64 (stmt, name, id);
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    *out = bd_db_column_int64 (stmt, 0);
  bd_db_reset (stmt);
  return step != BD_STEP_ERROR;
}

BdScorecard *
bd_spotchecks_store_get_scorecard_version (BdStore  *store,
                                           gint64    scorecard_id,
                                           GError  **error)
{
  g_autoptr(BdScorecard) scorecard = scorecard_new ();
  BdDbStmt *stmt;
  BdStep step;

  if ((stmt = bd_store_prepare_for_id (store, scorecard_get_sql, ":id", scorecard_id, error)) == NULL)
    return NULL;
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      scorecard->id = scorecard_id;
      bd_work_kind_from_string (bd_db_column_text (stmt, 0), &scorecard->kind);
      scorecard->version = bd_db_column_int64 (stmt, 1);
      scorecard->pass_mark = bd_db_column_int64 (stmt, 2);
    }
  bd_db_reset (stmt);
  if (step != BD_STEP_ROW)
    {
      if (step == BD_STEP_DONE)
        g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                     _("The scorecard was not found"));
      return NULL;
    }
  if ((stmt = bd_store_prepare_for_id (store, scorecard_items_sql, ":id", scorecard_id, error)) == NULL)
    return NULL;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      BdScoreItem item = {
        g_string_chunk_insert (scorecard->strings, bd_db_column_text (stmt, 0)),
        g_string_chunk_insert (scorecard->strings, bd_db_column_text (stmt, 1)),
        bd_db_column_int64 (stmt, 2), bd_db_column_bool (stmt, 3), bd_db_column_bool (stmt, 4),
      };

      g_array_append_val (scorecard->items, item);
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE ? g_steal_pointer (&scorecard) : NULL;
}

/* The shipped scorecard, its labels in the language of the desk that first asks. */
static gboolean
ensure_scorecard (BdStore     *store,
                  BdWorkKind   kind,
                  gint64      *scorecard_id,
                  GError     **error)
{
  g_autofree BdScoreItem *items = NULL;
  const BdScoreItem *defaults;
  guint n;
  gboolean ok;

  if (!read_id (store, scorecard_newest_sql, ":kind", bd_work_kind_to_string (kind), 0,
                scorecard_id, error))
    return FALSE;
  if (*scorecard_id != 0)
    return TRUE;
  defaults = bd_scorecard_default_items (kind, &n);
  items = g_memdup2 (defaults, n * sizeof (BdScoreItem));
  for (guint i = 0; i < n; i++)
    items[i].label = _(defaults[i].label);
  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = insert_scorecard (store, kind, items, n, BD_SCORECARD_DEFAULT_PASS_MARK, 0, scorecard_id,
                         error);
  return bd_store_end_write (store, ok, error) && ok;
}

BdScorecard *
bd_spotchecks_store_get_scorecard (BdStore     *store,
                                   BdWorkKind   kind,
                                   GError     **error)
{
  gint64 id;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  if (!ensure_scorecard (store, kind, &id, error))
    return NULL;
  return bd_spotchecks_store_get_scorecard_version (store, id, error);
}

static gboolean
check_items (const BdScoreItem *items,
             guint              n_items,
             guint              pass_mark,
             GError           **error)
{
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

  if (n_items == 0 || pass_mark > 100)
    return refuse (error, BD_SPOT_ERROR_INVALID,
                   _("A scorecard has at least one item and a pass mark from 0 to 100"));
  for (guint i = 0; i < n_items; i++)
    if (items[i].weight < 1 || items[i].weight > 10 || items[i].key == NULL
        || items[i].label == NULL || *items[i].label == '\0')
      return refuse (error, BD_SPOT_ERROR_INVALID,
                     _("Each item has a name and a weight from 1 to 10"));
  /* A score names its item by key, a person by label: neither twice. */
  for (guint i = 0; i < n_items; i++)
    if (!g_hash_table_add (labels, (gpointer) items[i].label)
        || !g_hash_table_add (keys, (gpointer) items[i].key))
      return refuse (error, BD_SPOT_ERROR_INVALID,
                     _("Another item of this scorecard has the same name"));
  return TRUE;
}

gboolean
bd_spotchecks_store_edit_scorecard (BdStore           *store,
                                    BdWorkKind         kind,
                                    const BdScoreItem *items,
                                    guint              n_items,
                                    guint              pass_mark,
                                    gint64             staff_id,
                                    gint64            *scorecard_id,
                                    GError           **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);

  if (!check_supervisor (store, staff_id, error) || !check_items (items, n_items, pass_mark, error)
      || !ensure_scorecard (store, kind, &id, error) || !bd_store_begin_write (store, error))
    return FALSE;
  ok = insert_scorecard (store, kind, items, n_items, pass_mark, staff_id, &id, error)
       && bd_store_append_audit (store, staff_id, "scorecard-edited", "scorecard", id, 0,
                                 bd_work_kind_to_string (kind), error);
  if (!bd_store_end_write (store, ok, error) || !ok)
    return FALSE;
  if (scorecard_id != NULL)
    *scorecard_id = id;
  return TRUE;
}

static gboolean
wanted_staff (const BdSpotCheckPlan *plan,
              gint64                 staff_id)
{
  if (plan->staff_ids == NULL)
    return TRUE;
  for (guint i = 0; i < plan->staff_ids->len; i++)
    if (g_array_index (plan->staff_ids, gint64, i) == staff_id)
      return TRUE;
  return FALSE;
}

/* The day after @day, ISO: contact times are UTC timestamps, compared as text. */
static char *
day_after (const char *day)
{
  char text[BD_ISO_DATE_SIZE];
  GDate date;

  if (!bd_date_parse_iso (day, &date))
    return g_strdup (day);
  g_date_add_days (&date, 1);
  return g_strdup (bd_date_format_iso (&date, text));
}

static gboolean
read_candidates (BdStore               *store,
                 const BdSpotCheckPlan *plan,
                 BdWorkKind             kind,
                 GArray                *candidates,
                 GError               **error)
{
  static const char *const areas[] = { "request", "claim", "complaint" };
  g_autofree char *after = day_after (plan->to);
  BdDbStmt *stmt;
  BdStep step;

  if (kind == BD_WORK_CONTACT)
    {
      if ((stmt = bd_store_prepare (store, contacts_in_period_sql, error)) == NULL)
        return FALSE;
      bd_db_bind_text (stmt, ":from", plan->from);
      bd_db_bind_text (stmt, ":after", after);
    }
  else if (kind < G_N_ELEMENTS (areas))
    {
      if ((stmt = bd_store_prepare (store, cases_in_period_sql, error)) == NULL)
        return FALSE;
      bd_db_bind_text (stmt, ":area", areas[kind]);
      bd_db_bind_text (stmt, ":from", plan->from);
      bd_db_bind_text (stmt, ":to", plan->to);
    }
  else
    return TRUE;   /* etiquette is observed at the desk, not drawn from records */
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      BdSampleCandidate candidate = { kind, bd_db_column_int64 (stmt, 0),
                                      bd_db_column_int64 (stmt, 1) };

      if (wanted_staff (plan, candidate.staff_id))
        g_array_append_val (candidates, candidate);
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE;
}

static gboolean
check_plan (const BdSpotCheckPlan *plan,
            GError               **error)
{
  GDate from, to;

  if (!bd_date_parse_iso (plan->from, &from) || !bd_date_parse_iso (plan->to, &to)
      || g_date_compare (&from, &to) > 0)
    return refuse (error, BD_SPOT_ERROR_INVALID,
                   _("Choose a period: its first day, then its last, as YYYY-MM-DD"));
  if (plan->kinds == 0)
    return refuse (error, BD_SPOT_ERROR_INVALID, _("Choose at least one kind of work"));
  if (plan->share_percent > 100 || (plan->share_percent == 0 && plan->size == 0))
    return refuse (error, BD_SPOT_ERROR_INVALID,
                   _("Draw a share from 1 to 100 per cent, or a number of records"));
  return TRUE;
}

static gboolean
insert_check (BdStore               *store,
              const BdSpotCheckPlan *plan,
              guint32                seed,
              gint64                 staff_id,
              gint64                *check_id,
              GError               **error)
{
  g_autofree char *now = bd_store_now_utc ();
  BdDbStmt *stmt = bd_store_prepare (store, check_insert_sql, error);

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":created_at", now);
  bd_db_bind_int64 (stmt, ":created_by", staff_id);
  bd_db_bind_text (stmt, ":period_from", plan->from);
  bd_db_bind_text (stmt, ":period_to", plan->to);
  bd_db_bind_int64 (stmt, ":kinds", plan->kinds);
  bd_db_bind_int64 (stmt, ":seed", seed);
  bd_db_bind_int64 (stmt, ":share_percent", plan->share_percent);
  bd_db_bind_int64 (stmt, ":size", plan->size);
  return (*check_id = bd_db_step_returning_id (stmt, error)) != 0;
}

static gboolean
insert_sample (BdStore  *store,
               gint64    check_id,
               GArray   *sample,
               gint64   *scorecards,
               GError  **error)
{
  for (guint i = 0; i < sample->len; i++)
    {
      BdSampleCandidate *c = &g_array_index (sample, BdSampleCandidate, i);
      BdDbStmt *stmt = bd_store_prepare (store, check_record_insert_sql, error);

      if (stmt == NULL)
        return FALSE;
      bd_db_bind_int64 (stmt, ":check_id", check_id);
      bd_db_bind_int64 (stmt, ":position", i);
      bd_db_bind_text (stmt, ":kind", bd_work_kind_to_string (c->kind));
      bd_db_bind_int64 (stmt, ":record_id", c->record_id);
      bd_db_bind_int64 (stmt, ":staff_id", c->staff_id);
      bd_db_bind_int64 (stmt, ":scorecard_id", scorecards[c->kind]);
      if (!bd_db_step_done (stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
bd_spotchecks_store_create_check (BdStore               *store,
                                  const BdSpotCheckPlan *plan,
                                  gint64                 staff_id,
                                  gint64                *check_id,
                                  GError               **error)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (BdSampleCandidate));
  g_autoptr(GArray) sample = NULL;
  gint64 scorecards[BD_N_WORK_KINDS] = { 0 };
  guint32 seed = plan->seed != 0 ? plan->seed : (guint32) g_random_int_range (1, G_MAXINT32);
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);

  if (!check_supervisor (store, staff_id, error) || !check_plan (plan, error))
    return FALSE;
  for (guint kind = 0; kind < BD_N_WORK_KINDS; kind++)
    if ((plan->kinds & (1u << kind))
        && (!ensure_scorecard (store, kind, &scorecards[kind], error)
            || !read_candidates (store, plan, kind, candidates, error)))
      return FALSE;
  sample = bd_sample_draw ((BdSampleCandidate *) candidates->data, candidates->len, seed,
                           plan->share_percent, plan->size);
  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = insert_check (store, plan, seed, staff_id, check_id, error)
       && insert_sample (store, *check_id, sample, scorecards, error)
       && bd_store_append_audit (store, staff_id, "spot-check-created", "spot_check", *check_id,
                                 0, NULL, error);
  return bd_store_end_write (store, ok, error) && ok;
}

GArray *
bd_spotchecks_store_list_sample (BdStore  *store,
                                 gint64    check_id,
                                 GArray  **ids,
                                 GError  **error)
{
  g_autoptr(GArray) sample = g_array_new (FALSE, FALSE, sizeof (BdSampleCandidate));
  g_autoptr(GArray) record_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  BdDbStmt *stmt = bd_store_prepare_for_id (store, check_records_sql, ":check_id", check_id, error);
  BdStep step;

  if (stmt == NULL)
    return NULL;
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      BdSampleCandidate c = { BD_WORK_REQUEST, bd_db_column_int64 (stmt, 2),
                              bd_db_column_int64 (stmt, 3) };
      gint64 id = bd_db_column_int64 (stmt, 0);

      bd_work_kind_from_string (bd_db_column_text (stmt, 1), &c.kind);
      g_array_append_val (sample, c);
      g_array_append_val (record_ids, id);
    }
  bd_db_reset (stmt);
  if (step != BD_STEP_DONE)
    return NULL;
  if (ids != NULL)
    *ids = g_steal_pointer (&record_ids);
  return g_steal_pointer (&sample);
}

gboolean
bd_spotchecks_store_score (BdStore        *store,
                           gint64          record_id,
                           gint64          scorer_id,
                           const char     *item_key,
                           BdScoreResult   result,
                           BdScoreResult   from_data_result,
                           const char     *comment,
                           const char     *override_reason,
                           GError        **error)
{
  g_autofree char *now = bd_store_now_utc ();
  gboolean overrides = from_data_result != BD_SCORE_UNSCORED && from_data_result != result;
  BdDbStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);

  if (!check_supervisor (store, scorer_id, error))
    return FALSE;
  if (result == BD_SCORE_UNSCORED)
    return refuse (error, BD_SPOT_ERROR_INVALID, _("Score the item: pass, fail or not applicable"));
  /* domain.md §8: the supervisor confirms what the data decided, or overrides it with a
   * reason. */
  if (overrides && (override_reason == NULL || *override_reason == '\0'))
    return refuse (error, BD_SPOT_ERROR_REASON,
                   _("The record’s data decided this item otherwise: say why you override it"));
  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = (stmt = bd_store_prepare (store, score_upsert_sql, error)) != NULL;
  if (ok)
    {
      bd_db_bind_int64 (stmt, ":record_id", record_id);
      bd_db_bind_int64 (stmt, ":scorer_id", scorer_id);
      bd_db_bind_text (stmt, ":item_key", item_key);
      bd_db_bind_text (stmt, ":result", bd_score_result_to_string (result));
      bd_db_bind_text (stmt, ":comment", comment);
      bd_db_bind_int64 (stmt, ":from_data", from_data_result != BD_SCORE_UNSCORED);
      bd_db_bind_text (stmt, ":override_reason", overrides ? override_reason : NULL);
      bd_db_bind_text (stmt, ":at", now);
      ok = bd_db_step_done (stmt, error)
           && bd_store_append_audit (store, scorer_id, "spot-check-scored", "spot_check_record",
                                     record_id, 0, item_key, error);
    }
  return bd_store_end_write (store, ok, error) && ok;
}

gboolean
bd_spotchecks_store_record_score (BdStore   *store,
                                  gint64     record_id,
                                  gint64     scorer_id,
                                  guint     *percent,
                                  gboolean  *passed,
                                  GError   **error)
{
  g_autoptr(BdScorecard) scorecard = NULL;
  g_autofree BdScoreResult *results = NULL;
  gint64 scorecard_id;
  BdDbStmt *stmt;
  BdStep step;

  if (!read_id (store, record_scorecard_sql, ":id", NULL, record_id, &scorecard_id, error)
      || (scorecard = bd_spotchecks_store_get_scorecard_version (store, scorecard_id, error)) == NULL)
    return FALSE;
  results = g_new (BdScoreResult, scorecard->items->len);
  for (guint i = 0; i < scorecard->items->len; i++)
    results[i] = BD_SCORE_UNSCORED;
  if ((stmt = bd_store_prepare_for_id (store, scores_of_sql, ":record_id", record_id, error)) == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":scorer_id", scorer_id);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    for (guint i = 0; i < scorecard->items->len; i++)
      if (g_strcmp0 (g_array_index (scorecard->items, BdScoreItem, i).key,
                     bd_db_column_text (stmt, 0)) == 0)
        bd_score_result_from_string (bd_db_column_text (stmt, 1), &results[i]);
  bd_db_reset (stmt);
  if (step != BD_STEP_DONE)
    return FALSE;
  if (!bd_score_record ((BdScoreItem *) scorecard->items->data, results, scorecard->items->len,
                        scorecard->pass_mark, percent, passed))
    return refuse (error, BD_SPOT_ERROR_INVALID, _("Some items of the record are not scored yet"));
  return TRUE;
}

gboolean
bd_spotchecks_store_open_finding (BdStore     *store,
                                  gint64       record_id,
                                  const char  *item_key,
                                  const char  *action,
                                  gint64       owner_id,
                                  const char  *due,
                                  gint64       staff_id,
                                  gint64      *finding_id,
                                  GError     **error)
{
  g_autofree char *now = bd_store_now_utc ();
  BdDbStmt *stmt;
  GDate day;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);

  if (!check_supervisor (store, staff_id, error))
    return FALSE;
  if (action == NULL || *action == '\0' || owner_id == 0 || !bd_date_parse_iso (due, &day))
    return refuse (error, BD_SPOT_ERROR_INVALID,
                   _("A finding has a corrective action, an owner and a due day"));
  if (!bd_store_begin_write (store, error))
    return FALSE;
  ok = (stmt = bd_store_prepare (store, finding_insert_sql, error)) != NULL;
  if (ok)
    {
      bd_db_bind_int64 (stmt, ":record_id", record_id);
      bd_db_bind_text (stmt, ":item_key", item_key);
      bd_db_bind_text (stmt, ":action", action);
      bd_db_bind_int64 (stmt, ":owner_id", owner_id);
      bd_db_bind_text (stmt, ":due_date", due);
      bd_db_bind_int64 (stmt, ":opened_by", staff_id);
      bd_db_bind_text (stmt, ":opened_at", now);
      ok = (*finding_id = bd_db_step_returning_id (stmt, error)) != 0
           && bd_store_append_audit (store, staff_id, "finding-opened", "finding", *finding_id, 0,
                                     item_key, error);
    }
  return bd_store_end_write (store, ok, error) && ok;
}

gboolean
bd_spotchecks_store_close_finding (BdStore     *store,
                                   gint64       finding_id,
                                   const char  *note,
                                   gint64       staff_id,
                                   GError     **error)
{
  g_autofree char *now = bd_store_now_utc ();
  BdDbStmt *stmt;
  BdStep step = BD_STEP_ERROR;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);

  if (!check_supervisor (store, staff_id, error) || !bd_store_begin_write (store, error))
    return FALSE;
  ok = (stmt = bd_store_prepare_for_id (store, finding_close_sql, ":id", finding_id, error)) != NULL;
  if (ok)
    {
      bd_db_bind_text (stmt, ":closed_at", now);
      bd_db_bind_int64 (stmt, ":closed_by", staff_id);
      bd_db_bind_text (stmt, ":note", note);
      step = bd_db_step (stmt, error);
      bd_db_reset (stmt);
      if (step == BD_STEP_DONE)
        refuse (error, BD_SPOT_ERROR_INVALID, _("The finding is closed already"));
      ok = step == BD_STEP_ROW
           && bd_store_append_audit (store, staff_id, "finding-closed", "finding", finding_id, 0,
                                     NULL, error);
    }
  return bd_store_end_write (store, ok, error) && ok;
}

gboolean
bd_spotchecks_store_count_open_findings (BdStore  *store,
                                         gint64    owner_id,
                                         guint    *count,
                                         GError  **error)
{
  gint64 n = 0;

  if (!read_id (store, findings_open_sql, ":owner_id", NULL, owner_id, &n, error))
    return FALSE;
  *count = n;
  return TRUE;
}

gboolean
bd_spotchecks_store_was_printed (BdStore     *store,
                                 const char  *action,
                                 gint64       case_id,
                                 gboolean    *printed,
                                 GError     **error)
{
  BdDbStmt *stmt = bd_store_prepare_for_id (store, printed_sql, ":id", case_id, error);
  BdStep step;

  *printed = FALSE;
  if (stmt == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":action", action);
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    *printed = bd_db_column_int64 (stmt, 0) > 0;
  bd_db_reset (stmt);
  return step == BD_STEP_ROW;
}

void
bd_spot_results_clear (BdSpotResults *results)
{
  if (results->by_item != NULL)
    for (guint i = 0; i < results->by_item->len; i++)
      {
        BdSpotItemTally *item = &g_array_index (results->by_item, BdSpotItemTally, i);

        g_free (item->key);
        g_free (item->label);
      }
  g_clear_pointer (&results->by_item, g_array_unref);
  g_clear_pointer (&results->by_staff, g_array_unref);
}

static void
tally (BdSpotTally *tally,
       guint        percent,
       gboolean     passed)
{
  tally->records++;
  tally->passed += passed;
  tally->percent_sum += percent;
}

static BdSpotTally *
staff_tally (GArray *by_staff,
             gint64  staff_id)
{
  BdSpotTally fresh = { staff_id, 0, 0, 0 };

  for (guint i = 0; i < by_staff->len; i++)
    if (g_array_index (by_staff, BdSpotTally, i).staff_id == staff_id)
      return &g_array_index (by_staff, BdSpotTally, i);
  g_array_append_val (by_staff, fresh);
  return &g_array_index (by_staff, BdSpotTally, by_staff->len - 1);
}

static BdSpotItemTally *
item_tally (GArray            *by_item,
            const BdScoreItem *item)
{
  BdSpotItemTally fresh = { g_strdup (item->key), g_strdup (item->label), 0, 0, 0 };

  for (guint i = 0; i < by_item->len; i++)
    if (g_str_equal (g_array_index (by_item, BdSpotItemTally, i).key, item->key))
      {
        g_free (fresh.key);
        g_free (fresh.label);
        return &g_array_index (by_item, BdSpotItemTally, i);
      }
  g_array_append_val (by_item, fresh);
  return &g_array_index (by_item, BdSpotItemTally, by_item->len - 1);
}

/* One record's scores, read into @scored in its scorecard's order. */
typedef struct
{
  gint64         id;
  BdWorkKind     kind;
  gint64         staff_id;
  BdScorecard   *scorecard;
  BdScoreResult *scored;
} RecordScores;

/* Counts a record once every item of it is scored. */
static void
count_record (RecordScores  *record,
              BdSpotResults *results)
{
  GArray *items = record->scorecard->items;
  guint percent;
  gboolean passed;

  if (!bd_score_record ((BdScoreItem *) items->data, record->scored, items->len,
                        record->scorecard->pass_mark, &percent, &passed))
    return;
  tally (&results->branch, percent, passed);
  tally (&results->by_kind[record->kind], percent, passed);
  tally (staff_tally (results->by_staff, record->staff_id), percent, passed);
  for (guint i = 0; i < items->len; i++)
    {
      BdSpotItemTally *item = item_tally (results->by_item, &g_array_index (items, BdScoreItem, i));

      item->pass += record->scored[i] == BD_SCORE_PASS;
      item->fail += record->scored[i] == BD_SCORE_FAIL;
      item->not_applicable += record->scored[i] == BD_SCORE_NOT_APPLICABLE;
    }
}

static BdScorecard *
cached_scorecard (BdStore     *store,
                  GHashTable  *scorecards,
                  gint64       id,
                  GError     **error)
{
  BdScorecard *scorecard = g_hash_table_lookup (scorecards, &id);
  gint64 *key;

  if (scorecard != NULL)
    return scorecard;
  if ((scorecard = bd_spotchecks_store_get_scorecard_version (store, id, error)) == NULL)
    return NULL;
  key = g_new (gint64, 1);
  *key = id;
  g_hash_table_insert (scorecards, key, scorecard);
  return scorecard;
}

/* Starts @record on the row's record, or goes on with it. */
static gboolean
begin_record (BdStore       *store,
              BdDbStmt      *stmt,
              GHashTable    *scorecards,
              RecordScores  *record,
              BdSpotResults *results,
              GError       **error)
{
  if (record->id == bd_db_column_int64 (stmt, 0))
    return TRUE;
  if (record->id != 0)
    count_record (record, results);
  g_free (record->scored);
  record->id = bd_db_column_int64 (stmt, 0);
  bd_work_kind_from_string (bd_db_column_text (stmt, 1), &record->kind);
  record->staff_id = bd_db_column_int64 (stmt, 2);
  record->scorecard = cached_scorecard (store, scorecards, bd_db_column_int64 (stmt, 3), error);
  if (record->scorecard == NULL)
    return FALSE;
  record->scored = g_new (BdScoreResult, record->scorecard->items->len);
  for (guint i = 0; i < record->scorecard->items->len; i++)
    record->scored[i] = BD_SCORE_UNSCORED;
  return TRUE;
}

static void
read_score (BdDbStmt     *stmt,
            RecordScores *record)
{
  for (guint i = 0; i < record->scorecard->items->len; i++)
    if (g_strcmp0 (g_array_index (record->scorecard->items, BdScoreItem, i).key,
                   bd_db_column_text (stmt, 4)) == 0)
      bd_score_result_from_string (bd_db_column_text (stmt, 5), &record->scored[i]);
}

gboolean
bd_spotchecks_store_results (BdStore       *store,
                             const char    *from,
                             const char    *to,
                             gint64         staff_id,
                             BdSpotResults *results,
                             GError       **error)
{
  g_autoptr(GHashTable) scorecards = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                            (GDestroyNotify) bd_scorecard_free);
  RecordScores record = { 0, };
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);

  memset (results, 0, sizeof *results);
  results->by_staff = g_array_new (FALSE, TRUE, sizeof (BdSpotTally));
  results->by_item = g_array_new (FALSE, TRUE, sizeof (BdSpotItemTally));
  if ((stmt = bd_store_prepare (store, results_sql, error)) == NULL)
    return FALSE;
  bd_db_bind_text (stmt, ":from", from);
  bd_db_bind_text (stmt, ":to", to);
  bd_db_bind_int64 (stmt, ":staff_id", staff_id);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      if (!begin_record (store, stmt, scorecards, &record, results, error))
        {
          step = BD_STEP_ERROR;
          break;
        }
      read_score (stmt, &record);
    }
  bd_db_reset (stmt);
  if (step == BD_STEP_DONE && record.id != 0)
    count_record (&record, results);
  g_free (record.scored);
  return step == BD_STEP_DONE;
}

GArray *
bd_spotchecks_store_trend (BdStore  *store,
                           guint     year,
                           guint     month,
                           guint     n_months,
                           gint64    staff_id,
                           GError  **error)
{
  g_autoptr(GArray) trend = g_array_new (FALSE, TRUE, sizeof (BdSpotTally));
  GDate first;

  g_return_val_if_fail (month >= 1 && month <= 12 && n_months >= 1, NULL);

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month, year);
  g_date_subtract_months (&first, n_months - 1);
  for (guint i = 0; i < n_months; i++)
    {
      char from[BD_ISO_DATE_SIZE], to[BD_ISO_DATE_SIZE];
      BdSpotResults results;
      GDate last = first;

      g_date_set_day (&last, g_date_get_days_in_month (g_date_get_month (&first),
                                                       g_date_get_year (&first)));
      bd_date_format_iso (&first, from);
      bd_date_format_iso (&last, to);
      if (!bd_spotchecks_store_results (store, from, to, staff_id, &results, error))
        {
          bd_spot_results_clear (&results);
          return NULL;
        }
      g_array_append_val (trend, results.branch);
      bd_spot_results_clear (&results);
      g_date_add_months (&first, 1);
    }
  return g_steal_pointer (&trend);
}

void
bd_spot_agreement_clear (gpointer data)
{
  g_free (((BdSpotAgreement *) data)->key);
}

/* The two scorers' results on one item, gathered before kappa is worked out. */
typedef struct
{
  char   *key;
  GArray *first;
  GArray *second;
} ItemPairs;

static void
item_pairs_free (gpointer data)
{
  ItemPairs *pairs = data;

  g_free (pairs->key);
  g_array_unref (pairs->first);
  g_array_unref (pairs->second);
  g_free (pairs);
}

static ItemPairs *
pairs_of (GPtrArray  *all,
          const char *key)
{
  ItemPairs *pairs;

  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (((ItemPairs *) all->pdata[i])->key, key))
      return all->pdata[i];
  pairs = g_new0 (ItemPairs, 1);
  pairs->key = g_strdup (key);
  pairs->first = g_array_new (FALSE, FALSE, sizeof (BdScoreResult));
  pairs->second = g_array_new (FALSE, FALSE, sizeof (BdScoreResult));
  g_ptr_array_add (all, pairs);
  return pairs;
}

GArray *
bd_spotchecks_store_agreement (BdStore     *store,
                               const char  *from,
                               const char  *to,
                               gint64       first,
                               gint64       second,
                               GError     **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (item_pairs_free);
  GArray *agreements;
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  if ((stmt = bd_store_prepare (store, pairs_sql, error)) == NULL)
    return NULL;
  bd_db_bind_text (stmt, ":from", from);
  bd_db_bind_text (stmt, ":to", to);
  bd_db_bind_int64 (stmt, ":first", first);
  bd_db_bind_int64 (stmt, ":second", second);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      ItemPairs *pairs = pairs_of (all, bd_db_column_text (stmt, 0));
      BdScoreResult a = BD_SCORE_UNSCORED, b = BD_SCORE_UNSCORED;

      bd_score_result_from_string (bd_db_column_text (stmt, 1), &a);
      bd_score_result_from_string (bd_db_column_text (stmt, 2), &b);
      g_array_append_val (pairs->first, a);
      g_array_append_val (pairs->second, b);
    }
  bd_db_reset (stmt);
  if (step != BD_STEP_DONE)
    return NULL;
  agreements = g_array_new (FALSE, TRUE, sizeof (BdSpotAgreement));
  g_array_set_clear_func (agreements, bd_spot_agreement_clear);
  for (guint i = 0; i < all->len; i++)
    {
      ItemPairs *pairs = all->pdata[i];
      BdSpotAgreement item = { g_strdup (pairs->key), pairs->first->len, 0.0, 0.0 };

      bd_score_agreement ((BdScoreResult *) pairs->first->data,
                          (BdScoreResult *) pairs->second->data, pairs->first->len,
                          &item.agreement, &item.kappa);
      g_array_append_val (agreements, item);
    }
  return agreements;
}

void
bd_spot_check_info_clear (gpointer data)
{
  BdSpotCheckInfo *info = data;

  g_clear_pointer (&info->period_from, g_free);
  g_clear_pointer (&info->period_to, g_free);
}

GArray *
bd_spotchecks_store_list_checks (BdStore  *store,
                                 guint     limit,
                                 GError  **error)
{
  g_autoptr(GArray) checks = g_array_new (FALSE, TRUE, sizeof (BdSpotCheckInfo));
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  g_array_set_clear_func (checks, bd_spot_check_info_clear);
  if ((stmt = bd_store_prepare (store, checks_list_sql, error)) == NULL)
    return NULL;
  bd_db_bind_int64 (stmt, ":limit", limit);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      BdSpotCheckInfo info = {
        bd_db_column_int64 (stmt, 0), g_strdup (bd_db_column_text (stmt, 1)),
        g_strdup (bd_db_column_text (stmt, 2)), bd_db_column_int64 (stmt, 3),
        bd_db_column_int64 (stmt, 4), bd_db_column_int64 (stmt, 5), bd_db_column_int64 (stmt, 6),
      };

      g_array_append_val (checks, info);
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE ? g_steal_pointer (&checks) : NULL;
}

void
bd_spot_score_clear (gpointer data)
{
  BdSpotScore *score = data;

  g_clear_pointer (&score->key, g_free);
  g_clear_pointer (&score->comment, g_free);
  g_clear_pointer (&score->override_reason, g_free);
}

GArray *
bd_spotchecks_store_list_scores (BdStore  *store,
                                 gint64    record_id,
                                 gint64    scorer_id,
                                 GError  **error)
{
  g_autoptr(GArray) scores = g_array_new (FALSE, TRUE, sizeof (BdSpotScore));
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  g_array_set_clear_func (scores, bd_spot_score_clear);
  if ((stmt = bd_store_prepare_for_id (store, scores_list_sql, ":record_id", record_id, error)) == NULL)
    return NULL;
  bd_db_bind_int64 (stmt, ":scorer_id", scorer_id);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      BdSpotScore score = {
        g_strdup (bd_db_column_text (stmt, 0)), BD_SCORE_UNSCORED,
        g_strdup (bd_db_column_text (stmt, 2)), bd_db_column_bool (stmt, 3),
        g_strdup (bd_db_column_text (stmt, 4)),
      };

      bd_score_result_from_string (bd_db_column_text (stmt, 1), &score.result);
      g_array_append_val (scores, score);
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE ? g_steal_pointer (&scores) : NULL;
}

void
bd_spot_finding_clear (gpointer data)
{
  BdSpotFinding *finding = data;

  g_clear_pointer (&finding->item_key, g_free);
  g_clear_pointer (&finding->item_label, g_free);
  g_clear_pointer (&finding->action, g_free);
  g_clear_pointer (&finding->due_date, g_free);
}

GArray *
bd_spotchecks_store_list_findings (BdStore   *store,
                                   gint64     owner_id,
                                   gboolean   open_only,
                                   GError   **error)
{
  g_autoptr(GArray) findings = g_array_new (FALSE, TRUE, sizeof (BdSpotFinding));
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  g_array_set_clear_func (findings, bd_spot_finding_clear);
  if ((stmt = bd_store_prepare_for_id (store, findings_list_sql, ":owner_id", owner_id, error)) == NULL)
    return NULL;
  bd_db_bind_int64 (stmt, ":open_only", open_only);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      const char *label = bd_db_column_text (stmt, 4);
      BdSpotFinding finding = {
        bd_db_column_int64 (stmt, 0), bd_db_column_int64 (stmt, 1), BD_WORK_REQUEST,
        g_strdup (bd_db_column_text (stmt, 3)),
        g_strdup (label != NULL ? label : bd_db_column_text (stmt, 3)),
        g_strdup (bd_db_column_text (stmt, 5)), bd_db_column_int64 (stmt, 6),
        g_strdup (bd_db_column_text (stmt, 7)), bd_db_column_bool (stmt, 8),
      };

      bd_work_kind_from_string (bd_db_column_text (stmt, 2), &finding.kind);
      g_array_append_val (findings, finding);
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE ? g_steal_pointer (&findings) : NULL;
}

BdScorecard *
bd_spotchecks_store_get_record_scorecard (BdStore  *store,
                                          gint64    record_id,
                                          GError  **error)
{
  gint64 scorecard_id;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  if (!read_id (store, record_scorecard_sql, ":id", NULL, record_id, &scorecard_id, error))
    return NULL;
  if (scorecard_id == 0)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                   _("The sampled record was not found"));
      return NULL;
    }
  return bd_spotchecks_store_get_scorecard_version (store, scorecard_id, error);
}
