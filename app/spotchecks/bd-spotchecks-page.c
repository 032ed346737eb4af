/* bd-spotchecks-page.c — the Spot Checks area: checks, their samples scored, results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * domain.md §8. A supervisor sees the branch's checks, draws a new one (the core draws
 * the sample), scores its records beside their scorecard (bd-spot-record-view.c), and
 * reads the results per staff member, kind of work and item with their trend, printed
 * through the window's print actions or saved as CSV. Counter staff see the same results
 * and findings, only their own: the desk calls decide what each may read.
 */
#define G_LOG_DOMAIN "bd-spotchecks"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-case-page.h"
#include "bd-chart-view.h"
#include "bd-scorecard-editor.h"
#include "bd-spot-record-view.h"
#include "bd-spotchecks-desk.h"
#include "bd-spotchecks-page.h"
#include "bd-staff.h"

#define RESULT_DAYS   90   /* the results shown first: the last three months */
#define TREND_MONTHS  12

struct _BdSpotchecksPage
{
  AdwBin               parent_instance;

  BdSession           *session;
  GHashTable          *staff_names;   /* staff id → name */
  gint64               check_id;
  GPtrArray           *check_rows;
  GPtrArray           *sample_rows;
  GPtrArray           *finding_rows;
  GPtrArray           *staff_checks;  /* the new check's staff, GtkCheckButton with "staff-id" */

  AdwWindowTitle      *title;
  GtkWidget           *back_button;
  GtkWidget           *new_button;    /* a supervisor's, on the list of checks */
  GtkWidget           *scorecards_button;  /* a supervisor's too: the scorecard editor */
  GtkStack            *stack;
  AdwPreferencesGroup *checks_group;
  AdwPreferencesGroup *results_group;
  AdwPreferencesGroup *findings_group;
  AdwPreferencesGroup *sample_group;
  GtkWidget           *from_row;
  GtkWidget           *to_row;
  GtkLabel            *branch_label;
  GtkWidget           *staff_chart;
  GtkWidget           *kind_chart;
  GtkWidget           *item_chart;
  GtkWidget           *trend_chart;
  /* the new check */
  AdwPreferencesGroup *new_staff_group;
  GtkWidget           *new_from_row;
  GtkWidget           *new_to_row;
  GtkWidget           *all_staff_switch;
  GtkWidget           *kind_checks[BD_N_WORK_KINDS];
  GtkWidget           *share_spin;
  GtkWidget           *size_spin;
  BdSpotRecordView    *record_view;
  BdScorecardEditor   *scorecard_editor;
};

G_DEFINE_FINAL_TYPE (BdSpotchecksPage, bd_spotchecks_page, ADW_TYPE_BIN)

static void
show_toast (BdSpotchecksPage *self,
            const char       *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_message ("%s", message);
}

static const char *
staff_name (BdSpotchecksPage *self,
            gint64            staff_id)
{
  const char *name = g_hash_table_lookup (self->staff_names, &staff_id);

  return name != NULL ? name : _("Unknown staff member");
}

static void
read_staff_names (BdSpotchecksPage *self)
{
  g_autoptr(GListModel) staff = NULL;
  BdStaff *me = bd_session_get_staff (self->session);

  g_hash_table_remove_all (self->staff_names);
  if (me != NULL)
    g_hash_table_insert (self->staff_names, g_memdup2 (&(gint64) { bd_staff_get_id (me) },
                                                       sizeof (gint64)),
                         g_strdup (bd_staff_get_name (me)));
  if (!bd_spotchecks_desk_may_check (self->session)
      || (staff = bd_spotchecks_desk_list_staff (self->session, NULL)) == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(BdStaff) member = g_list_model_get_item (staff, i);

      g_hash_table_insert (self->staff_names,
                           g_memdup2 (&(gint64) { bd_staff_get_id (member) }, sizeof (gint64)),
                           g_strdup (bd_staff_get_name (member)));
    }
}

/* A supervisor's buttons show on the overview only. */
static void
show_supervisor_buttons (BdSpotchecksPage *self,
                         const char       *shown)
{
  gboolean shows = g_str_equal (shown, "overview") && self->session != NULL
                   && bd_spotchecks_desk_may_check (self->session);

  gtk_widget_set_visible (self->new_button, shows);
  gtk_widget_set_visible (self->scorecards_button, shows);
}

static void
show_page (BdSpotchecksPage *self,
           const char       *name,
           const char       *title)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  adw_window_title_set_title (self->title, title);
  gtk_widget_set_visible (self->back_button, !g_str_equal (name, "overview"));
  show_supervisor_buttons (self, name);
}

const char *
bd_spotchecks_page_get_shown (BdSpotchecksPage *self)
{
  g_return_val_if_fail (BD_IS_SPOTCHECKS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

static const char *
entry_text (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_date (GtkWidget   *row,
          const GDate *date)
{
  char text[BD_ISO_DATE_SIZE];

  gtk_editable_set_text (GTK_EDITABLE (row), bd_date_format_iso (date, text));
}

/* The row's button that opens what it lists, named @name for a screen reader; the row
 * activates it. */
static GtkWidget *
add_open_button (GtkWidget  *row,
                 const char *name,
                 GCallback   clicked,
                 gpointer    self)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("go-next-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  bd_accessible_set_label (button, name);
  gtk_widget_set_tooltip_text (button, name);
  g_object_set_data (G_OBJECT (button), "row", row);
  g_signal_connect (button, "clicked", clicked, self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  /* Not the row's activatable widget: that would name the button with the row's title
   * as well, said twice. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_swapped (row, "activated", G_CALLBACK (gtk_widget_activate), button);
  return button;
}

/* ── the checks ────────────────────────────────────────────────────────────────── */

static char *
kinds_text (guint kinds)
{
  GString *text = g_string_new (NULL);

  for (guint kind = 0; kind < BD_N_WORK_KINDS; kind++)
    if (kinds & (1u << kind))
      g_string_append_printf (text, "%s%s", text->len > 0 ? _(", ") : "",
                              bd_work_kind_get_label (kind));
  return g_string_free (text, FALSE);
}

static void
check_clicked_cb (GtkButton        *button,
                  BdSpotchecksPage *self)
{
  GObject *row = g_object_get_data (G_OBJECT (button), "row");

  bd_spotchecks_page_open_check (self, GPOINTER_TO_SIZE (g_object_get_data (row, "check-id")));
}

static void
show_checks (BdSpotchecksPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) checks = NULL;

  bd_case_page_clear_rows (self->checks_group, self->check_rows);
  gtk_widget_set_visible (GTK_WIDGET (self->checks_group),
                          bd_spotchecks_desk_may_check (self->session));
  show_supervisor_buttons (self, bd_spotchecks_page_get_shown (self));
  if (!bd_spotchecks_desk_may_check (self->session))
    return;
  if ((checks = bd_spotchecks_desk_list_checks (self->session, &error)) == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  if (checks->len == 0)
    bd_case_page_add_row (self->checks_group, self->check_rows, _("No spot check yet"),
                          _("Draw the first with “New spot check”."));
  for (guint i = 0; i < checks->len; i++)
    {
      BdSpotCheckInfo *info = &g_array_index (checks, BdSpotCheckInfo, i);
      g_autofree char *title = g_strdup_printf (_("%s to %s"), info->period_from, info->period_to);
      g_autofree char *kinds = kinds_text (info->kinds);
      g_autofree char *subtitle = g_strdup_printf (_("%s · %u of %u records scored · by %s"), kinds,
                                                   info->scored, info->records,
                                                   staff_name (self, info->created_by));
      /* Translators: the button that opens a check, with its period */
      g_autofree char *open = g_strdup_printf (_("Open the check of %s"), title);
      GtkWidget *row = bd_case_page_add_row (self->checks_group, self->check_rows, title,
                                             subtitle);

      g_object_set_data (G_OBJECT (row), "check-id", GSIZE_TO_POINTER (info->id));
      add_open_button (row, open, G_CALLBACK (check_clicked_cb), self);
    }
}

/* ── a check's sample ──────────────────────────────────────────────────────────── */

static char *
record_title (BdSpotchecksPage        *self,
              const BdSampleCandidate *record)
{
  g_autoptr(BdCase) kase = bd_spotchecks_desk_get_case (self->session, record->kind,
                                                        record->record_id, NULL);

  if (kase != NULL)
    return g_strdup_printf ("%s · %s", bd_work_kind_get_label (record->kind),
                            bd_case_get_number (kase));
  return g_strdup_printf ("%s · %" G_GINT64_FORMAT, bd_work_kind_get_label (record->kind),
                          record->record_id);
}

static char *
record_subtitle (BdSpotchecksPage        *self,
                 const BdSampleCandidate *record,
                 gint64                   id)
{
  guint percent;
  gboolean passed;

  if (!bd_spotchecks_desk_record_score (self->session, id, &percent, &passed, NULL))
    return g_strdup_printf (_("%s · not scored yet"), staff_name (self, record->staff_id));
  return g_strdup_printf (passed ? _("%s · score %u%%, passed") : _("%s · score %u%%, failed"),
                          staff_name (self, record->staff_id), percent);
}

static void
record_clicked_cb (GtkButton        *button,
                   BdSpotchecksPage *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");
  g_autoptr(GError) error = NULL;
  BdSampleCandidate *record = g_object_get_data (G_OBJECT (row), "record");
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "record-id");

  if (!bd_spot_record_view_show (self->record_view, self->session, id, record->kind,
                                 record->record_id, record->staff_id, &error))
    {
      show_toast (self, error->message);
      return;
    }
  show_page (self, "record", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

static void
show_sample (BdSpotchecksPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) sample = bd_spotchecks_desk_list_sample (self->session, self->check_id, &ids,
                                                             &error);

  bd_case_page_clear_rows (self->sample_group, self->sample_rows);
  if (sample == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  if (sample->len == 0)
    bd_case_page_add_row (self->sample_group, self->sample_rows, _("Nothing was drawn"),
                          _("The period holds no work of the kinds and staff chosen."));
  for (guint i = 0; i < sample->len; i++)
    {
      BdSampleCandidate *record = &g_array_index (sample, BdSampleCandidate, i);
      g_autofree char *title = record_title (self, record);
      g_autofree char *subtitle = record_subtitle (self, record, g_array_index (ids, gint64, i));
      /* Translators: the button that scores a sampled record, with its kind and number */
      g_autofree char *score = g_strdup_printf (_("Score %s"), title);
      GtkWidget *row = bd_case_page_add_row (self->sample_group, self->sample_rows, title,
                                             subtitle);

      g_object_set_data_full (G_OBJECT (row), "record", g_memdup2 (record, sizeof *record), g_free);
      g_object_set_data_full (G_OBJECT (row), "record-id",
                              g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)), g_free);
      add_open_button (row, score, G_CALLBACK (record_clicked_cb), self);
    }
}

void
bd_spotchecks_page_open_check (BdSpotchecksPage *self,
                               gint64            check_id)
{
  g_autofree char *title = NULL;

  g_return_if_fail (BD_IS_SPOTCHECKS_PAGE (self));

  self->check_id = check_id;
  show_sample (self);
  title = g_strdup_printf (_("Spot check %u"), (guint) check_id);
  show_page (self, "check", title);
}

/* ── results ───────────────────────────────────────────────────────────────────── */

static guint
pass_rate (const BdSpotTally *tally)
{
  return tally->records > 0 ? tally->passed * 100 / tally->records : 0;
}

static BdChartValue
rate_value (const char *label,
            guint       passed,
            guint       records,
            GPtrArray  *texts)
{
  guint rate = records > 0 ? passed * 100 / records : 0;
  char *text = g_strdup_printf (_("%u%% (%u of %u)"), rate, passed, records);

  g_ptr_array_add (texts, text);
  return (BdChartValue) { label, rate, text };
}

static void
show_staff_chart (BdSpotchecksPage    *self,
                  const BdSpotResults *results,
                  GPtrArray           *texts)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (BdChartValue));

  for (guint i = 0; i < results->by_staff->len; i++)
    {
      BdSpotTally *tally = &g_array_index (results->by_staff, BdSpotTally, i);
      BdChartValue value = rate_value (staff_name (self, tally->staff_id), tally->passed,
                                       tally->records, texts);

      g_array_append_val (values, value);
    }
  bd_chart_view_set_values (BD_CHART_VIEW (self->staff_chart), (BdChartValue *) values->data,
                            values->len, 100.0);
}

static void
show_kind_chart (BdSpotchecksPage    *self,
                 const BdSpotResults *results,
                 GPtrArray           *texts)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (BdChartValue));

  for (guint kind = 0; kind < BD_N_WORK_KINDS; kind++)
    if (results->by_kind[kind].records > 0)
      {
        BdChartValue value = rate_value (bd_work_kind_get_label (kind),
                                         results->by_kind[kind].passed,
                                         results->by_kind[kind].records, texts);

        g_array_append_val (values, value);
      }
  bd_chart_view_set_values (BD_CHART_VIEW (self->kind_chart), (BdChartValue *) values->data,
                            values->len, 100.0);
}

/* An item's rate: how often it passed where it applied. */
static void
show_item_chart (BdSpotchecksPage    *self,
                 const BdSpotResults *results,
                 GPtrArray           *texts)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (BdChartValue));

  for (guint i = 0; i < results->by_item->len; i++)
    {
      BdSpotItemTally *item = &g_array_index (results->by_item, BdSpotItemTally, i);
      BdChartValue value = rate_value (item->label, item->pass, item->pass + item->fail, texts);

      g_array_append_val (values, value);
    }
  bd_chart_view_set_values (BD_CHART_VIEW (self->item_chart), (BdChartValue *) values->data,
                            values->len, 100.0);
}

static void
show_trend (BdSpotchecksPage *self,
            const GDate      *to,
            GPtrArray        *texts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) trend = bd_spotchecks_desk_trend (self->session, g_date_get_year (to),
                                                      g_date_get_month (to), TREND_MONTHS, &error);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (BdChartValue));
  GDate month;

  if (trend == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  /* The months run up to @to's, as the printed report's. */
  g_date_clear (&month, 1);
  g_date_set_dmy (&month, 1, g_date_get_month (to), g_date_get_year (to));
  g_date_subtract_months (&month, TREND_MONTHS - 1);
  for (guint i = 0; i < trend->len; i++, g_date_add_months (&month, 1))
    {
      BdSpotTally *tally = &g_array_index (trend, BdSpotTally, i);
      /* Translators: a month on the trend's axis: the year's last two digits and the month */
      char *label = g_strdup_printf (_("%02u/%02u"), g_date_get_year (&month) % 100,
                                     g_date_get_month (&month));
      char *text = tally->records > 0 ? g_strdup_printf ("%u%%", pass_rate (tally)) : NULL;
      BdChartValue value = { label, tally->records > 0 ? pass_rate (tally) : -1.0, text };

      g_ptr_array_add (texts, label);
      if (text != NULL)
        g_ptr_array_add (texts, text);
      g_array_append_val (values, value);
    }
  bd_chart_view_set_values (BD_CHART_VIEW (self->trend_chart), (BdChartValue *) values->data,
                            values->len, 100.0);
}

static gboolean
read_period (BdSpotchecksPage *self,
             GDate            *to)
{
  GDate from;

  if (bd_date_parse_iso (entry_text (self->from_row), &from)
      && bd_date_parse_iso (entry_text (self->to_row), to) && g_date_compare (&from, to) <= 0)
    return TRUE;
  show_toast (self, _("Choose a period: its first day, then its last, as YYYY-MM-DD"));
  return FALSE;
}

static void
show_results (BdSpotchecksPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *branch = NULL;
  BdSpotResults results = { 0 };
  GDate to;

  if (!read_period (self, &to))
    return;
  if (!bd_spotchecks_desk_results (self->session, entry_text (self->from_row),
                                   entry_text (self->to_row), &results, &error))
    {
      show_toast (self, error->message);
      return;
    }
  if (results.branch.records == 0)
    branch = g_strdup (_("No record of the period has been scored"));
  else
    branch = g_strdup_printf (bd_spotchecks_desk_may_check (self->session)
                              ? _("The branch: %u of %u records passed (%u%%), average score %u%%")
                              : _("Your work: %u of %u records passed (%u%%), average score %u%%"),
                              results.branch.passed, results.branch.records,
                              pass_rate (&results.branch),
                              results.branch.percent_sum / results.branch.records);
  gtk_label_set_label (self->branch_label, branch);
  show_staff_chart (self, &results, texts);
  show_kind_chart (self, &results, texts);
  show_item_chart (self, &results, texts);
  show_trend (self, &to, texts);
  bd_spot_results_clear (&results);
}

/* ── findings ──────────────────────────────────────────────────────────────────── */

static void
show_findings (BdSpotchecksPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) findings = bd_spotchecks_desk_list_findings (self->session, &error);

  bd_case_page_clear_rows (self->findings_group, self->finding_rows);
  if (findings == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  if (findings->len == 0)
    bd_case_page_add_row (self->findings_group, self->finding_rows, _("No open finding"), NULL);
  for (guint i = 0; i < findings->len; i++)
    {
      BdSpotFinding *finding = &g_array_index (findings, BdSpotFinding, i);
      g_autofree char *subtitle = g_strdup_printf (_("%s · owner %s · due %s"), finding->action,
                                                   staff_name (self, finding->owner_id),
                                                   finding->due_date);

      bd_case_page_add_row (self->findings_group, self->finding_rows, finding->item_label,
                            subtitle);
    }
}

void
bd_spotchecks_page_refresh (BdSpotchecksPage *self)
{
  g_return_if_fail (BD_IS_SPOTCHECKS_PAGE (self));

  if (self->session == NULL || bd_session_get_staff (self->session) == NULL)
    return;
  read_staff_names (self);
  show_checks (self);
  show_results (self);
  show_findings (self);
  if (self->check_id != 0 && g_str_equal (bd_spotchecks_page_get_shown (self), "check"))
    show_sample (self);
}

/* ── a new check ───────────────────────────────────────────────────────────────── */

static void
all_staff_changed_cb (BdSpotchecksPage *self)
{
  gboolean all = gtk_switch_get_active (GTK_SWITCH (self->all_staff_switch));

  for (guint i = 0; i < self->staff_checks->len; i++)
    gtk_widget_set_visible (gtk_widget_get_ancestor (g_ptr_array_index (self->staff_checks, i),
                                                     ADW_TYPE_ACTION_ROW), !all);
}

static void
fill_new_staff (BdSpotchecksPage *self)
{
  g_autoptr(GListModel) staff = bd_spotchecks_desk_list_staff (self->session, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  for (guint i = 0; i < self->staff_checks->len; i++)
    g_ptr_array_add (rows, gtk_widget_get_ancestor (g_ptr_array_index (self->staff_checks, i),
                                                    ADW_TYPE_ACTION_ROW));
  bd_case_page_clear_rows (self->new_staff_group, rows);
  g_ptr_array_set_size (self->staff_checks, 0);
  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(BdStaff) member = g_list_model_get_item (staff, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bd_staff_get_name (member));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      bd_accessible_set_label (check, bd_staff_get_name (member));
      g_object_set_data (G_OBJECT (check), "staff-id", GSIZE_TO_POINTER (bd_staff_get_id (member)));
      adw_preferences_group_add (self->new_staff_group, row);
      g_ptr_array_add (self->staff_checks, check);
    }
  all_staff_changed_cb (self);
}

static void
new_clicked_cb (BdSpotchecksPage *self)
{
  GDate today, monday;

  bd_store_get_today (bd_session_get_store (self->session), &today);
  /* Last week, Monday to Sunday: the period a supervisor checks most. */
  monday = today;
  g_date_subtract_days (&monday, g_date_get_weekday (&today) - G_DATE_MONDAY + 7);
  set_date (self->new_from_row, &monday);
  g_date_add_days (&monday, 6);
  set_date (self->new_to_row, &monday);
  fill_new_staff (self);
  show_page (self, "new", _("New spot check"));
}

static GArray *
chosen_staff (BdSpotchecksPage *self)
{
  GArray *ids;

  if (gtk_switch_get_active (GTK_SWITCH (self->all_staff_switch)))
    return NULL;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < self->staff_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->staff_checks, i)))
      {
        gint64 id = GPOINTER_TO_SIZE (g_object_get_data (g_ptr_array_index (self->staff_checks, i),
                                                         "staff-id"));

        g_array_append_val (ids, id);
      }
  return ids;
}

static guint
spin_value (GtkWidget *spin)
{
  /* What was typed counts, even before the field is left. */
  gtk_spin_button_update (GTK_SPIN_BUTTON (spin));
  return gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin));
}

static void
draw_clicked_cb (BdSpotchecksPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) staff = chosen_staff (self);
  BdSpotCheckPlan plan = {
    entry_text (self->new_from_row), entry_text (self->new_to_row), 0, staff,
    spin_value (self->share_spin), spin_value (self->size_spin), 0,
  };
  gint64 check_id = 0;

  for (guint kind = 0; kind < BD_N_WORK_KINDS; kind++)
    if (self->kind_checks[kind] != NULL
        && gtk_check_button_get_active (GTK_CHECK_BUTTON (self->kind_checks[kind])))
      plan.kinds |= 1u << kind;
  if (staff != NULL && staff->len == 0)
    {
      show_toast (self, _("Choose the staff to check, or all staff"));
      return;
    }
  if (!bd_spotchecks_desk_create_check (self->session, &plan, &check_id, &error))
    {
      show_toast (self, error->message);
      return;
    }
  show_checks (self);
  bd_spotchecks_page_open_check (self, check_id);
}

/* ── saving and printing ───────────────────────────────────────────────────────── */

gboolean
bd_spotchecks_page_save_csv (BdSpotchecksPage  *self,
                             GFile             *file,
                             GError           **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (BD_IS_SPOTCHECKS_PAGE (self), FALSE);

  if ((csv = bd_spotchecks_desk_results_csv (self->session, entry_text (self->from_row),
                                             entry_text (self->to_row), error)) == NULL)
    return FALSE;
  return g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                  NULL, NULL, error);
}

static void
csv_chosen_cb (GtkNativeDialog  *chooser,
               int               response,
               BdSpotchecksPage *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    {
      if (bd_spotchecks_page_save_csv (self, file, &error))
        show_toast (self, _("The results were saved as CSV"));
      else
        show_toast (self, error->message);
    }
  g_object_unref (chooser);
}

static void
csv_clicked_cb (BdSpotchecksPage *self)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Save the Results as CSV"),
                                 GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  g_autofree char *name = g_strdup_printf (_("spot-checks-%s-%s.csv"), entry_text (self->from_row),
                                           entry_text (self->to_row));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (csv_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_clicked_cb (BdSpotchecksPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.preview-spot-report", "(ss)",
                              entry_text (self->from_row), entry_text (self->to_row));
}

/* ── scorecards ────────────────────────────────────────────────────────────────── */

void
bd_spotchecks_page_open_scorecards (BdSpotchecksPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BD_IS_SPOTCHECKS_PAGE (self));

  if (!bd_scorecard_editor_show (self->scorecard_editor, self->session, &error))
    {
      show_toast (self, error->message);
      return;
    }
  show_page (self, "scorecard", _("Scorecards"));
}

static void
back_clicked_cb (BdSpotchecksPage *self)
{
  const char *shown = bd_spotchecks_page_get_shown (self);

  if (g_str_equal (shown, "record"))
    {
      bd_spot_record_view_clear (self->record_view);
      bd_spotchecks_page_open_check (self, self->check_id);
      return;
    }
  show_page (self, "overview", _("Spot Checks"));
  bd_spotchecks_page_refresh (self);
}

void
bd_spotchecks_page_clear (BdSpotchecksPage *self)
{
  g_return_if_fail (BD_IS_SPOTCHECKS_PAGE (self));

  bd_spot_record_view_clear (self->record_view);
  bd_scorecard_editor_clear (self->scorecard_editor);
  bd_case_page_clear_rows (self->checks_group, self->check_rows);
  bd_case_page_clear_rows (self->sample_group, self->sample_rows);
  bd_case_page_clear_rows (self->findings_group, self->finding_rows);
  bd_chart_view_set_values (BD_CHART_VIEW (self->staff_chart), NULL, 0, 0);
  bd_chart_view_set_values (BD_CHART_VIEW (self->kind_chart), NULL, 0, 0);
  bd_chart_view_set_values (BD_CHART_VIEW (self->item_chart), NULL, 0, 0);
  bd_chart_view_set_values (BD_CHART_VIEW (self->trend_chart), NULL, 0, 0);
  gtk_label_set_label (self->branch_label, "");
  g_hash_table_remove_all (self->staff_names);
  self->check_id = 0;
  show_page (self, "overview", _("Spot Checks"));
}

void
bd_spotchecks_page_set_session (BdSpotchecksPage *self,
                                BdSession        *session)
{
  GDate today, from;

  g_return_if_fail (BD_IS_SPOTCHECKS_PAGE (self));

  g_set_object (&self->session, session);
  if (session == NULL || bd_session_get_store (session) == NULL)
    return;
  bd_store_get_today (bd_session_get_store (session), &today);
  from = today;
  g_date_subtract_days (&from, RESULT_DAYS - 1);
  set_date (self->from_row, &from);
  set_date (self->to_row, &today);
}

/* ── the page ──────────────────────────────────────────────────────────────────── */

static GtkWidget *
scrolled_clamp (GtkWidget *child)
{
  GtkWidget *window = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  gtk_widget_set_margin_start (child, 12);
  gtk_widget_set_margin_end (child, 12);
  gtk_widget_set_margin_top (child, 18);
  gtk_widget_set_margin_bottom (child, 18);
  adw_clamp_set_child (ADW_CLAMP (clamp), child);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (window), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (window), clamp);
  gtk_widget_set_vexpand (window, TRUE);
  return window;
}

static GtkWidget *
date_row (AdwPreferencesGroup *group,
          const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);
  return row;
}

static GtkWidget *
button_new (const char *label,
            const char *style,
            GCallback   callback,
            gpointer    self)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  if (style != NULL)
    gtk_widget_add_css_class (button, style);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

/* A chart under its heading; the heading names it to a screen reader too. */
static GtkWidget *
chart_new (GtkWidget       *box,
           BdChartViewKind  kind,
           const char      *title)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *chart = bd_chart_view_new (kind, title);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 6);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), chart);
  return chart;
}

static GtkWidget *
build_overview (BdSpotchecksPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *charts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->results_group = bd_case_page_add_group (box, _("Results"));
  adw_preferences_group_set_description (self->results_group,
                                         _("Pass rates against each scorecard’s pass mark"));
  gtk_box_append (GTK_BOX (buttons), button_new (_("Print the report"), NULL,
                                                 G_CALLBACK (print_clicked_cb), self));
  gtk_box_append (GTK_BOX (buttons), button_new (_("Save as CSV"), NULL,
                                                 G_CALLBACK (csv_clicked_cb), self));
  adw_preferences_group_set_header_suffix (self->results_group, buttons);
  self->from_row = date_row (self->results_group, _("Results from"));
  self->to_row = date_row (self->results_group, _("Results to"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->from_row), TRUE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->to_row), TRUE);
  g_signal_connect_swapped (self->from_row, "apply", G_CALLBACK (show_results), self);
  g_signal_connect_swapped (self->to_row, "apply", G_CALLBACK (show_results), self);
  self->branch_label = GTK_LABEL (gtk_label_new (""));
  gtk_label_set_xalign (self->branch_label, 0);
  gtk_label_set_wrap (self->branch_label, TRUE);
  gtk_box_append (GTK_BOX (charts), GTK_WIDGET (self->branch_label));
  self->staff_chart = chart_new (charts, BD_CHART_VIEW_BARS, _("Pass rate by staff member"));
  self->kind_chart = chart_new (charts, BD_CHART_VIEW_BARS, _("Pass rate by kind of work"));
  self->trend_chart = chart_new (charts, BD_CHART_VIEW_LINE,
                                 _("Pass rate over the last twelve months"));
  self->item_chart = chart_new (charts, BD_CHART_VIEW_BARS,
                                _("Items passed where they applied"));
  gtk_box_append (GTK_BOX (box), charts);
  self->findings_group = bd_case_page_add_group (box, _("Open findings"));
  self->checks_group = bd_case_page_add_group (box, _("Spot checks"));
  return scrolled_clamp (box);
}

static GtkWidget *
kind_row (AdwPreferencesGroup *group,
          BdWorkKind           kind)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bd_work_kind_get_label (kind));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  bd_accessible_set_label (check, bd_work_kind_get_label (kind));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), kind == BD_WORK_REQUEST);
  adw_preferences_group_add (group, row);
  return check;
}

static GtkWidget *
spin_row (AdwPreferencesGroup *group,
          const char          *title,
          const char          *subtitle,
          double               upper,
          double               value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, upper, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  bd_accessible_set_label (spin, title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (group, row);
  return spin;
}

static GtkWidget *
build_new (BdSpotchecksPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  AdwPreferencesGroup *period = bd_case_page_add_group (box, _("Period"));
  AdwPreferencesGroup *kinds = bd_case_page_add_group (box, _("Kinds of work"));
  AdwPreferencesGroup *sample = bd_case_page_add_group (box, _("Sample"));
  GtkWidget *all_row = adw_action_row_new ();
  GtkWidget *draw;

  self->new_from_row = date_row (period, _("First day"));
  self->new_to_row = date_row (period, _("Last day"));
  self->new_staff_group = bd_case_page_add_group (box, _("Staff"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (all_row), _("All staff"));
  self->all_staff_switch = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (self->all_staff_switch), TRUE);
  gtk_widget_set_valign (self->all_staff_switch, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (all_row), self->all_staff_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (all_row), self->all_staff_switch);
  /* After the row ties its title to the switch: the name is said once. */
  bd_accessible_set_label (self->all_staff_switch, _("All staff"));
  adw_preferences_group_add (self->new_staff_group, all_row);
  g_signal_connect_swapped (self->all_staff_switch, "notify::active",
                            G_CALLBACK (all_staff_changed_cb), self);
  gtk_box_reorder_child_after (GTK_BOX (box), GTK_WIDGET (self->new_staff_group),
                               GTK_WIDGET (period));
  /* Etiquette is observed at the counter, not drawn from records: no sample to offer. */
  for (guint kind = 0; kind < BD_WORK_ETIQUETTE; kind++)
    self->kind_checks[kind] = kind_row (kinds, kind);
  self->share_spin = spin_row (sample, _("Share (per cent)"),
                               _("Of each staff member’s work of each kind, rounded up"), 100, 10);
  self->size_spin = spin_row (sample, _("Or records each"),
                              _("Used when the share is 0"), 100, 0);
  draw = button_new (_("Draw the sample"), "suggested-action", G_CALLBACK (draw_clicked_cb), self);
  gtk_widget_add_css_class (draw, "pill");
  gtk_widget_set_halign (draw, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), draw);
  return scrolled_clamp (box);
}

static GtkWidget *
build_check (BdSpotchecksPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  self->sample_group = bd_case_page_add_group (box, _("Sampled records"));
  adw_preferences_group_set_description (self->sample_group,
                                         _("Drawn at random per staff member and kind; the "
                                           "same check draws the same records again"));
  return scrolled_clamp (box);
}

static GtkWidget *
build_header (BdSpotchecksPage *self)
{
  GtkWidget *header = adw_header_bar_new ();

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Spot Checks"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  self->back_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  bd_accessible_set_label (self->back_button, _("Back"));
  gtk_widget_set_tooltip_text (self->back_button, _("Back"));
  gtk_widget_set_visible (self->back_button, FALSE);
  g_signal_connect_swapped (self->back_button, "clicked", G_CALLBACK (back_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->back_button);
  self->new_button = button_new (_("New spot check"), "suggested-action",
                                 G_CALLBACK (new_clicked_cb), self);
  gtk_widget_set_visible (self->new_button, FALSE);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->new_button);
  self->scorecards_button = button_new (_("Scorecards"), NULL,
                                        G_CALLBACK (bd_spotchecks_page_open_scorecards), self);
  gtk_widget_set_visible (self->scorecards_button, FALSE);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->scorecards_button);
  return header;
}

static void
bd_spotchecks_page_dispose (GObject *object)
{
  BdSpotchecksPage *self = BD_SPOTCHECKS_PAGE (object);

  g_clear_object (&self->session);
  G_OBJECT_CLASS (bd_spotchecks_page_parent_class)->dispose (object);
}

static void
bd_spotchecks_page_finalize (GObject *object)
{
  BdSpotchecksPage *self = BD_SPOTCHECKS_PAGE (object);

  g_hash_table_unref (self->staff_names);
  g_ptr_array_unref (self->check_rows);
  g_ptr_array_unref (self->sample_rows);
  g_ptr_array_unref (self->finding_rows);
  g_ptr_array_unref (self->staff_checks);
  G_OBJECT_CLASS (bd_spotchecks_page_parent_class)->finalize (object);
}

static void
bd_spotchecks_page_class_init (BdSpotchecksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_spotchecks_page_dispose;
  object_class->finalize = bd_spotchecks_page_finalize;
}

static void
bd_spotchecks_page_init (BdSpotchecksPage *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->staff_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->check_rows = g_ptr_array_new ();
  self->sample_rows = g_ptr_array_new ();
  self->finding_rows = g_ptr_array_new ();
  self->staff_checks = g_ptr_array_new ();
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, build_overview (self), "overview");
  gtk_stack_add_named (self->stack, build_new (self), "new");
  gtk_stack_add_named (self->stack, build_check (self), "check");
  self->record_view = BD_SPOT_RECORD_VIEW (bd_spot_record_view_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->record_view), "record");
  self->scorecard_editor = BD_SCORECARD_EDITOR (bd_scorecard_editor_new ());
  gtk_stack_add_named (self->stack, scrolled_clamp (GTK_WIDGET (self->scorecard_editor)),
                       "scorecard");
  gtk_box_append (GTK_BOX (page), build_header (self));
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->stack));
  adw_bin_set_child (ADW_BIN (self), page);
}
