/* bd-csv.h — CSV as the branch's spreadsheets open it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A new CSV text: UTF-8 with a byte-order mark, which is what makes a spreadsheet on the
 * branch's computers read it as Chinese rather than as the local code page. */
GString *bd_csv_new          (void);
/* Appends @value as one field, quoted when it holds a comma, a quote or a line break
 * (RFC 4180); NULL is an empty field. */
void     bd_csv_append_field (GString    *csv,
                              const char *value);
/* Ends a line (CRLF, RFC 4180). */
void     bd_csv_end_line     (GString    *csv);

G_END_DECLS
