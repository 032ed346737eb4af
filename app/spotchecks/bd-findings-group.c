/* bd-findings-group.c — the signed-in person's open findings, in their Queues
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * domain.md §8: a finding is followed until closed, and its owner sees it with the rest
 * of the day's work. Only the owner's own, whatever the Queues' scope: a finding is
 * addressed to a person.
 */
#define G_LOG_DOMAIN "bd-spotchecks"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-case-page.h"
#include "bd-findings-group.h"
#include "bd-spotchecks-desk.h"

struct _BdFindingsGroup
{
  AdwBin               parent_instance;

  AdwPreferencesGroup *group;
  GPtrArray           *rows;
};

G_DEFINE_FINAL_TYPE (BdFindingsGroup, bd_findings_group, ADW_TYPE_BIN)

void
bd_findings_group_clear (BdFindingsGroup *self)
{
  g_return_if_fail (BD_IS_FINDINGS_GROUP (self));

  bd_case_page_clear_rows (self->group, self->rows);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

void
bd_findings_group_show (BdFindingsGroup *self,
                        BdSession       *session)
{
  g_autoptr(GArray) findings = NULL;

  g_return_if_fail (BD_IS_FINDINGS_GROUP (self));

  bd_findings_group_clear (self);
  if (session == NULL || (findings = bd_spotchecks_desk_list_own_findings (session, NULL)) == NULL)
    return;
  for (guint i = 0; i < findings->len; i++)
    {
      BdSpotFinding *finding = &g_array_index (findings, BdSpotFinding, i);
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s · due %s"),
                                                   bd_work_kind_get_label (finding->kind),
                                                   finding->action, finding->due_date);
      GtkWidget *row = bd_case_page_add_row (self->group, self->rows, finding->item_label, subtitle);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
    }
  gtk_widget_set_visible (GTK_WIDGET (self), findings->len > 0);
}

guint
bd_findings_group_get_n_findings (BdFindingsGroup *self)
{
  g_return_val_if_fail (BD_IS_FINDINGS_GROUP (self), 0);
  return self->rows->len;
}

static void
bd_findings_group_finalize (GObject *object)
{
  g_ptr_array_unref (BD_FINDINGS_GROUP (object)->rows);
  G_OBJECT_CLASS (bd_findings_group_parent_class)->finalize (object);
}

static void
bd_findings_group_class_init (BdFindingsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bd_findings_group_finalize;
}

static void
bd_findings_group_init (BdFindingsGroup *self)
{
  self->rows = g_ptr_array_new ();
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Findings to Follow Up"));
  adw_preferences_group_set_description (self->group,
                                         _("Corrective actions from the supervisors’ spot "
                                           "checks, yours until they are closed"));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->group));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
