/* bench-requests.c — the policy-change requests on the demo: the verdict, carrying out,
 * the Queues' cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-requests DATABASE
 *
 * On a copy of DATABASE (a demo branch with its year of requests; the copy is made with
 * VACUUM INTO in a temporary folder and removed after, so the benchmark changes nothing
 * the others read), with its key from BRANCHDESK_KEY_FILE:
 *
 * - the verdict after a change in the form, on the context the form keeps
 *   (bd_requests_store_refresh_context: the target figure), and
 * - the verdict on a policy newly chosen: a request on a policy drawn at random (a
 *   fixed seed), its context read from the store and the rules asked
 *   (bd_requests_store_judge), and apart the rules alone on a context read once
 *   (bd_request_judge);
 * - carrying a request out: the step "completed" of every approved request (those in
 *   review are approved first by the supervisor, untimed), each its own transaction as
 *   at the counter (bd_requests_store_take_step);
 * - the Queues' cases: the first page and the bounded count of the running deadlines due
 *   within 30 days, the whole branch's and each clerk's (bd_case_store_list_due and
 *   _count_due, what the Queues read before their first paint), beside the number of
 *   closed cases they do not read.
 *
 * The copy is read once first, as bench-desk.sh reads the database (a desk that has been
 * open a while has its file in memory); BENCH_COLD=1 leaves it as it is.
 *
 * The clock stands at BENCH_TODAY (YYYY-MM-DD, 10:00 at the branch; by default 2026-11-23,
 * the day after the one `make bench` makes its demo as of), as bench-desk.sh puts the
 * window. Prints medians and p99 (nearest rank) against the targets; timings never fail it.
 */
#define G_LOG_DOMAIN "bench-requests"

#include "config.h"

#include <stdlib.h>

#include "bd-case-store.h"
#include "bd-request-rules.h"
#include "bd-requests-store.h"
#include "bd-staff-store.h"
#include "bd-store.h"

#include "bench-copy.h"
#include "bench-timing.h"

#define N_WARM_UP 50
#define N_VERDICTS 2000
#define N_QUEUE_READS 200
#define QUEUE_PAGE 100
#define QUEUE_COUNT_BOUND 1001
#define QUEUE_WINDOW_DAYS 30

/* The targets of the issue "Policy-change requests". */
#define VERDICT_MAX_P99_MS 2.0
#define CARRY_OUT_MAX_P99_MS 20.0

typedef BenchCopy Bench;

/* ── the verdict ───────────────────────────────────────────────────────────────── */

/* A request the counter could be filling in on @policy_id: one of four items, by its
 * policyholder, as the form has it after a change. */
static BdRequest *
compose_request (Bench  *bench,
                 gint64  policy_id,
                 gint64  policyholder_id)
{
  static const char *const items[] = { "surrender", "contact-change", "payment-method",
                                        "sum-reduction" };
  const char *item = items[g_rand_int_range (bench->rand, 0, G_N_ELEMENTS (items))];
  BdRequest *request = bd_request_new (bd_request_item_find (item), policyholder_id, policy_id);

  bd_request_set_applicant_id (request, policyholder_id);
  bd_request_set_signer_id (request, policyholder_id);
  bd_request_set_document (request, BD_DOCUMENT_RESIDENT_ID, "2035-06-30", FALSE);
  bd_request_set_channel (request, BD_CHANNEL_COUNTER);
  bd_request_set_text (request, "江苏省南京市鼓楼区中山北路101号1202室");
  bd_request_set_postcode (request, "210009");
  bd_request_set_choice (request, "bank-transfer");
  return request;
}

static void
bench_verdicts (Bench *bench)
{
  g_autoptr(GArray) whole_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rules_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) kept_ms = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 max_id = bench_copy_query_int (bench, "SELECT max (id) FROM policy");
  guint allowed = 0;

  for (guint i = 0; i < N_WARM_UP + N_VERDICTS; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM policy WHERE id >= %" G_GINT64_FORMAT
                                              " ORDER BY id LIMIT 1",
                                              (gint64) g_rand_int_range (bench->rand, 1, (gint32) max_id + 1));
      gint64 policy_id = bench_copy_query_int (bench, sql);
      g_autofree char *holder_sql = g_strdup_printf ("SELECT policyholder_id FROM policy WHERE "
                                                     "id = %" G_GINT64_FORMAT, policy_id);
      g_autoptr(BdRequest) request = compose_request (bench, policy_id,
                                                      bench_copy_query_int (bench, holder_sql));
      BdRequestContext context;
      BdRequestContext kept = { NULL };
      double start, whole, rules, after_change;
      gboolean ok;

      start = bench_now_ms ();
      ok = bd_requests_store_judge (bench->store, request, NULL);
      whole = bench_now_ms () - start;
      if (!bd_requests_store_get_context (bench->store, request, &context, NULL))
        continue;
      start = bench_now_ms ();
      bd_request_judge (request, &context, NULL);
      rules = bench_now_ms () - start;
      bd_request_context_clear (&context);
      /* The form: the first verdict read the context; a keystroke in a detail reads only
       * what it touched (nothing here) and asks the rules again. */
      bd_requests_store_refresh_context (bench->store, request, &kept, NULL);
      bd_request_set_text (request, "江苏省南京市鼓楼区中山北路101号1203室");
      start = bench_now_ms ();
      bd_requests_store_refresh_context (bench->store, request, &kept, NULL);
      bd_request_judge (request, &kept, NULL);
      after_change = bench_now_ms () - start;
      bd_request_context_clear (&kept);
      if (i < N_WARM_UP)
        continue;
      allowed += ok;
      g_array_append_val (whole_ms, whole);
      g_array_append_val (rules_ms, rules);
      g_array_append_val (kept_ms, after_change);
    }
  g_print ("verdicts: %u requests on policies drawn at random, %u allowed\n", whole_ms->len,
           allowed);
  bench_print_figure ("verdict after a change in the form (the context kept, bd_requests_desk_judge_kept)",
                kept_ms, VERDICT_MAX_P99_MS);
  bench_print_figure ("verdict on a policy newly chosen (context read from the store, then the rules)",
                whole_ms, 0);
  bench_print_figure ("verdict (the rules alone, on a context read once)", rules_ms, 0);
}

/* ── carrying out ──────────────────────────────────────────────────────────────── */

static gint64
staff_id_of (Bench      *bench,
             const char *login)
{
  g_autoptr(BdStaff) staff = bd_store_find_staff (bench->store, login, NULL);

  return staff != NULL ? bd_staff_get_id (staff) : 0;
}

static void
bench_carry_out (Bench *bench)
{
  g_autoptr(GArray) ids = bench_copy_query_ids (bench, "SELECT id FROM case_file WHERE area = 'request' "
                                            "AND state IN ('in-review', 'approved') ORDER BY id");
  g_autoptr(GArray) carry_ms = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 supervisor = staff_id_of (bench, "zhoujun");
  guint failed = 0;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BdRequest) request = bd_requests_store_get (bench->store,
                                                            g_array_index (ids, gint64, i), NULL);
      BdCase *kase = request != NULL ? bd_request_get_case (request) : NULL;
      double start;

      if (kase != NULL && g_str_equal (bd_case_get_state (kase), "in-review"))
        bd_requests_store_take_step (bench->store, request, "approved", supervisor, NULL, NULL);
      if (kase == NULL || !g_str_equal (bd_case_get_state (kase), "approved"))
        {
          failed++;
          continue;
        }
      start = bench_now_ms ();
      if (!bd_requests_store_take_step (bench->store, request, "completed",
                                        bd_case_get_accepted_by (kase), NULL, NULL))
        {
          failed++;
          continue;
        }
      g_array_append_val (carry_ms, (double) { bench_now_ms () - start });
    }
  g_print ("carrying out: %u approved requests (%u could not be)\n", carry_ms->len, failed);
  if (carry_ms->len > 0)
    bench_print_figure ("carrying out (step \"completed\", its own transaction)", carry_ms,
                  CARRY_OUT_MAX_P99_MS);
}

/* ── the Queues' cases ─────────────────────────────────────────────────────────── */

/* The first page and the count, as the Queues read them before their first paint. */
static void
bench_queue_of (Bench      *bench,
                const char *whose,
                gint64      staff_id)
{
  g_autoptr(GArray) read_ms = g_array_new (FALSE, FALSE, sizeof (double));
  guint rows = 0, counted = 0;
  g_autofree char *what = NULL;
  GDate until;

  bd_store_get_today (bench->store, &until);
  g_date_add_days (&until, QUEUE_WINDOW_DAYS);
  for (guint i = 0; i < N_WARM_UP + N_QUEUE_READS; i++)
    {
      g_autoptr(GListModel) page = NULL;
      double start = bench_now_ms ();

      bd_case_store_count_due (bench->store, &until, staff_id, QUEUE_COUNT_BOUND, &counted,
                               NULL);
      page = bd_case_store_list_due (bench->store, &until, staff_id, 0, QUEUE_PAGE, NULL);
      if (i >= N_WARM_UP)
        g_array_append_val (read_ms, (double) { bench_now_ms () - start });
      rows = page != NULL ? g_list_model_get_n_items (page) : 0;
    }
  what = g_strdup_printf ("Queues' requests due, %s: count (%u) and first page (%u rows)", whose,
                          counted, rows);
  bench_print_figure (what, read_ms, 0);
}

static void
bench_queues (Bench *bench)
{
  g_print ("cases: %" G_GINT64_FORMAT " open, %" G_GINT64_FORMAT " closed; running deadlines: %"
           G_GINT64_FORMAT "\n",
           bench_copy_query_int (bench, "SELECT count(*) FROM case_file WHERE closed_at IS NULL"),
           bench_copy_query_int (bench, "SELECT count(*) FROM case_file WHERE closed_at IS NOT NULL"),
           bench_copy_query_int (bench, "SELECT count(*) FROM case_deadline WHERE met_on IS NULL "
                             "AND paused_since IS NULL"));
  bench_queue_of (bench, "the whole branch", 0);
  bench_queue_of (bench, "wangfang's", staff_id_of (bench, "wangfang"));
}

int
main (int    argc,
      char **argv)
{
  Bench bench = { 0 };
  int status;

  if ((status = bench_copy_start (&bench, argc, argv, "bench-requests")) != 0)
    return status;
  g_print ("database %s: %" G_GINT64_FORMAT " customers, %" G_GINT64_FORMAT " policies, %"
           G_GINT64_FORMAT " requests\n", argv[1],
           bench_copy_query_int (&bench, "SELECT count(*) FROM customer"),
           bench_copy_query_int (&bench, "SELECT count(*) FROM policy"),
           bench_copy_query_int (&bench, "SELECT count(*) FROM request"));
  /* The Queues first, on the demo as it was made; carrying out closes cases. */
  bench_queues (&bench);
  bench_verdicts (&bench);
  bench_carry_out (&bench);
  bench_copy_close (&bench);
  return 0;
}
