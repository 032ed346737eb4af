/* bd-customer.h — a customer of the branch (a person, rarely an organisation)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "bd-types.h"

G_BEGIN_DECLS

#define BD_TYPE_CUSTOMER (bd_customer_get_type ())

/* What the desk flags on a customer at a glance. */
typedef enum
{
  BD_BADGE_NONE      = 0,
  BD_BADGE_MINOR     = 1 << 0,   /* under 18: acts through a guardian */
  BD_BADGE_GRACE     = 1 << 1,   /* a policy in its grace period */
  BD_BADGE_LAPSED    = 1 << 2,   /* a lapsed policy */
  BD_BADGE_DIFFICULT = 1 << 3,   /* a policy classed difficult (unreachable) */
  BD_BADGE_VIP       = 1 << 4,
  BD_BADGE_DECEASED  = 1 << 5,   /* a death was reported (claims/): nothing is sent to them */
} BdCustomerBadges;

G_DECLARE_FINAL_TYPE (BdCustomer, bd_customer, BD, CUSTOMER, GObject)

BdCustomer     *bd_customer_new                  (void);

gint64          bd_customer_get_id               (BdCustomer     *self);
void            bd_customer_set_id               (BdCustomer     *self,
                                                  gint64          id);
const char     *bd_customer_get_name             (BdCustomer     *self);
void            bd_customer_set_name             (BdCustomer     *self,
                                                  const char     *name);
BdSex           bd_customer_get_sex              (BdCustomer     *self);
void            bd_customer_set_sex              (BdCustomer     *self,
                                                  BdSex           sex);
/* ISO 8601 date "YYYY-MM-DD", or NULL when unknown. */
const char     *bd_customer_get_birth_date       (BdCustomer     *self);
void            bd_customer_set_birth_date       (BdCustomer     *self,
                                                  const char     *birth_date);
gboolean        bd_customer_get_is_organisation  (BdCustomer     *self);
void            bd_customer_set_is_organisation  (BdCustomer     *self,
                                                  gboolean        is_organisation);
BdDocumentType  bd_customer_get_id_type          (BdCustomer     *self);
void            bd_customer_set_id_type          (BdCustomer     *self,
                                                  BdDocumentType  id_type);
const char     *bd_customer_get_id_number        (BdCustomer     *self);
void            bd_customer_set_id_number        (BdCustomer     *self,
                                                  const char     *id_number);
/* ISO date; NULL for a document valid for life (长期). */
const char     *bd_customer_get_id_valid_until   (BdCustomer     *self);
void            bd_customer_set_id_valid_until   (BdCustomer     *self,
                                                  const char     *id_valid_until);
const char     *bd_customer_get_mobile           (BdCustomer     *self);
void            bd_customer_set_mobile           (BdCustomer     *self,
                                                  const char     *mobile);
const char     *bd_customer_get_landline         (BdCustomer     *self);
void            bd_customer_set_landline         (BdCustomer     *self,
                                                  const char     *landline);
const char     *bd_customer_get_address          (BdCustomer     *self);
void            bd_customer_set_address          (BdCustomer     *self,
                                                  const char     *address);
const char     *bd_customer_get_postcode         (BdCustomer     *self);
void            bd_customer_set_postcode         (BdCustomer     *self,
                                                  const char     *postcode);
const char     *bd_customer_get_occupation       (BdCustomer     *self);
void            bd_customer_set_occupation       (BdCustomer     *self,
                                                  const char     *occupation);
const char     *bd_customer_get_employer         (BdCustomer     *self);
void            bd_customer_set_employer         (BdCustomer     *self,
                                                  const char     *employer);
/* 0 when the customer has no guardian on record. */
gint64          bd_customer_get_guardian_id      (BdCustomer     *self);
void            bd_customer_set_guardian_id      (BdCustomer     *self,
                                                  gint64          guardian_id);
gboolean        bd_customer_get_vip              (BdCustomer     *self);
void            bd_customer_set_vip              (BdCustomer     *self,
                                                  gboolean        vip);
const char     *bd_customer_get_notes            (BdCustomer     *self);
void            bd_customer_set_notes            (BdCustomer     *self,
                                                  const char     *notes);
/* Filled by searches: how many policies name this customer as policyholder or insured. */
guint           bd_customer_get_policy_count     (BdCustomer     *self);
void            bd_customer_set_policy_count     (BdCustomer     *self,
                                                  guint           policy_count);

/* The policy badges (GRACE, LAPSED, DIFFICULT) the store found; and all badges on @today,
 * adding MINOR and VIP from the customer's own data. */
guint           bd_customer_get_badges           (BdCustomer     *self);
void            bd_customer_set_badges           (BdCustomer     *self,
                                                  guint           badges);
guint           bd_customer_get_badges_on        (BdCustomer     *self,
                                                  const GDate    *today);

/* Completed years on @today, or -1 when the birth date is unknown. */
int             bd_customer_get_age_on           (BdCustomer     *self,
                                                  const GDate    *today);

G_END_DECLS
