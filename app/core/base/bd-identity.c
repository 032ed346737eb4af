/* bd-identity.c — identity numbers, phone numbers, credit codes and masking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Identity numbers follow GB 11643-1999: six digits of area, eight of birth date, three of
 * sequence (odd for men) and an ISO 7064 MOD 11-2 check character. The same layout serves
 * the residence permits of Hong Kong, Macao and Taiwan residents and the 2023 foreigner's
 * permanent residence card. Parsing is on the hot path of the demo generator and the
 * database checker (a million calls each), so it works in place on the caller's string and
 * allocates nothing.
 */
#define G_LOG_DOMAIN "bd-identity"

#include "config.h"

#include "bd-identity.h"

#include "bd-clock.h"
#include "bd-regions-private.h"

#include <string.h>

#include <glib/gi18n-lib.h>

G_DEFINE_QUARK (bd-identity-error-quark, bd_identity_error)

/* The national standard's own example (440524188001010014) was born in 1880, so the
 * floor cannot be 1900; nobody at our counters was born before this. */
#define MIN_BIRTH_YEAR 1800

static const guint8 id_weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
static const char id_check_characters[] = "10X98765432";

/* GB 32100-2015: 31 characters, without I, O, S, V and Z; weights are 3^i mod 31. */
static const char credit_alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
static const guint8 credit_weights[17] = {
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
};

/* Input as typed: the part between surrounding blanks, measured in bytes and characters. */
typedef struct
{
  const char *start;
  gsize       n_bytes;
  gsize       n_chars;
  gboolean    utf8;     /* FALSE when the bytes are not UTF-8: then one byte, one character */
} BdSpan;

/* People paste numbers from Chinese documents, which pad with ideographic spaces. */
static gsize
blank_length (const char *p,
              const char *end)
{
  if (p < end && g_ascii_isspace (*p))
    return 1;
  if (end - p >= 3 && memcmp (p, "\xe3\x80\x80", 3) == 0)
    return 3;

  return 0;
}

static gsize
trailing_blank_length (const char *start,
                       const char *end)
{
  if (end > start && g_ascii_isspace (end[-1]))
    return 1;
  if (end - start >= 3 && memcmp (end - 3, "\xe3\x80\x80", 3) == 0)
    return 3;

  return 0;
}

static void
span_init (BdSpan     *span,
           const char *text)
{
  const char *start = text != NULL ? text : "";
  const char *end = start + strlen (start);
  gsize n;
  const char *p;

  while ((n = blank_length (start, end)) > 0)
    start += n;
  while ((n = trailing_blank_length (start, end)) > 0)
    end -= n;

  span->start = start;
  span->n_bytes = end - start;
  span->n_chars = span->n_bytes;
  span->utf8 = TRUE;

  /* Only count characters when there is something other than ASCII. */
  for (p = start; p < end; p++)
    if ((guchar) *p >= 0x80)
      {
        span->utf8 = g_utf8_validate_len (start, span->n_bytes, NULL);
        if (span->utf8)
          span->n_chars = g_utf8_strlen (start, span->n_bytes);
        break;
      }
}

static const char *
span_next (const BdSpan *span,
           const char   *p)
{
  return span->utf8 ? g_utf8_next_char (p) : p + 1;
}

/* A printable form of the character at @p for an error message, into @buf. */
static const char *
describe_char (const BdSpan *span,
               const char   *p,
               char          buf[16])
{
  if ((guchar) *p < 0x80 && g_ascii_isprint (*p))
    {
      buf[0] = *p;
      buf[1] = '\0';
    }
  else if ((guchar) *p >= 0x80 && span->utf8)
    {
      gint n = g_unichar_to_utf8 (g_utf8_get_char (p), buf);
      buf[n] = '\0';
    }
  else
    g_snprintf (buf, 16, "\\x%02X", (guint) (guchar) *p);

  return buf;
}

static guint
read_digits (const char *digits,
             guint       n)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (guint) (digits[i] - '0');

  return value;
}

static void
write_digits (char  *out,
              guint  value,
              guint  n)
{
  for (guint i = n; i > 0; i--)
    {
      out[i - 1] = (char) ('0' + value % 10);
      value /= 10;
    }
}

static gboolean
all_digits (const char *text,
            guint       n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  return TRUE;
}

static char
compute_check_character (const char *first17)
{
  guint sum = 0;

  for (guint i = 0; i < 17; i++)
    sum += (guint) (first17[i] - '0') * id_weights[i];

  return id_check_characters[sum % 11];
}

/* Identity numbers: parsing */

static gboolean
check_length (const BdSpan  *span,
              GError       **error)
{
  if (span->n_bytes == 0)
    {
      g_set_error_literal (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_EMPTY,
                           _("The identity number is empty"));
      return FALSE;
    }

  if (span->n_chars == 18 || span->n_chars == 15)
    return TRUE;

  g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_LENGTH,
               g_dngettext (GETTEXT_PACKAGE,
                            "The identity number has %u character, but 18 are needed (15 for an old number)",
                            "The identity number has %u characters, but 18 are needed (15 for an old number)",
                            span->n_chars),
               (guint) span->n_chars);
  return FALSE;
}

static gboolean
is_allowed_id_char (char  c,
                    guint position,
                    guint length)
{
  if (g_ascii_isdigit (c))
    return TRUE;

  return length == 18 && position == 18 && (c == 'X' || c == 'x');
}

static gboolean
check_id_characters (const BdSpan  *span,
                     GError       **error)
{
  const char *end = span->start + span->n_bytes;
  guint length = (guint) span->n_chars;
  guint position = 1;
  char buf[16];

  for (const char *p = span->start; p < end; p = span_next (span, p), position++)
    {
      if (is_allowed_id_char (*p, position, length))
        continue;

      if (length == 18 && position == 18)
        g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_CHARACTERS,
                     _("The last character (“%s”) should be a digit or X"),
                     describe_char (span, p, buf));
      else
        g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_CHARACTERS,
                     _("Character %u (“%s”) should be a digit"),
                     position, describe_char (span, p, buf));
      return FALSE;
    }

  return TRUE;
}

static void
today_or_now (const GDate *today,
              guint       *year,
              guint       *month,
              guint       *day)
{
  GDate now;

  if (today == NULL)
    {
      bd_clock_get_today (NULL, &now);
      today = &now;
    }

  *year = g_date_get_year (today);
  *month = g_date_get_month (today);
  *day = g_date_get_day (today);
}

/* "YYYY-MM-DD" from the eight digits YYYYMMDD, for messages. */
static void
format_date (const char *digits,
             char        date[11])
{
  memcpy (date, digits, 4);
  date[4] = '-';
  memcpy (date + 5, digits + 4, 2);
  date[7] = '-';
  memcpy (date + 8, digits + 6, 2);
  date[10] = '\0';
}

static gboolean
check_date_exists (const char  *date,
                   guint        year,
                   guint        month,
                   guint        day,
                   GError     **error)
{
  if (month < 1 || month > 12)
    g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_DATE,
                 _("The birth date %s is impossible: there is no month %u"), date, month);
  else if (year < MIN_BIRTH_YEAR)
    g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_DATE,
                 _("The birth date %s is impossible: it is before %u"),
                 date, (guint) MIN_BIRTH_YEAR);
  else if (day == 0)
    g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_DATE,
                 _("The birth date %s is impossible: there is no day 0"), date);
  else if (day > g_date_get_days_in_month (month, year))
    g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_DATE,
                 _("The birth date %s is impossible: month %u of %u has %u days"),
                 date, month, year, (guint) g_date_get_days_in_month (month, year));
  else
    return TRUE;

  return FALSE;
}

/* @digits: the eight digits YYYYMMDD of a birth date. */
static gboolean
check_birth_date (const char   *digits,
                  const GDate  *today,
                  GError      **error)
{
  guint year = read_digits (digits, 4);
  guint month = read_digits (digits + 4, 2);
  guint day = read_digits (digits + 6, 2);
  guint t_year, t_month, t_day;
  char date[11];

  format_date (digits, date);
  if (!check_date_exists (date, year, month, day, error))
    return FALSE;

  today_or_now (today, &t_year, &t_month, &t_day);
  if (year * 10000 + month * 100 + day <= t_year * 10000 + t_month * 100 + t_day)
    return TRUE;

  g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_FUTURE,
               _("The birth date %s is in the future"), date);
  return FALSE;
}

static BdDocumentType
classify (const char *number,
          gboolean    converted)
{
  /* Old 15-digit numbers predate both permits. */
  if (converted)
    return BD_DOCUMENT_RESIDENT_ID;
  if (number[0] == '9')
    return BD_DOCUMENT_FOREIGN_PERMANENT;
  if (memcmp (number, "810000", 6) == 0 ||
      memcmp (number, "820000", 6) == 0 ||
      memcmp (number, "830000", 6) == 0)
    return BD_DOCUMENT_RESIDENCE_PERMIT;

  return BD_DOCUMENT_RESIDENT_ID;
}

/* Copies the number into @out as 18 upper-case characters; the check character of an old
 * number is filled in later, after the date has been checked. */
static void
copy_number (const BdSpan *span,
             BdIdentity   *out)
{
  if (span->n_chars == 15)
    {
      memcpy (out->number, span->start, 6);
      memcpy (out->number + 6, "19", 2);
      memcpy (out->number + 8, span->start + 6, 9);
      out->number[17] = '?';
      out->converted = TRUE;
    }
  else
    {
      memcpy (out->number, span->start, 18);
      out->number[17] = g_ascii_toupper (out->number[17]);
    }
  out->number[18] = '\0';
}

static gboolean
check_check_character (BdIdentity  *out,
                       GError     **error)
{
  char expected = compute_check_character (out->number);

  if (out->converted)
    out->number[17] = expected;

  if (out->number[17] == expected)
    return TRUE;

  g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_CHECK,
               _("The check character should be %c, not %c"),
               expected, out->number[17]);
  return FALSE;
}

/* A number is given at the first registration, never before birth: its code must have
 * been in use in the birth year or some year since (a county renamed after the number
 * was given keeps the old code on the number). */
static void
fill_region (BdIdentity *out)
{
  guint year = g_date_get_year (&out->birth);
  const BdRegion *region = bd_regions_find (out->area, year);

  if (region == NULL)
    {
      out->region = bd_regions_lookup_nearest (out->area, &out->area_known);
      return;
    }

  out->region = region->name;
  out->area_known = bd_region_in_use_since (region, year);
  out->area_retired = out->area_known ? 0 : region->last_year;
}

static void
fill_details (BdIdentity *out)
{
  const char *number = out->number;

  out->type = classify (number, out->converted);
  memcpy (out->area, number, 6);
  out->area[6] = '\0';

  g_date_clear (&out->birth, 1);
  g_date_set_dmy (&out->birth,
                  (GDateDay) read_digits (number + 12, 2),
                  (GDateMonth) read_digits (number + 10, 2),
                  (GDateYear) read_digits (number + 6, 4));

  out->sex = (number[16] - '0') % 2 == 1 ? BD_SEX_MALE : BD_SEX_FEMALE;

  /* A foreigner's card carries the issuing province and a nationality, not a place of
   * household registration: there is nothing to look up, and nothing to warn about. */
  if (out->type == BD_DOCUMENT_FOREIGN_PERMANENT)
    {
      out->region = NULL;
      out->area_known = TRUE;
    }
  else
    fill_region (out);
}

/**
 * bd_identity_parse:
 * @text: what was typed; surrounding blanks are ignored
 * @today: (nullable): the date births must not be after; %NULL for the clock's local day
 * @out: (out caller-allocates) (optional): the parsed number; unspecified on failure
 * @error: a #BD_IDENTITY_ERROR saying what is wrong
 *
 * The checks run in the order length, characters, birth date, check character, so that a
 * number with an impossible date is reported for its date even if its check character is
 * wrong too.
 *
 * Returns: whether @text is a valid identity number
 */
gboolean
bd_identity_parse (const char   *text,
                   const GDate  *today,
                   BdIdentity   *out,
                   GError      **error)
{
  BdIdentity scratch;
  BdSpan span;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out == NULL)
    out = &scratch;
  memset (out, 0, sizeof *out);

  span_init (&span, text);
  if (!check_length (&span, error) || !check_id_characters (&span, error))
    return FALSE;

  copy_number (&span, out);
  if (!check_birth_date (out->number + 6, today, error) ||
      !check_check_character (out, error))
    return FALSE;

  fill_details (out);

  return TRUE;
}

/**
 * bd_identity_check_character:
 * @first17: at least 17 characters, the first 17 of them digits
 *
 * Returns: the check character of an identity number starting with @first17: a digit or X
 */
char
bd_identity_check_character (const char *first17)
{
  g_return_val_if_fail (first17 != NULL, '\0');
  g_return_val_if_fail (all_digits (first17, 17), '\0');

  return compute_check_character (first17);
}

/**
 * bd_identity_convert_15_to_18:
 * @old_number: an old 15-digit number
 * @error: a #BD_IDENTITY_ERROR
 *
 * Returns: (transfer full) (nullable): the 18-character form, or %NULL when @old_number
 *   is not a valid old number
 */
char *
bd_identity_convert_15_to_18 (const char  *old_number,
                              GError     **error)
{
  BdIdentity identity;
  BdSpan span;

  g_return_val_if_fail (old_number != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  span_init (&span, old_number);
  if (span.n_bytes != 0 && span.n_chars != 15)
    {
      g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_LENGTH,
                   g_dngettext (GETTEXT_PACKAGE,
                                "An old identity number has 15 digits, but %u character was given",
                                "An old identity number has 15 digits, but %u characters were given",
                                span.n_chars),
                   (guint) span.n_chars);
      return NULL;
    }

  if (!bd_identity_parse (old_number, NULL, &identity, error))
    return NULL;

  return g_strdup (identity.number);
}

/**
 * bd_identity_compose:
 * @area: six digits
 * @birth: a valid date from year 1800 to 9999
 * @sequence: 0 to 999; odd for a man, even for a woman
 *
 * Returns: (transfer full): a valid 18-character number
 */
char *
bd_identity_compose (const char  *area,
                     const GDate *birth,
                     guint        sequence)
{
  char number[19];
  guint year;

  g_return_val_if_fail (area != NULL, NULL);
  g_return_val_if_fail (all_digits (area, 6) && area[6] == '\0', NULL);
  g_return_val_if_fail (birth != NULL && g_date_valid (birth), NULL);
  g_return_val_if_fail (sequence <= 999, NULL);

  year = g_date_get_year (birth);
  g_return_val_if_fail (year >= MIN_BIRTH_YEAR && year <= 9999, NULL);

  memcpy (number, area, 6);
  write_digits (number + 6, year, 4);
  write_digits (number + 10, g_date_get_month (birth), 2);
  write_digits (number + 12, g_date_get_day (birth), 2);
  write_digits (number + 14, sequence, 3);
  number[17] = compute_check_character (number);
  number[18] = '\0';

  return g_strndup (number, 18);
}

/* Mobile numbers */

static gboolean
is_phone_separator (char c)
{
  return c == ' ' || c == '-' || c == '\t';
}

static const char *
skip_country_code (const char *p,
                   const char *end)
{
  if (end - p >= 3 && memcmp (p, "+86", 3) == 0)
    return p + 3;
  if (end - p >= 4 && memcmp (p, "0086", 4) == 0)
    return p + 4;

  return p;
}

/* Collects the digits between @span's separators into @digits (room for 11 and a NUL);
 * returns how many digits there were, or -1 with @error set at the first other character. */
static gssize
collect_phone_digits (const BdSpan  *span,
                      char          *digits,
                      GError       **error)
{
  const char *end = span->start + span->n_bytes;
  gssize n = 0;
  char buf[16];

  for (const char *p = skip_country_code (span->start, end); p < end; p = span_next (span, p))
    {
      if (is_phone_separator (*p))
        continue;
      if (!g_ascii_isdigit (*p))
        {
          g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_PHONE,
                       _("A mobile number has only digits, but this one has “%s”"),
                       describe_char (span, p, buf));
          return -1;
        }
      if (n < 11)
        digits[n] = *p;
      n++;
    }

  return n;
}

/**
 * bd_phone_normalize:
 * @text: a mainland mobile number as typed, such as "+86 138-1234-5678"
 * @error: a #BD_IDENTITY_ERROR_PHONE
 *
 * Returns: (transfer full) (nullable): the eleven digits, or %NULL
 */
char *
bd_phone_normalize (const char  *text,
                    GError     **error)
{
  char digits[12];
  BdSpan span;
  gssize n;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  span_init (&span, text);
  if (span.n_bytes == 0)
    {
      g_set_error_literal (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_PHONE,
                           _("The mobile number is empty"));
      return NULL;
    }

  if ((n = collect_phone_digits (&span, digits, error)) < 0)
    return NULL;

  if (n != 11)
    {
      g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_PHONE,
                   _("A mobile number has 11 digits, but this one has %u"), (guint) n);
      return NULL;
    }

  if (digits[0] != '1' || digits[1] < '3')
    {
      g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_PHONE,
                   _("A mobile number starts with 13 to 19, not %c%c"),
                   digits[0], digits[1]);
      return NULL;
    }

  return g_strndup (digits, 11);
}

/* Unified social credit codes */

static gint
credit_value (char c)
{
  const char *found;

  if (c == '\0')
    return -1;
  found = strchr (credit_alphabet, g_ascii_toupper (c));

  return found != NULL ? (gint) (found - credit_alphabet) : -1;
}

static gboolean
check_credit_characters (const BdSpan  *span,
                         GError       **error)
{
  const char *end = span->start + span->n_bytes;
  guint position = 1;
  char buf[16];

  for (const char *p = span->start; p < end; p = span_next (span, p), position++)
    if (credit_value (*p) < 0)
      {
        g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_CREDIT_CODE,
                     _("Character %u (“%s”) cannot appear in a unified social credit code"),
                     position, describe_char (span, p, buf));
        return FALSE;
      }

  return TRUE;
}

static gboolean
check_credit_length (const BdSpan  *span,
                     GError       **error)
{
  if (span->n_bytes == 0)
    {
      g_set_error_literal (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_CREDIT_CODE,
                           _("The unified social credit code is empty"));
      return FALSE;
    }

  if (span->n_chars == 18)
    return TRUE;

  g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_CREDIT_CODE,
               g_dngettext (GETTEXT_PACKAGE,
                            "A unified social credit code has 18 characters, but %u was given",
                            "A unified social credit code has 18 characters, but %u were given",
                            span->n_chars),
               (guint) span->n_chars);
  return FALSE;
}

/**
 * bd_credit_code_validate:
 * @code: a unified social credit code; lower case and surrounding blanks are accepted
 * @error: a #BD_IDENTITY_ERROR_CREDIT_CODE
 *
 * Returns: whether @code is a valid code
 */
gboolean
bd_credit_code_validate (const char  *code,
                         GError     **error)
{
  BdSpan span;
  guint sum = 0;
  char expected, given;

  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  span_init (&span, code);
  if (!check_credit_length (&span, error) || !check_credit_characters (&span, error))
    return FALSE;

  for (guint i = 0; i < 17; i++)
    sum += (guint) credit_value (span.start[i]) * credit_weights[i];
  expected = credit_alphabet[(31 - sum % 31) % 31];
  given = g_ascii_toupper (span.start[17]);

  if (given == expected)
    return TRUE;

  g_set_error (error, BD_IDENTITY_ERROR, BD_IDENTITY_ERROR_CREDIT_CODE,
               _("The check character should be %c, not %c"), expected, given);
  return FALSE;
}

/* Masks */

static char *
stars (gsize n)
{
  char *masked = g_malloc (n + 1);

  memset (masked, '*', n);
  masked[n] = '\0';

  return masked;
}

/* Keeps @keep_start characters at the start and @keep_end at the end, stars the rest.
 * Every caller keeps at least 4, so values of fewer than 5 characters, which would show
 * nearly whole, are starred whole. */
static char *
mask_middle (const BdSpan *span,
             gsize         keep_start,
             gsize         keep_end)
{
  GString *masked;
  const char *tail;

  if (!span->utf8 || keep_start + keep_end >= span->n_chars)
    return stars (span->n_chars);

  tail = g_utf8_offset_to_pointer (span->start, (glong) (span->n_chars - keep_end));
  masked = g_string_sized_new (span->n_bytes);
  g_string_append_len (masked, span->start,
                       g_utf8_offset_to_pointer (span->start, (glong) keep_start) - span->start);
  for (gsize i = keep_start + keep_end; i < span->n_chars; i++)
    g_string_append_c (masked, '*');
  g_string_append_len (masked, tail, span->start + span->n_bytes - tail);

  return g_string_free (masked, FALSE);
}

/* Copies @text without spaces and dashes into a new string. */
static char *
strip_separators (const char *text)
{
  char *copy = g_strdup (text);
  char *out = copy;

  for (const char *p = text; *p != '\0'; p++)
    if (!is_phone_separator (*p))
      *out++ = *p;
  *out = '\0';

  return copy;
}

/**
 * bd_mask_identity_number:
 * @number: (nullable): a document number
 *
 * An 18-character number keeps its first 6 and last 4 characters, a 15-digit one its
 * first 6 and last 3; any other number keeps only its last 4.
 *
 * Returns: (transfer full): the masked number; "" for %NULL or ""
 */
char *
bd_mask_identity_number (const char *number)
{
  BdSpan span;

  span_init (&span, number);
  if (span.n_chars == 18)
    return mask_middle (&span, 6, 4);
  if (span.n_chars == 15)
    return mask_middle (&span, 6, 3);

  return mask_middle (&span, 0, 4);
}

/**
 * bd_mask_phone:
 * @phone: (nullable): a phone number as stored or typed
 *
 * Eleven digits (after removing +86, spaces and dashes) keep the first 3 and last 4;
 * anything else keeps only its last 4.
 *
 * Returns: (transfer full): the masked number; "" for %NULL or ""
 */
char *
bd_mask_phone (const char *phone)
{
  g_autofree char *cleaned = NULL;
  BdSpan span;

  if (phone == NULL)
    return g_strdup ("");

  cleaned = bd_phone_normalize (phone, NULL);
  if (cleaned == NULL)
    cleaned = strip_separators (phone);

  span_init (&span, cleaned);
  if (span.n_chars == 11)
    return mask_middle (&span, 3, 4);

  return mask_middle (&span, 0, 4);
}

/**
 * bd_mask_bank_account:
 * @account: (nullable): an account or card number; spaces and dashes are ignored
 *
 * Returns: (transfer full): "**** **** **** 1234"; "" for %NULL or ""
 */
char *
bd_mask_bank_account (const char *account)
{
  g_autofree char *cleaned = NULL;
  BdSpan span;
  const char *tail;

  if (account == NULL)
    return g_strdup ("");

  cleaned = strip_separators (account);
  span_init (&span, cleaned);
  if (span.n_chars < 5 || !span.utf8)
    return stars (span.n_chars);

  tail = g_utf8_offset_to_pointer (span.start, (glong) span.n_chars - 4);

  return g_strdup_printf ("**** **** **** %.*s",
                          (int) (span.start + span.n_bytes - tail), tail);
}

/* Bank cards */

/* The Luhn sum of @digits as if a check digit followed them: from the right, every other
 * digit starting with the last is doubled. */
static guint
luhn_sum (const char *digits,
          gsize       n)
{
  guint sum = 0;

  for (gsize i = 0; i < n; i++)
    {
      guint d = (guint) (digits[n - 1 - i] - '0');

      if (i % 2 == 0)
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
  return sum;
}

static char
luhn_digit (const char *digits,
            gsize       n)
{
  return (char) ('0' + (10 - luhn_sum (digits, n) % 10) % 10);
}

/**
 * bd_luhn_check_digit:
 * @digits: the digits of a card number without its check digit
 *
 * Returns: the check digit that makes @digits a valid card number, or '\0'
 */
char
bd_luhn_check_digit (const char *digits)
{
  gsize n;

  g_return_val_if_fail (digits != NULL, '\0');
  n = strlen (digits);
  g_return_val_if_fail (n > 0 && all_digits (digits, (guint) n), '\0');

  return luhn_digit (digits, n);
}

/**
 * bd_bank_card_luhn_valid:
 * @number: a card number as stored or typed
 *
 * Every bank card (UnionPay included) passes the Luhn check; a passbook account number
 * need not, so a failure is a reason to look, not proof of an error.
 *
 * Returns: whether @number is 12 to 19 digits and passes the Luhn check
 */
gboolean
bd_bank_card_luhn_valid (const char *number)
{
  g_autofree char *digits = NULL;
  gsize n;

  g_return_val_if_fail (number != NULL, FALSE);

  digits = strip_separators (number);
  n = strlen (digits);
  if (n < 12 || n > 19 || !all_digits (digits, (guint) n))
    return FALSE;

  return luhn_digit (digits, n - 1) == digits[n - 1];
}
