/* bd-search.c — what a search text asks for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Counter staff type whatever the customer gives them: "王", "138 1234 5678", "5678",
 * "02X", a policy number read off a letter. Recognising the kind here keeps the store's
 * queries simple and each one on its index.
 */
#define G_LOG_DOMAIN "bd-search"

#include "config.h"

#include <string.h>

#include "bd-search.h"

/* Digits, with spaces and dashes as people write them, and an X only at the end. */
static gboolean
looks_like_number (const char *text)
{
  gboolean seen_digit = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        seen_digit = TRUE;
      else if ((*p == 'x' || *p == 'X') && p[1] == '\0')
        continue;
      else if (*p != ' ' && *p != '-' && *p != '+')
        return FALSE;
    }
  return seen_digit;
}

static char *
keep_number_characters (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (out, *p);
      else if (*p == 'x' || *p == 'X')
        g_string_append_c (out, 'X');
    }
  return g_string_free (out, FALSE);
}

static BdSearchKind
classify_number (const char *text,
                 char      **normalized)
{
  g_autofree char *digits = keep_number_characters (text);
  gsize len = strlen (digits);
  gboolean has_x = len > 0 && digits[len - 1] == 'X';
  const char *mobile = digits;

  /* +86 138…, 0086 138…: the country code in front of a mobile. */
  if (len == 13 && g_str_has_prefix (digits, "86") && digits[2] == '1')
    mobile = digits + 2;
  else if (len == 15 && g_str_has_prefix (digits, "0086") && digits[4] == '1')
    mobile = digits + 4;

  if (strlen (mobile) == 11 && mobile[0] == '1' && mobile[1] >= '3' && !has_x)
    {
      *normalized = g_strdup (mobile);
      return BD_SEARCH_MOBILE;
    }

  *normalized = g_steal_pointer (&digits);
  if (len == 4 && !has_x)
    return BD_SEARCH_TAIL4;
  if (len == 4 || len == 5 || len == 6)
    return BD_SEARCH_ID_TAIL;
  if (len == 18 || (len == 15 && !has_x))
    return BD_SEARCH_ID_NUMBER;
  return BD_SEARCH_POLICY;
}

/* Spaces do not count in a name: "欧阳 明远" is 欧阳明远, "John Smith" is johnsmith. Format
 * characters (zero-width spaces and joiners, which names pasted from documents carry)
 * are invisible and do not count either. */
static char *
without_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && g_unichar_type (c) != G_UNICODE_FORMAT)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Text that normalising leaves as it is but for its spaces: ASCII without capitals, and
 * CJK unified ideographs (U+3400–U+9FFF: no decomposition, no case). Nearly every
 * Chinese name and every number typed at the counter is only these, so the search and
 * the storing of a million demo customers skip the Unicode tables for them. */
static gboolean
is_already_normal (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 ? g_ascii_isupper (c) : c < 0x3400 || c > 0x9fff)
        return FALSE;
    }
  return TRUE;
}

char *
bd_search_normalize (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *compatible = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *normal = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  if (is_already_normal (text))
    return without_spaces (text);

  /* NFKC makes full-width letters and digits (ＡＢ, １３８) and the ideographic space
   * plain ones; case folding makes O'Brien o'brien (and Straße strasse); a second NFKC
   * puts back what folding may have decomposed (Unicode's NFKC_Casefold does the same in
   * one table, which GLib lacks). */
  compatible = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  folded = g_utf8_casefold (compatible, -1);
  normal = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKC);
  return without_spaces (normal);
}

BdSearchKind
bd_search_classify (const char  *text,
                    char       **normalized)
{
  g_autofree char *compact = NULL;

  g_return_val_if_fail (normalized != NULL, BD_SEARCH_EMPTY);

  *normalized = NULL;
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return BD_SEARCH_EMPTY;

  /* Full-width digits (１３８…, ８０００) are digits, and a name is looked up in the form
   * the store keeps it in. */
  compact = bd_search_normalize (text);
  if (compact[0] == '\0')
    return BD_SEARCH_EMPTY;
  if (looks_like_number (compact))
    return classify_number (compact, normalized);

  *normalized = g_steal_pointer (&compact);
  return BD_SEARCH_NAME;
}
