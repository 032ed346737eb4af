/* bd-reveal-model.h — a list shown a screenful first, the rest a few rows a frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BD_TYPE_REVEAL_MODEL (bd_reveal_model_get_type ())

G_DECLARE_FINAL_TYPE (BdRevealModel, bd_reveal_model, BD, REVEAL_MODEL, GObject)

/* @model's first @first items at once, then @step more each time the main loop is idle
 * (after the frame that shows what came before), until all are there. The same items at
 * the same positions: a position in it is a position in @model. */
BdRevealModel *bd_reveal_model_new          (GListModel    *model,
                                             guint          first,
                                             guint          step);

G_END_DECLS
