/* bd-demo-claims.c — a year of claim reports in the demo branch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A few policies in a thousand see a claim in the year, as a branch's counter takes them:
 * hospital stays and accidents mostly, a critical illness, a disability or a death now
 * and then, each of a kind the policy's product answers (bd_product_answers_event), as
 * often as that kind of event befalls the insured of such a policy (incidence[]). The
 * event's day is drawn around the policy's life and the core says how the policy stood
 * that day (bd_policy_cover_on): a claim from a day it was not yet in force, lapsed or
 * ended is declined for that reason, and no other is. An illness is drawn only past
 * every product's waiting period, so that no claim paid falls inside one.
 *
 * Each claim goes through the store as the counter and the supervisor take it
 * (bd_claims_store_add, bd_claims_store_take_step): reported with the documents handed in
 * (all of them, or all but one or two brought a few days later), accepted, decided —
 * sometimes after an investigation, paid in full or in part, or declined —, paid or the
 * refusal notified, sometimes appealed, closed; a few are withdrawn. They are written on
 * the requests' days, after the requests' work of each day (bd_demo_requests_add_workflow),
 * so that the audit log stays in time order. The claims of the last days are held in each
 * state in turn (closed too), so that the desk shows every state even in a small demo.
 *
 * Light by design: nothing is read to draw a claim (the policy just written says all),
 * a claim is a handful of rows (its case, documents, deadlines, history and audit), and
 * only the claims of the year are held, not their cases once closed.
 */
#define G_LOG_DOMAIN "bd-demo"

#include "config.h"

#include "bd-case-store.h"
#include "bd-claim-rules.h"
#include "bd-claims-store.h"
#include "bd-clock.h"
#include "bd-demo-claims.h"

#define DAYS_OF_CLAIMS 365
/* How often, in a year, each kind of event the policy answers brings a claim on it: of
 * the policies in force, in grace or lapsed, a few in a thousand, most of them hospital
 * stays on medical cover and injuries; deaths, diagnoses and disabilities far fewer. Kept
 * light (issue "The desk feels instant"): a branch takes more medical claims than this,
 * but each one here costs the demo its rows. */
static const double incidence[BD_N_EVENT_KINDS] = {
  [BD_EVENT_ILLNESS] = 0.008,
  [BD_EVENT_ACCIDENT] = 0.003,
  [BD_EVENT_CRITICAL_ILLNESS] = 0.001,
  [BD_EVENT_DISABILITY] = 0.0002,
  [BD_EVENT_DEATH] = 0.0003,
};
/* The first claims drawn are mostly of the last days, until there are enough to hold one
 * of each state a few times over. */
#define RECENT_CHANCE 0.8
#define RECENT_WANTED 30
/* Past the longest waiting period of the demo's products (90 days). */
#define ILLNESS_AFTER_DAYS 181
/* Claims are taken in the afternoon, after the morning's requests, a few seconds apart. */
#define AFTERNOON_HOUR 14
#define SECONDS_BETWEEN_WRITES 15

static const char *const places[] = { "南京市鼓楼区", "南京市玄武区", "南京市秦淮区", "南京市建邺区",
                                      "南京市江宁区", "南京市栖霞区" };
static const char *const hospitals[] = { "江苏省人民医院", "南京鼓楼医院", "东南大学附属中大医院",
                                         "南京市第一医院", "江苏省中医院" };
static const char *const descriptions[] = { "发热咳嗽入院治疗", "骑电动车摔伤，门诊清创缝合",
                                            "腹痛入院，行手术治疗", "下楼梯扭伤，住院观察",
                                            "体检发现异常，经住院检查确诊" };
static const char *const other_declines[] = { "投保前已患疾病，不在保险责任范围内",
                                              "属于合同约定的责任免除事项" };
static const char *const appeal_reasons[] = { "客户对拒赔结论有异议，申请复核",
                                              "客户认为给付金额有误，申请复核" };

/* The states the desk should show, held in turn by the claims of the last days, each with
 * the days its steps take from the report (a day each). */
static const struct
{
  const char *state;
  guint       days;
} held_states[] = {
  { "reported", 0 }, { "accepted", 1 }, { "investigating", 2 }, { "approved", 2 },
  { "declined", 2 }, { "paid", 3 }, { "notified", 3 }, { "appealed", 4 }, { "withdrawn", 1 },
  { "closed", 4 },
};

typedef struct
{
  gint64       insured_id;
  gint64       holder_id;
  BdEventKind  kind;
  guint32      event_day;
  guint32      next_day;       /* the day of its next write */
  const char  *decline;        /* why it is declined, or NULL: paid */
  gboolean     complete;       /* every document handed in with the report */
  gboolean     investigate;
  gboolean     in_part;
  gboolean     withdraw;
  gboolean     appeal;
  const char  *stop_at;        /* the state it is held in, or NULL */
  gint64       clerk;
  BdClaim     *claim;          /* from its report on */
} ClaimFlow;

typedef struct
{
  BdStore   *store;
  GRand     *rand;
  GTimeZone *zone;
  guint32    today;
  guint32    first_day;
  GPtrArray *flows;            /* ClaimFlow, the year's claims not yet closed */
  GHashTable *died;            /* the insured of a death claim: one each */
  guint      recent;
  guint      held;
  gint64     supervisor;       /* who decides, of the day's work */
} DemoClaims;

/* A whole number from @low to @high, a chance, an element: from the claims' generator. */
#define draw(self, low, high) g_rand_int_range ((self)->rand, (low), (high) + 1)
#define chance(self, probability) (g_rand_double ((self)->rand) < (probability))
#define PICK(self, array) ((array)[g_rand_int_range ((self)->rand, 0, G_N_ELEMENTS (array))])

static void
flow_free (ClaimFlow *flow)
{
  g_clear_object (&flow->claim);
  g_free (flow);
}

/* ── drawing the year's claims ─────────────────────────────────────────────────── */

/* The kind of event that brings a claim on a policy of @product this year, each kind the
 * product answers drawn at its incidence; FALSE when none does. */
static gboolean
draw_kind (DemoClaims    *self,
           BdProductKind  product,
           BdEventKind   *kind)
{
  for (guint i = 0; i < BD_N_EVENT_KINDS; i++)
    if (bd_product_answers_event (product, i) && chance (self, incidence[i]))
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

/* Why a claim from @event is declined, as the policy stood that day (NULL: it was
 * covered; now and then declined for what the contract excludes all the same). */
static const char *
decline_reason (DemoClaims  *self,
                BdPolicy    *policy,
                const GDate *event)
{
  /* The demo branch keeps the law's grace period. */
  switch (bd_policy_cover_on (policy, event, BD_GRACE_DAYS))
    {
    case BD_COVER_NOT_YET:
      return "出险日保单尚未生效，不承担保险责任";
    case BD_COVER_LAPSED:
      return "出险日保单效力中止，不承担保险责任（保险法第三十六、三十七条）";
    case BD_COVER_ENDED:
      return "出险日保险合同已终止";
    case BD_COVER_IN_FORCE:
    case BD_COVER_GRACE:
    default:
      return chance (self, 0.06) ? PICK (self, other_declines) : NULL;
    }
}

/* The first day an event may be drawn on: within the year, from a month before the
 * policy took effect (a claim that comes too early is declined for it), an illness only
 * past the waiting periods. */
static guint32
first_event_day (DemoClaims  *self,
                 ClaimFlow   *flow,
                 const GDate *effective)
{
  guint32 start = g_date_get_julian (effective);
  guint32 from = MAX (self->first_day, start - MIN (30u, start));

  if (bd_event_kind_is_illness (flow->kind))
    from = MAX (from, start + ILLNESS_AFTER_DAYS);
  return from;
}

/* One of the last days' claims, to be held in the next of the states: reported as many
 * days ago as its steps take, the event a day or two before. FALSE when that is too
 * early for the policy. */
static gboolean
draw_held (DemoClaims *self,
           ClaimFlow  *flow,
           guint32     from)
{
  guint days = held_states[self->held % G_N_ELEMENTS (held_states)].days;

  flow->next_day = self->today - days - (guint32) draw (self, 0, 2);
  flow->event_day = flow->next_day - (guint32) draw (self, 0, 2);
  if (flow->event_day < from)
    return FALSE;
  flow->stop_at = held_states[self->held++ % G_N_ELEMENTS (held_states)].state;
  self->recent++;
  return TRUE;
}

/* The event's day, and the report's a few days later (today's reports are the counter's
 * too); FALSE when no day fits. */
static gboolean
draw_event_day (DemoClaims  *self,
                ClaimFlow   *flow,
                const GDate *effective)
{
  guint32 from = first_event_day (self, flow, effective);

  if (from >= self->today)
    return FALSE;
  if (self->recent < RECENT_WANTED && chance (self, RECENT_CHANCE) && draw_held (self, flow, from))
    return TRUE;
  flow->event_day = from + (guint32) draw (self, 0, (int) (self->today - 1 - from));
  flow->next_day = MIN (self->today, flow->event_day + (guint32) draw (self, 0, 5));
  return TRUE;
}

/* What will happen to a claim, each with its chance. */
static void
draw_fate (DemoClaims *self,
           ClaimFlow  *flow)
{
  static const struct
  {
    gsize  offset;
    double chance;
  } fates[] = {
    { G_STRUCT_OFFSET (ClaimFlow, complete), 0.75 },
    { G_STRUCT_OFFSET (ClaimFlow, investigate), 0.1 },
    { G_STRUCT_OFFSET (ClaimFlow, in_part), 0.15 },
    { G_STRUCT_OFFSET (ClaimFlow, withdraw), 0.03 },
    { G_STRUCT_OFFSET (ClaimFlow, appeal), 0.1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fates); i++)
    G_STRUCT_MEMBER (gboolean, flow, fates[i].offset) = chance (self, fates[i].chance);
}

/* A claim of the last days waits in its state, within what it can reach: one declined
 * is never paid (it is held under investigation instead), one held declined is declined
 * for what the contract excludes when its policy covered the day. */
static void
hold_in_a_state (ClaimFlow *flow)
{
  const char *state = flow->stop_at;
  gboolean paying = g_str_equal (state, "approved") || g_str_equal (state, "paid");

  if (paying && flow->decline != NULL)
    state = "investigating";
  if (g_str_equal (state, "declined") || g_str_equal (state, "notified")
      || g_str_equal (state, "appealed"))
    flow->decline = flow->decline != NULL ? flow->decline : other_declines[0];
  flow->stop_at = state;
  flow->complete = !g_str_equal (state, "reported");
  flow->investigate = g_str_equal (state, "investigating");
  flow->appeal = g_str_equal (state, "appealed");
  flow->withdraw = g_str_equal (state, "withdrawn");
}

static void
consider (gpointer  data,
          BdPolicy *policy)
{
  DemoClaims *self = data;
  BdPolicyStatus status = bd_policy_get_status (policy);
  g_autofree ClaimFlow *flow = NULL;
  BdEventKind kind;
  GDate effective, event;

  if (!draw_kind (self, bd_policy_get_product_kind (policy), &kind)
      || (status != BD_POLICY_IN_FORCE && status != BD_POLICY_GRACE && status != BD_POLICY_LAPSED))
    return;
  g_date_clear (&effective, 1);
  flow = g_new0 (ClaimFlow, 1);
  flow->kind = kind;
  if (!bd_date_parse_iso (bd_policy_get_effective_date (policy), &effective)
      || !draw_event_day (self, flow, &effective))
    return;
  flow->insured_id = bd_policy_get_insured_id (policy);
  flow->holder_id = bd_policy_get_policyholder_id (policy);
  if (flow->kind == BD_EVENT_DEATH
      && !g_hash_table_add (self->died, GSIZE_TO_POINTER ((gsize) flow->insured_id)))
    return;
  g_date_clear (&event, 1);
  g_date_set_julian (&event, flow->event_day);
  flow->decline = decline_reason (self, policy, &event);
  draw_fate (self, flow);
  if (flow->stop_at != NULL)
    hold_in_a_state (flow);
  g_ptr_array_add (self->flows, g_steal_pointer (&flow));
}

/* ── the counter's and the supervisor's work ───────────────────────────────────── */

/* The report as the counter takes it: by the insured who holds the policy, or by its
 * policyholder for them, with the documents handed in. */
static BdClaim *
compose_claim (DemoClaims *self,
               ClaimFlow  *flow)
{
  BdClaim *claim = bd_claim_new (flow->insured_id, flow->kind);
  BdChecklist *checklist = bd_case_get_checklist (bd_claim_get_case (claim));
  GListModel *items = bd_checklist_get_items (checklist);
  g_autofree char *phone = g_strdup_printf ("1%d%09d", draw (self, 3, 9), draw (self, 0, 999999999));
  char day[BD_ISO_DATE_SIZE];
  GDate event;
  guint keep = flow->complete ? 0 : (guint) draw (self, 1, 2);

  g_date_clear (&event, 1);
  g_date_set_julian (&event, flow->event_day);
  bd_claim_set_reporter (claim, flow->holder_id, NULL);
  bd_claim_set_relation (claim, flow->holder_id == flow->insured_id ? "本人" : "投保人");
  bd_claim_set_phone (claim, phone);
  bd_claim_set_event_date (claim, bd_date_format_iso (&event, day));
  bd_claim_set_place (claim, PICK (self, places));
  bd_claim_set_hospital (claim, PICK (self, hospitals));
  bd_claim_set_description (claim, PICK (self, descriptions));
  bd_claim_set_channel (claim, chance (self, 0.8) ? BD_CHANNEL_COUNTER : BD_CHANNEL_PHONE);
  /* Handed in, but the last @keep of those asked for. */
  for (guint i = g_list_model_get_n_items (items); i-- > 0;)
    {
      g_autoptr(BdChecklistItem) item = g_list_model_get_item (items, i);

      if (!bd_checklist_item_get_required (item) || (keep > 0 && keep--))
        continue;
      bd_checklist_set_state (checklist, bd_checklist_item_get_kind (item)->name,
                              BD_DOCUMENT_RECEIVED, flow->clerk, NULL, NULL, NULL);
    }
  return claim;
}

/* The documents still missing, brought in. */
static gboolean
bring_the_rest (DemoClaims  *self,
                ClaimFlow   *flow,
                GError     **error)
{
  BdCase *kase = bd_claim_get_case (flow->claim);
  GListModel *items = bd_checklist_get_items (bd_case_get_checklist (kase));

  /* Ticking changes an item's state, never the list. */
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BdChecklistItem) item = g_list_model_get_item (items, i);

      if (bd_checklist_item_get_required (item)
          && bd_checklist_item_get_state (item) == BD_DOCUMENT_MISSING
          && !bd_case_store_set_document (self->store, kase, bd_checklist_item_get_kind (item)->name,
                                          BD_DOCUMENT_RECEIVED, flow->clerk, error))
        return FALSE;
    }
  return TRUE;
}

/* The step to @to, taken by whom the lifecycle wants (bd-claim-catalogue.c): the
 * supervisor decides, pays and closes an appeal; the clerk who took the report does the
 * rest. */
static gboolean
take (DemoClaims  *self,
      ClaimFlow   *flow,
      const char  *to,
      const char  *reason,
      GError     **error)
{
  static const char *const supervisors[] = { "investigating", "approved", "declined", "paid" };
  const char *from = bd_case_get_state (bd_claim_get_case (flow->claim));
  gint64 staff_id = g_str_equal (from, "appealed") ? self->supervisor : flow->clerk;

  for (guint i = 0; i < G_N_ELEMENTS (supervisors); i++)
    if (g_str_equal (to, supervisors[i]))
      staff_id = self->supervisor;
  return bd_claims_store_take_step (self->store, flow->claim, to, staff_id, reason, error);
}

/* The claims department's decision, recorded by the supervisor. */
static gboolean
decide (DemoClaims  *self,
        ClaimFlow   *flow,
        int         *next_in,
        GError     **error)
{
  *next_in = flow->decline != NULL ? draw (self, 1, 3) : draw (self, 1, 8);
  if (flow->decline != NULL)
    return take (self, flow, "declined", flow->decline, error);
  if (flow->in_part)
    bd_claim_set_decision (flow->claim, BD_DECISION_PAY_PART, "部分医疗费用属于自费项目，不予给付");
  else
    bd_claim_set_decision (flow->claim, BD_DECISION_PAY_FULL, NULL);
  return take (self, flow, "approved", NULL, error);
}

/* The next step from the claim's state, and in how many days the one after it comes
 * (-1: none, the claim is closed). */
static gboolean
take_next_step (DemoClaims  *self,
                ClaimFlow   *flow,
                int         *next_in,
                GError     **error)
{
  const char *state = bd_case_get_state (bd_claim_get_case (flow->claim));

  *next_in = -1;
  if (g_str_equal (state, "reported") && flow->withdraw)
    return take (self, flow, "withdrawn", "客户决定暂不申请理赔，撤回报案", error);
  if (g_str_equal (state, "reported"))
    {
      *next_in = flow->investigate ? draw (self, 1, 3) : draw (self, 1, 2);
      return bring_the_rest (self, flow, error)
             && take (self, flow, "accepted", NULL, error);
    }
  if (g_str_equal (state, "accepted") && flow->investigate)
    {
      *next_in = draw (self, 5, 20);
      return take (self, flow, "investigating", NULL, error);
    }
  if (g_str_equal (state, "accepted") || g_str_equal (state, "investigating"))
    return decide (self, flow, next_in, error);
  if (g_str_equal (state, "approved"))
    {
      *next_in = draw (self, 1, 10);
      return take (self, flow, "paid", NULL, error);
    }
  if (g_str_equal (state, "declined"))
    {
      *next_in = draw (self, 1, 10);
      return take (self, flow, "notified", NULL, error);
    }
  if (g_str_equal (state, "notified") && flow->appeal)
    {
      *next_in = draw (self, 5, 20);
      return take (self, flow, "appealed", PICK (self, appeal_reasons), error);
    }
  if (g_str_equal (state, "appealed"))
    return take (self, flow, "closed", "复核后维持原结论", error);
  return take (self, flow, "closed", NULL, error);
}

/* Reported: the clerk who takes it, what was handed in, and held in a state if it is one
 * of the last days'. */
static gboolean
report (DemoClaims    *self,
        ClaimFlow     *flow,
        const gint64  *clerks,
        guint          n_clerks,
        int           *next_in,
        GError       **error)
{
  flow->clerk = clerks[draw (self, 0, (int) n_clerks - 1)];
  flow->claim = compose_claim (self, flow);
  *next_in = flow->complete ? draw (self, 1, 2) : draw (self, 2, 7);
  return bd_claims_store_add (self->store, flow->claim, flow->clerk, error);
}

/* The instant of the next write of @day: after the last one, not before the afternoon. */
static void
set_clock (DemoClaims  *self,
           guint32      day,
           GDateTime  **last_written)
{
  g_autoptr(GDateTime) afternoon = NULL;
  g_autoptr(GDateTime) now = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  afternoon = g_date_time_new (self->zone, g_date_get_year (&date), g_date_get_month (&date),
                               g_date_get_day (&date), AFTERNOON_HOUR, 0, 0);
  if (*last_written != NULL)
    now = g_date_time_add_seconds (*last_written, SECONDS_BETWEEN_WRITES);
  if (now == NULL || g_date_time_compare (now, afternoon) < 0)
    {
      g_clear_pointer (&now, g_date_time_unref);
      now = g_date_time_ref (afternoon);
    }
  bd_clock_set_fixed (now);
  g_clear_pointer (last_written, g_date_time_unref);
  *last_written = g_steal_pointer (&now);
}

/* One claim's work of @day; whether it goes on (on a later day, not after today). */
static gboolean
work_on (DemoClaims    *self,
         ClaimFlow     *flow,
         const gint64  *clerks,
         guint          n_clerks,
         gboolean      *goes_on,
         GError       **error)
{
  int next_in = -1;
  gboolean ok = flow->claim == NULL ? report (self, flow, clerks, n_clerks, &next_in, error)
                                    : take_next_step (self, flow, &next_in, error);

  if (!ok)
    return FALSE;
  /* A claim held in a state takes a step a day to reach it. */
  if (flow->stop_at != NULL && next_in > 1)
    next_in = 1;
  if (flow->stop_at != NULL
      && g_str_equal (bd_case_get_state (bd_claim_get_case (flow->claim)), flow->stop_at))
    next_in = -1;
  flow->next_day += (guint32) MAX (next_in, 1);
  *goes_on = next_in >= 0 && flow->next_day <= self->today;
  return TRUE;
}

static gboolean
work_on_day (gpointer       data,
             guint32        day,
             const gint64  *clerks,
             guint          n_clerks,
             gint64         supervisor,
             GDateTime    **last_written,
             GError       **error)
{
  DemoClaims *self = data;
  gboolean ok = TRUE;

  self->supervisor = supervisor;
  /* The clock is the requests' to hold (bd_demo_requests_write()): it stands at each
   * write here as it does there. */
  for (guint i = 0; ok && i < self->flows->len;)
    {
      ClaimFlow *flow = g_ptr_array_index (self->flows, i);
      gboolean goes_on = TRUE;

      if (flow->next_day != day)
        {
          i++;
          continue;
        }
      set_clock (self, day, last_written);
      ok = work_on (self, flow, clerks, n_clerks, &goes_on, error);
      if (ok && !goes_on)
        g_ptr_array_remove_index_fast (self->flows, i);
      else
        i++;
    }
  return ok;
}

static void
demo_claims_free (gpointer data)
{
  DemoClaims *self = data;

  g_ptr_array_unref (self->flows);
  g_hash_table_unref (self->died);
  g_time_zone_unref (self->zone);
  g_rand_free (self->rand);
  g_object_unref (self->store);
  g_free (self);
}

static const BdDemoWorkflow claims_workflow = { consider, work_on_day, demo_claims_free };

void
bd_demo_claims_attach (BdDemoRequests *requests,
                       BdStore        *store,
                       guint32         seed,
                       const GDate    *today)
{
  DemoClaims *self = g_new0 (DemoClaims, 1);

  self->store = g_object_ref (store);
  /* Apart from the branch's and the requests' generators: they draw as before. */
  self->rand = g_rand_new_with_seed (seed ^ 0xc1a1u);
  self->zone = bd_store_get_time_zone (store);
  self->today = g_date_get_julian (today);
  self->first_day = self->today - (DAYS_OF_CLAIMS - 1);
  self->flows = g_ptr_array_new_with_free_func ((GDestroyNotify) flow_free);
  self->died = g_hash_table_new (NULL, NULL);
  bd_demo_requests_add_workflow (requests, &claims_workflow, self);
}
