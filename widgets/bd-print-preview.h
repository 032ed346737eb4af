/* bd-print-preview.h — the pages of a printed form on screen, drawn by the printing code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-print.h"
#include "bd-printed-form.h"

G_BEGIN_DECLS

#define BD_TYPE_PRINT_PREVIEW (bd_print_preview_get_type ())

G_DECLARE_FINAL_TYPE (BdPrintPreview, bd_print_preview, BD, PRINT_PREVIEW, AdwBin)

GtkWidget *bd_print_preview_new         (void);

void       bd_print_preview_set_form    (BdPrintPreview     *self,
                                         BdPrintedForm      *form);
void       bd_print_preview_clear       (BdPrintPreview     *self);

guint      bd_print_preview_get_n_pages (BdPrintPreview     *self);
guint      bd_print_preview_get_page    (BdPrintPreview     *self);
void       bd_print_preview_set_page    (BdPrintPreview     *self,
                                         guint               page);
const char *bd_print_preview_get_title  (BdPrintPreview     *self);
void       bd_print_preview_set_title   (BdPrintPreview     *self,
                                         const char         *title);

G_END_DECLS
