/* bd-claim.h — one claim report (理赔报案): who reports what happened to whom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bd-case.h"
#include "bd-claim-catalogue.h"

G_BEGIN_DECLS

/* The fields of the report: a refusal names the one it is about (the error code of
 * BD_CLAIM_ERROR), so that the window shows it there. */
typedef enum
{
  BD_CLAIM_FIELD_REPORTER,
  BD_CLAIM_FIELD_RELATION,
  BD_CLAIM_FIELD_PHONE,
  BD_CLAIM_FIELD_INSURED,
  BD_CLAIM_FIELD_EVENT_DATE,
  BD_CLAIM_FIELD_EVENT_TIME,
  BD_CLAIM_FIELD_KNOWN_ON,
  BD_CLAIM_FIELD_PLACE,
  BD_CLAIM_FIELD_KIND,
  BD_CLAIM_FIELD_HOSPITAL,
  BD_CLAIM_FIELD_DESCRIPTION,
  BD_CLAIM_FIELD_CHANNEL,
  BD_CLAIM_FIELD_DECISION,
} BdClaimField;

#define BD_CLAIM_ERROR (bd_claim_error_quark ())
GQuark bd_claim_error_quark (void);

#define BD_TYPE_CLAIM (bd_claim_get_type ())
G_DECLARE_FINAL_TYPE (BdClaim, bd_claim, BD, CLAIM, GObject)

/* A new report about @insured_id (whose case it is), of @kind, not yet stored. */
BdClaim        *bd_claim_new                  (gint64       insured_id,
                                               BdEventKind  kind);
BdCase         *bd_claim_get_case             (BdClaim     *self);
gint64          bd_claim_get_insured_id       (BdClaim     *self);
BdEventKind     bd_claim_get_kind             (BdClaim     *self);
/* Changing the kind changes the documents asked for (those already ticked stay). */
void            bd_claim_set_kind             (BdClaim     *self,
                                               BdEventKind  kind);
/* The reporter: a customer (id), or a person or body that is not one (0, and the name). */
gint64          bd_claim_get_reporter_id      (BdClaim     *self);
const char     *bd_claim_get_reporter_name    (BdClaim     *self);
void            bd_claim_set_reporter         (BdClaim     *self,
                                               gint64       customer_id,
                                               const char  *name);
/* What the reporter is to the insured, in words ("本人", "配偶", "医院"…). */
const char     *bd_claim_get_relation         (BdClaim     *self);
void            bd_claim_set_relation         (BdClaim     *self,
                                               const char  *relation);
const char     *bd_claim_get_phone            (BdClaim     *self);
void            bd_claim_set_phone            (BdClaim     *self,
                                               const char  *phone);
/* The event: its day (ISO), its time ("HH:MM" or NULL), the day it became known (NULL:
 * its day), place, hospital, description. */
const char     *bd_claim_get_event_date       (BdClaim     *self);
void            bd_claim_set_event_date       (BdClaim     *self,
                                               const char  *date);
const char     *bd_claim_get_event_time       (BdClaim     *self);
void            bd_claim_set_event_time       (BdClaim     *self,
                                               const char  *time);
const char     *bd_claim_get_known_on         (BdClaim     *self);
void            bd_claim_set_known_on         (BdClaim     *self,
                                               const char  *date);
const char     *bd_claim_get_place            (BdClaim     *self);
void            bd_claim_set_place            (BdClaim     *self,
                                               const char  *place);
const char     *bd_claim_get_hospital         (BdClaim     *self);
void            bd_claim_set_hospital         (BdClaim     *self,
                                               const char  *hospital);
const char     *bd_claim_get_description      (BdClaim     *self);
void            bd_claim_set_description      (BdClaim     *self,
                                               const char  *description);
BdChannel       bd_claim_get_channel          (BdClaim     *self);
void            bd_claim_set_channel          (BdClaim     *self,
                                               BdChannel    channel);
/* The decision recorded (the claims department's), and its reason. */
BdClaimDecision bd_claim_get_decision         (BdClaim     *self);
const char     *bd_claim_get_decision_reason  (BdClaim     *self);
void            bd_claim_set_decision         (BdClaim     *self,
                                               BdClaimDecision decision,
                                               const char  *reason);

G_END_DECLS
