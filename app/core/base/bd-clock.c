/* bd-clock.c — the one wall clock the program reads, fixed in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Deadlines, "today", ages, badges and every timestamp the store writes are read here, so
 * that a test can put the whole program on one day and a deadline can be tested on the day
 * it falls due. tests/test-layout.sh fails when the wall clock is read anywhere else.
 * Monotonic time (timeouts, benchmarks) is not the wall clock and does not come here.
 *
 * The clock is process-wide and guarded by a mutex: the print job runs in a worker thread. */

#define G_LOG_DOMAIN "bd-clock"

#include "config.h"

#include "bd-clock.h"

static GMutex clock_lock;
static gboolean fixed_time_read;
/* The instant the clock was set to, or NULL for the system's clock. */
static GDateTime *fixed_time;
/* Whether it runs on from there, and the monotonic time it was set at. */
static gboolean fixed_runs;
static gint64 fixed_at_monotonic;

/* BRANCHDESK_FIXED_TIME starts a real program on a chosen day; the time runs on from
 * there, so the idle lock and the sign-in delays still see minutes pass. */
static void
read_fixed_time_env (void)
{
  const char *text;

  if (fixed_time_read)
    return;
  fixed_time_read = TRUE;
  text = g_getenv (BD_CLOCK_FIXED_TIME_ENV);
  if (text == NULL || text[0] == '\0')
    return;
  fixed_time = g_date_time_new_from_iso8601 (text, NULL);
  if (fixed_time == NULL)
    {
      g_warning ("%s=“%s” is not an ISO 8601 date and time; the system's clock is used",
                 BD_CLOCK_FIXED_TIME_ENV, text);
      return;
    }
  fixed_runs = TRUE;
  fixed_at_monotonic = g_get_monotonic_time ();
}

/* Called with clock_lock held; NULL for the system's clock. */
static GDateTime *
fixed_now_locked (void)
{
  read_fixed_time_env ();
  if (fixed_time == NULL)
    return NULL;
  if (!fixed_runs)
    return g_date_time_ref (fixed_time);
  return g_date_time_add (fixed_time, g_get_monotonic_time () - fixed_at_monotonic);
}

GDateTime *
bd_clock_now_utc (void)
{
  g_autoptr(GDateTime) fixed = NULL;

  g_mutex_lock (&clock_lock);
  fixed = fixed_now_locked ();
  g_mutex_unlock (&clock_lock);
  if (fixed == NULL)
    return g_date_time_new_now_utc ();
  return g_date_time_to_utc (fixed);
}

GDateTime *
bd_clock_now (GTimeZone *zone)
{
  g_autoptr(GDateTime) now = bd_clock_now_utc ();

  return zone != NULL ? g_date_time_to_timezone (now, zone) : g_date_time_to_local (now);
}

gint64
bd_clock_get_unix (void)
{
  g_autoptr(GDateTime) now = bd_clock_now_utc ();

  return g_date_time_to_unix (now);
}

void
bd_clock_get_today (GTimeZone *zone,
                    GDate     *today)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (today != NULL);

  now = bd_clock_now (zone);
  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

char *
bd_clock_dup_utc_timestamp (void)
{
  g_autoptr(GDateTime) now = bd_clock_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

void
bd_clock_set_fixed (GDateTime *now)
{
  g_return_if_fail (now != NULL);

  g_mutex_lock (&clock_lock);
  fixed_time_read = TRUE;
  g_clear_pointer (&fixed_time, g_date_time_unref);
  fixed_time = g_date_time_ref (now);
  fixed_runs = FALSE;
  g_mutex_unlock (&clock_lock);
}

void
bd_clock_reset (void)
{
  g_mutex_lock (&clock_lock);
  fixed_time_read = TRUE;
  g_clear_pointer (&fixed_time, g_date_time_unref);
  fixed_runs = FALSE;
  g_mutex_unlock (&clock_lock);
}

struct _BdClockHold
{
  GDateTime *fixed_time;
  gboolean   fixed_runs;
  gint64     fixed_at_monotonic;
};

BdClockHold *
bd_clock_hold (void)
{
  BdClockHold *hold = g_new0 (BdClockHold, 1);

  g_mutex_lock (&clock_lock);
  read_fixed_time_env ();
  hold->fixed_time = fixed_time != NULL ? g_date_time_ref (fixed_time) : NULL;
  hold->fixed_runs = fixed_runs;
  hold->fixed_at_monotonic = fixed_at_monotonic;
  g_mutex_unlock (&clock_lock);
  return hold;
}

/* A clock that ran on from a fixed instant runs on as if it had never been stopped. */
void
bd_clock_give_back (BdClockHold *hold)
{
  g_return_if_fail (hold != NULL);

  g_mutex_lock (&clock_lock);
  fixed_time_read = TRUE;
  g_clear_pointer (&fixed_time, g_date_time_unref);
  fixed_time = g_steal_pointer (&hold->fixed_time);
  fixed_runs = hold->fixed_runs;
  fixed_at_monotonic = hold->fixed_at_monotonic;
  g_mutex_unlock (&clock_lock);
  g_free (hold);
}
