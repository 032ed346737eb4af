/* bd-claim-rules.c — what the counter checks while a claim is reported, with reasons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report is never refused for what these find: the counter takes every report
 * (003: help the customer report promptly) and shows what stands in the way, each line
 * with its reason and source; it never promises a payout (003). Only the report's own
 * fields can be wrong.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-claim-rules.h"
#include "bd-identity.h"
#include "bd-policy-rules.h"

void
bd_claim_check_free (BdClaimCheck *check)
{
  g_free (check->text);
  g_free (check);
}

BdClaimCheck *
bd_claim_check_new (BdClaimCheckLevel  level,
                    gint64        policy_id,
                    char         *text)
{
  BdClaimCheck *check = g_new0 (BdClaimCheck, 1);

  check->level = level;
  check->policy_id = policy_id;
  check->text = text;
  return check;
}

static const char *const cover_labels[] = {
  [BD_COVER_NOT_YET] = N_("not yet in force"),
  [BD_COVER_IN_FORCE] = N_("in force"),
  [BD_COVER_GRACE] = N_("in its grace period"),
  [BD_COVER_LAPSED] = N_("lapsed"),
  [BD_COVER_ENDED] = N_("ended"),
};

const char *
bd_cover_status_get_label (BdCoverStatus status)
{
  g_return_val_if_fail (status <= BD_COVER_ENDED, NULL);
  return _(cover_labels[status]);
}

/* A policy that has ended is ended on any day after its maturity; a policy surrendered,
 * cancelled or ended by a claim keeps no date of it here, so it is taken as ended. */
static gboolean
ended_before (BdPolicy    *policy,
              const GDate *event)
{
  GDate maturity;

  switch (bd_policy_get_status (policy))
    {
    case BD_POLICY_MATURED:
      return !bd_date_years_after (bd_policy_get_effective_date (policy),
                                   bd_policy_get_term_years (policy), &maturity)
             || g_date_compare (event, &maturity) >= 0;
    case BD_POLICY_SURRENDERED:
    case BD_POLICY_CLAIM_TERMINATED:
    case BD_POLICY_COOLING_OFF_CANCELLED:
      return TRUE;
    case BD_POLICY_IN_FORCE:
    case BD_POLICY_GRACE:
    case BD_POLICY_LAPSED:
    default:
      return FALSE;
    }
}

/* Insurance Law art. 36: after an unpaid due date, 60 days of grace (@grace_days, the
 * branch's setting) (the policy still
 * answers, the premium owed is deducted), then suspension. The next due date the policy
 * keeps is the first unpaid one: an event before it was covered by paid premiums. */
BdCoverStatus
bd_policy_cover_on (BdPolicy    *policy,
                    const GDate *event,
                    guint        grace_days)
{
  GDate effective, due, grace_end;

  g_return_val_if_fail (BD_IS_POLICY (policy), BD_COVER_ENDED);

  if (!bd_date_parse_iso (bd_policy_get_effective_date (policy), &effective)
      || g_date_compare (event, &effective) < 0)
    return BD_COVER_NOT_YET;
  if (ended_before (policy, event))
    return BD_COVER_ENDED;
  if (!bd_date_parse_iso (bd_policy_get_next_due_date (policy), &due)
      || g_date_compare (event, &due) <= 0 || !bd_grace_period_end (&due, grace_days, &grace_end))
    return BD_COVER_IN_FORCE;
  return g_date_compare (event, &grace_end) <= 0 ? BD_COVER_GRACE : BD_COVER_LAPSED;
}

static gboolean
refuse (GError       **error,
        BdClaimField   field,
        const char    *message)
{
  g_set_error_literal (error, BD_CLAIM_ERROR, field, message);
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* A mobile, or a landline of a hospital or an office: 7 to 20 digits, dashes allowed. */
static gboolean
phone_is_valid (const char *phone)
{
  g_autofree char *mobile = bd_phone_normalize (phone, NULL);
  guint digits = 0;

  if (mobile != NULL)
    return TRUE;
  for (const char *p = phone; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p != '-' && *p != ' ')
        return FALSE;
    }
  return digits >= 7 && digits <= 20;
}

static gboolean
time_is_valid (const char *time)
{
  return strlen (time) == 5 && g_ascii_isdigit (time[0]) && g_ascii_isdigit (time[1])
         && time[2] == ':' && g_ascii_isdigit (time[3]) && g_ascii_isdigit (time[4])
         && atoi (time) < 24 && atoi (time + 3) < 60;
}

static gboolean
validate_reporter (BdClaim  *claim,
                   GError  **error)
{
  if (bd_claim_get_reporter_id (claim) == 0 && is_blank (bd_claim_get_reporter_name (claim)))
    return refuse (error, BD_CLAIM_FIELD_REPORTER, _("Write who reports the claim"));
  if (is_blank (bd_claim_get_relation (claim)))
    return refuse (error, BD_CLAIM_FIELD_RELATION,
                   _("Say what the reporter is to the insured"));
  if (is_blank (bd_claim_get_phone (claim)))
    return refuse (error, BD_CLAIM_FIELD_PHONE, _("Write a phone number to reach the reporter"));
  if (!phone_is_valid (bd_claim_get_phone (claim)))
    return refuse (error, BD_CLAIM_FIELD_PHONE,
                   _("This is not a phone number: a mobile of 11 digits, or a landline"));
  return TRUE;
}

static gboolean
validate_dates (BdClaim      *claim,
                const GDate  *today,
                GError      **error)
{
  const char *time = bd_claim_get_event_time (claim);
  GDate event, known;

  if (!bd_date_parse_iso (bd_claim_get_event_date (claim), &event))
    return refuse (error, BD_CLAIM_FIELD_EVENT_DATE,
                   _("Write the day of the event as YYYY-MM-DD"));
  if (g_date_compare (&event, today) > 0)
    return refuse (error, BD_CLAIM_FIELD_EVENT_DATE, _("The event cannot lie in the future"));
  if (time != NULL && *time != '\0' && !time_is_valid (time))
    return refuse (error, BD_CLAIM_FIELD_EVENT_TIME, _("Write the time as HH:MM, or leave it empty"));
  if (!bd_date_parse_iso (bd_claim_get_known_on (claim), &known))
    return refuse (error, BD_CLAIM_FIELD_KNOWN_ON,
                   _("Write the day the event became known as YYYY-MM-DD"));
  if (g_date_compare (&known, &event) < 0 || g_date_compare (&known, today) > 0)
    return refuse (error, BD_CLAIM_FIELD_KNOWN_ON,
                   _("The event became known on its day or later, and not after today"));
  return TRUE;
}

gboolean
bd_claim_validate (BdClaim      *claim,
                   const GDate  *today,
                   GError      **error)
{
  g_return_val_if_fail (BD_IS_CLAIM (claim), FALSE);

  if (bd_claim_get_insured_id (claim) == 0)
    return refuse (error, BD_CLAIM_FIELD_INSURED, _("Choose the insured"));
  if (!validate_reporter (claim, error) || !validate_dates (claim, today, error))
    return FALSE;
  if (is_blank (bd_claim_get_place (claim)))
    return refuse (error, BD_CLAIM_FIELD_PLACE, _("Write where it happened"));
  if (bd_event_kind_is_illness (bd_claim_get_kind (claim))
      && is_blank (bd_claim_get_hospital (claim)))
    return refuse (error, BD_CLAIM_FIELD_HOSPITAL,
                   _("Write the hospital that treats or diagnosed the insured"));
  if (is_blank (bd_claim_get_description (claim)))
    return refuse (error, BD_CLAIM_FIELD_DESCRIPTION, _("Describe what happened"));
  return TRUE;
}

/* An illness first diagnosed within the waiting period after the effective date is not
 * covered; an accident is (the product's terms; domain.md §4). "Within N days" includes
 * the Nth (Civil Code art. 203). */
static char *
waiting_text (BdClaim     *claim,
              BdPolicy    *policy,
              const GDate *event,
              guint        waiting_days)
{
  GDate effective;
  int days;

  if (waiting_days == 0 || !bd_event_kind_is_illness (bd_claim_get_kind (claim))
      || !bd_date_parse_iso (bd_policy_get_effective_date (policy), &effective))
    return NULL;
  days = g_date_days_between (&effective, event);
  if (days > (int) waiting_days)
    return NULL;
  return g_strdup_printf (_("an illness first diagnosed on day %d of its %u-day waiting "
                            "period is not covered (an accident would be)"), days,
                          waiting_days);
}

static char *
standing_text (BdPolicy      *policy,
               BdCoverStatus  status,
               const char    *day)
{
  switch (status)
    {
    case BD_COVER_GRACE:
      return g_strdup_printf (_("in its grace period on %s: covered, the premium owed may be "
                                "deducted from the benefit (Insurance Law, art. 36)"), day);
    case BD_COVER_LAPSED:
      return g_strdup_printf (_("lapsed on %s: not covered while suspended (Insurance Law, "
                                "arts. 36–37)"), day);
    case BD_COVER_NOT_YET:
      return g_strdup_printf (_("not yet in force on %s (effective %s)"), day,
                              bd_policy_get_effective_date (policy));
    case BD_COVER_ENDED:
      return g_strdup_printf (_("ended by %s (%s)"), day,
                              bd_policy_status_get_label (bd_policy_get_status (policy)));
    case BD_COVER_IN_FORCE:
    default:
      return g_strdup_printf (_("in force on %s"), day);
    }
}

BdClaimCheck *
bd_claim_check_policy (BdClaim  *claim,
                       BdPolicy *policy,
                       guint     waiting_days,
                       guint     grace_days)
{
  const char *day = bd_claim_get_event_date (claim);
  g_autofree char *standing = NULL;
  g_autofree char *waiting = NULL;
  BdCoverStatus status;
  BdClaimCheckLevel level;
  gboolean answers;
  GDate event;

  g_return_val_if_fail (BD_IS_CLAIM (claim), NULL);
  g_return_val_if_fail (BD_IS_POLICY (policy), NULL);

  if (!bd_date_parse_iso (day, &event))
    return NULL;
  status = bd_policy_cover_on (policy, &event, grace_days);
  standing = standing_text (policy, status, day);
  answers = bd_product_answers_event (bd_policy_get_product_kind (policy),
                                      bd_claim_get_kind (claim));
  waiting = waiting_text (claim, policy, &event, waiting_days);
  level = status == BD_COVER_IN_FORCE ? BD_CLAIM_CHECK_GOOD
          : status == BD_COVER_GRACE ? BD_CLAIM_CHECK_NOTE : BD_CLAIM_CHECK_WARNING;
  if (!answers || waiting != NULL)
    level = BD_CLAIM_CHECK_WARNING;
  return bd_claim_check_new (level, bd_policy_get_id (policy),
                             g_strdup_printf (_("%s %s: %s; %s%s%s"),
                                              bd_policy_get_number (policy),
                                              bd_policy_get_product_name (policy), standing,
                                              answers ? _("its cover answers this kind of event")
                                                      : _("its cover does not answer this kind of event"),
                                              waiting != NULL ? _("; ") : "",
                                              waiting != NULL ? waiting : ""));
}

BdClaimCheck *
bd_claim_check_limitation (BdClaim     *claim,
                           const GDate *today)
{
  GDate known, last;

  g_return_val_if_fail (BD_IS_CLAIM (claim), NULL);

  if (!bd_date_parse_iso (bd_claim_get_known_on (claim), &known)
      || !bd_date_years_after (bd_claim_get_known_on (claim), BD_CLAIM_LIMITATION_YEARS, &last)
      || g_date_compare (today, &last) <= 0)
    return NULL;
  return bd_claim_check_new (BD_CLAIM_CHECK_WARNING, 0,
                             g_strdup_printf (_("The event became known on %s, more than %d "
                                                "years ago: the right to claim may have lapsed "
                                                "(Insurance Law, art. 26). Take the report and "
                                                "let the claims department decide."),
                                              bd_claim_get_known_on (claim),
                                              BD_CLAIM_LIMITATION_YEARS));
}

BdClaimCheck *
bd_claim_check_beneficiaries (BdClaim  *claim,
                              BdPolicy *policy)
{
  GListModel *list = bd_policy_get_beneficiaries (policy);
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdBeneficiary) b = g_list_model_get_item (list, i);
      g_autofree char *share = NULL;

      if (bd_beneficiary_get_kind (b) != BD_BENEFICIARY_DEATH || bd_beneficiary_get_legal_heirs (b))
        continue;
      share = bd_format_share (bd_beneficiary_get_share (b));
      g_string_append_printf (names, _("%s%s (order %u, %s)"), names->len > 0 ? _("; ") : "",
                              bd_or_dash (bd_beneficiary_get_name (b)),
                              bd_beneficiary_get_rank (b), share);
    }
  if (names->len == 0)
    return bd_claim_check_new (BD_CLAIM_CHECK_NOTE, bd_policy_get_id (policy),
                               g_strdup_printf (_("%s: no death beneficiary is named: the "
                                                  "benefit goes to the insured’s legal heirs "
                                                  "(Insurance Law, art. 42)"),
                                                bd_policy_get_number (policy)));
  return bd_claim_check_new (BD_CLAIM_CHECK_NOTE, bd_policy_get_id (policy),
                             g_strdup_printf (_("%s: death beneficiaries %s"),
                                              bd_policy_get_number (policy), names->str));
}
