/* test-identity.c — identity numbers, mobile numbers, credit codes and masks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expected check characters were computed independently (by hand and with a separate
 * script), never with the code under test.
 */
#define G_LOG_DOMAIN "test-identity"

#include "config.h"

#include "bd-identity.h"
#include "bd-regions-private.h"
#include "bd-test-fixture.h"

#include <string.h>

/* Every test that can depend on the date measures against this one. */
static GDate today;

/* /identity/parse */

typedef struct
{
  const char     *text;
  const char     *number;
  const char     *birth;   /* YYYY-MM-DD */
  BdSex           sex;
  BdDocumentType  type;
  const char     *region;  /* NULL when unknown */
  gboolean        area_known;
  gboolean        converted;
} ValidCase;

static const ValidCase valid_cases[] = {
  /* The examples of GB 11643-1999 itself. */
  { "11010519491231002X", "11010519491231002X", "1949-12-31", BD_SEX_FEMALE,
    BD_DOCUMENT_RESIDENT_ID, "北京市朝阳区", TRUE, FALSE },
  { "440524188001010014", "440524188001010014", "1880-01-01", BD_SEX_MALE,
    BD_DOCUMENT_RESIDENT_ID, "广东省汕头市潮阳县", TRUE, FALSE },
  /* A lower-case x is read as X, and blanks around the number are ignored. */
  { "11010519491231002x", "11010519491231002X", "1949-12-31", BD_SEX_FEMALE,
    BD_DOCUMENT_RESIDENT_ID, "北京市朝阳区", TRUE, FALSE },
  { "  11010519491231002X\n", "11010519491231002X", "1949-12-31", BD_SEX_FEMALE,
    BD_DOCUMENT_RESIDENT_ID, "北京市朝阳区", TRUE, FALSE },
  { "\xe3\x80\x80" "320114198008080012" "\xe3\x80\x80", "320114198008080012", "1980-08-08",
    BD_SEX_MALE, BD_DOCUMENT_RESIDENT_ID, "江苏省南京市雨花台区", TRUE, FALSE },
  /* Leap days. */
  { "320102199202291242", "320102199202291242", "1992-02-29", BD_SEX_FEMALE,
    BD_DOCUMENT_RESIDENT_ID, "江苏省南京市玄武区", TRUE, FALSE },
  { "320102200002291251", "320102200002291251", "2000-02-29", BD_SEX_MALE,
    BD_DOCUMENT_RESIDENT_ID, "江苏省南京市玄武区", TRUE, FALSE },
  /* Born on the fixed "today" is not in the future. */
  { "320102202406151297", "320102202406151297", "2024-06-15", BD_SEX_MALE,
    BD_DOCUMENT_RESIDENT_ID, "江苏省南京市玄武区", TRUE, FALSE },
  /* Old 15-digit numbers. */
  { "110105491231002", "11010519491231002X", "1949-12-31", BD_SEX_FEMALE,
    BD_DOCUMENT_RESIDENT_ID, "北京市朝阳区", TRUE, TRUE },
  /* Kinds. */
  { "810000199001011230", "810000199001011230", "1990-01-01", BD_SEX_MALE,
    BD_DOCUMENT_RESIDENCE_PERMIT, "香港居民居住证", TRUE, FALSE },
  { "931156198507040021", "931156198507040021", "1985-07-04", BD_SEX_FEMALE,
    BD_DOCUMENT_FOREIGN_PERMANENT, NULL, TRUE, FALSE },
  /* Unknown areas: a warning, never an error; the city or province when known. */
  { "100000197001010012", "100000197001010012", "1970-01-01", BD_SEX_MALE,
    BD_DOCUMENT_RESIDENT_ID, NULL, FALSE, FALSE },
  { "320199197001010029", "320199197001010029", "1970-01-01", BD_SEX_FEMALE,
    BD_DOCUMENT_RESIDENT_ID, "江苏省南京市", FALSE, FALSE },
};

static void
test_parse_valid_examples (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_cases); i++)
    {
      const ValidCase *c = &valid_cases[i];
      g_autoptr(GError) error = NULL;
      BdIdentity identity;
      char birth[16];

      g_test_message ("%s", c->text);
      g_assert_true (bd_identity_parse (c->text, &today, &identity, &error));
      g_assert_no_error (error);

      g_date_strftime (birth, sizeof birth, "%Y-%m-%d", &identity.birth);
      g_assert_cmpstr (identity.number, ==, c->number);
      g_assert_cmpstr (birth, ==, c->birth);
      g_assert_cmpint (identity.sex, ==, c->sex);
      g_assert_cmpint (identity.type, ==, c->type);
      g_assert_cmpstr (identity.region, ==, c->region);
      g_assert_cmpint (identity.area_known, ==, c->area_known);
      g_assert_cmpint (identity.converted, ==, c->converted);
      g_assert_cmpint (strncmp (identity.area, c->number, 6), ==, 0);
      g_assert_cmpint (strlen (identity.area), ==, 6);
    }
}

typedef struct
{
  const char      *text;
  BdIdentityError  code;
  const char      *message;  /* a part the message must contain, or NULL */
} InvalidCase;

static const InvalidCase invalid_cases[] = {
  { "", BD_IDENTITY_ERROR_EMPTY, NULL },
  { "   \t ", BD_IDENTITY_ERROR_EMPTY, NULL },
  /* Wrong check characters: every wrong one for the standard's example. */
  { "110105194912310020", BD_IDENTITY_ERROR_CHECK, "should be X, not 0" },
  { "110105194912310021", BD_IDENTITY_ERROR_CHECK, "should be X, not 1" },
  { "110105194912310025", BD_IDENTITY_ERROR_CHECK, "should be X, not 5" },
  { "110105194912310029", BD_IDENTITY_ERROR_CHECK, "should be X, not 9" },
  { "440524188001010015", BD_IDENTITY_ERROR_CHECK, "should be 4, not 5" },
  { "44052418800101001X", BD_IDENTITY_ERROR_CHECK, "should be 4, not X" },
  { "44052418800101001x", BD_IDENTITY_ERROR_CHECK, "should be 4, not X" },
  /* Two digits swapped: the check character catches it. */
  { "11010519492131002X", BD_IDENTITY_ERROR_DATE, "month 21" },
  { "11015019491231002X", BD_IDENTITY_ERROR_CHECK, NULL },
  /* Impossible dates, each with a correct check character. */
  { "320102199002301231", BD_IDENTITY_ERROR_DATE, "1990-02-30" },
  { "320102199102291237", BD_IDENTITY_ERROR_DATE, "has 28 days" },
  { "320102190002291263", BD_IDENTITY_ERROR_DATE, "month 2 of 1900 has 28 days" },
  { "32010219900100127X", BD_IDENTITY_ERROR_DATE, "1990-01-00 is impossible: there is no day 0" },
  /* Month 13 with a wrong check character too: the date is what is reported. */
  { "320102199013011230", BD_IDENTITY_ERROR_DATE, "no month 13" },
  { "320102179001011230", BD_IDENTITY_ERROR_DATE, "before 1800" },
  { "110105491331002", BD_IDENTITY_ERROR_DATE, "1949-13-31" },
  /* The day after the fixed "today". */
  { "320102202406161284", BD_IDENTITY_ERROR_FUTURE, "2024-06-16" },
  /* Lengths. */
  { "11010519491231002", BD_IDENTITY_ERROR_LENGTH, "17 characters" },
  { "11010519491231002X1", BD_IDENTITY_ERROR_LENGTH, "19 characters" },
  { "1101051949123100", BD_IDENTITY_ERROR_LENGTH, "16 characters" },
  { "1", BD_IDENTITY_ERROR_LENGTH, "1 character," },
  { "北京市朝阳区", BD_IDENTITY_ERROR_LENGTH, "6 characters" },
  /* Characters. */
  { "1101051949A231002X", BD_IDENTITY_ERROR_CHARACTERS, "Character 11 (“A”)" },
  { "110105194912X1002X", BD_IDENTITY_ERROR_CHARACTERS, "Character 13 (“X”)" },
  { "X10105194912310025", BD_IDENTITY_ERROR_CHARACTERS, "Character 1 (“X”)" },
  { "1101 5194912310025", BD_IDENTITY_ERROR_CHARACTERS, "Character 5 (“ ”)" },
  { "11010519491231002Y", BD_IDENTITY_ERROR_CHARACTERS, "last character (“Y”)" },
  { "11010549123100X", BD_IDENTITY_ERROR_CHARACTERS, "Character 15 (“X”)" },
  { "11010519491231００２X", BD_IDENTITY_ERROR_CHARACTERS, "Character 15 (“０”)" },
};

static void
test_parse_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      const InvalidCase *c = &invalid_cases[i];
      g_autoptr(GError) error = NULL;
      BdIdentity identity;

      g_test_message ("“%s”", c->text);
      g_assert_false (bd_identity_parse (c->text, &today, &identity, &error));
      g_assert_error (error, BD_IDENTITY_ERROR, (gint) c->code);
      if (c->message != NULL && strstr (error->message, c->message) == NULL)
        g_error ("“%s”: message “%s” does not contain “%s”",
                 c->text, error->message, c->message);
    }
}

static void
test_parse_today (void)
{
  g_autoptr(GError) error = NULL;
  GDate earlier;

  /* Valid against the real date, and optional out. */
  g_assert_true (bd_identity_parse ("11010519491231002X", NULL, NULL, &error));
  g_assert_no_error (error);

  /* Born in 2024-06-15: in the future on the 14th. */
  g_date_clear (&earlier, 1);
  g_date_set_dmy (&earlier, 14, G_DATE_JUNE, 2024);
  g_assert_false (bd_identity_parse ("320102202406151297", &earlier, NULL, &error));
  g_assert_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_FUTURE);
}

static void
test_parse_no_error_argument (void)
{
  BdIdentity identity;

  g_assert_false (bd_identity_parse ("110105194912310025", &today, &identity, NULL));
  g_assert_true (bd_identity_parse ("11010519491231002X", &today, &identity, NULL));
}

/* /identity/convert */

static void
test_convert (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *converted = NULL;
  g_autofree char *not_old = NULL;
  g_autofree char *bad_date = NULL;

  converted = bd_identity_convert_15_to_18 ("110105491231002", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (converted, ==, "11010519491231002X");

  not_old = bd_identity_convert_15_to_18 ("11010519491231002X", &error);
  g_assert_null (not_old);
  g_assert_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_LENGTH);
  g_clear_error (&error);

  bad_date = bd_identity_convert_15_to_18 ("110105490231002", &error);
  g_assert_null (bad_date);
  g_assert_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_DATE);
}

/* /identity/check-character */

static void
test_check_character (void)
{
  static const struct { const char *first17; char check; } cases[] = {
    { "11010519491231002", 'X' },
    { "44052418800101001", '4' },
    { "81000019900101123", '0' },
    { "93115619850704002", '1' },
    { "32011419800808001", '2' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (bd_identity_check_character (cases[i].first17), ==, cases[i].check);

  /* Only the first 17 count. */
  g_assert_cmpint (bd_identity_check_character ("11010519491231002X"), ==, 'X');

  if (g_test_undefined ())
    {
      g_test_expect_message ("bd-identity", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
      g_assert_cmpint (bd_identity_check_character ("1101051949123100"), ==, '\0');
      g_test_assert_expected_messages ();
    }
}

/* /identity/compose */

static void
assert_composed (const char      *area,
                 GDateDay         day,
                 GDateMonth       month,
                 GDateYear        year,
                 guint            sequence,
                 BdDocumentType   type)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  BdIdentity identity;
  GDate birth;

  g_date_clear (&birth, 1);
  g_date_set_dmy (&birth, day, month, year);
  number = bd_identity_compose (area, &birth, sequence);

  g_assert_nonnull (number);
  g_assert_cmpint (strlen (number), ==, 18);
  g_assert_true (bd_identity_parse (number, &today, &identity, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (identity.number, ==, number);
  g_assert_cmpint (strncmp (number, area, 6), ==, 0);
  g_assert_cmpint (g_date_compare (&identity.birth, &birth), ==, 0);
  g_assert_cmpint (identity.sex, ==, sequence % 2 == 1 ? BD_SEX_MALE : BD_SEX_FEMALE);
  g_assert_cmpint (identity.type, ==, type);
  g_assert_cmpint ((number[14] - '0') * 100 + (number[15] - '0') * 10 + (number[16] - '0'),
                   ==, (int) sequence);
}

static void
test_compose_round_trip (void)
{
  static const guint sequences[] = { 0, 1, 2, 9, 10, 99, 100, 123, 998, 999 };

  for (guint i = 0; i < G_N_ELEMENTS (sequences); i++)
    assert_composed ("320102", 29, G_DATE_FEBRUARY, 1988, sequences[i],
                     BD_DOCUMENT_RESIDENT_ID);

  assert_composed ("110105", 31, G_DATE_DECEMBER, 1949, 2, BD_DOCUMENT_RESIDENT_ID);
  assert_composed ("440300", 1, G_DATE_JANUARY, 2000, 7, BD_DOCUMENT_RESIDENT_ID);
  assert_composed ("320102", 15, G_DATE_JUNE, 2024, 5, BD_DOCUMENT_RESIDENT_ID);
}

static void
test_compose_kinds (void)
{
  assert_composed ("810000", 1, G_DATE_JANUARY, 1990, 123, BD_DOCUMENT_RESIDENCE_PERMIT);
  assert_composed ("820000", 8, G_DATE_AUGUST, 1975, 44, BD_DOCUMENT_RESIDENCE_PERMIT);
  assert_composed ("830000", 30, G_DATE_SEPTEMBER, 1961, 301, BD_DOCUMENT_RESIDENCE_PERMIT);
  assert_composed ("931156", 4, G_DATE_JULY, 1985, 2, BD_DOCUMENT_FOREIGN_PERMANENT);
  assert_composed ("911840", 12, G_DATE_MARCH, 2001, 17, BD_DOCUMENT_FOREIGN_PERMANENT);

  /* 810000 is a permit; 811234 is not, and not a known place either. */
  assert_composed ("811234", 1, G_DATE_JANUARY, 1990, 1, BD_DOCUMENT_RESIDENT_ID);
}

static void
test_compose_exact (void)
{
  g_autofree char *number = NULL;
  GDate birth;

  g_date_clear (&birth, 1);
  g_date_set_dmy (&birth, 31, G_DATE_DECEMBER, 1949);
  number = bd_identity_compose ("110105", &birth, 2);
  g_assert_cmpstr (number, ==, "11010519491231002X");
}

/* /identity/regions */

static void
test_regions_table (void)
{
  gsize n = 0;
  const BdRegion *regions = bd_regions_get_all (&n);
  guint provinces = 0, codes = 0;

  for (gsize i = 0; i < n; i++)
    {
      gboolean exact = FALSE, last_of_code;

      g_assert_cmpint (strlen (regions[i].code), ==, 6);
      g_assert_true (g_utf8_validate (regions[i].name, -1, NULL));
      g_assert_true (regions[i].last_year == 0 || regions[i].last_year >= regions[i].first_year);
      if (i > 0)
        g_assert_cmpint (strcmp (regions[i - 1].code, regions[i].code) < 0 ||
                         (strcmp (regions[i - 1].code, regions[i].code) == 0 &&
                          regions[i - 1].first_year < regions[i].first_year), ==, TRUE);
      g_assert_true (bd_regions_find (regions[i].code, regions[i].first_year) == &regions[i] ||
                     regions[i].first_year == regions[i - 1].last_year);

      last_of_code = i + 1 == n || strcmp (regions[i].code, regions[i + 1].code) != 0;
      if (!last_of_code)
        continue;
      codes++;
      g_assert_cmpstr (bd_identity_lookup_region (regions[i].code), ==, regions[i].name);
      g_assert_cmpstr (bd_regions_lookup_nearest (regions[i].code, &exact), ==,
                       regions[i].name);
      g_assert_true (exact);
      if (g_str_has_suffix (regions[i].code, "0000"))
        provinces++;
    }

  /* The whole national table since 1981, not a selection. */
  g_assert_cmpuint (codes, >, 6000);
  /* 31 mainland provinces, Taiwan, Hong Kong, Macao, and the Taiwan residents' permit. */
  g_assert_cmpuint (provinces, ==, 35);
}

static void
test_regions_lookup (void)
{
  static const struct { const char *area; const char *exact; const char *nearest; } cases[] = {
    { "110105", "北京市朝阳区", "北京市朝阳区" },
    { "110108", "北京市海淀区", "北京市海淀区" },
    { "110103", "北京市崇文区", "北京市崇文区" },
    { "310115", "上海市浦东新区", "上海市浦东新区" },
    { "320102", "江苏省南京市玄武区", "江苏省南京市玄武区" },
    { "320104", "江苏省南京市秦淮区", "江苏省南京市秦淮区" },
    { "320105", "江苏省南京市建邺区", "江苏省南京市建邺区" },
    { "320106", "江苏省南京市鼓楼区", "江苏省南京市鼓楼区" },
    { "320111", "江苏省南京市浦口区", "江苏省南京市浦口区" },
    { "320113", "江苏省南京市栖霞区", "江苏省南京市栖霞区" },
    { "320114", "江苏省南京市雨花台区", "江苏省南京市雨花台区" },
    { "320115", "江苏省南京市江宁区", "江苏省南京市江宁区" },
    { "320116", "江苏省南京市六合区", "江苏省南京市六合区" },
    { "320117", "江苏省南京市溧水区", "江苏省南京市溧水区" },
    { "320118", "江苏省南京市高淳区", "江苏省南京市高淳区" },
    { "440106", "广东省广州市天河区", "广东省广州市天河区" },
    { "440305", "广东省深圳市南山区", "广东省深圳市南山区" },
    { "440524", "广东省汕头市潮阳县", "广东省汕头市潮阳县" },
    { "510104", "四川省成都市锦江区", "四川省成都市锦江区" },
    { "330106", "浙江省杭州市西湖区", "浙江省杭州市西湖区" },
    /* Renamed: the latest name. */
    { "120110", "天津市东丽区", "天津市东丽区" },
    { "650000", "新疆维吾尔自治区", "新疆维吾尔自治区" },
    { "810000", "香港居民居住证", "香港居民居住证" },
    { "820000", "澳门居民居住证", "澳门居民居住证" },
    { "830000", "台湾居民居住证", "台湾居民居住证" },
    { "320199", NULL, "江苏省南京市" },
    { "329901", NULL, "江苏省" },
    { "719999", NULL, NULL },
    { "811234", NULL, NULL },
    { "100000", NULL, NULL },
    { "000000", NULL, NULL },
    { "99", NULL, NULL },
    { "1101050", NULL, NULL },
    { "11010a", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean exact = TRUE;

      g_test_message ("%s", cases[i].area);
      g_assert_cmpstr (bd_identity_lookup_region (cases[i].area), ==, cases[i].exact);
      g_assert_cmpstr (bd_regions_lookup_nearest (cases[i].area, &exact), ==,
                       cases[i].nearest);
      g_assert_cmpint (exact, ==, cases[i].exact != NULL);
    }
}

/* An area code and a birth date as an identity number, parsed against the fixed today. */
static void
parse_composed (const char *area,
                GDateYear   year,
                BdIdentity *identity)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  GDate birth;

  g_date_clear (&birth, 1);
  g_date_set_dmy (&birth, 17, G_DATE_MAY, year);
  number = bd_identity_compose (area, &birth, 123);
  g_assert_true (bd_identity_parse (number, &today, identity, &error));
  g_assert_no_error (error);
}

/* County codes from every province-level division, as counter customers bring them: none
 * is warned about. The name is the one of the holder's birth year (1990). */
static void
test_regions_counties (void)
{
  static const struct { const char *area; const char *region; } cases[] = {
    { "330106", "浙江省杭州市西湖区" },
    { "510107", "四川省成都市武侯区" },
    { "110105", "北京市朝阳区" },
    { "120101", "天津市和平区" },
    { "130102", "河北省石家庄市长安区" },
    { "140105", "山西省太原市小店区" },      /* 1997: given after birth */
    { "150102", "内蒙古自治区呼和浩特市新城区" },
    { "210102", "辽宁省沈阳市和平区" },
    { "220102", "吉林省长春市南关区" },
    { "230102", "黑龙江省哈尔滨市道里区" },
    { "310104", "上海市徐汇区" },
    { "320106", "江苏省南京市鼓楼区" },
    { "340104", "安徽省合肥市西市区" },      /* 蜀山区 since 2002 */
    { "350102", "福建省福州市鼓楼区" },
    { "360102", "江西省南昌市东湖区" },
    { "370102", "山东省济南市历下区" },
    { "410105", "河南省郑州市金水区" },
    { "420106", "湖北省武汉市武昌区" },
    { "430104", "湖南省长沙市西区" },        /* 岳麓区 since 1996 */
    { "440106", "广东省广州市天河区" },
    { "450103", "广西壮族自治区南宁市新城区" }, /* 青秀区 since 2004 */
    { "460105", "海南省海口市秀英区" },
    { "500103", "重庆市渝中区" },
    { "520102", "贵州省贵阳市南明区" },
    { "530102", "云南省昆明市五华区" },
    { "540102", "西藏自治区拉萨市城关区" },
    { "610113", "陕西省西安市雁塔区" },
    { "620102", "甘肃省兰州市城关区" },
    { "630102", "青海省西宁市城东区" },
    { "640104", "宁夏回族自治区银川市兴庆区" },
    { "650102", "新疆维吾尔自治区乌鲁木齐市天山区" },
    { "440305", "广东省深圳市南山区" },
    { "330782", "浙江省金华市义乌市" },
    { "320583", "江苏省苏州市昆山市" },
    { "429004", "湖北省仙桃市" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      BdIdentity identity;

      g_test_message ("%s", cases[i].area);
      parse_composed (cases[i].area, 1990, &identity);
      g_assert_true (identity.area_known);
      g_assert_cmpuint (identity.area_retired, ==, 0);
      g_assert_cmpstr (identity.region, ==, cases[i].region);
    }
}

/* A retired code is right for someone born while it was in use (or before: numbers are
 * given at the first registration), and a warning for someone born after. */
static void
test_regions_retired (void)
{
  static const struct
  {
    const char *area;
    GDateYear   year;
    const char *region;
    gboolean    known;
    guint       retired;
  } cases[] = {
    { "110103", 1949, "北京市崇文区", TRUE, 0 },
    { "110103", 1985, "北京市崇文区", TRUE, 0 },
    { "110103", 2010, "北京市崇文区", TRUE, 0 },    /* the year it went out of use */
    { "110103", 2011, "北京市崇文区", FALSE, 2010 },
    { "320103", 2000, "江苏省南京市白下区", TRUE, 0 },
    { "320103", 2015, "江苏省南京市白下区", FALSE, 2013 },
    { "440524", 1880, "广东省汕头市潮阳县", TRUE, 0 },
    { "440524", 1995, "广东省汕头市潮阳县", FALSE, 1993 },
    /* Renamed: the name of the birth year. */
    { "120110", 1985, "天津市东郊区", TRUE, 0 },
    { "120110", 2000, "天津市东丽区", TRUE, 0 },
    /* Retired, then given to another place: the place of the birth year or after. */
    { "132201", 1982, "河北省邢台地区邢台市", TRUE, 0 },
    { "132201", 1984, "河北省邢台地区南宫市", TRUE, 0 },
    { "132201", 1995, "河北省邢台地区南宫市", FALSE, 1993 },
    /* The permits have no years. */
    { "810000", 1960, "香港居民居住证", TRUE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      BdIdentity identity;

      g_test_message ("%s born %u", cases[i].area, cases[i].year);
      parse_composed (cases[i].area, cases[i].year, &identity);
      g_assert_cmpstr (identity.region, ==, cases[i].region);
      g_assert_cmpint (identity.area_known, ==, cases[i].known);
      g_assert_cmpuint (identity.area_retired, ==, cases[i].retired);
    }
}

/* Periods: the one of a year, the latest for year 0; unknown codes have none. */
static void
test_regions_find (void)
{
  const BdRegion *region;

  g_assert_null (bd_regions_find ("999999", 2000));
  g_assert_null (bd_regions_find ("11010", 2000));
  region = bd_regions_find ("110103", 0);
  g_assert_nonnull (region);
  g_assert_cmpuint (region->first_year, ==, 1981);
  g_assert_cmpuint (region->last_year, ==, 2010);
  g_assert_true (bd_region_in_use_since (region, 2010));
  g_assert_false (bd_region_in_use_since (region, 2011));
  region = bd_regions_find ("510107", 2024);
  g_assert_nonnull (region);
  g_assert_cmpuint (region->last_year, ==, 0);
  g_assert_true (bd_region_in_use_since (region, 2100));
}

/* /identity/phone */

static void
test_phone_valid (void)
{
  static const char *inputs[] = {
    "13812345678",
    "+86 138-1234-5678",
    "+8613812345678",
    "0086 13812345678",
    "008613812345678",
    "138 1234 5678",
    "138-1234-5678",
    "  13812345678 ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = bd_phone_normalize (inputs[i], &error);

      g_test_message ("%s", inputs[i]);
      g_assert_no_error (error);
      g_assert_cmpstr (normalized, ==, "13812345678");
    }

  for (char second = '3'; second <= '9'; second++)
    {
      char number[] = "1X912345678";
      g_autofree char *normalized = NULL;

      number[1] = second;
      normalized = bd_phone_normalize (number, NULL);
      g_assert_cmpstr (normalized, ==, number);
    }
}

static void
test_phone_invalid (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { "", "empty" },
    { "  ", "empty" },
    { "12345678901", "starts with 13 to 19, not 12" },
    { "10012345678", "not 10" },
    { "23812345678", "not 23" },
    { "1381234567", "11 digits, but this one has 10" },
    { "138123456789", "has 12" },
    { "8613812345678", "has 13" },
    { "+86 1381234567", "has 10" },
    { "138.1234.5678", "“.”" },
    { "138１2345678", "“１”" },
    { "tel 13812345678", "“t”" },
    { "+8 613812345678", "“+”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = bd_phone_normalize (cases[i].text, &error);

      g_test_message ("“%s”", cases[i].text);
      g_assert_null (normalized);
      g_assert_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_PHONE);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("“%s”: message “%s” does not contain “%s”",
                 cases[i].text, error->message, cases[i].message);
    }
}

/* /identity/credit-code */

static void
test_credit_code_valid (void)
{
  static const char *codes[] = {
    "91350100M000100Y43",   /* a published example */
    "91350100m000100y43",
    " 91350100M000100Y43 ",
    "91320106MA1N00000X",   /* computed, with a letter for check character */
    "91320106ma1n00000x",
  };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (bd_credit_code_validate (codes[i], &error));
      g_assert_no_error (error);
    }
}

static void
test_credit_code_invalid (void)
{
  static const struct { const char *code; const char *message; } cases[] = {
    { "", "empty" },
    { "91350100M000100Y44", "should be 3, not 4" },
    { "91350100M000100Y4A", "should be 3, not A" },
    { "91350100M000100Y4", "17 were given" },
    { "91350100M000100Y433", "19 were given" },
    { "91350100M000100I43", "Character 16 (“I”)" },
    { "91350100O000100Y43", "Character 9 (“O”)" },
    { "9135010-M000100Y43", "Character 8 (“-”)" },
    { "91350100M00010Y043", NULL },   /* two characters swapped */
    { "91350100N000100Y43", NULL },   /* one character changed */
    { "91320106MA1N00001X", NULL },
    { "91320106ma1n00000y", "should be X, not Y" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("“%s”", cases[i].code);
      g_assert_false (bd_credit_code_validate (cases[i].code, &error));
      g_assert_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_CREDIT_CODE);
      if (cases[i].message != NULL && strstr (error->message, cases[i].message) == NULL)
        g_error ("“%s”: message “%s” does not contain “%s”",
                 cases[i].code, error->message, cases[i].message);
    }
}

/* /identity/luhn */

static void
test_luhn (void)
{
  /* Published test card numbers (check digits worked out by hand), and one digit
   * changed. */
  g_assert_true (bd_bank_card_luhn_valid ("4111111111111111"));
  g_assert_true (bd_bank_card_luhn_valid ("6011 1111 1111 1117"));
  g_assert_true (bd_bank_card_luhn_valid ("6222-0212-3456-7891-233"));
  g_assert_false (bd_bank_card_luhn_valid ("4111111111111112"));
  g_assert_false (bd_bank_card_luhn_valid ("6222021234567891234"));
  g_assert_false (bd_bank_card_luhn_valid ("12345"));
  g_assert_false (bd_bank_card_luhn_valid ("41111111111111x1"));
  g_assert_false (bd_bank_card_luhn_valid (""));

  g_assert_cmpint (bd_luhn_check_digit ("7992739871"), ==, '3');
  g_assert_cmpint (bd_luhn_check_digit ("411111111111111"), ==, '1');
  g_assert_cmpint (bd_luhn_check_digit ("622202123456789123"), ==, '3');
}

/* /identity/mask */

typedef char *(*MaskFunc) (const char *value);

typedef struct
{
  const char *input;
  const char *masked;
} MaskCase;

static void
check_masks (MaskFunc        mask,
             const MaskCase *cases,
             gsize           n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *masked = mask (cases[i].input);

      g_test_message ("“%s”", cases[i].input != NULL ? cases[i].input : "(null)");
      g_assert_cmpstr (masked, ==, cases[i].masked);
    }
}

static void
test_mask_identity (void)
{
  static const MaskCase cases[] = {
    { "11010519491231002X", "110105********002X" },
    { " 11010519491231002X ", "110105********002X" },
    { "110105491231002", "110105******002" },
    { "E12345678", "*****5678" },
    { "12345", "*2345" },
    { "1234", "****" },
    { "1", "*" },
    { "", "" },
    { NULL, "" },
  };

  check_masks (bd_mask_identity_number, cases, G_N_ELEMENTS (cases));
}

static void
test_mask_phone (void)
{
  static const MaskCase cases[] = {
    { "13812345678", "138****5678" },
    { "+86 138-1234-5678", "138****5678" },
    { "138 1234 5678", "138****5678" },
    { "025-8456-1234", "025****1234" },
    { "010 8456 123", "******6123" },
    { "84561234", "****1234" },
    { "12345", "*2345" },
    { "1234", "****" },
    { "", "" },
    { NULL, "" },
  };

  check_masks (bd_mask_phone, cases, G_N_ELEMENTS (cases));
}

static void
test_mask_bank_account (void)
{
  static const MaskCase cases[] = {
    { "6222021234567891234", "**** **** **** 1234" },
    { "6222 0212 3456 7891 234", "**** **** **** 1234" },
    { "62220212345", "**** **** **** 2345" },
    { "12345", "**** **** **** 2345" },
    { "1234", "****" },
    { "12 3", "***" },
    { "", "" },
    { NULL, "" },
  };

  check_masks (bd_mask_bank_account, cases, G_N_ELEMENTS (cases));
}

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_JUNE, 2024);

  g_test_add_func ("/identity/parse/valid-examples", test_parse_valid_examples);
  g_test_add_func ("/identity/parse/errors", test_parse_errors);
  g_test_add_func ("/identity/parse/today", test_parse_today);
  g_test_add_func ("/identity/parse/no-error-argument", test_parse_no_error_argument);
  g_test_add_func ("/identity/convert", test_convert);
  g_test_add_func ("/identity/check-character", test_check_character);
  g_test_add_func ("/identity/compose/round-trip", test_compose_round_trip);
  g_test_add_func ("/identity/compose/kinds", test_compose_kinds);
  g_test_add_func ("/identity/compose/exact", test_compose_exact);
  g_test_add_func ("/identity/regions/table", test_regions_table);
  g_test_add_func ("/identity/regions/lookup", test_regions_lookup);
  g_test_add_func ("/identity/regions/counties", test_regions_counties);
  g_test_add_func ("/identity/regions/retired", test_regions_retired);
  g_test_add_func ("/identity/regions/find", test_regions_find);
  g_test_add_func ("/identity/phone/valid", test_phone_valid);
  g_test_add_func ("/identity/phone/invalid", test_phone_invalid);
  g_test_add_func ("/identity/credit-code/valid", test_credit_code_valid);
  g_test_add_func ("/identity/credit-code/invalid", test_credit_code_invalid);
  g_test_add_func ("/identity/luhn", test_luhn);
  g_test_add_func ("/identity/mask/identity", test_mask_identity);
  g_test_add_func ("/identity/mask/phone", test_mask_phone);
  g_test_add_func ("/identity/mask/bank-account", test_mask_bank_account);

  return g_test_run ();
}
