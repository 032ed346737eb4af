/* bd-requests-store.h — policy-change requests in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-request-rules.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* The branch's settings per item (domain.md §3: review and target time are a branch
 * setting per item): "request-review.ITEM" ("yes" / "no") and "request-target-days.ITEM"
 * (1 to 60 working days); the catalogue's value when unset or not understood. */
gboolean   bd_requests_store_item_needs_review (BdStore             *store,
                                                const BdRequestItem *item);
guint      bd_requests_store_item_target_days  (BdStore             *store,
                                                const BdRequestItem *item);

/* What the rules read for @request (bd_request_judge()); clear it with
 * bd_request_context_clear(). */
gboolean   bd_requests_store_get_context   (BdStore           *store,
                                            BdRequest         *request,
                                            BdRequestContext  *context,
                                            GError           **error);
/* Brings @context (zeroed, or read before for the same form) to @request: what it read
 * before for the same policy and people is kept, the rest read — the form's verdict at
 * every change reads only what the change touched. Acceptance reads everything again
 * (bd_requests_store_take_step()). */
gboolean   bd_requests_store_refresh_context (BdStore          *store,
                                              BdRequest        *request,
                                              BdRequestContext *context,
                                              GError          **error);
/* The verdict on @request as the database now has its policy and people. */
gboolean   bd_requests_store_judge         (BdStore           *store,
                                            BdRequest         *request,
                                            GError           **error);
/* Writes a new request (received: its case is opened with the acceptance deadlines and
 * the item's own), refused with the verdict's error when the rules refuse it. */
gboolean   bd_requests_store_add           (BdStore           *store,
                                            BdRequest         *request,
                                            gint64             staff_id,
                                            GError           **error);
/* As bd_requests_store_add(), but a request the rules refuse is not an error: *@made is
 * FALSE, @verdict (may be NULL) says why, and nothing was written — an enclosing write
 * goes on. The policy and people are read once for the verdict and the writing. */
gboolean   bd_requests_store_add_if_allowed (BdStore          *store,
                                             BdRequest        *request,
                                             gint64            staff_id,
                                             gboolean         *made,
                                             GError          **verdict,
                                             GError          **error);
BdRequest *bd_requests_store_get           (BdStore           *store,
                                            gint64             case_id,
                                            GError           **error);
/* The requests about @customer_id, newest first (a GListModel of BdRequest). */
GListModel *bd_requests_store_list_of      (BdStore           *store,
                                            gint64             customer_id,
                                            GError           **error);
/* What carrying out @request would change, before → after (BdRequestChange). */
GPtrArray  *bd_requests_store_preview      (BdStore           *store,
                                            BdRequest         *request,
                                            GError           **error);
/* Takes the step to @to (bd_case_store_take_step()): accepting asks the rules again, and
 * carrying out ("completed") changes the policy or the customer as previewed, records
 * each change, in the same transaction. A failure leaves everything as it was. */
gboolean   bd_requests_store_take_step     (BdStore           *store,
                                            BdRequest         *request,
                                            const char        *to,
                                            gint64             staff_id,
                                            const char        *reason,
                                            GError           **error);
/* What completed requests changed on @policy_id, newest first (BdRequestChange). */
GPtrArray  *bd_requests_store_list_changes (BdStore           *store,
                                            gint64             policy_id,
                                            GError           **error);

G_END_DECLS
