/* bd-window-print.c — the window's printing: previews, the print dialog, PDF, batches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every form is drawn by the core's page functions, the same for the preview, the PDF
 * files and the printer (bd-print-job.c sends them with libcups: GTK's own printing hangs
 * or crashes on Debian 12, see there).
 */
#define G_LOG_DOMAIN "bd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-contact-slip.h"
#include "bd-print-dialog.h"
#include "bd-print-job.h"
#include "bd-print-preview.h"
#include "bd-print-review.h"
#include "bd-window-private.h"

/* ── printing ──────────────────────────────────────────────────────────────────── */

typedef struct
{
  BdPrintJobDraw draw;
  gpointer       data;
} PrintJob;

static void
pages_sent_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BdWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!bd_print_job_send_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    bd_window_show_toast (self, error->message);
}

/* Asks for the printer and the copies, the last printer chosen offered first, and sends
 * the pages; a printer that refuses them says so in a toast. Returns whether the pages
 * were drawn and handed over. */
static gboolean
print_pages (BdWindow    *self,
             const char  *job_name,
             BdPaperSize  paper,
             guint        n_pages,
             PrintJob    *job)
{
  g_autofree char *last = self->settings != NULL ? g_settings_get_string (self->settings, "last-printer")
                                                 : NULL;
  g_autofree char *printer = NULL;
  guint copies = 1;

  if (!bd_print_dialog_run (GTK_WINDOW (self), job_name, last, &printer, &copies))
    return FALSE;
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-printer", printer);
  bd_print_job_send_async (printer, job_name, paper, n_pages, copies, job->draw, job->data,
                           self->cancellable, pages_sent_cb, g_object_ref (self));
  return TRUE;
}

static void
draw_slip (gpointer  data,
           guint     page,
           cairo_t  *cr,
           double    width,
           double    height)
{
  BdContactSlip *slip = data;

  bd_slip_draw_page (&slip->slip, 1, BD_SLIP_LAYOUT_A5, page, cr, width, height);
}

/* ── previews ──────────────────────────────────────────────────────────────────── */

typedef struct
{
  BdWindow *window;
  char     *action;
  GVariant *target;
} PreviewPrint;

static void
preview_print_free (gpointer data,
                    GClosure *closure)
{
  PreviewPrint *print = data;

  g_free (print->action);
  g_variant_unref (print->target);
  g_free (print);
}

/* The print action belongs to the main window: the preview closes and the print dialog
 * opens over the window. */
static void
preview_print_clicked_cb (GtkButton    *button,
                          PreviewPrint *print)
{
  GtkRoot *preview = gtk_widget_get_root (GTK_WIDGET (button));

  gtk_widget_activate_action_variant (GTK_WIDGET (print->window), print->action, print->target);
  gtk_window_destroy (GTK_WINDOW (preview));
}

/* Escape and Ctrl+W close a preview, as they close any window that only shows. */
static void
add_close_keys (GtkWidget *window)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_w, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, keys);
}

/* A window with the pages as they will print, and the button that prints them. */
static void
show_preview (BdWindow           *self,
              const char         *title,
              BdPaperSize         paper,
              guint               n_pages,
              BdPrintPreviewDraw  draw,
              gpointer            data,
              GDestroyNotify      destroy,
              const char         *print_action,
              GVariant           *target)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkWidget *preview = bd_print_preview_new ();
  PreviewPrint *printing = g_new0 (PreviewPrint, 1);

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 900);
  gtk_widget_add_css_class (print, "suggested-action");
  printing->window = self;
  printing->action = g_strdup (print_action);
  printing->target = g_variant_ref (target);
  bd_accessible_set_label (print, _("Print"));
  g_signal_connect_data (print, "clicked", G_CALLBACK (preview_print_clicked_cb), printing,
                         preview_print_free, 0);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), print);
  gtk_widget_set_vexpand (preview, TRUE);
  bd_print_preview_set_title (BD_PRINT_PREVIEW (preview), title);
  bd_print_preview_set_pages (BD_PRINT_PREVIEW (preview), paper, n_pages, draw, data, destroy);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), preview);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  add_close_keys (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
free_owned_slip (gpointer data)
{
  bd_contact_slip_clear (data);
  g_free (data);
}

static void
preview_slip_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  BdContactSlip *slip = g_new0 (BdContactSlip, 1);
  g_autoptr(GError) error = NULL;

  if (!bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error) ||
      !bd_contact_slip_load (bd_window_get_store (self), g_variant_get_int64 (parameter), slip, &error))
    {
      bd_window_show_toast (self, error->message);
      g_free (slip);
      return;
    }
  show_preview (self, _("Contact slip"), BD_PAPER_A5, 1, draw_slip, slip, free_owned_slip,
                "win.print-slip", parameter);
}

typedef struct
{
  BdReviewSheet  sheet;
  char          *company;
  char          *branch;
  char          *staff_name;
} OwnedSheet;

static void
draw_owned_sheet (gpointer  data,
                  guint     page,
                  cairo_t  *cr,
                  double    width,
                  double    height)
{
  bd_review_sheet_draw_page (&((OwnedSheet *) data)->sheet, page, cr, width, height);
}

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
preview_review_sheet_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  OwnedSheet *owned = g_new0 (OwnedSheet, 1);
  g_autoptr(GError) error = NULL;

  if (self->session != NULL)
    bd_store_get_today (bd_window_get_store (self), &owned->sheet.date);
  if (bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error))
    owned->sheet.card = bd_store_load_household_card (bd_window_get_store (self), g_variant_get_int64 (parameter),
                                                      &owned->sheet.date, &error);
  if (owned->sheet.card == NULL)
    {
      bd_window_show_toast (self, error != NULL ? error->message : _("The customer belongs to no household"));
      free_owned_sheet (owned);
      return;
    }
  owned->sheet.company = owned->company = bd_store_dup_setting (bd_window_get_store (self), "company-name");
  owned->sheet.branch = owned->branch = bd_store_dup_setting (bd_window_get_store (self), "branch-name");
  owned->sheet.staff_name = owned->staff_name =
    g_strdup (bd_staff_get_name (bd_session_get_staff (self->session)));
  show_preview (self, _("Household policy review sheet"), BD_PAPER_A4,
                bd_review_sheet_count_pages (&owned->sheet), draw_owned_sheet, owned,
                free_owned_sheet, "win.print-review-sheet", parameter);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "customer") == 0)
    bd_customer_page_print (self->customer_page);
}

static void
print_slip_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  gint64 contact_id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  BdContactSlip slip;
  PrintJob job = { draw_slip, &slip };

  if (!bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error) ||
      !bd_contact_slip_load (bd_window_get_store (self), contact_id, &slip, &error))
    {
      bd_window_show_toast (self, error->message);
      return;
    }
  if (print_pages (self, _("Contact slip"), BD_PAPER_A5, 1, &job))
    bd_store_append_audit (bd_window_get_store (self), bd_session_get_staff_id (self->session),
                           "slip-printed", "contact", contact_id, 0, NULL, NULL);
  bd_contact_slip_clear (&slip);
}

/* ── saving a slip as PDF ─────────────────────────────────────────────────────── */

/* The folder the file chooser opens in: Documents, or home when there is none. */
static GFile *
pdf_folder (void)
{
  const char *folder = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (folder == NULL || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    folder = g_get_home_dir ();
  return g_file_new_for_path (folder);
}

static void
open_saved_file_cb (AdwToast *toast,
                    BdWindow *self)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "uri");

  /* The default PDF viewer of the desktop, as a double click in the file manager. */
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* Says where the file went, with a button that opens it. */
static void
show_saved_toast (BdWindow *self,
                  GFile    *file)
{
  g_autofree char *display = g_file_get_parse_name (file);
  g_autofree char *message = g_strdup_printf (_("Contact slip saved as %s"), display);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "uri", g_file_get_uri (file), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_saved_file_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

typedef struct
{
  BdWindow             *self;
  gint64                contact_id;
  GtkFileChooserNative *chooser;
} SaveSlip;

static void
save_slip_free (SaveSlip *save)
{
  g_clear_object (&save->chooser);
  g_clear_object (&save->self);
  g_free (save);
}

/* The slip is read again when the file is chosen: the session may have been locked, or
 * the record voided, while the chooser was open. */
static void
write_slip_pdf (BdWindow *self,
                gint64    contact_id,
                GFile    *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  BdContactSlip slip = { 0 };

  if (path == NULL)
    {
      bd_window_show_toast (self, _("Choose a file on this computer"));
      return;
    }
  if (!bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error) ||
      !bd_contact_slip_load (bd_window_get_store (self), contact_id, &slip, &error) ||
      !bd_slip_print_pdf (path, &slip.slip, 1, BD_SLIP_LAYOUT_A5, &error))
    {
      bd_window_show_toast (self, error->message);
      bd_contact_slip_clear (&slip);
      return;
    }
  bd_contact_slip_clear (&slip);
  bd_store_append_audit (bd_window_get_store (self), bd_session_get_staff_id (self->session),
                         "slip-saved", "contact", contact_id, 0, path, NULL);
  show_saved_toast (self, file);
}

static void
save_slip_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       SaveSlip        *save)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    write_slip_pdf (save->self, save->contact_id, file);
  gtk_native_dialog_destroy (chooser);
  save_slip_free (save);
}

/* Offers the file chooser on the Documents folder with a name a person recognises
 * (客户联系单-李女士-2026-12-02.pdf). GtkFileChooserNative: GtkFileDialog is GTK 4.10. */
static void
save_slip_pdf_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = pdf_folder ();
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  BdContactSlip slip;
  SaveSlip *save;

  if (!bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error) ||
      !bd_contact_slip_load (bd_window_get_store (self), g_variant_get_int64 (parameter), &slip, &error))
    {
      bd_window_show_toast (self, error->message);
      return;
    }
  name = bd_contact_slip_suggest_file_name (&slip);
  bd_contact_slip_clear (&slip);

  save = g_new0 (SaveSlip, 1);
  save->self = g_object_ref (self);
  save->contact_id = g_variant_get_int64 (parameter);
  save->chooser = gtk_file_chooser_native_new (_("Save the Contact Slip as PDF"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (save->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (save->chooser), filter);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (save->chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (save->chooser), name);
  g_signal_connect (save->chooser, "response", G_CALLBACK (save_slip_response_cb), save);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (save->chooser));
}

static void
draw_review_sheet (gpointer  data,
                   guint     page,
                   cairo_t  *cr,
                   double    width,
                   double    height)
{
  bd_review_sheet_draw_page (data, page, cr, width, height);
}

/* The household policy review sheet (保单检视表), handed to the customer in person. */
static void
print_review_sheet_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  g_autofree char *company = bd_store_dup_setting (bd_window_get_store (self), "company-name");
  g_autofree char *branch = bd_store_dup_setting (bd_window_get_store (self), "branch-name");
  g_autoptr(BdHouseholdCard) card = NULL;
  g_autoptr(GError) error = NULL;
  BdReviewSheet sheet = { NULL, company, branch, NULL, { 0 } };
  PrintJob job = { draw_review_sheet, &sheet };

  if (self->session != NULL)
    bd_store_get_today (bd_window_get_store (self), &sheet.date);
  if (bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error))
    card = bd_store_load_household_card (bd_window_get_store (self), g_variant_get_int64 (parameter),
                                         &sheet.date, &error);
  if (card == NULL)
    {
      bd_window_show_toast (self, error != NULL ? error->message : _("The customer belongs to no household"));
      return;
    }
  sheet.card = card;
  sheet.staff_name = bd_staff_get_name (bd_session_get_staff (self->session));
  if (print_pages (self, _("Household policy review sheet"), BD_PAPER_A4,
                   bd_review_sheet_count_pages (&sheet), &job))
    bd_store_append_audit (bd_window_get_store (self), bd_session_get_staff_id (self->session),
                           "review-sheet-printed", "customer", g_variant_get_int64 (parameter),
                           g_variant_get_int64 (parameter), NULL, NULL);
}

/* A day's contact slips, four to an A4 sheet: the collector's round, printed at once. */
typedef struct
{
  BdWindow *self;       /* a reference: the result is shown in this window */
  gint64    staff_id;   /* who printed, even if the desk is locked meanwhile */
  GArray   *slips;      /* BdContactSlip: owns the strings the plain slips point into */
  GArray   *plain;      /* BdSlip, one after another, as bd_slip_draw_page() reads them */
  char     *printer;
  char      day[BD_ISO_DATE_SIZE];
} DayBatch;

static void
day_batch_free (DayBatch *batch)
{
  g_clear_object (&batch->self);
  g_clear_pointer (&batch->slips, g_array_unref);
  g_clear_pointer (&batch->plain, g_array_unref);
  g_free (batch->printer);
  g_free (batch);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DayBatch, day_batch_free)

static void
draw_day_batch (gpointer  data,
                guint     page,
                cairo_t  *cr,
                double    width,
                double    height)
{
  DayBatch *batch = data;

  bd_slip_draw_page ((const BdSlip *) (gpointer) batch->plain->data, batch->plain->len,
                     BD_SLIP_LAYOUT_A4_FOUR, page, cr, width, height);
}

/* The slips planned for @day, or NULL after telling the person why there are none. */
static DayBatch *
load_day_batch (BdWindow   *self,
                const char *day,
                BdScope     scope)
{
  g_autoptr(DayBatch) batch = g_new0 (DayBatch, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 staff_id = 0;
  GDate date;

  if (!bd_date_parse_iso (day, &date))
    message = g_strdup_printf (_("“%s” is not a date in the form YYYY-MM-DD"), day);
  else if (!bd_session_get_scope_staff (self->session, scope, &staff_id, &error) ||
           (batch->slips = bd_contact_slip_load_day_of (bd_window_get_store (self), &date,
                                                        staff_id, &error)) == NULL)
    message = g_strdup (error->message);
  else if (batch->slips->len == 0)
    message = g_strdup_printf (_("No contact slip plans a visit on %s: nothing to print"), day);
  if (message != NULL)
    {
      bd_window_show_toast (self, message);
      return NULL;
    }
  batch->plain = g_array_sized_new (FALSE, FALSE, sizeof (BdSlip), batch->slips->len);
  for (guint i = 0; i < batch->slips->len; i++)
    g_array_append_val (batch->plain, g_array_index (batch->slips, BdContactSlip, i).slip);
  batch->self = g_object_ref (self);
  batch->staff_id = bd_session_get_staff_id (self->session);
  g_strlcpy (batch->day, day, sizeof batch->day);
  return g_steal_pointer (&batch);
}

/* The slips of the contact records @ids (a selection), or NULL after saying why not. */
static DayBatch *
load_chosen_batch (BdWindow *self,
                   GVariant *ids)
{
  g_autoptr(DayBatch) batch = g_new0 (DayBatch, 1);
  g_autoptr(GError) error = NULL;
  gsize n = 0;
  const gint64 *id = g_variant_get_fixed_array (ids, &n, sizeof (gint64));

  batch->slips = g_array_new (FALSE, TRUE, sizeof (BdContactSlip));
  g_array_set_clear_func (batch->slips, (GDestroyNotify) bd_contact_slip_clear);
  if (!bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error))
    n = 0;
  for (gsize i = 0; i < n; i++)
    {
      BdContactSlip slip;

      if (!bd_contact_slip_load (bd_window_get_store (self), id[i], &slip, &error))
        break;
      g_array_append_val (batch->slips, slip);
    }
  if (error != NULL || batch->slips->len == 0)
    {
      bd_window_show_toast (self, error != NULL ? error->message : _("No contact slip is chosen"));
      return NULL;
    }
  batch->plain = g_array_sized_new (FALSE, FALSE, sizeof (BdSlip), batch->slips->len);
  for (guint i = 0; i < batch->slips->len; i++)
    g_array_append_val (batch->plain, g_array_index (batch->slips, BdContactSlip, i).slip);
  batch->self = g_object_ref (self);
  batch->staff_id = bd_session_get_staff_id (self->session);
  g_strlcpy (batch->day, "", sizeof batch->day);
  return g_steal_pointer (&batch);
}

static guint
day_batch_count_pages (DayBatch *batch)
{
  return bd_slip_count_pages (BD_SLIP_LAYOUT_A4_FOUR, batch->plain->len);
}

static void
day_batch_printed (DayBatch   *batch,
                   const char *printer)
{
  g_autofree char *message = NULL;

  message = g_strdup_printf (ngettext ("%u contact slip went to the printer “%s”",
                                       "%u contact slips went to the printer “%s”",
                                       batch->plain->len),
                             batch->plain->len, printer);
  bd_window_show_toast (batch->self, message);
  bd_store_append_audit (bd_window_get_store (batch->self), batch->staff_id,
                         batch->day[0] != '\0' ? "day-slips-printed" : "slips-printed",
                         NULL, 0, 0, batch->day[0] != '\0' ? batch->day : NULL, NULL);
}

static void
print_day_batch_with_dialog (DayBatch *batch)
{
  PrintJob job = { draw_day_batch, batch };
  g_autofree char *printer = NULL;

  if (!print_pages (batch->self, _("Contact slips"), BD_PAPER_A4,
                    day_batch_count_pages (batch), &job))
    return;
  /* print_pages() has just remembered the printer chosen in the dialog. */
  if (batch->self->settings != NULL)
    printer = g_settings_get_string (batch->self->settings, "last-printer");
  if (printer != NULL)
    day_batch_printed (batch, printer);
}

static void
day_batch_sent_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(DayBatch) batch = user_data;
  g_autoptr(GError) error = NULL;

  if (bd_print_job_send_finish (result, &error))
    {
      day_batch_printed (batch, batch->printer);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* the window is gone */
  bd_window_show_toast (batch->self, error->message);
  /* A printer that is gone, or one that only saves files: let the person choose. */
  if (g_error_matches (error, BD_PRINT_JOB_ERROR, BD_PRINT_JOB_ERROR_NO_PRINTER))
    print_day_batch_with_dialog (batch);
}

/* Prints a batch without a dialog on the printer last chosen in the print dialog, or
 * through the dialog when none was chosen yet. */
static void
send_batch (BdWindow *self,
            DayBatch *batch)
{
  if (self->settings != NULL)
    batch->printer = g_settings_get_string (self->settings, "last-printer");
  if (batch->printer == NULL || batch->printer[0] == '\0')
    {
      print_day_batch_with_dialog (batch);
      day_batch_free (batch);
      return;
    }
  bd_print_job_send_async (batch->printer, _("Contact slips"), BD_PAPER_A4,
                           day_batch_count_pages (batch), 1, draw_day_batch, batch,
                           self->cancellable, day_batch_sent_cb, batch);
}

/* The slips of the day "YYYY-MM-DD", four to an A4 sheet. */
static void
print_day_slips_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  DayBatch *batch = load_day_batch (self, g_variant_get_string (parameter, NULL),
                                    bd_session_get_default_scope (self->session));

  if (batch != NULL)
    send_batch (self, batch);
}

/* The slips of a day ("YYYY-MM-DD") in a scope ("own", "branch"): the session decides
 * whether this person may print the branch's. */
static void
print_day_slips_in_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  const char *day = NULL, *scope_name = NULL;
  BdScope scope = BD_SCOPE_OWN;
  DayBatch *batch;

  g_variant_get (parameter, "(&s&s)", &day, &scope_name);
  if (!bd_scope_from_string (scope_name, &scope))
    g_return_if_reached ();
  if ((batch = load_day_batch (self, day, scope)) != NULL)
    send_batch (self, batch);
}

static void
choose_scope_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          BdWindow         *self)
{
  g_autofree char *today = NULL;
  BdScope scope;

  if (self->session == NULL)
    return;  /* locked or signed out while the dialog was open */
  today = bd_store_dup_today_iso (bd_window_get_store (self));
  if (bd_scope_from_string (response, &scope))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.print-day-slips-in", "(ss)", today,
                                bd_scope_to_string (scope));
}

/* A supervisor prints their own slips or the branch's: they say which. */
static void
choose_slips_scope (BdWindow *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Print Whose Contact Slips?"),
                                                       _("Today’s contact slips: the ones you left, or those of the whole branch.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "own", _("_Mine"),
                                    "branch", _("Whole _Branch"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "branch", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "branch");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (choose_scope_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The slips of a selection of contact records (their ids), four to an A4 sheet. */
static void
print_slips_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  DayBatch *batch = load_chosen_batch (self, parameter);

  if (batch != NULL)
    send_batch (self, batch);
}

/* The menu's entry: the date is taken when it is chosen, so a window left open over
 * midnight prints the new day. */
static void
print_today_slips_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  g_autofree char *today = NULL;

  if (self->session == NULL)
    return;
  /* The branch's day, so a desk left open over midnight prints the new day. */
  today = bd_store_dup_today_iso (bd_window_get_store (self));
  /* A clerk prints their own; a supervisor chooses. */
  if (self->session != NULL && bd_session_may (self->session, BD_ACTION_BRANCH_QUEUES))
    choose_slips_scope (self);
  else
    gtk_widget_activate_action (widget, "win.print-day-slips-in", "(ss)", today,
                                bd_scope_to_string (BD_SCOPE_OWN));
}


void
bd_window_install_print_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-slip", "x", print_slip_action);
  gtk_widget_class_install_action (widget_class, "win.preview-slip", "x", preview_slip_action);
  gtk_widget_class_install_action (widget_class, "win.save-slip-pdf", "x", save_slip_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.print-review-sheet", "x",
                                   print_review_sheet_action);
  gtk_widget_class_install_action (widget_class, "win.preview-review-sheet", "x",
                                   preview_review_sheet_action);
  gtk_widget_class_install_action (widget_class, "win.print-day-slips", "s", print_day_slips_action);
  gtk_widget_class_install_action (widget_class, "win.print-day-slips-in", "(ss)",
                                   print_day_slips_in_action);
  gtk_widget_class_install_action (widget_class, "win.print-slips", "ax", print_slips_action);
  gtk_widget_class_install_action (widget_class, "win.print-today-slips", NULL,
                                   print_today_slips_action);
}
