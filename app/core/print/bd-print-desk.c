/* bd-print-desk.c — a form's audit row, written by the session before it is printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-print-desk.h"

typedef struct
{
  const BdPrintedForm *form;
  const char          *saved_path;
} PrintWrite;

static gboolean
audit_cb (BdStore   *store,
          gint64     staff_id,
          gpointer   user_data,
          GError   **error)
{
  PrintWrite *write = user_data;

  return bd_printed_form_audit (write->form, store, staff_id, write->saved_path, error);
}

gboolean
bd_print_desk_audit (BdSession            *session,
                     const BdPrintedForm  *form,
                     const char           *saved_path,
                     GError              **error)
{
  PrintWrite write = { form, saved_path };

  g_return_val_if_fail (BD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (form != NULL, FALSE);

  return bd_session_write (session, BD_PERMISSION_PRINT_FORMS, audit_cb, &write, error);
}
