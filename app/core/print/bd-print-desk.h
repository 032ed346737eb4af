/* bd-print-desk.h — a form's audit row, written by the session before it is printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-printed-form.h"
#include "bd-session.h"

G_BEGIN_DECLS

/* Writes @form's audit row in the name of the signed-in staff member (with @saved_path:
 * saved there as a PDF; see bd_printed_form_audit()). Needs BD_PERMISSION_PRINT_FORMS,
 * else BD_SESSION_ERROR_NOT_ALLOWED and nothing written. The window prints or saves only
 * when this returns TRUE. */
gboolean bd_print_desk_audit (BdSession            *session,
                              const BdPrintedForm  *form,
                              const char           *saved_path,
                              GError              **error);

G_END_DECLS
