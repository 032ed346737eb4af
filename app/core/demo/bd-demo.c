/* bd-demo.c — a realistic, reproducible demo branch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo is built household by household, the way a branch's customers really come:
 * a head, perhaps a spouse, children, the head's parents; their policies insure each
 * other (spouses each other, parents their children, grown children their parents); the
 * beneficiaries are family. Everything is drawn from one GRand seeded by the caller and
 * dated relative to the caller's "today", so the same seed and date give the same branch
 * row for row.
 *
 * A year of policy-change requests comes last (bd-demo-requests.c), dated day by day with
 * the clock standing at each; the contact records and tracings, whose audit rows are
 * written as they are recorded, are drawn with their households but written after the
 * requests, so that the audit log stays in time order.
 */
#define G_LOG_DOMAIN "bd-demo"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-contacts-store.h"
#include "bd-customers-store.h"
#include "bd-clock.h"
#include "bd-demo-claims.h"
#include "bd-demo-complaints.h"
#include "bd-demo-requests.h"
#include "bd-demo-spotchecks.h"
#include "bd-demo-words.h"
#include "bd-demo.h"
#include "bd-household-store.h"
#include "bd-identity.h"
#include "bd-limits.h"
#include "bd-password-rules.h"
#include "bd-password.h"
#include "bd-policy-rules.h"
#include "bd-setup.h"
#include "bd-staff-store.h"
#include "bd-tracing.h"

#define MAX_MEMBERS 6
#define N_SERVICING_STAFF 10
#define SHARED_MOBILES 64

static const BdDemoAccount demo_accounts[] = {
  { "wangfang", "王芳", BD_ROLE_COUNTER, BD_DEMO_PASSWORD_COUNTER },
  { "liqiang", "李强", BD_ROLE_COUNTER, BD_DEMO_PASSWORD_COUNTER },
  { "zhaomin", "赵敏", BD_ROLE_COUNTER, BD_DEMO_PASSWORD_COUNTER },
  { "chenjing", "陈静", BD_ROLE_COUNTER, BD_DEMO_PASSWORD_COUNTER },
  { "zhoujun", "周军", BD_ROLE_SUPERVISOR, BD_DEMO_PASSWORD_SUPERVISOR },
  { "admin", "孙建国", BD_ROLE_ADMINISTRATOR, BD_DEMO_PASSWORD_ADMINISTRATOR },
};

typedef struct
{
  const char    *code;
  const char    *name;
  BdProductKind  kind;
  guint          waiting_days;
  int            min_age;
  int            max_age;
} DemoProduct;

static const DemoProduct demo_products[] = {
  { "L01", "鸿福终身寿险", BD_PRODUCT_LIFE, 0, 18, 60 },
  { "L02", "安康定期寿险", BD_PRODUCT_LIFE, 0, 18, 55 },
  { "C01", "康宁终身重大疾病保险", BD_PRODUCT_CRITICAL_ILLNESS, 90, 18, 55 },
  { "C02", "守护少儿重大疾病保险", BD_PRODUCT_CRITICAL_ILLNESS, 90, 0, 17 },
  { "M01", "住院医疗保险", BD_PRODUCT_MEDICAL, 30, 0, 65 },
  { "M02", "百万医疗保险", BD_PRODUCT_MEDICAL, 30, 0, 60 },
  { "A01", "综合意外伤害保险", BD_PRODUCT_ACCIDENT, 0, 0, 70 },
  { "A02", "交通工具意外伤害保险", BD_PRODUCT_ACCIDENT, 0, 18, 70 },
  { "N01", "金色年华养老年金保险", BD_PRODUCT_ANNUITY, 0, 25, 60 },
  { "N02", "状元少儿教育年金保险", BD_PRODUCT_ANNUITY, 0, 0, 12 },
  { "P01", "鑫福两全保险（分红型）", BD_PRODUCT_PARTICIPATING, 0, 0, 60 },
  { "U01", "金账户终身寿险（万能型）", BD_PRODUCT_UNIVERSAL, 0, 18, 60 },
  { "T01", "稳进投资连结保险", BD_PRODUCT_UNIT_LINKED, 0, 18, 60 },
};

typedef struct
{
  BdRelation relation;   /* to the head */
  BdSex      sex;
  guint32    birth;      /* julian day */
  gboolean   adult;      /* 18 or over today */
  const char *surname;
  gint64     id;
  char       mobile[12];
  char       account[20];
  gint64     death_cover;  /* of all the policies on this member's life so far, in fen */
} Member;

typedef struct
{
  Member  members[MAX_MEMBERS];
  guint   n_members;
  guint   district;
  gint64  staff_id;
  gint64  second_staff_id;  /* a household split across two servicing staff, or 0 */
  char    address[160];
} Household;

/* A call and the slip of the visit that found nobody, drawn with their household and
 * written after the year's requests. */
typedef struct
{
  gint64         customer_id;
  gint64         staff_id;
  char           call_at[24];
  char           slip_at[24];
  char           next_visit[20];
  BdServiceItem  service_item;
} DemoContacts;

typedef struct
{
  BdStore    *store;
  GRand      *rand;
  BdDemoRequests *requests;
  GArray     *contacts;           /* DemoContacts, written last */
  GArray     *traced_policies;    /* gint64: traced without success, written last */
  guint32     today;              /* julian day */
  gint64      product_ids[G_N_ELEMENTS (demo_products)];
  gint64      servicing_staff[N_SERVICING_STAFF];
  char        servicing_names[N_SERVICING_STAFF][16];
  GHashTable *identity_sequences; /* (area, birth, sex) → next sequence step */
  guint64     policy_serial;
  guint       n_customers;
  char        shared_mobiles[SHARED_MOBILES][12];
  guint       n_shared_mobiles;
  gboolean    keep_demo_passwords;
} Demo;

const BdDemoAccount *
bd_demo_get_accounts (guint *n_accounts)
{
  *n_accounts = G_N_ELEMENTS (demo_accounts);
  return demo_accounts;
}

/* ── drawing at random ─────────────────────────────────────────────────────────── */

static int
draw (Demo *demo,
      int   low,
      int   high)
{
  return g_rand_int_range (demo->rand, low, high + 1);
}

static gboolean
chance (Demo   *demo,
        double  probability)
{
  return g_rand_double (demo->rand) < probability;
}

#define PICK(demo, array) ((array)[g_rand_int_range ((demo)->rand, 0, G_N_ELEMENTS (array))])

static const char *
draw_surname (Demo *demo)
{
  static guint total;
  guint point;

  if (total == 0)
    for (guint i = 0; i < G_N_ELEMENTS (demo_surnames); i++)
      total += demo_surnames[i].weight;

  point = g_rand_int_range (demo->rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (demo_surnames); i++)
    {
      if (point < demo_surnames[i].weight)
        return demo_surnames[i].text;
      point -= demo_surnames[i].weight;
    }
  return demo_surnames[0].text;
}

/* ── dates ─────────────────────────────────────────────────────────────────────── */

static void
format_julian (guint32  julian,
               char     out[BD_ISO_DATE_SIZE])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  bd_date_format_iso (&date, out);
}

static guint32
add_months (guint32 julian,
            guint   months)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_date_add_months (&date, months);
  return g_date_get_julian (&date);
}

static guint32
add_years (guint32 julian,
           guint   years)
{
  return add_months (julian, years * 12);
}

/* A birth date for someone who is @age today. */
static guint32
birth_for_age (Demo *demo,
               int   age)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, demo->today);
  g_date_subtract_years (&date, age);
  return g_date_get_julian (&date) - (guint32) draw (demo, 1, 364);
}

static int
age_of (Demo    *demo,
        guint32  birth)
{
  GDate b, t;

  g_date_clear (&b, 1);
  g_date_clear (&t, 1);
  g_date_set_julian (&b, birth);
  g_date_set_julian (&t, demo->today);
  return bd_age_on (&b, &t);
}

/* ── the household's people ────────────────────────────────────────────────────── */

static Member *
add_member (Household  *household,
            BdRelation  relation,
            BdSex       sex,
            guint32     birth,
            const char *surname)
{
  Member *member = &household->members[household->n_members++];

  g_assert (household->n_members <= MAX_MEMBERS);
  memset (member, 0, sizeof *member);
  member->relation = relation;
  member->sex = sex;
  member->birth = birth;
  member->surname = surname;
  return member;
}

static BdSex
other_sex (BdSex sex)
{
  return sex == BD_SEX_MALE ? BD_SEX_FEMALE : BD_SEX_MALE;
}

static BdSex
draw_sex (Demo *demo)
{
  return chance (demo, 0.5) ? BD_SEX_MALE : BD_SEX_FEMALE;
}

/* Size 1–6, the shape follows the size: couples, young families, three generations. */
static void
compose_household (Demo      *demo,
                   Household *household)
{
  static const guint size_weights[] = { 20, 25, 30, 15, 6, 4 };
  guint size = 1, point = (guint) draw (demo, 0, 99);
  gboolean with_parents, with_spouse;
  guint n_children, n_parents;
  int head_age;
  Member *head;
  BdSex head_sex = draw_sex (demo);
  const char *surname = draw_surname (demo);
  const char *family_name;

  for (guint i = 0; i < G_N_ELEMENTS (size_weights) && point >= size_weights[i]; i++)
    {
      point -= size_weights[i];
      size++;
    }

  with_parents = size >= 5 || (size == 4 && chance (demo, 0.4));
  n_parents = !with_parents ? 0 : size == 6 ? 2 : 1;
  with_spouse = size >= 3 || (size == 2 && chance (demo, 0.7));
  n_children = size - 1 - (with_spouse ? 1 : 0) - n_parents;

  head_age = with_parents ? draw (demo, 30, 52) : n_children > 0 ? draw (demo, 27, 68)
                                                                 : draw (demo, 22, 82);
  head = add_member (household, BD_RELATION_SELF, head_sex, birth_for_age (demo, head_age),
                     surname);

  /* Spouses married at the legal age or later (Civil Code art. 1047); every head is at
   * least 22. The age is drawn once: CLAMP evaluates its argument up to three times. */
  if (with_spouse)
    {
      int spouse_age = head_age + draw (demo, -4, 4);

      add_member (household, BD_RELATION_SPOUSE, other_sex (head_sex),
                  birth_for_age (demo, CLAMP (spouse_age,
                                              bd_marriage_age (other_sex (head_sex)), 90)),
                  draw_surname (demo));
    }

  /* Children carry the father's surname; a wife heading the household gives it the
   * husband's. */
  family_name = head_sex == BD_SEX_MALE || !with_spouse ? surname
                                                       : household->members[1].surname;
  for (guint i = 0; i < n_children; i++)
    {
      int child_age = head_age - draw (demo, 23, 36) - (int) i * draw (demo, 1, 3);
      add_member (household, BD_RELATION_CHILD, draw_sex (demo),
                  birth_for_age (demo, MAX (child_age, 0)), family_name);
    }

  for (guint i = 0; i < n_parents; i++)
    add_member (household, BD_RELATION_PARENT, i == 0 ? BD_SEX_MALE : BD_SEX_FEMALE,
                birth_for_age (demo, MIN (head_age + draw (demo, 23, 34), 95)),
                i == 0 ? head->surname : draw_surname (demo));

  for (guint i = 0; i < household->n_members; i++)
    household->members[i].adult = bd_is_adult (age_of (demo, household->members[i].birth));
}

static void
compose_address (Demo      *demo,
                 Household *household)
{
  const BdDemoDistrict *district;

  household->district = (guint) draw (demo, 0, G_N_ELEMENTS (demo_districts) - 1);
  district = &demo_districts[household->district];
  g_snprintf (household->address, sizeof household->address,
              "江苏省南京市%s%s%d号%s花园%d栋%d单元%d%02d室",
              district->name, district->streets[draw (demo, 0, 3)], draw (demo, 1, 399),
              PICK (demo, demo_estates), draw (demo, 1, 30), draw (demo, 1, 4),
              draw (demo, 1, 28), draw (demo, 1, 4));
}

/* ── customers ─────────────────────────────────────────────────────────────────── */

static char *
compose_identity_number (Demo      *demo,
                         Household *household,
                         Member    *member)
{
  const char *area;
  gsize key;
  guint step;
  GDate birth;

  area = chance (demo, 0.8) ? demo_districts[household->district].area
                            : PICK (demo, demo_other_areas);

  /* Numbers must be unique: count the people of each area, birth date and sex, and
   * give each the next sequence of the right parity. */
  key = ((gsize) member->birth << 8) ^ ((gsize) g_str_hash (area) << 40) ^ member->sex;
  step = GPOINTER_TO_UINT (g_hash_table_lookup (demo->identity_sequences,
                                                GSIZE_TO_POINTER (key)));
  g_hash_table_insert (demo->identity_sequences, GSIZE_TO_POINTER (key),
                       GUINT_TO_POINTER (step + 1));

  g_date_clear (&birth, 1);
  g_date_set_julian (&birth, member->birth);
  /* The key's own offset spreads the sequences without ever repeating one. */
  return bd_identity_compose (area, &birth,
                              ((step + (guint) (key % 50)) * 2 +
                               (member->sex == BD_SEX_MALE ? 1 : 0)) % 1000);
}

/* Validity of a resident identity card by age at issue: 5, 10, 20 years, or for life. */
static void
compose_document_expiry (Demo    *demo,
                         Member  *member,
                         char     out[11],
                         gboolean *long_term)
{
  int age = age_of (demo, member->birth);
  guint years = age < 16 ? 5 : age < 26 ? 10 : age < 46 ? 20 : 0;
  guint32 until;

  *long_term = years == 0;
  if (*long_term)
    return;

  /* Most documents are current; a few have run out, as at any real counter. */
  until = demo->today + (guint32) draw (demo, 1, years * 365);
  if (chance (demo, 0.03))
    until = demo->today - (guint32) draw (demo, 1, 400);
  format_julian (until, out);
}

static void
compose_mobile (Demo   *demo,
                Member *member)
{
  /* A seller's own number on several policyholders' records is a warning sign the
   * return-visit team looks for; the demo has a few. */
  if (demo->n_shared_mobiles > 0 && chance (demo, 0.004))
    {
      memcpy (member->mobile,
              demo->shared_mobiles[draw (demo, 0, MIN (demo->n_shared_mobiles, SHARED_MOBILES) - 1)],
              sizeof member->mobile);
      return;
    }

  g_snprintf (member->mobile, sizeof member->mobile, "%s%08d",
              PICK (demo, demo_mobile_prefixes), draw (demo, 0, 99999999));
  g_strlcpy (demo->shared_mobiles[demo->n_shared_mobiles++ % SHARED_MOBILES],
             member->mobile, sizeof member->mobile);
}

static void
compose_given_name (Demo       *demo,
                    Member     *member,
                    char       *out,
                    gsize       size)
{
  const char *given = member->sex == BD_SEX_MALE ? PICK (demo, demo_given_male)
                                                 : PICK (demo, demo_given_female);

  g_snprintf (out, size, "%s%s", member->surname, given);
}

static gboolean
insert_member_customer (Demo       *demo,
                        Household  *household,
                        Member     *member,
                        gint64      guardian_id,
                        GError    **error)
{
  g_autoptr(BdCustomer) customer = bd_customer_new ();
  g_autofree char *number = compose_identity_number (demo, household, member);
  char name[32], birth[11], expiry[11];
  gboolean long_term;
  int age = age_of (demo, member->birth);

  compose_given_name (demo, member, name, sizeof name);
  format_julian (member->birth, birth);
  compose_document_expiry (demo, member, expiry, &long_term);

  bd_customer_set_name (customer, name);
  bd_customer_set_sex (customer, member->sex);
  bd_customer_set_birth_date (customer, birth);
  bd_customer_set_id_type (customer, BD_DOCUMENT_RESIDENT_ID);
  bd_customer_set_id_number (customer, number);
  bd_customer_set_id_valid_until (customer, long_term ? NULL : expiry);
  bd_customer_set_address (customer, household->address);
  bd_customer_set_postcode (customer, demo_districts[household->district].postcode);
  if (!member->adult)
    {
      bd_customer_set_guardian_id (customer, guardian_id);
      bd_customer_set_occupation (customer, age < 7 ? "学龄前儿童" : "学生");
    }
  else if (age >= 60)
    bd_customer_set_occupation (customer, "退休");
  else
    {
      bd_customer_set_occupation (customer, PICK (demo, demo_occupations));
      bd_customer_set_employer (customer, PICK (demo, demo_employers));
    }

  if (age >= 16 && chance (demo, 0.97))
    {
      compose_mobile (demo, member);
      bd_customer_set_mobile (customer, member->mobile);
    }
  if (age >= 55 && chance (demo, 0.3))
    {
      g_autofree char *landline = g_strdup_printf ("025-%08d", draw (demo, 50000000, 89999999));
      bd_customer_set_landline (customer, landline);
    }

  if (!bd_store_add_customer (demo->store, customer, error))
    return FALSE;
  member->id = bd_customer_get_id (customer);
  demo->n_customers++;
  return TRUE;
}

static gboolean
insert_household_customers (Demo       *demo,
                            Household  *household,
                            GError    **error)
{
  /* Adults first, so that a child's guardian (the head) already has an id. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < household->n_members; i++)
      {
        Member *member = &household->members[i];
        if (member->adult != (pass == 0))
          continue;
        if (!insert_member_customer (demo, household, member, household->members[0].id, error))
          return FALSE;
      }
  return TRUE;
}

static gboolean
insert_household_row (Demo       *demo,
                      Household  *household,
                      GError    **error)
{
  g_autoptr(BdHousehold) row = bd_household_new ();
  g_autoptr(BdCustomer) head = bd_customer_new ();
  g_autofree char *name = NULL;

  bd_customer_set_id (head, household->members[0].id);
  name = g_strdup_printf ("%s家", household->members[0].surname);
  bd_household_set_name (row, name);
  bd_household_set_servicing_staff_id (row, household->staff_id);

  for (guint i = 0; i < household->n_members; i++)
    {
      g_autoptr(BdCustomer) customer = bd_customer_new ();
      g_autoptr(BdHouseholdMember) member = NULL;

      bd_customer_set_id (customer, household->members[i].id);
      member = bd_household_member_new (customer, household->members[i].relation);
      bd_household_add_member (row, member);
    }
  return bd_store_add_household (demo->store, row, error);
}

/* How member @b stands to member @a, from how both stand to the head. */
static gboolean
relation_one_way (BdRelation  ra,
                  BdRelation  rb,
                  BdRelation *out)
{
  if (ra == BD_RELATION_SELF)
    *out = rb;
  else if (ra == BD_RELATION_SPOUSE && rb == BD_RELATION_CHILD)
    *out = BD_RELATION_CHILD;
  else if (ra == BD_RELATION_SPOUSE && rb == BD_RELATION_PARENT)
    *out = BD_RELATION_PARENT_IN_LAW;
  else if (ra == BD_RELATION_PARENT && rb == BD_RELATION_PARENT)
    *out = BD_RELATION_SPOUSE;
  else if (ra == BD_RELATION_PARENT && rb == BD_RELATION_CHILD)
    *out = BD_RELATION_GRANDCHILD;
  else if (ra == BD_RELATION_CHILD && rb == BD_RELATION_CHILD)
    *out = BD_RELATION_SIBLING;
  else
    return FALSE;
  return TRUE;
}

static gboolean
relation_between (const Member *a,
                  const Member *b,
                  BdRelation   *out)
{
  BdRelation inverse;

  if (relation_one_way (a->relation, b->relation, out))
    return TRUE;
  if (!relation_one_way (b->relation, a->relation, &inverse))
    return FALSE;
  *out = bd_relation_get_inverse (inverse);
  return TRUE;
}

static gboolean
insert_relationships (Demo       *demo,
                      Household  *household,
                      GError    **error)
{
  for (guint i = 0; i < household->n_members; i++)
    for (guint j = i + 1; j < household->n_members; j++)
      {
        BdRelation relation;

        if (relation_between (&household->members[i], &household->members[j], &relation) &&
            !bd_store_add_relationship (demo->store, household->members[i].id,
                                        household->members[j].id, relation, error))
          return FALSE;
      }
  return TRUE;
}

/* ── policies ──────────────────────────────────────────────────────────────────── */

static Member *
find_relation (Household  *household,
               BdRelation  relation)
{
  for (guint i = 0; i < household->n_members; i++)
    if (household->members[i].relation == relation)
      return &household->members[i];
  return NULL;
}

/* Who pays: parents for children, spouses for each other, grown children for their
 * parents, and most often the insured themself. */
static Member *
choose_policyholder (Demo      *demo,
                     Household *household,
                     Member    *insured)
{
  Member *head = &household->members[0];
  Member *spouse = find_relation (household, BD_RELATION_SPOUSE);

  switch (insured->relation)
    {
    case BD_RELATION_CHILD:
      if (insured->adult && chance (demo, 0.5))
        return insured;
      return spouse != NULL && spouse->adult && chance (demo, 0.4) ? spouse : head;
    case BD_RELATION_SELF:
      return spouse != NULL && chance (demo, 0.3) ? spouse : insured;
    case BD_RELATION_SPOUSE:
      return chance (demo, 0.35) ? head : insured;
    case BD_RELATION_PARENT:
      return chance (demo, 0.5) ? head : insured;
    case BD_RELATION_GRANDPARENT:
    case BD_RELATION_GRANDCHILD:
    case BD_RELATION_SIBLING:
    case BD_RELATION_CHILD_IN_LAW:
    case BD_RELATION_PARENT_IN_LAW:
    case BD_RELATION_OTHER:
    default:
      return insured;
    }
}

static const DemoProduct *
choose_product (Demo *demo,
                int   age,
                guint *index)
{
  for (guint attempt = 0; attempt < 32; attempt++)
    {
      guint i = (guint) draw (demo, 0, G_N_ELEMENTS (demo_products) - 1);
      if (age >= demo_products[i].min_age && age <= demo_products[i].max_age)
        {
          *index = i;
          return &demo_products[i];
        }
    }
  *index = 6; /* accident cover takes everyone */
  return &demo_products[6];
}

/* Sum insured and annual premium in fen, roughly as such products are sold; a minor's
 * death cover stays within the regulator's limits (200,000 under 10, 500,000 to 17). */
static void
price_policy (Demo              *demo,
              const DemoProduct *product,
              int                age,
              gint64            *sum_insured,
              gint64            *annual_premium)
{
  gint64 yuan;
  double rate;

  switch (product->kind)
    {
    case BD_PRODUCT_LIFE:
      yuan = draw (demo, 2, 20) * 50000;
      rate = 0.010 + age * 0.0004;
      break;
    case BD_PRODUCT_CRITICAL_ILLNESS:
      yuan = draw (demo, 2, 10) * 50000;
      rate = 0.012 + age * 0.0007;
      break;
    case BD_PRODUCT_MEDICAL:
      yuan = product->code[2] == '2' ? 2000000 : draw (demo, 1, 5) * 10000;
      rate = product->code[2] == '2' ? 0.0002 + age * 0.00002 : 0.02 + age * 0.001;
      break;
    case BD_PRODUCT_ACCIDENT:
      yuan = draw (demo, 1, bd_is_minor (age) ? 2 : 10) * 100000;
      rate = 0.0015;
      break;
    case BD_PRODUCT_ANNUITY:
      yuan = draw (demo, 1, 10) * 5000;
      rate = 0.25;
      break;
    case BD_PRODUCT_PARTICIPATING:
      yuan = draw (demo, 1, age < 10 ? 4 : 10) * 50000;
      rate = 0.07;
      break;
    case BD_PRODUCT_UNIVERSAL:
    case BD_PRODUCT_UNIT_LINKED:
    default:
      yuan = draw (demo, 1, 10) * 100000;
      rate = 0.05;
      break;
    }

  *sum_insured = yuan * 100;
  *annual_premium = MAX ((gint64) (yuan * rate) * 100, 10000);
}

/* A minor's death cover, all policies on the life together, stays within the cap for the
 * age at which each is sold (保监发〔2015〕90号): this one is cut to whole 10,000 yuan to
 * fit, or not sold (FALSE). Counting every policy generated before, whatever its dates,
 * keeps the cover within the cap at every sale and today too, since the cap only grows
 * with age. */
static gboolean
keep_within_minor_cap (Member            *insured,
                       const DemoProduct *product,
                       guint32            effective,
                       gint64            *sum_insured,
                       gint64            *annual_premium)
{
  const gint64 step = (gint64) 10000 * 100;
  gint64 cap, room;
  GDate birth, on;

  g_date_clear (&birth, 1);
  g_date_clear (&on, 1);
  g_date_set_julian (&birth, insured->birth);
  g_date_set_julian (&on, effective);
  cap = bd_minor_death_cap (bd_age_on (&birth, &on));

  if (cap >= 0 && insured->death_cover + bd_death_cover (product->kind, *sum_insured) > cap)
    {
      room = (cap - insured->death_cover) / step * step;
      if (room <= 0)
        return FALSE;
      *annual_premium = MAX (*annual_premium * room / *sum_insured, 10000);
      *sum_insured = room;
    }
  insured->death_cover += bd_death_cover (product->kind, *sum_insured);
  return TRUE;
}

static guint
months_per_period (BdFrequency frequency)
{
  switch (frequency)
    {
    case BD_FREQUENCY_MONTHLY: return 1;
    case BD_FREQUENCY_QUARTERLY: return 3;
    case BD_FREQUENCY_SEMIANNUAL: return 6;
    case BD_FREQUENCY_ANNUAL: return 12;
    case BD_FREQUENCY_SINGLE:
    default: return 0;
    }
}

static BdFrequency
choose_frequency (Demo              *demo,
                  const DemoProduct *product)
{
  int point = draw (demo, 0, 99);

  if (product->kind == BD_PRODUCT_MEDICAL || product->kind == BD_PRODUCT_ACCIDENT)
    return BD_FREQUENCY_ANNUAL;
  if (point < 10 && product->kind != BD_PRODUCT_CRITICAL_ILLNESS)
    return BD_FREQUENCY_SINGLE;
  if (point < 20)
    return BD_FREQUENCY_MONTHLY;
  if (point < 25)
    return BD_FREQUENCY_QUARTERLY;
  if (point < 30)
    return BD_FREQUENCY_SEMIANNUAL;
  return BD_FREQUENCY_ANNUAL;
}

/* The earliest day the policy can start: the insured is at least 30 days old, the
 * policyholder an adult, and the branch's records begin in 2000. */
static guint32
earliest_start (const Member *insured,
                const Member *policyholder)
{
  GDate records_begin;
  guint32 start;

  g_date_clear (&records_begin, 1);
  g_date_set_dmy (&records_begin, 1, G_DATE_JANUARY, 2000);
  start = MAX (insured->birth + 30, g_date_get_julian (&records_begin));
  return MAX (start, add_years (policyholder->birth, BD_ADULT_AGE) + 1);
}

typedef struct
{
  guint32         effective;
  guint32         next_due;        /* 0: nothing more to pay */
  BdPolicyStatus  status;
  BdServiceClass  service_class;
} PolicyDates;

/* Premium k is due k periods after the effective date (the first, k = 0, is paid on
 * issue); finds the last one due by today and the next one, among @n_payments. */
static void
find_due_dates (Demo    *demo,
                guint32  effective,
                guint    months,
                guint    n_payments,
                guint32 *last_due,
                guint32 *next_due)
{
  GDate from, to;
  guint elapsed, k;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_julian (&from, effective);
  g_date_set_julian (&to, demo->today);
  elapsed = (g_date_get_year (&to) - g_date_get_year (&from)) * 12 +
            g_date_get_month (&to) - g_date_get_month (&from);
  k = elapsed / months;
  while (k > 0 && add_months (effective, k * months) > demo->today)
    k--;

  *last_due = k > 0 && k < n_payments ? add_months (effective, k * months) : 0;
  *next_due = k + 1 < n_payments ? add_months (effective, (k + 1) * months) : 0;
}

/* Works out the dates and status: one-year products are renewed each year; the others
 * fall due every period for the payment term, and a premium left unpaid puts the policy
 * into its 60-day grace period, then lapses it. */
static void
compose_policy_dates (Demo              *demo,
                      const DemoProduct *product,
                      guint32            earliest,
                      BdFrequency        frequency,
                      guint              payment_years,
                      guint              term_years,
                      PolicyDates       *dates)
{
  guint months = months_per_period (frequency);
  guint32 last_due = 0;

  dates->status = BD_POLICY_IN_FORCE;
  dates->service_class = BD_SERVICE_NORMAL;
  dates->next_due = 0;
  if (term_years == 1)
    earliest = MAX (earliest, demo->today - 364);
  dates->effective = earliest + (guint32) g_rand_int_range (demo->rand, 0,
                                                            (gint32) (demo->today - earliest));

  if (term_years > 0 && add_years (dates->effective, term_years) <= demo->today)
    {
      dates->status = BD_POLICY_MATURED;
      return;
    }

  if (months > 0)
    find_due_dates (demo, dates->effective, months, payment_years * 12 / months,
                    &last_due, &dates->next_due);

  if (last_due != 0 && demo->today - last_due <= BD_GRACE_DAYS && chance (demo, months == 1 ? 0.05 : 0.3))
    {
      dates->status = BD_POLICY_GRACE;
      dates->next_due = last_due;
    }
  else if (last_due != 0 && demo->today - last_due > BD_GRACE_DAYS && chance (demo, 0.05))
    {
      dates->status = BD_POLICY_LAPSED;
      dates->next_due = last_due;
      dates->service_class = chance (demo, 0.6) ? BD_SERVICE_LAPSED : BD_SERVICE_NORMAL;
    }
  else if (chance (demo, 0.015))
    dates->status = BD_POLICY_SURRENDERED;
  else if (chance (demo, 0.004))
    dates->status = BD_POLICY_CLAIM_TERMINATED;
  else if (demo->today - dates->effective < 30 && chance (demo, 0.1))
    dates->status = BD_POLICY_COOLING_OFF_CANCELLED;
  else if (chance (demo, 0.005))
    dates->service_class = BD_SERVICE_DIFFICULT;

  if (dates->status != BD_POLICY_IN_FORCE && dates->status != BD_POLICY_GRACE &&
      dates->status != BD_POLICY_LAPSED)
    dates->next_due = 0;
}

static void
add_beneficiary (BdPolicy          *policy,
                 BdBeneficiaryKind  kind,
                 gint64             customer_id,
                 guint              rank,
                 guint              share)
{
  g_autoptr(BdBeneficiary) beneficiary = bd_beneficiary_new ();

  bd_beneficiary_set_kind (beneficiary, kind);
  bd_beneficiary_set_customer_id (beneficiary, customer_id);
  bd_beneficiary_set_legal_heirs (beneficiary, customer_id == 0);
  bd_beneficiary_set_rank (beneficiary, rank);
  bd_beneficiary_set_share (beneficiary, share);
  bd_policy_add_beneficiary (policy, beneficiary);
}

/* Shares of one order, equal, the odd basis points to the first. */
static void
add_equal_shares (BdPolicy  *policy,
                  Member   **people,
                  guint      n_people,
                  guint      rank)
{
  guint share = BD_SHARE_WHOLE / n_people;

  for (guint i = 0; i < n_people; i++)
    add_beneficiary (policy, BD_BENEFICIARY_DEATH, people[i]->id, rank,
                     share + (i == 0 ? BD_SHARE_WHOLE % n_people : 0));
}

/* The people a death benefit naturally goes to: a spouse and children, or for a child
 * the parents. */
static void
family_of (Household *household,
           Member    *insured,
           Member   **spouses,
           guint     *n_spouses,
           Member   **others,
           guint     *n_others)
{
  *n_spouses = *n_others = 0;

  for (guint i = 0; i < household->n_members; i++)
    {
      Member *m = &household->members[i];
      BdRelation relation;

      if (m == insured || !relation_between (insured, m, &relation))
        continue;
      if (relation == BD_RELATION_SPOUSE)
        spouses[(*n_spouses)++] = m;
      else if (relation == BD_RELATION_CHILD ||
               (relation == BD_RELATION_PARENT && insured->relation == BD_RELATION_CHILD))
        others[(*n_others)++] = m;
    }
}

static void
compose_beneficiaries (Demo              *demo,
                       Household         *household,
                       Member            *insured,
                       const DemoProduct *product,
                       BdPolicy          *policy)
{
  Member *spouses[MAX_MEMBERS], *others[MAX_MEMBERS];
  guint n_spouses, n_others;

  if (product->kind == BD_PRODUCT_ANNUITY || product->kind == BD_PRODUCT_PARTICIPATING)
    add_beneficiary (policy, BD_BENEFICIARY_SURVIVAL, insured->id, 1, BD_SHARE_WHOLE);
  if (product->kind == BD_PRODUCT_MEDICAL)
    return;

  family_of (household, insured, spouses, &n_spouses, others, &n_others);
  if (n_spouses + n_others == 0 || chance (demo, 0.3))
    add_beneficiary (policy, BD_BENEFICIARY_DEATH, 0, 1, BD_SHARE_WHOLE);
  else if (n_spouses > 0 && n_others > 0 && chance (demo, 0.4))
    {
      /* The spouse first; the children only if the spouse is no longer there. */
      add_equal_shares (policy, spouses, n_spouses, 1);
      add_equal_shares (policy, others, n_others, 2);
    }
  else
    {
      memcpy (spouses + n_spouses, others, n_others * sizeof *others);
      add_equal_shares (policy, spouses, n_spouses + n_others, 1);
    }
}

static BdPaymentMethod
choose_payment_method (Demo   *demo,
                       gint64  premium_per_period)
{
  int point = draw (demo, 0, 99);

  /* Door collection of cash premiums only below 1,000 yuan a period (002). */
  if (point < 6 && premium_per_period < 100000)
    return BD_PAYMENT_DOOR;
  if (point < 20)
    return BD_PAYMENT_COUNTER;
  if (point < 30)
    return BD_PAYMENT_CARD;
  return BD_PAYMENT_BANK_DEBIT;
}

static gboolean
ensure_account (Demo       *demo,
                Member     *member,
                GError    **error)
{
  if (member->account[0] != '\0')
    return TRUE;
  /* A UnionPay debit card: 19 digits, the last the Luhn check digit every card passes. */
  g_snprintf (member->account, sizeof member->account, "6222%07d%07d",
              draw (demo, 0, 9999999), draw (demo, 0, 9999999));
  member->account[18] = bd_luhn_check_digit (member->account);
  member->account[19] = '\0';
  return bd_store_add_bank_account (demo->store, member->id, PICK (demo, demo_banks),
                                    member->account, NULL, error);
}

static void
set_staff (Demo      *demo,
           Household *household,
           BdPolicy  *policy)
{
  guint index = 0;
  gint64 staff_id = household->second_staff_id != 0 && chance (demo, 0.5)
                      ? household->second_staff_id : household->staff_id;

  while (demo->servicing_staff[index] != staff_id)
    index++;
  bd_policy_set_servicing_staff_id (policy, staff_id);

  if (chance (demo, 0.35))
    {
      Member agent = { .sex = draw_sex (demo), .surname = draw_surname (demo) };
      char name[32];

      compose_given_name (demo, &agent, name, sizeof name);
      bd_policy_set_original_agent (policy, name);
      bd_policy_set_transfer_reason (policy, PICK (demo, demo_transfer_reasons));
    }
  else
    bd_policy_set_original_agent (policy, demo->servicing_names[index]);
}

static guint
choose_term (Demo              *demo,
             const DemoProduct *product,
             int                age)
{
  switch (product->kind)
    {
    case BD_PRODUCT_MEDICAL:
    case BD_PRODUCT_ACCIDENT:
      return 1;
    case BD_PRODUCT_LIFE:
      return product->code[2] == '2' ? (guint) draw (demo, 1, 3) * 10 : 0;
    case BD_PRODUCT_ANNUITY:
      return (guint) MAX (80 - age, 10);
    case BD_PRODUCT_PARTICIPATING:
      return (guint) draw (demo, 2, 4) * 5;
    case BD_PRODUCT_CRITICAL_ILLNESS:
    case BD_PRODUCT_UNIVERSAL:
    case BD_PRODUCT_UNIT_LINKED:
    default:
      return 0;
    }
}

static gboolean
trace_without_success (Demo     *demo,
                       gint64    policy_id,
                       GError  **error)
{
  for (BdTracingMethod method = BD_TRACING_PHONE; method <= BD_TRACING_BOARD; method++)
    if (!bd_store_record_tracing (demo->store, policy_id, method, FALSE, "未联系上",
                                  demo->servicing_staff[0], NULL, error))
      return FALSE;
  return TRUE;
}

static gboolean
insert_policy (Demo       *demo,
               Household  *household,
               Member     *insured,
               GError    **error)
{
  g_autoptr(BdPolicy) policy = bd_policy_new ();
  Member *holder = choose_policyholder (demo, household, insured);
  guint product_index;
  const DemoProduct *product = choose_product (demo, age_of (demo, insured->birth), &product_index);
  BdFrequency frequency = choose_frequency (demo, product);
  guint term = choose_term (demo, product, age_of (demo, insured->birth));
  guint payment_years = frequency == BD_FREQUENCY_SINGLE ? 1 : term == 1 ? 1
                        : (guint) draw (demo, 1, 4) * 5;
  guint periods = frequency == BD_FREQUENCY_SINGLE ? 1 : 12 / months_per_period (frequency);
  gint64 sum_insured, annual;
  PolicyDates dates;
  guint32 receipt;
  char date[11], number[24];

  if (!holder->adult)
    holder = &household->members[0];
  /* A policyholder who came of age only today cannot have signed anything yet. */
  if (earliest_start (insured, holder) >= demo->today)
    return TRUE;
  if (term > 0 && term < payment_years)
    payment_years = term;

  compose_policy_dates (demo, product, earliest_start (insured, holder), frequency,
                        payment_years, term, &dates);
  price_policy (demo, product, age_of (demo, insured->birth), &sum_insured, &annual);
  if (!keep_within_minor_cap (insured, product, dates.effective, &sum_insured, &annual))
    return TRUE;
  if (frequency == BD_FREQUENCY_SINGLE)
    annual *= MAX (payment_years, 5);

  format_julian (dates.effective, date);
  g_snprintf (number, sizeof number, "88%.4s%010" G_GUINT64_FORMAT, date, ++demo->policy_serial);
  bd_policy_set_number (policy, number);
  bd_policy_set_product_id (policy, demo->product_ids[product_index]);
  bd_policy_set_policyholder_id (policy, holder->id);
  bd_policy_set_insured_id (policy, insured->id);
  bd_policy_set_effective_date (policy, date);
  /* Delivered within ten days, never after today (MIN would draw twice). Cooling-off
   * cancellations are only drawn within 30 days of today, after the receipt. */
  receipt = dates.effective + (guint32) draw (demo, 1, 10);
  format_julian (MIN (receipt, demo->today), date);
  bd_policy_set_receipt_date (policy, date);
  bd_policy_set_term_years (policy, term);
  bd_policy_set_sum_insured (policy, sum_insured);
  bd_policy_set_premium (policy, annual / periods);
  bd_policy_set_frequency (policy, frequency);
  bd_policy_set_payment_years (policy, payment_years);
  bd_policy_set_payment_method (policy, choose_payment_method (demo, annual / periods));
  if (dates.next_due != 0)
    {
      format_julian (dates.next_due, date);
      bd_policy_set_next_due_date (policy, date);
    }
  bd_policy_set_status (policy, dates.status);
  /* A difficult case is made the way the counter makes one: by five failed tracings. */
  bd_policy_set_service_class (policy, dates.service_class == BD_SERVICE_DIFFICULT
                                         ? BD_SERVICE_NORMAL : dates.service_class);
  set_staff (demo, household, policy);

  if (product->kind == BD_PRODUCT_ANNUITY || product->kind == BD_PRODUCT_PARTICIPATING)
    bd_policy_set_survival_option (policy, (BdSurvivalOption) draw (demo, 0, 2));
  else
    bd_policy_set_survival_option (policy, BD_SURVIVAL_NONE);

  if (!ensure_account (demo, holder, error))
    return FALSE;
  bd_policy_set_account_number (policy, holder->account);
  compose_beneficiaries (demo, household, insured, product, policy);

  if (!bd_store_add_policy (demo->store, policy, error))
    return FALSE;
  bd_policy_set_product_kind (policy, product->kind);
  bd_demo_requests_consider (demo->requests, policy);
  if (dates.service_class == BD_SERVICE_DIFFICULT)
    {
      gint64 id = bd_policy_get_id (policy);

      g_array_append_val (demo->traced_policies, id);
    }
  return TRUE;
}

static gboolean
insert_policies (Demo       *demo,
                 Household  *household,
                 GError    **error)
{
  /* 0–6 policies a person, about 2.5 on average. */
  static const guint count_weights[] = { 8, 17, 25, 25, 15, 7, 3 };

  for (guint i = 0; i < household->n_members; i++)
    {
      guint point = (guint) draw (demo, 0, 99), count = 0;

      while (count < G_N_ELEMENTS (count_weights) - 1 && point >= count_weights[count])
        point -= count_weights[count++];
      /* Nobody insures a baby in its first two months here. */
      if (demo->today - household->members[i].birth < 60)
        count = 0;
      for (guint p = 0; p < count; p++)
        if (!insert_policy (demo, household, &household->members[i], error))
          return FALSE;
    }
  return TRUE;
}

/* A few households have a contact history: a call, and a visit that found nobody, with a
 * slip left and the next visit planned within the week. Drawn here, written last. */
static void
draw_contacts (Demo      *demo,
               Household *household)
{
  DemoContacts contacts = { household->members[0].id, household->staff_id };
  char day[BD_ISO_DATE_SIZE];
  guint32 when;

  if (!chance (demo, 0.08))
    return;

  when = demo->today - (guint32) draw (demo, 0, 6);
  format_julian (when, day);
  g_snprintf (contacts.call_at, sizeof contacts.call_at, "%sT%02d:%02d:00Z", day,
              draw (demo, 1, 9), draw (demo, 0, 59));
  g_snprintf (contacts.slip_at, sizeof contacts.slip_at, "%sT%02d:%02d:00Z", day,
              draw (demo, 1, 9), draw (demo, 0, 59));
  format_julian (when + (guint32) draw (demo, 1, 7), day);
  g_snprintf (contacts.next_visit, sizeof contacts.next_visit, "%sT%02d:%02d", day,
              draw (demo, 9, 17), draw (demo, 0, 3) * 15);
  contacts.service_item = (BdServiceItem) draw (demo, 0, 2);
  g_array_append_val (demo->contacts, contacts);
}

static gboolean
insert_contacts (Demo                *demo,
                 const DemoContacts  *contacts,
                 GError             **error)
{
  g_autoptr(BdContact) call = bd_contact_new ();
  g_autoptr(BdContact) slip = bd_contact_new ();

  bd_contact_set_customer_id (call, contacts->customer_id);
  bd_contact_set_kind (call, BD_CONTACT_PHONE);
  bd_contact_set_at (call, contacts->call_at);
  bd_contact_set_staff_id (call, contacts->staff_id);
  bd_contact_set_reached (call, TRUE);
  bd_contact_set_person_reached (call, "本人");
  bd_contact_set_outcome (call, "约定上门送达保险费发票");
  if (!bd_store_add_contact (demo->store, call, error))
    return FALSE;

  bd_contact_set_customer_id (slip, contacts->customer_id);
  bd_contact_set_kind (slip, BD_CONTACT_SLIP);
  bd_contact_set_at (slip, contacts->slip_at);
  bd_contact_set_staff_id (slip, contacts->staff_id);
  bd_contact_set_reached (slip, FALSE);
  bd_contact_set_outcome (slip, "上门未遇，留联系单");
  bd_contact_set_next_visit (slip, contacts->next_visit);
  bd_contact_set_service_item (slip, contacts->service_item);
  return bd_store_add_contact (demo->store, slip, error);
}

static gboolean
insert_household (Demo     *demo,
                  GError  **error)
{
  Household household;

  memset (&household, 0, sizeof household);
  compose_household (demo, &household);
  compose_address (demo, &household);
  household.staff_id = demo->servicing_staff[draw (demo, 0, N_SERVICING_STAFF - 1)];
  if (chance (demo, 0.05))
    household.second_staff_id = demo->servicing_staff[draw (demo, 0, N_SERVICING_STAFF - 1)];
  if (household.second_staff_id == household.staff_id)
    household.second_staff_id = 0;

  if (!insert_household_customers (demo, &household, error) ||
      !insert_household_row (demo, &household, error) ||
      !insert_relationships (demo, &household, error) ||
      !insert_policies (demo, &household, error))
    return FALSE;
  draw_contacts (demo, &household);
  return TRUE;
}

/* ── staff, products, settings ─────────────────────────────────────────────────── */

/* The counter's own accounts also service households (orphan policies left by agents who
 * went are given to the counter), so that a clerk signing in to the demo has customers
 * and slips of their own in the Queues. They take the first servicing places after the
 * field staff were drawn, so the rest of the branch is drawn as before. */
static gboolean
counter_staff_also_service (Demo     *demo,
                            GError  **error)
{
  guint place = 0;

  for (guint i = 0; i < G_N_ELEMENTS (demo_accounts) && place < N_SERVICING_STAFF; i++)
    {
      g_autoptr(BdStaff) staff = NULL;

      if (demo_accounts[i].role != BD_ROLE_COUNTER)
        continue;
      staff = bd_store_find_staff (demo->store, demo_accounts[i].login, error);
      if (staff == NULL)
        return FALSE;
      demo->servicing_staff[place] = bd_staff_get_id (staff);
      g_strlcpy (demo->servicing_names[place], demo_accounts[i].name,
                 sizeof demo->servicing_names[place]);
      place++;
    }
  return TRUE;
}

static gboolean
insert_staff (Demo     *demo,
              GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_accounts); i++)
    {
      g_autoptr(BdStaff) staff = bd_staff_new ();
      g_autofree char *hash = bd_password_hash (demo_accounts[i].password, error);
      char phone[12];

      if (hash == NULL)
        return FALSE;
      g_snprintf (phone, sizeof phone, "139%08d", draw (demo, 0, 99999999));
      bd_staff_set_login (staff, demo_accounts[i].login);
      bd_staff_set_name (staff, demo_accounts[i].name);
      bd_staff_set_role (staff, demo_accounts[i].role);
      bd_staff_set_phone (staff, phone);
      bd_staff_set_password_change_owed (staff, !demo->keep_demo_passwords);
      if (!bd_store_add_staff (demo->store, staff, hash, error))
        return FALSE;
    }

  /* The servicing staff (收展员) who visit households; they do not sign in here. */
  for (guint i = 0; i < N_SERVICING_STAFF; i++)
    {
      g_autoptr(BdStaff) staff = bd_staff_new ();
      Member person = { .sex = draw_sex (demo), .surname = draw_surname (demo) };
      char login[16], phone[12];

      compose_given_name (demo, &person, demo->servicing_names[i], sizeof demo->servicing_names[i]);
      g_snprintf (login, sizeof login, "field%02u", i + 1);
      g_snprintf (phone, sizeof phone, "138%08d", draw (demo, 0, 99999999));
      bd_staff_set_login (staff, login);
      bd_staff_set_name (staff, demo->servicing_names[i]);
      bd_staff_set_role (staff, BD_ROLE_COUNTER);
      bd_staff_set_phone (staff, phone);
      if (!bd_store_add_staff (demo->store, staff, NULL, error))
        return FALSE;
      demo->servicing_staff[i] = bd_staff_get_id (staff);
    }
  return counter_staff_also_service (demo, error);
}

static gboolean
insert_products (Demo     *demo,
                 GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_products); i++)
    {
      demo->product_ids[i] = bd_store_add_product (demo->store, demo_products[i].code,
                                                   demo_products[i].name,
                                                   demo_products[i].kind,
                                                   demo_products[i].waiting_days, error);
      if (demo->product_ids[i] == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_settings (Demo     *demo,
                 GError  **error)
{
  return bd_store_set_setting (demo->store, "company-name", "衡信人寿保险股份有限公司", error) &&
         bd_store_set_setting (demo->store, "branch-name", "南京分公司", error) &&
         /* The counter's phone printed on request receipts: a made-up number. */
         bd_store_set_setting (demo->store, "branch-phone", "025-8000 0000", error) &&
         /* Made-up data: every screen and printed page of it says so. */
         bd_setup_mark_training (demo->store, error);
}

/* ── what is written after the households ──────────────────────────────────────── */

/* The counter clerks who take requests, and the supervisor who reviews them. */
static gboolean
find_request_staff (Demo    *demo,
                    GArray  *clerks,
                    gint64  *supervisor,
                    GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_accounts); i++)
    {
      g_autoptr(BdStaff) staff = NULL;
      gint64 id;

      if (demo_accounts[i].role == BD_ROLE_ADMINISTRATOR)
        continue;
      if ((staff = bd_store_find_staff (demo->store, demo_accounts[i].login, error)) == NULL)
        return FALSE;
      id = bd_staff_get_id (staff);
      if (demo_accounts[i].role == BD_ROLE_SUPERVISOR)
        *supervisor = id;
      else
        g_array_append_val (clerks, id);
    }
  return TRUE;
}

static gboolean
insert_contacts_and_tracings (Demo    *demo,
                              GError **error)
{
  for (guint i = 0; i < demo->traced_policies->len; i++)
    if (!trace_without_success (demo, g_array_index (demo->traced_policies, gint64, i), error))
      return FALSE;
  for (guint i = 0; i < demo->contacts->len; i++)
    if (!insert_contacts (demo, &g_array_index (demo->contacts, DemoContacts, i), error))
      return FALSE;
  return TRUE;
}

/* The year's requests, then the contacts and tracings as of now — or as of the last
 * request, when the clock is behind the demo's today: never an audit row dated before
 * the one before it. */
static gboolean
insert_requests_then_contacts (Demo    *demo,
                               GError **error)
{
  g_autoptr(GArray) clerks = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GDateTime) now = NULL;
  gint64 supervisor = 0;
  BdClockHold *hold;
  gboolean ok;

  if (!find_request_staff (demo, clerks, &supervisor, error))
    return FALSE;
  bd_demo_complaints_attach (demo->requests, demo->store, (gint64 *) clerks->data, clerks->len,
                             demo->today);
  if (!bd_demo_requests_write (demo->requests, (gint64 *) clerks->data, clerks->len,
                               supervisor, &last, error)
      || !bd_demo_spotchecks_write (demo->store, demo->today, supervisor, last, error))
    return FALSE;
  now = bd_clock_now_utc ();
  if (last == NULL || g_date_time_compare (now, last) >= 0)
    return insert_contacts_and_tracings (demo, error);
  hold = bd_clock_hold ();
  bd_clock_set_fixed (last);
  ok = insert_contacts_and_tracings (demo, error);
  bd_clock_give_back (hold);
  return ok;
}

static gboolean
check_empty (BdStore  *store,
             GError  **error)
{
  BdStoreCounts counts;

  if (!bd_store_get_counts (store, &counts, error))
    return FALSE;
  if (counts.customers == 0 && counts.staff == 0)
    return TRUE;

  g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT,
               _("The database “%s” already holds a branch (%u customers): a demo branch "
                 "is only created in an empty database"),
               bd_store_get_path (store), counts.customers);
  return FALSE;
}

static gboolean
generate (Demo                *demo,
          guint                n_customers,
          BdDemoProgressFunc   progress,
          gpointer             user_data,
          GError             **error)
{
  guint next_report = 0;

  if (!insert_settings (demo, error) || !insert_staff (demo, error) ||
      !insert_products (demo, error))
    return FALSE;

  while (demo->n_customers < n_customers)
    {
      if (!insert_household (demo, error))
        return FALSE;
      if (progress != NULL && demo->n_customers >= next_report)
        {
          next_report = demo->n_customers + 5000;
          if (!progress (demo->n_customers, n_customers, user_data))
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                   _("The demo branch was cancelled: nothing was written"));
              return FALSE;
            }
        }
    }
  return insert_requests_then_contacts (demo, error);
}

gboolean
bd_demo_generate (BdStore              *store,
                  const BdDemoOptions  *options,
                  BdDemoProgressFunc    progress,
                  gpointer              user_data,
                  GError              **error)
{
  Demo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL && g_date_valid (&options->today), FALSE);

  if (!check_empty (store, error) || !bd_store_begin_bulk (store, error))
    return FALSE;

  demo.store = store;
  demo.rand = g_rand_new_with_seed (options->seed);
  demo.today = g_date_get_julian (&options->today);
  demo.keep_demo_passwords = options->keep_demo_passwords;
  demo.identity_sequences = g_hash_table_new (g_direct_hash, g_direct_equal);
  demo.requests = bd_demo_requests_new (store, options->seed, &options->today);
  bd_demo_claims_attach (demo.requests, store, options->seed, &options->today);
  demo.contacts = g_array_new (FALSE, FALSE, sizeof (DemoContacts));
  demo.traced_policies = g_array_new (FALSE, FALSE, sizeof (gint64));

  ok = generate (&demo, options->n_customers, progress, user_data, error);

  g_array_unref (demo.traced_policies);
  g_array_unref (demo.contacts);
  bd_demo_requests_free (demo.requests);
  g_hash_table_unref (demo.identity_sequences);
  g_rand_free (demo.rand);

  /* On failure the bulk rolls back and its own error, if any, would only repeat ours. */
  return bd_store_end_bulk (store, ok, ok ? error : NULL) && ok;
}
