/* bd-request-view.c — one policy-change request: its state, documents, deadlines, history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the request's case is now, read from the store: its state, the checklist (a
 * document ticked here is recorded at once, with who and when), the deadlines with the
 * rule each comes from, and the history of who did what. The buttons are the steps the
 * lifecycle offers the signed-in staff member now (bd_requests_desk_list_steps()): a step
 * that needs a reason asks for it, and carrying the request out first shows what will
 * change, before → after. A refusal from the core is shown in its own words.
 */
#define G_LOG_DOMAIN "bd-request-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-case-page.h"
#include "bd-request-view.h"
#include "bd-requests-desk.h"
#include "bd-status-label.h"

struct _BdRequestView
{
  GtkBox               parent_instance;

  BdSession           *session;
  BdRequest           *request;

  GtkWidget           *back_button;
  GtkLabel            *title_label;
  GtkBox              *badge_box;
  GtkLabel            *summary_label;
  GtkLabel            *error_label;
  GtkBox              *steps_box;
  GtkWidget           *notice_button;
  AdwPreferencesGroup *documents_group;
  AdwPreferencesGroup *deadlines_group;
  AdwPreferencesGroup *history_group;
  GPtrArray           *documents_rows;
  GPtrArray           *deadlines_rows;
  GPtrArray           *history_rows;
};

G_DEFINE_FINAL_TYPE (BdRequestView, bd_request_view, GTK_TYPE_BOX)

enum
{
  BACK,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_request (BdRequestView *self);

static BdCase *
case_of (BdRequestView *self)
{
  return bd_request_get_case (self->request);
}

static BdStore *
store_of (BdRequestView *self)
{
  return bd_session_get_store (self->session);
}

static void
toast (BdRequestView *self,
       const char    *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
show_error (BdRequestView *self,
            const char    *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The request as the database now has it, after a step or a document. */
static void
reload (BdRequestView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdRequest) again = bd_requests_store_get (store_of (self), bd_case_get_id (case_of (self)),
                                                      &error);

  if (again == NULL)
    {
      show_error (self, error->message);
      return;
    }
  g_set_object (&self->request, again);
  show_request (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* ── the steps ─────────────────────────────────────────────────────────────────── */

static void
take_step (BdRequestView *self,
           const char    *to,
           const char    *reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!bd_requests_desk_take_step (self->session, self->request, to, reason, &error))
    {
      /* The page shows the case as the database has it, and the refusal in words. */
      reload (self);
      show_error (self, error->message);
      toast (self, error->message);
      return;
    }
  reload (self);
  /* Carried out: the policy or the customer changed, and the rest of the page shows it
   * (the service card, the household card, the header). */
  if (g_str_equal (to, "completed"))
    gtk_widget_activate_action (GTK_WIDGET (self), "customer.changed", NULL);
  /* Translators: a request's number and the state it is in now */
  message = g_strdup_printf (_("Request %s: %s"), bd_or_dash (bd_case_get_number (case_of (self))),
                             bd_case_get_state_label (case_of (self)));
  toast (self, message);
}

static void
reason_changed_cb (GtkEditable      *reason,
                   AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (reason)));

  adw_message_dialog_set_response_enabled (dialog, "take", text[0] != '\0');
}

static void
step_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  BdRequestView    *self)
{
  GtkEditable *reason = g_object_get_data (G_OBJECT (dialog), "reason");
  const char *to = g_object_get_data (G_OBJECT (dialog), "to");

  if (!g_str_equal (response, "take") || self->request == NULL)
    return;
  take_step (self, to, reason != NULL ? gtk_editable_get_text (reason) : NULL);
}

static GtkWidget *
new_step_dialog (BdRequestView    *self,
                 const BdCaseStep *step,
                 const char       *heading,
                 const char       *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "take", _(step->label),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "take");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "to", g_strdup (step->to), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (step_response_cb), self, 0);
  return dialog;
}

/* A refusal or a withdrawal says why, and the reason is kept in the history. */
static void
ask_reason (BdRequestView    *self,
            const BdCaseStep *step)
{
  /* Translators: %s is a step, e.g. "Refuse" */
  g_autofree char *heading = g_strdup_printf (_("%s: Why?"), _(step->label));
  GtkWidget *dialog = new_step_dialog (self, step, heading,
                                       _("The reason is kept in the request’s history with "
                                         "your name."));
  GtkWidget *reason = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (reason), _("The reason"));
  bd_accessible_set_label (reason, _("Reason"));
  gtk_entry_set_activates_default (GTK_ENTRY (reason), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), reason);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "take", FALSE);
  g_object_set_data (G_OBJECT (dialog), "reason", reason);
  g_signal_connect (reason, "changed", G_CALLBACK (reason_changed_cb), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (reason);
}

/* Carrying the request out changes the policy or the customer: the clerk sees each
 * change, before → after, and confirms. */
static void
preview_carry_out (BdRequestView    *self,
                   const BdCaseStep *step)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = bd_requests_desk_preview (self->session, self->request, &error);
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  if (changes == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < changes->len; i++)
    {
      BdRequestChange *change = g_ptr_array_index (changes, i);

      /* Translators: a change carried out: the field, what it was, what it becomes */
      g_string_append_printf (body, _("%s: %s → %s"), change->field, bd_or_dash (change->before),
                              bd_or_dash (change->after));
      g_string_append_c (body, '\n');
    }
  if (changes->len == 0)
    g_string_append (body, _("Nothing on the policy or the customer changes."));
  dialog = new_step_dialog (self, step, _("Carry Out These Changes?"), g_strstrip (body->str));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "take",
                                              ADW_RESPONSE_SUGGESTED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
step_clicked_cb (GtkButton     *button,
                 BdRequestView *self)
{
  const BdCaseStep *step = g_object_get_data (G_OBJECT (button), "step");

  show_error (self, NULL);
  if (step->requires & BD_STEP_NEEDS_REASON)
    ask_reason (self, step);
  else if (g_str_equal (step->to, "completed"))
    preview_carry_out (self, step);
  else
    take_step (self, step->to, NULL);
}

static void
show_steps (BdRequestView *self)
{
  g_autoptr(GPtrArray) steps = bd_requests_desk_list_steps (self->session, self->request);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box))) != NULL)
    gtk_box_remove (self->steps_box, child);
  for (guint i = 0; i < steps->len; i++)
    {
      const BdCaseStep *step = g_ptr_array_index (steps, i);
      GtkWidget *button = gtk_button_new_with_label (_(step->label));

      if (step->requires & BD_STEP_NEEDS_REASON)
        gtk_widget_add_css_class (button, "destructive-action");
      else if (i == 0)
        gtk_widget_add_css_class (button, "suggested-action");
      gtk_widget_set_tooltip_text (button, _(step->source));
      g_object_set_data (G_OBJECT (button), "step", (gpointer) step);
      g_signal_connect (button, "clicked", G_CALLBACK (step_clicked_cb), self);
      gtk_box_append (self->steps_box, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->steps_box), steps->len > 0);
}

/* ── the paper: the receipt, and the notice of what is missing ─────────────────── */

/* The window previews the form, from which it is printed or saved, the audit row first
 * (bd-window-print.c). */
static void
print_clicked_cb (GtkButton     *button,
                  BdRequestView *self)
{
  const char *action = g_object_get_data (G_OBJECT (button), "action");

  if (self->request != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), action, "x", bd_case_get_id (case_of (self)));
}

void
bd_request_view_print_receipt (BdRequestView *self)
{
  g_return_if_fail (BD_IS_REQUEST_VIEW (self));

  if (self->request != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.preview-request-receipt", "x",
                                bd_case_get_id (case_of (self)));
}

static GtkWidget *
new_print_button (BdRequestView *self,
                  const char    *label,
                  const char    *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data (G_OBJECT (button), "action", (gpointer) action);
  g_signal_connect (button, "clicked", G_CALLBACK (print_clicked_cb), self);
  bd_accessible_name_buttons (button);
  return button;
}

/* The notice lists exactly the documents still missing: offered while there are any. */
static void
show_print_buttons (BdRequestView *self)
{
  g_autoptr(GPtrArray) missing = bd_checklist_list_missing (bd_case_get_checklist (case_of (self)));

  gtk_widget_set_visible (self->notice_button, missing->len > 0);
}

/* ── documents, deadlines, history ─────────────────────────────────────────────── */

static void
document_toggled_cb (GtkSwitch     *toggle,
                     GParamSpec    *pspec,
                     BdRequestView *self)
{
  g_autoptr(GError) error = NULL;
  const char *name = g_object_get_data (G_OBJECT (toggle), "document");
  BdDocumentState state = gtk_switch_get_active (toggle) ? BD_DOCUMENT_RECEIVED : BD_DOCUMENT_MISSING;

  show_error (self, NULL);
  if (!bd_requests_desk_set_document (self->session, self->request, name, state, &error))
    {
      g_signal_handlers_block_by_func (toggle, document_toggled_cb, self);
      gtk_switch_set_active (toggle, state != BD_DOCUMENT_RECEIVED);
      g_signal_handlers_unblock_by_func (toggle, document_toggled_cb, self);
      show_error (self, error->message);
      return;
    }
  /* The steps depend on the documents; the rows stay, the focus with them. */
  {
    g_autoptr(BdRequest) again = bd_requests_store_get (store_of (self),
                                                        bd_case_get_id (case_of (self)), NULL);
    if (again != NULL)
      g_set_object (&self->request, again);
  }
  show_steps (self);
  show_print_buttons (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
show_documents (BdRequestView *self)
{
  bd_case_page_show_documents (self->documents_group, self->documents_rows, store_of (self),
                               case_of (self), G_CALLBACK (document_toggled_cb), self);
}

static void
show_deadlines (BdRequestView *self)
{
  GDate today;

  bd_store_get_today (store_of (self), &today);
  bd_case_page_show_deadlines (self->deadlines_group, self->deadlines_rows, case_of (self), &today);
}

static void
show_history (BdRequestView *self)
{
  bd_case_page_show_history (self->history_group, self->history_rows, store_of (self), case_of (self),
                             NULL);
}

static const char *
state_style (BdCase *kase)
{
  const char *state = bd_case_get_state (kase);

  if (g_str_equal (state, "completed"))
    return "success";
  if (g_str_equal (state, "refused"))
    return "error";
  if (g_str_equal (state, "withdrawn"))
    return "ended";
  if (g_str_equal (state, "waiting"))
    return "warning";
  return "accent";
}

static void
show_request (BdRequestView *self)
{
  BdCase *kase = case_of (self);
  g_autofree char *title = g_strdup_printf ("%s · %s", bd_or_dash (bd_case_get_number (kase)),
                                            bd_request_item_get_label (bd_request_get_item (self->request)));
  g_autofree char *summary = NULL;
  GtkWidget *child;

  if (bd_case_get_accepted_by_name (kase) != NULL)
    summary = g_strdup_printf (_("Received on %s · accepted by %s"),
                               bd_or_dash (bd_case_get_received_on (kase)),
                               bd_case_get_accepted_by_name (kase));
  else
    summary = g_strdup_printf (_("Received on %s"), bd_or_dash (bd_case_get_received_on (kase)));
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->summary_label, summary);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->badge_box))) != NULL)
    gtk_box_remove (self->badge_box, child);
  gtk_box_append (self->badge_box, bd_status_label_new (bd_case_get_state_label (kase), "badge",
                                                        state_style (kase)));
  show_steps (self);
  show_print_buttons (self);
  show_documents (self);
  show_deadlines (self);
  show_history (self);
}

void
bd_request_view_show (BdRequestView *self,
                      BdSession     *session,
                      BdRequest     *request)
{
  g_return_if_fail (BD_IS_REQUEST_VIEW (self));
  g_return_if_fail (BD_IS_REQUEST (request));

  g_set_object (&self->session, session);
  g_set_object (&self->request, request);
  show_error (self, NULL);
  show_request (self);
}

void
bd_request_view_focus (BdRequestView *self)
{
  g_return_if_fail (BD_IS_REQUEST_VIEW (self));
  gtk_widget_grab_focus (self->back_button);
}

void
bd_request_view_clear (BdRequestView *self)
{
  GtkWidget *child;

  g_return_if_fail (BD_IS_REQUEST_VIEW (self));

  g_clear_object (&self->request);
  gtk_label_set_label (self->title_label, "");
  gtk_label_set_label (self->summary_label, "");
  show_error (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->badge_box))) != NULL)
    gtk_box_remove (self->badge_box, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box))) != NULL)
    gtk_box_remove (self->steps_box, child);
  bd_case_page_clear_rows (self->documents_group, self->documents_rows);
  bd_case_page_clear_rows (self->deadlines_group, self->deadlines_rows);
  bd_case_page_clear_rows (self->history_group, self->history_rows);
}

static void
back_clicked_cb (BdRequestView *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

static void
bd_request_view_dispose (GObject *object)
{
  BdRequestView *self = (BdRequestView *)object;

  g_clear_object (&self->session);
  g_clear_object (&self->request);
  g_clear_pointer (&self->documents_rows, g_ptr_array_unref);
  g_clear_pointer (&self->deadlines_rows, g_ptr_array_unref);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bd_request_view_parent_class)->dispose (object);
}

static void
bd_request_view_class_init (BdRequestViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_request_view_dispose;

  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static AdwPreferencesGroup *
add_group (BdRequestView *self,
           const char    *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (self), group);
  return ADW_PREFERENCES_GROUP (group);
}

static GtkLabel *
add_label (GtkBox     *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static void
bd_request_view_init (BdRequestView *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *back = gtk_button_new_with_mnemonic (_("_All Requests"));
  GtkWidget *actions;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->documents_rows = g_ptr_array_new ();
  self->deadlines_rows = g_ptr_array_new ();
  self->history_rows = g_ptr_array_new ();

  self->back_button = back;
  gtk_widget_set_halign (back, GTK_ALIGN_START);
  bd_accessible_name_buttons (back);
  g_signal_connect_swapped (back, "clicked", G_CALLBACK (back_clicked_cb), self);
  gtk_box_append (GTK_BOX (self), back);
  gtk_box_append (GTK_BOX (self), header);
  self->title_label = add_label (GTK_BOX (header), "title-2");
  self->badge_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  gtk_widget_set_valign (GTK_WIDGET (self->badge_box), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->badge_box));
  self->summary_label = add_label (GTK_BOX (self), "dim-label");
  self->error_label = add_label (GTK_BOX (self), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (self), actions);
  self->steps_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12));
  gtk_widget_set_hexpand (GTK_WIDGET (self->steps_box), TRUE);
  gtk_box_append (GTK_BOX (actions), GTK_WIDGET (self->steps_box));
  gtk_box_append (GTK_BOX (actions), new_print_button (self, _("_Receipt…"), "win.preview-request-receipt"));
  self->notice_button = new_print_button (self, _("Notice of Missing _Documents…"),
                                          "win.preview-request-notice");
  gtk_box_append (GTK_BOX (actions), self->notice_button);
  self->documents_group = add_group (self, _("Documents"));
  self->deadlines_group = add_group (self, _("Deadlines"));
  self->history_group = add_group (self, _("History"));
}

GtkWidget *
bd_request_view_new (void)
{
  return g_object_new (BD_TYPE_REQUEST_VIEW, NULL);
}
