/* bd-print-review.h — the household policy review sheet (家庭保单检视表), handed to a family
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "bd-household-card.h"
#include "bd-print.h"

G_BEGIN_DECLS

/* What a review sheet prints: the household card and the lines at its head and foot. The
 * sheet shows no identity number and no phone number: it is read across the counter. */
typedef struct
{
  BdHouseholdCard *card;          /* borrowed */
  const char      *company;       /* 衡信人寿保险股份有限公司; may be NULL */
  const char      *branch;        /* 南京分公司; may be NULL */
  const char      *staff_name;    /* who prints it; may be NULL. The sheet names the
                                   * household's servicing staff, from the card. */
  GDate            date;          /* the day it is printed: dues within 90 days of it */
} BdReviewSheet;

/* The sheet is laid out for A4 (portrait); another page size gets the A4 page scaled to
 * fit, so the page count never depends on the printer. */
guint    bd_review_sheet_count_pages (const BdReviewSheet  *sheet);
/* Draws page @page (from 0) on @cr, a page of @width × @height points. */
void     bd_review_sheet_draw_page   (const BdReviewSheet  *sheet,
                                      guint                 page,
                                      cairo_t              *cr,
                                      double                width,
                                      double                height);
/* Writes every page to a PDF at @path (see bd_print_render_pdf()), as the desk prints it
 * (bd-printed-form.c). */
gboolean bd_review_sheet_print_pdf   (const BdReviewSheet  *sheet,
                                      const char           *path,
                                      GError              **error);

G_END_DECLS
