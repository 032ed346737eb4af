/* bd-print.h — what every printed form shares: paper, fonts, sheets of forms, PDF and PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* Every form draws in PostScript points (1/72 inch), the unit of cairo's PDF surface and
 * of a GtkPrintContext set to GTK_UNIT_POINTS, with the origin at the top-left corner. */
#define BD_PRINT_MM(mm) ((mm) * 72.0 / 25.4)

/* Room left blank at every paper edge: inside what office printers can print. */
#define BD_PRINT_DEFAULT_MARGIN BD_PRINT_MM (12.0)

#define BD_PRINT_ERROR (bd_print_error_quark ())

typedef enum
{
  BD_PRINT_ERROR_WRITE,   /* the file cannot be created or written */
  BD_PRINT_ERROR_DRAW,    /* cairo failed while drawing (out of memory, a broken font) */
} BdPrintError;

GQuark bd_print_error_quark (void);

typedef enum
{
  BD_PAPER_A4,            /* 210 × 297 mm, portrait */
  BD_PAPER_A5,            /* 148 × 210 mm, portrait */
} BdPaperSize;

void        bd_paper_size_get_points   (BdPaperSize  paper,
                                        double      *width,
                                        double      *height);
/* The PWG name ("iso_a4"), for gtk_paper_size_new(). */
const char *bd_paper_size_get_pwg_name (BdPaperSize  paper);

/* Text. Every layout names a simplified-Chinese family and carries the language zh-cn,
 * so Han characters take their mainland forms whatever the locale (under LANG=C the
 * fallback font would draw 直, 角 and 骨 the Japanese way), and it turns off hinting and
 * rounding, so a page measures the same on paper, in a PDF and in a preview. */
typedef enum
{
  BD_PRINT_FONT_SANS,         /* Noto Sans CJK SC: body text, tables */
  BD_PRINT_FONT_SANS_BOLD,    /* headings, table headers, totals */
  BD_PRINT_FONT_SERIF_BOLD,   /* Noto Serif CJK SC Bold: the title of a form */
} BdPrintFont;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} BdPrintRect;

typedef struct
{
  double x0;
  double y0;
  double x1;
  double y1;
} BdPrintLine;

/* A layout for @cr in @font at @size points. A @width above 0 wraps the text at that
 * width (between words, or between characters in Chinese) and aligns it with @align. */
PangoLayout *bd_print_layout_new        (cairo_t        *cr,
                                         BdPrintFont     font,
                                         double          size,
                                         double          width,
                                         PangoAlignment  align);
/* The layout's logical size in points. */
double       bd_print_layout_get_width  (PangoLayout    *layout);
double       bd_print_layout_get_height (PangoLayout    *layout);
/* Draws @layout with its top-left corner at (@x, @y) in the current source colour. */
void         bd_print_show_layout       (cairo_t        *cr,
                                         PangoLayout    *layout,
                                         double          x,
                                         double          y);
/* Draws plain @text at (@x, @y), wrapped at @width (0: one line); returns its height. */
double       bd_print_text              (cairo_t        *cr,
                                         BdPrintFont     font,
                                         double          size,
                                         double          x,
                                         double          y,
                                         double          width,
                                         PangoAlignment  align,
                                         const char     *text);

/* A sheet: forms in a grid of @columns × @rows cells, filled row by row, inside the
 * margins, with a gap between cells for the cut marks. A sheet of one cell and no gap is
 * simply a page holding one form. */
typedef struct
{
  double page_width;      /* points */
  double page_height;
  double margin;          /* all four sides */
  double gap;             /* between neighbouring cells */
  guint  columns;
  guint  rows;
} BdSheet;

/* Where one form of a batch goes: its index in the batch and its cell on the page. */
typedef struct
{
  guint       form;
  BdPrintRect cell;
} BdSheetSlot;

/* Each corner of a cell has two marks, one along each edge, outside the cell. */
#define BD_SHEET_MARKS_PER_CELL 8

/* @paper with the default margin; cells are separated by a gap wide enough for two
 * neighbouring cut marks when there is more than one. */
void   bd_sheet_init             (BdSheet       *sheet,
                                  BdPaperSize    paper,
                                  guint          columns,
                                  guint          rows);
guint  bd_sheet_get_n_cells      (const BdSheet *sheet);
/* Pages for a batch of @n_forms: 9 forms on a sheet of 4 cells take 3 pages. */
guint  bd_sheet_count_pages      (const BdSheet *sheet,
                                  guint          n_forms);
void   bd_sheet_get_cell         (const BdSheet *sheet,
                                  guint          cell,
                                  BdPrintRect   *rect);
/* Fills @slots (room for bd_sheet_get_n_cells() entries) with the forms of @page of a
 * batch of @n_forms; returns how many there are (0 past the last page). */
guint  bd_sheet_layout_page      (const BdSheet *sheet,
                                  guint          page,
                                  guint          n_forms,
                                  BdSheetSlot   *slots);
/* The cut marks of @cell: short lines continuing its edges beyond its corners. */
void   bd_sheet_get_cut_marks    (const BdSheet *sheet,
                                  guint          cell,
                                  BdPrintLine    marks[BD_SHEET_MARKS_PER_CELL]);
/* Draws the cut marks of the first @n_cells cells; nothing when the sheet has one cell. */
void   bd_sheet_draw_cut_marks   (const BdSheet *sheet,
                                  cairo_t       *cr,
                                  guint          n_cells);

/* Draws page @page (counted from 0) of a document on @cr, in points, on a page of
 * @width × @height points: the order of BdPrintedFormDrawPage (bd-printed-form.h), the one
 * shape of drawing a page, with the document's data first. */
typedef void (*BdPrintPageFunc) (gpointer  user_data,
                                 guint     page,
                                 cairo_t  *cr,
                                 double    width,
                                 double    height);

/* Writes @n_pages pages of @paper to a PDF at @path (replaced whole: a failure leaves
 * an older file as it was). */
gboolean         bd_print_render_pdf   (const char       *path,
                                        guint             n_pages,
                                        BdPrintPageFunc   draw_page,
                                        gpointer          user_data,
                                        BdPaperSize       paper,
                                        GError          **error);
/* Draws @n_pages pages of @paper as a PDF into @write with @closure (cairo's stream
 * writer): the one way a document becomes a PDF, to a file or to the printer's job.
 * Returns how the drawing ended. */
cairo_status_t   bd_print_render_pdf_stream (cairo_write_func_t  write,
                                             void               *closure,
                                             guint               n_pages,
                                             BdPrintPageFunc     draw_page,
                                             gpointer            user_data,
                                             BdPaperSize         paper);
/* Draws one page on white into a new ARGB image of @dpi dots per inch. */
cairo_surface_t *bd_print_render_image (guint             page,
                                        BdPrintPageFunc   draw_page,
                                        gpointer          user_data,
                                        BdPaperSize       paper,
                                        double            dpi);
/* A page for the screen: recorded once in points, replayed at any size. */
cairo_surface_t *bd_print_record_page  (guint             page,
                                        BdPrintPageFunc   draw_page,
                                        gpointer          user_data,
                                        BdPaperSize       paper);
void             bd_print_show_recorded_page (cairo_t         *cr,
                                              cairo_surface_t *recording,
                                              BdPaperSize      paper,
                                              double           width,
                                              double           height);
gboolean         bd_print_render_png   (const char       *path,
                                        guint             page,
                                        BdPrintPageFunc   draw_page,
                                        gpointer          user_data,
                                        BdPaperSize       paper,
                                        double            dpi,
                                        GError          **error);

G_END_DECLS
