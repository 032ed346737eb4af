/* bd-household-desk.c — the desk's household edits and protection need, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window never says who edits: the session does. Each call asks the permission table
 * and runs the store's edit (which writes its own audit row) inside the session's one
 * transaction (bd_session_write()).
 */
#include "config.h"

#include "bd-household-desk.h"
#include "bd-household-store.h"

typedef enum
{
  MEMBER_ADD,
  MEMBER_REMOVE,
  MEMBER_RELATION,
  NEED_SET,
} HouseholdEdit;

typedef struct
{
  HouseholdEdit            edit;
  gint64                   household_id;
  gint64                   customer_id;
  BdRelation               relation;
  const char              *reason;
  const BdProtectionNeed  *need;
} HouseholdWrite;

static gboolean
household_cb (BdStore   *store,
              gint64     staff_id,
              gpointer   user_data,
              GError   **error)
{
  const HouseholdWrite *write = user_data;

  switch (write->edit)
    {
    case MEMBER_ADD:
      return bd_store_add_household_member (store, write->household_id, write->customer_id,
                                            write->relation, staff_id, write->reason, error);
    case MEMBER_REMOVE:
      return bd_store_remove_household_member (store, write->household_id, write->customer_id,
                                               staff_id, write->reason, error);
    case MEMBER_RELATION:
      return bd_store_set_member_relation (store, write->household_id, write->customer_id,
                                           write->relation, staff_id, write->reason, error);
    case NEED_SET:
      return bd_store_set_household_need (store, write->household_id, write->need, staff_id,
                                          error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* Every household write, with the permission its kind needs. */
static gboolean
write_household (BdSession             *session,
                 const HouseholdWrite  *write,
                 GError               **error)
{
  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  return bd_session_write (session,
                           write->edit == NEED_SET ? BD_PERMISSION_SET_PROTECTION_NEED
                                                   : BD_PERMISSION_EDIT_HOUSEHOLD,
                           household_cb, (gpointer) write, error);
}

gboolean
bd_household_desk_add_member (BdSession   *session,
                              gint64       household_id,
                              gint64       customer_id,
                              BdRelation   relation,
                              const char  *reason,
                              GError     **error)
{
  HouseholdWrite write = { MEMBER_ADD, household_id, customer_id, relation, reason, NULL };

  return write_household (session, &write, error);
}

gboolean
bd_household_desk_remove_member (BdSession   *session,
                                 gint64       household_id,
                                 gint64       customer_id,
                                 const char  *reason,
                                 GError     **error)
{
  HouseholdWrite write = { MEMBER_REMOVE, household_id, customer_id, BD_RELATION_OTHER, reason,
                           NULL };

  return write_household (session, &write, error);
}

gboolean
bd_household_desk_set_relation (BdSession   *session,
                                gint64       household_id,
                                gint64       customer_id,
                                BdRelation   relation,
                                const char  *reason,
                                GError     **error)
{
  HouseholdWrite write = { MEMBER_RELATION, household_id, customer_id, relation, reason, NULL };

  return write_household (session, &write, error);
}

gboolean
bd_household_desk_set_need (BdSession               *session,
                            gint64                   household_id,
                            const BdProtectionNeed  *need,
                            GError                 **error)
{
  HouseholdWrite write = { NEED_SET, household_id, 0, BD_RELATION_OTHER, NULL, need };

  g_return_val_if_fail (need != NULL, FALSE);

  return write_household (session, &write, error);
}
