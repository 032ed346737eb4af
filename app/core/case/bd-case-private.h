/* bd-case-private.h — what the case store sets on a case it reads or writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-case.h"

G_BEGIN_DECLS

void bd_case_set_id          (BdCase      *self,
                              gint64       id);
void bd_case_set_number      (BdCase      *self,
                              const char  *number);
void bd_case_set_state       (BdCase      *self,
                              const char  *state);
void bd_case_set_opened      (BdCase      *self,
                              const char  *at,
                              gint64       staff_id);
void bd_case_set_accepted_by (BdCase      *self,
                              gint64       staff_id,
                              const char  *name);
void bd_case_set_closed_at   (BdCase      *self,
                              const char  *at);
void bd_case_add_deadline    (BdCase      *self,
                              BdDeadline  *deadline);
void bd_case_add_event       (BdCase      *self,
                              BdCaseEvent *event);
/* Takes @other's checklist, deadlines and history (a case read again by the store). */
void bd_case_replace_contents (BdCase     *self,
                               BdCase     *other);

/* A query of the Queues and the index it is written for, for the test that asks the
 * database how it runs each: through that index, no table scanned, nothing sorted apart. */
typedef struct
{
  const char *name;
  const char *sql;
  const char *index;
} BdCaseQueueQuery;

const BdCaseQueueQuery *bd_case_store_get_queue_queries (guint *n_queries);

G_END_DECLS
