/* test-spotchecks.c — spot checks: the sample, the score, two reviewers' agreement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bd-case-store.h"
#include "bd-request-catalogue.h"
#include "bd-scorecard.h"
#include "bd-spotchecks-store.h"
#include "bd-test-fixture.h"

/* 57 requests by staff 1, 5 by staff 2, 3 claims by staff 1. */
static GArray *
make_candidates (void)
{
  GArray *candidates = g_array_new (FALSE, FALSE, sizeof (BdSampleCandidate));

  for (guint i = 0; i < 57; i++)
    {
      BdSampleCandidate c = { BD_WORK_REQUEST, 1, 1000 + i };

      g_array_append_val (candidates, c);
    }
  for (guint i = 0; i < 5; i++)
    {
      BdSampleCandidate c = { BD_WORK_REQUEST, 2, 2000 + i };

      g_array_append_val (candidates, c);
    }
  for (guint i = 0; i < 3; i++)
    {
      BdSampleCandidate c = { BD_WORK_CLAIM, 1, 3000 + i };

      g_array_append_val (candidates, c);
    }
  return candidates;
}

static guint
count_stratum (GArray     *sample,
               gint64      staff_id,
               BdWorkKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < sample->len; i++)
    {
      BdSampleCandidate *c = &g_array_index (sample, BdSampleCandidate, i);

      n += c->staff_id == staff_id && c->kind == kind;
    }
  return n;
}

static gboolean
same_sample (GArray *a,
             GArray *b)
{
  return a->len == b->len
         && memcmp (a->data, b->data, a->len * sizeof (BdSampleCandidate)) == 0;
}

static void
test_sample (void)
{
  g_autoptr(GArray) candidates = make_candidates ();
  g_autoptr(GArray) first = bd_sample_draw ((BdSampleCandidate *) candidates->data,
                                            candidates->len, 20261203, 10, 0);
  g_autoptr(GArray) again = NULL;
  g_autoptr(GArray) other_seed = bd_sample_draw ((BdSampleCandidate *) candidates->data,
                                                 candidates->len, 7, 10, 0);
  g_autoptr(GArray) sized = bd_sample_draw ((BdSampleCandidate *) candidates->data,
                                            candidates->len, 7, 0, 4);
  g_autoptr(GArray) reversed = g_array_new (FALSE, FALSE, sizeof (BdSampleCandidate));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  /* 10 % of 57 draws 6; of 5, 1; of 3, 1. */
  g_assert_cmpuint (count_stratum (first, 1, BD_WORK_REQUEST), ==, 6);
  g_assert_cmpuint (count_stratum (first, 2, BD_WORK_REQUEST), ==, 1);
  g_assert_cmpuint (count_stratum (first, 1, BD_WORK_CLAIM), ==, 1);
  g_assert_cmpuint (first->len, ==, 8);
  for (guint i = 0; i < first->len; i++)
    g_assert_true (g_hash_table_add (seen, &g_array_index (first, BdSampleCandidate, i).record_id));
  /* The same seed draws the same, whatever order the records came in. */
  for (guint i = candidates->len; i > 0; i--)
    g_array_append_val (reversed, g_array_index (candidates, BdSampleCandidate, i - 1));
  again = bd_sample_draw ((BdSampleCandidate *) reversed->data, reversed->len, 20261203, 10, 0);
  g_assert_true (same_sample (first, again));
  g_assert_false (same_sample (first, other_seed));
  /* Four of each: the small strata are taken whole. */
  g_assert_cmpuint (count_stratum (sized, 1, BD_WORK_REQUEST), ==, 4);
  g_assert_cmpuint (count_stratum (sized, 2, BD_WORK_REQUEST), ==, 4);
  g_assert_cmpuint (count_stratum (sized, 1, BD_WORK_CLAIM), ==, 3);
}

static void
test_score (void)
{
  guint n;
  const BdScoreItem *items = bd_scorecard_default_items (BD_WORK_REQUEST, &n);
  /* Weights 3 2 2 3 2 1 1 (14); "applicant-entitled" and "signed-in-person" fail alone. */
  BdScoreResult all_pass[] = { 0, 0, 0, 0, 0, 0, 0 };
  BdScoreResult late[] = { 0, 0, 0, 0, BD_SCORE_FAIL, 0, 0 };
  BdScoreResult late_na[] = { 0, 0, 0, 0, BD_SCORE_FAIL, BD_SCORE_NOT_APPLICABLE,
                              BD_SCORE_NOT_APPLICABLE };
  BdScoreResult proxy[] = { 0, 0, 0, BD_SCORE_FAIL, 0, 0, 0 };
  BdScoreResult unscored[] = { 0, 0, 0, 0, 0, 0, BD_SCORE_UNSCORED };
  guint percent;
  gboolean passed;

  g_assert_cmpuint (n, ==, 7);
  g_assert_true (bd_score_record (items, all_pass, n, 80, &percent, &passed));
  g_assert_cmpuint (percent, ==, 100);
  g_assert_true (passed);
  g_assert_true (bd_score_record (items, late, n, 80, &percent, &passed));
  g_assert_cmpuint (percent, ==, 85);   /* 12 of 14 */
  g_assert_true (passed);
  g_assert_true (bd_score_record (items, late, n, 90, &percent, &passed));
  g_assert_false (passed);
  /* Not applicable leaves the denominator: 10 of 12. */
  g_assert_true (bd_score_record (items, late_na, n, 80, &percent, &passed));
  g_assert_cmpuint (percent, ==, 83);
  /* A proxy signature fails the record at 78 % or at 100 %. */
  g_assert_true (bd_score_record (items, proxy, n, 50, &percent, &passed));
  g_assert_cmpuint (percent, ==, 78);
  g_assert_false (passed);
  g_assert_false (bd_score_record (items, unscored, n, 80, &percent, &passed));
}

/* Cohen's kappa on a crafted pair: agreement 5/6, chance agreement 13/36. */
static void
test_agreement (void)
{
  BdScoreResult a[] = { BD_SCORE_PASS, BD_SCORE_PASS, BD_SCORE_FAIL, BD_SCORE_FAIL,
                        BD_SCORE_PASS, BD_SCORE_NOT_APPLICABLE };
  BdScoreResult b[] = { BD_SCORE_PASS, BD_SCORE_FAIL, BD_SCORE_FAIL, BD_SCORE_FAIL,
                        BD_SCORE_PASS, BD_SCORE_NOT_APPLICABLE };
  double agreement, kappa;

  g_assert_true (bd_score_agreement (a, b, G_N_ELEMENTS (a), &agreement, &kappa));
  g_assert_cmpfloat_with_epsilon (agreement, 5.0 / 6.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kappa, (5.0 / 6.0 - 13.0 / 36.0) / (1.0 - 13.0 / 36.0), 1e-9);
  g_assert_true (bd_score_agreement (a, a, G_N_ELEMENTS (a), &agreement, &kappa));
  g_assert_cmpfloat_with_epsilon (kappa, 1.0, 1e-9);
  g_assert_false (bd_score_agreement (a, b, 0, &agreement, &kappa));
}

static void
test_default_scorecards (void)
{
  for (guint kind = 0; kind < BD_N_WORK_KINDS; kind++)
    {
      g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
      guint n;
      const BdScoreItem *items = bd_scorecard_default_items (kind, &n);

      g_assert_cmpuint (n, >, 0);
      for (guint i = 0; i < n; i++)
        {
          g_assert_true (g_hash_table_add (keys, (gpointer) items[i].key));
          g_assert_cmpuint (items[i].weight, >=, 1);
          g_assert_cmpuint (items[i].weight, <=, 10);
        }
    }
}

typedef struct
{
  BdTestStore base;
  BdStore    *store;
  gint64      clerk;
  gint64      other_clerk;
  gint64      supervisor;
  gint64      second_supervisor;
  gint64      customer;
} Fixture;

/* A request received on @day by @staff_id (only its case: what the check samples). */
static void
add_request_case (Fixture    *fixture,
                  gint64      staff_id,
                  const char *day)
{
  g_autoptr(BdCase) kase = bd_case_new (bd_request_case_kind (), fixture->customer, 0);
  g_autoptr(GError) error = NULL;

  bd_case_set_received_on (kase, day);
  bd_case_store_open (fixture->store, kase, staff_id, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BdStore *store;

  bd_test_clock_fix ("2026-11-30T10:00:00+08:00");
  bd_test_store_set_up (&fixture->base, "bd-spotchecks", "branch.db");
  store = fixture->store = fixture->base.store;
  fixture->clerk = bd_test_add_staff (store, "wangfang", "王芳", BD_ROLE_COUNTER, NULL, NULL);
  fixture->other_clerk = bd_test_add_staff (store, "liqiang", "李强", BD_ROLE_COUNTER, NULL, NULL);
  fixture->supervisor = bd_test_add_staff (store, "zhoujun", "周军", BD_ROLE_SUPERVISOR, NULL, NULL);
  fixture->second_supervisor = bd_test_add_staff (store, "sunli", "孙丽", BD_ROLE_SUPERVISOR,
                                                  NULL, NULL);
  fixture->customer = bd_test_add_person (store, "陈大文", BD_SEX_MALE, "1970-02-03", NULL, NULL);
  /* Last week: 12 requests by 王芳, 3 by 李强; one the week before, outside the period. */
  for (guint i = 0; i < 12; i++)
    add_request_case (fixture, fixture->clerk, i % 2 == 0 ? "2026-11-23" : "2026-11-27");
  for (guint i = 0; i < 3; i++)
    add_request_case (fixture, fixture->other_clerk, "2026-11-24");
  add_request_case (fixture, fixture->clerk, "2026-11-16");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bd_test_store_tear_down (&fixture->base);
}

static gint64
create_check (Fixture *fixture,
              guint32  seed,
              guint    share)
{
  BdSpotCheckPlan plan = { "2026-11-23", "2026-11-29", 1u << BD_WORK_REQUEST, NULL, share, 0,
                           seed };
  g_autoptr(GError) error = NULL;
  gint64 check_id = 0;

  bd_spotchecks_store_create_check (fixture->store, &plan, fixture->supervisor, &check_id, &error);
  g_assert_no_error (error);
  return check_id;
}

/* The same seed draws the same records again; the period and the strata are kept. */
static void
test_check_sample (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GArray) first = bd_spotchecks_store_list_sample (fixture->store,
                                                            create_check (fixture, 42, 25),
                                                            NULL, NULL);
  g_autoptr(GArray) again = bd_spotchecks_store_list_sample (fixture->store,
                                                            create_check (fixture, 42, 25),
                                                            NULL, NULL);

  /* 25 % of 12 is 3; of 3, 1; the request of 16 November is outside. */
  g_assert_cmpuint (count_stratum (first, fixture->clerk, BD_WORK_REQUEST), ==, 3);
  g_assert_cmpuint (count_stratum (first, fixture->other_clerk, BD_WORK_REQUEST), ==, 1);
  g_assert_cmpuint (first->len, ==, 4);
  g_assert_true (same_sample (first, again));
}

/* Counter staff are refused in the core: a check, a score, a scorecard edit. */
static void
test_counter_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  BdSpotCheckPlan plan = { "2026-11-23", "2026-11-29", 1u << BD_WORK_REQUEST, NULL, 10, 0, 1 };
  g_autoptr(GError) error = NULL;
  guint n;
  const BdScoreItem *items = bd_scorecard_default_items (BD_WORK_REQUEST, &n);
  gint64 check_id = 0;

  g_assert_false (bd_spotchecks_store_create_check (fixture->store, &plan, fixture->clerk,
                                                    &check_id, &error));
  g_assert_error (error, BD_SPOT_ERROR, BD_SPOT_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_false (bd_spotchecks_store_edit_scorecard (fixture->store, BD_WORK_REQUEST, items, n,
                                                      90, fixture->clerk, NULL, &error));
  g_assert_error (error, BD_SPOT_ERROR, BD_SPOT_ERROR_NOT_ALLOWED);
  g_assert_cmpint (bd_test_query_int (fixture->base.path, "SELECT count(*) FROM spot_check"), ==, 0);
}

static void
score_all (Fixture       *fixture,
           gint64         record_id,
           gint64         scorer_id,
           BdScoreResult  late)
{
  guint n;
  const BdScoreItem *items = bd_scorecard_default_items (BD_WORK_REQUEST, &n);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      gboolean is_late = g_str_equal (items[i].key, "within-target");

      bd_spotchecks_store_score (fixture->store, record_id, scorer_id, items[i].key,
                                 is_late ? late : BD_SCORE_PASS, BD_SCORE_UNSCORED, NULL, NULL,
                                 &error);
      g_assert_no_error (error);
    }
}

/* A scorecard edit makes a new version; a check drawn before keeps its scores. */
static void
test_scorecard_versions (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) sample = bd_spotchecks_store_list_sample (fixture->store,
                                                             create_check (fixture, 7, 10),
                                                             &ids, NULL);
  g_autoptr(BdScorecard) v1 = bd_spotchecks_store_get_scorecard (fixture->store, BD_WORK_REQUEST, NULL);
  g_autofree BdScoreItem *heavier = NULL;
  g_autoptr(BdScorecard) v2 = NULL;
  g_autoptr(GError) error = NULL;
  gint64 record = g_array_index (ids, gint64, 0);
  guint percent;
  gboolean passed;

  score_all (fixture, record, fixture->supervisor, BD_SCORE_FAIL);
  g_assert_true (bd_spotchecks_store_record_score (fixture->store, record, fixture->supervisor,
                                                   &percent, &passed, &error));
  g_assert_cmpuint (percent, ==, 85);
  g_assert_true (passed);

  /* "Done within the target time" weighs 10 now, and the pass mark is 90. */
  heavier = g_memdup2 (v1->items->data, v1->items->len * sizeof (BdScoreItem));
  for (guint i = 0; i < v1->items->len; i++)
    if (g_str_equal (heavier[i].key, "within-target"))
      heavier[i].weight = 10;
  g_assert_true (bd_spotchecks_store_edit_scorecard (fixture->store, BD_WORK_REQUEST, heavier,
                                                     v1->items->len, 90, fixture->supervisor,
                                                     NULL, &error));
  v2 = bd_spotchecks_store_get_scorecard (fixture->store, BD_WORK_REQUEST, &error);
  g_assert_cmpuint (v2->version, ==, v1->version + 1);
  g_assert_cmpuint (v2->pass_mark, ==, 90);
  g_assert_true (bd_spotchecks_store_record_score (fixture->store, record, fixture->supervisor,
                                                   &percent, &passed, &error));
  g_assert_cmpuint (percent, ==, 85);
  g_assert_true (passed);
  /* A new check is scored with the new version: the same scores fail it. */
  {
    g_autoptr(GArray) new_ids = NULL;
    g_autoptr(GArray) new_sample = bd_spotchecks_store_list_sample (fixture->store,
                                                                   create_check (fixture, 8, 10),
                                                                   &new_ids, NULL);
    gint64 new_record = g_array_index (new_ids, gint64, 0);

    score_all (fixture, new_record, fixture->supervisor, BD_SCORE_FAIL);
    g_assert_true (bd_spotchecks_store_record_score (fixture->store, new_record,
                                                     fixture->supervisor, &percent, &passed,
                                                     &error));
    g_assert_cmpuint (percent, ==, 54);   /* 12 of 22 */
    g_assert_false (passed);
  }
  (void) sample;
}

/* An item the data decided is overridden only with a reason; a finding is followed until
 * closed and counts in its owner's Queues meanwhile. */
static void
test_override_and_findings (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) sample = bd_spotchecks_store_list_sample (fixture->store,
                                                             create_check (fixture, 9, 10),
                                                             &ids, NULL);
  g_autoptr(GError) error = NULL;
  gint64 record = g_array_index (ids, gint64, 0);
  gint64 finding = 0;
  guint open;

  g_assert_false (bd_spotchecks_store_score (fixture->store, record, fixture->supervisor,
                                             "within-target", BD_SCORE_PASS, BD_SCORE_FAIL,
                                             NULL, NULL, &error));
  g_assert_error (error, BD_SPOT_ERROR, BD_SPOT_ERROR_REASON);
  g_clear_error (&error);
  g_assert_true (bd_spotchecks_store_score (fixture->store, record, fixture->supervisor,
                                            "within-target", BD_SCORE_PASS, BD_SCORE_FAIL, NULL,
                                            "客户自行推迟补交资料", &error));
  g_assert_true (bd_spotchecks_store_open_finding (fixture->store, record, "receipt-printed",
                                                   "补打受理回执并告知客户", fixture->clerk,
                                                   "2026-12-04", fixture->supervisor, &finding,
                                                   &error));
  g_assert_no_error (error);
  g_assert_true (bd_spotchecks_store_count_open_findings (fixture->store, fixture->clerk, &open,
                                                          &error));
  g_assert_cmpuint (open, ==, 1);
  g_assert_true (bd_spotchecks_store_close_finding (fixture->store, finding, "已补打",
                                                    fixture->supervisor, &error));
  g_assert_false (bd_spotchecks_store_close_finding (fixture->store, finding, "再关",
                                                     fixture->supervisor, &error));
  g_clear_error (&error);
  g_assert_true (bd_spotchecks_store_count_open_findings (fixture->store, fixture->clerk, &open,
                                                          &error));
  g_assert_cmpuint (open, ==, 0);
  (void) sample;
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  g_test_add_func ("/spotchecks/sample", test_sample);
  g_test_add_func ("/spotchecks/score", test_score);
  g_test_add_func ("/spotchecks/agreement", test_agreement);
  g_test_add_func ("/spotchecks/default-scorecards", test_default_scorecards);
  ADD ("/spotchecks/check-sample", test_check_sample);
  ADD ("/spotchecks/counter-refused", test_counter_refused);
  ADD ("/spotchecks/scorecard-versions", test_scorecard_versions);
  ADD ("/spotchecks/override-and-findings", test_override_and_findings);

  return g_test_run ();
}
