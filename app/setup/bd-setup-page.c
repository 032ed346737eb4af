/* bd-setup-page.c — the first run: a new branch, an existing database, or a training one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shown instead of the sign-in page while the database has no staff account: without one
 * nobody can sign in (issue 15). The page collects what is typed and asks the core
 * (bd-setup.h) at each step; each refusal is marked on the field it is about, and going
 * back and forth between the steps loses nothing typed. The branch is written only at the
 * end of the administrator's step, in one transaction; then its recovery key is shown,
 * once, and must be typed back before the desk goes on to the sign-in page.
 */
#define G_LOG_DOMAIN "bd-setup-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <sodium.h>

#include "bd-accessible.h"
#include "bd-form-fields.h"
#include "bd-password-rules.h"
#include "bd-print-recovery.h"
#include "bd-setup-page.h"
#include "bd-setup.h"

struct _BdSetupPage
{
  GtkBox        parent_instance;

  char         *path;
  char         *key_file;
  BdStore      *store;       /* NULL until the file is made */
  BdKey        *key;
  char         *recovery_key;  /* shown once, wiped when the page is left */

  GtkStack     *steps;
  GtkWidget    *back_button;
  GtkWidget    *fields[BD_SETUP_N_FIELDS];
  GtkLabel     *password_rule;
  GtkLabel     *recovery_label;
  GtkWidget    *recovery_row;
  GtkWidget    *first_choice;
  GtkLabel     *error_label;
  BdFieldMark   mark;
};

enum {
  SIGNAL_BRANCH_READY,
  SIGNAL_OPEN_DATABASE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BdSetupPage, bd_setup_page, GTK_TYPE_BOX)

/* ── what every step is made of ──────────────────────────────────────────────────── */

static GtkWidget *
step_new (GtkStack   *steps,
          const char *name,
          const char *title,
          const char *description)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *body = gtk_label_new (description);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_add_css_class (heading, "title-2");
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1,
                                  -1);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_xalign (GTK_LABEL (body), 0.0);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), body);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_stack_add_named (steps, scrolled, name);
  return box;
}

static GtkWidget *
boxed_list_new (GtkWidget *step)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (step), list);
  return list;
}

/* A button at the foot of a step: @label with its mnemonic, named @name. */
static GtkWidget *
step_button_new (GtkWidget  *step,
                 const char *label,
                 const char *name,
                 GCallback   callback,
                 gpointer    self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  bd_accessible_set_label (button, name);
  g_signal_connect_swapped (button, "clicked", callback, self);
  gtk_box_append (GTK_BOX (step), button);
  return button;
}

static GtkWidget *
entry_row_new (GtkWidget  *list,
               GType       type,
               const char *title)
{
  GtkWidget *row = g_object_new (type, "title", title, NULL);

  bd_accessible_set_label (row, title);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static void
show_step (BdSetupPage *self,
           const char  *name)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_stack_set_visible_child_name (self->steps, name);
  /* Back goes as far as the step before; from the recovery key on, the branch exists. */
  gtk_widget_set_visible (self->back_button,
                          g_str_equal (name, "branch") || g_str_equal (name, "administrator") ||
                          g_str_equal (name, "confirm"));
}

void
bd_setup_page_show_error (BdSetupPage *self,
                          const char  *message)
{
  g_return_if_fail (BD_IS_SETUP_PAGE (self));

  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* ── the choice ──────────────────────────────────────────────────────────────────── */

static void start_training (BdSetupPage *self);
static void choose_file (BdSetupPage *self);

static void
choice_activated_cb (BdSetupPage   *self,
                     GtkListBoxRow *row)
{
  const char *choice = g_object_get_data (G_OBJECT (row), "choice");

  if (g_str_equal (choice, "new"))
    {
      show_step (self, "branch");
      gtk_widget_grab_focus (self->fields[BD_SETUP_FIELD_COMPANY_NAME]);
    }
  else if (g_str_equal (choice, "open"))
    choose_file (self);
  else
    start_training (self);
}

static GtkWidget *
add_choice (GtkWidget  *list,
            const char *choice,
            const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  bd_accessible_set_label (row, title);
  g_object_set_data (G_OBJECT (row), "choice", (gpointer) choice);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static void
build_choice (BdSetupPage *self)
{
  GtkWidget *step = step_new (self->steps, "choose", _("Welcome to Branch Desk"),
                              _("This database has no branch yet, so nobody can sign in. "
                                "Set up the branch it is for, open the branch’s existing "
                                "database file, or practise on a training branch."));
  GtkWidget *list = boxed_list_new (step);

  self->first_choice = add_choice (list, "new", _("Create a new branch"),
                                   _("The branch’s details and its first administrator"));
  add_choice (list, "open", _("Open an existing database"),
              _("The branch’s database file, copied from another desk or a backup"));
  add_choice (list, "training", _("Create a training branch"),
              _("Made-up customers to practise on: every screen and every slip says so"));
  g_signal_connect_swapped (list, "row-activated", G_CALLBACK (choice_activated_cb), self);
}

/* ── the branch and its administrator ────────────────────────────────────────────── */

/* What is typed, field by field, as the core reads it. */
static void
read_fields (BdSetupPage *self,
             const char  *values[BD_SETUP_N_FIELDS])
{
  for (guint field = 0; field < BD_SETUP_N_FIELDS; field++)
    values[field] = gtk_editable_get_text (GTK_EDITABLE (self->fields[field]));
}

/* The refusal on its field, the step that holds it shown and the field focused. */
static void
mark_field (BdSetupPage *self,
            GError      *error)
{
  GtkWidget *row;

  if (error->domain != BD_SETUP_FIELD_ERROR)
    {
      bd_setup_page_show_error (self, error->message);
      return;
    }
  row = self->fields[error->code];
  show_step (self, error->code < BD_SETUP_FIRST_ADMINISTRATOR_FIELD ? "branch" : "administrator");
  bd_field_mark_set (&self->mark, row, error->message);
  gtk_widget_grab_focus (row);
}

static void
branch_next_cb (BdSetupPage *self)
{
  const char *values[BD_SETUP_N_FIELDS];
  g_autoptr(GError) error = NULL;

  bd_field_mark_clear (&self->mark);
  read_fields (self, values);
  if (!bd_setup_check_branch (values, &error))
    {
      mark_field (self, error);
      return;
    }
  show_step (self, "administrator");
  gtk_widget_grab_focus (self->fields[BD_SETUP_FIELD_LOGIN]);
}

static void
build_branch (BdSetupPage *self)
{
  GtkWidget *step = step_new (self->steps, "branch", _("The branch"),
                              _("Printed on every slip and form the branch gives its "
                                "customers. An administrator can change them later."));
  GtkWidget *list = boxed_list_new (step);

  for (guint field = 0; field < BD_SETUP_FIRST_ADMINISTRATOR_FIELD; field++)
    {
      const char *value = bd_setup_field_get_default (field);

      self->fields[field] = entry_row_new (list, ADW_TYPE_ENTRY_ROW,
                                           bd_setup_field_get_label (field));
      if (value != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->fields[field]), value);
    }
  step_button_new (step, _("_Next"), _("Next"), G_CALLBACK (branch_next_cb), self);
}

/* The rule under the password, as it is typed: met or not, and why not. */
static void
password_changed_cb (BdSetupPage *self)
{
  GtkEditable *login_row = GTK_EDITABLE (self->fields[BD_SETUP_FIELD_LOGIN]);
  GtkEditable *password_row = GTK_EDITABLE (self->fields[BD_SETUP_FIELD_PASSWORD]);
  const char *login = gtk_editable_get_text (login_row);
  const char *password = gtk_editable_get_text (password_row);
  g_autoptr(GError) error = NULL;
  gboolean met = bd_password_rules_check (login, password, &error);
  g_autofree char *text = NULL;

  if (met)
    /* Translators: under a new password that meets the rules; %s: the rules. */
    text = g_strdup_printf (_("✓ %s"), bd_password_rules_describe ());
  else if (password[0] == '\0')
    text = g_strdup (bd_password_rules_describe ());
  else
    /* Translators: under a new password; %s: the rules, then what this one breaks. */
    text = g_strdup_printf (_("%s — %s"), bd_password_rules_describe (), error->message);
  gtk_label_set_label (self->password_rule, text);
  if (met)
    gtk_widget_add_css_class (GTK_WIDGET (self->password_rule), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->password_rule), "success");
}

static gboolean
ensure_store (BdSetupPage  *self,
              GError      **error)
{
  g_autofree char *branch = NULL;

  if (self->store != NULL)
    return TRUE;
  branch = g_path_get_basename (self->path);
  if (self->key == NULL && (self->key = bd_setup_new_key (branch, self->key_file, error)) == NULL)
    return FALSE;
  self->store = bd_store_create (self->path, self->key, error);
  return self->store != NULL;
}

/* The password rows forget what was typed once it is kept, hashed. */
static void
forget_passwords (BdSetupPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->fields[BD_SETUP_FIELD_PASSWORD]), "");
  gtk_editable_set_text (GTK_EDITABLE (self->fields[BD_SETUP_FIELD_REPEATED]), "");
}

static void
show_recovery_key (BdSetupPage *self)
{
  self->recovery_key = bd_key_to_text (self->key);
  gtk_label_set_label (self->recovery_label, self->recovery_key);
  show_step (self, "recovery");
}

static void
create_cb (BdSetupPage *self)
{
  const char *values[BD_SETUP_N_FIELDS];
  g_autoptr(GError) error = NULL;

  bd_field_mark_clear (&self->mark);
  read_fields (self, values);
  /* Every field checked before a file or a key is made for them. */
  if (!bd_setup_check_branch (values, &error) || !bd_setup_check_administrator (values, &error) ||
      !ensure_store (self, &error) || bd_setup_create_branch (self->store, values, &error) == 0)
    {
      mark_field (self, error);
      return;
    }
  forget_passwords (self);
  show_recovery_key (self);
}

static void
build_administrator (BdSetupPage *self)
{
  GtkWidget *step = step_new (self->steps, "administrator", _("The first administrator"),
                              _("The administrator adds the staff accounts and keeps the "
                                "branch’s settings. More administrators can be added later."));
  GtkWidget *list = boxed_list_new (step);

  for (guint field = BD_SETUP_FIRST_ADMINISTRATOR_FIELD; field < BD_SETUP_N_FIELDS; field++)
    self->fields[field] = entry_row_new (list,
                                         field >= BD_SETUP_FIELD_PASSWORD
                                           ? ADW_TYPE_PASSWORD_ENTRY_ROW : ADW_TYPE_ENTRY_ROW,
                                         bd_setup_field_get_label (field));
  bd_accessible_name_password_peek (self->fields[BD_SETUP_FIELD_PASSWORD]);
  bd_accessible_name_password_peek (self->fields[BD_SETUP_FIELD_REPEATED]);
  self->password_rule = GTK_LABEL (gtk_label_new (bd_password_rules_describe ()));
  gtk_label_set_wrap (self->password_rule, TRUE);
  gtk_label_set_xalign (self->password_rule, 0.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->password_rule), "caption");
  gtk_box_append (GTK_BOX (step), GTK_WIDGET (self->password_rule));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->fields[BD_SETUP_FIELD_PASSWORD]),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->password_rule, NULL,
                                  -1);
  g_signal_connect_swapped (self->fields[BD_SETUP_FIELD_PASSWORD], "changed",
                            G_CALLBACK (password_changed_cb), self);
  g_signal_connect_swapped (self->fields[BD_SETUP_FIELD_LOGIN], "changed",
                            G_CALLBACK (password_changed_cb), self);
  step_button_new (step, _("_Create the Branch"), _("Create the branch"), G_CALLBACK (create_cb),
                   self);
}

/* ── the recovery key ────────────────────────────────────────────────────────────── */

static void
copy_key_cb (BdSetupPage *self)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), self->recovery_key);
}

static void
save_sheet_response_cb (BdSetupPage          *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autofree char *branch = g_path_get_basename (self->path);
  g_autofree char *fingerprint = bd_key_dup_fingerprint (self->key);
  g_autofree char *today = bd_store_dup_today_iso (self->store);
  g_autoptr(BdPrintedForm) sheet = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && path != NULL && self->recovery_key != NULL)
    {
      sheet = bd_printed_form_new_recovery_sheet (branch, self->recovery_key, fingerprint,
                                                  today);
      if (!bd_printed_form_write_pdf (sheet, path, &error))
        bd_setup_page_show_error (self, error->message);
    }
  g_object_unref (chooser);
}

/* The sheet as a PDF, to print and lock away (bd-print-recovery.c). */
static void
save_sheet_cb (BdSetupPage *self)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save the Recovery Key Sheet"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("recovery-key.pdf"));
  g_signal_connect_swapped (chooser, "response", G_CALLBACK (save_sheet_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
written_down_cb (BdSetupPage *self)
{
  show_step (self, "confirm");
  gtk_widget_grab_focus (self->recovery_row);
}

static void
build_recovery (BdSetupPage *self)
{
  GtkWidget *step = step_new (self->steps, "recovery", _("The recovery key"),
                              _("The customers’ identity numbers, phones and bank accounts "
                                "are encrypted with the branch’s key. Write this recovery key "
                                "down, or print it, and lock it away: without it they cannot "
                                "be read on another computer. It is shown only now."));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *copy = gtk_button_new_with_mnemonic (_("C_opy"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save as PDF…"));

  self->recovery_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_selectable (self->recovery_label, TRUE);
  gtk_label_set_wrap (self->recovery_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->recovery_label), "title-3");
  gtk_widget_add_css_class (GTK_WIDGET (self->recovery_label), "monospace");
  gtk_box_append (GTK_BOX (step), GTK_WIDGET (self->recovery_label));
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  bd_accessible_set_label (copy, _("Copy the recovery key"));
  bd_accessible_set_label (save, _("Save the recovery key sheet as PDF"));
  g_signal_connect_swapped (copy, "clicked", G_CALLBACK (copy_key_cb), self);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_sheet_cb), self);
  gtk_box_append (GTK_BOX (buttons), copy);
  gtk_box_append (GTK_BOX (buttons), save);
  gtk_box_append (GTK_BOX (step), buttons);
  step_button_new (step, _("_I Have Written It Down"), _("I have written it down"),
                   G_CALLBACK (written_down_cb), self);
}

/* Whoever answers may take the page out of the window: it lives until the signal is
 * over. */
static void
emit_branch_ready (BdSetupPage *self)
{
  g_autoptr(BdSetupPage) alive = g_object_ref (self);

  g_signal_emit (self, signals[SIGNAL_BRANCH_READY], 0, self->store);
}

/* The key leaves the screen and memory once it is typed back. */
static void
forget_recovery_key (BdSetupPage *self)
{
  gtk_label_set_label (self->recovery_label, "");
  if (self->recovery_key != NULL)
    sodium_memzero (self->recovery_key, strlen (self->recovery_key));
  g_clear_pointer (&self->recovery_key, g_free);
}

static void
confirm_cb (BdSetupPage *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->recovery_row));
  g_autoptr(GError) error = NULL;

  bd_field_mark_clear (&self->mark);
  if (!bd_setup_check_recovery_key (self->key, typed, &error))
    {
      bd_field_mark_set (&self->mark, self->recovery_row, error->message);
      gtk_widget_grab_focus (self->recovery_row);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->recovery_row), "");
  forget_recovery_key (self);
  emit_branch_ready (self);
}

static void
build_confirm (BdSetupPage *self)
{
  GtkWidget *step = step_new (self->steps, "confirm", _("Type the recovery key back"),
                              _("To be sure it was written down right, type the recovery key "
                                "as it is on your paper. Capitals and dashes do not matter."));
  GtkWidget *list = boxed_list_new (step);

  self->recovery_row = entry_row_new (list, ADW_TYPE_ENTRY_ROW, _("Recovery key"));
  step_button_new (step, _("C_heck and Continue"), _("Check and continue"),
                   G_CALLBACK (confirm_cb), self);
}

/* ── a training branch ───────────────────────────────────────────────────────────── */

static void
build_training (BdSetupPage *self)
{
  GtkWidget *step = step_new (self->steps, "training", _("Creating the training branch…"),
                              _("Made-up households, customers and policies, and a year of "
                                "their service work. This takes a moment."));
  GtkWidget *spinner = gtk_spinner_new ();

  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  bd_accessible_set_label (spinner, _("Creating the training branch"));
  gtk_box_append (GTK_BOX (step), spinner);
}

static void
fill_training_thread (GTask        *task,
                      gpointer      source,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  GError *error = NULL;

  if (bd_setup_fill_training (BD_STORE (task_data), g_object_get_data (G_OBJECT (task), "today"),
                              &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
training_filled_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  BdSetupPage *self = BD_SETUP_PAGE (source);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_step (self, "choose");
      bd_setup_page_show_error (self, error->message);
      return;
    }
  emit_branch_ready (self);
}

/* The demo's data is made on a thread: the window keeps drawing and answering. Nothing
 * else uses the store meanwhile: the page holds it alone until "branch-ready". */
static void
start_training (BdSetupPage *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  GDate *today = g_new0 (GDate, 1);

  if (!ensure_store (self, &error))
    {
      g_free (today);
      bd_setup_page_show_error (self, error->message);
      return;
    }
  bd_store_get_today (self->store, today);
  show_step (self, "training");
  task = g_task_new (self, NULL, training_filled_cb, NULL);
  g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "today", today, g_free);
  g_task_run_in_thread (task, fill_training_thread);
}

/* ── an existing database ────────────────────────────────────────────────────────── */

static void
file_chosen_cb (BdSetupPage          *self,
                int                   response,
                GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr(BdSetupPage) alive = g_object_ref (self);

  g_object_unref (chooser);
  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    g_signal_emit (self, signals[SIGNAL_OPEN_DATABASE], 0, path);
}

/* GTK 4.8 has no GtkFileDialog: the native chooser, the desktop's own. */
static void
choose_file (BdSetupPage *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open a Branch Database"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (databases, _("Branch databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), databases);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect_swapped (chooser, "response", G_CALLBACK (file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ── the page ────────────────────────────────────────────────────────────────────── */

static void
back_cb (BdSetupPage *self)
{
  const char *step = gtk_stack_get_visible_child_name (self->steps);

  bd_field_mark_clear (&self->mark);
  if (g_str_equal (step, "administrator"))
    show_step (self, "branch");
  else if (g_str_equal (step, "confirm"))
    show_step (self, "recovery");
  else
    show_step (self, "choose");
}

static GtkWidget *
header_new (BdSetupPage *self)
{
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Set Up Branch Desk"), ""));
  self->back_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->back_button, _("Back"));
  bd_accessible_set_label (self->back_button, _("Back"));
  g_signal_connect_swapped (self->back_button, "clicked", G_CALLBACK (back_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->back_button);
  return header;
}

static void
bd_setup_page_dispose (GObject *object)
{
  BdSetupPage *self = BD_SETUP_PAGE (object);

  if (self->recovery_label != NULL)
    forget_recovery_key (self);
  bd_field_mark_clear (&self->mark);
  g_clear_object (&self->store);
  g_clear_pointer (&self->key, bd_key_unref);

  G_OBJECT_CLASS (bd_setup_page_parent_class)->dispose (object);
}

static void
bd_setup_page_finalize (GObject *object)
{
  BdSetupPage *self = BD_SETUP_PAGE (object);

  g_free (self->path);
  g_free (self->key_file);

  G_OBJECT_CLASS (bd_setup_page_parent_class)->finalize (object);
}

static void
bd_setup_page_class_init (BdSetupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_setup_page_dispose;
  object_class->finalize = bd_setup_page_finalize;

  signals[SIGNAL_BRANCH_READY] = g_signal_new ("branch-ready", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, BD_TYPE_STORE);
  signals[SIGNAL_OPEN_DATABASE] = g_signal_new ("open-database", G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
bd_setup_page_init (BdSetupPage *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  /* The whole assistant, as a screen reader (and the end-to-end test) finds it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Setting up Branch Desk"), -1);
  gtk_box_append (GTK_BOX (self), header_new (self));
  self->steps = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->steps, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT_RIGHT);
  gtk_widget_set_vexpand (GTK_WIDGET (self->steps), TRUE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->steps));
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->error_label), 12);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->error_label));

  build_choice (self);
  build_branch (self);
  build_administrator (self);
  build_recovery (self);
  build_confirm (self);
  build_training (self);
  show_step (self, "choose");
  /* Enter chooses the first way at once. */
  gtk_widget_grab_focus (self->first_choice);
}

GtkWidget *
bd_setup_page_new (const char *path,
                   const char *key_file,
                   BdStore    *store,
                   BdKey      *key)
{
  BdSetupPage *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (store == NULL || key != NULL, NULL);

  self = g_object_new (BD_TYPE_SETUP_PAGE, NULL);
  self->path = g_strdup (path);
  self->key_file = g_strdup (key_file);
  if (store != NULL)
    self->store = g_object_ref (store);
  if (key != NULL)
    self->key = bd_key_ref (key);
  return GTK_WIDGET (self);
}
