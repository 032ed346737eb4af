/* bd-search.h — what a search text asks for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One search field takes everything; the kind is recognised from the text. */
typedef enum
{
  BD_SEARCH_EMPTY,
  BD_SEARCH_NAME,        /* Chinese (or other) letters: a whole name or a part of it */
  BD_SEARCH_MOBILE,      /* a whole mainland mobile number */
  BD_SEARCH_TAIL4,       /* four digits: the end of a mobile or of an identity number */
  BD_SEARCH_ID_TAIL,     /* five or six characters ending an identity number (X allowed) */
  BD_SEARCH_ID_NUMBER,   /* a whole identity number, 18 characters or an old 15-digit one */
  BD_SEARCH_POLICY,      /* any other run of digits: a policy number */
} BdSearchKind;

/* The one form in which names are stored for searching and typed text is compared:
 * NFKC (full-width letters and digits, compatibility characters), case-folded, without
 * spaces. The store keeps it for every name (customer.name_key and its grams). */
char        *bd_search_normalize (const char  *text);

/* Recognises @text, after bd_search_normalize(), and writes the form to look up into
 * *@normalized (free it): spaces and dashes dropped from numbers, +86/0086 dropped from
 * mobiles, x made X, a name in its normalised form. */
BdSearchKind bd_search_classify  (const char  *text,
                                  char       **normalized);

G_END_DECLS
