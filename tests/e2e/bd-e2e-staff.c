/* bd-e2e-staff.c — a branch's people on the real program, as the walks share them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bd-e2e-staff.h"
#include "bd-staff-store.h"
#include "bd-store.h"
#include "bd-test-fixture.h"

#define TIMEOUT_MS 15000

static AtspiAccessible *
wait_shown (AtspiAccessible *root,
            AtspiRole        role,
            const char      *name)
{
  AtspiAccessible *control = bd_e2e_wait_for_shown (root, role, name, TIMEOUT_MS);

  if (control == NULL)
    g_error ("Nothing on screen named “%s”", name);
  return control;
}

static void
click_shown (AtspiAccessible *root,
             AtspiRole        role,
             const char      *name)
{
  g_autoptr(AtspiAccessible) control = wait_shown (root, role, name);

  g_assert_true (bd_e2e_click (control));
  g_usleep (300 * 1000);
}

static void
type_into (AtspiAccessible *root,
           const char      *name,
           const char      *text)
{
  g_autoptr(AtspiAccessible) field = wait_shown (root, ATSPI_ROLE_INVALID, name);

  g_assert_true (bd_e2e_set_text (field, text));
}

/* The Role row shows the role chosen in it, once drawn, a few levels inside it. */
static gboolean
says_role (AtspiAccessible *row,
           const char      *role)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(AtspiAccessible) shown = bd_e2e_find_first (row, ATSPI_ROLE_INVALID,
                                                            bd_e2e_is_named, role, 5);
      if (shown != NULL)
        return TRUE;
      g_usleep (100 * 1000);
    }
  return FALSE;
}

/* GTK 4.8 gives a combo row no action and takes no focus from the accessibility bus: the
 * keyboard goes to it as a person's does, from the login field the form opens on, three
 * fields above it; Space opens its list. */
static void
choose_role (AtspiAccessible    *window,
             const BdE2eAccount *account)
{
  g_autoptr(AtspiAccessible) row = wait_shown (window, ATSPI_ROLE_COMBO_BOX, bd_e2e_tr ("Role"));

  g_assert_true (says_role (row, bd_e2e_tr ("Counter staff")));
  for (guint i = 0; i < 3; i++)
    {
      atspi_generate_keyboard_event (0xff09 /* Tab */, NULL, ATSPI_KEY_SYM, NULL);
      g_usleep (150 * 1000);
    }
  atspi_generate_keyboard_event (0x20 /* space */, NULL, ATSPI_KEY_SYM, NULL);
  bd_e2e_move_and_take (0xff54 /* Down */, account->role_steps);
  g_assert_true (says_role (row, bd_e2e_tr (account->role)));
}

void
bd_e2e_add_account (BdE2e              *e2e,
                    const BdE2eAccount *account,
                    GString            *problems)
{
  g_autoptr(AtspiAccessible) window = NULL;
  int windows = atspi_accessible_get_child_count (e2e->app, NULL);

  bd_e2e_choose_from_menu (e2e, "_Staff Accounts…");
  window = bd_e2e_wait_for_window (e2e, bd_e2e_tr ("Staff Accounts"));
  click_shown (window, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Add account"));
  type_into (window, bd_e2e_tr ("Staff name to sign in with"), account->login);
  type_into (window, bd_e2e_tr ("Full name"), account->name);
  type_into (window, bd_e2e_tr ("Phone number"), account->phone);
  if (account->role != NULL)
    choose_role (window, account);
  type_into (window, bd_e2e_tr ("Password"), account->first_password);
  type_into (window, bd_e2e_tr ("Password again"), account->first_password);
  bd_e2e_check_names (window, "staff-account-form", problems);
  click_shown (window, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Add account"));

  /* Back on the list, the new account, owing its password change. */
  g_assert_nonnull (bd_e2e_wait_for_text (window, account->login, TIMEOUT_MS));
  g_assert_nonnull (bd_e2e_wait_for_text (window, bd_e2e_tr ("%s · password to be changed") + 2,
                                          TIMEOUT_MS));
  /* Closed with its header bar's button, named by GTK. */
  click_shown (window, ATSPI_ROLE_PUSH_BUTTON, g_dgettext ("gtk40", "Close"));
  g_assert_true (bd_e2e_wait_for_windows (e2e, windows, TIMEOUT_MS));
}

/* Whether the Desk's search finds @probe: asked through the tree, as a person types it. */
static gboolean
search_finds (BdE2e      *e2e,
              const char *probe,
              guint       timeout_ms)
{
  g_autoptr(AtspiAccessible) search = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID,
                                                       bd_e2e_tr ("Search customers"),
                                                       TIMEOUT_MS);
  g_autoptr(AtspiAccessible) row = NULL;

  g_assert_nonnull (search);
  g_assert_true (bd_e2e_set_text (search, probe));
  row = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, probe, timeout_ms);
  if (row == NULL)
    g_assert_true (bd_e2e_set_text (search, ""));
  return row != NULL;
}

void
bd_e2e_change_first_password (BdE2e              *e2e,
                              const BdE2eAccount *account,
                              const char         *own_password,
                              const char         *probe,
                              GString            *problems)
{
  bd_e2e_sign_in (e2e, account->login, account->first_password);
  g_object_unref (wait_shown (e2e->app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Current password")));
  /* The Desk is out of reach until the password is changed. */
  if (probe != NULL)
    g_assert_false (search_finds (e2e, probe, 3000));

  type_into (e2e->app, bd_e2e_tr ("Current password"), account->first_password);
  type_into (e2e->app, bd_e2e_tr ("New password"), own_password);
  type_into (e2e->app, bd_e2e_tr ("New password again"), own_password);
  bd_e2e_check_names (e2e->app, "password-page", problems);
  click_shown (e2e->app, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Change password"));

  /* The Desk, in the account's name. */
  g_object_unref (wait_shown (e2e->app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Search customers")));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, account->name, TIMEOUT_MS));
  if (probe != NULL)
    g_assert_true (search_finds (e2e, probe, TIMEOUT_MS));
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
 * them. */
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

static AtspiAccessible *
wait_for_staff_filter (BdE2e *e2e)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      AtspiAccessible *filter = bd_e2e_find_first (e2e->app, ATSPI_ROLE_COMBO_BOX,
                                                   is_staff_filter,
                                                   bd_e2e_tr ("Staff member"), 40);
      if (filter != NULL)
        return filter;
      g_usleep (100 * 1000);
    }
  g_error ("The audit log's staff filter never showed");
  return NULL;
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

char *
bd_e2e_export_audit_of (BdE2e      *e2e,
                        const char *staff_name,
                        GString    *problems)
{
  g_autofree char *file_name = g_strdup_printf ("%s.csv", bd_e2e_tr ("audit-log"));
  g_autofree char *csv_path = g_build_filename (e2e->folder, file_name, NULL);
  g_autoptr(AtspiAccessible) filter = NULL;
  g_autoptr(AtspiAccessible) export = NULL;
  guint position = staff_position (e2e, staff_name);
  int windows = atspi_accessible_get_child_count (e2e->app, NULL);
  char *csv;

  bd_e2e_choose_from_menu (e2e, "Au_dit Log");
  g_assert_true (bd_e2e_wait_for_windows (e2e, windows + 1, TIMEOUT_MS));
  filter = wait_for_staff_filter (e2e);
  bd_e2e_check_names (e2e->app, "audit-log", problems);
  bd_e2e_choose_by_keys (filter, position);
  g_usleep (1000 * 1000);

  /* Exported: the chooser offers home (no Documents) and the log's name; Enter saves. */
  windows = atspi_accessible_get_child_count (e2e->app, NULL);
  export = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON,
                            bd_e2e_tr ("Export the filtered entries as CSV"), TIMEOUT_MS);
  g_assert_nonnull (export);
  g_assert_true (bd_e2e_click (export));
  g_assert_true (bd_e2e_wait_for_windows (e2e, windows + 1, TIMEOUT_MS));
  g_usleep (1000 * 1000);
  atspi_generate_keyboard_event (0xff0d /* Return */, NULL, ATSPI_KEY_SYM, NULL);
  csv = bd_e2e_wait_for_file (csv_path, 20000);
  g_assert_nonnull (csv);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  assert_rows_of (csv, staff_name);
  return csv;
}
