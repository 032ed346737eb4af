/* bd-demo-spotchecks.c — the demo branch's past spot checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * domain.md §8: the supervisor checks a week of the counter's policy changes each month.
 * Six such checks give the results their staff, items and a six months' trend. They are
 * light, as a branch's are: one request of each clerk a week, scored through the store as
 * the Spot Checks area scores them — each item the data decides as it decided it, the
 * observed ones by hand — and a finding on the item that failed. Written at the instant
 * of the demo's last write, so the audit log stays in time order.
 */
#define G_LOG_DOMAIN "bd-demo"

#include "config.h"

#include "bd-clock.h"
#include "bd-demo-spotchecks.h"
#include "bd-spotchecks-prefill.h"
#include "bd-spotchecks-store.h"

#define DEMO_CHECKS      6
#define RECORDS_EACH     1     /* of each clerk's week */
#define FINDING_DAYS     14
#define SEED             20261

static BdScoreResult
prefilled (GArray     *prefill,
           const char *key)
{
  for (guint i = 0; i < prefill->len; i++)
    if (g_str_equal (g_array_index (prefill, BdPrefill, i).key, key))
      return g_array_index (prefill, BdPrefill, i).result;
  return BD_SCORE_UNSCORED;
}

/* Observed items pass, but now and then a clerk did not tell the customer the expected
 * date: the pattern is fixed, so the demo is the same every time. */
static BdScoreResult
observed (guint  check,
          gint64 staff_id)
{
  return (check + staff_id) % 3 == 0 ? BD_SCORE_FAIL : BD_SCORE_PASS;
}

/* A finding owned by the clerk; one whose due day is before the demo's @today was
 * followed up and closed. */
static gboolean
open_finding (BdStore                 *store,
              const BdSampleCandidate *record,
              gint64                   record_id,
              const char              *item_key,
              gint64                   supervisor,
              const GDate             *due,
              const GDate             *today,
              GError                 **error)
{
  char due_text[BD_ISO_DATE_SIZE];
  gint64 finding_id;

  if (!bd_spotchecks_store_open_finding (store, record_id, item_key,
                                         "办理时当面告知客户预计办结日，并在晨会上复盘",
                                         record->staff_id, bd_date_format_iso (due, due_text),
                                         supervisor, &finding_id, error))
    return FALSE;
  return g_date_compare (due, today) >= 0
         || bd_spotchecks_store_close_finding (store, finding_id, "已整改，主管复查通过",
                                               supervisor, error);
}

static gboolean
score_record (BdStore                 *store,
              const BdScorecard       *scorecard,
              const BdSampleCandidate *record,
              gint64                   record_id,
              gint64                   supervisor,
              guint                    check,
              const GDate             *due,
              const GDate             *today,
              GError                 **error)
{
  g_autoptr(GArray) prefill = bd_spotchecks_prefill (store, record->kind, record->record_id, error);
  const char *failed = NULL;

  if (prefill == NULL)
    return FALSE;
  for (guint i = 0; i < scorecard->items->len; i++)
    {
      const BdScoreItem *item = &g_array_index (scorecard->items, BdScoreItem, i);
      BdScoreResult data = prefilled (prefill, item->key);
      BdScoreResult result = data != BD_SCORE_UNSCORED ? data : observed (check, record->staff_id);

      if (!bd_spotchecks_store_score (store, record_id, supervisor, item->key, result, data,
                                      NULL, NULL, error))
        return FALSE;
      /* What the data decided was recorded with the record; what the supervisor saw the
       * clerk do (or not do) is what a finding follows up. */
      if (result == BD_SCORE_FAIL && data == BD_SCORE_UNSCORED && failed == NULL)
        failed = item->key;
    }
  return failed == NULL || open_finding (store, record, record_id, failed, supervisor, due, today,
                                           error);
}

/* The week, Monday to Sunday, that ends in the month @months_back before @today's. */
static void
check_week (const GDate *today,
            guint        months_back,
            GDate       *monday,
            GDate       *sunday)
{
  g_date_clear (sunday, 1);
  g_date_set_dmy (sunday, 1, g_date_get_month (today), g_date_get_year (today));
  g_date_subtract_months (sunday, months_back - 1);
  g_date_subtract_days (sunday, 1);
  g_date_subtract_days (sunday, (g_date_get_weekday (sunday) - G_DATE_SUNDAY + 7) % 7);
  *monday = *sunday;
  g_date_subtract_days (monday, 6);
}

static gboolean
write_check (BdStore      *store,
             const GDate  *today,
             guint         check,
             gint64        supervisor,
             GError      **error)
{
  char from[BD_ISO_DATE_SIZE], to[BD_ISO_DATE_SIZE];
  g_autoptr(GArray) sample = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(BdScorecard) scorecard = NULL;
  GDate monday, sunday, due;
  gint64 check_id;
  BdSpotCheckPlan plan = { from, to, 1u << BD_WORK_REQUEST, NULL, 0, RECORDS_EACH, SEED + check };

  check_week (today, DEMO_CHECKS - check, &monday, &sunday);
  bd_date_format_iso (&monday, from);
  bd_date_format_iso (&sunday, to);
  due = sunday;
  g_date_add_days (&due, FINDING_DAYS);
  if (!bd_spotchecks_store_create_check (store, &plan, supervisor, &check_id, error)
      || (sample = bd_spotchecks_store_list_sample (store, check_id, &ids, error)) == NULL
      || (scorecard = bd_spotchecks_store_get_scorecard (store, BD_WORK_REQUEST, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < sample->len; i++)
    if (!score_record (store, scorecard, &g_array_index (sample, BdSampleCandidate, i),
                       g_array_index (ids, gint64, i), supervisor, check, &due, today, error))
      return FALSE;
  return TRUE;
}

gboolean
bd_demo_spotchecks_write (BdStore    *store,
                          guint32     today,
                          gint64      supervisor,
                          GDateTime  *written,
                          GError    **error)
{
  g_autoptr(GDateTime) now = bd_clock_now_utc ();
  BdClockHold *hold = bd_clock_hold ();
  gboolean ok = TRUE;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_julian (&day, today);
  if (written != NULL && g_date_time_compare (written, now) > 0)
    bd_clock_set_fixed (written);
  for (guint check = 0; ok && check < DEMO_CHECKS; check++)
    ok = write_check (store, &day, check, supervisor, error);
  bd_clock_give_back (hold);
  return ok;
}
