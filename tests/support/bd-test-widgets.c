/* bd-test-widgets.c — starting the window tests, waiting for frames, finding widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window tests look for widgets the way a person does: by what they are and what
 * they say. What every window test needs for that is here, once.
 */
#include "config.h"

#include <string.h>

#include "bd-after-paint.h"
#include "bd-test-widgets.h"

char *
bd_test_ui_init (int         *argc,
                 char      ***argv,
                 const char  *prefix)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  return bd_test_folder_new (prefix);
}

GtkWidget *
bd_test_find_first (GtkWidget    *root,
                    BdTestMatch   match,
                    gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bd_test_find_first (child, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* The first widget of @type under @root, depth first, @root included. */
GtkWidget *
bd_test_find_widget (GtkWidget *root,
                     GType      type)
{
  return bd_test_find_first (root, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The first button under @root whose label is @label. */
GtkWidget *
bd_test_find_button (GtkWidget  *root,
                     const char *label)
{
  return bd_test_find_first (root, is_button_labelled, label);
}

typedef struct
{
  GType       type;
  const char *title;
} RowWanted;

static gboolean
is_row_wanted (GtkWidget     *widget,
               gconstpointer  data)
{
  const RowWanted *wanted = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, wanted->type) &&
         g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), wanted->title);
}

GtkWidget *
bd_test_find_row (GtkWidget  *root,
                  GType       type,
                  const char *title)
{
  RowWanted wanted = { type, title };

  g_return_val_if_fail (g_type_is_a (type, ADW_TYPE_PREFERENCES_ROW), NULL);
  return bd_test_find_first (root, is_row_wanted, &wanted);
}

/* The entry row under @root titled @title, as the editable it is. */
GtkEditable *
bd_test_find_entry_row (GtkWidget  *root,
                        const char *title)
{
  GtkWidget *row = bd_test_find_row (root, ADW_TYPE_ENTRY_ROW, title);

  return row != NULL ? GTK_EDITABLE (row) : NULL;
}

void
bd_test_wait_for_frames (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  /* A page builds what is below the fold after its first frame. */
  while (bd_after_paint_count_pending () > 0)
    g_main_context_iteration (NULL, TRUE);
}

BdWindow *
bd_test_window_new (BdSession *session,
                    int        width,
                    int        height)
{
  BdWindow *window = bd_window_new (NULL, NULL);

  bd_window_set_session (window, session);
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  bd_test_wait_for_frames (GTK_WIDGET (window));
  return window;
}

void
bd_test_open_found (BdWindow   *window,
                    const char *text,
                    const char *name)
{
  g_autoptr(BdCustomer) found = NULL;

  bd_window_search (window, text);
  found = bd_test_find_in_results (bd_window_get_results (window), name);
  g_assert_nonnull (found);
  bd_window_open_customer (window, found);
  bd_test_wait_for_frames (GTK_WIDGET (window));
}

static gboolean
contains (const char *haystack,
          const char *needle)
{
  return haystack != NULL && strstr (haystack, needle) != NULL;
}

gboolean
bd_test_shows_text (GtkWidget  *root,
                    const char *text,
                    BdTestText  where)
{
  if ((where & BD_TEST_TEXT_LABEL) && GTK_IS_LABEL (root) &&
      contains (gtk_label_get_label (GTK_LABEL (root)), text))
    return TRUE;
  if ((where & BD_TEST_TEXT_BUTTON) && GTK_IS_BUTTON (root) &&
      contains (gtk_button_get_label (GTK_BUTTON (root)), text))
    return TRUE;
  if ((where & BD_TEST_TEXT_EDITABLE) && GTK_IS_EDITABLE (root) &&
      contains (gtk_editable_get_text (GTK_EDITABLE (root)), text))
    return TRUE;
  if ((where & BD_TEST_TEXT_ROW_TITLE) && ADW_IS_PREFERENCES_ROW (root) &&
      contains (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), text))
    return TRUE;
  if ((where & BD_TEST_TEXT_ROW_SUBTITLE) && ADW_IS_ACTION_ROW (root) &&
      contains (adw_action_row_get_subtitle (ADW_ACTION_ROW (root)), text))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (bd_test_shows_text (child, text, where))
      return TRUE;
  return FALSE;
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

GtkWidget *
bd_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}
