/* bd-window-private.h — what the window's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-after-paint.h"
#include "bd-slot-list.h"
#include "bd-customer-page.h"
#include "bd-password-page.h"
#include "bd-queues-page.h"
#include "bd-sign-in-page.h"
#include "bd-spotchecks-page.h"
#include "bd-window.h"

G_BEGIN_DECLS

struct _BdWindow
{
  AdwApplicationWindow  parent_instance;

  BdSession            *session;
  GSettings            *settings;
  GListModel           *results;     /* search results or recent customers, read lazily */
  BdSlotList           *result_slots; /* what the results list shows: its rows stay */
  GtkNoSelection       *selection;
  gint64                locked_customer_id;  /* reopened when the same person unlocks */
  guint                 idle_source;
  GCancellable         *cancellable;  /* work that outlives an action: printing */

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  BdSignInPage         *sign_in_page;
  BdPasswordPage       *password_page;    /* made when a password is first changed */
  AdwViewStack         *area_stack;
  BdQueuesPage         *queues_page;
  BdSpotchecksPage     *spotchecks_page;
  AdwLeaflet           *leaflet;
  GtkSearchEntry       *search_entry;
  GtkLabel             *results_title;
  GtkStack             *results_stack;
  GtkListView          *results_view;
  GtkStack             *content_stack;
  AdwWindowTitle       *content_title;
  BdCustomerPage       *customer_page;    /* made after the first frame, or when needed */
  GtkWidget            *desk;             /* bd-window-desk.ui: the same */
  BdAfterPaint          desk_made;
  AdwWindowTitle       *branch_title;
  GtkLabel             *staff_label;
  GtkMenuButton        *desk_menu_button;
  GMenuModel           *primary_menu;
  GtkWidget            *training_banner;  /* over every page: bd-training-banner.h */
  GtkWidget            *setup_page;       /* the first run's assistant, or NULL */
  GtkWidget            *calendar_warning; /* next year's calendar missing, from December */
};

void     bd_window_show_toast            (BdWindow       *self,
                                          const char     *message);
/* Toasts show on the Desk, made first if need be. */
void     bd_window_add_toast             (BdWindow       *self,
                                          AdwToast       *toast);
BdStore *bd_window_get_store             (BdWindow       *self);

/* bd-window-print.c: previews, the print dialog, PDF files, printing without the dialog. */
void     bd_window_install_print_actions (GtkWidgetClass *widget_class);
/* bd-window-preferences.c: win.preferences (Ctrl+,), this desk's and the branch's. */
void     bd_window_install_preferences_actions (GtkWidgetClass *widget_class);

G_END_DECLS
