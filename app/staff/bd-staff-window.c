/* bd-staff-window.c — the administrator's staff accounts: list, add, edit, disable, reset,
 * unlock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change is a call of bd-staff-desk.h, which decides: who may (administrators), the
 * rules of passwords, the reason a change needs, the last administrator. The window shows
 * the refusal on the field it names and keeps what was typed.
 */
#define G_LOG_DOMAIN "bd-staff-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-clock.h"
#include "bd-form-fields.h"
#include "bd-password-rules.h"
#include "bd-staff-desk.h"
#include "bd-staff-window.h"

struct _BdStaffWindow
{
  AdwWindow        parent_instance;

  BdSession       *session;
  BdStaff         *editing;       /* the account the form shows, or NULL when adding */
  BdFieldMark      mark;

  AdwToastOverlay *toasts;
  GtkStack        *stack;
  GtkWidget       *accounts;      /* the list of accounts */
  GtkWidget       *add_button;
  GtkWidget       *back_button;
  AdwWindowTitle  *title;

  GtkWidget       *login_row;
  GtkWidget       *name_row;
  GtkWidget       *phone_row;
  GtkWidget       *role_row;
  GtkWidget       *password_group;
  GtkWidget       *password_row;
  GtkWidget       *rule_row;
  GtkWidget       *repeated_row;
  GtkWidget       *reason_group;
  GtkWidget       *reason_row;
  GtkWidget       *save_button;
  GtkWidget       *active_button;
  GtkWidget       *reset_button;
  GtkWidget       *unlock_button;
};

G_DEFINE_FINAL_TYPE (BdStaffWindow, bd_staff_window, ADW_TYPE_WINDOW)

static const char *
text_of (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* "Active", "Disabled", "Locked until …", and whether the password is still to change. */
static char *
describe_state (BdStaffWindow *self,
                BdStaff       *staff)
{
  gint64 locked_until = bd_staff_get_locked_until (staff);
  g_autofree char *state = NULL;

  if (!bd_staff_get_active (staff))
    state = g_strdup (_("Disabled"));
  else if (locked_until > bd_clock_get_unix ())
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (locked_until);
      g_autofree char *iso = g_date_time_format_iso8601 (utc);
      g_autofree char *shown = bd_store_format_time (bd_session_get_store (self->session), iso);

      state = g_strdup_printf (_("Locked until %s"), shown);
    }
  else
    state = g_strdup (_("Active"));
  if (bd_staff_get_password_change_owed (staff))
    return g_strdup_printf (_("%s · password to be changed"), state);
  return g_steal_pointer (&state);
}

static void open_form (BdStaffWindow *self,
                       BdStaff       *staff);

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  BdStaffWindow *self)
{
  open_form (self, g_object_get_data (G_OBJECT (row), "staff"));
}

static GtkWidget *
account_row_new (BdStaffWindow *self,
                 BdStaff       *staff)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *state = describe_state (self, staff);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s · %s", bd_staff_get_login (staff),
                                               bd_role_get_label (bd_staff_get_role (staff)),
                                               state);
  g_autofree char *name = g_strdup_printf ("%s, %s", bd_staff_get_name (staff), subtitle);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bd_staff_get_name (staff));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  bd_accessible_set_label (row, name);
  g_object_set_data_full (G_OBJECT (row), "staff", g_object_ref (staff), g_object_unref);
  return row;
}

/* The accounts as the core lists them, read again after every change. */
static void
refresh (BdStaffWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) staff = bd_staff_desk_list (self->session, &error);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->accounts)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->accounts), child);
  if (staff == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(BdStaff) member = g_list_model_get_item (staff, i);

      gtk_list_box_append (GTK_LIST_BOX (self->accounts), account_row_new (self, member));
    }
}

static void
show_list (BdStaffWindow *self)
{
  bd_field_mark_clear (&self->mark);
  g_clear_object (&self->editing);
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_set_visible (self->add_button, TRUE);
  gtk_widget_set_visible (self->back_button, FALSE);
  adw_window_title_set_subtitle (self->title, NULL);
  /* The keyboard back on the list, not left in the hidden form, where it would keep
   * Escape from closing the window. */
  gtk_widget_child_focus (self->accounts, GTK_DIR_TAB_FORWARD);
}

static void
set_text (GtkWidget  *row,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* The form for @staff, or for a new account when @staff is NULL. */
static void
open_form (BdStaffWindow *self,
           BdStaff       *staff)
{
  gboolean adding = staff == NULL;

  bd_field_mark_clear (&self->mark);
  g_set_object (&self->editing, staff);
  set_text (self->login_row, adding ? NULL : bd_staff_get_login (staff));
  set_text (self->name_row, adding ? NULL : bd_staff_get_name (staff));
  set_text (self->phone_row, adding ? NULL : bd_staff_get_phone (staff));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->role_row),
                              adding ? BD_ROLE_COUNTER : bd_staff_get_role (staff));
  set_text (self->password_row, NULL);
  set_text (self->repeated_row, NULL);
  set_text (self->reason_row, NULL);
  gtk_editable_set_editable (GTK_EDITABLE (self->login_row), adding);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->password_group),
                                   adding ? _("First password") : _("Reset the password"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->password_group),
                                         _("Its owner must change it at the first sign-in."));
  gtk_widget_set_visible (self->reason_group, !adding);
  gtk_button_set_label (GTK_BUTTON (self->save_button), adding ? _("_Add Account")
                                                               : _("_Save Changes"));
  bd_accessible_set_label (self->save_button, adding ? _("Add account") : _("Save changes"));
  gtk_widget_set_visible (self->active_button, !adding);
  gtk_widget_set_visible (self->reset_button, !adding);
  gtk_widget_set_visible (self->unlock_button, !adding && bd_staff_get_locked_until (staff) != 0);
  if (!adding)
    {
      gboolean active = bd_staff_get_active (staff);

      gtk_button_set_label (GTK_BUTTON (self->active_button),
                            active ? _("_Disable Account") : _("_Enable Account"));
      bd_accessible_set_label (self->active_button,
                               active ? _("Disable account") : _("Enable account"));
    }
  adw_window_title_set_subtitle (self->title, adding ? _("New Account")
                                                     : bd_staff_get_name (staff));
  gtk_stack_set_visible_child_name (self->stack, "form");
  gtk_widget_set_visible (self->add_button, FALSE);
  gtk_widget_set_visible (self->back_button, TRUE);
  gtk_widget_grab_focus (adding ? self->login_row : self->name_row);
}

static GtkWidget *
row_of_field (BdStaffWindow *self,
              BdStaffField   field)
{
  switch (field)
    {
    case BD_STAFF_FIELD_LOGIN: return self->login_row;
    case BD_STAFF_FIELD_NAME: return self->name_row;
    case BD_STAFF_FIELD_PHONE: return self->phone_row;
    case BD_STAFF_FIELD_ROLE: return self->role_row;
    case BD_STAFF_FIELD_PASSWORD: return self->password_row;
    case BD_STAFF_FIELD_REPEATED: return self->repeated_row;
    case BD_STAFF_FIELD_REASON: return self->reason_row;
    case BD_STAFF_FIELD_NONE:
    default: return NULL;
    }
}

/* The core's answer: done, the list again with @done_message; refused, its message on its
 * field, everything typed kept. */
static void
answer (BdStaffWindow *self,
        gboolean       ok,
        const GError  *error,
        const char    *done_message)
{
  GtkWidget *row;

  if (ok)
    {
      refresh (self);
      show_list (self);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (done_message));
      return;
    }
  row = row_of_field (self, bd_staff_desk_error_field (error));
  if (row == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  bd_field_mark_set (&self->mark, row, error->message);
  gtk_widget_grab_focus (row);
}

/* The account as the form has it. */
static BdStaff *
account_from_form (BdStaffWindow *self)
{
  BdStaff *staff = bd_staff_new ();

  if (self->editing != NULL)
    bd_staff_set_id (staff, bd_staff_get_id (self->editing));
  bd_staff_set_login (staff, text_of (self->login_row));
  bd_staff_set_name (staff, text_of (self->name_row));
  bd_staff_set_phone (staff, text_of (self->phone_row));
  bd_staff_set_role (staff, adw_combo_row_get_selected (ADW_COMBO_ROW (self->role_row)));
  return staff;
}

static void
save_cb (BdStaffWindow *self)
{
  g_autoptr(BdStaff) staff = account_from_form (self);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  bd_field_mark_clear (&self->mark);
  if (self->editing == NULL)
    {
      ok = bd_staff_desk_add (self->session, staff, text_of (self->password_row),
                              text_of (self->repeated_row), &error);
      answer (self, ok, error, _("Account added: its owner changes the password at the first "
                                 "sign-in"));
      return;
    }
  ok = bd_staff_desk_edit (self->session, staff, text_of (self->reason_row), &error);
  answer (self, ok, error, _("Account saved"));
}

static void
active_cb (BdStaffWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean enable = !bd_staff_get_active (self->editing);
  gboolean ok;

  bd_field_mark_clear (&self->mark);
  ok = bd_staff_desk_set_active (self->session, bd_staff_get_id (self->editing), enable,
                                 text_of (self->reason_row), &error);
  answer (self, ok, error, enable ? _("Account enabled") : _("Account disabled"));
}

static void
reset_cb (BdStaffWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  bd_field_mark_clear (&self->mark);
  ok = bd_staff_desk_reset_password (self->session, bd_staff_get_id (self->editing),
                                     text_of (self->password_row), text_of (self->repeated_row),
                                     text_of (self->reason_row), &error);
  answer (self, ok, error, _("Password reset: its owner changes it at the next sign-in"));
}

static void
unlock_cb (BdStaffWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  bd_field_mark_clear (&self->mark);
  ok = bd_staff_desk_unlock (self->session, bd_staff_get_id (self->editing),
                             text_of (self->reason_row), &error);
  answer (self, ok, error, _("Account unlocked"));
}

/* The rules under the password as it is typed, by the core's own check. */
static void
password_changed_cb (BdStaffWindow *self)
{
  g_autoptr(GError) error = NULL;
  const char *typed = text_of (self->password_row);

  if (typed[0] == '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->rule_row), "");
  else if (bd_password_rules_check (text_of (self->login_row), typed, &error))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->rule_row),
                                 _("The password meets the rules"));
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->rule_row), error->message);
}

static GtkWidget *
add_group (GtkWidget  *box,
           const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (box), group);
  return group;
}

static GtkWidget *
add_entry (GtkWidget  *group,
           GtkWidget  *row,
           const char *title)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  bd_accessible_set_label (row, title);
  bd_accessible_keep_label (row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
add_button (GtkWidget  *box,
            const char *label,
            const char *name,
            const char *style,
            GCallback   callback,
            gpointer    self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, style);
  gtk_widget_add_css_class (button, "pill");
  bd_accessible_set_label (button, name);
  bd_accessible_keep_label (button);
  g_signal_connect_swapped (button, "clicked", callback, self);
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

static GtkWidget *
role_row_new (void)
{
  GtkStringList *roles = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  /* In the order of BdRole: the selected position is the role. */
  for (BdRole role = BD_ROLE_COUNTER; role <= BD_ROLE_ADMINISTRATOR; role++)
    gtk_string_list_append (roles, bd_role_get_label (role));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (roles));
  g_object_unref (roles);
  bd_accessible_name_combo_items (ADW_COMBO_ROW (row));
  return row;
}

static GtkWidget *
build_form (BdStaffWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *group = add_group (box, _("Account details"));

  self->login_row = add_entry (group, adw_entry_row_new (), _("Staff name to sign in with"));
  self->name_row = add_entry (group, adw_entry_row_new (), _("Full name"));
  self->phone_row = add_entry (group, adw_entry_row_new (), _("Phone number"));
  self->role_row = add_entry (group, role_row_new (), _("Role"));

  self->password_group = add_group (box, _("First password"));
  self->password_row = add_entry (self->password_group, adw_password_entry_row_new (),
                                  _("Password"));
  self->rule_row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->rule_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rule_row), bd_password_rules_describe ());
  gtk_widget_set_focusable (self->rule_row, FALSE);
  gtk_widget_add_css_class (self->rule_row, "field-note");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->password_group), self->rule_row);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->password_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->rule_row, NULL, -1);
  self->repeated_row = add_entry (self->password_group, adw_password_entry_row_new (),
                                  _("Password again"));
  bd_accessible_name_password_peek (self->password_row);
  bd_accessible_name_password_peek (self->repeated_row);
  g_signal_connect_swapped (self->password_row, "changed", G_CALLBACK (password_changed_cb), self);

  self->reason_group = add_group (box, _("Reason"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->reason_group),
                                         _("Needed to change a role, disable, enable, reset "
                                           "or unlock: the audit log keeps it."));
  self->reason_row = add_entry (self->reason_group, adw_entry_row_new (), _("Reason"));

  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), buttons);
  self->save_button = add_button (buttons, _("_Add Account"), _("Add account"),
                                  "suggested-action", G_CALLBACK (save_cb), self);
  self->reset_button = add_button (buttons, _("_Reset Password"), _("Reset password"),
                                   "flat", G_CALLBACK (reset_cb), self);
  self->unlock_button = add_button (buttons, _("_Unlock"), _("Unlock account"),
                                    "flat", G_CALLBACK (unlock_cb), self);
  self->active_button = add_button (buttons, _("_Disable Account"), _("Disable account"),
                                    "destructive-action", G_CALLBACK (active_cb), self);
  gtk_box_set_homogeneous (GTK_BOX (buttons), FALSE);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (buttons), GTK_ORIENTATION_HORIZONTAL);
  gtk_widget_set_margin_bottom (box, 24);
  return box;
}

/* A page of the stack: @child clamped in a scrolled window. */
static GtkWidget *
scrolled_page (GtkWidget *child)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_widget_set_margin_top (child, 24);
  gtk_widget_set_margin_start (child, 12);
  gtk_widget_set_margin_end (child, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), child);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}

static void
add_clicked_cb (BdStaffWindow *self)
{
  open_form (self, NULL);
}

static GtkWidget *
build_header (BdStaffWindow *self)
{
  GtkWidget *header = adw_header_bar_new ();

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Staff Accounts"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  self->add_button = gtk_button_new_with_mnemonic (_("_Add Account…"));
  bd_accessible_set_label (self->add_button, _("Add account"));
  bd_accessible_keep_label (self->add_button);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self);
  self->back_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  bd_accessible_set_label (self->back_button, _("Back to the accounts"));
  gtk_widget_set_tooltip_text (self->back_button, _("Back to the accounts"));
  g_signal_connect_swapped (self->back_button, "clicked", G_CALLBACK (show_list), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->back_button);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->add_button);
  return header;
}

static void
build (BdStaffWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *list_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->accounts = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->accounts), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->accounts, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->accounts),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Staff accounts"), -1);
  g_signal_connect (self->accounts, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_box_append (GTK_BOX (list_box), self->accounts);
  gtk_widget_set_margin_bottom (list_box, 24);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scrolled_page (list_box), "list");
  gtk_stack_add_named (self->stack, scrolled_page (build_form (self)), "form");
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, GTK_WIDGET (self->stack));
  bd_accessible_name_toasts (GTK_WIDGET (self->toasts));
  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* Locked or signed out, the administrator's window goes with them. */
static void
session_state_cb (BdStaffWindow *self)
{
  if (bd_session_get_state (self->session) != BD_SESSION_ACTIVE)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
bd_staff_window_dispose (GObject *object)
{
  BdStaffWindow *self = BD_STAFF_WINDOW (object);

  g_clear_object (&self->editing);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (bd_staff_window_parent_class)->dispose (object);
}

static void
bd_staff_window_class_init (BdStaffWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bd_staff_window_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bd_staff_window_init (BdStaffWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Staff Accounts"));
  gtk_window_set_default_size (GTK_WINDOW (self), 760, 620);
  build (self);
  show_list (self);
}

GtkWindow *
bd_staff_window_show (GtkWidget *parent,
                      BdSession *session)
{
  BdStaffWindow *self;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  self = g_object_new (BD_TYPE_STAFF_WINDOW, NULL);
  self->session = g_object_ref (session);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  g_signal_connect_object (session, "notify::state", G_CALLBACK (session_state_cb), self,
                           G_CONNECT_SWAPPED);
  refresh (self);
  gtk_window_present (GTK_WINDOW (self));
  return GTK_WINDOW (self);
}
