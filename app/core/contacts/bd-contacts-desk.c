/* bd-contacts-desk.c — the desk's writes of contact records and tracing, by the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window never says who writes: the session does. Each call asks the permission
 * table and runs the store's write (which writes its own audit row) inside the session's
 * one transaction (bd_session_write()).
 */
#include "config.h"

#include "bd-contacts-desk.h"
#include "bd-contacts-store.h"

typedef struct
{
  gint64           id;         /* the contact or the policy */
  BdContact       *contact;    /* the new record or the correction */
  const char      *reason;
  BdTracingMethod  method;
  gboolean         reached;
  const char      *outcome;
  BdServiceClass  *service_class;
} ContactWrite;

/* Writes a new record or a correction, which the store numbers: rolled back with
 * everything in it, even when the store's own part had succeeded, it keeps no number. */
static gboolean
write_numbered (BdSession           *session,
                BdSessionWriteFunc   write_func,
                ContactWrite        *write,
                GError             **error)
{
  if (bd_session_write (session, BD_PERMISSION_RECORD_CONTACTS, write_func, write, error))
    return TRUE;
  bd_contact_set_id (write->contact, 0);
  return FALSE;
}

static gboolean
record_cb (BdStore   *store,
           gint64     staff_id,
           gpointer   user_data,
           GError   **error)
{
  ContactWrite *write = user_data;

  /* Who made the contact is who records it (domain §6: recorded by the staff member). */
  bd_contact_set_staff_id (write->contact, staff_id);
  return bd_store_add_contact (store, write->contact, error);
}

gboolean
bd_contacts_desk_record (BdSession  *session,
                         BdContact  *contact,
                         GError    **error)
{
  ContactWrite write = { .contact = contact };

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (BD_IS_CONTACT (contact), FALSE);

  return write_numbered (session, record_cb, &write, error);
}

gboolean
bd_contacts_desk_may_amend (BdSession *session,
                            BdContact *contact)
{
  BdStaff *staff;

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (BD_IS_CONTACT (contact), FALSE);

  if (!bd_session_may (session, BD_PERMISSION_RECORD_CONTACTS))
    return FALSE;
  staff = bd_session_get_staff (session);
  return bd_contact_may_amend (contact, bd_staff_get_id (staff), bd_staff_get_role (staff));
}

static gboolean
void_cb (BdStore   *store,
         gint64     staff_id,
         gpointer   user_data,
         GError   **error)
{
  ContactWrite *write = user_data;

  return bd_store_void_contact (store, write->id, staff_id, write->reason, error);
}

gboolean
bd_contacts_desk_void (BdSession   *session,
                       gint64       contact_id,
                       const char  *reason,
                       GError     **error)
{
  ContactWrite write = { .id = contact_id, .reason = reason };

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  return bd_session_write (session, BD_PERMISSION_RECORD_CONTACTS, void_cb, &write, error);
}

static gboolean
correct_cb (BdStore   *store,
            gint64     staff_id,
            gpointer   user_data,
            GError   **error)
{
  ContactWrite *write = user_data;

  return bd_store_correct_contact (store, write->id, write->contact, staff_id, write->reason,
                                   error);
}

gboolean
bd_contacts_desk_correct (BdSession   *session,
                          gint64       contact_id,
                          BdContact   *correction,
                          const char  *reason,
                          GError     **error)
{
  ContactWrite write = { .id = contact_id, .contact = correction, .reason = reason };

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (BD_IS_CONTACT (correction), FALSE);

  return write_numbered (session, correct_cb, &write, error);
}

static gboolean
tracing_cb (BdStore   *store,
            gint64     staff_id,
            gpointer   user_data,
            GError   **error)
{
  ContactWrite *write = user_data;

  return bd_store_record_tracing (store, write->id, write->method, write->reached, write->outcome,
                                  staff_id, write->service_class, error);
}

gboolean
bd_contacts_desk_record_tracing (BdSession        *session,
                                 gint64            policy_id,
                                 BdTracingMethod   method,
                                 gboolean          reached,
                                 const char       *outcome,
                                 BdServiceClass   *service_class,
                                 GError          **error)
{
  ContactWrite write = { .id = policy_id, .method = method, .reached = reached,
                         .outcome = outcome, .service_class = service_class };

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);

  return bd_session_write (session, BD_PERMISSION_RECORD_CONTACTS, tracing_cb, &write, error);
}
