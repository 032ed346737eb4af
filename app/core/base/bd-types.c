/* bd-types.c — stable names and readable labels of the domain's enumerations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bd-types"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-types.h"

typedef struct
{
  const char *name;   /* stored in the database, never translated */
  const char *label;  /* N_() marked, translated when shown */
} BdEnumName;

static const BdEnumName sex_names[] = {
  { "unknown", N_("Unknown") },
  { "male", N_("Male") },
  { "female", N_("Female") },
};

static const BdEnumName role_names[] = {
  { "counter", N_("Counter staff") },
  { "supervisor", N_("Supervisor") },
  { "administrator", N_("Administrator") },
};

static const BdEnumName document_type_names[] = {
  { "resident-id", N_("Resident identity card") },
  { "residence-permit", N_("Residence permit (Hong Kong, Macao, Taiwan)") },
  { "foreign-permanent", N_("Foreigner's permanent residence card") },
  { "passport", N_("Passport") },
  { "travel-permit", N_("Mainland travel permit") },
  { "household-register", N_("Household register") },
  { "credit-code", N_("Unified social credit code") },
};

static const BdEnumName product_kind_names[] = {
  { "life", N_("Ordinary life") },
  { "critical-illness", N_("Critical illness") },
  { "medical", N_("Medical") },
  { "accident", N_("Accident") },
  { "annuity", N_("Annuity") },
  { "participating", N_("Participating") },
  { "universal", N_("Universal life") },
  { "unit-linked", N_("Unit-linked") },
};

static const BdEnumName policy_status_names[] = {
  { "in-force", N_("In force") },
  { "grace", N_("In grace period") },
  { "lapsed", N_("Lapsed") },
  { "surrendered", N_("Surrendered") },
  { "matured", N_("Matured") },
  { "claim-terminated", N_("Terminated by claim") },
  { "cooling-off-cancelled", N_("Cancelled in cooling-off") },
};

static const BdEnumName frequency_names[] = {
  { "single", N_("Single premium") },
  { "annual", N_("Annual") },
  { "semiannual", N_("Semi-annual") },
  { "quarterly", N_("Quarterly") },
  { "monthly", N_("Monthly") },
};

static const BdEnumName payment_method_names[] = {
  { "bank-debit", N_("Bank debit") },
  { "counter", N_("At the counter") },
  { "card", N_("Card") },
  { "door", N_("Door collection") },
};

static const BdEnumName survival_option_names[] = {
  { "cash", N_("Paid in cash") },
  { "accumulate", N_("Left to accumulate") },
  { "premium-offset", N_("Offset against premium") },
  { "none", N_("No survival benefit") },
};

static const BdEnumName service_class_names[] = {
  { "normal", N_("Normal") },
  { "difficult", N_("Difficult") },
  { "lapsed", N_("Lapsed case") },
};

static const BdEnumName beneficiary_kind_names[] = {
  { "death", N_("Death beneficiary") },
  { "survival", N_("Survival beneficiary") },
};

static const BdEnumName relation_names[] = {
  { "self", N_("Self") },
  { "spouse", N_("Spouse") },
  { "child", N_("Child") },
  { "parent", N_("Parent") },
  { "grandparent", N_("Grandparent") },
  { "grandchild", N_("Grandchild") },
  { "sibling", N_("Sibling") },
  { "child-in-law", N_("Child-in-law") },
  { "parent-in-law", N_("Parent-in-law") },
  { "other", N_("Other") },
};

static const BdEnumName contact_kind_names[] = {
  { "phone", N_("Phone call") },
  { "letter", N_("Letter") },
  { "visit", N_("Visit") },
  { "slip", N_("Contact slip left") },
};

static const BdEnumName service_item_names[] = {
  { "invoice", N_("Deliver the premium invoice") },
  { "cash-premium", N_("Collect the premium in cash") },
  { "benefit", N_("Handle a benefit payment") },
  { "other", N_("Other") },
};

static const BdEnumName channel_names[] = {
  { "counter", N_("At the branch counter") },
  { "agent", N_("Through the agent (quick acceptance)") },
  { "letter", N_("By letter or fax") },
  { "bank", N_("At a bank counter") },
  { "phone", N_("By phone") },
  { "online", N_("Online") },
};

/* By method number − 1; the stable name is the number itself. */
static const char *const tracing_method_labels[] = {
  N_("Phone"),
  N_("Visit the home or workplace address"),
  N_("Ask neighbours, the residents' committee, the police station"),
  N_("Ask the original agent"),
  N_("Register on the branch's finding-customers board"),
};

static const char *
enum_name (const BdEnumName *names,
           guint             n_names,
           guint             value)
{
  g_return_val_if_fail (value < n_names, NULL);
  return names[value].name;
}

static const char *
enum_label (const BdEnumName *names,
            guint             n_names,
            guint             value)
{
  g_return_val_if_fail (value < n_names, NULL);
  return g_dgettext (GETTEXT_PACKAGE, names[value].label);
}

static gboolean
enum_parse (const BdEnumName *names,
            guint             n_names,
            const char       *text,
            guint            *out)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (g_str_equal (names[i].name, text))
        {
          *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Each enumeration gets the same three functions over its own table. */
#define BD_DEFINE_ENUM_NAMES(Type, prefix, table)                              \
  const char *                                                                 \
  prefix##_to_string (Type value)                                              \
  {                                                                            \
    return enum_name (table, G_N_ELEMENTS (table), value);                     \
  }                                                                            \
  const char *                                                                 \
  prefix##_get_label (Type value)                                              \
  {                                                                            \
    return enum_label (table, G_N_ELEMENTS (table), value);                    \
  }                                                                            \
  gboolean                                                                     \
  prefix##_from_string (const char *text,                                      \
                        Type       *out)                                       \
  {                                                                            \
    guint value;                                                               \
    if (!enum_parse (table, G_N_ELEMENTS (table), text, &value))               \
      return FALSE;                                                            \
    *out = (Type) value;                                                       \
    return TRUE;                                                               \
  }

BD_DEFINE_ENUM_NAMES (BdSex, bd_sex, sex_names)
BD_DEFINE_ENUM_NAMES (BdRole, bd_role, role_names)
BD_DEFINE_ENUM_NAMES (BdDocumentType, bd_document_type, document_type_names)
BD_DEFINE_ENUM_NAMES (BdProductKind, bd_product_kind, product_kind_names)
BD_DEFINE_ENUM_NAMES (BdPolicyStatus, bd_policy_status, policy_status_names)
BD_DEFINE_ENUM_NAMES (BdFrequency, bd_frequency, frequency_names)
BD_DEFINE_ENUM_NAMES (BdPaymentMethod, bd_payment_method, payment_method_names)
BD_DEFINE_ENUM_NAMES (BdSurvivalOption, bd_survival_option, survival_option_names)
BD_DEFINE_ENUM_NAMES (BdServiceClass, bd_service_class, service_class_names)
BD_DEFINE_ENUM_NAMES (BdBeneficiaryKind, bd_beneficiary_kind, beneficiary_kind_names)
BD_DEFINE_ENUM_NAMES (BdRelation, bd_relation, relation_names)
BD_DEFINE_ENUM_NAMES (BdContactKind, bd_contact_kind, contact_kind_names)
BD_DEFINE_ENUM_NAMES (BdServiceItem, bd_service_item, service_item_names)
BD_DEFINE_ENUM_NAMES (BdChannel, bd_channel, channel_names)

const char *
bd_tracing_method_get_label (BdTracingMethod value)
{
  g_return_val_if_fail (value >= BD_TRACING_PHONE && value <= BD_TRACING_BOARD, NULL);
  return g_dgettext (GETTEXT_PACKAGE, tracing_method_labels[value - 1]);
}

BdRelation
bd_relation_get_inverse (BdRelation value)
{
  switch (value)
    {
    case BD_RELATION_CHILD: return BD_RELATION_PARENT;
    case BD_RELATION_PARENT: return BD_RELATION_CHILD;
    case BD_RELATION_GRANDPARENT: return BD_RELATION_GRANDCHILD;
    case BD_RELATION_GRANDCHILD: return BD_RELATION_GRANDPARENT;
    case BD_RELATION_CHILD_IN_LAW: return BD_RELATION_PARENT_IN_LAW;
    case BD_RELATION_PARENT_IN_LAW: return BD_RELATION_CHILD_IN_LAW;
    case BD_RELATION_SELF:
    case BD_RELATION_SPOUSE:
    case BD_RELATION_SIBLING:
    case BD_RELATION_OTHER:
    default:
      return value;
    }
}

char *
bd_format_fen (gint64 fen)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  guint64 magnitude = fen < 0 ? (guint64) -(fen + 1) + 1 : (guint64) fen;
  guint64 yuan = magnitude / 100;
  g_autofree char *plain = g_strdup_printf ("%" G_GUINT64_FORMAT, yuan);
  gsize len = strlen (plain);

  if (fen < 0)
    g_string_append_c (digits, '-');

  /* Thousands separators every three digits, as on Chinese bank and insurer forms. */
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (digits, ',');
      g_string_append_c (digits, plain[i]);
    }

  g_string_append_printf (digits, ".%02u", (guint) (magnitude % 100));
  return g_string_free (g_steal_pointer (&digits), FALSE);
}

char *
bd_format_yuan (gint64 fen)
{
  g_autofree char *digits = bd_format_fen (fen);

  /* Sums insured and most premiums are whole yuan: ".00" is only noise on screen. */
  if (fen % 100 == 0)
    digits[strlen (digits) - 3] = '\0';
  /* TRANSLATORS: an amount of money in yuan, such as "1,234.50 yuan"; %s is the number */
  return g_strdup_printf (_("%s yuan"), digits);
}

char *
bd_format_fen_whole (gint64 fen)
{
  char *text = bd_format_fen (fen);

  if (g_str_has_suffix (text, ".00"))
    text[strlen (text) - 3] = '\0';
  return text;
}

char *
bd_format_share (guint share)
{
  if (share % 100 == 0)
    return g_strdup_printf ("%u%%", share / 100);
  return g_strdup_printf ("%u.%02u%%", share / 100, share % 100);
}

const char *
bd_or_dash (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : "—";
}

/**
 * bd_parse_yuan:
 * @text: (nullable): what was typed, e.g. "1,200,000" or "3500.5"
 * @fen: (out): the amount in fen
 *
 * Reads an amount of yuan as staff type it: digits, optionally with ASCII commas between
 * groups of three ("1,200,000": the first group has 1 to 3 digits, the others exactly 3),
 * and at most two decimals; surrounding spaces are ignored. Every amount the desk reads
 * goes through this, as every amount it shows goes through bd_format_yuan().
 *
 * Returns: %BD_YUAN_OK with @fen set, or why @text is not such an amount (@fen untouched)
 */
BdYuanParse
bd_parse_yuan (const char *text,
               gint64     *fen)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *p = copy;
  gint64 yuan = 0;
  gint64 cents = 0;
  guint digits = 0;
  guint group = 0;
  guint decimals = 0;
  gboolean grouped = FALSE;

  g_return_val_if_fail (fen != NULL, BD_YUAN_MALFORMED);

  if (*p == '\0')
    return BD_YUAN_EMPTY;
  if (*p == '-')
    return BD_YUAN_NEGATIVE;

  for (; *p != '\0' && *p != '.'; p++)
    {
      if (*p == ',')
        {
          /* "1,200,000": the first group has 1 to 3 digits, the others exactly 3. */
          if (group == 0 || group > 3 || (grouped && group != 3))
            return BD_YUAN_MALFORMED;
          grouped = TRUE;
          group = 0;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        return BD_YUAN_MALFORMED;
      if (digits == BD_YUAN_DIGITS_MAX)
        return BD_YUAN_TOO_LARGE;
      yuan = yuan * 10 + (*p - '0');
      digits++;
      group++;
    }
  if (digits == 0 || (grouped && group != 3))
    return BD_YUAN_MALFORMED;

  if (*p == '.')
    {
      for (p++; *p != '\0'; p++)
        {
          if (!g_ascii_isdigit (*p))
            return BD_YUAN_MALFORMED;
          if (++decimals <= 2)
            cents = cents * 10 + (*p - '0');
        }
      if (decimals > 2)
        return BD_YUAN_DECIMALS;
      if (decimals == 1)
        cents *= 10;
    }

  *fen = yuan * 100 + cents;
  return BD_YUAN_OK;
}

gboolean
bd_date_parse_iso (const char *text,
                   GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
        return FALSE;
    }

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  if (year == 0 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

const char *
bd_date_format_iso (const GDate *date,
                    char        *buffer)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  g_snprintf (buffer, BD_ISO_DATE_SIZE, "%04u-%02u-%02u",
              (guint) g_date_get_year (date), (guint) g_date_get_month (date),
              (guint) g_date_get_day (date));
  return buffer;
}

int
bd_age_on (const GDate *birth,
           const GDate *today)
{
  int age;

  g_return_val_if_fail (birth != NULL && g_date_valid (birth), 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  age = g_date_get_year (today) - g_date_get_year (birth);
  if (g_date_get_month (today) < g_date_get_month (birth) ||
      (g_date_get_month (today) == g_date_get_month (birth) &&
       g_date_get_day (today) < g_date_get_day (birth)))
    age--;

  return MAX (age, 0);
}
