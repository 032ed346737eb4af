/* bd-regions-private.h — the area-code table shared by bd-identity.c and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char        code[7];  /* six digits, the table is sorted by it */
  const char *name;     /* full name, untranslated: "江苏省南京市玄武区" */
} BdRegion;

/* The whole table, for tests that check it is sorted. */
const BdRegion *bd_regions_get_all            (gsize       *n_regions);

/* The name of @area when the table has it (*exact = TRUE); otherwise the name of its city or
 * mainland province when those are known (*exact = FALSE); otherwise NULL. */
const char     *bd_regions_lookup_nearest     (const char  *area,
                                               gboolean    *exact);

G_END_DECLS
