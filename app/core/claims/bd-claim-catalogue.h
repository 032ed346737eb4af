/* bd-claim-catalogue.h — claims (理赔) as data: kinds of event, documents, lifecycle,
 * deadlines, which products answer which event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "bd-case.h"
#include "bd-types.h"

G_BEGIN_DECLS

/* The kinds of event a claim reports (domain.md §4). */
typedef enum
{
  BD_EVENT_ACCIDENT,          /* accident injury 意外伤害 */
  BD_EVENT_ILLNESS,           /* illness, hospital stay 疾病住院 */
  BD_EVENT_CRITICAL_ILLNESS,  /* critical-illness diagnosis 重大疾病确诊 */
  BD_EVENT_DISABILITY,        /* 伤残 */
  BD_EVENT_DEATH,             /* 身故 */
} BdEventKind;

#define BD_N_EVENT_KINDS 5

const char *bd_event_kind_to_string   (BdEventKind  kind);
gboolean    bd_event_kind_from_string (const char  *text,
                                       BdEventKind *kind);
const char *bd_event_kind_get_label   (BdEventKind  kind);

/* Whether an illness rather than an accident: the waiting period applies to it (an
 * illness first diagnosed inside the waiting period is not covered; an accident is). */
gboolean    bd_event_kind_is_illness  (BdEventKind  kind);

/* Whether a product of @product answers an event of @event at all, on the counter's
 * first look (the contract's terms decide; domain.md §2 product kinds, §4). */
gboolean    bd_product_answers_event  (BdProductKind product,
                                       BdEventKind   event);

/* The documents of a claim of @kind, required, NULL-terminated (domain.md §4). */
const char *const *bd_claim_documents_for (BdEventKind kind);

/* What the case machinery knows of a claim. */
const BdCaseKind     *bd_claim_case_kind     (void);
const BdDocumentKind *bd_claim_document_find (const char *name);

/* Insurance Law art. 26: the right to claim on life insurance lapses 5 years after the
 * insured event became known. */
#define BD_CLAIM_LIMITATION_YEARS 5

/* How a claim was decided. */
typedef enum
{
  BD_DECISION_NONE,
  BD_DECISION_PAY_FULL,
  BD_DECISION_PAY_PART,
  BD_DECISION_DECLINE,
} BdClaimDecision;

const char *bd_claim_decision_to_string   (BdClaimDecision decision);
gboolean    bd_claim_decision_from_string (const char      *text,
                                           BdClaimDecision *decision);
const char *bd_claim_decision_get_label   (BdClaimDecision decision);

G_END_DECLS
