/* bd-regions-private.h — the area-code table shared by bd-identity.c and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One period of a code: a code renamed, moved or retired and given again has several. */
typedef struct
{
  char        code[7];     /* six digits; the table is sorted by code, then first_year */
  guint16     first_year;  /* the first year it was in use; 0: always */
  guint16     last_year;   /* the last year it was in use (it went out of use then); 0: in use */
  const char *name;        /* full name then, untranslated: "江苏省南京市玄武区" */
} BdRegion;

/* The whole table (data/regions/areacodes.tsv and the permits' codes). */
const BdRegion *bd_regions_get_all            (gsize       *n_regions);

/* The period of @area in use in @year, else the first one after @year, else its last one;
 * 0 for @year means its latest. NULL when the table does not have the code. */
const BdRegion *bd_regions_find               (const char  *area,
                                               guint        year);

/* Whether @region was in use in @year or at any time since. */
gboolean        bd_region_in_use_since        (const BdRegion *region,
                                               guint           year);

/* The latest name of @area when the table has it (*exact = TRUE); otherwise the name of its
 * city or mainland province when those are known (*exact = FALSE); otherwise NULL. */
const char     *bd_regions_lookup_nearest     (const char  *area,
                                               gboolean    *exact);

G_END_DECLS
