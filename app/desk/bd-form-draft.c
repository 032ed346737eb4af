/* bd-form-draft.c — a half-filled form kept as a value while the desk is locked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Locking empties every widget (clear_desk() in bd-window.c), and a form half filled in
 * for the customer at the desk would be lost with it. A page hands its form over as a
 * draft before the lock and takes it back after: the draft is a GVariant dictionary that
 * names each control by its place in the widget tree ("0.3.1") and holds its value. The
 * controls are the ones a form is made of — text (entries, entry rows), switches, toggle
 * and check buttons, combo rows and drop-downs, spin buttons and calendars — so a page
 * whose fields change keeps its drafts without code of its own. A draft goes back only
 * into the same form, read the same way.
 */
#define G_LOG_DOMAIN "bd-form-draft"

#include "config.h"

#include <adwaita.h>

#include "bd-form-draft.h"

typedef struct
{
  GVariantDict *dict;
  gboolean      typed;   /* some text was typed: the draft is worth keeping */
} Capture;

/* The value of @widget if it is a control of a form; NULL for containers. The controls
 * are leaves: an entry row's inner text is its own. */
static GVariant *
control_value (GtkWidget *widget,
               gboolean  *typed)
{
  if (GTK_IS_SPIN_BUTTON (widget))
    return g_variant_new_double (gtk_spin_button_get_value (GTK_SPIN_BUTTON (widget)));
  if (GTK_IS_EDITABLE (widget))
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (widget));
      *typed |= text[0] != '\0';
      return g_variant_new_string (text);
    }
  if (GTK_IS_SWITCH (widget))
    return g_variant_new_boolean (gtk_switch_get_active (GTK_SWITCH (widget)));
  /* A menu button's toggle is no field of the form: put back, it would open the menu. */
  if (GTK_IS_TOGGLE_BUTTON (widget) && !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)))
    return g_variant_new_boolean (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget)));
  if (GTK_IS_CHECK_BUTTON (widget))
    return g_variant_new_boolean (gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
  if (ADW_IS_COMBO_ROW (widget))
    return g_variant_new_uint32 (adw_combo_row_get_selected (ADW_COMBO_ROW (widget)));
  if (GTK_IS_DROP_DOWN (widget))
    return g_variant_new_uint32 (gtk_drop_down_get_selected (GTK_DROP_DOWN (widget)));
  if (GTK_IS_CALENDAR (widget))
    {
      g_autoptr(GDateTime) day = gtk_calendar_get_date (GTK_CALENDAR (widget));
      return g_variant_new_int64 (g_date_time_to_unix (day));
    }
  return NULL;
}

static void
capture_tree (GtkWidget  *widget,
              const char *path,
              Capture    *capture)
{
  GVariant *value = control_value (widget, &capture->typed);
  guint i = 0;

  if (value != NULL)
    {
      g_variant_dict_insert_value (capture->dict, path, value);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      g_autofree char *child_path = g_strdup_printf ("%s.%u", path, i);
      capture_tree (child, child_path, capture);
    }
}

GVariant *
bd_form_draft_capture (GtkWidget *root)
{
  g_autoptr(GVariantDict) dict = g_variant_dict_new (NULL);
  Capture capture = { dict, FALSE };

  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  capture_tree (root, "0", &capture);
  if (!capture.typed)
    return NULL;
  return g_variant_dict_end (dict);
}

gboolean
bd_form_draft_has_input (GtkWidget *root)
{
  g_autoptr(GVariant) draft = bd_form_draft_capture (root);

  if (draft != NULL)
    g_variant_ref_sink (draft);
  return draft != NULL;
}

static void
restore_control (GtkWidget *widget,
                 GVariant  *value)
{
  if (GTK_IS_SPIN_BUTTON (widget) && g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), g_variant_get_double (value));
  else if (GTK_IS_EDITABLE (widget) && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    gtk_editable_set_text (GTK_EDITABLE (widget), g_variant_get_string (value, NULL));
  else if (GTK_IS_SWITCH (widget) && g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    gtk_switch_set_active (GTK_SWITCH (widget), g_variant_get_boolean (value));
  else if (GTK_IS_TOGGLE_BUTTON (widget) && g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    {
      /* A button of a group is set by setting the one that is down. */
      if (g_variant_get_boolean (value))
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (widget), TRUE);
    }
  else if (GTK_IS_CHECK_BUTTON (widget) && g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (widget), g_variant_get_boolean (value));
  else if (ADW_IS_COMBO_ROW (widget) && g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    adw_combo_row_set_selected (ADW_COMBO_ROW (widget), g_variant_get_uint32 (value));
  else if (GTK_IS_DROP_DOWN (widget) && g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), g_variant_get_uint32 (value));
  else if (GTK_IS_CALENDAR (widget) && g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    {
      g_autoptr(GDateTime) day = g_date_time_new_from_unix_local (g_variant_get_int64 (value));
      gtk_calendar_select_day (GTK_CALENDAR (widget), day);
    }
}

static gboolean
is_control (GtkWidget *widget)
{
  gboolean typed = FALSE;
  g_autoptr(GVariant) value = control_value (widget, &typed);

  if (value != NULL)
    g_variant_ref_sink (value);
  return value != NULL;
}

static void
restore_tree (GtkWidget    *widget,
              const char   *path,
              GVariantDict *dict)
{
  g_autoptr(GVariant) value = g_variant_dict_lookup_value (dict, path, NULL);
  guint i = 0;

  if (value != NULL)
    {
      restore_control (widget, value);
      return;
    }
  /* A control without a value in the draft keeps what it has, and is not entered. */
  if (is_control (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      g_autofree char *child_path = g_strdup_printf ("%s.%u", path, i);
      restore_tree (child, child_path, dict);
    }
}

void
bd_form_draft_restore (GtkWidget *root,
                       GVariant  *draft)
{
  g_autoptr(GVariantDict) dict = NULL;

  g_return_if_fail (GTK_IS_WIDGET (root));

  if (draft == NULL || !g_variant_is_of_type (draft, G_VARIANT_TYPE_VARDICT))
    return;
  dict = g_variant_dict_new (draft);
  restore_tree (root, "0", dict);
}
