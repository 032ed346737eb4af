/* bd-csv.c — CSV as the branch's spreadsheets open it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bd-csv.h"

GString *
bd_csv_new (void)
{
  return g_string_new ("\xEF\xBB\xBF");
}

void
bd_csv_append_field (GString    *csv,
                     const char *value)
{
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\n\r") == NULL)
    {
      g_string_append (csv, value);
      return;
    }
  g_string_append_c (csv, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

void
bd_csv_end_line (GString *csv)
{
  g_string_append (csv, "\r\n");
}
