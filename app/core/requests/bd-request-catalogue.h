/* bd-request-catalogue.h — the policy-change items (保全项目) as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "bd-case.h"

G_BEGIN_DECLS

/* The four categories of 002 (domain.md §3). */
typedef enum
{
  BD_REQUEST_REFUNDS,          /* 补退费类 */
  BD_REQUEST_CUSTOMER_DATA,    /* 客户资料变更类 */
  BD_REQUEST_RIGHTS,           /* 权益变更类 */
  BD_REQUEST_NON_TRADITIONAL,  /* 非传统险变更 */
} BdRequestCategory;

#define BD_N_REQUEST_CATEGORIES 4

const char *bd_request_category_get_label (BdRequestCategory category);

/* Who may apply for an item (申请资格人, 002). */
typedef enum
{
  BD_APPLICANT_POLICYHOLDER,          /* every item not named below */
  BD_APPLICANT_INSURED,               /* beneficiary change (Insurance Law art. 41) */
  BD_APPLICANT_SURVIVAL_BENEFICIARY,  /* survival benefit, annuity, maturity payouts */
  BD_APPLICANT_SIGNATURE_OWNER,       /* a signature change: whose signature it is */
} BdApplicantRule;

/* What an item changes, and so which details its form asks for. */
typedef enum
{
  BD_DETAIL_NONE,
  BD_DETAIL_AMOUNT,           /* an amount of money: a payout, a repayment, a premium */
  BD_DETAIL_LOAN,             /* an amount within a share of the stated cash value */
  BD_DETAIL_CONTACT,          /* a new address and postcode, or a new mobile */
  BD_DETAIL_DOCUMENT,         /* the renewed identity document's validity */
  BD_DETAIL_TEXT,             /* a new name, occupation, fund allocation… in words */
  BD_DETAIL_BENEFICIARIES,    /* the new death beneficiaries, with order and shares */
  BD_DETAIL_POLICYHOLDER,     /* the new policyholder, a customer */
  BD_DETAIL_FREQUENCY,        /* a new premium frequency */
  BD_DETAIL_PAYMENT_METHOD,   /* a new way of paying premiums */
  BD_DETAIL_SUM_INSURED,      /* a lower sum insured */
  BD_DETAIL_ACCOUNT,          /* a new premium account: bank and number */
} BdRequestDetail;

/* What must hold of the policy for an item (each checked by bd-request-rules.c, which
 * names its source). */
typedef enum
{
  BD_PRECONDITION_ACTIVE          = 1 << 0,  /* in force or in its grace period */
  BD_PRECONDITION_COOLING_OFF     = 1 << 1,  /* inside the cooling-off period */
  BD_PRECONDITION_REINSTATABLE    = 1 << 2,  /* suspended less than 2 years ago */
  BD_PRECONDITION_DEATH_BENEFIT   = 1 << 3,  /* the policy pays on death */
  BD_PRECONDITION_PAYING          = 1 << 4,  /* premiums still payable */
  BD_PRECONDITION_INVESTMENT      = 1 << 5,  /* a universal or unit-linked policy */
  BD_PRECONDITION_MINOR_CAP       = 1 << 6,  /* a minor's death cover stays in the caps */
  BD_PRECONDITION_PAYOUT          = 1 << 7,  /* in force or matured: a benefit to collect */
} BdPrecondition;

/* One item of the catalogue. */
typedef struct
{
  const char          *name;          /* stable, stored: "beneficiary-change" */
  const char          *label;         /* N_() */
  BdRequestCategory    category;
  BdApplicantRule      applicant;
  gboolean             consent;       /* the policyholder may apply with the insured's
                                       * written consent */
  const char *const   *documents;     /* required besides the form and the ID */
  guint                preconditions; /* BdPrecondition */
  BdRequestDetail      detail;
  gboolean             needs_review;  /* reviewed by a second person (复核) */
  guint                target_days;   /* the branch's target, in working days */
  const char          *deadline;      /* a statutory deadline of its own, or NULL */
  const char          *source;        /* N_(): where the applicant rule comes from */
} BdRequestItem;

/* The whole catalogue, in the categories' order. */
const BdRequestItem  *bd_request_catalogue           (guint        *n_items);
const BdRequestItem  *bd_request_item_find           (const char   *name);
const char           *bd_request_item_get_label      (const BdRequestItem *item);

/* What the case machinery knows of a request: its lifecycle, deadlines and documents. */
const BdCaseKind     *bd_request_case_kind           (void);
const BdDocumentKind *bd_request_document_find       (const char   *name);

/* The documents every request needs, and those some need. */
#define BD_DOCUMENT_APPLICATION   "application"     /* 申请书 */
#define BD_DOCUMENT_APPLICANT_ID  "applicant-id"    /* 申请人有效身份证件 */
#define BD_DOCUMENT_CONSENT       "insured-consent" /* 被保险人书面同意书 */
#define BD_DOCUMENT_GUARDIANSHIP  "guardianship"    /* 监护关系证明 */

/* The cooling-off period when the product sets none longer: 15 days from the day after
 * the receipt is signed (健康保险管理办法 art. 15; domain.md §10). The default of the
 * branch's setting cooling-off-days, which the rules read from the request's context. */
#define BD_COOLING_OFF_DAYS 15
/* A policy loan up to this share of the cash value (a company rule; domain.md §3). */
#define BD_LOAN_SHARE_PERCENT 80
/* Door collection of cash premiums only below 1,000 yuan a period (002, 人工上门收费). */
#define BD_DOOR_COLLECTION_LIMIT ((gint64) 1000 * 100)

G_END_DECLS
