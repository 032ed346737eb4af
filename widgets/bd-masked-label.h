/* bd-masked-label.h — a piece of personal data, masked until the owner reveals it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BD_TYPE_MASKED_LABEL (bd_masked_label_get_type ())

G_DECLARE_FINAL_TYPE (BdMaskedLabel, bd_masked_label, BD, MASKED_LABEL, GtkWidget)

GtkWidget  *bd_masked_label_new             (const char    *title);

const char *bd_masked_label_get_title       (BdMaskedLabel *self);
void        bd_masked_label_set_title       (BdMaskedLabel *self,
                                             const char    *title);
const char *bd_masked_label_get_masked_text (BdMaskedLabel *self);
void        bd_masked_label_set_masked_text (BdMaskedLabel *self,
                                             const char    *masked_text);
gboolean    bd_masked_label_get_revealed    (BdMaskedLabel *self);

void        bd_masked_label_show_clear      (BdMaskedLabel *self,
                                             const char    *clear_text,
                                             guint          seconds);
void        bd_masked_label_conceal         (BdMaskedLabel *self);

G_END_DECLS
