/* bd-print-dialog.c — choosing the printer and the number of copies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The desk's own small print dialog. GTK's print dialog asks GTK's CUPS backend for the
 * printers, and that backend hangs on Debian 12's libcups (see bd-print-job.c); a counter
 * needs no more than the printer and the copies anyway: the paper is the form's own, and
 * a PDF is saved with the form's Save as PDF.
 */
#define G_LOG_DOMAIN "bd-print-dialog"

#include "config.h"

#include "bd-print-dialog.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bd-print-job.h"

#define MAX_COPIES 20

/* The answer is read in the response handler: the dialog closes itself after it. */
typedef struct
{
  GMainLoop      *loop;
  const char    **printers;
  AdwComboRow    *printer_row;
  GtkSpinButton  *copies_spin;
  char           *printer;      /* the choice, NULL if none was made */
  guint           copies;
} Wait;

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Wait             *wait)
{
  if (g_strcmp0 (response, "print") == 0 && wait->printer_row != NULL)
    {
      wait->printer = g_strdup (wait->printers[adw_combo_row_get_selected (wait->printer_row)]);
      wait->copies = (guint) gtk_spin_button_get_value_as_int (wait->copies_spin);
    }
  g_main_loop_quit (wait->loop);
}

static GtkWidget *
printer_row (const char * const *printers,
             const char         *last_printer)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) list = gtk_string_list_new (printers);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Printer"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  for (guint i = 0; printers[i] != NULL; i++)
    if (g_strcmp0 (printers[i], last_printer) == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
  return row;
}

static GtkWidget *
copies_row (GtkSpinButton **spin)
{
  GtkWidget *row = adw_action_row_new ();

  *spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, MAX_COPIES, 1));
  gtk_widget_set_valign (GTK_WIDGET (*spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (*spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Copies"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Copies"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (*spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (*spin));
  return row;
}

static AdwMessageDialog *
create_dialog (GtkWindow *parent,
               const char *title,
               gboolean    have_printers)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, title, NULL));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "print", _("_Print"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "print", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "print");
  adw_message_dialog_set_close_response (dialog, "cancel");
  if (!have_printers)
    {
      adw_message_dialog_set_body (dialog, _("No printer is set up on this computer. Ask "
                                             "the branch's administrator to add one, or "
                                             "save the form as PDF."));
      adw_message_dialog_set_response_enabled (dialog, "print", FALSE);
    }
  return dialog;
}

/**
 * bd_print_dialog_run:
 * @parent: the window the dialog belongs to
 * @title: what is printed, as the dialog's heading
 * @last_printer: (nullable): the printer chosen last time, offered first
 * @printer: (out): the printer chosen
 * @copies: (out): the number of copies chosen
 *
 * Asks for the printer and the copies, waiting for the answer in a nested main loop as
 * the print dialog did, so that the caller's form stays alive until it is drawn.
 *
 * Returns: whether the person chose to print
 */
gboolean
bd_print_dialog_run (GtkWindow   *parent,
                     const char  *title,
                     const char  *last_printer,
                     char       **printer,
                     guint       *copies)
{
  g_auto(GStrv) printers = bd_print_job_list_printers ();
  gboolean have_printers = printers[0] != NULL;
  AdwMessageDialog *dialog = create_dialog (parent, title, have_printers);
  Wait wait = { g_main_loop_new (NULL, FALSE), (const char **) printers, NULL, NULL, NULL, 1 };

  if (have_printers)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *row = printer_row ((const char * const *) printers, last_printer);

      wait.printer_row = ADW_COMBO_ROW (row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), copies_row (&wait.copies_spin));
      adw_message_dialog_set_extra_child (dialog, group);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), &wait);
  gtk_window_present (GTK_WINDOW (dialog));
  g_main_loop_run (wait.loop);
  g_main_loop_unref (wait.loop);

  *printer = wait.printer;
  *copies = wait.copies;
  return wait.printer != NULL;
}
