/* bd-contacts-page.c — the customer's contacts: history, a new record, tracing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contact history of the service card (000): every call, letter and visit, and the
 * contact slips left when nobody was home. A form records a new contact; a second one
 * records tracing attempts for a policy whose customer cannot be reached. The core judges
 * a record (bd_contact_check()); the field it names is marked and the reason said in words
 * right under it; nothing typed is lost. A record entered wrongly is voided or corrected
 * with a reason, never changed: the history shows the original as such. A slip in the
 * history can be printed: the page asks the window's print-slip action, as any tab does.
 */
#define G_LOG_DOMAIN "bd-contacts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-clock.h"
#include "bd-contacts-desk.h"
#include "bd-contacts-page.h"
#include "bd-contacts-store.h"
#include "bd-form-draft.h"
#include "bd-policy.h"
#include "bd-status-label.h"

struct _BdContactsPage
{
  AdwBin         parent_instance;

  BdSession     *session;
  BdCustomer    *customer;
  GListModel    *policies;

  GtkListBox    *history_list;
  GtkBox        *kind_box;
  GtkToggleButton *kind_buttons[BD_CONTACT_SLIP + 1];
  GtkSwitch     *reached_switch;
  AdwEntryRow   *person_row;
  AdwEntryRow   *outcome_row;
  AdwEntryRow   *next_step_row;
  AdwActionRow  *visit_date_row;
  GtkButton     *visit_date_button;
  GtkLabel      *visit_date_label;  /* the button's own: gtk_button_set_label() would name it */
  GtkPopover    *visit_popover;
  GtkCalendar   *visit_calendar;
  AdwActionRow  *visit_time_row;
  GtkSpinButton *visit_hour_spin;
  GtkSpinButton *visit_minute_spin;
  GDate          visit_day;        /* invalid: no next visit planned */
  AdwComboRow   *item_row;
  AdwEntryRow   *item_other_row;
  AdwActionRow  *correction_row;
  AdwEntryRow   *reason_row;
  GtkButton     *record_button;
  BdContact     *correcting;       /* the record the form corrects, or NULL */
  GtkWidget     *marked_field;     /* the field the core refused, and the note under it */
  GtkWidget     *field_note;
  GHashTable    *history_rows;     /* contact id → its row, to go from original to correction */
  GtkLabel      *record_error;
  AdwPreferencesGroup *tracing_group;
  AdwComboRow   *tracing_policy_row;
  AdwComboRow   *tracing_method_row;
  GtkSwitch     *tracing_reached_switch;
  AdwEntryRow   *tracing_outcome_row;
  AdwActionRow  *tracing_state_row;
  GtkButton     *tracing_button;
};

/* An empty history says so, inside the list's frame. */
static GtkWidget *
new_history_placeholder (void)
{
  GtkWidget *label = gtk_label_new (_("No contacts yet: calls, letters, visits and slips show here"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void bd_contacts_page_customer_tab_init (BdCustomerTabInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BdContactsPage, bd_contacts_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (BD_TYPE_CUSTOMER_TAB,
                                                      bd_contacts_page_customer_tab_init))

static void
toast (BdContactsPage *self,
       const char     *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

/* "2026-11-21 11:00" in the branch's time zone, from a stored UTC timestamp. */
static char *
local_time (BdContactsPage *self,
            const char     *utc)
{
  return bd_store_format_time (bd_session_get_store (self->session), utc);
}

static char *
describe_contact (BdContact *contact)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *person = bd_contact_get_person_reached (contact);

  if (bd_contact_get_staff_name (contact) != NULL)
    g_string_append_printf (text, "%s · ", bd_contact_get_staff_name (contact));
  if (bd_contact_get_reached (contact))
    g_string_append_printf (text, _("reached %s"), person != NULL ? person : "");
  else
    g_string_append (text, _("not reached"));
  if (bd_contact_get_outcome (contact) != NULL)
    g_string_append_printf (text, " · %s", bd_contact_get_outcome (contact));
  if (bd_contact_get_next_step (contact) != NULL)
    g_string_append_printf (text, " · %s", bd_contact_get_next_step (contact));
  if (bd_contact_get_next_visit (contact) != NULL)
    {
      g_autofree char *visit = g_strdelimit (g_strdup (bd_contact_get_next_visit (contact)), "T", ' ');
      g_string_append (text, " · ");
      g_string_append_printf (text, _("next visit %s"), visit);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The window prints: preview, printer or PDF, and the audit row first. */
static void
print_slip (BdContactsPage *self,
            BdContact      *contact)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.print-slip", "x", bd_contact_get_id (contact));
}

static void
print_clicked_cb (GtkButton      *button,
                  BdContactsPage *self)
{
  print_slip (self, g_object_get_data (G_OBJECT (button), "contact"));
}

/* What became of an amended record, or of the record a correction replaced. */
static char *
describe_amendment (BdContactsPage *self,
                    BdContact      *contact)
{
  g_autofree char *when = local_time (self, bd_contact_get_amended_at (contact));
  const char *who = bd_contact_get_amended_by (contact) != NULL ? bd_contact_get_amended_by (contact) : "";

  switch (bd_contact_get_state (contact))
    {
    case BD_CONTACT_STATE_VOIDED:
      return g_strdup_printf (_("Voided by %s on %s: %s"), who, when,
                              bd_contact_get_amend_reason (contact));
    case BD_CONTACT_STATE_CORRECTED:
      return g_strdup_printf (_("Corrected by %s on %s: %s"), who, when,
                              bd_contact_get_amend_reason (contact));
    case BD_CONTACT_STATE_CURRENT:
    default:
      return NULL;
    }
}

static void
go_to_row_cb (GtkButton      *button,
              BdContactsPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "target"));
  GtkWidget *row = self->history_rows != NULL ? g_hash_table_lookup (self->history_rows, &id) : NULL;

  if (row != NULL)
    gtk_widget_grab_focus (row);
}

/* A button that moves the focus to the row of record @target: from an original to its
 * correction and back. */
static GtkWidget *
link_button (BdContactsPage *self,
             gint64          target,
             const char     *label)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "target", GSIZE_TO_POINTER (target));
  g_signal_connect (button, "clicked", G_CALLBACK (go_to_row_cb), self);
  return button;
}

static void correct_clicked_cb (GtkButton *button, BdContactsPage *self);
static void void_clicked_cb (GtkButton *button, BdContactsPage *self);

/* A flat icon button acting on @contact, named by @label for the pointer and for screen
 * readers: through the window's @action, or by @callback with the record kept on it. */
static GtkWidget *
record_button (BdContactsPage *self,
               BdContact      *contact,
               const char     *icon,
               const char     *label,
               const char     *action,
               GCallback       callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  if (action != NULL)
    {
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_int64 (bd_contact_get_id (contact)));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
    }
  else
    {
      g_object_set_data_full (G_OBJECT (button), "contact", g_object_ref (contact), g_object_unref);
      g_signal_connect (button, "clicked", callback, self);
    }
  return button;
}

/* A slip can be previewed, saved and printed; a record can be corrected or voided only by
 * whom the core allows: who wrote it, or a supervisor. */
static void
add_record_buttons (BdContactsPage *self,
                    AdwActionRow   *row,
                    BdContact      *contact,
                    const char     *when)
{
  g_autofree char *save = g_strdup_printf (_("Save the contact slip of %s as PDF"), when);
  g_autofree char *print = g_strdup_printf (_("Print the contact slip of %s"), when);
  g_autofree char *look = g_strdup_printf (_("Preview the contact slip of %s"), when);
  g_autofree char *correct = g_strdup_printf (_("Correct the record of %s"), when);
  g_autofree char *void_it = g_strdup_printf (_("Void the record of %s"), when);

  if (bd_contact_get_kind (contact) == BD_CONTACT_SLIP)
    {
      adw_action_row_add_suffix (row, record_button (self, contact, "document-print-preview-symbolic",
                                                     look, "win.preview-slip", NULL));
      adw_action_row_add_suffix (row, record_button (self, contact, "document-save-symbolic",
                                                     save, "win.save-slip-pdf", NULL));
      adw_action_row_add_suffix (row, record_button (self, contact, "printer-symbolic", print, NULL,
                                                     G_CALLBACK (print_clicked_cb)));
    }
  if (!bd_contacts_desk_may_amend (self->session, contact))
    return;
  adw_action_row_add_suffix (row, record_button (self, contact, "document-edit-symbolic", correct,
                                                 NULL, G_CALLBACK (correct_clicked_cb)));
  adw_action_row_add_suffix (row, record_button (self, contact, "action-unavailable-symbolic",
                                                 void_it, NULL, G_CALLBACK (void_clicked_cb)));
}

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  BdContactsPage *self = user_data;
  BdContact *contact = item;
  BdContactState state = bd_contact_get_state (contact);
  g_autofree char *when = local_time (self, bd_contact_get_at (contact));
  g_autofree char *title = g_strdup_printf ("%s · %s",
                                            bd_contact_kind_get_label (bd_contact_get_kind (contact)),
                                            when);
  g_autofree char *described = describe_contact (contact);
  g_autofree char *amended = describe_amendment (self, contact);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  gint64 *key = g_new (gint64, 1);

  *key = bd_contact_get_id (contact);
  g_hash_table_replace (self->history_rows, key, row);
  if (state == BD_CONTACT_STATE_CURRENT)
    {
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      subtitle = g_strdup (described);
    }
  else
    {
      /* The original stays readable, struck through, with what became of it on top. */
      g_autofree char *struck = g_markup_printf_escaped ("<s>%s</s>", title);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), struck);
      subtitle = g_markup_printf_escaped ("%s\n<s>%s</s>", amended, described);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 bd_status_label_new (state == BD_CONTACT_STATE_VOIDED ? _("Void") : _("Corrected"),
                                                      "caption-heading",
                                                      state == BD_CONTACT_STATE_VOIDED ? "error" : "warning"));
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (bd_contact_get_corrects_id (contact) != 0)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               link_button (self, bd_contact_get_corrects_id (contact), _("Original")));
  if (state == BD_CONTACT_STATE_CORRECTED)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               link_button (self, bd_contact_get_replacement_id (contact), _("Correction")));
  if (state != BD_CONTACT_STATE_CURRENT)
    return row;

  add_record_buttons (self, ADW_ACTION_ROW (row), contact, when);
  return row;
}

static void
show_history (BdContactsPage *self)
{
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;

  history = bd_store_list_contacts (bd_session_get_store (self->session),
                                    bd_customer_get_id (self->customer), &error);
  if (history == NULL)
    toast (self, error->message);
  g_hash_table_remove_all (self->history_rows);
  gtk_list_box_bind_model (self->history_list, history, create_history_row, self, NULL);
}

static BdPolicy *
traced_policy (BdContactsPage *self)
{
  guint index = adw_combo_row_get_selected (self->tracing_policy_row);

  if (self->policies == NULL || index >= g_list_model_get_n_items (self->policies))
    return NULL;
  return g_list_model_get_item (self->policies, index);
}

static void
show_tracing_state (BdContactsPage *self)
{
  g_autoptr(BdPolicy) policy = traced_policy (self);
  g_autofree char *state = NULL;
  guint failed = 0, n = 0;

  if (policy == NULL)
    return;
  bd_store_get_failed_tracing (bd_session_get_store (self->session), bd_policy_get_id (policy),
                               &failed, NULL);
  for (guint m = 0; m < BD_N_TRACING_METHODS; m++)
    n += (failed >> m) & 1;
  state = g_strdup_printf (_("%s · %u of 5 ways tried without reaching the customer"),
                           bd_service_class_get_label (bd_policy_get_service_class (policy)), n);
  adw_action_row_set_subtitle (self->tracing_state_row, state);
}

static void
tracing_policy_changed_cb (BdContactsPage *self)
{
  if (self->session != NULL)
    show_tracing_state (self);
}

static void
fill_policy_choices (BdContactsPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = self->policies != NULL ? g_list_model_get_n_items (self->policies) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdPolicy) policy = g_list_model_get_item (self->policies, i);
      g_autofree char *label = g_strdup_printf ("%s %s", bd_policy_get_number (policy),
                                                bd_policy_get_product_name (policy));
      gtk_string_list_append (labels, label);
    }
  adw_combo_row_set_model (self->tracing_policy_row, G_LIST_MODEL (labels));
  gtk_widget_set_visible (GTK_WIDGET (self->tracing_group), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->tracing_button), n > 0);
  show_tracing_state (self);
}

/* ── the form ──────────────────────────────────────────────────────────────────── */

static void
clear_marks (BdContactsPage *self)
{
  if (self->marked_field != NULL)
    {
      gtk_widget_remove_css_class (self->marked_field, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->marked_field), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->marked_field),
                                     GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
      self->marked_field = NULL;
    }
  if (self->field_note != NULL)
    {
      gtk_list_box_remove (GTK_LIST_BOX (gtk_widget_get_parent (self->field_note)), self->field_note);
      self->field_note = NULL;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->record_error), FALSE);
}

/* Marks @row red and says @message in a row right under it, where the eye already is;
 * a screen reader hears it as the field's error message. */
static void
mark_field (BdContactsPage *self,
            GtkWidget      *row,
            GtkWidget      *focus,
            const char     *message)
{
  GtkWidget *list = gtk_widget_get_parent (row);
  GtkWidget *note = adw_action_row_new ();

  clear_marks (self);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (note), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), message);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (note), FALSE);
  gtk_widget_set_focusable (note, FALSE);
  gtk_widget_add_css_class (note, "error");
  gtk_widget_add_css_class (note, "field-note");
  gtk_list_box_insert (GTK_LIST_BOX (list), note,
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);
  gtk_widget_add_css_class (row, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE,
                                  note, -1);
  self->marked_field = row;
  self->field_note = note;
  gtk_widget_grab_focus (focus != NULL ? focus : row);
}

/* Shows the core's refusal on the field it names, or above the button when it is about
 * the record as a whole or the database. */
static void
show_refusal (BdContactsPage *self,
              const GError   *error)
{
  GtkWidget *row = NULL, *focus = NULL;

  if (error->domain == BD_CONTACT_ERROR)
    switch ((BdContactField) error->code)
      {
      case BD_CONTACT_FIELD_OUTCOME: row = GTK_WIDGET (self->outcome_row); break;
      case BD_CONTACT_FIELD_NEXT_STEP: row = GTK_WIDGET (self->next_step_row); break;
      case BD_CONTACT_FIELD_PERSON: row = GTK_WIDGET (self->person_row); break;
      case BD_CONTACT_FIELD_VISIT_DATE:
        row = GTK_WIDGET (self->visit_date_row);
        focus = GTK_WIDGET (self->visit_date_button);
        break;
      case BD_CONTACT_FIELD_VISIT_TIME:
        row = GTK_WIDGET (self->visit_time_row);
        focus = GTK_WIDGET (self->visit_hour_spin);
        break;
      case BD_CONTACT_FIELD_SERVICE_OTHER: row = GTK_WIDGET (self->item_other_row); break;
      case BD_CONTACT_FIELD_REASON: row = GTK_WIDGET (self->reason_row); break;
      case BD_CONTACT_FIELD_RECORD:
      default:
        break;
      }
  if (row != NULL && gtk_widget_get_visible (row))
    {
      mark_field (self, row, focus, error->message);
      return;
    }
  clear_marks (self);
  gtk_label_set_label (self->record_error, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->record_error), TRUE);
}

static const char *
text_of (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  return text[0] != '\0' ? text : NULL;
}

static BdContactKind
chosen_kind (BdContactsPage *self)
{
  for (BdContactKind kind = BD_CONTACT_PHONE; kind <= BD_CONTACT_SLIP; kind++)
    if (gtk_toggle_button_get_active (self->kind_buttons[kind]))
      return kind;
  return BD_CONTACT_PHONE;
}

/* ── the next visit: a calendar for the day, hour and minute fields ───────────────── */

static gboolean
two_digits_cb (GtkSpinButton *spin,
               gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (!g_str_equal (text, gtk_editable_get_text (GTK_EDITABLE (spin))))
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
show_visit_day (BdContactsPage *self)
{
  gboolean planned = g_date_valid (&self->visit_day);
  char iso[BD_ISO_DATE_SIZE];
  const char *text = planned ? bd_date_format_iso (&self->visit_day, iso) : _("Not planned");

  gtk_label_set_text (self->visit_date_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->visit_date_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->visit_time_row), planned);
}

static void
set_visit_day (BdContactsPage *self,
               const GDate    *day)
{
  if (day != NULL && g_date_valid (day))
    self->visit_day = *day;
  else
    g_date_clear (&self->visit_day, 1);
  show_visit_day (self);
}

static void
calendar_day_selected_cb (BdContactsPage *self)
{
  g_autoptr(GDateTime) chosen = gtk_calendar_get_date (self->visit_calendar);
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (chosen), g_date_time_get_month (chosen),
                  g_date_time_get_year (chosen));
  set_visit_day (self, &day);
}

static void
visit_date_clicked_cb (BdContactsPage *self)
{
  g_autoptr(GTimeZone) zone = bd_store_get_time_zone (bd_session_get_store (self->session));
  g_autoptr(GDateTime) shown = NULL;

  /* The calendar opens on the day chosen, or on today in the branch; selecting it also
   * puts the keyboard's focus on it, so the arrow keys start from there. */
  if (g_date_valid (&self->visit_day))
    shown = g_date_time_new (zone, g_date_get_year (&self->visit_day), g_date_get_month (&self->visit_day),
                             g_date_get_day (&self->visit_day), 12, 0, 0);
  else
    shown = bd_clock_now (zone);
  g_signal_handlers_block_by_func (self->visit_calendar, calendar_day_selected_cb, self);
  gtk_calendar_select_day (self->visit_calendar, shown);
  g_signal_handlers_unblock_by_func (self->visit_calendar, calendar_day_selected_cb, self);
  gtk_popover_popup (self->visit_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->visit_calendar));
}

static void
no_visit_clicked_cb (BdContactsPage *self)
{
  set_visit_day (self, NULL);
  gtk_popover_popdown (self->visit_popover);
}

static void
build_visit_popover (BdContactsPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *none = gtk_button_new_with_mnemonic (_("_No Next Visit"));
  GtkWidget *done = gtk_button_new_with_mnemonic (_("_Done"));

  self->visit_calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->visit_calendar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Day of the next visit"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (none), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("No next visit"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"), -1);
  gtk_widget_add_css_class (done, "suggested-action");
  gtk_widget_set_hexpand (none, TRUE);
  gtk_widget_set_halign (none, GTK_ALIGN_START);
  g_signal_connect_swapped (self->visit_calendar, "day-selected", G_CALLBACK (calendar_day_selected_cb), self);
  g_signal_connect_swapped (none, "clicked", G_CALLBACK (no_visit_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->visit_calendar));
  gtk_box_append (GTK_BOX (buttons), none);
  gtk_box_append (GTK_BOX (buttons), done);
  gtk_box_append (GTK_BOX (box), buttons);

  self->visit_popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->visit_popover, box);
  gtk_widget_set_parent (GTK_WIDGET (self->visit_popover), GTK_WIDGET (self->visit_date_button));
  g_signal_connect_object (done, "clicked", G_CALLBACK (gtk_popover_popdown), self->visit_popover,
                           G_CONNECT_SWAPPED);
}

/* "2026-11-25T14:30", the branch's wall-clock time, or NULL when no visit is planned. */
static char *
chosen_visit (BdContactsPage *self)
{
  if (!g_date_valid (&self->visit_day))
    return NULL;
  return bd_contact_format_next_visit (&self->visit_day,
                                       gtk_spin_button_get_value_as_int (self->visit_hour_spin),
                                       gtk_spin_button_get_value_as_int (self->visit_minute_spin));
}

/* The form as a contact; the core judges it, and names its author, when it is saved. */
static BdContact *
read_form (BdContactsPage *self)
{
  g_autoptr(BdContact) contact = bd_contact_new ();
  BdServiceItem item = adw_combo_row_get_selected (self->item_row);
  g_autofree char *visit = chosen_visit (self);

  bd_contact_set_customer_id (contact, bd_customer_get_id (self->customer));
  bd_contact_set_kind (contact, chosen_kind (self));
  bd_contact_set_reached (contact, gtk_switch_get_active (self->reached_switch));
  bd_contact_set_person_reached (contact, text_of (self->person_row));
  bd_contact_set_outcome (contact, text_of (self->outcome_row));
  bd_contact_set_next_step (contact, text_of (self->next_step_row));
  bd_contact_set_next_visit (contact, visit);
  bd_contact_set_service_item (contact, item);
  bd_contact_set_service_other (contact, item == BD_SERVICE_ITEM_OTHER ? text_of (self->item_other_row) : NULL);
  return g_steal_pointer (&contact);
}

/* Correcting: the form holds the record being corrected, and asks why. */
static void
show_correcting (BdContactsPage *self)
{
  gboolean correcting = self->correcting != NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->correction_row), correcting);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_row), correcting);
  gtk_button_set_label (self->record_button, correcting ? _("Save the _Correction") : _("_Record the Contact"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->record_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  correcting ? _("Save the correction") : _("Record the contact"), -1);
  if (correcting)
    {
      g_autofree char *when = local_time (self, bd_contact_get_at (self->correcting));
      g_autofree char *title = g_strdup_printf (_("Correcting the record of %s"), when);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->correction_row), title);
      adw_action_row_set_subtitle (self->correction_row,
                                   _("The original is kept and shown as corrected"));
    }
}

static void
reset_form (BdContactsPage *self)
{
  AdwEntryRow *rows[] = { self->person_row, self->outcome_row, self->next_step_row,
                          self->item_other_row, self->reason_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_text (GTK_EDITABLE (rows[i]), "");
  gtk_switch_set_active (self->reached_switch, FALSE);
  gtk_toggle_button_set_active (self->kind_buttons[BD_CONTACT_PHONE], TRUE);
  adw_combo_row_set_selected (self->item_row, BD_SERVICE_ITEM_INVOICE);
  set_visit_day (self, NULL);
  gtk_spin_button_set_value (self->visit_hour_spin, 9);
  gtk_spin_button_set_value (self->visit_minute_spin, 0);
  g_clear_object (&self->correcting);
  show_correcting (self);
  clear_marks (self);
}

/* Puts @contact in the form to be corrected. */
static void
fill_form (BdContactsPage *self,
           BdContact      *contact)
{
  g_autoptr(GTimeZone) zone = bd_store_get_time_zone (bd_session_get_store (self->session));
  g_autoptr(GDateTime) visit = bd_contact_parse_next_visit (bd_contact_get_next_visit (contact), zone);
  const char *service_other = bd_contact_get_service_other (contact);

  reset_form (self);
  gtk_toggle_button_set_active (self->kind_buttons[bd_contact_get_kind (contact)], TRUE);
  gtk_switch_set_active (self->reached_switch, bd_contact_get_reached (contact));
#define SET_TEXT(row, text) gtk_editable_set_text (GTK_EDITABLE (row), (text) != NULL ? (text) : "")
  SET_TEXT (self->person_row, bd_contact_get_person_reached (contact));
  SET_TEXT (self->outcome_row, bd_contact_get_outcome (contact));
  SET_TEXT (self->next_step_row, bd_contact_get_next_step (contact));
  SET_TEXT (self->item_other_row, service_other);
#undef SET_TEXT
  adw_combo_row_set_selected (self->item_row, bd_contact_get_service_item (contact));
  if (visit != NULL)
    {
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, g_date_time_get_day_of_month (visit), g_date_time_get_month (visit),
                      g_date_time_get_year (visit));
      set_visit_day (self, &day);
      gtk_spin_button_set_value (self->visit_hour_spin, g_date_time_get_hour (visit));
      gtk_spin_button_set_value (self->visit_minute_spin, g_date_time_get_minute (visit));
    }
  self->correcting = g_object_ref (contact);
  show_correcting (self);
}

static void
stop_correcting_cb (BdContactsPage *self)
{
  reset_form (self);
}

static void
correct_clicked_cb (GtkButton      *button,
                    BdContactsPage *self)
{
  fill_form (self, g_object_get_data (G_OBJECT (button), "contact"));
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));
}

static gboolean
save_form (BdContactsPage  *self,
           BdContact       *contact,
           GError         **error)
{
  if (self->correcting != NULL)
    return bd_contacts_desk_correct (self->session, bd_contact_get_id (self->correcting), contact,
                                     gtk_editable_get_text (GTK_EDITABLE (self->reason_row)), error);
  return bd_contacts_desk_record (self->session, contact, error);
}

static void
record_clicked_cb (BdContactsPage *self)
{
  g_autoptr(BdContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  gboolean corrected = self->correcting != NULL;

  if (self->customer == NULL || (contact = read_form (self)) == NULL)
    return;
  if (!save_form (self, contact, &error))
    {
      show_refusal (self, error);
      return;
    }
  reset_form (self);
  show_history (self);
  toast (self, corrected ? _("Correction recorded; the original is kept") : _("Contact recorded"));
}

/* ── voiding ───────────────────────────────────────────────────────────────────── */

static void
void_reason_changed_cb (GtkEditable     *reason,
                        AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (reason)));

  adw_message_dialog_set_response_enabled (dialog, "void", text[0] != '\0');
}

static void
void_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  BdContactsPage   *self)
{
  BdContact *contact = g_object_get_data (G_OBJECT (dialog), "contact");
  GtkEditable *reason = g_object_get_data (G_OBJECT (dialog), "reason");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "void") || self->session == NULL)
    return;
  if (!bd_contacts_desk_void (self->session, bd_contact_get_id (contact),
                              gtk_editable_get_text (reason), &error))
    {
      toast (self, error->message);
      return;
    }
  if (self->correcting != NULL && bd_contact_get_id (self->correcting) == bd_contact_get_id (contact))
    reset_form (self);
  show_history (self);
  toast (self, _("Record voided; it stays in the history"));
}

static void
void_clicked_cb (GtkButton      *button,
                 BdContactsPage *self)
{
  BdContact *contact = g_object_get_data (G_OBJECT (button), "contact");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *when = local_time (self, bd_contact_get_at (contact));
  g_autofree char *body = g_strdup_printf (_("The record of %s stays in the history, marked void, "
                                             "with your name and the reason."), when);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("Void This Contact Record?"), body);
  GtkWidget *reason = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (reason), _("Why it is voided"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (reason), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason for voiding"), -1);
  gtk_entry_set_activates_default (GTK_ENTRY (reason), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), reason);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "void", _("_Void"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "void",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "void", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "void");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "contact", g_object_ref (contact), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "reason", reason);
  g_signal_connect (reason, "changed", G_CALLBACK (void_reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (void_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (reason);
}

static void
tracing_clicked_cb (BdContactsPage *self)
{
  g_autoptr(BdPolicy) policy = traced_policy (self);
  g_autoptr(GError) error = NULL;
  BdServiceClass after = BD_SERVICE_NORMAL;
  const char *outcome = text_of (self->tracing_outcome_row);

  if (policy == NULL)
    return;
  if (!bd_contacts_desk_record_tracing (self->session, bd_policy_get_id (policy),
                                        adw_combo_row_get_selected (self->tracing_method_row) + 1,
                                        gtk_switch_get_active (self->tracing_reached_switch),
                                        outcome, &after, &error))
    {
      toast (self, error->message);
      return;
    }
  bd_policy_set_service_class (policy, after);
  gtk_editable_set_text (GTK_EDITABLE (self->tracing_outcome_row), "");
  gtk_switch_set_active (self->tracing_reached_switch, FALSE);
  show_tracing_state (self);
  toast (self, after == BD_SERVICE_DIFFICULT ? _("All five ways failed: the policy is now a difficult case")
                                             : _("Tracing attempt recorded"));
}

/* ── the tab: what the customer page asks of it ───────────────────────────────── */

static gboolean
contacts_page_open (BdCustomerTab  *tab,
                    BdCustomer     *customer,
                    GListModel     *policies,
                    GError        **error)
{
  BdContactsPage *self = BD_CONTACTS_PAGE (tab);

  g_set_object (&self->customer, customer);
  g_set_object (&self->policies, policies);
  reset_form (self);
  show_history (self);
  fill_policy_choices (self);
  return TRUE;
}

static void
contacts_page_clear (BdCustomerTab *tab)
{
  BdContactsPage *self = BD_CONTACTS_PAGE (tab);

  g_clear_object (&self->customer);
  g_clear_object (&self->policies);
  reset_form (self);
  gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);
  adw_combo_row_set_model (self->tracing_policy_row, NULL);
  adw_action_row_set_subtitle (self->tracing_state_row, "");
}

/* Ctrl+P on Contacts & Slips prints the newest contact slip of the history. */
static gboolean
contacts_page_print (BdCustomerTab  *tab,
                     GError        **error)
{
  BdContactsPage *self = BD_CONTACTS_PAGE (tab);
  g_autoptr(GListModel) history = NULL;

  if (self->customer != NULL)
    history = bd_store_list_contacts (bd_session_get_store (self->session),
                                      bd_customer_get_id (self->customer), NULL);
  for (guint i = 0; history != NULL && i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(BdContact) contact = g_list_model_get_item (history, i);
      if (bd_contact_get_kind (contact) == BD_CONTACT_SLIP)
        {
          print_slip (self, contact);
          return TRUE;
        }
    }
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("There is no contact slip to print"));
  return FALSE;
}

static void
contacts_page_set_session (BdCustomerTab *tab,
                           BdSession     *session)
{
  BdContactsPage *self = BD_CONTACTS_PAGE (tab);

  g_set_object (&self->session, session);
}

static GVariant *
contacts_page_dup_draft (BdCustomerTab *tab)
{
  BdContactsPage *self = BD_CONTACTS_PAGE (tab);
  char iso[BD_ISO_DATE_SIZE] = "";
  GVariant *form;

  if (self->customer == NULL)
    return NULL;
  form = bd_form_draft_capture (GTK_WIDGET (self));
  /* The day chosen is the page's, not the calendar's: the calendar always has a day. */
  if (g_date_valid (&self->visit_day))
    bd_date_format_iso (&self->visit_day, iso);
  if (form == NULL && iso[0] == '\0')
    return NULL;
  if (form == NULL)
    form = g_variant_new ("a{sv}", NULL);
  return g_variant_new ("(vs)", form, iso);
}

static void
contacts_page_restore_draft (BdCustomerTab *tab,
                             GVariant      *draft)
{
  BdContactsPage *self = BD_CONTACTS_PAGE (tab);
  g_autoptr(GVariant) form = NULL;
  const char *iso = NULL;
  GDate day;

  if (!g_variant_is_of_type (draft, G_VARIANT_TYPE ("(vs)")))
    return;
  g_variant_get (draft, "(v&s)", &form, &iso);
  g_signal_handlers_block_by_func (self->visit_calendar, calendar_day_selected_cb, self);
  bd_form_draft_restore (GTK_WIDGET (self), form);
  g_signal_handlers_unblock_by_func (self->visit_calendar, calendar_day_selected_cb, self);
  set_visit_day (self, bd_date_parse_iso (iso, &day) ? &day : NULL);
}

static void
bd_contacts_page_customer_tab_init (BdCustomerTabInterface *iface)
{
  iface->set_session = contacts_page_set_session;
  iface->open = contacts_page_open;
  iface->clear = contacts_page_clear;
  iface->print = contacts_page_print;
  iface->dup_draft = contacts_page_dup_draft;
  iface->restore_draft = contacts_page_restore_draft;
}

static void
bd_contacts_page_dispose (GObject *object)
{
  BdContactsPage *self = (BdContactsPage *)object;

  g_clear_object (&self->customer);
  g_clear_object (&self->policies);
  g_clear_object (&self->session);
  g_clear_object (&self->correcting);
  g_clear_pointer (&self->history_rows, g_hash_table_unref);
  if (self->visit_popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->visit_popover));
      self->visit_popover = NULL;
    }

  G_OBJECT_CLASS (bd_contacts_page_parent_class)->dispose (object);
}

static void
bd_contacts_page_class_init (BdContactsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* No template disposal: AdwBin unparents its child, the template's whole tree. */
  object_class->dispose = bd_contacts_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/bd-contacts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, kind_box);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, reached_switch);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, person_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, next_step_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, visit_date_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, visit_date_button);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, visit_time_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, visit_hour_spin);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, visit_minute_spin);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, correction_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, reason_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, record_button);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, item_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, item_other_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, record_error);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, tracing_group);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, tracing_policy_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, tracing_method_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, tracing_reached_switch);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, tracing_outcome_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, tracing_state_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, tracing_button);
  gtk_widget_class_bind_template_callback (widget_class, record_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, visit_date_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, two_digits_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_correcting_cb);
  gtk_widget_class_bind_template_callback (widget_class, tracing_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, tracing_policy_changed_cb);
}

static void
bd_contacts_page_init (BdContactsPage *self)
{
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) methods = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* A label of the page's own keeps the button's name "Next visit date"; the day chosen
   * is its description. */
  self->visit_date_label = GTK_LABEL (gtk_label_new (_("Not planned")));
  gtk_button_set_child (self->visit_date_button, GTK_WIDGET (self->visit_date_label));
  bd_accessible_keep_label (GTK_WIDGET (self->visit_date_button));
  /* Before the lists have their models: the choices are named (see bd-accessible.c). */
  bd_accessible_name_combo_items (self->item_row);
  bd_accessible_name_combo_items (self->tracing_policy_row);
  bd_accessible_name_combo_items (self->tracing_method_row);
  gtk_list_box_set_placeholder (self->history_list, new_history_placeholder ());
  self->history_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_date_clear (&self->visit_day, 1);
  build_visit_popover (self);

  /* The kinds are buttons side by side: one click at the counter, and each one a
   * control of its own for screen readers. The other choices are in the order of their
   * enumerations: the index is the value. */
  for (BdContactKind kind = BD_CONTACT_PHONE; kind <= BD_CONTACT_SLIP; kind++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (bd_contact_kind_get_label (kind));

      if (kind > BD_CONTACT_PHONE)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->kind_buttons[BD_CONTACT_PHONE]);
      gtk_box_append (self->kind_box, button);
      self->kind_buttons[kind] = GTK_TOGGLE_BUTTON (button);
    }
  gtk_toggle_button_set_active (self->kind_buttons[BD_CONTACT_PHONE], TRUE);
  for (BdServiceItem item = BD_SERVICE_ITEM_INVOICE; item <= BD_SERVICE_ITEM_OTHER; item++)
    gtk_string_list_append (items, bd_service_item_get_label (item));
  for (BdTracingMethod method = BD_TRACING_PHONE; method <= BD_TRACING_BOARD; method++)
    gtk_string_list_append (methods, bd_tracing_method_get_label (method));
  adw_combo_row_set_model (self->item_row, G_LIST_MODEL (items));
  adw_combo_row_set_model (self->tracing_method_row, G_LIST_MODEL (methods));

  /* Each control is named once, by its label in the .ui (see bd-accessible.c). */
  bd_accessible_keep_label (GTK_WIDGET (self->person_row));
  bd_accessible_keep_label (GTK_WIDGET (self->outcome_row));
  bd_accessible_keep_label (GTK_WIDGET (self->next_step_row));
  bd_accessible_keep_label (GTK_WIDGET (self->item_other_row));
  bd_accessible_keep_label (GTK_WIDGET (self->reached_switch));
  bd_accessible_keep_label (GTK_WIDGET (self->tracing_reached_switch));
  bd_accessible_keep_label (GTK_WIDGET (self->record_button));
  bd_accessible_keep_label (GTK_WIDGET (self->tracing_button));
}
