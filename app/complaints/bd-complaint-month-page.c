/* bd-complaint-month-page.c — the supervisor's month of complaints: counts, chart, causes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The month's report (004: count, categories, cases and causes, measures) as the branch's
 * management reads it: a month chosen by year and month, the counts by category as the
 * printed report's bar chart (the same values, bd_complaint_month_category_values()), by
 * channel, the major complaints and the share decided in time, and the cases with their
 * causes and measures. The desk decides who may read it and audits each reading; the
 * page prints it through the main window's print path and saves it as CSV. It opens
 * in a window of its own from the supervisor's Queues, and closes with the session.
 */
#define G_LOG_DOMAIN "bd-complaints"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-case-page.h"
#include "bd-chart-view.h"
#include "bd-complaint-catalogue.h"
#include "bd-complaint-month-page.h"
#include "bd-page-window.h"
#include "bd-print-complaint.h"
#include "bd-training-banner.h"

#define FIRST_YEAR 2000   /* the spin's lower end; no branch kept complaints before it */
#define TYPED_MS   400    /* a number typed is taken once the typing pauses: one reading */

struct _BdComplaintMonthPage
{
  AdwBin               parent_instance;

  BdSession           *session;
  BdComplaintMonth     counts;
  gboolean             has_counts;
  guint                shown_year;    /* the month the counts are of */
  guint                shown_month;
  gboolean             choosing;      /* the spins are set together: one reading */
  guint                typed_source;  /* a year or month typed, taken after a pause */

  AdwToastOverlay     *toasts;
  AdwWindowTitle      *title;
  GtkWidget           *year_spin;
  GtkWidget           *month_spin;
  GtkWidget           *print_button;
  GtkWidget           *csv_button;
  GtkWidget           *chart;
  AdwPreferencesGroup *totals_group;
  AdwPreferencesGroup *channels_group;
  AdwPreferencesGroup *remedies_group;
  GPtrArray           *total_rows;
  GPtrArray           *channel_rows;
  GPtrArray           *remedy_rows;
};

G_DEFINE_FINAL_TYPE (BdComplaintMonthPage, bd_complaint_month_page, ADW_TYPE_BIN)

static void
show_toast (BdComplaintMonthPage *self,
            const char           *message)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

static void
forget_counts (BdComplaintMonthPage *self)
{
  bd_complaint_month_clear (&self->counts);
  memset (&self->counts, 0, sizeof self->counts);
  self->has_counts = FALSE;
  bd_case_page_clear_rows (self->totals_group, self->total_rows);
  bd_case_page_clear_rows (self->channels_group, self->channel_rows);
  bd_case_page_clear_rows (self->remedies_group, self->remedy_rows);
  bd_chart_view_set_values (BD_CHART_VIEW (self->chart), NULL, 0, 0);
  gtk_widget_set_sensitive (self->print_button, FALSE);
  gtk_widget_set_sensitive (self->csv_button, FALSE);
}

static void
show_channels (BdComplaintMonthPage *self)
{
  for (guint i = 0; i < BD_N_COMPLAINT_CHANNELS; i++)
    {
      g_autofree char *count = g_strdup_printf ("%u", self->counts.by_channel[i]);
      GtkWidget *row = bd_case_page_add_row (self->channels_group, self->channel_rows,
                                             bd_complaint_channel_get_label (i), NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (count));
    }
}

static void
show_counts (BdComplaintMonthPage *self)
{
  BdChartValue values[BD_N_COMPLAINT_CATEGORIES];
  guint n_values = bd_complaint_month_category_values (&self->counts, values);
  g_autofree char *totals = bd_complaint_month_dup_totals (&self->counts);
  g_autofree char *in_time = bd_complaint_month_dup_in_time (&self->counts);

  bd_case_page_add_row (self->totals_group, self->total_rows, totals, NULL);
  bd_case_page_add_row (self->totals_group, self->total_rows, in_time, NULL);
  bd_chart_view_set_values (BD_CHART_VIEW (self->chart), values, n_values, 0);
  show_channels (self);
  if (self->counts.remedies->len == 0)
    bd_case_page_add_row (self->remedies_group, self->remedy_rows, _("None recorded"), NULL);
  for (guint i = 0; i < self->counts.remedies->len; i++)
    bd_case_page_add_row (self->remedies_group, self->remedy_rows,
                          self->counts.remedies->pdata[i], NULL);
}

/* Reads the month the spins say, through the desk (which refuses counter staff and
 * audits the reading). */
static void
read_month (BdComplaintMonthPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;
  guint year, month;

  forget_counts (self);
  bd_complaint_month_page_get_month (self, &year, &month);
  period = g_strdup_printf ("%04u-%02u", year, month);
  adw_window_title_set_subtitle (self->title, period);
  if (self->session == NULL)
    return;
  if (!bd_complaints_desk_count_month (self->session, year, month, &self->counts, &error))
    {
      show_toast (self, error->message);
      return;
    }
  self->has_counts = TRUE;
  self->shown_year = year;
  self->shown_month = month;
  show_counts (self);
  gtk_widget_set_sensitive (self->print_button, TRUE);
  gtk_widget_set_sensitive (self->csv_button, TRUE);
}

static void
month_changed_cb (BdComplaintMonthPage *self)
{
  if (!self->choosing)
    read_month (self);
}

static void
typed_cb (gpointer user_data)
{
  BdComplaintMonthPage *self = user_data;

  self->typed_source = 0;
  /* What was typed becomes the spins' values; a change reads the month once. */
  self->choosing = TRUE;
  gtk_spin_button_update (GTK_SPIN_BUTTON (self->year_spin));
  gtk_spin_button_update (GTK_SPIN_BUTTON (self->month_spin));
  self->choosing = FALSE;
  if (bd_complaint_month_page_get_counts (self) == NULL
      || self->shown_year != gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->year_spin))
      || self->shown_month != gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->month_spin)))
    read_month (self);
}

/* A spin takes a number typed only on Enter or when it loses the focus; the month is read
 * as soon as the typing pauses. */
static void
text_changed_cb (BdComplaintMonthPage *self)
{
  if (self->choosing)
    return;
  g_clear_handle_id (&self->typed_source, g_source_remove);
  self->typed_source = g_timeout_add_once (TYPED_MS, typed_cb, self);
}

void
bd_complaint_month_page_set_month (BdComplaintMonthPage *self,
                                   guint                 year,
                                   guint                 month)
{
  g_return_if_fail (BD_IS_COMPLAINT_MONTH_PAGE (self));
  g_return_if_fail (month >= 1 && month <= 12);

  self->choosing = TRUE;
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->year_spin), year);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->month_spin), month);
  self->choosing = FALSE;
  read_month (self);
}

void
bd_complaint_month_page_get_month (BdComplaintMonthPage *self,
                                   guint                *year,
                                   guint                *month)
{
  g_return_if_fail (BD_IS_COMPLAINT_MONTH_PAGE (self));

  *year = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->year_spin));
  *month = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->month_spin));
}

const BdComplaintMonth *
bd_complaint_month_page_get_counts (BdComplaintMonthPage *self)
{
  g_return_val_if_fail (BD_IS_COMPLAINT_MONTH_PAGE (self), NULL);

  return self->has_counts ? &self->counts : NULL;
}

/* ── printing and saving ───────────────────────────────────────────────────────── */

/* Printing is the main window's (its preview, print dialog and audit row): the window
 * this page's window belongs to, or the one holding the page. */
static GtkWidget *
main_window (BdComplaintMonthPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? gtk_window_get_transient_for (GTK_WINDOW (root))
                                           : NULL;

  return parent != NULL ? GTK_WIDGET (parent) : GTK_WIDGET (self);
}

static void
print_clicked_cb (BdComplaintMonthPage *self)
{
  guint year, month;

  bd_complaint_month_page_get_month (self, &year, &month);
  gtk_widget_activate_action (main_window (self), "win.preview-complaint-month", "(uu)",
                              year, month);
}

gboolean
bd_complaint_month_page_save_csv (BdComplaintMonthPage  *self,
                                  GFile                 *file,
                                  GError               **error)
{
  g_autofree char *csv = NULL;
  guint year, month;

  g_return_val_if_fail (BD_IS_COMPLAINT_MONTH_PAGE (self), FALSE);
  g_return_val_if_fail (self->has_counts, FALSE);

  bd_complaint_month_page_get_month (self, &year, &month);
  csv = bd_complaint_month_to_csv (&self->counts, year, month);
  return g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                  NULL, NULL, error);
}

static void
csv_chosen (GtkWidget *page,
            GFile     *file)
{
  BdComplaintMonthPage *self = BD_COMPLAINT_MONTH_PAGE (page);
  g_autoptr(GError) error = NULL;

  if (!self->has_counts)
    return;
  if (bd_complaint_month_page_save_csv (self, file, &error))
    show_toast (self, _("The month’s report was saved as CSV"));
  else
    show_toast (self, error->message);
}

static void
csv_clicked_cb (BdComplaintMonthPage *self)
{
  g_autofree char *name = NULL;
  guint year, month;

  bd_complaint_month_page_get_month (self, &year, &month);
  /* The printed report's file name (bd-print-complaint.c), as CSV. */
  name = g_strdup_printf ("%s-%04u-%02u.csv", _("complaints"), year, month);
  bd_page_choose_csv (GTK_WIDGET (self), _("Export the Month’s Report as CSV"), name,
                      csv_chosen);
}

/* ── the page ──────────────────────────────────────────────────────────────────── */

/* A spin of whole numbers in a row; the row's title names it once. */
static GtkWidget *
spin_row (BdComplaintMonthPage *self,
          AdwPreferencesGroup  *group,
          const char           *title,
          double                lower,
          double                upper)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  bd_accessible_set_label (spin, title);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (month_changed_cb), self);
  g_signal_connect_swapped (spin, "changed", G_CALLBACK (text_changed_cb), self);
  adw_preferences_group_add (group, row);
  return spin;
}

static GtkWidget *
header_button (BdComplaintMonthPage *self,
               const char           *label,
               const char           *name,
               GCallback             clicked)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  bd_accessible_set_label (button, name);
  gtk_widget_set_sensitive (button, FALSE);
  g_signal_connect_swapped (button, "clicked", clicked, self);
  return button;
}

static GtkWidget *
build_header (BdComplaintMonthPage *self)
{
  GtkWidget *header = adw_header_bar_new ();

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Complaints by Month"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  self->csv_button = header_button (self, _("Export CSV…"), _("Export the month’s report as CSV"),
                                    G_CALLBACK (csv_clicked_cb));
  self->print_button = header_button (self, _("Print…"), _("Print the month’s report"),
                                      G_CALLBACK (print_clicked_cb));
  gtk_widget_add_css_class (self->print_button, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->print_button);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->csv_button);
  return header;
}

static GtkWidget *
build_report (BdComplaintMonthPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *charts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("By category"));
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  AdwPreferencesGroup *period = bd_case_page_add_group (box, _("Report month"));

  /* The years up to the branch's own are set with the session (bd_complaint_month_page_new). */
  self->year_spin = spin_row (self, period, _("Year"), FIRST_YEAR, FIRST_YEAR);
  self->month_spin = spin_row (self, period, _("Month"), 1, 12);
  self->totals_group = bd_case_page_add_group (box, _("Totals"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (charts), heading);
  /* The heading names the chart to a screen reader too, which hears its counts. */
  self->chart = bd_chart_view_new (BD_CHART_VIEW_BARS, _("Complaints by category"));
  gtk_box_append (GTK_BOX (charts), self->chart);
  gtk_box_append (GTK_BOX (box), charts);
  self->channels_group = bd_case_page_add_group (box, _("By channel"));
  self->remedies_group = bd_case_page_add_group (box, _("Causes and measures taken"));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}

static void
bd_complaint_month_page_dispose (GObject *object)
{
  BdComplaintMonthPage *self = BD_COMPLAINT_MONTH_PAGE (object);

  g_clear_handle_id (&self->typed_source, g_source_remove);
  bd_complaint_month_clear (&self->counts);
  self->has_counts = FALSE;
  g_clear_object (&self->session);
  G_OBJECT_CLASS (bd_complaint_month_page_parent_class)->dispose (object);
}

static void
bd_complaint_month_page_finalize (GObject *object)
{
  BdComplaintMonthPage *self = BD_COMPLAINT_MONTH_PAGE (object);

  g_ptr_array_unref (self->total_rows);
  g_ptr_array_unref (self->channel_rows);
  g_ptr_array_unref (self->remedy_rows);
  G_OBJECT_CLASS (bd_complaint_month_page_parent_class)->finalize (object);
}

static void
bd_complaint_month_page_class_init (BdComplaintMonthPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_complaint_month_page_dispose;
  object_class->finalize = bd_complaint_month_page_finalize;
}

static void
bd_complaint_month_page_init (BdComplaintMonthPage *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->total_rows = g_ptr_array_new ();
  self->channel_rows = g_ptr_array_new ();
  self->remedy_rows = g_ptr_array_new ();
  self->choosing = TRUE;
  gtk_box_append (GTK_BOX (page), build_header (self));
  gtk_box_append (GTK_BOX (page), build_report (self));
  self->choosing = FALSE;
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, page);
  bd_accessible_name_toasts (GTK_WIDGET (self->toasts));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->toasts));
}

GtkWidget *
bd_complaint_month_page_new (BdSession *session)
{
  BdComplaintMonthPage *self;
  guint year, month;

  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  self = g_object_new (BD_TYPE_COMPLAINT_MONTH_PAGE, NULL);
  self->session = g_object_ref (session);
  bd_complaints_desk_default_month (session, &year, &month);
  /* Up to the year of the branch's today (the last month's year, or the next). */
  gtk_spin_button_set_range (GTK_SPIN_BUTTON (self->year_spin), FIRST_YEAR, year + 1);
  bd_complaint_month_page_set_month (self, year, month);
  return GTK_WIDGET (self);
}

/* ── its window ────────────────────────────────────────────────────────────────── */

/* Nothing of the branch's complaints stays on screen over a lock or after the session
 * (bd_page_window_present()). */
GtkWindow *
bd_complaint_month_page_present (GtkWidget *parent,
                                 BdSession *session)
{
  return bd_page_window_present (parent, session, BD_TYPE_COMPLAINT_MONTH_PAGE,
                                 _("Complaints by Month"), bd_complaint_month_page_new);
}
