/* bd-request.c — one policy-change request (保全申请)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain holder of what the form says; whether it may be accepted is the rules'
 * (bd-request-rules.c), its lifecycle the case's (bd-case.c).
 */
#include "config.h"

#include "bd-request.h"

G_DEFINE_QUARK (bd-request-error-quark, bd_request_error)

void
bd_request_change_free (BdRequestChange *change)
{
  g_free (change->field);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

struct _BdRequest
{
  GObject              parent_instance;
  const BdRequestItem *item;
  BdCase              *kase;
  gint64               policy_id;
  gint64               applicant_id;
  gint64               guardian_id;
  gint64               signer_id;
  BdDocumentType       document_type;
  char                *document_valid;
  gboolean             document_photo;
  BdChannel            channel;
  gboolean             consent;
  gint64               amount;
  gint64               cash_value;
  char                *text;
  char                *postcode;
  char                *phone;
  char                *choice;
  gint64               new_customer_id;
  GArray              *beneficiaries;
};

G_DEFINE_FINAL_TYPE (BdRequest, bd_request, G_TYPE_OBJECT)

static void
bd_request_finalize (GObject *object)
{
  BdRequest *self = BD_REQUEST (object);

  g_clear_object (&self->kase);
  g_free (self->document_valid);
  g_free (self->text);
  g_free (self->postcode);
  g_free (self->phone);
  g_free (self->choice);
  g_array_unref (self->beneficiaries);
  G_OBJECT_CLASS (bd_request_parent_class)->finalize (object);
}

static void
bd_request_class_init (BdRequestClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bd_request_finalize;
}

static void
bd_request_init (BdRequest *self)
{
  self->beneficiaries = g_array_new (FALSE, TRUE, sizeof (BdNewBeneficiary));
}

/* The documents of @item: the form and the ID always, then the item's own. */
static void
require_documents (BdChecklist         *checklist,
                   const BdRequestItem *item)
{
  bd_checklist_require (checklist, bd_request_document_find (BD_DOCUMENT_APPLICATION), TRUE);
  bd_checklist_require (checklist, bd_request_document_find (BD_DOCUMENT_APPLICANT_ID), TRUE);
  for (guint i = 0; item->documents != NULL && item->documents[i] != NULL; i++)
    bd_checklist_require (checklist, bd_request_document_find (item->documents[i]), TRUE);
}

BdRequest *
bd_request_new (const BdRequestItem *item,
                gint64               customer_id,
                gint64               policy_id)
{
  BdRequest *self;

  g_return_val_if_fail (item != NULL, NULL);

  self = g_object_new (BD_TYPE_REQUEST, NULL);
  self->item = item;
  self->policy_id = policy_id;
  self->kase = bd_case_new (bd_request_case_kind (), customer_id, policy_id);
  bd_case_set_needs_review (self->kase, item->needs_review);
  require_documents (bd_case_get_checklist (self->kase), item);
  return self;
}

#define GETTER(type, field, fallback)                                        \
  type                                                                       \
  bd_request_get_##field (BdRequest *self)                                   \
  {                                                                          \
    g_return_val_if_fail (BD_IS_REQUEST (self), fallback);                   \
    return self->field;                                                      \
  }

#define SETTER(type, field)                                                  \
  void                                                                       \
  bd_request_set_##field (BdRequest *self,                                   \
                          type       value)                                  \
  {                                                                          \
    g_return_if_fail (BD_IS_REQUEST (self));                                 \
    self->field = value;                                                     \
  }

#define STRING_SETTER(field)                                                 \
  void                                                                       \
  bd_request_set_##field (BdRequest  *self,                                  \
                          const char *value)                                 \
  {                                                                          \
    g_return_if_fail (BD_IS_REQUEST (self));                                 \
    if (value != self->field)                                                \
      {                                                                      \
        g_free (self->field);                                                \
        self->field = g_strdup (value);                                      \
      }                                                                      \
  }

BdCase *
bd_request_get_case (BdRequest *self)
{
  g_return_val_if_fail (BD_IS_REQUEST (self), NULL);
  return self->kase;
}

GETTER (const BdRequestItem *, item, NULL)
GETTER (gint64, policy_id, 0)
GETTER (gint64, applicant_id, 0)
SETTER (gint64, applicant_id)
GETTER (gint64, signer_id, 0)
SETTER (gint64, signer_id)
GETTER (BdDocumentType, document_type, BD_DOCUMENT_RESIDENT_ID)
GETTER (const char *, document_valid, NULL)
GETTER (gboolean, document_photo, FALSE)
GETTER (BdChannel, channel, BD_CHANNEL_COUNTER)
SETTER (BdChannel, channel)
GETTER (gboolean, consent, FALSE)
GETTER (gint64, amount, 0)
SETTER (gint64, amount)
GETTER (gint64, cash_value, 0)
SETTER (gint64, cash_value)
GETTER (const char *, text, NULL)
STRING_SETTER (text)
GETTER (const char *, postcode, NULL)
STRING_SETTER (postcode)
GETTER (const char *, phone, NULL)
STRING_SETTER (phone)
GETTER (const char *, choice, NULL)
STRING_SETTER (choice)
GETTER (gint64, new_customer_id, 0)
SETTER (gint64, new_customer_id)
GETTER (GArray *, beneficiaries, NULL)
GETTER (gint64, guardian_id, 0)

/* A guardian acting needs the proof of guardianship (002: 户口簿或公安户籍管理部门出具的
 * 监护关系证明); the policyholder applying with consent needs the consent in writing. */
static void
require_conditional (BdRequest *self)
{
  BdChecklist *checklist = bd_case_get_checklist (self->kase);

  if (self->guardian_id != 0)
    bd_checklist_require (checklist, bd_request_document_find (BD_DOCUMENT_GUARDIANSHIP), TRUE);
  else if (bd_checklist_find (checklist, BD_DOCUMENT_GUARDIANSHIP) != NULL)
    bd_checklist_require (checklist, bd_request_document_find (BD_DOCUMENT_GUARDIANSHIP), FALSE);
  if (self->consent)
    bd_checklist_require (checklist, bd_request_document_find (BD_DOCUMENT_CONSENT), TRUE);
  else if (bd_checklist_find (checklist, BD_DOCUMENT_CONSENT) != NULL)
    bd_checklist_require (checklist, bd_request_document_find (BD_DOCUMENT_CONSENT), FALSE);
}

void
bd_request_set_guardian_id (BdRequest *self,
                            gint64     customer_id)
{
  g_return_if_fail (BD_IS_REQUEST (self));
  self->guardian_id = customer_id;
  require_conditional (self);
}

void
bd_request_set_consent (BdRequest *self,
                        gboolean   consent)
{
  g_return_if_fail (BD_IS_REQUEST (self));
  self->consent = !!consent;
  require_conditional (self);
}

void
bd_request_set_document (BdRequest      *self,
                         BdDocumentType  type,
                         const char     *valid_until,
                         gboolean        photo)
{
  g_return_if_fail (BD_IS_REQUEST (self));
  self->document_type = type;
  if (valid_until != self->document_valid)
    {
      g_free (self->document_valid);
      self->document_valid = g_strdup (valid_until);
    }
  self->document_photo = !!photo;
}

void
bd_request_add_beneficiary (BdRequest *self,
                            gint64     customer_id,
                            guint      rank,
                            guint      share)
{
  BdNewBeneficiary beneficiary = { customer_id, rank, share };

  g_return_if_fail (BD_IS_REQUEST (self));
  g_array_append_val (self->beneficiaries, beneficiary);
}

void
bd_request_clear_beneficiaries (BdRequest *self)
{
  g_return_if_fail (BD_IS_REQUEST (self));
  g_array_set_size (self->beneficiaries, 0);
}
