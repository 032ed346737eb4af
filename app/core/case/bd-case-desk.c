/* bd-case-desk.c — what every workflow's desk calls share about a case and the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-case-desk.h"

GPtrArray *
bd_case_desk_list_steps (BdSession *session,
                         BdCase    *kase)
{
  BdStaff *staff;
  BdStepFacts facts;

  g_return_val_if_fail (BD_IS_SESSION (session), NULL);
  g_return_val_if_fail (BD_IS_CASE (kase), NULL);

  if ((staff = bd_session_get_staff (session)) == NULL)
    return g_ptr_array_new ();
  bd_case_get_step_facts (kase, bd_staff_get_role (staff), bd_staff_get_id (staff), NULL, &facts);
  return bd_lifecycle_list_steps (bd_case_get_kind (kase)->lifecycle, bd_case_get_state (kase),
                                  &facts);
}

BdPermission
bd_case_desk_step_permission (BdCase       *kase,
                              const char   *to,
                              BdPermission  fallback)
{
  const BdCaseStep *step;

  g_return_val_if_fail (BD_IS_CASE (kase), fallback);

  step = bd_lifecycle_find_step (bd_case_get_kind (kase)->lifecycle, bd_case_get_state (kase), to);
  return step != NULL ? step->permission : fallback;
}
