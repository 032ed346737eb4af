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

G_END_DECLS
