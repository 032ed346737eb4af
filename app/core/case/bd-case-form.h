/* bd-case-form.h — the printed forms of a case: receipts, notices, letters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-case.h"
#include "bd-printed-form.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* A form being filled: the company line, a title, rows, a numbered list, paragraphs,
 * closing lines and the day printed, every value in words. */
typedef struct _BdCaseForm BdCaseForm;

/* A form titled @title, headed with the company and branch names of @store. */
BdCaseForm    *bd_case_form_new                       (const char  *title,
                                                       BdStore     *store);
void           bd_case_form_free                      (BdCaseForm  *form);
/* A label and its value (taken). */
void           bd_case_form_add_row                   (BdCaseForm  *form,
                                                       const char  *label,
                                                       char        *value);
/* The numbered list's heading and what it says when empty; a form without a heading
 * has no list (a letter). */
void           bd_case_form_set_list                  (BdCaseForm  *form,
                                                       const char  *heading,
                                                       const char  *when_empty);
/* The labels of @items (BdChecklistItem) into the numbered list. */
void           bd_case_form_add_documents             (BdCaseForm  *form,
                                                       GPtrArray   *items);
void           bd_case_form_add_paragraph             (BdCaseForm  *form,
                                                       char        *text);
void           bd_case_form_add_closing               (BdCaseForm  *form,
                                                       const char  *label,
                                                       char        *value);
/* The lines at the foot of every form: who handled it (@staff_label: "Accepted by"),
 * the counter's phone (the setting branch-phone, or "Not set") and the day printed. */
void           bd_case_form_add_contact               (BdCaseForm  *form,
                                                       BdStore     *store,
                                                       const char  *staff_label,
                                                       const char  *staff_name);
/* The form (taken) as one A5 page about @kase, audited as @action when printed and
 * @saved_action when saved, its file named after @file_prefix and the case number. */
BdPrintedForm *bd_case_form_print                     (BdCaseForm  *form,
                                                       BdCase      *kase,
                                                       const char  *action,
                                                       const char  *saved_action,
                                                       const char  *file_prefix);

/* Words the forms share: a day as printed; @n working days after @start on the shipped
 * calendar, or why it cannot be said; the company and branch line. */
char          *bd_case_form_format_day                (const GDate *day);
char          *bd_case_form_format_working_days_after (const GDate *start,
                                                       guint        n);
char          *bd_case_form_company_line              (BdStore     *store);

G_END_DECLS
