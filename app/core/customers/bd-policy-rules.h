/* bd-policy-rules.h — the desk's rules about policies and documents, each with its source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "bd-policy.h"

G_BEGIN_DECLS

/* Maturities, survival benefits and premiums are announced this many days ahead, so that
 * the next visit can prepare them (the household card, domain.md §2; seed 000). The
 * default of the branch's setting due-horizon-days, which the rules below are given. */
#define BD_DUE_WINDOW_DAYS 90
/* An identity document is renewed this many days before it expires (the household card's
 * "address/phone change" openings, domain.md §2; seed 000). */
#define BD_DOCUMENT_WARNING_DAYS 30
/* The premium grace period: 60 days after the due date (Insurance Law art. 36). The
 * default of the branch's setting grace-days, which the rules below are given. */
#define BD_GRACE_DAYS 60
/* A suspended policy may be reinstated within 2 years of suspension (Insurance Law
 * art. 37; domain.md §10). */
#define BD_REINSTATEMENT_YEARS 2

/* Documents */

typedef enum
{
  BD_DOCUMENT_VALID_FOR_LIFE,   /* no expiry date (长期) */
  BD_DOCUMENT_VALID,
  BD_DOCUMENT_EXPIRING,         /* expires within BD_DOCUMENT_WARNING_DAYS, that day included */
  BD_DOCUMENT_EXPIRED,
} BdDocumentValidity;

BdDocumentValidity bd_document_validity          (const char  *valid_until,
                                                  const GDate *today,
                                                  int         *days_left);

/* Dates */

gboolean    bd_date_years_after                  (const char  *text,
                                                  guint        years,
                                                  GDate       *date);
gboolean    bd_date_within_days                  (const GDate *date,
                                                  const GDate *today,
                                                  guint        days);

/* Policies */

gboolean    bd_policy_is_active                  (BdPolicy    *policy);
gboolean    bd_policy_is_paying                  (BdPolicy    *policy,
                                                  const GDate *today);
gint64      bd_policy_get_annual_premium         (BdPolicy    *policy,
                                                  const GDate *today);
gboolean    bd_policy_has_death_benefit          (BdPolicy    *policy);
gboolean    bd_policy_names_death_beneficiary    (BdPolicy    *policy);
gboolean    bd_policy_counts_for_servicing       (BdPolicy    *policy);
gboolean    bd_premium_due_within                (const GDate *due,
                                                  const GDate *today,
                                                  guint        horizon_days);
gboolean    bd_policy_maturity_due               (BdPolicy    *policy,
                                                  const GDate *today,
                                                  guint        horizon_days,
                                                  GDate       *date);
gboolean    bd_policy_next_anniversary           (BdPolicy    *policy,
                                                  const GDate *today,
                                                  GDate       *date);
gboolean    bd_policy_survival_benefit_due       (BdPolicy    *policy,
                                                  const GDate *today,
                                                  guint        horizon_days,
                                                  GDate       *date);
gboolean    bd_grace_period_end                  (const GDate *due,
                                                  guint        grace_days,
                                                  GDate       *last_day);
gboolean    bd_reinstatement_window              (const GDate *due,
                                                  guint        grace_days,
                                                  GDate       *first_day,
                                                  GDate       *last_day);
gboolean    bd_policy_reinstatable               (BdPolicy    *policy,
                                                  const GDate *today,
                                                  guint        grace_days,
                                                  GDate       *unpaid);

G_END_DECLS
