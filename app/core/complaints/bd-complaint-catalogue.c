/* bd-complaint-catalogue.c — complaints (投诉) and consultations (咨询) as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The categories and channels are domain.md §5's (003, 004); the time limits 003's
 * (快速响应: feedback within 2 working days) and the 2020 measures' (银行业保险业消费投诉
 * 处理管理办法 arts. 18–20); the first responder's responsibility is 003's (首问责任制).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-complaint-catalogue.h"

typedef struct
{
  const char *name;
  const char *label;
} Name;

static const Name categories[BD_N_COMPLAINT_CATEGORIES] = {
  [BD_COMPLAINT_SALES_MISLEADING] = { "sales-misleading", N_("Sales misleading") },
  [BD_COMPLAINT_CLAIM_DISPUTE] = { "claim-dispute", N_("Claim dispute") },
  [BD_COMPLAINT_SERVICE_ATTITUDE] = { "service-attitude", N_("Service attitude") },
  [BD_COMPLAINT_TIME_TAKEN] = { "time-taken", N_("Time taken") },
  [BD_COMPLAINT_PREMIUM_COLLECTION] = { "premium-collection", N_("Premium collection") },
  [BD_COMPLAINT_AGENT_MISCONDUCT] = { "agent-misconduct",
                                      N_("Agent misconduct (premiums kept or misused)") },
  [BD_COMPLAINT_CONTRACT_TERMS] = { "contract-terms", N_("Contract terms") },
  [BD_COMPLAINT_PRIVACY] = { "privacy", N_("Personal data and privacy") },
  [BD_COMPLAINT_OTHER] = { "other", N_("Other") },
};

static const Name channels[BD_N_COMPLAINT_CHANNELS] = {
  [BD_COMPLAINT_VISIT] = { "visit", N_("Visit to the branch") },
  [BD_COMPLAINT_PHONE] = { "phone", N_("Phone") },
  [BD_COMPLAINT_LETTER] = { "letter", N_("Letter") },
  [BD_COMPLAINT_ONLINE] = { "online", N_("E-mail or online") },
  [BD_COMPLAINT_REGULATOR] = { "regulator", N_("Forwarded by the regulator") },
  [BD_COMPLAINT_ASSOCIATION] = { "association", N_("Forwarded by the industry association") },
  [BD_COMPLAINT_MEDIA] = { "media", N_("Through the media") },
};

static gboolean
name_from_string (const Name *names,
                  guint       n,
                  const char *text,
                  guint      *value)
{
  for (guint i = 0; text != NULL && i < n; i++)
    if (g_str_equal (names[i].name, text))
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

const char *
bd_complaint_category_to_string (BdComplaintCategory category)
{
  g_return_val_if_fail (category < BD_N_COMPLAINT_CATEGORIES, NULL);
  return categories[category].name;
}

gboolean
bd_complaint_category_from_string (const char          *text,
                                   BdComplaintCategory *category)
{
  guint value;

  if (!name_from_string (categories, BD_N_COMPLAINT_CATEGORIES, text, &value))
    return FALSE;
  *category = value;
  return TRUE;
}

const char *
bd_complaint_category_get_label (BdComplaintCategory category)
{
  g_return_val_if_fail (category < BD_N_COMPLAINT_CATEGORIES, NULL);
  return _(categories[category].label);
}

const char *
bd_complaint_channel_to_string (BdComplaintChannel channel)
{
  g_return_val_if_fail (channel < BD_N_COMPLAINT_CHANNELS, NULL);
  return channels[channel].name;
}

gboolean
bd_complaint_channel_from_string (const char         *text,
                                  BdComplaintChannel *channel)
{
  guint value;

  if (!name_from_string (channels, BD_N_COMPLAINT_CHANNELS, text, &value))
    return FALSE;
  *channel = value;
  return TRUE;
}

const char *
bd_complaint_channel_get_label (BdComplaintChannel channel)
{
  g_return_val_if_fail (channel < BD_N_COMPLAINT_CHANNELS, NULL);
  return _(channels[channel].label);
}

#define MEASURES_18 N_("Measures for Consumer Complaints in Banking and Insurance (2020), art. 18")
#define MEASURES_20 N_("Measures for Consumer Complaints in Banking and Insurance (2020), art. 20")
#define PROMISE_003 N_("003: quick response (快速响应)")
#define FIRST_003 N_("003: first-responder responsibility (首问责任制)")
#define VISIT_003 N_("003: a return visit after the decision")

static const BdDeadlineRule deadlines[] = {
  { "complaint-feedback", N_("Give the complainant feedback"),
    N_("from the day the complaint is received"), 2, BD_DEADLINE_WORKING_DAYS, PROMISE_003 },
  { "complaint-decision", N_("Decide the complaint"), N_("from the day it is received"),
    BD_COMPLAINT_DECISION_DAYS, BD_DEADLINE_CALENDAR_DAYS, MEASURES_18 },
  { "complaint-review", N_("Decide the review"), N_("from the day the review is requested"),
    30, BD_DEADLINE_CALENDAR_DAYS, MEASURES_20 },
};

static const char *const meets_feedback[] = { "complaint-feedback", NULL };
static const char *const meets_decision[] = { "complaint-feedback", "complaint-decision", NULL };
static const char *const starts_review[] = { "complaint-review", NULL };
static const char *const meets_review[] = { "complaint-review", NULL };

static const BdCaseState states[] = {
  { "logged", N_("Logged"), TRUE },
  { "answered", N_("Feedback given"), TRUE },
  { "decided", N_("Decided"), TRUE },
  { "in-review", N_("Review requested"), TRUE },
  { "visited", N_("Return visit done"), TRUE },
  { "closed", N_("Closed"), FALSE },
  { "withdrawn", N_("Withdrawn"), FALSE },
};

/* logged → feedback given → decided → (review requested → decided) → return visit done →
 * closed, confirmed by the first responder; or withdrawn by the complainant. */
static const BdCaseStep steps[] = {
  { "logged", "answered", N_("Give feedback"), BD_PERMISSION_HANDLE_COMPLAINTS,
    BD_STEP_NEEDS_REASON, PROMISE_003, NULL, meets_feedback, NULL },
  { "logged", "decided", N_("Record the decision"), BD_PERMISSION_HANDLE_COMPLAINTS, 0,
    MEASURES_18, NULL, meets_decision, NULL },
  { "answered", "decided", N_("Record the decision"), BD_PERMISSION_HANDLE_COMPLAINTS, 0,
    MEASURES_18, NULL, meets_decision, NULL },
  { "decided", "in-review", N_("Review requested"), BD_PERMISSION_HANDLE_COMPLAINTS,
    BD_STEP_NEEDS_REASON, MEASURES_20, starts_review, NULL, NULL },
  { "in-review", "decided", N_("Record the review’s decision"), BD_PERMISSION_HANDLE_COMPLAINTS,
    0, MEASURES_20, NULL, meets_review, NULL },
  { "decided", "visited", N_("Return visit done"), BD_PERMISSION_HANDLE_COMPLAINTS, 0,
    VISIT_003, NULL, NULL, NULL },
  { "visited", "closed", N_("Close"), BD_PERMISSION_HANDLE_COMPLAINTS, BD_STEP_BY_OPENER,
    FIRST_003, NULL, NULL, NULL },
  { "logged", "withdrawn", N_("Withdrawn by the complainant"), BD_PERMISSION_HANDLE_COMPLAINTS,
    BD_STEP_NEEDS_REASON, FIRST_003, NULL, NULL, NULL },
  { "answered", "withdrawn", N_("Withdrawn by the complainant"), BD_PERMISSION_HANDLE_COMPLAINTS,
    BD_STEP_NEEDS_REASON, FIRST_003, NULL, NULL, NULL },
};

static const BdLifecycle lifecycle = {
  "logged", states, G_N_ELEMENTS (states), steps, G_N_ELEMENTS (steps),
};

static const BdCaseKind complaint_kind = {
  "complaint", "TS", &lifecycle, deadlines, G_N_ELEMENTS (deadlines), NULL, 0,
};

/* A consultation is answered, on the spot or within the 2 working days of 003. */
static const BdCaseState consultation_states[] = {
  { "logged", N_("Logged"), TRUE },
  { "closed", N_("Answered"), FALSE },
};

static const BdCaseStep consultation_steps[] = {
  { "logged", "closed", N_("Answered"), BD_PERMISSION_HANDLE_COMPLAINTS, BD_STEP_NEEDS_REASON,
    PROMISE_003, NULL, meets_feedback, NULL },
};

static const BdLifecycle consultation_lifecycle = {
  "logged", consultation_states, G_N_ELEMENTS (consultation_states), consultation_steps,
  G_N_ELEMENTS (consultation_steps),
};

static const BdCaseKind consultation_kind = {
  "consultation", "ZX", &consultation_lifecycle, deadlines, 1, NULL, 0,
};

const BdCaseKind *
bd_complaint_case_kind (void)
{
  return &complaint_kind;
}

const BdCaseKind *
bd_consultation_case_kind (void)
{
  return &consultation_kind;
}
