/* bd-sign-in-page.c — signing in at the desk, and unlocking it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page only collects what the person types and says what went wrong; the session
 * decides. Signals: "sign-in" (login, password), "unlock" (password), "switch-user".
 */
#define G_LOG_DOMAIN "bd-sign-in-page"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-sign-in-page.h"
#include "bd-accessible.h"

struct _BdSignInPage
{
  AdwBin         parent_instance;

  gboolean       unlocking;
  char          *branch;
  char          *locked_by;     /* who the desk is locked for, or NULL */

  AdwStatusPage *status_page;
  AdwEntryRow   *login_row;
  AdwEntryRow   *password_row;
  GtkLabel      *error_label;
  GtkButton     *submit_button;
  GtkButton     *switch_button;
  GtkButton     *back_button;
};

enum {
  SIGNAL_SIGN_IN,
  SIGNAL_UNLOCK,
  SIGNAL_SWITCH_USER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BdSignInPage, bd_sign_in_page, ADW_TYPE_BIN)

static void
clear_error (BdSignInPage *self)
{
  GtkAccessible *password = GTK_ACCESSIBLE (self->password_row);

  gtk_widget_remove_css_class (GTK_WIDGET (self->password_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_accessible_reset_state (password, GTK_ACCESSIBLE_STATE_INVALID);
  gtk_accessible_reset_property (password, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_accessible_reset_relation (password, GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
  gtk_accessible_reset_relation (password, GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
}

/* The error belongs to the password field: a screen reader says it with the field. GTK 4.8
 * describes a widget by the descriptions of what describes it, and a label has none, so
 * the field carries the message as its description as well. */
static void
tie_error (BdSignInPage *self,
           const char   *message)
{
  GtkAccessible *password = GTK_ACCESSIBLE (self->password_row);

  gtk_accessible_update_state (password, GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_accessible_update_property (password, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  /* Described-by takes a list, ended by NULL; error-message one widget. */
  gtk_accessible_update_relation (password,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->error_label, NULL,
                                  GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, self->error_label,
                                  -1);
}

static void
submit_cb (BdSignInPage *self)
{
  const char *login = gtk_editable_get_text (GTK_EDITABLE (self->login_row));
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  clear_error (self);
  if (self->unlocking)
    g_signal_emit (self, signals[SIGNAL_UNLOCK], 0, password);
  else if (login[0] == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->login_row));
    }
  else
    g_signal_emit (self, signals[SIGNAL_SIGN_IN], 0, login, password);
}

static void
login_activated_cb (BdSignInPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}

static void show_mode (BdSignInPage *self);

/* The desk stays locked for its person: another one signs in with name and password, and
 * until they do, the way back to unlocking stays open. */
static void
switch_user_cb (BdSignInPage *self)
{
  self->unlocking = FALSE;
  show_mode (self);
  g_signal_emit (self, signals[SIGNAL_SWITCH_USER], 0);
}

static void
back_to_unlock_cb (BdSignInPage *self)
{
  self->unlocking = self->locked_by != NULL;
  show_mode (self);
}

void
bd_sign_in_page_set_mode (BdSignInPage *self,
                          const char   *branch,
                          const char   *locked_by)
{
  g_return_if_fail (BD_IS_SIGN_IN_PAGE (self));

  g_free (self->branch);
  self->branch = g_strdup (branch);
  g_free (self->locked_by);
  self->locked_by = g_strdup (locked_by);
  self->unlocking = locked_by != NULL;
  show_mode (self);
}

static void
show_mode (BdSignInPage *self)
{
  g_autofree char *description = NULL;
  const char *locked_by = self->locked_by;
  const char *branch = self->branch;

  bd_sign_in_page_reset (self);

  if (self->unlocking)
    description = g_strdup_printf (_("%s is signed in. Enter the password to go on."), locked_by);
  adw_status_page_set_title (self->status_page, self->unlocking ? _("Desk Locked")
                                                                : _("Sign In"));
  adw_status_page_set_icon_name (self->status_page,
                                 self->unlocking ? "system-lock-screen-symbolic"
                                                 : "avatar-default-symbolic");
  adw_status_page_set_description (self->status_page,
                                   self->unlocking ? description : branch);
  gtk_widget_set_visible (GTK_WIDGET (self->login_row), !self->unlocking);
  gtk_widget_set_visible (GTK_WIDGET (self->switch_button), self->unlocking);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), !self->unlocking && locked_by != NULL);
  gtk_button_set_label (self->submit_button, self->unlocking ? _("_Unlock") : _("_Sign In"));
  bd_accessible_set_label (GTK_WIDGET (self->submit_button),
                           self->unlocking ? _("Unlock") : _("Sign in"));
  gtk_widget_grab_focus (GTK_WIDGET (self->unlocking ? self->password_row : self->login_row));
}

void
bd_sign_in_page_show_error (BdSignInPage *self,
                            const char   *message)
{
  g_return_if_fail (BD_IS_SIGN_IN_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  gtk_widget_add_css_class (GTK_WIDGET (self->password_row), "error");
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  tie_error (self, message);
  gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}

void
bd_sign_in_page_reset (BdSignInPage *self)
{
  g_return_if_fail (BD_IS_SIGN_IN_PAGE (self));

  clear_error (self);
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->login_row), "");
}

static void
bd_sign_in_page_finalize (GObject *object)
{
  BdSignInPage *self = (BdSignInPage *)object;

  g_free (self->branch);
  g_free (self->locked_by);
  G_OBJECT_CLASS (bd_sign_in_page_parent_class)->finalize (object);
}

static void
bd_sign_in_page_class_init (BdSignInPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = bd_sign_in_page_finalize;

  /* No dispose: AdwBin unparents its child, the template's whole tree; disposing the
   * template as well would unparent the status page, the bin's child, a second time. */
  signals[SIGNAL_SIGN_IN] =
    g_signal_new ("sign-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[SIGNAL_UNLOCK] =
    g_signal_new ("unlock", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SIGNAL_SWITCH_USER] =
    g_signal_new ("switch-user", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/bd-sign-in-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BdSignInPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, BdSignInPage, login_row);
  gtk_widget_class_bind_template_child (widget_class, BdSignInPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, BdSignInPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BdSignInPage, submit_button);
  gtk_widget_class_bind_template_child (widget_class, BdSignInPage, switch_button);
  gtk_widget_class_bind_template_child (widget_class, BdSignInPage, back_button);
  gtk_widget_class_bind_template_callback (widget_class, submit_cb);
  gtk_widget_class_bind_template_callback (widget_class, login_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, switch_user_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_to_unlock_cb);
}

static void
bd_sign_in_page_init (BdSignInPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Each is named in the .ui; its visible label is not read after that a second time. */
  bd_accessible_keep_label (GTK_WIDGET (self->login_row));
  bd_accessible_keep_label (GTK_WIDGET (self->password_row));
  bd_accessible_keep_label (GTK_WIDGET (self->submit_button));
  bd_accessible_keep_label (GTK_WIDGET (self->switch_button));
  bd_accessible_name_password_peek (GTK_WIDGET (self->password_row));
}

GtkWidget *
bd_sign_in_page_new (void)
{
  return g_object_new (BD_TYPE_SIGN_IN_PAGE, NULL);
}
