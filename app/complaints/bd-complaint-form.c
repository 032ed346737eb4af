/* bd-complaint-form.c — a new complaint or consultation, judged as it is filled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who complains (the open customer, or someone not on file, by name), how to reach them,
 * how it came, what it is about, the policy and the staff member concerned if any, and how
 * many people complain together. After every change the core judges the form
 * (bd_complaint_validate(), and recusal: bd_complaint_check_handler() with the person
 * signed in, who becomes its first responder); the verdict shows at the top and on the
 * field it is about, and "Log" is pressed only when nothing is refused.
 */
#define G_LOG_DOMAIN "bd-complaint-form"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-complaint-form.h"
#include "bd-complaint-rules.h"
#include "bd-complaints-desk.h"
#include "bd-form-draft.h"
#include "bd-form-fields.h"
#include "bd-policy.h"

struct _BdComplaintForm
{
  GtkBox               parent_instance;

  BdSession           *session;
  BdCustomer          *customer;
  GListModel          *policies;
  GListModel          *staff;
  gboolean             consultation;
  gboolean             filling;        /* filled or a draft put back: judged when done */

  GtkLabel            *title_label;
  GtkLabel            *verdict_label;
  GtkGrid             *complainant_grid;
  AdwEntryRow         *name_row;
  AdwEntryRow         *relation_row;
  AdwEntryRow         *phone_row;
  AdwComboRow         *channel_row;
  GtkGrid             *category_grid;
  AdwComboRow         *policy_row;
  AdwComboRow         *staff_row;
  AdwEntryRow         *description_row;
  AdwEntryRow         *asks_for_row;
  AdwActionRow        *urgent_row;
  GtkSwitch           *urgent_switch;
  AdwActionRow        *people_row;
  GtkSpinButton       *people_spin;
  GtkLabel            *major_label;
  GtkButton           *log_button;
  BdFieldMark          mark;           /* the field the verdict is about */
};

G_DEFINE_FINAL_TYPE (BdComplaintForm, bd_complaint_form, GTK_TYPE_BOX)

enum
{
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void judge (BdComplaintForm *self);

/* ── the verdict, on its field ─────────────────────────────────────────────────── */

static GtkWidget *
field_of (BdComplaintForm  *self,
          BdComplaintField  field)
{
  switch (field)
    {
    case BD_COMPLAINT_FIELD_COMPLAINANT:
      return bd_choice_field_get_selected (self->complainant_grid) == 0
             ? GTK_WIDGET (self->complainant_grid) : GTK_WIDGET (self->name_row);
    case BD_COMPLAINT_FIELD_RELATION: return GTK_WIDGET (self->relation_row);
    case BD_COMPLAINT_FIELD_PHONE: return GTK_WIDGET (self->phone_row);
    case BD_COMPLAINT_FIELD_DESCRIPTION: return GTK_WIDGET (self->description_row);
    case BD_COMPLAINT_FIELD_PEOPLE: return GTK_WIDGET (self->people_row);
    case BD_COMPLAINT_FIELD_HANDLER: return GTK_WIDGET (self->staff_row);
    case BD_COMPLAINT_FIELD_DECISION:
    case BD_COMPLAINT_FIELD_VISIT:
    case BD_COMPLAINT_FIELD_EXTENSION:
    default:
      return NULL;
    }
}

static void
show_verdict (BdComplaintForm *self,
              const GError    *error)
{
  GtkWidget *field = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "success");
  gtk_widget_set_sensitive (GTK_WIDGET (self->log_button), error == NULL);
  if (error == NULL)
    {
      bd_field_mark_clear (&self->mark);
      gtk_label_set_label (self->verdict_label, _("Nothing is missing: it can be logged"));
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "success");
      return;
    }
  gtk_label_set_label (self->verdict_label, error->message);
  gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "error");
  if (error->domain == BD_COMPLAINT_ERROR)
    field = field_of (self, error->code);
  if (field != NULL && gtk_widget_get_visible (field))
    bd_field_mark_set (&self->mark, field, error->message);
  else
    bd_field_mark_clear (&self->mark);
}

/* ── reading the form ──────────────────────────────────────────────────────────── */

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* The id of the item chosen in a combo row whose first entry is "none". */
static gint64
chosen_id (AdwComboRow *row,
           GListModel  *items,
           gint64     (*get_id) (gpointer item))
{
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GObject) item = NULL;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || items == NULL ||
      (item = g_list_model_get_item (items, selected - 1)) == NULL)
    return 0;
  return get_id (item);
}

static gint64
policy_id_of (gpointer policy)
{
  return bd_policy_get_id (policy);
}

static gint64
staff_id_of (gpointer staff)
{
  return bd_staff_get_id (staff);
}

static BdComplaint *
read_complaint (BdComplaintForm *self)
{
  gint64 policy_id = chosen_id (self->policy_row, self->policies, policy_id_of);
  BdComplaint *complaint = bd_complaint_new (self->consultation,
                                             bd_customer_get_id (self->customer), policy_id);
  guint category = bd_choice_field_get_selected (self->category_grid);

  if (bd_choice_field_get_selected (self->complainant_grid) == 0)
    bd_complaint_set_complainant (complaint, bd_customer_get_id (self->customer), NULL);
  else
    bd_complaint_set_complainant (complaint, 0, text_of (self->name_row));
  bd_complaint_set_relation (complaint, text_of (self->relation_row));
  bd_complaint_set_phone (complaint, text_of (self->phone_row));
  bd_complaint_set_channel (complaint, adw_combo_row_get_selected (self->channel_row));
  bd_complaint_set_category (complaint, category != GTK_INVALID_LIST_POSITION ? category : 0);
  bd_complaint_set_staff_concerned (complaint, chosen_id (self->staff_row, self->staff,
                                                          staff_id_of));
  bd_complaint_set_description (complaint, text_of (self->description_row));
  bd_complaint_set_asks_for (complaint, text_of (self->asks_for_row));
  bd_complaint_set_urgent (complaint, gtk_switch_get_active (self->urgent_switch));
  bd_complaint_set_people (complaint, gtk_spin_button_get_value_as_int (self->people_spin));
  return complaint;
}

/* What the core refuses about the form now, the signed-in person being its first
 * responder (recusal); NULL when nothing. */
static GError *
check (BdComplaintForm *self,
       BdComplaint     *complaint)
{
  GError *error = NULL;
  BdStaff *staff = bd_session_get_staff (self->session);

  if (bd_complaint_validate (complaint, &error) && staff != NULL)
    bd_complaint_check_handler (complaint, bd_staff_get_id (staff), &error);
  return error;
}

static void
judge (BdComplaintForm *self)
{
  g_autoptr(BdComplaint) complaint = NULL;
  g_autoptr(GError) error = NULL;

  if (self->filling || self->session == NULL || self->customer == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->name_row),
                          bd_choice_field_get_selected (self->complainant_grid) == 1);
  complaint = read_complaint (self);
  gtk_widget_set_visible (GTK_WIDGET (self->major_label), bd_complaint_is_major (complaint));
  error = check (self, complaint);
  show_verdict (self, error);
}

/* ── filling the form ──────────────────────────────────────────────────────────── */

static GtkStringList *
none_and (const char *none)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, none);
  return labels;
}

static void
fill_policies (BdComplaintForm *self)
{
  g_autoptr(GtkStringList) labels = none_and (_("None"));

  for (guint i = 0; self->policies != NULL && i < g_list_model_get_n_items (self->policies); i++)
    {
      g_autoptr(BdPolicy) policy = g_list_model_get_item (self->policies, i);

      gtk_string_list_append (labels, bd_policy_get_number (policy));
    }
  adw_combo_row_set_model (self->policy_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->policy_row, 0);
}

/* The branch's staff, as the store lists them: the one complained about, if any. */
static void
fill_staff (BdComplaintForm *self)
{
  g_autoptr(GtkStringList) labels = none_and (_("Nobody in particular"));
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->staff);
  self->staff = bd_complaints_desk_list_staff (self->session, &error);
  for (guint i = 0; self->staff != NULL && i < g_list_model_get_n_items (self->staff); i++)
    {
      g_autoptr(BdStaff) staff = g_list_model_get_item (self->staff, i);

      gtk_string_list_append (labels, bd_staff_get_name (staff));
    }
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->staff_row, 0);
}

static void
fill_categories (BdComplaintForm *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < BD_N_COMPLAINT_CATEGORIES; i++)
    gtk_string_list_append (labels, bd_complaint_category_get_label (i));
  bd_choice_field_set (self->category_grid, G_LIST_MODEL (labels), 0, self, G_CALLBACK (judge));
}

static void
fill_complainant (BdComplaintForm *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, bd_customer_get_name (self->customer));
  gtk_string_list_append (labels, _("Someone not on file"));
  bd_choice_field_set (self->complainant_grid, G_LIST_MODEL (labels), 0, self,
                       G_CALLBACK (judge));
}

void
bd_complaint_form_start (BdComplaintForm *self,
                         BdSession       *session,
                         BdCustomer      *customer,
                         GListModel      *policies,
                         gboolean         consultation)
{
  g_return_if_fail (BD_IS_COMPLAINT_FORM (self));
  g_return_if_fail (BD_IS_CUSTOMER (customer));

  bd_complaint_form_clear (self);
  self->filling = TRUE;
  g_set_object (&self->session, session);
  g_set_object (&self->customer, customer);
  g_set_object (&self->policies, policies);
  self->consultation = consultation;
  gtk_label_set_label (self->title_label, consultation ? _("New Consultation")
                                                       : _("New Complaint"));
  gtk_button_set_label (self->log_button, consultation ? _("_Log Consultation")
                                                       : _("_Log Complaint"));
  bd_accessible_name_buttons (GTK_WIDGET (self->log_button));
  fill_complainant (self);
  fill_categories (self);
  fill_policies (self);
  fill_staff (self);
  gtk_editable_set_text (GTK_EDITABLE (self->relation_row), _("Self"));
  /* The phone is left for the clerk to ask: the customer's mobile is shown masked on the
   * page, and filling it in here would reveal it without the audited reveal. */
  self->filling = FALSE;
  judge (self);
}

void
bd_complaint_form_clear (BdComplaintForm *self)
{
  g_return_if_fail (BD_IS_COMPLAINT_FORM (self));

  self->filling = TRUE;
  bd_field_mark_clear (&self->mark);
  g_clear_object (&self->customer);
  g_clear_object (&self->policies);
  g_clear_object (&self->staff);
  for (AdwEntryRow **row = (AdwEntryRow *[]) { self->name_row, self->relation_row,
                                                self->phone_row, self->description_row,
                                                self->asks_for_row, NULL }; *row; row++)
    gtk_editable_set_text (GTK_EDITABLE (*row), "");
  /* The customer's name is a button of the complainant field: it goes with them. */
  bd_choice_field_set (self->complainant_grid, NULL, 0, self, NULL);
  adw_combo_row_set_selected (self->channel_row, 0);
  adw_combo_row_set_model (self->policy_row, NULL);
  adw_combo_row_set_model (self->staff_row, NULL);
  gtk_switch_set_active (self->urgent_switch, FALSE);
  gtk_spin_button_set_value (self->people_spin, 1);
  gtk_widget_set_visible (GTK_WIDGET (self->major_label), FALSE);
  gtk_label_set_label (self->verdict_label, "");
  self->filling = FALSE;
}

/* ── the draft kept over a lock ──────────────────────────────────────────────────── */

/* What the controls hold, read by their place in the form (the note under a refused field
 * taken out first, so that every control keeps its place), and whether it is a
 * consultation; NULL when nothing was typed. */
GVariant *
bd_complaint_form_dup_draft (BdComplaintForm *self)
{
  GVariant *controls;

  g_return_val_if_fail (BD_IS_COMPLAINT_FORM (self), NULL);

  if (self->customer == NULL)
    return NULL;
  bd_field_mark_clear (&self->mark);
  if ((controls = bd_form_draft_capture (GTK_WIDGET (self))) == NULL)
    return NULL;
  return g_variant_ref_sink (g_variant_new ("(bv)", self->consultation, controls));
}

gboolean
bd_complaint_form_draft_is_consultation (GVariant *draft)
{
  gboolean consultation = FALSE;

  if (draft != NULL && g_variant_is_of_type (draft, G_VARIANT_TYPE ("(bv)")))
    g_variant_get_child (draft, 0, "b", &consultation);
  return consultation;
}

void
bd_complaint_form_restore_draft (BdComplaintForm *self,
                                 GVariant        *draft)
{
  g_autoptr(GVariant) controls = NULL;

  g_return_if_fail (BD_IS_COMPLAINT_FORM (self));

  if (self->customer == NULL || !g_variant_is_of_type (draft, G_VARIANT_TYPE ("(bv)")))
    return;
  g_variant_get_child (draft, 1, "v", &controls);
  /* The note under the field the empty form was refused on goes first: the controls are
   * found by their places, as they were taken. */
  bd_field_mark_clear (&self->mark);
  self->filling = TRUE;
  bd_form_draft_restore (GTK_WIDGET (self), controls);
  self->filling = FALSE;
  judge (self);
}

/* ── logging it ────────────────────────────────────────────────────────────────── */

static void
log_clicked_cb (BdComplaintForm *self)
{
  g_autoptr(BdComplaint) complaint = read_complaint (self);
  g_autoptr(GError) error = NULL;

  if (!bd_complaints_desk_add (self->session, complaint, &error))
    {
      show_verdict (self, error);
      return;
    }
  g_signal_emit (self, signals[FINISHED], 0, complaint);
}

static void
cancel_clicked_cb (BdComplaintForm *self)
{
  g_signal_emit (self, signals[FINISHED], 0, NULL);
}

static void
bd_complaint_form_dispose (GObject *object)
{
  BdComplaintForm *self = (BdComplaintForm *)object;

  g_clear_object (&self->session);
  g_clear_object (&self->customer);
  g_clear_object (&self->policies);
  g_clear_object (&self->staff);

  G_OBJECT_CLASS (bd_complaint_form_parent_class)->dispose (object);
}

static void
bd_complaint_form_class_init (BdComplaintFormClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bd_complaint_form_dispose;

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, BD_TYPE_COMPLAINT);
}

/* ── building it ───────────────────────────────────────────────────────────────── */

static GtkWidget *
add_list (GtkBox *box)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_box_append (box, list);
  return list;
}

static AdwEntryRow *
add_entry_row (BdComplaintForm *self,
               GtkWidget       *list,
               const char      *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (judge), self);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return ADW_ENTRY_ROW (row);
}

static AdwComboRow *
add_combo_row (BdComplaintForm *self,
               GtkWidget       *list,
               const char      *title)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* Before any model: libadwaita 1.2 leaves the choices nameless. */
  bd_accessible_name_combo_items (ADW_COMBO_ROW (row));
  bd_accessible_set_label (row, title);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (judge), self);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return ADW_COMBO_ROW (row);
}

static void
build_channels (BdComplaintForm *self,
                GtkWidget       *list)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < BD_N_COMPLAINT_CHANNELS; i++)
    gtk_string_list_append (labels, bd_complaint_channel_get_label (i));
  self->channel_row = add_combo_row (self, list, _("Channel"));
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (labels));
}

static void
build_urgency (BdComplaintForm *self,
               GtkWidget       *list)
{
  self->urgent_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->urgent_row), _("Urgent"));
  self->urgent_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->urgent_switch), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (self->urgent_row, GTK_WIDGET (self->urgent_switch));
  adw_action_row_set_activatable_widget (self->urgent_row, GTK_WIDGET (self->urgent_switch));
  bd_accessible_set_label (GTK_WIDGET (self->urgent_switch), _("Urgent"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->urgent_row));

  self->people_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->people_row),
                                 _("People complaining together"));
  self->people_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 9999, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->people_spin), GTK_ALIGN_CENTER);
  bd_accessible_set_label (GTK_WIDGET (self->people_spin), _("People complaining together"));
  g_signal_connect_swapped (self->people_spin, "value-changed", G_CALLBACK (judge), self);
  adw_action_row_add_suffix (self->people_row, GTK_WIDGET (self->people_spin));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->people_row));
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
build_buttons (BdComplaintForm *self)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  self->log_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Log Complaint")));
  gtk_widget_add_css_class (GTK_WIDGET (self->log_button), "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  g_signal_connect_swapped (self->log_button, "clicked", G_CALLBACK (log_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->log_button));
  bd_accessible_name_buttons (buttons);
  gtk_box_append (GTK_BOX (self), buttons);
}

static void
bd_complaint_form_init (BdComplaintForm *self)
{
  GtkBox *box = GTK_BOX (self);
  GtkWidget *list;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (box, 12);
  self->title_label = add_label (box, "title-2");
  /* The verdict first, where the eye and a screen reader meet it. */
  self->verdict_label = add_label (box, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->verdict_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Verdict"), -1);

  self->complainant_grid = bd_choice_field_add (box, _("Complainant"), 2);
  list = add_list (box);
  self->name_row = add_entry_row (self, list, _("Name of the complainant"));
  gtk_widget_set_visible (GTK_WIDGET (self->name_row), FALSE);
  self->relation_row = add_entry_row (self, list, _("Relation to the customer"));
  self->phone_row = add_entry_row (self, list, _("Phone"));
  build_channels (self, list);

  self->category_grid = bd_choice_field_add (box, _("Category"), 3);
  list = add_list (box);
  self->policy_row = add_combo_row (self, list, _("Policy concerned"));
  self->staff_row = add_combo_row (self, list, _("Staff member concerned"));
  self->description_row = add_entry_row (self, list, _("Description"));
  self->asks_for_row = add_entry_row (self, list, _("What they ask for"));
  build_urgency (self, list);
  self->major_label = add_label (box, "warning");
  gtk_label_set_label (self->major_label,
                       _("Major complaint: the supervisor is told (20 people or more, "
                         "2020 measures, art. 29)"));
  gtk_widget_set_visible (GTK_WIDGET (self->major_label), FALSE);
  build_buttons (self);
}

GtkWidget *
bd_complaint_form_new (void)
{
  return g_object_new (BD_TYPE_COMPLAINT_FORM, NULL);
}
