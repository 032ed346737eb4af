/* test-e2e-audit.c — the real branchdesk's audit log, driven through the accessibility tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 15, item 6: the supervisor 周军 opens the audit log from the main menu, chooses
 * the clerk 李强 in its staff filter and exports what it shows as CSV; the file holds 李强's
 * rows and nobody else's, and the export is itself in the log.
 */
#include "config.h"

#include <string.h>

#include "bd-e2e-staff.h"

static void
test_supervisor_exports_clerk (void)
{
  BdE2e e2e = { 0 };
  g_autofree char *csv = NULL;
  g_autofree char *audit = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);

  bd_e2e_create_demo (&e2e, 300);
  bd_e2e_start (&e2e);
  bd_e2e_sign_in (&e2e, "zhoujun", "supervisor-demo");
  g_assert_nonnull (bd_e2e_wait_for_text (e2e.app, "周军", 15000));
  csv = bd_e2e_export_audit_of (&e2e, "李强", problems);
  /* Every control of the window has a proper name. */
  if (problems->len > 0)
    g_error ("controls without a proper name:\n%s", problems->str);

  /* The export is in the log. */
  audit = bd_e2e_admin_output ("audit", "--limit", "20", e2e.database, NULL);
  g_assert_nonnull (strstr (audit, "\taudit-log-exported\t"));
  bd_e2e_stop (&e2e);
}

int
main (int   argc,
      char *argv[])
{
  if (!bd_e2e_init (&argc, &argv))
    return 1;
  g_test_add_func ("/e2e-audit/supervisor-exports-clerk", test_supervisor_exports_clerk);
  return g_test_run ();
}
