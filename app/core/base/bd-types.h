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

/* Stable names used in the database and on the command line: never translated. */
const char *bd_sex_to_string             (BdSex             value);
const char *bd_role_to_string            (BdRole            value);
const char *bd_document_type_to_string   (BdDocumentType    value);
const char *bd_product_kind_to_string    (BdProductKind     value);
const char *bd_policy_status_to_string   (BdPolicyStatus    value);
const char *bd_frequency_to_string       (BdFrequency       value);
const char *bd_payment_method_to_string  (BdPaymentMethod   value);
const char *bd_survival_option_to_string (BdSurvivalOption  value);
const char *bd_service_class_to_string   (BdServiceClass    value);
const char *bd_beneficiary_kind_to_string (BdBeneficiaryKind value);
const char *bd_relation_to_string        (BdRelation        value);
const char *bd_contact_kind_to_string    (BdContactKind     value);
const char *bd_service_item_to_string    (BdServiceItem     value);
/* The relation seen from the other side: the inverse of CHILD is PARENT. */
BdRelation  bd_relation_get_inverse      (BdRelation        value);

/* Parse a stable name; return FALSE and leave *out alone when it is not one. */
gboolean bd_sex_from_string              (const char *text, BdSex             *out);
gboolean bd_role_from_string             (const char *text, BdRole            *out);
gboolean bd_document_type_from_string    (const char *text, BdDocumentType    *out);
gboolean bd_product_kind_from_string     (const char *text, BdProductKind     *out);
gboolean bd_policy_status_from_string    (const char *text, BdPolicyStatus    *out);
gboolean bd_frequency_from_string        (const char *text, BdFrequency       *out);
gboolean bd_payment_method_from_string   (const char *text, BdPaymentMethod   *out);
gboolean bd_survival_option_from_string  (const char *text, BdSurvivalOption  *out);
gboolean bd_service_class_from_string    (const char *text, BdServiceClass    *out);
gboolean bd_beneficiary_kind_from_string (const char *text, BdBeneficiaryKind *out);
gboolean bd_relation_from_string         (const char *text, BdRelation        *out);
gboolean bd_contact_kind_from_string     (const char *text, BdContactKind     *out);
gboolean bd_service_item_from_string     (const char *text, BdServiceItem     *out);

/* Words a person reads, translated. */
const char *bd_sex_get_label             (BdSex             value);
const char *bd_role_get_label            (BdRole            value);
const char *bd_document_type_get_label   (BdDocumentType    value);
const char *bd_product_kind_get_label    (BdProductKind     value);
const char *bd_policy_status_get_label   (BdPolicyStatus    value);
const char *bd_frequency_get_label       (BdFrequency       value);
const char *bd_payment_method_get_label  (BdPaymentMethod   value);
const char *bd_survival_option_get_label (BdSurvivalOption  value);
const char *bd_service_class_get_label   (BdServiceClass    value);
const char *bd_beneficiary_kind_get_label (BdBeneficiaryKind value);
const char *bd_relation_get_label        (BdRelation        value);
const char *bd_contact_kind_get_label    (BdContactKind     value);
const char *bd_service_item_get_label    (BdServiceItem     value);
const char *bd_tracing_method_get_label  (BdTracingMethod   value);

/* Money is integer fen everywhere; this formats it as yuan for people ("1,234.50"). */
char       *bd_format_fen                (gint64            fen);
/* An amount as people read it on screen, with its unit: "1,234.50 元", and whole yuan
 * without ".00" ("500,000 元"). Every amount the desk shows goes through this. */
char       *bd_format_yuan               (gint64            fen);

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
