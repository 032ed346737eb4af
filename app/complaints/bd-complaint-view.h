/* bd-complaint-view.h — one complaint: its owner, deadlines, steps and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-complaint.h"
#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_COMPLAINT_VIEW (bd_complaint_view_get_type ())

G_DECLARE_FINAL_TYPE (BdComplaintView, bd_complaint_view, BD, COMPLAINT_VIEW, GtkBox)

GtkWidget *bd_complaint_view_new   (void);
void       bd_complaint_view_show  (BdComplaintView *self,
                                    BdSession       *session,
                                    BdComplaint     *complaint);
/* Previews the decision letter of the complaint shown (the window's print action);
 * FALSE when it has no decision yet. */
gboolean   bd_complaint_view_print_letter (BdComplaintView *self);
/* The keyboard at the top of the page, which scrolls there. */
void       bd_complaint_view_focus (BdComplaintView *self);
void       bd_complaint_view_clear (BdComplaintView *self);

/* ::back when the clerk goes back to the list; ::changed after anything written. */

G_END_DECLS
