/* bd-policy-rules.c — the desk's rules about policies and documents, each with its source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The household card, the customer page, the printed review and the workflows to come
 * all ask these functions, so that a rule is written once. Every rule names where it comes
 * from: a section of domain.md, an article of the law, or the branch's own practice (the
 * seed files 000 and 001).
 */
#define G_LOG_DOMAIN "bd-policy-rules"

#include "config.h"

#include "bd-policy-rules.h"

/* The last year an ISO 8601 date of four digits can hold. */
#define YEAR_MAX 9999

static const guint periods_per_year[] = {
  [BD_FREQUENCY_SINGLE] = 0,
  [BD_FREQUENCY_ANNUAL] = 1,
  [BD_FREQUENCY_SEMIANNUAL] = 2,
  [BD_FREQUENCY_QUARTERLY] = 4,
  [BD_FREQUENCY_MONTHLY] = 12,
};

/* Dates */

/* Parses @text into @date; on failure @date is left cleared (invalid), never garbage. */
static gboolean
date_from_iso (const char *text,
               GDate      *date)
{
  g_date_clear (date, 1);
  return bd_date_parse_iso (text, date);
}

/* @date plus @days, FALSE when the result would not fit in four digits. */
static gboolean
date_add_days (GDate *date,
               guint  days)
{
  GDate last;

  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, YEAR_MAX);
  if (g_date_days_between (date, &last) < (gint) days)
    {
      g_date_clear (date, 1);
      return FALSE;
    }

  g_date_add_days (date, days);
  return TRUE;
}

/* @date plus @years (29 February becomes 28 February: Civil Code art. 202 ends a period
 * on the last day of the month that has no such day). */
static gboolean
date_add_years (GDate *date,
                guint  years)
{
  if (years > YEAR_MAX - g_date_get_year (date))
    {
      g_date_clear (date, 1);
      return FALSE;
    }

  g_date_add_years (date, years);
  return TRUE;
}

/**
 * bd_date_years_after:
 * @text: an ISO 8601 date
 * @years: how many years to add
 * @date: (out caller-allocates): the result
 *
 * Returns: %TRUE with @date set to @text plus @years years (29 February becomes
 *   28 February); %FALSE, with @date cleared, when @text is not a date or the result
 *   would not fit in four digits
 */
gboolean
bd_date_years_after (const char *text,
                     guint       years,
                     GDate      *date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  return date_from_iso (text, date) && date_add_years (date, years);
}

/**
 * bd_date_within_days:
 * @date: a valid date
 * @today: a valid date
 * @days: the length of the window
 *
 * Returns: whether @date lies in [@today, @today + @days], both ends included
 */
gboolean
bd_date_within_days (const GDate *date,
                     const GDate *today,
                     guint        days)
{
  GDate end = *today;

  g_return_val_if_fail (date != NULL && today != NULL, FALSE);

  if (g_date_compare (date, today) < 0)
    return FALSE;
  /* A window that runs past the year 9999 holds every date after today. */
  return !date_add_days (&end, days) || g_date_compare (date, &end) <= 0;
}

/* Documents */

/**
 * bd_document_validity:
 * @valid_until: (nullable): the expiry date of an identity document, "YYYY-MM-DD"
 * @today: the branch's day
 * @days_left: (out) (optional): the days from @today to the expiry date, negative once it
 *   passed; 0 for a document valid for life
 *
 * A document is renewed from %BD_DOCUMENT_WARNING_DAYS days before it expires: it is
 * "expiring" from that day to the expiry date, both included (domain.md §2, the household
 * card; seed 000). No expiry date, or one that is not a date, is a document valid for
 * life (长期).
 *
 * Returns: how valid the document is on @today
 */
BdDocumentValidity
bd_document_validity (const char  *valid_until,
                      const GDate *today,
                      int         *days_left)
{
  GDate expiry;
  int days;

  g_return_val_if_fail (today != NULL && g_date_valid (today), BD_DOCUMENT_VALID_FOR_LIFE);

  if (days_left != NULL)
    *days_left = 0;
  if (!date_from_iso (valid_until, &expiry))
    return BD_DOCUMENT_VALID_FOR_LIFE;

  days = g_date_days_between (today, &expiry);
  if (days_left != NULL)
    *days_left = days;
  if (days < 0)
    return BD_DOCUMENT_EXPIRED;
  if (days <= BD_DOCUMENT_WARNING_DAYS)
    return BD_DOCUMENT_EXPIRING;
  return BD_DOCUMENT_VALID;
}

/* Policies */

/**
 * bd_policy_is_active:
 * @policy: a policy
 *
 * Returns: whether @policy covers its insured: in force or in its grace period (Insurance
 *   Law art. 36: the insurer pays during the grace period)
 */
gboolean
bd_policy_is_active (BdPolicy *policy)
{
  BdPolicyStatus status;

  g_return_val_if_fail (BD_IS_POLICY (policy), FALSE);

  status = bd_policy_get_status (policy);
  return status == BD_POLICY_IN_FORCE || status == BD_POLICY_GRACE;
}

/**
 * bd_policy_is_paying:
 * @policy: a policy
 * @today: the branch's day
 *
 * A policy without an effective date or without a payment term gives no end, so it is
 * taken to be still paying; a single premium is paid once, at the start.
 *
 * Returns: whether premiums are still being paid on @today
 */
gboolean
bd_policy_is_paying (BdPolicy    *policy,
                     const GDate *today)
{
  GDate paid_up;

  g_return_val_if_fail (BD_IS_POLICY (policy), FALSE);

  if (!bd_policy_is_active (policy) || bd_policy_get_frequency (policy) == BD_FREQUENCY_SINGLE)
    return FALSE;

  if (bd_policy_get_payment_years (policy) == 0 ||
      !bd_date_years_after (bd_policy_get_effective_date (policy),
                            bd_policy_get_payment_years (policy), &paid_up))
    return TRUE;

  return g_date_compare (&paid_up, today) > 0;
}

/**
 * bd_policy_get_annual_premium:
 * @policy: a policy
 * @today: the branch's day
 *
 * Returns: what @policy costs a year on @today, in fen: the premium times the payments a
 *   year while it is paying, else 0
 */
gint64
bd_policy_get_annual_premium (BdPolicy    *policy,
                              const GDate *today)
{
  BdFrequency frequency;

  g_return_val_if_fail (BD_IS_POLICY (policy), 0);

  frequency = bd_policy_get_frequency (policy);
  if (!bd_policy_is_paying (policy, today) || (guint) frequency >= G_N_ELEMENTS (periods_per_year))
    return 0;

  return bd_policy_get_premium (policy) * periods_per_year[frequency];
}

/**
 * bd_policy_has_death_benefit:
 * @policy: a policy
 *
 * MEDICAL pays costs and ANNUITY pays the living: neither has a death benefit to name a
 * beneficiary for.
 *
 * Returns: whether @policy pays on death
 */
gboolean
bd_policy_has_death_benefit (BdPolicy *policy)
{
  BdProductKind kind;

  g_return_val_if_fail (BD_IS_POLICY (policy), FALSE);

  kind = bd_policy_get_product_kind (policy);
  return kind != BD_PRODUCT_MEDICAL && kind != BD_PRODUCT_ANNUITY;
}

/**
 * bd_policy_names_death_beneficiary:
 * @policy: a policy
 *
 * Without a named beneficiary the death benefit goes to the legal heirs (法定; Insurance
 * Law art. 42), which the customer may not know or want: completing the designation is an
 * opening (domain.md §2).
 *
 * Returns: whether somebody is named for the death benefit
 */
gboolean
bd_policy_names_death_beneficiary (BdPolicy *policy)
{
  GListModel *beneficiaries;
  guint n;

  g_return_val_if_fail (BD_IS_POLICY (policy), FALSE);

  beneficiaries = bd_policy_get_beneficiaries (policy);
  n = g_list_model_get_n_items (beneficiaries);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdBeneficiary) beneficiary = g_list_model_get_item (beneficiaries, i);

      if (bd_beneficiary_get_kind (beneficiary) == BD_BENEFICIARY_DEATH &&
          !bd_beneficiary_get_legal_heirs (beneficiary) &&
          bd_beneficiary_get_customer_id (beneficiary) != 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * bd_policy_counts_for_servicing:
 * @policy: a policy
 *
 * Policies in force, in grace, and lapsed ones, which are handed to the servicing staff
 * (失效件) to be revived, are serviced; one household is served by one staff member
 * (domain.md §2).
 *
 * Returns: whether @policy counts among a servicing staff member's policies
 */
gboolean
bd_policy_counts_for_servicing (BdPolicy *policy)
{
  g_return_val_if_fail (BD_IS_POLICY (policy), FALSE);

  return bd_policy_is_active (policy) || bd_policy_get_status (policy) == BD_POLICY_LAPSED;
}

/**
 * bd_premium_due_within:
 * @due: a due date
 * @today: the branch's day
 * @horizon_days: how far ahead: the branch's due-horizon-days (%BD_DUE_WINDOW_DAYS unless
 *   set)
 *
 * A premium is announced @horizon_days ahead; one already due (unpaid, in its grace
 * period) is announced until it is paid (domain.md §2).
 *
 * Returns: whether a premium due on @due is to be announced on @today
 */
gboolean
bd_premium_due_within (const GDate *due,
                       const GDate *today,
                       guint        horizon_days)
{
  GDate end = *today;

  g_return_val_if_fail (due != NULL && today != NULL, FALSE);

  return !date_add_days (&end, horizon_days) || g_date_compare (due, &end) <= 0;
}

/* What each rule of a day falling due starts with: @date is cleared (invalid) until a day
 * is found. */
static gboolean
start_due_date (BdPolicy *policy,
                GDate    *date)
{
  g_return_val_if_fail (BD_IS_POLICY (policy), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  return TRUE;
}

/**
 * bd_policy_maturity_due:
 * @policy: a policy
 * @today: the branch's day
 * @horizon_days: how far ahead (the branch's due-horizon-days)
 * @date: (out caller-allocates): the day the maturity benefit is paid
 *
 * Returns: whether an active policy with a term matures within @horizon_days days of
 *   @today, that day included (domain.md §2, maturities due)
 */
gboolean
bd_policy_maturity_due (BdPolicy    *policy,
                        const GDate *today,
                        guint        horizon_days,
                        GDate       *date)
{
  if (!start_due_date (policy, date) || !bd_policy_is_active (policy) ||
      bd_policy_get_term_years (policy) == 0)
    return FALSE;

  return bd_date_years_after (bd_policy_get_effective_date (policy),
                              bd_policy_get_term_years (policy), date) &&
         bd_date_within_days (date, today, horizon_days);
}

/**
 * bd_policy_next_anniversary:
 * @policy: a policy
 * @today: the branch's day
 * @date: (out caller-allocates): the anniversary
 *
 * Counted from the effective date each time, so that a policy that began on 29 February
 * keeps its day in leap years.
 *
 * Returns: whether @policy has an anniversary on or after @today (the first one)
 */
gboolean
bd_policy_next_anniversary (BdPolicy    *policy,
                            const GDate *today,
                            GDate       *date)
{
  const char *effective;
  GDate start;
  int years;

  if (!start_due_date (policy, date))
    return FALSE;
  effective = bd_policy_get_effective_date (policy);
  if (!date_from_iso (effective, &start))
    return FALSE;

  years = MAX ((int) g_date_get_year (today) - (int) g_date_get_year (&start), 1);
  if (!bd_date_years_after (effective, (guint) years, date))
    return FALSE;
  if (g_date_compare (date, today) < 0)
    return bd_date_years_after (effective, (guint) years + 1, date);

  return TRUE;
}

/* Annuities and participating policies pay survival benefits, unless the customer chose
 * not to draw them. */
static gboolean
pays_survival_benefits (BdPolicy *policy)
{
  BdProductKind kind = bd_policy_get_product_kind (policy);

  return (kind == BD_PRODUCT_ANNUITY || kind == BD_PRODUCT_PARTICIPATING) &&
         bd_policy_get_survival_option (policy) != BD_SURVIVAL_NONE;
}

/**
 * bd_policy_survival_benefit_due:
 * @policy: a policy
 * @today: the branch's day
 * @horizon_days: how far ahead (the branch's due-horizon-days)
 * @date: (out caller-allocates): the anniversary it is paid on
 *
 * Annuities and participating policies pay survival benefits on their anniversaries once
 * the premiums are paid up, unless the customer chose not to draw them (domain.md §2,
 * survival benefits due; the service card's survival-benefit option).
 *
 * Returns: whether such a benefit falls due within @horizon_days days of @today
 */
gboolean
bd_policy_survival_benefit_due (BdPolicy    *policy,
                                const GDate *today,
                                guint        horizon_days,
                                GDate       *date)
{
  GDate paid_up;

  if (!start_due_date (policy, date) || !bd_policy_is_active (policy) ||
      !pays_survival_benefits (policy))
    return FALSE;

  if (!bd_policy_next_anniversary (policy, today, date) ||
      !bd_date_within_days (date, today, horizon_days))
    return FALSE;

  if (!bd_date_years_after (bd_policy_get_effective_date (policy),
                            bd_policy_get_payment_years (policy), &paid_up))
    return FALSE;

  return g_date_compare (date, &paid_up) >= 0;
}

/**
 * bd_grace_period_end:
 * @due: the due date of an unpaid premium
 * @grace_days: the branch's grace-days (%BD_GRACE_DAYS unless set)
 * @last_day: (out caller-allocates): the last day of the grace period
 *
 * The grace period is @grace_days days after the due date (60, Insurance Law art. 36);
 * the due date itself is not counted (Civil Code art. 201), so its last day is the 60th
 * day after @due. The policy is suspended from the next day.
 *
 * Returns: %FALSE, with @last_day cleared, when it would fall after the year 9999
 */
gboolean
bd_grace_period_end (const GDate *due,
                     guint        grace_days,
                     GDate       *last_day)
{
  g_return_val_if_fail (due != NULL && g_date_valid (due), FALSE);
  g_return_val_if_fail (last_day != NULL, FALSE);

  *last_day = *due;
  return date_add_days (last_day, grace_days);
}

/**
 * bd_reinstatement_window:
 * @due: the due date of the premium left unpaid
 * @grace_days: the branch's grace-days
 * @first_day: (out caller-allocates) (optional): the first day of suspension
 * @last_day: (out caller-allocates) (optional): the last day to reinstate
 *
 * A suspended policy may be reinstated within %BD_REINSTATEMENT_YEARS years of its
 * suspension (Insurance Law art. 37; domain.md §10), not of the unpaid due date: the
 * suspension comes the day after the grace period ends. The day of suspension is not
 * counted and a period in years ends on the same date (Civil Code arts. 201, 202).
 *
 * Returns: %FALSE, with the dates cleared, when they would fall after the year 9999
 */
gboolean
bd_reinstatement_window (const GDate *due,
                         guint        grace_days,
                         GDate       *first_day,
                         GDate       *last_day)
{
  GDate first, last;
  gboolean ok;

  g_return_val_if_fail (due != NULL && g_date_valid (due), FALSE);

  ok = bd_grace_period_end (due, grace_days, &first) && date_add_days (&first, 1);
  last = first;
  ok = ok && date_add_years (&last, BD_REINSTATEMENT_YEARS);
  if (!ok)
    {
      g_date_clear (&first, 1);
      g_date_clear (&last, 1);
    }

  if (first_day != NULL)
    *first_day = first;
  if (last_day != NULL)
    *last_day = last;
  return ok;
}

/**
 * bd_policy_reinstatable:
 * @policy: a policy
 * @today: the branch's day
 * @grace_days: the branch's grace-days
 * @unpaid: (out caller-allocates): the due date of the premium left unpaid
 *
 * The stored status says the policy is suspended; a payment demand can suspend it before
 * the 60 days (Insurance Law art. 36), so only the last day of the window is checked.
 * Without a due date nobody can tell: the card's list of lapsed policies still shows it.
 *
 * Returns: whether @policy is lapsed and may still be reinstated on @today
 */
gboolean
bd_policy_reinstatable (BdPolicy    *policy,
                        const GDate *today,
                        guint        grace_days,
                        GDate       *unpaid)
{
  GDate last;

  g_return_val_if_fail (BD_IS_POLICY (policy), FALSE);
  g_return_val_if_fail (unpaid != NULL, FALSE);

  if (bd_policy_get_status (policy) != BD_POLICY_LAPSED ||
      !date_from_iso (bd_policy_get_next_due_date (policy), unpaid) ||
      !bd_reinstatement_window (unpaid, grace_days, NULL, &last))
    return FALSE;

  return g_date_compare (today, &last) <= 0;
}
