/* bd-print-job.c — printing without the dialog: a batch of pages straight to a named printer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkPrintOperation would be the obvious tool, but GTK 4.8.3 crashes (a use-after-free in
 * its printer lookup) when it prints to a printer without showing the dialog. So this
 * finds the printer itself with gtk_enumerate_printers(), waiting for the list, and hands
 * the printer a GtkPrintJob whose cairo surface is drawn with the same page functions as
 * the dialog's pages and the PDFs. The surface is in points, like every form.
 */
#define G_LOG_DOMAIN "bd-print-job"

#include "config.h"

#include "bd-print-job.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <gtk/gtkunixprint.h>

G_DEFINE_QUARK (bd-print-job-error-quark, bd_print_job_error)

/* What the task keeps alive until the printer system has the job. */
typedef struct
{
  char           *printer_name;
  GtkPrintJob    *job;
  gpointer        draw_data;
  GDestroyNotify  destroy;
} SendState;

static void
send_state_free (SendState *state)
{
  if (state->destroy != NULL)
    state->destroy (state->draw_data);
  g_clear_object (&state->job);
  g_free (state->printer_name);
  g_free (state);
}

typedef struct
{
  const char *name;
  GtkPrinter *found;
} Lookup;

static gboolean
find_printer_cb (GtkPrinter *printer,
                 gpointer    user_data)
{
  Lookup *lookup = user_data;

  if (g_strcmp0 (gtk_printer_get_name (printer), lookup->name) != 0)
    return FALSE;
  lookup->found = g_object_ref (printer);
  return TRUE;
}

/* Waits for the printer list (a nested main loop): the job needs the GtkPrinter itself,
 * and an unknown name must be reported, not printed to nowhere. */
static GtkPrinter *
find_printer (const char  *name,
              GError     **error)
{
  Lookup lookup = { name, NULL };

  gtk_enumerate_printers (find_printer_cb, &lookup, NULL, TRUE);
  if (lookup.found == NULL)
    {
      g_set_error (error, BD_PRINT_JOB_ERROR, BD_PRINT_JOB_ERROR_NO_PRINTER,
                   _("The printer “%s” is not there: check that it is switched on and "
                     "connected, or choose another printer in the print dialog"), name);
      return NULL;
    }
  /* “Print to File” and the like need a file name, which only the dialog asks for. */
  if (gtk_printer_is_virtual (lookup.found))
    {
      g_set_error (error, BD_PRINT_JOB_ERROR, BD_PRINT_JOB_ERROR_NO_PRINTER,
                   _("“%s” saves to a file and cannot print without the print dialog"), name);
      g_clear_object (&lookup.found);
    }
  return lookup.found;
}

static GtkPrintJob *
create_job (GtkPrinter  *printer,
            const char  *job_name,
            BdPaperSize  paper)
{
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (bd_paper_size_get_pwg_name (paper));
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();

  gtk_page_setup_set_paper_size_and_default_margins (setup, size);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_settings_set_printer (settings, gtk_printer_get_name (printer));
  gtk_print_settings_set_paper_size (settings, size);
  gtk_print_settings_set_orientation (settings, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_settings_set_n_copies (settings, 1);
  return gtk_print_job_new (job_name, printer, settings, setup);
}

static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, BD_PRINT_JOB_ERROR, BD_PRINT_JOB_ERROR_FAILED,
               _("The pages could not be drawn for the printer: %s"),
               cairo_status_to_string (status));
  return FALSE;
}

/* Draws every page on the job's surface, which the job then sends whole: the surface is
 * finished first, so the spool file holds the complete document. Each page ends with
 * cairo_show_page(), as in GtkPrintOperation; finishing after it adds no blank page. */
static gboolean
draw_pages (GtkPrintJob     *job,
            guint            n_pages,
            BdPrintJobDraw   draw,
            gpointer         draw_data,
            GError         **error)
{
  g_autoptr(GtkPageSetup) setup = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  cairo_t *cr;

  if ((surface = gtk_print_job_get_surface (job, error)) == NULL)
    return FALSE;
  g_object_get (job, "page-setup", &setup, NULL);
  width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  height = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);

  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      cairo_save (cr);
      draw (draw_data, page, cr, width, height);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  return check_cairo (status, error);
}

static GtkPrintJob *
prepare_job (const char      *printer_name,
             const char      *job_name,
             BdPaperSize      paper,
             guint            n_pages,
             BdPrintJobDraw   draw,
             gpointer         draw_data,
             GError         **error)
{
  g_autoptr(GtkPrinter) printer = NULL;
  g_autoptr(GtkPrintJob) job = NULL;

  if ((printer = find_printer (printer_name, error)) == NULL)
    return NULL;
  job = create_job (printer, job_name, paper);
  if (!draw_pages (job, n_pages, draw, draw_data, error))
    return NULL;
  return g_steal_pointer (&job);
}

static void
job_sent_cb (GtkPrintJob  *job,
             gpointer      user_data,
             const GError *error)
{
  GTask *task = user_data;
  SendState *state = g_task_get_task_data (task);

  if (error == NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  /* GTK's own error, kept as it is, said in the context of the desk's printer. */
  g_task_return_new_error (task, error->domain, error->code,
                           _("The printer “%s” did not take the pages: %s"),
                           state->printer_name, error->message);
}

/**
 * bd_print_job_send_async:
 * @printer_name: the printer, as GtkPrinter names it (the print dialog stores this name)
 * @job_name: the title of the job in the printer's queue
 * @paper: the paper every page is drawn on, in portrait
 * @n_pages: how many pages @draw draws, at least 1
 * @draw: (scope notified): draws one page
 * @draw_data: (closure draw): passed to @draw
 * @destroy: (nullable): frees @draw_data when the job is sent or has failed
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the printer system has the job, or it failed
 * @user_data: passed to @callback
 *
 * Sends @n_pages pages to @printer_name without a dialog. Looking the printer up runs a
 * nested main loop until the printer list is complete, and the pages are drawn before
 * this returns; the job is sent asynchronously. Completion means the printer's queue has
 * the job, not that the paper came out.
 */
void
bd_print_job_send_async (const char          *printer_name,
                         const char          *job_name,
                         BdPaperSize          paper,
                         guint                n_pages,
                         BdPrintJobDraw       draw,
                         gpointer             draw_data,
                         GDestroyNotify       destroy,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  SendState *state;

  g_return_if_fail (printer_name != NULL);
  g_return_if_fail (job_name != NULL);
  g_return_if_fail (n_pages > 0);
  g_return_if_fail (draw != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, bd_print_job_send_async);
  state = g_new0 (SendState, 1);
  state->printer_name = g_strdup (printer_name);
  state->draw_data = draw_data;
  state->destroy = destroy;
  g_task_set_task_data (task, state, (GDestroyNotify) send_state_free);

  if (g_task_return_error_if_cancelled (task))
    return;
  state->job = prepare_job (printer_name, job_name, paper, n_pages, draw, draw_data, &error);
  if (state->job == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  gtk_print_job_send (state->job, job_sent_cb, g_steal_pointer (&task), g_object_unref);
}

/**
 * bd_print_job_send_finish:
 * @result: the result passed to the callback
 * @error: return location for a #GError: %BD_PRINT_JOB_ERROR_NO_PRINTER when the printer
 *   is not there, or the printer system's error, in words
 *
 * Returns: whether the printer's queue took the job
 */
gboolean
bd_print_job_send_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bd_print_job_send_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
add_printer_name_cb (GtkPrinter *printer,
                     gpointer    user_data)
{
  if (!gtk_printer_is_virtual (printer))
    g_ptr_array_add (user_data, g_strdup (gtk_printer_get_name (printer)));
  return FALSE;
}

/**
 * bd_print_job_list_printers:
 *
 * The printers bd_print_job_send_async() can print to, for a chooser. Printers that only
 * save a file (“Print to File”) are left out: they need the dialog. This waits for the
 * printer list in a nested main loop.
 *
 * Returns: (transfer full): the printers' names, %NULL-terminated
 */
char **
bd_print_job_list_printers (void)
{
  GPtrArray *names = g_ptr_array_new ();

  gtk_enumerate_printers (add_printer_name_cb, names, NULL, TRUE);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (names, FALSE);
}
