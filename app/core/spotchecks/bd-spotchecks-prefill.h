/* bd-spotchecks-prefill.h — the scorecard items a sampled record's own data decides
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-scorecard.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* What the data says of one item. */
typedef struct
{
  const char    *key;      /* the item's key (static) */
  BdScoreResult  result;   /* BD_SCORE_UNSCORED: the data cannot say yet */
} BdPrefill;

/* The items of @kind's scorecard the record @record_id (a case, or a contact record)
 * decides by its data, each pass, fail, not applicable or not known yet (domain.md §8:
 * "items the data can decide are pre-filled and shown as such"). */
GArray *bd_spotchecks_prefill (BdStore     *store,
                               BdWorkKind   kind,
                               gint64       record_id,
                               GError     **error);

G_END_DECLS
