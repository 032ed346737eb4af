/* bd-status-label.c — a status in a word or two, coloured by what it means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-status-label.h"

GtkWidget *
bd_status_label_new (const char *text,
                     const char *look,
                     const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, look);
  gtk_widget_add_css_class (label, style);
  return label;
}
