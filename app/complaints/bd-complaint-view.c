/* bd-complaint-view.c — one complaint: its owner, deadlines, steps and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the complaint is now, read from the store: who owns it and who it is being handed
 * to (003 首问责任制: the first responder owns it until a hand-over is accepted), the
 * deadlines with the rule each comes from, the decision's extension and pause, and the
 * history of who did what. The buttons are the steps the lifecycle offers the signed-in
 * staff member now (bd_complaints_desk_list_steps()); a step that needs words asks for
 * them — the feedback its text, the decision its facts, grounds, outcome, cause and
 * measures, the return visit whether the customer is satisfied. A refusal from the core
 * is shown on the page in its own words.
 */
#define G_LOG_DOMAIN "bd-complaint-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-case-page.h"
#include "bd-complaint-view.h"
#include "bd-complaints-desk.h"
#include "bd-form-fields.h"
#include "bd-status-label.h"

struct _BdComplaintView
{
  GtkBox               parent_instance;

  BdSession           *session;
  BdComplaint         *complaint;
  GListModel          *receivers;    /* whom the hand-over dialog open now offers */

  GtkWidget           *back_button;
  GtkLabel            *title_label;
  GtkBox              *badge_box;
  GtkLabel            *summary_label;
  GtkLabel            *error_label;
  GtkBox              *steps_box;
  GtkWidget           *letter_button;
  GtkWidget           *misconduct_button;
  AdwActionRow        *owner_row;
  GtkWidget           *hand_over_button;
  GtkWidget           *accept_button;
  AdwPreferencesGroup *deadlines_group;
  GtkWidget           *extend_button;
  GtkWidget           *pause_button;
  GtkWidget           *resume_button;
  AdwPreferencesGroup *history_group;
  GPtrArray           *deadlines_rows;
  GPtrArray           *history_rows;
};

G_DEFINE_FINAL_TYPE (BdComplaintView, bd_complaint_view, GTK_TYPE_BOX)

enum
{
  BACK,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_complaint (BdComplaintView *self);

static BdCase *
case_of (BdComplaintView *self)
{
  return bd_complaint_get_case (self->complaint);
}

static BdStore *
store_of (BdComplaintView *self)
{
  return bd_session_get_store (self->session);
}

static gint64
my_id (BdComplaintView *self)
{
  BdStaff *staff = bd_session_get_staff (self->session);

  return staff != NULL ? bd_staff_get_id (staff) : 0;
}

static void
toast (BdComplaintView *self,
       const char      *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
show_error (BdComplaintView *self,
            const char      *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The complaint as the database now has it, after a write or a refusal. */
static void
reload (BdComplaintView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdComplaint) again = bd_complaints_store_get (store_of (self),
                                                          bd_case_get_id (case_of (self)), &error);

  if (again == NULL)
    {
      show_error (self, error->message);
      return;
    }
  g_set_object (&self->complaint, again);
  show_complaint (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* After a desk call: the page as the database has it, and the refusal in words. */
static void
written (BdComplaintView *self,
         gboolean         ok,
         const GError    *error)
{
  reload (self);
  if (!ok)
    {
      show_error (self, error->message);
      toast (self, error->message);
    }
}

/* ── dialogs that ask for words ────────────────────────────────────────────────── */

typedef void (*Answered) (BdComplaintView *self,
                          GPtrArray       *fields,
                          const char      *to);

/* The first field must be filled before the answer can be given (a reason). */
static void
first_changed_cb (GtkEditable      *first,
                  AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (first)));

  adw_message_dialog_set_response_enabled (dialog, "take", text[0] != '\0');
}

static void
ask_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 BdComplaintView  *self)
{
  Answered answered = g_object_get_data (G_OBJECT (dialog), "answered");

  if (!g_str_equal (response, "take") || self->complaint == NULL)
    return;
  answered (self, g_object_get_data (G_OBJECT (dialog), "fields"),
            g_object_get_data (G_OBJECT (dialog), "to"));
}

/* A choice made: the answer can be given. */
static void
choice_made_cb (AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "take", TRUE);
}

/* A field of the dialog: a titled entry row (its title kept in sight while typing, unlike
 * a placeholder), or, for a label starting with "?", its two answers as buttons with none
 * pressed, so that an answer is given on purpose or not at all. The widget the answer is
 * read from. */
static GtkWidget *
add_field (GtkBox           *box,
           GtkListBox       *list,
           const char       *label,
           AdwMessageDialog *dialog)
{
  g_autoptr(GtkStringList) answers = NULL;
  GtkWidget *row;
  GtkGrid *grid;

  if (label[0] != '?')
    {
      row = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      gtk_list_box_append (list, row);
      return row;
    }
  answers = gtk_string_list_new ((const char *[]) { bd_complaint_satisfaction_get_label (1),
                                                    bd_complaint_satisfaction_get_label (0),
                                                    NULL });
  grid = bd_choice_field_add (box, label + 1, 2);
  bd_choice_field_set (grid, G_LIST_MODEL (answers), GTK_INVALID_LIST_POSITION, dialog,
                       G_CALLBACK (choice_made_cb));
  adw_message_dialog_set_response_enabled (dialog, "take", FALSE);
  return GTK_WIDGET (grid);
}

/* A dialog with an entry row per label of @labels (NULL-ended); a label starting with
 * "?" is a choice of two answers instead. @required: the first entry must be filled. */
static void
ask (BdComplaintView    *self,
     const char         *heading,
     const char         *body,
     const char         *response,
     const char * const *labels,
     gboolean            required,
     Answered            answered,
     const char         *to)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, body);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *box = gtk_list_box_new ();
  GPtrArray *fields = g_ptr_array_new ();

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "take", response, NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "take");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_widget_add_css_class (box, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  for (guint i = 0; labels[i] != NULL; i++)
    g_ptr_array_add (fields, add_field (GTK_BOX (content), GTK_LIST_BOX (box), labels[i],
                                        ADW_MESSAGE_DIALOG (dialog)));
  /* The entries under the choices. */
  gtk_box_append (GTK_BOX (content), box);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), content);
  if (required && fields->len > 0 && GTK_IS_EDITABLE (fields->pdata[0]))
    {
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "take", FALSE);
      g_signal_connect (fields->pdata[0], "changed", G_CALLBACK (first_changed_cb), dialog);
    }
  g_object_set_data_full (G_OBJECT (dialog), "fields", fields, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (dialog), "answered", answered);
  g_object_set_data_full (G_OBJECT (dialog), "to", g_strdup (to), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (ask_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  if (fields->len > 0)
    gtk_widget_grab_focus (fields->pdata[0]);
}

static const char *
field_text (GPtrArray *fields,
            guint      i)
{
  return gtk_editable_get_text (GTK_EDITABLE (fields->pdata[i]));
}

/* ── the steps ─────────────────────────────────────────────────────────────────── */

static void
take_step (BdComplaintView *self,
           const char      *to,
           const char      *reason)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = bd_complaints_desk_take_step (self->session, self->complaint, to, reason, &error);

  written (self, ok, error);
  if (ok)
    {
      /* Translators: a complaint's number and the state it is in now */
      g_autofree char *message = g_strdup_printf (_("Complaint %s: %s"),
                                                  bd_or_dash (bd_case_get_number (case_of (self))),
                                                  bd_case_get_state_label (case_of (self)));
      toast (self, message);
    }
}

static void
reason_answered (BdComplaintView *self,
                 GPtrArray       *fields,
                 const char      *to)
{
  take_step (self, to, field_text (fields, 0));
}

static void
decision_answered (BdComplaintView *self,
                   GPtrArray       *fields,
                   const char      *to)
{
  bd_complaint_set_decision (self->complaint, field_text (fields, 0), field_text (fields, 1),
                             field_text (fields, 2));
  bd_complaint_set_remedy (self->complaint, field_text (fields, 3), field_text (fields, 4));
  take_step (self, to, NULL);
}

static void
visit_answered (BdComplaintView *self,
                GPtrArray       *fields,
                const char      *to)
{
  /* The first answer is "satisfied", the second "not"; none pressed is no answer, which
   * the core refuses as a visit. */
  guint answer = bd_choice_field_get_selected (GTK_GRID (fields->pdata[0]));

  bd_complaint_set_visit (self->complaint,
                          answer == GTK_INVALID_LIST_POSITION ? -1 : answer == 0,
                          field_text (fields, 1));
  take_step (self, to, NULL);
}

static void
ask_decision (BdComplaintView  *self,
              const BdCaseStep *step)
{
  const char *labels[] = { _("Facts found"), _("Grounds"), _("Outcome"), _("Root cause"),
                           _("Measures taken"), NULL };

  ask (self, _(step->label),
       _("The decision letter names the facts found, the grounds and the outcome (2020 "
         "measures, art. 19); the cause and the measures go to the month’s report."),
       _(step->label), labels, FALSE, decision_answered, step->to);
}

static void
ask_visit (BdComplaintView  *self,
           const BdCaseStep *step)
{
  /* "?": its answers as buttons. */
  g_autofree char *satisfied = g_strconcat ("?", _("Is the customer satisfied?"), NULL);
  const char *labels[] = { satisfied, _("What the customer said"), NULL };

  ask (self, _(step->label), _("Ask the customer whether they are satisfied with the decision."),
       _(step->label), labels, FALSE, visit_answered, step->to);
}

/* Feedback says what the complainant was told; a withdrawal or a review says why. */
static void
ask_reason (BdComplaintView  *self,
            const BdCaseStep *step)
{
  gboolean feedback = g_str_equal (step->to, "answered") ||
                      (bd_complaint_is_consultation (self->complaint) &&
                       g_str_equal (step->to, "closed"));
  const char *labels[] = { feedback ? _("What the complainant was told") : _("Reason"), NULL };
  /* Translators: %s is a step, e.g. "Withdrawn by the complainant" */
  g_autofree char *heading = feedback ? g_strdup (_(step->label))
                                      : g_strdup_printf (_("%s: Why?"), _(step->label));

  ask (self, heading, _("It is kept in the complaint’s history with your name."),
       _(step->label), labels, TRUE, reason_answered, step->to);
}

static void
step_clicked_cb (GtkButton       *button,
                 BdComplaintView *self)
{
  const BdCaseStep *step = g_object_get_data (G_OBJECT (button), "step");

  show_error (self, NULL);
  if (g_str_equal (step->to, "decided"))
    ask_decision (self, step);
  else if (g_str_equal (step->to, "visited"))
    ask_visit (self, step);
  else if (step->requires & BD_STEP_NEEDS_REASON)
    ask_reason (self, step);
  else
    take_step (self, step->to, NULL);
}

static void
show_steps (BdComplaintView *self)
{
  g_autoptr(GPtrArray) steps = bd_complaints_desk_list_steps (self->session, self->complaint);
  gboolean suggested = FALSE;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box))) != NULL)
    gtk_box_remove (self->steps_box, child);
  for (guint i = 0; i < steps->len; i++)
    {
      const BdCaseStep *step = g_ptr_array_index (steps, i);
      GtkWidget *button = gtk_button_new_with_label (_(step->label));

      if (g_str_equal (step->to, "withdrawn"))
        gtk_widget_add_css_class (button, "destructive-action");
      else if (!suggested && !g_str_equal (step->to, "in-review"))
        {
          /* The way forward; a review is asked for by the complainant, not suggested. */
          gtk_widget_add_css_class (button, "suggested-action");
          suggested = TRUE;
        }
      gtk_widget_set_tooltip_text (button, _(step->source));
      g_object_set_data (G_OBJECT (button), "step", (gpointer) step);
      g_signal_connect (button, "clicked", G_CALLBACK (step_clicked_cb), self);
      gtk_box_append (self->steps_box, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->steps_box), steps->len > 0);
}

/* ── the owner: hand-over and acceptance (003 首问责任制) ──────────────────────── */

static void
hand_over_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       BdComplaintView  *self)
{
  AdwComboRow *chooser = g_object_get_data (G_OBJECT (dialog), "chooser");
  g_autoptr(BdStaff) staff = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!g_str_equal (response, "take") || self->complaint == NULL || self->receivers == NULL ||
      (staff = g_list_model_get_item (self->receivers, adw_combo_row_get_selected (chooser))) == NULL)
    return;
  ok = bd_complaints_desk_hand_over (self->session, self->complaint, bd_staff_get_id (staff),
                                     &error);
  written (self, ok, error);
}

static void
hand_over_clicked_cb (BdComplaintView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("Hand Over the Complaint"),
                                              _("You stay its owner until they accept it."));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *chooser = adw_combo_row_new ();

  show_error (self, NULL);
  g_clear_object (&self->receivers);
  self->receivers = bd_complaints_desk_list_receivers (self->session, self->complaint, NULL);
  for (guint i = 0; self->receivers != NULL && i < g_list_model_get_n_items (self->receivers); i++)
    {
      g_autoptr(BdStaff) staff = g_list_model_get_item (self->receivers, i);

      gtk_string_list_append (names, bd_staff_get_name (staff));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (chooser), _("Hand over to"));
  bd_accessible_name_combo_items (ADW_COMBO_ROW (chooser));
  bd_accessible_set_label (chooser, _("Hand over to"));
  adw_combo_row_set_model (ADW_COMBO_ROW (chooser), G_LIST_MODEL (names));
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_append (GTK_LIST_BOX (list), chooser);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "take", _("_Hand Over"), NULL);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  g_object_set_data (G_OBJECT (dialog), "chooser", chooser);
  g_signal_connect_object (dialog, "response", G_CALLBACK (hand_over_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
accept_clicked_cb (BdComplaintView *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  show_error (self, NULL);
  ok = bd_complaints_desk_accept (self->session, self->complaint, &error);
  written (self, ok, error);
}

static void
show_owner (BdComplaintView *self)
{
  gint64 pending = bd_complaint_get_pending_owner_id (self->complaint);
  gboolean open = bd_case_is_open (case_of (self));
  g_autofree char *subtitle = NULL;

  if (pending != 0)
    /* Translators: who owns a complaint, and the staff member it is being handed to */
    subtitle = g_strdup_printf (_("%s · being handed to %s, who has not accepted yet"),
                                bd_or_dash (bd_complaint_get_owner_name (self->complaint)),
                                bd_or_dash (bd_complaint_get_pending_owner_name (self->complaint)));
  else
    subtitle = g_strdup (bd_or_dash (bd_complaint_get_owner_name (self->complaint)));
  adw_action_row_set_subtitle (self->owner_row, subtitle);
  gtk_widget_set_visible (self->hand_over_button, open && pending == 0 &&
                          bd_complaint_get_owner_id (self->complaint) == my_id (self));
  gtk_widget_set_visible (self->accept_button, open && pending != 0 && pending == my_id (self));
}

/* ── the decision's deadline: extension, pause ─────────────────────────────────── */

static void
extend_answered (BdComplaintView *self,
                 GPtrArray       *fields,
                 const char      *to)
{
  g_autoptr(GError) error = NULL;
  guint64 days = 0;
  gboolean ok;

  /* A number the core then judges (0 is refused there, with the rule). */
  if (!g_ascii_string_to_unsigned (field_text (fields, 0), 10, 0, G_MAXUINT, &days, NULL))
    days = 0;
  ok = bd_complaints_desk_extend (self->session, self->complaint, days, field_text (fields, 1),
                                  &error);
  written (self, ok, error);
}

static void
extend_clicked_cb (BdComplaintView *self)
{
  const char *labels[] = { _("Days"), _("Reason"), NULL };

  show_error (self, NULL);
  ask (self, _("Extend the Decision’s Deadline"),
       _("Up to 30 days with a recorded reason; a senior manager may extend it to 60 at most "
         "(2020 measures, art. 19)."),
       _("_Extend"), labels, FALSE, extend_answered, NULL);
}

static void
pause_answered (BdComplaintView *self,
                GPtrArray       *fields,
                const char      *to)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = bd_complaints_desk_pause (self->session, self->complaint, field_text (fields, 0),
                                          &error);

  written (self, ok, error);
}

static void
pause_clicked_cb (BdComplaintView *self)
{
  const char *labels[] = { _("Reason"), NULL };

  show_error (self, NULL);
  ask (self, _("Pause the Decision’s Clock"),
       _("For an outside appraisal or mediation: the due day moves by the pause’s length."),
       _("_Pause"), labels, TRUE, pause_answered, NULL);
}

static void
resume_clicked_cb (BdComplaintView *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  show_error (self, NULL);
  ok = bd_complaints_desk_resume (self->session, self->complaint, &error);
  written (self, ok, error);
}

/* The case's deadlines as every workflow shows them, their summaries on as many lines as
 * they need; the decision's own buttons while it runs. */
static void
show_deadlines (BdComplaintView *self)
{
  BdDeadline *decision = bd_case_find_deadline (case_of (self), "complaint-decision");
  gboolean running, paused;
  GDate today;

  bd_store_get_today (store_of (self), &today);
  bd_case_page_show_deadlines (self->deadlines_group, self->deadlines_rows, case_of (self),
                               &today);
  for (guint i = 0; i < self->deadlines_rows->len; i++)
    adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self->deadlines_rows->pdata[i]), 0);
  running = decision != NULL && bd_case_is_open (case_of (self)) &&
            !bd_deadline_get_met_on (decision, NULL);
  paused = running && bd_deadline_get_paused_since (decision, NULL);
  gtk_widget_set_visible (self->extend_button, running && !paused);
  gtk_widget_set_visible (self->pause_button, running && !paused);
  gtk_widget_set_visible (self->resume_button, paused);
}

/* ── the paper, and compliance ─────────────────────────────────────────────────── */

gboolean
bd_complaint_view_print_letter (BdComplaintView *self)
{
  g_return_val_if_fail (BD_IS_COMPLAINT_VIEW (self), FALSE);

  if (self->complaint == NULL || bd_complaint_get_outcome (self->complaint) == NULL)
    return FALSE;
  /* The window previews it, from which it is printed or saved, the audit row first
   * (bd-window-print.c). */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.preview-complaint-letter", "x",
                              bd_case_get_id (case_of (self)));
  return TRUE;
}

static void
letter_clicked_cb (BdComplaintView *self)
{
  bd_complaint_view_print_letter (self);
}

static void
misconduct_clicked_cb (BdComplaintView *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  show_error (self, NULL);
  ok = bd_complaints_desk_report_misconduct (self->session, self->complaint, &error);
  written (self, ok, error);
  if (ok)
    toast (self, _("Reported to compliance"));
}

static void
show_paper (BdComplaintView *self)
{
  gtk_widget_set_visible (self->letter_button, bd_complaint_get_outcome (self->complaint) != NULL);
  /* 004: agent misconduct goes to compliance, once. */
  gtk_widget_set_visible (self->misconduct_button,
                          bd_complaint_needs_compliance (self->complaint) &&
                          bd_complaint_get_compliance_reported_at (self->complaint) == NULL);
}

/* ── the history ───────────────────────────────────────────────────────────────── */

/* The complaint's own entries; the steps are the case's. */
static const char *
describe_what (const char *what)
{
  if (g_str_equal (what, "opened"))
    return _("Logged");
  if (g_str_equal (what, "complaint-handed-over"))
    return _("Handed over");
  if (g_str_equal (what, "complaint-accepted"))
    return _("Hand-over accepted");
  if (g_str_equal (what, "complaint-misconduct-reported"))
    return _("Reported to compliance");
  if (g_str_equal (what, "deadline-extended"))
    return _("Deadline extended");
  if (g_str_equal (what, "deadline-paused"))
    return _("Deadline paused");
  if (g_str_equal (what, "deadline-resumed"))
    return _("Deadline resumed");
  return NULL;
}

static void
show_history (BdComplaintView *self)
{
  bd_case_page_show_history (self->history_group, self->history_rows, store_of (self),
                             case_of (self), describe_what);
}

/* ── the page ──────────────────────────────────────────────────────────────────── */

static const char *
state_style (BdCase *kase)
{
  const char *state = bd_case_get_state (kase);

  if (g_str_equal (state, "closed"))
    return "success";
  if (g_str_equal (state, "withdrawn"))
    return "ended";
  if (g_str_equal (state, "in-review"))
    return "warning";
  return "accent";
}

static void
show_complaint (BdComplaintView *self)
{
  BdCase *kase = case_of (self);
  g_autofree char *title = g_strdup_printf ("%s · %s", bd_or_dash (bd_case_get_number (kase)),
                                            bd_complaint_category_get_label (bd_complaint_get_category (self->complaint)));
  const char *who = bd_complaint_get_complainant_name (self->complaint);
  g_autofree char *summary = NULL;
  GtkWidget *child;

  /* Translators: complaint or consultation, who complains, the day it was received */
  summary = g_strdup_printf (_("%s · %s · received on %s"),
                             bd_complaint_is_consultation (self->complaint) ? _("Consultation")
                                                                            : _("Complaint"),
                             bd_or_dash (who), bd_or_dash (bd_case_get_received_on (kase)));
  if (bd_complaint_is_major (self->complaint))
    {
      char *longer = g_strconcat (summary, " · ", _("Major complaint: the supervisor is told"),
                                  NULL);

      g_free (summary);
      summary = longer;
    }
  if (bd_complaint_get_satisfied (self->complaint) >= 0)
    {
      /* Translators: the answer of the return visit, "Satisfied" or "Not satisfied" */
      g_autofree char *visit = g_strdup_printf (_("Return visit: %s"),
                                                bd_complaint_satisfaction_get_label (bd_complaint_get_satisfied (self->complaint)));
      char *longer = g_strconcat (summary, " · ", visit, NULL);

      g_free (summary);
      summary = longer;
    }
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->summary_label, summary);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->badge_box))) != NULL)
    gtk_box_remove (self->badge_box, child);
  gtk_box_append (self->badge_box, bd_status_label_new (bd_case_get_state_label (kase), "badge",
                                                        state_style (kase)));
  show_steps (self);
  show_paper (self);
  show_owner (self);
  show_deadlines (self);
  show_history (self);
}

void
bd_complaint_view_show (BdComplaintView *self,
                        BdSession       *session,
                        BdComplaint     *complaint)
{
  g_return_if_fail (BD_IS_COMPLAINT_VIEW (self));
  g_return_if_fail (BD_IS_COMPLAINT (complaint));

  g_set_object (&self->session, session);
  g_set_object (&self->complaint, complaint);
  show_error (self, NULL);
  show_complaint (self);
}

void
bd_complaint_view_focus (BdComplaintView *self)
{
  g_return_if_fail (BD_IS_COMPLAINT_VIEW (self));
  gtk_widget_grab_focus (self->back_button);
}

void
bd_complaint_view_clear (BdComplaintView *self)
{
  GtkWidget *child;

  g_return_if_fail (BD_IS_COMPLAINT_VIEW (self));

  g_clear_object (&self->complaint);
  g_clear_object (&self->receivers);
  gtk_label_set_label (self->title_label, "");
  gtk_label_set_label (self->summary_label, "");
  adw_action_row_set_subtitle (self->owner_row, "");
  show_error (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->badge_box))) != NULL)
    gtk_box_remove (self->badge_box, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box))) != NULL)
    gtk_box_remove (self->steps_box, child);
  bd_case_page_clear_rows (self->deadlines_group, self->deadlines_rows);
  bd_case_page_clear_rows (self->history_group, self->history_rows);
}

static void
back_clicked_cb (BdComplaintView *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

static void
bd_complaint_view_dispose (GObject *object)
{
  BdComplaintView *self = (BdComplaintView *)object;

  g_clear_object (&self->session);
  g_clear_object (&self->complaint);
  g_clear_object (&self->receivers);
  g_clear_pointer (&self->deadlines_rows, g_ptr_array_unref);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bd_complaint_view_parent_class)->dispose (object);
}

static void
bd_complaint_view_class_init (BdComplaintViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_complaint_view_dispose;

  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/* ── building it ───────────────────────────────────────────────────────────────── */

static AdwPreferencesGroup *
add_group (BdComplaintView *self,
           const char      *title)
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

static GtkWidget *
new_button (BdComplaintView *self,
            const char      *label,
            GCallback        callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", callback, self);
  bd_accessible_name_buttons (button);
  return button;
}

static void
build_owner (BdComplaintView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (self), group);
  /* The row's title says what it is, so that it is named even before a complaint shows;
   * the owner's name is its subtitle. */
  self->owner_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->owner_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner_row), _("Owner"));
  self->hand_over_button = new_button (self, _("_Hand Over…"), G_CALLBACK (hand_over_clicked_cb));
  self->accept_button = new_button (self, _("_Accept the Hand-Over"),
                                    G_CALLBACK (accept_clicked_cb));
  gtk_widget_add_css_class (self->accept_button, "suggested-action");
  gtk_box_append (GTK_BOX (suffix), self->hand_over_button);
  gtk_box_append (GTK_BOX (suffix), self->accept_button);
  adw_action_row_add_suffix (self->owner_row, suffix);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->owner_row));
}

static void
build_deadlines (BdComplaintView *self)
{
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->deadlines_group = add_group (self, _("Deadlines"));
  self->extend_button = new_button (self, _("E_xtend…"), G_CALLBACK (extend_clicked_cb));
  self->pause_button = new_button (self, _("_Pause…"), G_CALLBACK (pause_clicked_cb));
  self->resume_button = new_button (self, _("_Resume"), G_CALLBACK (resume_clicked_cb));
  gtk_box_append (GTK_BOX (suffix), self->extend_button);
  gtk_box_append (GTK_BOX (suffix), self->pause_button);
  gtk_box_append (GTK_BOX (suffix), self->resume_button);
  adw_preferences_group_set_header_suffix (self->deadlines_group, suffix);
}

static void
bd_complaint_view_init (BdComplaintView *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *back = gtk_button_new_with_mnemonic (_("_All Complaints"));
  GtkWidget *actions;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
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
  self->misconduct_button = new_button (self, _("Report to _Compliance"),
                                        G_CALLBACK (misconduct_clicked_cb));
  gtk_box_append (GTK_BOX (actions), self->misconduct_button);
  self->letter_button = new_button (self, _("_Letter of Decision…"), G_CALLBACK (letter_clicked_cb));
  gtk_box_append (GTK_BOX (actions), self->letter_button);
  build_owner (self);
  build_deadlines (self);
  self->history_group = add_group (self, _("History"));
}

GtkWidget *
bd_complaint_view_new (void)
{
  return g_object_new (BD_TYPE_COMPLAINT_VIEW, NULL);
}
