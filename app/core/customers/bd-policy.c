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

static const BdModelProperty policy_properties[] = {
  [PROP_ID - 1] = { "id", BD_MODEL_INT64,
                    G_STRUCT_OFFSET (BdPolicy, id), G_CALLBACK (bd_policy_set_id),
                    NULL, 0, 0 },
  [PROP_NUMBER - 1] = { "number", BD_MODEL_STRING,
                        G_STRUCT_OFFSET (BdPolicy, number), G_CALLBACK (bd_policy_set_number),
                        NULL, 0, 0 },
  [PROP_PRODUCT_ID - 1] = { "product-id", BD_MODEL_INT64,
                            G_STRUCT_OFFSET (BdPolicy, product_id), G_CALLBACK (bd_policy_set_product_id),
                            NULL, 0, 0 },
  [PROP_PRODUCT_NAME - 1] = { "product-name", BD_MODEL_STRING,
                              G_STRUCT_OFFSET (BdPolicy, product_name), G_CALLBACK (bd_policy_set_product_name),
                              NULL, 0, 0 },
  [PROP_PRODUCT_KIND - 1] = { "product-kind", BD_MODEL_ENUM,
                              G_STRUCT_OFFSET (BdPolicy, product_kind), G_CALLBACK (bd_policy_set_product_kind),
                              bd_product_kind_get_type, 0, BD_PRODUCT_LIFE },
  [PROP_POLICYHOLDER_ID - 1] = { "policyholder-id", BD_MODEL_INT64,
                                 G_STRUCT_OFFSET (BdPolicy, policyholder_id), G_CALLBACK (bd_policy_set_policyholder_id),
                                 NULL, 0, 0 },
  [PROP_POLICYHOLDER_NAME - 1] = { "policyholder-name", BD_MODEL_STRING,
                                   G_STRUCT_OFFSET (BdPolicy, policyholder_name), G_CALLBACK (bd_policy_set_policyholder_name),
                                   NULL, 0, 0 },
  [PROP_INSURED_ID - 1] = { "insured-id", BD_MODEL_INT64,
                            G_STRUCT_OFFSET (BdPolicy, insured_id), G_CALLBACK (bd_policy_set_insured_id),
                            NULL, 0, 0 },
  [PROP_INSURED_NAME - 1] = { "insured-name", BD_MODEL_STRING,
                              G_STRUCT_OFFSET (BdPolicy, insured_name), G_CALLBACK (bd_policy_set_insured_name),
                              NULL, 0, 0 },
  [PROP_EFFECTIVE_DATE - 1] = { "effective-date", BD_MODEL_STRING,
                                G_STRUCT_OFFSET (BdPolicy, effective_date), G_CALLBACK (bd_policy_set_effective_date),
                                NULL, 0, 0 },
  [PROP_RECEIPT_DATE - 1] = { "receipt-date", BD_MODEL_STRING,
                              G_STRUCT_OFFSET (BdPolicy, receipt_date), G_CALLBACK (bd_policy_set_receipt_date),
                              NULL, 0, 0 },
  [PROP_TERM_YEARS - 1] = { "term-years", BD_MODEL_UINT,
                            G_STRUCT_OFFSET (BdPolicy, term_years), G_CALLBACK (bd_policy_set_term_years),
                            NULL, 0, 0 },
  [PROP_SUM_INSURED - 1] = { "sum-insured", BD_MODEL_INT64,
                             G_STRUCT_OFFSET (BdPolicy, sum_insured), G_CALLBACK (bd_policy_set_sum_insured),
                             NULL, 0, 0 },
  [PROP_PREMIUM - 1] = { "premium", BD_MODEL_INT64,
                         G_STRUCT_OFFSET (BdPolicy, premium), G_CALLBACK (bd_policy_set_premium),
                         NULL, 0, 0 },
  [PROP_FREQUENCY - 1] = { "frequency", BD_MODEL_ENUM,
                           G_STRUCT_OFFSET (BdPolicy, frequency), G_CALLBACK (bd_policy_set_frequency),
                           bd_frequency_get_type, 0, BD_FREQUENCY_SINGLE },
  [PROP_PAYMENT_YEARS - 1] = { "payment-years", BD_MODEL_UINT,
                               G_STRUCT_OFFSET (BdPolicy, payment_years), G_CALLBACK (bd_policy_set_payment_years),
                               NULL, 0, 0 },
  [PROP_PAYMENT_METHOD - 1] = { "payment-method", BD_MODEL_ENUM,
                                G_STRUCT_OFFSET (BdPolicy, payment_method), G_CALLBACK (bd_policy_set_payment_method),
                                bd_payment_method_get_type, 0, BD_PAYMENT_BANK_DEBIT },
  [PROP_NEXT_DUE_DATE - 1] = { "next-due-date", BD_MODEL_STRING,
                               G_STRUCT_OFFSET (BdPolicy, next_due_date), G_CALLBACK (bd_policy_set_next_due_date),
                               NULL, 0, 0 },
  [PROP_SERVICING_STAFF_ID - 1] = { "servicing-staff-id", BD_MODEL_INT64,
                                    G_STRUCT_OFFSET (BdPolicy, servicing_staff_id), G_CALLBACK (bd_policy_set_servicing_staff_id),
                                    NULL, 0, 0 },
  [PROP_SERVICING_STAFF_NAME - 1] = { "servicing-staff-name", BD_MODEL_STRING,
                                      G_STRUCT_OFFSET (BdPolicy, servicing_staff_name), G_CALLBACK (bd_policy_set_servicing_staff_name),
                                      NULL, 0, 0 },
  [PROP_ORIGINAL_AGENT - 1] = { "original-agent", BD_MODEL_STRING,
                                G_STRUCT_OFFSET (BdPolicy, original_agent), G_CALLBACK (bd_policy_set_original_agent),
                                NULL, 0, 0 },
  [PROP_TRANSFER_REASON - 1] = { "transfer-reason", BD_MODEL_STRING,
                                 G_STRUCT_OFFSET (BdPolicy, transfer_reason), G_CALLBACK (bd_policy_set_transfer_reason),
                                 NULL, 0, 0 },
  [PROP_SURVIVAL_OPTION - 1] = { "survival-option", BD_MODEL_ENUM,
                                 G_STRUCT_OFFSET (BdPolicy, survival_option), G_CALLBACK (bd_policy_set_survival_option),
                                 bd_survival_option_get_type, 0, BD_SURVIVAL_CASH },
  [PROP_ACCOUNT_NUMBER - 1] = { "account-number", BD_MODEL_STRING,
                                G_STRUCT_OFFSET (BdPolicy, account_number), G_CALLBACK (bd_policy_set_account_number),
                                NULL, 0, 0 },
  [PROP_STATUS - 1] = { "status", BD_MODEL_ENUM,
                        G_STRUCT_OFFSET (BdPolicy, status), G_CALLBACK (bd_policy_set_status),
                        bd_policy_status_get_type, 0, BD_POLICY_IN_FORCE },
  [PROP_SERVICE_CLASS - 1] = { "service-class", BD_MODEL_ENUM,
                               G_STRUCT_OFFSET (BdPolicy, service_class), G_CALLBACK (bd_policy_set_service_class),
                               bd_service_class_get_type, 0, BD_SERVICE_NORMAL },
  [PROP_BENEFICIARIES - 1] = { "beneficiaries", BD_MODEL_LIST,
                               G_STRUCT_OFFSET (BdPolicy, beneficiaries), NULL,
                               NULL, 0, 0 },
};

static void
bd_policy_class_init (BdPolicyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  bd_model_class_install (object_class, policy_properties, N_PROPS - 1, properties);

  object_class->dispose = bd_policy_dispose;
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

  bd_model_change_int64 (self, &self->id, id, properties[PROP_ID]);
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

  bd_model_change_string (self, &self->number, number, properties[PROP_NUMBER]);
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

  bd_model_change_int64 (self, &self->product_id, product_id, properties[PROP_PRODUCT_ID]);
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

  bd_model_change_string (self, &self->product_name, product_name, properties[PROP_PRODUCT_NAME]);
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

  bd_model_change_enum (self, &self->product_kind, product_kind, properties[PROP_PRODUCT_KIND]);
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

  bd_model_change_int64 (self, &self->policyholder_id, policyholder_id,
                         properties[PROP_POLICYHOLDER_ID]);
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

  bd_model_change_string (self, &self->policyholder_name, policyholder_name,
                          properties[PROP_POLICYHOLDER_NAME]);
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

  bd_model_change_int64 (self, &self->insured_id, insured_id, properties[PROP_INSURED_ID]);
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

  bd_model_change_string (self, &self->insured_name, insured_name, properties[PROP_INSURED_NAME]);
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

  bd_model_change_string (self, &self->effective_date, effective_date,
                          properties[PROP_EFFECTIVE_DATE]);
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

  bd_model_change_string (self, &self->receipt_date, receipt_date, properties[PROP_RECEIPT_DATE]);
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

  bd_model_change_uint (self, &self->term_years, term_years, properties[PROP_TERM_YEARS]);
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

  bd_model_change_int64 (self, &self->sum_insured, sum_insured_fen, properties[PROP_SUM_INSURED]);
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

  bd_model_change_int64 (self, &self->premium, premium_fen, properties[PROP_PREMIUM]);
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

  bd_model_change_enum (self, &self->frequency, frequency, properties[PROP_FREQUENCY]);
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

  bd_model_change_uint (self, &self->payment_years, payment_years, properties[PROP_PAYMENT_YEARS]);
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

  bd_model_change_enum (self, &self->payment_method, payment_method,
                        properties[PROP_PAYMENT_METHOD]);
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

  bd_model_change_string (self, &self->next_due_date, next_due_date,
                          properties[PROP_NEXT_DUE_DATE]);
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

  bd_model_change_int64 (self, &self->servicing_staff_id, servicing_staff_id,
                         properties[PROP_SERVICING_STAFF_ID]);
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

  bd_model_change_string (self, &self->servicing_staff_name, servicing_staff_name,
                          properties[PROP_SERVICING_STAFF_NAME]);
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

  bd_model_change_string (self, &self->original_agent, original_agent,
                          properties[PROP_ORIGINAL_AGENT]);
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

  bd_model_change_string (self, &self->transfer_reason, transfer_reason,
                          properties[PROP_TRANSFER_REASON]);
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

  bd_model_change_enum (self, &self->survival_option, survival_option,
                        properties[PROP_SURVIVAL_OPTION]);
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

  bd_model_change_string (self, &self->account_number, account_number,
                          properties[PROP_ACCOUNT_NUMBER]);
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

  bd_model_change_enum (self, &self->status, status, properties[PROP_STATUS]);
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

  bd_model_change_enum (self, &self->service_class, service_class, properties[PROP_SERVICE_CLASS]);
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
