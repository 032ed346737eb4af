/* bd-identity.h — identity numbers, phone numbers, credit codes and masking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "bd-types.h"

G_BEGIN_DECLS

#define BD_IDENTITY_ERROR (bd_identity_error_quark ())

typedef enum
{
  BD_IDENTITY_ERROR_EMPTY,
  BD_IDENTITY_ERROR_LENGTH,
  BD_IDENTITY_ERROR_CHARACTERS,
  BD_IDENTITY_ERROR_DATE,
  BD_IDENTITY_ERROR_FUTURE,
  BD_IDENTITY_ERROR_CHECK,
  BD_IDENTITY_ERROR_PHONE,
  BD_IDENTITY_ERROR_CREDIT_CODE,
} BdIdentityError;

GQuark bd_identity_error_quark (void);

typedef struct
{
  char            number[19];     /* the 18-character form, upper-case X */
  BdDocumentType  type;           /* resident id, residence permit, foreign permanent */
  GDate           birth;
  BdSex           sex;
  char            area[7];        /* the six-digit area code */
  const char     *region;         /* untranslated, e.g. "北京市朝阳区", as it was named in
                                   * the birth year or the first year after; NULL when
                                   * unknown */
  gboolean        area_known;     /* the code was in use in the birth year or since; FALSE
                                   * is a warning, never an error */
  guint           area_retired;   /* when the code is known but went out of use before
                                   * the birth year: the last year it was in use; else 0 */
  gboolean        converted;      /* read from an old 15-digit number */
} BdIdentity;

/* Parses and validates an identity number (18 characters, or an old 15-digit one that is
 * converted). @today is the date "in the future" is measured against; NULL means the system
 * date. Returns FALSE with a BD_IDENTITY_ERROR that says exactly what is wrong. */
gboolean  bd_identity_parse               (const char   *text,
                                           const GDate  *today,
                                           BdIdentity   *out,
                                           GError      **error);

/* The ISO 7064 MOD 11-2 check character of the first 17 digits. */
char      bd_identity_check_character     (const char   *first17);

/* Converts an old 15-digit number to its 18-character form (19YYMMDD, check added). */
char     *bd_identity_convert_15_to_18    (const char   *old_number,
                                           GError      **error);

/* Builds a valid 18-character number (for tests and the demo): @area is 6 digits,
 * @sequence 0..999 (its parity gives the sex). */
char     *bd_identity_compose             (const char   *area,
                                           const GDate  *birth,
                                           guint         sequence);

/* Region name for a six-digit area code (untranslated Chinese), or NULL. */
const char *bd_identity_lookup_region     (const char   *area);

/* Mainland mobile number: strips +86, 0086, spaces and dashes; returns the 11 digits or
 * NULL with BD_IDENTITY_ERROR_PHONE. */
char     *bd_phone_normalize              (const char   *text,
                                           GError      **error);

/* Unified social credit code (GB 32100-2015). */
gboolean  bd_credit_code_validate         (const char   *code,
                                           GError      **error);

/* Bank card numbers (ISO/IEC 7812): the Luhn check digit of @digits (only digits, the
 * check digit left out), and whether a card number passes the check (spaces and dashes
 * are ignored; FALSE for anything else than 12 to 19 digits). */
char      bd_luhn_check_digit             (const char   *digits);
gboolean  bd_bank_card_luhn_valid         (const char   *number);

/* Masks for the public desk: "110105********002X", "138****5678", "**** **** **** 1234".
 * They never fail: a value too short to mask meaningfully is masked whole. */
char     *bd_mask_identity_number         (const char   *number);
char     *bd_mask_phone                   (const char   *phone);
char     *bd_mask_bank_account            (const char   *account);

G_END_DECLS
