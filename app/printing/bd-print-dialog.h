/* bd-print-dialog.h — choosing the printer and the number of copies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean bd_print_dialog_run (GtkWindow   *parent,
                              const char  *title,
                              const char  *last_printer,
                              char       **printer,
                              guint       *copies);

G_END_DECLS
