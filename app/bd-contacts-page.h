/* bd-contacts-page.h — the customer's contacts: history, a new record, tracing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-session.h"

G_BEGIN_DECLS

#define BD_TYPE_CONTACTS_PAGE (bd_contacts_page_get_type ())

G_DECLARE_FINAL_TYPE (BdContactsPage, bd_contacts_page, BD, CONTACTS_PAGE, AdwBin)

void bd_contacts_page_set_session (BdContactsPage *self,
                                   BdSession      *session);
/* Shows @customer's contact history and offers @policies (BdPolicy) for tracing. */
void bd_contacts_page_show        (BdContactsPage *self,
                                   BdCustomer     *customer,
                                   GListModel     *policies);
/* Forgets the customer: nothing of theirs stays in any widget. */
void bd_contacts_page_clear       (BdContactsPage *self);

/* Asks for the newest contact slip of the history to be printed, if there is one. */
void bd_contacts_page_print_newest_slip (BdContactsPage *self);

/* The form as typed so far, to keep while the desk is locked (NULL when nothing was
 * typed), and putting it back once the same customer is shown again. */
GVariant *bd_contacts_page_dup_draft     (BdContactsPage *self);
void      bd_contacts_page_restore_draft (BdContactsPage *self,
                                          GVariant       *draft);

G_END_DECLS
