/* bd-limits.h — limits the law sets on the data: a minor's death cover, the marriage age
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "bd-types.h"

G_BEGIN_DECLS

/* 保监发〔2015〕90号 §1: the death benefits of all policies on a minor's life together
 * stay within 200,000 yuan under 10 and 500,000 yuan from 10 to 17 (in fen). */
#define BD_MINOR_DEATH_CAP_UNDER_10 ((gint64) 200000 * 100)
#define BD_MINOR_DEATH_CAP_UNDER_18 ((gint64) 500000 * 100)

/* The cap for an insured of @age full years, or -1 from 18 on: there is none. */
gint64    bd_minor_death_cap             (int            age);

/* The death benefit a policy of @kind on a minor counts towards the cap: its sum insured,
 * or 0 for medical cover and annuities (which pay back at most the premiums or the cash
 * value on death, which the notice leaves out). */
gint64    bd_death_cover                 (BdProductKind  kind,
                                          gint64         sum_insured);

/* Civil Code art. 17: an adult is 18 or older. A minor acts through a guardian, and is
 * not asked for a mobile number of their own. */
#define BD_ADULT_AGE 18

/* Whether @age full years is an adult's; FALSE for an unknown age (-1). */
gboolean  bd_is_adult                    (int            age);
/* Whether @age full years is a minor's; FALSE for an unknown age (-1). */
gboolean  bd_is_minor                    (int            age);

/* Civil Code art. 1047: men marry from 22, women from 20. */
int       bd_marriage_age                (BdSex          sex);

G_END_DECLS
