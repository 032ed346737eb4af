/* bd-demo-requests.c — a year of policy-change requests in the demo branch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The requests are made as the counter makes them, through the core: each is judged by
 * the rules before it is received (one they refuse is not made), its documents ticked,
 * its steps taken with bd_requests_store_take_step(), so that the lifecycle, the four
 * eyes of a review and the deadlines hold, and a completed request really changed its
 * policy or customer (what it changed is kept, before → after). They are written day by
 * day through the past year, in the order they happened, with the clock standing at each
 * moment: the case numbers, history, deadlines and audit rows carry their own days, and
 * the audit log stays in time order. A step not yet due by today is not taken, so the
 * requests of the last days are still open, in every state of the lifecycle.
 *
 * Only the requests in flight are held in memory (a request lasts a few days), never the
 * year's: the days ahead hold only what is scheduled on them. The requests the policies
 * will have are drawn as the households are made, a year's worth before the first is
 * received: each waits as a Planned of twelve bytes (tens of thousands in the
 * 1,000,000-customer demo, held while the bulk's page cache is at its largest), and
 * becomes a Flow on its day.
 */
#define G_LOG_DOMAIN "bd-demo"

#include "config.h"

#include "bd-case-store.h"
#include "bd-clock.h"
#include "bd-demo-requests.h"
#include "bd-request-catalogue.h"
#include "bd-requests-store.h"

/* The year the requests are spread over, and how many policies get one (a few in a
 * hundred: tens of thousands in the 1,000,000-customer demo). */
#define DAYS_OF_REQUESTS 365
#define REQUEST_CHANCE 0.03
/* A share of them came in the last days, a busy end of the year: the open work of the
 * Queues, in every state of the lifecycle even in a small demo. */
#define RECENT_DAYS 10
#define RECENT_CHANCE 0.1
/* A surrender is asked for from the day after the cooling-off period (15 days from the
 * receipt; BD_COOLING_OFF_DAYS), when it is no longer a cooling-off cancellation. */
#define FIRST_DAY_AFTER_RECEIPT (BD_COOLING_OFF_DAYS + 1)
/* The writes of a day start at 09:00 at the branch, this many seconds apart. */
#define SECONDS_BETWEEN_WRITES 15

/* Where the customers move to (a contact change): the branch's city. */
static const char *const new_districts[] = { "玄武区", "秦淮区", "建邺区", "鼓楼区", "栖霞区",
                                             "雨花台区", "江宁区" };
static const char *const new_roads[] = { "中山路", "汉中路", "北京西路", "龙蟠中路", "应天大街",
                                         "江东中路", "草场门大街" };
static const char *const withdraw_reasons[] = { "客户改变主意，申请撤回", "客户未能补齐资料，申请撤回",
                                                "客户改为办理其他保全项目" };
static const char *const refuse_reasons[] = { "申请书签名与留存签名样本不符",
                                              "保单存在未清偿借款，暂不予退保" };

/* A request as it goes through the counter: its customer and policy, who took it, and
 * what will happen to it (drawn when it is received). */
typedef struct
{
  gint64      policy_id;
  gint64      applicant_id;
  const char *item;
  BdRequest  *request;     /* from its receipt on */
  gint64      clerk;
  gboolean    complete;    /* every document brought at once */
  gboolean    refused;     /* refused in review */
  guint       withdrawn_at;  /* withdrawn instead of this step (0: never) */
  guint       steps;       /* steps taken so far, the receipt first */
  const char *stop_at;     /* a state it stays in, to show one of each (or NULL) */
} Flow;

/* A request drawn for a policy, not yet received: the policy, its holder who will apply,
 * and which of the two items. The demo's ids fit in 32 bits (2.45 M policies at 1 M
 * customers); one that does not is not drawn. */
typedef struct
{
  guint32  policy_id;
  guint32  applicant_id;
  gboolean surrender;
} Planned;

struct _BdDemoRequests
{
  BdStore    *store;
  GRand      *rand;
  guint32     today;       /* julian day */
  guint32     first_day;
  GArray     *planned[DAYS_OF_REQUESTS];  /* Planned, received on first_day + i */
  GPtrArray  *days[DAYS_OF_REQUESTS];  /* Flow, scheduled on first_day + i */
  guint       shown;       /* requests of the last days held in a state on purpose */
  GArray     *workflows;   /* Workflow: other workflows' years, on the same days */
};

typedef struct
{
  const BdDemoWorkflow *funcs;
  gpointer              data;
} Workflow;

void
bd_demo_requests_add_workflow (BdDemoRequests       *self,
                               const BdDemoWorkflow *workflow,
                               gpointer              data)
{
  Workflow added = { workflow, data };

  g_array_append_val (self->workflows, added);
}

static int
draw (BdDemoRequests *self,
      int             low,
      int             high)
{
  return g_rand_int_range (self->rand, low, high + 1);
}

static gboolean
chance (BdDemoRequests *self,
        double          probability)
{
  return g_rand_double (self->rand) < probability;
}

#define PICK(self, array) ((array)[g_rand_int_range ((self)->rand, 0, G_N_ELEMENTS (array))])

static void
flow_free (Flow *flow)
{
  g_clear_object (&flow->request);
  g_free (flow);
}

BdDemoRequests *
bd_demo_requests_new (BdStore     *store,
                      guint32      seed,
                      const GDate *today)
{
  BdDemoRequests *self = g_new0 (BdDemoRequests, 1);

  self->store = g_object_ref (store);
  /* Apart from the branch's own generator: the branch is drawn as before. */
  self->rand = g_rand_new_with_seed (seed ^ 0x5a17u);
  self->today = g_date_get_julian (today);
  self->first_day = self->today - (DAYS_OF_REQUESTS - 1);
  self->workflows = g_array_new (FALSE, FALSE, sizeof (Workflow));
  return self;
}

void
bd_demo_requests_free (BdDemoRequests *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < DAYS_OF_REQUESTS; i++)
    {
      g_clear_pointer (&self->planned[i], g_array_unref);
      g_clear_pointer (&self->days[i], g_ptr_array_unref);
    }
  for (guint i = 0; i < self->workflows->len; i++)
    {
      Workflow *workflow = &g_array_index (self->workflows, Workflow, i);

      workflow->funcs->free (workflow->data);
    }
  g_array_unref (self->workflows);
  g_rand_free (self->rand);
  g_object_unref (self->store);
  g_free (self);
}

static void
schedule (BdDemoRequests *self,
          Flow           *flow,
          guint32         day)
{
  guint i = day - self->first_day;

  if (self->days[i] == NULL)
    self->days[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) flow_free);
  g_ptr_array_add (self->days[i], flow);
}

/* @planned is received on @day. */
static void
plan (BdDemoRequests *self,
      const Planned  *planned,
      guint32         day)
{
  guint i = day - self->first_day;

  if (self->planned[i] == NULL)
    self->planned[i] = g_array_new (FALSE, FALSE, sizeof (Planned));
  g_array_append_vals (self->planned[i], planned, 1);
}

void
bd_demo_requests_consider (BdDemoRequests *self,
                           BdPolicy       *policy)
{
  BdPolicyStatus status = bd_policy_get_status (policy);
  const char *receipt = bd_policy_get_receipt_date (policy);
  Planned planned = { 0, };
  guint32 first;
  GDate day;

  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->workflows->len; i++)
    {
      Workflow *workflow = &g_array_index (self->workflows, Workflow, i);

      workflow->funcs->consider (workflow->data, policy);
    }
  if (!chance (self, REQUEST_CHANCE) || (status != BD_POLICY_IN_FORCE && status != BD_POLICY_GRACE))
    return;
  g_date_clear (&day, 1);
  if (receipt == NULL || !bd_date_parse_iso (receipt, &day))
    return;
  first = MAX (self->first_day, g_date_get_julian (&day) + FIRST_DAY_AFTER_RECEIPT);
  if (first > self->today)
    return;

  if (chance (self, RECENT_CHANCE))
    first = MAX (first, self->today - (RECENT_DAYS - 1));
  planned.surrender = chance (self, 0.45);
  first += (guint32) draw (self, 0, (int) (self->today - first));
  if (bd_policy_get_id (policy) > G_MAXUINT32 || bd_policy_get_policyholder_id (policy) > G_MAXUINT32)
    return;
  planned.policy_id = (guint32) bd_policy_get_id (policy);
  planned.applicant_id = (guint32) bd_policy_get_policyholder_id (policy);
  plan (self, &planned, first);
}

/* The day's planned requests become its first flows, in the order they were drawn: they
 * were all drawn before the first day's work scheduled anything. */
static void
unpack_planned (BdDemoRequests *self,
                guint32         day)
{
  guint i = day - self->first_day;
  g_autoptr(GArray) planned = g_steal_pointer (&self->planned[i]);
  GPtrArray *later = g_steal_pointer (&self->days[i]);

  if (planned == NULL)
    {
      self->days[i] = later;
      return;
    }
  for (guint j = 0; j < planned->len; j++)
    {
      const Planned *one = &g_array_index (planned, Planned, j);
      Flow *flow = g_new0 (Flow, 1);

      flow->policy_id = one->policy_id;
      flow->applicant_id = one->applicant_id;
      flow->item = one->surrender ? "surrender" : "contact-change";
      schedule (self, flow, day);
    }
  if (later != NULL)
    g_ptr_array_extend_and_steal (self->days[i], later);
}

/* ── the counter's work, one step at a time ────────────────────────────────────── */

/* The application as the policyholder brings it in person: a valid resident ID, signed by
 * them, at the counter. */
static BdRequest *
compose_request (BdDemoRequests *self,
                 Flow           *flow,
                 guint32         day)
{
  BdRequest *request = bd_request_new (bd_request_item_find (flow->item), flow->applicant_id,
                                       flow->policy_id);
  char valid[BD_ISO_DATE_SIZE];
  GDate until;

  g_date_clear (&until, 1);
  g_date_set_julian (&until, day + (guint32) draw (self, 400, 3600));
  bd_request_set_applicant_id (request, flow->applicant_id);
  bd_request_set_signer_id (request, flow->applicant_id);
  bd_request_set_document (request, BD_DOCUMENT_RESIDENT_ID, bd_date_format_iso (&until, valid),
                           FALSE);
  bd_request_set_channel (request, BD_CHANNEL_COUNTER);
  if (g_str_equal (flow->item, "contact-change"))
    {
      g_autofree char *address = g_strdup_printf ("江苏省南京市%s%s%d号%d室",
                                                  PICK (self, new_districts),
                                                  PICK (self, new_roads), draw (self, 1, 399),
                                                  draw (self, 1, 30) * 100 + draw (self, 1, 4));
      char postcode[8];

      g_snprintf (postcode, sizeof postcode, "2100%02d", draw (self, 1, 99));
      bd_request_set_text (request, address);
      bd_request_set_postcode (request, postcode);
    }
  return request;
}

/* The open states a branch's desk should show even in a small demo, where chance alone
 * may leave one out: requests of the last days are held in them in turn (the receipt
 * day's keep "received" by themselves). */
#define SHOWCASE_DAYS 5

static void
hold_in_a_state (BdDemoRequests *self,
                 Flow           *flow,
                 guint32         day)
{
  static const char *const states[] = { "waiting", "accepted", "in-review", "approved" };
  const char *state;

  if (day + SHOWCASE_DAYS <= self->today)
    return;
  state = states[self->shown++ % G_N_ELEMENTS (states)];
  /* Review is the item's: one without it is held in the next state instead. */
  if (g_str_equal (state, "in-review")
      && !bd_case_get_needs_review (bd_request_get_case (flow->request)))
    state = states[self->shown++ % G_N_ELEMENTS (states)];
  flow->stop_at = state;
  flow->complete = !g_str_equal (state, "waiting");
  flow->refused = FALSE;
  flow->withdrawn_at = 0;
}

/* Received, if the rules allow it: what will happen to it is drawn now. */
static gboolean
receive (BdDemoRequests  *self,
         Flow            *flow,
         const gint64    *clerks,
         guint            n_clerks,
         guint32          day,
         gboolean        *made,
         GError         **error)
{
  g_autoptr(BdRequest) request = compose_request (self, flow, day);

  flow->clerk = clerks[draw (self, 0, (int) n_clerks - 1)];
  flow->complete = chance (self, 0.7);
  flow->refused = chance (self, 0.1);
  flow->withdrawn_at = chance (self, 0.05) ? (guint) draw (self, 1, 4) : 0;
  /* A policyholder who was still a minor that day, say: not made. */
  if (!bd_requests_store_add_if_allowed (self->store, request, flow->clerk, made, NULL, error))
    return FALSE;
  if (!*made)
    return TRUE;
  flow->request = g_steal_pointer (&request);
  hold_in_a_state (self, flow, day);
  return TRUE;
}

/* Ticks the missing documents, all but @keep of them. */
static gboolean
bring_documents (BdDemoRequests  *self,
                 Flow            *flow,
                 guint            keep,
                 GError         **error)
{
  BdCase *kase = bd_request_get_case (flow->request);
  g_autoptr(GPtrArray) missing = bd_checklist_list_missing (bd_case_get_checklist (kase));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  /* The list is the checklist's own: the names are taken before it changes. */
  for (guint i = 0; i + keep < missing->len; i++)
    g_ptr_array_add (names, (gpointer) bd_checklist_item_get_kind (missing->pdata[i])->name);
  for (guint i = 0; i < names->len; i++)
    if (!bd_case_store_set_document (self->store, kase, names->pdata[i], BD_DOCUMENT_RECEIVED,
                                     flow->clerk, error))
      return FALSE;
  return TRUE;
}

static gboolean
take (BdDemoRequests  *self,
      Flow            *flow,
      const char      *to,
      gint64           staff_id,
      const char      *reason,
      GError         **error)
{
  return bd_requests_store_take_step (self->store, flow->request, to, staff_id, reason, error);
}

/* The next step from the request's state, and in how many days the one after it comes
 * (-1: none, the request is closed). */
static gboolean
take_next_step (BdDemoRequests  *self,
                Flow            *flow,
                gint64           supervisor,
                int             *next_in,
                GError         **error)
{
  BdCase *kase = bd_request_get_case (flow->request);
  const char *state = bd_case_get_state (kase);

  *next_in = -1;
  if (flow->withdrawn_at == flow->steps)
    return take (self, flow, "withdrawn", flow->clerk, PICK (self, withdraw_reasons), error);
  if (g_str_equal (state, "draft") && flow->complete)
    {
      *next_in = draw (self, 0, 2);
      return bring_documents (self, flow, 0, error)
             && take (self, flow, "accepted", flow->clerk, NULL, error);
    }
  if (g_str_equal (state, "draft"))
    {
      /* The one notice lists what is missing; it comes within the week. */
      *next_in = draw (self, 1, 6);
      return bring_documents (self, flow, 1, error)
             && take (self, flow, "waiting", flow->clerk, NULL, error);
    }
  if (g_str_equal (state, "waiting"))
    {
      *next_in = draw (self, 0, 2);
      return bring_documents (self, flow, 0, error)
             && take (self, flow, "accepted", flow->clerk, NULL, error);
    }
  if (g_str_equal (state, "accepted"))
    {
      *next_in = draw (self, 0, 3);
      return take (self, flow, bd_case_get_needs_review (kase) ? "in-review" : "approved",
                   flow->clerk, NULL, error);
    }
  if (g_str_equal (state, "in-review") && flow->refused)
    return take (self, flow, "refused", supervisor, PICK (self, refuse_reasons), error);
  if (g_str_equal (state, "in-review"))
    {
      *next_in = draw (self, 0, 3);
      return take (self, flow, "approved", supervisor, NULL, error);
    }
  /* Approved: carried out by who accepted it. */
  return take (self, flow, "completed", flow->clerk, NULL, error);
}

/* The clock at the @n-th write of @day: 09:00 at the branch, a few seconds apart. */
static GDateTime *
moment (BdDemoRequests *self,
        GTimeZone      *zone,
        guint32         day,
        guint           n)
{
  g_autoptr(GDateTime) morning = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  morning = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                             g_date_get_day (&date), 9, 0, 0);
  return g_date_time_add_seconds (morning, (double) n * SECONDS_BETWEEN_WRITES);
}

/* One request's work of @day; it is scheduled again on the day of its next step, unless
 * that is after today or it closed. */
static gboolean
work_on (BdDemoRequests  *self,
         Flow            *flow,
         guint32          day,
         const gint64    *clerks,
         guint            n_clerks,
         gint64           supervisor,
         GError         **error)
{
  int next_in = -1;

  if (flow->request == NULL)
    {
      gboolean made = FALSE;

      if (!receive (self, flow, clerks, n_clerks, day, &made, error))
        return FALSE;
      if (made)
        next_in = draw (self, 0, 1);
    }
  else if (!take_next_step (self, flow, supervisor, &next_in, error))
    return FALSE;
  if (flow->stop_at != NULL
      && g_strcmp0 (bd_case_get_state (bd_request_get_case (flow->request)), flow->stop_at) == 0)
    next_in = -1;
  flow->steps++;
  if (next_in >= 0 && day + (guint32) next_in <= self->today)
    schedule (self, g_memdup2 (flow, sizeof *flow), day + (guint32) next_in);
  else
    g_clear_object (&flow->request);
  /* The copy scheduled owns the request now; this one is freed with its day. */
  flow->request = NULL;
  return TRUE;
}

static gboolean
work_on_day (BdDemoRequests  *self,
             guint32          day,
             GTimeZone       *zone,
             const gint64    *clerks,
             guint            n_clerks,
             gint64           supervisor,
             GDateTime      **last_written,
             GError         **error)
{
  GPtrArray *flows;

  unpack_planned (self, day);
  flows = self->days[day - self->first_day];
  /* Steps due the same day join the end of the day's list. */
  for (guint i = 0; flows != NULL && i < flows->len; i++)
    {
      g_autoptr(GDateTime) now = moment (self, zone, day, i);

      bd_clock_set_fixed (now);
      if (!work_on (self, g_ptr_array_index (flows, i), day, clerks, n_clerks, supervisor, error))
        return FALSE;
      g_clear_pointer (last_written, g_date_time_unref);
      *last_written = g_date_time_ref (now);
    }
  g_clear_pointer (&self->days[day - self->first_day], g_ptr_array_unref);
  for (guint i = 0; i < self->workflows->len; i++)
    {
      Workflow *workflow = &g_array_index (self->workflows, Workflow, i);

      if (!workflow->funcs->work_on_day (workflow->data, day, clerks, n_clerks, supervisor,
                                         last_written, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
bd_demo_requests_write (BdDemoRequests  *self,
                        const gint64    *clerks,
                        guint            n_clerks,
                        gint64           supervisor,
                        GDateTime      **last_written,
                        GError         **error)
{
  g_autoptr(GTimeZone) zone = NULL;
  BdClockHold *hold;
  gboolean ok = TRUE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (n_clerks > 0, FALSE);
  g_return_val_if_fail (last_written != NULL && *last_written == NULL, FALSE);

  zone = bd_store_get_time_zone (self->store);
  hold = bd_clock_hold ();
  for (guint32 day = self->first_day; ok && day <= self->today; day++)
    ok = work_on_day (self, day, zone, clerks, n_clerks, supervisor, last_written, error);
  bd_clock_give_back (hold);
  return ok;
}
