/* bd-print-spotchecks.h — the spot checks' report: on paper with its charts, and as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-printed-form.h"
#include "bd-spotchecks-store.h"

G_BEGIN_DECLS

/* The results of the checks of [@from, @to] for the branch (@staff_id 0) or one staff
 * member: the totals, per staff member, per kind of work, per item (bars of their pass
 * rates) and the trend of the twelve months up to @to's (a line); one A4 page. */
BdPrintedForm *bd_printed_form_new_spot_report (BdStore     *store,
                                                const char  *from,
                                                const char  *to,
                                                gint64       staff_id,
                                                GError     **error);
/* The same results as CSV, UTF-8 with a byte-order mark: a line per staff member, kind
 * of work and item, then the branch. */
char          *bd_spot_results_to_csv          (BdStore             *store,
                                                const BdSpotResults *results,
                                                const char          *from,
                                                const char          *to);

G_END_DECLS
