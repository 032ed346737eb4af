/* bd-case-page.c — what every workflow's pages show of a case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A policy-change request, a claim and a complaint are cases (bd-case.h): their lists say the next
 * deadline the same way, and their pages show the checklist, the deadlines and the
 * history the same way.
 * The words come from the case's kind (its lifecycle's states, its documents), so nothing
 * here knows a workflow.
 */
#define G_LOG_DOMAIN "bd-case-page"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-calendar.h"
#include "bd-case-page.h"
#include "bd-status-label.h"

char *
bd_case_page_dup_next_deadline (BdCase      *kase,
                                const GDate *today)
{
  GPtrArray *deadlines = bd_case_get_deadlines (kase);
  BdCalendar *calendar = bd_calendar_get_default ();
  BdDeadline *next = NULL;
  GDate next_due;

  g_date_clear (&next_due, 1);
  for (guint i = 0; deadlines != NULL && i < deadlines->len; i++)
    {
      BdDeadline *deadline = g_ptr_array_index (deadlines, i);
      GDate due;
      BdDeadlineState state = bd_deadline_get_state (deadline, calendar, today, &due);

      if (state == BD_DEADLINE_MET)
        continue;
      if (next == NULL || (g_date_valid (&due) &&
                           (!g_date_valid (&next_due) || g_date_compare (&due, &next_due) < 0)))
        {
          next = deadline;
          next_due = due;
        }
    }
  return next != NULL ? bd_deadline_dup_summary (next, calendar, today) : NULL;
}

void
bd_case_page_clear_rows (AdwPreferencesGroup *group,
                         GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

AdwPreferencesGroup *
bd_case_page_add_group (GtkWidget  *box,
                        const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (box), group);
  return ADW_PREFERENCES_GROUP (group);
}

GtkWidget *
bd_case_page_add_row (AdwPreferencesGroup *group,
                      GPtrArray           *rows,
                      const char          *title,
                      const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return row;
}

void
bd_case_page_show_documents (AdwPreferencesGroup *group,
                             GPtrArray           *rows,
                             BdStore             *store,
                             BdCase              *kase,
                             GCallback            toggled,
                             gpointer             user_data)
{
  GListModel *items = bd_checklist_get_items (bd_case_get_checklist (kase));
  gboolean open = bd_case_is_open (kase);

  bd_case_page_clear_rows (group, rows);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BdChecklistItem) item = g_list_model_get_item (items, i);
      g_autofree char *when = bd_store_format_time (store, bd_checklist_item_get_at (item));
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *toggle = gtk_switch_new ();

      if (bd_checklist_item_get_staff_name (item) != NULL)
        /* Translators: a document's state, who ticked it and when */
        subtitle = g_strdup_printf (_("%s · %s, %s"),
                                    bd_document_state_get_label (bd_checklist_item_get_state (item)),
                                    bd_checklist_item_get_staff_name (item), bd_or_dash (when));
      else
        subtitle = g_strdup (bd_document_state_get_label (bd_checklist_item_get_state (item)));
      row = bd_case_page_add_row (group, rows, bd_checklist_item_get_label (item), subtitle);
      gtk_switch_set_active (GTK_SWITCH (toggle),
                             bd_checklist_item_get_state (item) == BD_DOCUMENT_RECEIVED);
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (toggle, open);
      g_object_set_data_full (G_OBJECT (toggle), "document",
                              g_strdup (bd_checklist_item_get_kind (item)->name), g_free);
      g_signal_connect (toggle, "notify::active", toggled, user_data);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      /* After the row ties its title to the switch: named once. */
      bd_accessible_set_label (toggle, bd_checklist_item_get_label (item));
    }
}

static const char *
deadline_style (BdDeadlineState state)
{
  switch (state)
    {
    case BD_DEADLINE_OVERDUE: return "error";
    case BD_DEADLINE_DUE_SOON: return "warning";
    case BD_DEADLINE_MET: return "success";
    case BD_DEADLINE_PAUSED:
    case BD_DEADLINE_UNKNOWN: return "ended";
    case BD_DEADLINE_PENDING:
    default: return "accent";
    }
}

void
bd_case_page_show_deadlines (AdwPreferencesGroup *group,
                             GPtrArray           *rows,
                             BdCase              *kase,
                             const GDate         *today)
{
  GPtrArray *deadlines = bd_case_get_deadlines (kase);
  BdCalendar *calendar = bd_calendar_get_default ();

  bd_case_page_clear_rows (group, rows);
  for (guint i = 0; deadlines != NULL && i < deadlines->len; i++)
    {
      BdDeadline *deadline = g_ptr_array_index (deadlines, i);
      g_autofree char *summary = bd_deadline_dup_summary (deadline, calendar, today);
      BdDeadlineState state = bd_deadline_get_state (deadline, calendar, today, NULL);
      GtkWidget *row = bd_case_page_add_row (group, rows, _(bd_deadline_get_rule (deadline)->label),
                                             summary);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 bd_status_label_new (bd_deadline_state_get_label (state), "badge",
                                                      deadline_style (state)));
    }
  gtk_widget_set_visible (GTK_WIDGET (group), rows->len > 0);
}

/* What an entry of the history says: a step from → to (and why), or what was done. */
static char *
describe_event (BdCase           *kase,
                BdCaseEvent      *event,
                BdCaseEventWords  words)
{
  const BdLifecycle *lifecycle = bd_case_get_kind (kase)->lifecycle;
  const char *what = bd_case_event_get_what (event);
  const char *detail = bd_case_event_get_detail (event);
  const char *named = words != NULL ? words (what) : NULL;
  GString *text = g_string_new (NULL);

  if (named != NULL)
    g_string_append (text, named);
  else if (g_str_equal (what, "step"))
    g_string_append_printf (text, "%s → %s",
                            bd_lifecycle_state_label (lifecycle, bd_case_event_get_from_state (event)),
                            bd_lifecycle_state_label (lifecycle, bd_case_event_get_to_state (event)));
  else if (g_str_equal (what, "opened"))
    g_string_append (text, _("Received"));
  else if (g_str_equal (what, "document"))
    {
      /* A document ticked: its name, and its state where a step keeps its reason. */
      const BdDocumentKind *kind = bd_case_kind_find_document (bd_case_get_kind (kase), detail);
      BdDocumentState state;

      g_string_append_printf (text, _("Document: %s"), kind != NULL ? _(kind->label) : bd_or_dash (detail));
      if (bd_document_state_from_string (bd_case_event_get_reason (event), &state))
        g_string_append_printf (text, " · %s", bd_document_state_get_label (state));
      return g_string_free (text, FALSE);
    }
  else if (g_str_equal (what, "changed"))
    g_string_append (text, _("Changed"));
  else
    g_string_append (text, _("Deadline"));
  if (detail != NULL && *detail != '\0')
    g_string_append_printf (text, " · %s", detail);
  if (bd_case_event_get_reason (event) != NULL)
    /* Translators: the reason given for a step */
    g_string_append_printf (text, _(" · reason: %s"), bd_case_event_get_reason (event));
  return g_string_free (text, FALSE);
}

void
bd_case_page_show_history (AdwPreferencesGroup *group,
                           GPtrArray           *rows,
                           BdStore             *store,
                           BdCase              *kase,
                           BdCaseEventWords     words)
{
  GListModel *history = bd_case_get_history (kase);
  guint n = history != NULL ? g_list_model_get_n_items (history) : 0;

  bd_case_page_clear_rows (group, rows);
  /* Newest first, as every history of the desk. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(BdCaseEvent) event = g_list_model_get_item (history, i - 1);
      g_autofree char *when = bd_store_format_time (store, bd_case_event_get_at (event));
      g_autofree char *title = g_strdup_printf ("%s · %s", bd_or_dash (when),
                                                bd_or_dash (bd_case_event_get_staff_name (event)));
      g_autofree char *described = describe_event (kase, event, words);

      bd_case_page_add_row (group, rows, title, described);
    }
}
