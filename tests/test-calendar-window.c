/* test-calendar-window.c — the working-day calendar window and the Desk's warning
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window on a branch on 3 December 2026, before anyone imported 2027: the Desk
 * warns that next year's calendar is missing; the administrator opens the calendar from
 * the main menu and sees 2026 with National Day's days off and the adjusted working days
 * marked; a file with an error is shown refused with its line, and nothing is saved; a
 * good file is previewed, saved, and the warning is gone the next time the Desk is shown.
 * A counter clerk is not offered the calendar, and the core refuses the clerk a file.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "bd-calendar-page.h"
#include "bd-calendar-warning.h"
#include "bd-clock.h"
#include "bd-test-widgets.h"
#include "bd-window.h"

static char *folder;

/* An invented 2027, in the form of data/calendar/README.md. */
static const char year_2027[] =
  "year 2027\n"
  "2027-01-01..2027-01-03 off new-year\n"
  "2027-02-06..2027-02-12 off spring-festival\n"
  "2027-02-14            work spring-festival\n"
  "2027-10-01..2027-10-07 off national-day\n";

/* Line 3 names a holiday the format does not know. */
static const char year_2027_bad[] =
  "year 2027\n"
  "2027-01-01 off new-year\n"
  "2027-04-05 off tomb-sweeping\n";

typedef struct
{
  BdStore   *store;
  char      *path;
  BdSession *session;
  BdWindow  *window;
} Desk;

static void
desk_set_up (Desk          *desk,
             gconstpointer  data)
{
  g_autofree char *file_name = bd_test_file_name (".db");
  g_autoptr(GError) error = NULL;

  desk->path = g_build_filename (folder, file_name, NULL);
  desk->store = bd_store_create (desk->path, bd_test_key (), &error);
  g_assert_no_error (error);
  bd_test_add_staff (desk->store, "admin", "孙建国", BD_ROLE_ADMINISTRATOR, "admin-pass", NULL);
  bd_test_add_staff (desk->store, "clerk", "王芳", BD_ROLE_COUNTER, "clerk-pass", NULL);
  bd_test_clock_fix ("2026-12-03T09:00:00+08:00");
}

static void
desk_tear_down (Desk          *desk,
                gconstpointer  data)
{
  if (desk->window != NULL)
    gtk_window_destroy (GTK_WINDOW (desk->window));
  g_clear_object (&desk->session);
  g_clear_object (&desk->store);
  g_free (desk->path);
  bd_clock_reset ();
}

static void
sign_in (Desk       *desk,
         const char *login,
         const char *password)
{
  desk->session = bd_test_sign_in (desk->store, login, password);
  desk->window = bd_test_window_new (desk->session, 1024, 700);
}

static gint64
count_imports (Desk *desk)
{
  return bd_test_query_int (desk->path, "SELECT count(*) FROM calendar_import");
}

static char *
write_file (const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void
preview (BdCalendarPage *page,
         const char     *name,
         const char     *text)
{
  g_autofree char *path = write_file (name, text);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  bd_calendar_page_preview_file (page, file);
  bd_test_wait_for_frames (GTK_WIDGET (page));
}

static gboolean
is_day_named (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

/* The day's cell, found by what it says to a screen reader. */
static GtkWidget *
find_day (BdCalendarPage *page,
          const char     *name)
{
  GtkWidget *cell = bd_test_find_first (GTK_WIDGET (page), is_day_named, name);
  g_autofree char *problem = NULL;

  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_get_mapped (cell));
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (cell),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  g_assert_null (problem);
  return cell;
}

static void
assert_day_marked (BdCalendarPage *page,
                   const char     *name,
                   const char     *sign,
                   const char     *colour)
{
  GtkWidget *cell = find_day (page, name);

  /* The colour and a sign, never the colour alone. */
  g_assert_true (gtk_widget_has_css_class (cell, colour));
  g_assert_true (g_str_has_suffix (gtk_label_get_label (GTK_LABEL (cell)), sign));
}

/* The calendar's window, if one is open. */
static GtkWindow *
find_calendar_window (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (bd_test_find_widget (GTK_WIDGET (window), BD_TYPE_CALENDAR_PAGE) != NULL)
        return window;
    }
  return NULL;
}

static BdCalendarPage *
open_calendar (Desk *desk)
{
  GtkWindow *window;
  GtkWidget *page;

  /* As the main menu and the Desk's warning open it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.show-calendar",
                                             NULL));
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  window = find_calendar_window ();
  g_assert_nonnull (window);
  page = adw_window_get_content (ADW_WINDOW (window));

  bd_test_wait_for_frames (page);
  return BD_CALENDAR_PAGE (page);
}

static GtkWidget *
desk_warning (Desk *desk)
{
  GtkWidget *bar = bd_test_find_widget (GTK_WIDGET (desk->window), BD_TYPE_CALENDAR_WARNING);

  g_assert_nonnull (bar);
  return bar;
}

static void
test_year_shown (Desk          *desk,
                 gconstpointer  data)
{
  BdCalendarPage *page;

  sign_in (desk, "admin", "admin-pass");
  g_assert_true (gtk_widget_get_visible (desk_warning (desk)));
  g_assert_true (bd_test_shows_text (desk_warning (desk), "calendar of 2027 is missing",
                                     BD_TEST_TEXT_LABEL));
  /* The main menu's item opens it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.show-calendar", NULL));
  g_assert_nonnull (find_calendar_window ());
  page = open_calendar (desk);
  g_assert_cmpuint (bd_calendar_page_get_year (page), ==, 2026);
  assert_day_marked (page, "2026-10-01, National Day, rest day", "H", "error");
  assert_day_marked (page, "2026-09-20, National Day, adjusted working day", "W", "accent");
  find_day (page, "2026-10-08, working day");
  find_day (page, "2026-10-11, rest day");
  /* The legend says what the signs mean. */
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page), "Day off for a holiday",
                                     BD_TEST_TEXT_LABEL));
}

static void
test_bad_file_refused (Desk          *desk,
                       gconstpointer  data)
{
  BdCalendarPage *page;

  sign_in (desk, "admin", "admin-pass");
  page = open_calendar (desk);
  preview (page, "workdays-2027.txt", year_2027_bad);
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page),
                                     "nothing was saved: line 3: “tomb-sweeping” is not a holiday",
                                     BD_TEST_TEXT_LABEL));
  /* No preview to save. */
  g_assert_false (gtk_widget_get_mapped (bd_test_find_button (GTK_WIDGET (page), "_Save")));
  g_assert_cmpint (count_imports (desk), ==, 0);
  g_assert_cmpuint (bd_calendar_page_get_year (page), ==, 2026);
}

static void
test_good_file_saved (Desk          *desk,
                      gconstpointer  data)
{
  BdCalendarPage *page;
  GtkWidget *save;

  sign_in (desk, "admin", "admin-pass");
  page = open_calendar (desk);
  preview (page, "workdays-2027.txt", year_2027);
  /* The preview: the year, its counts, its periods, and its months in the grid. */
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page), "Preview of workdays-2027.txt",
                                     BD_TEST_TEXT_LABEL));
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page), "251 working days, 114 rest days",
                                     BD_TEST_TEXT_ROW_SUBTITLE));
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page), "2027-02-14 · adjusted working day",
                                     BD_TEST_TEXT_ROW_SUBTITLE));
  g_assert_cmpuint (bd_calendar_page_get_year (page), ==, 2027);
  assert_day_marked (page, "2027-01-01, New Year's Day, rest day", "H", "error");
  g_assert_cmpint (count_imports (desk), ==, 0);

  save = bd_test_find_button (GTK_WIDGET (page), "_Save");
  g_assert_true (gtk_widget_get_mapped (save));
  g_assert_true (gtk_widget_is_sensitive (save));
  g_signal_emit_by_name (save, "clicked");
  bd_test_wait_for_frames (GTK_WIDGET (page));
  g_assert_cmpint (count_imports (desk), ==, 1);
  g_assert_false (gtk_widget_get_mapped (save));
  /* The year is now the calendar's own, and the Desk no longer warns. */
  assert_day_marked (page, "2027-10-01, National Day, rest day", "H", "error");
  /* The calendar's window closed, the Desk asks again. */
  g_assert_true (gtk_widget_get_visible (desk_warning (desk)));
  gtk_window_close (find_calendar_window ());
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_null (find_calendar_window ());
  g_assert_false (gtk_widget_get_visible (desk_warning (desk)));
}

static void
test_clerk_refused (Desk          *desk,
                    gconstpointer  data)
{
  BdCalendarPage *page;

  sign_in (desk, "clerk", "clerk-pass");
  /* Told, but not offered the import. */
  g_assert_true (bd_test_shows_text (desk_warning (desk), "ask an administrator",
                                     BD_TEST_TEXT_LABEL));
  gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.show-calendar", NULL);
  bd_test_wait_for_frames (GTK_WIDGET (desk->window));
  g_assert_null (find_calendar_window ());
  /* Opened all the same, past the window's action, the core refuses the file. */
  page = BD_CALENDAR_PAGE (adw_window_get_content (ADW_WINDOW (
    bd_calendar_page_present (GTK_WIDGET (desk->window), desk->session))));
  bd_test_wait_for_frames (GTK_WIDGET (page));
  g_assert_false (gtk_widget_is_sensitive (bd_test_find_button (GTK_WIDGET (page), "_Import…")));
  preview (page, "workdays-2027.txt", year_2027);
  g_assert_true (bd_test_shows_text (GTK_WIDGET (page), "nothing was saved",
                                     BD_TEST_TEXT_LABEL));
  g_assert_false (bd_test_shows_text (GTK_WIDGET (page), "Preview of", BD_TEST_TEXT_LABEL));
  g_assert_cmpint (count_imports (desk), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  folder = bd_test_ui_init (&argc, &argv, "bd-calendar-window");

  g_test_add ("/calendar-window/year-shown", Desk, NULL, desk_set_up, test_year_shown,
              desk_tear_down);
  g_test_add ("/calendar-window/bad-file-refused", Desk, NULL, desk_set_up,
              test_bad_file_refused, desk_tear_down);
  g_test_add ("/calendar-window/good-file-saved", Desk, NULL, desk_set_up,
              test_good_file_saved, desk_tear_down);
  g_test_add ("/calendar-window/clerk-refused", Desk, NULL, desk_set_up, test_clerk_refused,
              desk_tear_down);
  return bd_test_run_and_remove (folder);
}
