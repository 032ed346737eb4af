/* bd-demo-requests.h — a year of policy-change requests in the demo branch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-policy.h"
#include "bd-store.h"

G_BEGIN_DECLS

typedef struct _BdDemoRequests BdDemoRequests;

/* Draws from its own generator, seeded from @seed, so that the rest of the demo branch is
 * drawn as it was before the requests came. @today is the branch's "as of" day. */
BdDemoRequests *bd_demo_requests_new       (BdStore         *store,
                                            guint32          seed,
                                            const GDate     *today);
void            bd_demo_requests_free      (BdDemoRequests  *self);
/* Considers @policy, just written, for a request some day in the past year: a few in a
 * hundred policies in force or in grace get one. */
void            bd_demo_requests_consider  (BdDemoRequests  *self,
                                            BdPolicy        *policy);
/* Writes the requests day by day through the year, in the order they happened: each
 * received by one of @clerks (judged by the rules first: one they refuse is not made),
 * its documents, steps and carrying out through the store as the counter takes them, a
 * review by @supervisor (never who accepted), the clock standing at each moment. The
 * steps not due by today are not taken: those requests are still open. *@last_written
 * is the instant of the last write (for what is written after). */
gboolean        bd_demo_requests_write     (BdDemoRequests  *self,
                                            const gint64    *clerks,
                                            guint            n_clerks,
                                            gint64           supervisor,
                                            GDateTime      **last_written,
                                            GError         **error);

/* Another workflow's year of cases, written on the same days (the audit log stays in time
 * order): @consider sees each policy as the requests do, @work_on_day runs after the
 * requests' work of each day and moves *@last_written on, @free ends it with the requests. */
typedef struct
{
  void     (*consider)    (gpointer         data,
                           BdPolicy        *policy);
  gboolean (*work_on_day) (gpointer         data,
                           guint32          day,
                           const gint64    *clerks,
                           guint            n_clerks,
                           gint64           supervisor,
                           GDateTime      **last_written,
                           GError         **error);
  void     (*free)        (gpointer         data);
} BdDemoWorkflow;

void            bd_demo_requests_add_workflow (BdDemoRequests       *self,
                                               const BdDemoWorkflow *workflow,
                                               gpointer              data);

G_END_DECLS
