/* bd-print-job.c — printing without GTK's printer backends: pages straight to a printer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages are drawn with the core's page functions into a PDF in memory, as for a saved
 * PDF, and handed to the printer system with libcups in a worker thread.
 *
 * Why not GTK's printing: GTK 4.8.3 crashes (a use-after-free in its printer lookup) when
 * GtkPrintOperation prints without its dialog, and since Debian's libcups security update
 * 2.4.2-3+deb12u10 (the fix for CVE-2025-58436) GTK's CUPS backend loops for ever, at full
 * CPU, once a CUPS server answers it: the print dialog and GtkPrintJob freeze the desk
 * (OpenPrinting/cups issue 1429; fixed in libcups 2.4.16, not in Debian 12 yet). libcups's
 * own blocking calls, which lp and lpstat use, are not affected.
 */
#define G_LOG_DOMAIN "bd-print-job"

#include "config.h"

#include "bd-print-job.h"

#include <cups/cups.h>
#include <glib/gi18n.h>

G_DEFINE_QUARK (bd-print-job-error-quark, bd_print_job_error)

/* What the worker thread needs: everything is copied, nothing is shared with the caller. */
typedef struct
{
  char   *printer_name;
  char   *job_name;
  char   *media;         /* the paper's PWG 5101.1 self-describing name, as IPP wants it */
  guint   copies;
  GBytes *pdf;
} SendState;

static void
send_state_free (SendState *state)
{
  g_free (state->printer_name);
  g_free (state->job_name);
  g_free (state->media);
  g_clear_pointer (&state->pdf, g_bytes_unref);
  g_free (state);
}

static cairo_status_t
append_to_array_cb (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
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

/* bd_print_render_pdf_stream() draws any document: this is the form's page. */
static void
draw_form_page_cb (gpointer  user_data,
                   guint     page,
                   cairo_t  *cr,
                   double    width,
                   double    height)
{
  bd_printed_form_draw_page (user_data, page, cr, width, height);
}

/* Draws every page into a PDF in memory. The core's text drawing sees a PDF surface and
 * uses its stand-in fonts, so the printer gets exactly what a saved PDF holds. */
static GBytes *
draw_pdf (BdPrintedForm  *form,
          GError        **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_status_t status;

  status = bd_print_render_pdf_stream (append_to_array_cb, bytes,
                                       bd_printed_form_get_n_pages (form), draw_form_page_cb,
                                       form, bd_printed_form_get_paper (form));
  if (!check_cairo (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

static void
set_no_printer_error (GError     **error,
                      const char  *name)
{
  g_set_error (error, BD_PRINT_JOB_ERROR, BD_PRINT_JOB_ERROR_NO_PRINTER,
               _("The printer “%s” is not there: check that it is switched on and "
                 "connected, or choose another printer"), name);
}

static void
set_cups_error (GError     **error,
                const char  *printer_name)
{
  g_set_error (error, BD_PRINT_JOB_ERROR, BD_PRINT_JOB_ERROR_FAILED,
               _("The printer “%s” did not take the pages: %s"),
               printer_name, cupsLastErrorString ());
}

/* The job's options: the paper and the number of copies, as IPP names them. */
static int
job_options (const SendState  *state,
             cups_option_t   **options)
{
  g_autofree char *copies = g_strdup_printf ("%u", state->copies);
  int n_options = 0;

  *options = NULL;
  n_options = cupsAddOption ("media", state->media, n_options, options);
  n_options = cupsAddOption ("copies", copies, n_options, options);
  return n_options;
}

/* Creates the job, sends the PDF as its one document and closes it: on any failure after
 * the job exists, the job is cancelled so that no half document waits in the queue. The
 * document has no name of its own (the job's title names it): cupsd 2.4.2-3+deb12u10
 * crashes when a document's name holds a space. */
static gboolean
send_pdf (const SendState  *state,
          GError          **error)
{
  cups_option_t *options = NULL;
  int n_options = job_options (state, &options);
  gsize length = 0;
  const char *data = g_bytes_get_data (state->pdf, &length);
  int job_id;
  gboolean sent = FALSE;

  job_id = cupsCreateJob (CUPS_HTTP_DEFAULT, state->printer_name, state->job_name,
                          n_options, options);
  if (job_id > 0 &&
      cupsStartDocument (CUPS_HTTP_DEFAULT, state->printer_name, job_id, NULL,
                         CUPS_FORMAT_PDF, 1) == HTTP_STATUS_CONTINUE &&
      cupsWriteRequestData (CUPS_HTTP_DEFAULT, data, length) == HTTP_STATUS_CONTINUE &&
      cupsFinishDocument (CUPS_HTTP_DEFAULT, state->printer_name) == IPP_STATUS_OK)
    sent = TRUE;
  if (!sent)
    {
      set_cups_error (error, state->printer_name);
      if (job_id > 0)
        cupsCancelJob2 (CUPS_HTTP_DEFAULT, state->printer_name, job_id, 0);
    }
  cupsFreeOptions (n_options, options);
  return sent;
}

/* Runs in a worker thread: libcups keeps its connection per thread, and its calls block. */
static void
send_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SendState *state = task_data;
  cups_dest_t *dest = cupsGetNamedDest (CUPS_HTTP_DEFAULT, state->printer_name, NULL);
  GError *error = NULL;

  if (dest == NULL)
    {
      set_no_printer_error (&error, state->printer_name);
      g_task_return_error (task, error);
      return;
    }
  cupsFreeDests (1, dest);
  if (g_task_return_error_if_cancelled (task))
    return;
  if (send_pdf (state, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * bd_print_job_send_async:
 * @printer_name: the printer, as the printer system names it
 * @form: the form whose pages are printed, on its paper in portrait; its title names the
 *   job in the printer's queue
 * @copies: how many copies, at least 1
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the printer system has the job, or it failed
 * @user_data: passed to @callback
 *
 * Sends the form's pages to @printer_name without a dialog. The pages are drawn before
 * this returns, so @form may go away then; the printer is looked up and the job sent in a
 * worker thread. Completion means the printer's queue has the job, not that the paper
 * came out.
 */
void
bd_print_job_send_async (const char          *printer_name,
                         BdPrintedForm       *form,
                         guint                copies,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  SendState *state;

  g_return_if_fail (printer_name != NULL);
  g_return_if_fail (form != NULL);
  g_return_if_fail (copies > 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, bd_print_job_send_async);
  state = g_new0 (SendState, 1);
  state->printer_name = g_strdup (printer_name);
  state->job_name = g_strdup (bd_printed_form_get_title (form));
  state->media = g_strdup (bd_printed_form_get_paper (form) == BD_PAPER_A5 ? "iso_a5_148x210mm" : "iso_a4_210x297mm");
  state->copies = copies;
  g_task_set_task_data (task, state, (GDestroyNotify) send_state_free);

  if ((state->pdf = draw_pdf (form, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_run_in_thread (task, send_thread);
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

/**
 * bd_print_job_list_printers:
 *
 * The printers bd_print_job_send_async() can print to, for a chooser, the printer
 * system's default first. This asks the printer system and waits for its answer.
 *
 * Returns: (transfer full): the printers' names, %NULL-terminated
 */
char **
bd_print_job_list_printers (void)
{
  GPtrArray *names = g_ptr_array_new ();
  cups_dest_t *dests = NULL;
  int n_dests = cupsGetDests2 (CUPS_HTTP_DEFAULT, &dests);

  for (int i = 0; i < n_dests; i++)
    {
      /* Instances (“printer/duplex”) are settings of a printer, not another printer. */
      if (dests[i].instance != NULL)
        continue;
      if (dests[i].is_default)
        g_ptr_array_insert (names, 0, g_strdup (dests[i].name));
      else
        g_ptr_array_add (names, g_strdup (dests[i].name));
    }
  cupsFreeDests (n_dests, dests);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (names, FALSE);
}
