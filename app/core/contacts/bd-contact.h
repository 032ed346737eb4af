/* bd-contact.h — a contact with a customer: a call, a letter, a visit, a contact slip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "bd-types.h"

G_BEGIN_DECLS

/* A record is never changed or deleted once saved (domain §11): it stays current, or it
 * is voided, or a correction replaces it; either way with who, when and why. */
typedef enum
{
  BD_CONTACT_STATE_CURRENT,
  BD_CONTACT_STATE_VOIDED,
  BD_CONTACT_STATE_CORRECTED,
} BdContactState;

/* The field of a contact a rule refused: the code of a BD_CONTACT_ERROR. */
typedef enum
{
  BD_CONTACT_FIELD_OUTCOME,
  BD_CONTACT_FIELD_PERSON,
  BD_CONTACT_FIELD_VISIT_DATE,
  BD_CONTACT_FIELD_VISIT_TIME,
  BD_CONTACT_FIELD_SERVICE_OTHER,
  BD_CONTACT_FIELD_REASON,
  BD_CONTACT_FIELD_RECORD,   /* the record as a whole: already amended, not one's own */
  BD_CONTACT_FIELD_NEXT_STEP,
} BdContactField;

#define BD_CONTACT_ERROR (bd_contact_error_quark ())
GQuark bd_contact_error_quark (void);

#define BD_TYPE_CONTACT (bd_contact_get_type ())

G_DECLARE_FINAL_TYPE (BdContact, bd_contact, BD, CONTACT, GObject)

BdContact    *bd_contact_new                (void);
gint64        bd_contact_get_id             (BdContact     *self);
void          bd_contact_set_id             (BdContact     *self,
                                             gint64        id);
/* The customer the contact was about. */
gint64        bd_contact_get_customer_id    (BdContact     *self);
void          bd_contact_set_customer_id    (BdContact     *self,
                                             gint64        customer_id);
/* The policy it concerned, or 0. */
gint64        bd_contact_get_policy_id      (BdContact     *self);
void          bd_contact_set_policy_id      (BdContact     *self,
                                             gint64        policy_id);
BdContactKind bd_contact_get_kind           (BdContact     *self);
void          bd_contact_set_kind           (BdContact     *self,
                                             BdContactKind kind);
/* When it happened: UTC, ISO 8601 with the time. */
const char   *bd_contact_get_at             (BdContact     *self);
void          bd_contact_set_at             (BdContact     *self,
                                             const char    *at);
gint64        bd_contact_get_staff_id       (BdContact     *self);
void          bd_contact_set_staff_id       (BdContact     *self,
                                             gint64        staff_id);
const char   *bd_contact_get_staff_name     (BdContact     *self);
void          bd_contact_set_staff_name     (BdContact     *self,
                                             const char    *staff_name);
/* The customer's name, when the list that read the contact brought it along (the day's
 * slips in the Queues); NULL otherwise. */
const char   *bd_contact_get_customer_name  (BdContact     *self);
void          bd_contact_set_customer_name  (BdContact     *self,
                                             const char    *customer_name);
/* Whom the staff member spoke to, or NULL when nobody was reached. */
const char   *bd_contact_get_person_reached (BdContact     *self);
void          bd_contact_set_person_reached (BdContact     *self,
                                             const char    *person_reached);
gboolean      bd_contact_get_reached        (BdContact     *self);
void          bd_contact_set_reached        (BdContact     *self,
                                             gboolean      reached);
const char   *bd_contact_get_outcome        (BdContact     *self);
void          bd_contact_set_outcome        (BdContact     *self,
                                             const char    *outcome);
const char   *bd_contact_get_next_step      (BdContact     *self);
void          bd_contact_set_next_step      (BdContact     *self,
                                             const char    *next_step);
/* The visit planned next, local time "YYYY-MM-DDTHH:MM", or NULL. */
const char   *bd_contact_get_next_visit     (BdContact     *self);
void          bd_contact_set_next_visit     (BdContact     *self,
                                             const char    *next_visit);
/* What the visit was for (the slip's service item). */
BdServiceItem bd_contact_get_service_item   (BdContact     *self);
void          bd_contact_set_service_item   (BdContact     *self,
                                             BdServiceItem service_item);
/* The free text of BD_SERVICE_ITEM_OTHER. */
const char   *bd_contact_get_service_other  (BdContact     *self);
void          bd_contact_set_service_other  (BdContact     *self,
                                             const char    *service_other);

/* What became of the record, set by the store from the amendment on record. */
BdContactState bd_contact_get_state         (BdContact     *self);
/* When (UTC), by whom (a name) and why it was voided or corrected; NULL when current. */
const char   *bd_contact_get_amended_at     (BdContact     *self);
const char   *bd_contact_get_amended_by     (BdContact     *self);
const char   *bd_contact_get_amend_reason   (BdContact     *self);
/* The record that corrected this one, or 0. */
gint64        bd_contact_get_replacement_id (BdContact     *self);
/* The record this one corrects, or 0. */
gint64        bd_contact_get_corrects_id    (BdContact     *self);
void          bd_contact_set_amendment      (BdContact     *self,
                                             BdContactState state,
                                             const char    *amended_at,
                                             const char    *amended_by,
                                             const char    *reason,
                                             gint64        replacement_id);
void          bd_contact_set_corrects_id    (BdContact     *self,
                                             gint64        corrects_id);

/* The rules of a record before it is saved: a call, letter or visit says what came of
 * it; a customer reached says who was reached; a slip plans the next visit; a next visit
 * is a real date and time in @zone (the branch's) after the contact itself (@now when the
 * contact has no time yet); the other service item says what it is. The error's code is
 * the BdContactField to mark. */
gboolean      bd_contact_check              (BdContact     *self,
                                             GTimeZone     *zone,
                                             GDateTime     *now,
                                             GError       **error);
/* Whether @staff_id with @role may void or correct the record: a current record, and
 * who wrote it or a supervisor or administrator. The window offers only these. */
gboolean      bd_contact_may_amend          (BdContact     *self,
                                             gint64        staff_id,
                                             BdRole        role);
/* bd_contact_may_amend(), and a reason, with the error that says which is missing. */
gboolean      bd_contact_check_amend        (BdContact     *self,
                                             gint64        staff_id,
                                             BdRole        role,
                                             const char    *reason,
                                             GError       **error);
/* The next visit in @zone, or NULL when there is none or it is not a date and time. */
GDateTime    *bd_contact_parse_next_visit   (const char    *next_visit,
                                             GTimeZone     *zone);
/* The next visit as stored, "2026-11-25T14:30": @day at @hour:@minute, the branch's
 * wall-clock time; what bd_contact_parse_next_visit() reads. */
char         *bd_contact_format_next_visit  (const GDate   *day,
                                             int            hour,
                                             int            minute);

G_END_DECLS
