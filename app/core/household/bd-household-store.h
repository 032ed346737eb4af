/* bd-household-store.h — households, their members and the protection need, kept in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-household-card.h"
#include "bd-household.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* Households: the household and its members. Sets the household's id. */
gboolean      bd_store_add_household           (BdStore       *self,
                                                BdHousehold   *household,
                                                GError       **error);
/* The household @customer_id belongs to now, or NULL (no error) when none. */
BdHousehold  *bd_store_get_household_of        (BdStore       *self,
                                                gint64         customer_id,
                                                GError       **error);

/* Every policy in which a current member of @household_id is policyholder, insured or
 * beneficiary, with beneficiaries, newest first: what the household card is made of. */
GListModel   *bd_store_list_household_policies (BdStore       *self,
                                                gint64         household_id,
                                                GError       **error);

/* Editing a household. Each change is audited with @staff_id and @reason in the same
 * transaction; a removal keeps the past membership on record. A relationship the core
 * finds impossible (bd_household_check_relation) is refused with its reason. */
gboolean      bd_store_remove_household_member (BdStore       *self,
                                                gint64         household_id,
                                                gint64         customer_id,
                                                gint64         staff_id,
                                                const char    *reason,
                                                GError       **error);
/* Adding a member with their relationship to the head and correcting that relationship
 * take the same arguments. */
typedef gboolean BdStoreMemberRelationFunc     (BdStore       *self,
                                                gint64         household_id,
                                                gint64         customer_id,
                                                BdRelation     relation,
                                                gint64         staff_id,
                                                const char    *reason,
                                                GError       **error);
BdStoreMemberRelationFunc bd_store_add_household_member;
BdStoreMemberRelationFunc bd_store_set_member_relation;

/* The household card of @customer_id's household as of @today, with its protection need;
 * NULL without an error when the customer belongs to no household. */
BdHouseholdCard *bd_store_load_household_card  (BdStore       *self,
                                                gint64         customer_id,
                                                const GDate   *today,
                                                GError       **error);

/* The protection need staff entered for a household; *found is FALSE when none. */
gboolean      bd_store_get_household_need      (BdStore          *self,
                                                gint64            household_id,
                                                BdProtectionNeed *need,
                                                gboolean         *found,
                                                GError          **error);
gboolean      bd_store_set_household_need      (BdStore                *self,
                                                gint64                  household_id,
                                                const BdProtectionNeed *need,
                                                gint64                  staff_id,
                                                GError                **error);

G_END_DECLS
