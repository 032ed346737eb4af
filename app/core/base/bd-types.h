/* bd-types.h — the enumerations of the domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  BD_SEX_UNKNOWN,
  BD_SEX_MALE,
  BD_SEX_FEMALE,
} BdSex;

typedef enum
{
  BD_ROLE_COUNTER,
  BD_ROLE_SUPERVISOR,
  BD_ROLE_ADMINISTRATOR,
} BdRole;

typedef enum
{
  BD_DOCUMENT_RESIDENT_ID,
  BD_DOCUMENT_RESIDENCE_PERMIT,
  BD_DOCUMENT_FOREIGN_PERMANENT,
  BD_DOCUMENT_PASSPORT,
  BD_DOCUMENT_TRAVEL_PERMIT,
  BD_DOCUMENT_HOUSEHOLD_REGISTER,
  BD_DOCUMENT_CREDIT_CODE,
} BdDocumentType;

typedef enum
{
  BD_PRODUCT_LIFE,
  BD_PRODUCT_CRITICAL_ILLNESS,
  BD_PRODUCT_MEDICAL,
  BD_PRODUCT_ACCIDENT,
  BD_PRODUCT_ANNUITY,
  BD_PRODUCT_PARTICIPATING,
  BD_PRODUCT_UNIVERSAL,
  BD_PRODUCT_UNIT_LINKED,
} BdProductKind;

typedef enum
{
  BD_POLICY_IN_FORCE,
  BD_POLICY_GRACE,
  BD_POLICY_LAPSED,
  BD_POLICY_SURRENDERED,
  BD_POLICY_MATURED,
  BD_POLICY_CLAIM_TERMINATED,
  BD_POLICY_COOLING_OFF_CANCELLED,
} BdPolicyStatus;

typedef enum
{
  BD_FREQUENCY_SINGLE,
  BD_FREQUENCY_ANNUAL,
  BD_FREQUENCY_SEMIANNUAL,
  BD_FREQUENCY_QUARTERLY,
  BD_FREQUENCY_MONTHLY,
} BdFrequency;

typedef enum
{
  BD_PAYMENT_BANK_DEBIT,
  BD_PAYMENT_COUNTER,
  BD_PAYMENT_CARD,
  BD_PAYMENT_DOOR,
} BdPaymentMethod;

typedef enum
{
  BD_SURVIVAL_CASH,
  BD_SURVIVAL_ACCUMULATE,
  BD_SURVIVAL_PREMIUM_OFFSET,
  BD_SURVIVAL_NONE,
} BdSurvivalOption;

typedef enum
{
  BD_SERVICE_NORMAL,
  BD_SERVICE_DIFFICULT,
  BD_SERVICE_LAPSED,
} BdServiceClass;

typedef enum
{
  BD_BENEFICIARY_DEATH,
  BD_BENEFICIARY_SURVIVAL,
} BdBeneficiaryKind;

/* How one person stands to another: "B is A's child". For a household member, how the
 * member stands to the head of the household. */
typedef enum
{
  BD_RELATION_SELF,
  BD_RELATION_SPOUSE,
  BD_RELATION_CHILD,
  BD_RELATION_PARENT,
  BD_RELATION_GRANDPARENT,
  BD_RELATION_GRANDCHILD,
  BD_RELATION_SIBLING,
  BD_RELATION_CHILD_IN_LAW,
  BD_RELATION_PARENT_IN_LAW,
  BD_RELATION_OTHER,
} BdRelation;

typedef enum
{
  BD_CONTACT_PHONE,
  BD_CONTACT_LETTER,
  BD_CONTACT_VISIT,
  BD_CONTACT_SLIP,
} BdContactKind;

/* What a visit is for: the service items of the contact slip (000). */
typedef enum
{
  BD_SERVICE_ITEM_INVOICE,
  BD_SERVICE_ITEM_CASH_PREMIUM,
  BD_SERVICE_ITEM_BENEFIT,
  BD_SERVICE_ITEM_OTHER,
} BdServiceItem;

/* How a policy-change request reaches the branch (保全业务办理的途径, 002). */
typedef enum
{
  BD_CHANNEL_COUNTER,   /* 柜面 */
  BD_CHANNEL_AGENT,     /* 柜面快速受理: the agent on the customer's behalf */
  BD_CHANNEL_LETTER,    /* letter or fax */
  BD_CHANNEL_BANK,      /* a bank's counter */
  BD_CHANNEL_PHONE,
  BD_CHANNEL_ONLINE,
} BdChannel;

/* The five prescribed ways of tracing a customer (000), in their order. */
typedef enum
{
  BD_TRACING_PHONE = 1,
  BD_TRACING_ADDRESS,
  BD_TRACING_NEIGHBOURS,
  BD_TRACING_ORIGINAL_AGENT,
  BD_TRACING_BOARD,
} BdTracingMethod;

#define BD_N_TRACING_METHODS 5

/* Each enumeration has a stable name used in the database and on the command line, never
 * translated: prefix_to_string() and prefix_from_string(), which returns FALSE and leaves
 * *out alone when the text is not one; and words a person reads, translated:
 * prefix_get_label(). bd-types.c defines the three over one table (BD_DEFINE_ENUM_NAMES). */
#define BD_DECLARE_ENUM_NAMES(Type, prefix)                                    \
  const char *prefix##_to_string   (Type        value);                        \
  gboolean    prefix##_from_string (const char *text,                          \
                                    Type       *out);                          \
  const char *prefix##_get_label   (Type        value)

BD_DECLARE_ENUM_NAMES (BdSex, bd_sex);
BD_DECLARE_ENUM_NAMES (BdRole, bd_role);
BD_DECLARE_ENUM_NAMES (BdDocumentType, bd_document_type);
BD_DECLARE_ENUM_NAMES (BdProductKind, bd_product_kind);
BD_DECLARE_ENUM_NAMES (BdPolicyStatus, bd_policy_status);
BD_DECLARE_ENUM_NAMES (BdFrequency, bd_frequency);
BD_DECLARE_ENUM_NAMES (BdPaymentMethod, bd_payment_method);
BD_DECLARE_ENUM_NAMES (BdSurvivalOption, bd_survival_option);
BD_DECLARE_ENUM_NAMES (BdServiceClass, bd_service_class);
BD_DECLARE_ENUM_NAMES (BdBeneficiaryKind, bd_beneficiary_kind);
BD_DECLARE_ENUM_NAMES (BdRelation, bd_relation);
BD_DECLARE_ENUM_NAMES (BdContactKind, bd_contact_kind);
BD_DECLARE_ENUM_NAMES (BdServiceItem, bd_service_item);
BD_DECLARE_ENUM_NAMES (BdChannel, bd_channel);

/* The relation seen from the other side: the inverse of CHILD is PARENT. */
BdRelation  bd_relation_get_inverse      (BdRelation        value);
/* The tracing methods are numbered from 1 and have labels only. */
const char *bd_tracing_method_get_label  (BdTracingMethod   value);

/* Money is integer fen everywhere; this formats it as yuan for people ("1,234.50"). */
char       *bd_format_fen                (gint64            fen);
/* An amount as people read it on screen, with its unit: "1,234.50 元", and whole yuan
 * without ".00" ("500,000 元"). Every amount the desk shows goes through this. */
char       *bd_format_yuan               (gint64            fen);
/* bd_format_fen() without ".00" for whole yuan and without the unit ("1,200,000"): for
 * printed tables, whose column header names the unit, and for an amount put in an entry
 * to be edited. */
char       *bd_format_fen_whole          (gint64            fen);
/* A share in basis points as a percentage: 10000 is "100%", 3333 is "33.33%". */
char       *bd_format_share              (guint             share);
/* @text, or "—" when it is NULL or empty: a missing name or number must still show
 * that something is missing rather than leave a gap. */
const char *bd_or_dash                   (const char       *text);

/* What came of reading an amount of yuan that somebody typed (bd_parse_yuan). */
typedef enum
{
  BD_YUAN_OK,
  BD_YUAN_EMPTY,
  BD_YUAN_NEGATIVE,
  BD_YUAN_DECIMALS,     /* more than two decimals: below one fen */
  BD_YUAN_MALFORMED,
  BD_YUAN_TOO_LARGE,
} BdYuanParse;

/* Thirteen digits of yuan: far beyond any household's figures, and far from overflowing
 * gint64 fen even when multiplied by the years of a protection need. */
#define BD_YUAN_DIGITS_MAX 13

BdYuanParse bd_parse_yuan                (const char       *text,
                                          gint64           *fen);

/* Dates are stored and exchanged as ISO 8601 "YYYY-MM-DD". Parsing is strict (ten
 * characters, a real date): g_date_set_parse() follows the locale and accepts far too much. */
#define BD_ISO_DATE_SIZE 11

gboolean    bd_date_parse_iso            (const char       *text,
                                          GDate            *date);
/* Writes the date into @buffer (BD_ISO_DATE_SIZE bytes) and returns @buffer. */
const char *bd_date_format_iso           (const GDate      *date,
                                          char             *buffer);

/* Completed years of age on @today of someone born on @birth. */
int         bd_age_on                    (const GDate      *birth,
                                          const GDate      *today);

G_END_DECLS
