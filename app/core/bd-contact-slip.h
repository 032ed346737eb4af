/* bd-contact-slip.h — a contact slip as printed, gathered from the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-print-slip.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* A slip and the strings and times it points into. */
typedef struct
{
  BdSlip  slip;
  char   *surname;
  char   *staff_phone;
  char   *staff_name;
  char   *service_other;
  char   *company;
  char   *branch;
} BdContactSlip;

/* Fills @out from the contact record @contact_id: the customer's surname and sex, the
 * appointment, the staff member who wrote it and their phone, the branch settings. Only
 * a contact slip with a planned visit can be printed. */
gboolean bd_contact_slip_load  (BdStore        *store,
                                gint64          contact_id,
                                BdContactSlip  *out,
                                GError        **error);
void     bd_contact_slip_clear (BdContactSlip  *slip);

/* Every slip whose next visit is planned on @day: an array of BdContactSlip. */
GArray  *bd_contact_slip_load_day (BdStore      *store,
                                   const GDate  *day,
                                   GError      **error);

G_END_DECLS
