/* bd-case-store.h — the cases of every workflow in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-case.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* Writes @kase, new: its number (the kind's prefix, the branch day, a sequence), its
 * documents, the deadlines named in @deadlines (NULL-terminated) started on the day it
 * was received, its "opened" history entry and an audit row, in one transaction (or the
 * caller's). Sets its id, number and opening. */
gboolean  bd_case_store_open          (BdStore            *store,
                                       BdCase             *kase,
                                       gint64              staff_id,
                                       const char *const  *deadlines,
                                       GError            **error);
/* Reads the case @id of @kind, with its documents, deadlines and history. */
BdCase   *bd_case_store_get           (BdStore            *store,
                                       const BdCaseKind   *kind,
                                       gint64              id,
                                       GError            **error);
/* Reads @kase again as the database has it — its number, state, people, checklist,
 * deadlines and history — after a write of it failed, or as a workflow reads its own
 * row first and then the case it belongs to (bd_case_get_id() says which). */
gboolean  bd_case_store_reload        (BdStore            *store,
                                       BdCase             *kase,
                                       GError            **error);
/* Takes the step from the case's state to @to for @staff_id, checked against the
 * lifecycle with the staff member's role as the database has it (the window's offer is
 * not trusted): the state, the deadlines the step starts and meets (and, when the case
 * closes, the end of every other), the history entry and the audit row, in one
 * transaction (or the caller's, so that a workflow writes what the step carries out in
 * the same one). Refused with BD_CASE_ERROR when the step is not allowed, and with
 * BD_STORE_ERROR_CONSTRAINT when the case changed meanwhile at another desk. */
gboolean  bd_case_store_take_step     (BdStore            *store,
                                       BdCase             *kase,
                                       const char         *to,
                                       gint64              staff_id,
                                       const char         *reason,
                                       GError            **error);
/* Ticks a document of an open case, with its history entry and audit row. */
gboolean  bd_case_store_set_document  (BdStore            *store,
                                       BdCase             *kase,
                                       const char         *document,
                                       BdDocumentState     state,
                                       gint64              staff_id,
                                       GError            **error);
/* Writes a deadline of @kase as it now is (after bd_deadline_extend/pause/resume), with
 * its history entry (@what: "deadline-extended", "deadline-paused", "deadline-resumed")
 * and @reason, and an audit row. */
gboolean  bd_case_store_save_deadline (BdStore            *store,
                                       BdCase             *kase,
                                       BdDeadline         *deadline,
                                       const char         *what,
                                       const char         *reason,
                                       gint64              staff_id,
                                       GError            **error);
/* Adds a history entry @what ("handed-over"…) with @detail and @reason inside the
 * caller's transaction: what a workflow records of a case beside its steps. */
gboolean  bd_case_store_add_event     (BdStore            *store,
                                       BdCase             *kase,
                                       gint64              staff_id,
                                       const char         *what,
                                       const char         *detail,
                                       const char         *reason,
                                       GError            **error);
/* Adds a "changed" history entry (what a case carried out: before → after) inside the
 * caller's transaction. */
gboolean  bd_case_store_add_change    (BdStore            *store,
                                       BdCase             *kase,
                                       gint64              staff_id,
                                       const char         *detail,
                                       GError            **error);
/* Makes @staff_id the one who accepted @kase (a workflow whose cases are accepted other
 * than by a step: a complaint's owner, 003), inside the caller's transaction. */
gboolean  bd_case_store_set_accepted_by (BdStore          *store,
                                         BdCase           *kase,
                                         gint64            staff_id,
                                         GError          **error);
/* The ids of the cases of @area about @customer_id, newest first. */
GArray   *bd_case_store_list_ids      (BdStore            *store,
                                       const char         *area,
                                       gint64              customer_id,
                                       GError            **error);

/* The Queues' cases: a page of the running deadlines of open cases, of every area, due
 * by @until or not known (beyond the calendar; a paused deadline is not running), those
 * of the cases @staff_id accepted or opened and not yet accepted (0: the whole branch),
 * in due order, rows @offset to @offset + @limit read in one query. A GListModel of
 * BdCaseEntry, each with its state on the branch's today. */
GListModel *bd_case_store_list_due    (BdStore            *store,
                                       const GDate        *until,
                                       gint64              staff_id,
                                       guint               offset,
                                       guint               limit,
                                       GError            **error);
/* How many entries that list holds, counted up to @bound (> 0): *@count is the number,
 * or @bound when there are at least as many. */
gboolean    bd_case_store_count_due   (BdStore            *store,
                                       const GDate        *until,
                                       gint64              staff_id,
                                       guint               bound,
                                       guint              *count,
                                       GError            **error);

G_END_DECLS
