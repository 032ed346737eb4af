/* bd-password-page.c — changing one's own password: owed at the first sign-in, or chosen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The core decides (bd_session_change_password(): the old password, the rules of
 * bd-password-rules.c); the page shows the rules under the new password as it is typed,
 * and a refusal on the field it is about, keeping everything typed.
 */
#define G_LOG_DOMAIN "bd-password-page"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-form-fields.h"
#include "bd-password-page.h"
#include "bd-password-rules.h"

struct _BdPasswordPage
{
  AdwBin         parent_instance;

  BdSession     *session;
  gboolean       owed;
  BdFieldMark    mark;

  AdwStatusPage *status_page;
  GtkWidget     *old_row;
  GtkWidget     *new_row;
  GtkWidget     *rule_row;      /* the rules, and whether the new password meets them */
  GtkWidget     *repeated_row;
  GtkWidget     *change_button;
  GtkWidget     *leave_button;  /* Cancel, or Sign Out while the change is owed */
};

enum {
  SIGNAL_DONE,
  SIGNAL_CANCEL,
  SIGNAL_SIGN_OUT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BdPasswordPage, bd_password_page, ADW_TYPE_BIN)

static const char *
text_of (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* The rules under the new password, and as it is typed whether it meets them (the core's
 * own check, bd_password_rules_check()). */
static void
new_changed_cb (BdPasswordPage *self)
{
  g_autoptr(GError) error = NULL;
  BdStaff *staff = self->session != NULL ? bd_session_get_staff (self->session) : NULL;
  const char *login = staff != NULL ? bd_staff_get_login (staff) : NULL;
  const char *typed = text_of (self->new_row);

  if (typed[0] == '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->rule_row), "");
  else if (bd_password_rules_check (login, typed, &error))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->rule_row),
                                 _("The new password meets the rules"));
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->rule_row), error->message);
}

/* The field a refusal of the core is about. */
static GtkWidget *
field_of (BdPasswordPage *self,
          const GError   *error)
{
  if (error->domain == BD_PASSWORD_RULES_ERROR)
    return error->code == BD_PASSWORD_RULES_ERROR_MISMATCH ? self->repeated_row : self->new_row;
  if (error->domain == BD_SESSION_ERROR &&
      (error->code == BD_SESSION_ERROR_WRONG_PASSWORD ||
       error->code == BD_SESSION_ERROR_TOO_MANY_ATTEMPTS))
    return self->old_row;
  return self->new_row;
}

static void
change_cb (BdPasswordPage *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *field;

  bd_field_mark_clear (&self->mark);
  if (bd_session_change_password (self->session, text_of (self->old_row), text_of (self->new_row),
                                  text_of (self->repeated_row), &error))
    {
      bd_password_page_start (self, self->session, FALSE);
      g_signal_emit (self, signals[SIGNAL_DONE], 0);
      return;
    }
  field = field_of (self, error);
  bd_field_mark_set (&self->mark, field, error->message);
  gtk_widget_grab_focus (field);
}

static void
leave_cb (BdPasswordPage *self)
{
  g_signal_emit (self, signals[self->owed ? SIGNAL_SIGN_OUT : SIGNAL_CANCEL], 0);
}

/* Enter in a field goes on to the next, as Tab does. */
static void
focus_next_cb (GtkWidget *row,
               GtkWidget *next)
{
  gtk_widget_grab_focus (next);
}

void
bd_password_page_start (BdPasswordPage *self,
                        BdSession      *session,
                        gboolean        owed)
{
  g_return_if_fail (BD_IS_PASSWORD_PAGE (self));
  g_return_if_fail (BD_IS_SESSION (session));

  g_set_object (&self->session, session);
  self->owed = owed;
  bd_field_mark_clear (&self->mark);
  gtk_editable_set_text (GTK_EDITABLE (self->old_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->repeated_row), "");
  adw_status_page_set_title (self->status_page, owed ? _("Choose Your Own Password")
                                                     : _("Change My Password"));
  adw_status_page_set_description (self->status_page,
                                   owed ? _("The password you signed in with was given to you "
                                            "or is known to others. Choose your own before "
                                            "going on.")
                                        : NULL);
  gtk_button_set_label (GTK_BUTTON (self->leave_button), owed ? _("Sign _Out") : _("_Cancel"));
  bd_accessible_set_label (self->leave_button, owed ? _("Sign out") : _("Cancel"));
  gtk_widget_grab_focus (self->old_row);
}

static GtkWidget *
add_password_row (GtkWidget  *list,
                  const char *title)
{
  GtkWidget *row = adw_password_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  bd_accessible_set_label (row, title);
  bd_accessible_keep_label (row);
  bd_accessible_name_password_peek (row);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static GtkWidget *
add_button (GtkWidget  *box,
            const char *label,
            const char *name,
            const char *style)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, style);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  bd_accessible_set_label (button, name);
  bd_accessible_keep_label (button);
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

static void
build (BdPasswordPage *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *list = gtk_list_box_new ();

  self->status_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->status_page, "dialog-password-symbolic");
  gtk_widget_set_vexpand (GTK_WIDGET (self->status_page), TRUE);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 440);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (box), list);

  self->old_row = add_password_row (list, _("Current password"));
  self->new_row = add_password_row (list, _("New password"));
  self->rule_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rule_row), bd_password_rules_describe ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->rule_row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->rule_row), FALSE);
  gtk_widget_set_focusable (self->rule_row, FALSE);
  gtk_widget_add_css_class (self->rule_row, "field-note");
  gtk_list_box_append (GTK_LIST_BOX (list), self->rule_row);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->new_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->rule_row, NULL, -1);
  self->repeated_row = add_password_row (list, _("New password again"));

  self->change_button = add_button (box, _("C_hange Password"), _("Change password"),
                                    "suggested-action");
  self->leave_button = add_button (box, _("_Cancel"), _("Cancel"), "flat");

  g_signal_connect_swapped (self->new_row, "changed", G_CALLBACK (new_changed_cb), self);
  g_signal_connect (self->old_row, "entry-activated", G_CALLBACK (focus_next_cb), self->new_row);
  g_signal_connect (self->new_row, "entry-activated", G_CALLBACK (focus_next_cb),
                    self->repeated_row);
  g_signal_connect_swapped (self->repeated_row, "entry-activated", G_CALLBACK (change_cb), self);
  g_signal_connect_swapped (self->change_button, "clicked", G_CALLBACK (change_cb), self);
  g_signal_connect_swapped (self->leave_button, "clicked", G_CALLBACK (leave_cb), self);

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  adw_status_page_set_child (self->status_page, clamp);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->status_page));
}

static void
bd_password_page_dispose (GObject *object)
{
  BdPasswordPage *self = BD_PASSWORD_PAGE (object);

  g_clear_object (&self->session);
  G_OBJECT_CLASS (bd_password_page_parent_class)->dispose (object);
}

static void
bd_password_page_class_init (BdPasswordPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bd_password_page_dispose;

  signals[SIGNAL_DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_CANCEL] =
    g_signal_new ("cancel", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_SIGN_OUT] =
    g_signal_new ("sign-out", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);
}

static void
bd_password_page_init (BdPasswordPage *self)
{
  build (self);
}

GtkWidget *
bd_password_page_new (void)
{
  return g_object_new (BD_TYPE_PASSWORD_PAGE, NULL);
}
