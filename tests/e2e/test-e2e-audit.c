/* test-e2e-audit.c — the real branchdesk's audit log, driven through the accessibility tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 15, item 6: the supervisor 周军 opens the audit log from the main menu, chooses
 * the clerk 李强 in its staff filter and exports what it shows as CSV; the file holds 李强's
 * rows and nobody else's, and the export is itself in the log.
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "bd-e2e.h"
#include "bd-staff-store.h"
#include "bd-store.h"
#include "bd-test-fixture.h"

#define TIMEOUT_MS 15000

/* Clicks the control of @role named @name (from its beginning), and waits a moment. */
static void
click (BdE2e      *e2e,
       AtspiRole   role,
       const char *name)
{
  g_autoptr(AtspiAccessible) control = bd_e2e_wait_for (e2e->app, role, name, TIMEOUT_MS);

  if (control == NULL)
    g_error ("No control named “%s”", name);
  g_assert_true (bd_e2e_click_within (control, 0));
  g_usleep (500 * 1000);
}

/* The staff filter: the drop-down named "Staff member", not the list's column of that name. */
static gboolean
is_staff_filter (AtspiAccessible *accessible,
                 gconstpointer    name)
{
  g_autofree char *own = atspi_accessible_get_name (accessible, NULL);
  AtspiRole role = atspi_accessible_get_role (accessible, NULL);

  return g_strcmp0 (own, name) == 0 && role != ATSPI_ROLE_COLUMN_HEADER
         && role != ATSPI_ROLE_TABLE_COLUMN_HEADER && role != ATSPI_ROLE_LABEL;
}

/* Where @name stands in the staff filter: after "everyone", the staff as the store lists
 * them, read before the program starts. */
static guint
staff_position (BdE2e      *e2e,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = bd_store_open (e2e->database, bd_test_key (), &error);
  g_autoptr(GListModel) staff = NULL;

  g_assert_no_error (error);
  staff = bd_store_list_staff (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(BdStaff) member = g_list_model_get_item (staff, i);

      if (g_str_equal (bd_staff_get_name (member), name))
        return i + 1;
    }
  g_error ("No staff member %s", name);
}

/* Chooses the staff member at @position in the staff filter: its list opens on its button,
 * and the keyboard moves down to it and takes it. */
static void
choose_staff (BdE2e *e2e,
              guint  position)
{
  g_autoptr(AtspiAccessible) filter = NULL;
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  while (filter == NULL && g_get_monotonic_time () < deadline)
    {
      filter = bd_e2e_find_first (e2e->app, ATSPI_ROLE_COMBO_BOX, is_staff_filter,
                                  bd_e2e_tr ("Staff member"), 40);
      if (filter == NULL)
        g_usleep (100 * 1000);
    }
  g_assert_nonnull (filter);
  g_assert_true (bd_e2e_click_within (filter, 0));
  g_usleep (1000 * 1000);
  for (guint i = 0; i < position; i++)
    {
      atspi_generate_keyboard_event (0xff54 /* Down */, NULL, ATSPI_KEY_SYM, NULL);
      g_usleep (100 * 1000);
    }
  atspi_generate_keyboard_event (0xff0d /* Return */, NULL, ATSPI_KEY_SYM, NULL);
  g_usleep (1000 * 1000);
}

/* Every line after the header has @name as its staff member (the third field: time and
 * staff number before it hold no comma). */
static void
assert_rows_of (const char *csv,
                const char *name)
{
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);
  guint rows = 0;

  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", 4);

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      if (g_strcmp0 (fields[2], name) != 0)
        g_error ("A row of someone else: %s", lines[i]);
      rows++;
    }
  g_test_message ("%u rows of %s", rows, name);
  g_assert_cmpuint (rows, >, 0);
}

static void
test_supervisor_exports_clerk (void)
{
  BdE2e e2e = { 0 };
  g_autofree char *menu_item = bd_e2e_said ("_Audit Log");
  g_autofree char *file_name = g_strdup_printf ("%s.csv", bd_e2e_tr ("audit-log"));
  g_autofree char *csv_path = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *audit = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  guint position;
  int windows;

  bd_e2e_create_demo (&e2e, 300);
  position = staff_position (&e2e, "李强");
  bd_e2e_start (&e2e);
  bd_e2e_sign_in (&e2e, "zhoujun", "supervisor-demo");
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, "周军", TIMEOUT_MS));

  windows = atspi_accessible_get_child_count (e2e.app, NULL);
  click (&e2e, ATSPI_ROLE_INVALID, bd_e2e_tr ("Main menu"));
  click (&e2e, ATSPI_ROLE_INVALID, menu_item);
  g_assert_true (bd_e2e_wait_for_windows (&e2e, windows + 1, TIMEOUT_MS));
  g_assert_nonnull (bd_e2e_wait_for (e2e.app, ATSPI_ROLE_COMBO_BOX, bd_e2e_tr ("Staff member"),
                                     TIMEOUT_MS));
  /* Every control of the window has a proper name. */
  bd_e2e_check_names (e2e.app, "audit-log", problems);
  if (problems->len > 0)
    g_error ("controls without a proper name:\n%s", problems->str);
  choose_staff (&e2e, position);
  g_usleep (1000 * 1000);

  /* Exported: the chooser offers home (no Documents) and the log's name; Enter saves. */
  csv_path = g_build_filename (e2e.folder, file_name, NULL);
  windows = atspi_accessible_get_child_count (e2e.app, NULL);
  click (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Export the filtered entries as CSV"));
  g_assert_true (bd_e2e_wait_for_windows (&e2e, windows + 1, TIMEOUT_MS));
  g_usleep (1000 * 1000);
  atspi_generate_keyboard_event (0xff0d /* Return */, NULL, ATSPI_KEY_SYM, NULL);
  csv = bd_e2e_wait_for_file (csv_path, 20000);
  g_assert_nonnull (csv);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  assert_rows_of (csv, "李强");

  /* The export is in the log, by the supervisor (staff number 1 of the demo's). */
  audit = bd_e2e_admin_output ("audit", "--limit", "20", e2e.database, NULL);
  g_assert_nonnull (strstr (audit, "\taudit-log-exported\t"));
  bd_e2e_stop (&e2e);
}

int
main (int   argc,
      char *argv[])
{
  if (!bd_e2e_init (&argc, &argv))
    return 1;
  g_test_add_func ("/e2e-audit/supervisor-exports-clerk", test_supervisor_exports_clerk);
  return g_test_run ();
}
