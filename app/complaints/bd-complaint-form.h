/* bd-complaint-form.h — a new complaint or consultation, judged as it is filled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-complaint.h"
#include "bd-customer.h"
#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_COMPLAINT_FORM (bd_complaint_form_get_type ())

G_DECLARE_FINAL_TYPE (BdComplaintForm, bd_complaint_form, BD, COMPLAINT_FORM, GtkBox)

GtkWidget *bd_complaint_form_new   (void);
/* An empty form for a complaint (or a consultation) about @customer, on one of
 * @policies (BdPolicy) if the complainant names one. */
void       bd_complaint_form_start (BdComplaintForm *self,
                                    BdSession       *session,
                                    BdCustomer      *customer,
                                    GListModel      *policies,
                                    gboolean         consultation);
/* Forgets the customer and everything typed. */
void       bd_complaint_form_clear (BdComplaintForm *self);
/* The half-filled form, kept over a lock (NULL when nothing was typed), and put back into
 * the form started again for the same customer — a consultation's form when
 * bd_complaint_form_draft_is_consultation() says so. */
GVariant  *bd_complaint_form_dup_draft             (BdComplaintForm *self);
gboolean   bd_complaint_form_draft_is_consultation (GVariant        *draft);
void       bd_complaint_form_restore_draft         (BdComplaintForm *self,
                                                    GVariant        *draft);

/* The form emits ::finished with the complaint it logged, or NULL when the clerk
 * cancels. */

G_END_DECLS
