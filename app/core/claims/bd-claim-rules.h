/* bd-claim-rules.h — what the counter checks while a claim is reported, with reasons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-claim.h"
#include "bd-policy.h"
#include "bd-policy-rules.h"

G_BEGIN_DECLS

/* A policy's standing on the day of the event (domain.md §4). */
typedef enum
{
  BD_COVER_NOT_YET,    /* the event came before the policy took effect */
  BD_COVER_IN_FORCE,
  BD_COVER_GRACE,      /* a premium was unpaid, inside the grace period (60 days unless
                        * the branch set another) */
  BD_COVER_LAPSED,     /* suspended: the grace period had ended */
  BD_COVER_ENDED,      /* surrendered, matured, cancelled or ended by a claim */
} BdCoverStatus;

const char    *bd_cover_status_get_label (BdCoverStatus  status);
/* @grace_days: the branch's grace-days (BD_GRACE_DAYS unless set). */
BdCoverStatus  bd_policy_cover_on        (BdPolicy      *policy,
                                          const GDate   *event,
                                          guint          grace_days);

typedef enum
{
  BD_CLAIM_CHECK_GOOD,      /* nothing stands in the way */
  BD_CLAIM_CHECK_NOTE,      /* the clerk should know (a premium to deduct, the beneficiaries) */
  BD_CLAIM_CHECK_WARNING,   /* not covered, a possible duplicate, beyond the limitation */
} BdClaimCheckLevel;

/* One line of the checks, for people, with its reason and source. */
typedef struct
{
  BdClaimCheckLevel  level;
  gint64        policy_id;   /* the policy it is about, or 0 */
  char         *text;
} BdClaimCheck;

void          bd_claim_check_free           (BdClaimCheck *check);
BdClaimCheck *bd_claim_check_new            (BdClaimCheckLevel  level,
                                             gint64        policy_id,
                                             char         *text);

/* The report's own fields: FALSE with BD_CLAIM_ERROR, the code the BdClaimField it is
 * about, the first that is missing or wrong (in the order of the form). */
gboolean      bd_claim_validate             (BdClaim      *claim,
                                             const GDate  *today,
                                             GError      **error);
/* @policy on the event's day: its standing (after @grace_days of grace, the branch's),
 * whether it answers the kind of event, and the waiting period of its product
 * (@waiting_days; 0: none). NULL without an event day. */
BdClaimCheck *bd_claim_check_policy         (BdClaim      *claim,
                                             BdPolicy     *policy,
                                             guint         waiting_days,
                                             guint         grace_days);
/* Insurance Law art. 26: a warning when the 5 years from the day the event became known
 * have passed; NULL otherwise. */
BdClaimCheck *bd_claim_check_limitation     (BdClaim      *claim,
                                             const GDate  *today);
/* For a death: who the benefit of @policy goes to — the death beneficiaries named, or
 * the legal heirs when none is. */
BdClaimCheck *bd_claim_check_beneficiaries  (BdClaim      *claim,
                                             BdPolicy     *policy);

G_END_DECLS
