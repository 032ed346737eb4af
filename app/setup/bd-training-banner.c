/* bd-training-banner.c — the strip that says a training branch's data is made up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A training branch (bd_setup_is_training()) holds the demo's made-up customers. Every
 * window says so across its top, so that nobody takes its data, or a slip printed from
 * it, for a real customer's (issue 15).
 */
#define G_LOG_DOMAIN "bd-training-banner"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-printed-form.h"
#include "bd-training-banner.h"

GtkWidget *
bd_training_banner_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (_("Training database: everything in it is made up, "
                                      "and nothing printed from it may be given to a "
                                      "customer"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "training-banner");
  /* Read out as what it is: a notice about the whole window. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Training database"), -1);
  gtk_widget_set_visible (box, FALSE);
  return box;
}

void
bd_training_banner_show (GtkWidget *banner,
                         gboolean   training)
{
  g_return_if_fail (GTK_IS_WIDGET (banner));

  gtk_widget_set_visible (banner, training);
}

GtkWidget *
bd_training_banner_wrap (GtkWidget *content)
{
  GtkWidget *box;
  GtkWidget *banner;

  g_return_val_if_fail (GTK_IS_WIDGET (content), NULL);

  /* The branch the printing follows is the one open (bd_setup_note_branch()). */
  if (!bd_printed_form_get_training ())
    return content;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  banner = bd_training_banner_new ();
  bd_training_banner_show (banner, TRUE);
  gtk_box_append (GTK_BOX (box), banner);
  gtk_box_append (GTK_BOX (box), content);
  return box;
}
