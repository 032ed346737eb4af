/* bd-print-recovery.h — the recovery key sheet, printed once when a branch gets its key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-printed-form.h"

G_BEGIN_DECLS

/* One A4 page: the branch, when, the key's fingerprint and the recovery key itself in
 * large type, with what to do with the sheet. */
BdPrintedForm *bd_printed_form_new_recovery_sheet (const char *branch,
                                                   const char *recovery_key,
                                                   const char *fingerprint,
                                                   const char *created);

G_END_DECLS
