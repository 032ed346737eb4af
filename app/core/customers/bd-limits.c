/* bd-limits.c — limits the law sets on the data: a minor's death cover, the marriage age
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo generator obeys these and the database check (bd-store-check.c) reports what
 * breaks them, so both read them from here.
 */
#define G_LOG_DOMAIN "bd-limits"

#include "config.h"

#include "bd-limits.h"

gint64
bd_minor_death_cap (int age)
{
  if (age < 10)
    return BD_MINOR_DEATH_CAP_UNDER_10;
  if (age < BD_ADULT_AGE)
    return BD_MINOR_DEATH_CAP_UNDER_18;
  return -1;
}

gboolean
bd_is_adult (int age)
{
  return age >= BD_ADULT_AGE;
}

gboolean
bd_is_minor (int age)
{
  return age >= 0 && age < BD_ADULT_AGE;
}

gint64
bd_death_cover (BdProductKind kind,
                gint64        sum_insured)
{
  switch (kind)
    {
    case BD_PRODUCT_MEDICAL:
    case BD_PRODUCT_ANNUITY:
      return 0;
    case BD_PRODUCT_LIFE:
    case BD_PRODUCT_CRITICAL_ILLNESS:
    case BD_PRODUCT_ACCIDENT:
    case BD_PRODUCT_PARTICIPATING:
    case BD_PRODUCT_UNIVERSAL:
    case BD_PRODUCT_UNIT_LINKED:
    default:
      return sum_insured;
    }
}

int
bd_marriage_age (BdSex sex)
{
  return sex == BD_SEX_MALE ? 22 : 20;
}
