/* bd-claim-view.c — one claim: its state, documents, deadlines, history, steps and paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the claim's case is now, read from the store: its state, the checklist (a document
 * ticked here is recorded at once, with who and when), the deadlines with the rule each
 * comes from, and the history of who did what. The buttons are the steps the lifecycle
 * offers the signed-in staff member now (bd_claims_desk_list_steps()): a decision to pay
 * asks whether in full or in part (in part with the reason), a decline or a withdrawal
 * asks the reason. The paper: the documents receipt, the one notice of the documents
 * still missing while any are, and the decision letter once the claim is decided. No
 * amount is shown or promised anywhere (003). A refusal from the core is shown in its
 * own words.
 */
#define G_LOG_DOMAIN "bd-claim-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-case-page.h"
#include "bd-claim-view.h"
#include "bd-claims-desk.h"
#include "bd-claims-tab.h"
#include "bd-status-label.h"

struct _BdClaimView
{
  GtkBox               parent_instance;

  BdSession           *session;
  BdClaim             *claim;

  GtkWidget           *back_button;
  GtkLabel            *title_label;
  GtkBox              *badge_box;
  GtkLabel            *summary_label;
  GtkLabel            *decision_label;
  GtkLabel            *error_label;
  GtkBox              *steps_box;
  GtkWidget           *notice_button;
  GtkWidget           *decision_button;
  AdwPreferencesGroup *documents_group;
  AdwPreferencesGroup *deadlines_group;
  AdwPreferencesGroup *history_group;
  GPtrArray           *documents_rows;
  GPtrArray           *deadlines_rows;
  GPtrArray           *history_rows;
};

G_DEFINE_FINAL_TYPE (BdClaimView, bd_claim_view, GTK_TYPE_BOX)

enum
{
  BACK,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_claim (BdClaimView *self);

static BdCase *
case_of (BdClaimView *self)
{
  return bd_claim_get_case (self->claim);
}

static BdStore *
store_of (BdClaimView *self)
{
  return bd_session_get_store (self->session);
}

static void
toast (BdClaimView *self,
       const char  *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
show_error (BdClaimView *self,
            const char  *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The claim as the database now has it, after a step or a document. */
static gboolean
read_again (BdClaimView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdClaim) again = bd_claims_store_get (store_of (self), bd_case_get_id (case_of (self)),
                                                  &error);

  if (again == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }
  g_set_object (&self->claim, again);
  return TRUE;
}

static void
reload (BdClaimView *self)
{
  if (read_again (self))
    show_claim (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* ── the steps ─────────────────────────────────────────────────────────────────── */

static void
take_step (BdClaimView *self,
           const char  *to,
           const char  *reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!bd_claims_desk_take_step (self->session, self->claim, to, reason, &error))
    {
      /* The page shows the claim as the database has it, and the refusal in words. */
      reload (self);
      show_error (self, error->message);
      toast (self, error->message);
      return;
    }
  reload (self);
  /* Translators: a claim's number and the state it is in now */
  message = g_strdup_printf (_("Claim %s: %s"), bd_or_dash (bd_case_get_number (case_of (self))),
                             bd_case_get_state_label (case_of (self)));
  toast (self, message);
}

static const char *
reason_of (AdwMessageDialog *dialog)
{
  GtkEditable *reason = g_object_get_data (G_OBJECT (dialog), "reason");

  return reason != NULL ? gtk_editable_get_text (reason) : NULL;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return stripped[0] == '\0';
}

/* The decision asked for is recorded on the claim, then the step taken: the store keeps
 * both in one write. */
static void
step_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  BdClaimView      *self)
{
  const char *to = g_object_get_data (G_OBJECT (dialog), "to");
  const char *reason = reason_of (dialog);

  if (self->claim == NULL || g_str_equal (response, "cancel"))
    return;
  if (g_str_equal (response, "full"))
    bd_claim_set_decision (self->claim, BD_DECISION_PAY_FULL, NULL);
  else if (g_str_equal (response, "part"))
    bd_claim_set_decision (self->claim, BD_DECISION_PAY_PART, reason);
  else if (g_str_equal (to, "declined"))
    bd_claim_set_decision (self->claim, BD_DECISION_DECLINE, reason);
  take_step (self, to, is_blank (reason) ? NULL : reason);
}

static void
reason_changed_cb (GtkEditable      *reason,
                   AdwMessageDialog *dialog)
{
  gboolean given = !is_blank (gtk_editable_get_text (reason));
  const char *needing = g_object_get_data (G_OBJECT (dialog), "needing");

  adw_message_dialog_set_response_enabled (dialog, needing, given);
}

static AdwMessageDialog *
new_step_dialog (BdClaimView      *self,
                 const BdCaseStep *step,
                 const char       *heading,
                 const char       *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "to", g_strdup (step->to), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (step_response_cb), self, 0);
  return ADW_MESSAGE_DIALOG (dialog);
}

/* A reason entry whose emptiness keeps @needing disabled. */
static void
add_reason (AdwMessageDialog *dialog,
            const char       *needing,
            const char       *placeholder)
{
  GtkWidget *reason = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (reason), placeholder);
  bd_accessible_set_label (reason, _("Reason"));
  gtk_entry_set_activates_default (GTK_ENTRY (reason), TRUE);
  adw_message_dialog_set_extra_child (dialog, reason);
  adw_message_dialog_set_response_enabled (dialog, needing, FALSE);
  g_object_set_data (G_OBJECT (dialog), "reason", reason);
  g_object_set_data (G_OBJECT (dialog), "needing", (gpointer) needing);
  g_signal_connect (reason, "changed", G_CALLBACK (reason_changed_cb), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (reason);
}

/* A decline, a withdrawal, an appeal says why, and the reason is kept in the history. */
static void
ask_reason (BdClaimView      *self,
            const BdCaseStep *step)
{
  /* Translators: %s is a step, e.g. "Decided: decline" */
  g_autofree char *heading = g_strdup_printf (_("%s: Why?"), _(step->label));
  AdwMessageDialog *dialog = new_step_dialog (self, step, heading,
                                              _("The reason is kept in the claim’s history with "
                                                "your name."));

  adw_message_dialog_add_response (dialog, "take", _(step->label));
  adw_message_dialog_set_default_response (dialog, "take");
  add_reason (dialog, "take", _("The reason"));
}

/* A decision to pay is in full or in part; in part says why the rest is not paid. */
static void
ask_payment (BdClaimView      *self,
             const BdCaseStep *step)
{
  AdwMessageDialog *dialog = new_step_dialog (self, step, _("Pay in Full or in Part?"),
                                              _("The claims department’s decision, as it was "
                                                "sent. A payment in part says why the rest is "
                                                "not paid."));

  adw_message_dialog_add_responses (dialog, "part", _("Pay in _Part"), "full", _("Pay in _Full"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "full", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "full");
  add_reason (dialog, "part", _("Why the rest is not paid"));
}

static void
step_clicked_cb (GtkButton   *button,
                 BdClaimView *self)
{
  const BdCaseStep *step = g_object_get_data (G_OBJECT (button), "step");

  show_error (self, NULL);
  if (g_str_equal (step->to, "approved"))
    ask_payment (self, step);
  else if (step->requires & BD_STEP_NEEDS_REASON)
    ask_reason (self, step);
  else
    take_step (self, step->to, NULL);
}

static void
show_steps (BdClaimView *self)
{
  g_autoptr(GPtrArray) steps = bd_claims_desk_list_steps (self->session, self->claim);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box))) != NULL)
    gtk_box_remove (self->steps_box, child);
  for (guint i = 0; i < steps->len; i++)
    {
      const BdCaseStep *step = g_ptr_array_index (steps, i);
      GtkWidget *button = gtk_button_new_with_label (_(step->label));
      GtkLabel *label = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button)));

      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_justify (label, GTK_JUSTIFY_CENTER);
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

/* ── the paper: receipt, notice of what is missing, decision letter ───────────── */

/* The window previews the form, from which it is printed or saved, the audit row first
 * (bd-window-print.c). */
static void
print_clicked_cb (GtkButton   *button,
                  BdClaimView *self)
{
  const char *action = g_object_get_data (G_OBJECT (button), "action");

  if (self->claim != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), action, "x", bd_case_get_id (case_of (self)));
}

void
bd_claim_view_print_receipt (BdClaimView *self)
{
  g_return_if_fail (BD_IS_CLAIM_VIEW (self));

  if (self->claim != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.preview-claim-receipt", "x",
                                bd_case_get_id (case_of (self)));
}

static GtkWidget *
new_print_button (BdClaimView *self,
                  const char  *label,
                  const char  *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data (G_OBJECT (button), "action", (gpointer) action);
  g_signal_connect (button, "clicked", G_CALLBACK (print_clicked_cb), self);
  bd_accessible_name_buttons (button);
  return button;
}

/* The notice lists exactly the documents still missing: offered while there are any. The
 * letter says a decision: offered once one is recorded. */
static void
show_print_buttons (BdClaimView *self)
{
  g_autoptr(GPtrArray) missing = bd_checklist_list_missing (bd_case_get_checklist (case_of (self)));
  BdClaimDecision decision = bd_claim_get_decision (self->claim);

  gtk_widget_set_visible (self->notice_button, missing->len > 0);
  gtk_widget_set_visible (self->decision_button, decision != BD_DECISION_NONE);
}

/* ── documents ─────────────────────────────────────────────────────────────────── */

static void
document_toggled_cb (GtkSwitch   *toggle,
                     GParamSpec  *pspec,
                     BdClaimView *self)
{
  g_autoptr(GError) error = NULL;
  const char *name = g_object_get_data (G_OBJECT (toggle), "document");
  BdDocumentState state = gtk_switch_get_active (toggle) ? BD_DOCUMENT_RECEIVED : BD_DOCUMENT_MISSING;

  show_error (self, NULL);
  if (!bd_claims_desk_set_document (self->session, self->claim, name, state, &error))
    {
      g_signal_handlers_block_by_func (toggle, document_toggled_cb, self);
      gtk_switch_set_active (toggle, state != BD_DOCUMENT_RECEIVED);
      g_signal_handlers_unblock_by_func (toggle, document_toggled_cb, self);
      show_error (self, error->message);
      return;
    }
  /* The steps depend on the documents; the rows stay, the focus with them. */
  read_again (self);
  show_steps (self);
  show_print_buttons (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
show_documents (BdClaimView *self)
{
  bd_case_page_show_documents (self->documents_group, self->documents_rows, store_of (self),
                               case_of (self), G_CALLBACK (document_toggled_cb), self);
}

/* ── the page ──────────────────────────────────────────────────────────────────── */

static void
show_decision (BdClaimView *self)
{
  BdClaimDecision decision = bd_claim_get_decision (self->claim);
  const char *reason = bd_claim_get_decision_reason (self->claim);
  g_autofree char *text = NULL;

  if (decision == BD_DECISION_NONE)
    text = NULL;
  else if (reason != NULL && *reason != '\0')
    /* Translators: a claim's decision and its reason */
    text = g_strdup_printf (_("Decision: %s · %s"), bd_claim_decision_get_label (decision), reason);
  else
    text = g_strdup_printf (_("Decision: %s"), bd_claim_decision_get_label (decision));
  gtk_label_set_label (self->decision_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->decision_label), text != NULL);
}

static void
show_claim (BdClaimView *self)
{
  BdCase *kase = case_of (self);
  BdClaim *claim = self->claim;
  g_autofree char *title = g_strdup_printf ("%s · %s", bd_or_dash (bd_case_get_number (kase)),
                                            bd_event_kind_get_label (bd_claim_get_kind (claim)));
  /* Translators: a claim's event: its day, place and hospital; who reported it, and when */
  g_autofree char *summary = g_strdup_printf (_("Event on %s at %s · %s\nReported by %s (%s) on %s"),
                                              bd_or_dash (bd_claim_get_event_date (claim)),
                                              bd_or_dash (bd_claim_get_place (claim)),
                                              bd_or_dash (bd_claim_get_hospital (claim)),
                                              bd_or_dash (bd_claim_get_reporter_name (claim)),
                                              bd_or_dash (bd_claim_get_relation (claim)),
                                              bd_or_dash (bd_case_get_received_on (kase)));
  GtkWidget *child;
  GDate today;

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->summary_label, summary);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->badge_box))) != NULL)
    gtk_box_remove (self->badge_box, child);
  gtk_box_append (self->badge_box, bd_status_label_new (bd_case_get_state_label (kase), "badge",
                                                        bd_claims_tab_state_style (kase)));
  bd_store_get_today (store_of (self), &today);
  show_decision (self);
  show_steps (self);
  show_print_buttons (self);
  show_documents (self);
  bd_case_page_show_deadlines (self->deadlines_group, self->deadlines_rows, kase, &today);
  bd_case_page_show_history (self->history_group, self->history_rows, store_of (self), kase, NULL);
}

void
bd_claim_view_show (BdClaimView *self,
                    BdSession   *session,
                    BdClaim     *claim)
{
  g_return_if_fail (BD_IS_CLAIM_VIEW (self));
  g_return_if_fail (BD_IS_CLAIM (claim));

  g_set_object (&self->session, session);
  g_set_object (&self->claim, claim);
  show_error (self, NULL);
  show_claim (self);
}

void
bd_claim_view_focus (BdClaimView *self)
{
  g_return_if_fail (BD_IS_CLAIM_VIEW (self));
  gtk_widget_grab_focus (self->back_button);
}

void
bd_claim_view_clear (BdClaimView *self)
{
  GtkWidget *child;

  g_return_if_fail (BD_IS_CLAIM_VIEW (self));

  g_clear_object (&self->claim);
  gtk_label_set_label (self->title_label, "");
  gtk_label_set_label (self->summary_label, "");
  gtk_label_set_label (self->decision_label, "");
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
back_clicked_cb (BdClaimView *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

static void
bd_claim_view_dispose (GObject *object)
{
  BdClaimView *self = (BdClaimView *)object;

  g_clear_object (&self->session);
  g_clear_object (&self->claim);
  g_clear_pointer (&self->documents_rows, g_ptr_array_unref);
  g_clear_pointer (&self->deadlines_rows, g_ptr_array_unref);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bd_claim_view_parent_class)->dispose (object);
}

static void
bd_claim_view_class_init (BdClaimViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_claim_view_dispose;

  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static AdwPreferencesGroup *
add_group (BdClaimView *self,
           const char  *title)
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
bd_claim_view_init (BdClaimView *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *back = gtk_button_new_with_mnemonic (_("_All Claims"));
  GtkWidget *paper = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

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
  self->decision_label = add_label (GTK_BOX (self), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->decision_label), FALSE);
  self->error_label = add_label (GTK_BOX (self), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  /* The steps on a line of their own, side by side, their labels wrapped: a claim offers
   * up to four at once, and the page stays 1024 pixels wide. */
  self->steps_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12));
  gtk_box_set_homogeneous (self->steps_box, TRUE);
  gtk_widget_set_halign (GTK_WIDGET (self->steps_box), GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->steps_box));
  gtk_box_append (GTK_BOX (self), paper);
  gtk_box_append (GTK_BOX (paper), new_print_button (self, _("_Receipt…"), "win.preview-claim-receipt"));
  self->notice_button = new_print_button (self, _("Notice of Missing _Documents…"),
                                          "win.preview-claim-notice");
  gtk_box_append (GTK_BOX (paper), self->notice_button);
  self->decision_button = new_print_button (self, _("Decision _Letter…"), "win.preview-claim-decision");
  gtk_box_append (GTK_BOX (paper), self->decision_button);
  self->documents_group = add_group (self, _("Documents"));
  self->deadlines_group = add_group (self, _("Deadlines"));
  self->history_group = add_group (self, _("History"));
}

GtkWidget *
bd_claim_view_new (void)
{
  return g_object_new (BD_TYPE_CLAIM_VIEW, NULL);
}
