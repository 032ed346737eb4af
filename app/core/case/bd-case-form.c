/* bd-case-form.c — the printed forms of a case: receipts, notices, letters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every workflow prints the same kind of paper across the counter: the company and the
 * branch, a title, the case's lines (label and value), a numbered list (the documents
 * received, or every one still missing), paragraphs, closing lines (who handled it, the
 * counter's phone, a signature) and the day printed. A workflow fills a BdCaseForm with
 * its words; this file lays it out and draws it, A5 portrait, one to a page: handed
 * across the counter and kept with the policy, a dozen lines — half an A4 sheet would be
 * mostly blank, and the counter's printers already take A5 for the contact slip.
 *
 * The form is a list of blocks measured at one type size; the size shrinks until the
 * list fits the page, and below the smallest size the whole is scaled down, so a long
 * name or a long list wraps and shrinks but never runs off the paper. Drawing reads only
 * the strings kept.
 */
#define G_LOG_DOMAIN "bd-case-form"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-calendar.h"
#include "bd-case-form.h"
#include "bd-print.h"

/* Sizes in points, and proportions of the body size. */
#define BODY_SIZE         10.5   /* 五号: the body text of Chinese office forms */
#define MIN_SIZE          6.0
#define TITLE_SCALE       1.6
#define HEAD_SCALE        0.85   /* the company line above the title */
#define FOOT_SCALE        0.8
#define LABEL_SHARE       0.36   /* a label never takes more of the width than this */
#define LABEL_GAP_EMS     0.6
#define NUMBER_EMS        1.6    /* the numbers of a list */
#define ROW_GAP_EMS       0.35
#define SECTION_GAP_EMS   0.9
#define RULE_WIDTH        0.6

/* What one form prints, every value already in words. */
struct _BdCaseForm
{
  char      *title;
  char      *head;          /* the company and the branch */
  GPtrArray *rows;          /* label, value, label, value… */
  char      *list_heading;
  GPtrArray *documents;     /* the numbered list */
  char      *no_documents;  /* what the list says when it is empty */
  GPtrArray *paragraphs;
  GPtrArray *closing;       /* label, value pairs under the paragraphs */
  char      *foot;          /* the day printed */
};

void
bd_case_form_free (BdCaseForm *form)
{
  g_free (form->title);
  g_free (form->head);
  g_ptr_array_unref (form->rows);
  g_free (form->list_heading);
  g_free (form->no_documents);
  g_ptr_array_unref (form->documents);
  g_ptr_array_unref (form->paragraphs);
  g_ptr_array_unref (form->closing);
  g_free (form->foot);
  g_free (form);
}

BdCaseForm *
bd_case_form_new (const char *title,
                  BdStore    *store)
{
  BdCaseForm *form = g_new0 (BdCaseForm, 1);

  form->title = g_strdup (title);
  form->head = bd_case_form_company_line (store);
  form->rows = g_ptr_array_new_with_free_func (g_free);
  form->documents = g_ptr_array_new_with_free_func (g_free);
  form->paragraphs = g_ptr_array_new_with_free_func (g_free);
  form->closing = g_ptr_array_new_with_free_func (g_free);
  return form;
}

static void
add_pair (GPtrArray  *pairs,
          const char *label,
          char       *value)
{
  g_ptr_array_add (pairs, g_strdup (label));
  g_ptr_array_add (pairs, value);
}

void
bd_case_form_add_row (BdCaseForm *form,
                      const char *label,
                      char       *value)
{
  add_pair (form->rows, label, value);
}

void
bd_case_form_set_list (BdCaseForm *form,
                       const char *heading,
                       const char *when_empty)
{
  g_free (form->list_heading);
  form->list_heading = g_strdup (heading);
  g_free (form->no_documents);
  form->no_documents = g_strdup (when_empty);
}

void
bd_case_form_add_documents (BdCaseForm *form,
                            GPtrArray  *items)
{
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (form->documents,
                     g_strdup (bd_checklist_item_get_label (g_ptr_array_index (items, i))));
}

void
bd_case_form_add_paragraph (BdCaseForm *form,
                            char       *text)
{
  g_ptr_array_add (form->paragraphs, text);
}

void
bd_case_form_add_closing (BdCaseForm *form,
                          const char *label,
                          char       *value)
{
  add_pair (form->closing, label, value);
}

/* ── words ─────────────────────────────────────────────────────────────────────────── */

char *
bd_case_form_format_day (const GDate *day)
{
  /* Translators: a printed date: the year, the month, the day */
  return g_strdup_printf (_("%d-%02d-%02d"), g_date_get_year (day), g_date_get_month (day),
                          g_date_get_day (day));
}

char *
bd_case_form_format_working_days_after (const GDate *start,
                                        guint        n)
{
  BdCalendar *calendar = bd_calendar_get_default ();
  GDate day;

  if (bd_calendar_add_working_days (calendar, start, n, &day, NULL))
    return bd_case_form_format_day (&day);
  if (bd_calendar_get_last_year (calendar) == 0)
    return g_strdup (_("Cannot be computed: the working-day calendar has no years yet"));
  /* Translators: the last year the working-day calendar knows */
  return g_strdup_printf (_("Cannot be computed: it lies beyond the working-day calendar, "
                            "which knows the years up to %u"),
                          bd_calendar_get_last_year (calendar));
}

char *
bd_case_form_company_line (BdStore *store)
{
  g_autofree char *company = bd_store_dup_setting (store, "company-name");
  g_autofree char *branch = bd_store_dup_setting (store, "branch-name");

  return g_strstrip (g_strjoin (" ", company != NULL ? company : "",
                                branch != NULL ? branch : "", NULL));
}

void
bd_case_form_add_contact (BdCaseForm *form,
                          BdStore    *store,
                          const char *staff_label,
                          const char *staff_name)
{
  g_autofree char *phone = bd_store_dup_setting (store, "branch-phone");
  g_autofree char *today = NULL;
  GDate day;

  bd_store_get_today (store, &day);
  today = bd_case_form_format_day (&day);
  add_pair (form->closing, staff_label, g_strdup (bd_or_dash (staff_name)));
  add_pair (form->closing, _("Counter phone"),
            phone != NULL && *phone != '\0' ? g_steal_pointer (&phone)
                                             : g_strdup (C_("counter phone", "Not set")));
  /* Translators: the day a form is printed */
  form->foot = g_strdup_printf (_("Printed on %s"), today);
}

/* ── layout ────────────────────────────────────────────────────────────────────────── */

typedef enum
{
  BLOCK_HEAD,       /* the company line */
  BLOCK_TITLE,
  BLOCK_ROW,        /* a label and its value */
  BLOCK_HEADING,    /* the documents' heading */
  BLOCK_ITEM,       /* a numbered document */
  BLOCK_PARAGRAPH,
  BLOCK_FOOT,
} BlockKind;

typedef struct
{
  BlockKind    kind;
  PangoLayout *left;    /* a label or a number; NULL for a block of one text */
  PangoLayout *text;
  double       above;   /* space above, in points */
  double       height;
  gboolean     rule_below;
} Block;

typedef struct
{
  double  size;
  double  width;
  double  label_width;
  GArray *blocks;   /* Block */
} Layout;

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->left);
  g_clear_object (&block->text);
}

static PangoLayout *
new_text (cairo_t        *cr,
          BdPrintFont     font,
          double          size,
          double          width,
          PangoAlignment  align,
          const char     *text)
{
  PangoLayout *layout = bd_print_layout_new (cr, font, size, width, align);

  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
add_block (Layout      *layout,
           BlockKind    kind,
           PangoLayout *left,
           PangoLayout *text,
           double       above_ems)
{
  Block block = { kind, left, text, above_ems * layout->size, 0.0, FALSE };

  block.height = bd_print_layout_get_height (text);
  if (left != NULL)
    block.height = MAX (block.height, bd_print_layout_get_height (left));
  g_array_append_val (layout->blocks, block);
}

/* "Item:": a label as the form prints it. */
static char *
label_text (const char *label)
{
  /* Translators: a label of a printed form before its value ("Item:") */
  return g_strdup_printf (_("%s:"), label);
}

static double
widest_label (GPtrArray *pairs,
              cairo_t   *cr,
              double     size)
{
  double widest = 0.0;

  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      g_autofree char *label = label_text (pairs->pdata[i]);
      g_autoptr(PangoLayout) text = new_text (cr, BD_PRINT_FONT_SANS_BOLD, size, 0.0,
                                              PANGO_ALIGN_LEFT, label);

      widest = MAX (widest, bd_print_layout_get_width (text));
    }
  return widest;
}

/* The label column: as wide as the widest label, up to LABEL_SHARE of the width (a
 * longer label wraps in it). */
static double
measure_labels (const BdCaseForm *form,
                cairo_t           *cr,
                double             size,
                double             width)
{
  double widest = MAX (widest_label (form->rows, cr, size), widest_label (form->closing, cr, size));

  return MIN (widest + 1.0, LABEL_SHARE * width);
}

static void
add_rows (Layout    *layout,
          cairo_t   *cr,
          GPtrArray *pairs,
          double     first_above)
{
  double value_width = layout->width - layout->label_width - LABEL_GAP_EMS * layout->size;

  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      g_autofree char *label = label_text (pairs->pdata[i]);

      add_block (layout, BLOCK_ROW,
                 new_text (cr, BD_PRINT_FONT_SANS_BOLD, layout->size, layout->label_width,
                           PANGO_ALIGN_LEFT, label),
                 new_text (cr, BD_PRINT_FONT_SANS, layout->size, value_width, PANGO_ALIGN_LEFT,
                           pairs->pdata[i + 1]),
                 i == 0 ? first_above : ROW_GAP_EMS);
    }
}

static void
add_list (Layout            *layout,
          cairo_t           *cr,
          const BdCaseForm *form)
{
  double number_width = NUMBER_EMS * layout->size;

  /* A letter has no list. */
  if (form->list_heading == NULL)
    return;
  add_block (layout, BLOCK_HEADING, NULL,
             new_text (cr, BD_PRINT_FONT_SANS_BOLD, layout->size, layout->width,
                       PANGO_ALIGN_LEFT, form->list_heading), SECTION_GAP_EMS);
  if (form->documents->len == 0 && form->no_documents != NULL)
    add_block (layout, BLOCK_PARAGRAPH, NULL,
               new_text (cr, BD_PRINT_FONT_SANS, layout->size, layout->width, PANGO_ALIGN_LEFT,
                         form->no_documents), ROW_GAP_EMS);
  for (guint i = 0; i < form->documents->len; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);

      add_block (layout, BLOCK_ITEM,
                 new_text (cr, BD_PRINT_FONT_SANS, layout->size, number_width,
                           PANGO_ALIGN_RIGHT, number),
                 new_text (cr, BD_PRINT_FONT_SANS, layout->size,
                           layout->width - number_width - LABEL_GAP_EMS * layout->size,
                           PANGO_ALIGN_LEFT, form->documents->pdata[i]),
                 ROW_GAP_EMS);
    }
}

static void
layout_init (Layout            *layout,
             const BdCaseForm *form,
             cairo_t           *cr,
             double             size,
             double             width)
{
  layout->size = size;
  layout->width = width;
  layout->label_width = measure_labels (form, cr, size, width);
  layout->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (layout->blocks, block_clear);

  if (*form->head != '\0')
    add_block (layout, BLOCK_HEAD, NULL,
               new_text (cr, BD_PRINT_FONT_SANS, size * HEAD_SCALE, width, PANGO_ALIGN_CENTER,
                         form->head), 0.0);
  add_block (layout, BLOCK_TITLE, NULL,
             new_text (cr, BD_PRINT_FONT_SERIF_BOLD, size * TITLE_SCALE, width,
                       PANGO_ALIGN_CENTER, form->title), 0.3);
  g_array_index (layout->blocks, Block, layout->blocks->len - 1).rule_below = TRUE;
  add_rows (layout, cr, form->rows, SECTION_GAP_EMS * 1.4);
  add_list (layout, cr, form);
  for (guint i = 0; i < form->paragraphs->len; i++)
    add_block (layout, BLOCK_PARAGRAPH, NULL,
               new_text (cr, BD_PRINT_FONT_SANS, size, width, PANGO_ALIGN_LEFT,
                         form->paragraphs->pdata[i]),
               i == 0 ? SECTION_GAP_EMS : ROW_GAP_EMS);
  add_rows (layout, cr, form->closing, SECTION_GAP_EMS);
  add_block (layout, BLOCK_FOOT, NULL,
             new_text (cr, BD_PRINT_FONT_SANS, size * FOOT_SCALE, width, PANGO_ALIGN_RIGHT,
                       form->foot), SECTION_GAP_EMS);
}

static void
layout_clear (Layout *layout)
{
  g_clear_pointer (&layout->blocks, g_array_unref);
}

static double
layout_height (const Layout *layout)
{
  double height = 0.0;

  for (guint i = 0; i < layout->blocks->len; i++)
    {
      const Block *block = &g_array_index (layout->blocks, Block, i);

      height += block->above + block->height;
    }
  return height;
}

/* The largest size up to BODY_SIZE at which the form fits @height. */
static void
fit_layout (Layout            *layout,
            const BdCaseForm *form,
            cairo_t           *cr,
            double             width,
            double             height)
{
  double size = BODY_SIZE;

  for (;;)
    {
      layout_init (layout, form, cr, size, width);
      if (size <= MIN_SIZE || layout_height (layout) <= height)
        return;
      layout_clear (layout);
      size = MAX (MIN_SIZE, size * 0.94);
    }
}

static void
draw_rule (cairo_t *cr,
           double   x,
           double   y,
           double   width)
{
  cairo_save (cr);
  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_move_to (cr, x, y);
  cairo_rel_line_to (cr, width, 0.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_block (const Layout *layout,
            const Block  *block,
            cairo_t      *cr,
            double        x,
            double        y)
{
  switch (block->kind)
    {
    case BLOCK_ROW:
      bd_print_show_layout (cr, block->left, x, y);
      bd_print_show_layout (cr, block->text,
                            x + layout->label_width + LABEL_GAP_EMS * layout->size, y);
      break;
    case BLOCK_ITEM:
      bd_print_show_layout (cr, block->left, x, y);
      bd_print_show_layout (cr, block->text,
                            x + (NUMBER_EMS + LABEL_GAP_EMS) * layout->size, y);
      break;
    case BLOCK_HEAD:
    case BLOCK_TITLE:
    case BLOCK_HEADING:
    case BLOCK_PARAGRAPH:
    case BLOCK_FOOT:
    default:
      bd_print_show_layout (cr, block->text, x, y);
      break;
    }
  if (block->rule_below)
    draw_rule (cr, x, y + block->height + 0.5 * layout->size, layout->width);
}

static void
draw_case_form (const BdPrintedForm *printed,
                   guint                page,
                   cairo_t             *cr,
                   double               width,
                   double               height)
{
  const BdCaseForm *form = bd_printed_form_get_data (printed);
  double margin = BD_PRINT_DEFAULT_MARGIN;
  double inner_width = width - 2 * margin, inner_height = height - 2 * margin;
  double total, scale, y = 0.0;
  Layout layout = { 0, };

  g_return_if_fail (page == 0);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  fit_layout (&layout, form, cr, inner_width, inner_height);
  total = layout_height (&layout);
  /* Still too tall at the smallest size: the whole form is scaled down to fit. */
  scale = total > inner_height ? inner_height / total : 1.0;
  cairo_translate (cr, margin, margin);
  cairo_scale (cr, scale, scale);
  for (guint i = 0; i < layout.blocks->len; i++)
    {
      const Block *block = &g_array_index (layout.blocks, Block, i);

      y += block->above;
      draw_block (&layout, block, cr, 0.0, y);
      y += block->height;
    }
  layout_clear (&layout);
  cairo_restore (cr);
}

/* "request-receipt-BQ202602130001.pdf": the case number, which the customer quotes, and
 * no name. */
static char *
suggest_file_name (const char *prefix,
                   BdCase     *kase)
{
  char *name = g_strdup_printf ("%s-%s.pdf", prefix, bd_case_get_number (kase));

  /* A translation with a slash must not make a folder of the file name. */
  return g_strdelimit (name, "/\\", '-');
}

BdPrintedForm *
bd_case_form_print (BdCaseForm *form,
                    BdCase     *kase,
                    const char *action,
                    const char *saved_action,
                    const char *file_prefix)
{
  g_autofree char *file_name = suggest_file_name (file_prefix, kase);
  BdPrintedForm *printed = bd_printed_form_new (form->title, BD_PAPER_A5, 1, draw_case_form,
                                                form, (GDestroyNotify) bd_case_form_free);

  bd_printed_form_set_audit (printed, action, "case_file", bd_case_get_id (kase),
                             bd_case_get_customer_id (kase), bd_case_get_number (kase));
  bd_printed_form_set_saved_action (printed, saved_action);
  bd_printed_form_set_file_name (printed, file_name);
  return printed;
}
