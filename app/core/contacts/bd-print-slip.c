/* bd-print-slip.c — the customer contact slip (客户联系单) left when nobody is home
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The slip's text is the company's form (domain §6, seed 000), printed in Chinese for a
 * customer in mainland China whatever language the desk runs in: none of its strings is
 * marked for translation, on purpose. Filled-in values are underlined, as on a form
 * filled by hand, and a missing value prints the form's blank.
 *
 * The type size follows the box: it starts from the box's width and shrinks until the
 * whole form fits its height; what height is left widens the gaps a little and centres
 * the form, so an A5 page and a quarter of A4 both look filled, not stretched. */

#define G_LOG_DOMAIN "bd-print-slip"

#include "config.h"

#include "bd-print-slip.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-printed-form.h"

/* The form's blocks, top to bottom. */
typedef enum
{
  BLOCK_TITLE,
  BLOCK_SALUTATION,
  BLOCK_BODY,
  BLOCK_PHONE,
  BLOCK_SERVICE,
  BLOCK_ITEMS,       /* the four boxes: drawn apart, not one layout */
  BLOCK_THANKS,
  BLOCK_COMPANY,
  BLOCK_SIGNATURE,
  BLOCK_DATE,
  N_BLOCKS
} Block;

/* Space above each block, in ems of the body text. */
static const double gap_before[N_BLOCKS] = {
  [BLOCK_TITLE] = 0.0,
  [BLOCK_SALUTATION] = 1.0,
  [BLOCK_BODY] = 0.3,
  [BLOCK_PHONE] = 0.5,
  [BLOCK_SERVICE] = 0.3,
  [BLOCK_ITEMS] = 0.2,
  [BLOCK_THANKS] = 0.5,
  [BLOCK_COMPANY] = 1.0,
  [BLOCK_SIGNATURE] = 0.2,
  [BLOCK_DATE] = 0.2,
};

#define N_ITEMS 4
/* The printed names of the first three boxes; the fourth is the blank one. In the order
 * of BdServiceItem: box i is ticked for the item i. */
static const char * const item_labels[N_ITEMS] = {
  "送达保险费发票",
  "现金收取保险费",
  "办理保险金给付",
  NULL,
};

G_STATIC_ASSERT (BD_SERVICE_ITEM_INVOICE == 0 && BD_SERVICE_ITEM_OTHER == N_ITEMS - 1);

/* Compound surnames (复姓) that still occur; a name starting with one of them and
 * longer than it is addressed by both characters. */
static const char * const compound_surnames[] = {
  "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
  "宇文", "司徒", "司空", "夏侯", "令狐", "端木", "西门", "南宫", "轩辕", "呼延",
  "独孤", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太史", "申屠", "钟离",
  "闻人", "赫连", "百里", "东郭", "万俟", "拓跋", "第五",
};

/* Sizes in points, and proportions of the body size. */
#define MAX_SIZE         13.0
#define MIN_SIZE         6.0
#define WIDTH_IN_EMS     20.0   /* characters across the body text */
#define TITLE_SCALE      1.6
#define BORDER_WIDTH     0.8
#define BOX_EMS          0.8    /* a check box's side */
#define BOX_GAP_EMS      0.3    /* between a box and its label */
#define ITEM_SPACING_EMS 1.0    /* between two items on a row */
#define ITEM_ROW_GAP_EMS 0.3
#define INDENT_EMS       2.0    /* paragraphs start two characters in */
#define MAX_GAP_SCALE    2.2

/* The laid-out text of one slip at one type size. */
typedef struct
{
  double        size;
  double        width;
  PangoLayout  *blocks[N_BLOCKS];   /* NULL at BLOCK_ITEMS */
  PangoLayout  *items[N_ITEMS];
  int           ticked;   /* the box ticked (a BdServiceItem), or -1 */
  guint         columns;
  double        column_width;
} SlipText;

/**
 * bd_slip_surname_from_name:
 * @name: a full name
 *
 * Returns: (transfer full) (nullable): the surname to address the customer by, or
 *   %NULL when @name is empty
 */
char *
bd_slip_surname_from_name (const char *name)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  trimmed = g_strstrip (g_strdup (name));
  if (*trimmed == '\0')
    return NULL;
  /* 阿依古丽·买买提, John Smith: no surname to cut off; address them by the name. */
  if (g_unichar_get_script (g_utf8_get_char (trimmed)) != G_UNICODE_SCRIPT_HAN
      || strstr (trimmed, "·") != NULL || strstr (trimmed, "•") != NULL)
    return g_steal_pointer (&trimmed);
  for (guint i = 0; i < G_N_ELEMENTS (compound_surnames); i++)
    if (g_str_has_prefix (trimmed, compound_surnames[i]) && g_utf8_strlen (trimmed, -1) > 2)
      return g_strdup (compound_surnames[i]);
  return g_utf8_substring (trimmed, 0, 1);
}

/* The form's text */

char *
bd_slip_format_fill (const char *value,
                     const char *blank)
{
  g_autofree char *stripped = g_strstrip (g_strdup (value != NULL ? value : ""));

  if (*stripped == '\0')
    return g_strdup (blank);
  return g_markup_printf_escaped ("<u>%s</u>", stripped);
}

static char *
salutation_markup (const BdSlip *slip)
{
  g_autofree char *surname = bd_slip_format_fill (slip->surname, BD_SLIP_BLANK_LONG);
  const char *title = slip->sex == BD_SEX_MALE ? "先生"
                      : slip->sex == BD_SEX_FEMALE ? "女士" : "先生/女士";

  return g_strdup_printf ("尊敬的%s%s：", surname, title);
}

char *
bd_slip_format_month_to_minute (GDateTime *when)
{
  if (when == NULL)
    return g_strdup (BD_SLIP_BLANK_SHORT " 月 " BD_SLIP_BLANK_SHORT " 日 "
                     BD_SLIP_BLANK_SHORT " 点 " BD_SLIP_BLANK_SHORT " 分");
  return g_strdup_printf ("<u>%d</u> 月 <u>%d</u> 日 <u>%d</u> 点 <u>%02d</u> 分",
                          g_date_time_get_month (when), g_date_time_get_day_of_month (when),
                          g_date_time_get_hour (when), g_date_time_get_minute (when));
}

/* "2026 年 11 月 25 日 14 点 30 分". The appointment has its year too: a slip found in a
 * drawer weeks later, or left in December for January, must not leave the customer
 * guessing which year is meant. */
static char *
appointment_markup (GDateTime *when)
{
  g_autofree char *rest = bd_slip_format_month_to_minute (when);

  if (when == NULL)
    return g_strdup_printf ("%s 年 %s", BD_SLIP_BLANK_SHORT, rest);
  return g_strdup_printf ("<u>%d</u> 年 %s", g_date_time_get_year (when), rest);
}

static char *
body_markup (const BdSlip *slip)
{
  g_autofree char *appointment = appointment_markup (slip->next_visit);

  return g_strdup_printf ("您好！非常荣幸地为您服务，今日前来服务未遇，预定 %s再来拜访。"
                          "若您因事外出，请您将相关事宜转告家人，或请您与我电话联系，"
                          "以便另约时间。", appointment);
}

/* The form reads "____ 保险股份有限公司 ____ 分公司": settings may hold the full names
 * (衡信人寿保险股份有限公司, 南京分公司) or only the blanks' part (衡信人寿, 南京). */
static char *
complete_name (const char *name,
               const char *suffix)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *escaped = NULL;

  if (*stripped == '\0')
    return g_strconcat (BD_SLIP_BLANK_LONG, suffix, NULL);
  escaped = g_markup_escape_text (stripped, -1);
  if (g_str_has_suffix (stripped, "公司"))
    return g_steal_pointer (&escaped);
  if (g_str_has_suffix (stripped, "保险") && g_str_has_suffix (suffix, "股份有限公司"))
    return g_strconcat (escaped, "股份有限公司", NULL);
  return g_strconcat (escaped, suffix, NULL);
}

static char *
company_markup (const BdSlip *slip)
{
  g_autofree char *company = complete_name (slip->company, "保险股份有限公司");
  g_autofree char *branch = complete_name (slip->branch, "分公司");

  return g_strdup_printf ("%s %s", company, branch);
}

static char *
block_markup (const BdSlip *slip,
              Block         block)
{
  g_autofree char *value = NULL;

  switch (block)
    {
    case BLOCK_TITLE: return g_strdup ("客户联系单");
    case BLOCK_SALUTATION: return salutation_markup (slip);
    case BLOCK_BODY: return body_markup (slip);
    case BLOCK_PHONE:
      value = bd_slip_format_fill (slip->staff_phone, BD_SLIP_BLANK_LONG);
      return g_strdup_printf ("联系电话：%s", value);
    case BLOCK_SERVICE: return g_strdup ("本次服务的项目是：");
    case BLOCK_THANKS: return g_strdup ("谢谢您的合作！");
    case BLOCK_COMPANY: return company_markup (slip);
    case BLOCK_SIGNATURE:
      value = bd_slip_format_fill (slip->staff_name, BD_SLIP_BLANK_SHORT);
      return g_strdup_printf ("收展员 %s 敬留", value);
    case BLOCK_DATE: return appointment_markup (slip->written);
    case BLOCK_ITEMS:
    case N_BLOCKS:
    default:
      g_assert_not_reached ();
    }
}

static char *
item_markup (const BdSlip *slip,
             guint         item)
{
  if (item_labels[item] != NULL)
    return g_strdup (item_labels[item]);
  if (slip->service_ticked && slip->service == BD_SERVICE_ITEM_OTHER)
    return bd_slip_format_fill (slip->service_other, BD_SLIP_BLANK_LONG);
  return g_strdup (BD_SLIP_BLANK_LONG);
}

/* Layout */

static PangoLayout *
create_block (cairo_t      *cr,
              const BdSlip *slip,
              Block         block,
              double        size,
              double        width)
{
  g_autofree char *markup = block_markup (slip, block);
  gboolean title = block == BLOCK_TITLE;
  gboolean signed_off = block == BLOCK_COMPANY || block == BLOCK_SIGNATURE || block == BLOCK_DATE;
  PangoAlignment align = title ? PANGO_ALIGN_CENTER
                         : signed_off ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
  PangoLayout *layout = bd_print_layout_new (cr, title ? BD_PRINT_FONT_SERIF_BOLD
                                                       : BD_PRINT_FONT_SANS,
                                             title ? size * TITLE_SCALE : size, width, align);

  if (block == BLOCK_BODY || block == BLOCK_THANKS)
    pango_layout_set_indent (layout, pango_units_from_double (INDENT_EMS * size));
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* Four items to a row when they fit, else two, else one: never three and a straggler. */
static void
lay_out_items (SlipText     *text,
               cairo_t      *cr,
               const BdSlip *slip)
{
  double lead = (BOX_EMS + BOX_GAP_EMS) * text->size;
  double room = text->width - INDENT_EMS * text->size, widest = 0.0;

  for (guint i = 0; i < N_ITEMS; i++)
    {
      g_autofree char *markup = item_markup (slip, i);

      text->items[i] = bd_print_layout_new (cr, BD_PRINT_FONT_SANS, text->size, 0.0,
                                            PANGO_ALIGN_LEFT);
      pango_layout_set_markup (text->items[i], markup, -1);
      widest = MAX (widest, lead + bd_print_layout_get_width (text->items[i])
                            + ITEM_SPACING_EMS * text->size);
    }
  text->columns = 4 * widest <= room ? 4 : 2 * widest <= room ? 2 : 1;
  text->column_width = room / text->columns;
  /* An "other" text longer than its column wraps inside it. */
  for (guint i = 0; i < N_ITEMS; i++)
    pango_layout_set_width (text->items[i],
                            pango_units_from_double (text->column_width - lead));
}

static void
slip_text_init (SlipText     *text,
                cairo_t      *cr,
                const BdSlip *slip,
                double        size,
                double        width)
{
  text->size = size;
  text->width = width;
  text->ticked = slip->service_ticked ? (int) slip->service : -1;
  for (guint i = 0; i < N_BLOCKS; i++)
    text->blocks[i] = i == BLOCK_ITEMS ? NULL : create_block (cr, slip, i, size, width);
  lay_out_items (text, cr, slip);
}

static void
slip_text_clear (SlipText *text)
{
  for (guint i = 0; i < N_BLOCKS; i++)
    g_clear_object (&text->blocks[i]);
  for (guint i = 0; i < N_ITEMS; i++)
    g_clear_object (&text->items[i]);
}

static double
items_row_height (const SlipText *text,
                  guint           row)
{
  double height = 0.0;

  for (guint i = row * text->columns; i < MIN ((row + 1) * text->columns, N_ITEMS); i++)
    height = MAX (height, bd_print_layout_get_height (text->items[i]));
  return height;
}

static double
items_height (const SlipText *text)
{
  guint rows = (N_ITEMS + text->columns - 1) / text->columns;
  double height = (rows - 1) * ITEM_ROW_GAP_EMS * text->size;

  for (guint row = 0; row < rows; row++)
    height += items_row_height (text, row);
  return height;
}

static double
block_height (const SlipText *text,
              Block           block)
{
  return block == BLOCK_ITEMS ? items_height (text)
                              : bd_print_layout_get_height (text->blocks[block]);
}

/* The gaps alone, and the blocks alone, in points. */
static double
gaps_height (const SlipText *text)
{
  double height = 0.0;

  for (guint i = 0; i < N_BLOCKS; i++)
    height += gap_before[i] * text->size;
  return height;
}

static double
blocks_height (const SlipText *text)
{
  double height = 0.0;

  for (guint i = 0; i < N_BLOCKS; i++)
    height += block_height (text, i);
  return height;
}

/* Drawing */

static void
draw_box (cairo_t  *cr,
          double    x,
          double    y,
          double    side,
          gboolean  ticked)
{
  cairo_save (cr);
  cairo_set_line_width (cr, side * 0.08);
  cairo_rectangle (cr, x, y, side, side);
  cairo_stroke (cr);
  if (ticked)
    {
      cairo_set_line_width (cr, side * 0.14);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_move_to (cr, x + side * 0.18, y + side * 0.52);
      cairo_line_to (cr, x + side * 0.42, y + side * 0.78);
      cairo_line_to (cr, x + side * 0.86, y + side * 0.16);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* A box sits on the first line of its label like a character: an ideograph spans about
 * 0.88 em above the baseline and 0.12 em below it. */
static void
draw_item (const SlipText *text,
           cairo_t        *cr,
           guint           item,
           double          x,
           double          y)
{
  PangoLayout *label = text->items[item];
  double baseline = pango_units_to_double (pango_layout_get_baseline (label));
  double side = BOX_EMS * text->size;
  double box_top = y + baseline + 0.12 * text->size - (text->size - side) / 2 - side;

  draw_box (cr, x, box_top, side, text->ticked == (int) item);
  bd_print_show_layout (cr, label, x + side + BOX_GAP_EMS * text->size, y);
}

static void
draw_items (const SlipText *text,
            cairo_t        *cr,
            double          x,
            double          y)
{
  x += INDENT_EMS * text->size;
  for (guint row = 0; row * text->columns < N_ITEMS; row++)
    {
      for (guint column = 0; column < text->columns; column++)
        if (row * text->columns + column < N_ITEMS)
          draw_item (text, cr, row * text->columns + column, x + column * text->column_width, y);
      y += items_row_height (text, row) + ITEM_ROW_GAP_EMS * text->size;
    }
}

static void
draw_text (const SlipText *text,
           cairo_t        *cr,
           double          x,
           double          y,
           double          gap_scale)
{
  for (guint i = 0; i < N_BLOCKS; i++)
    {
      y += gap_before[i] * text->size * gap_scale;
      if (i == BLOCK_ITEMS)
        draw_items (text, cr, x, y);
      else
        bd_print_show_layout (cr, text->blocks[i], x, y);
      y += block_height (text, i);
    }
}

/* The largest size up to MAX_SIZE at which the text fits the box, and its layout. */
static void
fit_text (SlipText     *text,
          cairo_t      *cr,
          const BdSlip *slip,
          double        width,
          double        height)
{
  double size = MIN (MAX_SIZE, width / WIDTH_IN_EMS);

  for (;;)
    {
      slip_text_init (text, cr, slip, size, width);
      if (size <= MIN_SIZE || blocks_height (text) + gaps_height (text) <= height)
        return;
      slip_text_clear (text);
      size = MAX (MIN_SIZE, size * 0.96);
    }
}

/**
 * bd_slip_draw:
 * @slip: what to print
 * @cr: where, in points
 * @width: the slip's width: it is drawn from (0, 0)
 * @height: its height
 *
 * Draws one contact slip filling the box: a thin border and the form inside it.
 */
void
bd_slip_draw (const BdSlip *slip,
              cairo_t      *cr,
              double        width,
              double        height)
{
  SlipText text = { 0, };
  double padding, inner_width, inner_height, spare, gap_scale;

  g_return_if_fail (slip != NULL && cr != NULL);
  g_return_if_fail (width > 0 && height > 0);

  padding = CLAMP (MIN (width, height) * 0.06, 8.0, 24.0);
  inner_width = width - 2 * padding;
  inner_height = height - 2 * padding;

  cairo_save (cr);
  cairo_set_line_width (cr, BORDER_WIDTH);
  cairo_rectangle (cr, BORDER_WIDTH / 2, BORDER_WIDTH / 2, width - BORDER_WIDTH,
                   height - BORDER_WIDTH);
  cairo_stroke (cr);

  fit_text (&text, cr, slip, inner_width, inner_height);
  spare = inner_height - blocks_height (&text) - gaps_height (&text);
  gap_scale = CLAMP (1.0 + spare / gaps_height (&text), 1.0, MAX_GAP_SCALE);
  spare = inner_height - blocks_height (&text) - gaps_height (&text) * gap_scale;
  draw_text (&text, cr, padding, padding + MAX (spare, 0.0) / 2, gap_scale);
  slip_text_clear (&text);
  cairo_restore (cr);
}

/* Batches */

/**
 * bd_slip_layout_get_paper:
 * @layout: a layout of slips
 *
 * Returns: the paper it prints on
 */
BdPaperSize
bd_slip_layout_get_paper (BdSlipLayout layout)
{
  return layout == BD_SLIP_LAYOUT_A5 ? BD_PAPER_A5 : BD_PAPER_A4;
}

/**
 * bd_slip_layout_get_sheet:
 * @layout: a layout of slips
 * @width: the page's width in points (a printer may give a little less than the paper)
 * @height: its height
 * @sheet: (out caller-allocates): the grid
 */
void
bd_slip_layout_get_sheet (BdSlipLayout  layout,
                          double        width,
                          double        height,
                          BdSheet      *sheet)
{
  g_return_if_fail (sheet != NULL);

  if (layout == BD_SLIP_LAYOUT_A5)
    bd_sheet_init (sheet, BD_PAPER_A5, 1, 1);
  else
    bd_sheet_init (sheet, BD_PAPER_A4, 2, 2);
  sheet->page_width = width;
  sheet->page_height = height;
}

/**
 * bd_slip_count_pages:
 * @layout: a layout of slips
 * @n_slips: the size of the batch
 *
 * Returns: the pages the batch takes
 */
guint
bd_slip_count_pages (BdSlipLayout layout,
                     guint        n_slips)
{
  BdSheet sheet;
  double width, height;

  bd_paper_size_get_points (bd_slip_layout_get_paper (layout), &width, &height);
  bd_slip_layout_get_sheet (layout, width, height, &sheet);
  return bd_sheet_count_pages (&sheet, n_slips);
}

/**
 * bd_slip_draw_page:
 * @slips: (array length=n_slips): the batch
 * @n_slips: its size
 * @layout: how slips sit on a page
 * @page: the page to draw, from 0
 * @cr: the page's cairo context, in points
 * @width: the page's width
 * @height: its height
 */
void
bd_slip_draw_page (const BdSlip *slips,
                   guint         n_slips,
                   BdSlipLayout  layout,
                   guint         page,
                   cairo_t      *cr,
                   double        width,
                   double        height)
{
  BdSheet sheet;
  g_autofree BdSheetSlot *slots = NULL;
  guint n;

  g_return_if_fail (slips != NULL || n_slips == 0);
  g_return_if_fail (cr != NULL);

  bd_slip_layout_get_sheet (layout, width, height, &sheet);
  slots = g_new (BdSheetSlot, bd_sheet_get_n_cells (&sheet));
  n = bd_sheet_layout_page (&sheet, page, n_slips, slots);
  for (guint i = 0; i < n; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, slots[i].cell.x, slots[i].cell.y);
      bd_slip_draw (&slips[slots[i].form], cr, slots[i].cell.width, slots[i].cell.height);
      cairo_restore (cr);
    }
  bd_sheet_draw_cut_marks (&sheet, cr, n);
}

typedef struct
{
  const BdSlip *slips;
  guint         n_slips;
  BdSlipLayout  layout;
} Batch;

static void
draw_batch_page (const BdPrintedForm *form,
                 guint                page,
                 cairo_t             *cr,
                 double               width,
                 double               height)
{
  const Batch *batch = bd_printed_form_get_data (form);

  bd_slip_draw_page (batch->slips, batch->n_slips, batch->layout, page, cr, width, height);
}

/**
 * bd_slip_print_pdf:
 * @path: the PDF to write
 * @slips: (array length=n_slips): the batch
 * @n_slips: its size, at least 1
 * @layout: how slips sit on a page
 * @error: a #BD_PRINT_ERROR in words
 *
 * Returns: %TRUE when the PDF was written
 */
gboolean
bd_slip_print_pdf (const char    *path,
                   const BdSlip  *slips,
                   guint          n_slips,
                   BdSlipLayout   layout,
                   GError       **error)
{
  Batch batch = { slips, n_slips, layout };
  g_autoptr(BdPrintedForm) form = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (slips != NULL && n_slips > 0, FALSE);

  /* A form like every other, so that its pages are drawn as theirs are (a training
   * branch's watermark). */
  form = bd_printed_form_new (_("Contact slips"), bd_slip_layout_get_paper (layout),
                              bd_slip_count_pages (layout, n_slips), draw_batch_page, &batch,
                              NULL);
  return bd_printed_form_write_pdf (form, path, error);
}
