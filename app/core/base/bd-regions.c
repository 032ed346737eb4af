/* bd-regions.c — the area codes (GB/T 2260) the program can name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole national table since 1981 with the years each code was in use, generated into
 * data/regions/areacodes.tsv from an open source (see the README there) and compiled in as
 * a resource. Identity numbers keep the code of the county that issued them, so codes
 * abolished since (崇文区, 白下区, 南汇县…) stay in the table under their old names.
 * The names are proper names and are never translated. The table is read once, on first
 * use, into a sorted array searched with bsearch(): the demo and the check look up a
 * million numbers.
 */
#define G_LOG_DOMAIN "bd-identity"

#include "config.h"

#include "bd-regions-private.h"

#include "bd-identity.h"

#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>

#define REGIONS_RESOURCE "/io/github/branchdesk/BranchDesk/core/regions/areacodes.tsv"

/* In an identity number these three only appear as the residence permits of Hong Kong,
 * Macao and Taiwan residents (2018), so that is what they are called; 830000 is not an
 * administrative division at all. They replace whatever the table says of them. */
static const BdRegion permit_regions[] = {
  { "810000", 0, 0, "香港居民居住证" },
  { "820000", 0, 0, "澳门居民居住证" },
  { "830000", 0, 0, "台湾居民居住证" },
};

typedef struct
{
  BdRegion *regions;
  gsize     n_regions;
} RegionTable;

static gboolean
is_permit_code (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (permit_regions); i++)
    if (strcmp (code, permit_regions[i].code) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_area_code (const char *area)
{
  for (guint i = 0; i < 6; i++)
    if (!g_ascii_isdigit (area[i]))
      return FALSE;

  return area[6] == '\0';
}

/* "330106\t1983\t\t浙江省杭州市西湖区" into @region; FALSE for a line that is not one. */
static gboolean
parse_line (const char *line,
            BdRegion   *region)
{
  g_auto(GStrv) fields = g_strsplit (line, "\t", 4);
  guint64 first = 0, last = 0;

  if (g_strv_length (fields) != 4 || strlen (fields[0]) != 6 || !is_area_code (fields[0]) ||
      !g_ascii_string_to_unsigned (fields[1], 10, 1900, 9999, &first, NULL) ||
      (fields[2][0] != '\0' &&
       !g_ascii_string_to_unsigned (fields[2], 10, first, 9999, &last, NULL)) ||
      fields[3][0] == '\0')
    return FALSE;

  memcpy (region->code, fields[0], sizeof region->code);
  region->first_year = (guint16) first;
  region->last_year = (guint16) last;
  region->name = g_intern_string (fields[3]);
  return TRUE;
}

static int
compare_periods (gconstpointer a,
                 gconstpointer b)
{
  const BdRegion *ra = a, *rb = b;
  int by_code = strcmp (ra->code, rb->code);

  return by_code != 0 ? by_code : (int) ra->first_year - (int) rb->first_year;
}

static RegionTable *
load_table (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  GArray *regions = g_array_new (FALSE, FALSE, sizeof (BdRegion));
  RegionTable *table = g_new0 (RegionTable, 1);
  gsize size;

  /* Compiled in: missing only if the build is broken, and then no code is known. */
  bytes = g_resources_lookup_data (REGIONS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_critical ("The area-code table is missing: %s", error->message);
  else
    {
      const char *data = g_bytes_get_data (bytes, &size);

      text = g_strndup (data, size);
      lines = g_strsplit (text, "\n", -1);
    }

  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      BdRegion region;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      if (!parse_line (lines[i], &region))
        g_critical ("Line %u of the area-code table is not a code: %s", i + 1, lines[i]);
      else if (!is_permit_code (region.code))
        g_array_append_val (regions, region);
    }
  g_array_append_vals (regions, permit_regions, G_N_ELEMENTS (permit_regions));
  g_array_sort (regions, compare_periods);

  table->n_regions = regions->len;
  table->regions = (BdRegion *) (void *) g_array_free (regions, FALSE);
  return table;
}

static const RegionTable *
get_table (void)
{
  static RegionTable *table;

  if (g_once_init_enter (&table))
    g_once_init_leave (&table, load_table ());
  return table;
}

/* Province-level codes from 71 up are not subdivided: a finer code there is no place. */
#define FIRST_UNDIVIDED_PROVINCE '7'

static int
compare_code (const void *key,
              const void *element)
{
  const BdRegion *region = element;

  return memcmp (key, region->code, 6);
}

/* The first period of @code, and through *n how many it has; NULL when there is none. */
static const BdRegion *
find_periods (const char *code,
              gsize      *n)
{
  const RegionTable *table = get_table ();
  const BdRegion *found, *first, *end = table->regions + table->n_regions;

  *n = 0;
  found = bsearch (code, table->regions, table->n_regions, sizeof (BdRegion), compare_code);
  if (found == NULL)
    return NULL;

  for (first = found; first > table->regions && memcmp (first[-1].code, code, 6) == 0; first--)
    ;
  for (found = first; found < end && memcmp (found->code, code, 6) == 0; found++)
    (*n)++;
  return first;
}

static const char *
find_latest_name (const char *code)
{
  gsize n;
  const BdRegion *periods = find_periods (code, &n);

  return periods != NULL ? periods[n - 1].name : NULL;
}

const BdRegion *
bd_regions_get_all (gsize *n_regions)
{
  const RegionTable *table = get_table ();

  g_return_val_if_fail (n_regions != NULL, NULL);

  *n_regions = table->n_regions;
  return table->regions;
}

gboolean
bd_region_in_use_since (const BdRegion *region,
                        guint           year)
{
  g_return_val_if_fail (region != NULL, FALSE);

  return region->last_year == 0 || region->last_year >= year;
}

const BdRegion *
bd_regions_find (const char *area,
                 guint       year)
{
  const BdRegion *periods;
  gsize n;

  g_return_val_if_fail (area != NULL, NULL);

  if (!is_area_code (area) || (periods = find_periods (area, &n)) == NULL)
    return NULL;
  if (year == 0)
    return &periods[n - 1];

  /* The periods are in order: the first still in use in @year is the one then, or the
   * next one to come. */
  for (gsize i = 0; i < n; i++)
    if (bd_region_in_use_since (&periods[i], year))
      return &periods[i];
  return &periods[n - 1];
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

  if ((name = find_latest_name (area)) != NULL)
    {
      *exact = TRUE;
      return name;
    }

  if (area[0] >= FIRST_UNDIVIDED_PROVINCE)
    return NULL;

  /* The city (320199 → 320100), then the province (329999 → 320000). */
  memcpy (key, area, sizeof key);
  key[4] = key[5] = '0';
  if ((name = find_latest_name (key)) != NULL)
    return name;

  key[2] = key[3] = '0';

  return find_latest_name (key);
}

/**
 * bd_identity_lookup_region:
 * @area: a six-digit area code
 *
 * Returns: (nullable): the untranslated latest name of exactly this area, such as
 *   "北京市朝阳区", or %NULL when the program does not know the code
 */
const char *
bd_identity_lookup_region (const char *area)
{
  g_return_val_if_fail (area != NULL, NULL);

  if (!is_area_code (area))
    return NULL;

  return find_latest_name (area);
}
