/* bd-test-widgets.c — finding the window's widgets in the window tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window tests look for widgets the way a person does: by what they are and what
 * they say. What every window test needs for that is here, once.
 */
#include "config.h"

#include "bd-test-widgets.h"

/* The first widget of @type under @root, depth first, @root included. */
GtkWidget *
bd_test_find_widget (GtkWidget *root,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bd_test_find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first button under @root whose label is @label. */
GtkWidget *
bd_test_find_button (GtkWidget  *root,
                     const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bd_test_find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The entry row under @root titled @title, as the editable it is. */
GtkEditable *
bd_test_find_entry_row (GtkWidget  *root,
                        const char *title)
{
  if (ADW_IS_ENTRY_ROW (root) &&
      g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title))
    return GTK_EDITABLE (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found = bd_test_find_entry_row (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The customer called @name among search @results, or NULL. */
BdCustomer *
bd_test_find_in_results (GListModel *results,
                         const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BdCustomer) customer = g_list_model_get_item (results, i);
      if (g_str_equal (bd_customer_get_name (customer), name))
        return g_steal_pointer (&customer);
    }
  return NULL;
}
