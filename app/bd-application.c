/* bd-application.c — the application: one window over one branch database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-application"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <glib-unix.h>

#include "bd-after-paint.h"
#include "bd-application.h"
#include "bd-customer-page.h"
#include "bd-customers-store.h"
#include "bd-session.h"
#include "bd-setup-page.h"
#include "bd-setup.h"
#include "bd-store-key.h"
#include "bd-window.h"

struct _BdApplication
{
  AdwApplication  parent_instance;

  char           *database_option;  /* --database, or NULL */
  char           *key_file_option;  /* --key-file, or NULL: the keyring */
  int             idle_lock_option; /* --idle-lock-seconds, or 0 */
  GSettings      *settings;         /* NULL when the schema is not installed */
  BdSession      *session;
};

G_DEFINE_FINAL_TYPE (BdApplication, bd_application, ADW_TYPE_APPLICATION)

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* An uninstalled binary may run without its schema; it then keeps no settings rather
   * than aborting as g_settings_new() would. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed: settings are not kept", APP_ID);
      return NULL;
    }
  return g_settings_new (APP_ID);
}

char *
bd_application_dup_database_path (BdApplication *self)
{
  g_autofree char *setting = NULL;

  g_return_val_if_fail (BD_IS_APPLICATION (self), NULL);

  if (self->database_option != NULL)
    return g_strdup (self->database_option);
  if (self->settings != NULL)
    setting = g_settings_get_string (self->settings, "database-path");
  if (setting != NULL && setting[0] != '\0')
    return g_steal_pointer (&setting);
  return bd_store_get_default_path ();
}

/* ── BRANCHDESK_BENCH: a measurement hook that exists for tests/bench only ──────────
 *
 * Compiled in only with `meson configure -Dbench_hooks=true` (`make bench` does it): what
 * is installed reads no such variable and signs nobody in from the environment.
 *
 * first-frame                         print `first-frame-us N`, the monotonic microseconds
 *                                     from the start of main() to the end of the window's
 *                                     first paint, and quit;
 * open-customer:LOGIN:PASSWORD:ID     sign in, open customer ID in the window, and two
 *                                     frames later print `rss-kb N` (VmRSS) and quit;
 * desk:LOGIN:PASSWORD                 sign in and time what the clerk waits for, from the
 *                                     change to the end of the frame that shows its result
 *                                     (the frame clock's after-paint): the last character
 *                                     of a search typed, a customer opened, the Queues
 *                                     area shown; print `keystroke-us`, `open-us` and
 *                                     `queues-us` lines of microseconds, and quit. With
 *                                     BRANCHDESK_BENCH_QUEUES=LOGIN:PASSWORD, that
 *                                     account signs in for the Queues (a supervisor sees
 *                                     the whole branch's, a clerk only their own).
 */

#if BD_BENCH_HOOKS
static gint64 bench_start_time;
#endif

void
bd_application_set_start_time (gint64 monotonic_time)
{
#if BD_BENCH_HOOKS
  bench_start_time = monotonic_time;
#endif
}

#if BD_BENCH_HOOKS

static void
bench_print_and_quit (GtkWidget  *window,
                      const char *name,
                      gint64      value)
{
  g_print ("%s %" G_GINT64_FORMAT "\n", name, value);
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
bench_after_paint_cb (GdkFrameClock *clock,
                      GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, window);
  bench_print_and_quit (window, "first-frame-us", g_get_monotonic_time () - bench_start_time);
}

static void
bench_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (bench_after_paint_cb), window);
}

static gint64
bench_read_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "\nVmRSS:")) == NULL)
    return -1;
  return g_ascii_strtoll (line + strlen ("\nVmRSS:"), NULL, 10);
}

/* The first tick comes before the first paint: the third follows two whole frames. */
static gboolean
bench_tick_cb (GtkWidget     *window,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  guint *n_ticks = user_data;

  if (++*n_ticks < 3)
    return G_SOURCE_CONTINUE;
  bench_print_and_quit (window, "rss-kb", bench_read_rss_kb ());
  return G_SOURCE_REMOVE;
}

/* @spec is LOGIN:PASSWORD:ID; the password may hold colons, the login may not. */
static void
bench_open_customer (BdApplication *self,
                     GtkWidget     *window,
                     const char    *spec)
{
  const char *first = strchr (spec, ':');
  const char *last = strrchr (spec, ':');
  g_autofree char *login = first != NULL ? g_strndup (spec, first - spec) : NULL;
  g_autofree char *password = first != last ? g_strndup (first + 1, last - first - 1) : NULL;
  g_autoptr(GError) error = NULL;

  if (password == NULL || self->session == NULL ||
      !bd_session_sign_in (self->session, login, password, &error))
    {
      /* The login only: the password is never printed. */
      g_printerr ("BRANCHDESK_BENCH: cannot sign in as “%s”: %s\n", login != NULL ? login : "",
                  error != NULL ? error->message : "no session or no LOGIN:PASSWORD:ID");
      g_application_quit (G_APPLICATION (self));
      return;
    }
  gtk_widget_activate_action (window, "win.open-customer", "x",
                              g_ascii_strtoll (last + 1, NULL, 10));
  gtk_widget_add_tick_callback (window, bench_tick_cb, g_new0 (guint, 1), g_free);
}

/* ── desk: what the clerk waits for ── */

#define BENCH_WARM_UP 5
#define BENCH_KEYSTROKES 60
#define BENCH_OPENS 40
#define BENCH_LARGEST_OPENS 20
#define BENCH_QUEUES 15
#define BENCH_REQUEST_TABS 20
/* Between two measurements: past the search field's delay, the page settled. */
#define BENCH_PAUSE_MS 400

typedef enum
{
  BENCH_TYPE_PREFIX,   /* all but the last character, not timed */
  BENCH_TYPE_LAST,     /* the last character: timed until the results are painted */
  BENCH_OPEN,          /* a customer opened: timed until the page is painted */
  BENCH_OPEN_LARGEST,  /* the customer of the largest household card, the same */
  BENCH_REQUESTS_TAB,  /* that customer's Policy changes tab shown: timed until painted */
  BENCH_QUEUES_SHOWN,  /* the Queues area: timed until it is painted */
  BENCH_DONE,
} BenchPhase;

typedef struct
{
  GtkWidget   *window;
  GtkEditable *search;
  BdSession   *session;
  BdStore     *store;
  GRand       *rand;
  guint        n_customers;
  BenchPhase   phase;
  guint        i;
  char        *key;
  const char  *expected;    /* the field's text whose results are awaited */
  char        *prefix;
  gint64       start;
  gboolean     armed;       /* the result is in: the next after-paint ends the measure */
  gboolean     waiting;     /* a search was started and its results are awaited */
  gint64       largest_id;  /* BRANCHDESK_BENCH_LARGEST, or 0: not measured */
  gint64       painted;     /* the page's first frame, while what is below the fold is built */
  GArray      *keystroke_us;
  GArray      *open_us;
  GArray      *open_complete_us;
  GArray      *largest_us;
  GArray      *largest_complete_us;
  GArray      *queues_us;
  GArray      *requests_tab_us;
} BenchDesk;

static void bench_desk_next (BenchDesk *bench);

static GtkWidget *
bench_find_widget (GtkWidget *root,
                   GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bench_find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A customer's name, or the last four digits of their mobile, in turn. */
static char *
bench_desk_key (BenchDesk *bench)
{
  while (TRUE)
    {
      gint64 id = g_rand_int_range (bench->rand, 1, (gint32) bench->n_customers + 1);
      g_autoptr(BdCustomer) customer = bd_store_get_customer (bench->store, id, NULL);
      const char *mobile = customer != NULL ? bd_customer_get_mobile (customer) : NULL;

      if (customer == NULL)
        continue;
      if (bench->i % 2 == 1 && mobile != NULL && strlen (mobile) > 4)
        return g_strdup (mobile + strlen (mobile) - 4);
      if (g_utf8_strlen (bd_customer_get_name (customer), -1) >= 2)
        return g_strdup (bd_customer_get_name (customer));
    }
}

static void
bench_print_series (const char *name,
                    GArray     *values)
{
  g_print ("%s", name);
  for (guint i = 0; i < values->len; i++)
    g_print (" %" G_GINT64_FORMAT, g_array_index (values, gint64, i));
  g_print ("\n");
}

static gboolean
bench_desk_next_cb (gpointer data)
{
  bench_desk_next (data);
  return G_SOURCE_REMOVE;
}

static BenchPhase
bench_desk_phase_after (BenchDesk *bench)
{
  switch (bench->phase)
    {
    case BENCH_TYPE_PREFIX:
    case BENCH_TYPE_LAST:
      return BENCH_OPEN;
    case BENCH_OPEN:
      return bench->largest_id > 0 ? BENCH_OPEN_LARGEST : BENCH_QUEUES_SHOWN;
    case BENCH_OPEN_LARGEST:
      return BENCH_REQUESTS_TAB;
    case BENCH_REQUESTS_TAB:
      return BENCH_QUEUES_SHOWN;
    case BENCH_QUEUES_SHOWN:
    case BENCH_DONE:
    default:
      return BENCH_DONE;
    }
}

/* The Queues are timed for the account BRANCHDESK_BENCH_QUEUES names, when it names one:
 * the desk's clerk services nobody on the demo, a supervisor sees the whole branch. */
static void
bench_desk_sign_in_for_queues (BenchDesk *bench)
{
  const char *spec = g_getenv ("BRANCHDESK_BENCH_QUEUES");
  const char *colon = spec != NULL ? strchr (spec, ':') : NULL;
  g_autofree char *login = colon != NULL ? g_strndup (spec, colon - spec) : NULL;
  g_autoptr(GError) error = NULL;

  if (login == NULL)
    return;
  bd_session_sign_out (bench->session);
  if (!bd_session_sign_in (bench->session, login, colon + 1, &error))
    g_printerr ("BRANCHDESK_BENCH_QUEUES: cannot sign in as “%s”: %s\n", login, error->message);
}

/* What was measured is kept (after the warm-up) and the next measure is chosen. */
static void
bench_desk_advance (BenchDesk *bench,
                    gint64     elapsed,
                    gint64     complete)
{
  static const guint counts[] = {
    [BENCH_TYPE_LAST] = BENCH_KEYSTROKES,
    [BENCH_OPEN] = BENCH_OPENS,
    [BENCH_OPEN_LARGEST] = BENCH_LARGEST_OPENS,
    [BENCH_QUEUES_SHOWN] = BENCH_QUEUES,
    [BENCH_REQUESTS_TAB] = BENCH_REQUEST_TABS,
  };
  GArray *series = bench->phase == BENCH_TYPE_LAST ? bench->keystroke_us
                 : bench->phase == BENCH_OPEN ? bench->open_us
                 : bench->phase == BENCH_OPEN_LARGEST ? bench->largest_us
                 : bench->phase == BENCH_REQUESTS_TAB ? bench->requests_tab_us
                 : bench->queues_us;
  GArray *complete_series = bench->phase == BENCH_OPEN ? bench->open_complete_us
                          : bench->phase == BENCH_OPEN_LARGEST ? bench->largest_complete_us
                          : NULL;

  if (bench->i >= BENCH_WARM_UP)
    {
      g_array_append_val (series, elapsed);
      if (complete_series != NULL)
        g_array_append_val (complete_series, complete);
    }
  if (++bench->i < BENCH_WARM_UP + counts[bench->phase])
    bench->phase = bench->phase == BENCH_TYPE_LAST ? BENCH_TYPE_PREFIX : bench->phase;
  else
    {
      bench->i = 0;
      bench->phase = bench_desk_phase_after (bench);
      if (bench->phase == BENCH_QUEUES_SHOWN)
        bench_desk_sign_in_for_queues (bench);
    }
  g_timeout_add (BENCH_PAUSE_MS, bench_desk_next_cb, bench);
}

static void
bench_desk_after_paint_cb (GdkFrameClock *clock,
                           BenchDesk     *bench)
{
  gint64 elapsed = g_get_monotonic_time () - bench->start;

  if (!bench->armed)
    return;
  /* A page painted with work left for after its first frame is complete when a frame is
   * painted with none left: both are kept. */
  if (bench->painted == 0)
    bench->painted = elapsed;
  if (bd_after_paint_count_pending () > 0)
    return;
  bench->armed = FALSE;
  bench_desk_advance (bench, bench->painted, elapsed);
  bench->painted = 0;
}

static void
bench_desk_results_shown_cb (GtkWidget *window,
                             BenchDesk *bench)
{
  /* Setting a text empties the field first, which shows the recent customers at once:
   * only the results of the text itself count. */
  if (!bench->waiting || !g_str_equal (gtk_editable_get_text (bench->search), bench->expected))
    return;
  bench->waiting = FALSE;
  if (bench->phase == BENCH_TYPE_PREFIX)
    {
      /* The prefix's results are in; the last character comes a moment later. */
      bench->phase = BENCH_TYPE_LAST;
      g_timeout_add (BENCH_PAUSE_MS, bench_desk_next_cb, bench);
      return;
    }
  bench->armed = TRUE;
}

static void
bench_desk_finish (BenchDesk *bench)
{
  bench_print_series ("keystroke-us", bench->keystroke_us);
  bench_print_series ("open-us", bench->open_us);
  bench_print_series ("open-complete-us", bench->open_complete_us);
  bench_print_series ("largest-us", bench->largest_us);
  bench_print_series ("largest-complete-us", bench->largest_complete_us);
  bench_print_series ("requests-tab-us", bench->requests_tab_us);
  bench_print_series ("queues-us", bench->queues_us);
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (bench->window))));
}

/* The prefix is set as a whole, not timed; the last character is typed: inserted at the
 * end, one change, as a key press makes it. */
static void
bench_desk_type (BenchDesk *bench)
{
  const char *last;
  int position;

  bench->waiting = TRUE;
  if (bench->phase == BENCH_TYPE_LAST)
    {
      last = g_utf8_offset_to_pointer (bench->key, g_utf8_strlen (bench->key, -1) - 1);
      position = (int) g_utf8_strlen (bench->prefix, -1);
      bench->expected = bench->key;
      bench->start = g_get_monotonic_time ();
      gtk_editable_insert_text (bench->search, last, -1, &position);
      return;
    }
  g_free (bench->key);
  g_free (bench->prefix);
  bench->key = bench_desk_key (bench);
  bench->prefix = g_utf8_substring (bench->key, 0, g_utf8_strlen (bench->key, -1) - 1);
  bench->expected = bench->prefix;
  gtk_editable_set_text (bench->search, "");
  gtk_editable_set_text (bench->search, bench->prefix);
}

static void
bench_desk_next (BenchDesk *bench)
{
  GtkWidget *stack;
  gint64 id;

  switch (bench->phase)
    {
    case BENCH_TYPE_PREFIX:
    case BENCH_TYPE_LAST:
      bench_desk_type (bench);
      return;
    case BENCH_OPEN:
    case BENCH_OPEN_LARGEST:
      id = bench->phase == BENCH_OPEN_LARGEST ? bench->largest_id
         : g_rand_int_range (bench->rand, 1, (gint32) bench->n_customers + 1);
      bench->start = g_get_monotonic_time ();
      gtk_widget_activate_action (bench->window, "win.open-customer", "x", id);
      bench->armed = TRUE;
      gtk_widget_queue_draw (bench->window);
      return;
    case BENCH_REQUESTS_TAB:
      /* The largest household's customer is open: from the Overview (not timed) to the
       * Policy changes tab. */
      stack = bench_find_widget (bench_find_widget (bench->window, BD_TYPE_CUSTOMER_PAGE),
                                 ADW_TYPE_VIEW_STACK);
      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "overview");
      bench->start = g_get_monotonic_time ();
      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "requests");
      bench->armed = TRUE;
      gtk_widget_queue_draw (bench->window);
      return;
    case BENCH_QUEUES_SHOWN:
      /* From the desk (not timed) to the Queues area. */
      gtk_widget_activate_action (bench->window, "win.show-area", "s", "desk");
      bench->start = g_get_monotonic_time ();
      gtk_widget_activate_action (bench->window, "win.show-area", "s", "queues");
      bench->armed = TRUE;
      gtk_widget_queue_draw (bench->window);
      return;
    case BENCH_DONE:
    default:
      bench_desk_finish (bench);
      return;
    }
}

static gboolean
bench_desk_start_cb (gpointer data)
{
  BenchDesk *bench = data;

  g_signal_connect (gtk_widget_get_frame_clock (bench->window), "after-paint",
                    G_CALLBACK (bench_desk_after_paint_cb), bench);
  g_signal_connect (bench->window, "results-shown", G_CALLBACK (bench_desk_results_shown_cb),
                    bench);
  bench_desk_next (bench);
  return G_SOURCE_REMOVE;
}

/* @spec is LOGIN:PASSWORD; the password may hold colons, the login may not. */
static void
bench_desk (BdApplication *self,
            GtkWidget     *window,
            const char    *spec)
{
  const char *colon = strchr (spec, ':');
  g_autofree char *login = colon != NULL ? g_strndup (spec, colon - spec) : g_strdup (spec);
  g_autoptr(GError) error = NULL;
  BdStoreCounts counts = { 0 };
  BenchDesk *bench;

  if (colon == NULL || self->session == NULL ||
      !bd_session_sign_in (self->session, login, colon + 1, &error) ||
      !bd_store_get_counts (bd_session_get_store (self->session), &counts, &error))
    {
      g_printerr ("BRANCHDESK_BENCH: cannot sign in as “%s”: %s\n", login,
                  error != NULL ? error->message : "no session or no LOGIN:PASSWORD");
      g_application_quit (G_APPLICATION (self));
      return;
    }
  /* Lives as long as the program: it ends by quitting. */
  bench = g_new0 (BenchDesk, 1);
  bench->window = window;
  bench->search = GTK_EDITABLE (bench_find_widget (window, GTK_TYPE_SEARCH_ENTRY));
  bench->session = self->session;
  bench->store = bd_session_get_store (self->session);
  bench->rand = g_rand_new_with_seed (1);
  bench->n_customers = counts.customers;
  bench->keystroke_us = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench->open_us = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench->open_complete_us = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench->largest_us = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench->largest_complete_us = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench->largest_id = g_ascii_strtoll (g_getenv ("BRANCHDESK_BENCH_LARGEST") != NULL
                                       ? g_getenv ("BRANCHDESK_BENCH_LARGEST") : "0", NULL, 10);
  bench->queues_us = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench->requests_tab_us = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* Once the window is up and has painted. */
  g_timeout_add (1000, bench_desk_start_cb, bench);
}

static void
bench_hook (BdApplication *self,
            GtkWidget     *window)
{
  const char *bench = g_getenv ("BRANCHDESK_BENCH");

  if (bench == NULL)
    return;
  if (g_str_equal (bench, "first-frame"))
    g_signal_connect_after (window, "realize", G_CALLBACK (bench_realize_cb), NULL);
  else if (g_str_has_prefix (bench, "open-customer:"))
    bench_open_customer (self, window, bench + strlen ("open-customer:"));
  else if (g_str_has_prefix (bench, "desk:"))
    bench_desk (self, window, bench + strlen ("desk:"));
}
#endif /* BD_BENCH_HOOKS */

/* ── the branch the window shows ───────────────────────────────────────────────────── */

/* A file with nothing in it (or none at all) holds no branch yet: the first run's
 * assistant makes one there. */
static gboolean
holds_a_branch (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 && buf.st_size > 0;
}

/* The key file given to the desk, or NULL: the keyring. */
static const char *
key_file (BdApplication *self)
{
  return self->key_file_option != NULL ? self->key_file_option
                                       : g_getenv ("BRANCHDESK_KEY_FILE");
}

static BdStore *
open_store (BdApplication  *self,
            const char     *path,
            BdKey         **key_out,
            GError        **error)
{
  g_autoptr(BdKey) key = NULL;
  g_autoptr(BdStore) store = NULL;

  /* The key comes from the keyring of the user signed in to the computer, or from the
   * key file given; without it the branch's numbers cannot be read, and nothing opens. */
  if ((key = bd_store_find_key (path, key_file (self), error)) == NULL ||
      (store = bd_store_open (path, key, error)) == NULL)
    return NULL;
  /* A desk that cannot write its audit rows shows nothing it would have audited: a file it
   * cannot write is refused before anyone signs in (issue 9, defect 1). */
  if (!bd_store_check_writable (store, error))
    return NULL;
  *key_out = g_steal_pointer (&key);
  return g_steal_pointer (&store);
}

static void
start_session (BdApplication *self,
               BdWindow      *window,
               BdStore       *store)
{
  /* Every page printed from here on carries the branch's training mark, or none. */
  bd_setup_note_branch (store);
  g_clear_object (&self->session);
  self->session = bd_session_new (store);
  /* The branch's idle-lock-minutes, read by the session, unless the option says. */
  if (self->idle_lock_option > 0)
    bd_session_set_idle_limit (self->session, (guint) self->idle_lock_option);
  bd_window_set_session (window, self->session);
}

static void
branch_ready_cb (BdSetupPage   *page,
                 BdStore       *store,
                 BdApplication *self)
{
  start_session (self, BD_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))), store);
}

static gboolean show_branch (BdApplication  *self,
                             BdWindow       *window,
                             const char     *path,
                             GError        **error);

/* The database picked in the assistant: opened, and remembered for the next start when
 * it opens; otherwise the assistant says why, and stays. */
static void
open_database_cb (BdSetupPage   *page,
                  const char    *path,
                  BdApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (!show_branch (self, BD_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))), path, &error))
    {
      bd_setup_page_show_error (page, error->message);
      return;
    }
  g_free (self->database_option);
  self->database_option = g_strdup (path);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "database-path", path);
}

static void
show_setup (BdApplication *self,
            BdWindow      *window,
            const char    *path,
            BdStore       *store,
            BdKey         *key)
{
  GtkWidget *page = bd_setup_page_new (path, key_file (self), store, key);

  g_signal_connect_object (page, "branch-ready", G_CALLBACK (branch_ready_cb), self, 0);
  g_signal_connect_object (page, "open-database", G_CALLBACK (open_database_cb), self, 0);
  bd_window_show_setup (window, page);
}

/* The window on the branch at @path: its first run's assistant while it has no staff
 * account (nobody could sign in), else the sign-in page. FALSE with @error when the
 * database cannot be opened. */
static gboolean
show_branch (BdApplication  *self,
             BdWindow       *window,
             const char     *path,
             GError        **error)
{
  g_autoptr(BdKey) key = NULL;
  g_autoptr(BdStore) store = NULL;
  gboolean needed = TRUE;

  if (holds_a_branch (path) &&
      ((store = open_store (self, path, &key, error)) == NULL ||
       !bd_setup_needs_branch (store, &needed, error)))
    return FALSE;
  if (needed)
    show_setup (self, window, path, store, key);
  else
    start_session (self, window, store);
  return TRUE;
}

static void
bd_application_activate (GApplication *app)
{
  BdApplication *self = BD_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = bd_application_dup_database_path (self);
  window = GTK_WINDOW (bd_window_new (self, self->settings));
  if (!show_branch (self, BD_WINDOW (window), path, &error))
    bd_window_show_error (BD_WINDOW (window), _("The branch database cannot be opened"),
                          error->message);
#if BD_BENCH_HOOKS
  bench_hook (self, GTK_WIDGET (window));
#endif
  gtk_window_present (window);
}

static gint
bd_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  BdApplication *self = BD_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_free (self->database_option);
      self->database_option = g_file_get_path (file);
    }
  if (g_variant_dict_lookup (options, "key-file", "^&ay", &path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_free (self->key_file_option);
      self->key_file_option = g_file_get_path (file);
    }
  g_variant_dict_lookup (options, "idle-lock-seconds", "i", &self->idle_lock_option);
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("branchdesk %s\n", PACKAGE_VERSION);
      return 0;
    }
  return -1;
}

/* Quitting closes the windows as their close button does, so that each goes through
 * close-request: the main window keeps its size and signs out (audited). The program
 * ends when its last window is gone. */
static void
close_all_windows (GtkApplication *app)
{
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);

  /* Closing a window changes the application's list: walk a copy. */
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    g_ptr_array_add (windows, g_object_ref (l->data));
  for (guint i = 0; i < windows->len; i++)
    gtk_window_close (g_ptr_array_index (windows, i));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  close_all_windows (GTK_APPLICATION (user_data));
}

/* SIGTERM (the session ending, a shutdown) and SIGINT quit the same way. */
static gboolean
quit_signal_cb (gpointer user_data)
{
  close_all_windows (GTK_APPLICATION (user_data));
  return G_SOURCE_CONTINUE;
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("Branch Desk developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Branch Desk"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("Branch Desk developers"),
                         "developers", developers,
                         "comments", _("The counter of a life-insurance branch: customers, "
                                       "households, policies and the day’s service work"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
bd_application_startup (GApplication *app)
{
  BdApplication *self = BD_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };
  static const char *lock_accels[] = { "<Control>l", NULL };
  static const char *print_accels[] = { "<Control>p", NULL };

  G_APPLICATION_CLASS (bd_application_parent_class)->startup (app);

  self->settings = create_settings ();
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.search", search_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.lock", lock_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.print", print_accels);
  g_unix_signal_add (SIGTERM, quit_signal_cb, app);
  g_unix_signal_add (SIGINT, quit_signal_cb, app);
  g_unix_signal_add (SIGHUP, quit_signal_cb, app);
}

/* The last word: whatever ended the program, the sign-out is in the audit log. */
static void
bd_application_shutdown (GApplication *app)
{
  BdApplication *self = BD_APPLICATION (app);

  if (self->session != NULL)
    bd_session_sign_out (self->session);
  G_APPLICATION_CLASS (bd_application_parent_class)->shutdown (app);
}

static void
bd_application_finalize (GObject *object)
{
  BdApplication *self = (BdApplication *)object;

  g_clear_pointer (&self->database_option, g_free);
  g_clear_pointer (&self->key_file_option, g_free);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bd_application_parent_class)->finalize (object);
}

static void
bd_application_class_init (BdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = bd_application_finalize;
  app_class->activate = bd_application_activate;
  app_class->startup = bd_application_startup;
  app_class->shutdown = bd_application_shutdown;
  app_class->handle_local_options = bd_application_handle_local_options;
}

static void
bd_application_init (BdApplication *self)
{
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the branch database at PATH"), N_("PATH") },
    { "key-file", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Read the branch’s key from FILE instead of the keyring"), N_("FILE") },
    { "idle-lock-seconds", 0, 0, G_OPTION_ARG_INT, NULL,
      N_("Lock the desk after SECONDS without input (instead of the setting)"), N_("SECONDS") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

BdApplication *
bd_application_new (void)
{
  return g_object_new (BD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/branchdesk/BranchDesk",
                       NULL);
}
