/* bd-window-preferences.c — the window's way to Preferences (win.preferences, Ctrl+,)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-preferences-window.h"
#include "bd-window-private.h"

/* Preferences belong to who signed in: locked or signed out, they close, so that an
 * administrator's branch page is never left open for the next person at the desk. */
static void
session_state_cb (GtkWindow  *preferences,
                  GParamSpec *pspec,
                  BdSession  *session)
{
  if (bd_session_get_state (session) != BD_SESSION_ACTIVE)
    gtk_window_destroy (preferences);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  GtkWidget *preferences;

  if (self->session == NULL || bd_session_get_state (self->session) != BD_SESSION_ACTIVE)
    {
      bd_window_show_toast (self, _("Sign in first"));
      return;
    }
  preferences = bd_preferences_window_new (GTK_WINDOW (self), self->settings, self->session);
  g_signal_connect_object (self->session, "notify::state", G_CALLBACK (session_state_cb),
                           preferences, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (preferences));
}

void
bd_window_install_preferences_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK,
                                       "win.preferences", NULL);
}
