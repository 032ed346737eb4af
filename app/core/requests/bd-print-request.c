/* bd-print-request.c — the acceptance receipt (受理回执) and the one-time notice of missing
 * documents (一次性告知书) of a policy-change request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Both forms are A5 portrait, one to a page: they are handed across the counter and kept
 * with the policy, and hold a dozen lines — half an A4 sheet would be mostly blank, and
 * the counter's printers already take A5 for the contact slip (bd-printed-form.c).
 *
 * Unlike the contact slip and the review sheet, whose words are the company's fixed
 * Chinese forms, these print the catalogue's words (the item, the documents, the
 * channel), which are translatable; their own labels are translatable too, so that a form
 * never mixes two languages. The counter runs in Chinese and prints Chinese.
 *
 * The form is a list of blocks measured at one type size; the size shrinks until the
 * list fits the page, and below the smallest size the whole is scaled down, so a long
 * name or a long list wraps and shrinks but never runs off the paper. Everything is
 * read from the store when the form is made; drawing reads only the strings kept. */

#define G_LOG_DOMAIN "bd-print-request"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-calendar.h"
#include "bd-customer.h"
#include "bd-policy.h"
#include "bd-print-request.h"
#include "bd-request-rules.h"
#include "bd-requests-store.h"

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

typedef enum
{
  FORM_RECEIPT,
  FORM_NOTICE,
} FormKind;

/* What one form prints, every value already in words. */
typedef struct
{
  FormKind   kind;
  char      *title;
  char      *head;          /* the company and the branch */
  GPtrArray *rows;          /* label, value, label, value… */
  char      *list_heading;
  GPtrArray *documents;     /* received (receipt) or missing (notice), in order */
  char      *no_documents;  /* what the list says when it is empty */
  GPtrArray *paragraphs;
  GPtrArray *closing;       /* label, value pairs under the paragraphs */
  char      *foot;          /* the day printed */
} RequestForm;

static void
request_form_free (gpointer data)
{
  RequestForm *form = data;

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

static RequestForm *
request_form_new (FormKind kind)
{
  RequestForm *form = g_new0 (RequestForm, 1);

  form->kind = kind;
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

/* ── words ─────────────────────────────────────────────────────────────────────────── */

/* A day as the customer reads it: "2026 年 2 月 24 日" in Chinese. */
static char *
format_day (const GDate *day)
{
  /* Translators: a printed date: the year, the month, the day */
  return g_strdup_printf (_("%d-%02d-%02d"), g_date_get_year (day), g_date_get_month (day),
                          g_date_get_day (day));
}

/* @n working days after @start on the shipped calendar, or why it cannot be said. */
static char *
format_working_days_after (const GDate *start,
                           guint        n)
{
  BdCalendar *calendar = bd_calendar_get_default ();
  GDate day;

  if (bd_calendar_add_working_days (calendar, start, n, &day, NULL))
    return format_day (&day);
  if (bd_calendar_get_last_year (calendar) == 0)
    return g_strdup (_("Cannot be computed: the working-day calendar has no years yet"));
  /* Translators: the last year the working-day calendar knows */
  return g_strdup_printf (_("Cannot be computed: it lies beyond the working-day calendar, "
                            "which knows the years up to %u"),
                          bd_calendar_get_last_year (calendar));
}

static char *
format_not_set (const char *value)
{
  if (value != NULL && *value != '\0')
    return g_strdup (value);
  return g_strdup (C_("counter phone", "Not set"));
}

static char *
company_line (BdStore *store)
{
  g_autofree char *company = bd_store_dup_setting (store, "company-name");
  g_autofree char *branch = bd_store_dup_setting (store, "branch-name");

  return g_strstrip (g_strjoin (" ", company != NULL ? company : "",
                                branch != NULL ? branch : "", NULL));
}

/* The capacity the applicant applies in, as bd-requests-store.c stores it: the
 * policyholder, else the insured, else a beneficiary (survival benefits). */
static const char *
capacity_label (BdRequest *request,
                BdPolicy  *policy)
{
  gint64 applicant = bd_request_get_applicant_id (request);

  if (applicant == bd_policy_get_policyholder_id (policy))
    return C_("capacity", "Policyholder");
  if (applicant == bd_policy_get_insured_id (policy))
    return C_("capacity", "Insured");
  return C_("capacity", "Beneficiary");
}

static char *
applicant_line (BdRequest              *request,
                const BdRequestContext *context)
{
  const char *name = context->applicant != NULL ? bd_customer_get_name (context->applicant)
                                                : NULL;

  /* Translators: the applicant's name, then the capacity (policyholder, insured…) */
  return g_strdup_printf (_("%s (%s)"), bd_or_dash (name),
                          capacity_label (request, context->policy));
}

static char *
guardian_line (const BdRequestContext *context)
{
  /* Translators: the name of a guardian who applies for a minor */
  return g_strdup_printf (_("%s, guardian acting for the minor applicant"),
                          bd_or_dash (bd_customer_get_name (context->guardian)));
}

/* Who accepted it; before acceptance, who received it (the case's first entry). */
static const char *
staff_name (BdCase *kase)
{
  GListModel *history = bd_case_get_history (kase);
  g_autoptr(BdCaseEvent) first = NULL;

  if (bd_case_get_accepted_by_name (kase) != NULL)
    return bd_case_get_accepted_by_name (kase);
  if (g_list_model_get_n_items (history) == 0)
    return NULL;
  first = g_list_model_get_item (history, 0);
  return bd_case_event_get_staff_name (first);
}

static void
add_documents (RequestForm *form,
               GPtrArray   *items)
{
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (form->documents,
                     g_strdup (bd_checklist_item_get_label (g_ptr_array_index (items, i))));
}

/* ── reading the request ───────────────────────────────────────────────────────────── */

typedef struct
{
  BdRequest        *request;    /* as stored */
  BdCase           *kase;
  BdRequestContext  context;
  GDate             received;
  GDate             today;
} Source;

static void
source_clear (Source *source)
{
  g_clear_object (&source->request);
  bd_request_context_clear (&source->context);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Source, source_clear)

static gboolean
source_load (Source     *source,
             BdStore    *store,
             BdRequest  *request,
             GError    **error)
{
  gint64 case_id = bd_case_get_id (bd_request_get_case (request));

  if (case_id == 0)
    {
      g_set_error_literal (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                           _("The request has not been recorded yet: there is nothing to print"));
      return FALSE;
    }
  /* Read again: the paper says what the branch recorded, not what a form holds. */
  if ((source->request = bd_requests_store_get (store, case_id, error)) == NULL
      || !bd_requests_store_get_context (store, source->request, &source->context, error))
    return FALSE;
  source->kase = bd_request_get_case (source->request);
  bd_store_get_today (store, &source->today);
  if (!bd_date_parse_iso (bd_case_get_received_on (source->kase), &source->received))
    source->received = source->today;
  return TRUE;
}

/* The head both forms share: who, what, on which policy, how and when. */
static void
add_head (RequestForm *form,
          BdStore     *store,
          Source      *source)
{
  const BdRequestItem *item = bd_request_get_item (source->request);

  form->head = company_line (store);
  add_pair (form->rows, _("Request number"), g_strdup (bd_case_get_number (source->kase)));
  add_pair (form->rows, _("Change requested"), g_strdup (bd_request_item_get_label (item)));
  add_pair (form->rows, _("Policy number"),
            g_strdup (bd_or_dash (bd_policy_get_number (source->context.policy))));
  add_pair (form->rows, _("Applicant"), applicant_line (source->request, &source->context));
  if (source->context.guardian != NULL)
    add_pair (form->rows, _("Guardian"), guardian_line (&source->context));
  add_pair (form->rows, _("Applied through"),
            g_strdup (bd_channel_get_label (bd_request_get_channel (source->request))));
  add_pair (form->rows, _("Received on"), format_day (&source->received));
}

/* The lines at the foot of both: who to ask, and where. */
static void
add_contact (RequestForm *form,
             BdStore     *store,
             Source      *source)
{
  g_autofree char *phone = bd_store_dup_setting (store, "branch-phone");
  g_autofree char *today = format_day (&source->today);

  add_pair (form->closing, form->kind == FORM_RECEIPT ? _("Accepted by") : _("Handled by"),
            g_strdup (bd_or_dash (staff_name (source->kase))));
  add_pair (form->closing, _("Counter phone"), format_not_set (phone));
  /* Translators: the day a form is printed */
  form->foot = g_strdup_printf (_("Printed on %s"), today);
}

static RequestForm *
build_receipt (BdStore *store,
               Source  *source)
{
  RequestForm *form = request_form_new (FORM_RECEIPT);
  const BdRequestItem *item = bd_request_get_item (source->request);
  g_autoptr(GPtrArray) received = bd_checklist_list_received (bd_case_get_checklist (source->kase));
  g_autofree char *expected = format_working_days_after (&source->received, item->target_days);

  form->title = g_strdup (_("Receipt of a policy-change request"));
  add_head (form, store, source);
  add_pair (form->rows, _("Expected completion"), g_steal_pointer (&expected));
  form->list_heading = g_strdup (_("Documents received"));
  add_documents (form, received);
  form->no_documents = g_strdup (_("None yet"));
  g_ptr_array_add (form->paragraphs,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "The expected completion day is %u working day "
                                                 "after the day received, once every document "
                                                 "is in. Keep this receipt and quote the request "
                                                 "number when you ask about it.",
                                                 "The expected completion day is %u working days "
                                                 "after the day received, once every document "
                                                 "is in. Keep this receipt and quote the request "
                                                 "number when you ask about it.",
                                                 item->target_days),
                                    item->target_days));
  add_contact (form, store, source);
  return form;
}

/* The day the notice is given: the day the request was accepted with it (the notice
 * deadline is met then), or today when it is printed before. */
static void
notice_day (Source *source,
            GDate  *day)
{
  BdDeadline *deadline = bd_case_find_deadline (source->kase, "request-notice");

  if (deadline == NULL || !bd_deadline_get_met_on (deadline, day))
    *day = source->today;
}

/* The day the notice was due by: the request-notice rule's working days from receipt
 * (2010 rules art. 19; bd-request-catalogue.c). */
static char *
notice_due (Source *source)
{
  const BdDeadlineRule *rule = bd_case_kind_find_deadline (bd_request_case_kind (),
                                                           "request-notice");

  return format_working_days_after (&source->received, rule->amount);
}

static RequestForm *
build_notice (BdStore  *store,
              Source   *source,
              GError  **error)
{
  const BdRequestItem *item = bd_request_get_item (source->request);
  g_autoptr(GPtrArray) missing = bd_checklist_list_missing (bd_case_get_checklist (source->kase));
  RequestForm *form;
  GDate given;

  if (missing->len == 0)
    {
      g_set_error_literal (error, BD_REQUEST_ERROR, BD_REQUEST_FIELD_DOCUMENTS,
                           _("Every required document has been received: there is nothing "
                             "to give notice of"));
      return NULL;
    }
  form = request_form_new (FORM_NOTICE);
  form->title = g_strdup (_("One-time notice of missing documents"));
  add_head (form, store, source);
  notice_day (source, &given);
  add_pair (form->rows, _("Notice given on"), format_day (&given));
  add_pair (form->rows, _("Notice due by"), notice_due (source));
  form->list_heading = g_strdup (_("Documents still to be provided"));
  add_documents (form, missing);
  g_ptr_array_add (form->paragraphs,
                   g_strdup (_("Under article 19 of the Basic Service Rules for Personal "
                               "Insurance (2010), the branch tells you of every missing "
                               "document at once, in one notice: this notice lists all of "
                               "them.")));
  g_ptr_array_add (form->paragraphs,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Bring them to the counter with this notice. "
                                                 "The request goes on from the day the last one "
                                                 "is received and is expected to be completed "
                                                 "%u working day after that day.",
                                                 "Bring them to the counter with this notice. "
                                                 "The request goes on from the day the last one "
                                                 "is received and is expected to be completed "
                                                 "%u working days after that day.",
                                                 item->target_days),
                                    item->target_days));
  add_contact (form, store, source);
  /* The branch keeps a signed copy: the proof that the notice was given, and when. */
  add_pair (form->closing, _("Received by the customer"),
            /* Translators: blanks for a signature and a date written by hand */
            g_strdup (_("________________   Date: __________")));
  return form;
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
measure_labels (const RequestForm *form,
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
          const RequestForm *form)
{
  double number_width = NUMBER_EMS * layout->size;

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
             const RequestForm *form,
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
            const RequestForm *form,
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
draw_request_form (const BdPrintedForm *printed,
                   guint                page,
                   cairo_t             *cr,
                   double               width,
                   double               height)
{
  const RequestForm *form = bd_printed_form_get_data (printed);
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

/* ── the forms ─────────────────────────────────────────────────────────────────────── */

/* "request-receipt-BQ202602130001.pdf": the request number, which the customer quotes,
 * and no name. */
static char *
suggest_file_name (const char *prefix,
                   BdCase     *kase)
{
  char *name = g_strdup_printf ("%s-%s.pdf", prefix, bd_case_get_number (kase));

  /* A translation with a slash must not make a folder of the file name. */
  return g_strdelimit (name, "/\\", '-');
}

static BdPrintedForm *
wrap_form (RequestForm *form,
           Source      *source,
           const char  *action,
           const char  *saved_action,
           const char  *file_prefix)
{
  g_autofree char *file_name = suggest_file_name (file_prefix, source->kase);
  BdPrintedForm *printed = bd_printed_form_new (form->title, BD_PAPER_A5, 1, draw_request_form,
                                                form, request_form_free);

  bd_printed_form_set_audit (printed, action, "case_file", bd_case_get_id (source->kase),
                             bd_case_get_customer_id (source->kase),
                             bd_case_get_number (source->kase));
  bd_printed_form_set_saved_action (printed, saved_action);
  bd_printed_form_set_file_name (printed, file_name);
  return printed;
}

/**
 * bd_printed_form_new_request_receipt:
 * @store: the branch's store
 * @request: a request already written to @store
 * @error: a #BD_STORE_ERROR when it cannot be read
 *
 * Returns: (transfer full) (nullable): the acceptance receipt (受理回执), one A5 page
 */
BdPrintedForm *
bd_printed_form_new_request_receipt (BdStore    *store,
                                     BdRequest  *request,
                                     GError    **error)
{
  g_auto(Source) source = { NULL, };

  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (BD_IS_REQUEST (request), NULL);

  if (!source_load (&source, store, request, error))
    return NULL;
  return wrap_form (build_receipt (store, &source), &source, "request-receipt-printed",
                    "request-receipt-saved",
                    /* Translators: the beginning of a saved receipt's file name */
                    _("request-receipt"));
}

/**
 * bd_printed_form_new_request_notice:
 * @store: the branch's store
 * @request: a request already written to @store
 * @error: a #BD_STORE_ERROR when it cannot be read, or a #BD_REQUEST_ERROR
 *   (%BD_REQUEST_FIELD_DOCUMENTS) when no required document is missing
 *
 * Returns: (transfer full) (nullable): the one-time notice of the missing documents
 *   (一次性告知书), one A5 page
 */
BdPrintedForm *
bd_printed_form_new_request_notice (BdStore    *store,
                                    BdRequest  *request,
                                    GError    **error)
{
  g_auto(Source) source = { NULL, };
  RequestForm *form;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (BD_IS_REQUEST (request), NULL);

  if (!source_load (&source, store, request, error)
      || (form = build_notice (store, &source, error)) == NULL)
    return NULL;
  return wrap_form (form, &source, "request-notice-printed", "request-notice-saved",
                    /* Translators: the beginning of a saved one-time notice's file name */
                    _("request-notice"));
}
