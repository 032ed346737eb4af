/* bd-complaint-rules.c — the rules of a complaint: its fields, recusal, extensions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bd-complaint-rules.h"
#include "bd-identity.h"

static gboolean
refuse (GError           **error,
        BdComplaintField   field,
        const char        *message)
{
  g_set_error_literal (error, BD_COMPLAINT_ERROR, field, message);
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

/* A mobile, or a landline: 7 to 20 digits, dashes and spaces allowed. */
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

gboolean
bd_complaint_validate (BdComplaint  *complaint,
                       GError      **error)
{
  const char *phone = bd_complaint_get_phone (complaint);

  g_return_val_if_fail (BD_IS_COMPLAINT (complaint), FALSE);

  if (bd_complaint_get_complainant_id (complaint) == 0
      && is_blank (bd_complaint_get_complainant_name (complaint)))
    return refuse (error, BD_COMPLAINT_FIELD_COMPLAINANT, _("Write who complains"));
  if (is_blank (bd_complaint_get_relation (complaint)))
    return refuse (error, BD_COMPLAINT_FIELD_RELATION,
                   _("Say what the complainant is to the customer (or “the customer”)"));
  if (!is_blank (phone) && !phone_is_valid (phone))
    return refuse (error, BD_COMPLAINT_FIELD_PHONE,
                   _("This is not a phone number: a mobile of 11 digits, or a landline"));
  if (is_blank (bd_complaint_get_description (complaint)))
    return refuse (error, BD_COMPLAINT_FIELD_DESCRIPTION, _("Describe the complaint"));
  if (bd_complaint_get_people (complaint) == 0)
    return refuse (error, BD_COMPLAINT_FIELD_PEOPLE, _("At least one person complains"));
  return TRUE;
}

/* Nobody handles a complaint about themselves (回避; 003, 004). */
gboolean
bd_complaint_check_handler (BdComplaint  *complaint,
                            gint64        staff_id,
                            GError      **error)
{
  g_return_val_if_fail (BD_IS_COMPLAINT (complaint), FALSE);

  if (staff_id != 0 && staff_id == bd_complaint_get_staff_concerned (complaint))
    return refuse (error, BD_COMPLAINT_FIELD_HANDLER,
                   _("The staff member complained about may not handle the complaint: hand it "
                     "to someone else (recusal)"));
  return TRUE;
}

gboolean
bd_complaint_check_extension (guint        extensions,
                              guint        extended,
                              guint        days,
                              const char  *reason,
                              BdRole       role,
                              GError     **error)
{
  guint total = BD_COMPLAINT_DECISION_DAYS + extended + days;

  if (days == 0)
    return refuse (error, BD_COMPLAINT_FIELD_EXTENSION, _("Extend by at least one day"));
  if (is_blank (reason))
    return refuse (error, BD_COMPLAINT_FIELD_EXTENSION,
                   _("An extension is recorded with its reason (2020 measures, art. 18)"));
  if (extensions >= 2 || total > BD_COMPLAINT_SENIOR_EXTENDED_DAYS)
    return refuse (error, BD_COMPLAINT_FIELD_EXTENSION,
                   _("A complaint is decided within 60 days at most: it cannot be extended "
                     "further (2020 measures, art. 19)"));
  if (extensions == 0 && total <= BD_COMPLAINT_EXTENDED_DAYS)
    return TRUE;
  if (role != BD_ROLE_SUPERVISOR && role != BD_ROLE_ADMINISTRATOR)
    return refuse (error, BD_COMPLAINT_FIELD_EXTENSION,
                   _("Beyond 30 days the extension needs a senior manager’s approval: a "
                     "supervisor records it (2020 measures, art. 19)"));
  return TRUE;
}
