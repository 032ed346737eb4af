/* bd-status-label.h — a status in a word or two, coloured by what it means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @look is how the status is drawn: "badge", the tinted pill of style.css, or a plain text
 * class such as "caption-heading"; @style is what it means, as a colour ("success",
 * "warning", "error", "accent", "ended"). Centred on its line, so a pill keeps its height
 * in a taller row. */
GtkWidget *bd_status_label_new (const char *text,
                                const char *look,
                                const char *style);

G_END_DECLS
