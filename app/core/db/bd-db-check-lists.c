/* bd-db-check-lists.c — a table's CHECK lists spelled out as comparisons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bd-db-check-lists.h"

/* Lists this long or shorter SQLite compares in place already. */
#define IN_PLACE_LIST_LENGTH 2

static const char *
skip_space (const char *p)
{
  while (g_ascii_isspace (*p))
    p++;
  return p;
}

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* The end of the string literal starting at @p (on its opening quote): after its
 * closing quote, a doubled quote being one inside it; NULL if it never closes. */
static const char *
end_of_string (const char *p)
{
  for (p++; *p != '\0'; p++)
    if (*p == '\'' && p[1] == '\'')
      p++;
    else if (*p == '\'')
      return p + 1;
  return NULL;
}

/* The end of the literal at @p — a quoted string or an integer — or NULL for anything
 * else. */
static const char *
end_of_literal (const char *p)
{
  if (*p == '\'')
    return end_of_string (p);
  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return NULL;
  while (g_ascii_isdigit (*p))
    p++;
  return p;
}

/* The literals of the list whose "(" is at @open, and the end of its ")"; NULL if it is
 * not a list of literals. */
static GPtrArray *
read_list (const char  *open,
           const char **end)
{
  g_autoptr(GPtrArray) literals = g_ptr_array_new_with_free_func (g_free);
  const char *p = open + 1;

  for (;;)
    {
      const char *start = skip_space (p);
      const char *stop = end_of_literal (start);

      if (stop == NULL)
        return NULL;
      g_ptr_array_add (literals, g_strndup (start, stop - start));
      p = skip_space (stop);
      if (*p == ')')
        break;
      if (*p != ',')
        return NULL;
      p++;
    }
  *end = p + 1;
  return g_steal_pointer (&literals);
}

/* Whether @word (of @length) at @p stands alone: not part of a longer name. */
static gboolean
is_word_at (const char *sql,
            const char *p,
            const char *word)
{
  gsize length = strlen (word);

  return strncmp (p, word, length) == 0 && !is_name_char (p[length])
         && (p == sql || !is_name_char (p[-1]));
}

/* The column name that ends just before @in (spaces between), and its start; NULL when
 * the IN follows something else (an expression, a NOT). */
static char *
column_before (const char  *sql,
               const char  *in,
               const char **start)
{
  const char *end = in;
  const char *p;

  while (end > sql && g_ascii_isspace (end[-1]))
    end--;
  for (p = end; p > sql && is_name_char (p[-1]); p--)
    ;
  if (p == end || is_word_at (sql, p, "NOT") || g_ascii_isdigit (*p))
    return NULL;
  *start = p;
  return g_strndup (p, end - p);
}

static void
append_comparisons (GString    *out,
                    const char *column,
                    GPtrArray  *literals)
{
  g_string_append_c (out, '(');
  for (guint i = 0; i < literals->len; i++)
    g_string_append_printf (out, "%s%s = %s", i > 0 ? " OR " : "", column,
                            (const char *) literals->pdata[i]);
  g_string_append_c (out, ')');
}

/* At @p, on the word IN: writes the comparisons in place of the column and its list and
 * answers where the text goes on, or answers NULL and writes nothing. */
static const char *
spell_out_at (GString    *out,
              const char *sql,
              const char *p)
{
  const char *column_start = NULL;
  const char *open = skip_space (p + 2);
  const char *end = NULL;
  g_autofree char *column = NULL;
  g_autoptr(GPtrArray) literals = NULL;

  if (*open != '(' || (column = column_before (sql, p, &column_start)) == NULL
      || (literals = read_list (open, &end)) == NULL || literals->len <= IN_PLACE_LIST_LENGTH)
    return NULL;
  /* The column and the spaces after it were copied already. */
  g_string_truncate (out, out->len - (p - column_start));
  append_comparisons (out, column, literals);
  return end;
}

char *
bd_db_spell_out_check_lists_in (const char *sql)
{
  g_autoptr(GString) out = g_string_sized_new (strlen (sql) + 64);
  gboolean changed = FALSE;
  const char *p = sql;

  while (*p != '\0')
    {
      const char *next = NULL;

      if (*p == '\'' && (next = end_of_string (p)) != NULL)
        {
          g_string_append_len (out, p, next - p);
          p = next;
          continue;
        }
      if (is_word_at (sql, p, "IN") && (next = spell_out_at (out, sql, p)) != NULL)
        {
          changed = TRUE;
          p = next;
          continue;
        }
      g_string_append_c (out, *p++);
    }
  return changed ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}
