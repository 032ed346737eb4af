/* bd-case-page.h — what every workflow's pages show of a case: its next deadline, its
 * checklist, its deadlines with their summaries, its history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-case.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* The summary of @kase's running deadline due first (with its source), or NULL. */
char      *bd_case_page_dup_next_deadline (BdCase              *kase,
                                           const GDate         *today);
/* A titled group of rows at the end of @box (a vertical GtkBox). */
AdwPreferencesGroup *bd_case_page_add_group (GtkWidget           *box,
                                             const char          *title);
/* Rows of a group kept in @rows, so that they can be taken out again. */
void       bd_case_page_clear_rows        (AdwPreferencesGroup *group,
                                           GPtrArray           *rows);
GtkWidget *bd_case_page_add_row           (AdwPreferencesGroup *group,
                                           GPtrArray           *rows,
                                           const char          *title,
                                           const char          *subtitle);
/* One row per document of @kase's checklist, with its state, who ticked it and when, and
 * a switch (sensitive while the case is open) that calls @toggled on notify::active; the
 * switch's "document" is the document's name. */
void       bd_case_page_show_documents    (AdwPreferencesGroup *group,
                                           GPtrArray           *rows,
                                           BdStore             *store,
                                           BdCase              *kase,
                                           GCallback            toggled,
                                           gpointer             user_data);
/* One row per deadline of @kase, its summary and its state; the group hides when none. */
void       bd_case_page_show_deadlines    (AdwPreferencesGroup *group,
                                           GPtrArray           *rows,
                                           BdCase              *kase,
                                           const GDate         *today);
/* What a workflow calls an entry of its own in a case's history ("complaint-accepted"),
 * or NULL to leave it to the case's words. */
typedef const char *(*BdCaseEventWords) (const char *what);

/* One row per entry of @kase's history, newest first, in the branch's time; @words (or
 * NULL) names the workflow's own entries. */
void       bd_case_page_show_history      (AdwPreferencesGroup *group,
                                           GPtrArray           *rows,
                                           BdStore             *store,
                                           BdCase              *kase,
                                           BdCaseEventWords     words);

G_END_DECLS
