/* bench-minimal-window.c — the yardstick of start-up: the least a libadwaita program shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AdwApplication with one window of the size Branch Desk opens at (a header bar and a
 * status page). It prints `first-frame-us N`, the monotonic microseconds from the start of
 * main() to the end of the window's first paint, then quits — as branchdesk does under
 * BRANCHDESK_BENCH=first-frame. bench-startup.sh compares the two.
 */
#define G_LOG_DOMAIN "bench-minimal-window"

#include "config.h"

#include <adwaita.h>

static gint64 start_time;

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  g_print ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time () - start_time);
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), window);
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (page), "Minimal window");
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 780);
  g_signal_connect_after (window, "realize", G_CALLBACK (realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  start_time = g_get_monotonic_time ();
  app = adw_application_new ("io.github.branchdesk.BenchMinimalWindow",
                             G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
