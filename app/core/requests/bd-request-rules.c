/* bd-request-rules.c — whether a policy-change request may be accepted, and why not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every refusal names its rule. Who may apply is 002's 申请资格人 (domain.md §3) and the
 * Insurance Law; the documents' validity and the household register are 002's 身份证件
 * rules; the limits are domain.md §10's. The window shows the verdict as the form is
 * filled, and the store asks the same function again before it accepts (the core
 * decides, the window only shows).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-calendar.h"
#include "bd-identity.h"
#include "bd-limits.h"
#include "bd-policy-rules.h"
#include "bd-request-rules.h"

void
bd_request_context_clear (BdRequestContext *context)
{
  g_clear_object (&context->policy);
  g_clear_object (&context->policyholder);
  g_clear_object (&context->insured);
  g_clear_object (&context->applicant);
  g_clear_object (&context->guardian);
  g_clear_object (&context->new_customer);
}

static gboolean
refuse (GError         **error,
        BdRequestField   field,
        const char      *format,
        ...) G_GNUC_PRINTF (3, 4);

static gboolean
refuse (GError         **error,
        BdRequestField   field,
        const char      *format,
        ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (BD_REQUEST_ERROR, field, format, args);
  va_end (args);
  return FALSE;
}

/* The survival beneficiary: the one named, else the insured (domain.md §2). */
static gboolean
is_survival_beneficiary (BdPolicy *policy,
                         gint64    customer_id)
{
  GListModel *beneficiaries = bd_policy_get_beneficiaries (policy);
  guint n = beneficiaries != NULL ? g_list_model_get_n_items (beneficiaries) : 0;
  gboolean named = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdBeneficiary) beneficiary = g_list_model_get_item (beneficiaries, i);

      if (bd_beneficiary_get_kind (beneficiary) != BD_BENEFICIARY_SURVIVAL)
        continue;
      named = TRUE;
      if (bd_beneficiary_get_customer_id (beneficiary) == customer_id)
        return TRUE;
    }
  return !named && customer_id == bd_policy_get_insured_id (policy);
}

static gboolean
is_beneficiary (BdPolicy *policy,
                gint64    customer_id)
{
  GListModel *beneficiaries = bd_policy_get_beneficiaries (policy);
  guint n = beneficiaries != NULL ? g_list_model_get_n_items (beneficiaries) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdBeneficiary) beneficiary = g_list_model_get_item (beneficiaries, i);

      if (bd_beneficiary_get_customer_id (beneficiary) == customer_id)
        return TRUE;
    }
  return FALSE;
}

gboolean
bd_request_is_entitled (const BdRequestItem *item,
                        BdPolicy            *policy,
                        gint64               customer_id,
                        gboolean             consent)
{
  gint64 holder = bd_policy_get_policyholder_id (policy);
  gint64 insured = bd_policy_get_insured_id (policy);

  if (customer_id == 0)
    return FALSE;
  switch (item->applicant)
    {
    case BD_APPLICANT_POLICYHOLDER:
      return customer_id == holder;
    case BD_APPLICANT_INSURED:
      /* Insurance Law art. 41; SPC interpretation III art. 10. */
      return customer_id == insured || (item->consent && consent && customer_id == holder);
    case BD_APPLICANT_SURVIVAL_BENEFICIARY:
      return is_survival_beneficiary (policy, customer_id);
    case BD_APPLICANT_SIGNATURE_OWNER:
      return customer_id == holder || customer_id == insured
             || is_beneficiary (policy, customer_id);
    default:
      g_return_val_if_reached (FALSE);
    }
}

static gboolean
check_active (BdRequest              *request,
              const BdRequestContext *context,
              GError                **error)
{
  const BdRequestItem *item = bd_request_get_item (request);
  BdPolicyStatus status = bd_policy_get_status (context->policy);
  guint pre = item->preconditions;

  if ((pre & BD_PRECONDITION_ACTIVE) && !bd_policy_is_active (context->policy))
    return refuse (error, BD_REQUEST_FIELD_POLICY,
                   _("The policy is %s: “%s” is for a policy in force"),
                   bd_policy_status_get_label (status), bd_request_item_get_label (item));
  if ((pre & BD_PRECONDITION_PAYOUT) && !bd_policy_is_active (context->policy)
      && status != BD_POLICY_MATURED)
    return refuse (error, BD_REQUEST_FIELD_POLICY,
                   _("The policy is %s: there is no benefit to collect on it"),
                   bd_policy_status_get_label (status));
  return TRUE;
}

/* 健康保险管理办法 art. 15 and the contract: at least 15 days from the day after the
 * receipt is signed, ending on a working day (Civil Code arts. 201, 203); as many as the
 * branch's cooling-off-days, which its setting keeps at 15 or more. */
static gboolean
check_cooling_off (const BdRequestContext *context,
                   GError                **error)
{
  g_autoptr(GError) local = NULL;
  GDate receipt, last;

  if (!bd_date_parse_iso (bd_policy_get_receipt_date (context->policy), &receipt))
    return refuse (error, BD_REQUEST_FIELD_POLICY,
                   _("The policy’s receipt date is not recorded: its cooling-off period "
                     "cannot be known"));
  if (!bd_calendar_deadline_days (bd_calendar_get_default (), &receipt,
                                  context->cooling_off_days, &last, &local))
    return refuse (error, BD_REQUEST_FIELD_POLICY, "%s", local->message);
  if (bd_policy_get_status (context->policy) != BD_POLICY_IN_FORCE
      || g_date_compare (&context->today, &last) > 0)
    {
      char text[BD_ISO_DATE_SIZE];

      return refuse (error, BD_REQUEST_FIELD_POLICY,
                     _("The cooling-off period ended on %s: the policy can be surrendered, "
                       "not cancelled (Measures for Health Insurance, art. 15; the contract)"),
                     bd_date_format_iso (&last, text));
    }
  return TRUE;
}

/* Insurance Law art. 37: within two years of suspension. */
static gboolean
check_reinstatable (const BdRequestContext *context,
                    GError                **error)
{
  GDate unpaid;

  if (bd_policy_get_status (context->policy) != BD_POLICY_LAPSED)
    return refuse (error, BD_REQUEST_FIELD_POLICY,
                   _("Only a suspended policy is reinstated"));
  if (!bd_policy_reinstatable (context->policy, &context->today, context->grace_days,
                               &unpaid))
    return refuse (error, BD_REQUEST_FIELD_POLICY,
                   _("The policy was suspended more than two years ago: it can no longer be "
                     "reinstated (Insurance Law, art. 37)"));
  return TRUE;
}

static gboolean
check_policy (BdRequest              *request,
              const BdRequestContext *context,
              GError                **error)
{
  guint pre = bd_request_get_item (request)->preconditions;
  BdProductKind kind = bd_policy_get_product_kind (context->policy);

  if (!check_active (request, context, error))
    return FALSE;
  if ((pre & BD_PRECONDITION_COOLING_OFF) && !check_cooling_off (context, error))
    return FALSE;
  if ((pre & BD_PRECONDITION_REINSTATABLE) && !check_reinstatable (context, error))
    return FALSE;
  if ((pre & BD_PRECONDITION_DEATH_BENEFIT) && !bd_policy_has_death_benefit (context->policy))
    return refuse (error, BD_REQUEST_FIELD_POLICY,
                   _("The policy pays nothing on death: it has no death beneficiary to change"));
  if ((pre & BD_PRECONDITION_PAYING) && !bd_policy_is_paying (context->policy, &context->today))
    return refuse (error, BD_REQUEST_FIELD_POLICY,
                   _("No premium is payable on the policy any more"));
  if ((pre & BD_PRECONDITION_INVESTMENT) && kind != BD_PRODUCT_UNIVERSAL
      && kind != BD_PRODUCT_UNIT_LINKED)
    return refuse (error, BD_REQUEST_FIELD_POLICY,
                   _("Only a universal or unit-linked policy has an investment account"));
  return TRUE;
}

/* The refusal of an applicant who is not the entitled person, in the item's words. */
static gboolean
refuse_applicant (BdRequest              *request,
                  const BdRequestContext *context,
                  GError                **error)
{
  const BdRequestItem *item = bd_request_get_item (request);

  switch (item->applicant)
    {
    case BD_APPLICANT_INSURED:
      return refuse (error, BD_REQUEST_FIELD_APPLICANT,
                     _("A beneficiary change is applied for by the insured, %s, or by the "
                       "policyholder with the insured’s written consent (Insurance Law, "
                       "art. 41)"), bd_customer_get_name (context->insured));
    case BD_APPLICANT_SURVIVAL_BENEFICIARY:
      return refuse (error, BD_REQUEST_FIELD_APPLICANT,
                     _("This benefit is applied for by the survival beneficiary, not by who "
                       "paid the premiums (002: who may apply)"));
    case BD_APPLICANT_SIGNATURE_OWNER:
      return refuse (error, BD_REQUEST_FIELD_APPLICANT,
                     _("A signature is changed by the person whose signature it is: the "
                       "policyholder, the insured or a beneficiary (002)"));
    case BD_APPLICANT_POLICYHOLDER:
    default:
      return refuse (error, BD_REQUEST_FIELD_APPLICANT,
                     _("“%s” is applied for by the policyholder, %s (002: who may apply)"),
                     bd_request_item_get_label (item),
                     bd_customer_get_name (context->policyholder));
    }
}

/* Civil Code arts. 17, 23, 27: a minor acts through a guardian, who brings proof of
 * guardianship; the parents are guardians when none is designated (002). */
static gboolean
check_guardian (BdRequest              *request,
                const BdRequestContext *context,
                GError                **error)
{
  int age = bd_customer_get_age_on (context->applicant, &context->today);
  gint64 guardian_id = bd_request_get_guardian_id (request);

  if (!bd_is_minor (age))
    {
      if (guardian_id != 0)
        return refuse (error, BD_REQUEST_FIELD_GUARDIAN,
                       _("%s is an adult and applies in person: no guardian acts for an "
                         "adult (Civil Code, art. 17)"), bd_customer_get_name (context->applicant));
      return TRUE;
    }
  if (guardian_id == 0 || context->guardian == NULL)
    return refuse (error, BD_REQUEST_FIELD_GUARDIAN,
                   _("%s is a minor: a guardian applies for them, with proof of "
                     "guardianship (Civil Code, art. 23; 002)"),
                   bd_customer_get_name (context->applicant));
  if (bd_customer_get_guardian_id (context->applicant) != guardian_id
      && !(bd_customer_get_guardian_id (context->applicant) == 0 && context->guardian_is_parent))
    return refuse (error, BD_REQUEST_FIELD_GUARDIAN,
                   _("%s is not %s’s guardian: a parent or the designated guardian applies "
                     "(Civil Code, art. 27; 002)"),
                   bd_customer_get_name (context->guardian),
                   bd_customer_get_name (context->applicant));
  return TRUE;
}

static gboolean
check_applicant (BdRequest              *request,
                 const BdRequestContext *context,
                 GError                **error)
{
  gint64 applicant = bd_request_get_applicant_id (request);

  if (applicant == 0 || context->applicant == NULL)
    return refuse (error, BD_REQUEST_FIELD_APPLICANT, _("Choose the applicant"));
  if (!bd_request_is_entitled (bd_request_get_item (request), context->policy, applicant,
                               bd_request_get_consent (request)))
    return refuse_applicant (request, context, error);
  return check_guardian (request, context, error);
}

/* 002: 不允许代签名 — the entitled person signs, or their guardian. */
static gboolean
check_signer (BdRequest  *request,
              GError    **error)
{
  gint64 acting = bd_request_get_guardian_id (request) != 0
                  ? bd_request_get_guardian_id (request) : bd_request_get_applicant_id (request);

  if (bd_request_get_signer_id (request) == 0)
    return refuse (error, BD_REQUEST_FIELD_SIGNER, _("Say who signed the application"));
  if (bd_request_get_signer_id (request) != acting)
    return refuse (error, BD_REQUEST_FIELD_SIGNER,
                   _("The application is signed by the applicant in person (or their "
                     "guardian): nobody signs on someone’s behalf (002: 不允许代签名)"));
  return TRUE;
}

/* 002: a valid identity document; a household register only with a photo. */
static gboolean
check_document (BdRequest              *request,
                const BdRequestContext *context,
                GError                **error)
{
  const char *valid = bd_request_get_document_valid (request);
  GDate until;

  if (bd_request_get_document_type (request) == BD_DOCUMENT_HOUSEHOLD_REGISTER
      && !bd_request_get_document_photo (request))
    return refuse (error, BD_REQUEST_FIELD_DOCUMENT_TYPE,
                   _("A household register without a photo is not an identity document: "
                     "ask for an ID card or passport (002)"));
  if (bd_request_get_document_type (request) == BD_DOCUMENT_CREDIT_CODE)
    return refuse (error, BD_REQUEST_FIELD_DOCUMENT_TYPE,
                   _("A credit code identifies an organisation, not the person who applies"));
  if (valid == NULL || *valid == '\0')
    return TRUE;
  if (!bd_date_parse_iso (valid, &until))
    return refuse (error, BD_REQUEST_FIELD_DOCUMENT_VALID,
                   _("Write the date the document is valid until as YYYY-MM-DD"));
  if (bd_document_validity (valid, &context->today, NULL) == BD_DOCUMENT_EXPIRED)
    return refuse (error, BD_REQUEST_FIELD_DOCUMENT_VALID,
                   _("The identity document expired on %s: the applicant needs a valid one "
                     "(002)"), valid);
  return TRUE;
}

/* Shares of each order add up to 100 % (the contract; domain.md §2). */
static gboolean
check_beneficiaries (BdRequest              *request,
                     const BdRequestContext *context,
                     GError                **error)
{
  GArray *list = bd_request_get_beneficiaries (request);
  guint totals[16] = { 0 };
  guint highest = 0;

  if (list->len == 0)
    return refuse (error, BD_REQUEST_FIELD_BENEFICIARIES,
                   _("Name at least one beneficiary, or the legal heirs"));
  for (guint i = 0; i < list->len; i++)
    {
      BdNewBeneficiary *b = &g_array_index (list, BdNewBeneficiary, i);

      if (b->rank < 1 || b->rank > G_N_ELEMENTS (totals) - 1 || b->share == 0)
        return refuse (error, BD_REQUEST_FIELD_BENEFICIARIES,
                       _("Each beneficiary has an order from 1 and a share above 0 %%"));
      if (b->customer_id != 0 && b->customer_id == bd_policy_get_insured_id (context->policy))
        return refuse (error, BD_REQUEST_FIELD_BENEFICIARIES,
                       _("The insured cannot be the death beneficiary of their own life"));
      totals[b->rank] += b->share;
      highest = MAX (highest, b->rank);
    }
  for (guint rank = 1; rank <= highest; rank++)
    if (totals[rank] != 10000)
      {
        g_autofree char *sum = bd_format_share (totals[rank]);

        return refuse (error, BD_REQUEST_FIELD_BENEFICIARIES,
                       _("The shares of order %u add up to %s: they must make 100%%"),
                       rank, sum);
      }
  return TRUE;
}

static gboolean
check_contact (BdRequest  *request,
               GError    **error)
{
  const char *address = bd_request_get_text (request);
  const char *postcode = bd_request_get_postcode (request);
  const char *phone = bd_request_get_phone (request);
  gboolean has_address = address != NULL && *address != '\0';
  gboolean has_phone = phone != NULL && *phone != '\0';

  if (!has_address && !has_phone)
    return refuse (error, BD_REQUEST_FIELD_TEXT, _("Write the new address or the new mobile"));
  if (postcode != NULL && *postcode != '\0'
      && (strlen (postcode) != 6 || strspn (postcode, "0123456789") != 6))
    return refuse (error, BD_REQUEST_FIELD_POSTCODE, _("A postcode is six digits"));
  if (has_phone)
    {
      g_autoptr(GError) local = NULL;
      g_autofree char *mobile = bd_phone_normalize (phone, &local);

      if (mobile == NULL)
        return refuse (error, BD_REQUEST_FIELD_PHONE, "%s", local->message);
    }
  return TRUE;
}

/* Civil Code art. 17: a minor may not take over a contract as policyholder. */
static gboolean
check_new_policyholder (BdRequest              *request,
                        const BdRequestContext *context,
                        GError                **error)
{
  gint64 id = bd_request_get_new_customer_id (request);

  if (id == 0 || context->new_customer == NULL)
    return refuse (error, BD_REQUEST_FIELD_NEW_CUSTOMER, _("Choose the new policyholder"));
  if (id == bd_policy_get_policyholder_id (context->policy))
    return refuse (error, BD_REQUEST_FIELD_NEW_CUSTOMER,
                   _("The new policyholder is the policyholder already"));
  if (bd_is_minor (bd_customer_get_age_on (context->new_customer, &context->today)))
    return refuse (error, BD_REQUEST_FIELD_NEW_CUSTOMER,
                   _("A minor cannot become a policyholder (Civil Code, art. 17)"));
  return TRUE;
}

static gboolean
check_payment_method (BdRequest              *request,
                      const BdRequestContext *context,
                      GError                **error)
{
  BdPaymentMethod method;

  if (!bd_payment_method_from_string (bd_request_get_choice (request), &method))
    return refuse (error, BD_REQUEST_FIELD_CHOICE, _("Choose the new payment method"));
  if (method == bd_policy_get_payment_method (context->policy))
    return refuse (error, BD_REQUEST_FIELD_CHOICE, _("The policy is paid this way already"));
  /* 002, 人工上门收费: door collection of cash only below 1,000 yuan a period. */
  if (method == BD_PAYMENT_DOOR
      && bd_policy_get_premium (context->policy) >= BD_DOOR_COLLECTION_LIMIT)
    return refuse (error, BD_REQUEST_FIELD_CHOICE,
                   _("Premiums are collected at the door only below 1,000 yuan a period (002)"));
  return TRUE;
}

static gboolean
check_frequency (BdRequest              *request,
                 const BdRequestContext *context,
                 GError                **error)
{
  BdFrequency frequency;

  if (!bd_frequency_from_string (bd_request_get_choice (request), &frequency)
      || frequency == BD_FREQUENCY_SINGLE)
    return refuse (error, BD_REQUEST_FIELD_CHOICE, _("Choose the new premium frequency"));
  if (frequency == bd_policy_get_frequency (context->policy))
    return refuse (error, BD_REQUEST_FIELD_CHOICE, _("The policy is paid at this frequency already"));
  return TRUE;
}

static gboolean
check_amount (BdRequest  *request,
              GError    **error)
{
  if (bd_request_get_amount (request) <= 0)
    return refuse (error, BD_REQUEST_FIELD_AMOUNT, _("Write the amount in yuan"));
  return TRUE;
}

/* A loan within the company's share of the cash value the policy statement gives. */
static gboolean
check_loan (BdRequest  *request,
            GError    **error)
{
  gint64 cash = bd_request_get_cash_value (request);

  if (cash <= 0)
    return refuse (error, BD_REQUEST_FIELD_CASH_VALUE,
                   _("Write the cash value from the policy statement"));
  if (!check_amount (request, error))
    return FALSE;
  if (bd_request_get_amount (request) > cash * BD_LOAN_SHARE_PERCENT / 100)
    {
      g_autofree char *limit = bd_format_yuan (cash * BD_LOAN_SHARE_PERCENT / 100);

      return refuse (error, BD_REQUEST_FIELD_AMOUNT,
                     _("A loan is at most %u%% of the cash value: %s"),
                     BD_LOAN_SHARE_PERCENT, limit);
    }
  return TRUE;
}

static gboolean
check_text (BdRequest  *request,
            GError    **error)
{
  const char *text = bd_request_get_text (request);

  if (text == NULL || *text == '\0')
    return refuse (error, BD_REQUEST_FIELD_TEXT, _("Write what changes"));
  return TRUE;
}

static gboolean
check_renewed_document (BdRequest              *request,
                        const BdRequestContext *context,
                        GError                **error)
{
  const char *text = bd_request_get_text (request);
  GDate until;

  /* "" is a document valid for life (长期). */
  if (text == NULL || *text == '\0')
    return TRUE;
  if (!bd_date_parse_iso (text, &until))
    return refuse (error, BD_REQUEST_FIELD_TEXT,
                   _("Write the renewed document’s validity as YYYY-MM-DD, or leave it empty "
                     "for a document valid for life"));
  if (g_date_compare (&until, &context->today) <= 0)
    return refuse (error, BD_REQUEST_FIELD_TEXT,
                   _("The renewed document must still be valid"));
  return TRUE;
}

static gboolean
check_sum_insured (BdRequest              *request,
                   const BdRequestContext *context,
                   GError                **error)
{
  if (!check_amount (request, error))
    return FALSE;
  if (bd_request_get_amount (request) >= bd_policy_get_sum_insured (context->policy))
    return refuse (error, BD_REQUEST_FIELD_AMOUNT,
                   _("A reduction leaves a sum insured below the present one"));
  return TRUE;
}

static gboolean
check_account (BdRequest  *request,
               GError    **error)
{
  const char *bank = bd_request_get_choice (request);

  if (bank == NULL || *bank == '\0')
    return refuse (error, BD_REQUEST_FIELD_CHOICE, _("Write the bank"));
  if (!bd_bank_card_luhn_valid (bd_request_get_text (request)))
    return refuse (error, BD_REQUEST_FIELD_TEXT,
                   _("This is not a bank card number: check the digits"));
  return TRUE;
}

static gboolean
check_details (BdRequest              *request,
               const BdRequestContext *context,
               GError                **error)
{
  switch (bd_request_get_item (request)->detail)
    {
    case BD_DETAIL_NONE:
      return TRUE;
    case BD_DETAIL_AMOUNT:
      return check_amount (request, error);
    case BD_DETAIL_LOAN:
      return check_loan (request, error);
    case BD_DETAIL_CONTACT:
      return check_contact (request, error);
    case BD_DETAIL_DOCUMENT:
      return check_renewed_document (request, context, error);
    case BD_DETAIL_TEXT:
      return check_text (request, error);
    case BD_DETAIL_BENEFICIARIES:
      return check_beneficiaries (request, context, error);
    case BD_DETAIL_POLICYHOLDER:
      return check_new_policyholder (request, context, error);
    case BD_DETAIL_FREQUENCY:
      return check_frequency (request, context, error);
    case BD_DETAIL_PAYMENT_METHOD:
      return check_payment_method (request, context, error);
    case BD_DETAIL_SUM_INSURED:
      return check_sum_insured (request, context, error);
    case BD_DETAIL_ACCOUNT:
      return check_account (request, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* 保监发〔2015〕90号: a minor's death cover, all policies together, within the caps. */
static gboolean
check_minor_cap (BdRequest              *request,
                 const BdRequestContext *context,
                 GError                **error)
{
  int age = bd_customer_get_age_on (context->insured, &context->today);
  gint64 cap = bd_minor_death_cap (age);
  gint64 added;

  if (!(bd_request_get_item (request)->preconditions & BD_PRECONDITION_MINOR_CAP) || cap < 0)
    return TRUE;
  added = bd_request_get_item (request)->detail == BD_DETAIL_AMOUNT
          ? bd_request_get_amount (request)
          : bd_death_cover (bd_policy_get_product_kind (context->policy),
                            bd_policy_get_sum_insured (context->policy));
  if (context->other_death_cover + added > cap)
    {
      g_autofree char *limit = bd_format_yuan (cap);

      return refuse (error, BD_REQUEST_FIELD_POLICY,
                     _("The insured is a minor: their death cover, all policies together, "
                       "would exceed %s (CIRC 2015 No. 90)"), limit);
    }
  return TRUE;
}

gboolean
bd_request_judge (BdRequest              *request,
                  const BdRequestContext *context,
                  GError                **error)
{
  g_return_val_if_fail (BD_IS_REQUEST (request), FALSE);
  g_return_val_if_fail (context != NULL, FALSE);

  if (context->policy == NULL || context->policyholder == NULL || context->insured == NULL)
    return refuse (error, BD_REQUEST_FIELD_POLICY, _("Choose the policy"));
  return check_policy (request, context, error)
         && check_applicant (request, context, error)
         && check_document (request, context, error)
         && check_signer (request, error)
         && check_details (request, context, error)
         && check_minor_cap (request, context, error);
}
