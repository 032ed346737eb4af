/* bd-print-job.h — printing without GTK's printer backends: pages straight to a printer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "bd-print.h"
#include "bd-printed-form.h"

G_BEGIN_DECLS

#define BD_PRINT_JOB_ERROR (bd_print_job_error_quark ())

typedef enum
{
  BD_PRINT_JOB_ERROR_NO_PRINTER,   /* no printer of that name, or one that only saves files */
  BD_PRINT_JOB_ERROR_FAILED,       /* the pages could not be drawn or the job was refused */
} BdPrintJobError;

GQuark bd_print_job_error_quark (void);

/* The pages are the form's, drawn by bd_printed_form_draw_page(); the job is named by
 * the form's title. */
void       bd_print_job_send_async    (const char           *printer_name,
                                       BdPrintedForm        *form,
                                       guint                 copies,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gboolean   bd_print_job_send_finish   (GAsyncResult         *result,
                                       GError              **error);

char     **bd_print_job_list_printers (void);

G_END_DECLS
