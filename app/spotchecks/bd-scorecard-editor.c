/* bd-scorecard-editor.c — a supervisor edits a kind of work's scorecard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * domain.md §8: supervisors edit scorecards, and an edit is a new version; a check keeps
 * the version it was drawn with. The editor shows the newest version of the chosen
 * kind's scorecard, item by item — its name, weight and whether failing it fails the
 * record, what it applies to and whether the record's data decides it —, lets the
 * supervisor add an observed item or retire one (left out of the next version, never
 * deleted: the earlier versions keep it), and saves through the desk, which checks the
 * draft and says what is wrong on each field; what was entered stays as it was.
 */
#define G_LOG_DOMAIN "bd-spotchecks"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-form-fields.h"
#include "bd-scorecard-editor.h"
#include "bd-spotchecks-desk.h"

typedef struct
{
  char                *key;         /* NULL: an observed item added now */
  char                *title;       /* the item's name as shown, for its controls' names */
  gboolean             from_data;
  AdwPreferencesGroup *group;
  GtkWidget           *label_row;
  GtkWidget           *weight_row;
  GtkWidget           *instant_switch;
  GtkWidget           *retire_button;
} EditorItem;

struct _BdScorecardEditor
{
  AdwBin               parent_instance;

  BdSession           *session;
  guint                version;
  guint                n_added;
  GPtrArray           *items;       /* EditorItem */
  GArray              *marks;       /* BdFieldMark: the draft's problems, each on its field */

  AdwPreferencesGroup *card_group;
  GtkWidget           *kind_row;
  GtkWidget           *pass_mark_row;
  GtkBox              *items_box;
};

G_DEFINE_FINAL_TYPE (BdScorecardEditor, bd_scorecard_editor, ADW_TYPE_BIN)

static void
editor_item_free (gpointer data)
{
  EditorItem *item = data;

  g_free (item->key);
  g_free (item->title);
  g_free (item);
}

static void
show_toast (BdScorecardEditor *self,
            const char        *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_message ("%s", message);
}

static BdWorkKind
chosen_kind (BdScorecardEditor *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind_row));

  return selected < BD_N_WORK_KINDS ? (BdWorkKind) selected : BD_WORK_REQUEST;
}

static void
clear_marks (BdScorecardEditor *self)
{
  for (guint i = 0; i < self->marks->len; i++)
    bd_field_mark_clear (&g_array_index (self->marks, BdFieldMark, i));
  g_array_set_size (self->marks, 0);
}

void
bd_scorecard_editor_clear (BdScorecardEditor *self)
{
  GtkWidget *child;

  g_return_if_fail (BD_IS_SCORECARD_EDITOR (self));

  clear_marks (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->items_box))) != NULL)
    gtk_box_remove (self->items_box, child);
  g_ptr_array_set_size (self->items, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->pass_mark_row), "");
  adw_preferences_group_set_description (self->card_group, NULL);
  self->version = 0;
  self->n_added = 0;
}

/* ── an item ───────────────────────────────────────────────────────────────────── */

static char *
item_description (BdScorecardEditor *self,
                  EditorItem        *item)
{
  const char *decided = item->from_data ? _("decided by the record’s data")
                                        : _("observed by the supervisor");

  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (item->retire_button)))
    return g_strdup (_("Retired: left out of the next version; earlier versions keep it"));
  /* Translators: an item's kind of work, then who decides it */
  return g_strdup_printf (_("Applies to %s · %s"), bd_work_kind_get_label (chosen_kind (self)),
                          decided);
}

static void
retire_toggled_cb (GtkToggleButton *button,
                   EditorItem      *item)
{
  BdScorecardEditor *self = BD_SCORECARD_EDITOR (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                          BD_TYPE_SCORECARD_EDITOR));
  gboolean retired = gtk_toggle_button_get_active (button);
  g_autofree char *description = item_description (self, item);

  gtk_widget_set_sensitive (item->label_row, !retired);
  gtk_widget_set_sensitive (item->weight_row, !retired);
  gtk_widget_set_sensitive (gtk_widget_get_ancestor (item->instant_switch, ADW_TYPE_ACTION_ROW),
                            !retired);
  gtk_button_set_label (GTK_BUTTON (button), retired ? _("Keep") : _("Retire"));
  adw_preferences_group_set_description (item->group, description);
}

static GtkWidget *
entry_row (AdwPreferencesGroup *group,
           const char          *title,
           const char          *name,
           const char          *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  bd_accessible_set_label (row, name);
  adw_preferences_group_add (group, row);
  return row;
}

static GtkWidget *
switch_row (AdwPreferencesGroup *group,
            const char          *title,
            const char          *name,
            gboolean             active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_switch_set_active (GTK_SWITCH (toggle), active);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  /* After the row ties its title to the switch: the name is said once. */
  bd_accessible_set_label (toggle, name);
  adw_preferences_group_add (group, row);
  return toggle;
}

static GtkWidget *
retire_button_new (EditorItem *item)
{
  GtkWidget *button = gtk_toggle_button_new_with_label (_("Retire"));
  /* Translators: the button that leaves an item out of the scorecard's next version */
  g_autofree char *name = g_strdup_printf (_("Retire %s"), item->title);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  bd_accessible_set_label (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Left out of the next version; earlier versions keep it"),
                                  -1);
  g_signal_connect (button, "toggled", G_CALLBACK (retire_toggled_cb), item);
  return button;
}

static EditorItem *
add_item (BdScorecardEditor *self,
          const BdScoreItem *score_item)
{
  EditorItem *item = g_new0 (EditorItem, 1);
  g_autofree char *weight = g_strdup_printf ("%u", score_item->weight);
  g_autofree char *description = NULL;
  g_autofree char *label_name = NULL;
  g_autofree char *weight_name = NULL;
  g_autofree char *instant_name = NULL;

  item->key = g_strdup (score_item->key);
  item->from_data = score_item->from_data;
  item->title = score_item->key != NULL ? g_strdup (score_item->label)
                                        : g_strdup_printf (_("New observed item %u"),
                                                           ++self->n_added);
  /* Translators: the names of an item's fields for a screen reader, with the item's name */
  label_name = g_strdup_printf (_("Name of %s"), item->title);
  weight_name = g_strdup_printf (_("Weight of %s"), item->title);
  instant_name = g_strdup_printf (_("%s fails the record alone"), item->title);
  item->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (item->group, item->title);
  item->label_row = entry_row (item->group, _("Item name"), label_name, score_item->label);
  item->weight_row = entry_row (item->group, _("Weight (1 to 10)"), weight_name, weight);
  item->instant_switch = switch_row (item->group, _("Failing it fails the record"), instant_name,
                                     score_item->instant_fail);
  item->retire_button = retire_button_new (item);
  adw_preferences_group_set_header_suffix (item->group, item->retire_button);
  description = item_description (self, item);
  adw_preferences_group_set_description (item->group, description);
  gtk_box_append (self->items_box, GTK_WIDGET (item->group));
  g_ptr_array_add (self->items, item);
  return item;
}

static void
add_clicked_cb (BdScorecardEditor *self)
{
  BdScoreItem blank = { NULL, "", 1, FALSE, FALSE };
  EditorItem *item;

  if (self->session == NULL)
    return;
  item = add_item (self, &blank);
  gtk_widget_grab_focus (item->label_row);
}

/* ── showing and saving ────────────────────────────────────────────────────────── */

static void
show_version (BdScorecardEditor *self)
{
  g_autofree char *text = g_strdup_printf (_("Version %u: new checks are scored with it; "
                                             "earlier checks keep theirs"), self->version);

  adw_preferences_group_set_description (self->card_group, text);
}

gboolean
bd_scorecard_editor_show (BdScorecardEditor  *self,
                          BdSession          *session,
                          GError            **error)
{
  g_autoptr(BdScorecard) scorecard = NULL;
  g_autofree char *pass_mark = NULL;

  g_return_val_if_fail (BD_IS_SCORECARD_EDITOR (self), FALSE);
  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  g_set_object (&self->session, session);
  scorecard = bd_spotchecks_desk_get_current_scorecard (session, chosen_kind (self), error);
  bd_scorecard_editor_clear (self);
  if (scorecard == NULL)
    return FALSE;
  self->version = scorecard->version;
  pass_mark = g_strdup_printf ("%u", scorecard->pass_mark);
  gtk_editable_set_text (GTK_EDITABLE (self->pass_mark_row), pass_mark);
  for (guint i = 0; i < scorecard->items->len; i++)
    add_item (self, &g_array_index (scorecard->items, BdScoreItem, i));
  show_version (self);
  return TRUE;
}

static const char *
text_of (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static GArray *
read_draft (BdScorecardEditor *self)
{
  GArray *draft = g_array_new (FALSE, TRUE, sizeof (BdScoreItemDraft));

  for (guint i = 0; i < self->items->len; i++)
    {
      EditorItem *item = g_ptr_array_index (self->items, i);
      BdScoreItemDraft entry = {
        item->key, text_of (item->label_row), text_of (item->weight_row),
        gtk_switch_get_active (GTK_SWITCH (item->instant_switch)), item->from_data,
        gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (item->retire_button)),
      };

      g_array_append_val (draft, entry);
    }
  return draft;
}

static GtkWidget *
problem_field (BdScorecardEditor        *self,
               const BdScorecardProblem *problem)
{
  EditorItem *item = problem->item < self->items->len
                     ? g_ptr_array_index (self->items, problem->item) : NULL;

  switch (problem->field)
    {
    case BD_SCORECARD_FIELD_PASS_MARK:
      return self->pass_mark_row;
    case BD_SCORECARD_FIELD_LABEL:
      return item != NULL ? item->label_row : NULL;
    case BD_SCORECARD_FIELD_WEIGHT:
      return item != NULL ? item->weight_row : NULL;
    case BD_SCORECARD_FIELD_ITEMS:
    default:
      return self->kind_row;
    }
}

/* Each problem on its field, the focus on the first. */
static void
mark_problems (BdScorecardEditor *self,
               GArray            *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      BdScorecardProblem *problem = &g_array_index (problems, BdScorecardProblem, i);
      GtkWidget *field = problem_field (self, problem);
      BdFieldMark mark = { NULL, NULL };

      if (field == NULL)
        continue;
      bd_field_mark_set (&mark, field, problem->message);
      g_array_append_val (self->marks, mark);
      if (i == 0)
        gtk_widget_grab_focus (field);
    }
}

gboolean
bd_scorecard_editor_save (BdScorecardEditor  *self,
                          GError            **error)
{
  g_autoptr(GArray) draft = NULL;
  g_autoptr(GArray) problems = NULL;
  guint version = 0;

  g_return_val_if_fail (BD_IS_SCORECARD_EDITOR (self), FALSE);
  g_return_val_if_fail (self->session != NULL, FALSE);

  clear_marks (self);
  draft = read_draft (self);
  if (!bd_spotchecks_desk_edit_scorecard (self->session, chosen_kind (self),
                                          (BdScoreItemDraft *) draft->data, draft->len,
                                          text_of (self->pass_mark_row), &version, &problems,
                                          error))
    {
      if (problems != NULL)
        mark_problems (self, problems);
      return FALSE;
    }
  return bd_scorecard_editor_show (self, self->session, error);
}

guint
bd_scorecard_editor_get_version (BdScorecardEditor *self)
{
  g_return_val_if_fail (BD_IS_SCORECARD_EDITOR (self), 0);
  return self->version;
}

static void
save_clicked_cb (BdScorecardEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;

  if (self->session == NULL)
    return;
  if (!bd_scorecard_editor_save (self, &error))
    {
      /* A draft's problems are on their fields; anything else is said here. */
      if (!g_error_matches (error, BD_SPOT_ERROR, BD_SPOT_ERROR_INVALID))
        show_toast (self, error->message);
      return;
    }
  saved = g_strdup_printf (_("Version %u of the scorecard saved"), self->version);
  show_toast (self, saved);
}

static void
kind_changed_cb (BdScorecardEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->session != NULL && !bd_scorecard_editor_show (self, self->session, &error))
    show_toast (self, error->message);
}

/* ── the editor ────────────────────────────────────────────────────────────────── */

static GtkWidget *
kind_row_new (void)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (guint kind = 0; kind < BD_N_WORK_KINDS; kind++)
    gtk_string_list_append (kinds, bd_work_kind_get_label (kind));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Kind of work"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (kinds));
  bd_accessible_name_combo_items (ADW_COMBO_ROW (row));
  /* libadwaita 1.2 names a combo row after its class, not its title. */
  bd_accessible_set_label (row, _("Kind of work"));
  return row;
}

static GtkWidget *
button_new (const char *label,
            const char *style,
            GCallback   callback,
            gpointer    self)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  if (style != NULL)
    gtk_widget_add_css_class (button, style);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

static GtkWidget *
build_content (BdScorecardEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->card_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->card_group, _("Scorecard"));
  self->kind_row = kind_row_new ();
  adw_preferences_group_add (self->card_group, self->kind_row);
  self->pass_mark_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->pass_mark_row),
                                 _("Pass mark (per cent)"));
  adw_preferences_group_add (self->card_group, self->pass_mark_row);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->card_group));
  self->items_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->items_box));
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), button_new (_("Add an observed item"), "pill",
                                                 G_CALLBACK (add_clicked_cb), self));
  gtk_box_append (GTK_BOX (buttons), button_new (_("Save as a new version"), "suggested-action",
                                                 G_CALLBACK (save_clicked_cb), self));
  gtk_widget_add_css_class (gtk_widget_get_last_child (buttons), "pill");
  gtk_box_append (GTK_BOX (box), buttons);
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (kind_changed_cb),
                            self);
  return box;
}

static void
bd_scorecard_editor_dispose (GObject *object)
{
  BdScorecardEditor *self = BD_SCORECARD_EDITOR (object);

  g_clear_object (&self->session);
  G_OBJECT_CLASS (bd_scorecard_editor_parent_class)->dispose (object);
}

static void
bd_scorecard_editor_finalize (GObject *object)
{
  BdScorecardEditor *self = BD_SCORECARD_EDITOR (object);

  g_ptr_array_unref (self->items);
  g_array_unref (self->marks);
  G_OBJECT_CLASS (bd_scorecard_editor_parent_class)->finalize (object);
}

static void
bd_scorecard_editor_class_init (BdScorecardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_scorecard_editor_dispose;
  object_class->finalize = bd_scorecard_editor_finalize;
}

static void
bd_scorecard_editor_init (BdScorecardEditor *self)
{
  self->items = g_ptr_array_new_with_free_func (editor_item_free);
  self->marks = g_array_new (FALSE, TRUE, sizeof (BdFieldMark));
  adw_bin_set_child (ADW_BIN (self), build_content (self));
}

GtkWidget *
bd_scorecard_editor_new (void)
{
  return g_object_new (BD_TYPE_SCORECARD_EDITOR, NULL);
}
