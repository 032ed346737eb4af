/* bd-branch-settings.c — the branch's settings: what each is, its default and its check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The settings every desk of a branch shares live in its database (bd_store_dup_setting);
 * what one desk prefers (its printer, a preview before printing) lives in GSettings. The
 * table below is the one list of the branch's settings: the admin tool, the first-run
 * assistant and the Preferences all check a value through it.
 */
#define G_LOG_DOMAIN "bd-settings"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-branch-settings.h"
#include "bd-text.h"

G_DEFINE_QUARK (bd-branch-setting-error-quark, bd_branch_setting_error)

/* Names and addresses are printed in a line of a slip's heading: longer ones do not fit. */
#define NAME_MAX_CHARS 40
#define ADDRESS_MAX_CHARS 80
/* A phone as printed: "95500", "025-8000 0000", "(025) 8000-0000 转 123" is refused. */
#define PHONE_MIN_DIGITS 5
#define PHONE_MAX_CHARS 20

static const BdBranchSetting settings[] = {
  { "company-name", N_("Company name"), BD_SETTING_NAME, NULL, 0, 0,
    "printed on every slip and sheet" },
  { "branch-name", N_("Branch name"), BD_SETTING_NAME, NULL, 0, 0,
    "shown at sign-in, printed on every slip and sheet" },
  { "branch-address", N_("Branch address"), BD_SETTING_ADDRESS, NULL, 0, 0,
    "printed on receipts and notices: where the customer brings what is missing" },
  { "branch-phone", N_("Service phone"), BD_SETTING_PHONE, NULL, 0, 0,
    "printed on request receipts and notices (002: the customer can ask how it stands)" },
  { "time-zone", N_("Time zone"), BD_SETTING_TIME_ZONE, "Asia/Shanghai", 0, 0,
    "every time the desk shows or prints is in it (bd_store_get_time_zone)" },
  { "idle-lock-minutes", N_("Lock after idle minutes"), BD_SETTING_NUMBER, "5", 1, 120,
    "domain.md §1: the session locks after a set idle time, default 5 minutes (003)" },
  { "due-horizon-days", N_("Days ahead for items falling due"), BD_SETTING_NUMBER, "90",
    30, 365, "domain.md §2: the household card's 到期事项 of the next 90 days (000, 001)" },
  { "cooling-off-days", N_("Cooling-off period in days"), BD_SETTING_NUMBER, "15", 15, 60,
    "domain.md §10: at least 15 days from the day after the receipt is signed "
    "(健康保险管理办法 art. 15; the contract's terms)" },
  { "grace-days", N_("Premium grace period in days"), BD_SETTING_NUMBER, "60", 30, 60,
    "domain.md §10: 60 days after the due date, 30 after a payment demand "
    "(Insurance Law art. 36)" },
};

const BdBranchSetting *
bd_branch_settings_get_all (guint *n_settings)
{
  *n_settings = G_N_ELEMENTS (settings);
  return settings;
}

const BdBranchSetting *
bd_branch_setting_find (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    if (g_strcmp0 (settings[i].key, key) == 0)
      return &settings[i];
  return NULL;
}

static gboolean
set_invalid (GError     **error,
             const char  *message)
{
  g_set_error_literal (error, BD_BRANCH_SETTING_ERROR, BD_BRANCH_SETTING_ERROR_INVALID,
                       message);
  return FALSE;
}

static gboolean
check_line (const char  *value,
            guint        max_chars,
            GError     **error)
{
  g_autofree char *message = NULL;

  if (value[0] == '\0')
    return set_invalid (error, _("This cannot be empty"));
  if (g_utf8_strlen (value, -1) <= max_chars)
    return TRUE;
  message = g_strdup_printf (_("At most %u characters: a longer one does not fit on a slip"),
                             max_chars);
  return set_invalid (error, message);
}

static gboolean
check_phone (const char  *value,
             GError     **error)
{
  guint digits = 0;

  for (const char *p = value; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p != ' ' && *p != '-' && *p != '(' && *p != ')')
        return set_invalid (error, _("A phone number has digits, spaces, hyphens and "
                                     "brackets only, such as 025-8000 0000"));
    }
  if (digits < PHONE_MIN_DIGITS || strlen (value) > PHONE_MAX_CHARS)
    return set_invalid (error, _("This is not a phone number: write it as it is dialled, "
                                 "such as 025-8000 0000 or 95500"));
  return TRUE;
}

static gboolean
check_number (const BdBranchSetting  *setting,
              const char             *value,
              GError                **error)
{
  g_autofree char *message = NULL;
  guint64 number;

  if (g_ascii_string_to_unsigned (value, 10, setting->min, setting->max, &number, NULL))
    return TRUE;
  message = g_strdup_printf (_("Enter a whole number from %u to %u"),
                             setting->min, setting->max);
  return set_invalid (error, message);
}

static gboolean
check_value (const BdBranchSetting  *setting,
             const char             *value,
             GError                **error)
{
  switch (setting->kind)
    {
    case BD_SETTING_NAME:
      return check_line (value, NAME_MAX_CHARS, error);
    case BD_SETTING_ADDRESS:
      return check_line (value, ADDRESS_MAX_CHARS, error);
    case BD_SETTING_PHONE:
      return check_phone (value, error);
    case BD_SETTING_TIME_ZONE:
      return bd_time_zone_is_known (value) ||
             set_invalid (error, _("This is not a time zone the system knows, such as "
                                   "Asia/Shanghai"));
    case BD_SETTING_NUMBER:
      return check_number (setting, value, error);
    default:
      g_assert_not_reached ();
    }
}

/* The limits as check_value() applies them. */
static char *
describe_limits (const BdBranchSetting *setting)
{
  switch (setting->kind)
    {
    case BD_SETTING_NAME:
      return g_strdup_printf (_("One line, at most %u characters"), NAME_MAX_CHARS);
    case BD_SETTING_ADDRESS:
      return g_strdup_printf (_("One line, at most %u characters"), ADDRESS_MAX_CHARS);
    case BD_SETTING_PHONE:
      return g_strdup (_("Digits, spaces, hyphens and brackets, such as 025-8000 0000"));
    case BD_SETTING_TIME_ZONE:
      return g_strdup (_("A time zone the system knows, such as Asia/Shanghai"));
    case BD_SETTING_NUMBER:
      return g_strdup_printf (_("A whole number from %u to %u"), setting->min, setting->max);
    default:
      g_assert_not_reached ();
    }
}

char *
bd_branch_setting_describe (const BdBranchSetting *setting)
{
  g_autofree char *limits = NULL;

  g_return_val_if_fail (setting != NULL, NULL);

  limits = describe_limits (setting);
  if (setting->default_value == NULL)
    return g_steal_pointer (&limits);
  /* TRANSLATORS: a setting's limits, then its default value */
  return g_strdup_printf (_("%s; %s unless set"), limits, setting->default_value);
}

char *
bd_branch_setting_check (const char  *key,
                         const char  *value,
                         GError     **error)
{
  const BdBranchSetting *setting = bd_branch_setting_find (key);
  g_autoptr(GError) text_error = NULL;
  g_autofree char *clean = NULL;

  if (setting == NULL)
    {
      g_set_error (error, BD_BRANCH_SETTING_ERROR, BD_BRANCH_SETTING_ERROR_UNKNOWN,
                   _("“%s” is not a setting of the branch"), key);
      return NULL;
    }
  clean = bd_text_clean (value != NULL ? value : "", BD_TEXT_LINE, &text_error);
  if (clean == NULL)
    {
      set_invalid (error, text_error->message);
      return NULL;
    }
  if (!check_value (setting, clean, error))
    return NULL;
  return g_steal_pointer (&clean);
}

char *
bd_branch_setting_dup (BdStore    *store,
                       const char *key)
{
  const BdBranchSetting *setting = bd_branch_setting_find (key);
  g_autofree char *stored = NULL;
  char *checked;

  g_return_val_if_fail (setting != NULL, NULL);

  stored = bd_store_dup_setting (store, key);
  /* A value written outside the program (sqlite3, an older version) is not trusted. */
  checked = stored != NULL ? bd_branch_setting_check (key, stored, NULL) : NULL;
  return checked != NULL ? checked : g_strdup (setting->default_value);
}

guint
bd_branch_setting_get_uint (BdStore    *store,
                            const char *key)
{
  const BdBranchSetting *setting = bd_branch_setting_find (key);
  g_autofree char *value = NULL;

  g_return_val_if_fail (setting != NULL && setting->kind == BD_SETTING_NUMBER, 0);

  value = bd_branch_setting_dup (store, key);
  return (guint) g_ascii_strtoull (value, NULL, 10);
}
