/* bd-request-view.h — one policy-change request: its state, documents, deadlines, history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-request.h"
#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_REQUEST_VIEW (bd_request_view_get_type ())

G_DECLARE_FINAL_TYPE (BdRequestView, bd_request_view, BD, REQUEST_VIEW, GtkBox)

GtkWidget *bd_request_view_new   (void);
void       bd_request_view_show  (BdRequestView *self,
                                  BdSession     *session,
                                  BdRequest     *request);
/* Previews the acceptance receipt of the request shown (the window's print action). */
void       bd_request_view_print_receipt (BdRequestView *self);
/* The keyboard at the top of the page, which scrolls there. */
void       bd_request_view_focus (BdRequestView *self);
void       bd_request_view_clear (BdRequestView *self);

/* ::back when the clerk goes back to the list; ::changed after a step or a document. */

G_END_DECLS
