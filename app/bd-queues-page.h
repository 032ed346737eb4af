/* bd-queues-page.h — the Queues area: whom to contact, and the day's planned visits
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

G_END_DECLS
