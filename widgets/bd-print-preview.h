/* bd-print-preview.h — the pages of a printed form on screen, drawn by the printing code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-print.h"

G_BEGIN_DECLS

#define BD_TYPE_PRINT_PREVIEW (bd_print_preview_get_type ())

G_DECLARE_FINAL_TYPE (BdPrintPreview, bd_print_preview, BD, PRINT_PREVIEW, AdwBin)

/* Draws page @page (counted from 0) on @cr, a page of @width × @height points: the shape
 * of the core's page functions (bd_review_sheet_draw_page(); bd_slip_draw_page() behind a
 * small wrapper) and of BdPrintJobDraw, so one wrapper serves the preview and the printer. */
typedef void (*BdPrintPreviewDraw) (gpointer  data,
                                    guint     page,
                                    cairo_t  *cr,
                                    double    width,
                                    double    height);

GtkWidget *bd_print_preview_new         (void);

void       bd_print_preview_set_pages   (BdPrintPreview     *self,
                                         BdPaperSize         paper,
                                         guint               n_pages,
                                         BdPrintPreviewDraw  draw,
                                         gpointer            data,
                                         GDestroyNotify      destroy);
void       bd_print_preview_clear       (BdPrintPreview     *self);

guint      bd_print_preview_get_n_pages (BdPrintPreview     *self);
guint      bd_print_preview_get_page    (BdPrintPreview     *self);
void       bd_print_preview_set_page    (BdPrintPreview     *self,
                                         guint               page);
const char *bd_print_preview_get_title  (BdPrintPreview     *self);
void       bd_print_preview_set_title   (BdPrintPreview     *self,
                                         const char         *title);

G_END_DECLS
