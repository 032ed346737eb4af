/* bd-claim-form.c — a claim report (理赔报案), checked as it is filled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The counter takes down a claim as it is reported: who is insured (the customer, or a
 * member of their household), who reports it (the customer, or someone not on file: a
 * relative, a hospital), how to reach them, what happened, when and where, and how the
 * report came in. After every change the core checks the report as it stands
 * (bd_claims_desk_check(): each of the insured's policies on the event's day, the waiting
 * period, a possible duplicate, the limitation, who a death benefit goes to), each line
 * with its level; and the report's own fields (bd_claim_validate()): a refusal is said at
 * the top and under the field it names (the error's code is the BdClaimField), and
 * Record waits until the fields are right. The documents of the kind of event are ticked
 * as they are handed in. A reminder stays at the top: the counter never promises a
 * payout (003).
 */
#define G_LOG_DOMAIN "bd-claim-form"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-claim-form.h"
#include "bd-claim-rules.h"
#include "bd-claims-desk.h"
#include "bd-form-draft.h"
#include "bd-form-fields.h"
#include "bd-household-store.h"

struct _BdClaimForm
{
  GtkBox               parent_instance;

  BdSession           *session;
  BdCustomer          *customer;
  BdClaim             *claim;          /* the report as it now stands */
  GArray              *insured_ids;    /* gint64, by the position of the insured's buttons */
  GHashTable          *received;       /* document names ticked */
  gboolean             filling;        /* the form changes itself: no checks yet */
  gboolean             restoring;      /* a draft goes back: no field marked until done */

  GtkLabel            *verdict_label;
  GtkListBox          *checks_list;
  GtkGrid             *insured_grid;
  GtkGrid             *reporter_grid;
  AdwEntryRow         *reporter_name_row;
  AdwEntryRow         *relation_row;
  AdwEntryRow         *phone_row;
  GtkGrid             *kind_grid;
  AdwEntryRow         *event_date_row;
  AdwEntryRow         *event_time_row;
  AdwEntryRow         *known_on_row;
  AdwEntryRow         *place_row;
  AdwEntryRow         *hospital_row;
  AdwEntryRow         *description_row;
  AdwComboRow         *channel_row;
  AdwPreferencesGroup *documents_group;
  GPtrArray           *document_rows;
  GtkButton           *record_button;

  BdFieldMark          mark;           /* the field a refusal is about, and its note */
};

G_DEFINE_FINAL_TYPE (BdClaimForm, bd_claim_form, GTK_TYPE_BOX)

enum
{
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The reporter: the customer whose page it is, or someone not on file. */
enum
{
  REPORTER_CUSTOMER,
  REPORTER_NOT_ON_FILE,
};

static void check (BdClaimForm *self);

static BdStore *
store_of (BdClaimForm *self)
{
  return bd_session_get_store (self->session);
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* ── the checks and the refusal on screen ──────────────────────────────────────── */

static const char *
level_icon (BdClaimCheckLevel level)
{
  switch (level)
    {
    case BD_CLAIM_CHECK_WARNING: return "dialog-warning-symbolic";
    case BD_CLAIM_CHECK_NOTE: return "dialog-information-symbolic";
    case BD_CLAIM_CHECK_GOOD:
    default: return "emblem-ok-symbolic";
    }
}

static const char *
level_style (BdClaimCheckLevel level)
{
  switch (level)
    {
    case BD_CLAIM_CHECK_WARNING: return "warning";
    case BD_CLAIM_CHECK_NOTE: return "accent";
    case BD_CLAIM_CHECK_GOOD:
    default: return "success";
    }
}

static const char *
level_label (BdClaimCheckLevel level)
{
  switch (level)
    {
    case BD_CLAIM_CHECK_WARNING: return _("Warning");
    case BD_CLAIM_CHECK_NOTE: return _("Note");
    case BD_CLAIM_CHECK_GOOD:
    default: return _("Good");
    }
}

/* One row a line, its level said by an icon in its colour and, for a screen reader, in
 * words. */
static GtkWidget *
new_check_row (BdClaimCheck *line)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (level_icon (line->level));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (icon, level_style (line->level));
  gtk_widget_add_css_class (row, level_style (line->level));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  level_label (line->level), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  level_label (line->level), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static void
show_checks (BdClaimForm *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = bd_claims_desk_check (self->session, self->claim, &error);
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->checks_list, 0)) != NULL)
    gtk_list_box_remove (self->checks_list, GTK_WIDGET (row));
  if (lines == NULL)
    {
      BdClaimCheck failed = { BD_CLAIM_CHECK_WARNING, 0, error->message };

      gtk_list_box_append (self->checks_list, new_check_row (&failed));
      return;
    }
  for (guint i = 0; i < lines->len; i++)
    gtk_list_box_append (self->checks_list, new_check_row (g_ptr_array_index (lines, i)));
}

static GtkWidget *
row_of_field (BdClaimForm  *self,
              BdClaimField  field)
{
  switch (field)
    {
    case BD_CLAIM_FIELD_REPORTER:
      return bd_choice_field_get_selected (self->reporter_grid) == REPORTER_NOT_ON_FILE
             ? GTK_WIDGET (self->reporter_name_row) : GTK_WIDGET (self->reporter_grid);
    case BD_CLAIM_FIELD_RELATION: return GTK_WIDGET (self->relation_row);
    case BD_CLAIM_FIELD_PHONE: return GTK_WIDGET (self->phone_row);
    case BD_CLAIM_FIELD_INSURED: return GTK_WIDGET (self->insured_grid);
    case BD_CLAIM_FIELD_EVENT_DATE: return GTK_WIDGET (self->event_date_row);
    case BD_CLAIM_FIELD_EVENT_TIME: return GTK_WIDGET (self->event_time_row);
    case BD_CLAIM_FIELD_KNOWN_ON: return GTK_WIDGET (self->known_on_row);
    case BD_CLAIM_FIELD_PLACE: return GTK_WIDGET (self->place_row);
    case BD_CLAIM_FIELD_KIND: return GTK_WIDGET (self->kind_grid);
    case BD_CLAIM_FIELD_HOSPITAL: return GTK_WIDGET (self->hospital_row);
    case BD_CLAIM_FIELD_DESCRIPTION: return GTK_WIDGET (self->description_row);
    case BD_CLAIM_FIELD_CHANNEL: return GTK_WIDGET (self->channel_row);
    case BD_CLAIM_FIELD_DECISION:
    default:
      return NULL;
    }
}

static void
show_verdict (BdClaimForm  *self,
              const GError *error)
{
  GtkWidget *row = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "success");
  if (error == NULL)
    {
      bd_field_mark_clear (&self->mark);
      gtk_label_set_label (self->verdict_label, _("The report is complete: it can be recorded"));
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "success");
      gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), TRUE);
      return;
    }
  gtk_label_set_label (self->verdict_label, error->message);
  gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), FALSE);
  if (error->domain == BD_CLAIM_ERROR && !self->restoring)
    row = row_of_field (self, error->code);
  if (row != NULL && gtk_widget_get_visible (row))
    bd_field_mark_set (&self->mark, row, error->message);
  else
    bd_field_mark_clear (&self->mark);
}

/* ── reading the form ──────────────────────────────────────────────────────────── */

static gint64
chosen_insured (BdClaimForm *self)
{
  guint index = bd_choice_field_get_selected (self->insured_grid);

  if (index == GTK_INVALID_LIST_POSITION || index >= self->insured_ids->len)
    return 0;
  return g_array_index (self->insured_ids, gint64, index);
}

static BdEventKind
chosen_kind (BdClaimForm *self)
{
  guint index = bd_choice_field_get_selected (self->kind_grid);

  return index < BD_N_EVENT_KINDS ? (BdEventKind) index : BD_EVENT_ILLNESS;
}

/* Empty entries are no value: the core then says what is missing. */
static const char *
or_null (AdwEntryRow *row)
{
  const char *text = text_of (row);

  return text[0] != '\0' ? text : NULL;
}

/* The report as the form now stands, made anew: the insured is whose case it is. */
static void
read_claim (BdClaimForm *self)
{
  g_autoptr(BdClaim) claim = bd_claim_new (chosen_insured (self), chosen_kind (self));
  gboolean on_file = bd_choice_field_get_selected (self->reporter_grid) != REPORTER_NOT_ON_FILE;

  if (on_file)
    bd_claim_set_reporter (claim, bd_customer_get_id (self->customer),
                           bd_customer_get_name (self->customer));
  else
    bd_claim_set_reporter (claim, 0, text_of (self->reporter_name_row));
  bd_claim_set_relation (claim, text_of (self->relation_row));
  bd_claim_set_phone (claim, text_of (self->phone_row));
  bd_claim_set_event_date (claim, text_of (self->event_date_row));
  bd_claim_set_event_time (claim, or_null (self->event_time_row));
  bd_claim_set_known_on (claim, or_null (self->known_on_row));
  bd_claim_set_place (claim, text_of (self->place_row));
  bd_claim_set_hospital (claim, text_of (self->hospital_row));
  bd_claim_set_description (claim, text_of (self->description_row));
  bd_claim_set_channel (claim, adw_combo_row_get_selected (self->channel_row));
  g_set_object (&self->claim, claim);
}

/* ── the documents handed in ───────────────────────────────────────────────────── */

static void
document_toggled_cb (GtkSwitch   *toggle,
                     GParamSpec  *pspec,
                     BdClaimForm *self)
{
  const char *name = g_object_get_data (G_OBJECT (toggle), "document");

  if (gtk_switch_get_active (toggle))
    g_hash_table_add (self->received, g_strdup (name));
  else
    g_hash_table_remove (self->received, name);
}

static void
clear_documents (BdClaimForm *self)
{
  for (guint i = 0; i < self->document_rows->len; i++)
    adw_preferences_group_remove (self->documents_group, g_ptr_array_index (self->document_rows, i));
  g_ptr_array_set_size (self->document_rows, 0);
}

/* One switch per document the kind of event needs; ticks stay over a change of kind. */
static void
show_documents (BdClaimForm *self)
{
  GListModel *items = bd_checklist_get_items (bd_case_get_checklist (bd_claim_get_case (self->claim)));

  clear_documents (self);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BdChecklistItem) item = g_list_model_get_item (items, i);
      const char *name = bd_checklist_item_get_kind (item)->name;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bd_checklist_item_get_label (item));
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle), g_hash_table_contains (self->received, name));
      g_object_set_data_full (G_OBJECT (toggle), "document", g_strdup (name), g_free);
      g_signal_connect (toggle, "notify::active", G_CALLBACK (document_toggled_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      /* After the row ties its title to the switch: named once. */
      bd_accessible_set_label (toggle, bd_checklist_item_get_label (item));
      adw_preferences_group_add (self->documents_group, row);
      g_ptr_array_add (self->document_rows, row);
    }
}

/* ── after every change ────────────────────────────────────────────────────────── */

static void
check (BdClaimForm *self)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  if (self->filling || self->customer == NULL)
    return;
  read_claim (self);
  show_checks (self);
  bd_store_get_today (store_of (self), &today);
  bd_claim_validate (self->claim, &today, &error);
  show_verdict (self, error);
}

static void
reporter_changed_cb (BdClaimForm *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->reporter_name_row),
                          bd_choice_field_get_selected (self->reporter_grid) == REPORTER_NOT_ON_FILE);
  check (self);
}

static void
kind_changed_cb (BdClaimForm *self)
{
  if (self->filling || self->customer == NULL)
    return;
  read_claim (self);
  show_documents (self);
  check (self);
}

/* ── recording ─────────────────────────────────────────────────────────────────── */

static void
toast (BdClaimForm *self,
       const char  *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static gboolean
record_documents (BdClaimForm  *self,
                  BdClaim      *claim,
                  GError      **error)
{
  GListModel *items = bd_checklist_get_items (bd_case_get_checklist (bd_claim_get_case (claim)));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BdChecklistItem) item = g_list_model_get_item (items, i);
      const char *name = bd_checklist_item_get_kind (item)->name;

      if (g_hash_table_contains (self->received, name) &&
          !bd_claims_desk_set_document (self->session, claim, name, BD_DOCUMENT_RECEIVED, error))
        return FALSE;
    }
  return TRUE;
}

static void
record_clicked_cb (BdClaimForm *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdClaim) claim = NULL;
  g_autofree char *message = NULL;

  read_claim (self);
  claim = g_object_ref (self->claim);
  if (!bd_claims_desk_add (self->session, claim, &error))
    {
      show_verdict (self, error);
      return;
    }
  if (!record_documents (self, claim, &error))
    toast (self, error->message);
  /* Translators: %s is the claim's number */
  message = g_strdup_printf (_("Claim %s recorded"), bd_case_get_number (bd_claim_get_case (claim)));
  toast (self, message);
  g_signal_emit (self, signals[FINISHED], 0, claim);
}

static void
cancel_clicked_cb (BdClaimForm *self)
{
  g_signal_emit (self, signals[FINISHED], 0, NULL);
}

/* ── building the form ─────────────────────────────────────────────────────────── */

static AdwPreferencesGroup *
add_group (BdClaimForm *self,
           const char  *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (self), group);
  return ADW_PREFERENCES_GROUP (group);
}

static AdwEntryRow *
add_entry (BdClaimForm         *self,
           AdwPreferencesGroup *group,
           const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  bd_accessible_set_label (row, title);
  adw_preferences_group_add (group, row);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (check), self);
  return ADW_ENTRY_ROW (row);
}

static GtkBox *
add_box (BdClaimForm *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_box_append (GTK_BOX (self), box);
  return GTK_BOX (box);
}

/* 003: the counter takes the report and the documents; the claims department decides. */
static void
build_reminder (BdClaimForm *self)
{
  GtkWidget *banner = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (_("Never promise a payout on the company’s behalf: the "
                                      "claims department decides (003)"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (banner, "card");
  gtk_widget_add_css_class (label, "warning");
  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_margin_start (icon, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_widget_set_margin_end (label, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Warning"), -1);
  gtk_box_append (GTK_BOX (banner), icon);
  gtk_box_append (GTK_BOX (banner), label);
  gtk_box_append (GTK_BOX (self), banner);
}

static void
build_checks (BdClaimForm *self)
{
  GtkWidget *heading = gtk_label_new (_("Checks"));
  GtkWidget *placeholder = gtk_label_new (_("The insured’s policies are checked once the day "
                                            "of the event is written"));

  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  self->verdict_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->verdict_label, TRUE);
  gtk_label_set_xalign (self->verdict_label, 0);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->verdict_label));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (self), heading);
  self->checks_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->checks_list), "boxed-list");
  gtk_list_box_set_selection_mode (self->checks_list, GTK_SELECTION_NONE);
  gtk_list_box_set_placeholder (self->checks_list, placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->checks_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Checks of the report"), -1);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->checks_list));
}

static void
build_people (BdClaimForm *self)
{
  GtkBox *choices = add_box (self);
  AdwPreferencesGroup *group;

  self->insured_grid = bd_choice_field_add (choices, _("Insured"), 3);
  self->reporter_grid = bd_choice_field_add (choices, _("Reported by"), 2);
  group = add_group (self, _("Reporter"));
  self->reporter_name_row = add_entry (self, group, _("Name of the reporter"));
  self->relation_row = add_entry (self, group, _("Relation to the insured"));
  self->phone_row = add_entry (self, group, _("Phone of the reporter"));
  gtk_widget_set_visible (GTK_WIDGET (self->reporter_name_row), FALSE);
}

static void
build_event (BdClaimForm *self)
{
  GtkBox *kinds = add_box (self);
  AdwPreferencesGroup *group;
  g_autoptr(GtkStringList) channels = gtk_string_list_new (NULL);
  GtkWidget *channel = adw_combo_row_new ();

  self->kind_grid = bd_choice_field_add (kinds, _("Kind of event"), BD_N_EVENT_KINDS);
  group = add_group (self, _("Event"));
  self->event_date_row = add_entry (self, group, _("Day of the event (YYYY-MM-DD)"));
  self->event_time_row = add_entry (self, group, _("Time (HH:MM, may stay empty)"));
  self->known_on_row = add_entry (self, group, _("Became known on (YYYY-MM-DD, empty: the day of the event)"));
  self->place_row = add_entry (self, group, _("Place"));
  self->hospital_row = add_entry (self, group, _("Hospital"));
  self->description_row = add_entry (self, group, _("What happened"));
  for (BdChannel c = BD_CHANNEL_COUNTER; c <= BD_CHANNEL_ONLINE; c++)
    gtk_string_list_append (channels, bd_channel_get_label (c));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (channel), _("Reported through"));
  adw_combo_row_set_model (ADW_COMBO_ROW (channel), G_LIST_MODEL (channels));
  bd_accessible_name_combo_items (ADW_COMBO_ROW (channel));
  bd_accessible_set_label (channel, _("Reported through"));
  adw_preferences_group_add (group, channel);
  g_signal_connect_swapped (channel, "notify::selected", G_CALLBACK (check), self);
  self->channel_row = ADW_COMBO_ROW (channel);
}

static void
build_buttons (BdClaimForm *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  self->record_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Record Claim")));
  gtk_widget_add_css_class (GTK_WIDGET (self->record_button), "suggested-action");
  gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), FALSE);
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), cancel);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->record_button));
  bd_accessible_name_buttons (box);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  g_signal_connect_swapped (self->record_button, "clicked", G_CALLBACK (record_clicked_cb), self);
  gtk_box_append (GTK_BOX (self), box);
}

/* The insured: the customer, then the members of their household, each said as what
 * they are to the customer (as the household card says it). */
static void
fill_insured (BdClaimForm *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(BdHousehold) household = NULL;
  gint64 id = bd_customer_get_id (self->customer);
  BdHouseholdMember *viewer;
  GListModel *members;

  g_array_set_size (self->insured_ids, 0);
  g_array_append_val (self->insured_ids, id);
  gtk_string_list_append (labels, bd_customer_get_name (self->customer));
  household = bd_store_get_household_of (store_of (self), id, NULL);
  viewer = household != NULL ? bd_household_find_member (household, id) : NULL;
  members = viewer != NULL ? bd_household_get_members (household) : NULL;
  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(BdHouseholdMember) member = g_list_model_get_item (members, i);
      BdCustomer *customer = bd_household_member_get_customer (member);
      gint64 member_id = bd_customer_get_id (customer);
      g_autofree char *label = NULL;
      BdRelation relation;

      if (member_id == id)
        continue;
      if (bd_relation_seen_from (bd_household_member_get_relation (viewer),
                                 bd_household_member_get_relation (member), &relation))
        label = g_strdup_printf (_("%s (%s)"), bd_customer_get_name (customer),
                                 bd_relation_get_label (relation));
      else
        label = g_strdup (bd_customer_get_name (customer));
      g_array_append_val (self->insured_ids, member_id);
      gtk_string_list_append (labels, label);
    }
  bd_choice_field_set (self->insured_grid, G_LIST_MODEL (labels), 0, self, G_CALLBACK (check));
}

void
bd_claim_form_start (BdClaimForm *self,
                     BdSession   *session,
                     BdCustomer  *customer)
{
  g_autoptr(GtkStringList) reporters = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  g_return_if_fail (BD_IS_CLAIM_FORM (self));

  bd_claim_form_clear (self);
  g_set_object (&self->session, session);
  g_set_object (&self->customer, customer);
  self->filling = TRUE;
  fill_insured (self);
  gtk_string_list_append (reporters, bd_customer_get_name (customer));
  gtk_string_list_append (reporters, _("Someone not on file"));
  bd_choice_field_set (self->reporter_grid, G_LIST_MODEL (reporters), REPORTER_CUSTOMER, self,
                       G_CALLBACK (reporter_changed_cb));
  for (BdEventKind k = BD_EVENT_ACCIDENT; k < BD_N_EVENT_KINDS; k++)
    gtk_string_list_append (kinds, bd_event_kind_get_label (k));
  bd_choice_field_set (self->kind_grid, G_LIST_MODEL (kinds), BD_EVENT_ILLNESS, self,
                       G_CALLBACK (kind_changed_cb));
  self->filling = FALSE;
  kind_changed_cb (self);
  /* The keyboard starts at the top of the form, and the page shows it. */
  gtk_widget_grab_focus (gtk_widget_get_first_child (GTK_WIDGET (self->insured_grid)));
}

/* The note row under a refused field is taken out first, so that every control keeps its
 * place. */
GVariant *
bd_claim_form_dup_draft (BdClaimForm *self)
{
  GVariant *controls;

  g_return_val_if_fail (BD_IS_CLAIM_FORM (self), NULL);

  if (self->customer == NULL)
    return NULL;
  bd_field_mark_clear (&self->mark);
  controls = bd_form_draft_capture (GTK_WIDGET (self));
  return controls != NULL ? g_variant_ref_sink (controls) : NULL;
}

void
bd_claim_form_restore_draft (BdClaimForm *self,
                             GVariant    *draft)
{
  g_return_if_fail (BD_IS_CLAIM_FORM (self));

  if (self->customer == NULL)
    return;
  self->restoring = TRUE;
  bd_form_draft_restore (GTK_WIDGET (self), draft);
  self->restoring = FALSE;
  check (self);
}

void
bd_claim_form_clear (BdClaimForm *self)
{
  AdwEntryRow *entries[] = { self->reporter_name_row, self->relation_row, self->phone_row,
                             self->event_date_row, self->event_time_row, self->known_on_row,
                             self->place_row, self->hospital_row, self->description_row };
  GtkListBoxRow *row;

  g_return_if_fail (BD_IS_CLAIM_FORM (self));

  self->filling = TRUE;
  bd_field_mark_clear (&self->mark);
  clear_documents (self);
  g_hash_table_remove_all (self->received);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    gtk_editable_set_text (GTK_EDITABLE (entries[i]), "");
  gtk_widget_set_visible (GTK_WIDGET (self->reporter_name_row), FALSE);
  adw_combo_row_set_selected (self->channel_row, BD_CHANNEL_COUNTER);
  bd_choice_field_set (self->insured_grid, NULL, 0, self, NULL);
  bd_choice_field_set (self->reporter_grid, NULL, 0, self, NULL);
  bd_choice_field_set (self->kind_grid, NULL, 0, self, NULL);
  g_array_set_size (self->insured_ids, 0);
  while ((row = gtk_list_box_get_row_at_index (self->checks_list, 0)) != NULL)
    gtk_list_box_remove (self->checks_list, GTK_WIDGET (row));
  gtk_label_set_label (self->verdict_label, "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), FALSE);
  g_clear_object (&self->claim);
  g_clear_object (&self->customer);
  self->filling = FALSE;
}

static void
bd_claim_form_dispose (GObject *object)
{
  BdClaimForm *self = (BdClaimForm *)object;

  g_clear_object (&self->session);
  g_clear_object (&self->customer);
  g_clear_object (&self->claim);
  g_clear_pointer (&self->insured_ids, g_array_unref);
  g_clear_pointer (&self->received, g_hash_table_unref);
  g_clear_pointer (&self->document_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bd_claim_form_parent_class)->dispose (object);
}

static void
bd_claim_form_class_init (BdClaimFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_claim_form_dispose;

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, BD_TYPE_CLAIM);
}

static void
bd_claim_form_init (BdClaimForm *self)
{
  GtkWidget *title = gtk_label_new (_("Report a Claim"));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 18);
  self->insured_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->received = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->document_rows = g_ptr_array_new ();

  gtk_widget_add_css_class (title, "title-2");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (self), title);
  build_reminder (self);
  build_checks (self);
  build_people (self);
  build_event (self);
  self->documents_group = add_group (self, _("Documents handed in"));
  build_buttons (self);
}

GtkWidget *
bd_claim_form_new (void)
{
  return g_object_new (BD_TYPE_CLAIM_FORM, NULL);
}
