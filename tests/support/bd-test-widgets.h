/* bd-test-widgets.h — starting the window tests, waiting for frames, finding widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-customer.h"
#include "bd-test-fixture.h"
#include "bd-window.h"

G_BEGIN_DECLS

/* Where bd_test_shows_text() looks: each test says which texts count for it. */
typedef enum
{
  BD_TEST_TEXT_LABEL        = 1 << 0,  /* a GtkLabel's label */
  BD_TEST_TEXT_BUTTON       = 1 << 1,  /* a GtkButton's label */
  BD_TEST_TEXT_EDITABLE     = 1 << 2,  /* what an entry holds */
  BD_TEST_TEXT_ROW_TITLE    = 1 << 3,  /* a preferences row's title */
  BD_TEST_TEXT_ROW_SUBTITLE = 1 << 4,  /* an action row's subtitle */
} BdTestText;

/* gtk_test_init() and adw_init() for a window test, and the new temporary folder its
 * databases go in (see bd_test_run_and_remove()). */
char        *bd_test_ui_init         (int         *argc,
                                      char      ***argv,
                                      const char  *prefix);

/* A window on @session, @width × @height (0: its own size), presented and drawn. */
BdWindow    *bd_test_window_new      (BdSession   *session,
                                      int          width,
                                      int          height);
/* Searches @text in @window and opens the customer called @name among the results. */
void         bd_test_open_found      (BdWindow    *window,
                                      const char  *text,
                                      const char  *name);

/* Whether @widget is the one looked for, as @data describes it. */
typedef gboolean (*BdTestMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

/* The first widget under @root, depth first, @root included, that @match accepts. */
GtkWidget   *bd_test_find_first      (GtkWidget    *root,
                                      BdTestMatch   match,
                                      gconstpointer data);
GtkWidget   *bd_test_find_widget     (GtkWidget   *root,
                                      GType        type);
GtkWidget   *bd_test_find_button     (GtkWidget   *root,
                                      const char  *label);
/* The first preferences row of @type (ADW_TYPE_PREFERENCES_ROW: any kind) under @root
 * titled @title. */
GtkWidget   *bd_test_find_row        (GtkWidget   *root,
                                      GType        type,
                                      const char  *title);
GtkEditable *bd_test_find_entry_row  (GtkWidget   *root,
                                      const char  *title);
/* Runs the main loop until @widget is mapped, then a few frames more, and until no page
 * has anything left to build after its first frame (bd-after-paint.h). */
void         bd_test_wait_for_frames (GtkWidget   *widget);
/* Whether a text of a kind in @where under @root, visible or not, contains @text. */
gboolean     bd_test_shows_text      (GtkWidget   *root,
                                      const char  *text,
                                      BdTestText   where);
BdCustomer  *bd_test_find_in_results (GListModel  *results,
                                      const char  *name);
/* The first visible toplevel window of @type (a dialog, a preview, Preferences), or NULL. */
GtkWidget   *bd_test_find_toplevel   (GType        type);

G_END_DECLS
