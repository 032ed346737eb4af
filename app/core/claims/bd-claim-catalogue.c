/* bd-claim-catalogue.c — claims (理赔) as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stages are 002's (理赔流程: report, application, investigation, notice of the
 * decision, payment, appeal), the documents domain.md §4's, the time limits the Insurance
 * Law's (arts. 22–24), the 2010 rules' (art. 23) and the counter's own promise (003,
 * 主动理赔: a complete claim needing no investigation decided within 3 working days).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-claim-catalogue.h"

static const struct
{
  const char *name;
  const char *label;
} event_kinds[BD_N_EVENT_KINDS] = {
  [BD_EVENT_ACCIDENT] = { "accident", N_("Accident injury") },
  [BD_EVENT_ILLNESS] = { "illness", N_("Illness or hospital stay") },
  [BD_EVENT_CRITICAL_ILLNESS] = { "critical-illness", N_("Critical-illness diagnosis") },
  [BD_EVENT_DISABILITY] = { "disability", N_("Disability") },
  [BD_EVENT_DEATH] = { "death", N_("Death") },
};

const char *
bd_event_kind_to_string (BdEventKind kind)
{
  g_return_val_if_fail (kind < BD_N_EVENT_KINDS, NULL);
  return event_kinds[kind].name;
}

gboolean
bd_event_kind_from_string (const char  *text,
                           BdEventKind *kind)
{
  for (guint i = 0; text != NULL && i < BD_N_EVENT_KINDS; i++)
    if (g_str_equal (event_kinds[i].name, text))
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
bd_event_kind_get_label (BdEventKind kind)
{
  g_return_val_if_fail (kind < BD_N_EVENT_KINDS, NULL);
  return _(event_kinds[kind].label);
}

gboolean
bd_event_kind_is_illness (BdEventKind kind)
{
  return kind == BD_EVENT_ILLNESS || kind == BD_EVENT_CRITICAL_ILLNESS;
}

#define ANSWERS(...) ((1u << BD_EVENT_DEATH) | (__VA_ARGS__))
#define EVENT(kind) (1u << BD_EVENT_##kind)

/* Which events each kind of product answers, on the counter's first look: every life
 * product pays on death; disability on the life products' total disability terms;
 * illness and hospital stays on medical cover; diagnoses on critical-illness cover;
 * injuries on accident and medical cover (domain.md §2, §4). Annuities pay back on
 * death only. The claims department reads the contract's terms. */
static const guint product_answers[] = {
  [BD_PRODUCT_LIFE] = ANSWERS (EVENT (DISABILITY)),
  [BD_PRODUCT_CRITICAL_ILLNESS] = ANSWERS (EVENT (CRITICAL_ILLNESS)),
  [BD_PRODUCT_MEDICAL] = EVENT (ILLNESS) | EVENT (ACCIDENT),
  [BD_PRODUCT_ACCIDENT] = ANSWERS (EVENT (ACCIDENT) | EVENT (DISABILITY)),
  [BD_PRODUCT_ANNUITY] = ANSWERS (0),
  [BD_PRODUCT_PARTICIPATING] = ANSWERS (EVENT (DISABILITY)),
  [BD_PRODUCT_UNIVERSAL] = ANSWERS (EVENT (DISABILITY)),
  [BD_PRODUCT_UNIT_LINKED] = ANSWERS (EVENT (DISABILITY)),
};

gboolean
bd_product_answers_event (BdProductKind product,
                          BdEventKind   event)
{
  g_return_val_if_fail (product < G_N_ELEMENTS (product_answers), FALSE);
  g_return_val_if_fail (event < BD_N_EVENT_KINDS, FALSE);
  return (product_answers[product] & (1u << event)) != 0;
}

/* Documents (domain.md §4). */
static const BdDocumentKind documents[] = {
  { "claim-form", N_("Claim form signed by the claimant") },
  { "insured-id", N_("Identity document of the insured") },
  { "claimant-id", N_("Identity document of the claimant") },
  { "bank-card", N_("Claimant’s bank card or passbook") },
  { "invoices", N_("Original medical invoices") },
  { "itemised-bill", N_("Itemised hospital bill") },
  { "discharge-summary", N_("Discharge summary") },
  { "diagnosis", N_("Diagnosis certificate") },
  { "pathology", N_("Pathology report") },
  { "disability-assessment", N_("Disability assessment") },
  { "death-certificate", N_("Death certificate") },
  { "registration-cancelled", N_("Cancellation of household registration or cremation certificate") },
  { "beneficiary-relationship", N_("Proof of the beneficiary’s relationship to the insured") },
  { "accident-certificate", N_("Accident certificate or police report") },
};

#define DOCS(...) ((const char *const[]) { "claim-form", "insured-id", "claimant-id", \
                                           "bank-card", __VA_ARGS__, NULL })

static const char *const *const documents_by_kind[BD_N_EVENT_KINDS] = {
  [BD_EVENT_ACCIDENT] = DOCS ("accident-certificate", "invoices", "itemised-bill", "diagnosis"),
  [BD_EVENT_ILLNESS] = DOCS ("invoices", "itemised-bill", "discharge-summary", "diagnosis"),
  [BD_EVENT_CRITICAL_ILLNESS] = DOCS ("diagnosis", "pathology"),
  [BD_EVENT_DISABILITY] = DOCS ("disability-assessment", "accident-certificate"),
  [BD_EVENT_DEATH] = DOCS ("death-certificate", "registration-cancelled",
                           "beneficiary-relationship"),
};

const char *const *
bd_claim_documents_for (BdEventKind kind)
{
  g_return_val_if_fail (kind < BD_N_EVENT_KINDS, NULL);
  return documents_by_kind[kind];
}

static const BdDeadlineRule deadlines[] = {
  { "claim-decision-counter", N_("Decide a complete claim needing no investigation"),
    N_("from the day the documents are complete"), 3, BD_DEADLINE_WORKING_DAYS,
    N_("003: the counter’s service promise (主动理赔)") },
  { "claim-decision", N_("Decide the claim"), N_("from the day the documents are complete"),
    5, BD_DEADLINE_WORKING_DAYS,
    N_("Basic Service Rules for Personal Insurance (2010), art. 23") },
  { "claim-decision-complex", N_("Decide a complex claim"),
    N_("from the day the documents are complete"), 30, BD_DEADLINE_CALENDAR_DAYS,
    N_("Insurance Law, art. 23") },
  { "claim-refusal-notice", N_("Send the notice of refusal with its reasons"),
    N_("from the day of the decision"), 3, BD_DEADLINE_CALENDAR_DAYS,
    N_("Insurance Law, art. 24") },
  { "claim-payment", N_("Pay the agreed benefit"), N_("from the day of the agreement"), 10,
    BD_DEADLINE_CALENDAR_DAYS, N_("Insurance Law, art. 23") },
};

static const BdCaseState states[] = {
  { "reported", N_("Reported"), TRUE },
  { "accepted", N_("Documents complete"), TRUE },
  { "investigating", N_("Under investigation"), TRUE },
  { "approved", N_("Decided: to be paid"), TRUE },
  { "declined", N_("Decided: declined"), TRUE },
  { "paid", N_("Paid"), TRUE },
  { "notified", N_("Refusal notified"), TRUE },
  { "appealed", N_("Appealed"), TRUE },
  { "closed", N_("Closed"), FALSE },
  { "withdrawn", N_("Withdrawn"), FALSE },
};

#define STAGES_002 N_("002: the stages of a claim (理赔流程)")
#define ART_23 N_("Insurance Law, art. 23")
#define ART_24 N_("Insurance Law, art. 24")

static const char *const decisions[] = { "claim-decision-counter", "claim-decision",
                                         "claim-decision-complex", NULL };
static const char *const counter_standard[] = { "claim-decision-counter", NULL };
static const char *const payment[] = { "claim-payment", NULL };
static const char *const refusal_notice[] = { "claim-refusal-notice", NULL };
static const char *const complete[] = { "claim-decision-counter", "claim-decision", NULL };
static const char *const complex_claim[] = { "claim-decision-complex", NULL };

/* report → documents complete → (investigation) → decided (to be paid / declined) →
 * paid or refusal notified → (appeal) → closed; or withdrawn. The decision is the claims
 * department's, recorded at the branch by a supervisor. */
static const BdCaseStep steps[] = {
  { "reported", "accepted", N_("Documents complete"), BD_PERMISSION_TAKE_CLAIMS,
    BD_STEP_ACCEPTS | BD_STEP_DOCUMENTS_COMPLETE, STAGES_002, complete, NULL, NULL },
  { "accepted", "investigating", N_("Send for investigation"), BD_PERMISSION_DECIDE_CLAIMS,
    0, ART_23, complex_claim, NULL, counter_standard },
  { "accepted", "approved", N_("Decided: pay"), BD_PERMISSION_DECIDE_CLAIMS, 0, ART_23,
    payment, decisions, NULL },
  { "accepted", "declined", N_("Decided: decline"), BD_PERMISSION_DECIDE_CLAIMS,
    BD_STEP_NEEDS_REASON, ART_24, refusal_notice, decisions, NULL },
  { "investigating", "approved", N_("Decided: pay"), BD_PERMISSION_DECIDE_CLAIMS, 0, ART_23,
    payment, decisions, NULL },
  { "investigating", "declined", N_("Decided: decline"), BD_PERMISSION_DECIDE_CLAIMS,
    BD_STEP_NEEDS_REASON, ART_24, refusal_notice, decisions, NULL },
  { "approved", "paid", N_("Payment made"), BD_PERMISSION_DECIDE_CLAIMS, 0, ART_23, NULL,
    payment, NULL },
  { "declined", "notified", N_("Refusal notice sent"), BD_PERMISSION_TAKE_CLAIMS, 0, ART_24,
    NULL, refusal_notice, NULL },
  { "paid", "appealed", N_("Appeal"), BD_PERMISSION_TAKE_CLAIMS, BD_STEP_NEEDS_REASON,
    STAGES_002, NULL, NULL, NULL },
  { "notified", "appealed", N_("Appeal"), BD_PERMISSION_TAKE_CLAIMS, BD_STEP_NEEDS_REASON,
    STAGES_002, NULL, NULL, NULL },
  { "appealed", "approved", N_("Decided: pay"), BD_PERMISSION_DECIDE_CLAIMS, 0, ART_23,
    payment, NULL, NULL },
  { "appealed", "closed", N_("Close"), BD_PERMISSION_DECIDE_CLAIMS, BD_STEP_NEEDS_REASON,
    STAGES_002, NULL, NULL, NULL },
  { "paid", "closed", N_("Close"), BD_PERMISSION_TAKE_CLAIMS, 0, STAGES_002, NULL, NULL, NULL },
  { "notified", "closed", N_("Close"), BD_PERMISSION_TAKE_CLAIMS, 0, STAGES_002, NULL, NULL,
    NULL },
  { "reported", "withdrawn", N_("Withdraw"), BD_PERMISSION_TAKE_CLAIMS, BD_STEP_NEEDS_REASON,
    STAGES_002, NULL, NULL, NULL },
  { "accepted", "withdrawn", N_("Withdraw"), BD_PERMISSION_TAKE_CLAIMS, BD_STEP_NEEDS_REASON,
    STAGES_002, NULL, NULL, NULL },
};

static const BdLifecycle lifecycle = {
  "reported", states, G_N_ELEMENTS (states), steps, G_N_ELEMENTS (steps),
};

static const BdCaseKind case_kind = {
  "claim", "LP", &lifecycle, deadlines, G_N_ELEMENTS (deadlines),
  documents, G_N_ELEMENTS (documents),
};

const BdCaseKind *
bd_claim_case_kind (void)
{
  return &case_kind;
}

const BdDocumentKind *
bd_claim_document_find (const char *name)
{
  return bd_case_kind_find_document (&case_kind, name);
}

static const struct
{
  const char *name;
  const char *label;
} decision_names[] = {
  [BD_DECISION_NONE] = { "none", N_("Not decided") },
  [BD_DECISION_PAY_FULL] = { "pay-full", N_("Paid in full") },
  [BD_DECISION_PAY_PART] = { "pay-part", N_("Paid in part") },
  [BD_DECISION_DECLINE] = { "decline", N_("Declined") },
};

const char *
bd_claim_decision_to_string (BdClaimDecision decision)
{
  g_return_val_if_fail (decision <= BD_DECISION_DECLINE, NULL);
  return decision_names[decision].name;
}

gboolean
bd_claim_decision_from_string (const char      *text,
                               BdClaimDecision *decision)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (decision_names); i++)
    if (g_str_equal (decision_names[i].name, text))
      {
        *decision = i;
        return TRUE;
      }
  return FALSE;
}

const char *
bd_claim_decision_get_label (BdClaimDecision decision)
{
  g_return_val_if_fail (decision <= BD_DECISION_DECLINE, NULL);
  return _(decision_names[decision].label);
}
