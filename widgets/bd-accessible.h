/* bd-accessible.h — names a screen reader can say, where GTK 4.8 and libadwaita 1.2 give none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

char *bd_accessible_strip_mnemonic    (const char  *label);

void  bd_accessible_keep_label        (GtkWidget   *widget);
void  bd_accessible_set_label         (GtkWidget   *widget,
                                       const char  *label);
void  bd_accessible_name_list_item    (GtkWidget   *item_child,
                                       const char  *label);
void  bd_accessible_name_buttons      (GtkWidget   *root);
void  bd_accessible_name_combo_items  (AdwComboRow *row);
void  bd_accessible_name_password_peek (GtkWidget  *row);
void  bd_accessible_name_toasts       (GtkWidget   *root);

G_END_DECLS
