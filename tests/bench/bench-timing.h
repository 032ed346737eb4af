/* bench-timing.h — the clock and the percentiles the benchmarks report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double bench_now_ms     (void);
double bench_cpu_ms     (void);
double bench_percentile (GArray *values,
                         double  percent);

G_END_DECLS
