/* bd-scorecard.c — scorecards as data, and the arithmetic of a score, a sample and two
 * reviewers' agreement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The default items are domain.md §8's (003, 004: 服务考核, 品质管理); a branch edits its
 * scorecards, and an edit makes a new version (bd-spotchecks-store.c).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-scorecard.h"
#include "bd-text.h"

static const struct
{
  const char *name;
  const char *label;
} work_kinds[BD_N_WORK_KINDS] = {
  [BD_WORK_REQUEST] = { "request", N_("Policy-change requests") },
  [BD_WORK_CLAIM] = { "claim", N_("Claim reports") },
  [BD_WORK_COMPLAINT] = { "complaint", N_("Complaints") },
  [BD_WORK_CONTACT] = { "contact", N_("Contact records and slips") },
  [BD_WORK_ETIQUETTE] = { "etiquette", N_("Counter etiquette (observed)") },
};

const char *
bd_work_kind_to_string (BdWorkKind kind)
{
  g_return_val_if_fail (kind < BD_N_WORK_KINDS, NULL);
  return work_kinds[kind].name;
}

gboolean
bd_work_kind_from_string (const char *text,
                          BdWorkKind *kind)
{
  for (guint i = 0; text != NULL && i < BD_N_WORK_KINDS; i++)
    if (g_str_equal (work_kinds[i].name, text))
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
bd_work_kind_get_label (BdWorkKind kind)
{
  g_return_val_if_fail (kind < BD_N_WORK_KINDS, NULL);
  return _(work_kinds[kind].label);
}

/* domain.md §8, default scorecard items. The instant-fail items are those a customer's
 * rights hang on: a request from someone not entitled, a proxy signature (002), a payout
 * promised (003), personal data on a slip left at a door (000). */
static const BdScoreItem request_items[] = {
  { "applicant-entitled", N_("Applicant entitled"), 3, TRUE, TRUE },
  { "identity-valid", N_("Identity document valid and checked"), 2, FALSE, TRUE },
  { "documents-complete", N_("Required documents complete"), 2, FALSE, TRUE },
  { "signed-in-person", N_("Signed by the entitled person (no proxy signature)"), 3, TRUE, TRUE },
  { "within-target", N_("Done within the target time"), 2, FALSE, TRUE },
  { "date-told", N_("Customer told the expected date"), 1, FALSE, FALSE },
  { "receipt-printed", N_("Receipt printed"), 1, FALSE, TRUE },
};

static const BdScoreItem claim_items[] = {
  { "status-checked", N_("Policy status and waiting period checked"), 2, FALSE, FALSE },
  { "checklist-complete", N_("Documents checklist complete"), 2, FALSE, TRUE },
  { "one-notice", N_("One notice for all missing documents"), 2, FALSE, TRUE },
  { "no-promise", N_("No payout promised"), 3, TRUE, FALSE },
  { "decided-in-time", N_("Decided within 3 working days when complete"), 2, FALSE, TRUE },
};

static const BdScoreItem complaint_items[] = {
  { "fields-recorded", N_("All fields recorded"), 1, FALSE, TRUE },
  { "feedback-in-time", N_("Feedback within 2 working days"), 2, FALSE, TRUE },
  { "first-responder", N_("First responder followed it to the end"), 2, FALSE, TRUE },
  { "return-visit", N_("Return visit done"), 2, FALSE, TRUE },
  { "misconduct-reported", N_("Misconduct reported"), 2, FALSE, TRUE },
};

static const BdScoreItem contact_items[] = {
  { "slip-proper", N_("Slip content proper (no personal data)"), 3, TRUE, FALSE },
  { "appointment-kept", N_("Appointment kept"), 2, FALSE, FALSE },
  { "logged", N_("Logged on the service card"), 1, FALSE, TRUE },
};

static const BdScoreItem etiquette_items[] = {
  { "greeting", N_("Greeting"), 1, FALSE, FALSE },
  { "uniform-badge", N_("Uniform and name badge"), 1, FALSE, FALSE },
  { "no-forbidden-phrases", N_("No forbidden phrases (服务禁语)"), 2, TRUE, FALSE },
  { "first-responder-behaviour", N_("First-responder behaviour"), 2, FALSE, FALSE },
};

const BdScoreItem *
bd_scorecard_default_items (BdWorkKind  kind,
                            guint      *n_items)
{
  switch (kind)
    {
    case BD_WORK_REQUEST:
      *n_items = G_N_ELEMENTS (request_items);
      return request_items;
    case BD_WORK_CLAIM:
      *n_items = G_N_ELEMENTS (claim_items);
      return claim_items;
    case BD_WORK_COMPLAINT:
      *n_items = G_N_ELEMENTS (complaint_items);
      return complaint_items;
    case BD_WORK_CONTACT:
      *n_items = G_N_ELEMENTS (contact_items);
      return contact_items;
    case BD_WORK_ETIQUETTE:
      *n_items = G_N_ELEMENTS (etiquette_items);
      return etiquette_items;
    default:
      *n_items = 0;
      g_return_val_if_reached (NULL);
    }
}

static const struct
{
  const char *name;
  const char *label;
} results[] = {
  [BD_SCORE_PASS] = { "pass", N_("Pass") },
  [BD_SCORE_FAIL] = { "fail", N_("Fail") },
  [BD_SCORE_NOT_APPLICABLE] = { "na", N_("Not applicable") },
  [BD_SCORE_UNSCORED] = { "unscored", N_("Not scored") },
};

const char *
bd_score_result_to_string (BdScoreResult result)
{
  g_return_val_if_fail (result <= BD_SCORE_UNSCORED, NULL);
  return results[result].name;
}

gboolean
bd_score_result_from_string (const char    *text,
                             BdScoreResult *result)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (results); i++)
    if (g_str_equal (results[i].name, text))
      {
        *result = i;
        return TRUE;
      }
  return FALSE;
}

const char *
bd_score_result_get_label (BdScoreResult result)
{
  g_return_val_if_fail (result <= BD_SCORE_UNSCORED, NULL);
  return _(results[result].label);
}

gboolean
bd_score_record (const BdScoreItem   *items,
                 const BdScoreResult *scored,
                 guint                n_items,
                 guint                pass_mark,
                 guint               *percent,
                 gboolean            *passed)
{
  guint applying = 0, passing = 0;
  gboolean instant_fail = FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      switch (scored[i])
        {
        case BD_SCORE_UNSCORED:
          return FALSE;
        case BD_SCORE_NOT_APPLICABLE:
          continue;
        case BD_SCORE_FAIL:
          applying += items[i].weight;
          instant_fail |= items[i].instant_fail;
          break;
        case BD_SCORE_PASS:
        default:
          applying += items[i].weight;
          passing += items[i].weight;
          break;
        }
    }
  /* Nothing applies: nothing was done wrong. */
  *percent = applying > 0 ? passing * 100 / applying : 100;
  *passed = !instant_fail && *percent >= pass_mark;
  return TRUE;
}

/* The draw reads its candidates in the order staff member, kind, record: the order the
 * strata and their records are numbered in, so that a seed draws the same records
 * whatever order the store read them in. A year of the branch's work is 130,000
 * records; qsort() with a comparison call per pair took a quarter of a draw, so they are
 * put in that order by a stable radix sort instead, a byte of a key a pass: the record,
 * then the kind, then the staff member (least significant first, as LSD radix sorts go).
 * A byte that is the same in every candidate needs no pass. */
typedef enum
{
  BY_RECORD,
  BY_KIND,
  BY_STAFF,
} SortKey;

/* The key as an unsigned number in the same order as the signed one. */
static inline guint64
sort_key (const BdSampleCandidate *candidate,
          SortKey                  key)
{
  const guint64 sign = G_GUINT64_CONSTANT (1) << 63;

  switch (key)
    {
    case BY_RECORD:
      return (guint64) candidate->record_id ^ sign;
    case BY_KIND:
      return candidate->kind;
    case BY_STAFF:
    default:
      return (guint64) candidate->staff_id ^ sign;
    }
}

/* One stable counting pass of byte @byte of @key from @from into @to. */
static void
radix_pass (const BdSampleCandidate *from,
            BdSampleCandidate       *to,
            guint                    n,
            SortKey                  key,
            guint                    byte)
{
  guint counts[256] = { 0 }, start = 0;

  for (guint i = 0; i < n; i++)
    counts[(sort_key (&from[i], key) >> (byte * 8)) & 0xff]++;
  for (guint b = 0; b < 256; b++)
    {
      guint count = counts[b];

      counts[b] = start;
      start += count;
    }
  for (guint i = 0; i < n; i++)
    to[counts[(sort_key (&from[i], key) >> (byte * 8)) & 0xff]++] = from[i];
}

/* The bits of @key that are not the same in every candidate. */
static guint64
varying_bits (const BdSampleCandidate *candidates,
              guint                    n,
              SortKey                  key)
{
  guint64 first = sort_key (&candidates[0], key), varying = 0;

  for (guint i = 1; i < n; i++)
    varying |= sort_key (&candidates[i], key) ^ first;
  return varying;
}

/* Sorts @candidates in place, by staff member, kind and record. */
static void
sort_candidates (BdSampleCandidate *candidates,
                 guint              n)
{
  static const SortKey keys[] = { BY_RECORD, BY_KIND, BY_STAFF };
  g_autofree BdSampleCandidate *spare = NULL;
  BdSampleCandidate *from = candidates, *to;

  if (n < 2)
    return;
  to = spare = g_new (BdSampleCandidate, n);
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      guint64 varying = varying_bits (from, n, keys[k]);

      for (guint byte = 0; byte < 8; byte++)
        if ((varying >> (byte * 8)) & 0xff)
          {
            BdSampleCandidate *sorted = to;

            radix_pass (from, to, n, keys[k], byte);
            to = from;
            from = sorted;
          }
    }
  if (from != candidates)
    memcpy (candidates, from, n * sizeof (BdSampleCandidate));
}

/* How many a stratum of @n gives: a share rounded up, or the size, never more than @n. */
static guint
stratum_draw (guint n,
              guint share_percent,
              guint size)
{
  guint wanted = share_percent > 0 ? (n * share_percent + 99) / 100 : size;

  return MIN (wanted, n);
}

/* A partial Fisher–Yates shuffle of the stratum [first, first + n) drawing @k, with a
 * generator seeded by the check's seed and the stratum's own numbers, so that adding a
 * staff member's records does not change another's draw. */
static void
draw_stratum (GArray                  *sample,
              BdSampleCandidate       *stratum,
              guint                    n,
              guint                    k,
              guint32                  seed)
{
  guint32 seeds[4] = { seed, (guint32) stratum[0].staff_id,
                       (guint32) (stratum[0].staff_id >> 32), stratum[0].kind };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));

  for (guint i = 0; i < k; i++)
    {
      guint j = i + g_rand_int_range (rand, 0, n - i);
      BdSampleCandidate chosen = stratum[j];

      stratum[j] = stratum[i];
      stratum[i] = chosen;
      g_array_append_val (sample, chosen);
    }
}

GArray *
bd_sample_draw (const BdSampleCandidate *candidates,
                guint                    n_candidates,
                guint32                  seed,
                guint                    share_percent,
                guint                    size)
{
  GArray *sample = g_array_new (FALSE, FALSE, sizeof (BdSampleCandidate));
  g_autofree BdSampleCandidate *sorted = g_memdup2 (candidates,
                                                    n_candidates * sizeof (BdSampleCandidate));
  guint first = 0;

  sort_candidates (sorted, n_candidates);
  while (first < n_candidates)
    {
      guint n = 1;

      while (first + n < n_candidates && sorted[first + n].staff_id == sorted[first].staff_id
             && sorted[first + n].kind == sorted[first].kind)
        n++;
      draw_stratum (sample, sorted + first, n, stratum_draw (n, share_percent, size), seed);
      first += n;
    }
  return sample;
}

gboolean
bd_score_agreement (const BdScoreResult *first,
                    const BdScoreResult *second,
                    guint                n,
                    double              *agreement,
                    double              *kappa)
{
  guint counts_a[3] = { 0 }, counts_b[3] = { 0 }, agree = 0;
  double observed, expected = 0.0;

  if (n == 0)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      guint a = MIN (first[i], BD_SCORE_NOT_APPLICABLE), b = MIN (second[i], BD_SCORE_NOT_APPLICABLE);

      counts_a[a]++;
      counts_b[b]++;
      agree += a == b;
    }
  observed = (double) agree / n;
  for (guint c = 0; c < 3; c++)
    expected += ((double) counts_a[c] / n) * ((double) counts_b[c] / n);
  *agreement = observed;
  /* Cohen (1960): (po − pe) / (1 − pe). */
  *kappa = expected >= 1.0 ? 1.0 : (observed - expected) / (1.0 - expected);
  return TRUE;
}

/* ── a supervisor's draft of the next version ───────────────────────────────────── */

#define MAX_WEIGHT 10

static void
problem_clear (gpointer data)
{
  g_free (((BdScorecardProblem *) data)->message);
}

static void
add_problem (GArray           *problems,
             BdScorecardField  field,
             guint             item,
             char             *message)
{
  BdScorecardProblem problem = { field, item, message };

  g_array_append_val (problems, problem);
}

/* A whole number as typed: digits only, once trimmed; FALSE for anything else. */
static gboolean
parse_whole (const char *text,
             guint       max,
             guint      *value)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint64 number;

  if (*trimmed == '\0' || !g_ascii_string_to_unsigned (trimmed, 10, 0, max, &number, NULL))
    return FALSE;
  *value = number;
  return TRUE;
}

static void
check_label (const BdScoreItemDraft *items,
             guint                   i,
             GHashTable             *labels,
             GArray                 *problems)
{
  g_autoptr(GError) error = NULL;
  char *label = bd_text_clean (items[i].label != NULL ? items[i].label : "", BD_TEXT_LINE, &error);

  if (label == NULL)
    add_problem (problems, BD_SCORECARD_FIELD_LABEL, i, g_strdup (error->message));
  else if (*label == '\0')
    {
      add_problem (problems, BD_SCORECARD_FIELD_LABEL, i, g_strdup (_("An item needs a name")));
      g_free (label);
    }
  else if (!g_hash_table_add (labels, label))
    add_problem (problems, BD_SCORECARD_FIELD_LABEL, i,
                 g_strdup (_("Another item of this scorecard has the same name")));
}

GArray *
bd_scorecard_check_draft (const BdScoreItemDraft *items,
                          guint                   n_items,
                          const char             *pass_mark_text,
                          guint                  *pass_mark)
{
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *problems = g_array_new (FALSE, FALSE, sizeof (BdScorecardProblem));
  guint kept = 0, weight;

  g_array_set_clear_func (problems, problem_clear);
  if (!parse_whole (pass_mark_text, 100, pass_mark))
    add_problem (problems, BD_SCORECARD_FIELD_PASS_MARK, 0,
                 g_strdup (_("The pass mark is a whole number from 0 to 100")));
  for (guint i = 0; i < n_items; i++)
    {
      if (items[i].retired)
        continue;
      kept++;
      check_label (items, i, labels, problems);
      if (!parse_whole (items[i].weight, MAX_WEIGHT, &weight) || weight == 0)
        add_problem (problems, BD_SCORECARD_FIELD_WEIGHT, i,
                     g_strdup_printf (_("A weight is a whole number from 1 to %u"), MAX_WEIGHT));
    }
  if (kept == 0)
    add_problem (problems, BD_SCORECARD_FIELD_ITEMS, 0,
                 g_strdup (_("A scorecard keeps at least one item")));
  return problems;
}

GArray *
bd_scorecard_items_from_draft (const BdScoreItemDraft *items,
                               guint                   n_items,
                               guint                   version,
                               GStringChunk           *strings)
{
  GArray *kept = g_array_new (FALSE, TRUE, sizeof (BdScoreItem));

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *label = bd_text_clean (items[i].label, BD_TEXT_LINE, NULL);
      g_autofree char *key = items[i].key != NULL ? g_strdup (items[i].key)
                                                  : g_strdup_printf ("observed-%u-%u", version, i);
      /* An item added at the desk is observed: only the program's own items are decided
       * by a record's data (bd-spotchecks-prefill.c). */
      BdScoreItem item = { NULL, NULL, 0, items[i].instant_fail,
                           items[i].key != NULL && items[i].from_data };

      if (items[i].retired || label == NULL || *label == '\0'
          || !parse_whole (items[i].weight, MAX_WEIGHT, &item.weight))
        continue;
      item.key = g_string_chunk_insert (strings, key);
      item.label = g_string_chunk_insert (strings, label);
      g_array_append_val (kept, item);
    }
  return kept;
}
