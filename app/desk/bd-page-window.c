/* bd-page-window.c — a page of the desk in a window of its own, closed with the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A supervisor's month of complaints, an administrator's calendar: pages that open beside
 * the desk from a button or the main menu, one window each.
 */
#define G_LOG_DOMAIN "bd-desk"

#include "config.h"

#include "bd-page-window.h"
#include "bd-training-banner.h"

/* Nothing of the branch stays on screen over a lock or after the session. */
static void
session_state_cb (BdSession  *session,
                  GParamSpec *pspec,
                  GtkWindow  *window)
{
  if (bd_session_get_state (session) != BD_SESSION_ACTIVE)
    gtk_window_destroy (window);
}

static GtkWindow *
find_open_window (GType page_type)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      GtkWidget *page = g_object_get_data (G_OBJECT (window), "bd-page-window-page");

      if (page != NULL && G_TYPE_CHECK_INSTANCE_TYPE (page, page_type))
        return window;
    }
  return NULL;
}

GtkWindow *
bd_page_window_present (GtkWidget       *parent,
                        BdSession       *session,
                        GType            page_type,
                        const char      *title,
                        BdPageWindowNew  page_new)
{
  GtkWindow *window = find_open_window (page_type);
  GtkEventController *keys;
  GtkWidget *page;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  if (window != NULL)
    {
      gtk_window_present (window);
      return window;
    }
  window = GTK_WINDOW (adw_window_new ());
  root = gtk_widget_get_root (parent);
  gtk_window_set_title (window, title);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (window, GTK_WINDOW (root));
  gtk_window_set_destroy_with_parent (window, TRUE);
  gtk_window_set_default_size (window, 1024, 700);
  page = page_new (session);
  /* Found again by its page, under the training banner a training branch shows. */
  g_object_set_data (G_OBJECT (window), "bd-page-window-page", page);
  adw_window_set_content (ADW_WINDOW (window), bd_training_banner_wrap (page));
  /* Escape closes it, as it closes a preview. */
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (window), keys);
  g_signal_connect_object (session, "notify::state", G_CALLBACK (session_state_cb), window, 0);
  gtk_window_present (window);
  return window;
}
