/* bd-beneficiary.c — one beneficiary designation of a policy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-beneficiary"

#include "config.h"

#include "bd-beneficiary.h"

#include "bd-enum-types.h"
#include "bd-model-private.h"

struct _BdBeneficiary
{
  GObject            parent_instance;

  gint64             id;
  gint64             policy_id;
  BdBeneficiaryKind  kind;
  gint64             customer_id;
  char              *name;
  gboolean           legal_heirs;
  guint              rank;
  guint              share;
};

G_DEFINE_FINAL_TYPE (BdBeneficiary, bd_beneficiary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_POLICY_ID,
  PROP_KIND,
  PROP_CUSTOMER_ID,
  PROP_NAME,
  PROP_LEGAL_HEIRS,
  PROP_RANK,
  PROP_SHARE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const BdModelProperty beneficiary_properties[] = {
  [PROP_ID - 1] = { "id", BD_MODEL_INT64,
                    G_STRUCT_OFFSET (BdBeneficiary, id), G_CALLBACK (bd_beneficiary_set_id),
                    NULL, 0, 0 },
  [PROP_POLICY_ID - 1] = { "policy-id", BD_MODEL_INT64,
                           G_STRUCT_OFFSET (BdBeneficiary, policy_id), G_CALLBACK (bd_beneficiary_set_policy_id),
                           NULL, 0, 0 },
  [PROP_KIND - 1] = { "kind", BD_MODEL_ENUM,
                      G_STRUCT_OFFSET (BdBeneficiary, kind), G_CALLBACK (bd_beneficiary_set_kind),
                      bd_beneficiary_kind_get_type, 0, BD_BENEFICIARY_DEATH },
  [PROP_CUSTOMER_ID - 1] = { "customer-id", BD_MODEL_INT64,
                             G_STRUCT_OFFSET (BdBeneficiary, customer_id), G_CALLBACK (bd_beneficiary_set_customer_id),
                             NULL, 0, 0 },
  [PROP_NAME - 1] = { "name", BD_MODEL_STRING,
                      G_STRUCT_OFFSET (BdBeneficiary, name), G_CALLBACK (bd_beneficiary_set_name),
                      NULL, 0, 0 },
  [PROP_LEGAL_HEIRS - 1] = { "legal-heirs", BD_MODEL_BOOLEAN,
                             G_STRUCT_OFFSET (BdBeneficiary, legal_heirs), G_CALLBACK (bd_beneficiary_set_legal_heirs),
                             NULL, 0, 0 },
  [PROP_RANK - 1] = { "rank", BD_MODEL_UINT,
                      G_STRUCT_OFFSET (BdBeneficiary, rank), G_CALLBACK (bd_beneficiary_set_rank),
                      NULL, 0, 1 },
  [PROP_SHARE - 1] = { "share", BD_MODEL_UINT,
                       G_STRUCT_OFFSET (BdBeneficiary, share), G_CALLBACK (bd_beneficiary_set_share),
                       NULL, BD_SHARE_WHOLE, BD_SHARE_WHOLE },
};

static void
bd_beneficiary_class_init (BdBeneficiaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  bd_model_class_install (object_class, beneficiary_properties, N_PROPS - 1, properties);
}

static void
bd_beneficiary_init (BdBeneficiary *self)
{
  self->rank = 1;
  self->share = BD_SHARE_WHOLE;
}

/**
 * bd_beneficiary_new:
 *
 * Returns: (transfer full): a new, empty beneficiary
 */
BdBeneficiary *
bd_beneficiary_new (void)
{
  return g_object_new (BD_TYPE_BENEFICIARY, NULL);
}

gint64
bd_beneficiary_get_id (BdBeneficiary *self)
{
  g_return_val_if_fail (BD_IS_BENEFICIARY (self), 0);

  return self->id;
}

void
bd_beneficiary_set_id (BdBeneficiary *self,
                       gint64         id)
{
  g_return_if_fail (BD_IS_BENEFICIARY (self));

  bd_model_change_int64 (self, &self->id, id, properties[PROP_ID]);
}

gint64
bd_beneficiary_get_policy_id (BdBeneficiary *self)
{
  g_return_val_if_fail (BD_IS_BENEFICIARY (self), 0);

  return self->policy_id;
}

void
bd_beneficiary_set_policy_id (BdBeneficiary *self,
                              gint64         policy_id)
{
  g_return_if_fail (BD_IS_BENEFICIARY (self));

  bd_model_change_int64 (self, &self->policy_id, policy_id, properties[PROP_POLICY_ID]);
}

BdBeneficiaryKind
bd_beneficiary_get_kind (BdBeneficiary *self)
{
  g_return_val_if_fail (BD_IS_BENEFICIARY (self), BD_BENEFICIARY_DEATH);

  return self->kind;
}

void
bd_beneficiary_set_kind (BdBeneficiary     *self,
                         BdBeneficiaryKind  kind)
{
  g_return_if_fail (BD_IS_BENEFICIARY (self));

  bd_model_change_enum (self, &self->kind, kind, properties[PROP_KIND]);
}

gint64
bd_beneficiary_get_customer_id (BdBeneficiary *self)
{
  g_return_val_if_fail (BD_IS_BENEFICIARY (self), 0);

  return self->customer_id;
}

void
bd_beneficiary_set_customer_id (BdBeneficiary *self,
                                gint64         customer_id)
{
  g_return_if_fail (BD_IS_BENEFICIARY (self));

  bd_model_change_int64 (self, &self->customer_id, customer_id, properties[PROP_CUSTOMER_ID]);
}

const char *
bd_beneficiary_get_name (BdBeneficiary *self)
{
  g_return_val_if_fail (BD_IS_BENEFICIARY (self), NULL);

  return self->name;
}

void
bd_beneficiary_set_name (BdBeneficiary *self,
                         const char    *name)
{
  g_return_if_fail (BD_IS_BENEFICIARY (self));

  bd_model_change_string (self, &self->name, name, properties[PROP_NAME]);
}

gboolean
bd_beneficiary_get_legal_heirs (BdBeneficiary *self)
{
  g_return_val_if_fail (BD_IS_BENEFICIARY (self), FALSE);

  return self->legal_heirs;
}

void
bd_beneficiary_set_legal_heirs (BdBeneficiary *self,
                                gboolean       legal_heirs)
{
  g_return_if_fail (BD_IS_BENEFICIARY (self));

  bd_model_change_boolean (self, &self->legal_heirs, legal_heirs, properties[PROP_LEGAL_HEIRS]);
}

guint
bd_beneficiary_get_rank (BdBeneficiary *self)
{
  g_return_val_if_fail (BD_IS_BENEFICIARY (self), 0);

  return self->rank;
}

void
bd_beneficiary_set_rank (BdBeneficiary *self,
                         guint          rank)
{
  g_return_if_fail (BD_IS_BENEFICIARY (self));

  bd_model_change_uint (self, &self->rank, rank, properties[PROP_RANK]);
}

guint
bd_beneficiary_get_share (BdBeneficiary *self)
{
  g_return_val_if_fail (BD_IS_BENEFICIARY (self), 0);

  return self->share;
}

void
bd_beneficiary_set_share (BdBeneficiary *self,
                          guint          share)
{
  g_return_if_fail (BD_IS_BENEFICIARY (self));
  g_return_if_fail (share <= BD_SHARE_WHOLE);

  bd_model_change_uint (self, &self->share, share, properties[PROP_SHARE]);
}
