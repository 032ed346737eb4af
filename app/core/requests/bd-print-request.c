/* bd-print-request.c — the acceptance receipt (受理回执) and the one-time notice of missing
 * documents (一次性告知书) of a policy-change request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The request's words in the case's form (case/bd-case-form.c: A5, one to a page).
 * Unlike the contact slip and the review sheet, whose words are the company's fixed
 * Chinese forms, these print the catalogue's words (the item, the documents, the
 * channel), which are translatable; their own labels are translatable too, so that a form
 * never mixes two languages. The counter runs in Chinese and prints Chinese. Everything
 * is read from the store when the form is made.
 */
#define G_LOG_DOMAIN "bd-print-request"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-calendar.h"
#include "bd-case-form.h"
#include "bd-customer.h"
#include "bd-policy.h"
#include "bd-print-request.h"
#include "bd-request-rules.h"
#include "bd-requests-store.h"

/* The capacity the applicant applies in, as bd-requests-store.c stores it: the
 * policyholder, else the insured, else a beneficiary (survival benefits). */
static const char *
capacity_label (BdRequest *request,
                BdPolicy  *policy)
{
  gint64 applicant = bd_request_get_applicant_id (request);

  if (applicant == bd_policy_get_policyholder_id (policy))
    return C_("capacity", "Policyholder");
  if (applicant == bd_policy_get_insured_id (policy))
    return C_("capacity", "Insured");
  return C_("capacity", "Beneficiary");
}

static char *
applicant_line (BdRequest              *request,
                const BdRequestContext *context)
{
  const char *name = context->applicant != NULL ? bd_customer_get_name (context->applicant)
                                                : NULL;

  /* Translators: the applicant's name, then the capacity (policyholder, insured…) */
  return g_strdup_printf (_("%s (%s)"), bd_or_dash (name),
                          capacity_label (request, context->policy));
}

static char *
guardian_line (const BdRequestContext *context)
{
  /* Translators: the name of a guardian who applies for a minor */
  return g_strdup_printf (_("%s, guardian acting for the minor applicant"),
                          bd_or_dash (bd_customer_get_name (context->guardian)));
}

/* Who accepted it; before acceptance, who received it (the case's first entry). */
static const char *
staff_name (BdCase *kase)
{
  GListModel *history = bd_case_get_history (kase);
  g_autoptr(BdCaseEvent) first = NULL;

  if (bd_case_get_accepted_by_name (kase) != NULL)
    return bd_case_get_accepted_by_name (kase);
  if (g_list_model_get_n_items (history) == 0)
    return NULL;
  first = g_list_model_get_item (history, 0);
  return bd_case_event_get_staff_name (first);
}

/* ── reading the request ───────────────────────────────────────────────────────────── */

typedef struct
{
  BdRequest        *request;    /* as stored */
  BdCase           *kase;
  BdRequestContext  context;
  GDate             received;
  GDate             today;
} Source;

static void
source_clear (Source *source)
{
  g_clear_object (&source->request);
  bd_request_context_clear (&source->context);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Source, source_clear)

static gboolean
source_load (Source     *source,
             BdStore    *store,
             BdRequest  *request,
             GError    **error)
{
  gint64 case_id = bd_case_get_id (bd_request_get_case (request));

  if (case_id == 0)
    {
      g_set_error_literal (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                           _("The request has not been recorded yet: there is nothing to print"));
      return FALSE;
    }
  /* Read again: the paper says what the branch recorded, not what a form holds. */
  if ((source->request = bd_requests_store_get (store, case_id, error)) == NULL
      || !bd_requests_store_get_context (store, source->request, &source->context, error))
    return FALSE;
  source->kase = bd_request_get_case (source->request);
  bd_store_get_today (store, &source->today);
  if (!bd_date_parse_iso (bd_case_get_received_on (source->kase), &source->received))
    source->received = source->today;
  return TRUE;
}

/* The head both forms share: who, what, on which policy, how and when. */
static void
add_head (BdCaseForm *form,
          BdStore     *store,
          Source      *source)
{
  const BdRequestItem *item = bd_request_get_item (source->request);

  bd_case_form_add_row (form, _("Request number"), g_strdup (bd_case_get_number (source->kase)));
  bd_case_form_add_row (form, _("Change requested"), g_strdup (bd_request_item_get_label (item)));
  bd_case_form_add_row (form, _("Policy number"),
            g_strdup (bd_or_dash (bd_policy_get_number (source->context.policy))));
  bd_case_form_add_row (form, _("Applicant"), applicant_line (source->request, &source->context));
  if (source->context.guardian != NULL)
    bd_case_form_add_row (form, _("Guardian"), guardian_line (&source->context));
  bd_case_form_add_row (form, _("Applied through"),
            g_strdup (bd_channel_get_label (bd_request_get_channel (source->request))));
  bd_case_form_add_row (form, _("Received on"), bd_case_form_format_day (&source->received));
}

/* The lines at the foot of both: who handled it, the counter's phone, the day printed. */
static void
add_contact (BdCaseForm *form,
             BdStore    *store,
             Source     *source,
             const char *staff_label)
{
  bd_case_form_add_contact (form, store, staff_label, staff_name (source->kase));
}

static BdCaseForm *
build_receipt (BdStore *store,
               Source  *source)
{
  BdCaseForm *form = bd_case_form_new (_("Receipt of a policy-change request"), store);
  const BdRequestItem *item = bd_request_get_item (source->request);
  g_autoptr(GPtrArray) received = bd_checklist_list_received (bd_case_get_checklist (source->kase));
  g_autofree char *expected = bd_case_form_format_working_days_after (&source->received, item->target_days);

  add_head (form, store, source);
  bd_case_form_add_row (form, _("Expected completion"), g_steal_pointer (&expected));
  bd_case_form_set_list (form, _("Documents received"), _("None yet"));
  bd_case_form_add_documents (form, received);
  bd_case_form_add_paragraph (form,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "The expected completion day is %u working day "
                                                 "after the day received, once every document "
                                                 "is in. Keep this receipt and quote the request "
                                                 "number when you ask about it.",
                                                 "The expected completion day is %u working days "
                                                 "after the day received, once every document "
                                                 "is in. Keep this receipt and quote the request "
                                                 "number when you ask about it.",
                                                 item->target_days),
                                    item->target_days));
  add_contact (form, store, source, _("Accepted by"));
  return form;
}

/* The day the notice is given: the day the request was accepted with it (the notice
 * deadline is met then), or today when it is printed before. */
static void
notice_day (Source *source,
            GDate  *day)
{
  BdDeadline *deadline = bd_case_find_deadline (source->kase, "request-notice");

  if (deadline == NULL || !bd_deadline_get_met_on (deadline, day))
    *day = source->today;
}

/* The day the notice was due by: the request-notice rule's working days from receipt
 * (2010 rules art. 19; bd-request-catalogue.c). */
static char *
notice_due (Source *source)
{
  const BdDeadlineRule *rule = bd_case_kind_find_deadline (bd_request_case_kind (),
                                                           "request-notice");

  return bd_case_form_format_working_days_after (&source->received, rule->amount);
}

static BdCaseForm *
build_notice (BdStore  *store,
              Source   *source,
              GError  **error)
{
  const BdRequestItem *item = bd_request_get_item (source->request);
  g_autoptr(GPtrArray) missing = bd_checklist_list_missing (bd_case_get_checklist (source->kase));
  BdCaseForm *form;
  GDate given;

  if (missing->len == 0)
    {
      g_set_error_literal (error, BD_REQUEST_ERROR, BD_REQUEST_FIELD_DOCUMENTS,
                           _("Every required document has been received: there is nothing "
                             "to give notice of"));
      return NULL;
    }
  form = bd_case_form_new (_("One-time notice of missing documents"), store);
  add_head (form, store, source);
  notice_day (source, &given);
  bd_case_form_add_row (form, _("Notice given on"), bd_case_form_format_day (&given));
  bd_case_form_add_row (form, _("Notice due by"), notice_due (source));
  bd_case_form_set_list (form, _("Documents still to be provided"), NULL);
  bd_case_form_add_documents (form, missing);
  bd_case_form_add_paragraph (form,
                   g_strdup (_("Under article 19 of the Basic Service Rules for Personal "
                               "Insurance (2010), the branch tells you of every missing "
                               "document at once, in one notice: this notice lists all of "
                               "them.")));
  bd_case_form_add_paragraph (form,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Bring them to the counter with this notice. "
                                                 "The request goes on from the day the last one "
                                                 "is received and is expected to be completed "
                                                 "%u working day after that day.",
                                                 "Bring them to the counter with this notice. "
                                                 "The request goes on from the day the last one "
                                                 "is received and is expected to be completed "
                                                 "%u working days after that day.",
                                                 item->target_days),
                                    item->target_days));
  add_contact (form, store, source, _("Handled by"));
  /* The branch keeps a signed copy: the proof that the notice was given, and when. */
  bd_case_form_add_closing (form, _("Received by the customer"),
            /* Translators: blanks for a signature and a date written by hand */
            g_strdup (_("________________   Date: __________")));
  return form;
}

/**
 * bd_printed_form_new_request_receipt:
 * @store: the branch's store
 * @request: a request already written to @store
 * @error: a #BD_STORE_ERROR when it cannot be read
 *
 * Returns: (transfer full) (nullable): the acceptance receipt (受理回执), one A5 page
 */
BdPrintedForm *
bd_printed_form_new_request_receipt (BdStore    *store,
                                     BdRequest  *request,
                                     GError    **error)
{
  g_auto(Source) source = { NULL, };

  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (BD_IS_REQUEST (request), NULL);

  if (!source_load (&source, store, request, error))
    return NULL;
  return bd_case_form_print (build_receipt (store, &source), source.kase,
                             "request-receipt-printed",
                    "request-receipt-saved",
                    /* Translators: the beginning of a saved receipt's file name */
                    _("request-receipt"));
}

/**
 * bd_printed_form_new_request_notice:
 * @store: the branch's store
 * @request: a request already written to @store
 * @error: a #BD_STORE_ERROR when it cannot be read, or a #BD_REQUEST_ERROR
 *   (%BD_REQUEST_FIELD_DOCUMENTS) when no required document is missing
 *
 * Returns: (transfer full) (nullable): the one-time notice of the missing documents
 *   (一次性告知书), one A5 page
 */
BdPrintedForm *
bd_printed_form_new_request_notice (BdStore    *store,
                                    BdRequest  *request,
                                    GError    **error)
{
  g_auto(Source) source = { NULL, };
  BdCaseForm *form;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (BD_IS_REQUEST (request), NULL);

  if (!source_load (&source, store, request, error)
      || (form = build_notice (store, &source, error)) == NULL)
    return NULL;
  return bd_case_form_print (form, source.kase, "request-notice-printed",
                             "request-notice-saved",
                    /* Translators: the beginning of a saved one-time notice's file name */
                    _("request-notice"));
}
