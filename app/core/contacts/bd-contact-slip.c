/* bd-contact-slip.c — a contact slip as printed, gathered from the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The slip goes into a stranger's hands (000): only the surname and 先生/女士, the
 * appointment, the staff member's name and phone and the service item leave the store
 * here. Nothing else of the customer is read.
 */
#define G_LOG_DOMAIN "bd-contact-slip"

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-contact-slip.h"
#include "bd-contacts-store.h"
#include "bd-customers-store.h"
#include "bd-staff-store.h"

/* When the slip was left, in the branch's time zone: the customer reads the branch's
 * clock, not the one the desk's machine happens to be set to. */
static GDateTime *
parse_written (const char *utc,
               GTimeZone  *zone)
{
  g_autoptr(GDateTime) time = utc != NULL ? g_date_time_new_from_iso8601 (utc, NULL) : NULL;

  return time != NULL ? g_date_time_to_timezone (time, zone) : NULL;
}

static gboolean
refuse (GError    **error,
        gint64      contact_id,
        const char *why)
{
  g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT,
               _("Contact record %" PRId64 " cannot be printed as a slip: %s"), contact_id, why);
  return FALSE;
}

static void
fill_people (BdStore       *store,
             BdContact     *contact,
             BdCustomer    *customer,
             BdContactSlip *out)
{
  g_autoptr(BdStaff) staff = bd_contact_get_staff_id (contact) != 0
                               ? bd_store_get_staff (store, bd_contact_get_staff_id (contact), NULL)
                               : NULL;

  out->surname = bd_slip_surname_from_name (bd_customer_get_name (customer));
  out->staff_name = g_strdup (staff != NULL ? bd_staff_get_name (staff) : NULL);
  out->staff_phone = g_strdup (staff != NULL ? bd_staff_get_phone (staff) : NULL);
  out->service_other = g_strdup (bd_contact_get_service_other (contact));
  out->company = bd_store_dup_setting (store, "company-name");
  out->branch = bd_store_dup_setting (store, "branch-name");

  out->slip.surname = out->surname;
  out->slip.sex = bd_customer_get_sex (customer);
  out->slip.staff_phone = out->staff_phone;
  out->slip.staff_name = out->staff_name;
  /* Every contact record names its service item: a printed slip has its box ticked. */
  out->slip.service_ticked = TRUE;
  out->slip.service = bd_contact_get_service_item (contact);
  out->slip.service_other = out->service_other;
  out->slip.company = out->company;
  out->slip.branch = out->branch;
}

static gboolean
fill_from_contact (BdStore        *store,
                   BdContact      *contact,
                   BdContactSlip  *out,
                   GError        **error)
{
  g_autoptr(BdCustomer) customer = NULL;
  g_autoptr(GTimeZone) zone = bd_store_get_time_zone (store);
  gint64 id = bd_contact_get_id (contact);

  memset (out, 0, sizeof *out);
  if (bd_contact_get_kind (contact) != BD_CONTACT_SLIP)
    return refuse (error, id, _("it is not a contact slip"));
  /* A voided slip told the customer something wrong; a corrected one is replaced. */
  if (bd_contact_get_state (contact) == BD_CONTACT_STATE_VOIDED)
    return refuse (error, id, _("it is void"));
  if (bd_contact_get_state (contact) == BD_CONTACT_STATE_CORRECTED)
    return refuse (error, id, _("it was corrected: print the correction"));
  if ((out->slip.next_visit = bd_contact_parse_next_visit (bd_contact_get_next_visit (contact), zone)) == NULL)
    return refuse (error, id, _("it has no next visit planned"));
  if ((customer = bd_store_get_customer (store, bd_contact_get_customer_id (contact), error)) == NULL)
    return FALSE;

  out->slip.written = parse_written (bd_contact_get_at (contact), zone);
  fill_people (store, contact, customer, out);
  return TRUE;
}

gboolean
bd_contact_slip_load (BdStore        *store,
                      gint64          contact_id,
                      BdContactSlip  *out,
                      GError        **error)
{
  g_autoptr(BdContact) contact = NULL;

  g_return_val_if_fail (BD_IS_STORE (store), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  if ((contact = bd_store_get_contact (store, contact_id, error)) == NULL)
    return FALSE;
  if (!fill_from_contact (store, contact, out, error))
    {
      bd_contact_slip_clear (out);
      return FALSE;
    }
  return TRUE;
}

void
bd_contact_slip_clear (BdContactSlip *slip)
{
  g_clear_pointer (&slip->slip.next_visit, g_date_time_unref);
  g_clear_pointer (&slip->slip.written, g_date_time_unref);
  g_clear_pointer (&slip->surname, g_free);
  g_clear_pointer (&slip->staff_phone, g_free);
  g_clear_pointer (&slip->staff_name, g_free);
  g_clear_pointer (&slip->service_other, g_free);
  g_clear_pointer (&slip->company, g_free);
  g_clear_pointer (&slip->branch, g_free);
}

GArray *
bd_contact_slip_load_day_of (BdStore      *store,
                             const GDate  *day,
                             gint64        staff_id,
                             GError      **error)
{
  g_autoptr(GArray) slips = g_array_new (FALSE, TRUE, sizeof (BdContactSlip));
  g_autoptr(GListModel) planned = NULL;

  g_return_val_if_fail (BD_IS_STORE (store), NULL);

  g_array_set_clear_func (slips, (GDestroyNotify) bd_contact_slip_clear);
  if ((planned = bd_store_list_planned_visits_of (store, day, staff_id, error)) == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (planned); i++)
    {
      g_autoptr(BdContact) contact = g_list_model_get_item (planned, i);
      BdContactSlip slip;

      if (bd_contact_get_kind (contact) != BD_CONTACT_SLIP ||
          bd_contact_get_state (contact) != BD_CONTACT_STATE_CURRENT)
        continue;
      if (!fill_from_contact (store, contact, &slip, error))
        {
          bd_contact_slip_clear (&slip);
          return NULL;
        }
      g_array_append_val (slips, slip);
    }
  return g_steal_pointer (&slips);
}

char *
bd_contact_slip_suggest_file_name (const BdContactSlip *slip)
{
  g_autofree char *addressee = NULL;
  g_autofree char *day = NULL;
  g_autoptr(GString) name = NULL;

  g_return_val_if_fail (slip != NULL, NULL);

  /* Named for the person and the day a clerk looks for (客户联系单-李女士-2026-12-02.pdf),
   * never the database's number; the form's own words 先生/女士 whatever the language. */
  addressee = g_strconcat (slip->surname != NULL ? slip->surname : "",
                           slip->slip.sex == BD_SEX_MALE ? "先生"
                           : slip->slip.sex == BD_SEX_FEMALE ? "女士" : "", NULL);
  day = slip->slip.next_visit != NULL ? g_date_time_format (slip->slip.next_visit, "%Y-%m-%d") : NULL;
  /* Translators: the beginning of a saved contact slip's file name */
  name = g_string_new (_("contact-slip"));
  if (addressee[0] != '\0')
    g_string_append_printf (name, "-%s", addressee);
  if (day != NULL)
    g_string_append_printf (name, "-%s", day);
  g_string_append (name, ".pdf");
  /* A name typed with a slash must not make a folder of the file name. */
  g_strdelimit (name->str, "/\\", '-');
  return g_string_free (g_steal_pointer (&name), FALSE);
}
