/* test-e2e.c — the real branchdesk, driven through the accessibility tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "bd-case-store.h"
#include "bd-clock.h"
#include "bd-complaints-store.h"
#include "bd-customers-store.h"
#include "bd-e2e.h"
#include "bd-household-store.h"
#include "bd-request-catalogue.h"
#include "bd-spotchecks-store.h"
#include "bd-staff-store.h"
#include "bd-test-fixture.h"
#include "bd-store.h"

#define TIMEOUT_MS 15000
/* Long enough for the steps before it, short enough to wait for. */
#define IDLE_LOCK_SECONDS "30"

typedef struct
{
  char *name;
  char *mobile;
  char *id_number;
} Known;

/* Whether a customer suits a test, and what the test needs to know of them. */
typedef gboolean (*CustomerFits) (BdStore    *store,
                                  BdCustomer *customer,
                                  char      **extra);

/* A customer of the demo branch whom the last four digits of their mobile find alone, found
 * as the desk finds them: through the store's own search, before the program starts; and
 * one that @fits, when it is given. */
static void
pick_customer_where (BdE2e        *e2e,
                     Known        *known,
                     CustomerFits  fits,
                     char        **extra)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = bd_store_open (e2e->database, bd_test_key (), &error);

  g_assert_no_error (error);
  for (gint64 id = 1; known->name == NULL; id++)
    {
      g_autoptr(BdCustomer) customer = bd_store_get_customer (store, id, &error);
      g_autoptr(GListModel) found = NULL;
      const char *mobile;

      g_assert_no_error (error);
      g_assert_nonnull (customer);
      mobile = bd_customer_get_mobile (customer);
      if (mobile == NULL || strlen (mobile) < 4 || bd_customer_get_id_number (customer) == NULL)
        continue;
      found = bd_store_search_customers (store, mobile + strlen (mobile) - 4, 10, &error);
      g_assert_no_error (error);
      if (g_list_model_get_n_items (found) != 1)
        continue;
      if (fits != NULL && !fits (store, customer, extra))
        continue;
      known->name = g_strdup (bd_customer_get_name (customer));
      known->mobile = g_strdup (mobile);
      known->id_number = g_strdup (bd_customer_get_id_number (customer));
    }
}

static void
pick_customer (BdE2e *e2e,
               Known *known)
{
  pick_customer_where (e2e, known, NULL, NULL);
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

/* A demo branch with a customer the test knows, and the program started on it (with
 * @argument on its command line, when not NULL). */
static void
start_with_known (BdE2e      *e2e,
                  Known      *known,
                  const char *argument)
{
  bd_e2e_create_demo (e2e, 300);
  pick_customer (e2e, known);
  if (argument != NULL)
    bd_e2e_add_argument (e2e, argument);
  bd_e2e_start (e2e);
}

/* Signs in, searches for @key and opens the known customer among what it finds. */
static void
open_known (BdE2e       *e2e,
            const Known *known,
            const char  *key)
{
  g_autoptr(AtspiAccessible) entry = sign_in_and_find_search (e2e);
  g_autoptr(AtspiAccessible) row = NULL;

  g_assert_nonnull (entry);
  g_assert_true (bd_e2e_set_text (entry, key));
  row = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, known->name, TIMEOUT_MS);
  g_assert_nonnull (row);
  g_assert_true (bd_e2e_click (row));
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

/* Reveals the open customer's identity number, and finds the audit row of it. */
static void
reveal_identity_number (BdE2e       *e2e,
                        const Known *known)
{
  g_autofree char *reveal_name = g_strdup_printf (bd_e2e_tr ("Reveal %s"),
                                                  bd_e2e_tr ("identity number"));
  g_autoptr(AtspiAccessible) reveal = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID, reveal_name,
                                                       TIMEOUT_MS);
  g_autoptr(AtspiAccessible) clear = NULL;
  g_autofree char *audit = NULL;

  g_assert_nonnull (reveal);
  g_assert_false (bd_e2e_tree_contains (e2e->app, known->id_number));
  clear = reveal_until_shown (e2e->app, reveal, known->id_number);
  g_assert_nonnull (clear);
  audit = bd_e2e_admin_output ("audit", "--limit", "5", e2e->database, NULL);
  g_assert_nonnull (strstr (audit, "\treveal\t"));
  g_assert_nonnull (strstr (audit, "id-number"));
}

/* Left alone, the desk locks, and no customer data is left in the tree; a wrong password
 * is refused, and the desk stays locked. */
static void
check_idle_lock (BdE2e       *e2e,
                 const Known *known)
{
  g_autoptr(AtspiAccessible) unlock = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON,
                                                       bd_e2e_tr ("Unlock"), 60000);
  g_autoptr(AtspiAccessible) password = NULL;
  g_autoptr(AtspiAccessible) refusal = NULL;

  g_assert_nonnull (unlock);
  g_assert_false (bd_e2e_tree_contains (e2e->app, known->name));
  g_assert_false (bd_e2e_tree_contains (e2e->app, known->id_number));

  password = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Password"), TIMEOUT_MS);
  g_assert_true (bd_e2e_set_text (password, "not-the-password"));
  g_assert_true (bd_e2e_click (unlock));
  /* Unlocking asks for the password alone, and the refusal speaks of nothing else. */
  refusal = bd_e2e_wait_for_text (e2e->app, bd_e2e_tr ("The password is not right"),
                                  TIMEOUT_MS);
  g_assert_nonnull (refusal);
  g_assert_false (bd_e2e_tree_contains (e2e->app, known->name));
}

static void
test_desk (void)
{
  BdE2e e2e = { 0 };
  Known known = { 0 };

  start_with_known (&e2e, &known, "--idle-lock-seconds=" IDLE_LOCK_SECONDS);

  /* Sign in, search by the last four digits of the mobile, open the customer. */
  open_known (&e2e, &known, known.mobile + strlen (known.mobile) - 4);
  reveal_identity_number (&e2e, &known);
  check_idle_lock (&e2e, &known);

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

/* How many days @day lies after the first cell of the calendar showing @today's month:
 * the Monday on or before the 1st. */
static guint
steps_from_grid_start (GDateTime *today,
                       GDateTime *day)
{
  GDate first, target;

  g_date_clear (&first, 1);
  g_date_clear (&target, 1);
  g_date_set_dmy (&first, 1, g_date_time_get_month (today), g_date_time_get_year (today));
  g_date_set_dmy (&target, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));
  g_date_subtract_days (&first, g_date_get_weekday (&first) - G_DATE_MONDAY);
  return (guint) g_date_days_between (&first, &target);
}

/* Whether @accessible comes to describe itself as @text within the test's timeout. */
static gboolean
wait_for_description (AtspiAccessible *accessible,
                      const char      *text)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      g_autofree char *description = atspi_accessible_get_description (accessible, NULL);

      if (g_strcmp0 (description, text) == 0)
        return TRUE;
      g_usleep (100 * 1000);
    }
  {
    g_autofree char *description = atspi_accessible_get_description (accessible, NULL);
    g_autofree char *name = atspi_accessible_get_name (accessible, NULL);

    g_test_message ("“%s” describes itself as “%s”, not “%s”", name, description, text);
  }
  return FALSE;
}

/* Records a missed visit in the open Contacts & Slips tab: a slip left, @outcome_text
 * its outcome, the next visit in three days. Returns that day. */
static GDateTime *
record_missed_visit (BdE2e      *e2e,
                     const char *outcome_text)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  GDateTime *day = g_date_time_add_days (today, 3);
  g_autoptr(AtspiAccessible) slip_kind = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON,
                                                          bd_e2e_tr ("Contact slip left"),
                                                          TIMEOUT_MS);
  g_autoptr(AtspiAccessible) date = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON,
                                                     bd_e2e_tr ("Next visit date"), TIMEOUT_MS);
  g_autoptr(AtspiAccessible) time = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID,
                                                     bd_e2e_tr ("Next visit time"), TIMEOUT_MS);
  g_autoptr(AtspiAccessible) outcome = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID,
                                                        bd_e2e_tr ("Outcome"), TIMEOUT_MS);
  g_autoptr(AtspiAccessible) record = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON,
                                                       bd_e2e_tr ("Record the contact"),
                                                       TIMEOUT_MS);
  g_autoptr(AtspiAccessible) done = NULL;
  g_autofree char *visit_date = g_date_time_format (day, "%Y-%m-%d");

  g_assert_nonnull (slip_kind);
  g_assert_nonnull (record);
  g_assert_true (bd_e2e_click_until_pressed (slip_kind, TIMEOUT_MS));
  g_assert_nonnull (time);
  /* The day from the calendar, by keyboard. GTK 4.8's calendar puts the keyboard on the
   * first cell of its grid (the Monday on or before the 1st, in Chinese) at the first
   * arrow key, whatever day is selected: count the steps from there, Space chooses. The
   * time stays at its 09:00. */
  g_assert_true (bd_e2e_click (date));
  done = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Done"), TIMEOUT_MS);
  g_assert_nonnull (done);
  g_usleep (300 * 1000);
  for (guint i = 0; i <= steps_from_grid_start (today, day); i++)
    atspi_generate_keyboard_event (0xff53 /* Right */, NULL, ATSPI_KEY_SYM, NULL);
  atspi_generate_keyboard_event (0x20 /* space */, NULL, ATSPI_KEY_SYM, NULL);
  g_usleep (300 * 1000);
  g_assert_true (bd_e2e_click (done));
  /* The button keeps its name and says the day chosen as its description. */
  g_assert_true (wait_for_description (date, visit_date));
  g_assert_true (bd_e2e_set_text (outcome, outcome_text));
  g_assert_true (bd_e2e_click (record));
  return day;
}

static void
test_missed_visit_slip (void)
{
  BdE2e e2e = { 0 };
  Known known = { 0 };
  g_autoptr(AtspiAccessible) tab = NULL;
  g_autoptr(AtspiAccessible) recorded = NULL;
  g_autoptr(AtspiAccessible) save = NULL;
  g_autoptr(GDateTime) visit = NULL;
  g_autofree char *visit_day = NULL;
  g_autofree char *save_label = fixed_part ("Save the contact slip of %s as PDF");
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *audit = NULL;
  g_autofree char *outcome_text = g_strdup_printf ("上门未遇 %d", (int) getpid ());
  gint64 deadline;

  start_with_known (&e2e, &known, NULL);

  /* Find the customer and open the Contacts & Slips tab. */
  open_known (&e2e, &known, known.mobile);
  tab = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Contacts & Slips"),
                         TIMEOUT_MS);
  g_assert_nonnull (tab);
  g_assert_true (bd_e2e_click_until_pressed (tab, TIMEOUT_MS));

  /* Record the missed visit: a slip left, the next visit in three days. */
  visit = record_missed_visit (&e2e, outcome_text);
  visit_day = g_date_time_format (visit, "%-d");

  /* It is in the contact history, newest first, with its save button. */
  recorded = bd_e2e_wait_for_text (e2e.app, outcome_text, TIMEOUT_MS);
  g_assert_nonnull (recorded);
  /* The outcome typed shows in the form too: the audit says the record was made. */
  audit = wait_for_audit (&e2e, "\t1\tcontact-recorded\t");
  g_assert_nonnull (strstr (audit, "\tslip\n"));
  save = bd_e2e_wait_for_text (e2e.app, save_label, TIMEOUT_MS);
  g_assert_nonnull (save);

  /* Saved as PDF from the window: the file chooser offers home (there is no Documents
   * folder) and a name for people; Enter saves. The slip, and nothing of the customer's
   * numbers. */
  g_assert_true (bd_e2e_click (save));
  g_usleep (2000 * 1000);
  atspi_generate_keyboard_event (0xff0d /* Return */, NULL, ATSPI_KEY_SYM, NULL);
  /* The file appears when the program starts writing it: it is read until it is whole. */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while ((text == NULL || strstr (text, "客户联系单") == NULL) &&
         g_get_monotonic_time () < deadline)
    {
      g_usleep (200 * 1000);
      g_clear_pointer (&pdf, g_free);
      g_clear_pointer (&text, g_free);
      if ((pdf = find_pdf (e2e.folder)) != NULL)
        text = pdf_text (pdf);
    }
  g_assert_nonnull (pdf);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "客户联系单"));
  g_assert_nonnull (strstr (text, visit_day));
  g_assert_null (strstr (text, known.mobile));
  g_assert_null (strstr (text, known.id_number));

  known_clear (&known);
  bd_e2e_stop (&e2e);
}

/* Every interactive control the walk meets on each area, tab, dialog and menu must have
 * a name a screen reader can say (issue 7, item 8). GTK 4.8 keeps every page in the tree,
 * so each walk covers the whole program; what only exists once opened (search results,
 * dialogs, menus, the preview, the lock screen) is opened first. */

static void
press_key (guint keysym)
{
  atspi_generate_keyboard_event (keysym, NULL, ATSPI_KEY_SYM, NULL);
}

/* Clicks @control, or the first control inside it that acts (a menu button's button). */
static gboolean
click_within (AtspiAccessible *control,
              guint            depth)
{
  int n;

  if (bd_e2e_click (control))
    return TRUE;
  n = depth < 4 ? atspi_accessible_get_child_count (control, NULL) : 0;
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (control, i, NULL);

      if (child != NULL && click_within (child, depth + 1))
        return TRUE;
    }
  return FALSE;
}

/* A record's "Score …" button other than the one named @data. */
static gboolean
is_other_named (AtspiAccessible *accessible,
                gconstpointer    data)
{
  g_autofree char *name = atspi_accessible_get_name (accessible, NULL);
  g_autofree char *prefix = g_strdup_printf (bd_e2e_tr ("Score %s"),
                                             bd_e2e_tr ("Policy-change requests"));

  return name != NULL && g_str_has_prefix (name, prefix) && g_strcmp0 (name, data) != 0;
}

/* Clicks the control named @name (from its beginning) and gives the program a moment. */
static void
click_named (BdE2e      *e2e,
             AtspiRole   role,
             const char *name)
{
  g_autoptr(AtspiAccessible) control = bd_e2e_wait_for (e2e->app, role, name, TIMEOUT_MS);

  if (control == NULL)
    g_error ("No control named “%s”", name);
  g_assert_true (click_within (control, 0));
  g_usleep (500 * 1000);
}

/* Waits until the program has @n top-level windows (a dialog or a preview opened, closed). */
static gboolean
wait_for_windows (BdE2e *e2e,
                  int    n)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      if (atspi_accessible_get_child_count (e2e->app, NULL) == n)
        return TRUE;
      g_usleep (100 * 1000);
    }
  return FALSE;
}

typedef void (*CheckFunc) (BdE2e *e2e);

/* Opens a dialog with @name, walks the program with it open (and runs @check, unless
 * NULL), and closes it with Escape. */
static void
walk_dialog (BdE2e      *e2e,
             AtspiRole   role,
             const char *name,
             const char *where,
             CheckFunc   check,
             GString    *problems)
{
  int windows = atspi_accessible_get_child_count (e2e->app, NULL);

  click_named (e2e, role, name);
  g_assert_true (wait_for_windows (e2e, windows + 1));
  g_usleep (500 * 1000);
  bd_e2e_check_names (e2e->app, where, problems);
  if (check != NULL)
    check (e2e);
  press_key (0xff1b /* Escape */);
  g_assert_true (wait_for_windows (e2e, windows));
}

static gboolean
is_in_state (AtspiAccessible *accessible,
             gconstpointer    state)
{
  return bd_e2e_has_state (accessible, GPOINTER_TO_INT (state));
}

/* A policy of the service card says that it opens, opens by its action, and says so. */
static void
check_policy_expands (BdE2e *e2e)
{
  g_autoptr(AtspiAccessible) policy = bd_e2e_find_first (e2e->app, ATSPI_ROLE_INVALID,
                                                         is_in_state,
                                                         GINT_TO_POINTER (ATSPI_STATE_EXPANDABLE),
                                                         61);
  g_autoptr(AtspiAction) action = NULL;
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  g_assert_nonnull (policy);
  g_assert_false (bd_e2e_has_state (policy, ATSPI_STATE_EXPANDED));
  action = atspi_accessible_get_action_iface (policy);
  g_assert_nonnull (action);
  g_assert_cmpint (atspi_action_get_n_actions (action, NULL), >=, 1);
  g_assert_true (atspi_action_do_action (action, 0, NULL));
  while (!bd_e2e_has_state (policy, ATSPI_STATE_EXPANDED) && g_get_monotonic_time () < deadline)
    g_usleep (100 * 1000);
  g_assert_true (bd_e2e_has_state (policy, ATSPI_STATE_EXPANDED));
}

/* The preview's page is named by the form and described by it and the page. */
static void
check_preview_page (BdE2e *e2e)
{
  const char *title = bd_e2e_tr ("Household policy review sheet");
  g_autoptr(AtspiAccessible) page = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_IMAGE, title, TIMEOUT_MS);
  g_autofree char *description = NULL;

  g_assert_nonnull (page);
  description = atspi_accessible_get_description (page, NULL);
  g_assert_nonnull (strstr (description, title));
  g_assert_nonnull (strstr (description, "1"));
}

/* A refused password is the password field's error: the field is marked invalid, and
 * described by the message, which is its error message. */
static void
check_error_tied (AtspiAccessible *password)
{
  g_autoptr(GArray) relations = NULL;
  g_autofree char *message = NULL;
  gboolean described = FALSE;
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  while ((message == NULL || message[0] == '\0') && g_get_monotonic_time () < deadline)
    {
      g_free (message);
      /* libatspi keeps what it read once; GTK 4.8 does not say the description changed. */
      atspi_accessible_clear_cache (password);
      message = atspi_accessible_get_description (password, NULL);
      g_usleep (100 * 1000);
    }
  g_assert_nonnull (message);
  g_assert_cmpstr (message, !=, "");
  /* GTK 4.8 says "invalid" where later versions say "invalid entry". */
  g_assert_true (bd_e2e_has_state (password, ATSPI_STATE_INVALID_ENTRY) ||
                 bd_e2e_has_state (password, ATSPI_STATE_INVALID));
  relations = atspi_accessible_get_relation_set (password, NULL);
  for (guint i = 0; relations != NULL && i < relations->len; i++)
    {
      AtspiRelation *relation = g_array_index (relations, AtspiRelation *, i);
      AtspiRelationType type = atspi_relation_get_relation_type (relation);
      g_autoptr(AtspiAccessible) target = atspi_relation_get_target (relation, 0);
      gboolean says = target != NULL && bd_e2e_tree_contains (target, message);

      /* The program ties the message as the field's error message too, which GTK 4.8
       * does not pass on to AT-SPI: the description is what a screen reader says. */
      described = described || (type == ATSPI_RELATION_DESCRIBED_BY && says);
      g_object_unref (relation);
    }
  g_assert_true (described);
}

static void
test_accessible_names (void)
{
  BdE2e e2e = { 0 };
  Known known = { 0 };
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(AtspiAccessible) entry = NULL;
  g_autoptr(AtspiAccessible) row = NULL;
  g_autoptr(AtspiAccessible) password = NULL;
  g_autofree char *actions = NULL;
  g_autofree char *lock = bd_e2e_said ("_Lock the Desk");
  g_autofree char *relate = bd_e2e_said ("Correct relationship…");
  g_autofree char *remove = bd_e2e_said ("Remove from household…");
  g_autofree char *new_request = bd_e2e_said ("_New Request");
  g_autofree char *accept_request = bd_e2e_said ("_Accept Request");
  g_autofree char *cancel = bd_e2e_said ("_Cancel");
  g_autofree char *preferences = bd_e2e_said ("_Preferences");

  bd_e2e_create_demo (&e2e, 300);
  pick_customer (&e2e, &known);
  actions = g_strdup_printf (bd_e2e_tr ("Actions for %s"), known.name);
  bd_e2e_start (&e2e);

  /* Sign-in, and the desk with the results of a search. */
  g_assert_nonnull (bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Staff name"), TIMEOUT_MS));
  bd_e2e_check_names (e2e.app, "sign-in", problems);
  entry = sign_in_and_find_search (&e2e);
  g_assert_nonnull (entry);
  g_assert_true (bd_e2e_set_text (entry, known.mobile + strlen (known.mobile) - 4));
  row = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_PUSH_BUTTON, known.name, TIMEOUT_MS);
  g_assert_nonnull (row);
  bd_e2e_check_names (e2e.app, "search", problems);

  /* The customer open, on each tab; a policy of the service card opens by its action. */
  g_assert_true (bd_e2e_click (row));
  click_named (&e2e, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Overview"));
  g_assert_nonnull (bd_e2e_wait_for (e2e.app, ATSPI_ROLE_PUSH_BUTTON, actions, TIMEOUT_MS));
  check_policy_expands (&e2e);
  bd_e2e_check_names (e2e.app, "overview", problems);
  click_named (&e2e, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Contacts & Slips"));
  bd_e2e_check_names (e2e.app, "contacts", problems);
  click_named (&e2e, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Policy changes"));
  bd_e2e_check_names (e2e.app, "requests", problems);
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, new_request);
  g_assert_nonnull (bd_e2e_wait_for (e2e.app, ATSPI_ROLE_PUSH_BUTTON, accept_request, TIMEOUT_MS));
  bd_e2e_check_names (e2e.app, "request-form", problems);
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, cancel);
  click_named (&e2e, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Overview"));

  /* The household dialogs, and the menu of a member that opens two of them. */
  walk_dialog (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Add a household member"),
               "add-member", NULL, problems);
  click_named (&e2e, ATSPI_ROLE_INVALID, actions);
  bd_e2e_check_names (e2e.app, "member-menu", problems);
  walk_dialog (&e2e, ATSPI_ROLE_INVALID, relate, "relation", NULL, problems);
  click_named (&e2e, ATSPI_ROLE_INVALID, actions);
  walk_dialog (&e2e, ATSPI_ROLE_INVALID, remove, "remove-member", NULL, problems);

  /* The print preview of the household's review sheet. */
  walk_dialog (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Preview the household policy review sheet"),
               "preview", check_preview_page, problems);

  /* Queues, and the main menu, through which the desk locks. */
  click_named (&e2e, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Queues"));
  bd_e2e_check_names (e2e.app, "queues", problems);
  /* Preferences, from the main menu. */
  click_named (&e2e, ATSPI_ROLE_INVALID, bd_e2e_tr ("Main menu"));
  walk_dialog (&e2e, ATSPI_ROLE_INVALID, preferences, "preferences", NULL, problems);
  click_named (&e2e, ATSPI_ROLE_INVALID, bd_e2e_tr ("Main menu"));
  bd_e2e_check_names (e2e.app, "main-menu", problems);
  click_named (&e2e, ATSPI_ROLE_INVALID, lock);

  /* The lock screen, and a refused password tied to its field. */
  g_assert_nonnull (bd_e2e_wait_for (e2e.app, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Unlock"), TIMEOUT_MS));
  bd_e2e_check_names (e2e.app, "lock", problems);
  password = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Password"), TIMEOUT_MS);
  g_assert_true (bd_e2e_set_text (password, "not-the-password"));
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Unlock"));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, bd_e2e_tr ("The password is not right"), TIMEOUT_MS));
  check_error_tied (password);
  bd_e2e_check_names (e2e.app, "lock-refused", problems);

  if (problems->len > 0)
    {
      g_test_fail_printf ("Controls without a proper name:\n%s", problems->str);
    }
  known_clear (&known);
  bd_e2e_stop (&e2e);
}

/* ── a policy-change request, from the counter to the supervisor and back ──────── */

/* Whether @id is @customer or a member of their household other than the insured: the
 * household card has a row for them, whose cell under the policy names their roles. */
static gboolean
is_other_member (BdStore    *store,
                 BdCustomer *customer,
                 BdCustomer *insured,
                 gint64      id)
{
  g_autoptr(BdHousehold) theirs = NULL;
  g_autoptr(BdHousehold) ours = NULL;

  if (id == 0 || id == bd_customer_get_id (insured))
    return FALSE;
  ours = bd_store_get_household_of (store, bd_customer_get_id (customer), NULL);
  theirs = bd_store_get_household_of (store, id, NULL);
  return ours != NULL && theirs != NULL && bd_household_get_id (ours) == bd_household_get_id (theirs);
}

/* The household card's cell of @member under the policy named "PRODUCT NUMBER", as the
 * card names it to assistive technology, with the member's @roles. */
static char *
roles_cell (const char *member,
            const char *roles,
            const char *policy)
{
  const char *space = strrchr (policy, ' ');
  g_autofree char *product = g_strndup (policy, (gsize) (space - policy));

  g_assert_nonnull (space);
  return g_strdup_printf (bd_e2e_tr ("%s: %s in %s %s"), member, roles, product, space + 1);
}

/* A customer of the demo branch whose first policy, as their page lists it, is a life
 * policy in force that they hold on another adult's life: a beneficiary change that the
 * insured applies for (Insurance Law art. 41), and that the policyholder may not. */
static gboolean
holds_life_policy_on_other (BdStore    *store,
                            BdCustomer *customer,
                            char      **insured_name)
{
  g_autoptr(GListModel) policies = bd_store_list_policies_of (store, bd_customer_get_id (customer), NULL);
  g_autoptr(BdPolicy) policy = NULL;
  g_autoptr(BdCustomer) insured = NULL;
  g_autoptr(BdBeneficiary) first = NULL;
  g_autofree char *share = NULL;
  GListModel *beneficiaries;

  if (policies == NULL || g_list_model_get_n_items (policies) == 0)
    return FALSE;
  policy = g_list_model_get_item (policies, 0);
  if (bd_policy_get_status (policy) != BD_POLICY_IN_FORCE ||
      bd_policy_get_product_kind (policy) != BD_PRODUCT_LIFE ||
      bd_policy_get_policyholder_id (policy) != bd_customer_get_id (customer) ||
      bd_policy_get_insured_id (policy) == bd_customer_get_id (customer))
    return FALSE;
  insured = bd_store_get_customer (store, bd_policy_get_insured_id (policy), NULL);
  /* Both grown up on any day the test runs: no guardian acts. */
  if (insured == NULL || g_strcmp0 (bd_customer_get_birth_date (insured), "2000-01-01") >= 0 ||
      g_strcmp0 (bd_customer_get_birth_date (customer), "2000-01-01") >= 0 ||
      g_strcmp0 (bd_customer_get_name (insured), bd_customer_get_name (customer)) == 0)
    return FALSE;
  /* A death beneficiary named, whom the change replaces by the legal heirs. */
  beneficiaries = bd_policy_get_beneficiaries (policy);
  if (g_list_model_get_n_items (beneficiaries) == 0)
    return FALSE;
  first = g_list_model_get_item (beneficiaries, 0);
  if (bd_beneficiary_get_kind (first) != BD_BENEFICIARY_DEATH || bd_beneficiary_get_legal_heirs (first)
      || bd_beneficiary_get_rank (first) != 1
      || !is_other_member (store, customer, insured, bd_beneficiary_get_customer_id (first)))
    return FALSE;
  share = bd_format_share (bd_beneficiary_get_share (first));
  /* The insured's name, the policy's card as the service card names it, and the
   * beneficiary as the card shows them. */
  *insured_name = g_strdup_printf ("%s\n%s %s\n%s %s", bd_customer_get_name (insured),
                                   bd_policy_get_product_name (policy), bd_policy_get_number (policy),
                                   bd_beneficiary_get_name (first), share);
  /* Whether the policyholder named themselves, which the card says with their own part. */
  if (bd_beneficiary_get_customer_id (first) == bd_customer_get_id (customer))
    {
      char *with = g_strconcat (*insured_name, "\n", NULL);

      g_free (*insured_name);
      *insured_name = with;
    }
  return TRUE;
}

/* Signs in as @login, finds the customer by their mobile and opens their tab named
 * @tab_name (a program string); on the way, their household card shows @household_cell
 * when it is given. */
static void
open_tab_checking_card (BdE2e       *e2e,
                        const Known *known,
                        const char  *login,
                        const char  *password,
                        const char  *staff_name,
                        const char  *household_cell,
                        const char  *tab_name)
{
  g_autoptr(AtspiAccessible) entry = NULL;
  g_autoptr(AtspiAccessible) row = NULL;
  g_autoptr(AtspiAccessible) tab = NULL;

  bd_e2e_sign_in (e2e, login, password);
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, staff_name, TIMEOUT_MS));
  entry = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Search customers"), TIMEOUT_MS);
  g_assert_nonnull (entry);
  g_assert_true (bd_e2e_set_text (entry, known->mobile));
  row = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, known->name, TIMEOUT_MS);
  g_assert_nonnull (row);
  g_assert_true (bd_e2e_click (row));
  if (household_cell != NULL)
    g_assert_nonnull (bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID, household_cell, TIMEOUT_MS));
  tab = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr (tab_name), TIMEOUT_MS);
  g_assert_nonnull (tab);
  g_assert_true (bd_e2e_click_until_pressed (tab, TIMEOUT_MS));
}

static void
open_requests_tab (BdE2e       *e2e,
                   const Known *known,
                   const char  *login,
                   const char  *password,
                   const char  *staff_name,
                   const char  *household_cell)
{
  open_tab_checking_card (e2e, known, login, password, staff_name, household_cell,
                          "Policy changes");
}

static void
open_customer_tab (BdE2e       *e2e,
                   const Known *known,
                   const char  *login,
                   const char  *password,
                   const char  *staff_name,
                   const char  *tab_name)
{
  open_tab_checking_card (e2e, known, login, password, staff_name, NULL, tab_name);
}

static void
sign_out (BdE2e *e2e)
{
  g_autofree char *item = bd_e2e_said ("Sign _Out");

  click_named (e2e, ATSPI_ROLE_INVALID, bd_e2e_tr ("Main menu"));
  click_named (e2e, ATSPI_ROLE_INVALID, item);
  g_assert_nonnull (bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Sign in"),
                                     TIMEOUT_MS));
}

static void
press_choice (BdE2e      *e2e,
              const char *name)
{
  g_autoptr(AtspiAccessible) choice = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, name,
                                                       TIMEOUT_MS);

  if (choice == NULL)
    g_error ("No choice named “%s”", name);
  if (!bd_e2e_click_until_pressed (choice, TIMEOUT_MS))
    g_error ("The choice “%s” does not stay pressed", name);
}

static gboolean
is_switch_named (AtspiAccessible *accessible,
                 gconstpointer    name)
{
  g_autofree char *own = atspi_accessible_get_name (accessible, NULL);
  g_autoptr(AtspiAction) action = NULL;

  if (g_strcmp0 (own, name) != 0 || atspi_accessible_get_role (accessible, NULL) == ATSPI_ROLE_LABEL)
    return FALSE;
  action = atspi_accessible_get_action_iface (accessible);
  return action != NULL && atspi_action_get_n_actions (action, NULL) > 0;
}

/* The switch named @name (its row and its label have the same name). */
static AtspiAccessible *
wait_for_switch (BdE2e      *e2e,
                 const char *name)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      AtspiAccessible *found = bd_e2e_find_first (e2e->app, ATSPI_ROLE_INVALID, is_switch_named,
                                                  name, 60);
      if (found != NULL)
        return found;
      g_usleep (100 * 1000);
    }
  return NULL;
}

/* The beginning of the choice that names @person with their roles, "陈大文 (": the search
 * results name them too. */
static char *
person_choice (const char *person)
{
  g_auto(GStrv) pieces = g_strsplit (bd_e2e_tr ("%s (%s)"), "%s", -1);

  return g_strconcat (person, pieces[0] != NULL && pieces[1] != NULL ? pieces[1] : "", NULL);
}

/* Whether @accessible comes to be insensitive (GTK 4.8 tells a change late). */
static gboolean
wait_until_insensitive (AtspiAccessible *accessible)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      atspi_accessible_clear_cache (accessible);
      if (!bd_e2e_has_state (accessible, ATSPI_STATE_SENSITIVE))
        return TRUE;
      g_usleep (100 * 1000);
    }
  return FALSE;
}

/* The counter fills the beneficiary change: first in the policyholder's name, which the
 * core refuses with its rule on screen and Accept insensitive; then in the insured's,
 * with every document, and accepts it. */
static void
fill_beneficiary_change (BdE2e       *e2e,
                         const Known *known,
                         const char  *insured)
{
  g_autofree char *new_request = bd_e2e_said ("_New Request");
  g_autofree char *add = bd_e2e_said ("Add _Beneficiary");
  g_autofree char *accept_name = bd_e2e_said ("_Accept Request");
  g_autofree char *refusal = fixed_part ("A beneficiary change is applied for by the insured, %s, "
                                         "or by the policyholder with the insured’s written "
                                         "consent (Insurance Law, art. 41)");
  g_autofree char *policyholder = person_choice (known->name);
  g_autofree char *insured_choice = person_choice (insured);
  g_autoptr(AtspiAccessible) accept = NULL;
  const char *documents[] = {
    "Application form signed by the applicant", "Applicant’s valid identity document",
    "Policy contract", "Copies of the new beneficiaries’ identity documents",
    "Proof of the relationship to the insured",
  };

  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, new_request);
  press_choice (e2e, bd_e2e_tr ("Rights changes"));
  press_choice (e2e, bd_e2e_tr ("Beneficiary change"));
  /* The legal heirs, order 1, the whole share: what a new row starts with. */
  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, add);

  press_choice (e2e, policyholder);
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, refusal, TIMEOUT_MS));
  accept = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, accept_name, TIMEOUT_MS);
  g_assert_nonnull (accept);
  g_assert_true (wait_until_insensitive (accept));

  press_choice (e2e, insured_choice);
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app,
                                          bd_e2e_tr ("The rules allow this request: it can be accepted"),
                                          TIMEOUT_MS));
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(AtspiAccessible) toggle = wait_for_switch (e2e, bd_e2e_tr (documents[i]));

      /* A switch says nothing of its state in GTK 4.8's tree: one click each, and the
       * step to review below needs them all. */
      g_assert_nonnull (toggle);
      g_assert_true (bd_e2e_click (toggle));
    }
  g_assert_true (bd_e2e_click (accept));
}

/* Takes the step @label offers on the open request's page and waits for @state. */
static void
take_step (BdE2e      *e2e,
           const char *label,
           const char *state)
{
  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr (label));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, bd_e2e_tr (state), TIMEOUT_MS));
}

static void
open_request (BdE2e *e2e)
{
  g_autofree char *open = fixed_part ("Open request %s");

  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, open);
}

/* Carrying out shows what changes first, in a dialog: the new beneficiaries. */
static void
carry_out (BdE2e *e2e)
{
  int windows = atspi_accessible_get_child_count (e2e->app, NULL);
  g_autoptr(AtspiAccessible) dialog = NULL;
  g_autoptr(AtspiAccessible) confirm = NULL;

  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Carry out"));
  g_assert_true (wait_for_windows (e2e, windows + 1));
  dialog = atspi_accessible_get_child_at_index (e2e->app, windows, NULL);
  g_assert_nonnull (bd_e2e_wait_for_text (dialog, bd_e2e_tr ("Legal heirs"), TIMEOUT_MS));
  confirm = bd_e2e_wait_for (dialog, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Carry out"), TIMEOUT_MS);
  g_assert_nonnull (confirm);
  g_assert_true (bd_e2e_click (confirm));
  g_assert_true (wait_for_windows (e2e, windows));
}

static void
test_beneficiary_change (void)
{
  BdE2e e2e = { 0 };
  Known known = { 0 };
  g_autofree char *picked = NULL;
  g_autofree char *audit = NULL;
  g_autofree char *changed = NULL;
  g_auto(GStrv) parts = NULL;
  g_auto(GStrv) beneficiary = NULL;
  g_autofree char *roles = NULL;
  g_autofree char *named_before = NULL;
  g_autofree char *named_after = NULL;
  gboolean holder_named;
  g_autoptr(AtspiAccessible) card = NULL;
  g_autoptr(AtspiAction) expand = NULL;
  const char *insured;

  bd_e2e_create_demo (&e2e, 300);
  pick_customer_where (&e2e, &known, holds_life_policy_on_other, &picked);
  parts = g_strsplit (picked, "\n", 3);
  insured = parts[0];
  holder_named = g_str_has_suffix (parts[2], "\n");
  g_strchomp (parts[2]);
  beneficiary = g_strsplit (parts[2], " ", 2);
  /* The beneficiary the change replaces, on the household card: named for the policy
   * before, with no part in it after but the policyholder's, if it was theirs. */
  roles = g_strdup_printf (bd_e2e_tr ("Beneficiary %s"), beneficiary[1]);
  if (holder_named)
    {
      char *both = g_strconcat (bd_e2e_tr ("Policyholder"), ", ", roles, NULL);

      g_free (roles);
      roles = both;
    }
  named_before = roles_cell (beneficiary[0], roles, parts[1]);
  named_after = roles_cell (beneficiary[0],
                            holder_named ? bd_e2e_tr ("Policyholder") : bd_e2e_tr ("no role"),
                            parts[1]);
  bd_e2e_start (&e2e);

  /* The counter: refused in the policyholder's name, accepted in the insured's, sent
   * for review by a second person. */
  open_requests_tab (&e2e, &known, "wangfang", "counter-demo", "王芳", named_before);
  fill_beneficiary_change (&e2e, &known, insured);
  take_step (&e2e, "Send for review", "In review");
  sign_out (&e2e);

  /* The supervisor approves. */
  open_requests_tab (&e2e, &known, "zhoujun", "supervisor-demo", "周军", NULL);
  open_request (&e2e);
  take_step (&e2e, "Approve", "Approved");
  sign_out (&e2e);

  /* The counter carries it out: the new beneficiaries are in the preview and then in the
   * request's history. */
  open_requests_tab (&e2e, &known, "wangfang", "counter-demo", "王芳", NULL);
  open_request (&e2e);
  carry_out (&e2e);
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, bd_e2e_tr ("Completed"), TIMEOUT_MS));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, bd_e2e_tr ("Legal heirs"), TIMEOUT_MS));

  /* The service card shows the change at once, with the beneficiaries it replaced. */
  click_named (&e2e, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Overview"));
  card = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, parts[1], TIMEOUT_MS);
  g_assert_nonnull (card);
  expand = atspi_accessible_get_action_iface (card);
  g_assert_nonnull (expand);
  g_assert_true (atspi_action_do_action (expand, 0, NULL));
  changed = g_strdup_printf (bd_e2e_tr ("Changed: %s"), bd_e2e_tr ("Death beneficiaries"));
  g_assert_nonnull (bd_e2e_wait_for_text (card, changed, TIMEOUT_MS));
  /* The beneficiary it replaced is named only in the change's "before". */
  g_assert_false (bd_e2e_tree_contains (card, parts[2]));
  /* And the household card no longer names them for it. */
  g_assert_nonnull (bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, named_after, TIMEOUT_MS));
  g_assert_false (bd_e2e_tree_contains (e2e.app, named_before));
  audit = bd_e2e_admin_output ("audit", "--limit", "40", e2e.database, NULL);
  g_assert_nonnull (strstr (audit, "completed"));

  known_clear (&known);
  bd_e2e_stop (&e2e);
}

/* ── a claim for a family member, from the report to closed ────────────────────── */

/* A customer of the demo branch with a grown-up member of their household whom the last
 * four digits of their mobile also find alone, and whom the household card names by what
 * they are to the customer: the member's name and mobile. */
static gboolean
has_findable_member (BdStore    *store,
                     BdCustomer *customer,
                     char      **member_known)
{
  g_autoptr(BdHousehold) household = bd_store_get_household_of (store, bd_customer_get_id (customer), NULL);
  BdHouseholdMember *viewer = household != NULL ?
                              bd_household_find_member (household, bd_customer_get_id (customer)) : NULL;
  GListModel *members = viewer != NULL ? bd_household_get_members (household) : NULL;

  if (g_strcmp0 (bd_customer_get_birth_date (customer), "2000-01-01") >= 0)
    return FALSE;
  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(BdHouseholdMember) member = g_list_model_get_item (members, i);
      BdCustomer *other = bd_household_member_get_customer (member);
      const char *mobile = bd_customer_get_mobile (other);
      g_autoptr(GListModel) found = NULL;
      BdRelation relation;

      if (bd_customer_get_id (other) == bd_customer_get_id (customer) || mobile == NULL ||
          strlen (mobile) < 4 || g_strcmp0 (bd_customer_get_birth_date (other), "2000-01-01") >= 0 ||
          g_strcmp0 (bd_customer_get_name (other), bd_customer_get_name (customer)) == 0 ||
          !bd_relation_seen_from (bd_household_member_get_relation (viewer),
                                  bd_household_member_get_relation (member), &relation))
        continue;
      found = bd_store_search_customers (store, mobile + strlen (mobile) - 4, 10, NULL);
      if (found == NULL || g_list_model_get_n_items (found) != 1)
        continue;
      *member_known = g_strdup_printf ("%s\n%s", bd_customer_get_name (other), mobile);
      return TRUE;
    }
  return FALSE;
}

/* Signs in as @login, opens @known's page and its Claims tab. */
static void
open_claims_tab (BdE2e       *e2e,
                 const Known *known,
                 const char  *login,
                 const char  *password,
                 const char  *staff_name)
{
  g_autoptr(AtspiAccessible) tab = NULL;

  open_requests_tab (e2e, known, login, password, staff_name, NULL);
  tab = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Claims"), TIMEOUT_MS);
  g_assert_nonnull (tab);
  g_assert_true (bd_e2e_click_until_pressed (tab, TIMEOUT_MS));
}

static void
type_into (BdE2e      *e2e,
           const char *field,
           const char *text)
{
  g_autoptr(AtspiAccessible) entry = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID,
                                                      bd_e2e_tr (field), TIMEOUT_MS);

  if (entry == NULL)
    g_error ("No field named “%s”", field);
  g_assert_true (bd_e2e_set_text (entry, text));
}

/* Clicks the button named @name (from its beginning) on the claim's page, the parent of
 * its "All Claims": the Policy changes tab's page has buttons of the same names, kept in
 * GTK 4.8's tree. */
static void
click_showing (BdE2e      *e2e,
               const char *name)
{
  g_autofree char *back_name = bd_e2e_said ("_All Claims");
  g_autoptr(AtspiAccessible) back = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, back_name,
                                                     TIMEOUT_MS);
  g_autoptr(AtspiAccessible) page = NULL;
  g_autoptr(AtspiAccessible) button = NULL;

  g_assert_nonnull (back);
  page = atspi_accessible_get_parent (back, NULL);
  g_assert_nonnull (page);
  if ((button = bd_e2e_wait_for (page, ATSPI_ROLE_PUSH_BUTTON, name, TIMEOUT_MS)) == NULL)
    g_error ("No button named “%s” on the claim's page", name);
  g_assert_true (click_within (button, 0));
  g_usleep (500 * 1000);
}

/* Clicks the switch of each of @documents once (GTK 4.8's tree does not say whether a
 * switch is on: each starts off). */
static void
tick_documents (BdE2e             *e2e,
                const char *const *documents,
                guint              n_documents)
{
  for (guint i = 0; i < n_documents; i++)
    {
      g_autoptr(AtspiAccessible) toggle = wait_for_switch (e2e, bd_e2e_tr (documents[i]));

      if (toggle == NULL)
        g_error ("No document switch named “%s”", documents[i]);
      g_assert_true (bd_e2e_click (toggle));
      g_usleep (300 * 1000);
    }
}

/* The counter takes the report of the member's hospital stay three days ago, reported by
 * the customer at the counter, with the claim form and the insured's ID handed in. */
static void
report_hospital_claim (BdE2e      *e2e,
                       const char *member)
{
  g_autofree char *report = bd_e2e_said ("_Report a Claim");
  g_autofree char *record_name = bd_e2e_said ("_Record Claim");
  g_autofree char *recorded = fixed_part ("Claim %s recorded");
  g_autofree char *insured = person_choice (member);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) event = g_date_time_add_days (now, -3);
  g_autofree char *day = g_date_time_format (event, "%Y-%m-%d");
  g_autoptr(AtspiAccessible) record = NULL;
  const char *handed_in[] = { "Claim form signed by the claimant", "Identity document of the insured" };

  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, report);
  press_choice (e2e, insured);
  press_choice (e2e, bd_e2e_tr ("Illness or hospital stay"));
  type_into (e2e, "Relation to the insured", "家属");
  type_into (e2e, "Phone of the reporter", "13912345678");
  type_into (e2e, "Day of the event (YYYY-MM-DD)", day);
  type_into (e2e, "Place", "南京市鼓楼区");
  type_into (e2e, "Hospital", "江苏省人民医院");
  type_into (e2e, "What happened", "发热入院治疗");
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app,
                                          bd_e2e_tr ("The report is complete: it can be recorded"),
                                          TIMEOUT_MS));
  tick_documents (e2e, handed_in, G_N_ELEMENTS (handed_in));
  record = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, record_name, TIMEOUT_MS);
  g_assert_nonnull (record);
  g_assert_true (bd_e2e_click (record));
  /* Recorded: the toast says so, and its page shows. */
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, recorded, TIMEOUT_MS));
}

/* The one-time notice of what is still missing opens in the window's preview, from
 * which it is printed: its page is named by the notice. */
static void
preview_missing_notice (BdE2e *e2e)
{
  g_autofree char *notice = bd_e2e_said ("Notice of Missing _Documents…");
  const char *title = bd_e2e_tr ("One-time notice of missing claim documents");
  int windows = atspi_accessible_get_child_count (e2e->app, NULL);
  g_autoptr(AtspiAccessible) page = NULL;
  g_autoptr(AtspiAccessible) print = NULL;
  g_autofree char *description = NULL;

  click_showing (e2e, notice);
  g_assert_true (wait_for_windows (e2e, windows + 1));
  page = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_IMAGE, title, TIMEOUT_MS);
  g_assert_nonnull (page);
  description = atspi_accessible_get_description (page, NULL);
  g_assert_nonnull (strstr (description, title));
  print = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Print"), TIMEOUT_MS);
  g_assert_nonnull (print);
  press_key (0xff1b /* Escape */);
  g_assert_true (wait_for_windows (e2e, windows));
}

/* The rest of the documents come in; "Documents complete" starts the decision's
 * deadline, which the page says with its rule. */
static void
complete_documents (BdE2e *e2e)
{
  const char *rest[] = { "Identity document of the claimant", "Claimant’s bank card or passbook",
                         "Original medical invoices", "Itemised hospital bill",
                         "Discharge summary", "Diagnosis certificate" };

  tick_documents (e2e, rest, G_N_ELEMENTS (rest));
  click_showing (e2e, bd_e2e_tr ("Documents complete"));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app,
                                          bd_e2e_tr ("Decide a complete claim needing no investigation"),
                                          TIMEOUT_MS));
}

/* The supervisor records the claims department's decision: paid in full. */
static void
decide_pay_in_full (BdE2e *e2e)
{
  g_autofree char *full = bd_e2e_said ("Pay in _Full");
  int windows = atspi_accessible_get_child_count (e2e->app, NULL);

  click_showing (e2e, bd_e2e_tr ("Decided: pay"));
  g_assert_true (wait_for_windows (e2e, windows + 1));
  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, full);
  g_assert_true (wait_for_windows (e2e, windows));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, bd_e2e_tr ("Decided: to be paid"), TIMEOUT_MS));
}

static void
test_family_hospital_claim (void)
{
  BdE2e e2e = { 0 };
  Known known = { 0 };
  Known member = { 0 };
  g_autofree char *picked = NULL;
  g_autofree char *open = fixed_part ("Open claim %s");
  g_autofree char *audit = NULL;
  g_auto(GStrv) parts = NULL;

  bd_e2e_create_demo (&e2e, 300);
  pick_customer_where (&e2e, &known, has_findable_member, &picked);
  parts = g_strsplit (picked, "\n", 2);
  member.name = g_strdup (parts[0]);
  member.mobile = g_strdup (parts[1]);
  bd_e2e_start (&e2e);

  /* The counter, on the customer's page: the report about their family member, two
   * documents handed in, the notice of the others, then the others and the deadline. */
  open_claims_tab (&e2e, &known, "wangfang", "counter-demo", "王芳");
  report_hospital_claim (&e2e, member.name);
  preview_missing_notice (&e2e);
  complete_documents (&e2e);
  sign_out (&e2e);

  /* The supervisor finds the claim on the member's page, and decides it. */
  open_claims_tab (&e2e, &member, "zhoujun", "supervisor-demo", "周军");
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, open);
  decide_pay_in_full (&e2e);
  click_showing (&e2e, bd_e2e_tr ("Payment made"));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, bd_e2e_tr ("Paid"), TIMEOUT_MS));
  click_showing (&e2e, bd_e2e_tr ("Close"));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, bd_e2e_tr ("Closed"), TIMEOUT_MS));
  audit = bd_e2e_admin_output ("audit", "--limit", "60", e2e.database, NULL);
  g_assert_nonnull (strstr (audit, "closed"));

  known_clear (&member);
  known_clear (&known);
  bd_e2e_stop (&e2e);
}

/* ── spot checks ───────────────────────────────────────────────────────────────── */

static const char *const spot_request_items[] = {
  "Applicant entitled", "Identity document valid and checked", "Required documents complete",
  "Signed by the entitled person (no proxy signature)", "Done within the target time",
  "Customer told the expected date", "Receipt printed",
};

static char *
result_name (const char *item,
             const char *result)
{
  return g_strdup_printf ("%s: %s", bd_e2e_tr (item), bd_e2e_tr (result));
}

/* Whether one of the item's three results is pressed: what the data decided comes so. */
static gboolean
item_scored (BdE2e      *e2e,
             const char *item)
{
  static const char *const results[] = { "Pass", "Fail", "N/A" };

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_autofree char *name = result_name (item, results[i]);
      g_autoptr(AtspiAccessible) button = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, name,
                                                           TIMEOUT_MS);

      g_assert_nonnull (button);
      if (bd_e2e_has_state (button, ATSPI_STATE_PRESSED)
          || bd_e2e_has_state (button, ATSPI_STATE_CHECKED))
        return TRUE;
    }
  return FALSE;
}

/* Scores the record on screen: what the data decided confirmed, the rest passed but
 * @failing (or nothing), and saved: the score against the pass mark shows. */
static void
score_spot_record (BdE2e      *e2e,
                   const char *failing)
{
  g_autofree char *scored = NULL;
  g_auto(GStrv) pieces = g_strsplit (bd_e2e_tr ("Score %u%% against the pass mark of %u%%: passed"),
                                     "%", 2);

  for (guint i = 0; i < G_N_ELEMENTS (spot_request_items); i++)
    {
      const char *item = spot_request_items[i];
      g_autofree char *pass = result_name (item, "Pass");
      g_autofree char *fail = result_name (item, "Fail");

      if (g_strcmp0 (item, failing) == 0)
        press_choice (e2e, fail);
      else if (!item_scored (e2e, item))
        press_choice (e2e, pass);
    }
  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Save the scores"));
  scored = g_strstrip (g_strdup (pieces[0]));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, scored, TIMEOUT_MS));
}

/* The control named @name in the nearest ancestor of @control that holds one: the
 * record's every item has its own finding rows, named alike. */
static AtspiAccessible *
beside (AtspiAccessible *control,
        AtspiRole        role,
        const char      *name)
{
  g_autoptr(AtspiAccessible) ancestor = g_object_ref (control);

  for (guint level = 0; level < 8 && ancestor != NULL; level++)
    {
      AtspiAccessible *parent = atspi_accessible_get_parent (ancestor, NULL);
      AtspiAccessible *found = NULL;

      g_set_object (&ancestor, parent);
      g_clear_object (&parent);
      found = ancestor != NULL ? bd_e2e_find_first (ancestor, role, bd_e2e_is_named, name, 8)
                               : NULL;
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The item failed on screen becomes a finding for the clerk whose record it is: failing
 * it opened the finding's rows. */
static void
open_spot_finding (BdE2e      *e2e,
                   const char *item)
{
  g_autofree char *name = g_strdup_printf (bd_e2e_tr ("Open the finding: %s"), bd_e2e_tr (item));
  g_autoptr(AtspiAccessible) open = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, name,
                                                     TIMEOUT_MS);
  g_autoptr(AtspiAccessible) action = NULL;

  g_assert_nonnull (open);
  action = beside (open, ATSPI_ROLE_INVALID, bd_e2e_tr ("Corrective action"));
  g_assert_nonnull (action);
  g_assert_true (bd_e2e_set_text (action, "办理时当面告知客户预计办结日"));
  g_assert_true (bd_e2e_click (open));
  g_usleep (500 * 1000);
}

/* The login of the owner of the branch's one open finding of today's check. */
static char *
finding_owner_login (BdE2e *e2e)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = bd_store_open (e2e->database, bd_test_key (), &error);
  g_autoptr(GArray) findings = NULL;
  g_autoptr(BdStaff) owner = NULL;

  g_assert_no_error (error);
  findings = bd_spotchecks_store_list_findings (store, 0, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < findings->len; i++)
    if (g_strcmp0 (g_array_index (findings, BdSpotFinding, i).action,
                   "办理时当面告知客户预计办结日") == 0)
      owner = bd_store_get_staff (store, g_array_index (findings, BdSpotFinding, i).owner_id,
                                  &error);
  g_assert_nonnull (owner);
  return g_strdup (bd_staff_get_login (owner));
}

/* The demo supervisor checks last week's policy changes: draws the check, scores two
 * records — the second with an item failed, which becomes a finding — and prints the
 * report; the clerk whose record failed finds the finding in their Queues. */
static void
test_spot_check (void)
{
  BdE2e e2e = { 0 };
  g_autofree char *score_prefix = NULL;
  g_autofree char *first = NULL;
  g_autofree char *owner = NULL;
  g_autoptr(AtspiAccessible) button = NULL;
  g_autoptr(AtspiAccessible) share = NULL;
  int windows;

  /* 600 customers: last week holds a few finished requests, two to score at least. */
  bd_e2e_create_demo (&e2e, 600);
  bd_e2e_start (&e2e);
  bd_e2e_sign_in (&e2e, "zhoujun", "supervisor-demo");
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, "周军", TIMEOUT_MS));
  click_named (&e2e, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Spot Checks"));
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("New spot check"));
  /* Last week, all staff, policy changes: what the form starts with; all of the week's,
   * for the small demo has a few. */
  share = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_SPIN_BUTTON, bd_e2e_tr ("Share (per cent)"),
                           TIMEOUT_MS);
  g_assert_nonnull (share);
  g_assert_true (bd_e2e_set_text (share, "100"));
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Draw the sample"));

  score_prefix = g_strdup_printf (bd_e2e_tr ("Score %s"), bd_e2e_tr ("Policy-change requests"));
  button = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_PUSH_BUTTON, score_prefix, TIMEOUT_MS);
  g_assert_nonnull (button);
  first = atspi_accessible_get_name (button, NULL);
  g_assert_true (bd_e2e_click (button));
  score_spot_record (&e2e, NULL);
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Back"));

  /* The second record: the clerk did not tell the customer the expected date. */
  g_clear_object (&button);
  button = bd_e2e_find_first (e2e.app, ATSPI_ROLE_PUSH_BUTTON, is_other_named, first, 60);
  g_assert_nonnull (button);
  g_assert_true (bd_e2e_click (button));
  score_spot_record (&e2e, "Customer told the expected date");
  open_spot_finding (&e2e, "Customer told the expected date");
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Back"));
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Back"));

  /* The report, in the preview. */
  windows = atspi_accessible_get_child_count (e2e.app, NULL);
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Print the report"));
  g_assert_true (wait_for_windows (&e2e, windows + 1));
  press_key (0xff1b /* Escape */);
  g_assert_true (wait_for_windows (&e2e, windows));

  /* The clerk whose record failed sees the finding in their Queues. */
  owner = finding_owner_login (&e2e);
  click_named (&e2e, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Desk"));
  sign_out (&e2e);
  bd_e2e_sign_in (&e2e, owner, "counter-demo");
  click_named (&e2e, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Queues"));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, bd_e2e_tr ("Findings to Follow Up"), TIMEOUT_MS));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, "办理时当面告知客户预计办结日", TIMEOUT_MS));
  bd_e2e_stop (&e2e);
}

/* ── spot checks: the scorecard edited, a failed item's finding row ──────────────── */

typedef struct
{
  guint  version;        /* the policy changes' scorecard's newest */
  char  *weight_item;    /* the label of its "within-target" item */
  char  *check;          /* the name of the button that opens the check */
  char  *record;         /* the name of the button that scores the record */
  char  *failed_item;    /* the label of the item 周军 failed in it */
} SpotFailed;

static void
spot_failed_clear (SpotFailed *found)
{
  g_free (found->weight_item);
  g_free (found->check);
  g_free (found->record);
  g_free (found->failed_item);
}

/* The record of @check that 周军 failed an item of, its button's name and the item's. */
static gboolean
find_failed_in_check (BdStore         *store,
                      gint64           scorer,
                      BdSpotCheckInfo *check,
                      SpotFailed      *found)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) sample = bd_spotchecks_store_list_sample (store, check->id, &ids, NULL);

  for (guint i = 0; sample != NULL && i < sample->len; i++)
    {
      gint64 record = g_array_index (ids, gint64, i);
      BdSampleCandidate *drawn = &g_array_index (sample, BdSampleCandidate, i);
      g_autoptr(GArray) scores = bd_spotchecks_store_list_scores (store, record, scorer, NULL);
      g_autoptr(BdScorecard) scorecard = bd_spotchecks_store_get_record_scorecard (store, record,
                                                                                  NULL);
      g_autoptr(BdCase) kase = NULL;
      g_autofree char *title = NULL;

      for (guint s = 0; scores != NULL && scorecard != NULL && s < scores->len; s++)
        for (guint k = 0; k < scorecard->items->len && found->failed_item == NULL; k++)
          if (g_array_index (scores, BdSpotScore, s).result == BD_SCORE_FAIL
              && g_strcmp0 (g_array_index (scorecard->items, BdScoreItem, k).key,
                            g_array_index (scores, BdSpotScore, s).key) == 0)
            found->failed_item = g_strdup (g_array_index (scorecard->items, BdScoreItem, k).label);
      if (found->failed_item == NULL || drawn->kind != BD_WORK_REQUEST)
        {
          g_clear_pointer (&found->failed_item, g_free);
          continue;
        }
      kase = bd_case_store_get (store, bd_request_case_kind (), drawn->record_id, NULL);
      g_assert_nonnull (kase);
      title = g_strdup_printf ("%s · %s", bd_e2e_tr ("Policy-change requests"),
                               bd_case_get_number (kase));
      found->record = g_strdup_printf (bd_e2e_tr ("Score %s"), title);
      return TRUE;
    }
  return FALSE;
}

/* What the walk needs of the demo branch, read from its store before the program starts. */
static void
find_spot_failed (BdE2e      *e2e,
                  SpotFailed *found)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = bd_store_open (e2e->database, bd_test_key (), &error);
  g_autoptr(BdStaff) supervisor = NULL;
  g_autoptr(BdScorecard) scorecard = NULL;
  g_autoptr(GArray) checks = NULL;

  g_assert_no_error (error);
  supervisor = bd_store_find_staff (store, "zhoujun", &error);
  scorecard = bd_spotchecks_store_get_scorecard (store, BD_WORK_REQUEST, &error);
  checks = bd_spotchecks_store_list_checks (store, 50, &error);
  g_assert_no_error (error);
  found->version = scorecard->version;
  for (guint i = 0; i < scorecard->items->len; i++)
    if (g_str_equal (g_array_index (scorecard->items, BdScoreItem, i).key, "within-target"))
      found->weight_item = g_strdup (g_array_index (scorecard->items, BdScoreItem, i).label);
  for (guint i = 0; i < checks->len; i++)
    {
      BdSpotCheckInfo *check = &g_array_index (checks, BdSpotCheckInfo, i);
      g_autofree char *title = NULL;

      if (!find_failed_in_check (store, bd_staff_get_id (supervisor), check, found))
        continue;
      title = g_strdup_printf (bd_e2e_tr ("%s to %s"), check->period_from, check->period_to);
      found->check = g_strdup_printf (bd_e2e_tr ("Open the check of %s"), title);
      break;
    }
  g_assert_nonnull (found->weight_item);
  g_assert_nonnull (found->check);
}

/* Whether the control named @name shows beside @control now: a hidden row is not in the
 * tree. */
static gboolean
shows_beside (AtspiAccessible *control,
              const char      *name)
{
  g_autoptr(AtspiAccessible) found = beside (control, ATSPI_ROLE_INVALID, name);

  return found != NULL && bd_e2e_has_state (found, ATSPI_STATE_VISIBLE);
}

static gboolean
wait_shows_beside (AtspiAccessible *control,
                   const char      *name)
{
  for (guint attempt = 0; attempt < TIMEOUT_MS / 100; attempt++)
    {
      if (shows_beside (control, name))
        return TRUE;
      g_usleep (100 * 1000);
    }
  return FALSE;
}

/* The demo supervisor opens the scorecard editor, gives "Done within the target time" a
 * weight of 3 and saves: the new version's number shows. Then, in a past check, the
 * record with an item he failed: its finding's row is activated through the toolkit's
 * accessibility interface, and the finding's fields show. */
static void
test_edit_scorecard (void)
{
  BdE2e e2e = { 0 };
  SpotFailed found = { 0 };
  g_autofree char *weight_name = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *toggle_name = NULL;
  g_autoptr(AtspiAccessible) weight = NULL;
  g_autoptr(AtspiAccessible) toggle = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);

  bd_e2e_create_demo (&e2e, 600);
  find_spot_failed (&e2e, &found);
  bd_e2e_start (&e2e);
  bd_e2e_sign_in (&e2e, "zhoujun", "supervisor-demo");
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, "周军", TIMEOUT_MS));
  click_named (&e2e, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Spot Checks"));
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Scorecards"));
  weight_name = g_strdup_printf (bd_e2e_tr ("Weight of %s"), found.weight_item);
  weight = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, weight_name, TIMEOUT_MS);
  g_assert_nonnull (weight);
  /* Every control of the editor has a proper name. */
  bd_e2e_check_names (e2e.app, "scorecard editor", problems);
  g_assert_cmpstr (problems->str, ==, "");
  g_assert_true (bd_e2e_set_text (weight, "3"));
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Save as a new version"));
  saved = g_strdup_printf (bd_e2e_tr ("Version %u: new checks are scored with it; earlier "
                                      "checks keep theirs"), found.version + 1);
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, saved, TIMEOUT_MS));
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Back"));

  /* The failed item's finding row, its fields hidden until it is activated. */
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, found.check);
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, found.record);
  toggle_name = g_strdup_printf (bd_e2e_tr ("Finding on %s"), found.failed_item);
  toggle = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, toggle_name, TIMEOUT_MS);
  g_assert_nonnull (toggle);
  g_assert_false (shows_beside (toggle, bd_e2e_tr ("Corrective action")));
  g_assert_true (bd_e2e_click (toggle));
  g_assert_true (wait_shows_beside (toggle, bd_e2e_tr ("Corrective action")));
  bd_e2e_check_names (e2e.app, "finding row", problems);
  g_assert_cmpstr (problems->str, ==, "");
  bd_e2e_stop (&e2e);
  spot_failed_clear (&found);
}

/* ── a complaint, from the counter to its return visit; the supervisor's Queues ──── */

/* An answered complaint about @known whose decision fell due weeks ago, logged through
 * the core by 李强 as if on that day: the supervisor's Queues must show it overdue. Its
 * number. */
static char *
plant_overdue_complaint (BdE2e       *e2e,
                         const Known *known)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = bd_store_open (e2e->database, bd_test_key (), &error);
  g_autoptr(GListModel) found = NULL;
  g_autoptr(BdCustomer) customer = NULL;
  g_autoptr(BdComplaint) complaint = NULL;
  g_autoptr(BdStaff) liqiang = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -40);
  g_autofree char *instant = g_date_time_format_iso8601 (then);

  g_assert_no_error (error);
  found = bd_store_search_customers (store, known->mobile + strlen (known->mobile) - 4, 10, &error);
  g_assert_no_error (error);
  customer = g_list_model_get_item (found, 0);
  liqiang = bd_store_find_staff (store, "liqiang", &error);
  g_assert_nonnull (liqiang);
  complaint = bd_complaint_new (FALSE, bd_customer_get_id (customer), 0);
  bd_complaint_set_complainant (complaint, bd_customer_get_id (customer), NULL);
  bd_complaint_set_relation (complaint, "本人");
  bd_complaint_set_category (complaint, BD_COMPLAINT_TIME_TAKEN);
  bd_complaint_set_description (complaint, "保全办理超过承诺时限");
  bd_test_clock_fix (instant);
  g_assert_true (bd_complaints_store_add (store, complaint, bd_staff_get_id (liqiang), &error));
  g_assert_true (bd_complaints_store_take_step (store, complaint, "answered",
                                                bd_staff_get_id (liqiang), "已致电说明", &error));
  g_assert_no_error (error);
  bd_clock_reset ();
  return g_strdup (bd_case_get_number (bd_complaint_get_case (complaint)));
}

/* The number of the newest complaint about @known, as the store has it. */
static char *
newest_complaint_number (BdE2e       *e2e,
                         const Known *known)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = bd_store_open (e2e->database, bd_test_key (), &error);
  g_autoptr(GListModel) found = NULL;
  g_autoptr(BdCustomer) customer = NULL;
  g_autoptr(GListModel) complaints = NULL;
  g_autoptr(BdComplaint) newest = NULL;

  g_assert_no_error (error);
  found = bd_store_search_customers (store, known->mobile + strlen (known->mobile) - 4, 10, &error);
  customer = g_list_model_get_item (found, 0);
  complaints = bd_complaints_store_list_of (store, bd_customer_get_id (customer), &error);
  g_assert_no_error (error);
  newest = g_list_model_get_item (complaints, 0);
  return g_strdup (bd_case_get_number (bd_complaint_get_case (newest)));
}

/* The dialog that the click on @name opened, once it is there. */
static AtspiAccessible *
open_dialog (BdE2e      *e2e,
             const char *name)
{
  int windows = atspi_accessible_get_child_count (e2e->app, NULL);

  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, name);
  g_assert_true (wait_for_windows (e2e, windows + 1));
  return atspi_accessible_get_child_at_index (e2e->app, windows, NULL);
}

/* Types @texts (NULL-ended) into the entries named by @fields, then gives the dialog's
 * answer @response and waits for it to close. */
static void
answer_dialog (BdE2e              *e2e,
               AtspiAccessible    *dialog,
               const char * const *fields,
               const char * const *texts,
               const char         *response)
{
  int windows = atspi_accessible_get_child_count (e2e->app, NULL);
  g_autoptr(AtspiAccessible) button = NULL;

  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_autoptr(AtspiAccessible) entry = bd_e2e_wait_for (dialog, ATSPI_ROLE_INVALID,
                                                          bd_e2e_tr (fields[i]), TIMEOUT_MS);

      g_assert_nonnull (entry);
      g_assert_true (bd_e2e_set_text (entry, texts[i]));
    }
  button = bd_e2e_wait_for (dialog, ATSPI_ROLE_PUSH_BUTTON, response, TIMEOUT_MS);
  g_assert_nonnull (button);
  g_assert_true (bd_e2e_click (button));
  g_assert_true (wait_for_windows (e2e, windows - 1));
}

static gboolean
is_last_named (AtspiAccessible *accessible,
               gconstpointer    data)
{
  AtspiAccessible **last = (AtspiAccessible **) data;
  g_autofree char *name = atspi_accessible_get_name (accessible, NULL);

  /* A button's own label may be named as it is: the button is the one that takes focus. */
  if (g_strcmp0 (name, g_object_get_data (G_OBJECT (last[1]), "name")) == 0 &&
      bd_e2e_has_state (accessible, ATSPI_STATE_FOCUSABLE))
    g_set_object (&last[0], accessible);
  return FALSE;
}

/* Clicks the last button named @name: the list's header and its form may both say
 * "登记投诉", and "Close" is also the window's own, above. */
static void
click_last_named (BdE2e      *e2e,
                  const char *name)
{
  AtspiAccessible *last[2] = { NULL, e2e->app };

  g_object_set_data_full (G_OBJECT (e2e->app), "name", g_strdup (name), g_free);
  bd_e2e_find_first (e2e->app, ATSPI_ROLE_PUSH_BUTTON, is_last_named, last, 60);
  if (last[0] == NULL)
    g_error ("No button named “%s”", name);
  g_assert_true (bd_e2e_click (last[0]));
  g_clear_object (&last[0]);
  g_usleep (500 * 1000);
}

/* Takes the complaint's step @label and waits for @state: its button acts once its page
 * is on screen, which GTK 4.8's tree does not tell, so it is clicked until it has. */
static void
take_complaint_step (BdE2e      *e2e,
                     const char *label,
                     const char *state)
{
  for (guint attempt = 0; attempt < 10; attempt++)
    {
      g_autoptr(AtspiAccessible) shown = NULL;

      click_last_named (e2e, bd_e2e_tr (label));
      if ((shown = bd_e2e_wait_for_text (e2e->app, bd_e2e_tr (state), 1500)) != NULL)
        return;
    }
  g_error ("The step “%s” never led to “%s”", label, state);
}

static void
open_complaint (BdE2e      *e2e,
                const char *number)
{
  g_autofree char *open = g_strdup_printf (bd_e2e_tr ("Open %s"), number);

  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, open);
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, number, TIMEOUT_MS));
}

/* The counter logs a complaint about a clerk's manner and hands it over. */
static char *
log_and_hand_over (BdE2e       *e2e,
                   const Known *known,
                   const char  *planted)
{
  g_autofree char *log = bd_e2e_said ("_Log a Complaint");
  g_autofree char *logged = bd_e2e_said ("_Log Complaint");
  g_autofree char *hand_over = bd_e2e_said ("_Hand Over…");
  g_autofree char *hand_over_response = bd_e2e_said ("_Hand Over");
  g_auto(GStrv) pieces = g_strsplit (bd_e2e_tr ("%s · being handed to %s, who has not accepted yet"),
                                     "%s", -1);
  g_autofree char *handing = g_strstrip (g_strdup (pieces[1]));
  g_autoptr(AtspiAccessible) description = NULL;
  g_autoptr(AtspiAccessible) dialog = NULL;
  char *number;

  open_customer_tab (e2e, known, "wangfang", "counter-demo", "王芳", "Complaints");
  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, log);
  press_choice (e2e, bd_e2e_tr ("Service attitude"));
  description = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Description"),
                                 TIMEOUT_MS);
  g_assert_nonnull (description);
  g_assert_true (bd_e2e_set_text (description, "柜员态度生硬，未解释退保损失"));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, bd_e2e_tr ("Nothing is missing: it can be logged"),
                                          TIMEOUT_MS));
  click_last_named (e2e, logged);
  /* Its page: the first responder owns it. */
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, bd_e2e_tr ("Owner"), TIMEOUT_MS));
  number = newest_complaint_number (e2e, known);
  g_assert_cmpstr (number, !=, planted);
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, number, TIMEOUT_MS));

  /* To the first the core offers: 李强. */
  dialog = open_dialog (e2e, hand_over);
  answer_dialog (e2e, dialog, (const char *[]) { NULL }, NULL, hand_over_response);
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, handing, TIMEOUT_MS));
  sign_out (e2e);
  return number;
}

/* The receiver accepts it, gives feedback, decides it, sees the letter, visits. */
static void
handle_to_return_visit (BdE2e       *e2e,
                        const Known *known,
                        const char  *number)
{
  g_autofree char *accept = bd_e2e_said ("_Accept the Hand-Over");
  g_autofree char *letter = bd_e2e_said ("_Letter of Decision…");
  g_autofree char *visited = g_strdup_printf (bd_e2e_tr ("Return visit: %s"), bd_e2e_tr ("Satisfied"));
  g_autoptr(AtspiAccessible) dialog = NULL;
  g_autoptr(AtspiAccessible) page = NULL;
  int windows;

  open_customer_tab (e2e, known, "liqiang", "counter-demo", "李强", "Complaints");
  open_complaint (e2e, number);
  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, accept);
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, bd_e2e_tr ("Hand-over accepted"), TIMEOUT_MS));

  dialog = open_dialog (e2e, bd_e2e_tr ("Give feedback"));
  answer_dialog (e2e, dialog, (const char *[]) { "What the complainant was told", NULL },
                 (const char *[]) { "已致电客户致歉，说明处理进度", NULL }, bd_e2e_tr ("Give feedback"));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, bd_e2e_tr ("Feedback given"), TIMEOUT_MS));
  g_clear_object (&dialog);
  dialog = open_dialog (e2e, bd_e2e_tr ("Record the decision"));
  answer_dialog (e2e, dialog,
                 (const char *[]) { "Facts found", "Grounds", "Outcome", NULL },
                 (const char *[]) { "柜员未按规范解释退保损失", "《柜面服务标准》服务礼仪",
                                    "书面致歉并重新讲解", NULL },
                 bd_e2e_tr ("Record the decision"));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, bd_e2e_tr ("Decided"), TIMEOUT_MS));

  /* The letter, in the preview it prints from. */
  windows = atspi_accessible_get_child_count (e2e->app, NULL);
  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, letter);
  g_assert_true (wait_for_windows (e2e, windows + 1));
  page = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_IMAGE, bd_e2e_tr ("Decision on your complaint"),
                          TIMEOUT_MS);
  g_assert_nonnull (page);
  g_assert_nonnull (bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Print"),
                                     TIMEOUT_MS));
  press_key (0xff1b /* Escape */);
  g_assert_true (wait_for_windows (e2e, windows));

  /* The return visit: the customer's answer is pressed, not assumed. */
  g_clear_object (&dialog);
  dialog = open_dialog (e2e, bd_e2e_tr ("Return visit done"));
  press_choice (e2e, bd_e2e_tr ("Satisfied"));
  answer_dialog (e2e, dialog, (const char *[]) { NULL }, NULL, bd_e2e_tr ("Return visit done"));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, visited, TIMEOUT_MS));
  sign_out (e2e);
}

static void
test_complaint (void)
{
  BdE2e e2e = { 0 };
  Known known = { 0 };
  g_autofree char *overdue = NULL;
  g_autofree char *number = NULL;
  g_autofree char *audit = NULL;
  g_auto(GStrv) title = g_strsplit (bd_e2e_tr ("Open Complaints (%u)"), "%u", 2);

  bd_e2e_create_demo (&e2e, 300);
  pick_customer (&e2e, &known);
  overdue = plant_overdue_complaint (&e2e, &known);
  bd_e2e_start (&e2e);

  number = log_and_hand_over (&e2e, &known, overdue);
  handle_to_return_visit (&e2e, &known, number);

  /* The first responder confirms the outcome and closes it (003). */
  open_customer_tab (&e2e, &known, "wangfang", "counter-demo", "王芳", "Complaints");
  open_complaint (&e2e, number);
  take_complaint_step (&e2e, "Close", "Closed");
  sign_out (&e2e);
  audit = bd_e2e_admin_output ("audit", "--limit", "60", e2e.database, NULL);
  g_assert_nonnull (strstr (audit, "complaint-accepted"));
  g_assert_nonnull (strstr (audit, "complaint-handed-over"));

  /* The supervisor's Queues: the overdue complaint, with its owner. */
  bd_e2e_sign_in (&e2e, "zhoujun", "supervisor-demo");
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, "周军", TIMEOUT_MS));
  click_named (&e2e, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Queues"));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, title[0], TIMEOUT_MS));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, overdue, TIMEOUT_MS));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, bd_e2e_tr ("Overdue"), TIMEOUT_MS));

  known_clear (&known);
  bd_e2e_stop (&e2e);
}

/* ── the supervisor's month of complaints: chart, print, CSV ───────────────────── */

/* Of the twelve months before the demo's today, the one with the most complaints
 * (bd_complaints_store_count_month, as the report counts), other than the month the
 * report opens on; its counts in @counts. */
static void
busiest_other_month (BdE2e            *e2e,
                     guint            *year,
                     guint            *month,
                     BdComplaintMonth *counts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = bd_store_open_read_only (e2e->database, bd_test_key (), &error);
  guint most = 0;
  GDate day;

  g_assert_no_error (error);
  bd_store_get_today (store, &day);
  g_date_subtract_months (&day, 1);
  *year = g_date_get_year (&day);
  *month = g_date_get_month (&day);
  for (guint i = 0; i < 11; i++)
    {
      BdComplaintMonth counted;

      g_date_subtract_months (&day, 1);
      g_assert_true (bd_complaints_store_count_month (store, g_date_get_year (&day),
                                                      g_date_get_month (&day), &counted, &error));
      if (i == 0 || counted.complaints > most)
        {
          most = counted.complaints;
          *year = g_date_get_year (&day);
          *month = g_date_get_month (&day);
        }
      bd_complaint_month_clear (&counted);
    }
  g_assert_true (bd_complaints_store_count_month (store, *year, *month, counts, &error));
}

/* The chart's description, once it tells each category's count of @counts. */
static gboolean
wait_for_chart (AtspiAccessible        *chart,
                const BdComplaintMonth *counts)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) TIMEOUT_MS * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      g_autofree char *description = atspi_accessible_get_description (chart, NULL);
      gboolean all = description != NULL;

      for (guint i = 0; all && i < BD_N_COMPLAINT_CATEGORIES; i++)
        {
          g_autofree char *said_count = g_strdup_printf ("%s: %u",
                                                         bd_complaint_category_get_label (i),
                                                         counts->by_category[i]);

          all = strstr (description, said_count) != NULL;
        }
      if (all)
        return TRUE;
      g_usleep (200 * 1000);
    }
  return FALSE;
}

/* The CSV saved in the program's home, once it is written, or NULL. */
static char *
wait_for_csv (const char *path)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  char *csv = NULL;

  while (g_get_monotonic_time () < deadline)
    {
      if (g_file_get_contents (path, &csv, NULL, NULL) && strstr (csv, "\r\n") != NULL)
        return csv;
      g_clear_pointer (&csv, g_free);
      g_usleep (200 * 1000);
    }
  return NULL;
}

/* A supervisor opens the month's report from the Queues, picks the busiest month of the
 * year, reads its counts by category from the chart, prints it through the preview and
 * exports it as CSV (issue "Complaint logging", item 6). */
static void
test_complaint_month_report (void)
{
  BdE2e e2e = { 0 };
  BdComplaintMonth counts;
  g_autoptr(AtspiAccessible) chart = NULL;
  g_autoptr(AtspiAccessible) year_spin = NULL;
  g_autoptr(AtspiAccessible) month_spin = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *month_text = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *header = NULL;
  g_autofree char *audit = NULL;
  g_autofree char *period = NULL;
  guint year, month;
  int windows;

  bd_e2e_create_demo (&e2e, 300);
  busiest_other_month (&e2e, &year, &month, &counts);
  g_test_message ("%04u-%02u: %u complaints", year, month, counts.complaints);
  bd_e2e_start (&e2e);
  bd_e2e_sign_in (&e2e, "zhoujun", "supervisor-demo");
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, "周军", TIMEOUT_MS));
  click_named (&e2e, ATSPI_ROLE_PAGE_TAB, bd_e2e_tr ("Queues"));
  windows = atspi_accessible_get_child_count (e2e.app, NULL);
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Complaints monthly report"));
  g_assert_true (wait_for_windows (&e2e, windows + 1));

  /* The month: its year and its number typed into their spins. */
  year_spin = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_SPIN_BUTTON, bd_e2e_tr ("Year"), TIMEOUT_MS);
  month_spin = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_SPIN_BUTTON, bd_e2e_tr ("Month"), TIMEOUT_MS);
  g_assert_nonnull (year_spin);
  g_assert_nonnull (month_spin);
  year_text = g_strdup_printf ("%u", year);
  month_text = g_strdup_printf ("%u", month);
  g_assert_true (bd_e2e_set_text (year_spin, year_text));
  g_assert_true (bd_e2e_set_text (month_spin, month_text));
  chart = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Complaints by category"),
                           TIMEOUT_MS);
  g_assert_nonnull (chart);
  g_assert_true (wait_for_chart (chart, &counts));

  /* Printed through the main window's preview. */
  windows = atspi_accessible_get_child_count (e2e.app, NULL);
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Print the month’s report"));
  g_assert_true (wait_for_windows (&e2e, windows + 1));
  press_key (0xff1b /* Escape */);
  g_assert_true (wait_for_windows (&e2e, windows));

  /* Exported: the chooser offers home (no Documents) and the report's name; Enter saves. */
  file_name = g_strdup_printf ("%s-%04u-%02u.csv", bd_e2e_tr ("complaints"), year, month);
  csv_path = g_build_filename (e2e.folder, file_name, NULL);
  click_named (&e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Export the month’s report as CSV"));
  g_assert_true (wait_for_windows (&e2e, windows + 1));
  g_usleep (1000 * 1000);
  press_key (0xff0d /* Return */);
  csv = wait_for_csv (csv_path);
  g_assert_nonnull (csv);
  header = g_strdup_printf ("\xEF\xBB\xBF%s,%04u-%02u,\r\n", bd_e2e_tr ("Month"), year, month);
  g_assert_true (g_str_has_prefix (csv, header));

  /* Each month read is audited with the month. */
  audit = bd_e2e_admin_output ("audit", "--limit", "20", e2e.database, NULL);
  period = g_strdup_printf ("complaint-report-read\t0\t-:0\t%04u-%02u\n", year, month);
  g_assert_nonnull (strstr (audit, period));
  bd_complaint_month_clear (&counts);
  bd_e2e_stop (&e2e);
}

static void
quit_waited_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  gboolean *exited = user_data;

  *exited = g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
}

/* Ctrl+Q, pressed on the keyboard, quits as the close button does: signed out, audited. */
static void
test_quit_signs_out (void)
{
  BdE2e e2e = { 0 };
  g_autoptr(AtspiAccessible) entry = NULL;
  g_autofree char *audit = NULL;
  gboolean exited = FALSE;
  gint64 deadline;

  bd_e2e_create_demo (&e2e, 50);
  bd_e2e_start (&e2e);
  entry = sign_in_and_find_search (&e2e);
  g_assert_nonnull (entry);

  atspi_generate_keyboard_event (1 << ATSPI_MODIFIER_CONTROL, NULL, ATSPI_KEY_LOCKMODIFIERS, NULL);
  atspi_generate_keyboard_event (0x071 /* XK_q */, NULL, ATSPI_KEY_SYM, NULL);
  atspi_generate_keyboard_event (1 << ATSPI_MODIFIER_CONTROL, NULL, ATSPI_KEY_UNLOCKMODIFIERS, NULL);

  g_subprocess_wait_async (e2e.process, NULL, quit_waited_cb, &exited);
  deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;
  while (!exited && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (100 * 1000);
    }
  g_assert_true (exited);
  audit = bd_e2e_admin_output ("audit", "--limit", "2", e2e.database, NULL);
  g_assert_nonnull (strstr (audit, "\tsign-out\t"));
  bd_e2e_stop (&e2e);
}

/* ── the working-day calendar ──────────────────────────────────────────────────── */

/* What a day of the calendar says to a screen reader ("2026年10月1日 国庆节 休息日"). */
static char *
calendar_day_name (guint       year,
                   guint       month,
                   guint       day,
                   const char *holiday,
                   const char *kind)
{
  g_autofree char *date = g_strdup_printf (bd_e2e_tr ("%u-%02u-%02u"), year, month, day);

  return g_strdup_printf (C_("calendar day", "%s, %s, %s"), date, bd_e2e_tr (holiday),
                          bd_e2e_tr (kind));
}

/* Import…, the file typed into the chooser's location (typing "/" opens it), its preview,
 * Save: the year is in the database, not before. */
static void
import_next_year (BdE2e *e2e,
                  int    windows)
{
  g_autofree char *path = g_build_filename (e2e->folder, "workdays-2027.txt", NULL);
  g_autofree char *preview = g_strdup_printf (bd_e2e_tr ("Preview of %s"), "workdays-2027.txt");
  g_autofree char *saved = g_strdup_printf (bd_e2e_tr ("The working-day calendar of %s is saved"),
                                            "2027");
  g_autoptr(AtspiAccessible) location = NULL;
  g_autoptr(AtspiAccessible) chooser = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "year 2027\n2027-01-01..2027-01-03 off new-year\n", -1, &error);
  g_assert_no_error (error);
  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Import a year’s calendar file"));
  g_assert_true (wait_for_windows (e2e, windows + 1));
  chooser = atspi_accessible_get_child_at_index (e2e->app, windows, NULL);
  press_key ('/');
  location = bd_e2e_wait_for (chooser, ATSPI_ROLE_TEXT, "", TIMEOUT_MS);
  g_assert_nonnull (location);
  g_assert_true (bd_e2e_set_text (location, path));
  press_key (0xff0d /* Return */);
  g_assert_true (wait_for_windows (e2e, windows));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, preview, TIMEOUT_MS));
  g_assert_cmpint (bd_test_query_int (e2e->database, "SELECT count(*) FROM calendar_import"), ==, 0);
  click_named (e2e, ATSPI_ROLE_PUSH_BUTTON, bd_e2e_tr ("Save the calendar previewed"));
  g_assert_nonnull (bd_e2e_wait_for_text (e2e->app, saved, TIMEOUT_MS));
  g_assert_cmpint (bd_test_query_int (e2e->database, "SELECT count(*) FROM calendar_import"), ==, 1);
}

/* In December, the administrator is told that next year is missing, opens the calendar
 * from the main menu, finds National Day's days off by their names, and imports 2027. */
static void
test_calendar (void)
{
  BdE2e e2e = { 0 };
  g_autofree char *item = bd_e2e_said ("Working-Day _Calendar");
  g_autofree char *warning = g_strdup_printf (bd_e2e_tr ("The working-day calendar of %u is "
                                                         "missing: import it, or deadlines "
                                                         "reaching into %u cannot be computed"),
                                              2027, 2027);
  g_autofree char *national_day = calendar_day_name (2026, 10, 1, "National Day", "rest day");
  g_autofree char *worked = calendar_day_name (2026, 9, 20, "National Day", "adjusted working day");
  g_autoptr(GString) problems = g_string_new (NULL);
  int windows;

  bd_e2e_create_demo (&e2e, 100);
  g_setenv ("BRANCHDESK_FIXED_TIME", "2026-12-03T09:00:00+08:00", TRUE);
  bd_e2e_start (&e2e);
  g_unsetenv ("BRANCHDESK_FIXED_TIME");
  bd_e2e_sign_in (&e2e, "admin", "admin-demo");
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, warning, TIMEOUT_MS));

  windows = atspi_accessible_get_child_count (e2e.app, NULL);
  click_named (&e2e, ATSPI_ROLE_INVALID, bd_e2e_tr ("Main menu"));
  click_named (&e2e, ATSPI_ROLE_INVALID, item);
  g_assert_true (wait_for_windows (&e2e, windows + 1));
  g_assert_nonnull (bd_e2e_wait_for (e2e.app, ATSPI_ROLE_LABEL, national_day, TIMEOUT_MS));
  g_assert_nonnull (bd_e2e_wait_for (e2e.app, ATSPI_ROLE_LABEL, worked, TIMEOUT_MS));
  bd_e2e_check_names (e2e.app, "calendar", problems);
  g_assert_cmpstr (problems->str, ==, "");
  import_next_year (&e2e, windows + 1);
  bd_e2e_stop (&e2e);
}

int
main (int   argc,
      char *argv[])
{
  if (!bd_e2e_init (&argc, &argv))
    return 1;

  g_test_add_func ("/e2e/search/surname", test_search_by_surname);
  g_test_add_func ("/e2e/desk/sign-in-search-reveal-lock", test_desk);
  g_test_add_func ("/e2e/desk/quit-signs-out", test_quit_signs_out);
  g_test_add_func ("/e2e/contacts/missed-visit-slip", test_missed_visit_slip);
  g_test_add_func ("/e2e/requests/beneficiary-change", test_beneficiary_change);
  g_test_add_func ("/e2e/complaints/service-attitude", test_complaint);
  g_test_add_func ("/e2e/complaints/month-report", test_complaint_month_report);
  g_test_add_func ("/e2e/spotchecks/week-checked", test_spot_check);
  g_test_add_func ("/e2e/spotchecks/edit-scorecard", test_edit_scorecard);
  g_test_add_func ("/e2e/claims/family-hospital-claim", test_family_hospital_claim);
  g_test_add_func ("/e2e/a11y/names", test_accessible_names);
  g_test_add_func ("/e2e/calendar/next-year", test_calendar);
  return g_test_run ();
}
