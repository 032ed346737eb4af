/* bd-deadline.h — a time limit as data: its rule, its start, its extensions and pauses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "bd-calendar.h"

G_BEGIN_DECLS

typedef enum
{
  BD_DEADLINE_WORKING_DAYS,
  BD_DEADLINE_CALENDAR_DAYS,
} BdDeadlineUnit;

/* A time limit as data (a static table in each workflow's catalogue). */
typedef struct
{
  const char     *name;        /* stable, stored in the database: "request-accept" */
  const char     *label;       /* N_(): what must be done, "Accept a complete application" */
  const char     *start_event; /* N_(): "from the day the application is received" */
  guint           amount;
  BdDeadlineUnit  unit;
  const char     *source;      /* N_(): the law or rule, "Basic Service Rules for Personal
                                  Insurance (2010), art. 19" */
} BdDeadlineRule;

typedef enum
{
  BD_DEADLINE_PENDING,    /* running, not due soon */
  BD_DEADLINE_DUE_SOON,   /* due today or within BD_DEADLINE_DUE_SOON_WORKING_DAYS
                             working days */
  BD_DEADLINE_OVERDUE,    /* the due day has passed and it was not met */
  BD_DEADLINE_PAUSED,     /* stopped (waiting for the customer), with its reason */
  BD_DEADLINE_MET,        /* done on time or late: bd_deadline_was_late() tells */
  BD_DEADLINE_UNKNOWN,    /* its due day lies beyond the calendar's known years */
} BdDeadlineState;

/* How near the due day a running deadline is shown as due soon, in working days. */
#define BD_DEADLINE_DUE_SOON_WORKING_DAYS 2

/* What a change to a deadline was refused on: the code of a BD_DEADLINE_ERROR. */
typedef enum
{
  BD_DEADLINE_FIELD_AMOUNT,     /* the number of units of an extension */
  BD_DEADLINE_FIELD_REASON,     /* the reason of an extension or a pause */
  BD_DEADLINE_FIELD_DATE,       /* the day of a pause, a resumption or the meeting */
  BD_DEADLINE_FIELD_DEADLINE,   /* the deadline as a whole: already met, paused or not */
} BdDeadlineField;

#define BD_DEADLINE_ERROR (bd_deadline_error_quark ())
GQuark bd_deadline_error_quark (void);

#define BD_TYPE_DEADLINE (bd_deadline_get_type ())

G_DECLARE_FINAL_TYPE (BdDeadline, bd_deadline, BD, DEADLINE, GObject)

BdDeadline           *bd_deadline_new              (const BdDeadlineRule  *rule,
                                                    const GDate           *start);
/* As the store keeps it: @paused_since and @met_on may be NULL (an invalid GDate too). */
BdDeadline           *bd_deadline_restore          (const BdDeadlineRule  *rule,
                                                    const GDate           *start,
                                                    guint                  extension,
                                                    guint                  paused_units,
                                                    const GDate           *paused_since,
                                                    const GDate           *met_on);

const BdDeadlineRule *bd_deadline_get_rule         (BdDeadline            *self);
void                  bd_deadline_get_start        (BdDeadline            *self,
                                                    GDate                 *start);
/* In the rule's unit. */
guint                 bd_deadline_get_extension    (BdDeadline            *self);
/* The closed pauses, in the rule's unit. */
guint                 bd_deadline_get_paused_units (BdDeadline            *self);
/* FALSE when not paused. */
gboolean              bd_deadline_get_paused_since (BdDeadline            *self,
                                                    GDate                 *since);
/* The reason given to bd_deadline_pause(): NULL when not paused, or when restored. */
const char           *bd_deadline_get_pause_reason (BdDeadline            *self);
/* FALSE when not met. */
gboolean              bd_deadline_get_met_on       (BdDeadline            *self,
                                                    GDate                 *on);

/* Extends by @amount units (> 0) for @reason (required, through bd_text_clean(); the
 * error's code is the BdDeadlineField to mark). Refused once met. */
gboolean              bd_deadline_extend           (BdDeadline            *self,
                                                    guint                  amount,
                                                    const char            *reason,
                                                    GError               **error);
/* Stops the clock from @on (refused when paused or met, or @on before the start; @reason
 * required as for an extension). Resuming counts the units in (paused_since, @on] — working
 * days for a working-day rule, calendar days otherwise — into the paused units. */
gboolean              bd_deadline_pause            (BdDeadline            *self,
                                                    const GDate           *on,
                                                    const char            *reason,
                                                    GError               **error);
gboolean              bd_deadline_resume           (BdDeadline            *self,
                                                    BdCalendar            *calendar,
                                                    const GDate           *on,
                                                    GError               **error);
/* Done on @on, on time or late (refused when already met, or @on before the start). A
 * deadline met while paused keeps its pause, which ran until @on. */
gboolean              bd_deadline_mark_met         (BdDeadline            *self,
                                                    const GDate           *on,
                                                    GError               **error);

/* The due day: start + amount + extension + paused units (+ the running pause up to
 * @today, or up to the day it was met), counted in the rule's unit. Fails with
 * BD_CALENDAR_ERROR_OUT_OF_RANGE, and a sentence for people naming the calendar's last
 * year, when the day lies beyond the working-day calendar: never a guess. */
gboolean              bd_deadline_get_due          (BdDeadline            *self,
                                                    BdCalendar            *calendar,
                                                    const GDate           *today,
                                                    GDate                 *due,
                                                    GError               **error);
/* The state on @today (UNKNOWN rather than an error beyond the calendar); @due may be
 * NULL, and is left invalid when the due day is not known. */
BdDeadlineState       bd_deadline_get_state        (BdDeadline            *self,
                                                    BdCalendar            *calendar,
                                                    const GDate           *today,
                                                    GDate                 *due);
/* The state on @today of a running deadline due on @due (NULL or invalid: not known),
 * as bd_deadline_get_state() tells it: pending, due soon, overdue or unknown. */
BdDeadlineState       bd_deadline_state_on         (BdCalendar            *calendar,
                                                    const GDate           *today,
                                                    const GDate           *due);
/* Met after its due day; FALSE when not met or when the due day is not known. */
gboolean              bd_deadline_was_late         (BdDeadline            *self,
                                                    BdCalendar            *calendar);
/* One translated line for people: the due day, the amount and unit, the start event and
 * the source; beyond the calendar it says so. */
char                 *bd_deadline_dup_summary      (BdDeadline            *self,
                                                    BdCalendar            *calendar,
                                                    const GDate           *today);

const char           *bd_deadline_state_get_label  (BdDeadlineState        state);

G_END_DECLS
