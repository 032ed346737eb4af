/* bd-spot-record-view.h — a sampled record scored beside its scorecard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-session.h"
#include "bd-scorecard.h"

G_BEGIN_DECLS

#define BD_TYPE_SPOT_RECORD_VIEW (bd_spot_record_view_get_type ())

G_DECLARE_FINAL_TYPE (BdSpotRecordView, bd_spot_record_view, BD, SPOT_RECORD_VIEW, AdwBin)

GtkWidget *bd_spot_record_view_new  (void);
/* Shows the sampled record @record_id (spot_check_record.id), of @kind, whose own id is
 * @case_id and the work of @staff_id, with the signed-in supervisor's scores so far; FALSE and a toast's words in
 * @error when it cannot be read. */
gboolean   bd_spot_record_view_show (BdSpotRecordView  *self,
                                     BdSession         *session,
                                     gint64             record_id,
                                     BdWorkKind         kind,
                                     gint64             case_id,
                                     gint64             staff_id,
                                     GError           **error);
void       bd_spot_record_view_clear (BdSpotRecordView *self);

G_END_DECLS
