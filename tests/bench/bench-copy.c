/* bench-copy.c — a benchmark's own copy of the demo, and what the benchmarks on it share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "bd-clock.h"

#include "bench-copy.h"
#include "bench-timing.h"

#define SEED 1

gint64
bench_copy_query_int (BenchCopy  *bench,
                      const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  if (sqlite3_prepare_v2 (bench->db, sql, -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

GArray *
bench_copy_query_ids (BenchCopy  *bench,
                      const char *sql)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (bench->db, sql, -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (ids, id);
      }
  sqlite3_finalize (stmt);
  return ids;
}

/* A consistent copy of @path, whatever its -wal holds. */
static gboolean
copy_database (BenchCopy   *bench,
               const char  *path,
               const char  *name,
               GError     **error)
{
  g_autofree char *template = g_strdup_printf ("%s-XXXXXX", name);
  char *sql = NULL;
  sqlite3 *source = NULL;
  char *message = NULL;
  int rc;

  bench->folder = g_dir_make_tmp (template, error);
  if (bench->folder == NULL)
    return FALSE;
  bench->copy = g_build_filename (bench->folder, "branch.db", NULL);
  sql = sqlite3_mprintf ("VACUUM INTO %Q", bench->copy);
  rc = sqlite3_open_v2 (path, &source, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (source, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path,
                 message != NULL ? message : sqlite3_errmsg (source));
  sqlite3_free (message);
  sqlite3_free (sql);
  sqlite3_close (source);
  return rc == SQLITE_OK;
}

/* Reads @path through once, so that its pages are in memory. */
static void
read_through (const char *path)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *buffer = g_malloc (1 << 20);

  if ((stream = g_file_read (file, NULL, NULL)) == NULL)
    return;
  while (g_input_stream_read (G_INPUT_STREAM (stream), buffer, 1 << 20, NULL, NULL) > 0)
    ;
}

gboolean
bench_copy_open (BenchCopy   *bench,
                 const char  *path,
                 const char  *name,
                 GError     **error)
{
  /* `make bench` made the database with a key file of its own, and names it. */
  const char *key_file = g_getenv ("BRANCHDESK_KEY_FILE");

  if (key_file == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "BRANCHDESK_KEY_FILE is not set");
      return FALSE;
    }
  if ((bench->key = bd_key_load_file (key_file, error)) == NULL
      || !copy_database (bench, path, name, error))
    return FALSE;
  if (g_strcmp0 (g_getenv ("BENCH_COLD"), "1") != 0)
    read_through (bench->copy);
  if ((bench->store = bd_store_open (bench->copy, bench->key, error)) == NULL)
    return FALSE;
  if (sqlite3_open_v2 (bench->copy, &bench->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", bench->copy,
                   sqlite3_errmsg (bench->db));
      return FALSE;
    }
  bench->rand = g_rand_new_with_seed (SEED);
  return TRUE;
}

void
bench_copy_close (BenchCopy *bench)
{
  g_clear_object (&bench->store);
  g_clear_pointer (&bench->db, sqlite3_close);
  g_clear_pointer (&bench->key, bd_key_unref);
  g_clear_pointer (&bench->rand, g_rand_free);
  if (bench->copy != NULL)
    {
      g_autofree char *wal = g_strconcat (bench->copy, "-wal", NULL);
      g_autofree char *shm = g_strconcat (bench->copy, "-shm", NULL);

      g_unlink (wal);
      g_unlink (shm);
      g_unlink (bench->copy);
    }
  if (bench->folder != NULL)
    g_rmdir (bench->folder);
  g_clear_pointer (&bench->copy, g_free);
  g_clear_pointer (&bench->folder, g_free);
}

int
bench_copy_start (BenchCopy   *bench,
                  int          argc,
                  char       **argv,
                  const char  *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *at = NULL;
  const char *today = g_getenv ("BENCH_TODAY");

  if (argc != 2)
    {
      g_printerr ("Usage: %s DATABASE\n", argv[0]);
      return 2;
    }
  /* The database takes a while to create: `make bench` does it once. Without it there
   * is nothing to measure, which is a skip rather than a failure. */
  if (!g_file_test (argv[1], G_FILE_TEST_IS_REGULAR))
    {
      g_print ("%s is missing: `make bench` creates it. Skipped.\n", argv[1]);
      return 77;
    }
  at = g_strdup_printf ("%sT10:00:00+08:00", today != NULL && *today != '\0' ? today : "2026-11-23");
  if ((now = g_date_time_new_from_iso8601 (at, NULL)) == NULL)
    {
      g_printerr ("BENCH_TODAY=%s is not a date YYYY-MM-DD\n", today);
      return 2;
    }
  bd_clock_set_fixed (now);
  g_print ("as of %s\n", at);
  if (!bench_copy_open (bench, argv[1], name, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      bench_copy_close (bench);
      return 1;
    }
  return 0;
}

void
bench_print_figure (const char *what,
                    GArray     *ms,
                    double      target)
{
  guint n = ms->len;
  double median = bench_percentile (ms, 50);
  double p99 = bench_percentile (ms, 99);

  g_print ("%s: median %.2f ms, p99 %.2f ms (%u times)\n", what, median, p99, n);
  if (target > 0)
    g_print ("target %s (p99 <= %.0f ms): %s\n", what, target,
             p99 <= target ? "target met" : "TARGET MISSED");
}
