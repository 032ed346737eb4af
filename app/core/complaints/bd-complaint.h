/* bd-complaint.h — one complaint or consultation: who complains of what, and who owns it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bd-case.h"
#include "bd-complaint-catalogue.h"

G_BEGIN_DECLS

/* The fields of the form: a refusal names the one it is about (BD_COMPLAINT_ERROR). */
typedef enum
{
  BD_COMPLAINT_FIELD_COMPLAINANT,
  BD_COMPLAINT_FIELD_RELATION,
  BD_COMPLAINT_FIELD_PHONE,
  BD_COMPLAINT_FIELD_DESCRIPTION,
  BD_COMPLAINT_FIELD_PEOPLE,
  BD_COMPLAINT_FIELD_HANDLER,      /* recusal, hand-over */
  BD_COMPLAINT_FIELD_DECISION,
  BD_COMPLAINT_FIELD_VISIT,
  BD_COMPLAINT_FIELD_EXTENSION,
} BdComplaintField;

#define BD_COMPLAINT_ERROR (bd_complaint_error_quark ())
GQuark bd_complaint_error_quark (void);

#define BD_TYPE_COMPLAINT (bd_complaint_get_type ())
G_DECLARE_FINAL_TYPE (BdComplaint, bd_complaint, BD, COMPLAINT, GObject)

/* A new complaint (or consultation) about @customer_id and @policy_id (0: none). */
BdComplaint        *bd_complaint_new                 (gboolean             consultation,
                                                      gint64               customer_id,
                                                      gint64               policy_id);
BdCase             *bd_complaint_get_case            (BdComplaint         *self);
gboolean            bd_complaint_is_consultation     (BdComplaint         *self);
/* The complainant: a customer (id), or someone not on file (0, and the name). */
gint64              bd_complaint_get_complainant_id  (BdComplaint         *self);
const char         *bd_complaint_get_complainant_name (BdComplaint        *self);
void                bd_complaint_set_complainant     (BdComplaint         *self,
                                                      gint64               customer_id,
                                                      const char          *name);
const char         *bd_complaint_get_relation        (BdComplaint         *self);
void                bd_complaint_set_relation        (BdComplaint         *self,
                                                      const char          *relation);
const char         *bd_complaint_get_phone           (BdComplaint         *self);
void                bd_complaint_set_phone           (BdComplaint         *self,
                                                      const char          *phone);
/* The staff member complained about (0: none): they never handle it (recusal). */
gint64              bd_complaint_get_staff_concerned (BdComplaint         *self);
void                bd_complaint_set_staff_concerned (BdComplaint         *self,
                                                      gint64               staff_id);
BdComplaintChannel  bd_complaint_get_channel         (BdComplaint         *self);
void                bd_complaint_set_channel         (BdComplaint         *self,
                                                      BdComplaintChannel   channel);
BdComplaintCategory bd_complaint_get_category        (BdComplaint         *self);
void                bd_complaint_set_category        (BdComplaint         *self,
                                                      BdComplaintCategory  category);
const char         *bd_complaint_get_description     (BdComplaint         *self);
void                bd_complaint_set_description     (BdComplaint         *self,
                                                      const char          *text);
const char         *bd_complaint_get_asks_for        (BdComplaint         *self);
void                bd_complaint_set_asks_for        (BdComplaint         *self,
                                                      const char          *text);
gboolean            bd_complaint_get_urgent          (BdComplaint         *self);
void                bd_complaint_set_urgent          (BdComplaint         *self,
                                                      gboolean             urgent);
/* How many people complain together; 20 or more make it major (2020 measures art. 29). */
guint               bd_complaint_get_people          (BdComplaint         *self);
void                bd_complaint_set_people          (BdComplaint         *self,
                                                      guint                people);
gboolean            bd_complaint_is_major            (BdComplaint         *self);
/* Who owns it now (the first responder until a hand-over is accepted), and who it is
 * being handed to (0: nobody). Set by the store. */
gint64              bd_complaint_get_owner_id        (BdComplaint         *self);
gint64              bd_complaint_get_pending_owner_id (BdComplaint        *self);
void                bd_complaint_set_owners          (BdComplaint         *self,
                                                      gint64               owner_id,
                                                      gint64               pending_owner_id);
/* Their names, as the store read them (NULL before). */
const char         *bd_complaint_get_owner_name      (BdComplaint         *self);
const char         *bd_complaint_get_pending_owner_name (BdComplaint      *self);
void                bd_complaint_set_owner_names     (BdComplaint         *self,
                                                      const char          *owner_name,
                                                      const char          *pending_owner_name);
/* The decision: the facts found, the grounds, the outcome (2020 measures art. 19: the
 * decision names them, and the ways to ask for a review). */
const char         *bd_complaint_get_facts           (BdComplaint         *self);
const char         *bd_complaint_get_grounds         (BdComplaint         *self);
const char         *bd_complaint_get_outcome         (BdComplaint         *self);
void                bd_complaint_set_decision        (BdComplaint         *self,
                                                      const char          *facts,
                                                      const char          *grounds,
                                                      const char          *outcome);
/* The return visit: satisfied (1), not (0), or no answer (-1: not asked yet, or the
 * customer said neither — never taken for "not satisfied"), and what was said. */
int                 bd_complaint_get_satisfied       (BdComplaint         *self);
const char         *bd_complaint_get_visit_note      (BdComplaint         *self);
void                bd_complaint_set_visit           (BdComplaint         *self,
                                                      int                  satisfied,
                                                      const char          *note);
/* "Satisfied", "Not satisfied", "No answer yet": what @satisfied says, for people. */
const char         *bd_complaint_satisfaction_get_label (int               satisfied);
/* When agent misconduct found in it was reported to compliance (004), or NULL. */
const char         *bd_complaint_get_compliance_reported_at (BdComplaint *self);
void                bd_complaint_set_compliance_reported_at (BdComplaint *self,
                                                             const char  *at);
/* Whether it is about an agent's misconduct, which compliance must hear of (004). */
gboolean            bd_complaint_needs_compliance    (BdComplaint         *self);
/* Root cause and measures taken (溯源整改, 004). */
const char         *bd_complaint_get_root_cause      (BdComplaint         *self);
const char         *bd_complaint_get_measures        (BdComplaint         *self);
void                bd_complaint_set_remedy          (BdComplaint         *self,
                                                      const char          *root_cause,
                                                      const char          *measures);

G_END_DECLS
