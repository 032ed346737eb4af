/* bd-form-fields.h — what the workflow forms share: choices as buttons, and the field a
 * refusal is about, marked with its reason under it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A field of buttons under its title, @columns a line, with a line under it for a
 * refusal; appended to @box. */
GtkGrid *bd_choice_field_add          (GtkBox      *box,
                                       const char  *title,
                                       guint        columns);
/* The position pressed, or GTK_INVALID_LIST_POSITION. */
guint    bd_choice_field_get_selected (GtkGrid     *grid);
/* A button per label of @labels, @selected pressed; @callback runs with @form when
 * another is pressed. */
void     bd_choice_field_set          (GtkGrid     *grid,
                                       GListModel  *labels,
                                       guint        selected,
                                       gpointer     form,
                                       GCallback    callback);

/* The field a form's refusal is about and the note that says why. */
typedef struct
{
  GtkWidget *row;
  GtkWidget *note;
} BdFieldMark;

void     bd_field_mark_clear          (BdFieldMark *mark);
/* Marks @row (a row of a list, or a choice field) red and says @message under it. */
void     bd_field_mark_set            (BdFieldMark *mark,
                                       GtkWidget   *row,
                                       const char  *message);

G_END_DECLS
