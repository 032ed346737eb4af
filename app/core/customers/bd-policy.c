/* bd-policy.c — an insurance policy with its parties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-policy"

#include "config.h"

#include "bd-policy.h"

#include "bd-enum-types.h"
#include "bd-model-private.h"

struct _BdPolicy
{
  GObject           parent_instance;

  gint64            id;
  char             *number;
  gint64            product_id;
  char             *product_name;
  BdProductKind     product_kind;
  gint64            policyholder_id;
  char             *policyholder_name;
  gint64            insured_id;
  char             *insured_name;
  char             *effective_date;
  char             *receipt_date;
  guint             term_years;
  gint64            sum_insured;
  gint64            premium;
  BdFrequency       frequency;
  guint             payment_years;
  BdPaymentMethod   payment_method;
  char             *next_due_date;
  gint64            servicing_staff_id;
  char             *servicing_staff_name;
  char             *original_agent;
  char             *transfer_reason;
  BdSurvivalOption  survival_option;
  char             *account_number;
  BdPolicyStatus    status;
  BdServiceClass    service_class;
  GListStore       *beneficiaries;
};

G_DEFINE_FINAL_TYPE (BdPolicy, bd_policy, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_PRODUCT_ID,
  PROP_PRODUCT_NAME,
  PROP_PRODUCT_KIND,
  PROP_POLICYHOLDER_ID,
  PROP_POLICYHOLDER_NAME,
  PROP_INSURED_ID,
  PROP_INSURED_NAME,
  PROP_EFFECTIVE_DATE,
  PROP_RECEIPT_DATE,
  PROP_TERM_YEARS,
  PROP_SUM_INSURED,
  PROP_PREMIUM,
  PROP_FREQUENCY,
  PROP_PAYMENT_YEARS,
  PROP_PAYMENT_METHOD,
  PROP_NEXT_DUE_DATE,
  PROP_SERVICING_STAFF_ID,
  PROP_SERVICING_STAFF_NAME,
  PROP_ORIGINAL_AGENT,
  PROP_TRANSFER_REASON,
  PROP_SURVIVAL_OPTION,
  PROP_ACCOUNT_NUMBER,
  PROP_STATUS,
  PROP_SERVICE_CLASS,
  PROP_BENEFICIARIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bd_policy_dispose (GObject *object)
{
  BdPolicy *self = (BdPolicy *) object;

  g_clear_object (&self->beneficiaries);

  G_OBJECT_CLASS (bd_policy_parent_class)->dispose (object);
}

static void
bd_policy_finalize (GObject *object)
{
  BdPolicy *self = (BdPolicy *) object;

  g_free (self->number);
  g_free (self->product_name);
  g_free (self->policyholder_name);
  g_free (self->insured_name);
  g_free (self->effective_date);
  g_free (self->receipt_date);
  g_free (self->next_due_date);
  g_free (self->servicing_staff_name);
  g_free (self->original_agent);
  g_free (self->transfer_reason);
  g_free (self->account_number);

  G_OBJECT_CLASS (bd_policy_parent_class)->finalize (object);
}

static void
bd_policy_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BdPolicy *self = BD_POLICY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_PRODUCT_ID:
      g_value_set_int64 (value, self->product_id);
      break;

    case PROP_PRODUCT_NAME:
      g_value_set_string (value, self->product_name);
      break;

    case PROP_PRODUCT_KIND:
      g_value_set_enum (value, self->product_kind);
      break;

    case PROP_POLICYHOLDER_ID:
      g_value_set_int64 (value, self->policyholder_id);
      break;

    case PROP_POLICYHOLDER_NAME:
      g_value_set_string (value, self->policyholder_name);
      break;

    case PROP_INSURED_ID:
      g_value_set_int64 (value, self->insured_id);
      break;

    case PROP_INSURED_NAME:
      g_value_set_string (value, self->insured_name);
      break;

    case PROP_EFFECTIVE_DATE:
      g_value_set_string (value, self->effective_date);
      break;

    case PROP_RECEIPT_DATE:
      g_value_set_string (value, self->receipt_date);
      break;

    case PROP_TERM_YEARS:
      g_value_set_uint (value, self->term_years);
      break;

    case PROP_SUM_INSURED:
      g_value_set_int64 (value, self->sum_insured);
      break;

    case PROP_PREMIUM:
      g_value_set_int64 (value, self->premium);
      break;

    case PROP_FREQUENCY:
      g_value_set_enum (value, self->frequency);
      break;

    case PROP_PAYMENT_YEARS:
      g_value_set_uint (value, self->payment_years);
      break;

    case PROP_PAYMENT_METHOD:
      g_value_set_enum (value, self->payment_method);
      break;

    case PROP_NEXT_DUE_DATE:
      g_value_set_string (value, self->next_due_date);
      break;

    case PROP_SERVICING_STAFF_ID:
      g_value_set_int64 (value, self->servicing_staff_id);
      break;

    case PROP_SERVICING_STAFF_NAME:
      g_value_set_string (value, self->servicing_staff_name);
      break;

    case PROP_ORIGINAL_AGENT:
      g_value_set_string (value, self->original_agent);
      break;

    case PROP_TRANSFER_REASON:
      g_value_set_string (value, self->transfer_reason);
      break;

    case PROP_SURVIVAL_OPTION:
      g_value_set_enum (value, self->survival_option);
      break;

    case PROP_ACCOUNT_NUMBER:
      g_value_set_string (value, self->account_number);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_SERVICE_CLASS:
      g_value_set_enum (value, self->service_class);
      break;

    case PROP_BENEFICIARIES:
      g_value_set_object (value, self->beneficiaries);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_policy_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  BdPolicy *self = BD_POLICY (object);

  switch (prop_id)
    {
    case PROP_ID:
      bd_policy_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NUMBER:
      bd_policy_set_number (self, g_value_get_string (value));
      break;

    case PROP_PRODUCT_ID:
      bd_policy_set_product_id (self, g_value_get_int64 (value));
      break;

    case PROP_PRODUCT_NAME:
      bd_policy_set_product_name (self, g_value_get_string (value));
      break;

    case PROP_PRODUCT_KIND:
      bd_policy_set_product_kind (self, g_value_get_enum (value));
      break;

    case PROP_POLICYHOLDER_ID:
      bd_policy_set_policyholder_id (self, g_value_get_int64 (value));
      break;

    case PROP_POLICYHOLDER_NAME:
      bd_policy_set_policyholder_name (self, g_value_get_string (value));
      break;

    case PROP_INSURED_ID:
      bd_policy_set_insured_id (self, g_value_get_int64 (value));
      break;

    case PROP_INSURED_NAME:
      bd_policy_set_insured_name (self, g_value_get_string (value));
      break;

    case PROP_EFFECTIVE_DATE:
      bd_policy_set_effective_date (self, g_value_get_string (value));
      break;

    case PROP_RECEIPT_DATE:
      bd_policy_set_receipt_date (self, g_value_get_string (value));
      break;

    case PROP_TERM_YEARS:
      bd_policy_set_term_years (self, g_value_get_uint (value));
      break;

    case PROP_SUM_INSURED:
      bd_policy_set_sum_insured (self, g_value_get_int64 (value));
      break;

    case PROP_PREMIUM:
      bd_policy_set_premium (self, g_value_get_int64 (value));
      break;

    case PROP_FREQUENCY:
      bd_policy_set_frequency (self, g_value_get_enum (value));
      break;

    case PROP_PAYMENT_YEARS:
      bd_policy_set_payment_years (self, g_value_get_uint (value));
      break;

    case PROP_PAYMENT_METHOD:
      bd_policy_set_payment_method (self, g_value_get_enum (value));
      break;

    case PROP_NEXT_DUE_DATE:
      bd_policy_set_next_due_date (self, g_value_get_string (value));
      break;

    case PROP_SERVICING_STAFF_ID:
      bd_policy_set_servicing_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_SERVICING_STAFF_NAME:
      bd_policy_set_servicing_staff_name (self, g_value_get_string (value));
      break;

    case PROP_ORIGINAL_AGENT:
      bd_policy_set_original_agent (self, g_value_get_string (value));
      break;

    case PROP_TRANSFER_REASON:
      bd_policy_set_transfer_reason (self, g_value_get_string (value));
      break;

    case PROP_SURVIVAL_OPTION:
      bd_policy_set_survival_option (self, g_value_get_enum (value));
      break;

    case PROP_ACCOUNT_NUMBER:
      bd_policy_set_account_number (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      bd_policy_set_status (self, g_value_get_enum (value));
      break;

    case PROP_SERVICE_CLASS:
      bd_policy_set_service_class (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_policy_class_init (BdPolicyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_policy_dispose;
  object_class->finalize = bd_policy_finalize;
  object_class->get_property = bd_policy_get_property;
  object_class->set_property = bd_policy_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_PRODUCT_ID] =
    g_param_spec_int64 ("product-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_PRODUCT_NAME] =
    g_param_spec_string ("product-name", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_PRODUCT_KIND] =
    g_param_spec_enum ("product-kind", NULL, NULL,
                       BD_TYPE_PRODUCT_KIND,
                       BD_PRODUCT_LIFE,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_POLICYHOLDER_ID] =
    g_param_spec_int64 ("policyholder-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_POLICYHOLDER_NAME] =
    g_param_spec_string ("policyholder-name", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_INSURED_ID] =
    g_param_spec_int64 ("insured-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_INSURED_NAME] =
    g_param_spec_string ("insured-name", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_EFFECTIVE_DATE] =
    g_param_spec_string ("effective-date", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_RECEIPT_DATE] =
    g_param_spec_string ("receipt-date", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_TERM_YEARS] =
    g_param_spec_uint ("term-years", NULL, NULL,
                       0, G_MAXUINT, 0,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_SUM_INSURED] =
    g_param_spec_int64 ("sum-insured", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_PREMIUM] =
    g_param_spec_int64 ("premium", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_FREQUENCY] =
    g_param_spec_enum ("frequency", NULL, NULL,
                       BD_TYPE_FREQUENCY,
                       BD_FREQUENCY_SINGLE,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_PAYMENT_YEARS] =
    g_param_spec_uint ("payment-years", NULL, NULL,
                       0, G_MAXUINT, 0,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_PAYMENT_METHOD] =
    g_param_spec_enum ("payment-method", NULL, NULL,
                       BD_TYPE_PAYMENT_METHOD,
                       BD_PAYMENT_BANK_DEBIT,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_NEXT_DUE_DATE] =
    g_param_spec_string ("next-due-date", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_SERVICING_STAFF_ID] =
    g_param_spec_int64 ("servicing-staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_SERVICING_STAFF_NAME] =
    g_param_spec_string ("servicing-staff-name", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_ORIGINAL_AGENT] =
    g_param_spec_string ("original-agent", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_TRANSFER_REASON] =
    g_param_spec_string ("transfer-reason", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_SURVIVAL_OPTION] =
    g_param_spec_enum ("survival-option", NULL, NULL,
                       BD_TYPE_SURVIVAL_OPTION,
                       BD_SURVIVAL_CASH,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_ACCOUNT_NUMBER] =
    g_param_spec_string ("account-number", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       BD_TYPE_POLICY_STATUS,
                       BD_POLICY_IN_FORCE,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_SERVICE_CLASS] =
    g_param_spec_enum ("service-class", NULL, NULL,
                       BD_TYPE_SERVICE_CLASS,
                       BD_SERVICE_NORMAL,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_BENEFICIARIES] =
    g_param_spec_object ("beneficiaries", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bd_policy_init (BdPolicy *self)
{
  self->beneficiaries = g_list_store_new (BD_TYPE_BENEFICIARY);
}

/**
 * bd_policy_new:
 *
 * Returns: (transfer full): a new, empty policy
 */
BdPolicy *
bd_policy_new (void)
{
  return g_object_new (BD_TYPE_POLICY, NULL);
}

gint64
bd_policy_get_id (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), 0);

  return self->id;
}

void
bd_policy_set_id (BdPolicy *self,
                  gint64    id)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
bd_policy_get_number (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), NULL);

  return self->number;
}

void
bd_policy_set_number (BdPolicy   *self,
                      const char *number)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (bd_model_set_string (&self->number, number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

gint64
bd_policy_get_product_id (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), 0);

  return self->product_id;
}

void
bd_policy_set_product_id (BdPolicy *self,
                          gint64    product_id)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->product_id != product_id)
    {
      self->product_id = product_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRODUCT_ID]);
    }
}

const char *
bd_policy_get_product_name (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), NULL);

  return self->product_name;
}

void
bd_policy_set_product_name (BdPolicy   *self,
                            const char *product_name)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (bd_model_set_string (&self->product_name, product_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRODUCT_NAME]);
}

BdProductKind
bd_policy_get_product_kind (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), BD_PRODUCT_LIFE);

  return self->product_kind;
}

void
bd_policy_set_product_kind (BdPolicy      *self,
                            BdProductKind  product_kind)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->product_kind != product_kind)
    {
      self->product_kind = product_kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRODUCT_KIND]);
    }
}

gint64
bd_policy_get_policyholder_id (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), 0);

  return self->policyholder_id;
}

void
bd_policy_set_policyholder_id (BdPolicy *self,
                               gint64    policyholder_id)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->policyholder_id != policyholder_id)
    {
      self->policyholder_id = policyholder_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POLICYHOLDER_ID]);
    }
}

const char *
bd_policy_get_policyholder_name (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), NULL);

  return self->policyholder_name;
}

void
bd_policy_set_policyholder_name (BdPolicy   *self,
                                 const char *policyholder_name)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (bd_model_set_string (&self->policyholder_name, policyholder_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POLICYHOLDER_NAME]);
}

gint64
bd_policy_get_insured_id (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), 0);

  return self->insured_id;
}

void
bd_policy_set_insured_id (BdPolicy *self,
                          gint64    insured_id)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->insured_id != insured_id)
    {
      self->insured_id = insured_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSURED_ID]);
    }
}

const char *
bd_policy_get_insured_name (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), NULL);

  return self->insured_name;
}

void
bd_policy_set_insured_name (BdPolicy   *self,
                            const char *insured_name)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (bd_model_set_string (&self->insured_name, insured_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSURED_NAME]);
}

const char *
bd_policy_get_effective_date (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), NULL);

  return self->effective_date;
}

void
bd_policy_set_effective_date (BdPolicy   *self,
                              const char *effective_date)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (bd_model_set_string (&self->effective_date, effective_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EFFECTIVE_DATE]);
}

const char *
bd_policy_get_receipt_date (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), NULL);

  return self->receipt_date;
}

void
bd_policy_set_receipt_date (BdPolicy   *self,
                            const char *receipt_date)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (bd_model_set_string (&self->receipt_date, receipt_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECEIPT_DATE]);
}

guint
bd_policy_get_term_years (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), 0);

  return self->term_years;
}

void
bd_policy_set_term_years (BdPolicy *self,
                          guint     term_years)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->term_years != term_years)
    {
      self->term_years = term_years;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERM_YEARS]);
    }
}

gint64
bd_policy_get_sum_insured (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), 0);

  return self->sum_insured;
}

void
bd_policy_set_sum_insured (BdPolicy *self,
                           gint64    sum_insured_fen)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->sum_insured != sum_insured_fen)
    {
      self->sum_insured = sum_insured_fen;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUM_INSURED]);
    }
}

gint64
bd_policy_get_premium (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), 0);

  return self->premium;
}

void
bd_policy_set_premium (BdPolicy *self,
                       gint64    premium_fen)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->premium != premium_fen)
    {
      self->premium = premium_fen;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREMIUM]);
    }
}

BdFrequency
bd_policy_get_frequency (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), BD_FREQUENCY_SINGLE);

  return self->frequency;
}

void
bd_policy_set_frequency (BdPolicy    *self,
                         BdFrequency  frequency)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->frequency != frequency)
    {
      self->frequency = frequency;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FREQUENCY]);
    }
}

guint
bd_policy_get_payment_years (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), 0);

  return self->payment_years;
}

void
bd_policy_set_payment_years (BdPolicy *self,
                             guint     payment_years)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->payment_years != payment_years)
    {
      self->payment_years = payment_years;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYMENT_YEARS]);
    }
}

BdPaymentMethod
bd_policy_get_payment_method (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), BD_PAYMENT_BANK_DEBIT);

  return self->payment_method;
}

void
bd_policy_set_payment_method (BdPolicy        *self,
                              BdPaymentMethod  payment_method)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->payment_method != payment_method)
    {
      self->payment_method = payment_method;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYMENT_METHOD]);
    }
}

const char *
bd_policy_get_next_due_date (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), NULL);

  return self->next_due_date;
}

void
bd_policy_set_next_due_date (BdPolicy   *self,
                             const char *next_due_date)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (bd_model_set_string (&self->next_due_date, next_due_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_DUE_DATE]);
}

gint64
bd_policy_get_servicing_staff_id (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), 0);

  return self->servicing_staff_id;
}

void
bd_policy_set_servicing_staff_id (BdPolicy *self,
                                  gint64    servicing_staff_id)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->servicing_staff_id != servicing_staff_id)
    {
      self->servicing_staff_id = servicing_staff_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICING_STAFF_ID]);
    }
}

const char *
bd_policy_get_servicing_staff_name (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), NULL);

  return self->servicing_staff_name;
}

void
bd_policy_set_servicing_staff_name (BdPolicy   *self,
                                    const char *servicing_staff_name)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (bd_model_set_string (&self->servicing_staff_name, servicing_staff_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICING_STAFF_NAME]);
}

const char *
bd_policy_get_original_agent (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), NULL);

  return self->original_agent;
}

void
bd_policy_set_original_agent (BdPolicy   *self,
                              const char *original_agent)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (bd_model_set_string (&self->original_agent, original_agent))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGINAL_AGENT]);
}

const char *
bd_policy_get_transfer_reason (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), NULL);

  return self->transfer_reason;
}

void
bd_policy_set_transfer_reason (BdPolicy   *self,
                               const char *transfer_reason)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (bd_model_set_string (&self->transfer_reason, transfer_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSFER_REASON]);
}

BdSurvivalOption
bd_policy_get_survival_option (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), BD_SURVIVAL_CASH);

  return self->survival_option;
}

void
bd_policy_set_survival_option (BdPolicy         *self,
                               BdSurvivalOption  survival_option)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->survival_option != survival_option)
    {
      self->survival_option = survival_option;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SURVIVAL_OPTION]);
    }
}

const char *
bd_policy_get_account_number (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), NULL);

  return self->account_number;
}

void
bd_policy_set_account_number (BdPolicy   *self,
                              const char *account_number)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (bd_model_set_string (&self->account_number, account_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCOUNT_NUMBER]);
}

BdPolicyStatus
bd_policy_get_status (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), BD_POLICY_IN_FORCE);

  return self->status;
}

void
bd_policy_set_status (BdPolicy       *self,
                      BdPolicyStatus  status)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

BdServiceClass
bd_policy_get_service_class (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), BD_SERVICE_NORMAL);

  return self->service_class;
}

void
bd_policy_set_service_class (BdPolicy       *self,
                             BdServiceClass  service_class)
{
  g_return_if_fail (BD_IS_POLICY (self));

  if (self->service_class != service_class)
    {
      self->service_class = service_class;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE_CLASS]);
    }
}

/**
 * bd_policy_get_beneficiaries:
 * @self: a #BdPolicy
 *
 * Returns: (transfer none): a #GListModel of #BdBeneficiary, in the order they were added
 */
GListModel *
bd_policy_get_beneficiaries (BdPolicy *self)
{
  g_return_val_if_fail (BD_IS_POLICY (self), NULL);

  return G_LIST_MODEL (self->beneficiaries);
}

/**
 * bd_policy_add_beneficiary:
 * @self: a #BdPolicy
 * @beneficiary: a #BdBeneficiary; the policy takes a reference
 *
 * Appends @beneficiary to the beneficiaries of @self.
 */
void
bd_policy_add_beneficiary (BdPolicy      *self,
                           BdBeneficiary *beneficiary)
{
  g_return_if_fail (BD_IS_POLICY (self));
  g_return_if_fail (BD_IS_BENEFICIARY (beneficiary));

  g_list_store_append (self->beneficiaries, beneficiary);
}
