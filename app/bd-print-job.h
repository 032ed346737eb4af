/* bd-print-job.h — printing without GTK's printer backends: pages straight to a printer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "bd-print.h"

G_BEGIN_DECLS

#define BD_PRINT_JOB_ERROR (bd_print_job_error_quark ())

typedef enum
{
  BD_PRINT_JOB_ERROR_NO_PRINTER,   /* no printer of that name, or one that only saves files */
  BD_PRINT_JOB_ERROR_FAILED,       /* the pages could not be drawn or the job was refused */
} BdPrintJobError;

GQuark bd_print_job_error_quark (void);

/* Draws page @page (counted from 0) on @cr, a page of @width × @height points: the shape
 * of the core's page functions (bd_slip_draw_page() behind a small wrapper). */
typedef void (*BdPrintJobDraw) (gpointer  data,
                                guint     page,
                                cairo_t  *cr,
                                double    width,
                                double    height);

void       bd_print_job_send_async    (const char           *printer_name,
                                       const char           *job_name,
                                       BdPaperSize           paper,
                                       guint                 n_pages,
                                       guint                 copies,
                                       BdPrintJobDraw        draw,
                                       gpointer              draw_data,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gboolean   bd_print_job_send_finish   (GAsyncResult         *result,
                                       GError              **error);

char     **bd_print_job_list_printers (void);

G_END_DECLS
