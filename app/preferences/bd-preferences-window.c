/* bd-preferences-window.c — Preferences: this desk's, and the branch's for administrators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two pages, as issue 15 splits them. "This desk" is everyone's and lives in GSettings:
 * the printer and paper for slips and the preview before printing, each applied as it is
 * chosen. "Branch" is an administrator's and lives in the database: it is not shown to
 * others, and the core refuses them anyway (bd-branch-settings-desk.c). Its values are
 * saved together by Save; a refused one is marked on its own field, and what was typed
 * stays where it was typed.
 */
#define G_LOG_DOMAIN "bd-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-branch-settings-desk.h"
#include "bd-form-fields.h"
#include "bd-preferences-window.h"
#include "bd-print-job.h"

/* The paper a single contact slip is printed on, as the schema names it (slip-paper). */
static const char *const slip_papers[] = { "a5", "a4-four" };

/* The width of a setting's field, in pixels: a name of 40 characters mostly shows. */
#define TEXT_WIDTH 280
#define NUMBER_WIDTH 96

/* A branch setting's row and the mark of its refusal. */
typedef struct
{
  const BdBranchSetting *setting;
  GtkWidget             *row;
  GtkEditable           *entry;
  BdFieldMark            mark;
} SettingField;

struct _BdPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;   /* NULL: no desk preferences */
  BdSession            *session;
  char                **printers;   /* offered after "Ask each time" */
  AdwComboRow          *printer_row;
  AdwComboRow          *paper_row;
  GArray               *fields;     /* SettingField, the table's order */
};

G_DEFINE_FINAL_TYPE (BdPreferencesWindow, bd_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
bd_preferences_window_dispose (GObject *object)
{
  BdPreferencesWindow *self = BD_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->session);
  g_clear_pointer (&self->printers, g_strfreev);
  g_clear_pointer (&self->fields, g_array_unref);

  G_OBJECT_CLASS (bd_preferences_window_parent_class)->dispose (object);
}

static void
bd_preferences_window_class_init (BdPreferencesWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bd_preferences_window_dispose;
}

static void
bd_preferences_window_init (BdPreferencesWindow *self)
{
  /* The window's own toast overlay, made by AdwPreferencesWindow before this. */
  bd_accessible_name_toasts (GTK_WIDGET (self));
}

/* ── this desk ───────────────────────────────────────────────────────────────────── */

/* A combo row of @choices, named by @title. */
static AdwComboRow *
combo_row_new (AdwPreferencesGroup *group,
               const char          *title,
               const char          *subtitle,
               GtkStringList       *choices)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  bd_accessible_name_combo_items (ADW_COMBO_ROW (row));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  /* libadwaita 1.2 names a combo row after its class, not its title. */
  bd_accessible_set_label (row, title);
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

static void
printer_selected_cb (BdPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->printer_row);

  g_settings_set_string (self->settings, "default-printer",
                         selected == 0 || selected == GTK_INVALID_LIST_POSITION
                           ? "" : self->printers[selected - 1]);
}

/* The printers libcups knows, and the one chosen before even when it is gone today (it
 * may be switched off), so that opening Preferences changes nothing. */
static void
add_printer_row (BdPreferencesWindow *self,
                 AdwPreferencesGroup *group)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autofree char *chosen = g_settings_get_string (self->settings, "default-printer");
  g_autoptr(GStrvBuilder) printers = g_strv_builder_new ();
  g_auto(GStrv) known = bd_print_job_list_printers ();
  guint selected = 0;

  gtk_string_list_append (choices, _("Ask each time"));
  for (guint i = 0; known != NULL && known[i] != NULL; i++)
    {
      g_strv_builder_add (printers, known[i]);
      gtk_string_list_append (choices, known[i]);
      if (g_strcmp0 (known[i], chosen) == 0)
        selected = i + 1;
    }
  if (selected == 0 && chosen[0] != '\0')
    {
      g_strv_builder_add (printers, chosen);
      gtk_string_list_append (choices, chosen);
      selected = g_list_model_get_n_items (G_LIST_MODEL (choices)) - 1;
    }
  self->printers = g_strv_builder_end (printers);
  self->printer_row = combo_row_new (group, _("Default printer"),
                                     _("Offered first when printing, and used for the day’s "
                                       "slips without asking"), choices);
  adw_combo_row_set_selected (self->printer_row, selected);
  g_signal_connect_swapped (self->printer_row, "notify::selected",
                            G_CALLBACK (printer_selected_cb), self);
}

static void
paper_selected_cb (BdPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->paper_row);

  if (selected < G_N_ELEMENTS (slip_papers))
    g_settings_set_string (self->settings, "slip-paper", slip_papers[selected]);
}

static void
add_paper_row (BdPreferencesWindow *self,
               AdwPreferencesGroup *group)
{
  const char *labels[] = { _("A5, one slip to a sheet"),
                           _("A4, four slips to a sheet with cut marks"), NULL };
  g_autoptr(GtkStringList) choices = gtk_string_list_new (labels);
  g_autofree char *paper = g_settings_get_string (self->settings, "slip-paper");

  self->paper_row = combo_row_new (group, _("Paper for a contact slip"),
                                   _("The day’s slips always print four to an A4 sheet"),
                                   choices);
  for (guint i = 0; i < G_N_ELEMENTS (slip_papers); i++)
    if (g_strcmp0 (paper, slip_papers[i]) == 0)
      adw_combo_row_set_selected (self->paper_row, i);
  g_signal_connect_swapped (self->paper_row, "notify::selected",
                            G_CALLBACK (paper_selected_cb), self);
}

static void
add_preview_row (BdPreferencesWindow *self,
                 AdwPreferencesGroup *group)
{
  const char *title = _("Show the preview before printing");
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Print opens the form’s preview, and it is printed from there"));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  /* After the row ties its title to the switch: the name is said once. */
  bd_accessible_set_label (toggle, title);
  g_settings_bind (self->settings, "preview-before-printing", toggle, "active",
                   G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (group, row);
}

static void
add_desk_page (BdPreferencesWindow *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("This Desk"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "printer-symbolic");
  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (page), "desk");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Printing"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Kept on this computer, for whoever signs in here"));
  if (self->settings != NULL)
    {
      add_printer_row (self, ADW_PREFERENCES_GROUP (group));
      add_paper_row (self, ADW_PREFERENCES_GROUP (group));
      add_preview_row (self, ADW_PREFERENCES_GROUP (group));
    }
  else
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("This desk’s preferences are not installed"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
}

/* ── the branch ──────────────────────────────────────────────────────────────────── */

static void
toast (BdPreferencesWindow *self,
       const char          *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

static void
clear_marks (BdPreferencesWindow *self)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      SettingField *field = &g_array_index (self->fields, SettingField, i);

      bd_field_mark_clear (&field->mark);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field->entry), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (field->entry),
                                     GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
    }
}

/* The row is marked (bd-form-fields); the entry in it is what a screen reader is on when
 * the focus comes back, so it says the same. */
static void
mark_field (SettingField *field,
            const char   *message)
{
  bd_field_mark_set (&field->mark, field->row, message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (field->entry), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  if (field->mark.note != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (field->entry),
                                    GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, field->mark.note, -1);
}

/* Every refused value's message on its own field; the first refused field takes the
 * focus, and nothing typed is touched. */
static void
mark_problems (BdPreferencesWindow *self,
               GHashTable          *problems)
{
  gboolean focused = FALSE;

  for (guint i = 0; i < self->fields->len; i++)
    {
      SettingField *field = &g_array_index (self->fields, SettingField, i);
      const char *message = g_hash_table_lookup (problems, field->setting->key);

      if (message == NULL)
        continue;
      mark_field (field, message);
      if (focused)
        continue;
      /* Focused with the cursor at the end, not the text selected: a key pressed then
       * would replace what was typed. */
      focused = gtk_widget_grab_focus (GTK_WIDGET (field->entry));
      gtk_editable_set_position (field->entry, -1);
    }
}

static void
save_clicked_cb (BdPreferencesWindow *self)
{
  g_autoptr(GHashTable) typed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  for (guint i = 0; i < self->fields->len; i++)
    {
      SettingField *field = &g_array_index (self->fields, SettingField, i);

      g_hash_table_insert (typed, (gpointer) field->setting->key,
                           (gpointer) gtk_editable_get_text (field->entry));
    }
  clear_marks (self);
  if (bd_branch_settings_desk_save (self->session, typed, &problems, &n_changed, &error))
    toast (self, n_changed > 0 ? _("The branch’s settings are saved")
                               : _("Nothing was changed"));
  else if (problems != NULL)
    mark_problems (self, problems);
  else
    toast (self, error->message);
}

static void
add_setting_row (BdPreferencesWindow   *self,
                 AdwPreferencesGroup   *group,
                 const BdBranchSetting *setting,
                 GHashTable            *values)
{
  g_autofree char *limits = bd_branch_setting_describe (setting);
  const char *value = g_hash_table_lookup (values, setting->key);
  SettingField field = { setting, adw_action_row_new (), NULL, { NULL, NULL } };
  GtkWidget *entry = gtk_entry_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field.row), _(setting->label));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (field.row), limits);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  /* One width for every text, one for every number: the fields line up. */
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 4);
  gtk_widget_set_size_request (entry, setting->kind == BD_SETTING_NUMBER ? NUMBER_WIDTH
                                                                         : TEXT_WIDTH, -1);
  gtk_editable_set_text (GTK_EDITABLE (entry), value != NULL ? value : "");
  adw_action_row_add_suffix (ADW_ACTION_ROW (field.row), entry);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field.row), entry);
  bd_accessible_set_label (entry, _(setting->label));
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (save_clicked_cb), self);
  adw_preferences_group_add (group, field.row);
  field.entry = GTK_EDITABLE (entry);
  g_array_append_val (self->fields, field);
}

static GtkWidget *
save_button_new (BdPreferencesWindow *self)
{
  GtkWidget *button = gtk_button_new_with_label (_("Save"));

  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_margin_top (button, 12);
  gtk_widget_set_tooltip_text (button, _("Save every setting of the branch at once"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (save_clicked_cb), self);
  return button;
}

/* Shown to administrators only; NULL values (not allowed, the file unreadable) say why. */
static void
add_branch_page (BdPreferencesWindow *self)
{
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GError) error = NULL;
  const BdBranchSetting *settings;
  GtkWidget *page;
  GtkWidget *group;
  GtkWidget *actions;
  guint n_settings;

  if (!bd_branch_settings_desk_may_edit (self->session))
    return;
  if ((values = bd_branch_settings_desk_read (self->session, &error)) == NULL)
    {
      toast (self, error->message);
      return;
    }
  page = adw_preferences_page_new ();
  group = adw_preferences_group_new ();
  actions = adw_preferences_group_new ();
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Branch"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "system-users-symbolic");
  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (page), "branch");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("The Branch’s Settings"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Every desk of the branch uses them; each change "
                                           "is written to the audit log"));
  settings = bd_branch_settings_get_all (&n_settings);
  for (guint i = 0; i < n_settings; i++)
    add_setting_row (self, ADW_PREFERENCES_GROUP (group), &settings[i], values);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (actions), save_button_new (self));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (actions));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
}

/* The window's own search entry, or NULL. */
static GtkWidget *
find_search_entry (GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_search_entry (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* libadwaita 1.2 keeps its search entry in the tree, hidden and named after its class,
 * even with the search turned off. */
static void
name_search_entry (BdPreferencesWindow *self)
{
  GtkWidget *entry = find_search_entry (GTK_WIDGET (self));

  if (entry != NULL)
    bd_accessible_set_label (entry, _("Search preferences"));
}

GtkWidget *
bd_preferences_window_new (GtkWindow *parent,
                           GSettings *settings,
                           BdSession *session)
{
  BdPreferencesWindow *self;

  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  self = g_object_new (BD_TYPE_PREFERENCES_WINDOW,
                       "title", _("Preferences"),
                       "transient-for", parent,
                       "modal", TRUE,
                       "search-enabled", FALSE,
                       "default-width", 720,
                       "default-height", 640,
                       NULL);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  self->session = g_object_ref (session);
  self->fields = g_array_new (FALSE, TRUE, sizeof (SettingField));
  add_desk_page (self);
  add_branch_page (self);
  name_search_entry (self);
  return GTK_WIDGET (self);
}
