/* bd-permission.h — what each role may do at the desk: the permission table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "bd-types.h"

G_BEGIN_DECLS

/* What a role may do (not a GAction: a window action asks for one of these). Reading and
 * writing are apart, so that a workflow grants one without the other. */
typedef enum
{
  BD_PERMISSION_VIEW_CUSTOMERS,        /* find and open customers, read their cards */
  BD_PERMISSION_REVEAL_PERSONAL_DATA,  /* show a masked identity number or phone */
  BD_PERMISSION_RECORD_CONTACTS,       /* record, void and correct contacts; tracing */
  BD_PERMISSION_EDIT_HOUSEHOLD,        /* add, remove and relate household members */
  BD_PERMISSION_SET_PROTECTION_NEED,   /* enter a household's protection need */
  BD_PERMISSION_PRINT_FORMS,           /* print or save a form (slips, the review sheet) */
  BD_PERMISSION_BRANCH_QUEUES,         /* the queues and slips of the whole branch */
  BD_PERMISSION_TAKE_REQUESTS,         /* take, accept, carry out policy-change requests */
  BD_PERMISSION_REVIEW_REQUESTS,       /* approve or refuse them as the second person */
  BD_PERMISSION_TAKE_CLAIMS,           /* take claim reports, their documents, notices */
  BD_PERMISSION_DECIDE_CLAIMS,         /* record the claims department's decision, payment */
  BD_PERMISSION_HANDLE_COMPLAINTS,     /* log complaints and consultations, handle them */
  BD_PERMISSION_SPOT_CHECKS,
  BD_PERMISSION_REPORTS,
  BD_PERMISSION_MANAGE_STAFF,
  BD_PERMISSION_BRANCH_SETTINGS,
  BD_PERMISSION_OWN_AUDIT_LOG,         /* read one's own entries in the audit log */
  BD_PERMISSION_AUDIT_LOG,             /* read everyone's entries in the audit log */
  BD_N_PERMISSIONS
} BdPermission;

/* Whether @role holds @permission, from the table in bd-permission.c. */
gboolean bd_role_may (BdRole       role,
                      BdPermission permission);

G_END_DECLS
