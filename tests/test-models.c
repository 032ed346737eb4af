/* test-models.c — the model classes: properties, notification, ages, lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "bd-beneficiary.h"
#include "bd-customer.h"
#include "bd-enum-types.h"
#include "bd-household.h"
#include "bd-policy.h"
#include "bd-staff.h"
#include "bd-test-fixture.h"

typedef struct
{
  guint       count;
  const char *last;
} Notified;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  Notified *notified = user_data;

  notified->count++;
  notified->last = pspec->name;
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

/* A value that differs from the default of @pspec, and from the value of every other
 * property of the same type (@serial), so that crossed wires show. */
static void
init_other_value (GParamSpec *pspec,
                  guint       serial,
                  GValue     *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    g_value_take_string (value, g_strdup_printf ("%s 值 %u", pspec->name, serial));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, 1000 + serial);
  else if (type == G_TYPE_UINT)
    g_value_set_uint (value, 10 + serial);
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, !G_PARAM_SPEC_BOOLEAN (pspec)->default_value);
  else if (G_TYPE_IS_ENUM (type))
    {
      GParamSpecEnum *espec = G_PARAM_SPEC_ENUM (pspec);
      GEnumValue *last = &espec->enum_class->values[espec->enum_class->n_values - 1];

      g_assert_cmpint (last->value, !=, espec->default_value);
      g_value_set_enum (value, last->value);
    }
  else
    g_assert_not_reached ();
}

static gboolean
is_settable (GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_WRITABLE) != 0 && (pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0;
}

/* Every writable property, through g_object_set/get: default, round trip, one notify. */
static void
test_properties (gconstpointer data)
{
  GType type = (GType) GPOINTER_TO_SIZE (data);
  g_autoptr(GObject) object = g_object_new (type, NULL);
  g_autofree GParamSpec **pspecs = NULL;
  Notified notified = { 0, NULL };
  guint n_pspecs;
  guint n_settable = 0;
  guint i;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  g_signal_connect (object, "notify", G_CALLBACK (notify_cb), &notified);

  for (i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) read = G_VALUE_INIT;

      if (!is_settable (pspec))
        continue;

      n_settable++;
      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
      g_assert_true (pspec->flags & G_PARAM_STATIC_NAME);

      g_value_init (&read, pspec->value_type);
      g_object_get_property (object, pspec->name, &read);
      g_assert_true (g_param_value_defaults (pspec, &read));

      init_other_value (pspec, i, &value);
      notified.count = 0;
      g_object_set_property (object, pspec->name, &value);
      g_assert_cmpuint (notified.count, ==, 1);
      g_assert_cmpstr (notified.last, ==, pspec->name);
      g_object_set_property (object, pspec->name, &value);
      g_assert_cmpuint (notified.count, ==, 1);

      g_value_reset (&read);
      g_object_get_property (object, pspec->name, &read);
      g_assert_cmpint (g_param_values_cmp (pspec, &value, &read), ==, 0);
    }

  g_assert_cmpuint (n_settable, >, 2);

  /* Read everything again: a setter that wrote another property's field shows here. */
  for (i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) read = G_VALUE_INIT;

      if (!is_settable (pspecs[i]))
        continue;

      init_other_value (pspecs[i], i, &value);
      g_value_init (&read, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &read);
      g_assert_cmpint (g_param_values_cmp (pspecs[i], &value, &read), ==, 0);
    }
}

static void
test_enum_property_types (void)
{
  struct {
    GType       owner;
    const char *name;
    GType       enum_type;
  } cases[] = {
    { BD_TYPE_CUSTOMER, "sex", BD_TYPE_SEX },
    { BD_TYPE_CUSTOMER, "id-type", BD_TYPE_DOCUMENT_TYPE },
    { BD_TYPE_BENEFICIARY, "kind", BD_TYPE_BENEFICIARY_KIND },
    { BD_TYPE_POLICY, "product-kind", BD_TYPE_PRODUCT_KIND },
    { BD_TYPE_POLICY, "frequency", BD_TYPE_FREQUENCY },
    { BD_TYPE_POLICY, "payment-method", BD_TYPE_PAYMENT_METHOD },
    { BD_TYPE_POLICY, "survival-option", BD_TYPE_SURVIVAL_OPTION },
    { BD_TYPE_POLICY, "status", BD_TYPE_POLICY_STATUS },
    { BD_TYPE_POLICY, "service-class", BD_TYPE_SERVICE_CLASS },
    { BD_TYPE_STAFF, "role", BD_TYPE_ROLE },
    { BD_TYPE_HOUSEHOLD_MEMBER, "relation", BD_TYPE_RELATION },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (cases[i].owner);
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), cases[i].name);

      g_assert_nonnull (pspec);
      g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == cases[i].enum_type);
    }
}

static void
test_customer_accessors (void)
{
  g_autoptr(BdCustomer) customer = bd_customer_new ();
  g_autofree char *name = NULL;
  g_autofree char *birth_date = NULL;
  g_autofree char *id_number = NULL;
  g_autofree char *id_valid_until = NULL;
  g_autofree char *mobile = NULL;
  g_autofree char *landline = NULL;
  g_autofree char *address = NULL;
  g_autofree char *postcode = NULL;
  g_autofree char *occupation = NULL;
  g_autofree char *employer = NULL;
  g_autofree char *notes = NULL;
  gint64 id, guardian_id;
  BdSex sex;
  BdDocumentType id_type;
  gboolean is_organisation, vip;
  guint policy_count;

  bd_customer_set_id (customer, 7);
  bd_customer_set_name (customer, "张伟");
  bd_customer_set_sex (customer, BD_SEX_MALE);
  bd_customer_set_birth_date (customer, "1980-03-14");
  bd_customer_set_is_organisation (customer, TRUE);
  bd_customer_set_id_type (customer, BD_DOCUMENT_PASSPORT);
  bd_customer_set_id_number (customer, "E12345678");
  bd_customer_set_id_valid_until (customer, "2031-03-13");
  bd_customer_set_mobile (customer, "13800138000");
  bd_customer_set_landline (customer, "010-12345678");
  bd_customer_set_address (customer, "北京市东城区东长安街 1 号");
  bd_customer_set_postcode (customer, "100010");
  bd_customer_set_occupation (customer, "教师");
  bd_customer_set_employer (customer, "第一中学");
  bd_customer_set_guardian_id (customer, 3);
  bd_customer_set_vip (customer, TRUE);
  bd_customer_set_notes (customer, "prefers calls after 18:00");
  bd_customer_set_policy_count (customer, 4);

  g_assert_cmpint (bd_customer_get_id (customer), ==, 7);
  g_assert_cmpstr (bd_customer_get_name (customer), ==, "张伟");
  g_assert_cmpint (bd_customer_get_sex (customer), ==, BD_SEX_MALE);
  g_assert_cmpstr (bd_customer_get_birth_date (customer), ==, "1980-03-14");
  g_assert_true (bd_customer_get_is_organisation (customer));
  g_assert_cmpint (bd_customer_get_id_type (customer), ==, BD_DOCUMENT_PASSPORT);
  g_assert_cmpstr (bd_customer_get_id_number (customer), ==, "E12345678");
  g_assert_cmpstr (bd_customer_get_id_valid_until (customer), ==, "2031-03-13");
  g_assert_cmpstr (bd_customer_get_mobile (customer), ==, "13800138000");
  g_assert_cmpstr (bd_customer_get_landline (customer), ==, "010-12345678");
  g_assert_cmpstr (bd_customer_get_address (customer), ==, "北京市东城区东长安街 1 号");
  g_assert_cmpstr (bd_customer_get_postcode (customer), ==, "100010");
  g_assert_cmpstr (bd_customer_get_occupation (customer), ==, "教师");
  g_assert_cmpstr (bd_customer_get_employer (customer), ==, "第一中学");
  g_assert_cmpint (bd_customer_get_guardian_id (customer), ==, 3);
  g_assert_true (bd_customer_get_vip (customer));
  g_assert_cmpstr (bd_customer_get_notes (customer), ==, "prefers calls after 18:00");
  g_assert_cmpuint (bd_customer_get_policy_count (customer), ==, 4);

  g_object_get (customer,
                "id", &id,
                "name", &name,
                "sex", &sex,
                "birth-date", &birth_date,
                "is-organisation", &is_organisation,
                "id-type", &id_type,
                "id-number", &id_number,
                "id-valid-until", &id_valid_until,
                "mobile", &mobile,
                "landline", &landline,
                "address", &address,
                "postcode", &postcode,
                "occupation", &occupation,
                "employer", &employer,
                "guardian-id", &guardian_id,
                "vip", &vip,
                "notes", &notes,
                "policy-count", &policy_count,
                NULL);
  g_assert_cmpint (id, ==, 7);
  g_assert_cmpstr (name, ==, "张伟");
  g_assert_cmpint (sex, ==, BD_SEX_MALE);
  g_assert_cmpstr (birth_date, ==, "1980-03-14");
  g_assert_true (is_organisation);
  g_assert_cmpint (id_type, ==, BD_DOCUMENT_PASSPORT);
  g_assert_cmpstr (id_number, ==, "E12345678");
  g_assert_cmpstr (id_valid_until, ==, "2031-03-13");
  g_assert_cmpstr (mobile, ==, "13800138000");
  g_assert_cmpstr (landline, ==, "010-12345678");
  g_assert_cmpstr (address, ==, "北京市东城区东长安街 1 号");
  g_assert_cmpstr (postcode, ==, "100010");
  g_assert_cmpstr (occupation, ==, "教师");
  g_assert_cmpstr (employer, ==, "第一中学");
  g_assert_cmpint (guardian_id, ==, 3);
  g_assert_true (vip);
  g_assert_cmpstr (notes, ==, "prefers calls after 18:00");
  g_assert_cmpuint (policy_count, ==, 4);

  /* NULL means unknown (and a document valid for life) */
  bd_customer_set_birth_date (customer, NULL);
  bd_customer_set_id_valid_until (customer, NULL);
  g_assert_null (bd_customer_get_birth_date (customer));
  g_assert_null (bd_customer_get_id_valid_until (customer));

  g_object_set (customer,
                "name", "李娜",
                "sex", BD_SEX_FEMALE,
                "id-type", BD_DOCUMENT_RESIDENT_ID,
                "guardian-id", (gint64) 0,
                "vip", FALSE,
                NULL);
  g_assert_cmpstr (bd_customer_get_name (customer), ==, "李娜");
  g_assert_cmpint (bd_customer_get_sex (customer), ==, BD_SEX_FEMALE);
  g_assert_cmpint (bd_customer_get_id_type (customer), ==, BD_DOCUMENT_RESIDENT_ID);
  g_assert_cmpint (bd_customer_get_guardian_id (customer), ==, 0);
  g_assert_false (bd_customer_get_vip (customer));
}

static void
test_customer_notify (void)
{
  g_autoptr(BdCustomer) customer = bd_customer_new ();
  g_autofree char *same = g_strdup ("Wang Fang");
  guint names = 0;
  guint vips = 0;

  g_signal_connect (customer, "notify::name", G_CALLBACK (count_cb), &names);
  g_signal_connect (customer, "notify::vip", G_CALLBACK (count_cb), &vips);

  bd_customer_set_name (customer, "Wang Fang");
  g_assert_cmpuint (names, ==, 1);
  bd_customer_set_name (customer, "Wang Fang");
  bd_customer_set_name (customer, same);
  g_object_set (customer, "name", "Wang Fang", NULL);
  g_assert_cmpuint (names, ==, 1);

  /* a value taken from the old string itself */
  bd_customer_set_name (customer, bd_customer_get_name (customer) + 5);
  g_assert_cmpuint (names, ==, 2);
  g_assert_cmpstr (bd_customer_get_name (customer), ==, "Fang");

  bd_customer_set_name (customer, NULL);
  bd_customer_set_name (customer, NULL);
  g_assert_cmpuint (names, ==, 3);
  bd_customer_set_name (customer, "");
  g_assert_cmpuint (names, ==, 4);
  g_object_set (customer, "name", "王芳", NULL);
  g_assert_cmpuint (names, ==, 5);

  /* any true value is TRUE */
  bd_customer_set_vip (customer, TRUE);
  bd_customer_set_vip (customer, 2);
  g_assert_cmpuint (vips, ==, 1);
  g_assert_cmpint (bd_customer_get_vip (customer), ==, TRUE);

  g_assert_cmpuint (names, ==, 5);
}

static void
test_customer_age (void)
{
  static const struct {
    const char *birth;
    guint       year, month, day;
    int         age;
  } cases[] = {
    { "1990-06-15", 2024, 6, 15, 34 },  /* birthday today */
    { "1990-06-15", 2024, 6, 14, 33 },  /* the day before */
    { "1990-06-15", 2024, 6, 16, 34 },
    { "1990-12-31", 2025, 1, 1, 34 },
    { "2000-02-29", 2023, 2, 28, 22 },  /* born on 29 February: in a common year, */
    { "2000-02-29", 2023, 3, 1, 23 },   /* a year older on 1 March */
    { "2000-02-29", 2024, 2, 28, 23 },
    { "2000-02-29", 2024, 2, 29, 24 },
    { "2024-06-15", 2024, 6, 15, 0 },   /* born today */
    { NULL, 2024, 6, 15, -1 },          /* unknown */
    { "", 2024, 6, 15, -1 },
    { "2024-06-16", 2024, 6, 15, -1 },  /* after today */
    { "2023-02-29", 2024, 6, 15, -1 },
    { "1990-13-01", 2024, 6, 15, -1 },
    { "1990-00-10", 2024, 6, 15, -1 },
    { "0000-01-01", 2024, 6, 15, -1 },
    { "1990-6-15", 2024, 6, 15, -1 },
    { "1990/06/15", 2024, 6, 15, -1 },
    { " 1990-06-15", 2024, 6, 15, -1 },
    { "+990-06-15", 2024, 6, 15, -1 },
    { "1990-06-15T08:00", 2024, 6, 15, -1 },
    { "1990-06", 2024, 6, 15, -1 },
    { "15.06.1990", 2024, 6, 15, -1 },
  };
  g_autoptr(BdCustomer) customer = bd_customer_new ();
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) today = g_date_new_dmy (cases[i].day, cases[i].month, cases[i].year);

      bd_customer_set_birth_date (customer, cases[i].birth);
      g_test_message ("born %s, on %u-%02u-%02u", cases[i].birth ? cases[i].birth : "(unknown)",
                      cases[i].year, cases[i].month, cases[i].day);
      g_assert_cmpint (bd_customer_get_age_on (customer, today), ==, cases[i].age);
    }

  g_test_expect_message ("bd-customer", G_LOG_LEVEL_CRITICAL, "*today*");
  g_assert_cmpint (bd_customer_get_age_on (customer, NULL), ==, -1);
  g_test_assert_expected_messages ();
}

static void
test_beneficiary_accessors (void)
{
  g_autoptr(BdBeneficiary) beneficiary = bd_beneficiary_new ();
  g_autofree char *name = NULL;
  gint64 id, policy_id, customer_id;
  BdBeneficiaryKind kind;
  gboolean legal_heirs;
  guint rank, share;

  /* a new designation is a single first-order beneficiary taking everything */
  g_assert_cmpuint (bd_beneficiary_get_rank (beneficiary), ==, 1);
  g_assert_cmpuint (bd_beneficiary_get_share (beneficiary), ==, BD_SHARE_WHOLE);

  bd_beneficiary_set_id (beneficiary, 5);
  bd_beneficiary_set_policy_id (beneficiary, 9);
  bd_beneficiary_set_kind (beneficiary, BD_BENEFICIARY_SURVIVAL);
  bd_beneficiary_set_customer_id (beneficiary, 12);
  bd_beneficiary_set_name (beneficiary, "陈明");
  bd_beneficiary_set_legal_heirs (beneficiary, TRUE);
  bd_beneficiary_set_rank (beneficiary, 2);
  bd_beneficiary_set_share (beneficiary, 2500);

  g_assert_cmpint (bd_beneficiary_get_id (beneficiary), ==, 5);
  g_assert_cmpint (bd_beneficiary_get_policy_id (beneficiary), ==, 9);
  g_assert_cmpint (bd_beneficiary_get_kind (beneficiary), ==, BD_BENEFICIARY_SURVIVAL);
  g_assert_cmpint (bd_beneficiary_get_customer_id (beneficiary), ==, 12);
  g_assert_cmpstr (bd_beneficiary_get_name (beneficiary), ==, "陈明");
  g_assert_true (bd_beneficiary_get_legal_heirs (beneficiary));
  g_assert_cmpuint (bd_beneficiary_get_rank (beneficiary), ==, 2);
  g_assert_cmpuint (bd_beneficiary_get_share (beneficiary), ==, 2500);

  g_object_get (beneficiary,
                "id", &id,
                "policy-id", &policy_id,
                "kind", &kind,
                "customer-id", &customer_id,
                "name", &name,
                "legal-heirs", &legal_heirs,
                "rank", &rank,
                "share", &share,
                NULL);
  g_assert_cmpint (id, ==, 5);
  g_assert_cmpint (policy_id, ==, 9);
  g_assert_cmpint (kind, ==, BD_BENEFICIARY_SURVIVAL);
  g_assert_cmpint (customer_id, ==, 12);
  g_assert_cmpstr (name, ==, "陈明");
  g_assert_true (legal_heirs);
  g_assert_cmpuint (rank, ==, 2);
  g_assert_cmpuint (share, ==, 2500);

  g_object_set (beneficiary, "kind", BD_BENEFICIARY_DEATH, "share", 10000u, NULL);
  g_assert_cmpint (bd_beneficiary_get_kind (beneficiary), ==, BD_BENEFICIARY_DEATH);
  g_assert_cmpuint (bd_beneficiary_get_share (beneficiary), ==, BD_SHARE_WHOLE);

  g_test_expect_message ("bd-beneficiary", G_LOG_LEVEL_CRITICAL, "*BD_SHARE_WHOLE*");
  bd_beneficiary_set_share (beneficiary, BD_SHARE_WHOLE + 1);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (bd_beneficiary_get_share (beneficiary), ==, BD_SHARE_WHOLE);
}

static void
test_policy_accessors (void)
{
  g_autoptr(BdPolicy) policy = bd_policy_new ();
  g_autofree char *number = NULL;
  g_autofree char *policyholder_name = NULL;
  g_autofree char *next_due_date = NULL;
  gint64 sum_insured, premium, insured_id;
  BdProductKind product_kind;
  BdFrequency frequency;
  BdPaymentMethod payment_method;
  BdSurvivalOption survival_option;
  BdPolicyStatus status;
  BdServiceClass service_class;
  guint term_years, payment_years;

  bd_policy_set_id (policy, 21);
  bd_policy_set_number (policy, "P2019000123");
  bd_policy_set_product_id (policy, 3);
  bd_policy_set_product_name (policy, "鑫福年年年金保险");
  bd_policy_set_product_kind (policy, BD_PRODUCT_ANNUITY);
  bd_policy_set_policyholder_id (policy, 7);
  bd_policy_set_policyholder_name (policy, "张伟");
  bd_policy_set_insured_id (policy, 8);
  bd_policy_set_insured_name (policy, "张小明");
  bd_policy_set_effective_date (policy, "2019-05-20");
  bd_policy_set_receipt_date (policy, "2019-05-23");
  bd_policy_set_term_years (policy, 20);
  bd_policy_set_sum_insured (policy, G_GINT64_CONSTANT (50000000));
  bd_policy_set_premium (policy, 1200050);
  bd_policy_set_frequency (policy, BD_FREQUENCY_MONTHLY);
  bd_policy_set_payment_years (policy, 10);
  bd_policy_set_payment_method (policy, BD_PAYMENT_DOOR);
  bd_policy_set_next_due_date (policy, "2025-05-20");
  bd_policy_set_servicing_staff_id (policy, 2);
  bd_policy_set_servicing_staff_name (policy, "刘洋");
  bd_policy_set_original_agent (policy, "赵强");
  bd_policy_set_transfer_reason (policy, "agent left");
  bd_policy_set_survival_option (policy, BD_SURVIVAL_NONE);
  bd_policy_set_account_number (policy, "6222020200112233445");
  bd_policy_set_status (policy, BD_POLICY_COOLING_OFF_CANCELLED);
  bd_policy_set_service_class (policy, BD_SERVICE_LAPSED);

  g_assert_cmpint (bd_policy_get_id (policy), ==, 21);
  g_assert_cmpstr (bd_policy_get_number (policy), ==, "P2019000123");
  g_assert_cmpint (bd_policy_get_product_id (policy), ==, 3);
  g_assert_cmpstr (bd_policy_get_product_name (policy), ==, "鑫福年年年金保险");
  g_assert_cmpint (bd_policy_get_product_kind (policy), ==, BD_PRODUCT_ANNUITY);
  g_assert_cmpint (bd_policy_get_policyholder_id (policy), ==, 7);
  g_assert_cmpstr (bd_policy_get_policyholder_name (policy), ==, "张伟");
  g_assert_cmpint (bd_policy_get_insured_id (policy), ==, 8);
  g_assert_cmpstr (bd_policy_get_insured_name (policy), ==, "张小明");
  g_assert_cmpstr (bd_policy_get_effective_date (policy), ==, "2019-05-20");
  g_assert_cmpstr (bd_policy_get_receipt_date (policy), ==, "2019-05-23");
  g_assert_cmpuint (bd_policy_get_term_years (policy), ==, 20);
  g_assert_cmpint (bd_policy_get_sum_insured (policy), ==, G_GINT64_CONSTANT (50000000));
  g_assert_cmpint (bd_policy_get_premium (policy), ==, 1200050);
  g_assert_cmpint (bd_policy_get_frequency (policy), ==, BD_FREQUENCY_MONTHLY);
  g_assert_cmpuint (bd_policy_get_payment_years (policy), ==, 10);
  g_assert_cmpint (bd_policy_get_payment_method (policy), ==, BD_PAYMENT_DOOR);
  g_assert_cmpstr (bd_policy_get_next_due_date (policy), ==, "2025-05-20");
  g_assert_cmpint (bd_policy_get_servicing_staff_id (policy), ==, 2);
  g_assert_cmpstr (bd_policy_get_servicing_staff_name (policy), ==, "刘洋");
  g_assert_cmpstr (bd_policy_get_original_agent (policy), ==, "赵强");
  g_assert_cmpstr (bd_policy_get_transfer_reason (policy), ==, "agent left");
  g_assert_cmpint (bd_policy_get_survival_option (policy), ==, BD_SURVIVAL_NONE);
  g_assert_cmpstr (bd_policy_get_account_number (policy), ==, "6222020200112233445");
  g_assert_cmpint (bd_policy_get_status (policy), ==, BD_POLICY_COOLING_OFF_CANCELLED);
  g_assert_cmpint (bd_policy_get_service_class (policy), ==, BD_SERVICE_LAPSED);

  g_object_get (policy,
                "number", &number,
                "policyholder-name", &policyholder_name,
                "insured-id", &insured_id,
                "next-due-date", &next_due_date,
                "term-years", &term_years,
                "sum-insured", &sum_insured,
                "premium", &premium,
                "payment-years", &payment_years,
                "product-kind", &product_kind,
                "frequency", &frequency,
                "payment-method", &payment_method,
                "survival-option", &survival_option,
                "status", &status,
                "service-class", &service_class,
                NULL);
  g_assert_cmpstr (number, ==, "P2019000123");
  g_assert_cmpstr (policyholder_name, ==, "张伟");
  g_assert_cmpint (insured_id, ==, 8);
  g_assert_cmpstr (next_due_date, ==, "2025-05-20");
  g_assert_cmpuint (term_years, ==, 20);
  g_assert_cmpint (sum_insured, ==, G_GINT64_CONSTANT (50000000));
  g_assert_cmpint (premium, ==, 1200050);
  g_assert_cmpuint (payment_years, ==, 10);
  g_assert_cmpint (product_kind, ==, BD_PRODUCT_ANNUITY);
  g_assert_cmpint (frequency, ==, BD_FREQUENCY_MONTHLY);
  g_assert_cmpint (payment_method, ==, BD_PAYMENT_DOOR);
  g_assert_cmpint (survival_option, ==, BD_SURVIVAL_NONE);
  g_assert_cmpint (status, ==, BD_POLICY_COOLING_OFF_CANCELLED);
  g_assert_cmpint (service_class, ==, BD_SERVICE_LAPSED);

  g_object_set (policy,
                "status", BD_POLICY_LAPSED,
                "sum-insured", G_GINT64_CONSTANT (100000000000),
                "term-years", 0u,
                NULL);
  g_assert_cmpint (bd_policy_get_status (policy), ==, BD_POLICY_LAPSED);
  g_assert_cmpint (bd_policy_get_sum_insured (policy), ==, G_GINT64_CONSTANT (100000000000));
  g_assert_cmpuint (bd_policy_get_term_years (policy), ==, 0);
}

static void
test_policy_beneficiaries (void)
{
  g_autoptr(BdPolicy) policy = bd_policy_new ();
  g_autoptr(BdBeneficiary) first = bd_beneficiary_new ();
  g_autoptr(BdBeneficiary) second = bd_beneficiary_new ();
  g_autoptr(BdBeneficiary) item = NULL;
  g_autoptr(GListModel) from_property = NULL;
  GListModel *beneficiaries;
  guint changes = 0;

  beneficiaries = bd_policy_get_beneficiaries (policy);
  g_assert_true (G_IS_LIST_MODEL (beneficiaries));
  g_assert_true (g_list_model_get_item_type (beneficiaries) == BD_TYPE_BENEFICIARY);
  g_assert_cmpuint (g_list_model_get_n_items (beneficiaries), ==, 0);
  g_signal_connect (beneficiaries, "items-changed", G_CALLBACK (items_changed_cb), &changes);

  bd_policy_add_beneficiary (policy, first);
  g_assert_cmpuint (g_list_model_get_n_items (beneficiaries), ==, 1);
  bd_policy_add_beneficiary (policy, second);
  g_assert_cmpuint (g_list_model_get_n_items (beneficiaries), ==, 2);
  g_assert_cmpuint (changes, ==, 2);

  item = g_list_model_get_item (beneficiaries, 0);
  g_assert_true (item == first);
  g_clear_object (&item);
  item = g_list_model_get_item (beneficiaries, 1);
  g_assert_true (item == second);

  g_assert_true (bd_policy_get_beneficiaries (policy) == beneficiaries);
  g_object_get (policy, "beneficiaries", &from_property, NULL);
  g_assert_true (from_property == beneficiaries);

  g_test_expect_message ("bd-policy", G_LOG_LEVEL_CRITICAL, "*BD_IS_BENEFICIARY*");
  bd_policy_add_beneficiary (policy, NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_list_model_get_n_items (beneficiaries), ==, 2);
}

static void
test_policy_owns_beneficiaries (void)
{
  BdPolicy *policy = bd_policy_new ();
  BdBeneficiary *beneficiary = bd_beneficiary_new ();

  g_object_add_weak_pointer (G_OBJECT (beneficiary), (gpointer *) &beneficiary);
  bd_policy_add_beneficiary (policy, beneficiary);
  g_object_unref (beneficiary);
  g_assert_nonnull (beneficiary);

  g_object_unref (policy);
  g_assert_null (beneficiary);
}

static void
test_staff_accessors (void)
{
  g_autoptr(BdStaff) staff = bd_staff_new ();
  g_autofree char *login = NULL;
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  gint64 id;
  BdRole role;
  gboolean active;

  /* new staff can work until someone deactivates them */
  g_assert_true (bd_staff_get_active (staff));

  bd_staff_set_id (staff, 4);
  bd_staff_set_login (staff, "liuyang");
  bd_staff_set_name (staff, "刘洋");
  bd_staff_set_role (staff, BD_ROLE_SUPERVISOR);
  bd_staff_set_phone (staff, "13900139000");
  bd_staff_set_active (staff, FALSE);

  g_assert_cmpint (bd_staff_get_id (staff), ==, 4);
  g_assert_cmpstr (bd_staff_get_login (staff), ==, "liuyang");
  g_assert_cmpstr (bd_staff_get_name (staff), ==, "刘洋");
  g_assert_cmpint (bd_staff_get_role (staff), ==, BD_ROLE_SUPERVISOR);
  g_assert_cmpstr (bd_staff_get_phone (staff), ==, "13900139000");
  g_assert_false (bd_staff_get_active (staff));

  g_object_get (staff,
                "id", &id,
                "login", &login,
                "name", &name,
                "role", &role,
                "phone", &phone,
                "active", &active,
                NULL);
  g_assert_cmpint (id, ==, 4);
  g_assert_cmpstr (login, ==, "liuyang");
  g_assert_cmpstr (name, ==, "刘洋");
  g_assert_cmpint (role, ==, BD_ROLE_SUPERVISOR);
  g_assert_cmpstr (phone, ==, "13900139000");
  g_assert_false (active);

  g_object_set (staff, "role", BD_ROLE_ADMINISTRATOR, "active", TRUE, NULL);
  g_assert_cmpint (bd_staff_get_role (staff), ==, BD_ROLE_ADMINISTRATOR);
  g_assert_true (bd_staff_get_active (staff));
}

static BdCustomer *
customer_new (gint64      id,
              const char *name)
{
  BdCustomer *customer = bd_test_customer_new (name, BD_SEX_UNKNOWN, NULL, NULL, NULL);

  bd_customer_set_id (customer, id);
  return customer;
}

static void
test_household_accessors (void)
{
  g_autoptr(BdHousehold) household = bd_household_new ();
  g_autofree char *name = NULL;
  gint64 id, staff_id;

  bd_household_set_id (household, 30);
  bd_household_set_name (household, "张家");
  bd_household_set_servicing_staff_id (household, 4);

  g_assert_cmpint (bd_household_get_id (household), ==, 30);
  g_assert_cmpstr (bd_household_get_name (household), ==, "张家");
  g_assert_cmpint (bd_household_get_servicing_staff_id (household), ==, 4);

  g_object_get (household, "id", &id, "name", &name, "servicing-staff-id", &staff_id, NULL);
  g_assert_cmpint (id, ==, 30);
  g_assert_cmpstr (name, ==, "张家");
  g_assert_cmpint (staff_id, ==, 4);

  g_object_set (household, "servicing-staff-id", (gint64) 0, NULL);
  g_assert_cmpint (bd_household_get_servicing_staff_id (household), ==, 0);
}

static void
test_household_members (void)
{
  g_autoptr(BdHousehold) household = bd_household_new ();
  g_autoptr(BdCustomer) head = customer_new (11, "张伟");
  g_autoptr(BdCustomer) spouse = customer_new (12, "李娜");
  g_autoptr(BdCustomer) unsaved = customer_new (0, "张小明");
  g_autoptr(BdHouseholdMember) head_member = bd_household_member_new (head, BD_RELATION_SELF);
  g_autoptr(BdHouseholdMember) spouse_member = bd_household_member_new (spouse, BD_RELATION_SPOUSE);
  g_autoptr(BdHouseholdMember) child_member = bd_household_member_new (unsaved, BD_RELATION_CHILD);
  g_autoptr(BdHouseholdMember) first = NULL;
  g_autoptr(BdCustomer) customer = NULL;
  g_autoptr(GListModel) from_property = NULL;
  GListModel *members;
  BdRelation relation;

  members = bd_household_get_members (household);
  g_assert_true (g_list_model_get_item_type (members) == BD_TYPE_HOUSEHOLD_MEMBER);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 0);
  g_assert_null (bd_household_find_member (household, 11));

  bd_household_add_member (household, head_member);
  bd_household_add_member (household, spouse_member);
  bd_household_add_member (household, child_member);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 3);
  first = g_list_model_get_item (members, 0);
  g_assert_true (first == head_member);

  g_assert_true (bd_household_find_member (household, 11) == head_member);
  g_assert_true (bd_household_find_member (household, 12) == spouse_member);
  g_assert_null (bd_household_find_member (household, 13));
  g_assert_null (bd_household_find_member (household, 0));

  g_assert_true (bd_household_member_get_customer (spouse_member) == spouse);
  g_assert_cmpint (bd_household_member_get_relation (spouse_member), ==, BD_RELATION_SPOUSE);
  g_object_get (child_member, "customer", &customer, "relation", &relation, NULL);
  g_assert_true (customer == unsaved);
  g_assert_cmpint (relation, ==, BD_RELATION_CHILD);

  g_object_get (household, "members", &from_property, NULL);
  g_assert_true (from_property == members);
}

static void
test_household_member_keeps_customer (void)
{
  BdCustomer *customer = customer_new (11, "张伟");
  BdHouseholdMember *member = bd_household_member_new (customer, BD_RELATION_PARENT);

  g_object_add_weak_pointer (G_OBJECT (customer), (gpointer *) &customer);
  g_object_unref (customer);
  g_assert_nonnull (customer);
  g_assert_true (bd_household_member_get_customer (member) == customer);

  g_object_unref (member);
  g_assert_null (customer);
}

static void
test_preconditions (void)
{
  g_test_expect_message ("bd-customer", G_LOG_LEVEL_CRITICAL, "*BD_IS_CUSTOMER*");
  bd_customer_set_name (NULL, "x");
  g_test_assert_expected_messages ();

  g_test_expect_message ("bd-customer", G_LOG_LEVEL_CRITICAL, "*BD_IS_CUSTOMER*");
  g_assert_null (bd_customer_get_name (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("bd-household", G_LOG_LEVEL_CRITICAL, "*BD_IS_CUSTOMER*");
  g_assert_null (bd_household_member_new (NULL, BD_RELATION_SELF));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/models/properties/customer",
                        GSIZE_TO_POINTER (BD_TYPE_CUSTOMER), test_properties);
  g_test_add_data_func ("/models/properties/beneficiary",
                        GSIZE_TO_POINTER (BD_TYPE_BENEFICIARY), test_properties);
  g_test_add_data_func ("/models/properties/policy",
                        GSIZE_TO_POINTER (BD_TYPE_POLICY), test_properties);
  g_test_add_data_func ("/models/properties/staff",
                        GSIZE_TO_POINTER (BD_TYPE_STAFF), test_properties);
  g_test_add_data_func ("/models/properties/household",
                        GSIZE_TO_POINTER (BD_TYPE_HOUSEHOLD), test_properties);
  g_test_add_func ("/models/enum-property-types", test_enum_property_types);
  g_test_add_func ("/models/customer/accessors", test_customer_accessors);
  g_test_add_func ("/models/customer/notify", test_customer_notify);
  g_test_add_func ("/models/customer/age", test_customer_age);
  g_test_add_func ("/models/beneficiary/accessors", test_beneficiary_accessors);
  g_test_add_func ("/models/policy/accessors", test_policy_accessors);
  g_test_add_func ("/models/policy/beneficiaries", test_policy_beneficiaries);
  g_test_add_func ("/models/policy/owns-beneficiaries", test_policy_owns_beneficiaries);
  g_test_add_func ("/models/staff/accessors", test_staff_accessors);
  g_test_add_func ("/models/household/accessors", test_household_accessors);
  g_test_add_func ("/models/household/members", test_household_members);
  g_test_add_func ("/models/household/member-keeps-customer", test_household_member_keeps_customer);
  g_test_add_func ("/models/preconditions", test_preconditions);

  return g_test_run ();
}
