/* bd-complaints-store.h — complaints and consultations in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-complaint-rules.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* Writes a new complaint or consultation, owned by whoever logs it (the first responder,
 * 003): refused on the field that is wrong, and when the first responder is the staff
 * member complained about. A major complaint writes its own audit row for the supervisor. */
gboolean     bd_complaints_store_add          (BdStore      *store,
                                               BdComplaint  *complaint,
                                               gint64        staff_id,
                                               GError      **error);
BdComplaint *bd_complaints_store_get          (BdStore      *store,
                                               gint64        case_id,
                                               GError      **error);
/* The complaints and consultations about @customer_id, newest first (BdComplaint). */
GListModel  *bd_complaints_store_list_of      (BdStore      *store,
                                               gint64        customer_id,
                                               GError      **error);
/* The owner hands the complaint to @to_staff_id; until they accept, the owner stays. */
gboolean     bd_complaints_store_hand_over    (BdStore      *store,
                                               BdComplaint  *complaint,
                                               gint64        to_staff_id,
                                               gint64        staff_id,
                                               GError      **error);
gboolean     bd_complaints_store_accept       (BdStore      *store,
                                               BdComplaint  *complaint,
                                               gint64        staff_id,
                                               GError      **error);
/* Takes a step (bd_case_store_take_step()), by the owner or the first responder: a
 * decision writes its facts, grounds and outcome; the return visit whether the customer
 * is satisfied; each in the step's transaction. */
gboolean     bd_complaints_store_take_step    (BdStore      *store,
                                               BdComplaint  *complaint,
                                               const char   *to,
                                               gint64        staff_id,
                                               const char   *reason,
                                               GError      **error);
/* Extends the decision's deadline by @days (bd_complaint_check_extension()). */
gboolean     bd_complaints_store_extend       (BdStore      *store,
                                               BdComplaint  *complaint,
                                               guint         days,
                                               const char   *reason,
                                               gint64        staff_id,
                                               GError      **error);
/* Stops the decision's clock for an outside appraisal or mediation, and starts it again
 * (the pause moves the due day by exactly its length). */
gboolean     bd_complaints_store_pause        (BdStore      *store,
                                               BdComplaint  *complaint,
                                               const char   *reason,
                                               gint64        staff_id,
                                               GError      **error);
gboolean     bd_complaints_store_resume       (BdStore      *store,
                                               BdComplaint  *complaint,
                                               gint64        staff_id,
                                               GError      **error);

/* Records that the agent misconduct the complaint found was reported to compliance
 * (004), with its audit row; once. */
gboolean     bd_complaints_store_report_misconduct (BdStore     *store,
                                                    BdComplaint *complaint,
                                                    gint64       staff_id,
                                                    GError     **error);

/* The supervisor's Queues: the open complaints (not the major ones), each once with its
 * owner and next running deadline, overdue first — rows @offset to @offset + @limit in
 * one query (BdCaseEntry) —, and how many, counted up to @bound. */
GListModel  *bd_complaints_store_list_open    (BdStore      *store,
                                               guint         offset,
                                               guint         limit,
                                               GError      **error);
gboolean     bd_complaints_store_count_open   (BdStore      *store,
                                               guint         bound,
                                               guint        *count,
                                               GError      **error);
/* The open major complaints (2020 measures art. 29: the supervisor is told at once),
 * newest first, flagged, from the audit rows written when they were logged. */
GListModel  *bd_complaints_store_list_major_open (BdStore   *store,
                                                  GError   **error);
/* The SQL of those lists, for the test of their query plans (NULL-ended). */
const char *const *bd_complaints_store_get_queue_queries (void);

/* A month's complaints (004: count, categories, causes, measures). */
typedef struct
{
  guint      complaints;
  guint      consultations;
  guint      major;
  guint      by_category[BD_N_COMPLAINT_CATEGORIES];
  guint      by_channel[BD_N_COMPLAINT_CHANNELS];
  guint      decided;
  guint      decided_in_time;
  GPtrArray *remedies;        /* "TS…: category — cause; measures", for those with both */
} BdComplaintMonth;

void         bd_complaint_month_clear         (BdComplaintMonth *month);
/* The complaints received in @year-@month (1–12), in the branch's days. */
gboolean     bd_complaints_store_count_month  (BdStore          *store,
                                               guint             year,
                                               guint             month,
                                               BdComplaintMonth *result,
                                               GError          **error);

G_END_DECLS
