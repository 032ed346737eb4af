/* bd-request-rules.h — whether a policy-change request may be accepted, and why not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-customer.h"
#include "bd-policy.h"
#include "bd-request.h"

G_BEGIN_DECLS

/* Everything the rules read besides the request: the store gathers it
 * (bd_requests_store_get_context()), a test may build it by hand. */
typedef struct
{
  BdPolicy   *policy;
  BdCustomer *policyholder;
  BdCustomer *insured;
  BdCustomer *applicant;          /* NULL until chosen */
  BdCustomer *guardian;           /* NULL unless a guardian acts */
  BdCustomer *new_customer;       /* a new policyholder, or NULL */
  gboolean    guardian_is_parent; /* the guardian is the applicant's parent (002: the
                                   * parents are guardians when none is designated) */
  gint64      other_death_cover;  /* the insured's death cover on their other active
                                   * policies, for a minor's caps (fen) */
  GDate       today;              /* the branch's day */
  guint       cooling_off_days;   /* the branch's cooling-off-days (BD_COOLING_OFF_DAYS
                                   * unless set) */
  guint       grace_days;         /* the branch's grace-days (BD_GRACE_DAYS unless set) */
} BdRequestContext;

void     bd_request_context_clear (BdRequestContext *context);

/* The verdict: TRUE when the request may be accepted as it is; otherwise FALSE with
 * BD_REQUEST_ERROR, the code the BdRequestField the refusal is about, and a message in
 * plain words that names the rule it comes from (law and article, or 002). The first
 * refusal is given, in the order of the form. */
gboolean bd_request_judge         (BdRequest              *request,
                                   const BdRequestContext *context,
                                   GError                **error);

/* Whether @customer_id may apply for @item on @policy as the entitled person (not yet
 * counting a guardian or the insured's consent): what the form offers first. */
gboolean bd_request_is_entitled   (const BdRequestItem    *item,
                                   BdPolicy               *policy,
                                   gint64                  customer_id,
                                   gboolean                consent);

G_END_DECLS
