/* test-e2e-setup.c — a branch's first day on the real branchdesk, driven through the
 * accessibility tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From an empty database file: the assistant makes the branch and its administrator, who
 * signs in and adds a counter clerk and a supervisor. The clerk signs in, is made to
 * change the first password, then works at the Desk; the supervisor, the same, then reads
 * the audit log by that clerk and exports it as CSV.
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "bd-e2e-staff.h"
#include "bd-staff-store.h"
#include "bd-store.h"
#include "bd-test-fixture.h"

#define TIMEOUT_MS 15000
#define TREE_DEPTH 60

/* The control named exactly @name in the assistant: the sign-in page behind it has a
 * Password row of its own. */
static AtspiAccessible *
wait_shown (BdE2e      *e2e,
            AtspiRole   role,
            const char *name)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      const char *assistant_name = bd_e2e_tr ("Setting up Branch Desk");
      g_autoptr(AtspiAccessible) assistant = bd_e2e_find_first (e2e->app, ATSPI_ROLE_INVALID,
                                                                bd_e2e_is_named, assistant_name,
                                                                TREE_DEPTH);
      AtspiAccessible *found = assistant != NULL
                               ? bd_e2e_find_first (assistant, role, bd_e2e_is_named, name,
                                                    TREE_DEPTH)
                               : NULL;
      if (found != NULL)
        return found;
      g_usleep (100 * 1000);
    }
  g_error ("“%s” never showed", name);
  return NULL;
}

static void
wait_gone (BdE2e      *e2e,
           const char *msgid)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;
  AtspiAccessible *found;

  while ((found = bd_e2e_find_first (e2e->app, ATSPI_ROLE_INVALID, bd_e2e_is_named,
                                     bd_e2e_tr (msgid), TREE_DEPTH)) != NULL &&
         g_get_monotonic_time () < deadline)
    {
      g_object_unref (found);
      g_usleep (100 * 1000);
    }
  g_assert_null (found);
}

static void
type_into (BdE2e      *e2e,
           const char *msgid,
           const char *text)
{
  g_autoptr(AtspiAccessible) field = wait_shown (e2e, ATSPI_ROLE_INVALID, bd_e2e_tr (msgid));

  g_assert_true (bd_e2e_set_text (field, text));
}

static void
press (BdE2e      *e2e,
       const char *msgid)
{
  g_autoptr(AtspiAccessible) button = wait_shown (e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr (msgid));

  g_assert_true (bd_e2e_click (button));
}

/* A row of a list is chosen as the keyboard chooses it: the first row has the focus when
 * the assistant opens, and Enter chooses it. */
static void
choose_first_row (BdE2e      *e2e,
                  const char *msgid)
{
  g_autoptr(AtspiAccessible) row = wait_shown (e2e, ATSPI_ROLE_INVALID, bd_e2e_tr (msgid));
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  while (!bd_e2e_has_state (row, ATSPI_STATE_FOCUSED) && g_get_monotonic_time () < deadline)
    g_usleep (100 * 1000);
  g_assert_true (bd_e2e_has_state (row, ATSPI_STATE_FOCUSED));
  g_assert_true (atspi_generate_keyboard_event (0xff0d /* Return */, NULL,
                                                ATSPI_KEY_SYM, NULL));
}

/* The recovery key as the screen shows it: eleven groups of five, between dashes. */
static gboolean
is_recovery_key (AtspiAccessible *accessible,
                 gconstpointer    data)
{
  g_autofree char *name = atspi_accessible_get_name (accessible, NULL);
  g_auto(GStrv) groups = NULL;

  if (name == NULL || strlen (name) != 65)
    return FALSE;
  groups = g_strsplit (name, "-", -1);
  return g_strv_length (groups) == 11 && strlen (groups[0]) == 5;
}

static char *
read_recovery_key (BdE2e *e2e)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(AtspiAccessible) label = bd_e2e_find_first (e2e->app, ATSPI_ROLE_INVALID,
                                                            is_recovery_key, NULL, TREE_DEPTH);
      if (label != NULL)
        return atspi_accessible_get_name (label, NULL);
      g_usleep (100 * 1000);
    }
  g_error ("the recovery key never showed");
  return NULL;
}

/* The administrator the assistant made, as the database keeps it. */
static void
assert_administrator (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = bd_store_open (path, bd_test_key (), &error);
  g_autoptr(BdStaff) staff = NULL;
  g_autofree char *company = NULL;

  g_assert_no_error (error);
  staff = bd_store_find_staff (store, "chenjing", &error);
  g_assert_no_error (error);
  g_assert_nonnull (staff);
  g_assert_cmpint (bd_staff_get_role (staff), ==, BD_ROLE_ADMINISTRATOR);
  company = bd_store_dup_setting (store, "company-name");
  g_assert_cmpstr (company, ==, "衡信人寿保险股份有限公司");
}

static const BdE2eAccount clerk = {
  .login = "liuxiao", .name = "刘晓", .phone = "13900001234",
  .first_password = "given-at-desk-1",
};

static const BdE2eAccount supervisor = {
  .login = "wumin", .name = "吴敏", .phone = "13900005678",
  .role = "Supervisor", .role_steps = 1,
  .first_password = "given-at-desk-2",
};

/* The assistant, from its first page to the sign-in page in its place. */
static void
set_up_branch (BdE2e   *e2e,
               GString *problems)
{
  g_autofree char *recovery_key = NULL;
  g_autofree char *mistyped = NULL;

  choose_first_row (e2e, "Create a new branch");
  type_into (e2e, "Company name", "衡信人寿保险股份有限公司");
  type_into (e2e, "Branch name", "鼓楼支公司");
  type_into (e2e, "Branch address", "南京市鼓楼区中山北路 100 号");
  type_into (e2e, "Service phone", "025-8300 1234");
  bd_e2e_check_names (e2e->app, "setup-branch", problems);
  press (e2e, "Next");

  type_into (e2e, "Login", "chenjing");
  type_into (e2e, "Full name", "陈静");
  type_into (e2e, "Password", "鼓楼柜面2026");
  type_into (e2e, "Password again", "鼓楼柜面2026");
  bd_e2e_check_names (e2e->app, "setup-administrator", problems);
  press (e2e, "Create the branch");

  /* The key read off the screen, as a person writes it down, and typed back: first with
   * a slip, which is refused, then right. */
  recovery_key = read_recovery_key (e2e);
  bd_e2e_check_names (e2e->app, "setup-recovery-key", problems);
  press (e2e, "I have written it down");
  mistyped = g_strdup (recovery_key);
  mistyped[0] = mistyped[0] == 'A' ? 'B' : 'A';
  type_into (e2e, "Recovery key", mistyped);
  press (e2e, "Check and continue");
  g_assert_nonnull (wait_shown (e2e, ATSPI_ROLE_INVALID, bd_e2e_tr ("Recovery key")));
  type_into (e2e, "Recovery key", recovery_key);
  press (e2e, "Check and continue");

  /* The sign-in page in the assistant's place. */
  wait_gone (e2e, "Setting up Branch Desk");
}

/* The clerk's first work on a branch with no customers yet: the search answers. */
static void
clerk_searches (BdE2e *e2e)
{
  g_autoptr(AtspiAccessible) search = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID,
                                                       bd_e2e_tr ("Search customers"),
                                                       TIMEOUT_MS);

  g_assert_nonnull (search);
  g_assert_true (bd_e2e_set_text (search, "王"));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, bd_e2e_tr ("No Customers Found"),
                                          TIMEOUT_MS));
}

static void
test_first_day (void)
{
  BdE2e e2e = { 0 };
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *csv = NULL;

  /* An empty folder: no database, the test's key file given to the desk. */
  bd_test_key ();
  e2e.folder = g_dir_make_tmp ("bd-e2e-setup-XXXXXX", NULL);
  e2e.database = g_build_filename (e2e.folder, "branch.db", NULL);
  bd_e2e_start (&e2e);
  set_up_branch (&e2e, problems);

  /* The new administrator signs in and adds the branch's first staff. */
  bd_e2e_sign_in (&e2e, "chenjing", "鼓楼柜面2026");
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, "陈静", TIMEOUT_MS));
  assert_administrator (e2e.database);
  bd_e2e_add_account (&e2e, &clerk, problems);
  bd_e2e_add_account (&e2e, &supervisor, problems);
  bd_e2e_choose_from_menu (&e2e, "Sign _Out");

  bd_e2e_change_first_password (&e2e, &clerk, "only-mine-2026", NULL, problems);
  clerk_searches (&e2e);
  bd_e2e_choose_from_menu (&e2e, "Sign _Out");

  bd_e2e_change_first_password (&e2e, &supervisor, "checks-2026-wm", NULL, problems);
  csv = bd_e2e_export_audit_of (&e2e, clerk.name, problems);
  /* The clerk's first day as the log keeps it: the password changed at the first sign-in. */
  g_assert_nonnull (strstr (csv, bd_e2e_tr ("Password changed")));
  g_assert_nonnull (strstr (csv, bd_e2e_tr ("The change owed at the first sign-in")));
  g_assert_cmpstr (problems->str, ==, "");
  bd_e2e_stop (&e2e);
}

int
main (int   argc,
      char *argv[])
{
  if (!bd_e2e_init (&argc, &argv))
    return 1;

  g_test_add_func ("/e2e/setup/first-day", test_first_day);
  return g_test_run ();
}
