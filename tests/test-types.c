/* test-types.c — enumerations, money, dates and ages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-types.h"

static void
test_enum_names_round_trip (void)
{
  for (BdPolicyStatus s = BD_POLICY_IN_FORCE; s <= BD_POLICY_COOLING_OFF_CANCELLED; s++)
    {
      BdPolicyStatus back = BD_POLICY_LAPSED;
      g_assert_true (bd_policy_status_from_string (bd_policy_status_to_string (s), &back));
      g_assert_cmpint (back, ==, s);
      g_assert_nonnull (bd_policy_status_get_label (s));
    }
  for (BdRelation r = BD_RELATION_SELF; r <= BD_RELATION_OTHER; r++)
    {
      BdRelation back = BD_RELATION_OTHER;
      g_assert_true (bd_relation_from_string (bd_relation_to_string (r), &back));
      g_assert_cmpint (back, ==, r);
      g_assert_cmpint (bd_relation_get_inverse (bd_relation_get_inverse (r)), ==, r);
    }
  {
    BdSex sex = BD_SEX_MALE;
    g_assert_false (bd_sex_from_string ("neither", &sex));
    g_assert_false (bd_sex_from_string (NULL, &sex));
    g_assert_cmpint (sex, ==, BD_SEX_MALE);
  }
  g_assert_cmpint (bd_relation_get_inverse (BD_RELATION_CHILD), ==, BD_RELATION_PARENT);
  g_assert_cmpint (bd_relation_get_inverse (BD_RELATION_GRANDPARENT), ==, BD_RELATION_GRANDCHILD);
  g_assert_cmpint (bd_relation_get_inverse (BD_RELATION_SPOUSE), ==, BD_RELATION_SPOUSE);
}

static void
test_format_fen (void)
{
  static const struct { gint64 fen; const char *text; } cases[] = {
    { 0, "0.00" },
    { 5, "0.05" },
    { 100, "1.00" },
    { 123456, "1,234.56" },
    { 100000000, "1,000,000.00" },
    { -150, "-1.50" },
    { G_GINT64_CONSTANT (120000000000), "1,200,000,000.00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = bd_format_fen (cases[i].fen);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Every amount on screen carries its unit; whole yuan drop the ".00". */
static void
test_format_yuan (void)
{
  static const struct { gint64 fen; const char *text; } cases[] = {
    { 0, "0 yuan" },
    { 5, "0.05 yuan" },
    { 123456, "1,234.56 yuan" },
    { 50000000, "500,000 yuan" },
    { -150, "-1.50 yuan" },
    { -100, "-1 yuan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = bd_format_yuan (cases[i].fen);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_dates (void)
{
  static const char *const bad[] = {
    "2025-02-29", "2025-13-01", "2025-00-10", "2025-1-05", "20250105", "2025-01-05x",
    "", "0000-01-01", "2025/01/05",
  };
  char buffer[BD_ISO_DATE_SIZE];
  GDate date;

  g_assert_true (bd_date_parse_iso ("2024-02-29", &date));
  g_assert_cmpstr (bd_date_format_iso (&date, buffer), ==, "2024-02-29");
  g_assert_true (bd_date_parse_iso ("1880-01-01", &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 1880);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (bd_date_parse_iso (bad[i], &date));
  g_assert_false (bd_date_parse_iso (NULL, &date));
}

static void
test_age (void)
{
  GDate birth, today;

  g_date_clear (&birth, 1);
  g_date_clear (&today, 1);
  g_date_set_dmy (&birth, 29, G_DATE_FEBRUARY, 2008);
  g_date_set_dmy (&today, 28, G_DATE_FEBRUARY, 2026);
  g_assert_cmpint (bd_age_on (&birth, &today), ==, 17);
  g_date_set_dmy (&today, 1, G_DATE_MARCH, 2026);
  g_assert_cmpint (bd_age_on (&birth, &today), ==, 18);
  g_date_set_dmy (&birth, 22, G_DATE_NOVEMBER, 1960);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  g_assert_cmpint (bd_age_on (&birth, &today), ==, 66);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/types/enum-names", test_enum_names_round_trip);
  g_test_add_func ("/types/format-fen", test_format_fen);
  g_test_add_func ("/types/format-yuan", test_format_yuan);
  g_test_add_func ("/types/dates", test_dates);
  g_test_add_func ("/types/age", test_age);

  return g_test_run ();
}
