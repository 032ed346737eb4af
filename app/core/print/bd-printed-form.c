/* bd-printed-form.c — a printed form: title, paper, pages, how a page is drawn, its audit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A form is a reference-counted struct with one function pointer, not a GObject: it is
 * made for one print, has no property to watch and no signal, and is never subclassed
 * beyond its draw function; the reference lets a preview and a pending file chooser keep
 * it. Each form carries its own data (the loaded slips, the review sheet) and frees it.
 */
#define G_LOG_DOMAIN "bd-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bd-contact-slip.h"
#include "bd-household-store.h"
#include "bd-print-review.h"
#include "bd-printed-form.h"
#include "bd-store.h"

struct _BdPrintedForm
{
  grefcount              ref;
  char                  *title;
  BdPaperSize            paper;
  guint                  n_pages;
  BdPrintedFormDrawPage  draw_page;
  gpointer               data;
  GDestroyNotify         destroy;
  char                  *file_name;
  char                  *action;
  char                  *saved_action;
  char                  *record_table;
  gint64                 record_id;
  gint64                 customer_id;
  char                  *detail;
};

BdPrintedForm *
bd_printed_form_new (const char            *title,
                     BdPaperSize            paper,
                     guint                  n_pages,
                     BdPrintedFormDrawPage  draw_page,
                     gpointer               data,
                     GDestroyNotify         destroy)
{
  BdPrintedForm *form;

  g_return_val_if_fail (title != NULL && draw_page != NULL, NULL);
  g_return_val_if_fail (n_pages > 0, NULL);

  form = g_new0 (BdPrintedForm, 1);
  g_ref_count_init (&form->ref);
  form->title = g_strdup (title);
  form->paper = paper;
  form->n_pages = n_pages;
  form->draw_page = draw_page;
  form->data = data;
  form->destroy = destroy;
  return form;
}

BdPrintedForm *
bd_printed_form_ref (BdPrintedForm *form)
{
  g_return_val_if_fail (form != NULL, NULL);

  g_ref_count_inc (&form->ref);
  return form;
}

void
bd_printed_form_unref (BdPrintedForm *form)
{
  g_return_if_fail (form != NULL);

  if (!g_ref_count_dec (&form->ref))
    return;
  if (form->destroy != NULL)
    form->destroy (form->data);
  g_free (form->title);
  g_free (form->file_name);
  g_free (form->action);
  g_free (form->saved_action);
  g_free (form->record_table);
  g_free (form->detail);
  g_free (form);
}

/* A form's own copy of @text in place of what *@field held. */
static void
replace_text (char       **field,
              const char  *text)
{
  char *copy = g_strdup (text);

  g_free (*field);
  *field = copy;
}

void
bd_printed_form_set_audit (BdPrintedForm *form,
                           const char    *action,
                           const char    *record_table,
                           gint64         record_id,
                           gint64         customer_id,
                           const char    *detail)
{
  g_return_if_fail (form != NULL && action != NULL);

  replace_text (&form->action, action);
  replace_text (&form->record_table, record_table);
  form->record_id = record_id;
  form->customer_id = customer_id;
  replace_text (&form->detail, detail);
}

void
bd_printed_form_set_saved_action (BdPrintedForm *form,
                                  const char    *action)
{
  g_return_if_fail (form != NULL);

  replace_text (&form->saved_action, action);
}

void
bd_printed_form_set_file_name (BdPrintedForm *form,
                               const char    *file_name)
{
  g_return_if_fail (form != NULL);

  replace_text (&form->file_name, file_name);
}

const char *
bd_printed_form_get_title (const BdPrintedForm *form)
{
  return form->title;
}

BdPaperSize
bd_printed_form_get_paper (const BdPrintedForm *form)
{
  return form->paper;
}

guint
bd_printed_form_get_n_pages (const BdPrintedForm *form)
{
  return form->n_pages;
}

gpointer
bd_printed_form_get_data (const BdPrintedForm *form)
{
  return form->data;
}

/* The name the file chooser offers; the title when the form suggests none. */
const char *
bd_printed_form_get_file_name (const BdPrintedForm *form)
{
  return form->file_name != NULL ? form->file_name : form->title;
}

gboolean
bd_printed_form_can_save (const BdPrintedForm *form)
{
  return form->saved_action != NULL;
}

/* ── the training watermark ────────────────────────────────────────────────────── */

/* One branch is open in a program at a time: its pages are all training pages or none. */
static gboolean training_pages;

void
bd_printed_form_set_training (gboolean training)
{
  training_pages = training;
}

gboolean
bd_printed_form_get_training (void)
{
  return training_pages;
}

/* 训练用 across the middle of the page in a light grey, over what the form drew: a slip
 * from a training branch can never pass for a real one, whatever covers it. Level, not
 * slanted: drawn as text, it is read back as text from the PDF (pdftotext breaks slanted
 * lines into pieces). */
static void
draw_training_watermark (cairo_t *cr,
                         double   width,
                         double   height)
{
  g_autoptr(PangoLayout) layout = NULL;

  cairo_save (cr);
  layout = bd_print_layout_new (cr, BD_PRINT_FONT_SANS_BOLD, MIN (width, height) / 6.0, width,
                                PANGO_ALIGN_CENTER);
  /* Translators: the watermark across every page printed from a training branch. */
  pango_layout_set_text (layout, _("TRAINING"), -1);
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.3);
  bd_print_show_layout (cr, layout, 0, (height - bd_print_layout_get_height (layout)) / 2.0);
  cairo_restore (cr);
}

void
bd_printed_form_draw_page (const BdPrintedForm *form,
                           guint                page,
                           cairo_t             *cr,
                           double               width,
                           double               height)
{
  g_return_if_fail (form != NULL && page < form->n_pages);

  form->draw_page (form, page, cr, width, height);
  if (training_pages)
    draw_training_watermark (cr, width, height);
}

/* bd_print_render_pdf() sits below the forms: it takes a pointer, not a form. */
static void
render_page_cb (gpointer  user_data,
                guint     page,
                cairo_t  *cr,
                double    width,
                double    height)
{
  bd_printed_form_draw_page (user_data, page, cr, width, height);
}

gboolean
bd_printed_form_write_pdf (const BdPrintedForm  *form,
                           const char           *path,
                           GError              **error)
{
  g_return_val_if_fail (form != NULL && path != NULL, FALSE);

  return bd_print_render_pdf (path, form->n_pages, render_page_cb, (gpointer) form,
                              form->paper, error);
}

/* ── the pages a preview keeps ─────────────────────────────────────────────────────── */

/* The pages kept: the one shown and the last two turned from, so that paging back and
 * forth replays too. A page's recording holds its drawing commands, no pixels. */
#define CACHE_PAGES 3

typedef struct
{
  guint            page;
  cairo_surface_t *recording;   /* NULL: an empty place */
} CachedPage;

struct _BdPageCache
{
  BdPrintedForm *form;          /* a reference: its address cannot be reused while kept */
  CachedPage     pages[CACHE_PAGES];   /* the most recently drawn first */
};

BdPageCache *
bd_page_cache_new (void)
{
  return g_new0 (BdPageCache, 1);
}

void
bd_page_cache_clear (BdPageCache *cache)
{
  g_return_if_fail (cache != NULL);

  for (guint i = 0; i < CACHE_PAGES; i++)
    g_clear_pointer (&cache->pages[i].recording, cairo_surface_destroy);
  g_clear_pointer (&cache->form, bd_printed_form_unref);
}

void
bd_page_cache_free (BdPageCache *cache)
{
  if (cache == NULL)
    return;
  bd_page_cache_clear (cache);
  g_free (cache);
}

/* The place of @page of @form in the cache, or -1. */
static int
find_page (BdPageCache         *cache,
           const BdPrintedForm *form,
           guint                page)
{
  if (cache->form != form)
    return -1;
  for (guint i = 0; i < CACHE_PAGES; i++)
    if (cache->pages[i].recording != NULL && cache->pages[i].page == page)
      return (int) i;
  return -1;
}

gboolean
bd_page_cache_holds (BdPageCache         *cache,
                     const BdPrintedForm *form,
                     guint                page)
{
  g_return_val_if_fail (cache != NULL && form != NULL, FALSE);

  return find_page (cache, form, page) >= 0;
}

/* The recording of @page, drawn now unless kept; moved to the front either way. */
static cairo_surface_t *
lookup_page (BdPageCache   *cache,
             BdPrintedForm *form,
             guint          page)
{
  int found = find_page (cache, form, page);
  CachedPage entry;

  if (found < 0)
    {
      if (cache->form != form)
        {
          bd_page_cache_clear (cache);
          cache->form = bd_printed_form_ref (form);
        }
      found = CACHE_PAGES - 1;
      g_clear_pointer (&cache->pages[found].recording, cairo_surface_destroy);
      cache->pages[found].page = page;
      cache->pages[found].recording = bd_print_record_page (page, render_page_cb, form,
                                                            form->paper);
    }
  entry = cache->pages[found];
  memmove (&cache->pages[1], &cache->pages[0], found * sizeof (CachedPage));
  cache->pages[0] = entry;
  return entry.recording;
}

void
bd_page_cache_draw (BdPageCache   *cache,
                    BdPrintedForm *form,
                    guint          page,
                    cairo_t       *cr,
                    double         width,
                    double         height)
{
  g_return_if_fail (cache != NULL && form != NULL && cr != NULL);
  g_return_if_fail (page < form->n_pages);

  bd_print_show_recorded_page (cr, lookup_page (cache, form, page), form->paper, width,
                               height);
}

gboolean
bd_printed_form_audit (const BdPrintedForm  *form,
                       BdStore              *store,
                       gint64                staff_id,
                       const char           *saved_path,
                       GError              **error)
{
  g_return_val_if_fail (form != NULL && BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (form->action != NULL, FALSE);
  g_return_val_if_fail (saved_path == NULL || form->saved_action != NULL, FALSE);

  if (saved_path != NULL)
    return bd_store_append_audit (store, staff_id, form->saved_action, form->record_table,
                                  form->record_id, form->customer_id, saved_path, error);
  return bd_store_append_audit (store, staff_id, form->action, form->record_table,
                                form->record_id, form->customer_id, form->detail, error);
}

/* ── the contact slip, one to an A5 page ──────────────────────────────────────────── */

static void
draw_contact_slip (const BdPrintedForm *form,
                   guint                page,
                   cairo_t             *cr,
                   double               width,
                   double               height)
{
  BdContactSlip *slip = form->data;

  bd_slip_draw_page (&slip->slip, 1, BD_SLIP_LAYOUT_A5, page, cr, width, height);
}

static void
free_contact_slip (gpointer data)
{
  bd_contact_slip_clear (data);
  g_free (data);
}

BdPrintedForm *
bd_printed_form_new_contact_slip (BdStore  *store,
                                  gint64    contact_id,
                                  GError  **error)
{
  g_autofree BdContactSlip *slip = g_new0 (BdContactSlip, 1);
  g_autofree char *name = NULL;
  BdPrintedForm *form;

  if (!bd_contact_slip_load (store, contact_id, slip, error))
    return NULL;
  name = bd_contact_slip_suggest_file_name (slip);
  form = bd_printed_form_new (_("Contact slip"), BD_PAPER_A5, 1, draw_contact_slip,
                              g_steal_pointer (&slip), free_contact_slip);
  bd_printed_form_set_audit (form, "slip-printed", "contact", contact_id, 0, NULL);
  bd_printed_form_set_saved_action (form, "slip-saved");
  bd_printed_form_set_file_name (form, name);
  return form;
}

/* ── slips four to an A4 sheet ────────────────────────────────────────────────────── */

typedef struct
{
  GArray *slips;   /* BdContactSlip: owns the strings the plain slips point into */
  GArray *plain;   /* BdSlip, one after another, as bd_slip_draw_page() reads them */
} SlipBatch;

static void
free_slip_batch (gpointer data)
{
  SlipBatch *batch = data;

  g_array_unref (batch->slips);
  g_array_unref (batch->plain);
  g_free (batch);
}

static void
draw_slip_batch (const BdPrintedForm *form,
                 guint                page,
                 cairo_t             *cr,
                 double               width,
                 double               height)
{
  SlipBatch *batch = form->data;

  bd_slip_draw_page ((const BdSlip *) (gpointer) batch->plain->data, batch->plain->len,
                     BD_SLIP_LAYOUT_A4_FOUR, page, cr, width, height);
}

BdPrintedForm *
bd_printed_form_new_slips (GArray     *slips,
                           const char *day)
{
  SlipBatch *batch;
  BdPrintedForm *form;

  g_return_val_if_fail (slips != NULL && slips->len > 0, NULL);

  batch = g_new0 (SlipBatch, 1);
  batch->slips = slips;
  batch->plain = g_array_sized_new (FALSE, FALSE, sizeof (BdSlip), slips->len);
  for (guint i = 0; i < slips->len; i++)
    g_array_append_val (batch->plain, g_array_index (slips, BdContactSlip, i).slip);
  form = bd_printed_form_new (_("Contact slips"), BD_PAPER_A4,
                              bd_slip_count_pages (BD_SLIP_LAYOUT_A4_FOUR, slips->len),
                              draw_slip_batch, batch, free_slip_batch);
  if (day != NULL)
    bd_printed_form_set_audit (form, "day-slips-printed", NULL, 0, 0, day);
  else
    bd_printed_form_set_audit (form, "slips-printed", NULL, 0, 0, NULL);
  return form;
}

/* ── the household policy review sheet ────────────────────────────────────────────── */

typedef struct
{
  BdReviewSheet  sheet;
  char          *company;
  char          *branch;
  char          *staff_name;
} OwnedSheet;

static void
free_owned_sheet (gpointer data)
{
  OwnedSheet *owned = data;

  g_clear_object (&owned->sheet.card);
  g_free (owned->company);
  g_free (owned->branch);
  g_free (owned->staff_name);
  g_free (owned);
}

static void
draw_review_sheet (const BdPrintedForm *form,
                   guint                page,
                   cairo_t             *cr,
                   double               width,
                   double               height)
{
  /* An OwnedSheet or, for bd_review_sheet_print_pdf(), the caller's sheet alone: the
   * sheet comes first in an OwnedSheet, so either is the sheet. */
  bd_review_sheet_draw_page (form->data, page, cr, width, height);
}

/**
 * bd_review_sheet_print_pdf:
 * @sheet: what to print
 * @path: the PDF to write
 * @error: a #BD_PRINT_ERROR in words
 *
 * Writes the sheet as the desk prints it, a form of its own, without its audit row (the
 * admin tool's output).
 *
 * Returns: %TRUE when the PDF was written
 */
gboolean
bd_review_sheet_print_pdf (const BdReviewSheet  *sheet,
                           const char           *path,
                           GError              **error)
{
  g_autoptr(BdPrintedForm) form = NULL;
  guint n_pages;

  g_return_val_if_fail (path != NULL, FALSE);

  n_pages = bd_review_sheet_count_pages (sheet);
  g_return_val_if_fail (n_pages > 0, FALSE);
  form = bd_printed_form_new (_("Household policy review sheet"), BD_PAPER_A4, n_pages,
                              draw_review_sheet, (gpointer) sheet, NULL);
  return bd_printed_form_write_pdf (form, path, error);
}

/* The sheet of the household of @customer_id on @date, printed by @staff_name. */
BdPrintedForm *
bd_printed_form_new_review_sheet (BdStore      *store,
                                  gint64        customer_id,
                                  const GDate  *date,
                                  const char   *staff_name,
                                  GError      **error)
{
  OwnedSheet *owned = g_new0 (OwnedSheet, 1);
  g_autoptr(GError) local_error = NULL;
  BdPrintedForm *form;

  owned->sheet.date = *date;
  owned->sheet.card = bd_store_load_household_card (store, customer_id, &owned->sheet.date,
                                                     &local_error);
  if (owned->sheet.card == NULL)
    {
      free_owned_sheet (owned);
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                             _("The customer belongs to no household"));
      return NULL;
    }
  owned->sheet.company = owned->company = bd_store_dup_setting (store, "company-name");
  owned->sheet.branch = owned->branch = bd_store_dup_setting (store, "branch-name");
  owned->sheet.staff_name = owned->staff_name = g_strdup (staff_name);
  form = bd_printed_form_new (_("Household policy review sheet"), BD_PAPER_A4,
                              bd_review_sheet_count_pages (&owned->sheet), draw_review_sheet,
                              owned, free_owned_sheet);
  bd_printed_form_set_audit (form, "review-sheet-printed", "customer", customer_id,
                             customer_id, NULL);
  return form;
}
