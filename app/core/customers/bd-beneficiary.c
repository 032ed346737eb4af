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

static void
bd_beneficiary_finalize (GObject *object)
{
  BdBeneficiary *self = (BdBeneficiary *) object;

  g_free (self->name);

  G_OBJECT_CLASS (bd_beneficiary_parent_class)->finalize (object);
}

static void
bd_beneficiary_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BdBeneficiary *self = BD_BENEFICIARY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_POLICY_ID:
      g_value_set_int64 (value, self->policy_id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_CUSTOMER_ID:
      g_value_set_int64 (value, self->customer_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_LEGAL_HEIRS:
      g_value_set_boolean (value, self->legal_heirs);
      break;

    case PROP_RANK:
      g_value_set_uint (value, self->rank);
      break;

    case PROP_SHARE:
      g_value_set_uint (value, self->share);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_beneficiary_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BdBeneficiary *self = BD_BENEFICIARY (object);

  switch (prop_id)
    {
    case PROP_ID:
      bd_beneficiary_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_POLICY_ID:
      bd_beneficiary_set_policy_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      bd_beneficiary_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_CUSTOMER_ID:
      bd_beneficiary_set_customer_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      bd_beneficiary_set_name (self, g_value_get_string (value));
      break;

    case PROP_LEGAL_HEIRS:
      bd_beneficiary_set_legal_heirs (self, g_value_get_boolean (value));
      break;

    case PROP_RANK:
      bd_beneficiary_set_rank (self, g_value_get_uint (value));
      break;

    case PROP_SHARE:
      bd_beneficiary_set_share (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_beneficiary_class_init (BdBeneficiaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bd_beneficiary_finalize;
  object_class->get_property = bd_beneficiary_get_property;
  object_class->set_property = bd_beneficiary_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_POLICY_ID] =
    g_param_spec_int64 ("policy-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       BD_TYPE_BENEFICIARY_KIND,
                       BD_BENEFICIARY_DEATH,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_CUSTOMER_ID] =
    g_param_spec_int64 ("customer-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        BD_MODEL_PARAM_FLAGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         BD_MODEL_PARAM_FLAGS);

  properties[PROP_LEGAL_HEIRS] =
    g_param_spec_boolean ("legal-heirs", NULL, NULL,
                          FALSE,
                          BD_MODEL_PARAM_FLAGS);

  properties[PROP_RANK] =
    g_param_spec_uint ("rank", NULL, NULL,
                       0, G_MAXUINT, 1,
                       BD_MODEL_PARAM_FLAGS);

  properties[PROP_SHARE] =
    g_param_spec_uint ("share", NULL, NULL,
                       0, BD_SHARE_WHOLE, BD_SHARE_WHOLE,
                       BD_MODEL_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
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

  if (self->policy_id != policy_id)
    {
      self->policy_id = policy_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POLICY_ID]);
    }
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

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
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

  if (self->customer_id != customer_id)
    {
      self->customer_id = customer_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_ID]);
    }
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

  if (bd_model_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
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

  legal_heirs = !!legal_heirs;

  if (self->legal_heirs != legal_heirs)
    {
      self->legal_heirs = legal_heirs;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_HEIRS]);
    }
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

  if (self->rank != rank)
    {
      self->rank = rank;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANK]);
    }
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

  if (self->share != share)
    {
      self->share = share;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARE]);
    }
}
