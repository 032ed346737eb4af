/* bd-household-card-view.h — the household card (家庭卡) on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-household-card.h"

G_BEGIN_DECLS

#define BD_TYPE_HOUSEHOLD_CARD_VIEW (bd_household_card_view_get_type ())

G_DECLARE_FINAL_TYPE (BdHouseholdCardView, bd_household_card_view, BD, HOUSEHOLD_CARD_VIEW, AdwBin)

GtkWidget       *bd_household_card_view_new          (void);

BdHouseholdCard *bd_household_card_view_get_card     (BdHouseholdCardView    *self);
void             bd_household_card_view_set_card     (BdHouseholdCardView    *self,
                                                      BdHouseholdCard        *card);
gboolean         bd_household_card_view_get_can_edit (BdHouseholdCardView    *self);
void             bd_household_card_view_set_can_edit (BdHouseholdCardView    *self,
                                                      gboolean                can_edit);
void             bd_household_card_view_set_need     (BdHouseholdCardView    *self,
                                                      const BdProtectionNeed *need);

/* Reads an amount of yuan as staff type it ("1,200,000", "3500.5") into fen. FALSE for
 * an empty, negative or malformed amount, or one with more than two decimals. */
gboolean         bd_household_card_view_parse_yuan   (const char             *text,
                                                      gint64                 *fen);

G_END_DECLS
