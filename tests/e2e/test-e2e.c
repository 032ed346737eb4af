/* test-e2e.c — the real branchdesk, driven through the accessibility tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <signal.h>

#include "bd-e2e.h"

#define TIMEOUT_MS 15000

static void
test_search_by_surname (void)
{
  BdE2e e2e = { 0 };
  g_autoptr(AtspiAccessible) entry = NULL;
  g_autoptr(AtspiAccessible) result = NULL;
  g_autoptr(AtspiAccessible) none = NULL;

  bd_e2e_create_demo (&e2e, 300);
  bd_e2e_start (&e2e);

  entry = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, bd_e2e_tr ("Search customers"), TIMEOUT_MS);
  g_assert_nonnull (entry);

  /* Nothing typed, nothing listed. */
  none = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, "王", 500);
  g_assert_null (none);

  g_assert_true (bd_e2e_set_text (entry, "王"));
  result = bd_e2e_wait_for (e2e.app, ATSPI_ROLE_INVALID, "王", TIMEOUT_MS);
  g_assert_nonnull (result);

  bd_e2e_stop (&e2e);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("BRANCHDESK_LOCALEDIR");

  /* The program runs in the user's language; the test asks gettext for the names it
   * looks for, so it passes in Chinese and in English alike. */
  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_init (&argc, &argv, NULL);
  if (atspi_init () < 0)
    {
      g_printerr ("The accessibility bus cannot be reached\n");
      return 1;
    }

  g_test_add_func ("/e2e/search/surname", test_search_by_surname);
  return g_test_run ();
}
