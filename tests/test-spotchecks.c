/* test-spotchecks.c — spot checks: the sample, the score, two reviewers' agreement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bd-scorecard.h"
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

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  g_test_add_func ("/spotchecks/sample", test_sample);
  g_test_add_func ("/spotchecks/score", test_score);
  g_test_add_func ("/spotchecks/agreement", test_agreement);
  g_test_add_func ("/spotchecks/default-scorecards", test_default_scorecards);

  return g_test_run ();
}
