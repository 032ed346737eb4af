/* bd-regions.c — the area codes (GB/T 2260) the program can name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not the whole national table: every province-level code, the districts of the big cities
 * our customers come from, and every district and county Nanjing has had, since the demo
 * branch is there. Identity numbers keep the code of the county that issued them, so codes
 * abolished since (崇文区, 白下区, 南汇县…) stay in the table under their old names.
 * The names are proper names and are never translated. Keep the table sorted: it is
 * searched with bsearch().
 */
#define G_LOG_DOMAIN "bd-identity"

#include "config.h"

#include "bd-regions-private.h"

#include "bd-identity.h"

#include <stdlib.h>
#include <string.h>

static const BdRegion regions[] = {
  { "110000", "北京市" },
  { "110101", "北京市东城区" },
  { "110102", "北京市西城区" },
  { "110103", "北京市崇文区" },
  { "110104", "北京市宣武区" },
  { "110105", "北京市朝阳区" },
  { "110106", "北京市丰台区" },
  { "110107", "北京市石景山区" },
  { "110108", "北京市海淀区" },
  { "110109", "北京市门头沟区" },
  { "110110", "北京市燕山区" },
  { "110111", "北京市房山区" },
  { "110112", "北京市通州区" },
  { "110113", "北京市顺义区" },
  { "110114", "北京市昌平区" },
  { "110115", "北京市大兴区" },
  { "110116", "北京市怀柔区" },
  { "110117", "北京市平谷区" },
  { "110118", "北京市密云区" },
  { "110119", "北京市延庆区" },
  { "110221", "北京市昌平县" },
  { "110222", "北京市顺义县" },
  { "110223", "北京市通县" },
  { "110224", "北京市大兴县" },
  { "110225", "北京市房山县" },
  { "110226", "北京市平谷县" },
  { "110227", "北京市怀柔县" },
  { "110228", "北京市密云县" },
  { "110229", "北京市延庆县" },
  { "120000", "天津市" },
  { "130000", "河北省" },
  { "140000", "山西省" },
  { "150000", "内蒙古自治区" },
  { "210000", "辽宁省" },
  { "220000", "吉林省" },
  { "230000", "黑龙江省" },
  { "310000", "上海市" },
  { "310101", "上海市黄浦区" },
  { "310102", "上海市南市区" },
  { "310103", "上海市卢湾区" },
  { "310104", "上海市徐汇区" },
  { "310105", "上海市长宁区" },
  { "310106", "上海市静安区" },
  { "310107", "上海市普陀区" },
  { "310108", "上海市闸北区" },
  { "310109", "上海市虹口区" },
  { "310110", "上海市杨浦区" },
  { "310111", "上海市吴淞区" },
  { "310112", "上海市闵行区" },
  { "310113", "上海市宝山区" },
  { "310114", "上海市嘉定区" },
  { "310115", "上海市浦东新区" },
  { "310116", "上海市金山区" },
  { "310117", "上海市松江区" },
  { "310118", "上海市青浦区" },
  { "310119", "上海市南汇区" },
  { "310120", "上海市奉贤区" },
  { "310151", "上海市崇明区" },
  { "310221", "上海市上海县" },
  { "310222", "上海市嘉定县" },
  { "310223", "上海市宝山县" },
  { "310224", "上海市川沙县" },
  { "310225", "上海市南汇县" },
  { "310226", "上海市奉贤县" },
  { "310227", "上海市松江县" },
  { "310228", "上海市金山县" },
  { "310229", "上海市青浦县" },
  { "310230", "上海市崇明县" },
  { "320000", "江苏省" },
  { "320100", "江苏省南京市" },
  { "320102", "江苏省南京市玄武区" },
  { "320103", "江苏省南京市白下区" },
  { "320104", "江苏省南京市秦淮区" },
  { "320105", "江苏省南京市建邺区" },
  { "320106", "江苏省南京市鼓楼区" },
  { "320107", "江苏省南京市下关区" },
  { "320111", "江苏省南京市浦口区" },
  { "320112", "江苏省南京市大厂区" },
  { "320113", "江苏省南京市栖霞区" },
  { "320114", "江苏省南京市雨花台区" },
  { "320115", "江苏省南京市江宁区" },
  { "320116", "江苏省南京市六合区" },
  { "320117", "江苏省南京市溧水区" },
  { "320118", "江苏省南京市高淳区" },
  { "320121", "江苏省南京市江宁县" },
  { "320122", "江苏省南京市江浦县" },
  { "320123", "江苏省南京市六合县" },
  { "320124", "江苏省南京市溧水县" },
  { "320125", "江苏省南京市高淳县" },
  { "330000", "浙江省" },
  { "340000", "安徽省" },
  { "350000", "福建省" },
  { "360000", "江西省" },
  { "370000", "山东省" },
  { "410000", "河南省" },
  { "420000", "湖北省" },
  { "430000", "湖南省" },
  { "440000", "广东省" },
  { "440100", "广东省广州市" },
  { "440102", "广东省广州市东山区" },
  { "440103", "广东省广州市荔湾区" },
  { "440104", "广东省广州市越秀区" },
  { "440105", "广东省广州市海珠区" },
  { "440106", "广东省广州市天河区" },
  { "440107", "广东省广州市芳村区" },
  { "440111", "广东省广州市白云区" },
  { "440112", "广东省广州市黄埔区" },
  { "440113", "广东省广州市番禺区" },
  { "440114", "广东省广州市花都区" },
  { "440115", "广东省广州市南沙区" },
  { "440116", "广东省广州市萝岗区" },
  { "440117", "广东省广州市从化区" },
  { "440118", "广东省广州市增城区" },
  { "440183", "广东省增城市" },
  { "440184", "广东省从化市" },
  { "440300", "广东省深圳市" },
  { "440303", "广东省深圳市罗湖区" },
  { "440304", "广东省深圳市福田区" },
  { "440305", "广东省深圳市南山区" },
  { "440306", "广东省深圳市宝安区" },
  { "440307", "广东省深圳市龙岗区" },
  { "440308", "广东省深圳市盐田区" },
  { "440309", "广东省深圳市龙华区" },
  { "440310", "广东省深圳市坪山区" },
  { "440311", "广东省深圳市光明区" },
  { "440500", "广东省汕头市" },
  { "440524", "广东省汕头市潮阳县" },
  { "450000", "广西壮族自治区" },
  { "460000", "海南省" },
  { "500000", "重庆市" },
  { "510000", "四川省" },
  { "520000", "贵州省" },
  { "530000", "云南省" },
  { "540000", "西藏自治区" },
  { "610000", "陕西省" },
  { "620000", "甘肃省" },
  { "630000", "青海省" },
  { "640000", "宁夏回族自治区" },
  { "650000", "新疆维吾尔自治区" },
  { "710000", "台湾省" },
  /* In an identity number these three only appear as the residence permits of Hong Kong,
   * Macao and Taiwan residents, so that is what they are called. */
  { "810000", "香港居民居住证" },
  { "820000", "澳门居民居住证" },
  { "830000", "台湾居民居住证" },
};

/* Province-level codes from 71 up are not subdivided: a finer code there is no place. */
#define FIRST_UNDIVIDED_PROVINCE '7'

static int
compare_region (const void *key,
                const void *element)
{
  const BdRegion *region = element;

  return strcmp (key, region->code);
}

static const char *
find_exact (const char *code)
{
  const BdRegion *found;

  found = bsearch (code, regions, G_N_ELEMENTS (regions), sizeof regions[0], compare_region);

  return found != NULL ? found->name : NULL;
}

static gboolean
is_area_code (const char *area)
{
  for (guint i = 0; i < 6; i++)
    if (!g_ascii_isdigit (area[i]))
      return FALSE;

  return area[6] == '\0';
}

const BdRegion *
bd_regions_get_all (gsize *n_regions)
{
  g_return_val_if_fail (n_regions != NULL, NULL);

  *n_regions = G_N_ELEMENTS (regions);

  return regions;
}

const char *
bd_regions_lookup_nearest (const char *area,
                           gboolean   *exact)
{
  char key[7];
  const char *name;

  g_return_val_if_fail (area != NULL, NULL);
  g_return_val_if_fail (exact != NULL, NULL);

  *exact = FALSE;
  if (!is_area_code (area))
    return NULL;

  if ((name = find_exact (area)) != NULL)
    {
      *exact = TRUE;
      return name;
    }

  if (area[0] >= FIRST_UNDIVIDED_PROVINCE)
    return NULL;

  /* The city (320199 → 320100), then the province (329999 → 320000). */
  memcpy (key, area, sizeof key);
  key[4] = key[5] = '0';
  if ((name = find_exact (key)) != NULL)
    return name;

  key[2] = key[3] = '0';

  return find_exact (key);
}

/**
 * bd_identity_lookup_region:
 * @area: a six-digit area code
 *
 * Returns: (nullable): the untranslated name of exactly this area, such as
 *   "北京市朝阳区", or %NULL when the program does not know the code
 */
const char *
bd_identity_lookup_region (const char *area)
{
  g_return_val_if_fail (area != NULL, NULL);

  if (!is_area_code (area))
    return NULL;

  return find_exact (area);
}
