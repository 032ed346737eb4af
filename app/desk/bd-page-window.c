/* bd-page-window.c — a page in a window of its own, and the CSV it saves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A supervisor's report or the audit log opens beside the desk in a window of its own, one
 * of each kind, and nothing of it stays on screen over a lock (domain §1: the screen faces
 * the public). What such a page exports it saves as CSV where the window saves its PDFs.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bd-page-window.h"
#include "bd-training-banner.h"

/* Nothing a page of its own shows stays on screen over a lock or after the session. */
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
bd_page_window_present (GtkWidget     *parent,
                        BdSession     *session,
                        GType          page_type,
                        const char    *title,
                        BdPageNewFunc  new_page)
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
  page = new_page (session);
  /* Found again by its page, under the training banner a training branch shows. */
  g_object_set_data (G_OBJECT (window), "bd-page-window-page", page);
  adw_window_set_content (ADW_WINDOW (window), bd_training_banner_wrap (page));
  /* Escape closes it, as it closes a preview: it only shows. */
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (window), keys);
  g_signal_connect_object (session, "notify::state", G_CALLBACK (session_state_cb), window, 0);
  gtk_window_present (window);
  return window;
}

static void
csv_chosen_cb (GtkNativeDialog *chooser,
               int              response,
               GtkWidget       *page)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  BdCsvChosenFunc chosen = g_object_get_data (G_OBJECT (chooser), "chosen");

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    chosen (page, file);
  g_object_unref (chooser);
}

void
bd_page_choose_csv (GtkWidget       *page,
                    const char      *title,
                    const char      *file_name,
                    BdCsvChosenFunc  chosen)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (page)),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) folder = NULL;

  g_return_if_fail (GTK_IS_WIDGET (page));

  /* Where the window saves its PDFs: Documents, or home without one. */
  folder = g_file_new_for_path (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR)
                                ? documents : g_get_home_dir ());
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  g_object_set_data (G_OBJECT (chooser), "chosen", chosen);
  g_signal_connect_object (chooser, "response", G_CALLBACK (csv_chosen_cb), page, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
