/* bd-demo-complaints.c — a year of complaints and consultations in the demo branch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As the requests are (bd-demo-requests.c): made through the core as the counter makes
 * them, day by day through the past year with the clock standing at each moment — on
 * each day after that day's requests, so that the audit log stays in time order. A
 * complaint is logged by its first responder, sometimes handed over and accepted, given
 * feedback within 2 working days, decided within 15 days (a few extended, a few late),
 * sometimes reviewed, visited and closed by the first responder (003; 2020 measures arts.
 * 18–20); a consultation is answered within 2 days. The steps not due by today are not
 * taken, so those of the last weeks are open in each state, a few left undecided past
 * their day (overdue in the Queues), and one major complaint (art. 29) is open.
 *
 * Volumes as a branch has them: about one complaint and two consultations a working day
 * for a million customers, a few a week in a small demo; a handful of rows each. Only the
 * complaints in flight are held in memory.
 */
#define G_LOG_DOMAIN "bd-demo"

#include "config.h"

#include <math.h>

#include "bd-clock.h"
#include "bd-complaints-store.h"
#include "bd-demo-complaints.h"

#define DAYS_OF_COMPLAINTS 366
/* A day's complaints and consultations for a million customers, and at least (a small
 * demo shows every state). */
#define COMPLAINTS_PER_MILLION 1.2
#define CONSULTATIONS_PER_MILLION 2.0
#define MIN_COMPLAINTS_A_DAY 0.25
#define MIN_CONSULTATIONS_A_DAY 0.2
/* The last weeks, whose complaints are still open; a share of them left undecided. */
#define OPEN_DAYS 45
#define STALL_CHANCE 0.2
/* The first complaints of the last days are held one in each open state: logged and being
 * handed over; of the weeks before, one visited (not yet closed). Undecided ones come of
 * STALL_CHANCE. */
#define SHOWN_DAYS 12
#define SHOWN_VISITED_DAYS 40
/* The major complaint comes this many days before today. */
#define MAJOR_DAYS_AGO 6
/* The complaints' writes of a day start at 14:00 at the branch (or after the day's
 * requests), this many seconds apart. */
#define SECONDS_BETWEEN_WRITES 15

typedef enum
{
  ACT_LOG,
  ACT_HAND_OVER,
  ACT_ACCEPT,
  ACT_FEEDBACK,
  ACT_EXTEND,
  ACT_DECIDE,
  ACT_REVIEW,
  ACT_REVIEW_DECIDE,
  ACT_VISIT,
  ACT_CLOSE,
  ACT_WITHDRAW,
  ACT_ANSWER,
  ACT_NONE,
} Act;

static const Act shown_stalls[] = { ACT_FEEDBACK, ACT_ACCEPT, ACT_CLOSE };

typedef struct
{
  Act          act;
  BdComplaint *complaint;      /* from its logging on */
  gboolean     consultation;
  guint        people;
  gint64       clerk;          /* the first responder */
  gint64       receiver;       /* handed to (0: kept) */
  gboolean     extended;
  gboolean     late;
  gboolean     reviewed;
  gboolean     withdrawn;
  Act          stall_at;       /* left open before this step (ACT_NONE: never) */
} Flow;

typedef struct
{
  BdStore   *store;
  GRand     *rand;
  gint64    *clerks;
  guint      n_clerks;
  guint      n_customers;
  guint32    first_day;
  guint32    today;          /* julian day, the year's last */
  GTimeZone *zone;
  guint      shown;          /* the states of shown_stalls held so far, a bit each */
  GPtrArray *days[DAYS_OF_COMPLAINTS];   /* Flow, scheduled on first_day + i */
} DemoComplaints;

/* Data of a branch, not text of the program. */
static const struct
{
  BdComplaintCategory  category;
  guint                weight;
  const char          *description;
  const char          *asks_for;
} complaint_kinds[] = {
  { BD_COMPLAINT_SALES_MISLEADING, 25, "投保时业务员称产品保本高收益，实际收益远低于演示", "全额退保" },
  { BD_COMPLAINT_CLAIM_DISPUTE, 20, "住院理赔被部分拒付，对免责条款解释有异议", "按合同足额赔付" },
  { BD_COMPLAINT_SERVICE_ATTITUDE, 12, "柜面人员态度生硬，未耐心解释办理要求", "赔礼道歉" },
  { BD_COMPLAINT_TIME_TAKEN, 10, "保全变更超过承诺时限仍未办结", "尽快办结并说明原因" },
  { BD_COMPLAINT_PREMIUM_COLLECTION, 8, "续期保费重复扣款", "退还多扣保费" },
  { BD_COMPLAINT_AGENT_MISCONDUCT, 5, "业务员代收保费后未及时交回公司", "核实并退还保费" },
  { BD_COMPLAINT_CONTRACT_TERMS, 10, "对现金价值计算方式不理解", "书面解释" },
  { BD_COMPLAINT_PRIVACY, 3, "频繁接到推销电话，怀疑个人信息泄露", "停止骚扰并说明信息来源" },
  { BD_COMPLAINT_OTHER, 7, "营业厅停车不便、等候时间过长", "改善服务设施" },
};

static const struct
{
  BdComplaintChannel channel;
  guint              weight;
} channel_weights[] = {
  { BD_COMPLAINT_VISIT, 35 }, { BD_COMPLAINT_PHONE, 30 }, { BD_COMPLAINT_LETTER, 5 },
  { BD_COMPLAINT_ONLINE, 15 }, { BD_COMPLAINT_REGULATOR, 10 }, { BD_COMPLAINT_ASSOCIATION, 3 },
  { BD_COMPLAINT_MEDIA, 2 },
};

static const char *const consultations[] = { "咨询保单借款利率及还款方式", "咨询满期金领取手续",
                                             "咨询受益人变更所需材料", "咨询保单现金价值" };
static const char *const feedbacks[] = { "已致电客户，说明受理情况及处理时限",
                                         "已当面向客户说明处理流程", "已短信告知受理编号及处理时限" };
static const char *const answers[] = { "已当场解答", "已电话解答并寄送说明材料" };

static int
draw (DemoComplaints *self,
      int             low,
      int             high)
{
  return g_rand_int_range (self->rand, low, high + 1);
}

static gboolean
chance (DemoComplaints *self,
        double          probability)
{
  return g_rand_double (self->rand) < probability;
}

#define PICK(self, array) ((array)[g_rand_int_range ((self)->rand, 0, G_N_ELEMENTS (array))])

/* How many come on a day: Poisson with mean @mean (Knuth's method; the means are small). */
static guint
draw_count (DemoComplaints *self,
            double          mean)
{
  double limit = exp (-mean), product = g_rand_double (self->rand);
  guint n = 0;

  while (product > limit)
    {
      n++;
      product *= g_rand_double (self->rand);
    }
  return n;
}

static void
flow_free (Flow *flow)
{
  g_clear_object (&flow->complaint);
  g_free (flow);
}

static void
demo_complaints_free (gpointer data)
{
  DemoComplaints *self = data;

  for (guint i = 0; i < DAYS_OF_COMPLAINTS; i++)
    g_clear_pointer (&self->days[i], g_ptr_array_unref);
  g_rand_free (self->rand);
  g_time_zone_unref (self->zone);
  g_object_unref (self->store);
  g_free (self->clerks);
  g_free (self);
}

/* @flow's next step on @day (dropped when it is after today: the complaint stays open). */
static void
schedule (DemoComplaints *self,
          Flow           *flow,
          guint32         day,
          guint32         today)
{
  guint i = day - self->first_day;

  if (day > today || i >= DAYS_OF_COMPLAINTS || flow->act == flow->stall_at)
    {
      flow_free (flow);
      return;
    }
  if (self->days[i] == NULL)
    self->days[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) flow_free);
  g_ptr_array_add (self->days[i], flow);
}

/* ── what comes in ─────────────────────────────────────────────────────────────── */

static gint64
other_clerk (DemoComplaints *self,
             gint64          not)
{
  gint64 clerk;

  if (self->n_clerks < 2)
    return 0;
  while ((clerk = self->clerks[draw (self, 0, (int) self->n_clerks - 1)]) == not)
    ;
  return clerk;
}

static Flow *
new_flow (DemoComplaints *self,
          gboolean        consultation,
          guint32         day,
          guint32         today)
{
  Flow *flow = g_new0 (Flow, 1);

  flow->consultation = consultation;
  flow->people = 1;
  flow->clerk = self->clerks[draw (self, 0, (int) self->n_clerks - 1)];
  flow->stall_at = ACT_NONE;
  if (consultation)
    return flow;
  flow->withdrawn = chance (self, 0.05);
  if (chance (self, 0.2))
    flow->receiver = other_clerk (self, flow->clerk);
  flow->extended = chance (self, 0.08);
  flow->late = !flow->extended && chance (self, 0.04);
  flow->reviewed = chance (self, 0.08);
  /* Of the last weeks, some left undecided: past 15 days, overdue in the Queues. */
  if (today - day < OPEN_DAYS && chance (self, STALL_CHANCE))
    flow->stall_at = flow->receiver != 0 && chance (self, 0.3) ? ACT_ACCEPT : ACT_DECIDE;
  for (guint i = 0; i < G_N_ELEMENTS (shown_stalls); i++)
    if (!(self->shown & (1u << i))
        && (shown_stalls[i] == ACT_CLOSE
            ? today - day < SHOWN_VISITED_DAYS && today - day >= SHOWN_DAYS + 8
            : today - day < SHOWN_DAYS))
      {
        self->shown |= 1u << i;
        flow->stall_at = shown_stalls[i];
        flow->extended = flow->late = flow->withdrawn = flow->reviewed = FALSE;
        if (flow->stall_at == ACT_ACCEPT && flow->receiver == 0)
          flow->receiver = other_clerk (self, flow->clerk);
        break;
      }
  return flow;
}

static BdComplaint *
compose (DemoComplaints *self,
         Flow           *flow)
{
  gint64 customer = draw (self, 1, (int) self->n_customers);
  BdComplaint *complaint = bd_complaint_new (flow->consultation, customer, 0);
  guint total = 0, pick;
  guint kind = 0, channel = 0;

  for (guint i = 0; i < G_N_ELEMENTS (complaint_kinds); i++)
    total += complaint_kinds[i].weight;
  for (pick = (guint) draw (self, 0, (int) total - 1); pick >= complaint_kinds[kind].weight; kind++)
    pick -= complaint_kinds[kind].weight;
  total = 0;
  for (guint i = 0; i < G_N_ELEMENTS (channel_weights); i++)
    total += channel_weights[i].weight;
  for (pick = (guint) draw (self, 0, (int) total - 1); pick >= channel_weights[channel].weight; channel++)
    pick -= channel_weights[channel].weight;

  if (chance (self, 0.9))
    {
      bd_complaint_set_complainant (complaint, customer, NULL);
      bd_complaint_set_relation (complaint, "本人");
    }
  else
    {
      bd_complaint_set_complainant (complaint, 0, "客户家属");
      bd_complaint_set_relation (complaint, "子女");
    }
  bd_complaint_set_channel (complaint, channel_weights[channel].channel);
  bd_complaint_set_category (complaint, flow->consultation ? BD_COMPLAINT_OTHER
                                                           : complaint_kinds[kind].category);
  bd_complaint_set_description (complaint, flow->consultation ? PICK (self, consultations)
                                                              : complaint_kinds[kind].description);
  if (!flow->consultation)
    bd_complaint_set_asks_for (complaint, complaint_kinds[kind].asks_for);
  /* The staff member a manner is complained of: never its handler (recusal). */
  if (complaint_kinds[kind].category == BD_COMPLAINT_SERVICE_ATTITUDE && !flow->consultation)
    bd_complaint_set_staff_concerned (complaint, other_clerk (self, flow->clerk));
  if (bd_complaint_get_staff_concerned (complaint) == flow->receiver)
    flow->receiver = 0;
  bd_complaint_set_people (complaint, flow->people);
  bd_complaint_set_urgent (complaint, flow->people > 1 || chance (self, 0.05));
  return complaint;
}

/* ── the counter's work, one step at a time ────────────────────────────────────── */

static gint64
owner (Flow *flow)
{
  return bd_complaint_get_owner_id (flow->complaint);
}

static gboolean
take (DemoComplaints *self,
      Flow           *flow,
      const char     *to,
      gint64          staff,
      const char     *reason,
      GError        **error)
{
  return bd_complaints_store_take_step (self->store, flow->complaint, to, staff, reason, error);
}

static gboolean
decide (DemoComplaints *self,
        Flow           *flow,
        GError        **error)
{
  bd_complaint_set_decision (flow->complaint, "经调阅投保资料、录音录像并询问相关人员，核实客户反映情况",
                             "《保险法》及保险合同相关条款",
                             chance (self, 0.5) ? "向客户说明并致歉，按合同约定处理"
                                                : "客户诉求部分成立，予以相应补救");
  if (chance (self, 0.7))
    bd_complaint_set_remedy (flow->complaint, "相关人员对规定理解不到位",
                             "开展专项培训并纳入月度考核");
  return take (self, flow, "decided", owner (flow), NULL, error);
}

/* Does @flow's step and says in how many days the next one comes (-1: none). */
static gboolean
act (DemoComplaints *self,
     Flow           *flow,
     int            *next_in,
     GError        **error)
{
  *next_in = -1;
  switch (flow->act)
    {
    case ACT_LOG:
      flow->complaint = compose (self, flow);
      if (!bd_complaints_store_add (self->store, flow->complaint, flow->clerk, error))
        return FALSE;
      flow->act = flow->consultation ? ACT_ANSWER : flow->withdrawn ? ACT_WITHDRAW
                  : flow->receiver != 0 ? ACT_HAND_OVER : ACT_FEEDBACK;
      *next_in = flow->act == ACT_HAND_OVER ? 0 : draw (self, 0, 2);
      return TRUE;
    case ACT_ANSWER:
      return take (self, flow, "closed", flow->clerk, PICK (self, answers), error);
    case ACT_WITHDRAW:
      return take (self, flow, "withdrawn", owner (flow), "客户表示问题已自行解决，撤回投诉", error);
    case ACT_HAND_OVER:
      flow->act = ACT_ACCEPT;
      *next_in = draw (self, 0, 1);
      return bd_complaints_store_hand_over (self->store, flow->complaint, flow->receiver,
                                            flow->clerk, error);
    case ACT_ACCEPT:
      flow->act = ACT_FEEDBACK;
      *next_in = draw (self, 0, 1);
      return bd_complaints_store_accept (self->store, flow->complaint, flow->receiver, error);
    case ACT_FEEDBACK:
      flow->act = flow->extended ? ACT_EXTEND : ACT_DECIDE;
      *next_in = flow->extended ? draw (self, 5, 10) : flow->late ? draw (self, 14, 20)
                                                                  : draw (self, 3, 11);
      return take (self, flow, "answered", owner (flow), PICK (self, feedbacks), error);
    case ACT_EXTEND:
      flow->act = ACT_DECIDE;
      *next_in = draw (self, 8, 14);
      return bd_complaints_store_extend (self->store, flow->complaint, 15, "需调取外部资料核实",
                                         owner (flow), error);
    case ACT_DECIDE:
      flow->act = flow->reviewed ? ACT_REVIEW : ACT_VISIT;
      *next_in = flow->reviewed ? draw (self, 3, 20) : draw (self, 2, 7);
      if (!decide (self, flow, error))
        return FALSE;
      return !bd_complaint_needs_compliance (flow->complaint)
             || bd_complaints_store_report_misconduct (self->store, flow->complaint, owner (flow),
                                                       error);
    case ACT_REVIEW:
      flow->act = ACT_REVIEW_DECIDE;
      *next_in = draw (self, 5, 20);
      return take (self, flow, "in-review", owner (flow), "客户对处理结果不服，申请核查", error);
    case ACT_REVIEW_DECIDE:
      flow->act = ACT_VISIT;
      *next_in = draw (self, 2, 5);
      return decide (self, flow, error);
    case ACT_VISIT:
      flow->act = ACT_CLOSE;
      *next_in = draw (self, 0, 2);
      bd_complaint_set_visit (flow->complaint, chance (self, 0.8), "回访客户，听取意见");
      return take (self, flow, "visited", owner (flow), NULL, error);
    case ACT_CLOSE:
      /* The first responder confirms the outcome (003). */
      return take (self, flow, "closed", flow->clerk, NULL, error);
    case ACT_NONE:
    default:
      return TRUE;
    }
}

/* The clock for the next write of @day: 14:00 at the branch, or after what was written
 * last that day. */
static GDateTime *
next_moment (GTimeZone  *zone,
             guint32     day,
             GDateTime  *last_written)
{
  g_autoptr(GDateTime) afternoon = NULL;
  g_autoptr(GDateTime) after = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  afternoon = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                               g_date_get_day (&date), 14, 0, 0);
  if (last_written == NULL)
    return g_steal_pointer (&afternoon);
  after = g_date_time_add_seconds (last_written, SECONDS_BETWEEN_WRITES);
  return g_date_time_compare (after, afternoon) > 0 ? g_steal_pointer (&after)
                                                    : g_steal_pointer (&afternoon);
}

static gboolean
work_on (DemoComplaints *self,
         Flow           *flow,
         guint32         day,
         guint32         today,
         GError        **error)
{
  int next_in;

  if (!act (self, flow, &next_in, error))
    return FALSE;
  if (next_in >= 0)
    schedule (self, g_memdup2 (flow, sizeof *flow), day + (guint32) next_in, today);
  else
    g_clear_object (&flow->complaint);
  /* The copy scheduled owns the complaint now; this one is freed with its day. */
  flow->complaint = NULL;
  return TRUE;
}

/* The day's new complaints and consultations join its list. */
static void
receive (DemoComplaints *self,
         guint32         day,
         guint32         today)
{
  double scale = self->n_customers / 1e6;
  guint complaints = draw_count (self, MAX (MIN_COMPLAINTS_A_DAY, scale * COMPLAINTS_PER_MILLION));
  guint asked = draw_count (self, MAX (MIN_CONSULTATIONS_A_DAY, scale * CONSULTATIONS_PER_MILLION));

  for (guint i = 0; i < complaints + asked; i++)
    schedule (self, new_flow (self, i >= complaints, day, today), day, today);
  if (day == today - MAJOR_DAYS_AGO)
    {
      Flow *major = new_flow (self, FALSE, day, today);

      /* Twenty-odd policyholders of one product together (art. 29): still open. */
      major->people = (guint) draw (self, BD_COMPLAINT_MAJOR_PEOPLE, 40);
      major->withdrawn = FALSE;
      major->stall_at = ACT_DECIDE;
      schedule (self, major, day, today);
    }
}

/* A complaint is not drawn from the policies: any customer may complain. */
static void
consider (gpointer  data,
          BdPolicy *policy)
{
}

static gboolean
work_on_day (gpointer      user_data,
             guint32       day,
             const gint64 *clerks,
             guint         n_clerks,
             gint64        supervisor,
             GDateTime   **last_written,
             GError      **error)
{
  DemoComplaints *self = user_data;
  guint32 today = self->today;
  GTimeZone *zone = self->zone;
  GPtrArray *flows;

  if (self->first_day == 0)
    {
      BdStoreCounts counts;

      if (!bd_store_get_counts (self->store, &counts, error))
        return FALSE;
      self->n_customers = MAX (counts.customers, 1);
      self->first_day = MAX (day, today - (DAYS_OF_COMPLAINTS - 1));
    }
  if (day < self->first_day)
    return TRUE;
  receive (self, day, today);
  /* Steps due the same day join the end of the day's list. */
  flows = self->days[day - self->first_day];
  for (guint i = 0; flows != NULL && i < flows->len; i++)
    {
      GDateTime *now = next_moment (zone, day, *last_written);

      bd_clock_set_fixed (now);
      g_clear_pointer (last_written, g_date_time_unref);
      *last_written = now;
      if (!work_on (self, g_ptr_array_index (flows, i), day, today, error))
        return FALSE;
    }
  g_clear_pointer (&self->days[day - self->first_day], g_ptr_array_unref);
  return TRUE;
}

static const BdDemoWorkflow complaints_workflow = { consider, work_on_day,
                                                     demo_complaints_free };

void
bd_demo_complaints_attach (BdDemoRequests *requests,
                           BdStore        *store,
                           const gint64   *clerks,
                           guint           n_clerks,
                           guint32         today)
{
  DemoComplaints *self;

  g_return_if_fail (requests != NULL && n_clerks > 0);

  self = g_new0 (DemoComplaints, 1);
  self->store = g_object_ref (store);
  /* A generator of its own: the branch and its requests are drawn as before. */
  self->rand = g_rand_new_with_seed (0xc0a1u);
  self->clerks = g_memdup2 (clerks, n_clerks * sizeof *clerks);
  self->n_clerks = n_clerks;
  self->today = today;
  self->zone = bd_store_get_time_zone (store);
  bd_demo_requests_add_workflow (requests, &complaints_workflow, self);
}
