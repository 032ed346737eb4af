/* bd-accessible.c — names a screen reader can say, where GTK 4.8 and libadwaita 1.2 give none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 names a widget by its accessible label followed by every label tied to it: a
 * button labelled "登录" whose visible label is "登录(_S)" is read "登录 登录(S)", an entry row
 * "密码 密码". It names a widget with neither after its class ("GtkImage"), and leaves the
 * rows of a list view nameless. libadwaita 1.2 names a dialog's response buttons with the
 * raw mnemonic ("取消(_C) 取消(C)"). These helpers give each control one proper name; the
 * end-to-end test walks the whole tree for any that still has none (tests/e2e).
 */
#define G_LOG_DOMAIN "bd-accessible"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bd-accessible.h"

/**
 * bd_accessible_strip_mnemonic:
 * @label: a label with a mnemonic: "取消(_C)", "_Cancel", "A__B"
 *
 * Returns: (transfer full): the words a listener should hear: "取消", "Cancel", "A_B"
 */
char *
bd_accessible_strip_mnemonic (const char *label)
{
  GString *words = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      /* Chinese puts the key after the words, in brackets of either width: drop it all. */
      if ((*p == '(' && p[1] == '_' && p[2] != '\0' && p[3] == ')'))
        {
          p += 3;
          continue;
        }
      if (g_str_has_prefix (p, "（_") && p[strlen ("（_")] != '\0' &&
          g_str_has_prefix (p + strlen ("（_") + 1, "）"))
        {
          p += strlen ("（_") + strlen ("）");
          continue;
        }
      /* "__" is an underscore shown; a single one marks the key. */
      if (*p == '_')
        {
          if (p[1] == '_')
            g_string_append_c (words, *++p);
          continue;
        }
      g_string_append_c (words, *p);
    }
  return g_strstrip (g_string_free (words, FALSE));
}

/**
 * bd_accessible_keep_label:
 * @widget: a widget whose accessible label is set (in its .ui or in C)
 *
 * Makes that label the widget's whole name: the visible label tied to it (a mnemonic
 * label, an entry row's title, an action row's title) is not read after it a second time.
 */
void
bd_accessible_keep_label (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/**
 * bd_accessible_set_label:
 * @widget: a widget
 * @label: its name, without a mnemonic
 *
 * Names @widget @label, and @label alone (see bd_accessible_keep_label()).
 */
void
bd_accessible_set_label (GtkWidget  *widget,
                         const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  bd_accessible_keep_label (widget);
}

/**
 * bd_accessible_name_list_item:
 * @item_child: the child of a list view's item, bound
 * @label: what the item shows, in words
 *
 * Names the row of a list view (or of a combo row's list) that holds @item_child: GTK 4.8
 * gives the row a role of its own but no name.
 */
void
bd_accessible_name_list_item (GtkWidget  *item_child,
                              const char *label)
{
  GtkWidget *row;

  g_return_if_fail (GTK_IS_WIDGET (item_child));

  row = gtk_widget_get_parent (item_child);
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    label != NULL ? label : "", -1);
}

/**
 * bd_accessible_name_buttons:
 * @root: a dialog, or any widget
 *
 * Names every button under @root whose label has a mnemonic by that label's words alone:
 * "取消(_C)" is read "取消". For the response buttons of an #AdwMessageDialog, which
 * libadwaita 1.2 names by the raw label; call it after the last response is added.
 */
void
bd_accessible_name_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (root))))
    {
      GtkLabel *label = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (root)));

      if (gtk_label_get_use_underline (label))
        {
          g_autofree char *words = bd_accessible_strip_mnemonic (gtk_label_get_label (label));

          bd_accessible_set_label (root, words);
        }
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    bd_accessible_name_buttons (child);
}

/* The combo row's list */

static char *
item_text (AdwComboRow *row,
           gpointer     item)
{
  GtkExpression *expression = adw_combo_row_get_expression (row);
  g_auto(GValue) value = G_VALUE_INIT;

  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (item));
  if (expression != NULL && gtk_expression_evaluate (expression, item, &value) &&
      G_VALUE_HOLDS_STRING (&value))
    return g_value_dup_string (&value);
  return g_strdup ("");
}

static void
update_check (AdwComboRow *row,
              GParamSpec  *pspec,
              GtkListItem *list_item)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);
  gboolean chosen = item != NULL && item == adw_combo_row_get_selected_item (row);

  gtk_widget_set_opacity (gtk_widget_get_last_child (box), chosen ? 1 : 0);
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               AdwComboRow              *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  /* The row's name says it; the check mark is seen, and its selection is a state. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (list_item, box);
  g_signal_connect_object (row, "notify::selected-item", G_CALLBACK (update_check), list_item, 0);
}

/* Both lists show an item the same way: its text in @label, and the same text as the name
 * of @named, the widget a screen reader meets. */
static void
show_item_text (AdwComboRow *row,
                GtkListItem *list_item,
                GtkWidget   *label,
                GtkWidget   *named)
{
  g_autofree char *text = item_text (row, gtk_list_item_get_item (list_item));

  gtk_label_set_label (GTK_LABEL (label), text);
  bd_accessible_name_list_item (named, text);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              AdwComboRow              *row)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);

  show_item_text (row, list_item, gtk_widget_get_first_child (box), box);
  update_check (row, NULL, list_item);
}

/* The choice shown in the row itself: libadwaita 1.2 shows it in a list of its own. */
static void
setup_current_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  AdwComboRow              *row)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_current_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 AdwComboRow              *row)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);

  show_item_text (row, list_item, label, label);
}

/**
 * bd_accessible_name_combo_items:
 * @row: a combo row of strings, or with an expression that gives one
 *
 * Shows the choice of @row, and its choices in the popup, in lists whose rows are named by
 * their text (libadwaita 1.2 leaves them nameless), with the check mark on the one chosen. Call it before the row
 * has a model: GTK 4.8 keeps the rows made before in the accessibility tree, nameless.
 */
void
bd_accessible_name_combo_items (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) current = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) choices = gtk_signal_list_item_factory_new ();

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  g_signal_connect (current, "setup", G_CALLBACK (setup_current_cb), row);
  g_signal_connect (current, "bind", G_CALLBACK (bind_current_cb), row);
  adw_combo_row_set_factory (row, current);
  g_signal_connect (choices, "setup", G_CALLBACK (setup_item_cb), row);
  g_signal_connect (choices, "bind", G_CALLBACK (bind_item_cb), row);
  adw_combo_row_set_list_factory (row, choices);
  bd_accessible_keep_label (GTK_WIDGET (row));
}

/* libadwaita 1.2 gives the password row's show-text button no name: GTK calls it after its
 * icon, "GtkImage". It is the row's button with the eye icon. */
static GtkWidget *
find_show_text_button (GtkWidget *root)
{
  const char *icon = GTK_IS_BUTTON (root) ? gtk_button_get_icon_name (GTK_BUTTON (root)) : NULL;

  if (icon != NULL && g_str_has_prefix (icon, "view-"))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_show_text_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
password_visibility_cb (GtkWidget *row)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));
  GtkWidget *button = find_show_text_button (row);

  if (button != NULL)
    bd_accessible_set_label (button, gtk_text_get_visibility (GTK_TEXT (text))
                                     ? _("Hide the password") : _("Show the password"));
}

/**
 * bd_accessible_name_password_peek:
 * @row: an #AdwPasswordEntryRow
 *
 * Names the button that shows or hides @row's text by what it does, and renames it as it
 * toggles: libadwaita 1.2 leaves it named after its icon's class ("GtkImage").
 */
void
bd_accessible_name_password_peek (GtkWidget *row)
{
  g_return_if_fail (ADW_IS_PASSWORD_ENTRY_ROW (row));

  g_signal_connect_object (gtk_editable_get_delegate (GTK_EDITABLE (row)), "notify::visibility",
                           G_CALLBACK (password_visibility_cb), row, G_CONNECT_SWAPPED);
  password_visibility_cb (row);
}

/* The toasts */

/* A button that shows only an icon and has no name of its own: GTK 4.8 would name it
 * after the image's class. */
static gboolean
is_nameless_icon_button (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL &&
         gtk_widget_get_tooltip_text (widget) == NULL &&
         GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget)));
}

static void
name_close_buttons (GtkWidget *root)
{
  if (is_nameless_icon_button (root))
    {
      bd_accessible_set_label (root, _("Close the message"));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_close_buttons (child);
}

static void
toast_children_changed_cb (GListModel *children,
                           guint       position,
                           guint       removed,
                           guint       added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) child = g_list_model_get_item (children, i);

      name_close_buttons (child);
    }
}

static void
watch_overlay (AdwToastOverlay *overlay)
{
  GListModel *children = gtk_widget_observe_children (GTK_WIDGET (overlay));

  g_signal_connect (children, "items-changed", G_CALLBACK (toast_children_changed_cb), NULL);
  /* The list lives as long as the overlay, and is let go with it. */
  g_object_set_data_full (G_OBJECT (overlay), "bd-toast-children", children, g_object_unref);
}

/**
 * bd_accessible_name_toasts:
 * @root: a window or page, made
 *
 * Names the close button of every toast shown by a toast overlay under @root (@root
 * included; an #AdwPreferencesWindow's own one too), which libadwaita 1.2 leaves to be
 * read as "GtkImage". Call it once, when @root is built.
 */
void
bd_accessible_name_toasts (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (ADW_IS_TOAST_OVERLAY (root))
    {
      if (g_object_get_data (G_OBJECT (root), "bd-toast-children") == NULL)
        watch_overlay (ADW_TOAST_OVERLAY (root));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    bd_accessible_name_toasts (child);
}
