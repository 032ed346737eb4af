/* bd-household-card.h — the household card (家庭卡): a household's policies at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bd-household.h"
#include "bd-policy.h"
#include "bd-types.h"

G_BEGIN_DECLS

/* The part a member plays in a policy; a member can play several. */
typedef enum /*< flags >*/
{
  BD_PARTY_NONE         = 0,
  BD_PARTY_POLICYHOLDER = 1 << 0,
  BD_PARTY_INSURED      = 1 << 1,
  BD_PARTY_BENEFICIARY  = 1 << 2,
} BdPartyRoles;

/* Cover is summed by these kinds; participating, universal and unit-linked policies
 * count as life cover (their death benefit). */
typedef enum
{
  BD_COVER_LIFE,
  BD_COVER_CRITICAL_ILLNESS,
  BD_COVER_MEDICAL,
  BD_COVER_ACCIDENT,
  BD_COVER_ANNUITY,
  BD_N_COVER_KINDS
} BdCoverKind;

BdCoverKind  bd_cover_kind_for_product (BdProductKind kind);
const char  *bd_cover_kind_get_label   (BdCoverKind   kind);

/* Service openings (服务契口): reasons for the next contact, computed from the data. */
typedef enum
{
  BD_OPENING_NO_BENEFICIARY,       /* a death benefit goes to the legal heirs: none named */
  BD_OPENING_DOCUMENT_EXPIRED,     /* a member's identity document has expired */
  BD_OPENING_DOCUMENT_EXPIRING,    /* … expires within 30 days */
  BD_OPENING_PHONE_MISSING,        /* an adult member has no mobile number */
  BD_OPENING_PHONE_INVALID,        /* … or one that is not a valid mainland mobile */
  BD_OPENING_PREMIUM_IN_GRACE,     /* a premium is unpaid, the policy in its grace period */
  BD_OPENING_LAPSED,               /* a lapsed policy that may still be reinstated: 2 years
                                    * from suspension (bd_policy_reinstatable()); dated by
                                    * the unpaid due date */
  BD_OPENING_DIFFICULT_CASE,       /* not reached by all five ways of tracing (困难件) */
  BD_OPENING_SURVIVAL_BENEFIT_DUE, /* a survival benefit or annuity falls due within the
                                    * card's horizon (90 days unless the branch set another) */
  BD_OPENING_MATURITY_DUE,         /* a policy matures within the horizon */
  BD_OPENING_NO_SERVICING_STAFF,   /* a policy has nobody servicing it */
  BD_OPENING_SPLIT_SERVICING,      /* the household's policies sit with several staff */
  BD_OPENING_PROTECTION_GAP,       /* the life cover is below the household's need */
} BdOpeningKind;

const char *bd_opening_kind_get_label (BdOpeningKind kind);

/* One opening: what, for whom, on which policy, and the date it concerns (may be invalid). */
typedef struct
{
  BdOpeningKind  kind;
  BdCustomer    *member;   /* (nullable) */
  BdPolicy      *policy;   /* (nullable) */
  GDate          date;
} BdOpening;

/* A date something falls due: a premium, a maturity, a survival benefit. */
typedef enum
{
  BD_DUE_PREMIUM,
  BD_DUE_MATURITY,
  BD_DUE_SURVIVAL_BENEFIT,
} BdDueKind;

/* @amount is what is paid, in fen: the premium; for a maturity the sum insured, which the
 * policy pays when it matures; for a survival benefit the basic sum insured the payment is
 * reckoned on (the store keeps no schedule of benefits). */
typedef struct
{
  BdDueKind  kind;
  BdPolicy  *policy;
  GDate      date;
  gint64     amount;
} BdDueDate;

/* What staff enter with the customer for the protection gap (001): all in fen / years. */
typedef struct
{
  gint64 annual_spending;
  gint64 debts;
  guint  years;
} BdProtectionNeed;

#define BD_TYPE_HOUSEHOLD_CARD (bd_household_card_get_type ())

G_DECLARE_FINAL_TYPE (BdHouseholdCard, bd_household_card, BD, HOUSEHOLD_CARD, GObject)

/* Assembles the card of @household from @policies (a GListModel of BdPolicy with their
 * beneficiaries: every policy in which any member is policyholder, insured or
 * beneficiary) as of @today. @need may be NULL when none was entered. */
BdHouseholdCard  *bd_household_card_new                  (BdHousehold            *household,
                                                          GListModel             *policies,
                                                          const BdProtectionNeed *need,
                                                          const GDate            *today);
/* The same with the branch's settings rather than their defaults: its due dates
 * @due_horizon_days ahead (due-horizon-days), @grace_days of grace (grace-days). */
BdHouseholdCard  *bd_household_card_new_for_branch       (BdHousehold            *household,
                                                          GListModel             *policies,
                                                          const BdProtectionNeed *need,
                                                          const GDate            *today,
                                                          guint                   due_horizon_days,
                                                          guint                   grace_days);

BdHousehold      *bd_household_card_get_household        (BdHouseholdCard *self);

/* The card is read from the point of view of one member: the customer open at the desk.
 * Until set, that is the head. @customer_id who is no member leaves it with the head. */
void              bd_household_card_set_viewer           (BdHouseholdCard *self,
                                                          gint64           customer_id);
/* The member index of the viewer, or G_MAXUINT when the household has no head. */
guint             bd_household_card_get_viewer           (BdHouseholdCard *self);
/* How @member stands to the viewer: SELF for the viewer. FALSE when the household's
 * records do not tell (the relations are kept to the head): @relation is then how the
 * member stands to the head. */
gboolean          bd_household_card_get_relation_to_viewer (BdHouseholdCard *self,
                                                          guint            member,
                                                          BdRelation      *relation);
/* Whether @member is the head of the household. */
gboolean          bd_household_card_is_head              (BdHouseholdCard *self,
                                                          guint            member);

/* Members in the household's order (head first), and the policies, newest first. */
guint             bd_household_card_get_n_members        (BdHouseholdCard *self);
BdHouseholdMember *bd_household_card_get_member          (BdHouseholdCard *self,
                                                          guint            member);
/* Completed years today, or -1 when the birth date is unknown. */
int               bd_household_card_get_member_age       (BdHouseholdCard *self,
                                                          guint            member);
guint             bd_household_card_get_n_policies       (BdHouseholdCard *self);
BdPolicy         *bd_household_card_get_policy           (BdHouseholdCard *self,
                                                          guint            policy);

/* The member × policy matrix of roles; with BD_PARTY_BENEFICIARY the designation
 * (death before survival, lowest order first) is returned through @beneficiary. */
BdPartyRoles      bd_household_card_get_roles            (BdHouseholdCard *self,
                                                          guint            member,
                                                          guint            policy,
                                                          BdBeneficiary  **beneficiary);

/* Sum insured of the member's policies in force or in grace, by kind, in fen. */
gint64            bd_household_card_get_cover            (BdHouseholdCard *self,
                                                          guint            member,
                                                          BdCoverKind      kind);
/* Premiums still being paid per year (single premiums excluded) for the member's cover
 * as insured, and for the whole household, in fen. */
gint64            bd_household_card_get_annual_premium   (BdHouseholdCard *self,
                                                          guint            member);
gint64            bd_household_card_get_total_annual_premium (BdHouseholdCard *self);

/* What falls due within the card's horizon (90 days unless the branch set another):
 * premiums (next due dates of policies in force or in grace, a premium in grace being
 * due already), maturities and survival benefits; sorted by date. Element-type
 * BdDueDate. */
GArray           *bd_household_card_get_due_dates        (BdHouseholdCard *self);
/* How many days ahead the due dates were collected. */
guint             bd_household_card_get_due_horizon      (BdHouseholdCard *self);
/* Policies in their grace period, and lapsed ones (BdPolicy, borrowed). */
GPtrArray        *bd_household_card_get_grace_policies   (BdHouseholdCard *self);
GPtrArray        *bd_household_card_get_lapsed_policies  (BdHouseholdCard *self);

/* The staff servicing the household's policies: ids (gint64) and names, by how many
 * policies each holds, most first. More than one means the household is to be merged
 * (合并家庭保单服务件). */
guint             bd_household_card_get_n_servicing_staff (BdHouseholdCard *self);
gint64            bd_household_card_get_servicing_staff_id (BdHouseholdCard *self,
                                                           guint            index);
const char       *bd_household_card_get_servicing_staff_name (BdHouseholdCard *self,
                                                           guint            index);
guint             bd_household_card_get_servicing_staff_n_policies (BdHouseholdCard *self,
                                                                   guint            index);
gboolean          bd_household_card_is_split             (BdHouseholdCard *self);

/* The openings: those with a date in date order, then the others in the order of the
 * BdOpeningKind values; then by member and policy. Element-type BdOpening. */
GArray           *bd_household_card_get_openings         (BdHouseholdCard *self);

/* The protection gap (001): need = annual spending × years + debts; cover = the
 * household's life cover; gap = need − cover, never below 0. FALSE when no need was
 * entered. Example: 200,000 a year for 1 year, 1,000,000 of mortgage, critical-illness
 * cover 500,000 and no life cover: need 1,200,000, cover 0, gap 1,200,000. */
gboolean          bd_household_card_get_protection_gap   (BdHouseholdCard *self,
                                                          gint64          *need,
                                                          gint64          *cover,
                                                          gint64          *gap);
/* The household's life cover, the members' together (saturated, in fen), whether a need
 * was entered or not: what the gap is reckoned against. */
gint64            bd_household_card_get_life_cover       (BdHouseholdCard *self);
/* The need as entered (spending, debts, years), to fill the form that edits it. */
gboolean          bd_household_card_get_entered_need     (BdHouseholdCard  *self,
                                                          BdProtectionNeed *need);

G_END_DECLS
