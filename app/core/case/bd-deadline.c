/* bd-deadline.c — a time limit as data: its rule, its start, its extensions and pauses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A deadline keeps only what the store keeps — the rule, the start, the units extended,
 * the units of closed pauses, the day a running pause began and the day it was met — and
 * computes its due day from them each time it is asked, with the calendar it is given.
 * So an imported calendar moves every deadline it touches, and a deadline beyond the
 * calendar is reported as unknown rather than guessed (domain spec §9).
 *
 * The counting follows the rule's unit: working days with bd_calendar_add_working_days(),
 * calendar days with bd_calendar_deadline_days() (Civil Code arts. 201, 203: the first
 * day is not counted; a last day that is not a working day moves to the next working
 * day). */

#define G_LOG_DOMAIN "bd-deadline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-deadline.h"
#include "bd-text.h"
#include "bd-types.h"

struct _BdDeadline
{
  GObject               parent_instance;

  const BdDeadlineRule *rule;
  GDate                 start;
  guint                 extension;
  guint                 paused_units;
  GDate                 paused_since;   /* invalid when the clock runs */
  char                 *pause_reason;
  GDate                 met_on;         /* invalid until met */
};

G_DEFINE_FINAL_TYPE (BdDeadline, bd_deadline, G_TYPE_OBJECT)

G_DEFINE_QUARK (bd-deadline-error-quark, bd_deadline_error)

static const char *const state_labels[] = {
  [BD_DEADLINE_PENDING] = N_("Running"),
  [BD_DEADLINE_DUE_SOON] = N_("Due soon"),
  [BD_DEADLINE_OVERDUE] = N_("Overdue"),
  [BD_DEADLINE_PAUSED] = N_("Paused"),
  [BD_DEADLINE_MET] = N_("Finished"),
  [BD_DEADLINE_UNKNOWN] = N_("Due day unknown"),
};

static void
bd_deadline_finalize (GObject *object)
{
  BdDeadline *self = BD_DEADLINE (object);

  g_free (self->pause_reason);

  G_OBJECT_CLASS (bd_deadline_parent_class)->finalize (object);
}

static void
bd_deadline_class_init (BdDeadlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bd_deadline_finalize;
}

static void
bd_deadline_init (BdDeadline *self)
{
  g_date_clear (&self->start, 1);
  g_date_clear (&self->paused_since, 1);
  g_date_clear (&self->met_on, 1);
}

/* Copies @from into @to, or leaves @to invalid when @from is NULL or invalid. */
static void
copy_date (GDate       *to,
           const GDate *from)
{
  g_date_clear (to, 1);
  if (from != NULL && g_date_valid (from))
    *to = *from;
}

/**
 * bd_deadline_new:
 * @rule: (transfer none): the rule, a static table entry that outlives the deadline
 * @start: the day of the start event, which is not counted
 *
 * Returns: (transfer full): a running deadline
 */
BdDeadline *
bd_deadline_new (const BdDeadlineRule *rule,
                 const GDate          *start)
{
  return bd_deadline_restore (rule, start, 0, 0, NULL, NULL);
}

/**
 * bd_deadline_restore:
 * @rule: (transfer none): the rule, a static table entry that outlives the deadline
 * @start: the day of the start event
 * @extension: the units extended
 * @paused_units: the units of the closed pauses
 * @paused_since: (nullable): the day the running pause began
 * @met_on: (nullable): the day the deadline was met
 *
 * A deadline as the store keeps it.
 *
 * Returns: (transfer full): the deadline
 */
BdDeadline *
bd_deadline_restore (const BdDeadlineRule *rule,
                     const GDate          *start,
                     guint                 extension,
                     guint                 paused_units,
                     const GDate          *paused_since,
                     const GDate          *met_on)
{
  BdDeadline *self;

  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);

  self = g_object_new (BD_TYPE_DEADLINE, NULL);
  self->rule = rule;
  self->start = *start;
  self->extension = extension;
  self->paused_units = paused_units;
  copy_date (&self->paused_since, paused_since);
  copy_date (&self->met_on, met_on);

  return self;
}

const BdDeadlineRule *
bd_deadline_get_rule (BdDeadline *self)
{
  g_return_val_if_fail (BD_IS_DEADLINE (self), NULL);

  return self->rule;
}

void
bd_deadline_get_start (BdDeadline *self,
                       GDate      *start)
{
  g_return_if_fail (BD_IS_DEADLINE (self));
  g_return_if_fail (start != NULL);

  *start = self->start;
}

guint
bd_deadline_get_extension (BdDeadline *self)
{
  g_return_val_if_fail (BD_IS_DEADLINE (self), 0);

  return self->extension;
}

guint
bd_deadline_get_paused_units (BdDeadline *self)
{
  g_return_val_if_fail (BD_IS_DEADLINE (self), 0);

  return self->paused_units;
}

/**
 * bd_deadline_get_paused_since:
 * @self: a deadline
 * @since: (out caller-allocates) (optional): the day the running pause began
 *
 * Returns: %TRUE when the clock is stopped
 */
gboolean
bd_deadline_get_paused_since (BdDeadline *self,
                              GDate      *since)
{
  g_return_val_if_fail (BD_IS_DEADLINE (self), FALSE);

  if (since != NULL)
    copy_date (since, &self->paused_since);

  return g_date_valid (&self->paused_since);
}

const char *
bd_deadline_get_pause_reason (BdDeadline *self)
{
  g_return_val_if_fail (BD_IS_DEADLINE (self), NULL);

  return self->pause_reason;
}

/**
 * bd_deadline_get_met_on:
 * @self: a deadline
 * @on: (out caller-allocates) (optional): the day the deadline was met
 *
 * Returns: %TRUE when it was met
 */
gboolean
bd_deadline_get_met_on (BdDeadline *self,
                        GDate      *on)
{
  g_return_val_if_fail (BD_IS_DEADLINE (self), FALSE);

  if (on != NULL)
    copy_date (on, &self->met_on);

  return g_date_valid (&self->met_on);
}

/* Changes */

static gboolean
refuse (GError          **error,
        BdDeadlineField   field,
        const char       *message)
{
  g_set_error_literal (error, BD_DEADLINE_ERROR, field, message);
  return FALSE;
}

/* The reason as the core keeps it (bd_text_clean), which must say something. */
static char *
clean_reason (const char  *reason,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *clean = bd_text_clean (reason, BD_TEXT_LINES, &local_error);

  if (local_error != NULL)
    {
      refuse (error, BD_DEADLINE_FIELD_REASON, local_error->message);
      return NULL;
    }
  if (clean == NULL || clean[0] == '\0')
    {
      refuse (error, BD_DEADLINE_FIELD_REASON,
              _("Say why: an extension or a pause is kept with its reason"));
      return NULL;
    }

  return g_steal_pointer (&clean);
}

static gboolean
refuse_if_met (BdDeadline  *self,
               GError     **error)
{
  char met[BD_ISO_DATE_SIZE];

  if (!g_date_valid (&self->met_on))
    return TRUE;

  g_set_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_DEADLINE,
               _("The deadline was already met on %s"),
               bd_date_format_iso (&self->met_on, met));
  return FALSE;
}

/* A day of the deadline's life: a real date, not before its start. */
static gboolean
check_day (BdDeadline   *self,
           const GDate  *on,
           GError      **error)
{
  char day[BD_ISO_DATE_SIZE];
  char start[BD_ISO_DATE_SIZE];

  if (on == NULL || !g_date_valid (on))
    return refuse (error, BD_DEADLINE_FIELD_DATE, _("The date is not valid"));
  if (g_date_compare (on, &self->start) >= 0)
    return TRUE;

  /* Translators: both are dates. */
  g_set_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_DATE,
               _("%s is before the deadline starts (%s)"),
               bd_date_format_iso (on, day), bd_date_format_iso (&self->start, start));
  return FALSE;
}

/* A day after the clock stopped: the pause cannot end before it began. */
static gboolean
check_day_in_pause (BdDeadline   *self,
                    const GDate  *on,
                    GError      **error)
{
  char day[BD_ISO_DATE_SIZE];
  char since[BD_ISO_DATE_SIZE];

  if (!check_day (self, on, error))
    return FALSE;
  if (!g_date_valid (&self->paused_since) || g_date_compare (on, &self->paused_since) >= 0)
    return TRUE;

  /* Translators: both are dates. */
  g_set_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_DATE,
               _("%s is before the clock stopped (%s)"),
               bd_date_format_iso (on, day), bd_date_format_iso (&self->paused_since, since));
  return FALSE;
}

/**
 * bd_deadline_extend:
 * @self: a deadline not yet met
 * @amount: the units to add, at least one
 * @reason: why, required
 * @error: return location for a %BD_DEADLINE_ERROR, its code the field to mark
 *
 * Returns: %TRUE when extended
 */
gboolean
bd_deadline_extend (BdDeadline  *self,
                    guint        amount,
                    const char  *reason,
                    GError     **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (BD_IS_DEADLINE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!refuse_if_met (self, error))
    return FALSE;
  if (amount == 0)
    return refuse (error, BD_DEADLINE_FIELD_AMOUNT, _("Extend by at least one day"));
  /* The total is counted in a guint; far beyond any calendar anyway. */
  if (amount > G_MAXUINT / 4 - self->extension)
    return refuse (error, BD_DEADLINE_FIELD_AMOUNT, _("The extension is too long"));
  if ((clean = clean_reason (reason, error)) == NULL)
    return FALSE;

  self->extension += amount;

  return TRUE;
}

/**
 * bd_deadline_pause:
 * @self: a running deadline
 * @on: the day the clock stops; that day still counts
 * @reason: why (waiting for the customer's documents), required
 * @error: return location for a %BD_DEADLINE_ERROR, its code the field to mark
 *
 * Returns: %TRUE when paused
 */
gboolean
bd_deadline_pause (BdDeadline  *self,
                   const GDate *on,
                   const char  *reason,
                   GError     **error)
{
  char since[BD_ISO_DATE_SIZE];
  g_autofree char *clean = NULL;

  g_return_val_if_fail (BD_IS_DEADLINE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!refuse_if_met (self, error))
    return FALSE;
  if (g_date_valid (&self->paused_since))
    {
      g_set_error (error, BD_DEADLINE_ERROR, BD_DEADLINE_FIELD_DEADLINE,
                   _("The deadline is already paused since %s"),
                   bd_date_format_iso (&self->paused_since, since));
      return FALSE;
    }
  if (!check_day (self, on, error))
    return FALSE;
  if ((clean = clean_reason (reason, error)) == NULL)
    return FALSE;

  self->paused_since = *on;
  g_free (self->pause_reason);
  self->pause_reason = g_steal_pointer (&clean);

  return TRUE;
}

/* The units of the rule in (@from, @to]: 0 when @to is not after @from. */
static gboolean
count_units (BdDeadline   *self,
             BdCalendar   *calendar,
             const GDate  *from,
             const GDate  *to,
             guint        *n,
             GError      **error)
{
  if (self->rule->unit == BD_DEADLINE_WORKING_DAYS)
    return bd_calendar_count_working_days (calendar, from, to, n, error);

  *n = g_date_compare (to, from) > 0 ? (guint) g_date_days_between (from, to) : 0;
  return TRUE;
}

/**
 * bd_deadline_resume:
 * @self: a paused deadline
 * @calendar: the working-day calendar
 * @on: the day the clock starts again: the days after the pause began up to and
 *   including @on do not count
 * @error: return location for a %BD_DEADLINE_ERROR, or a %BD_CALENDAR_ERROR when the
 *   pause lies beyond the calendar
 *
 * Returns: %TRUE when resumed
 */
gboolean
bd_deadline_resume (BdDeadline  *self,
                    BdCalendar  *calendar,
                    const GDate *on,
                    GError     **error)
{
  guint paused = 0;

  g_return_val_if_fail (BD_IS_DEADLINE (self), FALSE);
  g_return_val_if_fail (BD_IS_CALENDAR (calendar), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!refuse_if_met (self, error))
    return FALSE;
  if (!g_date_valid (&self->paused_since))
    return refuse (error, BD_DEADLINE_FIELD_DEADLINE, _("The deadline is not paused"));
  if (!check_day_in_pause (self, on, error))
    return FALSE;
  if (!count_units (self, calendar, &self->paused_since, on, &paused, error))
    return FALSE;
  if (paused > G_MAXUINT / 4 - self->paused_units)
    return refuse (error, BD_DEADLINE_FIELD_DATE, _("The pause is too long"));

  self->paused_units += paused;
  g_date_clear (&self->paused_since, 1);
  g_clear_pointer (&self->pause_reason, g_free);

  return TRUE;
}

/**
 * bd_deadline_mark_met:
 * @self: a deadline not yet met
 * @on: the day it was done
 * @error: return location for a %BD_DEADLINE_ERROR, its code the field to mark
 *
 * A paused deadline may be met (the customer withdrew, say): its pause ran until @on.
 *
 * Returns: %TRUE when marked
 */
gboolean
bd_deadline_mark_met (BdDeadline  *self,
                      const GDate *on,
                      GError     **error)
{
  g_return_val_if_fail (BD_IS_DEADLINE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!refuse_if_met (self, error))
    return FALSE;
  if (!check_day_in_pause (self, on, error))
    return FALSE;

  self->met_on = *on;

  return TRUE;
}

/* The due day */

/* Why a due day is not known, for people: the calendar's last year, so that they know
 * a newer calendar is what is missing. A start before the calendar's first year keeps
 * the calendar's own sentence, which names the years it covers. */
static gboolean
set_beyond_calendar (BdDeadline  *self,
                     BdCalendar  *calendar,
                     GError      *calendar_error,
                     GError     **error)
{
  const char *label = g_dgettext (GETTEXT_PACKAGE, self->rule->label);
  guint last_year = bd_calendar_get_last_year (calendar);

  if (last_year == 0)
    g_set_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE,
                 _("The due day of “%s” lies beyond the working-day calendar, which has "
                   "no years yet"),
                 label);
  else if (g_date_get_year (&self->start) < bd_calendar_get_first_year (calendar))
    g_propagate_error (error, g_error_copy (calendar_error));
  else
    /* Translators: the first is what must be done, the second a year. */
    g_set_error (error, BD_CALENDAR_ERROR, BD_CALENDAR_ERROR_OUT_OF_RANGE,
                 _("The due day of “%s” lies beyond the working-day calendar, which knows "
                   "the years up to %u; an administrator can import the next year's "
                   "calendar"),
                 label, last_year);
  return FALSE;
}

/* The units the running pause has taken by @until (0 when not paused). */
static gboolean
count_running_pause (BdDeadline   *self,
                     BdCalendar   *calendar,
                     const GDate  *until,
                     guint        *n,
                     GError      **error)
{
  *n = 0;
  if (!g_date_valid (&self->paused_since) || until == NULL || !g_date_valid (until))
    return TRUE;

  return count_units (self, calendar, &self->paused_since, until, n, error);
}

/* The due day with the running pause counted up to the day met, or else @today. */
static gboolean
count_due (BdDeadline   *self,
           BdCalendar   *calendar,
           const GDate  *today,
           GDate        *due,
           GError      **error)
{
  const GDate *until = g_date_valid (&self->met_on) ? &self->met_on : today;
  guint running = 0;
  guint64 total;

  if (!count_running_pause (self, calendar, until, &running, error))
    return FALSE;

  /* Any total near G_MAXUINT lies far beyond the year 9999, which the calendar refuses. */
  total = (guint64) self->rule->amount + self->extension + self->paused_units + running;
  total = MIN (total, G_MAXUINT);

  if (self->rule->unit == BD_DEADLINE_WORKING_DAYS)
    return bd_calendar_add_working_days (calendar, &self->start, total, due, error);

  return bd_calendar_deadline_days (calendar, &self->start, total, due, error);
}

/* count_due(), with the calendar's errors said for the people waiting on the deadline.
 * A period that ends beyond the year 9999 is beyond the calendar too. */
static gboolean
compute_due (BdDeadline   *self,
             BdCalendar   *calendar,
             const GDate  *today,
             GDate        *due,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  if (count_due (self, calendar, today, due, &local_error))
    return TRUE;

  if (local_error->domain == BD_CALENDAR_ERROR
      && local_error->code != BD_CALENDAR_ERROR_PARSE)
    return set_beyond_calendar (self, calendar, local_error, error);

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * bd_deadline_get_due:
 * @self: a deadline
 * @calendar: the working-day calendar
 * @today: the day asked about: a running pause counts up to it
 * @due: (out caller-allocates): the due day, the last day on which it is met in time
 * @error: return location for a %BD_CALENDAR_ERROR_OUT_OF_RANGE error, with a sentence
 *   for people naming the calendar's last year
 *
 * Returns: %TRUE when the calendar knows the due day
 */
gboolean
bd_deadline_get_due (BdDeadline   *self,
                     BdCalendar   *calendar,
                     const GDate  *today,
                     GDate        *due,
                     GError      **error)
{
  g_return_val_if_fail (BD_IS_DEADLINE (self), FALSE);
  g_return_val_if_fail (BD_IS_CALENDAR (calendar), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (due != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return compute_due (self, calendar, today, due, error);
}

/* Due today, or within BD_DEADLINE_DUE_SOON_WORKING_DAYS working days: whatever the
 * rule's unit, the counter plans its work in working days. */
static BdDeadlineState
running_state (BdCalendar  *calendar,
               const GDate *today,
               const GDate *due)
{
  guint left = 0;

  if (due == NULL || !g_date_valid (due))
    return BD_DEADLINE_UNKNOWN;
  if (g_date_compare (today, due) > 0)
    return BD_DEADLINE_OVERDUE;
  if (!bd_calendar_count_working_days (calendar, today, due, &left, NULL))
    return BD_DEADLINE_UNKNOWN;

  return left <= BD_DEADLINE_DUE_SOON_WORKING_DAYS ? BD_DEADLINE_DUE_SOON
                                                   : BD_DEADLINE_PENDING;
}

/**
 * bd_deadline_state_on:
 * @calendar: the working-day calendar
 * @today: the day asked about
 * @due: (nullable): the due day of a running deadline, NULL or invalid when not known
 *
 * The state of a running deadline from its due day alone, as bd_deadline_get_state()
 * tells it: for a list that reads due days kept by the store, not whole deadlines.
 *
 * Returns: pending, due soon, overdue or unknown
 */
BdDeadlineState
bd_deadline_state_on (BdCalendar  *calendar,
                      const GDate *today,
                      const GDate *due)
{
  g_return_val_if_fail (BD_IS_CALENDAR (calendar), BD_DEADLINE_UNKNOWN);
  g_return_val_if_fail (today != NULL && g_date_valid (today), BD_DEADLINE_UNKNOWN);

  return running_state (calendar, today, due);
}

/**
 * bd_deadline_get_state:
 * @self: a deadline
 * @calendar: the working-day calendar
 * @today: the day asked about
 * @due: (out caller-allocates) (optional): the due day, invalid when not known
 *
 * Returns: the state on @today
 */
BdDeadlineState
bd_deadline_get_state (BdDeadline   *self,
                       BdCalendar   *calendar,
                       const GDate  *today,
                       GDate        *due)
{
  GDate day;
  gboolean known;

  g_return_val_if_fail (BD_IS_DEADLINE (self), BD_DEADLINE_UNKNOWN);
  g_return_val_if_fail (BD_IS_CALENDAR (calendar), BD_DEADLINE_UNKNOWN);
  g_return_val_if_fail (today != NULL && g_date_valid (today), BD_DEADLINE_UNKNOWN);

  g_date_clear (&day, 1);
  known = compute_due (self, calendar, today, &day, NULL);
  if (due != NULL)
    copy_date (due, known ? &day : NULL);

  if (g_date_valid (&self->met_on))
    return BD_DEADLINE_MET;
  if (g_date_valid (&self->paused_since))
    return BD_DEADLINE_PAUSED;
  if (!known)
    return BD_DEADLINE_UNKNOWN;

  return running_state (calendar, today, &day);
}

/**
 * bd_deadline_was_late:
 * @self: a deadline
 * @calendar: the working-day calendar
 *
 * Returns: %TRUE when it was met after its due day; %FALSE when met in time, not met, or
 *   when the due day is not known
 */
gboolean
bd_deadline_was_late (BdDeadline *self,
                      BdCalendar *calendar)
{
  GDate due;

  g_return_val_if_fail (BD_IS_DEADLINE (self), FALSE);
  g_return_val_if_fail (BD_IS_CALENDAR (calendar), FALSE);

  if (!g_date_valid (&self->met_on))
    return FALSE;
  if (!compute_due (self, calendar, &self->met_on, &due, NULL))
    return FALSE;

  return g_date_compare (&self->met_on, &due) > 0;
}

/* Summary */

static char *
format_units (BdDeadlineUnit unit,
              guint          n)
{
  if (unit == BD_DEADLINE_WORKING_DAYS)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u working day",
                                         "%u working days", n), n);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", n), n);
}

/* "5 working days, from the day after acceptance; <source>": the rule as people read it. */
static char *
describe_rule (BdDeadline *self)
{
  const BdDeadlineRule *rule = self->rule;
  g_autofree char *amount = format_units (rule->unit, rule->amount);

  if (self->extension > 0)
    {
      g_autofree char *extension = format_units (rule->unit, self->extension);
      g_autofree char *base = g_steal_pointer (&amount);

      /* Translators: both are lengths of time, "5 working days". */
      amount = g_strdup_printf (_("%s, extended by %s"), base, extension);
    }

  /* Translators: the length of time, where it starts from, and the law or rule that sets
   * it: "5 working days, from the day after acceptance; Basic Service Rules …, art. 20". */
  return g_strdup_printf (_("%s, %s; %s"), amount,
                          g_dgettext (GETTEXT_PACKAGE, rule->start_event),
                          g_dgettext (GETTEXT_PACKAGE, rule->source));
}

/**
 * bd_deadline_dup_summary:
 * @self: a deadline
 * @calendar: the working-day calendar
 * @today: the day asked about
 *
 * Returns: (transfer full): one translated line: when it is due, done or paused, the
 *   rule's length, start and source; beyond the calendar, that the due day is unknown
 */
char *
bd_deadline_dup_summary (BdDeadline   *self,
                         BdCalendar   *calendar,
                         const GDate  *today)
{
  g_autofree char *rule = NULL;
  char day[BD_ISO_DATE_SIZE];
  char other[BD_ISO_DATE_SIZE];
  BdDeadlineState state;
  GDate due;

  g_return_val_if_fail (BD_IS_DEADLINE (self), NULL);
  g_return_val_if_fail (BD_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  rule = describe_rule (self);
  state = bd_deadline_get_state (self, calendar, today, &due);

  if (state == BD_DEADLINE_MET && bd_deadline_was_late (self, calendar))
    /* Translators: the day it was done, the due day, then the rule. */
    return g_strdup_printf (_("Finished on %s, after the due day %s (%s)"),
                            bd_date_format_iso (&self->met_on, day),
                            bd_date_format_iso (&due, other), rule);
  if (state == BD_DEADLINE_MET)
    /* Translators: the day it was done, then the rule. */
    return g_strdup_printf (_("Finished on %s (%s)"),
                            bd_date_format_iso (&self->met_on, day), rule);
  if (state == BD_DEADLINE_PAUSED)
    /* Translators: the day the clock stopped, then the rule. */
    return g_strdup_printf (_("Paused since %s (%s)"),
                            bd_date_format_iso (&self->paused_since, day), rule);
  if (g_date_valid (&due))
    /* Translators: the due day, then the rule. */
    return g_strdup_printf (_("Due by %s (%s)"), bd_date_format_iso (&due, day), rule);
  if (bd_calendar_get_last_year (calendar) == 0)
    return g_strdup_printf (_("Due day unknown: the working-day calendar has no years yet "
                              "(%s)"), rule);

  /* Translators: the calendar's last year, then the rule. */
  return g_strdup_printf (_("Due day unknown: it lies beyond the working-day calendar, "
                            "which knows the years up to %u (%s)"),
                          bd_calendar_get_last_year (calendar), rule);
}

/**
 * bd_deadline_state_get_label:
 * @state: a state
 *
 * Returns: the translated name of @state
 */
const char *
bd_deadline_state_get_label (BdDeadlineState state)
{
  g_return_val_if_fail (state <= BD_DEADLINE_UNKNOWN, NULL);

  return g_dgettext (GETTEXT_PACKAGE, state_labels[state]);
}
