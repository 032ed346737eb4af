/* bd-household.h — a household (家庭) and its members
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bd-customer.h"
#include "bd-types.h"

G_BEGIN_DECLS

#define BD_TYPE_HOUSEHOLD_MEMBER (bd_household_member_get_type ())
#define BD_TYPE_HOUSEHOLD (bd_household_get_type ())

G_DECLARE_FINAL_TYPE (BdHouseholdMember, bd_household_member, BD, HOUSEHOLD_MEMBER, GObject)
G_DECLARE_FINAL_TYPE (BdHousehold, bd_household, BD, HOUSEHOLD, GObject)

/* A member is a customer and how they stand to the head of the household. */
BdHouseholdMember *bd_household_member_new              (BdCustomer        *customer,
                                                         BdRelation         relation);
BdCustomer        *bd_household_member_get_customer     (BdHouseholdMember *self);
BdRelation         bd_household_member_get_relation     (BdHouseholdMember *self);

BdHousehold       *bd_household_new                     (void);
gint64             bd_household_get_id                  (BdHousehold       *self);
void               bd_household_set_id                  (BdHousehold       *self,
                                                         gint64             id);
const char        *bd_household_get_name                (BdHousehold       *self);
void               bd_household_set_name                (BdHousehold       *self,
                                                         const char        *name);
/* The staff member the household is assigned to (one per household); 0 when none. */
gint64             bd_household_get_servicing_staff_id  (BdHousehold       *self);
void               bd_household_set_servicing_staff_id  (BdHousehold       *self,
                                                         gint64             staff_id);
/* A GListModel of BdHouseholdMember, head first. */
GListModel        *bd_household_get_members             (BdHousehold       *self);
void               bd_household_add_member              (BdHousehold       *self,
                                                         BdHouseholdMember *member);
BdHouseholdMember *bd_household_find_member             (BdHousehold       *self,
                                                         gint64             customer_id);

/* Whether people can stand to each other as a household says they do. */
#define BD_HOUSEHOLD_ERROR (bd_household_error_quark ())

typedef enum
{
  BD_HOUSEHOLD_ERROR_IMPOSSIBLE_RELATION,
} BdHouseholdError;

GQuark             bd_household_error_quark             (void);

/* Whether @member can be the @relation of @head on @today, by their ages and sexes:
 * spouses of legal marriage age, generations at least 15 years apart. An unknown birth
 * date proves nothing and is accepted. On FALSE, @error says why, naming both. */
gboolean           bd_relation_check_ages               (BdCustomer        *head,
                                                         BdCustomer        *member,
                                                         BdRelation         relation,
                                                         const GDate       *today,
                                                         GError           **error);
/* Whether @customer can be the @relation of the head of @household (whether or not they
 * are a member yet): the ages, and one spouse per household. */
gboolean           bd_household_check_relation          (BdHousehold       *self,
                                                         BdCustomer        *customer,
                                                         BdRelation         relation,
                                                         const GDate       *today,
                                                         GError           **error);
/* The head (relation SELF), or NULL. */
BdHouseholdMember *bd_household_get_head                (BdHousehold       *self);
/* How a member who is @member to the head stands to one who is @viewer to the head.
 * FALSE when the relations to the head do not tell (the child of the head's sibling
 * could be anybody's): @relation is then left alone. */
gboolean           bd_relation_seen_from                (BdRelation         viewer,
                                                         BdRelation         member,
                                                         BdRelation        *relation);

G_END_DECLS
