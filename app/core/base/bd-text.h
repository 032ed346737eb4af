/* bd-text.h — what text may enter the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BD_TEXT_ERROR (bd_text_error_quark ())

typedef enum
{
  BD_TEXT_ERROR_NOT_UTF8,
  BD_TEXT_ERROR_CONTROL,
  BD_TEXT_ERROR_TOO_LONG,
} BdTextError;

GQuark bd_text_error_quark (void);

/* One line (a name, a setting) or several (an address, notes, an outcome). */
typedef enum
{
  BD_TEXT_LINE,
  BD_TEXT_LINES,
} BdTextKind;

/* The longest text kept, in characters: far above any name, address or note at a counter,
 * far below what would make a row a burden. */
#define BD_TEXT_MAX_CHARS 2000

/* @text as the core keeps it — NFC, without leading or trailing white space — or NULL
 * with @error set when it is not UTF-8, holds control characters (a line break only in
 * BD_TEXT_LINES) or is longer than BD_TEXT_MAX_CHARS. NULL text gives NULL, no error. */
char   *bd_text_clean        (const char  *text,
                              BdTextKind   kind,
                              GError     **error);

/* The string property @property of @object through bd_text_clean(), set back in its kept
 * form; FALSE, the object unchanged, when refused. Every model's texts enter the core so. */
gboolean bd_text_clean_property (gpointer     object,
                                 const char  *property,
                                 BdTextKind   kind,
                                 GError     **error);

G_END_DECLS
