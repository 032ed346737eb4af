/* test-e2e.c — the real branchdesk, driven through the accessibility tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <signal.h>
#include <sqlite3.h>
#include <unistd.h>

#include "bd-e2e.h"

#define TIMEOUT_MS 15000
/* Long enough for the steps before it, short enough to wait for. */
#define IDLE_LOCK_SECONDS "30"

typedef struct
{
  char *name;
  char *mobile;
  char *id_number;
} Known;

/* A customer of the demo branch whose mobile tail is theirs alone, read from the file. */
static void
pick_customer (BdE2e *e2e,
               Known *known)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (e2e->database, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                     "SELECT c.name, m.value, d.number FROM customer c "
                     "JOIN contact_detail m ON m.customer_id = c.id AND m.kind = 'mobile' "
                     "JOIN identity_document d ON d.customer_id = c.id "
                     "WHERE (SELECT count(*) FROM contact_detail o "
                     "       WHERE substr (o.value, -4) = substr (m.value, -4)) = 1 "
                     "  AND (SELECT count(*) FROM identity_document i "
                     "       WHERE substr (i.number, -4) = substr (m.value, -4)) = 0 "
                     "ORDER BY c.id LIMIT 1", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  known->name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  known->mobile = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  known->id_number = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
known_clear (Known *known)
{
  g_free (known->name);
  g_free (known->mobile);
  g_free (known->id_number);
}

/* A button acts a moment after it is clicked, and only once its page is on screen, which
 * the tree of GTK 4.8 does not tell: click until the value shows, a moment apart. */
static AtspiAccessible *
reveal_until_shown (AtspiAccessible *app,
                    AtspiAccessible *button,
                    const char      *value)
{
  for (guint attempt = 0; attempt < 10; attempt++)
    {
      AtspiAccessible *shown;

      g_assert_true (bd_e2e_click (button));
      if ((shown = bd_e2e_wait_for_text (app, value, 1500)) != NULL)
        return shown;
    }
  return NULL;
}

static AtspiAccessible *
sign_in_and_find_search (BdE2e *e2e)
{
  g_autoptr(AtspiAccessible) staff = NULL;

  bd_e2e_sign_in (e2e, "wangfang", "counter-demo");
  /* The desk names who is signed in: the sign-in went through. */
  staff = bd_e2e_wait_for_text (e2e->app, "王芳", TIMEOUT_MS);
  g_assert_nonnull (staff);
  return bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Search customers"), TIMEOUT_MS);
}

static void
test_search_by_surname (void)
{
  BdE2e e2e = { 0 };
  g_autoptr(AtspiAccessible) entry = NULL;
  g_autoptr(AtspiAccessible) result = NULL;

  bd_e2e_create_demo (&e2e, 300);
  bd_e2e_start (&e2e);

  entry = sign_in_and_find_search (&e2e);
  g_assert_nonnull (entry);
  g_assert_true (bd_e2e_set_text (entry, "王"));
  result = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_PUSH_BUTTON, "王", TIMEOUT_MS);
  g_assert_nonnull (result);

  bd_e2e_stop (&e2e);
}

static void
test_desk (void)
{
  BdE2e e2e = { 0 };
  Known known = { 0 };
  g_autoptr(AtspiAccessible) entry = NULL;
  g_autoptr(AtspiAccessible) row = NULL;
  g_autoptr(AtspiAccessible) reveal = NULL;
  g_autoptr(AtspiAccessible) clear = NULL;
  g_autoptr(AtspiAccessible) unlock = NULL;
  g_autoptr(AtspiAccessible) password = NULL;
  g_autoptr(AtspiAccessible) refusal = NULL;
  g_autofree char *reveal_name = g_strdup_printf (bd_e2e_tr ("Reveal %s"),
                                                  bd_e2e_tr ("identity number"));
  g_autofree char *audit = NULL;
  const char *tail;

  bd_e2e_create_demo (&e2e, 300);
  pick_customer (&e2e, &known);
  tail = known.mobile + strlen (known.mobile) - 4;
  bd_e2e_add_argument (&e2e, "--idle-lock-seconds=" IDLE_LOCK_SECONDS);
  bd_e2e_start (&e2e);

  /* Sign in, search by the last four digits of the mobile, open the customer. */
  entry = sign_in_and_find_search (&e2e);
  g_assert_nonnull (entry);
  g_assert_true (bd_e2e_set_text (entry, tail));
  row = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_PUSH_BUTTON, known.name, TIMEOUT_MS);
  g_assert_nonnull (row);
  g_assert_true (bd_e2e_click (row));

  /* Reveal the identity number, and find the audit row of it. */
  reveal = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, reveal_name, TIMEOUT_MS);
  g_assert_nonnull (reveal);
  g_assert_false (bd_e2e_tree_contains (e2e.app, known.id_number));
  clear = reveal_until_shown (e2e.app, reveal, known.id_number);
  g_assert_nonnull (clear);
  audit = bd_e2e_admin_output ("audit", "--limit", "5", e2e.database, NULL);
  g_assert_nonnull (strstr (audit, "\treveal\t"));
  g_assert_nonnull (strstr (audit, "id-number"));

  /* Left alone, the desk locks, and no customer data is left in the tree. */
  unlock = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Unlock"), 60000);
  g_assert_nonnull (unlock);
  g_assert_false (bd_e2e_tree_contains (e2e.app, known.name));
  g_assert_false (bd_e2e_tree_contains (e2e.app, known.id_number));

  /* A wrong password is refused, and the desk stays locked. */
  password = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Password"), TIMEOUT_MS);
  g_assert_true (bd_e2e_set_text (password, "not-the-password"));
  g_assert_true (bd_e2e_click (unlock));
  refusal = bd_e2e_wait_for_text (e2e.app, bd_e2e_tr ("The staff name or the password is not right"),
                                  TIMEOUT_MS);
  g_assert_nonnull (refusal);
  g_assert_false (bd_e2e_tree_contains (e2e.app, known.name));

  known_clear (&known);
  bd_e2e_stop (&e2e);
}

/* The newest audit rows once they contain @needle (a staff member's action). */
static char *
wait_for_audit (BdE2e      *e2e,
                const char *needle)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  char *audit = NULL;

  while (g_get_monotonic_time () < deadline)
    {
      g_free (audit);
      audit = bd_e2e_admin_output ("audit", "--limit", "3", e2e->database, NULL);
      if (strstr (audit, needle) != NULL)
        return audit;
      g_usleep (200 * 1000);
    }
  g_assert_nonnull (strstr (audit, needle));
  return audit;
}

/* The PDF the program saved in its home (the test's folder), or NULL. */
static char *
find_pdf (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".pdf"))
      return g_build_filename (folder, name, NULL);
  return NULL;
}

static char *
pdf_text (const char *path)
{
  g_autofree char *text = NULL;
  const char *argv[] = { "pdftotext", path, "-", NULL };

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &text, NULL, NULL, NULL))
    return NULL;
  return g_steal_pointer (&text);
}

/* The longest piece of a translated format around its %s: a fixed part of a label. */
static char *
fixed_part (const char *format)
{
  g_auto(GStrv) pieces = g_strsplit (bd_e2e_tr (format), "%s", 2);
  const char *after = pieces[1] != NULL ? pieces[1] : "";

  return g_strstrip (g_strdup (strlen (pieces[0]) >= strlen (after) ? pieces[0] : after));
}

static void
test_missed_visit_slip (void)
{
  BdE2e e2e = { 0 };
  Known known = { 0 };
  g_autoptr(AtspiAccessible) entry = NULL;
  g_autoptr(AtspiAccessible) row = NULL;
  g_autoptr(AtspiAccessible) tab = NULL;
  g_autoptr(AtspiAccessible) slip_kind = NULL;
  g_autoptr(AtspiAccessible) date = NULL;
  g_autoptr(AtspiAccessible) time = NULL;
  g_autoptr(AtspiAccessible) outcome = NULL;
  g_autoptr(AtspiAccessible) record = NULL;
  g_autoptr(AtspiAccessible) recorded = NULL;
  g_autoptr(AtspiAccessible) save = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) in_three_days = g_date_time_add_days (now, 3);
  g_autofree char *visit_date = g_date_time_format (in_three_days, "%Y-%m-%d");
  g_autofree char *visit_day = g_date_time_format (in_three_days, "%-d");
  g_autofree char *save_label = fixed_part ("Save the contact slip of %s as PDF");
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *audit = NULL;
  g_autofree char *outcome_text = g_strdup_printf ("上门未遇 %d", (int) getpid ());
  gint64 deadline;

  bd_e2e_create_demo (&e2e, 300);
  pick_customer (&e2e, &known);
  bd_e2e_start (&e2e);

  /* Find the customer and open the Contacts & Slips tab. */
  entry = sign_in_and_find_search (&e2e);
  g_assert_true (bd_e2e_set_text (entry, known.mobile));
  row = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_PUSH_BUTTON, known.name, TIMEOUT_MS);
  g_assert_nonnull (row);
  g_assert_true (bd_e2e_click (row));
  tab = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Contacts & Slips"), TIMEOUT_MS);
  g_assert_nonnull (tab);
  g_assert_true (bd_e2e_click_until_pressed (tab, TIMEOUT_MS));

  /* Record the missed visit: a slip left, the next visit in three days. */
  slip_kind = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Contact slip left"), TIMEOUT_MS);
  date = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Next visit date"), TIMEOUT_MS);
  time = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Next visit time"), TIMEOUT_MS);
  outcome = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Outcome"), TIMEOUT_MS);
  record = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Record the contact"), TIMEOUT_MS);
  g_assert_nonnull (slip_kind);
  g_assert_nonnull (record);
  g_assert_true (bd_e2e_click_until_pressed (slip_kind, TIMEOUT_MS));
  g_assert_true (bd_e2e_set_text (date, visit_date));
  g_assert_true (bd_e2e_set_text (time, "14:30"));
  g_assert_true (bd_e2e_set_text (outcome, outcome_text));
  g_assert_true (bd_e2e_click (record));

  /* It is in the contact history, newest first, with its save button. */
  recorded = bd_e2e_wait_for_text (e2e.app, outcome_text, TIMEOUT_MS);
  g_assert_nonnull (recorded);
  /* The outcome typed shows in the form too: the audit says the record was made. */
  audit = wait_for_audit (&e2e, "\t1\tcontact-recorded\t");
  g_assert_nonnull (strstr (audit, "\tslip\n"));
  save = bd_e2e_wait_for_text (e2e.app, save_label, TIMEOUT_MS);
  g_assert_nonnull (save);

  /* Saved as PDF from the window: the slip, and nothing of the customer's numbers. */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while ((pdf = find_pdf (e2e.folder)) == NULL && g_get_monotonic_time () < deadline)
    {
      g_assert_true (bd_e2e_click (save));
      g_usleep (1000 * 1000);
    }
  g_assert_nonnull (pdf);
  text = pdf_text (pdf);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "客户联系单"));
  g_assert_nonnull (strstr (text, visit_day));
  g_assert_null (strstr (text, known.mobile));
  g_assert_null (strstr (text, known.id_number));

  known_clear (&known);
  bd_e2e_stop (&e2e);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("BRANCHDESK_LOCALEDIR");

  /* The program runs in the user's language; the test asks gettext for the names it
   * looks for, so it passes in Chinese and in English alike. */
  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_init (&argc, &argv, NULL);
  if (atspi_init () < 0)
    {
      g_printerr ("The accessibility bus cannot be reached\n");
      return 1;
    }

  g_test_add_func ("/e2e/search/surname", test_search_by_surname);
  g_test_add_func ("/e2e/desk/sign-in-search-reveal-lock", test_desk);
  g_test_add_func ("/e2e/contacts/missed-visit-slip", test_missed_visit_slip);
  return g_test_run ();
}
