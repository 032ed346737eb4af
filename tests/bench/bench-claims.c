/* bench-claims.c — claim intake on the demo: the checks while a report is filled, the
 * duplicate check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-claims DATABASE
 *
 * On a copy of DATABASE (bench-copy.h: a demo branch with its year of claims; the copy is
 * removed after, so the benchmark changes nothing the others read):
 *
 * - the checks after each change of the report (bd_claims_store_check, what the form
 *   asks after every keystroke), for an insured with 20 policies: the insured who has
 *   the most, given more on the copy (copies of their own) until they have 20; the report
 *   changes its kind of event (a death among them, which names the beneficiaries of each
 *   policy) and its day in turn;
 * - the duplicate check alone (bd_claims_store_find_duplicate): a report of the same
 *   insured, day and kind as a claim of the demo drawn at random (found), and of a
 *   customer drawn at random (nothing found).
 *
 * The clock stands at BENCH_TODAY as in the other benchmarks on the demo. Prints medians
 * and p99 (nearest rank) against the targets of issue 12; timings never fail it.
 */
#define G_LOG_DOMAIN "bench-claims"

#include "config.h"

#include "bd-claims-store.h"
#include "bd-customers-store.h"

#include "bench-copy.h"
#include "bench-timing.h"

#define N_WARM_UP 50
#define N_CHECKS 2000
#define N_DUPLICATES 2000
#define N_POLICIES 20

/* The targets of issue 12, "Claim intake". */
#define CHECKS_MAX_P99_MS 5.0
#define DUPLICATE_MAX_P99_MS 2.0

/* @policy again under another number: every property but its id and number. */
static BdPolicy *
copy_policy (BdPolicy *policy,
             guint     n)
{
  g_autofree GParamSpec **specs = NULL;
  BdPolicy *copy = bd_policy_new ();
  g_autofree char *number = g_strdup_printf ("%s-B%02u", bd_policy_get_number (policy), n);
  guint n_specs;

  specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (policy), &n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((specs[i]->flags & (G_PARAM_READWRITE)) != G_PARAM_READWRITE
          || g_str_equal (specs[i]->name, "id") || g_str_equal (specs[i]->name, "number")
          || !G_TYPE_IS_VALUE_TYPE (specs[i]->value_type) || G_TYPE_IS_OBJECT (specs[i]->value_type))
        continue;
      g_value_init (&value, specs[i]->value_type);
      g_object_get_property (G_OBJECT (policy), specs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), specs[i]->name, &value);
    }
  bd_policy_set_number (copy, number);
  return copy;
}

/* The policies on @insured's life (the list of a customer also has those they hold). */
static GPtrArray *
policies_insured (BenchCopy *bench,
                  gint64     insured)
{
  g_autoptr(GListModel) policies = bd_store_list_policies_of (bench->store, insured, NULL);
  GPtrArray *insured_policies = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; policies != NULL && i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(BdPolicy) policy = g_list_model_get_item (policies, i);

      if (bd_policy_get_insured_id (policy) == insured)
        g_ptr_array_add (insured_policies, g_object_ref (policy));
    }
  return insured_policies;
}

/* The insured with the most policies, given copies of theirs up to N_POLICIES. */
static gint64
insured_with_many_policies (BenchCopy *bench)
{
  gint64 insured = bench_copy_query_int (bench, "SELECT insured_id FROM policy GROUP BY insured_id "
                                                "ORDER BY count(*) DESC, insured_id LIMIT 1");
  g_autoptr(GPtrArray) policies = policies_insured (bench, insured);
  g_autoptr(GPtrArray) now = NULL;
  guint had = policies->len;

  for (guint n = had; had > 0 && n < N_POLICIES; n++)
    {
      g_autoptr(BdPolicy) copy = copy_policy (g_ptr_array_index (policies, n % had), n);
      g_autoptr(GError) error = NULL;

      if (!bd_store_add_policy (bench->store, copy, &error))
        g_printerr ("a policy could not be added: %s\n", error->message);
    }
  now = policies_insured (bench, insured);
  g_print ("insured %" G_GINT64_FORMAT ": %u policies in the demo, %u now\n", insured, had,
           now->len);
  return insured;
}

/* A report as the form holds it, by the insured themselves, its day @days_ago. */
static BdClaim *
compose_claim (BenchCopy   *bench,
               gint64       insured,
               BdEventKind  kind,
               guint        days_ago)
{
  BdClaim *claim = bd_claim_new (insured, kind);
  GDate day;
  char iso[16];

  bd_store_get_today (bench->store, &day);
  g_date_subtract_days (&day, days_ago);
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &day);
  bd_claim_set_reporter (claim, insured, NULL);
  bd_claim_set_relation (claim, "本人");
  bd_claim_set_phone (claim, "13912345678");
  bd_claim_set_event_date (claim, iso);
  bd_claim_set_place (claim, "南京市鼓楼区");
  bd_claim_set_hospital (claim, "江苏省人民医院");
  bd_claim_set_description (claim, "发热入院治疗");
  return claim;
}

static void
bench_checks (BenchCopy *bench)
{
  g_autoptr(GArray) check_ms = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 insured = insured_with_many_policies (bench);
  g_autoptr(BdClaim) claim = compose_claim (bench, insured, BD_EVENT_ILLNESS, 10);
  guint lines = 0;

  for (guint i = 0; i < N_WARM_UP + N_CHECKS; i++)
    {
      g_autoptr(GPtrArray) checks = NULL;
      double start;

      /* A change of the kind of event, or of its day, in turn. */
      if (i % 2 == 0)
        bd_claim_set_kind (claim, (BdEventKind) ((i / 2) % BD_N_EVENT_KINDS));
      else
        {
          g_autoptr(BdClaim) other = compose_claim (bench, insured, bd_claim_get_kind (claim),
                                                    1 + i % 400);

          bd_claim_set_event_date (claim, bd_claim_get_event_date (other));
        }
      start = bench_now_ms ();
      checks = bd_claims_store_check (bench->store, claim, NULL);
      if (i >= N_WARM_UP)
        g_array_append_val (check_ms, (double) { bench_now_ms () - start });
      lines = checks != NULL ? MAX (lines, checks->len) : lines;
    }
  g_print ("checks: up to %u lines a report\n", lines);
  bench_print_figure ("the checks after a change of the report (20 policies)", check_ms,
                      CHECKS_MAX_P99_MS);
}

/* The duplicate check of @claim: whether it found one. */
static double
time_duplicate (BenchCopy *bench,
                BdClaim   *claim,
                gboolean  *found)
{
  g_autofree char *number = NULL;
  double start = bench_now_ms ();

  bd_claims_store_find_duplicate (bench->store, claim, &number, NULL);
  *found = number != NULL;
  return bench_now_ms () - start;
}

static void
bench_duplicates (BenchCopy *bench)
{
  g_autoptr(GArray) ids = bench_copy_query_ids (bench, "SELECT case_id FROM claim ORDER BY case_id");
  g_autoptr(GArray) hit_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) miss_ms = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 customers = bench_copy_query_int (bench, "SELECT max (id) FROM customer");
  guint found_hits = 0, found_misses = 0;

  for (guint i = 0; i < N_WARM_UP + N_DUPLICATES; i++)
    {
      g_autoptr(BdClaim) claim = NULL;
      g_autoptr(BdClaim) again = NULL;
      gboolean found;
      double ms;

      if (ids->len > 0)
        {
          gint64 id = g_array_index (ids, gint64, g_rand_int_range (bench->rand, 0, ids->len));

          claim = bd_claims_store_get (bench->store, id, NULL);
          again = bd_claim_new (bd_claim_get_insured_id (claim), bd_claim_get_kind (claim));
          bd_claim_set_event_date (again, bd_claim_get_event_date (claim));
          ms = time_duplicate (bench, again, &found);
          if (i >= N_WARM_UP)
            {
              g_array_append_val (hit_ms, ms);
              found_hits += found;
            }
        }
      g_clear_object (&again);
      again = compose_claim (bench, g_rand_int_range (bench->rand, 1, (gint32) customers + 1),
                             (BdEventKind) g_rand_int_range (bench->rand, 0, BD_N_EVENT_KINDS),
                             g_rand_int_range (bench->rand, 0, 365));
      ms = time_duplicate (bench, again, &found);
      if (i >= N_WARM_UP)
        {
          g_array_append_val (miss_ms, ms);
          found_misses += found;
        }
    }
  g_print ("duplicates: %u claims in the demo; %u of %u reports like one of them found it, "
           "%u of %u reports drawn at random found one\n", ids->len, found_hits, hit_ms->len,
           found_misses, miss_ms->len);
  if (hit_ms->len > 0)
    bench_print_figure ("the duplicate check, a claim there", hit_ms, DUPLICATE_MAX_P99_MS);
  bench_print_figure ("the duplicate check, none there", miss_ms, DUPLICATE_MAX_P99_MS);
}

int
main (int    argc,
      char **argv)
{
  BenchCopy bench = { 0 };
  int status;

  if ((status = bench_copy_start (&bench, argc, argv, "bench-claims")) != 0)
    return status;
  g_print ("database %s: %" G_GINT64_FORMAT " customers, %" G_GINT64_FORMAT " policies, %"
           G_GINT64_FORMAT " claims\n", argv[1],
           bench_copy_query_int (&bench, "SELECT count(*) FROM customer"),
           bench_copy_query_int (&bench, "SELECT count(*) FROM policy"),
           bench_copy_query_int (&bench, "SELECT count(*) FROM claim"));
  bench_duplicates (&bench);
  bench_checks (&bench);
  bench_copy_close (&bench);
  return 0;
}
