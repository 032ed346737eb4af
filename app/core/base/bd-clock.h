/* bd-clock.h — the one wall clock the program reads, fixed in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An ISO 8601 date and time with its offset ("2026-11-25T09:00:00+08:00"): when set, the
 * clock starts at that instant and runs on from there. Read once, for the end-to-end tests. */
#define BD_CLOCK_FIXED_TIME_ENV "BRANCHDESK_FIXED_TIME"

/* Now, as an instant; in @zone (%NULL: the machine's own zone, which the desk only uses
 * where it did before there was a clock). */
GDateTime *bd_clock_now_utc             (void);
GDateTime *bd_clock_now                 (GTimeZone *zone);
gint64     bd_clock_get_unix            (void);

/* The date it is now in @zone (%NULL: the machine's own zone). */
void       bd_clock_get_today           (GTimeZone *zone,
                                         GDate     *today);

/* Now as the store writes it: UTC, to the second, "…Z". */
char      *bd_clock_dup_utc_timestamp   (void);

/* How the clock runs now (the system's, fixed, or running on from a fixed instant), so
 * that a writer that dates its rows itself — the demo, dating a year of requests — can
 * stand it still and then give it back as it was, with bd_clock_give_back(). */
typedef struct _BdClockHold BdClockHold;
BdClockHold *bd_clock_hold              (void);
void         bd_clock_give_back         (BdClockHold *hold);
/* Tests: the clock stands still at @now until bd_clock_reset() gives back the system's. */
void       bd_clock_set_fixed           (GDateTime *now);
void       bd_clock_reset               (void);

G_END_DECLS
