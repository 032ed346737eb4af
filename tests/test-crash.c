/* test-crash.c — every commit the store reports survives a killed process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A child process adds customers through the store's own API, telling the parent through a
 * pipe after each commit returns; the parent kills it with SIGKILL at a random moment,
 * opens the file again (which recovers it from the write-ahead log), checks its integrity
 * and that every reported customer is there. `make check` runs 50 kills; the benchmark
 * bench-crash runs `test-crash --kills 1000` and prints its figures (tests/bench/README.md).
 * Power loss itself cannot be made here: it is what synchronous = FULL is for (bd-db.c).
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bd-customers-store.h"
#include "bd-store-private.h"
#include "bd-test-fixture.h"

static guint n_kills = 50;

/* The child: adds customers one transaction each until it is killed, writing the count of
 * committed ones after each. It never returns. */
static void G_GNUC_NORETURN
write_until_killed (const char *path,
                    guint       first,
                    int         report_fd)
{
  g_autoptr(BdStore) store = bd_store_open (path, bd_test_key (), NULL);

  if (store == NULL)
    _exit (3);
  for (guint n = first;; n++)
    {
      g_autofree char *name = g_strdup_printf ("崩溃测试%u", n);
      g_autoptr(BdCustomer) customer = bd_test_customer_new (name, BD_SEX_FEMALE, "1980-05-06",
                                                             NULL, NULL);
      guint64 committed = n;

      if (!bd_store_add_customer (store, customer, NULL))
        _exit (4);
      if (write (report_fd, &committed, sizeof committed) != sizeof committed)
        _exit (5);
    }
}

/* The highest count the child reported before it died. */
static guint
read_reports (int fd)
{
  guint64 value, last = 0;
  ssize_t got;

  while ((got = read (fd, &value, sizeof value)) == sizeof value)
    last = value;
  g_assert_cmpint (got, ==, 0);
  return (guint) last;
}

static void
check_check_clean (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdStore) store = bd_store_open (path, bd_test_key (), &error);
  guint n_problems = G_MAXUINT, n_warnings = 0;

  g_assert_no_error (error);
  g_assert_true (bd_store_check_full (store, NULL, NULL, NULL, &n_problems, &n_warnings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_problems, ==, 0);
}

/* One kill: returns how many customers the file holds after it. */
static guint
kill_once (const char *path,
           guint       held,
           GRand      *rand,
           guint      *reported)
{
  int fds[2];
  pid_t child;
  int status;
  guint count;

  g_assert_cmpint (pipe (fds), ==, 0);
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      close (fds[0]);
      write_until_killed (path, held + 1, fds[1]);
    }
  close (fds[1]);
  g_usleep (g_rand_int_range (rand, 2000, 40000));
  g_assert_cmpint (kill (child, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFSIGNALED (status));
  *reported = read_reports (fds[0]);
  close (fds[0]);

  count = (guint) bd_test_query_int (path, "SELECT count(*) FROM customer");
  /* Every commit reported is there; at most one more, committed before its report. */
  if (*reported > 0)
    g_assert_cmpuint (count, >=, *reported);
  g_assert_cmpuint (count, <=, MAX (*reported, held) + 1);
  return count;
}

static void
test_kills (void)
{
  g_autofree char *folder = bd_test_folder_new ("bd-crash");
  g_autofree char *path = g_build_filename (folder, "crash.db", NULL);
  g_autoptr(BdStore) created = bd_store_create (path, bd_test_key (), NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  g_autoptr(GTimer) timer = g_timer_new ();
  guint held = 0, reported = 0, commits_seen = 0;

  g_assert_nonnull (created);
  g_clear_object (&created);
  for (guint i = 0; i < n_kills; i++)
    {
      held = kill_once (path, held, rand, &reported);
      commits_seen += reported > 0 ? reported : 0;
      if (i % 10 == 9)
        check_check_clean (path);
    }
  check_check_clean (path);
  g_test_message ("crash: %u kills in %.1f s, %u customers committed, every reported one kept",
                  n_kills, g_timer_elapsed (timer, NULL), held);
  if (g_test_verbose () || n_kills > 50)
    g_print ("crash: %u kills in %.1f s, %u customers committed (%.1f a kill), every "
             "reported commit kept, integrity checked every 10 kills\n",
             n_kills, g_timer_elapsed (timer, NULL), held, (double) held / n_kills);
  bd_test_remove_tree (folder);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Microseconds a commit of one customer takes, the median of @n. */
static double
median_commit_us (BdStore *store,
                  guint    n,
                  guint    first)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("提交测试%u", first + i);
      g_autoptr(BdCustomer) customer = bd_test_customer_new (name, BD_SEX_MALE, "1975-01-02",
                                                             NULL, NULL);
      gint64 start = g_get_monotonic_time ();
      double us;

      g_assert_true (bd_store_add_customer (store, customer, NULL));
      us = (double) (g_get_monotonic_time () - start);
      g_array_append_val (times, us);
    }
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, n / 2);
}

/* What full durability costs a commit: the same commits with synchronous = NORMAL, which
 * keeps the file whole but may lose the last commits on a power cut. */
static void
test_commit_cost (void)
{
  g_autofree char *folder = bd_test_folder_new ("bd-crash");
  g_autofree char *path = g_build_filename (folder, "cost.db", NULL);
  g_autoptr(BdStore) store = bd_store_create (path, bd_test_key (), NULL);
  double full, normal;

  full = median_commit_us (store, 500, 0);
  g_assert_true (bd_store_exec (store, "PRAGMA synchronous = NORMAL", NULL));
  normal = median_commit_us (store, 500, 500);
  g_print ("commit of one customer: synchronous FULL median %.0f us, NORMAL median %.0f us; "
           "ratio %.2fx (500 commits each)\n", full, normal, full / normal);
  bd_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "kills", 0, 0, G_OPTION_ARG_INT, &n_kills, "How many times to kill the writer", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_test_init (&argc, &argv, NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_ignore_unknown_options (context, TRUE);
  g_option_context_parse (context, &argc, &argv, NULL);
  g_test_add_func ("/crash/kills", test_kills);
  /* Only the benchmark measures: a timing never decides a test. */
  if (n_kills > 50)
    g_test_add_func ("/crash/commit-cost", test_commit_cost);
  return g_test_run ();
}
