/* bd-print-request.h — the acceptance receipt (受理回执) and the one-time notice of missing
 * documents (一次性告知书) of a policy-change request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "bd-printed-form.h"
#include "bd-request.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* Both forms are read from what the store holds of @request (a request already written:
 * its case has a number), so the paper says what the branch recorded. They print no
 * identity number, no customer phone and no account number (domain.md §1): the customer
 * needs the number of the request, not their own numbers back. */

/* The receipt: the request, who applied and in which capacity, the documents received,
 * the expected completion day, the counter's phone and who accepted it. */
BdPrintedForm *bd_printed_form_new_request_receipt (BdStore    *store,
                                                    BdRequest  *request,
                                                    GError    **error);
/* The one notice of every required document still missing (2010 rules art. 19). Fails
 * with BD_REQUEST_ERROR, code BD_REQUEST_FIELD_DOCUMENTS, when none is missing. */
BdPrintedForm *bd_printed_form_new_request_notice  (BdStore    *store,
                                                    BdRequest  *request,
                                                    GError    **error);

G_END_DECLS
