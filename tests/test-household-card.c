/* test-household-card.c — the household card: roles, cover, premiums, dues, staff,
 * openings and the protection gap of a crafted family
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "bd-beneficiary.h"
#include "bd-customer.h"
#include "bd-household-card.h"
#include "bd-household.h"
#include "bd-policy.h"
#include "bd-test-fixture.h"

#define TODAY "2026-11-22"
#define YUAN(amount) ((gint64) (amount) * 100)

/* The family: customer ids 1–4, in the household's order. */
enum
{
  HUSBAND,
  WIFE,
  SON,
  GRANDMOTHER,
  N_MEMBERS
};

/* Customers outside the household. */
#define BROTHER_ID 9
#define NEPHEW_ID  10
#define STRANGER_ID 8

/* The policies the card keeps, in its order; the list given to it has one more (IGNORED_ID,
 * where no member is a party) between ANNUITY_WIFE and PARTICIPATING_HUSBAND. */
enum
{
  LIFE_WIFE,              /* husband insures wife, death benefit to the legal heirs */
  CI_HUSBAND,             /* wife insures husband; wife and son beneficiaries */
  MEDICAL_SON,            /* mother insures son; in grace */
  ANNUITY_GRANDMOTHER,    /* son insures his mother; paid up, survival benefit in 30 days */
  ANNUITY_WIFE,           /* still paying; no servicing staff */
  PARTICIPATING_HUSBAND,  /* matures in 60 days, to the wife; nobody named for death */
  TERM_WIFE,              /* single premium; matures in 120 days; nobody named */
  ACCIDENT_SON,           /* lapsed 2025-06-01: can be reinstated */
  LIFE_GRANDMOTHER,       /* unpaid since 2024-08-01, suspended 2024-10-01: too late
                           * since 2026-10-01; a staff member of its own */
  BROTHER_LIFE,           /* the husband's brother's policy naming the wife */
  UNCLE_ACCIDENT_SON,     /* the brother insures the son; no servicing staff */
  N_KEPT
};

#define IGNORED_ID 19

/* No product names; nobody named for death but by add_beneficiary(). */
typedef BdTestPolicySpec PolicySpec;

static const PolicySpec family_policies[] = {
  { 11, NULL, BD_PRODUCT_LIFE, 1, 2, BD_POLICY_IN_FORCE, 500000, 1000, BD_FREQUENCY_MONTHLY,
    "2020-03-01", 20, 0, "2026-12-01", 101, BD_SURVIVAL_CASH },
  { 12, NULL, BD_PRODUCT_CRITICAL_ILLNESS, 2, 1, BD_POLICY_IN_FORCE, 500000, 8000,
    BD_FREQUENCY_ANNUAL, "2019-07-15", 20, 0, "2027-07-15", 101, BD_SURVIVAL_NONE },
  { 13, NULL, BD_PRODUCT_MEDICAL, 2, 3, BD_POLICY_GRACE, 200000, 600, BD_FREQUENCY_QUARTERLY,
    "2024-09-01", 10, 0, "2026-11-01", 102, BD_SURVIVAL_NONE },
  { 14, NULL, BD_PRODUCT_ANNUITY, 1, 4, BD_POLICY_IN_FORCE, 300000, 20000, BD_FREQUENCY_ANNUAL,
    "2011-12-22", 10, 0, NULL, 101, BD_SURVIVAL_CASH },
  { 15, NULL, BD_PRODUCT_ANNUITY, 2, 2, BD_POLICY_IN_FORCE, 200000, 10000, BD_FREQUENCY_ANNUAL,
    "2020-12-22", 10, 0, "2026-12-22", 0, BD_SURVIVAL_ACCUMULATE },
  { IGNORED_ID, NULL, BD_PRODUCT_LIFE, BROTHER_ID, BROTHER_ID, BD_POLICY_IN_FORCE, 100000, 3000,
    BD_FREQUENCY_ANNUAL, "2021-05-05", 20, 0, "2027-05-05", 103, BD_SURVIVAL_NONE },
  { 16, NULL, BD_PRODUCT_PARTICIPATING, 1, 1, BD_POLICY_IN_FORCE, 100000, 5000, BD_FREQUENCY_ANNUAL,
    "2007-01-21", 10, 20, NULL, 102, BD_SURVIVAL_NONE },
  { 17, NULL, BD_PRODUCT_LIFE, 2, 2, BD_POLICY_IN_FORCE, 100000, 30000, BD_FREQUENCY_SINGLE,
    "2007-03-22", 1, 20, NULL, 101, BD_SURVIVAL_NONE },
  { 18, NULL, BD_PRODUCT_ACCIDENT, 1, 3, BD_POLICY_LAPSED, 100000, 300, BD_FREQUENCY_ANNUAL,
    "2023-06-01", 5, 0, "2025-06-01", 102, BD_SURVIVAL_NONE },
  { 20, NULL, BD_PRODUCT_LIFE, 4, 4, BD_POLICY_LAPSED, 50000, 2000, BD_FREQUENCY_ANNUAL,
    "2015-08-01", 20, 0, "2024-08-01", 104, BD_SURVIVAL_NONE },
  { 21, NULL, BD_PRODUCT_LIFE, BROTHER_ID, BROTHER_ID, BD_POLICY_IN_FORCE, 400000, 6000,
    BD_FREQUENCY_ANNUAL, "2022-01-10", 20, 0, "2027-01-10", 103, BD_SURVIVAL_NONE },
  { 22, NULL, BD_PRODUCT_ACCIDENT, BROTHER_ID, 3, BD_POLICY_IN_FORCE, 50000, 200,
    BD_FREQUENCY_ANNUAL, "2025-02-01", 10, 0, "2027-02-01", 0, BD_SURVIVAL_NONE },
};

typedef struct
{
  GDate            today;
  BdHousehold     *household;
  GListStore      *policies;
  BdPolicy        *kept[N_KEPT];      /* borrowed from the list */
  BdBeneficiary   *wife_on_ci;        /* the designations the matrix must return */
  BdBeneficiary   *son_on_ci;
  BdBeneficiary   *husband_on_annuity;
  BdBeneficiary   *grandmother_on_annuity;
  BdBeneficiary   *wife_on_brother;
  BdBeneficiary   *wife_on_participating;
  BdBeneficiary   *husband_on_uncle;
  BdHouseholdCard *card;
} Fixture;

static const char *
staff_name (gint64 id)
{
  switch (id)
    {
    case 101: return "赵敏";
    case 102: return "钱磊";
    case 103: return "孙丽";
    case 104: return "周强";
    default: return NULL;
    }
}

static BdCustomer *
make_customer (gint64      id,
               const char *name,
               const char *birth_date,
               const char *id_valid_until,
               const char *mobile)
{
  BdCustomer *customer = bd_test_customer_new_full (id, name, BD_SEX_UNKNOWN, birth_date, NULL,
                                                    mobile);

  bd_customer_set_id_valid_until (customer, id_valid_until);
  return customer;
}

static BdPolicy *
make_policy (const PolicySpec *spec)
{
  g_autofree char *number = g_strdup_printf ("P-%" G_GINT64_FORMAT, spec->id);

  return bd_test_policy_new_from_spec (spec, number, staff_name (spec->staff));
}

/* Returns the designation, borrowed from @policy. */
static BdBeneficiary *
add_beneficiary (BdPolicy          *policy,
                 BdBeneficiaryKind  kind,
                 gint64             customer_id,
                 guint              rank)
{
  return bd_test_policy_designate (policy, kind, customer_id, rank, BD_SHARE_WHOLE);
}

static void
add_family_members (BdHousehold *household)
{
  g_autoptr(BdCustomer) husband = make_customer (1, "王建国", "1981-03-10", "2026-10-01",
                                                 "138 1234 5678");
  /* A blank mobile is no mobile. */
  g_autoptr(BdCustomer) wife = make_customer (2, "李秀英", "1983-05-20", "2026-12-02", " ");
  g_autoptr(BdCustomer) son = make_customer (3, "王小明", "2010-06-01", NULL, NULL);
  g_autoptr(BdCustomer) grandmother = make_customer (4, "张桂兰", "1956-01-15", NULL,
                                                     "12345678901");

  bd_customer_set_guardian_id (son, 2);
  bd_test_household_add (household, husband, BD_RELATION_SELF);
  bd_test_household_add (household, wife, BD_RELATION_SPOUSE);
  bd_test_household_add (household, son, BD_RELATION_CHILD);
  bd_test_household_add (household, grandmother, BD_RELATION_PARENT);
}

static void
add_family_beneficiaries (Fixture *fixture)
{
  BdPolicy **kept = fixture->kept;

  add_beneficiary (kept[LIFE_WIFE], BD_BENEFICIARY_DEATH, 0, 1);
  fixture->wife_on_ci = add_beneficiary (kept[CI_HUSBAND], BD_BENEFICIARY_DEATH, 2, 1);
  fixture->son_on_ci = add_beneficiary (kept[CI_HUSBAND], BD_BENEFICIARY_DEATH, 3, 2);
  fixture->grandmother_on_annuity =
    add_beneficiary (kept[ANNUITY_GRANDMOTHER], BD_BENEFICIARY_SURVIVAL, 4, 1);
  fixture->husband_on_annuity =
    add_beneficiary (kept[ANNUITY_GRANDMOTHER], BD_BENEFICIARY_DEATH, 1, 1);
  /* The wife's survival designation comes first, but the death one is what matters. */
  add_beneficiary (kept[BROTHER_LIFE], BD_BENEFICIARY_SURVIVAL, 2, 1);
  add_beneficiary (kept[BROTHER_LIFE], BD_BENEFICIARY_DEATH, NEPHEW_ID, 1);
  /* Named in two orders (nothing forbids it): the first order counts. */
  add_beneficiary (kept[BROTHER_LIFE], BD_BENEFICIARY_DEATH, 2, 3);
  fixture->wife_on_brother = add_beneficiary (kept[BROTHER_LIFE], BD_BENEFICIARY_DEATH, 2, 2);
  /* A survival beneficiary names nobody for the death benefit. */
  fixture->wife_on_participating =
    add_beneficiary (kept[PARTICIPATING_HUSBAND], BD_BENEFICIARY_SURVIVAL, 2, 1);
  fixture->husband_on_uncle =
    add_beneficiary (kept[UNCLE_ACCIDENT_SON], BD_BENEFICIARY_DEATH, 1, 1);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  /* 300,000 a year for 10 years and 500,000 of debts. */
  const BdProtectionNeed need = { YUAN (300000), YUAN (500000), 10 };
  guint kept = 0;

  g_assert_true (bd_date_parse_iso (TODAY, &fixture->today));
  fixture->household = bd_household_new ();
  bd_household_set_id (fixture->household, 1);
  add_family_members (fixture->household);

  fixture->policies = g_list_store_new (BD_TYPE_POLICY);
  for (guint i = 0; i < G_N_ELEMENTS (family_policies); i++)
    {
      g_autoptr(BdPolicy) policy = make_policy (&family_policies[i]);

      g_list_store_append (fixture->policies, policy);
      if (family_policies[i].id == IGNORED_ID)
        add_beneficiary (policy, BD_BENEFICIARY_DEATH, STRANGER_ID, 1);
      else
        fixture->kept[kept++] = policy;
    }
  g_assert_cmpuint (kept, ==, N_KEPT);
  add_family_beneficiaries (fixture);

  fixture->card = bd_household_card_new (fixture->household, G_LIST_MODEL (fixture->policies),
                                         &need, &fixture->today);
  g_assert_nonnull (fixture->card);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  /* The card must keep what it hands out alive by itself: drop ours first. */
  g_clear_object (&fixture->policies);
  g_clear_object (&fixture->household);
  g_assert_finalize_object (fixture->card);
}

static void
test_members (Fixture       *fixture,
              gconstpointer  user_data)
{
  static const int ages[N_MEMBERS] = { 45, 43, 16, 70 };
  static const BdRelation relations[N_MEMBERS] = {
    BD_RELATION_SELF, BD_RELATION_SPOUSE, BD_RELATION_CHILD, BD_RELATION_PARENT
  };
  BdHouseholdCard *card = fixture->card;

  g_assert_true (bd_household_card_get_household (card) == fixture->household);
  g_assert_cmpuint (bd_household_card_get_n_members (card), ==, N_MEMBERS);
  for (guint i = 0; i < N_MEMBERS; i++)
    {
      BdHouseholdMember *member = bd_household_card_get_member (card, i);

      g_assert_cmpint (bd_customer_get_id (bd_household_member_get_customer (member)), ==, i + 1);
      g_assert_cmpint (bd_household_member_get_relation (member), ==, relations[i]);
      g_assert_cmpint (bd_household_card_get_member_age (card, i), ==, ages[i]);
    }
}

static void
test_policies (Fixture       *fixture,
               gconstpointer  user_data)
{
  BdHouseholdCard *card = fixture->card;

  /* The given order, without the policy in which no member plays a part. */
  g_assert_cmpuint (bd_household_card_get_n_policies (card), ==, N_KEPT);
  for (guint j = 0; j < N_KEPT; j++)
    g_assert_true (bd_household_card_get_policy (card, j) == fixture->kept[j]);
}

static void
test_roles (Fixture       *fixture,
            gconstpointer  user_data)
{
  enum { N = 0, H = BD_PARTY_POLICYHOLDER, I = BD_PARTY_INSURED, B = BD_PARTY_BENEFICIARY };
  static const int expected[N_MEMBERS][N_KEPT] = {
    /*           life  ci     med ann-g  ann-w  part   term   acc lifeg  bro uncle */
    [HUSBAND] = { H,   I,     N,  H | B, N,     H | I, N,     H,  N,     N,  B },
    [WIFE] =    { I,   H | B, H,  N,     H | I, B,     H | I, N,  N,     B,  N },
    [SON] =     { N,   B,     I,  N,     N,     N,     N,     I,  N,     N,  I },
    [GRANDMOTHER] = { N, N,   N,  I | B, N,     N,     N,     N,  H | I, N,  N },
  };
  BdHouseholdCard *card = fixture->card;

  for (guint i = 0; i < N_MEMBERS; i++)
    {
      for (guint j = 0; j < N_KEPT; j++)
        {
          BdBeneficiary *designation = (BdBeneficiary *) 0x1;
          BdPartyRoles roles = bd_household_card_get_roles (card, i, j, &designation);

          g_test_message ("member %u, policy %u", i, j);
          g_assert_cmpint (roles, ==, expected[i][j]);
          g_assert_true ((designation != NULL) == ((roles & BD_PARTY_BENEFICIARY) != 0));
          g_assert_cmpint (bd_household_card_get_roles (card, i, j, NULL), ==, roles);
        }
    }

#define ASSERT_DESIGNATION(member, policy, expected_designation)                       \
  G_STMT_START {                                                                      \
    BdBeneficiary *designation = NULL;                                                \
    bd_household_card_get_roles (card, member, policy, &designation);                 \
    g_assert_true (designation == (expected_designation));                            \
  } G_STMT_END
  ASSERT_DESIGNATION (WIFE, CI_HUSBAND, fixture->wife_on_ci);
  ASSERT_DESIGNATION (SON, CI_HUSBAND, fixture->son_on_ci);
  ASSERT_DESIGNATION (HUSBAND, ANNUITY_GRANDMOTHER, fixture->husband_on_annuity);
  ASSERT_DESIGNATION (GRANDMOTHER, ANNUITY_GRANDMOTHER, fixture->grandmother_on_annuity);
  /* Death before survival, even of a lower order. */
  ASSERT_DESIGNATION (WIFE, BROTHER_LIFE, fixture->wife_on_brother);
  ASSERT_DESIGNATION (WIFE, PARTICIPATING_HUSBAND, fixture->wife_on_participating);
  ASSERT_DESIGNATION (HUSBAND, UNCLE_ACCIDENT_SON, fixture->husband_on_uncle);
  g_assert_cmpint (bd_beneficiary_get_rank (fixture->wife_on_brother), ==, 2);
#undef ASSERT_DESIGNATION
}

static void
test_cover (Fixture       *fixture,
            gconstpointer  user_data)
{
  static const gint64 expected_yuan[N_MEMBERS][BD_N_COVER_KINDS] = {
    /*                life    CI      medical accident annuity */
    [HUSBAND] =     { 100000, 500000, 0,      0,       0 },
    [WIFE] =        { 600000, 0,      0,      0,       200000 },
    /* The medical policy is in grace: still cover. His father's accident policy lapsed;
     * his uncle's is in force. */
    [SON] =         { 0,      0,      200000, 50000,   0 },
    /* Her life policy lapsed; the brother's policy insures nobody here. */
    [GRANDMOTHER] = { 0,      0,      0,      0,       300000 },
  };

  for (guint i = 0; i < N_MEMBERS; i++)
    {
      for (guint kind = 0; kind < BD_N_COVER_KINDS; kind++)
        {
          g_test_message ("member %u, cover %u", i, kind);
          g_assert_cmpint (bd_household_card_get_cover (fixture->card, i, kind), ==,
                           YUAN (expected_yuan[i][kind]));
        }
    }
}

static void
test_premiums (Fixture       *fixture,
               gconstpointer  user_data)
{
  BdHouseholdCard *card = fixture->card;

  /* Critical illness 8,000; the participating policy was paid up in 2017. */
  g_assert_cmpint (bd_household_card_get_annual_premium (card, HUSBAND), ==, YUAN (8000));
  /* 1,000 a month and an annuity of 10,000 a year; the single premium does not recur. */
  g_assert_cmpint (bd_household_card_get_annual_premium (card, WIFE), ==,
                   YUAN (1000 * 12 + 10000));
  /* 600 a quarter in grace and 200 from his uncle; the lapsed accident policy is not paid. */
  g_assert_cmpint (bd_household_card_get_annual_premium (card, SON), ==, YUAN (600 * 4 + 200));
  /* The annuity was paid up in 2021; the life policy lapsed. */
  g_assert_cmpint (bd_household_card_get_annual_premium (card, GRANDMOTHER), ==, 0);
  /* Each policy once; the brother's own policy is his business, the one for the son is not. */
  g_assert_cmpint (bd_household_card_get_total_annual_premium (card), ==,
                   YUAN (8000 + 12000 + 10000 + 2400 + 200));
}

static void
test_due_dates (Fixture       *fixture,
                gconstpointer  user_data)
{
  static const struct
  {
    BdDueKind   kind;
    guint       policy;
    const char *date;
  } expected[] = {
    /* Unpaid in its grace period: due already. */
    { BD_DUE_PREMIUM, MEDICAL_SON, "2026-11-01" },
    { BD_DUE_PREMIUM, LIFE_WIFE, "2026-12-01" },
    /* Same day: the policies' order. The wife's annuity is still being paid for: no
     * survival benefit on its anniversary. */
    { BD_DUE_SURVIVAL_BENEFIT, ANNUITY_GRANDMOTHER, "2026-12-22" },
    { BD_DUE_PREMIUM, ANNUITY_WIFE, "2026-12-22" },
    /* In 60 days; the term policy's maturity in 120 days is too far. */
    { BD_DUE_MATURITY, PARTICIPATING_HUSBAND, "2027-01-21" },
    { BD_DUE_PREMIUM, UNCLE_ACCIDENT_SON, "2027-02-01" },
    /* The husband's premium of 2027-07-15 is beyond the 90 days. */
  };
  static const gint64 amounts[] = {
    YUAN (600), YUAN (1000), YUAN (300000), YUAN (10000), YUAN (100000), YUAN (200),
  };
  GArray *due_dates = bd_household_card_get_due_dates (fixture->card);

  g_assert_cmpuint (due_dates->len, ==, G_N_ELEMENTS (expected));
  for (guint k = 0; k < due_dates->len; k++)
    {
      const BdDueDate *due = &g_array_index (due_dates, BdDueDate, k);

      g_test_message ("due date %u", k);
      g_assert_cmpint (due->kind, ==, expected[k].kind);
      g_assert_true (due->policy == fixture->kept[expected[k].policy]);
      bd_test_assert_date (&due->date, expected[k].date);
      /* Premiums, and the sums insured maturities and survival benefits pay on. */
      g_assert_cmpint (due->amount, ==, amounts[k]);
    }
}

static void
test_grace_and_lapsed (Fixture       *fixture,
                       gconstpointer  user_data)
{
  GPtrArray *grace = bd_household_card_get_grace_policies (fixture->card);
  GPtrArray *lapsed = bd_household_card_get_lapsed_policies (fixture->card);

  g_assert_cmpuint (grace->len, ==, 1);
  g_assert_true (g_ptr_array_index (grace, 0) == fixture->kept[MEDICAL_SON]);
  g_assert_cmpuint (lapsed->len, ==, 2);
  g_assert_true (g_ptr_array_index (lapsed, 0) == fixture->kept[ACCIDENT_SON]);
  g_assert_true (g_ptr_array_index (lapsed, 1) == fixture->kept[LIFE_GRANDMOTHER]);
}

static void
test_staff (Fixture       *fixture,
            gconstpointer  user_data)
{
  BdHouseholdCard *card = fixture->card;

  /* 101 holds four policies, 102 three (one lapsed), 104 a lapsed one; 103 services only
   * the brother's own policy. */
  g_assert_cmpuint (bd_household_card_get_n_servicing_staff (card), ==, 3);
  g_assert_cmpint (bd_household_card_get_servicing_staff_id (card, 0), ==, 101);
  g_assert_cmpstr (bd_household_card_get_servicing_staff_name (card, 0), ==, "赵敏");
  g_assert_cmpint (bd_household_card_get_servicing_staff_id (card, 1), ==, 102);
  g_assert_cmpstr (bd_household_card_get_servicing_staff_name (card, 1), ==, "钱磊");
  g_assert_cmpint (bd_household_card_get_servicing_staff_id (card, 2), ==, 104);
  g_assert_cmpstr (bd_household_card_get_servicing_staff_name (card, 2), ==, "周强");
  g_assert_true (bd_household_card_is_split (card));
}

static void
test_openings (Fixture       *fixture,
               gconstpointer  user_data)
{
  enum { NONE = -1 };
  static const struct
  {
    BdOpeningKind  kind;
    int            member;
    int            policy;
    const char    *date;
  } expected[] = {
    /* Those with a date in date order. */
    { BD_OPENING_LAPSED, HUSBAND, ACCIDENT_SON, "2025-06-01" },
    { BD_OPENING_DOCUMENT_EXPIRED, HUSBAND, NONE, "2026-10-01" },
    { BD_OPENING_PREMIUM_IN_GRACE, WIFE, MEDICAL_SON, "2026-11-01" },
    { BD_OPENING_DOCUMENT_EXPIRING, WIFE, NONE, "2026-12-02" },
    { BD_OPENING_SURVIVAL_BENEFIT_DUE, GRANDMOTHER, ANNUITY_GRANDMOTHER, "2026-12-22" },
    /* Paid to the survival beneficiary, not the insured. */
    { BD_OPENING_MATURITY_DUE, WIFE, PARTICIPATING_HUSBAND, "2027-01-21" },
    /* Then by kind, member, policy: the husband's policy comes later in the list. */
    { BD_OPENING_NO_BENEFICIARY, HUSBAND, PARTICIPATING_HUSBAND, NULL },
    { BD_OPENING_NO_BENEFICIARY, WIFE, LIFE_WIFE, NULL },
    { BD_OPENING_NO_BENEFICIARY, WIFE, TERM_WIFE, NULL },
    /* The son has no mobile either, but he is 16. */
    { BD_OPENING_PHONE_MISSING, WIFE, NONE, NULL },
    { BD_OPENING_PHONE_INVALID, GRANDMOTHER, NONE, NULL },
    { BD_OPENING_NO_SERVICING_STAFF, WIFE, ANNUITY_WIFE, NULL },
    /* The policyholder is not a member: the insured is asked. */
    { BD_OPENING_NO_SERVICING_STAFF, SON, UNCLE_ACCIDENT_SON, NULL },
    { BD_OPENING_SPLIT_SERVICING, NONE, NONE, NULL },
    { BD_OPENING_PROTECTION_GAP, NONE, NONE, NULL },
  };
  BdHouseholdCard *card = fixture->card;
  GArray *openings = bd_household_card_get_openings (card);

  for (guint k = 0; k < MIN (openings->len, G_N_ELEMENTS (expected)); k++)
    {
      const BdOpening *opening = &g_array_index (openings, BdOpening, k);
      BdCustomer *member = expected[k].member == NONE ? NULL :
        bd_household_member_get_customer (bd_household_card_get_member (card, expected[k].member));

      g_test_message ("opening %u: %s", k, bd_opening_kind_get_label (opening->kind));
      g_assert_cmpint (opening->kind, ==, expected[k].kind);
      g_assert_true (opening->member == member);
      g_assert_true (opening->policy ==
                     (expected[k].policy == NONE ? NULL : fixture->kept[expected[k].policy]));
      if (expected[k].date != NULL)
        bd_test_assert_date (&opening->date, expected[k].date);
      else
        g_assert_false (g_date_valid (&opening->date));
    }
  g_assert_cmpuint (openings->len, ==, G_N_ELEMENTS (expected));
}

static void
test_family_gap (Fixture       *fixture,
                 gconstpointer  user_data)
{
  gint64 need = -1, cover = -1, gap = -1;

  g_assert_true (bd_household_card_get_protection_gap (fixture->card, &need, &cover, &gap));
  g_assert_cmpint (need, ==, YUAN (300000 * 10 + 500000));
  /* The husband's participating policy and the wife's two life policies. */
  g_assert_cmpint (cover, ==, YUAN (100000 + 500000 + 100000));
  g_assert_cmpint (gap, ==, YUAN (3500000 - 700000));
  g_assert_true (bd_household_card_get_protection_gap (fixture->card, NULL, NULL, NULL));
}

static void
test_family_entered_need (Fixture       *fixture,
                          gconstpointer  user_data)
{
  BdProtectionNeed need = { -1, -1, 0 };

  g_assert_true (bd_household_card_get_entered_need (fixture->card, &need));
  g_assert_cmpint (need.annual_spending, ==, YUAN (300000));
  g_assert_cmpint (need.debts, ==, YUAN (500000));
  g_assert_cmpuint (need.years, ==, 10);
}

/* The card of a household of one (customer 1, with a valid mobile) over @policies. */
static BdHouseholdCard *
make_card_alone (GListStore             *policies,
                 const BdProtectionNeed *need)
{
  g_autoptr(BdHousehold) household = bd_household_new ();
  g_autoptr(BdCustomer) head = make_customer (1, "王建国", "1981-03-10", NULL, "13812345678");
  GDate today;

  g_assert_true (bd_date_parse_iso (TODAY, &today));
  bd_test_household_add (household, head, BD_RELATION_SELF);
  return bd_household_card_new (household, G_LIST_MODEL (policies), need, &today);
}

/* The head alone with one policy of @kind insuring him, for the gap examples. */
static BdHouseholdCard *
make_single_card (BdProductKind           kind,
                  gint64                  sum_insured,
                  const BdProtectionNeed *need)
{
  g_autoptr(GListStore) policies = g_list_store_new (BD_TYPE_POLICY);
  g_autoptr(BdPolicy) policy = bd_policy_new ();

  bd_policy_set_id (policy, 1);
  bd_policy_set_product_kind (policy, kind);
  bd_policy_set_policyholder_id (policy, 1);
  bd_policy_set_insured_id (policy, 1);
  bd_policy_set_sum_insured (policy, sum_insured);
  bd_policy_set_servicing_staff_id (policy, 101);
  add_beneficiary (policy, BD_BENEFICIARY_DEATH, 2, 1);
  g_list_store_append (policies, policy);

  return make_card_alone (policies, need);
}

static gboolean
has_opening (BdHouseholdCard *card,
             BdOpeningKind    kind)
{
  GArray *openings = bd_household_card_get_openings (card);

  for (guint k = 0; k < openings->len; k++)
    {
      if (g_array_index (openings, BdOpening, k).kind == kind)
        return TRUE;
    }

  return FALSE;
}

/* The example of the seed (001): spending 200,000 a year, mortgage 1,000,000,
 * critical-illness cover 500,000, life cover 0. */
static void
test_gap_example (void)
{
  const BdProtectionNeed need = { YUAN (200000), YUAN (1000000), 1 };
  g_autoptr(BdHouseholdCard) card = make_single_card (BD_PRODUCT_CRITICAL_ILLNESS,
                                                      YUAN (500000), &need);
  gint64 total = 0, cover = -1, gap = 0;
  GArray *openings = bd_household_card_get_openings (card);

  g_assert_cmpint (bd_household_card_get_cover (card, 0, BD_COVER_CRITICAL_ILLNESS), ==,
                   YUAN (500000));
  g_assert_true (bd_household_card_get_protection_gap (card, &total, &cover, &gap));
  g_assert_cmpint (total, ==, YUAN (1200000));
  g_assert_cmpint (total, ==, G_GINT64_CONSTANT (120000000));
  g_assert_cmpint (cover, ==, 0);
  g_assert_cmpint (gap, ==, G_GINT64_CONSTANT (120000000));

  g_assert_cmpuint (openings->len, ==, 1);
  g_assert_cmpint (g_array_index (openings, BdOpening, 0).kind, ==, BD_OPENING_PROTECTION_GAP);
  g_assert_null (g_array_index (openings, BdOpening, 0).member);
  g_assert_null (g_array_index (openings, BdOpening, 0).policy);
}

static void
test_gap_covered (void)
{
  const BdProtectionNeed need = { YUAN (200000), YUAN (1000000), 1 };
  g_autoptr(BdHouseholdCard) card = make_single_card (BD_PRODUCT_UNIVERSAL,
                                                      YUAN (2000000), &need);
  gint64 total = 0, cover = 0, gap = -1;

  /* Universal life is life cover; more than the need leaves no gap, never a negative one. */
  g_assert_true (bd_household_card_get_protection_gap (card, &total, &cover, &gap));
  g_assert_cmpint (total, ==, YUAN (1200000));
  g_assert_cmpint (cover, ==, YUAN (2000000));
  g_assert_cmpint (gap, ==, 0);
  g_assert_false (has_opening (card, BD_OPENING_PROTECTION_GAP));
  g_assert_cmpuint (bd_household_card_get_openings (card)->len, ==, 0);
}

/* The life cover is the card's to tell, need or no need: the view shows it either way. */
static void
test_life_cover_without_need (void)
{
  g_autoptr(BdHouseholdCard) life = make_single_card (BD_PRODUCT_UNIVERSAL, YUAN (2000000), NULL);
  g_autoptr(BdHouseholdCard) illness = make_single_card (BD_PRODUCT_CRITICAL_ILLNESS,
                                                         YUAN (500000), NULL);

  g_assert_false (bd_household_card_get_protection_gap (life, NULL, NULL, NULL));
  g_assert_cmpint (bd_household_card_get_life_cover (life), ==, YUAN (2000000));
  g_assert_cmpint (bd_household_card_get_life_cover (illness), ==, 0);
}

static void
test_gap_not_entered (void)
{
  g_autoptr(BdHouseholdCard) card = make_single_card (BD_PRODUCT_CRITICAL_ILLNESS,
                                                      YUAN (500000), NULL);
  BdProtectionNeed entered = { -1, -1, 1 };
  gint64 total = -1, cover = -1, gap = -1;

  g_assert_false (bd_household_card_get_protection_gap (card, &total, &cover, &gap));
  g_assert_cmpint (total, ==, 0);
  g_assert_cmpint (cover, ==, 0);
  g_assert_cmpint (gap, ==, 0);
  g_assert_false (has_opening (card, BD_OPENING_PROTECTION_GAP));
  g_assert_false (bd_household_card_get_entered_need (card, &entered));
  g_assert_cmpint (entered.annual_spending, ==, 0);
  g_assert_cmpint (entered.debts, ==, 0);
  g_assert_cmpuint (entered.years, ==, 0);
}

/* Equal counts: the lower id first. One staff member alone is no split. */
static void
test_staff_ties (void)
{
  g_autoptr(GListStore) policies = g_list_store_new (BD_TYPE_POLICY);
  g_autoptr(BdHouseholdCard) card = NULL;
  g_autoptr(BdHouseholdCard) alone = NULL;
  static const gint64 staff[] = { 205, 204 };

  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    {
      g_autoptr(BdPolicy) policy = bd_policy_new ();

      bd_policy_set_id (policy, i + 1);
      bd_policy_set_product_kind (policy, BD_PRODUCT_MEDICAL);
      bd_policy_set_policyholder_id (policy, 1);
      bd_policy_set_insured_id (policy, 1);
      bd_policy_set_servicing_staff_id (policy, staff[i]);
      g_list_store_append (policies, policy);
    }

  card = make_card_alone (policies, NULL);
  g_assert_cmpuint (bd_household_card_get_n_servicing_staff (card), ==, 2);
  g_assert_cmpint (bd_household_card_get_servicing_staff_id (card, 0), ==, 204);
  g_assert_cmpint (bd_household_card_get_servicing_staff_id (card, 1), ==, 205);
  g_assert_null (bd_household_card_get_servicing_staff_name (card, 0));
  g_assert_true (bd_household_card_is_split (card));
  g_assert_true (has_opening (card, BD_OPENING_SPLIT_SERVICING));

  g_list_store_remove (policies, 0);
  alone = make_card_alone (policies, NULL);
  g_assert_cmpuint (bd_household_card_get_n_servicing_staff (alone), ==, 1);
  g_assert_false (bd_household_card_is_split (alone));
  g_assert_false (has_opening (alone, BD_OPENING_SPLIT_SERVICING));
}

/* A difficult case (five ways of tracing failed) is an opening until it is normal again. */
static void
test_difficult_case (void)
{
  g_autoptr(GListStore) policies = g_list_store_new (BD_TYPE_POLICY);
  g_autoptr(BdPolicy) policy = bd_policy_new ();
  g_autoptr(BdHouseholdCard) card = NULL;
  g_autoptr(BdHouseholdCard) normal = NULL;

  bd_policy_set_id (policy, 1);
  bd_policy_set_product_kind (policy, BD_PRODUCT_MEDICAL);
  bd_policy_set_policyholder_id (policy, 1);
  bd_policy_set_insured_id (policy, 1);
  bd_policy_set_servicing_staff_id (policy, 101);
  bd_policy_set_service_class (policy, BD_SERVICE_DIFFICULT);
  g_list_store_append (policies, policy);

  card = make_card_alone (policies, NULL);
  g_assert_true (has_opening (card, BD_OPENING_DIFFICULT_CASE));

  bd_policy_set_service_class (policy, BD_SERVICE_NORMAL);
  normal = make_card_alone (policies, NULL);
  g_assert_false (has_opening (normal, BD_OPENING_DIFFICULT_CASE));
}

/* Only policies in force or in grace give cover, fall due or call for service; a policy
 * listed twice counts once. */
static void
test_inactive_and_twice (void)
{
  static const PolicySpec specs[] = {
    /* Surrendered: no staff, nobody named, a due date, maturing in 30 days. */
    { 1, NULL, BD_PRODUCT_LIFE, 1, 1, BD_POLICY_SURRENDERED, 100000, 1000, BD_FREQUENCY_ANNUAL,
      "2006-12-22", 30, 20, "2026-12-22", 0, BD_SURVIVAL_NONE },
    { 2, NULL, BD_PRODUCT_MEDICAL, 1, 1, BD_POLICY_IN_FORCE, 10000, 100, BD_FREQUENCY_MONTHLY,
      "2025-01-01", 0, 0, "2026-12-01", 101, BD_SURVIVAL_NONE },
  };
  g_autoptr(GListStore) policies = g_list_store_new (BD_TYPE_POLICY);
  g_autoptr(BdHouseholdCard) card = NULL;
  GArray *due_dates;

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      g_autoptr(BdPolicy) policy = make_policy (&specs[i]);

      g_list_store_append (policies, policy);
      g_list_store_append (policies, policy);
    }

  card = make_card_alone (policies, NULL);
  g_assert_cmpuint (bd_household_card_get_n_policies (card), ==, 2);
  g_assert_cmpint (bd_household_card_get_cover (card, 0, BD_COVER_LIFE), ==, 0);
  g_assert_cmpint (bd_household_card_get_cover (card, 0, BD_COVER_MEDICAL), ==, YUAN (10000));
  /* No payment term recorded: still paying. */
  g_assert_cmpint (bd_household_card_get_annual_premium (card, 0), ==, YUAN (1200));
  g_assert_cmpint (bd_household_card_get_total_annual_premium (card), ==, YUAN (1200));
  due_dates = bd_household_card_get_due_dates (card);
  g_assert_cmpuint (due_dates->len, ==, 1);
  g_assert_true (g_array_index (due_dates, BdDueDate, 0).policy ==
                 bd_household_card_get_policy (card, 1));
  g_assert_cmpuint (bd_household_card_get_grace_policies (card)->len, ==, 0);
  g_assert_cmpuint (bd_household_card_get_lapsed_policies (card)->len, ==, 0);
  g_assert_cmpuint (bd_household_card_get_n_servicing_staff (card), ==, 1);
  g_assert_cmpuint (bd_household_card_get_openings (card)->len, ==, 0);
}

/* This year's anniversary has passed: the next one is next year's. */
static void
test_survival_next_year (void)
{
  static const PolicySpec spec = {
    1, NULL, BD_PRODUCT_ANNUITY, 1, 1, BD_POLICY_IN_FORCE, 100000, 5000, BD_FREQUENCY_ANNUAL,
    "2012-01-15", 10, 0, NULL, 101, BD_SURVIVAL_PREMIUM_OFFSET
  };
  g_autoptr(GListStore) policies = g_list_store_new (BD_TYPE_POLICY);
  g_autoptr(BdPolicy) policy = make_policy (&spec);
  g_autoptr(BdHouseholdCard) card = NULL;
  GArray *due_dates;
  GArray *openings;

  g_list_store_append (policies, policy);
  card = make_card_alone (policies, NULL);
  due_dates = bd_household_card_get_due_dates (card);
  g_assert_cmpuint (due_dates->len, ==, 1);
  g_assert_cmpint (g_array_index (due_dates, BdDueDate, 0).kind, ==, BD_DUE_SURVIVAL_BENEFIT);
  bd_test_assert_date (&g_array_index (due_dates, BdDueDate, 0).date, "2027-01-15");
  openings = bd_household_card_get_openings (card);
  g_assert_cmpuint (openings->len, ==, 1);
  g_assert_cmpint (g_array_index (openings, BdOpening, 0).kind, ==,
                   BD_OPENING_SURVIVAL_BENEFIT_DUE);
  g_assert_true (g_array_index (openings, BdOpening, 0).policy == policy);
}

static void
test_labels (void)
{
  /* Participating, universal and unit-linked policies insure a life with an investment on
   * top: life cover; every other kind gives a cover of its own. */
  static const BdProductKind life_kinds[] = {
    BD_PRODUCT_LIFE, BD_PRODUCT_PARTICIPATING, BD_PRODUCT_UNIVERSAL, BD_PRODUCT_UNIT_LINKED,
  };

  for (guint i = 0; i < G_N_ELEMENTS (life_kinds); i++)
    g_assert_cmpint (bd_cover_kind_for_product (life_kinds[i]), ==, BD_COVER_LIFE);
  g_assert_cmpint (bd_cover_kind_for_product (BD_PRODUCT_CRITICAL_ILLNESS), ==,
                   BD_COVER_CRITICAL_ILLNESS);
  g_assert_cmpint (bd_cover_kind_for_product (BD_PRODUCT_MEDICAL), ==, BD_COVER_MEDICAL);
  g_assert_cmpint (bd_cover_kind_for_product (BD_PRODUCT_ACCIDENT), ==, BD_COVER_ACCIDENT);
  g_assert_cmpint (bd_cover_kind_for_product (BD_PRODUCT_ANNUITY), ==, BD_COVER_ANNUITY);

  /* The tests run untranslated. */
  g_assert_cmpstr (bd_cover_kind_get_label (BD_COVER_LIFE), ==, "Life");
  g_assert_cmpstr (bd_cover_kind_get_label (BD_COVER_CRITICAL_ILLNESS), ==, "Critical illness");
  g_assert_cmpstr (bd_cover_kind_get_label (BD_COVER_ANNUITY), ==, "Annuity");
  g_assert_cmpstr (bd_opening_kind_get_label (BD_OPENING_NO_BENEFICIARY), ==,
                   "No beneficiary named");
  g_assert_cmpstr (bd_opening_kind_get_label (BD_OPENING_PROTECTION_GAP), ==, "Protection gap");
  for (guint kind = 0; kind < BD_N_COVER_KINDS; kind++)
    g_assert_cmpstr (bd_cover_kind_get_label (kind), !=, "");
  for (guint kind = 0; kind <= BD_OPENING_PROTECTION_GAP; kind++)
    g_assert_cmpstr (bd_opening_kind_get_label (kind), !=, "");
}

/* 本人 is the customer at the desk; the others are seen from them where the records tell. */
static void
test_viewer (Fixture       *fixture,
             gconstpointer  user_data)
{
  BdHouseholdCard *card = fixture->card;
  BdRelation relation;

  /* Until told, the head. */
  g_assert_cmpuint (bd_household_card_get_viewer (card), ==, HUSBAND);
  g_assert_true (bd_household_card_is_head (card, HUSBAND));
  g_assert_false (bd_household_card_is_head (card, SON));

  bd_household_card_set_viewer (card, 3);
  g_assert_cmpuint (bd_household_card_get_viewer (card), ==, SON);
  g_assert_true (bd_household_card_get_relation_to_viewer (card, SON, &relation));
  g_assert_cmpint (relation, ==, BD_RELATION_SELF);
  g_assert_true (bd_household_card_get_relation_to_viewer (card, HUSBAND, &relation));
  g_assert_cmpint (relation, ==, BD_RELATION_PARENT);
  g_assert_true (bd_household_card_get_relation_to_viewer (card, WIFE, &relation));
  g_assert_cmpint (relation, ==, BD_RELATION_PARENT);
  g_assert_true (bd_household_card_get_relation_to_viewer (card, GRANDMOTHER, &relation));
  g_assert_cmpint (relation, ==, BD_RELATION_GRANDPARENT);

  bd_household_card_set_viewer (card, 2);
  g_assert_true (bd_household_card_get_relation_to_viewer (card, HUSBAND, &relation));
  g_assert_cmpint (relation, ==, BD_RELATION_SPOUSE);
  g_assert_true (bd_household_card_get_relation_to_viewer (card, GRANDMOTHER, &relation));
  g_assert_cmpint (relation, ==, BD_RELATION_PARENT_IN_LAW);

  /* Somebody outside the household: the head's card. */
  bd_household_card_set_viewer (card, STRANGER_ID);
  g_assert_cmpuint (bd_household_card_get_viewer (card), ==, HUSBAND);
}

static void
test_seen_from (void)
{
  BdRelation relation = BD_RELATION_OTHER;

  g_assert_true (bd_relation_seen_from (BD_RELATION_CHILD, BD_RELATION_CHILD, &relation));
  g_assert_cmpint (relation, ==, BD_RELATION_SIBLING);
  g_assert_true (bd_relation_seen_from (BD_RELATION_SPOUSE, BD_RELATION_PARENT_IN_LAW, &relation));
  g_assert_cmpint (relation, ==, BD_RELATION_PARENT);
  g_assert_true (bd_relation_seen_from (BD_RELATION_CHILD_IN_LAW, BD_RELATION_SELF, &relation));
  g_assert_cmpint (relation, ==, BD_RELATION_PARENT_IN_LAW);
  /* The head's sibling's view of the head's grandchild: nobody can tell. */
  relation = BD_RELATION_OTHER;
  g_assert_false (bd_relation_seen_from (BD_RELATION_SIBLING, BD_RELATION_GRANDCHILD, &relation));
  g_assert_cmpint (relation, ==, BD_RELATION_OTHER);
  /* Everyone's relation to the head, seen from the head, is as recorded. */
  for (BdRelation r = BD_RELATION_SELF; r <= BD_RELATION_OTHER; r++)
    {
      g_assert_true (bd_relation_seen_from (BD_RELATION_SELF, r, &relation));
      g_assert_cmpint (relation, ==, r);
    }
}

static BdCustomer *
make_person (gint64      id,
             const char *name,
             BdSex       sex,
             const char *birth)
{
  return bd_test_customer_new_full (id, name, sex, birth, NULL, NULL);
}

/* Civil Code art. 1047, and generations 15 years apart, as the issue found them. */
static void
test_relation_ages (void)
{
  g_autoptr(BdCustomer) head = make_person (1, "陈大文", BD_SEX_MALE, "1985-03-01");  /* 41 */
  g_autoptr(BdCustomer) old = make_person (2, "吴老太", BD_SEX_FEMALE, "1959-01-01");  /* 67 */
  g_autoptr(BdCustomer) girl = make_person (3, "周小雨", BD_SEX_FEMALE, "2012-01-01"); /* 14 */
  g_autoptr(BdCustomer) husband = make_person (4, "林小军", BD_SEX_MALE, "2005-06-01"); /* 21 */
  g_autoptr(BdCustomer) wife = make_person (5, "林小红", BD_SEX_FEMALE, "2006-06-01");  /* 20 */
  g_autoptr(BdCustomer) son = make_person (6, "陈小明", BD_SEX_MALE, "2000-03-01");    /* 15 years younger */
  g_autoptr(BdCustomer) unknown = make_person (7, "某人", BD_SEX_UNKNOWN, NULL);
  g_autoptr(GError) error = NULL;
  GDate today;

  g_assert_true (bd_date_parse_iso ("2026-11-22", &today));

  g_assert_false (bd_relation_check_ages (head, old, BD_RELATION_GRANDCHILD, &today, &error));
  g_assert_error (error, BD_HOUSEHOLD_ERROR, BD_HOUSEHOLD_ERROR_IMPOSSIBLE_RELATION);
  g_assert_nonnull (strstr (error->message, "吴老太"));
  g_assert_nonnull (strstr (error->message, "67"));
  g_clear_error (&error);
  g_assert_false (bd_relation_check_ages (head, old, BD_RELATION_CHILD, &today, NULL));
  g_assert_true (bd_relation_check_ages (head, old, BD_RELATION_PARENT, &today, NULL));
  g_assert_false (bd_relation_check_ages (head, old, BD_RELATION_GRANDPARENT, &today, NULL));
  g_assert_true (bd_relation_check_ages (head, son, BD_RELATION_CHILD, &today, NULL));
  g_assert_false (bd_relation_check_ages (head, son, BD_RELATION_GRANDCHILD, &today, NULL));
  g_assert_true (bd_relation_check_ages (old, head, BD_RELATION_CHILD, &today, NULL));

  g_assert_false (bd_relation_check_ages (head, girl, BD_RELATION_SPOUSE, &today, &error));
  g_assert_nonnull (strstr (error->message, "周小雨"));
  g_assert_nonnull (strstr (error->message, "1047"));
  g_clear_error (&error);
  g_assert_false (bd_relation_check_ages (wife, husband, BD_RELATION_SPOUSE, &today, NULL));
  g_assert_true (bd_relation_check_ages (head, wife, BD_RELATION_SPOUSE, &today, NULL));
  /* The head too must be of age. */
  g_assert_false (bd_relation_check_ages (husband, wife, BD_RELATION_SPOUSE, &today, NULL));

  /* In-laws and siblings are of any age; an unknown birth date proves nothing. */
  g_assert_true (bd_relation_check_ages (head, old, BD_RELATION_CHILD_IN_LAW, &today, NULL));
  g_assert_true (bd_relation_check_ages (head, girl, BD_RELATION_SIBLING, &today, NULL));
  g_assert_true (bd_relation_check_ages (head, unknown, BD_RELATION_SPOUSE, &today, NULL));
  g_assert_true (bd_relation_check_ages (head, unknown, BD_RELATION_GRANDCHILD, &today, NULL));
}

/* One spouse per household, the member being corrected not counted against themselves. */
static void
test_household_relation (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(BdCustomer) other = make_person (20, "赵新", BD_SEX_FEMALE, "1980-01-01");
  BdCustomer *wife = bd_household_member_get_customer (bd_household_card_get_member (fixture->card, WIFE));
  BdCustomer *son = bd_household_member_get_customer (bd_household_card_get_member (fixture->card, SON));
  g_autoptr(GError) error = NULL;

  g_assert_false (bd_household_check_relation (fixture->household, other, BD_RELATION_SPOUSE,
                                               &fixture->today, &error));
  g_assert_nonnull (strstr (error->message, "李秀英"));
  g_assert_true (bd_household_check_relation (fixture->household, wife, BD_RELATION_SPOUSE,
                                              &fixture->today, NULL));
  g_assert_true (bd_household_check_relation (fixture->household, other, BD_RELATION_SIBLING,
                                              &fixture->today, NULL));
  /* The son is 29 years younger than the head: his child, not his grandchild. */
  g_assert_false (bd_household_check_relation (fixture->household, son, BD_RELATION_GRANDCHILD,
                                               &fixture->today, NULL));
}

static void
test_preconditions (Fixture       *fixture,
                    gconstpointer  user_data)
{
  BdBeneficiary *designation = (BdBeneficiary *) 0x1;

  g_test_expect_message ("bd-household-card", G_LOG_LEVEL_CRITICAL, "*member*");
  g_assert_cmpint (bd_household_card_get_roles (fixture->card, N_MEMBERS, 0, &designation),
                   ==, BD_PARTY_NONE);
  g_test_assert_expected_messages ();
  g_assert_null (designation);

  g_test_expect_message ("bd-household-card", G_LOG_LEVEL_CRITICAL, "*policy*");
  g_assert_null (bd_household_card_get_policy (fixture->card, N_KEPT));
  g_test_assert_expected_messages ();

  g_test_expect_message ("bd-household-card", G_LOG_LEVEL_CRITICAL, "*today*");
  g_assert_null (bd_household_card_new (fixture->household, G_LIST_MODEL (fixture->policies),
                                        NULL, NULL));
  g_test_assert_expected_messages ();
}

#define ADD_FAMILY_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

/* How many policies each staff member services, as the card orders them and the view
 * shows them. */
static void
test_staff_counts (Fixture       *fixture,
                   gconstpointer  user_data)
{
  BdHouseholdCard *card = fixture->card;

  g_assert_cmpuint (bd_household_card_get_servicing_staff_n_policies (card, 0), ==, 4);
  g_assert_cmpuint (bd_household_card_get_servicing_staff_n_policies (card, 1), ==, 3);
  g_assert_cmpuint (bd_household_card_get_servicing_staff_n_policies (card, 2), ==, 1);
}

/* A household of one, customer 1, without policies. */
static BdHouseholdCard *
make_person_card (const char *birth_date,
                  const char *id_valid_until,
                  const char *mobile)
{
  g_autoptr(BdHousehold) household = bd_household_new ();
  g_autoptr(BdCustomer) head = make_customer (1, "王建国", birth_date, id_valid_until, mobile);
  g_autoptr(GListStore) policies = g_list_store_new (BD_TYPE_POLICY);
  GDate today;

  g_assert_true (bd_date_parse_iso (TODAY, &today));
  bd_test_household_add (household, head, BD_RELATION_SELF);
  return bd_household_card_new (household, G_LIST_MODEL (policies), NULL, &today);
}

/* The 30th day before expiry warns, the 31st does not: the same rule as the customer
 * page's identity row (bd_document_validity). */
static void
test_document_thirtieth_day (void)
{
  static const struct {
    const char *valid_until;
    gboolean    expiring;
    gboolean    expired;
  } cases[] = {
    { "2026-12-22", TRUE, FALSE },
    { "2026-12-23", FALSE, FALSE },
    { TODAY, TRUE, FALSE },
    { "2026-11-21", FALSE, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BdHouseholdCard) card = make_person_card ("1981-03-10", cases[i].valid_until,
                                                          "13812345678");

      g_test_message ("valid until %s", cases[i].valid_until);
      g_assert_cmpint (has_opening (card, BD_OPENING_DOCUMENT_EXPIRING), ==, cases[i].expiring);
      g_assert_cmpint (has_opening (card, BD_OPENING_DOCUMENT_EXPIRED), ==, cases[i].expired);
    }
}

/* Asked for a mobile of their own from the 18th birthday on. */
static void
test_adult_eighteenth_birthday (void)
{
  g_autoptr(BdHouseholdCard) adult = make_person_card ("2008-11-22", NULL, NULL);
  g_autoptr(BdHouseholdCard) minor = make_person_card ("2008-11-23", NULL, NULL);
  g_autoptr(BdHouseholdCard) unknown = make_person_card (NULL, NULL, NULL);

  g_assert_true (has_opening (adult, BD_OPENING_PHONE_MISSING));
  g_assert_false (has_opening (minor, BD_OPENING_PHONE_MISSING));
  g_assert_false (has_opening (unknown, BD_OPENING_PHONE_MISSING));
}

/* Reinstatement runs two years from the suspension, which comes after the 60 days of
 * grace (Insurance Law arts. 36, 37; domain.md §10), not two years from the unpaid due
 * date: a premium unpaid since 2024-09-22 was suspended on 2024-11-22, and today is the
 * last day to reinstate. */
static void
test_reinstatement_last_day (void)
{
  static const struct {
    const char *due;
    gboolean    reinstatable;
  } cases[] = {
    { "2024-09-22", TRUE },
    { "2024-09-21", FALSE },
    { "2024-10-01", TRUE },
    { "2024-11-22", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListStore) policies = g_list_store_new (BD_TYPE_POLICY);
      g_autoptr(BdPolicy) policy = bd_policy_new ();
      g_autoptr(BdHouseholdCard) card = NULL;

      bd_policy_set_id (policy, 1);
      bd_policy_set_product_kind (policy, BD_PRODUCT_LIFE);
      bd_policy_set_policyholder_id (policy, 1);
      bd_policy_set_insured_id (policy, 1);
      bd_policy_set_status (policy, BD_POLICY_LAPSED);
      bd_policy_set_effective_date (policy, "2020-09-22");
      bd_policy_set_next_due_date (policy, cases[i].due);
      bd_policy_set_servicing_staff_id (policy, 101);
      add_beneficiary (policy, BD_BENEFICIARY_DEATH, 2, 1);
      g_list_store_append (policies, policy);
      card = make_card_alone (policies, NULL);

      g_test_message ("unpaid since %s", cases[i].due);
      g_assert_cmpint (has_opening (card, BD_OPENING_LAPSED), ==, cases[i].reinstatable);
      g_assert_cmpuint (bd_household_card_get_lapsed_policies (card)->len, ==, 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_FAMILY_TEST ("/household-card/members", test_members);
  ADD_FAMILY_TEST ("/household-card/policies", test_policies);
  ADD_FAMILY_TEST ("/household-card/roles", test_roles);
  ADD_FAMILY_TEST ("/household-card/cover", test_cover);
  ADD_FAMILY_TEST ("/household-card/premiums", test_premiums);
  ADD_FAMILY_TEST ("/household-card/due-dates", test_due_dates);
  ADD_FAMILY_TEST ("/household-card/grace-and-lapsed", test_grace_and_lapsed);
  ADD_FAMILY_TEST ("/household-card/staff", test_staff);
  ADD_FAMILY_TEST ("/household-card/openings", test_openings);
  ADD_FAMILY_TEST ("/household-card/gap/family", test_family_gap);
  ADD_FAMILY_TEST ("/household-card/gap/family-entered-need", test_family_entered_need);
  ADD_FAMILY_TEST ("/household-card/preconditions", test_preconditions);
  ADD_FAMILY_TEST ("/household-card/viewer", test_viewer);
  ADD_FAMILY_TEST ("/household-card/relation/household", test_household_relation);
  g_test_add_func ("/household-card/gap/example", test_gap_example);
  g_test_add_func ("/household-card/gap/covered", test_gap_covered);
  g_test_add_func ("/household-card/gap/not-entered", test_gap_not_entered);
  g_test_add_func ("/household-card/gap/life-cover-without-need", test_life_cover_without_need);
  g_test_add_func ("/household-card/staff/ties", test_staff_ties);
  g_test_add_func ("/household-card/difficult-case", test_difficult_case);
  g_test_add_func ("/household-card/inactive-and-twice", test_inactive_and_twice);
  g_test_add_func ("/household-card/survival-next-year", test_survival_next_year);
  g_test_add_func ("/household-card/labels", test_labels);
  g_test_add_func ("/household-card/relation/seen-from", test_seen_from);
  g_test_add_func ("/household-card/relation/ages", test_relation_ages);
  ADD_FAMILY_TEST ("/household-card/staff/counts", test_staff_counts);
  g_test_add_func ("/household-card/document/thirtieth-day", test_document_thirtieth_day);
  g_test_add_func ("/household-card/adult/eighteenth-birthday", test_adult_eighteenth_birthday);
  g_test_add_func ("/household-card/reinstatement/last-day", test_reinstatement_last_day);

  return g_test_run ();
}
