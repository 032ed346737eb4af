/* bd-request-form.h — a new policy-change request, judged as it is filled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-customer.h"
#include "bd-request.h"
#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_REQUEST_FORM (bd_request_form_get_type ())

G_DECLARE_FINAL_TYPE (BdRequestForm, bd_request_form, BD, REQUEST_FORM, GtkBox)

GtkWidget *bd_request_form_new   (void);
/* An empty form for a request of @customer on one of @policies (BdPolicy): @policy_id,
 * or the first when 0. */
void       bd_request_form_start (BdRequestForm *self,
                                  BdSession     *session,
                                  BdCustomer    *customer,
                                  GListModel    *policies,
                                  gint64         policy_id);
/* What was filled in, kept while the desk is locked (NULL when nothing was typed; never
 * floating), and putting it back into a form started for the same customer. */
GVariant  *bd_request_form_dup_draft     (BdRequestForm *self);
void       bd_request_form_restore_draft (BdRequestForm *self,
                                          GVariant      *draft);
/* Forgets the customer and everything typed. */
void       bd_request_form_clear (BdRequestForm *self);

/* The form emits ::finished with the request it recorded and accepted, or NULL when the
 * clerk cancels. */

G_END_DECLS
