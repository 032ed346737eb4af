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
/* Another workflow's work of @day, written after the day's requests with the clock at its
 * own moments, from after *@last_written on (which it moves to its last write): the audit
 * log stays in time order. @today is the last day of the year. */
typedef gboolean (*BdDemoDayWork) (gpointer      user_data,
                                   guint32       day,
                                   guint32       today,
                                   GTimeZone    *zone,
                                   GDateTime   **last_written,
                                   GError      **error);
/* Has @work done on each day of the year by bd_demo_requests_write(); @user_data goes
 * with @self. */
void            bd_demo_requests_add_day_work (BdDemoRequests  *self,
                                               BdDemoDayWork    work,
                                               gpointer         user_data,
                                               GDestroyNotify   destroy);
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

G_END_DECLS
