/* bd-admin-id.c — branchdesk-admin id: check an identity number and say what it contains
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For an administrator with a doubtful number from an old policy: is it valid, and if not,
 * exactly why; if so, the 18-character form and what the number says about its holder.
 * An area code the program does not know is a warning, not a failure. An organisation's
 * unified social credit code is checked the same way. */

#define G_LOG_DOMAIN "bd-admin"

#include "config.h"

#include "bd-admin-private.h"

#include "bd-identity.h"
#include "bd-types.h"

#include <string.h>

#include <glib/gi18n-lib.h>

static void
print_region (const BdIdentity *identity)
{
  if (identity->type == BD_DOCUMENT_FOREIGN_PERMANENT)
    g_print (_("Region:     none (the card gives a nationality instead)\n"));
  else if (identity->area_known)
    g_print (_("Region:     %s\n"), identity->region);
  else if (identity->area_retired != 0)
    g_print (_("Region:     %s (area code %s, out of use since %u)\n"), identity->region,
             identity->area, identity->area_retired);
  else if (identity->region != NULL)
    g_print (_("Region:     %s (area code %s unknown)\n"), identity->region, identity->area);
  else
    g_print (_("Region:     unknown (area code %s)\n"), identity->area);

  if (identity->area_retired != 0)
    bd_admin_printerr (_("warning: the area code %s went out of use in %u, before the holder "
                         "was born in %u. Numbers are given at the first registration: check "
                         "the number with the document."),
                       identity->area, identity->area_retired,
                       (guint) g_date_get_year (&identity->birth));
  else if (!identity->area_known)
    bd_admin_printerr (_("warning: the area code %s is unknown to this program. The number "
                         "may still be right: numbers keep the code of the county that "
                         "issued them, and counties are renamed and merged."),
                       identity->area);
}

static void
print_identity (const char       *text,
                const BdIdentity *identity)
{
  if (identity->converted)
    g_print (_("“%s” is a valid old 15-digit identity number, converted to 18 characters: "
               "%s\n"),
             text, identity->number);
  else
    g_print (_("“%s” is a valid identity number.\n"), text);

  g_print (_("Number:     %s\n"), identity->number);
  g_print (_("Document:   %s\n"), bd_document_type_get_label (identity->type));
  g_print (_("Birth date: %04u-%02u-%02u\n"), (guint) g_date_get_year (&identity->birth),
           (guint) g_date_get_month (&identity->birth),
           (guint) g_date_get_day (&identity->birth));
  g_print (_("Sex:        %s\n"), bd_sex_get_label (identity->sex));
  print_region (identity);
}

/* A unified social credit code (GB 32100-2015): registering authority and kind (2), the
 * authority's area code (6), the organisation code of GB 11714 (9), a check character. */
static void
print_credit_code (const char *text)
{
  g_autofree char *code = g_strstrip (g_ascii_strup (text, -1));
  char area[7];
  const char *region;

  memcpy (area, code + 2, 6);
  area[6] = '\0';
  region = bd_identity_lookup_region (area);

  g_print (_("“%s” is a valid unified social credit code.\n"), text);
  g_print (_("Code:       %s\n"), code);
  if (region != NULL)
    g_print (_("Region:     %s\n"), region);
  else
    g_print (_("Region:     unknown (area code %s)\n"), area);
  g_print (_("Organisation code: %.8s-%c\n"), code + 8, code[16]);
}

/* An identity number has digits only, but for a final X; a letter before that can only be
 * part of a credit code. */
static gboolean
has_inner_letter (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  if (strlen (copy) != 18)
    return FALSE;
  for (guint i = 0; i < 17; i++)
    if (g_ascii_isalpha (copy[i]))
      return TRUE;
  return FALSE;
}

/* Numbers of people first; an organisation's code when the text is one. */
static int
check_number (const char  *text,
              const GDate *today)
{
  g_autoptr(GError) id_error = NULL;
  g_autoptr(GError) credit_error = NULL;
  BdIdentity identity;

  if (!has_inner_letter (text) && bd_identity_parse (text, today, &identity, &id_error))
    {
      print_identity (text, &identity);
      return BD_ADMIN_OK;
    }

  if (bd_credit_code_validate (text, &credit_error))
    {
      print_credit_code (text);
      return BD_ADMIN_OK;
    }

  if (has_inner_letter (text))
    bd_admin_printerr (_("“%s” is not a valid unified social credit code. %s."),
                       text, credit_error->message);
  else
    bd_admin_printerr (_("“%s” is not a valid identity number. %s."), text, id_error->message);
  return BD_ADMIN_FAILED;
}

static GOptionContext *
id_context (GOptionEntry *entries,
            gboolean     *help)
{
  g_autofree char *parameters = g_strdup_printf ("id %s", _("NUMBER"));

  return bd_admin_own_help_context_new (parameters,
                                        _("Check an identity number (18 characters, or an old "
                                          "15-digit one) and print what it contains: the "
                                          "18-character form, birth date, sex, kind of document "
                                          "and region. An organisation’s unified social credit "
                                          "code is checked too. An invalid number is explained "
                                          "and exits with status 1."),
                                        entries, help);
}

/**
 * bd_admin_id:
 * @argc: the number of arguments
 * @argv: "id", the number and options
 *
 * Returns: a #BdAdminStatus
 */
int
bd_admin_id (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_auto(GStrv) arguments = NULL;
  g_autofree char *today_text = NULL;
  gboolean help = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Check that the birth date is not after DATE instead of today"), N_("DATE") },
    G_OPTION_ENTRY_NULL
  };
  GDate today;

  context = id_context (entries, &help);
  if ((status = bd_admin_parse_copy (context, argc, argv, &arguments)) != BD_ADMIN_OK)
    return status;
  if (help)
    return bd_admin_print_help (context);

  if (today_text != NULL && !bd_admin_parse_date (today_text, &today))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date: write it as "
                                                    "YYYY-MM-DD"), today_text);

      return bd_admin_usage_error (context, message);
    }

  /* arguments[0] is "id". */
  if (g_strv_length (arguments) != 2)
    return bd_admin_usage_error (context, _("id takes one identity number"));

  return check_number (arguments[1], today_text != NULL ? &today : NULL);
}
