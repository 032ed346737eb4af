/* bd-after-paint.h — work that waits until the frame on screen has been painted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*BdAfterPaintFunc) (gpointer user_data);

/* Kept in the owner's instance, zero-filled; one piece of work pending at a time. */
typedef struct
{
  GtkWidget        *widget;
  guint             tick_id;
  guint             n_ticks;
  gulong            unrealize_id;
  guint             idle_id;
  BdAfterPaintFunc  func;
  gpointer          user_data;
} BdAfterPaint;

void     bd_after_paint_schedule      (BdAfterPaint     *self,
                                       GtkWidget        *widget,
                                       BdAfterPaintFunc  func,
                                       gpointer          user_data);
gboolean bd_after_paint_is_pending    (BdAfterPaint     *self);
void     bd_after_paint_flush         (BdAfterPaint     *self);
void     bd_after_paint_cancel        (BdAfterPaint     *self);
guint    bd_after_paint_count_pending (void);

G_END_DECLS
