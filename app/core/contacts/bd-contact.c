/* bd-contact.c — a contact with a customer: a call, a letter, a visit, a contact slip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recorded on the customer's service card and in the staff work log (000).
 */
#define G_LOG_DOMAIN "bd-contact"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-contact.h"
#include "bd-enum-types.h"
#include "bd-model-private.h"
#include "bd-text.h"

struct _BdContact
{
  GObject parent_instance;

  gint64 id;
  gint64 customer_id;
  gint64 policy_id;
  BdContactKind kind;
  char *at;
  gint64 staff_id;
  char *staff_name;
  char *customer_name;
  char *person_reached;
  gboolean reached;
  char *outcome;
  char *next_step;
  char *next_visit;
  BdServiceItem service_item;
  char *service_other;
  BdContactState state;
  char *amended_at;
  char *amended_by;
  char *amend_reason;
  gint64 replacement_id;
  gint64 corrects_id;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_CUSTOMER_ID,
  PROP_POLICY_ID,
  PROP_KIND,
  PROP_AT,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_PERSON_REACHED,
  PROP_REACHED,
  PROP_OUTCOME,
  PROP_NEXT_STEP,
  PROP_NEXT_VISIT,
  PROP_SERVICE_ITEM,
  PROP_SERVICE_OTHER,
  PROP_CUSTOMER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BdContact, bd_contact, G_TYPE_OBJECT)
G_DEFINE_QUARK (bd-contact-error-quark, bd_contact_error)

static void
bd_contact_finalize (GObject *object)
{
  BdContact *self = (BdContact *) object;

  g_free (self->amended_at);
  g_free (self->amended_by);
  g_free (self->amend_reason);

  bd_model_free_fields (object);

  G_OBJECT_CLASS (bd_contact_parent_class)->finalize (object);
}

static const BdModelProperty contact_properties[] = {
  [PROP_ID - 1] = { "id", BD_MODEL_INT64,
                    G_STRUCT_OFFSET (BdContact, id), G_CALLBACK (bd_contact_set_id),
                    NULL, 0, 0 },
  [PROP_CUSTOMER_ID - 1] = { "customer-id", BD_MODEL_INT64,
                             G_STRUCT_OFFSET (BdContact, customer_id), G_CALLBACK (bd_contact_set_customer_id),
                             NULL, 0, 0 },
  [PROP_POLICY_ID - 1] = { "policy-id", BD_MODEL_INT64,
                           G_STRUCT_OFFSET (BdContact, policy_id), G_CALLBACK (bd_contact_set_policy_id),
                           NULL, 0, 0 },
  [PROP_KIND - 1] = { "kind", BD_MODEL_ENUM,
                      G_STRUCT_OFFSET (BdContact, kind), G_CALLBACK (bd_contact_set_kind),
                      bd_contact_kind_get_type, 0, BD_CONTACT_PHONE },
  [PROP_AT - 1] = { "at", BD_MODEL_STRING,
                    G_STRUCT_OFFSET (BdContact, at), G_CALLBACK (bd_contact_set_at),
                    NULL, 0, 0 },
  [PROP_STAFF_ID - 1] = { "staff-id", BD_MODEL_INT64,
                          G_STRUCT_OFFSET (BdContact, staff_id), G_CALLBACK (bd_contact_set_staff_id),
                          NULL, 0, 0 },
  [PROP_STAFF_NAME - 1] = { "staff-name", BD_MODEL_STRING,
                            G_STRUCT_OFFSET (BdContact, staff_name), G_CALLBACK (bd_contact_set_staff_name),
                            NULL, 0, 0 },
  [PROP_PERSON_REACHED - 1] = { "person-reached", BD_MODEL_STRING,
                                G_STRUCT_OFFSET (BdContact, person_reached), G_CALLBACK (bd_contact_set_person_reached),
                                NULL, 0, 0 },
  [PROP_REACHED - 1] = { "reached", BD_MODEL_BOOLEAN,
                         G_STRUCT_OFFSET (BdContact, reached), G_CALLBACK (bd_contact_set_reached),
                         NULL, 0, 0 },
  [PROP_OUTCOME - 1] = { "outcome", BD_MODEL_STRING,
                         G_STRUCT_OFFSET (BdContact, outcome), G_CALLBACK (bd_contact_set_outcome),
                         NULL, 0, 0 },
  [PROP_NEXT_STEP - 1] = { "next-step", BD_MODEL_STRING,
                           G_STRUCT_OFFSET (BdContact, next_step), G_CALLBACK (bd_contact_set_next_step),
                           NULL, 0, 0 },
  [PROP_NEXT_VISIT - 1] = { "next-visit", BD_MODEL_STRING,
                            G_STRUCT_OFFSET (BdContact, next_visit), G_CALLBACK (bd_contact_set_next_visit),
                            NULL, 0, 0 },
  [PROP_SERVICE_ITEM - 1] = { "service-item", BD_MODEL_ENUM,
                              G_STRUCT_OFFSET (BdContact, service_item), G_CALLBACK (bd_contact_set_service_item),
                              bd_service_item_get_type, 0, BD_SERVICE_ITEM_INVOICE },
  [PROP_SERVICE_OTHER - 1] = { "service-other", BD_MODEL_STRING,
                               G_STRUCT_OFFSET (BdContact, service_other), G_CALLBACK (bd_contact_set_service_other),
                               NULL, 0, 0 },
  [PROP_CUSTOMER_NAME - 1] = { "customer-name", BD_MODEL_STRING,
                               G_STRUCT_OFFSET (BdContact, customer_name), G_CALLBACK (bd_contact_set_customer_name),
                               NULL, 0, 0 },
};

static void
bd_contact_class_init (BdContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  bd_model_class_install (object_class, contact_properties, N_PROPS - 1, properties);

  object_class->finalize = bd_contact_finalize;
}

static void
bd_contact_init (BdContact *self)
{
}

BdContact *
bd_contact_new (void)
{
  return g_object_new (BD_TYPE_CONTACT, NULL);
}

gint64 
bd_contact_get_id (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->id;
}

void
bd_contact_set_id (BdContact *self,
                   gint64     id)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_int64 (self, &self->id, id, properties[PROP_ID]);
}

gint64 
bd_contact_get_customer_id (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->customer_id;
}

void
bd_contact_set_customer_id (BdContact *self,
                            gint64     customer_id)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_int64 (self, &self->customer_id, customer_id, properties[PROP_CUSTOMER_ID]);
}

gint64 
bd_contact_get_policy_id (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->policy_id;
}

void
bd_contact_set_policy_id (BdContact *self,
                          gint64     policy_id)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_int64 (self, &self->policy_id, policy_id, properties[PROP_POLICY_ID]);
}

BdContactKind 
bd_contact_get_kind (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->kind;
}

void
bd_contact_set_kind (BdContact     *self,
                     BdContactKind  kind)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_enum (self, &self->kind, kind, properties[PROP_KIND]);
}

const char *
bd_contact_get_at (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->at;
}

void
bd_contact_set_at (BdContact  *self,
                   const char *at)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_string (self, &self->at, at, properties[PROP_AT]);
}

gint64 
bd_contact_get_staff_id (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->staff_id;
}

void
bd_contact_set_staff_id (BdContact *self,
                         gint64     staff_id)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_int64 (self, &self->staff_id, staff_id, properties[PROP_STAFF_ID]);
}

const char *
bd_contact_get_staff_name (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->staff_name;
}

void
bd_contact_set_staff_name (BdContact  *self,
                           const char *staff_name)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_string (self, &self->staff_name, staff_name, properties[PROP_STAFF_NAME]);
}

const char *
bd_contact_get_customer_name (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->customer_name;
}

void
bd_contact_set_customer_name (BdContact  *self,
                              const char *customer_name)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_string (self, &self->customer_name, customer_name,
                          properties[PROP_CUSTOMER_NAME]);
}

const char *
bd_contact_get_person_reached (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->person_reached;
}

void
bd_contact_set_person_reached (BdContact  *self,
                               const char *person_reached)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_string (self, &self->person_reached, person_reached,
                          properties[PROP_PERSON_REACHED]);
}

gboolean 
bd_contact_get_reached (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), FALSE);
  return self->reached;
}

void
bd_contact_set_reached (BdContact *self,
                        gboolean   reached)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_boolean (self, &self->reached, reached, properties[PROP_REACHED]);
}

const char *
bd_contact_get_outcome (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->outcome;
}

void
bd_contact_set_outcome (BdContact  *self,
                        const char *outcome)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_string (self, &self->outcome, outcome, properties[PROP_OUTCOME]);
}

const char *
bd_contact_get_next_step (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->next_step;
}

void
bd_contact_set_next_step (BdContact  *self,
                          const char *next_step)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_string (self, &self->next_step, next_step, properties[PROP_NEXT_STEP]);
}

const char *
bd_contact_get_next_visit (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->next_visit;
}

void
bd_contact_set_next_visit (BdContact  *self,
                           const char *next_visit)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_string (self, &self->next_visit, next_visit, properties[PROP_NEXT_VISIT]);
}

BdServiceItem 
bd_contact_get_service_item (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->service_item;
}

void
bd_contact_set_service_item (BdContact     *self,
                             BdServiceItem  service_item)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_enum (self, &self->service_item, service_item, properties[PROP_SERVICE_ITEM]);
}

const char *
bd_contact_get_service_other (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->service_other;
}

void
bd_contact_set_service_other (BdContact  *self,
                              const char *service_other)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  bd_model_change_string (self, &self->service_other, service_other,
                          properties[PROP_SERVICE_OTHER]);
}

BdContactState
bd_contact_get_state (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), BD_CONTACT_STATE_CURRENT);
  return self->state;
}

const char *
bd_contact_get_amended_at (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->amended_at;
}

const char *
bd_contact_get_amended_by (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->amended_by;
}

const char *
bd_contact_get_amend_reason (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), NULL);
  return self->amend_reason;
}

gint64
bd_contact_get_replacement_id (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->replacement_id;
}

gint64
bd_contact_get_corrects_id (BdContact *self)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), 0);
  return self->corrects_id;
}

void
bd_contact_set_amendment (BdContact      *self,
                          BdContactState  state,
                          const char     *amended_at,
                          const char     *amended_by,
                          const char     *reason,
                          gint64          replacement_id)
{
  g_return_if_fail (BD_IS_CONTACT (self));

  self->state = state;
  bd_model_set_string (&self->amended_at, amended_at);
  bd_model_set_string (&self->amended_by, amended_by);
  bd_model_set_string (&self->amend_reason, reason);
  self->replacement_id = replacement_id;
}

void
bd_contact_set_corrects_id (BdContact *self,
                            gint64     corrects_id)
{
  g_return_if_fail (BD_IS_CONTACT (self));
  self->corrects_id = corrects_id;
}

/* ── rules ─────────────────────────────────────────────────────────────────────── */

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
refuse (GError         **error,
        BdContactField   field,
        const char      *message)
{
  g_set_error_literal (error, BD_CONTACT_ERROR, field, message);
  return FALSE;
}

typedef struct
{
  const char     *property;
  BdContactField  field;
  BdTextKind      kind;
} ContactText;

/* The record's texts as the core keeps them (bd_text_clean): what is not UTF-8, holds
 * control characters or is far too long is refused on its own field. */
static gboolean
clean_texts (BdContact  *self,
             GError    **error)
{
  static const ContactText texts[] = {
    { "outcome", BD_CONTACT_FIELD_OUTCOME, BD_TEXT_LINES },
    { "person-reached", BD_CONTACT_FIELD_PERSON, BD_TEXT_LINE },
    { "next-step", BD_CONTACT_FIELD_NEXT_STEP, BD_TEXT_LINES },
    { "service-other", BD_CONTACT_FIELD_SERVICE_OTHER, BD_TEXT_LINE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!bd_text_clean_property (self, texts[i].property, texts[i].kind, &local_error))
        return refuse (error, texts[i].field, local_error->message);
    }
  return TRUE;
}

GDateTime *
bd_contact_parse_next_visit (const char *next_visit,
                             GTimeZone  *zone)
{
  g_autofree char *full = NULL;

  g_return_val_if_fail (zone != NULL, NULL);

  /* "2026-11-25T14:30": a wall-clock time of the branch, as the slip prints it. */
  if (next_visit == NULL || strlen (next_visit) != 16 || next_visit[10] != 'T')
    return NULL;
  full = g_strconcat (next_visit, ":00", NULL);
  return g_date_time_new_from_iso8601 (full, zone);
}

char *
bd_contact_format_next_visit (const GDate *day,
                              int          hour,
                              int          minute)
{
  char iso[BD_ISO_DATE_SIZE];

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (hour >= 0 && hour < 24 && minute >= 0 && minute < 60, NULL);

  return g_strdup_printf ("%sT%02d:%02d", bd_date_format_iso (day, iso), hour, minute);
}

/* The next visit must be a time still to come when the contact was made: a slip that
 * names a past day tells the customer nothing they can keep (000, the appointment is
 * kept). A day before is the date's fault, an hour already gone that day the time's. */
static gboolean
check_next_visit (BdContact  *self,
                  GTimeZone  *zone,
                  GDateTime  *now,
                  GError    **error)
{
  g_autoptr(GDateTime) visit = NULL;
  g_autoptr(GDateTime) made = NULL;
  g_autoptr(GDateTime) made_here = NULL;

  if (self->next_visit == NULL)
    {
      if (self->kind == BD_CONTACT_SLIP)
        return refuse (error, BD_CONTACT_FIELD_VISIT_DATE,
                       _("A contact slip tells the customer when the next visit is: choose its date and time"));
      return TRUE;
    }
  if ((visit = bd_contact_parse_next_visit (self->next_visit, zone)) == NULL)
    return refuse (error, BD_CONTACT_FIELD_VISIT_DATE, _("The next visit is not a real date"));

  made = self->at != NULL ? g_date_time_new_from_iso8601 (self->at, NULL) : g_date_time_ref (now);
  if (made == NULL)
    return TRUE;
  made_here = g_date_time_to_timezone (made, zone);
  if (g_date_time_get_year (visit) * 10000 + g_date_time_get_day_of_year (visit) <
      g_date_time_get_year (made_here) * 10000 + g_date_time_get_day_of_year (made_here))
    return refuse (error, BD_CONTACT_FIELD_VISIT_DATE,
                   _("The next visit’s date has already passed: choose a day still to come"));
  if (g_date_time_compare (visit, made_here) <= 0)
    return refuse (error, BD_CONTACT_FIELD_VISIT_TIME,
                   _("The next visit’s time has already passed today: choose a later time"));
  return TRUE;
}

gboolean
bd_contact_check (BdContact  *self,
                  GTimeZone  *zone,
                  GDateTime  *now,
                  GError    **error)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), FALSE);
  g_return_val_if_fail (zone != NULL && now != NULL, FALSE);

  if (!clean_texts (self, error))
    return FALSE;
  /* Every call and letter is recorded on the service card (000): a record that says
   * nothing of what happened is no record. A slip speaks through its next visit. */
  if (self->kind != BD_CONTACT_SLIP && is_blank (self->outcome))
    return refuse (error, BD_CONTACT_FIELD_OUTCOME,
                   _("Say what came of the contact"));
  /* Speak to the policyholder or an adult insured (000): whom matters. */
  if (self->reached && is_blank (self->person_reached))
    return refuse (error, BD_CONTACT_FIELD_PERSON,
                   _("Say whom you reached"));
  if (!check_next_visit (self, zone, now, error))
    return FALSE;
  if (self->service_item == BD_SERVICE_ITEM_OTHER && is_blank (self->service_other))
    return refuse (error, BD_CONTACT_FIELD_SERVICE_OTHER,
                   _("Say what the other service item is"));
  return TRUE;
}

/* Who wrote it knows what happened; a supervisor answers for the branch's records. */
static gboolean
may_amend (BdContact *self,
           gint64     staff_id,
           BdRole     role)
{
  return staff_id != 0 &&
         (staff_id == self->staff_id || role == BD_ROLE_SUPERVISOR || role == BD_ROLE_ADMINISTRATOR);
}

gboolean
bd_contact_may_amend (BdContact *self,
                      gint64     staff_id,
                      BdRole     role)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), FALSE);

  return self->state == BD_CONTACT_STATE_CURRENT && may_amend (self, staff_id, role);
}

gboolean
bd_contact_check_amend (BdContact   *self,
                        gint64       staff_id,
                        BdRole       role,
                        const char  *reason,
                        GError     **error)
{
  g_return_val_if_fail (BD_IS_CONTACT (self), FALSE);

  /* A record is amended once: a correction is itself corrected, not the original again. */
  if (self->state == BD_CONTACT_STATE_VOIDED)
    return refuse (error, BD_CONTACT_FIELD_RECORD, _("This contact record is already void"));
  if (self->state == BD_CONTACT_STATE_CORRECTED)
    return refuse (error, BD_CONTACT_FIELD_RECORD,
                   _("This contact record was already corrected: correct the correction instead"));
  if (!may_amend (self, staff_id, role))
    return refuse (error, BD_CONTACT_FIELD_RECORD,
                   _("Only the staff member who recorded the contact, or a supervisor, may void or correct it"));
  /* Nothing a customer was told is changed without saying why (domain §11). */
  if (is_blank (reason))
    return refuse (error, BD_CONTACT_FIELD_REASON, _("Say why the record is voided or corrected"));
  return TRUE;
}
