/* bd-print-claim.c — the printed forms of a claim
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The claim's words in the case's form (case/bd-case-form.c). Nothing printed for the
 * customer shows an amount: the counter never promises a payout on the company's behalf
 * (003, 不要代表公司向客户作出任何理赔承诺). Everything is read again from the store, so
 * the paper says what the branch recorded.
 */
#define G_LOG_DOMAIN "bd-print-claim"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-case-form.h"
#include "bd-claims-store.h"
#include "bd-customers-store.h"
#include "bd-print-claim.h"

/* The claim as stored, and its insured. */
typedef struct
{
  BdClaim    *claim;
  BdCustomer *insured;
} Source;

static void
source_clear (Source *source)
{
  g_clear_object (&source->claim);
  g_clear_object (&source->insured);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Source, source_clear)

static gboolean
source_load (Source   *source,
             BdStore  *store,
             BdClaim  *claim,
             GError  **error)
{
  gint64 case_id = bd_case_get_id (bd_claim_get_case (claim));

  if (case_id == 0)
    {
      g_set_error_literal (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND,
                           _("The claim has not been recorded yet: there is nothing to print"));
      return FALSE;
    }
  return (source->claim = bd_claims_store_get (store, case_id, error)) != NULL
         && (source->insured = bd_store_get_customer (store, bd_claim_get_insured_id (source->claim),
                                                      error)) != NULL;
}

/* The lines every claim form starts with: which claim, whose, what happened when. */
static BdCaseForm *
new_form (const char *title,
          BdStore    *store,
          Source     *source)
{
  BdCaseForm *form = bd_case_form_new (title, store);
  BdClaim *claim = source->claim;
  GDate received;

  bd_case_form_add_row (form, _("Claim number"),
                        g_strdup (bd_case_get_number (bd_claim_get_case (claim))));
  bd_case_form_add_row (form, _("Insured"), g_strdup (bd_customer_get_name (source->insured)));
  bd_case_form_add_row (form, _("Event"),
                        g_strdup_printf (_("%s, %s"), bd_event_kind_get_label (bd_claim_get_kind (claim)),
                                         bd_claim_get_event_date (claim)));
  bd_case_form_add_row (form, _("Reported by"),
                        g_strdup_printf (_("%s (%s)"), bd_claim_get_reporter_name (claim),
                                         bd_or_dash (bd_claim_get_relation (claim))));
  if (bd_date_parse_iso (bd_case_get_received_on (bd_claim_get_case (claim)), &received))
    bd_case_form_add_row (form, _("Reported on"), bd_case_form_format_day (&received));
  return form;
}

/* Who received or handled it: the first entry of the history is the report. */
static const char *
reported_by_staff (BdClaim *claim)
{
  GListModel *history = bd_case_get_history (bd_claim_get_case (claim));
  g_autoptr(BdCaseEvent) first = NULL;

  if (g_list_model_get_n_items (history) == 0)
    return NULL;
  first = g_list_model_get_item (history, 0);
  return bd_case_event_get_staff_name (first);
}

static BdPrintedForm *
print (BdCaseForm *form,
       Source     *source,
       const char *action,
       const char *file_prefix)
{
  g_autofree char *saved = g_strconcat (action, "-saved", NULL);
  g_autofree char *printed = g_strconcat (action, "-printed", NULL);

  return bd_case_form_print (form, bd_claim_get_case (source->claim), printed, saved,
                             file_prefix);
}

BdPrintedForm *
bd_printed_form_new_claim_receipt (BdStore  *store,
                                   BdClaim  *claim,
                                   GError  **error)
{
  g_auto(Source) source = { NULL, };
  g_autoptr(GPtrArray) received = NULL;
  BdCaseForm *form;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (BD_IS_CLAIM (claim), NULL);

  if (!source_load (&source, store, claim, error))
    return NULL;
  received = bd_checklist_list_received (bd_case_get_checklist (bd_claim_get_case (source.claim)));
  form = new_form (_("Receipt of claim documents"), store, &source);
  bd_case_form_set_list (form, _("Documents received"), _("None yet"));
  bd_case_form_add_documents (form, received);
  bd_case_form_add_paragraph (form,
                              g_strdup (_("The branch sends the documents on to the claims "
                                          "department, which decides the claim. A complete "
                                          "claim that needs no investigation is decided "
                                          "within 3 working days (the company’s service "
                                          "promise); the branch tells you of the decision. "
                                          "Keep this receipt and quote the claim number when "
                                          "you ask about it.")));
  bd_case_form_add_contact (form, store, _("Received by"), reported_by_staff (source.claim));
  return print (form, &source, "claim-receipt",
                /* Translators: the beginning of a saved claim receipt's file name */
                _("claim-receipt"));
}

BdPrintedForm *
bd_printed_form_new_claim_notice (BdStore  *store,
                                  BdClaim  *claim,
                                  GError  **error)
{
  g_auto(Source) source = { NULL, };
  g_autoptr(GPtrArray) missing = NULL;
  BdCaseForm *form;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (BD_IS_CLAIM (claim), NULL);

  if (!source_load (&source, store, claim, error))
    return NULL;
  missing = bd_checklist_list_missing (bd_case_get_checklist (bd_claim_get_case (source.claim)));
  if (missing->len == 0)
    {
      g_set_error_literal (error, BD_CLAIM_ERROR, BD_CLAIM_FIELD_KIND,
                           _("Every required document has been received: there is nothing "
                             "to give notice of"));
      return NULL;
    }
  form = new_form (_("One-time notice of missing claim documents"), store, &source);
  bd_case_form_set_list (form, _("Documents still to be provided"), NULL);
  bd_case_form_add_documents (form, missing);
  bd_case_form_add_paragraph (form,
                              g_strdup (_("Under article 22 of the Insurance Law, the company "
                                          "tells you at once of every document still needed: "
                                          "this notice lists all of them. Bring them to the "
                                          "counter with this notice.")));
  bd_case_form_add_contact (form, store, _("Handled by"), reported_by_staff (source.claim));
  bd_case_form_add_closing (form, _("Received by the customer"),
                            /* Translators: blanks for a signature and a date written by hand */
                            g_strdup (_("________________   Date: __________")));
  return print (form, &source, "claim-notice",
                /* Translators: the beginning of a saved claim notice's file name */
                _("claim-notice"));
}

/* Insurance Law art. 24: a refusal is notified in writing with its reasons; the ways to
 * seek review are the company's, the regulator's and the courts'. */
static void
add_refusal_paragraphs (BdCaseForm *form,
                        BdClaim    *claim)
{
  bd_case_form_add_paragraph (form,
                              g_strdup_printf (_("The claims department has declined the claim. "
                                                 "The reason: %s"),
                                               bd_or_dash (bd_claim_get_decision_reason (claim))));
  bd_case_form_add_paragraph (form,
                              g_strdup (_("If you disagree, you may ask the company to review "
                                          "the decision at this counter, complain to the "
                                          "financial regulator (telephone 12378), ask for "
                                          "mediation, or take the matter to arbitration or to "
                                          "court.")));
}

BdPrintedForm *
bd_printed_form_new_claim_decision (BdStore  *store,
                                    BdClaim  *claim,
                                    GError  **error)
{
  g_auto(Source) source = { NULL, };
  BdClaimDecision decision;
  BdCaseForm *form;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);
  g_return_val_if_fail (BD_IS_CLAIM (claim), NULL);

  if (!source_load (&source, store, claim, error))
    return NULL;
  decision = bd_claim_get_decision (source.claim);
  if (decision == BD_DECISION_NONE)
    {
      g_set_error_literal (error, BD_CLAIM_ERROR, BD_CLAIM_FIELD_DECISION,
                           _("No decision has been recorded yet: there is no letter to print"));
      return NULL;
    }
  form = new_form (_("Notice of the claim decision"), store, &source);
  bd_case_form_add_row (form, _("Decision"), g_strdup (bd_claim_decision_get_label (decision)));
  if (decision == BD_DECISION_DECLINE)
    add_refusal_paragraphs (form, source.claim);
  else
    bd_case_form_add_paragraph (form,
                                decision == BD_DECISION_PAY_PART
                                ? g_strdup_printf (_("The claims department pays the claim in "
                                                     "part. The reason: %s. The benefit is paid "
                                                     "to the account you gave within 10 days "
                                                     "(Insurance Law, art. 23)."),
                                                   bd_or_dash (bd_claim_get_decision_reason (source.claim)))
                                : g_strdup (_("The claims department pays the claim. The "
                                              "benefit is paid to the account you gave within "
                                              "10 days (Insurance Law, art. 23).")));
  bd_case_form_add_contact (form, store, _("Handled by"), reported_by_staff (source.claim));
  return print (form, &source, "claim-decision",
                /* Translators: the beginning of a saved claim decision letter's file name */
                _("claim-decision"));
}
