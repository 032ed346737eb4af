/* bd-contacts-page.c — the customer's contacts: history, a new record, tracing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contact history of the service card (000): every call, letter and visit, and the
 * contact slips left when nobody was home. A form records a new contact; a second one
 * records tracing attempts for a policy whose customer cannot be reached. A field that is
 * wrong is marked and said in words; nothing typed is lost. A slip in the history can be
 * printed: the page asks its owner through "print-slip-requested".
 */
#define G_LOG_DOMAIN "bd-contacts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-contacts-page.h"

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
  AdwEntryRow   *visit_date_row;
  AdwEntryRow   *visit_time_row;
  AdwComboRow   *item_row;
  AdwEntryRow   *item_other_row;
  GtkLabel      *record_error;
  AdwPreferencesGroup *tracing_group;
  AdwComboRow   *tracing_policy_row;
  AdwComboRow   *tracing_method_row;
  GtkSwitch     *tracing_reached_switch;
  AdwEntryRow   *tracing_outcome_row;
  AdwActionRow  *tracing_state_row;
  GtkButton     *tracing_button;
};

enum {
  SIGNAL_PRINT_SLIP_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BdContactsPage, bd_contacts_page, ADW_TYPE_BIN)

char *
bd_contacts_page_parse_visit (const char *date,
                              const char *time)
{
  guint hour, minute;
  char tail;
  GDate day;

  if ((date == NULL || date[0] == '\0') && (time == NULL || time[0] == '\0'))
    return g_strdup ("");
  if (!bd_date_parse_iso (date, &day) || time == NULL ||
      sscanf (time, "%2u:%2u%c", &hour, &minute, &tail) != 2 || hour > 23 || minute > 59)
    return NULL;
  return g_strdup_printf ("%sT%02u:%02u", date, hour, minute);
}

static void
toast (BdContactsPage *self,
       const char     *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

/* "2026-11-21 11:00" in local time, from a stored UTC timestamp. */
static char *
local_time (const char *utc)
{
  g_autoptr(GDateTime) time = utc != NULL ? g_date_time_new_from_iso8601 (utc, NULL) : NULL;
  g_autoptr(GDateTime) local = time != NULL ? g_date_time_to_local (time) : NULL;

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup (utc);
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

static void
print_clicked_cb (GtkButton      *button,
                  BdContactsPage *self)
{
  BdContact *contact = g_object_get_data (G_OBJECT (button), "contact");

  g_signal_emit (self, signals[SIGNAL_PRINT_SLIP_REQUESTED], 0, contact);
}

static GtkWidget *
slip_button (BdContactsPage *self,
             BdContact      *contact,
             const char     *icon,
             const char     *label,
             const char     *action)
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
      g_signal_connect (button, "clicked", G_CALLBACK (print_clicked_cb), self);
    }
  return button;
}

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  BdContactsPage *self = user_data;
  BdContact *contact = item;
  g_autofree char *when = local_time (bd_contact_get_at (contact));
  g_autofree char *title = g_strdup_printf ("%s · %s",
                                            bd_contact_kind_get_label (bd_contact_get_kind (contact)),
                                            when);
  g_autofree char *subtitle = describe_contact (contact);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (bd_contact_get_kind (contact) == BD_CONTACT_SLIP)
    {
      g_autofree char *save = g_strdup_printf (_("Save the contact slip of %s as PDF"), when);
      g_autofree char *print = g_strdup_printf (_("Print the contact slip of %s"), when);
      g_autofree char *look = g_strdup_printf (_("Preview the contact slip of %s"), when);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 slip_button (self, contact, "document-print-preview-symbolic", look,
                                              "win.preview-slip"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 slip_button (self, contact, "document-save-symbolic", save,
                                              "win.save-slip-pdf"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 slip_button (self, contact, "printer-symbolic", print, NULL));
    }
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

static void
mark_field (BdContactsPage *self,
            AdwEntryRow    *row,
            const char     *message)
{
  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  gtk_label_set_label (self->record_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->record_error), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
clear_marks (BdContactsPage *self)
{
  AdwEntryRow *rows[] = { self->visit_date_row, self->visit_time_row, self->item_other_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->record_error), FALSE);
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

/* The form as a contact, or NULL after marking the field that is wrong. */
static BdContact *
read_form (BdContactsPage *self)
{
  g_autoptr(BdContact) contact = bd_contact_new ();
  BdContactKind kind = chosen_kind (self);
  BdServiceItem item = adw_combo_row_get_selected (self->item_row);
  g_autofree char *visit = bd_contacts_page_parse_visit (gtk_editable_get_text (GTK_EDITABLE (self->visit_date_row)),
                                                         gtk_editable_get_text (GTK_EDITABLE (self->visit_time_row)));

  clear_marks (self);
  if (visit == NULL)
    {
      mark_field (self, self->visit_date_row,
                  _("The next visit needs a date like 2026-11-25 and a time like 14:30"));
      return NULL;
    }
  if (kind == BD_CONTACT_SLIP && visit[0] == '\0')
    {
      mark_field (self, self->visit_date_row,
                  _("A contact slip tells the customer when the next visit is: enter its date and time"));
      return NULL;
    }
  if (item == BD_SERVICE_ITEM_OTHER && text_of (self->item_other_row) == NULL)
    {
      mark_field (self, self->item_other_row, _("Say what the other service item is"));
      return NULL;
    }

  bd_contact_set_customer_id (contact, bd_customer_get_id (self->customer));
  bd_contact_set_kind (contact, kind);
  bd_contact_set_staff_id (contact, bd_session_get_staff_id (self->session));
  bd_contact_set_reached (contact, gtk_switch_get_active (self->reached_switch));
  bd_contact_set_person_reached (contact, text_of (self->person_row));
  bd_contact_set_outcome (contact, text_of (self->outcome_row));
  bd_contact_set_next_step (contact, text_of (self->next_step_row));
  bd_contact_set_next_visit (contact, visit[0] != '\0' ? visit : NULL);
  bd_contact_set_service_item (contact, item);
  bd_contact_set_service_other (contact, item == BD_SERVICE_ITEM_OTHER ? text_of (self->item_other_row) : NULL);
  return g_steal_pointer (&contact);
}

static void
reset_form (BdContactsPage *self)
{
  AdwEntryRow *rows[] = { self->person_row, self->outcome_row, self->next_step_row,
                          self->visit_date_row, self->visit_time_row, self->item_other_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_text (GTK_EDITABLE (rows[i]), "");
  gtk_switch_set_active (self->reached_switch, FALSE);
  gtk_toggle_button_set_active (self->kind_buttons[BD_CONTACT_PHONE], TRUE);
  clear_marks (self);
}

static void
record_clicked_cb (BdContactsPage *self)
{
  g_autoptr(BdContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  if (self->customer == NULL || (contact = read_form (self)) == NULL)
    return;
  if (!bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error) ||
      !bd_store_add_contact (bd_session_get_store (self->session), contact, &error))
    {
      gtk_label_set_label (self->record_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->record_error), TRUE);
      return;
    }
  reset_form (self);
  show_history (self);
  toast (self, _("Contact recorded"));
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
  if (!bd_session_check (self->session, BD_ACTION_VIEW_CUSTOMERS, &error) ||
      !bd_store_record_tracing (bd_session_get_store (self->session), bd_policy_get_id (policy),
                                adw_combo_row_get_selected (self->tracing_method_row) + 1,
                                gtk_switch_get_active (self->tracing_reached_switch), outcome,
                                bd_session_get_staff_id (self->session), &after, &error))
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

void
bd_contacts_page_show (BdContactsPage *self,
                       BdCustomer     *customer,
                       GListModel     *policies)
{
  g_return_if_fail (BD_IS_CONTACTS_PAGE (self));
  g_return_if_fail (BD_IS_CUSTOMER (customer));

  g_set_object (&self->customer, customer);
  g_set_object (&self->policies, policies);
  reset_form (self);
  show_history (self);
  fill_policy_choices (self);
}

void
bd_contacts_page_clear (BdContactsPage *self)
{
  g_return_if_fail (BD_IS_CONTACTS_PAGE (self));

  g_clear_object (&self->customer);
  g_clear_object (&self->policies);
  reset_form (self);
  gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);
  adw_combo_row_set_model (self->tracing_policy_row, NULL);
  adw_action_row_set_subtitle (self->tracing_state_row, "");
}

void
bd_contacts_page_print_newest_slip (BdContactsPage *self)
{
  g_autoptr(GListModel) history = NULL;

  g_return_if_fail (BD_IS_CONTACTS_PAGE (self));

  if (self->customer == NULL)
    return;
  history = bd_store_list_contacts (bd_session_get_store (self->session),
                                    bd_customer_get_id (self->customer), NULL);
  for (guint i = 0; history != NULL && i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(BdContact) contact = g_list_model_get_item (history, i);
      if (bd_contact_get_kind (contact) == BD_CONTACT_SLIP)
        {
          g_signal_emit (self, signals[SIGNAL_PRINT_SLIP_REQUESTED], 0, contact);
          return;
        }
    }
  toast (self, _("There is no contact slip to print"));
}

void
bd_contacts_page_set_session (BdContactsPage *self,
                              BdSession      *session)
{
  g_return_if_fail (BD_IS_CONTACTS_PAGE (self));
  g_set_object (&self->session, session);
}

static void
bd_contacts_page_dispose (GObject *object)
{
  BdContactsPage *self = (BdContactsPage *)object;

  g_clear_object (&self->customer);
  g_clear_object (&self->policies);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (bd_contacts_page_parent_class)->dispose (object);
}

static void
bd_contacts_page_class_init (BdContactsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* No template disposal: AdwBin unparents its child, the template's whole tree. */
  object_class->dispose = bd_contacts_page_dispose;

  signals[SIGNAL_PRINT_SLIP_REQUESTED] =
    g_signal_new ("print-slip-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, BD_TYPE_CONTACT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/bd-contacts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, kind_box);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, reached_switch);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, person_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, next_step_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, visit_date_row);
  gtk_widget_class_bind_template_child (widget_class, BdContactsPage, visit_time_row);
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
  gtk_widget_class_bind_template_callback (widget_class, tracing_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, tracing_policy_changed_cb);
}

static void
bd_contacts_page_init (BdContactsPage *self)
{
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) methods = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

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
}
