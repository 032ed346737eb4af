/* bd-request-catalogue.c — the policy-change items (保全项目) as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything about an item the rest of the program asks is in its row: who may apply,
 * what the policy must be, what it changes, which documents, whether a second person
 * reviews it, and how long it may take. The items and who may apply are 002's
 * (保全业务的申请资格人 and the four categories, domain.md §3); the deadlines are the 2010
 * Basic Service Rules' and the Insurance Law's (domain.md §10).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-request-catalogue.h"

/* Documents: the form and the applicant's ID always; the others as each item says. */
static const BdDocumentKind documents[] = {
  { BD_DOCUMENT_APPLICATION, N_("Application form signed by the applicant") },
  { BD_DOCUMENT_APPLICANT_ID, N_("Applicant’s valid identity document") },
  { BD_DOCUMENT_CONSENT, N_("Insured’s written consent") },
  { BD_DOCUMENT_GUARDIANSHIP, N_("Proof of guardianship (household register or certificate)") },
  { "policy-contract", N_("Policy contract") },
  { "bank-card", N_("Copy of the bank card or passbook") },
  { "new-id", N_("Copy of the renewed identity document") },
  { "name-proof", N_("Police certificate of the name change") },
  { "occupation-proof", N_("Proof of the new occupation") },
  { "signature-sample", N_("Signature sample") },
  { "beneficiary-ids", N_("Copies of the new beneficiaries’ identity documents") },
  { "relationship-proof", N_("Proof of the relationship to the insured") },
  { "new-holder-id", N_("New policyholder’s identity document") },
  { "health-declaration", N_("Health declaration") },
  { "loan-contract", N_("Loan agreement") },
  { "payment-receipt", N_("Proof of payment") },
};

#define DOCS(...) ((const char *const[]) { __VA_ARGS__, NULL })

/* Deadlines (domain.md §10). */
static const BdDeadlineRule deadlines[] = {
  { "request-accept", N_("Accept a complete application"),
    N_("from the day the application is received"), 2, BD_DEADLINE_WORKING_DAYS,
    N_("Basic Service Rules for Personal Insurance (2010), art. 19") },
  { "request-notice", N_("One notice of every missing document"),
    N_("from the day the application is received"), 5, BD_DEADLINE_WORKING_DAYS,
    N_("Basic Service Rules for Personal Insurance (2010), art. 19") },
  { "request-carry-out", N_("Carry out the change"),
    N_("from the day it is approved"), 5, BD_DEADLINE_WORKING_DAYS,
    N_("Basic Service Rules for Personal Insurance (2010), art. 20") },
  { "surrender-payment", N_("Pay the cash value"),
    N_("from the day of the surrender request"), 30, BD_DEADLINE_CALENDAR_DAYS,
    N_("Insurance Law, art. 47") },
};

static const char *const meets_acceptance[] = { "request-accept", "request-notice", NULL };
static const char *const meets_carry_out[] = { "request-carry-out", NULL };
static const char *const starts_carry_out[] = { "request-carry-out", NULL };

static const BdCaseState states[] = {
  { "draft", N_("Received"), TRUE },
  { "accepted", N_("Accepted"), TRUE },
  { "waiting", N_("Waiting for documents"), TRUE },
  { "in-review", N_("In review"), TRUE },
  { "approved", N_("Approved"), TRUE },
  { "refused", N_("Refused"), FALSE },
  { "completed", N_("Completed"), FALSE },
  { "withdrawn", N_("Withdrawn"), FALSE },
};

#define RULES_19 N_("Basic Service Rules for Personal Insurance (2010), art. 19")
#define RULES_20 N_("Basic Service Rules for Personal Insurance (2010), art. 20")
#define REVIEW_002 N_("002: review by a second person (复核)")
#define WITHDRAW_002 N_("002: a request is withdrawn by the customer, never deleted")

/* The lifecycle of domain.md §3: draft → accepted → waiting for documents → in review →
 * approved / refused → completed; or withdrawn. A complete application is accepted; an
 * incomplete one is accepted with the one notice of everything missing (both within the
 * art. 19 deadlines). Review steps are taken only for items that need review, by someone
 * other than who accepted. */
static const BdCaseStep steps[] = {
  { "draft", "accepted", N_("Accept"), BD_PERMISSION_TAKE_REQUESTS,
    BD_STEP_ACCEPTS | BD_STEP_DOCUMENTS_COMPLETE, RULES_19, NULL, meets_acceptance },
  { "draft", "waiting", N_("Accept and give notice of the missing documents"),
    BD_PERMISSION_TAKE_REQUESTS, BD_STEP_ACCEPTS | BD_STEP_DOCUMENTS_MISSING, RULES_19,
    NULL, meets_acceptance },
  { "waiting", "accepted", N_("Documents complete"), BD_PERMISSION_TAKE_REQUESTS,
    BD_STEP_DOCUMENTS_COMPLETE, RULES_19, NULL, NULL },
  { "accepted", "in-review", N_("Send for review"), BD_PERMISSION_TAKE_REQUESTS,
    BD_STEP_IF_REVIEWED | BD_STEP_DOCUMENTS_COMPLETE, REVIEW_002, NULL, NULL },
  { "accepted", "approved", N_("Confirm"), BD_PERMISSION_TAKE_REQUESTS,
    BD_STEP_IF_NOT_REVIEWED | BD_STEP_DOCUMENTS_COMPLETE, RULES_20, starts_carry_out,
    NULL },
  { "in-review", "approved", N_("Approve"), BD_PERMISSION_REVIEW_REQUESTS,
    BD_STEP_IF_REVIEWED | BD_STEP_FOUR_EYES, REVIEW_002, starts_carry_out, NULL },
  { "in-review", "refused", N_("Refuse"), BD_PERMISSION_REVIEW_REQUESTS,
    BD_STEP_IF_REVIEWED | BD_STEP_FOUR_EYES | BD_STEP_NEEDS_REASON, REVIEW_002, NULL, NULL },
  { "approved", "completed", N_("Carry out"), BD_PERMISSION_TAKE_REQUESTS, 0, RULES_20, NULL,
    meets_carry_out },
  { "draft", "withdrawn", N_("Withdraw"), BD_PERMISSION_TAKE_REQUESTS, BD_STEP_NEEDS_REASON,
    WITHDRAW_002, NULL, NULL },
  { "accepted", "withdrawn", N_("Withdraw"), BD_PERMISSION_TAKE_REQUESTS, BD_STEP_NEEDS_REASON,
    WITHDRAW_002, NULL, NULL },
  { "waiting", "withdrawn", N_("Withdraw"), BD_PERMISSION_TAKE_REQUESTS, BD_STEP_NEEDS_REASON,
    WITHDRAW_002, NULL, NULL },
  { "in-review", "withdrawn", N_("Withdraw"), BD_PERMISSION_TAKE_REQUESTS,
    BD_STEP_NEEDS_REASON, WITHDRAW_002, NULL, NULL },
  { "approved", "withdrawn", N_("Withdraw"), BD_PERMISSION_TAKE_REQUESTS, BD_STEP_NEEDS_REASON,
    WITHDRAW_002, NULL, NULL },
};

static const BdLifecycle lifecycle = {
  "draft", states, G_N_ELEMENTS (states), steps, G_N_ELEMENTS (steps),
};

static const BdCaseKind case_kind = {
  "request", "BQ", &lifecycle, deadlines, G_N_ELEMENTS (deadlines),
  documents, G_N_ELEMENTS (documents),
};

#define POLICYHOLDER_002 N_("002: every other item is applied for by the policyholder")
#define ACTIVE BD_PRECONDITION_ACTIVE

/* The catalogue (002; domain.md §3). Review: items that change money or rights. Target
 * times: the 2010 rules' five working days unless the branch is faster. */
static const BdRequestItem items[] = {
  /* 补退费类 */
  { "surrender", N_("Surrender"), BD_REQUEST_REFUNDS, BD_APPLICANT_POLICYHOLDER, FALSE,
    DOCS ("policy-contract", "bank-card"), ACTIVE, BD_DETAIL_NONE, TRUE, 5,
    "surrender-payment", POLICYHOLDER_002 },
  { "cooling-off-cancellation", N_("Cancellation in the cooling-off period"),
    BD_REQUEST_REFUNDS, BD_APPLICANT_POLICYHOLDER, FALSE, DOCS ("policy-contract", "bank-card"),
    BD_PRECONDITION_COOLING_OFF, BD_DETAIL_NONE, TRUE, 5, NULL, POLICYHOLDER_002 },
  { "policy-loan", N_("Policy loan"), BD_REQUEST_REFUNDS, BD_APPLICANT_POLICYHOLDER, FALSE,
    DOCS ("loan-contract", "bank-card"), ACTIVE, BD_DETAIL_LOAN, TRUE, 5, NULL,
    POLICYHOLDER_002 },
  { "loan-repayment", N_("Loan repayment"), BD_REQUEST_REFUNDS, BD_APPLICANT_POLICYHOLDER,
    FALSE, DOCS ("payment-receipt"), 0, BD_DETAIL_AMOUNT, FALSE, 2, NULL, POLICYHOLDER_002 },
  { "survival-benefit", N_("Survival benefit, annuity or maturity payout"), BD_REQUEST_REFUNDS,
    BD_APPLICANT_SURVIVAL_BENEFICIARY, FALSE, DOCS ("bank-card"), BD_PRECONDITION_PAYOUT,
    BD_DETAIL_AMOUNT, TRUE, 5, NULL,
    N_("002: survival benefits, annuities and maturities are applied for by the survival "
       "beneficiary") },
  { "dividend-payout", N_("Dividend payout"), BD_REQUEST_REFUNDS, BD_APPLICANT_POLICYHOLDER,
    FALSE, DOCS ("bank-card"), ACTIVE, BD_DETAIL_AMOUNT, TRUE, 5, NULL, POLICYHOLDER_002 },
  /* 客户资料变更类 */
  { "contact-change", N_("Contact address or phone"), BD_REQUEST_CUSTOMER_DATA,
    BD_APPLICANT_POLICYHOLDER, FALSE, NULL, 0, BD_DETAIL_CONTACT, FALSE, 2, NULL,
    POLICYHOLDER_002 },
  { "id-renewal", N_("Identity document renewal"), BD_REQUEST_CUSTOMER_DATA,
    BD_APPLICANT_POLICYHOLDER, FALSE, DOCS ("new-id"), 0, BD_DETAIL_DOCUMENT, FALSE, 2, NULL,
    POLICYHOLDER_002 },
  { "name-correction", N_("Name correction"), BD_REQUEST_CUSTOMER_DATA,
    BD_APPLICANT_POLICYHOLDER, FALSE, DOCS ("name-proof"), 0, BD_DETAIL_TEXT, TRUE, 5, NULL,
    POLICYHOLDER_002 },
  { "occupation-change", N_("Occupation change"), BD_REQUEST_CUSTOMER_DATA,
    BD_APPLICANT_POLICYHOLDER, FALSE, DOCS ("occupation-proof"), ACTIVE, BD_DETAIL_TEXT, FALSE,
    5, NULL, POLICYHOLDER_002 },
  { "signature-change", N_("Signature change"), BD_REQUEST_CUSTOMER_DATA,
    BD_APPLICANT_SIGNATURE_OWNER, FALSE, DOCS ("signature-sample"), 0, BD_DETAIL_NONE, FALSE,
    2, NULL, N_("002: a signature is changed by the person whose signature it is") },
  { "premium-account", N_("Premium account change"), BD_REQUEST_CUSTOMER_DATA,
    BD_APPLICANT_POLICYHOLDER, FALSE, DOCS ("bank-card"), ACTIVE | BD_PRECONDITION_PAYING,
    BD_DETAIL_ACCOUNT, FALSE, 2, NULL, POLICYHOLDER_002 },
  { "payment-method", N_("Payment method change"), BD_REQUEST_CUSTOMER_DATA,
    BD_APPLICANT_POLICYHOLDER, FALSE, NULL, ACTIVE | BD_PRECONDITION_PAYING,
    BD_DETAIL_PAYMENT_METHOD, FALSE, 2, NULL, POLICYHOLDER_002 },
  /* 权益变更类 */
  { "beneficiary-change", N_("Beneficiary change"), BD_REQUEST_RIGHTS, BD_APPLICANT_INSURED,
    TRUE, DOCS ("policy-contract", "beneficiary-ids", "relationship-proof"),
    ACTIVE | BD_PRECONDITION_DEATH_BENEFIT, BD_DETAIL_BENEFICIARIES, TRUE, 5, NULL,
    N_("Insurance Law, art. 41: the beneficiary is changed by the insured, or by the "
       "policyholder with the insured’s written consent") },
  { "policyholder-change", N_("Policyholder change"), BD_REQUEST_RIGHTS,
    BD_APPLICANT_POLICYHOLDER, FALSE, DOCS ("policy-contract", "new-holder-id"), ACTIVE,
    BD_DETAIL_POLICYHOLDER, TRUE, 5, NULL, POLICYHOLDER_002 },
  { "reinstatement", N_("Reinstatement"), BD_REQUEST_RIGHTS, BD_APPLICANT_POLICYHOLDER, FALSE,
    DOCS ("health-declaration", "payment-receipt"),
    BD_PRECONDITION_REINSTATABLE | BD_PRECONDITION_MINOR_CAP, BD_DETAIL_NONE, TRUE, 5, NULL,
    POLICYHOLDER_002 },
  { "sum-reduction", N_("Sum insured reduction"), BD_REQUEST_RIGHTS, BD_APPLICANT_POLICYHOLDER,
    FALSE, DOCS ("policy-contract"), ACTIVE, BD_DETAIL_SUM_INSURED, TRUE, 5, NULL,
    POLICYHOLDER_002 },
  { "reduced-paid-up", N_("Reduced paid-up"), BD_REQUEST_RIGHTS, BD_APPLICANT_POLICYHOLDER,
    FALSE, DOCS ("policy-contract"), ACTIVE | BD_PRECONDITION_PAYING, BD_DETAIL_NONE, TRUE, 5,
    NULL, POLICYHOLDER_002 },
  { "frequency-change", N_("Premium frequency change"), BD_REQUEST_RIGHTS,
    BD_APPLICANT_POLICYHOLDER, FALSE, NULL, ACTIVE | BD_PRECONDITION_PAYING,
    BD_DETAIL_FREQUENCY, FALSE, 5, NULL, POLICYHOLDER_002 },
  { "rider-change", N_("Rider added or removed"), BD_REQUEST_RIGHTS, BD_APPLICANT_POLICYHOLDER,
    FALSE, DOCS ("health-declaration"), ACTIVE | BD_PRECONDITION_MINOR_CAP, BD_DETAIL_AMOUNT,
    TRUE, 5, NULL, POLICYHOLDER_002 },
  /* 非传统险变更 */
  { "additional-premium", N_("Additional premium"), BD_REQUEST_NON_TRADITIONAL,
    BD_APPLICANT_POLICYHOLDER, FALSE, DOCS ("payment-receipt"),
    ACTIVE | BD_PRECONDITION_INVESTMENT, BD_DETAIL_AMOUNT, FALSE, 5, NULL, POLICYHOLDER_002 },
  { "partial-withdrawal", N_("Partial withdrawal"), BD_REQUEST_NON_TRADITIONAL,
    BD_APPLICANT_POLICYHOLDER, FALSE, DOCS ("bank-card"), ACTIVE | BD_PRECONDITION_INVESTMENT,
    BD_DETAIL_AMOUNT, TRUE, 5, NULL, POLICYHOLDER_002 },
  { "fund-switch", N_("Investment account switch"), BD_REQUEST_NON_TRADITIONAL,
    BD_APPLICANT_POLICYHOLDER, FALSE, NULL, ACTIVE | BD_PRECONDITION_INVESTMENT, BD_DETAIL_TEXT,
    FALSE, 5, NULL, POLICYHOLDER_002 },
};

static const char *const category_labels[BD_N_REQUEST_CATEGORIES] = {
  [BD_REQUEST_REFUNDS] = N_("Refunds and payments"),
  [BD_REQUEST_CUSTOMER_DATA] = N_("Customer data changes"),
  [BD_REQUEST_RIGHTS] = N_("Rights changes"),
  [BD_REQUEST_NON_TRADITIONAL] = N_("Non-traditional policy changes"),
};

const char *
bd_request_category_get_label (BdRequestCategory category)
{
  g_return_val_if_fail (category < BD_N_REQUEST_CATEGORIES, NULL);
  return _(category_labels[category]);
}

const BdRequestItem *
bd_request_catalogue (guint *n_items)
{
  *n_items = G_N_ELEMENTS (items);
  return items;
}

const BdRequestItem *
bd_request_item_find (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (items); i++)
    if (g_str_equal (items[i].name, name))
      return &items[i];
  return NULL;
}

const char *
bd_request_item_get_label (const BdRequestItem *item)
{
  return _(item->label);
}

const BdCaseKind *
bd_request_case_kind (void)
{
  return &case_kind;
}

const BdDocumentKind *
bd_request_document_find (const char *name)
{
  return bd_case_kind_find_document (&case_kind, name);
}
