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

/* The file name a saved slip is offered under: "客户联系单-李女士-2026-12-02.pdf", the
 * addressee and the day of the next visit. */
char    *bd_contact_slip_suggest_file_name (const BdContactSlip *slip);

/* Every current slip whose next visit is planned on @day, only the slips @staff_id left
 * (0: everyone's): an array of BdContactSlip. */
GArray  *bd_contact_slip_load_day_of (BdStore      *store,
                                      const GDate  *day,
                                      gint64        staff_id,
                                      GError      **error);

G_END_DECLS
