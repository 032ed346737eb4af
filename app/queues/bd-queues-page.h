/* bd-queues-page.h — the Queues area: whom to contact, the day's planned visits and the
 * requests due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_QUEUES_PAGE (bd_queues_page_get_type ())

G_DECLARE_FINAL_TYPE (BdQueuesPage, bd_queues_page, BD, QUEUES_PAGE, AdwBin)

void bd_queues_page_set_session (BdQueuesPage *self,
                                 BdSession    *session);
/* Reads the queues afresh, as of today. */
void bd_queues_page_refresh     (BdQueuesPage *self);
/* Forgets what was shown: nothing of the customers stays in any widget. */
void bd_queues_page_clear       (BdQueuesPage *self);

/* Whose queues are shown: the role's default after each sign-in; a supervisor may narrow
 * them to their own customers (the session refuses the branch to counter staff). */
BdScope     bd_queues_page_get_scope       (BdQueuesPage *self);
void        bd_queues_page_set_scope       (BdQueuesPage *self,
                                            BdScope       scope);
/* How many policies the queue holds, counted up to a bound 1,000 past the pages read (the
 * same on any day); _is_bound() when there are more than that (the title says "1000+").
 * The pages read so far (BdPolicy), and the next one. */
guint       bd_queues_page_get_due_total   (BdQueuesPage *self);
gboolean    bd_queues_page_get_due_total_is_bound (BdQueuesPage *self);
GListModel *bd_queues_page_get_due         (BdQueuesPage *self);
void        bd_queues_page_show_more       (BdQueuesPage *self);
/* How many running deadlines of policy-change requests fall due within the queues' window
 * (or have a due day not known), counted as the premiums are; the pages read so far
 * (BdCaseEntry). */
guint       bd_queues_page_get_requests_total (BdQueuesPage *self);
GListModel *bd_queues_page_get_requests    (BdQueuesPage *self);
/* The open complaints a supervisor sees, the major ones first (BdCaseEntry). */
GListModel *bd_queues_page_get_complaints  (BdQueuesPage *self);
/* The day's contact slips read so far (BdContact, with their customers' names). */
GListModel *bd_queues_page_get_slips       (BdQueuesPage *self);

/* The area's header: who is signed in, and the window's primary menu. */
void        bd_queues_page_set_staff_label (BdQueuesPage *self,
                                            const char   *who);
void        bd_queues_page_set_menu_model  (BdQueuesPage *self,
                                            GMenuModel   *menu);
void        bd_queues_page_popup_menu      (BdQueuesPage *self);

G_END_DECLS
