/* bd-text.c — what text may enter the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every text a person or a file gives the core passes here before it is stored: bytes
 * that are not UTF-8 would be read past their end by every function that walks
 * characters, control characters hide what a record says, and one form of each
 * character (NFC) keeps equal texts equal.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <glib-object.h>

#include "bd-text.h"

G_DEFINE_QUARK (bd-text-error-quark, bd_text_error)

static gboolean
allowed_control (gunichar   c,
                 BdTextKind kind)
{
  return kind == BD_TEXT_LINES && (c == '\n' || c == '\t');
}

static gboolean
check_characters (const char  *text,
                  BdTextKind   kind,
                  GError     **error)
{
  glong n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) && !allowed_control (c, kind))
        {
          g_set_error (error, BD_TEXT_ERROR, BD_TEXT_ERROR_CONTROL,
                       _("The text holds a control character (U+%04X)"), c);
          return FALSE;
        }
    }
  if (n > BD_TEXT_MAX_CHARS)
    {
      g_set_error (error, BD_TEXT_ERROR, BD_TEXT_ERROR_TOO_LONG,
                   _("The text is longer than %u characters"), (guint) BD_TEXT_MAX_CHARS);
      return FALSE;
    }
  return TRUE;
}

char *
bd_text_clean (const char  *text,
               BdTextKind   kind,
               GError     **error)
{
  g_autofree char *normal = NULL;

  if (text == NULL)
    return NULL;
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, BD_TEXT_ERROR, BD_TEXT_ERROR_NOT_UTF8,
                           _("The text is not valid UTF-8"));
      return NULL;
    }
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  if (!check_characters (normal, kind, error))
    return NULL;
  return g_strdup (g_strstrip (normal));
}

gboolean
bd_text_clean_property (gpointer     object,
                        const char  *property,
                        BdTextKind   kind,
                        GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *clean = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  g_object_get (object, property, &text, NULL);
  clean = bd_text_clean (text, kind, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  /* Unchanged text is not set again: no notification for nothing. */
  if (g_strcmp0 (clean, text) != 0)
    g_object_set (object, property, clean, NULL);
  return TRUE;
}
