/* bd-permission.c — the permission table: which role may do what
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per permission, the roles holding it as bits. The session asks it before every
 * write the window makes (bd_session_write()) and the window asks it (through
 * bd_session_may()) before offering anything, so the two never disagree.
 */
#include "config.h"

#include "bd-permission.h"

#define COUNTER       (1u << BD_ROLE_COUNTER)
#define SUPERVISOR    (1u << BD_ROLE_SUPERVISOR)
#define ADMINISTRATOR (1u << BD_ROLE_ADMINISTRATOR)
#define EVERYONE      (COUNTER | SUPERVISOR | ADMINISTRATOR)

/* The source of each grant is domain.md §1 (who does what at the counter) unless said
 * otherwise; "supervisors do everything counter staff do, and more". An administrator
 * keeps the counter's permissions, as the desk has always given them. */
static const guint grants[BD_N_PERMISSIONS] = {
  /* Counter staff find a customer and read the household card (§1, §2; 000). */
  [BD_PERMISSION_VIEW_CUSTOMERS] = EVERYONE,
  /* Masked values are revealed one at a time by whoever serves the customer, each reveal
   * logged (§1; 003 保密, 002 隐私). */
  [BD_PERMISSION_REVEAL_PERSONAL_DATA] = EVERYONE,
  /* Every call, letter, visit and slip is recorded by who made it, the five tracing
   * methods by who tried them (§2 service class, §6; 000). Who may void or correct one
   * record is bd_contact_may_amend() (§11). */
  [BD_PERMISSION_RECORD_CONTACTS] = EVERYONE,
  /* The household card is kept by the staff who serve the household (§2; 000, 001). */
  [BD_PERMISSION_EDIT_HOUSEHOLD] = EVERYONE,
  /* "Inputs are entered by staff with the customer" (§2, the protection gap; 001). */
  [BD_PERMISSION_SET_PROTECTION_NEED] = EVERYONE,
  /* Counter staff print contact slips and receipts (§1, §6; 000). */
  [BD_PERMISSION_PRINT_FORMS] = EVERYONE,
  /* Counter staff take policy-change requests (§1, §3; 002); a supervisor reviews those
   * that change money or rights, never one they accepted (§3 复核: the four eyes are the
   * lifecycle's, bd-request-catalogue.c). */
  [BD_PERMISSION_TAKE_REQUESTS] = EVERYONE,
  [BD_PERMISSION_REVIEW_REQUESTS] = SUPERVISOR | ADMINISTRATOR,
  /* Counter staff take claim reports and their documents (§1, §4; 002, 003); the claims
   * department's decision, the payment and the closing are recorded by a supervisor. */
  [BD_PERMISSION_TAKE_CLAIMS] = EVERYONE,
  [BD_PERMISSION_DECIDE_CLAIMS] = SUPERVISOR | ADMINISTRATOR,
  /* Whoever a complaint reaches logs it and owns it (§5; 003 首问责任制). */
  [BD_PERMISSION_HANDLE_COMPLAINTS] = EVERYONE,
  /* Queues and deadlines of the whole branch, spot checks of the service standard and
   * reports are a supervisor's (§1, §8; 003, 004). */
  [BD_PERMISSION_BRANCH_QUEUES] = SUPERVISOR | ADMINISTRATOR,
  [BD_PERMISSION_SPOT_CHECKS] = SUPERVISOR | ADMINISTRATOR,
  [BD_PERMISSION_REPORTS] = SUPERVISOR | ADMINISTRATOR,
  /* Staff accounts and branch settings are the administrator's alone (§1). */
  [BD_PERMISSION_MANAGE_STAFF] = ADMINISTRATOR,
  [BD_PERMISSION_BRANCH_SETTINGS] = ADMINISTRATOR,
  /* Every staff member may see what the log holds of their own work; who did what at the
   * branch is for those who answer for it, supervisors and the administrator (§1, §11;
   * issue 15, item 6: "counter staff see only their own entries"). */
  [BD_PERMISSION_OWN_AUDIT_LOG] = EVERYONE,
  [BD_PERMISSION_AUDIT_LOG] = SUPERVISOR | ADMINISTRATOR,
};

gboolean
bd_role_may (BdRole       role,
             BdPermission permission)
{
  if ((guint) permission >= BD_N_PERMISSIONS || (guint) role > BD_ROLE_ADMINISTRATOR)
    return FALSE;
  return (grants[permission] & (1u << role)) != 0;
}
