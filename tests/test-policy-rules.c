/* test-policy-rules.c — the desk's rules, each on its edge days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-customer.h"
#include "bd-limits.h"
#include "bd-policy-rules.h"
#include "bd-test-fixture.h"
#include "bd-types.h"

#define TODAY "2026-11-22"

static void
parse_date (const char *text,
            GDate      *date)
{
  g_date_clear (date, 1);
  g_assert_true (bd_date_parse_iso (text, date));
}

static BdPolicy *
make_policy (BdProductKind   kind,
             BdPolicyStatus  status,
             const char     *effective,
             const char     *next_due)
{
  BdPolicy *policy = bd_policy_new ();

  bd_policy_set_id (policy, 1);
  bd_policy_set_product_kind (policy, kind);
  bd_policy_set_status (policy, status);
  bd_policy_set_effective_date (policy, effective);
  bd_policy_set_next_due_date (policy, next_due);
  return policy;
}

/* Renewed from 30 days before: the 30th day warns, the 31st does not (domain.md §2). */
static void
test_document_edges (void)
{
  static const struct {
    const char         *valid_until;
    BdDocumentValidity  validity;
    int                 days;
  } cases[] = {
    { "2026-12-23", BD_DOCUMENT_VALID, 31 },
    { "2026-12-22", BD_DOCUMENT_EXPIRING, 30 },
    { "2026-11-23", BD_DOCUMENT_EXPIRING, 1 },
    { TODAY, BD_DOCUMENT_EXPIRING, 0 },
    { "2026-11-21", BD_DOCUMENT_EXPIRED, -1 },
    { NULL, BD_DOCUMENT_VALID_FOR_LIFE, 0 },
    { "长期", BD_DOCUMENT_VALID_FOR_LIFE, 0 },
  };
  GDate today;

  parse_date (TODAY, &today);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int days = 99;

      g_test_message ("valid until %s", cases[i].valid_until);
      g_assert_cmpint (bd_document_validity (cases[i].valid_until, &today, &days), ==,
                       cases[i].validity);
      g_assert_cmpint (days, ==, cases[i].days);
    }
  g_assert_cmpint (bd_document_validity ("2026-12-22", &today, NULL), ==, BD_DOCUMENT_EXPIRING);
}

/* Civil Code art. 17: an adult from the 18th birthday on; an unknown age is neither. */
static void
test_adult_edges (void)
{
  g_autoptr(BdCustomer) customer = bd_customer_new ();
  GDate today;

  g_assert_false (bd_is_adult (-1));
  g_assert_false (bd_is_minor (-1));
  g_assert_true (bd_is_minor (0));
  g_assert_true (bd_is_minor (17));
  g_assert_false (bd_is_adult (17));
  g_assert_true (bd_is_adult (18));
  g_assert_false (bd_is_minor (18));

  /* The badge the header shows goes through the same rule. */
  parse_date (TODAY, &today);
  bd_customer_set_birth_date (customer, "2008-11-23");
  g_assert_cmpuint (bd_customer_get_badges_on (customer, &today) & BD_BADGE_MINOR, ==,
                    BD_BADGE_MINOR);
  bd_customer_set_birth_date (customer, "2008-11-22");
  g_assert_cmpuint (bd_customer_get_badges_on (customer, &today) & BD_BADGE_MINOR, ==, 0);
  bd_customer_set_birth_date (customer, NULL);
  g_assert_cmpuint (bd_customer_get_badges_on (customer, &today) & BD_BADGE_MINOR, ==, 0);
}

/* Insurance Law art. 36: 60 days after the due date, the due date not counted. */
static void
test_grace_edges (void)
{
  GDate due, end;

  parse_date ("2026-01-31", &due);
  g_assert_true (bd_grace_period_end (&due, BD_GRACE_DAYS, &end));
  bd_test_assert_date (&end, "2026-04-01");
  g_assert_cmpint (g_date_days_between (&due, &end), ==, BD_GRACE_DAYS);
  /* A branch whose contracts give 30 days of grace after a payment demand. */
  g_assert_true (bd_grace_period_end (&due, 30, &end));
  bd_test_assert_date (&end, "2026-03-02");

  parse_date ("9999-12-01", &due);
  g_assert_false (bd_grace_period_end (&due, BD_GRACE_DAYS, &end));
  g_assert_false (g_date_valid (&end));
}

/* Insurance Law art. 37: within 2 years of the suspension, which comes the day after the
 * 60th day of grace; not 2 years of the unpaid due date. */
static void
test_reinstatement_window (void)
{
  static const struct {
    const char *due;
    const char *first;
    const char *last;
  } cases[] = {
    { "2024-10-01", "2024-12-01", "2026-12-01" },
    { "2026-01-31", "2026-04-02", "2028-04-02" },
    /* Suspended on 29 February: the period ends on the last day of February. */
    { "2027-12-30", "2028-02-29", "2030-02-28" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate due, first, last;

      parse_date (cases[i].due, &due);
      g_assert_true (bd_reinstatement_window (&due, BD_GRACE_DAYS, &first, &last));
      bd_test_assert_date (&first, cases[i].first);
      bd_test_assert_date (&last, cases[i].last);
    }
}

static void
test_reinstatable_edges (void)
{
  g_autoptr(BdPolicy) policy = make_policy (BD_PRODUCT_LIFE, BD_POLICY_LAPSED,
                                            "2015-10-01", "2024-10-01");
  GDate today, unpaid;

  /* The unpaid premium's second anniversary: too late by the old reading, not by the law. */
  parse_date ("2026-10-01", &today);
  g_assert_true (bd_policy_reinstatable (policy, &today, BD_GRACE_DAYS, &unpaid));
  bd_test_assert_date (&unpaid, "2024-10-01");

  /* The window's last day, and the day after. */
  parse_date ("2026-12-01", &today);
  g_assert_true (bd_policy_reinstatable (policy, &today, BD_GRACE_DAYS, &unpaid));
  parse_date ("2026-12-02", &today);
  g_assert_false (bd_policy_reinstatable (policy, &today, BD_GRACE_DAYS, &unpaid));

  /* The window's first day; the status says lapsed, so a day earlier (a payment demand
   * can suspend sooner) still counts. */
  parse_date ("2024-12-01", &today);
  g_assert_true (bd_policy_reinstatable (policy, &today, BD_GRACE_DAYS, &unpaid));
  parse_date ("2024-11-30", &today);
  g_assert_true (bd_policy_reinstatable (policy, &today, BD_GRACE_DAYS, &unpaid));

  /* Only a lapsed policy, and only with a due date to count from. */
  bd_policy_set_status (policy, BD_POLICY_GRACE);
  g_assert_false (bd_policy_reinstatable (policy, &today, BD_GRACE_DAYS, &unpaid));
  bd_policy_set_status (policy, BD_POLICY_LAPSED);
  bd_policy_set_next_due_date (policy, NULL);
  g_assert_false (bd_policy_reinstatable (policy, &today, BD_GRACE_DAYS, &unpaid));
}

/* Maturities are announced 90 days ahead, that day included. */
static void
test_maturity_edges (void)
{
  g_autoptr(BdPolicy) policy = make_policy (BD_PRODUCT_PARTICIPATING, BD_POLICY_IN_FORCE,
                                            "2007-02-20", NULL);
  GDate today, date;

  bd_policy_set_term_years (policy, 20);
  parse_date (TODAY, &today);
  /* 2027-02-20 is 90 days after 2026-11-22. */
  g_assert_true (bd_policy_maturity_due (policy, &today, BD_DUE_WINDOW_DAYS, &date));
  bd_test_assert_date (&date, "2027-02-20");
  /* A branch that looks 60 days ahead does not see it yet. */
  g_assert_false (bd_policy_maturity_due (policy, &today, 60, &date));
  bd_policy_set_effective_date (policy, "2007-02-21");
  g_assert_false (bd_policy_maturity_due (policy, &today, BD_DUE_WINDOW_DAYS, &date));

  bd_policy_set_effective_date (policy, "2006-11-22");
  g_assert_true (bd_policy_maturity_due (policy, &today, BD_DUE_WINDOW_DAYS, &date));
  bd_test_assert_date (&date, TODAY);
  bd_policy_set_status (policy, BD_POLICY_LAPSED);
  g_assert_false (bd_policy_maturity_due (policy, &today, BD_DUE_WINDOW_DAYS, &date));
}

static void
test_premium_window (void)
{
  GDate today, due;

  parse_date (TODAY, &today);
  parse_date ("2027-02-20", &due);
  g_assert_true (bd_premium_due_within (&due, &today, BD_DUE_WINDOW_DAYS));
  parse_date ("2027-02-21", &due);
  g_assert_false (bd_premium_due_within (&due, &today, BD_DUE_WINDOW_DAYS));
  g_assert_true (bd_premium_due_within (&due, &today, 120));
  /* An unpaid premium in grace stays announced. */
  parse_date ("2026-10-01", &due);
  g_assert_true (bd_premium_due_within (&due, &today, BD_DUE_WINDOW_DAYS));
}

static void
test_annual_premium (void)
{
  g_autoptr(BdPolicy) policy = make_policy (BD_PRODUCT_LIFE, BD_POLICY_IN_FORCE,
                                            "2020-03-01", "2026-12-01");
  GDate today;

  parse_date (TODAY, &today);
  bd_policy_set_premium (policy, 100000);
  bd_policy_set_frequency (policy, BD_FREQUENCY_MONTHLY);
  bd_policy_set_payment_years (policy, 20);
  g_assert_cmpint (bd_policy_get_annual_premium (policy, &today), ==, 1200000);

  /* Paid up on the day the payment term ends. */
  bd_policy_set_effective_date (policy, "2006-11-22");
  g_assert_false (bd_policy_is_paying (policy, &today));
  g_assert_cmpint (bd_policy_get_annual_premium (policy, &today), ==, 0);
  bd_policy_set_effective_date (policy, "2006-11-23");
  g_assert_true (bd_policy_is_paying (policy, &today));

  bd_policy_set_frequency (policy, BD_FREQUENCY_SINGLE);
  g_assert_cmpint (bd_policy_get_annual_premium (policy, &today), ==, 0);
}

static void
test_servicing (void)
{
  g_autoptr(BdPolicy) policy = make_policy (BD_PRODUCT_LIFE, BD_POLICY_IN_FORCE, NULL, NULL);
  static const struct {
    BdPolicyStatus status;
    gboolean       counts;
  } cases[] = {
    { BD_POLICY_IN_FORCE, TRUE },
    { BD_POLICY_GRACE, TRUE },
    { BD_POLICY_LAPSED, TRUE },
    { BD_POLICY_SURRENDERED, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      bd_policy_set_status (policy, cases[i].status);
      g_assert_cmpint (bd_policy_counts_for_servicing (policy), ==, cases[i].counts);
    }
}

/* The one money parser: what the household card's form and the workflows read. */
static void
test_parse_yuan (void)
{
  static const struct {
    const char  *text;
    BdYuanParse  result;
    gint64       fen;
  } cases[] = {
    { "1,200,000", BD_YUAN_OK, 120000000 },
    { " 3500.5 ", BD_YUAN_OK, 350050 },
    { "0.01", BD_YUAN_OK, 1 },
    { "9999999999999", BD_YUAN_OK, G_GINT64_CONSTANT (999999999999900) },
    { "", BD_YUAN_EMPTY, -1 },
    { "  ", BD_YUAN_EMPTY, -1 },
    { "-5", BD_YUAN_NEGATIVE, -1 },
    { "1.234", BD_YUAN_DECIMALS, -1 },
    { "12,00", BD_YUAN_MALFORMED, -1 },
    { "1,2000", BD_YUAN_MALFORMED, -1 },
    { "1万", BD_YUAN_MALFORMED, -1 },
    { ".5", BD_YUAN_MALFORMED, -1 },
    { "10000000000000", BD_YUAN_TOO_LARGE, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 fen = -1;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (bd_parse_yuan (cases[i].text, &fen), ==, cases[i].result);
      g_assert_cmpint (fen, ==, cases[i].fen);
    }
  g_assert_cmpint (bd_parse_yuan (NULL, &(gint64) { 0 }), ==, BD_YUAN_EMPTY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/policy-rules/document/edges", test_document_edges);
  g_test_add_func ("/policy-rules/adult/edges", test_adult_edges);
  g_test_add_func ("/policy-rules/grace/edges", test_grace_edges);
  g_test_add_func ("/policy-rules/reinstatement/window", test_reinstatement_window);
  g_test_add_func ("/policy-rules/reinstatement/edges", test_reinstatable_edges);
  g_test_add_func ("/policy-rules/maturity/edges", test_maturity_edges);
  g_test_add_func ("/policy-rules/premium/window", test_premium_window);
  g_test_add_func ("/policy-rules/premium/annual", test_annual_premium);
  g_test_add_func ("/policy-rules/servicing", test_servicing);
  g_test_add_func ("/policy-rules/money/parse-yuan", test_parse_yuan);

  return g_test_run ();
}
