/* bd-spot-record-view.c — a sampled record scored beside its scorecard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * domain.md §8: the record itself on the left, read-only (its number, state, deadlines
 * and history, as its own page shows them); its scorecard on the right, item by item —
 * pass, fail or not applicable with a comment. An item the record's data decides comes
 * pre-filled and says so; scored otherwise it needs the reason, which the core asks for
 * and the window shows on the reason's field. A failed item can become a finding. The
 * score against the pass mark is the core's (bd_score_record ()).
 */
#define G_LOG_DOMAIN "bd-spotchecks"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-case-page.h"
#include "bd-form-fields.h"
#include "bd-spot-record-view.h"
#include "bd-spotchecks-desk.h"
#include "bd-staff.h"

#define FINDING_DAYS 14   /* a corrective action's default time: two weeks */

typedef struct
{
  const BdScoreItem *item;
  BdScoreResult      from_data;   /* BD_SCORE_UNSCORED: observed, or the data cannot say */
  GtkToggleButton   *buttons[3];  /* pass, fail, not applicable */
  GtkWidget         *comment;
  GtkWidget         *reason;
  GtkWidget         *finding;         /* the row that shows the finding's fields */
  GtkToggleButton   *finding_toggle;
  GtkWidget         *action;
  GtkWidget         *owner;
  GtkWidget         *due;
  GtkWidget         *open_row;
} ItemRows;

struct _BdSpotRecordView
{
  AdwBin               parent_instance;

  BdSession           *session;
  gint64               record_id;
  gint64               staff_id;
  BdScorecard         *scorecard;
  GPtrArray           *items;        /* ItemRows, each its own: the signals hold them */
  GListModel          *staff;        /* BdStaff: who can own a finding */
  BdFieldMark          mark;

  GtkLabel            *score_label;
  GtkBox              *record_box;
  GtkBox              *items_box;
  AdwPreferencesGroup *record_group;
  AdwPreferencesGroup *deadlines_group;
  AdwPreferencesGroup *history_group;
  GPtrArray           *record_rows;
  GPtrArray           *deadline_rows;
  GPtrArray           *history_rows;
};

G_DEFINE_FINAL_TYPE (BdSpotRecordView, bd_spot_record_view, ADW_TYPE_BIN)

static void
show_toast (BdSpotRecordView *self,
            const char       *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_message ("%s", message);
}

static BdScoreResult
selected_result (ItemRows *rows)
{
  for (guint i = 0; i < G_N_ELEMENTS (rows->buttons); i++)
    if (gtk_toggle_button_get_active (rows->buttons[i]))
      return (BdScoreResult) i;
  return BD_SCORE_UNSCORED;
}

/* The reason shows while the supervisor overrides what the data decided; a finding can
 * be opened on a failed item only, its fields shown while its row's toggle is down. */
static void
update_item (ItemRows *rows)
{
  BdScoreResult result = selected_result (rows);
  gboolean writing = result == BD_SCORE_FAIL && gtk_toggle_button_get_active (rows->finding_toggle);

  gtk_widget_set_visible (rows->reason, rows->from_data != BD_SCORE_UNSCORED
                                        && result != BD_SCORE_UNSCORED && result != rows->from_data);
  gtk_widget_set_visible (rows->finding, result == BD_SCORE_FAIL);
  gtk_widget_set_visible (rows->action, writing);
  gtk_widget_set_visible (rows->owner, writing);
  gtk_widget_set_visible (rows->due, writing);
  gtk_widget_set_visible (rows->open_row, writing);
}

static void
result_toggled_cb (GtkToggleButton *button,
                   ItemRows        *rows)
{
  /* The supervisor who fails an item is offered its finding at once. */
  if (gtk_toggle_button_get_active (button) && selected_result (rows) == BD_SCORE_FAIL)
    gtk_toggle_button_set_active (rows->finding_toggle, TRUE);
  update_item (rows);
}

static void
finding_toggled_cb (GtkToggleButton *toggle,
                    ItemRows        *rows)
{
  gtk_button_set_icon_name (GTK_BUTTON (toggle), gtk_toggle_button_get_active (toggle)
                                                 ? "pan-up-symbolic" : "pan-down-symbolic");
  update_item (rows);
}

static void
item_rows_free (gpointer data)
{
  ItemRows *rows = data;

  for (guint i = 0; i < G_N_ELEMENTS (rows->buttons); i++)
    g_signal_handlers_disconnect_by_data (rows->buttons[i], rows);
  g_signal_handlers_disconnect_by_data (rows->finding_toggle, rows);
  g_free (rows);
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

void
bd_spot_record_view_clear (BdSpotRecordView *self)
{
  g_return_if_fail (BD_IS_SPOT_RECORD_VIEW (self));

  bd_field_mark_clear (&self->mark);
  g_ptr_array_set_size (self->items, 0);
  remove_children (self->items_box);
  bd_case_page_clear_rows (self->record_group, self->record_rows);
  bd_case_page_clear_rows (self->deadlines_group, self->deadline_rows);
  bd_case_page_clear_rows (self->history_group, self->history_rows);
  g_clear_pointer (&self->scorecard, bd_scorecard_free);
  g_clear_object (&self->staff);
  g_clear_object (&self->session);
  gtk_label_set_label (self->score_label, "");
  self->record_id = 0;
}

/* ── the record, read-only ─────────────────────────────────────────────────────── */

static void
show_case (BdSpotRecordView *self,
           BdCase           *kase)
{
  BdStore *store = bd_session_get_store (self->session);
  const char *accepted = bd_case_get_accepted_by_name (kase);
  GDate today;

  bd_store_get_today (store, &today);
  bd_case_page_add_row (self->record_group, self->record_rows, _("Number"),
                        bd_case_get_number (kase));
  bd_case_page_add_row (self->record_group, self->record_rows, _("State"),
                        bd_case_get_state_label (kase));
  bd_case_page_add_row (self->record_group, self->record_rows, _("Received"),
                        bd_case_get_received_on (kase));
  if (accepted != NULL)
    bd_case_page_add_row (self->record_group, self->record_rows, _("Accepted by"), accepted);
  bd_case_page_show_deadlines (self->deadlines_group, self->deadline_rows, kase, &today);
  bd_case_page_show_history (self->history_group, self->history_rows, store, kase, NULL);
}

static gboolean
show_record (BdSpotRecordView  *self,
             BdWorkKind         kind,
             gint64             case_id,
             GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BdCase) kase = bd_spotchecks_desk_get_case (self->session, kind, case_id,
                                                        &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  bd_case_page_add_row (self->record_group, self->record_rows, _("Kind of work"),
                        bd_work_kind_get_label (kind));
  if (kase != NULL)
    show_case (self, kase);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->deadlines_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), kase != NULL);
  return TRUE;
}

/* ── the scorecard, item by item ───────────────────────────────────────────────── */

static GtkWidget *
result_buttons (ItemRows *rows)
{
  static const char *const words[] = { N_("Pass"), N_("Fail"), N_("N/A") };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (rows->buttons); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (_(words[i]));
      g_autofree char *name = g_strdup_printf ("%s: %s", rows->item->label,
                                               bd_score_result_get_label (i));

      /* Every item has the three: each is named with its item, or a screen reader would
       * hear "Pass" a dozen times. */
      bd_accessible_set_label (button, name);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), rows->buttons[0]);
      rows->buttons[i] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (GTK_BOX (box), button);
    }
  return box;
}

static char *
item_subtitle (const ItemRows *rows)
{
  g_autofree char *weight = g_strdup_printf (_("Weight %u"), rows->item->weight);
  const char *how;

  if (rows->from_data != BD_SCORE_UNSCORED)
    return g_strdup_printf (_("%s · from the record’s data: %s — confirm or override"), weight,
                            bd_score_result_get_label (rows->from_data));
  how = rows->item->from_data ? _("the data cannot say yet: score it") : _("observed");
  if (rows->item->instant_fail)
    return g_strdup_printf (_("%s · %s · failing it fails the record"), weight, how);
  return g_strdup_printf ("%s · %s", weight, how);
}

static GtkWidget *
entry_row (AdwPreferencesGroup *group,
           const char          *title,
           const char          *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_preferences_group_add (group, row);
  return row;
}

static void
finding_rows (BdSpotRecordView    *self,
              ItemRows            *rows,
              AdwPreferencesGroup *group);

static void
add_item (BdSpotRecordView  *self,
          const BdScoreItem *item,
          BdScoreResult      from_data,
          const BdSpotScore *score)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  ItemRows *rows = g_new0 (ItemRows, 1);
  GtkWidget *head = adw_action_row_new ();
  g_autofree char *subtitle = NULL;
  BdScoreResult shown = score != NULL ? score->result : from_data;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (head), item->label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (head), FALSE);
  rows->item = item;
  rows->from_data = from_data;
  adw_action_row_add_suffix (ADW_ACTION_ROW (head), result_buttons (rows));
  if (from_data != BD_SCORE_UNSCORED)
    adw_action_row_add_prefix (ADW_ACTION_ROW (head),
                               gtk_image_new_from_icon_name ("document-properties-symbolic"));
  adw_preferences_group_add (group, head);
  rows->comment = entry_row (group, _("Comment"), score != NULL ? score->comment : NULL);
  rows->reason = entry_row (group, _("Reason for the override"),
                           score != NULL ? score->override_reason : NULL);
  finding_rows (self, rows, group);
  gtk_box_append (self->items_box, GTK_WIDGET (group));
  g_ptr_array_add (self->items, rows);
  subtitle = item_subtitle (rows);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (head), subtitle);
  if (shown != BD_SCORE_UNSCORED)
    gtk_toggle_button_set_active (rows->buttons[shown], TRUE);
  update_item (rows);
  for (guint b = 0; b < G_N_ELEMENTS (rows->buttons); b++)
    g_signal_connect (rows->buttons[b], "toggled", G_CALLBACK (result_toggled_cb), rows);
}

static BdScoreResult
prefilled (GArray     *prefill,
           const char *key)
{
  for (guint i = 0; prefill != NULL && i < prefill->len; i++)
    if (g_strcmp0 (g_array_index (prefill, BdPrefill, i).key, key) == 0)
      return g_array_index (prefill, BdPrefill, i).result;
  return BD_SCORE_UNSCORED;
}

static const BdSpotScore *
scored (GArray     *scores,
        const char *key)
{
  for (guint i = 0; scores != NULL && i < scores->len; i++)
    if (g_strcmp0 (g_array_index (scores, BdSpotScore, i).key, key) == 0)
      return &g_array_index (scores, BdSpotScore, i);
  return NULL;
}

static void
show_score (BdSpotRecordView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint percent = 0;
  gboolean passed = FALSE;

  if (bd_spotchecks_desk_record_score (self->session, self->record_id, &percent, &passed, &error))
    text = g_strdup_printf (passed ? _("Score %u%% against the pass mark of %u%%: passed")
                                   : _("Score %u%% against the pass mark of %u%%: failed"),
                            percent, self->scorecard->pass_mark);
  else
    text = g_strdup_printf (_("Not scored in full yet · pass mark %u%%"),
                            self->scorecard->pass_mark);
  gtk_label_set_label (self->score_label, text);
}

gboolean
bd_spot_record_view_show (BdSpotRecordView  *self,
                          BdSession         *session,
                          gint64             record_id,
                          BdWorkKind         kind,
                          gint64             case_id,
                          gint64             staff_id,
                          GError           **error)
{
  g_autoptr(GArray) prefill = NULL;
  g_autoptr(GArray) scores = NULL;

  g_return_val_if_fail (BD_IS_SPOT_RECORD_VIEW (self), FALSE);

  bd_spot_record_view_clear (self);
  self->session = g_object_ref (session);
  self->record_id = record_id;
  self->staff_id = staff_id;
  if ((self->scorecard = bd_spotchecks_desk_get_scorecard (session, record_id, error)) == NULL
      || (scores = bd_spotchecks_desk_list_scores (session, record_id, error)) == NULL
      || (self->staff = bd_spotchecks_desk_list_staff (session, error)) == NULL
      || !show_record (self, kind, case_id, error))
    return FALSE;
  if (kind != BD_WORK_ETIQUETTE && kind != BD_WORK_CONTACT
      && (prefill = bd_spotchecks_desk_prefill (session, kind, case_id, error)) == NULL)
    return FALSE;
  if (kind == BD_WORK_CONTACT)
    prefill = bd_spotchecks_desk_prefill (session, kind, case_id, NULL);
  for (guint i = 0; i < self->scorecard->items->len; i++)
    {
      const BdScoreItem *item = &g_array_index (self->scorecard->items, BdScoreItem, i);

      add_item (self, item, prefilled (prefill, item->key), scored (scores, item->key));
    }
  show_score (self);
  return TRUE;
}

/* ── saving the scores ─────────────────────────────────────────────────────────── */

static const char *
entry_text (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
save_item (BdSpotRecordView *self,
           ItemRows         *rows)
{
  g_autoptr(GError) error = NULL;
  BdScoreResult result = selected_result (rows);

  if (result == BD_SCORE_UNSCORED)
    return TRUE;
  if (bd_spotchecks_desk_score (self->session, self->record_id, rows->item->key, result,
                                rows->from_data, entry_text (rows->comment),
                                gtk_widget_get_visible (rows->reason) ? entry_text (rows->reason)
                                                                      : NULL,
                                &error))
    return TRUE;
  if (g_error_matches (error, BD_SPOT_ERROR, BD_SPOT_ERROR_REASON))
    {
      bd_field_mark_set (&self->mark, rows->reason, error->message);
      gtk_widget_grab_focus (rows->reason);
    }
  else
    show_toast (self, error->message);
  return FALSE;
}

static void
save_clicked_cb (BdSpotRecordView *self)
{
  bd_field_mark_clear (&self->mark);
  for (guint i = 0; i < self->items->len; i++)
    if (!save_item (self, g_ptr_array_index (self->items, i)))
      break;
  show_score (self);
}

/* ── a finding ─────────────────────────────────────────────────────────────────── */

static gint64
staff_at (BdSpotRecordView *self,
          guint             position)
{
  g_autoptr(BdStaff) staff = position != GTK_INVALID_LIST_POSITION
                             ? g_list_model_get_item (self->staff, position) : NULL;

  return staff != NULL ? bd_staff_get_id (staff) : 0;
}

static void
open_finding_clicked_cb (GtkButton *button,
                         ItemRows  *rows)
{
  BdSpotRecordView *self = BD_SPOT_RECORD_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                         BD_TYPE_SPOT_RECORD_VIEW));
  g_autoptr(GError) error = NULL;
  guint owner = adw_combo_row_get_selected (ADW_COMBO_ROW (rows->owner));

  if (!bd_spotchecks_desk_open_finding (self->session, self->record_id, rows->item->key,
                                        entry_text (rows->action), staff_at (self, owner),
                                        entry_text (rows->due), NULL, &error))
    {
      show_toast (self, error->message);
      return;
    }
  show_toast (self, _("Finding opened: it shows in its owner’s Queues"));
  gtk_editable_set_text (GTK_EDITABLE (rows->action), "");
  gtk_toggle_button_set_active (rows->finding_toggle, FALSE);
}

static guint
staff_position (GListModel *staff,
                gint64      staff_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(BdStaff) member = g_list_model_get_item (staff, i);

      if (bd_staff_get_id (member) == staff_id)
        return i;
    }
  return 0;
}

/* The row that offers a failed item's finding: an activatable row whose toggle, named
 * for the item, shows the finding's fields under it — what a screen reader can act on,
 * where libadwaita 1.2's expander row has no action. */
static void
finding_row (ItemRows            *rows,
             AdwPreferencesGroup *group)
{
  GtkWidget *toggle = gtk_toggle_button_new ();
  /* Translators: the toggle that shows the fields of a finding on a failed item */
  g_autofree char *name = g_strdup_printf (_("Finding on %s"), rows->item->label);

  rows->finding = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->finding), _("Open a finding"));
  gtk_button_set_icon_name (GTK_BUTTON (toggle), "pan-down-symbolic");
  gtk_widget_add_css_class (toggle, "flat");
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (rows->finding), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (rows->finding), toggle);
  /* After the row ties its title to the toggle: the name is said once. */
  bd_accessible_set_label (toggle, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Shows the corrective action, its owner and due date"), -1);
  gtk_widget_set_tooltip_text (toggle, name);
  rows->finding_toggle = GTK_TOGGLE_BUTTON (toggle);
  g_signal_connect (toggle, "toggled", G_CALLBACK (finding_toggled_cb), rows);
  adw_preferences_group_add (group, rows->finding);
}

static void
finding_rows (BdSpotRecordView    *self,
              ItemRows            *rows,
              AdwPreferencesGroup *group)
{
  GtkWidget *open = gtk_button_new_with_label (_("Open the finding"));
  GtkWidget *button_row = adw_action_row_new ();
  g_autofree char *open_name = g_strdup_printf (_("Open the finding: %s"), rows->item->label);
  GtkExpression *name = gtk_property_expression_new (BD_TYPE_STAFF, NULL, "name");
  GDate due;
  char text[BD_ISO_DATE_SIZE];

  bd_store_get_today (bd_session_get_store (self->session), &due);
  g_date_add_days (&due, FINDING_DAYS);
  finding_row (rows, group);
  rows->action = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->action), _("Corrective action"));
  adw_preferences_group_add (group, rows->action);
  rows->owner = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->owner), _("Owner"));
  adw_combo_row_set_expression (ADW_COMBO_ROW (rows->owner), name);
  adw_combo_row_set_model (ADW_COMBO_ROW (rows->owner), self->staff);
  adw_combo_row_set_selected (ADW_COMBO_ROW (rows->owner),
                              staff_position (self->staff, self->staff_id));
  bd_accessible_name_combo_items (ADW_COMBO_ROW (rows->owner));
  /* libadwaita 1.2 names a combo row after its class, not its title. */
  bd_accessible_set_label (rows->owner, _("Owner"));
  adw_preferences_group_add (group, rows->owner);
  rows->due = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->due), _("Due date"));
  gtk_editable_set_text (GTK_EDITABLE (rows->due), bd_date_format_iso (&due, text));
  adw_preferences_group_add (group, rows->due);
  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (open, "suggested-action");
  bd_accessible_set_label (open, open_name);
  g_signal_connect (open, "clicked", G_CALLBACK (open_finding_clicked_cb), rows);
  adw_action_row_add_suffix (ADW_ACTION_ROW (button_row), open);
  /* The row has no title of its own: a screen reader hears what its button does. */
  bd_accessible_set_label (button_row, open_name);
  rows->open_row = button_row;
  adw_preferences_group_add (group, button_row);
}

/* ── the view ──────────────────────────────────────────────────────────────────── */

static GtkWidget *
scrolled (GtkWidget *child)
{
  GtkWidget *window = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (window), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_hexpand (window, TRUE);
  gtk_widget_set_vexpand (window, TRUE);
  gtk_widget_set_margin_start (child, 12);
  gtk_widget_set_margin_end (child, 12);
  gtk_widget_set_margin_top (child, 12);
  gtk_widget_set_margin_bottom (child, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (window), child);
  return window;
}

static AdwPreferencesGroup *
group_new (GtkBox     *box,
           const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (box, group);
  return ADW_PREFERENCES_GROUP (group);
}

static GtkWidget *
score_bar (BdSpotRecordView *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *save = gtk_button_new_with_label (_("Save the scores"));

  self->score_label = GTK_LABEL (gtk_label_new (""));
  gtk_label_set_xalign (self->score_label, 0);
  gtk_label_set_wrap (self->score_label, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->score_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "heading");
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->score_label));
  gtk_box_append (GTK_BOX (bar), save);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  return bar;
}

static void
bd_spot_record_view_dispose (GObject *object)
{
  BdSpotRecordView *self = BD_SPOT_RECORD_VIEW (object);

  if (self->items != NULL)
    bd_spot_record_view_clear (self);
  G_OBJECT_CLASS (bd_spot_record_view_parent_class)->dispose (object);
}

static void
bd_spot_record_view_finalize (GObject *object)
{
  BdSpotRecordView *self = BD_SPOT_RECORD_VIEW (object);

  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->record_rows);
  g_ptr_array_unref (self->deadline_rows);
  g_ptr_array_unref (self->history_rows);
  G_OBJECT_CLASS (bd_spot_record_view_parent_class)->finalize (object);
}

static void
bd_spot_record_view_class_init (BdSpotRecordViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_spot_record_view_dispose;
  object_class->finalize = bd_spot_record_view_finalize;
}

static void
bd_spot_record_view_init (BdSpotRecordView *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *panes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  self->items = g_ptr_array_new_with_free_func (item_rows_free);
  self->record_rows = g_ptr_array_new ();
  self->deadline_rows = g_ptr_array_new ();
  self->history_rows = g_ptr_array_new ();
  self->record_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  self->items_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  self->record_group = group_new (self->record_box, _("The record (read-only)"));
  self->deadlines_group = group_new (self->record_box, _("Deadlines"));
  self->history_group = group_new (self->record_box, _("History"));
  gtk_box_set_homogeneous (GTK_BOX (panes), TRUE);
  gtk_box_append (GTK_BOX (panes), scrolled (GTK_WIDGET (self->record_box)));
  gtk_box_append (GTK_BOX (panes), scrolled (GTK_WIDGET (self->items_box)));
  gtk_box_append (GTK_BOX (page), score_bar (self));
  gtk_box_append (GTK_BOX (page), panes);
  adw_bin_set_child (ADW_BIN (self), page);
}

GtkWidget *
bd_spot_record_view_new (void)
{
  return g_object_new (BD_TYPE_SPOT_RECORD_VIEW, NULL);
}
