/* bench-copy.h — a benchmark's own copy of the demo, and what the benchmarks on it share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "bd-store.h"

G_BEGIN_DECLS

typedef struct
{
  char     *folder;
  char     *copy;
  sqlite3  *db;      /* read-only, on the copy: samples and lists what is measured */
  BdKey    *key;
  BdStore  *store;
  GRand    *rand;
} BenchCopy;

/* What every benchmark on the demo does first: checks its arguments (one, the database;
 * a missing database is a skip, 77), stands the clock at BENCH_TODAY (10:00 at the
 * branch; 2026-11-23 by default, the day after the one `make bench` makes its demo as
 * of) and opens a copy of the database (bench_copy_open). 0 when it may go on, or the
 * exit status. */
int      bench_copy_start     (BenchCopy   *bench,
                               int          argc,
                               char       **argv,
                               const char  *name);
/* A copy of @path made with VACUUM INTO in a temporary folder (whatever its -wal holds),
 * read through once as a desk that has been open a while has its file in memory
 * (BENCH_COLD=1 leaves it as it is), opened with the key of BRANCHDESK_KEY_FILE, and a
 * random generator of a fixed seed. */
gboolean bench_copy_open      (BenchCopy   *bench,
                               const char  *path,
                               const char  *name,
                               GError     **error);
/* Closes and removes the copy: the benchmark changes nothing the others read. */
void     bench_copy_close     (BenchCopy   *bench);
/* The first column of the first row of @sql on the copy, or 0. */
gint64   bench_copy_query_int (BenchCopy   *bench,
                               const char  *sql);
/* The ids the first column of @sql lists. */
GArray  *bench_copy_query_ids (BenchCopy   *bench,
                               const char  *sql);
/* Prints the median and p99 (nearest rank) of @ms, and against @target when it is > 0. */
void     bench_print_figure   (const char  *what,
                               GArray      *ms,
                               double       target);

G_END_DECLS
