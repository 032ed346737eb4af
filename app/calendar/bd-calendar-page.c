/* bd-calendar-page.c — the working-day calendar: a year's months, and importing a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An administrator's window (issue 15, item 5): a year as twelve months, each day a cell
 * whose holiday days off and adjusted working days (调休) are marked by a sign as well as
 * a colour — 休 and 班, as Chinese calendars print them — and named in full to a screen
 * reader ("2026年10月1日 国庆节 休息日"). Import reads a file, and the core checks it: a
 * file with an error is shown refused with its line, nothing saved; a good one is
 * previewed (its years, counts, holidays and adjusted working days, and its months in the
 * grid) until it is saved or cancelled. The core refuses anyone but an administrator.
 */
#define G_LOG_DOMAIN "bd-calendar"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-calendar-page.h"
#include "bd-case-page.h"
#include "bd-page-window.h"

#define YEAR_MIN 1900   /* the calendar format's years (data/calendar/README.md) */
#define YEAR_MAX 9999

struct _BdCalendarPage
{
  AdwBin               parent_instance;

  BdSession           *session;
  guint                year;
  BdCalendarImport    *preview;      /* the file read, not saved yet */

  AdwToastOverlay     *toasts;
  GtkWidget           *year_label;
  GtkWidget           *months;       /* a GtkFlowBox of the year's months */
  GtkWidget           *months_stack; /* "months", or "missing" for a year not known */
  GtkWidget           *missing_page;
  GtkWidget           *import_button;
  GtkWidget           *error_label;  /* why the file chosen was refused */
  GtkWidget           *preview_panel;
  GtkWidget           *preview_title;
  AdwPreferencesGroup *preview_group;
  GPtrArray           *preview_rows;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (BdCalendarPage, bd_calendar_page, ADW_TYPE_BIN)

static const char *const month_names[] = {
  N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
  N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
};

/* Monday first, as the branch's calendars are printed. */
static const char *const weekday_names[] = {
  NC_("weekday", "Mo"), NC_("weekday", "Tu"), NC_("weekday", "We"), NC_("weekday", "Th"),
  NC_("weekday", "Fr"), NC_("weekday", "Sa"), NC_("weekday", "Su"),
};

/* The calendar the grid shows: the file previewed, or the one every deadline uses. */
static BdCalendar *
shown_calendar (BdCalendarPage *self)
{
  return self->preview != NULL ? bd_calendar_import_get_calendar (self->preview)
                               : bd_calendar_get_default ();
}

static char *
format_date (const GDate *date)
{
  /* Translators: a day of the calendar, year, month and day: "2026年10月1日". */
  return g_strdup_printf (_("%u-%02u-%02u"), g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* What a day is, in words: its date, its holiday if a notice lists it, work or rest. */
static char *
describe_day (const GDate *date,
              gboolean     working,
              BdHoliday    holiday)
{
  g_autofree char *day = format_date (date);
  const char *kind = working ? (holiday != BD_HOLIDAY_NONE ? _("adjusted working day")
                                                           : _("working day"))
                             : _("rest day");

  if (holiday == BD_HOLIDAY_NONE)
    /* Translators: a date and whether it is a working day. */
    return g_strdup_printf (C_("calendar day", "%s, %s"), day, kind);
  /* Translators: a date, its holiday and whether it is a working day. */
  return g_strdup_printf (C_("calendar day", "%s, %s, %s"), day,
                          bd_holiday_get_label (holiday), kind);
}

/* A day's cell: its number, and the sign of a listed day under it. */
static GtkWidget *
day_cell (BdCalendar  *calendar,
          const GDate *date)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  BdHoliday holiday = BD_HOLIDAY_NONE;
  gboolean working = TRUE;
  GtkWidget *cell;

  bd_calendar_is_working_day (calendar, date, &working, &holiday, NULL);
  if (holiday == BD_HOLIDAY_NONE)
    text = g_strdup_printf ("%u\n", g_date_get_day (date));
  else
    /* Translators: the signs of a day off for a holiday and of an adjusted working day,
     * one character each, as calendars print them (休, 班). */
    text = g_strdup_printf ("%u\n%s", g_date_get_day (date),
                            working ? C_("calendar sign", "W") : C_("calendar sign", "H"));
  cell = gtk_label_new (text);
  gtk_label_set_justify (GTK_LABEL (cell), GTK_JUSTIFY_CENTER);
  gtk_widget_set_size_request (cell, 30, -1);
  if (holiday != BD_HOLIDAY_NONE)
    {
      gtk_widget_add_css_class (cell, "badge");
      gtk_widget_add_css_class (cell, working ? "accent" : "error");
    }
  else if (!working)
    gtk_widget_add_css_class (cell, "dim-label");
  name = describe_day (date, working, holiday);
  bd_accessible_set_label (cell, name);
  gtk_widget_set_tooltip_text (cell, name);
  return cell;
}

static GtkWidget *
build_month (BdCalendar *calendar,
             guint       year,
             guint       month)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (g_dgettext (GETTEXT_PACKAGE, month_names[month - 1]));
  GtkWidget *grid = gtk_grid_new ();
  GDate date;
  guint row = 1;

  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 2);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (weekday_names); i++)
    {
      GtkWidget *name = gtk_label_new (g_dpgettext2 (GETTEXT_PACKAGE, "weekday", weekday_names[i]));

      gtk_widget_add_css_class (name, "dim-label");
      gtk_grid_attach (GTK_GRID (grid), name, i, 0, 1, 1);
    }
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, month, year);
  for (; g_date_get_month (&date) == month; g_date_add_days (&date, 1))
    {
      guint column = g_date_get_weekday (&date) - G_DATE_MONDAY;

      gtk_grid_attach (GTK_GRID (grid), day_cell (calendar, &date), column, row, 1, 1);
      row += column == 6;
    }
  gtk_box_append (GTK_BOX (box), grid);
  return box;
}

static void
show_year (BdCalendarPage *self)
{
  BdCalendar *calendar = shown_calendar (self);
  g_autofree char *year = g_strdup_printf ("%u", self->year);
  GtkWidget *child;

  gtk_label_set_label (GTK_LABEL (self->year_label), year);
  while ((child = gtk_widget_get_first_child (self->months)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->months), child);
  if (!bd_calendar_has_year (calendar, self->year))
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->months_stack), "missing");
      return;
    }
  for (guint month = 1; month <= 12; month++)
    gtk_flow_box_append (GTK_FLOW_BOX (self->months), build_month (calendar, self->year, month));
  gtk_stack_set_visible_child_name (GTK_STACK (self->months_stack), "months");
}

void
bd_calendar_page_set_year (BdCalendarPage *self,
                           guint           year)
{
  g_return_if_fail (BD_IS_CALENDAR_PAGE (self));

  self->year = CLAMP (year, YEAR_MIN, YEAR_MAX);
  show_year (self);
}

guint
bd_calendar_page_get_year (BdCalendarPage *self)
{
  g_return_val_if_fail (BD_IS_CALENDAR_PAGE (self), 0);

  return self->year;
}

static void
previous_year_cb (BdCalendarPage *self)
{
  bd_calendar_page_set_year (self, self->year - 1);
}

static void
next_year_cb (BdCalendarPage *self)
{
  bd_calendar_page_set_year (self, self->year + 1);
}

/* ── the preview of a file ─────────────────────────────────────────────────────── */

static void
show_error (BdCalendarPage *self,
            const char     *message)
{
  g_autofree char *text = NULL;

  if (message == NULL)
    {
      gtk_widget_set_visible (self->error_label, FALSE);
      return;
    }
  text = g_strdup_printf (_("The file is refused and nothing was saved: %s"), message);
  gtk_label_set_label (GTK_LABEL (self->error_label), text);
  gtk_widget_set_visible (self->error_label, TRUE);
}

static void
end_preview (BdCalendarPage *self)
{
  g_clear_object (&self->preview);
  bd_case_page_clear_rows (self->preview_group, self->preview_rows);
  gtk_widget_set_visible (self->preview_panel, FALSE);
}

static char *
describe_period (const BdCalendarPeriod *period)
{
  g_autofree char *first = format_date (&period->first);
  g_autofree char *last = format_date (&period->last);
  g_autofree char *days = g_date_compare (&period->first, &period->last) == 0
                          ? g_strdup (first)
                          /* Translators: the first and last day of a holiday period. */
                          : g_strdup_printf (_("%s to %s"), first, last);

  /* Translators: days, and what they are: "2027-10-01 to 2027-10-07 · days off". */
  return g_strdup_printf (_("%s · %s"), days, period->working ? _("adjusted working day")
                                                               : _("days off"));
}

static void
add_year_rows (BdCalendarPage *self,
               guint           year)
{
  BdCalendar *calendar = bd_calendar_import_get_calendar (self->preview);
  g_autoptr(GArray) periods = bd_calendar_list_periods (calendar, year);
  g_autofree char *title = g_strdup_printf ("%u", year);
  g_autofree char *counts = NULL;
  guint working, rest;

  bd_calendar_count_year (calendar, year, &working, &rest);
  counts = g_strdup_printf (_("%u working days, %u rest days"), working, rest);
  gtk_widget_add_css_class (bd_case_page_add_row (self->preview_group, self->preview_rows,
                                                  title, counts), "property");
  for (guint i = 0; i < periods->len; i++)
    {
      const BdCalendarPeriod *period = &g_array_index (periods, BdCalendarPeriod, i);
      g_autofree char *subtitle = describe_period (period);

      bd_case_page_add_row (self->preview_group, self->preview_rows,
                            bd_holiday_get_label (period->holiday), subtitle);
    }
}

static void
show_preview (BdCalendarPage   *self,
              BdCalendarImport *import)
{
  GArray *years = bd_calendar_import_get_years (import);
  g_autofree char *title = NULL;

  end_preview (self);
  self->preview = g_object_ref (import);
  /* Translators: the calendar file being previewed. */
  title = g_strdup_printf (_("Preview of %s"), bd_calendar_import_get_file_name (import));
  gtk_label_set_label (GTK_LABEL (self->preview_title), title);
  for (guint i = 0; i < years->len; i++)
    add_year_rows (self, g_array_index (years, guint, i));
  gtk_widget_set_visible (self->preview_panel, TRUE);
  bd_calendar_page_set_year (self, g_array_index (years, guint, 0));
}

void
bd_calendar_page_preview_file (BdCalendarPage *self,
                               GFile          *file)
{
  g_autoptr(BdCalendarImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  g_return_if_fail (BD_IS_CALENDAR_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  end_preview (self);
  name = g_file_get_basename (file);
  if (g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
    import = bd_calendar_desk_read_file (self->session, name, contents, length, &error);
  show_error (self, error != NULL ? error->message : NULL);
  if (import != NULL)
    show_preview (self, import);
  else
    show_year (self);
}

static void
chooser_response_cb (BdCalendarPage       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    bd_calendar_page_preview_file (self, file);
}

static void
import_clicked_cb (BdCalendarPage *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* GTK 4.8 has no GtkFileDialog. */
  self->chooser = gtk_file_chooser_native_new (_("Import a Working-Day Calendar"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Preview"),
                                               _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_clicked_cb (BdCalendarPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *years = NULL;
  g_autofree char *message = NULL;

  if (self->preview == NULL)
    return;
  if (!bd_calendar_desk_import (self->session, self->preview, &error))
    {
      show_error (self, error->message);
      return;
    }
  years = bd_calendar_import_dup_years (self->preview);
  /* Translators: the years of the calendar file saved, "2027" or "2027 2028". */
  message = g_strdup_printf (_("The working-day calendar of %s is saved"), years);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
  end_preview (self);
  show_year (self);
}

static void
cancel_clicked_cb (BdCalendarPage *self)
{
  end_preview (self);
  show_year (self);
}

/* ── building ──────────────────────────────────────────────────────────────────── */

static GtkWidget *
labelled_button (const char *label,
                 const char *name,
                 GCallback   clicked,
                 gpointer    self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  bd_accessible_set_label (button, name);
  g_signal_connect_swapped (button, "clicked", clicked, self);
  return button;
}

static GtkWidget *
icon_button (const char *icon,
             const char *name,
             GCallback   clicked,
             gpointer    self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  bd_accessible_set_label (button, name);
  gtk_widget_set_tooltip_text (button, name);
  g_signal_connect_swapped (button, "clicked", clicked, self);
  return button;
}

static GtkWidget *
build_header (BdCalendarPage *self)
{
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Working-Day Calendar"), NULL));
  self->import_button = labelled_button (_("_Import…"), _("Import a year’s calendar file"),
                                         G_CALLBACK (import_clicked_cb), self);
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->import_button);
  return header;
}

static GtkWidget *
legend_item (const char *sign,
             const char *classes,
             const char *meaning)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *mark = gtk_label_new (sign);
  GtkWidget *text = gtk_label_new (meaning);

  gtk_widget_add_css_class (mark, "badge");
  gtk_widget_add_css_class (mark, classes);
  /* The sign is said with its meaning, once. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), mark);
  gtk_box_append (GTK_BOX (box), text);
  return box;
}

/* ◀ 2026 ▶, and what the signs mean. */
static GtkWidget *
build_year_bar (BdCalendarPage *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *chooser = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *legend = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);

  self->year_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->year_label, "title-2");
  gtk_box_append (GTK_BOX (chooser), icon_button ("go-previous-symbolic", _("Previous year"),
                                                  G_CALLBACK (previous_year_cb), self));
  gtk_box_append (GTK_BOX (chooser), self->year_label);
  gtk_box_append (GTK_BOX (chooser), icon_button ("go-next-symbolic", _("Next year"),
                                                  G_CALLBACK (next_year_cb), self));
  gtk_box_append (GTK_BOX (legend), legend_item (C_("calendar sign", "H"), "error",
                                                 _("Day off for a holiday")));
  gtk_box_append (GTK_BOX (legend), legend_item (C_("calendar sign", "W"), "accent",
                                                 _("Adjusted working day (weekend worked)")));
  gtk_widget_set_hexpand (legend, TRUE);
  gtk_widget_set_halign (legend, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (bar), chooser);
  gtk_box_append (GTK_BOX (bar), legend);
  return bar;
}

static GtkWidget *
build_months (BdCalendarPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->months = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->months), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->months), TRUE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->months), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->months), 24);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->months), 18);
  gtk_widget_set_valign (self->months, GTK_ALIGN_START);
  self->missing_page = adw_status_page_new ();
  adw_status_page_set_title (ADW_STATUS_PAGE (self->missing_page),
                             _("The calendar does not cover this year"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->missing_page),
                                   _("Import the year’s file, written from the State "
                                     "Council’s notice of its holidays"));
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->missing_page), "x-office-calendar-symbolic");
  self->months_stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->months_stack), self->months, "months");
  gtk_stack_add_named (GTK_STACK (self->months_stack), self->missing_page, "missing");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->months_stack);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_set_hexpand (scrolled, TRUE);
  return scrolled;
}

/* Beside the months while a file is previewed: what it adds, Save and Cancel. */
static GtkWidget *
build_preview_panel (BdCalendarPage *self)
{
  GtkWidget *panel = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *save = labelled_button (_("_Save"), _("Save the calendar previewed"),
                                     G_CALLBACK (save_clicked_cb), self);

  self->preview_title = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->preview_title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->preview_title), 0);
  gtk_widget_add_css_class (self->preview_title, "heading");
  gtk_box_append (GTK_BOX (panel), self->preview_title);
  self->preview_group = bd_case_page_add_group (list, _("What the file adds"));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (panel), scrolled);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), labelled_button (_("_Cancel"), _("Cancel the import"),
                                                      G_CALLBACK (cancel_clicked_cb), self));
  gtk_box_append (GTK_BOX (buttons), save);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (panel), buttons);
  gtk_widget_set_size_request (panel, 320, -1);
  gtk_widget_set_visible (panel, FALSE);
  return panel;
}

static GtkWidget *
build_body (BdCalendarPage *self)
{
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *year = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_label_set_selectable (GTK_LABEL (self->error_label), TRUE);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_box_append (GTK_BOX (year), self->error_label);
  gtk_box_append (GTK_BOX (year), build_year_bar (self));
  gtk_box_append (GTK_BOX (year), build_months (self));
  self->preview_panel = build_preview_panel (self);
  gtk_box_append (GTK_BOX (body), year);
  gtk_box_append (GTK_BOX (body), self->preview_panel);
  gtk_widget_set_margin_start (body, 18);
  gtk_widget_set_margin_end (body, 18);
  gtk_widget_set_margin_top (body, 12);
  gtk_widget_set_margin_bottom (body, 12);
  gtk_widget_set_vexpand (body, TRUE);
  return body;
}

static void
bd_calendar_page_dispose (GObject *object)
{
  BdCalendarPage *self = BD_CALENDAR_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->preview);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (bd_calendar_page_parent_class)->dispose (object);
}

static void
bd_calendar_page_finalize (GObject *object)
{
  BdCalendarPage *self = BD_CALENDAR_PAGE (object);

  g_ptr_array_unref (self->preview_rows);
  G_OBJECT_CLASS (bd_calendar_page_parent_class)->finalize (object);
}

static void
bd_calendar_page_class_init (BdCalendarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_calendar_page_dispose;
  object_class->finalize = bd_calendar_page_finalize;
}

static void
bd_calendar_page_init (BdCalendarPage *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->preview_rows = g_ptr_array_new ();
  gtk_box_append (GTK_BOX (page), build_header (self));
  gtk_box_append (GTK_BOX (page), build_body (self));
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, page);
  bd_accessible_name_toasts (GTK_WIDGET (self->toasts));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->toasts));
}

GtkWidget *
bd_calendar_page_new (BdSession *session)
{
  BdCalendarPage *self;
  GDate today;

  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  self = g_object_new (BD_TYPE_CALENDAR_PAGE, NULL);
  self->session = g_object_ref (session);
  gtk_widget_set_sensitive (self->import_button, bd_calendar_desk_may_import (session));
  bd_store_get_today (bd_session_get_store (session), &today);
  bd_calendar_page_set_year (self, g_date_get_year (&today));
  return GTK_WIDGET (self);
}

/* ── its window ────────────────────────────────────────────────────────────────── */

GtkWindow *
bd_calendar_page_present (GtkWidget *parent,
                          BdSession *session)
{
  return bd_page_window_present (parent, session, BD_TYPE_CALENDAR_PAGE,
                                 _("Working-Day Calendar"), bd_calendar_page_new);
}
