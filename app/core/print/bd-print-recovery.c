/* bd-print-recovery.c — the recovery key sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whoever holds this sheet can read the branch's identity numbers, phones and accounts:
 * it is printed once, when the key is made, and locked away (JR/T 0171-2020 asks that
 * keys be kept apart from the data they protect). Nothing about customers is on it.
 */
#define G_LOG_DOMAIN "bd-print"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-print-recovery.h"

typedef struct
{
  char *branch;
  char *recovery_key;
  char *lines;         /* the key, four groups to a line */
  char *fingerprint;
  char *created;
} RecoverySheet;

static void
recovery_sheet_free (gpointer data)
{
  RecoverySheet *sheet = data;

  g_free (sheet->branch);
  /* The key's text is the key: wiped, not only freed. */
  if (sheet->recovery_key != NULL)
    memset (sheet->recovery_key, 0, strlen (sheet->recovery_key));
  g_free (sheet->recovery_key);
  if (sheet->lines != NULL)
    memset (sheet->lines, 0, strlen (sheet->lines));
  g_free (sheet->lines);
  g_free (sheet->fingerprint);
  g_free (sheet->created);
  g_free (sheet);
}

#define MARGIN 64.0

static double
draw_labelled (cairo_t    *cr,
               double      y,
               double      width,
               const char *label,
               const char *value)
{
  /* Translators: a label and its value on the recovery key sheet ("Key made: 2026-12-03"). */
  g_autofree char *line = g_strdup_printf (_("%s: %s"), label, value);

  return y + bd_print_text (cr, BD_PRINT_FONT_SANS, 11, MARGIN, y, width, PANGO_ALIGN_LEFT,
                            line) + 6;
}

static void
draw_recovery_page (const BdPrintedForm *form,
                    guint                page,
                    cairo_t             *cr,
                    double               width,
                    double               height)
{
  const RecoverySheet *sheet = bd_printed_form_get_data (form);
  double text_width = width - 2 * MARGIN;
  double y = MARGIN;

  cairo_set_source_rgb (cr, 0, 0, 0);
  y += bd_print_text (cr, BD_PRINT_FONT_SERIF_BOLD, 20, MARGIN, y, text_width,
                      PANGO_ALIGN_CENTER, _("Branch Desk — Recovery Key")) + 24;
  y = draw_labelled (cr, y, text_width, _("Branch database"), sheet->branch);
  y = draw_labelled (cr, y, text_width, _("Key made"), sheet->created);
  y = draw_labelled (cr, y, text_width, _("Key fingerprint"), sheet->fingerprint) + 24;

  /* The key in large type, in a box: read aloud or typed in letter by letter. */
  cairo_set_line_width (cr, 1.5);
  cairo_rectangle (cr, MARGIN, y, text_width, 120);
  cairo_stroke (cr);
  bd_print_text (cr, BD_PRINT_FONT_SANS_BOLD, 17, MARGIN + 12, y + 22, text_width - 24,
                 PANGO_ALIGN_CENTER, sheet->lines);
  y += 120 + 28;

  bd_print_text (cr, BD_PRINT_FONT_SANS, 11, MARGIN, y, text_width, PANGO_ALIGN_LEFT,
                 _("Whoever has this key can read the identity numbers, phones and bank "
                   "accounts of the branch’s customers. Keep this sheet locked away, apart "
                   "from the computer and its backups; do not photograph or copy it.\n\n"
                   "It is needed when the key is lost from the desk’s keyring (a new "
                   "computer, a new user): an administrator types it in with "
                   "“branchdesk-admin recover-key DATABASE”. Letters and digits may be "
                   "typed in either case, with or without the dashes; O is read as 0, I "
                   "and L as 1. Without the key and without this sheet, the branch’s "
                   "numbers cannot be read again by anyone."));
}

/* "AAAAA-BBBBB-…" as lines of four groups: a line break never falls inside a group. */
static char *
key_in_lines (const char *key)
{
  g_auto(GStrv) groups = g_strsplit (key, "-", -1);
  GString *lines = g_string_new (NULL);

  for (guint i = 0; groups[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (lines, i % 4 == 0 ? "\n" : " - ");
      g_string_append (lines, groups[i]);
      memset (groups[i], 0, strlen (groups[i]));
    }
  return g_string_free (lines, FALSE);
}

BdPrintedForm *
bd_printed_form_new_recovery_sheet (const char *branch,
                                    const char *recovery_key,
                                    const char *fingerprint,
                                    const char *created)
{
  RecoverySheet *sheet = g_new0 (RecoverySheet, 1);

  g_return_val_if_fail (recovery_key != NULL, NULL);

  sheet->branch = g_strdup (branch);
  sheet->recovery_key = g_strdup (recovery_key);
  sheet->lines = key_in_lines (recovery_key);
  sheet->fingerprint = g_strdup (fingerprint);
  sheet->created = g_strdup (created);
  return bd_printed_form_new (_("Recovery key"), BD_PAPER_A4, 1, draw_recovery_page, sheet,
                              recovery_sheet_free);
}
