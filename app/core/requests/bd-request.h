/* bd-request.h — one policy-change request (保全申请): what the customer asks and who asks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bd-case.h"
#include "bd-request-catalogue.h"
#include "bd-types.h"

G_BEGIN_DECLS

/* The fields of the request's form: a refusal names the one it is about (the error code
 * of BD_REQUEST_ERROR), so that the window shows it there. */
typedef enum
{
  BD_REQUEST_FIELD_ITEM,
  BD_REQUEST_FIELD_POLICY,
  BD_REQUEST_FIELD_APPLICANT,
  BD_REQUEST_FIELD_GUARDIAN,
  BD_REQUEST_FIELD_CONSENT,
  BD_REQUEST_FIELD_DOCUMENT_TYPE,
  BD_REQUEST_FIELD_DOCUMENT_VALID,
  BD_REQUEST_FIELD_SIGNER,
  BD_REQUEST_FIELD_CHANNEL,
  BD_REQUEST_FIELD_AMOUNT,
  BD_REQUEST_FIELD_CASH_VALUE,
  BD_REQUEST_FIELD_TEXT,
  BD_REQUEST_FIELD_POSTCODE,
  BD_REQUEST_FIELD_PHONE,
  BD_REQUEST_FIELD_BENEFICIARIES,
  BD_REQUEST_FIELD_CHOICE,
  BD_REQUEST_FIELD_NEW_CUSTOMER,
  BD_REQUEST_FIELD_DOCUMENTS,
} BdRequestField;

#define BD_REQUEST_ERROR (bd_request_error_quark ())
GQuark bd_request_error_quark (void);

/* One new death beneficiary of a beneficiary change. */
typedef struct
{
  gint64 customer_id;   /* 0: the legal heirs (法定) */
  guint  rank;          /* the order, from 1 */
  guint  share;         /* basis points: 10000 is 100 % */
} BdNewBeneficiary;

/* One line of what a request changes: shown before it is carried out (the preview) and
 * kept after (the service card's history). */
typedef struct
{
  char *field;    /* for people: "Address" */
  char *before;
  char *after;
} BdRequestChange;

void       bd_request_change_free          (BdRequestChange *change);

#define BD_TYPE_REQUEST (bd_request_get_type ())
G_DECLARE_FINAL_TYPE (BdRequest, bd_request, BD, REQUEST, GObject)

/* A new request for @item on @policy_id of @customer_id (whose page it is taken from):
 * its case is made with the item's documents. */
BdRequest           *bd_request_new                 (const BdRequestItem *item,
                                                     gint64               customer_id,
                                                     gint64               policy_id);
BdCase              *bd_request_get_case            (BdRequest   *self);
const BdRequestItem *bd_request_get_item            (BdRequest   *self);
gint64               bd_request_get_policy_id       (BdRequest   *self);

/* The person in whose name it is asked, and the guardian who acts for a minor (0). */
gint64          bd_request_get_applicant_id         (BdRequest   *self);
void            bd_request_set_applicant_id         (BdRequest   *self,
                                                     gint64       customer_id);
gint64          bd_request_get_guardian_id          (BdRequest   *self);
void            bd_request_set_guardian_id          (BdRequest   *self,
                                                     gint64       customer_id);
/* Who signed the application (不允许代签名: the applicant, or the guardian). */
gint64          bd_request_get_signer_id            (BdRequest   *self);
void            bd_request_set_signer_id            (BdRequest   *self,
                                                     gint64       customer_id);
/* The identity document shown at the counter by whoever acts (the applicant or the
 * guardian): its type, its validity ("" or NULL: valid for life) and, for a household
 * register, whether it bears a photo. */
BdDocumentType  bd_request_get_document_type        (BdRequest   *self);
const char     *bd_request_get_document_valid       (BdRequest   *self);
gboolean        bd_request_get_document_photo       (BdRequest   *self);
void            bd_request_set_document             (BdRequest   *self,
                                                     BdDocumentType type,
                                                     const char  *valid_until,
                                                     gboolean     photo);
BdChannel       bd_request_get_channel              (BdRequest   *self);
void            bd_request_set_channel              (BdRequest   *self,
                                                     BdChannel    channel);
/* The insured's written consent, which lets the policyholder apply for some items. */
gboolean        bd_request_get_consent              (BdRequest   *self);
void            bd_request_set_consent              (BdRequest   *self,
                                                     gboolean     consent);

/* The item's details (which ones an item reads: its BdRequestDetail). */
gint64          bd_request_get_amount               (BdRequest   *self);
void            bd_request_set_amount               (BdRequest   *self,
                                                     gint64       fen);
gint64          bd_request_get_cash_value           (BdRequest   *self);
void            bd_request_set_cash_value           (BdRequest   *self,
                                                     gint64       fen);
/* A new address, name, occupation or fund allocation; a new mobile (CONTACT's phone). */
const char     *bd_request_get_text                 (BdRequest   *self);
void            bd_request_set_text                 (BdRequest   *self,
                                                     const char  *text);
const char     *bd_request_get_postcode             (BdRequest   *self);
void            bd_request_set_postcode             (BdRequest   *self,
                                                     const char  *postcode);
const char     *bd_request_get_phone                (BdRequest   *self);
void            bd_request_set_phone                (BdRequest   *self,
                                                     const char  *phone);
/* The stable name of a new frequency or payment method, or a new bank. */
const char     *bd_request_get_choice               (BdRequest   *self);
void            bd_request_set_choice               (BdRequest   *self,
                                                     const char  *choice);
/* A new policyholder. */
gint64          bd_request_get_new_customer_id      (BdRequest   *self);
void            bd_request_set_new_customer_id      (BdRequest   *self,
                                                     gint64       customer_id);
/* The new death beneficiaries (an array of BdNewBeneficiary, owned by the request). */
GArray         *bd_request_get_beneficiaries        (BdRequest   *self);
void            bd_request_add_beneficiary          (BdRequest   *self,
                                                     gint64       customer_id,
                                                     guint        rank,
                                                     guint        share);
void            bd_request_clear_beneficiaries      (BdRequest   *self);

G_END_DECLS
