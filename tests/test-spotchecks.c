/* test-spotchecks.c — spot checks: the sample, the score, two reviewers' agreement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "bd-case-store.h"
#include "bd-request-catalogue.h"
#include "bd-scorecard.h"
#include "bd-complaints-store.h"
#include "bd-requests-store.h"
#include "bd-print-spotchecks.h"
#include "bd-spotchecks-desk.h"
#include "bd-spotchecks-prefill.h"
#include "bd-store-private.h"
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

/* A branch's year in a muddled order: five staff (one id far above the others), four kinds,
 * record ids up to 2^40, from a fixed linear congruential sequence. */
static GArray *
make_year_of_candidates (void)
{
  static const gint64 staff[] = { 3, 7, 12, 40, G_GINT64_CONSTANT (1) << 35 };
  GArray *candidates = g_array_new (FALSE, FALSE, sizeof (BdSampleCandidate));
  guint64 state = 20261204;

  for (guint i = 0; i < 20000; i++)
    {
      BdSampleCandidate c;

      state = state * G_GUINT64_CONSTANT (6364136223846793005) + 1442695040888963407u;
      c.kind = (BdWorkKind) ((state >> 33) % 4);
      c.staff_id = staff[(state >> 40) % G_N_ELEMENTS (staff)];
      /* Distinct within the kind: i in the low bits, noise above. */
      c.record_id = (gint64) (((state >> 24) & 0xfffff) << 20 | i);
      g_array_append_val (candidates, c);
    }
  return candidates;
}

/* FNV-1a over the sample's kinds, staff and records, in the sample's order. */
static guint64
sample_fingerprint (GArray *sample)
{
  guint64 hash = G_GUINT64_CONSTANT (14695981039346656037);

  for (guint i = 0; i < sample->len; i++)
    {
      BdSampleCandidate *c = &g_array_index (sample, BdSampleCandidate, i);
      guint64 parts[3] = { c->kind, (guint64) c->staff_id, (guint64) c->record_id };

      for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
        for (guint byte = 0; byte < 8; byte++)
          hash = (hash ^ ((parts[p] >> (byte * 8)) & 0xff)) * G_GUINT64_CONSTANT (1099511628211);
    }
  return hash;
}

/* A check keeps its seed so that anyone can draw it again and find the same records: the
 * draw of a seed never changes from one version of the program to the next. The
 * fingerprint is the one the first version drew. */
static void
test_sample_never_changes (void)
{
  g_autoptr(GArray) candidates = make_year_of_candidates ();
  g_autoptr(GArray) sample = bd_sample_draw ((BdSampleCandidate *) candidates->data,
                                             candidates->len, 4242, 3, 0);

  g_test_message ("%u drawn, fingerprint %" G_GUINT64_FORMAT, sample->len,
                  sample_fingerprint (sample));
  g_assert_cmpuint (sample->len, ==, 609);
  g_assert_cmpuint (sample_fingerprint (sample), ==, G_GUINT64_CONSTANT (4653946544630066158));
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

/* Drawing reads who did each case and contact of the period from the index alone: a
 * year of a large branch's work is 130,000 records, a row of the table each without it
 * (issue "Spot checks", speed: ≤ 100 ms at 1,000,000 customers). */
static void
test_draw_reads_index_only (Fixture       *fixture,
                            gconstpointer  data)
{
  BdSpotCheckPlan plan = { "2026-01-01", "2026-12-31",
                           (1u << BD_WORK_REQUEST) | (1u << BD_WORK_CLAIM)
                           | (1u << BD_WORK_COMPLAINT) | (1u << BD_WORK_CONTACT),
                           NULL, 10, 0, 7 };
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GError) error = NULL;
  gint64 check_id = 0;
  guint checked = 0;

  g_assert_true (bd_spotchecks_store_create_check (fixture->store, &plan, fixture->supervisor,
                                                   &check_id, &error));
  g_assert_no_error (error);
  statements = bd_db_list_cached_sql (bd_store_get_db (fixture->store));
  for (guint i = 0; i < statements->len; i++)
    {
      const char *sql = statements->pdata[i];
      g_autofree char *plan_text = NULL;

      if (strstr (sql, "FROM case_file WHERE area = :area AND received_on") == NULL
          && strstr (sql, "FROM contact WHERE at >= :from") == NULL)
        continue;
      plan_text = bd_db_explain (bd_store_get_db (fixture->store), sql, &error);
      g_assert_no_error (error);
      if (strstr (plan_text, "USING COVERING INDEX") == NULL)
        g_error ("%s\nis run as\n%s", sql, plan_text);
      checked++;
    }
  g_assert_cmpuint (checked, ==, 2);
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

static BdScoreResult
prefilled (Fixture    *fixture,
           BdWorkKind  kind,
           gint64      record_id,
           const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) prefill = bd_spotchecks_prefill (fixture->store, kind, record_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < prefill->len; i++)
    if (g_str_equal (g_array_index (prefill, BdPrefill, i).key, key))
      return g_array_index (prefill, BdPrefill, i).result;
  g_error ("%s is not prefilled", key);
}

static gint64
carry_out_request (Fixture    *fixture,
                   gint64      policy_id,
                   const char *day,
                   const char *done)
{
  return bd_test_carry_out_request (fixture->store, fixture->customer, policy_id, fixture->clerk,
                                    day, done);
}

/* Items the data decides, from crafted records: a request done on time and one late, a
 * receipt printed for one only; a complaint answered in time and one not. */
static void
test_prefill (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 product = bd_store_add_product (fixture->store, "L01", "终身寿险", BD_PRODUCT_LIFE, 0,
                                         NULL);
  g_autoptr(BdPolicy) policy = bd_test_policy_new_standard ("P-1", product, fixture->customer,
                                                            fixture->customer);
  gint64 policy_id = bd_test_add_policy (fixture->store, policy);
  gint64 on_time = carry_out_request (fixture, policy_id, "2026-11-02", "2026-11-04");
  gint64 late = carry_out_request (fixture, policy_id, "2026-11-02", "2026-11-20");
  g_autoptr(BdComplaint) answered = bd_complaint_new (FALSE, fixture->customer, 0);
  g_autoptr(BdComplaint) silent = bd_complaint_new (FALSE, fixture->customer, 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_store_append_audit (fixture->store, fixture->clerk, "request-receipt-printed",
                                        "case_file", on_time, fixture->customer, NULL, &error));
  g_assert_cmpint (prefilled (fixture, BD_WORK_REQUEST, on_time, "within-target"), ==, BD_SCORE_PASS);
  g_assert_cmpint (prefilled (fixture, BD_WORK_REQUEST, late, "within-target"), ==, BD_SCORE_FAIL);
  g_assert_cmpint (prefilled (fixture, BD_WORK_REQUEST, on_time, "receipt-printed"), ==, BD_SCORE_PASS);
  g_assert_cmpint (prefilled (fixture, BD_WORK_REQUEST, late, "receipt-printed"), ==, BD_SCORE_FAIL);
  g_assert_cmpint (prefilled (fixture, BD_WORK_REQUEST, late, "applicant-entitled"), ==, BD_SCORE_PASS);
  g_assert_cmpint (prefilled (fixture, BD_WORK_REQUEST, late, "signed-in-person"), ==, BD_SCORE_PASS);
  g_assert_cmpint (prefilled (fixture, BD_WORK_REQUEST, late, "documents-complete"), ==, BD_SCORE_PASS);

  bd_test_clock_fix ("2026-11-02T10:00:00+08:00");
  for (guint i = 0; i < 2; i++)
    {
      BdComplaint *c = i == 0 ? answered : silent;

      bd_complaint_set_complainant (c, fixture->customer, NULL);
      bd_complaint_set_relation (c, "本人");
      bd_complaint_set_description (c, "等待时间过长");
      g_assert_true (bd_complaints_store_add (fixture->store, c, fixture->clerk, &error));
    }
  bd_test_clock_fix ("2026-11-03T10:00:00+08:00");
  g_assert_true (bd_complaints_store_take_step (fixture->store, answered, "answered",
                                                fixture->clerk, "已电话告知进度", &error));
  bd_test_clock_fix ("2026-11-09T10:00:00+08:00");
  g_assert_cmpint (prefilled (fixture, BD_WORK_COMPLAINT,
                              bd_case_get_id (bd_complaint_get_case (answered)), "feedback-in-time"),
                   ==, BD_SCORE_PASS);
  g_assert_cmpint (prefilled (fixture, BD_WORK_COMPLAINT,
                              bd_case_get_id (bd_complaint_get_case (silent)), "feedback-in-time"),
                   ==, BD_SCORE_FAIL);
  g_assert_cmpint (prefilled (fixture, BD_WORK_COMPLAINT,
                              bd_case_get_id (bd_complaint_get_case (silent)), "first-responder"),
                   ==, BD_SCORE_UNSCORED);
}

static void
score_with (Fixture    *fixture,
            gint64      record_id,
            const char *failing_key)
{
  guint n;
  const BdScoreItem *items = bd_scorecard_default_items (BD_WORK_REQUEST, &n);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      BdScoreResult result = g_strcmp0 (items[i].key, failing_key) == 0 ? BD_SCORE_FAIL
                                                                        : BD_SCORE_PASS;

      g_assert_true (bd_spotchecks_store_score (fixture->store, record_id, fixture->supervisor,
                                                items[i].key, result, BD_SCORE_UNSCORED, NULL,
                                                NULL, &error));
    }
}

/* Results per staff member, per item and for the branch, and the trend by month. */
static void
test_results (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) sample = bd_spotchecks_store_list_sample (fixture->store,
                                                             create_check (fixture, 11, 100),
                                                             &ids, NULL);
  g_autoptr(GArray) trend = NULL;
  g_autoptr(GError) error = NULL;
  BdSpotResults results;
  gint64 clerk_records[3];
  guint n_clerk = 0;
  gint64 other_record = 0;
  gboolean second_scorer;
  g_autofree char *csv = NULL;
  g_autoptr(BdPrintedForm) report = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;

  for (guint i = 0; i < sample->len; i++)
    {
      BdSampleCandidate *c = &g_array_index (sample, BdSampleCandidate, i);

      if (c->staff_id == fixture->clerk && n_clerk < 3)
        clerk_records[n_clerk++] = g_array_index (ids, gint64, i);
      else if (c->staff_id == fixture->other_clerk && other_record == 0)
        other_record = g_array_index (ids, gint64, i);
    }
  score_with (fixture, clerk_records[0], NULL);
  score_with (fixture, clerk_records[1], "within-target");
  score_with (fixture, clerk_records[2], "signed-in-person");
  score_with (fixture, other_record, NULL);
  /* A second supervisor's blind scoring does not count in the results. */
  second_scorer = bd_spotchecks_store_score (fixture->store, other_record,
                                             fixture->second_supervisor, "greeting",
                                             BD_SCORE_FAIL, BD_SCORE_UNSCORED, NULL, NULL, &error);
  g_assert_true (second_scorer);

  g_assert_true (bd_spotchecks_store_results (fixture->store, "2026-11-01", "2026-11-30", 0,
                                              &results, &error));
  csv = bd_spot_results_to_csv (fixture->store, &results, "2026-11-01", "2026-11-30");
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBFWhat,Name,Records,Passed,Average score\r\n"));
  g_assert_nonnull (strstr (csv, "Staff member,王芳,3,2,"));
  g_assert_nonnull (strstr (csv, "Staff member,李强,1,1,100\r\n"));
  g_assert_nonnull (strstr (csv, "Item,Signed by the entitled person (no proxy signature),4,3,\r\n"));
  g_assert_nonnull (strstr (csv, "Branch,2026-11-01 – 2026-11-30,4,3,"));
  g_assert_cmpuint (results.branch.records, ==, 4);
  g_assert_cmpuint (results.branch.passed, ==, 3);
  g_assert_cmpuint (results.by_kind[BD_WORK_REQUEST].records, ==, 4);
  g_assert_cmpuint (results.by_staff->len, ==, 2);
  for (guint i = 0; i < results.by_item->len; i++)
    {
      BdSpotItemTally *item = &g_array_index (results.by_item, BdSpotItemTally, i);

      if (g_str_equal (item->key, "signed-in-person"))
        {
          g_assert_cmpuint (item->pass, ==, 3);
          g_assert_cmpuint (item->fail, ==, 1);
        }
    }
  bd_spot_results_clear (&results);
  /* A clerk sees their own. */
  g_assert_true (bd_spotchecks_store_results (fixture->store, "2026-11-01", "2026-11-30",
                                              fixture->clerk, &results, &error));
  g_assert_cmpuint (results.branch.records, ==, 3);
  g_assert_cmpuint (results.branch.passed, ==, 2);
  bd_spot_results_clear (&results);

  report = bd_printed_form_new_spot_report (fixture->store, "2026-11-01", "2026-11-30", 0, &error);
  g_assert_no_error (error);
  path = g_build_filename (g_getenv ("BD_TEST_PRINT_OUTPUT") != NULL
                           ? g_getenv ("BD_TEST_PRINT_OUTPUT") : fixture->base.folder,
                           "spot-report.pdf", NULL);
  if ((text = bd_test_printed_form_text (report, path)) != NULL)
    {
      g_autofree char *rate = bd_test_squeeze ("3 of 4 passed (75%)");

      g_assert_nonnull (strstr (text, rate));
      g_assert_nonnull (strstr (text, "王芳"));
      g_assert_nonnull (strstr (text, "Passratebystaffmember"));
      g_assert_nonnull (strstr (text, "26/11"));
    }
  trend = bd_spotchecks_store_trend (fixture->store, 2026, 11, 12, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trend->len, ==, 12);
  g_assert_cmpuint (g_array_index (trend, BdSpotTally, 11).records, ==, 4);
  g_assert_cmpuint (g_array_index (trend, BdSpotTally, 10).records, ==, 0);
}

/* Two supervisors score the same records blind: how alike, item by item. */
static void
test_calibration (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) sample = bd_spotchecks_store_list_sample (fixture->store,
                                                             create_check (fixture, 12, 100),
                                                             &ids, NULL);
  /* On "greeting": agree, agree, disagree, agree (pass/pass, fail/fail, pass/fail, pass/pass). */
  const BdScoreResult first[] = { BD_SCORE_PASS, BD_SCORE_FAIL, BD_SCORE_PASS, BD_SCORE_PASS };
  const BdScoreResult second[] = { BD_SCORE_PASS, BD_SCORE_FAIL, BD_SCORE_FAIL, BD_SCORE_PASS };
  g_autoptr(GArray) agreements = NULL;
  g_autoptr(GError) error = NULL;
  double agreement, kappa;

  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    {
      gint64 record = g_array_index (ids, gint64, i);

      g_assert_true (bd_spotchecks_store_score (fixture->store, record, fixture->supervisor,
                                                "greeting", first[i], BD_SCORE_UNSCORED, NULL,
                                                NULL, &error));
      g_assert_true (bd_spotchecks_store_score (fixture->store, record,
                                                fixture->second_supervisor, "greeting",
                                                second[i], BD_SCORE_UNSCORED, NULL, NULL, &error));
    }
  agreements = bd_spotchecks_store_agreement (fixture->store, "2026-11-01", "2026-11-30",
                                              fixture->supervisor, fixture->second_supervisor,
                                              &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agreements->len, ==, 1);
  g_assert_cmpuint (g_array_index (agreements, BdSpotAgreement, 0).pairs, ==, 4);
  bd_score_agreement (first, second, 4, &agreement, &kappa);
  g_assert_cmpfloat_with_epsilon (g_array_index (agreements, BdSpotAgreement, 0).agreement,
                                  0.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (agreements, BdSpotAgreement, 0).kappa, kappa,
                                  1e-9);
  (void) sample;
}

/* The desk's calls, by the session: a supervisor draws, scores and opens a finding; a
 * clerk is refused the checks and reads only their own results and findings. */
static void
score_by_desk (BdSession     *session,
               gint64         record_id,
               BdScoreResult  late)
{
  guint n;
  const BdScoreItem *items = bd_scorecard_default_items (BD_WORK_REQUEST, &n);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      gboolean is_late = g_str_equal (items[i].key, "within-target");

      g_assert_true (bd_spotchecks_desk_score (session, record_id, items[i].key,
                                               is_late ? late : BD_SCORE_PASS, BD_SCORE_UNSCORED,
                                               is_late ? "交付晚了两天" : NULL, NULL, &error));
      g_assert_no_error (error);
    }
}

static void
test_desk (Fixture       *fixture,
           gconstpointer  data)
{
  gint64 clerk = bd_test_add_staff (fixture->store, "clerk", "赵敏", BD_ROLE_COUNTER, "pw", NULL);
  gint64 boss = bd_test_add_staff (fixture->store, "boss", "吴刚", BD_ROLE_SUPERVISOR, "pw", NULL);
  g_autoptr(BdSession) supervisor = NULL;
  g_autoptr(BdSession) counter = NULL;
  g_autoptr(GArray) checks = NULL;
  g_autoptr(GArray) sample = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) scores = NULL;
  g_autoptr(GArray) findings = NULL;
  g_autoptr(GArray) staff = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  BdSpotCheckPlan plan = { "2026-11-23", "2026-11-29", 1u << BD_WORK_REQUEST, staff, 100, 0, 7 };
  BdSpotResults results = { 0 };
  gint64 check_id = 0, failed = 0, other = 0;

  add_request_case (fixture, clerk, "2026-11-25");
  g_array_append_val (staff, clerk);
  g_array_append_val (staff, fixture->other_clerk);
  supervisor = bd_test_sign_in (fixture->store, "boss", "pw");
  counter = bd_test_sign_in (fixture->store, "clerk", "pw");

  /* A clerk is refused in the desk as in the store; nothing is written. */
  g_assert_false (bd_spotchecks_desk_may_check (counter));
  g_assert_false (bd_spotchecks_desk_create_check (counter, &plan, &check_id, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_null (bd_spotchecks_desk_list_checks (counter, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  g_assert_true (bd_spotchecks_desk_create_check (supervisor, &plan, &check_id, &error));
  g_assert_no_error (error);
  checks = bd_spotchecks_desk_list_checks (supervisor, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (checks->len, ==, 1);
  g_assert_cmpint (g_array_index (checks, BdSpotCheckInfo, 0).id, ==, check_id);
  /* All of 赵敏's one and 李强's three: a share of 100 %. */
  g_assert_cmpuint (g_array_index (checks, BdSpotCheckInfo, 0).records, ==, 4);
  g_assert_cmpint (g_array_index (checks, BdSpotCheckInfo, 0).created_by, ==, boss);
  sample = bd_spotchecks_desk_list_sample (supervisor, check_id, &ids, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sample->len; i++)
    if (g_array_index (sample, BdSampleCandidate, i).staff_id == clerk)
      failed = g_array_index (ids, gint64, i);
    else
      other = g_array_index (ids, gint64, i);
  g_assert_cmpint (failed, !=, 0);

  score_by_desk (supervisor, failed, BD_SCORE_FAIL);
  score_by_desk (supervisor, other, BD_SCORE_PASS);
  scores = bd_spotchecks_desk_list_scores (supervisor, failed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 7);
  checks = (g_array_unref (checks), bd_spotchecks_desk_list_checks (supervisor, &error));
  g_assert_cmpuint (g_array_index (checks, BdSpotCheckInfo, 0).scored, ==, 2);
  g_assert_true (bd_spotchecks_desk_open_finding (supervisor, failed, "within-target",
                                                  "复盘交付流程", clerk, "2026-12-14", NULL,
                                                  &error));
  g_assert_no_error (error);
  g_assert_false (bd_spotchecks_desk_open_finding (counter, failed, "within-target", "自查", clerk,
                                                   "2026-12-14", NULL, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  /* The clerk reads their own: one record, their finding, with its item's name. */
  g_assert_true (bd_spotchecks_desk_results (counter, "2026-11-01", "2026-11-30", &results,
                                             &error));
  g_assert_cmpuint (results.branch.records, ==, 1);
  /* The late delivery weighs 2 of 14: 85 %, above the pass mark of 80. */
  g_assert_cmpuint (results.branch.percent_sum, ==, 85);
  g_assert_cmpuint (results.by_staff->len, ==, 1);
  bd_spot_results_clear (&results);
  g_assert_true (bd_spotchecks_desk_results (supervisor, "2026-11-01", "2026-11-30", &results,
                                             &error));
  g_assert_cmpuint (results.branch.records, ==, 2);
  bd_spot_results_clear (&results);
  findings = bd_spotchecks_desk_list_own_findings (counter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpstr (g_array_index (findings, BdSpotFinding, 0).action, ==, "复盘交付流程");
  g_assert_cmpstr (g_array_index (findings, BdSpotFinding, 0).item_label, ==, "Done within the target time");
  g_assert_cmpstr (g_array_index (findings, BdSpotFinding, 0).due_date, ==, "2026-12-14");
  findings = (g_array_unref (findings), bd_spotchecks_desk_list_findings (supervisor, &error));
  g_assert_cmpuint (findings->len, ==, 1);
  findings = (g_array_unref (findings),
              bd_spotchecks_store_list_findings (fixture->store, fixture->other_clerk, TRUE, NULL));
  g_assert_cmpuint (findings->len, ==, 0);
}

/* The editor's draft of @scorecard: its items as the window shows them. */
static GArray *
draft_of (BdScorecard *scorecard,
          GPtrArray   *texts)
{
  GArray *draft = g_array_new (FALSE, TRUE, sizeof (BdScoreItemDraft));

  for (guint i = 0; i < scorecard->items->len; i++)
    {
      BdScoreItem *item = &g_array_index (scorecard->items, BdScoreItem, i);
      char *weight = g_strdup_printf ("%u", item->weight);
      BdScoreItemDraft entry = { item->key, item->label, weight, item->instant_fail,
                                 item->from_data, FALSE };

      g_ptr_array_add (texts, weight);
      g_array_append_val (draft, entry);
    }
  return draft;
}

static BdScoreItemDraft *
draft_item (GArray     *draft,
            const char *key)
{
  for (guint i = 0; i < draft->len; i++)
    if (g_strcmp0 (g_array_index (draft, BdScoreItemDraft, i).key, key) == 0)
      return &g_array_index (draft, BdScoreItemDraft, i);
  g_assert_not_reached ();
}

static guint
count_scorecards (Fixture *fixture)
{
  return bd_test_query_int (fixture->base.path, "SELECT count(*) FROM scorecard");
}

/* A scorecard edited at the desk: refused to a clerk; every problem of the draft on its
 * field, nothing written; saved as the next version, audited, retired and added items
 * in it and the earlier version as it was; nothing saved without its audit row. */
static void
test_edit_scorecard (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(BdSession) boss = NULL;
  g_autoptr(BdSession) clerk = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BdScorecard) v1 = NULL;
  g_autoptr(BdScorecard) v2 = NULL;
  g_autoptr(BdScorecard) v1_again = NULL;
  g_autoptr(GArray) draft = NULL;
  g_autoptr(GArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  /* Added at the desk, an item is observed, whatever the draft says. */
  BdScoreItemDraft added = { NULL, "取号引导", "1", FALSE, TRUE, FALSE };
  BdScorecardProblem *problem;
  guint version = 0;

  bd_test_add_staff (fixture->store, "clerk", "赵敏", BD_ROLE_COUNTER, "pw", NULL);
  bd_test_add_staff (fixture->store, "boss", "吴刚", BD_ROLE_SUPERVISOR, "pw", NULL);
  boss = bd_test_sign_in (fixture->store, "boss", "pw");
  clerk = bd_test_sign_in (fixture->store, "clerk", "pw");
  v1 = bd_spotchecks_desk_get_current_scorecard (boss, BD_WORK_REQUEST, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (v1->version, ==, 1);
  draft = draft_of (v1, texts);

  /* A clerk is refused in the core, whatever the window offered. */
  g_assert_false (bd_spotchecks_desk_edit_scorecard (clerk, BD_WORK_REQUEST,
                                                     (BdScoreItemDraft *) draft->data, draft->len,
                                                     "80", &version, NULL, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_cmpuint (count_scorecards (fixture), ==, 1);

  /* Every problem, on its field, in order; nothing written. */
  draft_item (draft, "applicant-entitled")->weight = "0";
  draft_item (draft, "identity-valid")->weight = "两";
  draft_item (draft, "documents-complete")->label = "  ";
  draft_item (draft, "receipt-printed")->label = "Applicant entitled";
  g_assert_false (bd_spotchecks_desk_edit_scorecard (boss, BD_WORK_REQUEST,
                                                     (BdScoreItemDraft *) draft->data, draft->len,
                                                     "101", &version, &problems, &error));
  g_assert_error (error, BD_SPOT_ERROR, BD_SPOT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The pass mark is a whole number from 0 to 100");
  g_clear_error (&error);
  g_assert_cmpuint (problems->len, ==, 5);
  problem = &g_array_index (problems, BdScorecardProblem, 1);
  g_assert_cmpint (problem->field, ==, BD_SCORECARD_FIELD_WEIGHT);
  g_assert_cmpuint (problem->item, ==, 0);
  g_assert_cmpstr (problem->message, ==, "A weight is a whole number from 1 to 10");
  problem = &g_array_index (problems, BdScorecardProblem, 2);
  g_assert_cmpint (problem->field, ==, BD_SCORECARD_FIELD_WEIGHT);
  g_assert_cmpuint (problem->item, ==, 1);
  problem = &g_array_index (problems, BdScorecardProblem, 3);
  g_assert_cmpint (problem->field, ==, BD_SCORECARD_FIELD_LABEL);
  g_assert_cmpuint (problem->item, ==, 2);
  g_assert_cmpstr (problem->message, ==, "An item needs a name");
  problem = &g_array_index (problems, BdScorecardProblem, 4);
  g_assert_cmpint (problem->field, ==, BD_SCORECARD_FIELD_LABEL);
  g_assert_cmpuint (problem->item, ==, 6);
  g_assert_cmpstr (problem->message, ==, "Another item of this scorecard has the same name");
  g_clear_pointer (&problems, g_array_unref);
  g_assert_cmpuint (count_scorecards (fixture), ==, 1);

  /* Every item retired: the scorecard keeps one. */
  for (guint i = 0; i < draft->len; i++)
    g_array_index (draft, BdScoreItemDraft, i).retired = TRUE;
  g_assert_false (bd_spotchecks_desk_edit_scorecard (boss, BD_WORK_REQUEST,
                                                     (BdScoreItemDraft *) draft->data, draft->len,
                                                     "80", &version, &problems, &error));
  g_assert_cmpstr (error->message, ==, "A scorecard keeps at least one item");
  g_assert_cmpint (g_array_index (problems, BdScorecardProblem, 0).field, ==,
                   BD_SCORECARD_FIELD_ITEMS);
  g_clear_error (&error);
  g_clear_pointer (&problems, g_array_unref);

  /* Corrected: a weight changed, an observed item added, one retired. */
  g_clear_pointer (&draft, g_array_unref);
  draft = draft_of (v1, texts);
  draft_item (draft, "within-target")->weight = " 5 ";
  draft_item (draft, "receipt-printed")->retired = TRUE;
  g_array_append_val (draft, added);
  g_assert_true (bd_spotchecks_desk_edit_scorecard (boss, BD_WORK_REQUEST,
                                                    (BdScoreItemDraft *) draft->data, draft->len,
                                                    "85", &version, &problems, &error));
  g_assert_no_error (error);
  g_assert_null (problems);
  g_assert_cmpuint (version, ==, 2);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "scorecard-edited", NULL), ==, 1);
  v2 = bd_spotchecks_desk_get_current_scorecard (boss, BD_WORK_REQUEST, &error);
  g_assert_cmpuint (v2->version, ==, 2);
  g_assert_cmpuint (v2->pass_mark, ==, 85);
  g_assert_cmpuint (v2->items->len, ==, 7);
  g_assert_cmpuint (g_array_index (v2->items, BdScoreItem, 4).weight, ==, 5);
  g_assert_cmpstr (g_array_index (v2->items, BdScoreItem, 6).label, ==, "取号引导");
  g_assert_cmpstr (g_array_index (v2->items, BdScoreItem, 6).key, ==, "observed-2-7");
  g_assert_false (g_array_index (v2->items, BdScoreItem, 6).from_data);
  /* The earlier version keeps its retired item. */
  v1_again = bd_spotchecks_store_get_scorecard_version (fixture->store, v1->id, &error);
  g_assert_cmpuint (v1_again->items->len, ==, 7);
  g_assert_cmpstr (g_array_index (v1_again->items, BdScoreItem, 6).key, ==, "receipt-printed");
  g_assert_cmpuint (g_array_index (v1_again->items, BdScoreItem, 4).weight, ==, 2);

  /* Without its audit row, no version is saved. */
  bd_test_break_audit_log (fixture->base.path);
  g_assert_false (bd_spotchecks_desk_edit_scorecard (boss, BD_WORK_REQUEST,
                                                     (BdScoreItemDraft *) draft->data, draft->len,
                                                     "85", &version, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (count_scorecards (fixture), ==, 2);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  g_test_add_func ("/spotchecks/sample", test_sample);
  g_test_add_func ("/spotchecks/sample-never-changes", test_sample_never_changes);
  g_test_add_func ("/spotchecks/score", test_score);
  g_test_add_func ("/spotchecks/agreement", test_agreement);
  g_test_add_func ("/spotchecks/default-scorecards", test_default_scorecards);
  ADD ("/spotchecks/check-sample", test_check_sample);
  ADD ("/spotchecks/draw-reads-index-only", test_draw_reads_index_only);
  ADD ("/spotchecks/counter-refused", test_counter_refused);
  ADD ("/spotchecks/scorecard-versions", test_scorecard_versions);
  ADD ("/spotchecks/override-and-findings", test_override_and_findings);
  ADD ("/spotchecks/prefill", test_prefill);
  ADD ("/spotchecks/results", test_results);
  ADD ("/spotchecks/calibration", test_calibration);
  ADD ("/spotchecks/desk", test_desk);
  ADD ("/spotchecks/edit-scorecard", test_edit_scorecard);

  return g_test_run ();
}
