/* bd-window-print.c — the window's printing: previews, the print dialog, PDF, batches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The controller: every form is a BdPrintedForm built by the core (bd-printed-form.c),
 * and preview_form(), print_form() and save_form_pdf() take any of them; the actions
 * only build the form. The same page function draws the preview, the PDF file and the
 * printer's pages (bd-print-job.c sends them with libcups: GTK's own printing hangs or
 * crashes on Debian 12, see there). The form's audit row is written before its pages are
 * handed over, and without it nothing is printed or saved.
 */
#define G_LOG_DOMAIN "bd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-complaints-desk.h"
#include "bd-complaints-store.h"
#include "bd-contact-slip.h"
#include "bd-print-complaint.h"
#include "bd-print-desk.h"
#include "bd-print-dialog.h"
#include "bd-print-job.h"
#include "bd-print-preview.h"
#include "bd-print-claim.h"
#include "bd-print-request.h"
#include "bd-printed-form.h"
#include "bd-claims-store.h"
#include "bd-requests-store.h"
#include "bd-spotchecks-desk.h"
#include "bd-training-banner.h"
#include "bd-window-private.h"

/* ── the controller: any printed form to the preview, the printer or a PDF ──────── */

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

/* Writes the form's audit row (@saved_path: saved there as a PDF) before its pages are
 * handed over. Fails closed, as signing in does (bd-session.c): without the row, nothing
 * is printed or saved, and a toast says why. */
static gboolean
audit_form (BdWindow      *self,
            BdPrintedForm *form,
            const char    *saved_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->session == NULL)
    {
      bd_window_show_toast (self, _("Sign in first"));
      return FALSE;
    }
  if (bd_print_desk_audit (self->session, form, saved_path, &error))
    return TRUE;
  /* Refused (signed out, locked, not allowed): the session's words say it. */
  if (error->domain == BD_SESSION_ERROR)
    {
      bd_window_show_toast (self, error->message);
      return FALSE;
    }
  g_warning ("No audit row for “%s”: %s", bd_printed_form_get_title (form), error->message);
  if (saved_path != NULL)
    message = g_strdup_printf (_("Nothing was saved: the audit log could not be written (%s)"),
                               error->message);
  else
    message = g_strdup_printf (_("Nothing was printed: the audit log could not be written (%s)"),
                               error->message);
  bd_window_show_toast (self, message);
  return FALSE;
}

/* The printer this desk prints on without asking: the default printer of Preferences
 * (default-printer), else the one chosen last in the print dialog; NULL or "" for none. */
static char *
dup_desk_printer (BdWindow *self)
{
  g_autofree char *chosen = NULL;

  if (self->settings == NULL)
    return NULL;
  chosen = g_settings_get_string (self->settings, "default-printer");
  if (chosen[0] != '\0')
    return g_steal_pointer (&chosen);
  return g_settings_get_string (self->settings, "last-printer");
}

/* Asks for the printer and the copies, the desk's printer offered first, writes the
 * audit row (unless @audited: written already for this form) and sends the pages; a
 * printer that refuses them says so in a toast. Returns whether they were handed over. */
static gboolean
print_form_full (BdWindow      *self,
                 BdPrintedForm *form,
                 gboolean       audited)
{
  g_autofree char *last = dup_desk_printer (self);
  g_autofree char *printer = NULL;
  guint copies = 1;

  if (!bd_print_dialog_run (GTK_WINDOW (self), bd_printed_form_get_title (form), last,
                            &printer, &copies))
    return FALSE;
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-printer", printer);
  if (!audited && !audit_form (self, form, NULL))
    return FALSE;
  bd_print_job_send_async (printer, form, copies, self->cancellable, pages_sent_cb,
                           g_object_ref (self));
  return TRUE;
}

/* The print dialog, then the printer. */
static void
print_form (BdWindow      *self,
            BdPrintedForm *form)
{
  print_form_full (self, form, FALSE);
}

typedef struct
{
  BdWindow      *window;
  BdPrintedForm *form;
} PreviewPrint;

static void
preview_print_free (gpointer  data,
                    GClosure *closure)
{
  PreviewPrint *print = data;

  bd_printed_form_unref (print->form);
  g_free (print);
}

/* The print dialog belongs to the main window: the preview closes and the dialog opens
 * over the window. */
static void
preview_print_clicked_cb (GtkButton    *button,
                          PreviewPrint *print)
{
  g_autoptr(BdPrintedForm) form = bd_printed_form_ref (print->form);
  BdWindow *window = print->window;

  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))));
  print_form (window, form);
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
preview_form (BdWindow      *self,
              BdPrintedForm *form)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkWidget *preview = bd_print_preview_new ();
  PreviewPrint *printing = g_new0 (PreviewPrint, 1);
  const char *title = bd_printed_form_get_title (form);

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 900);
  gtk_widget_add_css_class (print, "suggested-action");
  printing->window = self;
  printing->form = bd_printed_form_ref (form);
  bd_accessible_set_label (print, _("Print"));
  g_signal_connect_data (print, "clicked", G_CALLBACK (preview_print_clicked_cb), printing,
                         preview_print_free, 0);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), print);
  gtk_widget_set_vexpand (preview, TRUE);
  bd_print_preview_set_title (BD_PRINT_PREVIEW (preview), title);
  bd_print_preview_set_form (BD_PRINT_PREVIEW (preview), form);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), preview);
  adw_window_set_content (ADW_WINDOW (window), bd_training_banner_wrap (box));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  add_close_keys (window);
  gtk_window_present (GTK_WINDOW (window));
}

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
show_saved_toast (BdWindow      *self,
                  BdPrintedForm *form,
                  GFile         *file)
{
  g_autofree char *display = g_file_get_parse_name (file);
  /* Translators: "Contact slip saved as /home/…/客户联系单-李女士-2026-12-02.pdf" */
  g_autofree char *message = g_strdup_printf (_("%s saved as %s"),
                                              bd_printed_form_get_title (form), display);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "uri", g_file_get_uri (file), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_saved_file_cb), self, 0);
  bd_window_add_toast (self, toast);
}

typedef struct
{
  BdWindow             *self;
  BdPrintedForm        *form;
  GtkFileChooserNative *chooser;
} SaveForm;

static void
save_form_free (SaveForm *save)
{
  g_clear_object (&save->chooser);
  g_clear_object (&save->self);
  g_clear_pointer (&save->form, bd_printed_form_unref);
  g_free (save);
}

/* The audit row first (the session may have been locked while the chooser was open: then
 * there is none, and no file), then the file. */
static void
write_form_pdf (BdWindow      *self,
                BdPrintedForm *form,
                GFile         *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    {
      bd_window_show_toast (self, _("Choose a file on this computer"));
      return;
    }
  if (!audit_form (self, form, path))
    return;
  if (!bd_printed_form_write_pdf (form, path, &error))
    {
      bd_window_show_toast (self, error->message);
      return;
    }
  show_saved_toast (self, form, file);
}

static void
save_form_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       SaveForm        *save)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    write_form_pdf (save->self, save->form, file);
  gtk_native_dialog_destroy (chooser);
  save_form_free (save);
}

/* Offers the file chooser on the Documents folder with the name the form suggests, a
 * name a person recognises (客户联系单-李女士-2026-12-02.pdf). GtkFileChooserNative:
 * GtkFileDialog is GTK 4.10. */
static void
save_form_pdf (BdWindow      *self,
               BdPrintedForm *form)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = pdf_folder ();
  SaveForm *save;

  g_return_if_fail (bd_printed_form_can_save (form));

  save = g_new0 (SaveForm, 1);
  save->self = g_object_ref (self);
  save->form = bd_printed_form_ref (form);
  save->chooser = gtk_file_chooser_native_new (_("Save as PDF"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (save->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (save->chooser), filter);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (save->chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (save->chooser),
                                     bd_printed_form_get_file_name (form));
  g_signal_connect (save->chooser, "response", G_CALLBACK (save_form_response_cb), save);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (save->chooser));
}

/* ── the forms: each action builds one and hands it to the controller ──────────────── */

/* The slip of the contact record @parameter, or NULL after saying why not. */
/* The slips of the contact records @ids, read for the signed-in person (an empty array
 * for none); NULL with @error. */
static GArray *
load_contact_slips (BdWindow      *self,
                    const gint64  *ids,
                    gsize          n,
                    GError       **error)
{
  g_autoptr(GArray) slips = g_array_new (FALSE, TRUE, sizeof (BdContactSlip));

  g_array_set_clear_func (slips, (GDestroyNotify) bd_contact_slip_clear);
  if (!bd_session_check (self->session, BD_PERMISSION_VIEW_CUSTOMERS, error))
    return NULL;
  for (gsize i = 0; i < n; i++)
    {
      BdContactSlip slip;

      if (!bd_contact_slip_load (bd_window_get_store (self), ids[i], &slip, error))
        return NULL;
      g_array_append_val (slips, slip);
    }
  return g_steal_pointer (&slips);
}

/* One contact slip on the sheet of four (slip-paper "a4-four": a desk whose printer holds
 * A4 only), printed and saved as the one slip it is. */
static BdPrintedForm *
new_slip_on_a4 (BdWindow  *self,
                gint64     contact_id,
                GError   **error)
{
  g_autoptr(GArray) slips = load_contact_slips (self, &contact_id, 1, error);
  g_autofree char *name = NULL;
  BdPrintedForm *form;

  if (slips == NULL)
    return NULL;
  name = bd_contact_slip_suggest_file_name (&g_array_index (slips, BdContactSlip, 0));
  form = bd_printed_form_new_slips (g_steal_pointer (&slips), NULL);
  bd_printed_form_set_audit (form, "slip-printed", "contact", contact_id, 0, NULL);
  bd_printed_form_set_saved_action (form, "slip-saved");
  bd_printed_form_set_file_name (form, name);
  return form;
}

static gboolean
slip_on_a4 (BdWindow *self)
{
  g_autofree char *paper = NULL;

  if (self->settings == NULL)
    return FALSE;
  paper = g_settings_get_string (self->settings, "slip-paper");
  return g_str_equal (paper, "a4-four");
}

static BdPrintedForm *
load_slip_form (BdWindow *self,
                GVariant *parameter)
{
  g_autoptr(GError) error = NULL;
  gint64 contact_id = g_variant_get_int64 (parameter);
  BdPrintedForm *form = NULL;

  if (slip_on_a4 (self))
    form = new_slip_on_a4 (self, contact_id, &error);
  else if (bd_session_check (self->session, BD_PERMISSION_VIEW_CUSTOMERS, &error))
    form = bd_printed_form_new_contact_slip (bd_window_get_store (self), contact_id, &error);
  if (form == NULL)
    bd_window_show_toast (self, error->message);
  return form;
}

/* The household policy review sheet (保单检视表) of the customer @parameter, handed to
 * the customer in person; or NULL after saying why not. */
static BdPrintedForm *
load_review_sheet_form (BdWindow *self,
                        GVariant *parameter)
{
  g_autoptr(GError) error = NULL;
  BdPrintedForm *form = NULL;
  GDate date = { 0 };

  if (self->session != NULL)
    bd_store_get_today (bd_window_get_store (self), &date);
  if (!bd_session_check (self->session, BD_PERMISSION_VIEW_CUSTOMERS, &error) ||
      (form = bd_printed_form_new_review_sheet (bd_window_get_store (self),
                                                g_variant_get_int64 (parameter), &date,
                                                bd_staff_get_name (bd_session_get_staff (self->session)),
                                                &error)) == NULL)
    bd_window_show_toast (self, error->message);
  return form;
}

/* The acceptance receipt, or the one notice of the missing documents, of the request
 * whose case is @parameter, read again from the store so that the paper says what the
 * branch recorded; or NULL after saying why not. */
static BdPrintedForm *
load_request_form (BdWindow *self,
                   GVariant *parameter,
                   gboolean  notice)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdRequest) request = NULL;
  BdPrintedForm *form = NULL;

  if (bd_session_check (self->session, BD_PERMISSION_VIEW_CUSTOMERS, &error) &&
      (request = bd_requests_store_get (bd_window_get_store (self), g_variant_get_int64 (parameter),
                                        &error)) != NULL)
    form = notice ? bd_printed_form_new_request_notice (bd_window_get_store (self), request, &error)
                  : bd_printed_form_new_request_receipt (bd_window_get_store (self), request, &error);
  if (form == NULL)
    bd_window_show_toast (self, error->message);
  return form;
}

static BdPrintedForm *
load_request_receipt (BdWindow *self,
                      GVariant *parameter)
{
  return load_request_form (self, parameter, FALSE);
}

static BdPrintedForm *
load_request_notice (BdWindow *self,
                     GVariant *parameter)
{
  return load_request_form (self, parameter, TRUE);
}

/* The documents receipt, the notice of the documents missing or the decision letter of
 * the claim whose case is @parameter, read again from the store; or NULL after saying why
 * not. */
static BdPrintedForm *
load_claim_form (BdWindow  *self,
                 GVariant  *parameter,
                 BdPrintedForm *(*form_new) (BdStore *, BdClaim *, GError **))
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdClaim) claim = NULL;
  BdPrintedForm *form = NULL;

  if (bd_session_check (self->session, BD_PERMISSION_VIEW_CUSTOMERS, &error) &&
      (claim = bd_claims_store_get (bd_window_get_store (self), g_variant_get_int64 (parameter),
                                    &error)) != NULL)
    form = form_new (bd_window_get_store (self), claim, &error);
  if (form == NULL)
    bd_window_show_toast (self, error->message);
  return form;
}

/* The decision letter of the complaint whose case is @parameter, read again from the
 * store; or NULL after saying why not (refused before a decision is recorded). */
static BdPrintedForm *
load_complaint_letter (BdWindow *self,
                       GVariant *parameter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdComplaint) complaint = NULL;
  BdPrintedForm *form = NULL;

  if (bd_session_check (self->session, BD_PERMISSION_VIEW_CUSTOMERS, &error) &&
      (complaint = bd_complaints_store_get (bd_window_get_store (self),
                                            g_variant_get_int64 (parameter), &error)) != NULL)
    form = bd_printed_form_new_complaint_decision (bd_window_get_store (self), complaint, &error);
  if (form == NULL)
    bd_window_show_toast (self, error->message);
  return form;
}

static BdPrintedForm *
load_claim_receipt (BdWindow *self,
                    GVariant *parameter)
{
  return load_claim_form (self, parameter, bd_printed_form_new_claim_receipt);
}

static BdPrintedForm *
load_claim_notice (BdWindow *self,
                   GVariant *parameter)
{
  return load_claim_form (self, parameter, bd_printed_form_new_claim_notice);
}

static BdPrintedForm *
load_claim_decision (BdWindow *self,
                     GVariant *parameter)
{
  return load_claim_form (self, parameter, bd_printed_form_new_claim_decision);
}

/* Print, as the desk prefers it (preview-before-printing): through the form's preview,
 * whose Print button goes on to the dialog, or straight to the dialog. */
static void
print_or_preview_form (BdWindow      *self,
                       BdPrintedForm *form)
{
  if (self->settings != NULL && g_settings_get_boolean (self->settings, "preview-before-printing"))
    preview_form (self, form);
  else
    print_form (self, form);
}

/* What a form action does with the form it loads. */
typedef BdPrintedForm *(*FormLoad) (BdWindow *self,
                                    GVariant *parameter);
typedef void           (*FormUse)  (BdWindow      *self,
                                    BdPrintedForm *form);

typedef struct
{
  const char *action_name;
  FormLoad    load;
  FormUse     use;
} FormAction;

static const FormAction form_actions[] = {
  { "win.preview-slip", load_slip_form, preview_form },
  { "win.print-slip", load_slip_form, print_or_preview_form },
  { "win.save-slip-pdf", load_slip_form, save_form_pdf },
  { "win.preview-review-sheet", load_review_sheet_form, preview_form },
  { "win.print-review-sheet", load_review_sheet_form, print_or_preview_form },
  { "win.preview-request-receipt", load_request_receipt, preview_form },
  { "win.preview-request-notice", load_request_notice, preview_form },
  { "win.preview-claim-receipt", load_claim_receipt, preview_form },
  { "win.preview-claim-notice", load_claim_notice, preview_form },
  { "win.preview-claim-decision", load_claim_decision, preview_form },
  { "win.preview-complaint-letter", load_complaint_letter, preview_form },
};

/* Every form action: the form its parameter names, to the preview, the printer or a PDF. */
static void
form_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  for (gsize i = 0; i < G_N_ELEMENTS (form_actions); i++)
    {
      g_autoptr(BdPrintedForm) form = NULL;

      if (g_strcmp0 (action_name, form_actions[i].action_name) != 0)
        continue;
      form = form_actions[i].load (BD_WINDOW (widget), parameter);
      if (form != NULL)
        form_actions[i].use (BD_WINDOW (widget), form);
      return;
    }
  g_assert_not_reached ();
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);

  if (self->content_stack != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "customer") == 0)
    bd_customer_page_print (self->customer_page);
}

/* A batch of contact slips, four to an A4 sheet: the collector's round, printed at once
 * on the printer last chosen. */
typedef struct
{
  BdWindow      *self;      /* a reference: the result is shown in this window */
  BdPrintedForm *form;
  guint          n_slips;
  char          *printer;
} SlipBatch;

static void
slip_batch_free (SlipBatch *batch)
{
  g_clear_object (&batch->self);
  g_clear_pointer (&batch->form, bd_printed_form_unref);
  g_free (batch->printer);
  g_free (batch);
}

/* Takes @slips (BdContactSlip; @day "YYYY-MM-DD", or NULL for a selection). */
static SlipBatch *
slip_batch_new (BdWindow   *self,
                GArray     *slips,
                const char *day)
{
  SlipBatch *batch = g_new0 (SlipBatch, 1);

  batch->self = g_object_ref (self);
  batch->n_slips = slips->len;
  batch->form = bd_printed_form_new_slips (slips, day);
  return batch;
}

/* The slips planned for @day, or NULL after telling the person why there are none. */
static SlipBatch *
load_day_batch (BdWindow   *self,
                const char *day,
                BdScope     scope)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GArray *slips = NULL;
  gint64 staff_id = 0;
  GDate date;

  if (!bd_date_parse_iso (day, &date))
    message = g_strdup_printf (_("“%s” is not a date in the form YYYY-MM-DD"), day);
  else if (!bd_session_get_scope_staff (self->session, scope, &staff_id, &error) ||
           (slips = bd_contact_slip_load_day_of (bd_window_get_store (self), &date,
                                                 staff_id, &error)) == NULL)
    message = g_strdup (error->message);
  else if (slips->len == 0)
    message = g_strdup_printf (_("No contact slip plans a visit on %s: nothing to print"), day);
  if (message != NULL)
    {
      g_clear_pointer (&slips, g_array_unref);
      bd_window_show_toast (self, message);
      return NULL;
    }
  return slip_batch_new (self, slips, day);
}

/* The slips of the contact records @ids (a selection), or NULL after saying why not. */
static SlipBatch *
load_chosen_batch (BdWindow *self,
                   GVariant *ids)
{
  g_autoptr(GArray) slips = NULL;
  g_autoptr(GError) error = NULL;
  gsize n = 0;
  const gint64 *id = g_variant_get_fixed_array (ids, &n, sizeof (gint64));

  slips = load_contact_slips (self, id, n, &error);
  if (slips == NULL || slips->len == 0)
    {
      bd_window_show_toast (self, error != NULL ? error->message : _("No contact slip is chosen"));
      return NULL;
    }
  return slip_batch_new (self, g_steal_pointer (&slips), NULL);
}

static void
slip_batch_printed (SlipBatch  *batch,
                    const char *printer)
{
  g_autofree char *message = NULL;

  message = g_strdup_printf (ngettext ("%u contact slip went to the printer “%s”",
                                       "%u contact slips went to the printer “%s”",
                                       batch->n_slips),
                             batch->n_slips, printer);
  bd_window_show_toast (batch->self, message);
}

/* @audited: the batch's audit row is written already (the printer remembered was gone). */
static void
print_batch_with_dialog (SlipBatch *batch,
                         gboolean   audited)
{
  g_autofree char *printer = NULL;

  if (!print_form_full (batch->self, batch->form, audited))
    return;
  /* print_form_full() has just remembered the printer chosen in the dialog. */
  if (batch->self->settings != NULL)
    printer = g_settings_get_string (batch->self->settings, "last-printer");
  if (printer != NULL)
    slip_batch_printed (batch, printer);
}

static void
batch_sent_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  SlipBatch *batch = user_data;
  g_autoptr(GError) error = NULL;

  if (bd_print_job_send_finish (result, &error))
    slip_batch_printed (batch, batch->printer);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))  /* the window is gone */
    {
      bd_window_show_toast (batch->self, error->message);
      /* A printer that is gone, or one that only saves files: let the person choose. */
      if (g_error_matches (error, BD_PRINT_JOB_ERROR, BD_PRINT_JOB_ERROR_NO_PRINTER))
        print_batch_with_dialog (batch, TRUE);
    }
  slip_batch_free (batch);
}

/* Prints a batch without a dialog on the desk's printer (dup_desk_printer()), or
 * through the dialog when there is none yet. Takes @batch; NULL, when the loader has
 * said why there is none, sends nothing. */
static void
send_batch (BdWindow  *self,
            SlipBatch *batch)
{
  if (batch == NULL)
    return;
  batch->printer = dup_desk_printer (self);
  if (batch->printer == NULL || batch->printer[0] == '\0')
    print_batch_with_dialog (batch, FALSE);
  else if (audit_form (self, batch->form, NULL))
    {
      bd_print_job_send_async (batch->printer, batch->form, 1, self->cancellable,
                               batch_sent_cb, batch);
      return;
    }
  slip_batch_free (batch);
}

/* The slips of the day "YYYY-MM-DD", four to an A4 sheet. */
static void
print_day_slips_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);

  send_batch (self, load_day_batch (self, g_variant_get_string (parameter, NULL),
                                    bd_session_get_default_scope (self->session)));
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

  g_variant_get (parameter, "(&s&s)", &day, &scope_name);
  if (!bd_scope_from_string (scope_name, &scope))
    g_return_if_reached ();
  send_batch (self, load_day_batch (self, day, scope));
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

  send_batch (self, load_chosen_batch (self, parameter));
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
  if (self->session != NULL && bd_session_may (self->session, BD_PERMISSION_BRANCH_QUEUES))
    choose_slips_scope (self);
  else
    gtk_widget_activate_action (widget, "win.print-day-slips-in", "(ss)", today,
                                bd_scope_to_string (BD_SCOPE_OWN));
}

/* A report the desk built, to the preview; or why the desk built none. */
static void
preview_report (BdWindow      *self,
                BdPrintedForm *form,
                const GError  *error)
{
  if (form == NULL)
    bd_window_show_toast (self, error->message);
  else
    preview_form (self, form);
}

/* The spot checks' report of the period (@parameter: its first and last days), the
 * branch's for a supervisor and counter staff's own (the desk decides), to the preview. */
static void
preview_spot_report_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(BdPrintedForm) form = NULL;
  const char *from, *to;

  g_variant_get (parameter, "(&s&s)", &from, &to);
  if (self->session == NULL)
    return;
  form = bd_spotchecks_desk_report (self->session, from, to, &error);
  preview_report (self, form, error);
}

/* The complaints' report of the month (@parameter: its year and month), a supervisor's
 * (the desk refuses counter staff), to the preview. */
static void
preview_complaint_month_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  BdWindow *self = BD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(BdPrintedForm) form = NULL;
  guint year, month;

  g_variant_get (parameter, "(uu)", &year, &month);
  if (self->session == NULL || month < 1 || month > 12)
    return;
  form = bd_complaints_desk_month_report (self->session, year, month, &error);
  preview_report (self, form, error);
}

void
bd_window_install_print_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.preview-complaint-month", "(uu)",
                                   preview_complaint_month_action);
  gtk_widget_class_install_action (widget_class, "win.preview-spot-report", "(ss)",
                                   preview_spot_report_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  for (gsize i = 0; i < G_N_ELEMENTS (form_actions); i++)
    gtk_widget_class_install_action (widget_class, form_actions[i].action_name, "x", form_action);
  gtk_widget_class_install_action (widget_class, "win.print-day-slips", "s", print_day_slips_action);
  gtk_widget_class_install_action (widget_class, "win.print-day-slips-in", "(ss)",
                                   print_day_slips_in_action);
  gtk_widget_class_install_action (widget_class, "win.print-slips", "ax", print_slips_action);
  gtk_widget_class_install_action (widget_class, "win.print-today-slips", NULL,
                                   print_today_slips_action);
}
