/* bd-printed-form.h — a printed form: what the preview, the printer and a PDF file are given
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "bd-print.h"

G_BEGIN_DECLS

/* Declared, not included: widgets show a form and must not see the store (C11 allows the
 * typedef again in bd-store.h). */
typedef struct _BdStore BdStore;

typedef struct _BdPrintedForm BdPrintedForm;

/* The one shape of drawing a page, for the preview, the print job and the PDF: page @page
 * (counted from 0) of @form on @cr, a page of @width × @height points. */
typedef void BdPrintedFormDrawPageFunc (const BdPrintedForm *form,
                                        guint                page,
                                        cairo_t             *cr,
                                        double               width,
                                        double               height);
typedef BdPrintedFormDrawPageFunc *BdPrintedFormDrawPage;

BdPrintedForm *bd_printed_form_new            (const char             *title,
                                               BdPaperSize             paper,
                                               guint                   n_pages,
                                               BdPrintedFormDrawPage   draw_page,
                                               gpointer                data,
                                               GDestroyNotify          destroy);
BdPrintedForm *bd_printed_form_ref            (BdPrintedForm          *form);
void           bd_printed_form_unref          (BdPrintedForm          *form);

/* The audit row written before the form is printed: @action ("slip-printed") about the
 * record @record_id of @record_table (NULL, 0: none) and the customer (0: none). */
void           bd_printed_form_set_audit      (BdPrintedForm          *form,
                                               const char             *action,
                                               const char             *record_table,
                                               gint64                  record_id,
                                               gint64                  customer_id,
                                               const char             *detail);
/* The audit action written before the form is saved as a PDF ("slip-saved"), its detail
 * the file's path; NULL (the default) for a form that is only printed. */
void           bd_printed_form_set_saved_action (BdPrintedForm        *form,
                                                 const char           *action);
void           bd_printed_form_set_file_name  (BdPrintedForm          *form,
                                               const char             *file_name);

const char    *bd_printed_form_get_title      (const BdPrintedForm    *form);
BdPaperSize    bd_printed_form_get_paper      (const BdPrintedForm    *form);
guint          bd_printed_form_get_n_pages    (const BdPrintedForm    *form);
gpointer       bd_printed_form_get_data       (const BdPrintedForm    *form);
const char    *bd_printed_form_get_file_name  (const BdPrintedForm    *form);
gboolean       bd_printed_form_can_save       (const BdPrintedForm    *form);

/* Whether the branch open in this program is a training branch (bd_setup_is_training()):
 * every page of every form is then drawn with the 训练用 watermark across it. Set when a
 * branch is opened (bd_setup_note_branch()). */
void           bd_printed_form_set_training   (gboolean                training);
gboolean       bd_printed_form_get_training   (void);

/* Draws with the form's own function, then the training watermark when it applies: the
 * same shape, so declared by it. */
BdPrintedFormDrawPageFunc bd_printed_form_draw_page;
/* Every page to a PDF at @path (see bd_print_render_pdf()). */
gboolean       bd_printed_form_write_pdf      (const BdPrintedForm    *form,
                                               const char             *path,
                                               GError                **error);
/* Writes the form's audit row: the print action, or with @saved_path the saved action
 * and the path. The caller prints or saves only when this returns TRUE. */
gboolean       bd_printed_form_audit          (const BdPrintedForm    *form,
                                               BdStore                *store,
                                               gint64                  staff_id,
                                               const char             *saved_path,
                                               GError                **error);

/* What a preview keeps between redraws: the last pages of one form it drew, each laid
 * out once and recorded in points (bd_print_record_page()), so that a redraw at any size
 * (a window being resized) only replays the recording. It holds a reference to the form
 * whose pages it keeps: a new form, or a clear, drops them all. */
typedef struct _BdPageCache BdPageCache;

BdPageCache   *bd_page_cache_new              (void);
void           bd_page_cache_free             (BdPageCache            *cache);
/* Drops the pages and the form: nothing of the customer is left in it. */
void           bd_page_cache_clear            (BdPageCache            *cache);
/* Whether page @page of @form is kept (drawn already). */
gboolean       bd_page_cache_holds            (BdPageCache            *cache,
                                               const BdPrintedForm    *form,
                                               guint                   page);
/* Draws page @page of @form on white, scaled to fit @width × @height and centred:
 * replayed from the cache when it holds that page of that form, else drawn, kept, and
 * replayed. */
void           bd_page_cache_draw             (BdPageCache            *cache,
                                               BdPrintedForm          *form,
                                               guint                   page,
                                               cairo_t                *cr,
                                               double                  width,
                                               double                  height);

/* The forms of the desk. */
BdPrintedForm *bd_printed_form_new_contact_slip (BdStore              *store,
                                                 gint64                contact_id,
                                                 GError              **error);
/* Slips four to an A4 sheet; takes @slips (an array of BdContactSlip, at least one).
 * @day ("YYYY-MM-DD"): the slips of that day; NULL: a selection. */
BdPrintedForm *bd_printed_form_new_slips        (GArray               *slips,
                                                 const char           *day);
BdPrintedForm *bd_printed_form_new_review_sheet (BdStore              *store,
                                                 gint64                customer_id,
                                                 const GDate          *date,
                                                 const char           *staff_name,
                                                 GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BdPrintedForm, bd_printed_form_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BdPageCache, bd_page_cache_free)

G_END_DECLS
