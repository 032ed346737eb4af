/* bd-store-check.c — the integrity check and the data's own rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite checks its file; this also checks what the schema cannot say by itself: that the
 * shares of each beneficiary order add up, that identity numbers are valid and agree with
 * the birth date and sex on record, that households have one head, that relatives'
 * ages make sense, that organisations' credit codes are valid, and the law's limits
 * (bd-limits.h): a minor's death cover, receipts not after today, the marriage age. Each
 * problem is reported as a sentence for the administrator; a warning (a bank card number
 * failing its check digit) asks someone to look without failing the check.
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-clock.h"
#include "bd-customer.h"
#include "bd-identity.h"
#include "bd-household.h"
#include "bd-limits.h"
#include "bd-store-backup.h"
#include "bd-store-private.h"

typedef struct
{
  BdStore          *store;
  BdStoreCheckFunc  report;
  gpointer          user_data;
  guint             n_problems;
  /* bd_store_check_full(): both severities go to report_full; warnings are counted apart. */
  BdStoreCheckReportFunc  report_full;
  guint                   n_warnings;
  GDate                   today;
} CheckRun;

/* One finding of either severity: counted, and told to whoever listens. A warning is
 * something likely wrong that may be right: it does not make the check fail. */
static void
check_tell (CheckRun       *run,
            BdCheckSeverity severity,
            const char     *format,
            va_list         args) G_GNUC_PRINTF (3, 0);

static void
check_tell (CheckRun       *run,
            BdCheckSeverity severity,
            const char     *format,
            va_list         args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  if (severity == BD_CHECK_PROBLEM)
    run->n_problems++;
  else
    run->n_warnings++;
  if (severity == BD_CHECK_PROBLEM && run->report != NULL)
    run->report (message, run->user_data);
  if (run->report_full != NULL)
    run->report_full (severity, message, run->user_data);
}

static void
check_say (CheckRun       *run,
           BdCheckSeverity severity,
           const char     *format,
           ...) G_GNUC_PRINTF (3, 4);

static void
check_say (CheckRun       *run,
           BdCheckSeverity severity,
           const char     *format,
           ...)
{
  va_list args;

  va_start (args, format);
  check_tell (run, severity, format, args);
  va_end (args);
}

/* A problem makes the check fail; a warning does not. */
#define check_report(run, ...) check_say ((run), BD_CHECK_PROBLEM, __VA_ARGS__)
#define check_warn(run, ...) check_say ((run), BD_CHECK_WARNING, __VA_ARGS__)

/* Runs a one-off query and hands each row to @row; the check's statements run once, so
 * they are not kept prepared. */
typedef void (*CheckRowFunc) (CheckRun *run, BdDbStmt *stmt);

static gboolean
check_query (CheckRun      *run,
             const char    *sql,
             CheckRowFunc   row,
             GError       **error)
{
  g_autoptr(BdDbStmt) stmt = bd_store_prepare_once (run->store, sql, error);
  BdStep step = BD_STEP_ERROR;

  if (stmt != NULL)
    while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
      row (run, stmt);
  return step == BD_STEP_DONE;
}

static void
integrity_row (CheckRun     *run,
               BdDbStmt     *stmt)
{
  const char *text = bd_db_column_text (stmt, 0);

  if (g_strcmp0 (text, "ok") != 0)
    check_report (run, _("The database file is damaged: %s"), text);
}

static void
foreign_key_row (CheckRun     *run,
                 BdDbStmt     *stmt)
{
  check_report (run, _("A row of “%s” (number %" PRId64 ") refers to a missing row of “%s”"),
                bd_db_column_text (stmt, 0), (gint64) bd_db_column_int64 (stmt, 1),
                bd_db_column_text (stmt, 2));
}

static void
shares_row (CheckRun     *run,
            BdDbStmt     *stmt)
{
  int share = bd_db_column_int (stmt, 3);

  check_report (run, _("Policy %s: the %s shares of order %d add up to %d.%02d%%, not 100%%"),
                bd_db_column_text (stmt, 0), bd_db_column_text (stmt, 1),
                bd_db_column_int (stmt, 2), share / 100, share % 100);
}

static void
legal_heirs_row (CheckRun     *run,
                 BdDbStmt     *stmt)
{
  check_report (run, _("Policy %s names beneficiaries and also “legal heirs” for the same order"),
                bd_db_column_text (stmt, 0));
}

static void
identity_row (CheckRun     *run,
              BdDbStmt     *stmt)
{
  g_autoptr(GError) local_error = NULL;
  const char *name = bd_db_column_text (stmt, 1);
  const char *birth = bd_db_column_text (stmt, 2);
  const char *sex = bd_db_column_text (stmt, 3);
  const char *number = NULL;
  gint64 id = (gint64) bd_db_column_int64 (stmt, 0);
  BdIdentity identity;
  char parsed_birth[BD_ISO_DATE_SIZE];

  bd_db_column_try_sealed (stmt, 4, BD_SEALED_ID_NUMBER, &number);

  /* A number that does not open is reported by the sealed values' own check. */
  if (number == NULL)
    return;
  if (!bd_identity_parse (number, NULL, &identity, &local_error))
    {
      g_autofree char *masked = bd_mask_identity_number (number);

      /* Masked: the report is read on a screen, and may be pasted anywhere. */
      check_report (run, _("Customer %" PRId64 " (%s): identity number %s: %s"),
                    id, name, masked, local_error->message);
      return;
    }

  bd_date_format_iso (&identity.birth, parsed_birth);
  if (g_strcmp0 (birth, parsed_birth) != 0)
    check_report (run, _("Customer %" PRId64 " (%s): born %s on record, but the identity number says %s"),
                  id, name, birth != NULL ? birth : "?", parsed_birth);
  if (g_strcmp0 (sex, bd_sex_to_string (identity.sex)) != 0)
    check_report (run, _("Customer %" PRId64 " (%s): the sex on record does not agree with the identity number"),
                  id, name);
}

/* GB 32100-2015: the check character catches one wrong or two swapped characters. */
static void
credit_code_row (CheckRun     *run,
                 BdDbStmt     *stmt)
{
  g_autoptr(GError) local_error = NULL;
  const char *number = NULL;

  bd_db_column_try_sealed (stmt, 2, BD_SEALED_ID_NUMBER, &number);
  if (number != NULL && !bd_credit_code_validate (number, &local_error))
    check_report (run, _("Customer %" PRId64 " (%s): unified social credit code %s: %s"),
                  (gint64) bd_db_column_int64 (stmt, 0), bd_db_column_text (stmt, 1), number,
                  local_error->message);
}

static void
mobile_row (CheckRun     *run,
            BdDbStmt     *stmt)
{
  g_autoptr(GError) local_error = NULL;
  const char *mobile = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *masked = NULL;

  if (!bd_db_column_try_sealed (stmt, 1, BD_SEALED_CONTACT, &mobile) || mobile == NULL ||
      (normal = bd_phone_normalize (mobile, &local_error)) != NULL)
    return;
  masked = bd_mask_phone (mobile);
  check_report (run, _("Customer %" PRId64 ": mobile number %s: %s"),
                (gint64) bd_db_column_int64 (stmt, 0), masked, local_error->message);
}

static void
household_head_row (CheckRun     *run,
                    BdDbStmt     *stmt)
{
  check_report (run, _("Household %" PRId64 " has %d heads instead of one"),
                (gint64) bd_db_column_int64 (stmt, 0), bd_db_column_int (stmt, 1));
}

static void
relationship_pair_row (CheckRun     *run,
                       BdDbStmt     *stmt)
{
  check_report (run, _("Customers %" PRId64 " and %" PRId64 ": the relationship is recorded one way only"),
                (gint64) bd_db_column_int64 (stmt, 0), (gint64) bd_db_column_int64 (stmt, 1));
}

static void
relationship_age_row (CheckRun     *run,
                      BdDbStmt     *stmt)
{
  check_report (run, _("%s (%s) is recorded as the %s of %s (%s): their ages do not allow it"),
                bd_db_column_text (stmt, 2), bd_db_column_text (stmt, 3), bd_db_column_text (stmt, 4),
                bd_db_column_text (stmt, 0), bd_db_column_text (stmt, 1));
}

static gboolean
parse_column_date (BdDbStmt     *stmt,
                   int           column,
                   GDate        *date)
{
  const char *text = bd_db_column_text (stmt, column);

  return text != NULL && bd_date_parse_iso (text, date);
}

/* Whether the person born on the date in @birth_column was a minor on @day (bd_is_minor,
 * bd-limits.h: 18, Civil Code art. 17). A date that does not parse is the identity
 * check's to report. */
static gboolean
minor_on (BdDbStmt    *stmt,
          int          birth_column,
          const GDate *day)
{
  GDate birth;

  return parse_column_date (stmt, birth_column, &birth) &&
         bd_is_minor (bd_age_on (&birth, day));
}

static void
minor_policyholder_row (CheckRun *run,
                        BdDbStmt *stmt)
{
  GDate effective;

  if (!parse_column_date (stmt, 2, &effective) || !minor_on (stmt, 3, &effective))
    return;
  check_report (run, _("Policy %s: the policyholder %s was a minor on the effective date %s"),
                bd_db_column_text (stmt, 0), bd_db_column_text (stmt, 1), bd_db_column_text (stmt, 2));
}

static void
minor_guardian_row (CheckRun *run,
                    BdDbStmt *stmt)
{
  if (!minor_on (stmt, 2, &run->today))
    return;
  check_report (run, _("Customer %" PRId64 " (%s) is a minor with no guardian on record"),
                (gint64) bd_db_column_int64 (stmt, 0), bd_db_column_text (stmt, 1));
}

static void
difficult_row (CheckRun     *run,
               BdDbStmt     *stmt)
{
  check_report (run, _("Policy %s is classed difficult, but only %d of the five tracing methods failed since the customer was last reached"),
                bd_db_column_text (stmt, 0), bd_db_column_int (stmt, 1));
}

typedef struct
{
  const char   *sql;
  CheckRowFunc  row;
} CheckStep;

/* Years between two ISO dates by their year digits: enough to catch a "parent" younger
 * than their child, without pretending to be exact about birthdays. */
#define YEARS_APART(a, b) \
  "(CAST (substr (" b ", 1, 4) AS INTEGER) - CAST (substr (" a ", 1, 4) AS INTEGER))"

static const CheckStep check_steps[] = {
  { "PRAGMA integrity_check", integrity_row },
  { "PRAGMA foreign_key_check", foreign_key_row },
  { "SELECT p.number, b.kind, b.rank, sum (b.share) FROM beneficiary b "
    "JOIN policy p ON p.id = b.policy_id "
    "GROUP BY b.policy_id, b.kind, b.rank HAVING sum (b.share) <> 10000", shares_row },
  { "SELECT p.number FROM beneficiary b JOIN policy p ON p.id = b.policy_id "
    "GROUP BY b.policy_id, b.kind, b.rank "
    "HAVING max (b.legal_heirs) = 1 AND count (*) > 1", legal_heirs_row },
  { "SELECT c.id, c.name, c.birth_date, c.sex, d.number_sealed FROM identity_document d "
    "JOIN customer c ON c.id = d.customer_id "
    "WHERE d.type IN ('resident-id', 'residence-permit', 'foreign-permanent')", identity_row },
  { "SELECT c.id, c.name, d.number_sealed FROM identity_document d "
    "JOIN customer c ON c.id = d.customer_id WHERE d.type = 'credit-code'", credit_code_row },
  { "SELECT customer_id, value_sealed FROM contact_detail WHERE kind = 'mobile'", mobile_row },
  { "SELECT h.id, count (m.id) FROM household h "
    "LEFT JOIN household_member m ON m.household_id = h.id AND m.left_at IS NULL "
    "  AND m.relation = 'self' "
    "GROUP BY h.id HAVING count (m.id) <> 1", household_head_row },
  { "SELECT r.customer_id, r.relative_id FROM relationship r WHERE NOT EXISTS "
    "(SELECT 1 FROM relationship s WHERE s.customer_id = r.relative_id "
    " AND s.relative_id = r.customer_id)", relationship_pair_row },
  { "SELECT a.name, a.birth_date, b.name, b.birth_date, r.relation FROM relationship r "
    "JOIN customer a ON a.id = r.customer_id JOIN customer b ON b.id = r.relative_id "
    "WHERE (r.relation = 'child' AND " YEARS_APART ("a.birth_date", "b.birth_date") " < 15) "
    "   OR (r.relation = 'grandchild' AND " YEARS_APART ("a.birth_date", "b.birth_date") " < 30)",
    relationship_age_row },
  /* Ages are the rule's (bd_is_minor), counted in C on the day: the SQL only selects. */
  { "SELECT p.number, c.name, p.effective_date, c.birth_date FROM policy p "
    "JOIN customer c ON c.id = p.policyholder_id "
    "WHERE c.is_organisation = 0 AND c.birth_date IS NOT NULL", minor_policyholder_row },
  { "SELECT c.id, c.name, c.birth_date FROM customer c "
    "WHERE c.is_organisation = 0 AND c.guardian_id IS NULL AND c.birth_date IS NOT NULL",
    minor_guardian_row },
  /* Difficult (困难件) only after all five prescribed methods failed (000). */
  { "SELECT p.number, (SELECT count (DISTINCT t.method) FROM tracing_attempt t "
    "  WHERE t.policy_id = p.id AND t.reached = 0 AND t.id > coalesce ("
    "    (SELECT max (r.id) FROM tracing_attempt r WHERE r.policy_id = p.id AND r.reached = 1), 0)) n "
    "FROM policy p WHERE p.service_class = 'difficult' AND n < 5", difficult_row },
};

/* The checks below need the date of the check or look at several rows together, so they
 * are functions of their own rather than steps. */

typedef void (*CheckEachFunc) (CheckRun *run, BdDbStmt *stmt, gpointer data);

/* Like check_query(), with one text parameter bound by name (@name may be NULL). */
static gboolean
check_rows (CheckRun       *run,
            const char     *sql,
            const char     *name,
            const char     *value,
            CheckEachFunc   each,
            gpointer        data,
            GError        **error)
{
  g_autoptr(BdDbStmt) stmt = bd_store_prepare_once (run->store, sql, error);
  BdStep step = BD_STEP_ERROR;

  if (stmt != NULL)
    {
      if (name != NULL)
        bd_db_bind_text (stmt, name, value);
      while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
        each (run, stmt, data);
    }
  return step == BD_STEP_DONE;
}

/* A minor's death cover (保监发〔2015〕90号): the policies of one insured, in the order they
 * took effect. */
typedef struct
{
  gint64  insured_id;
  char   *name;
  GDate   birth;
  GArray *sold;       /* SoldCover: the policies effective so far, not cancelled */
  gint64  in_force;   /* death cover of those in force or in grace today */
} MinorCover;

typedef struct
{
  guint32 end;        /* julian day the term ends; 0 for life */
  gint64  death;
} SoldCover;

/* The death cover of the policies sold so far whose term had not ended by @day. */
static gint64
sold_cover_on (GArray *sold,
               guint32 day)
{
  gint64 total = 0;

  for (guint i = 0; i < sold->len; i++)
    {
      const SoldCover *one = &g_array_index (sold, SoldCover, i);

      if (one->end == 0 || one->end > day)
        total += one->death;
    }
  return total;
}

static char *
format_yuan (gint64 fen)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, fen / 100);
}

static void
minor_cover_finish (CheckRun   *run,
                    MinorCover *cover)
{
  int age;
  gint64 cap;

  if (cover->insured_id == 0)
    return;
  age = bd_age_on (&cover->birth, &run->today);
  cap = bd_minor_death_cap (age);
  if (age >= 0 && cap >= 0 && cover->in_force > cap)
    {
      g_autofree char *held = format_yuan (cover->in_force);
      g_autofree char *limit = format_yuan (cap);

      check_report (run, _("Customer %" PRId64 " (%s), %d years old, is insured for %s yuan "
                           "on death in all, above the %s yuan a minor of that age may hold"),
                    cover->insured_id, cover->name, age, held, limit);
    }
  g_clear_pointer (&cover->name, g_free);
  cover->insured_id = 0;
}

static void
minor_cover_row (CheckRun     *run,
                 BdDbStmt     *stmt,
                 gpointer      data)
{
  MinorCover *cover = data;
  gint64 insured_id = (gint64) bd_db_column_int64 (stmt, 0);
  BdProductKind kind = BD_PRODUCT_LIFE;
  BdPolicyStatus status = BD_POLICY_IN_FORCE;
  gint64 death, cap, sold;
  guint term_years = (guint) bd_db_column_int (stmt, 8);
  SoldCover one;
  GDate effective, end;
  int age;

  if (insured_id != cover->insured_id)
    {
      minor_cover_finish (run, cover);
      if (!parse_column_date (stmt, 2, &cover->birth))
        return;
      cover->insured_id = insured_id;
      cover->name = g_strdup (bd_db_column_text (stmt, 1));
      g_array_set_size (cover->sold, 0);
      cover->in_force = 0;
    }

  if (!parse_column_date (stmt, 4, &effective) ||
      !bd_product_kind_from_string (bd_db_column_text (stmt, 6), &kind) ||
      !bd_policy_status_from_string (bd_db_column_text (stmt, 7), &status))
    return;

  death = bd_death_cover (kind, bd_db_column_int64 (stmt, 5));
  if (status == BD_POLICY_IN_FORCE || status == BD_POLICY_GRACE)
    cover->in_force += death;
  /* The store keeps no date of surrender or lapse: every policy not cancelled in its
   * cooling-off period counts as still there when a later one was sold, until its term
   * ended. */
  if (status == BD_POLICY_COOLING_OFF_CANCELLED || death == 0)
    return;
  end = effective;
  if (term_years > 0)
    g_date_add_years (&end, term_years);
  one.end = term_years > 0 ? g_date_get_julian (&end) : 0;
  one.death = death;
  g_array_append_val (cover->sold, one);
  sold = sold_cover_on (cover->sold, g_date_get_julian (&effective));

  age = bd_age_on (&cover->birth, &effective);
  cap = bd_minor_death_cap (age);
  if (age >= 0 && cap >= 0 && sold > cap)
    {
      g_autofree char *sold_text = format_yuan (sold);
      g_autofree char *limit = format_yuan (cap);

      check_report (run, _("Policy %s was sold above the cap on a minor’s death cover: the "
                           "insured %s was %d, and with it the death cover came to %s yuan, "
                           "above %s yuan"),
                    bd_db_column_text (stmt, 3), cover->name, age, sold_text, limit);
    }
}

static gboolean
check_minor_cover (CheckRun  *run,
                   GError   **error)
{
  MinorCover cover = { 0 };
  gboolean ok;

  cover.sold = g_array_new (FALSE, FALSE, sizeof (SoldCover));

  /* Only policies that took effect before the insured's 19th birth year can have been
   * sold to a minor; the exact age is worked out per row. */
  ok = check_rows (run,
                   "SELECT p.insured_id, c.name, c.birth_date, p.number, p.effective_date, "
                   "  p.sum_insured_fen, pr.kind, p.status, p.term_years FROM policy p "
                   "JOIN customer c ON c.id = p.insured_id "
                   "JOIN product pr ON pr.id = p.product_id "
                   "WHERE c.is_organisation = 0 AND c.birth_date IS NOT NULL "
                   "  AND CAST (substr (p.effective_date, 1, 4) AS INTEGER) "
                   "    - CAST (substr (c.birth_date, 1, 4) AS INTEGER) <= 18 "
                   "ORDER BY p.insured_id, p.effective_date, p.id",
                   NULL, NULL, minor_cover_row, &cover, error);
  minor_cover_finish (run, &cover);
  g_array_unref (cover.sold);
  return ok;
}

/* A policy is delivered before anyone can hold its receipt, and the cooling-off period in
 * which it can be cancelled runs from the receipt. */
static void
receipt_row (CheckRun     *run,
             BdDbStmt     *stmt,
             gpointer      data)
{
  const char *number = bd_db_column_text (stmt, 0);
  const char *receipt = bd_db_column_text (stmt, 1);
  BdPolicyStatus status = BD_POLICY_IN_FORCE;
  char today[BD_ISO_DATE_SIZE];

  bd_date_format_iso (&run->today, today);
  if (receipt != NULL && strcmp (receipt, today) > 0)
    check_report (run, _("Policy %s: the receipt is dated %s, after today (%s)"),
                  number, receipt, today);
  if (bd_policy_status_from_string (bd_db_column_text (stmt, 2), &status) &&
      status == BD_POLICY_COOLING_OFF_CANCELLED)
    check_report (run, _("Policy %s was cancelled in its cooling-off period, which starts "
                         "with the receipt, but the receipt is %s"),
                  number, receipt != NULL ? receipt : _("not on record"));
}

static gboolean
check_receipt_dates (CheckRun  *run,
                     GError   **error)
{
  char today[BD_ISO_DATE_SIZE];

  bd_date_format_iso (&run->today, today);
  return check_rows (run,
                     "SELECT number, receipt_date, status FROM policy "
                     "WHERE receipt_date > :today "
                     "   OR (status = 'cooling-off-cancelled' AND receipt_date IS NULL)",
                     ":today", today, receipt_row, NULL, error);
}

/* Spouses are of legal marriage age (Civil Code art. 1047), so at least that old today. */
static void
marriage_age_row (CheckRun     *run,
                  BdDbStmt     *stmt,
                  gpointer      data)
{
  BdSex sex = BD_SEX_UNKNOWN;
  GDate birth;
  int age;

  if (!parse_column_date (stmt, 3, &birth) ||
      !bd_sex_from_string (bd_db_column_text (stmt, 2), &sex))
    return;
  age = bd_age_on (&birth, &run->today);
  if (age < bd_marriage_age (sex))
    check_report (run, _("Customer %" PRId64 " (%s), %d years old, is recorded as the spouse "
                         "of %s, under the legal marriage age of %d"),
                  (gint64) bd_db_column_int64 (stmt, 0), bd_db_column_text (stmt, 1), age,
                  bd_db_column_text (stmt, 4), bd_marriage_age (sex));
}

static gboolean
check_marriage_age (CheckRun  *run,
                    GError   **error)
{
  GDate oldest;
  char born_after[BD_ISO_DATE_SIZE];

  /* Only those born less than 22 years ago can be too young. */
  oldest = run->today;
  g_date_subtract_years (&oldest, MAX (bd_marriage_age (BD_SEX_MALE),
                                       bd_marriage_age (BD_SEX_FEMALE)));
  bd_date_format_iso (&oldest, born_after);
  return check_rows (run,
                     "SELECT a.id, a.name, a.sex, a.birth_date, b.name FROM relationship r "
                     "JOIN customer a ON a.id = r.customer_id "
                     "JOIN customer b ON b.id = r.relative_id "
                     "WHERE r.relation = 'spouse' AND a.is_organisation = 0 "
                     "  AND a.birth_date >= :born_after",
                     ":born_after", born_after, marriage_age_row, NULL, error);
}

/* Every bank card passes the Luhn check; a number that looks like a card and fails it was
 * most likely mistyped, but a passbook account need not pass, so this is a warning. */
static void
bank_card_row (CheckRun     *run,
               BdDbStmt     *stmt,
               gpointer      data)
{
  const char *number = NULL;
  g_autofree char *masked = NULL;

  bd_db_column_try_sealed (stmt, 2, BD_SEALED_ACCOUNT, &number);
  if (number == NULL || bd_bank_card_luhn_valid (number))
    return;
  masked = bd_mask_bank_account (number);
  check_warn (run, _("Customer %" PRId64 " (%s): the bank account number %s fails the card "
                     "check digit (Luhn); it may be mistyped"),
              (gint64) bd_db_column_int64 (stmt, 0), bd_db_column_text (stmt, 1), masked);
}

static gboolean
check_bank_cards (CheckRun  *run,
                  GError   **error)
{
  return check_rows (run,
                     "SELECT a.customer_id, c.name, a.account_sealed FROM bank_account a "
                     "JOIN customer c ON c.id = a.customer_id",
                     NULL, NULL, bank_card_row, NULL, error);
}

/* A household member's relationship to the head, judged by the core's rule
 * (bd_relation_check_ages: marriage age, generations 15 years apart). */
static BdCustomer *
person_from_columns (BdDbStmt     *stmt,
                     int           first)
{
  BdCustomer *person = bd_customer_new ();
  BdSex sex = BD_SEX_UNKNOWN;

  bd_customer_set_id (person, bd_db_column_int64 (stmt, first));
  bd_customer_set_name (person, bd_db_column_text (stmt, first + 1));
  if (bd_sex_from_string (bd_db_column_text (stmt, first + 2), &sex))
    bd_customer_set_sex (person, sex);
  bd_customer_set_birth_date (person, bd_db_column_text (stmt, first + 3));
  return person;
}

static void
household_relation_row (CheckRun     *run,
                        BdDbStmt     *stmt,
                        gpointer      data)
{
  g_autoptr(BdCustomer) head = person_from_columns (stmt, 1);
  g_autoptr(BdCustomer) member = person_from_columns (stmt, 5);
  g_autoptr(GError) reason = NULL;
  BdRelation relation = BD_RELATION_OTHER;

  if (!bd_relation_from_string (bd_db_column_text (stmt, 9), &relation) ||
      bd_relation_check_ages (head, member, relation, &run->today, &reason))
    return;
  /* Translators: a household's number, then why a relationship in it cannot be */
  check_report (run, _("Household %" PRId64 ": %s"), (gint64) bd_db_column_int64 (stmt, 0),
                reason->message);
}

static void
household_spouses_row (CheckRun     *run,
                       BdDbStmt     *stmt,
                       gpointer      data)
{
  check_report (run, _("Household %" PRId64 " has %d spouses of its head"),
                (gint64) bd_db_column_int64 (stmt, 0), bd_db_column_int (stmt, 1));
}

static gboolean
check_household_relations (CheckRun  *run,
                           GError   **error)
{
  return check_rows (run,
                     "SELECT m.household_id, "
                     "  h.id, h.name, h.sex, h.birth_date, c.id, c.name, c.sex, c.birth_date, "
                     "  m.relation "
                     "FROM household_member m "
                     "JOIN household_member s ON s.household_id = m.household_id "
                     "  AND s.relation = 'self' AND s.left_at IS NULL "
                     "JOIN customer h ON h.id = s.customer_id "
                     "JOIN customer c ON c.id = m.customer_id "
                     "WHERE m.left_at IS NULL AND c.is_organisation = 0 "
                     "  AND m.relation IN ('spouse', 'child', 'parent', 'grandchild', 'grandparent') "
                     "ORDER BY m.household_id, m.id",
                     NULL, NULL, household_relation_row, NULL, error) &&
         check_rows (run,
                     "SELECT household_id, count (*) FROM household_member "
                     "WHERE left_at IS NULL AND relation = 'spouse' "
                     "GROUP BY household_id HAVING count (*) > 1",
                     NULL, NULL, household_spouses_row, NULL, error);
}

/* Walking the audit log's chain (bd-store-audit.c): the hash the row before left, and
 * whether a break was already reported (every row after one follows from it). */
typedef struct
{
  char     *previous_hash;
  char     *previous_at;
  gboolean  broken;
  gint64    newest_id;
} AuditWalk;

static void
audit_row_each (CheckRun *run,
                BdDbStmt *stmt,
                gpointer  data)
{
  AuditWalk *walk = data;
  g_autofree char *expected = NULL;
  const char *stored = bd_db_column_text (stmt, 8);
  BdAuditRow row;

  bd_audit_row_read (stmt, &row);
  if (walk->previous_at != NULL && g_strcmp0 (row.at, walk->previous_at) < 0)
    check_report (run, _("Audit row %" PRId64 " is dated %s, before the row before it (%s)"),
                  row.id, row.at, walk->previous_at);
  expected = bd_audit_row_hash (walk->previous_hash, &row);
  if (!walk->broken && g_strcmp0 (expected, stored) != 0)
    {
      check_report (run, _("The audit log was changed at row %" PRId64 ": its hash does not "
                           "follow from the rows before it, so a row was rewritten, inserted "
                           "or removed there"), row.id);
      walk->broken = TRUE;
    }
  g_free (walk->previous_at);
  walk->previous_at = g_strdup (row.at);
  g_free (walk->previous_hash);
  /* After a break, go on from what is stored, so that only the first break is told. */
  walk->previous_hash = g_strdup (stored);
  walk->newest_id = row.id;
}

static void
count_each (CheckRun *run,
            BdDbStmt *stmt,
            gpointer  data)
{
  *(gint64 *) data = bd_db_column_int64 (stmt, 0);
}

/* The log is there, still append-only, and its chain holds. */
static gboolean
check_audit_log (CheckRun  *run,
                 GError   **error)
{
  AuditWalk walk = { NULL, NULL, FALSE, 0 };
  gint64 tables = 0, triggers = 0;
  gboolean ok;

  if (!check_rows (run, "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                        "AND name = 'audit_log'", NULL, NULL, count_each, &tables, error) ||
      !check_rows (run, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                        "AND name IN ('audit_log_no_update', 'audit_log_no_delete')",
                   NULL, NULL, count_each, &triggers, error))
    return FALSE;
  if (tables == 0)
    {
      check_report (run, _("The audit log has been dropped from the database"));
      return TRUE;
    }
  if (triggers < 2)
    check_report (run, _("The audit log's protection against changes and deletions has been "
                         "removed; a desk opening the file puts it back"));
  ok = check_rows (run, "SELECT id, at, staff_id, action, record_table, record_id, customer_id, "
                        "detail, hash FROM audit_log ORDER BY id",
                   NULL, NULL, audit_row_each, &walk, error);
  if (ok)
    {
      g_autofree char *problem = bd_store_dup_audit_problem (run->store, walk.newest_id,
                                                             walk.previous_hash);
      if (problem != NULL)
        check_report (run, "%s", problem);
    }
  g_free (walk.previous_hash);
  g_free (walk.previous_at);
  return ok;
}

static void
unsealed_found (const char *purpose,
                gint64      id,
                gpointer    data)
{
  check_report (data, _("The protected number of row %" PRId64 " of “%s” does not open with "
                        "the branch’s key: it was changed outside Branch Desk"), id, purpose);
}

/* Sealed numbers that do not open: changed outside the program, or not this key's. */
static gboolean
check_sealed_values (CheckRun  *run,
                     GError   **error)
{
  return bd_store_find_unsealed (run->store, unsealed_found, run, error);
}

static gboolean
run_check (CheckRun  *run,
           GError   **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (check_steps); i++)
    {
      if (!check_query (run, check_steps[i].sql, check_steps[i].row, error))
        return FALSE;
    }

  return check_sealed_values (run, error) &&
         check_minor_cover (run, error) &&
         check_receipt_dates (run, error) &&
         check_marriage_age (run, error) &&
         check_bank_cards (run, error) &&
         check_household_relations (run, error) &&
         check_audit_log (run, error);
}

gboolean
bd_store_check (BdStore           *self,
                BdStoreCheckFunc   report,
                gpointer           user_data,
                guint             *n_problems,
                GError           **error)
{
  CheckRun run = { self, report, user_data, 0, NULL, 0, { 0 } };

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  bd_clock_get_today (NULL, &run.today);
  if (!run_check (&run, error))
    return FALSE;

  if (n_problems != NULL)
    *n_problems = run.n_problems;
  return TRUE;
}

/**
 * bd_store_check_full:
 * @today: (nullable): the date of the check; %NULL for the clock's day (machine's zone)
 * @report: called with each problem and warning, in the order found
 *
 * Returns: FALSE only when the check itself could not run
 */
gboolean
bd_store_check_full (BdStore                *self,
                     const GDate            *today,
                     BdStoreCheckReportFunc  report,
                     gpointer                user_data,
                     guint                  *n_problems,
                     guint                  *n_warnings,
                     GError                **error)
{
  CheckRun run = { self, NULL, user_data, 0, report, 0, { 0 } };

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);

  g_date_clear (&run.today, 1);
  if (today != NULL)
    run.today = *today;
  else
    bd_clock_get_today (NULL, &run.today);
  if (!run_check (&run, error))
    return FALSE;

  if (n_problems != NULL)
    *n_problems = run.n_problems;
  if (n_warnings != NULL)
    *n_warnings = run.n_warnings;
  return TRUE;
}

static void
keep_first_problem (BdCheckSeverity  severity,
                    const char      *message,
                    gpointer         user_data)
{
  char **first = user_data;

  if (severity == BD_CHECK_PROBLEM && *first == NULL)
    *first = g_strdup (message);
}

/* Declared in bd-store-backup.h. Only what makes a copy unfit to restore: SQLite's own
 * check of the file and the audit log's chain. What the data's rules find (a share that
 * does not add up) was in the branch before the copy and is `check`'s to report. */
gboolean
bd_store_verify_copy (BdStore  *self,
                      GError  **error)
{
  g_autofree char *first = NULL;
  CheckRun run = { self, NULL, &first, 0, keep_first_problem, 0, { 0 } };

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  bd_clock_get_today (NULL, &run.today);
  if (!check_query (&run, "PRAGMA integrity_check", integrity_row, error) ||
      !check_audit_log (&run, error))
    return FALSE;
  /* A number that does not open is lost to the copy as surely as a damaged page. */
  if (run.n_problems == 0)
    return bd_db_get_key (bd_store_get_db (self)) == NULL || bd_store_check_sealed (self, error);
  g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_DATABASE,
               _("The copy “%s” is not whole: %s"), bd_store_get_path (self), first);
  return FALSE;
}
