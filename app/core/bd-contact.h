/* bd-contact.h — a contact with a customer: a call, a letter, a visit, a contact slip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "bd-types.h"

G_BEGIN_DECLS

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

G_END_DECLS
