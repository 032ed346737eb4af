/* bd-overview-tab.h — the customer page's Overview: household card and service card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-customer-tab.h"

G_BEGIN_DECLS

#define BD_TYPE_OVERVIEW_TAB (bd_overview_tab_get_type ())

G_DECLARE_FINAL_TYPE (BdOverviewTab, bd_overview_tab, BD, OVERVIEW_TAB, AdwBin)

GtkWidget *bd_overview_tab_new (void);

G_END_DECLS
