/* bd-after-paint.c — work that waits until the frame on screen has been painted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page shows what is above the fold in its first frame and builds the rest after it
 * (the issue "The desk feels instant": the clerk sees the customer at once, and the
 * sections below come in the next frame, before anyone can scroll to them). The work runs
 * from an idle after the frame clock's after-paint, so that it is never part of the frame
 * it waits for; a widget that has no frame clock (not yet in a window) gets it from an
 * idle at once. Whoever schedules it can run it now (bd_after_paint_flush(): printing,
 * say) or drop it (bd_after_paint_cancel(): another customer, a lock).
 */
#define G_LOG_DOMAIN "bd-after-paint"

#include "config.h"

#include "bd-after-paint.h"

/* How many pieces of work wait, in every widget: the tests wait for none. */
static guint n_pending;

static void
disconnect_clock (BdAfterPaint *self)
{
  if (self->painted_id != 0)
    g_signal_handler_disconnect (self->clock, self->painted_id);
  self->painted_id = 0;
  g_clear_object (&self->clock);
}

static void
run (BdAfterPaint *self)
{
  BdAfterPaintFunc func = self->func;
  gpointer user_data = self->user_data;

  bd_after_paint_cancel (self);
  func (user_data);
}

static gboolean
idle_cb (gpointer data)
{
  BdAfterPaint *self = data;

  self->idle_id = 0;
  run (self);
  return G_SOURCE_REMOVE;
}

/* The frame is on screen: the work goes to the main loop, before the next frame's
 * timer is due, so that the frame it makes is a frame of its own. */
static void
after_paint_cb (GdkFrameClock *clock,
                BdAfterPaint  *self)
{
  disconnect_clock (self);
  self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, idle_cb, self, NULL);
}

/**
 * bd_after_paint_schedule:
 * @self: the pending work, kept in the owner
 * @widget: the widget whose frame is waited for
 * @func: the work
 * @user_data: its argument, which must live until it runs or is cancelled
 *
 * Runs @func once the next frame of @widget has been painted, replacing any work still
 * pending in @self.
 */
void
bd_after_paint_schedule (BdAfterPaint     *self,
                         GtkWidget        *widget,
                         BdAfterPaintFunc  func,
                         gpointer          user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (func != NULL);

  bd_after_paint_cancel (self);
  n_pending++;
  self->func = func;
  self->user_data = user_data;
  if (clock == NULL)
    {
      self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, idle_cb, self, NULL);
      return;
    }
  self->clock = g_object_ref (clock);
  self->painted_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), self);
  /* A hidden page asks for no frame of its own: there is always one to wait for. */
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

gboolean
bd_after_paint_is_pending (BdAfterPaint *self)
{
  return self->func != NULL;
}

/* Runs the pending work now, if there is any. */
void
bd_after_paint_flush (BdAfterPaint *self)
{
  if (bd_after_paint_is_pending (self))
    run (self);
}

void
bd_after_paint_cancel (BdAfterPaint *self)
{
  if (bd_after_paint_is_pending (self))
    n_pending--;
  disconnect_clock (self);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->func = NULL;
  self->user_data = NULL;
}

/* How many pieces of work are pending in the whole program. */
guint
bd_after_paint_count_pending (void)
{
  return n_pending;
}
