/* bd-contacts-store-private.h — the Queues' queries, for the tests that read their plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A query of the Queues and the index it is written for: a test asks the database how it
 * runs each (EXPLAIN QUERY PLAN) — through that index, with no scan of a table and no
 * sorting of its own. */
typedef struct
{
  const char *name;
  const char *sql;
  const char *index;
} BdStoreQueueQuery;

const BdStoreQueueQuery *bd_store_get_queue_queries (guint *n_queries);

G_END_DECLS
