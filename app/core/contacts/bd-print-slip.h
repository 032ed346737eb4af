/* bd-print-slip.h — the customer contact slip (客户联系单) left when nobody is home
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "bd-print.h"
#include "bd-types.h"

G_BEGIN_DECLS

/* Everything a slip prints, and nothing more. The slip goes into a stranger's hands (a
 * neighbour, whoever opens the door): there is deliberately no field for a policy number,
 * an amount, an identity number or the customer's phone, so none can be printed by
 * mistake. Keep it so: tests/test-print.c checks the PDF for them.
 *
 * Strings are borrowed and may be NULL; a NULL string or date prints the form's blank
 * (____), so an empty BdSlip is the printed pad to fill in by hand. */
typedef struct
{
  const char    *surname;         /* 张: the surname only, see bd_slip_surname_from_name() */
  BdSex          sex;             /* 先生 / 女士; unknown prints 先生/女士 */
  GDateTime     *next_visit;      /* the appointment: month, day, hour, minute are printed */
  const char    *staff_phone;     /* the staff member's phone, never the customer's */
  /* What the visit was for: the four boxes of the form (domain §6) are the four
   * BdServiceItem values, 送达保险费发票, 现金收取保险费, 办理保险金给付 and the blank one;
   * none is ticked unless @service_ticked, as on the pad. */
  gboolean       service_ticked;
  BdServiceItem  service;
  const char    *service_other;   /* what BD_SERVICE_ITEM_OTHER stands for */
  const char    *company;         /* 衡信人寿保险股份有限公司 (or 衡信人寿) */
  const char    *branch;          /* 南京分公司 (or 南京) */
  const char    *staff_name;      /* 收展员 … 敬留 */
  GDateTime     *written;         /* the visit: when the slip was left, in local time */
} BdSlip;

/* The surname of a full Chinese name: 张 of 张伟, 欧阳 of 欧阳娜娜; a name that is not
 * written in Han characters is returned whole. */
char       *bd_slip_surname_from_name   (const char    *name);

/* The slip's markup pieces, exported so that the print benchmark lays out exactly the
 * text the slip prints. */

/* Ideographic spaces, underlined: a blank on the form. */
#define BD_SLIP_BLANK_SHORT "<u>\u3000\u3000</u>"
#define BD_SLIP_BLANK_LONG  "<u>\u3000\u3000\u3000\u3000\u3000</u>"

/* @value (nullable) stripped, escaped and underlined, or @blank when there is none. */
char       *bd_slip_format_fill            (const char *value,
                                            const char *blank);
/* "11 月 25 日 14 点 30 分", each number underlined; a NULL @when gives the form's blanks. */
char       *bd_slip_format_month_to_minute (GDateTime  *when);

/* Draws one slip in the box (0, 0, @width, @height) of @cr, in points: a bordered form
 * whose type size follows the box (about 12 pt on A5, 10 pt in a quarter of A4). */
void        bd_slip_draw                (const BdSlip  *slip,
                                         cairo_t       *cr,
                                         double         width,
                                         double         height);

typedef enum
{
  BD_SLIP_LAYOUT_A5,          /* one slip per A5 page */
  BD_SLIP_LAYOUT_A4_FOUR,     /* four per A4 sheet (2 × 2, each about A5 × 0.6), cut marks */
} BdSlipLayout;

BdPaperSize bd_slip_layout_get_paper    (BdSlipLayout   layout);
/* The grid of @layout on a page of @width × @height points. */
void        bd_slip_layout_get_sheet    (BdSlipLayout   layout,
                                         double         width,
                                         double         height,
                                         BdSheet       *sheet);
guint       bd_slip_count_pages         (BdSlipLayout   layout,
                                         guint          n_slips);
/* Draws page @page of a batch on @cr, a page of @width × @height points (a
 * BdPrintPageFunc or BdPrintedFormDrawPage body). */
void        bd_slip_draw_page           (const BdSlip  *slips,
                                         guint          n_slips,
                                         BdSlipLayout   layout,
                                         guint          page,
                                         cairo_t       *cr,
                                         double         width,
                                         double         height);
/* Writes the batch to a PDF at @path (see bd_print_render_pdf()); @n_slips ≥ 1. */
gboolean    bd_slip_print_pdf           (const char    *path,
                                         const BdSlip  *slips,
                                         guint          n_slips,
                                         BdSlipLayout   layout,
                                         GError       **error);

G_END_DECLS
