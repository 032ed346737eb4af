/* bench-timing.c — the clock and the percentiles the benchmarks report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "bench-timing.h"

#include <time.h>

/* Milliseconds on the monotonic clock: a wall-clock step never shows up as a timing. */
double
bench_now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

/* Milliseconds of processor time this process has spent: what a run costs whatever else
 * the machine is doing, beside its wall-clock time, which another process's load
 * lengthens. */
double
bench_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The nearest-rank percentile of @values (milliseconds as doubles), which it sorts. */
double
bench_percentile (GArray *values,
                  double  percent)
{
  guint rank;

  g_array_sort (values, compare_doubles);
  rank = (guint) MAX (1.0, (percent / 100.0) * values->len + 0.999999);
  return g_array_index (values, double, MIN (rank, values->len) - 1);
}
