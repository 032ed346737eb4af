/* bd-after-paint.c — work that waits until the frame on screen has been painted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page shows what is above the fold in its first frame and builds the rest after it
 * (the issue "The desk feels instant": the clerk sees the customer at once, and the
 * sections below come in the next frame, before anyone can scroll to them). The work runs
 * at the widget's second frame tick: the first is the frame that shows the page, so the
 * second comes once that one has been painted. A widget without a frame clock (not in a
 * window, or taken out of it) gets its work from an idle instead: nothing waits for a
 * frame that will not come. Whoever schedules the work can run it now
 * (bd_after_paint_flush()) or drop it (bd_after_paint_cancel(): another customer, a lock).
 */
#define G_LOG_DOMAIN "bd-after-paint"

#include "config.h"

#include "bd-after-paint.h"

/* How many pieces of work wait, in every widget: the tests wait for none. */
static guint n_pending;

static void
stop_waiting (BdAfterPaint *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (self->widget, self->tick_id);
  self->tick_id = 0;
  g_clear_signal_handler (&self->unrealize_id, self->widget);
  g_clear_handle_id (&self->idle_id, g_source_remove);
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

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  BdAfterPaint *self = data;

  if (++self->n_ticks < 2)
    return G_SOURCE_CONTINUE;
  self->tick_id = 0;
  run (self);
  return G_SOURCE_REMOVE;
}

static void
wait_for_idle (BdAfterPaint *self)
{
  stop_waiting (self);
  self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, idle_cb, self, NULL);
}

/**
 * bd_after_paint_schedule:
 * @self: the pending work, kept in the owner
 * @widget: the widget whose frame is waited for; it must outlive the work or cancel it
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
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (func != NULL);

  bd_after_paint_cancel (self);
  n_pending++;
  self->widget = widget;
  self->func = func;
  self->user_data = user_data;
  if (!gtk_widget_get_realized (widget))
    {
      wait_for_idle (self);
      return;
    }
  self->n_ticks = 0;
  self->tick_id = gtk_widget_add_tick_callback (widget, tick_cb, self, NULL);
  self->unrealize_id = g_signal_connect_swapped (widget, "unrealize", G_CALLBACK (wait_for_idle),
                                                 self);
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
  if (!bd_after_paint_is_pending (self))
    return;
  n_pending--;
  stop_waiting (self);
  self->widget = NULL;
  self->func = NULL;
  self->user_data = NULL;
}

/* How many pieces of work are pending in the whole program. */
guint
bd_after_paint_count_pending (void)
{
  return n_pending;
}
