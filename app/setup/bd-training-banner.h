/* bd-training-banner.h — the strip that says a training branch's data is made up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A strip across the top of a window, hidden until bd_training_banner_show(). libadwaita
 * 1.2 has no AdwBanner: a label in a box with a style class of its own. */
GtkWidget *bd_training_banner_new  (void);
void       bd_training_banner_show (GtkWidget *banner,
                                    gboolean   training);
/* @content, a window's content, under a shown banner when the branch open in this program
 * is a training one, else @content itself: for every window the desk opens besides its
 * own, `adw_window_set_content (window, bd_training_banner_wrap (content))`. */
GtkWidget *bd_training_banner_wrap (GtkWidget *content);

G_END_DECLS
