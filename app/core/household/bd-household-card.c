/* bd-household-card.c — the household card (家庭卡): a household's policies at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A BdHouseholdCard is computed once, in bd_household_card_new(), and never changes: the
 * members are copied out of the household and the policies out of the list, so that the
 * indices the getters take stay valid even if the household or the list change later.
 * The card holds a reference on the household, on every member and on every policy it
 * keeps; everything it hands out (members, policies, beneficiaries, the arrays) is
 * borrowed from it and lives as long as the card.
 *
 * The card lists every policy in which a member plays a part, beneficiary included, but
 * sums, due dates, servicing staff and openings concern only the household's own policies:
 * those a member holds or is insured by. A policy of someone outside the household that
 * merely names a member as beneficiary is neither paid nor serviced by the household, and
 * its premiums and agent are the policyholder's business. */

#define G_LOG_DOMAIN "bd-household-card"

#include "config.h"

#include "bd-household-card.h"

#include "bd-identity.h"
#include "bd-limits.h"
#include "bd-policy-rules.h"

#include <glib/gi18n-lib.h>

/* Stands for "nobody" or "no policy" where an index is expected. */
#define NO_INDEX G_MAXUINT

typedef struct
{
  gint64      id;
  const char *name;        /* borrowed from one of the policies */
  guint       n_policies;
} StaffCount;

/* An opening with the indices it is sorted by. */
typedef struct
{
  BdOpening opening;
  guint     member;
  guint     policy;
} OpeningEntry;

struct _BdHouseholdCard
{
  GObject        parent_instance;

  BdHousehold   *household;
  GPtrArray     *members;        /* BdHouseholdMember, owned */
  guint          viewer;         /* the member the card is read for; NO_INDEX for none */
  GPtrArray     *policies;       /* BdPolicy, owned: those in which a member plays a part */
  GDate          today;
  guint          due_horizon_days;  /* how far ahead the due dates are collected */
  guint          grace_days;        /* the branch's grace period, for reinstatement */

  /* Matrices with one column of n_members cells per policy. */
  GArray        *roles;          /* BdPartyRoles */
  GPtrArray     *designations;   /* BdBeneficiary, borrowed from the policies */

  gint64        *cover;          /* n_members × BD_N_COVER_KINDS */
  gint64        *premiums;       /* n_members */
  gint64         total_premium;

  GArray        *due_dates;      /* BdDueDate */
  GPtrArray     *grace;          /* BdPolicy, borrowed */
  GPtrArray     *lapsed;         /* BdPolicy, borrowed */
  GArray        *staff;          /* StaffCount */
  GArray        *openings;       /* BdOpening */

  gboolean       has_need;
  BdProtectionNeed entered_need; /* as typed, for the form that edits it */
  gint64         need;
  gint64         life_cover;
  gint64         gap;
};

G_DEFINE_FINAL_TYPE (BdHouseholdCard, bd_household_card, G_TYPE_OBJECT)

/* A context of their own: the product kinds have the same English names, but a column
 * of the card wants a shorter word (重疾, not 重大疾病保险). */
#define COVER_CONTEXT "cover kind"

static const char * const cover_kind_labels[] = {
  [BD_COVER_LIFE] = NC_("cover kind", "Life"),
  [BD_COVER_CRITICAL_ILLNESS] = NC_("cover kind", "Critical illness"),
  [BD_COVER_MEDICAL] = NC_("cover kind", "Medical"),
  [BD_COVER_ACCIDENT] = NC_("cover kind", "Accident"),
  [BD_COVER_ANNUITY] = NC_("cover kind", "Annuity"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (cover_kind_labels) == BD_N_COVER_KINDS);

static const char * const opening_kind_labels[] = {
  [BD_OPENING_NO_BENEFICIARY] = N_("No beneficiary named"),
  [BD_OPENING_DOCUMENT_EXPIRED] = N_("Identity document expired"),
  [BD_OPENING_DOCUMENT_EXPIRING] = N_("Identity document expires soon"),
  [BD_OPENING_PHONE_MISSING] = N_("No mobile number"),
  [BD_OPENING_PHONE_INVALID] = N_("Mobile number not valid"),
  [BD_OPENING_PREMIUM_IN_GRACE] = N_("Premium in grace period"),
  [BD_OPENING_LAPSED] = N_("Lapsed policy can be reinstated"),
  [BD_OPENING_DIFFICULT_CASE] = N_("Customer not reached: difficult case"),
  [BD_OPENING_SURVIVAL_BENEFIT_DUE] = N_("Survival benefit due"),
  [BD_OPENING_MATURITY_DUE] = N_("Policy matures soon"),
  [BD_OPENING_NO_SERVICING_STAFF] = N_("No servicing staff"),
  [BD_OPENING_SPLIT_SERVICING] = N_("Policies with several servicing staff (merge)"),
  [BD_OPENING_PROTECTION_GAP] = N_("Protection gap"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (opening_kind_labels) == BD_OPENING_PROTECTION_GAP + 1);

/* Participating, universal and unit-linked policies are life policies with an investment
 * side: what protects the family is their death benefit. */
static const BdCoverKind product_cover_kinds[] = {
  [BD_PRODUCT_LIFE] = BD_COVER_LIFE,
  [BD_PRODUCT_CRITICAL_ILLNESS] = BD_COVER_CRITICAL_ILLNESS,
  [BD_PRODUCT_MEDICAL] = BD_COVER_MEDICAL,
  [BD_PRODUCT_ACCIDENT] = BD_COVER_ACCIDENT,
  [BD_PRODUCT_ANNUITY] = BD_COVER_ANNUITY,
  [BD_PRODUCT_PARTICIPATING] = BD_COVER_LIFE,
  [BD_PRODUCT_UNIVERSAL] = BD_COVER_LIFE,
  [BD_PRODUCT_UNIT_LINKED] = BD_COVER_LIFE,
};

/**
 * bd_cover_kind_for_product:
 * @kind: a product kind
 *
 * Returns: the kind of cover a policy of @kind adds to
 */
BdCoverKind
bd_cover_kind_for_product (BdProductKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (product_cover_kinds), BD_COVER_LIFE);

  return product_cover_kinds[kind];
}

/**
 * bd_cover_kind_get_label:
 * @kind: a kind of cover
 *
 * Returns: (transfer none): the translated name of @kind, for a card
 */
const char *
bd_cover_kind_get_label (BdCoverKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (cover_kind_labels), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, COVER_CONTEXT, cover_kind_labels[kind]);
}

/**
 * bd_opening_kind_get_label:
 * @kind: a kind of service opening
 *
 * Returns: (transfer none): the translated name of @kind, for a card
 */
const char *
bd_opening_kind_get_label (BdOpeningKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (opening_kind_labels), NULL);

  return g_dgettext (GETTEXT_PACKAGE, opening_kind_labels[kind]);
}

/* Members */

static BdCustomer *
member_customer (BdHouseholdCard *self,
                 guint            member)
{
  if (member == NO_INDEX)
    return NULL;

  return bd_household_member_get_customer (g_ptr_array_index (self->members, member));
}

/* The index of the member who is customer @customer_id, or NO_INDEX. */
static guint
find_member (BdHouseholdCard *self,
             gint64           customer_id)
{
  /* Id 0 is an unsaved customer or the legal heirs: nobody in particular. */
  if (customer_id == 0)
    return NO_INDEX;

  for (guint i = 0; i < self->members->len; i++)
    {
      if (bd_customer_get_id (member_customer (self, i)) == customer_id)
        return i;
    }

  return NO_INDEX;
}

static guint
find_policy (BdHouseholdCard *self,
             BdPolicy        *policy)
{
  guint index;

  if (policy == NULL || !g_ptr_array_find (self->policies, policy, &index))
    return NO_INDEX;

  return index;
}

/* The member to talk to about paying for a policy: its policyholder, else its insured. */
static guint
policy_contact (BdHouseholdCard *self,
                BdPolicy        *policy)
{
  guint member = find_member (self, bd_policy_get_policyholder_id (policy));

  if (member == NO_INDEX)
    member = find_member (self, bd_policy_get_insured_id (policy));

  return member;
}

/* The member a survival or maturity benefit is paid to: the first survival beneficiary
 * who is a member, else the insured (the default survival beneficiary). */
static guint
policy_payee (BdHouseholdCard *self,
              BdPolicy        *policy)
{
  GListModel *beneficiaries = bd_policy_get_beneficiaries (policy);
  guint n = g_list_model_get_n_items (beneficiaries);
  guint payee = NO_INDEX;
  guint best_rank = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdBeneficiary) beneficiary = g_list_model_get_item (beneficiaries, i);
      guint member = find_member (self, bd_beneficiary_get_customer_id (beneficiary));

      if (bd_beneficiary_get_kind (beneficiary) == BD_BENEFICIARY_SURVIVAL &&
          member != NO_INDEX && bd_beneficiary_get_rank (beneficiary) < best_rank)
        {
          payee = member;
          best_rank = bd_beneficiary_get_rank (beneficiary);
        }
    }

  return payee != NO_INDEX ? payee : find_member (self, bd_policy_get_insured_id (policy));
}

/* Roles */

/* The designation of @customer_id in @policy that matters most: death before survival,
 * then the lowest order. Borrowed: the policy's list holds a reference. */
static BdBeneficiary *
find_designation (BdPolicy *policy,
                  gint64    customer_id)
{
  GListModel *beneficiaries = bd_policy_get_beneficiaries (policy);
  guint n = g_list_model_get_n_items (beneficiaries);
  BdBeneficiary *best = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdBeneficiary) beneficiary = g_list_model_get_item (beneficiaries, i);

      if (bd_beneficiary_get_customer_id (beneficiary) != customer_id)
        continue;

      if (best == NULL ||
          bd_beneficiary_get_kind (beneficiary) < bd_beneficiary_get_kind (best) ||
          (bd_beneficiary_get_kind (beneficiary) == bd_beneficiary_get_kind (best) &&
           bd_beneficiary_get_rank (beneficiary) < bd_beneficiary_get_rank (best)))
        best = beneficiary;
    }

  return best;
}

static BdPartyRoles
roles_in_policy (BdPolicy       *policy,
                 gint64          customer_id,
                 BdBeneficiary **designation)
{
  BdPartyRoles roles = BD_PARTY_NONE;

  *designation = NULL;
  if (customer_id == 0)
    return BD_PARTY_NONE;

  if (bd_policy_get_policyholder_id (policy) == customer_id)
    roles |= BD_PARTY_POLICYHOLDER;
  if (bd_policy_get_insured_id (policy) == customer_id)
    roles |= BD_PARTY_INSURED;
  if ((*designation = find_designation (policy, customer_id)) != NULL)
    roles |= BD_PARTY_BENEFICIARY;

  return roles;
}

static BdPartyRoles
roles_at (BdHouseholdCard *self,
          guint            member,
          guint            policy)
{
  return g_array_index (self->roles, BdPartyRoles, policy * self->members->len + member);
}

/* Appends the column of @policy to the matrices when a member plays a part in it. */
static void
keep_policy (BdHouseholdCard *self,
             BdPolicy        *policy)
{
  gboolean involved = FALSE;
  guint n = self->members->len;

  /* A list made by hand may hold a policy twice: it is one policy, counted once. */
  if (g_ptr_array_find (self->policies, policy, NULL))
    return;

  for (guint i = 0; i < n; i++)
    {
      BdBeneficiary *designation;
      BdPartyRoles roles = roles_in_policy (policy, bd_customer_get_id (member_customer (self, i)),
                                            &designation);

      g_array_append_val (self->roles, roles);
      g_ptr_array_add (self->designations, designation);
      involved |= roles != BD_PARTY_NONE;
    }

  if (involved)
    {
      g_ptr_array_add (self->policies, g_object_ref (policy));
      return;
    }

  g_array_set_size (self->roles, self->roles->len - n);
  g_ptr_array_set_size (self->designations, self->designations->len - n);
}

/* The household pays for or is covered by the policy: see the overview. */
static gboolean
is_household_policy (BdHouseholdCard *self,
                     guint            policy)
{
  for (guint i = 0; i < self->members->len; i++)
    {
      if (roles_at (self, i, policy) & (BD_PARTY_POLICYHOLDER | BD_PARTY_INSURED))
        return TRUE;
    }

  return FALSE;
}

/* Assembling the card */

static void
collect_members (BdHouseholdCard *self)
{
  GListModel *members = bd_household_get_members (self->household);
  guint n = g_list_model_get_n_items (members);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->members, g_list_model_get_item (members, i));
}

static void
collect_policies (BdHouseholdCard *self,
                  GListModel      *policies)
{
  guint n = g_list_model_get_n_items (policies);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdPolicy) policy = g_list_model_get_item (policies, i);

      keep_policy (self, policy);
    }
}

static void
sum_cover_and_premiums (BdHouseholdCard *self)
{
  self->cover = g_new0 (gint64, self->members->len * BD_N_COVER_KINDS);
  self->premiums = g_new0 (gint64, self->members->len);

  for (guint j = 0; j < self->policies->len; j++)
    {
      BdPolicy *policy = g_ptr_array_index (self->policies, j);
      gint64 premium = bd_policy_get_annual_premium (policy, &self->today);
      guint insured = find_member (self, bd_policy_get_insured_id (policy));

      if (is_household_policy (self, j))
        self->total_premium += premium;

      if (insured == NO_INDEX || !bd_policy_is_active (policy))
        continue;

      self->cover[insured * BD_N_COVER_KINDS +
                  bd_cover_kind_for_product (bd_policy_get_product_kind (policy))] +=
        bd_policy_get_sum_insured (policy);
      self->premiums[insured] += premium;
    }
}

static void
add_due_date (BdHouseholdCard *self,
              BdDueKind        kind,
              BdPolicy        *policy,
              const GDate     *date)
{
  BdDueDate due = { kind, policy, *date,
                    kind == BD_DUE_PREMIUM ? bd_policy_get_premium (policy)
                                           : bd_policy_get_sum_insured (policy) };

  g_array_append_val (self->due_dates, due);
}

static int
compare_due_dates (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const BdDueDate *due_a = a;
  const BdDueDate *due_b = b;
  int by_date = g_date_compare (&due_a->date, &due_b->date);

  if (by_date != 0)
    return by_date;
  if (due_a->policy != due_b->policy)
    return find_policy (user_data, due_a->policy) < find_policy (user_data, due_b->policy) ? -1 : 1;

  return (int) due_a->kind - (int) due_b->kind;
}

static void
collect_due_dates (BdHouseholdCard *self)
{
  for (guint j = 0; j < self->policies->len; j++)
    {
      BdPolicy *policy = g_ptr_array_index (self->policies, j);
      GDate date;

      if (!is_household_policy (self, j) || !bd_policy_is_active (policy))
        continue;

      /* Within the window; before today only a premium still unpaid in its grace period. */
      if (bd_date_parse_iso (bd_policy_get_next_due_date (policy), &date) &&
          bd_premium_due_within (&date, &self->today, self->due_horizon_days))
        add_due_date (self, BD_DUE_PREMIUM, policy, &date);
      if (bd_policy_maturity_due (policy, &self->today, self->due_horizon_days, &date))
        add_due_date (self, BD_DUE_MATURITY, policy, &date);
      if (bd_policy_survival_benefit_due (policy, &self->today, self->due_horizon_days, &date))
        add_due_date (self, BD_DUE_SURVIVAL_BENEFIT, policy, &date);
    }

  g_array_sort_with_data (self->due_dates, compare_due_dates, self);
}

static void
collect_grace_and_lapsed (BdHouseholdCard *self)
{
  for (guint j = 0; j < self->policies->len; j++)
    {
      BdPolicy *policy = g_ptr_array_index (self->policies, j);

      if (!is_household_policy (self, j))
        continue;

      if (bd_policy_get_status (policy) == BD_POLICY_GRACE)
        g_ptr_array_add (self->grace, policy);
      else if (bd_policy_get_status (policy) == BD_POLICY_LAPSED)
        g_ptr_array_add (self->lapsed, policy);
    }
}

static void
count_staff (BdHouseholdCard *self,
             BdPolicy        *policy)
{
  gint64 id = bd_policy_get_servicing_staff_id (policy);
  StaffCount count = { id, bd_policy_get_servicing_staff_name (policy), 1 };

  for (guint i = 0; i < self->staff->len; i++)
    {
      StaffCount *known = &g_array_index (self->staff, StaffCount, i);

      if (known->id == id)
        {
          known->n_policies++;
          if (known->name == NULL)
            known->name = count.name;
          return;
        }
    }

  g_array_append_val (self->staff, count);
}

static int
compare_staff (gconstpointer a,
               gconstpointer b)
{
  const StaffCount *staff_a = a;
  const StaffCount *staff_b = b;

  if (staff_a->n_policies != staff_b->n_policies)
    return staff_a->n_policies > staff_b->n_policies ? -1 : 1;

  return staff_a->id < staff_b->id ? -1 : staff_a->id > staff_b->id;
}

static void
collect_staff (BdHouseholdCard *self)
{
  for (guint j = 0; j < self->policies->len; j++)
    {
      BdPolicy *policy = g_ptr_array_index (self->policies, j);

      if (!is_household_policy (self, j) || bd_policy_get_servicing_staff_id (policy) == 0 ||
          !bd_policy_counts_for_servicing (policy))
        continue;

      count_staff (self, policy);
    }

  g_array_sort (self->staff, compare_staff);
}

/* a + b, saturated: amounts come from people typing, and must not wrap round. */
static gint64
add_saturated (gint64 a,
               gint64 b)
{
  return a > G_MAXINT64 - b ? G_MAXINT64 : a + b;
}

static void
compute_gap (BdHouseholdCard        *self,
             const BdProtectionNeed *need)
{
  gint64 spending = 0;

  for (guint i = 0; i < self->members->len; i++)
    self->life_cover = add_saturated (self->life_cover,
                                      self->cover[i * BD_N_COVER_KINDS + BD_COVER_LIFE]);

  if (need == NULL)
    return;

  if (need->years > 0 && need->annual_spending > G_MAXINT64 / need->years)
    spending = G_MAXINT64;
  else
    spending = need->annual_spending * need->years;

  self->has_need = TRUE;
  self->entered_need = *need;
  self->need = add_saturated (spending, need->debts);
  self->gap = MAX (self->need - self->life_cover, 0);
}

/* Openings */

static void
add_opening (GArray        *entries,
             BdOpeningKind  kind,
             BdCustomer    *customer,
             guint          member,
             BdPolicy      *policy,
             guint          policy_index,
             const GDate   *date)
{
  OpeningEntry entry = { { kind, customer, policy, { 0 } }, member, policy_index };

  g_date_clear (&entry.opening.date, 1);
  if (date != NULL)
    entry.opening.date = *date;

  g_array_append_val (entries, entry);
}

static void
add_policy_opening (BdHouseholdCard *self,
                    GArray          *entries,
                    BdOpeningKind    kind,
                    guint            member,
                    guint            policy,
                    const GDate     *date)
{
  add_opening (entries, kind, member_customer (self, member), member,
               g_ptr_array_index (self->policies, policy), policy, date);
}

static void
find_policy_openings (BdHouseholdCard *self,
                      GArray          *entries,
                      guint            j)
{
  BdPolicy *policy = g_ptr_array_index (self->policies, j);
  gboolean active = bd_policy_is_active (policy);
  GDate date;

  g_date_clear (&date, 1);

  if (active && bd_policy_has_death_benefit (policy) && !bd_policy_names_death_beneficiary (policy))
    add_policy_opening (self, entries, BD_OPENING_NO_BENEFICIARY,
                        find_member (self, bd_policy_get_insured_id (policy)), j, NULL);

  if (bd_policy_get_status (policy) == BD_POLICY_GRACE)
    {
      bd_date_parse_iso (bd_policy_get_next_due_date (policy), &date);
      add_policy_opening (self, entries, BD_OPENING_PREMIUM_IN_GRACE,
                          policy_contact (self, policy), j, &date);
    }

  if (bd_policy_reinstatable (policy, &self->today, self->grace_days, &date))
    add_policy_opening (self, entries, BD_OPENING_LAPSED, policy_contact (self, policy), j, &date);

  /* A difficult case shows on the card until the customer is reached again (000). */
  if (active && bd_policy_get_service_class (policy) == BD_SERVICE_DIFFICULT)
    add_policy_opening (self, entries, BD_OPENING_DIFFICULT_CASE, policy_contact (self, policy), j,
                        NULL);

  if (active && bd_policy_get_servicing_staff_id (policy) == 0)
    add_policy_opening (self, entries, BD_OPENING_NO_SERVICING_STAFF,
                        policy_contact (self, policy), j, NULL);
}

static void
find_due_openings (BdHouseholdCard *self,
                   GArray          *entries)
{
  for (guint k = 0; k < self->due_dates->len; k++)
    {
      const BdDueDate *due = &g_array_index (self->due_dates, BdDueDate, k);
      BdOpeningKind kind;

      if (due->kind == BD_DUE_SURVIVAL_BENEFIT)
        kind = BD_OPENING_SURVIVAL_BENEFIT_DUE;
      else if (due->kind == BD_DUE_MATURITY)
        kind = BD_OPENING_MATURITY_DUE;
      else
        continue;

      add_policy_opening (self, entries, kind, policy_payee (self, due->policy),
                          find_policy (self, due->policy), &due->date);
    }
}

static gboolean
has_text (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    {
      if (!g_ascii_isspace (*text))
        return TRUE;
    }

  return FALSE;
}

static void
find_member_openings (BdHouseholdCard *self,
                      GArray          *entries,
                      guint            i)
{
  BdCustomer *customer = member_customer (self, i);
  const char *mobile = bd_customer_get_mobile (customer);
  g_autofree char *normalized = NULL;
  BdDocumentValidity validity;
  GDate expiry;

  validity = bd_document_validity (bd_customer_get_id_valid_until (customer), &self->today, NULL);
  if (validity == BD_DOCUMENT_EXPIRED || validity == BD_DOCUMENT_EXPIRING)
    {
      g_date_clear (&expiry, 1);
      bd_date_parse_iso (bd_customer_get_id_valid_until (customer), &expiry);
      add_opening (entries,
                   validity == BD_DOCUMENT_EXPIRED ? BD_OPENING_DOCUMENT_EXPIRED
                                                   : BD_OPENING_DOCUMENT_EXPIRING,
                   customer, i, NULL, NO_INDEX, &expiry);
    }

  /* Minors are reached through their guardian; an unknown age proves nothing. */
  if (!bd_is_adult (bd_customer_get_age_on (customer, &self->today)))
    return;

  if (!has_text (mobile))
    add_opening (entries, BD_OPENING_PHONE_MISSING, customer, i, NULL, NO_INDEX, NULL);
  else if ((normalized = bd_phone_normalize (mobile, NULL)) == NULL)
    add_opening (entries, BD_OPENING_PHONE_INVALID, customer, i, NULL, NO_INDEX, NULL);
}

/* Date, those without one last; then kind, member, policy; what concerns no member or
 * no policy comes last. Staff plan the next visit by the date. */
static int
compare_openings (gconstpointer a,
                  gconstpointer b)
{
  const OpeningEntry *entry_a = a;
  const OpeningEntry *entry_b = b;
  gboolean dated_a = g_date_valid (&entry_a->opening.date);
  gboolean dated_b = g_date_valid (&entry_b->opening.date);

  if (dated_a != dated_b)
    return dated_a ? -1 : 1;
  if (dated_a && g_date_compare (&entry_a->opening.date, &entry_b->opening.date) != 0)
    return g_date_compare (&entry_a->opening.date, &entry_b->opening.date);
  if (entry_a->opening.kind != entry_b->opening.kind)
    return entry_a->opening.kind < entry_b->opening.kind ? -1 : 1;
  if (entry_a->member != entry_b->member)
    return entry_a->member < entry_b->member ? -1 : 1;
  if (entry_a->policy != entry_b->policy)
    return entry_a->policy < entry_b->policy ? -1 : 1;

  return 0;
}

static void
collect_openings (BdHouseholdCard *self)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (OpeningEntry));

  for (guint j = 0; j < self->policies->len; j++)
    {
      if (is_household_policy (self, j))
        find_policy_openings (self, entries, j);
    }
  find_due_openings (self, entries);
  for (guint i = 0; i < self->members->len; i++)
    find_member_openings (self, entries, i);

  if (bd_household_card_is_split (self))
    add_opening (entries, BD_OPENING_SPLIT_SERVICING, NULL, NO_INDEX, NULL, NO_INDEX, NULL);
  if (self->has_need && self->gap > 0)
    add_opening (entries, BD_OPENING_PROTECTION_GAP, NULL, NO_INDEX, NULL, NO_INDEX, NULL);

  g_array_sort (entries, compare_openings);
  for (guint k = 0; k < entries->len; k++)
    g_array_append_val (self->openings, g_array_index (entries, OpeningEntry, k).opening);
}

/* The object */

static void
bd_household_card_dispose (GObject *object)
{
  BdHouseholdCard *self = (BdHouseholdCard *) object;

  /* The borrowed pointers go with what they point into. */
  g_clear_pointer (&self->openings, g_array_unref);
  g_clear_pointer (&self->due_dates, g_array_unref);
  g_clear_pointer (&self->grace, g_ptr_array_unref);
  g_clear_pointer (&self->lapsed, g_ptr_array_unref);
  g_clear_pointer (&self->staff, g_array_unref);
  g_clear_pointer (&self->designations, g_ptr_array_unref);
  g_clear_pointer (&self->policies, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_object (&self->household);

  G_OBJECT_CLASS (bd_household_card_parent_class)->dispose (object);
}

static void
bd_household_card_finalize (GObject *object)
{
  BdHouseholdCard *self = (BdHouseholdCard *) object;

  g_clear_pointer (&self->roles, g_array_unref);
  g_clear_pointer (&self->cover, g_free);
  g_clear_pointer (&self->premiums, g_free);

  G_OBJECT_CLASS (bd_household_card_parent_class)->finalize (object);
}

static void
bd_household_card_class_init (BdHouseholdCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_household_card_dispose;
  object_class->finalize = bd_household_card_finalize;
}

static void
bd_household_card_init (BdHouseholdCard *self)
{
  self->members = g_ptr_array_new_with_free_func (g_object_unref);
  self->policies = g_ptr_array_new_with_free_func (g_object_unref);
  self->roles = g_array_new (FALSE, FALSE, sizeof (BdPartyRoles));
  self->designations = g_ptr_array_new ();
  self->due_dates = g_array_new (FALSE, FALSE, sizeof (BdDueDate));
  self->grace = g_ptr_array_new ();
  self->lapsed = g_ptr_array_new ();
  self->staff = g_array_new (FALSE, FALSE, sizeof (StaffCount));
  self->openings = g_array_new (FALSE, FALSE, sizeof (BdOpening));
  g_date_clear (&self->today, 1);
}

/**
 * bd_household_card_new:
 * @household: a #BdHousehold with its members
 * @policies: a #GListModel of #BdPolicy, with their beneficiaries
 * @need: (nullable): what the household needs for the protection gap, or %NULL
 * @today: the day the card is drawn up for
 *
 * Computes the card, its due dates %BD_DUE_WINDOW_DAYS ahead and %BD_GRACE_DAYS of grace
 * (see bd_household_card_new_for_branch()). Policies in which no member plays a part are left
 * out; the others keep the order of @policies (the store gives the newest first).
 * @household and the policies are referenced, not copied: do not change them while the
 * card is in use.
 *
 * Returns: (transfer full): the card
 */
BdHouseholdCard *
bd_household_card_new (BdHousehold            *household,
                       GListModel             *policies,
                       const BdProtectionNeed *need,
                       const GDate            *today)
{
  return bd_household_card_new_for_branch (household, policies, need, today,
                                           BD_DUE_WINDOW_DAYS, BD_GRACE_DAYS);
}

/**
 * bd_household_card_new_for_branch:
 * @household: a #BdHousehold with its members
 * @policies: a #GListModel of #BdPolicy, with their beneficiaries
 * @need: (nullable): what the household needs for the protection gap, or %NULL
 * @today: the day the card is drawn up for
 * @due_horizon_days: how far ahead its due dates are collected: the branch's
 *   due-horizon-days
 * @grace_days: the branch's grace-days, which decide until when a lapsed policy may be
 *   reinstated
 *
 * As bd_household_card_new(), with the branch's horizon of 到期事项 and grace period.
 *
 * Returns: (transfer full): the card
 */
BdHouseholdCard *
bd_household_card_new_for_branch (BdHousehold            *household,
                                  GListModel             *policies,
                                  const BdProtectionNeed *need,
                                  const GDate            *today,
                                  guint                   due_horizon_days,
                                  guint                   grace_days)
{
  BdHouseholdCard *self;

  g_return_val_if_fail (BD_IS_HOUSEHOLD (household), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (policies), NULL);
  g_return_val_if_fail (g_list_model_get_item_type (policies) == BD_TYPE_POLICY, NULL);
  g_return_val_if_fail (need == NULL || (need->annual_spending >= 0 && need->debts >= 0), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = g_object_new (BD_TYPE_HOUSEHOLD_CARD, NULL);
  self->household = g_object_ref (household);
  self->today = *today;
  self->due_horizon_days = due_horizon_days;
  self->grace_days = grace_days;

  collect_members (self);
  bd_household_card_set_viewer (self, 0);
  collect_policies (self, policies);
  sum_cover_and_premiums (self);
  collect_due_dates (self);
  collect_grace_and_lapsed (self);
  collect_staff (self);
  compute_gap (self, need);
  collect_openings (self);

  return self;
}

/**
 * bd_household_card_get_household:
 * @self: a #BdHouseholdCard
 *
 * Returns: (transfer none): the household of the card
 */
BdHousehold *
bd_household_card_get_household (BdHouseholdCard *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), NULL);

  return self->household;
}

/**
 * bd_household_card_set_viewer:
 * @self: a #BdHouseholdCard
 * @customer_id: the customer the card is read for, or 0 for the head
 *
 * Sets whose card it is: the member marked as 本人 (self), to whom the others' relations
 * are given. A customer who is no member leaves the head as the viewer.
 */
void
bd_household_card_set_viewer (BdHouseholdCard *self,
                              gint64           customer_id)
{
  g_return_if_fail (BD_IS_HOUSEHOLD_CARD (self));

  self->viewer = find_member (self, customer_id);
  for (guint i = 0; self->viewer == NO_INDEX && i < self->members->len; i++)
    if (bd_household_card_is_head (self, i))
      self->viewer = i;
}

/**
 * bd_household_card_get_viewer:
 * @self: a #BdHouseholdCard
 *
 * Returns: the index of the member the card is read for, or %G_MAXUINT
 */
guint
bd_household_card_get_viewer (BdHouseholdCard *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), NO_INDEX);

  return self->viewer;
}

/**
 * bd_household_card_is_head:
 * @self: a #BdHouseholdCard
 * @member: a member index
 *
 * Returns: %TRUE when @member is the head of the household
 */
gboolean
bd_household_card_is_head (BdHouseholdCard *self,
                           guint            member)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), FALSE);
  g_return_val_if_fail (member < self->members->len, FALSE);

  return bd_household_member_get_relation (g_ptr_array_index (self->members, member)) ==
         BD_RELATION_SELF;
}

/**
 * bd_household_card_get_relation_to_viewer:
 * @self: a #BdHouseholdCard
 * @member: a member index
 * @relation: (out): how @member stands to the viewer, or, when the records do not tell,
 *   to the head
 *
 * Returns: %TRUE when @relation is to the viewer
 */
gboolean
bd_household_card_get_relation_to_viewer (BdHouseholdCard *self,
                                          guint            member,
                                          BdRelation      *relation)
{
  BdRelation to_head;

  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), FALSE);
  g_return_val_if_fail (member < self->members->len, FALSE);
  g_return_val_if_fail (relation != NULL, FALSE);

  to_head = bd_household_member_get_relation (g_ptr_array_index (self->members, member));
  *relation = to_head;
  if (member == self->viewer)
    {
      *relation = BD_RELATION_SELF;
      return TRUE;
    }
  if (self->viewer == NO_INDEX)
    return FALSE;
  return bd_relation_seen_from (bd_household_member_get_relation (g_ptr_array_index (self->members,
                                                                                      self->viewer)),
                                to_head, relation);
}

/**
 * bd_household_card_get_n_members:
 * @self: a #BdHouseholdCard
 *
 * Returns: the number of members, as the household had them when the card was made
 */
guint
bd_household_card_get_n_members (BdHouseholdCard *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), 0);

  return self->members->len;
}

/**
 * bd_household_card_get_member:
 * @self: a #BdHouseholdCard
 * @member: an index below bd_household_card_get_n_members()
 *
 * Returns: (transfer none): the member, head first
 */
BdHouseholdMember *
bd_household_card_get_member (BdHouseholdCard *self,
                              guint            member)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), NULL);
  g_return_val_if_fail (member < self->members->len, NULL);

  return g_ptr_array_index (self->members, member);
}

/**
 * bd_household_card_get_member_age:
 * @self: a #BdHouseholdCard
 * @member: an index below bd_household_card_get_n_members()
 *
 * Returns: the completed years of the member on the card's day, or -1 when unknown
 */
int
bd_household_card_get_member_age (BdHouseholdCard *self,
                                  guint            member)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), -1);
  g_return_val_if_fail (member < self->members->len, -1);

  return bd_customer_get_age_on (member_customer (self, member), &self->today);
}

/**
 * bd_household_card_get_n_policies:
 * @self: a #BdHouseholdCard
 *
 * Returns: the number of policies in which a member plays a part
 */
guint
bd_household_card_get_n_policies (BdHouseholdCard *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), 0);

  return self->policies->len;
}

/**
 * bd_household_card_get_policy:
 * @self: a #BdHouseholdCard
 * @policy: an index below bd_household_card_get_n_policies()
 *
 * Returns: (transfer none): the policy, in the order they were given
 */
BdPolicy *
bd_household_card_get_policy (BdHouseholdCard *self,
                              guint            policy)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), NULL);
  g_return_val_if_fail (policy < self->policies->len, NULL);

  return g_ptr_array_index (self->policies, policy);
}

/**
 * bd_household_card_get_roles:
 * @self: a #BdHouseholdCard
 * @member: a member index
 * @policy: a policy index
 * @beneficiary: (out) (optional) (nullable) (transfer none): the member's designation
 *   that matters most (death before survival, lowest order first), or %NULL when the
 *   member is not a beneficiary
 *
 * Returns: the roles the member plays in the policy
 */
BdPartyRoles
bd_household_card_get_roles (BdHouseholdCard  *self,
                             guint             member,
                             guint             policy,
                             BdBeneficiary   **beneficiary)
{
  if (beneficiary != NULL)
    *beneficiary = NULL;

  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), BD_PARTY_NONE);
  g_return_val_if_fail (member < self->members->len, BD_PARTY_NONE);
  g_return_val_if_fail (policy < self->policies->len, BD_PARTY_NONE);

  if (beneficiary != NULL)
    *beneficiary = g_ptr_array_index (self->designations,
                                      policy * self->members->len + member);

  return roles_at (self, member, policy);
}

/**
 * bd_household_card_get_cover:
 * @self: a #BdHouseholdCard
 * @member: a member index
 * @kind: a kind of cover
 *
 * Returns: the sum insured, in fen, of the policies in force or in grace that insure the
 *   member and give cover of @kind
 */
gint64
bd_household_card_get_cover (BdHouseholdCard *self,
                             guint            member,
                             BdCoverKind      kind)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), 0);
  g_return_val_if_fail (member < self->members->len, 0);
  g_return_val_if_fail ((guint) kind < BD_N_COVER_KINDS, 0);

  return self->cover[member * BD_N_COVER_KINDS + kind];
}

/**
 * bd_household_card_get_annual_premium:
 * @self: a #BdHouseholdCard
 * @member: a member index
 *
 * Returns: the premiums still being paid per year, in fen, on the policies in force or in
 *   grace that insure the member; single premiums and paid-up policies count 0
 */
gint64
bd_household_card_get_annual_premium (BdHouseholdCard *self,
                                      guint            member)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), 0);
  g_return_val_if_fail (member < self->members->len, 0);

  return self->premiums[member];
}

/**
 * bd_household_card_get_total_annual_premium:
 * @self: a #BdHouseholdCard
 *
 * Every policy a member holds or is insured by counts once, including those that insure
 * someone outside the household; policies that only name a member as beneficiary do not.
 *
 * Returns: the household's premiums per year, in fen
 */
gint64
bd_household_card_get_total_annual_premium (BdHouseholdCard *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), 0);

  return self->total_premium;
}

/**
 * bd_household_card_get_due_dates:
 * @self: a #BdHouseholdCard
 *
 * Returns: (transfer none) (element-type BdDueDate): what falls due, by date and then
 *   in the order of the policies; owned by the card, do not change it
 */
GArray *
bd_household_card_get_due_dates (BdHouseholdCard *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), NULL);

  return self->due_dates;
}

guint
bd_household_card_get_due_horizon (BdHouseholdCard *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), 0);

  return self->due_horizon_days;
}

/**
 * bd_household_card_get_grace_policies:
 * @self: a #BdHouseholdCard
 *
 * Returns: (transfer none) (element-type BdPolicy): the household's policies in their
 *   grace period; owned by the card
 */
GPtrArray *
bd_household_card_get_grace_policies (BdHouseholdCard *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), NULL);

  return self->grace;
}

/**
 * bd_household_card_get_lapsed_policies:
 * @self: a #BdHouseholdCard
 *
 * Returns: (transfer none) (element-type BdPolicy): the household's lapsed policies;
 *   owned by the card
 */
GPtrArray *
bd_household_card_get_lapsed_policies (BdHouseholdCard *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), NULL);

  return self->lapsed;
}

/**
 * bd_household_card_get_n_servicing_staff:
 * @self: a #BdHouseholdCard
 *
 * Returns: how many staff service the household's policies in force, in grace or lapsed
 */
guint
bd_household_card_get_n_servicing_staff (BdHouseholdCard *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), 0);

  return self->staff->len;
}

/**
 * bd_household_card_get_servicing_staff_id:
 * @self: a #BdHouseholdCard
 * @index: an index below bd_household_card_get_n_servicing_staff()
 *
 * Returns: the id of a staff member; the one with the most policies first, the lower id
 *   first among equals
 */
gint64
bd_household_card_get_servicing_staff_id (BdHouseholdCard *self,
                                          guint            index)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), 0);
  g_return_val_if_fail (index < self->staff->len, 0);

  return g_array_index (self->staff, StaffCount, index).id;
}

/**
 * bd_household_card_get_servicing_staff_name:
 * @self: a #BdHouseholdCard
 * @index: an index below bd_household_card_get_n_servicing_staff()
 *
 * Returns: (transfer none) (nullable): the name of the staff member, as the policies
 *   give it
 */
const char *
bd_household_card_get_servicing_staff_name (BdHouseholdCard *self,
                                            guint            index)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), NULL);
  g_return_val_if_fail (index < self->staff->len, NULL);

  return g_array_index (self->staff, StaffCount, index).name;
}

/**
 * bd_household_card_get_servicing_staff_n_policies:
 * @self: a #BdHouseholdCard
 * @index: an index below bd_household_card_get_n_servicing_staff()
 *
 * Returns: how many of the household's own policies the staff member services among those
 *   that count for servicing (bd_policy_counts_for_servicing()): what orders the staff
 */
guint
bd_household_card_get_servicing_staff_n_policies (BdHouseholdCard *self,
                                                  guint            index)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), 0);
  g_return_val_if_fail (index < self->staff->len, 0);

  return g_array_index (self->staff, StaffCount, index).n_policies;
}

/**
 * bd_household_card_is_split:
 * @self: a #BdHouseholdCard
 *
 * Returns: %TRUE when the household's policies sit with more than one staff member
 */
gboolean
bd_household_card_is_split (BdHouseholdCard *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), FALSE);

  return self->staff->len > 1;
}

/**
 * bd_household_card_get_openings:
 * @self: a #BdHouseholdCard
 *
 * The members and policies of the openings are borrowed from the card.
 *
 * Returns: (transfer none) (element-type BdOpening): the openings, by kind, then member,
 *   then policy; owned by the card
 */
GArray *
bd_household_card_get_openings (BdHouseholdCard *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), NULL);

  return self->openings;
}

/**
 * bd_household_card_get_protection_gap:
 * @self: a #BdHouseholdCard
 * @need: (out) (optional): annual spending × years + debts, in fen
 * @cover: (out) (optional): the household's life cover, in fen
 * @gap: (out) (optional): need − cover, never below 0
 *
 * The outputs are 0 when no need was entered.
 *
 * Returns: %TRUE when a need was entered
 */
gboolean
bd_household_card_get_protection_gap (BdHouseholdCard *self,
                                      gint64          *need,
                                      gint64          *cover,
                                      gint64          *gap)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), FALSE);

  if (need != NULL)
    *need = self->need;
  if (cover != NULL)
    *cover = self->has_need ? self->life_cover : 0;
  if (gap != NULL)
    *gap = self->gap;

  return self->has_need;
}

/**
 * bd_household_card_get_life_cover:
 * @self: a #BdHouseholdCard
 *
 * Returns: the sum insured of the members' life cover (%BD_COVER_LIFE), in fen, never
 *   wrapping round; known without a protection need
 */
gint64
bd_household_card_get_life_cover (BdHouseholdCard *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), 0);

  return self->life_cover;
}

/**
 * bd_household_card_get_entered_need:
 * @self: a #BdHouseholdCard
 * @need: (out): the protection need the card was drawn up with, or all 0 when none
 *
 * Returns: %TRUE when a need was entered
 */
gboolean
bd_household_card_get_entered_need (BdHouseholdCard  *self,
                                    BdProtectionNeed *need)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD (self), FALSE);
  g_return_val_if_fail (need != NULL, FALSE);

  *need = self->entered_need;
  return self->has_need;
}
