/* bd-form-fields.c — what the workflow forms share: choices as buttons, the marked field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the clerk chooses among a few (a request's item, who applies, a claim's kind of
 * event) is chosen with one click among buttons side by side, each a control of its own
 * for screen readers (as the kinds of contact are). A form's refusal names one field: it
 * is marked red and the reason is said right under it, a row of its list or the line
 * under a field of buttons.
 */
#define G_LOG_DOMAIN "bd-form-fields"

#include "config.h"

#include "bd-form-fields.h"

/* The grid keeps the position chosen. */
static GtkGrid *
new_choice_grid (guint columns)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  g_object_set_data (G_OBJECT (grid), "columns", GUINT_TO_POINTER (columns));
  return GTK_GRID (grid);
}

guint
bd_choice_field_get_selected (GtkGrid *grid)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)))
      return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "index"));
  return GTK_INVALID_LIST_POSITION;
}

static void
choice_toggled_cb (GtkToggleButton *button,
                   GCallback        callback)
{
  if (gtk_toggle_button_get_active (button))
    ((void (*) (gpointer)) callback) (g_object_get_data (G_OBJECT (button), "form"));
}

void
bd_choice_field_set (GtkGrid    *grid,
                     GListModel *labels,
                     guint       selected,
                     gpointer    form,
                     GCallback   callback)
{
  guint columns = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (grid), "columns"));
  GtkWidget *child, *first = NULL;
  guint n = labels != NULL ? g_list_model_get_n_items (labels) : 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) label = g_list_model_get_item (labels, i);
      GtkWidget *button = gtk_toggle_button_new_with_label (gtk_string_object_get_string (label));

      gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
      gtk_label_set_justify (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), GTK_JUSTIFY_CENTER);
      if (first != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (first));
      else
        first = button;
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), i == selected);
      g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (button), "form", form);
      g_signal_connect (button, "toggled", G_CALLBACK (choice_toggled_cb), callback);
      gtk_grid_attach (grid, button, i % columns, i / columns, 1, 1);
    }
}

GtkGrid *
bd_choice_field_add (GtkBox     *box,
                     const char *title,
                     guint       columns)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *note = gtk_label_new (NULL);
  GtkGrid *grid = new_choice_grid (columns);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 6);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_widget_add_css_class (note, "error");
  gtk_widget_set_visible (note, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (box, heading);
  gtk_box_append (box, GTK_WIDGET (grid));
  gtk_box_append (box, note);
  g_object_set_data (G_OBJECT (grid), "note", note);
  return grid;
}

void
bd_field_mark_clear (BdFieldMark *mark)
{
  if (mark->row != NULL)
    {
      GtkWidget *note = g_object_get_data (G_OBJECT (mark->row), "note");

      if (note != NULL)
        {
          gtk_label_set_label (GTK_LABEL (note), "");
          gtk_widget_set_visible (note, FALSE);
        }
      gtk_widget_remove_css_class (mark->row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (mark->row), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (mark->row),
                                     GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
      mark->row = NULL;
    }
  if (mark->note != NULL)
    {
      GtkWidget *list = gtk_widget_get_parent (mark->note);

      if (list != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (list), mark->note);
      mark->note = NULL;
    }
}

/* A screen reader hears the note as the field's error message. The focus stays where the
 * clerk types. */
void
bd_field_mark_set (BdFieldMark *mark,
                   GtkWidget   *row,
                   const char  *message)
{
  GtkWidget *list = gtk_widget_get_parent (row);
  GtkWidget *note = g_object_get_data (G_OBJECT (row), "note");

  if (note != NULL)
    {
      /* A field of buttons: its own line under it. */
      bd_field_mark_clear (mark);
      gtk_label_set_label (GTK_LABEL (note), message);
      gtk_widget_set_visible (note, TRUE);
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE,
                                      note, -1);
      mark->row = row;
      return;
    }
  if (mark->row == row && mark->note != NULL &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (mark->note)), message) == 0)
    return;
  bd_field_mark_clear (mark);
  if (!GTK_IS_LIST_BOX (list))
    return;
  note = adw_action_row_new ();
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
  mark->row = row;
  mark->note = note;
}

