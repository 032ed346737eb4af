/* bd-household-dialogs.h — adding, removing and relating household members, with a reason
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-session.h"

G_BEGIN_DECLS

/* Called after the store accepted the change. */
typedef void (*BdHouseholdChangedFunc) (gpointer user_data);

/* Each asks over @parent's window; @user_data must be a GObject (held weakly). */
void bd_household_dialogs_add_member    (GtkWidget              *parent,
                                         BdSession              *session,
                                         BdHousehold            *household,
                                         BdHouseholdChangedFunc  changed,
                                         gpointer                user_data);
void bd_household_dialogs_remove_member (GtkWidget              *parent,
                                         BdSession              *session,
                                         BdHousehold            *household,
                                         BdCustomer             *member,
                                         BdHouseholdChangedFunc  changed,
                                         gpointer                user_data);
void bd_household_dialogs_edit_relation (GtkWidget              *parent,
                                         BdSession              *session,
                                         BdHousehold            *household,
                                         BdCustomer             *member,
                                         BdHouseholdChangedFunc  changed,
                                         gpointer                user_data);

G_END_DECLS
