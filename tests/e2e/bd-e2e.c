/* bd-e2e.c — driving the real branchdesk through the accessibility tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The program runs as a person starts it, in its own process; this side only reads the
 * accessibility tree and acts through it, as a screen reader would.
 */
#include "config.h"

#include <libintl.h>
#include <string.h>

#include "bd-e2e.h"

static void
run_admin (const char *const *argv)
{
  g_autoptr(GSubprocess) admin = NULL;
  g_autoptr(GError) error = NULL;

  admin = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (admin, NULL, &error));
  g_assert_no_error (error);
}

void
bd_e2e_create_demo (BdE2e *e2e,
                    guint  n_customers)
{
  g_autofree char *count = g_strdup_printf ("%u", n_customers);
  const char *admin = g_getenv ("BD_ADMIN");

  g_assert_nonnull (admin);
  e2e->folder = g_dir_make_tmp ("bd-e2e-XXXXXX", NULL);
  e2e->database = g_build_filename (e2e->folder, "branch.db", NULL);
  run_admin ((const char *const[]) { admin, "demo", "--customers", count, "--seed", "9",
                                     e2e->database, NULL });
}

const char *
bd_e2e_tr (const char *msgid)
{
  return dgettext (GETTEXT_PACKAGE, msgid);
}

static gboolean
name_matches (AtspiAccessible *accessible,
              AtspiRole        role,
              const char      *name_prefix)
{
  g_autofree char *name = atspi_accessible_get_name (accessible, NULL);

  if (name == NULL || !g_str_has_prefix (name, name_prefix))
    return FALSE;
  return role == ATSPI_ROLE_INVALID || atspi_accessible_get_role (accessible, NULL) == role;
}

static AtspiAccessible *
find_descendant (AtspiAccessible *root,
                 AtspiRole        role,
                 const char      *name_prefix,
                 guint            depth)
{
  int n;

  if (name_matches (root, role, name_prefix))
    return g_object_ref (root);
  if (depth > 40)
    return NULL;

  n = atspi_accessible_get_child_count (root, NULL);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (root, i, NULL);
      AtspiAccessible *found;

      if (child == NULL)
        continue;
      if ((found = find_descendant (child, role, name_prefix, depth + 1)) != NULL)
        return found;
    }
  return NULL;
}

AtspiAccessible *
bd_e2e_wait_for (AtspiAccessible *root,
                 AtspiRole        role,
                 const char      *name_prefix,
                 guint            timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  /* The tree changes as the program works; ask again until it shows or time is up. */
  while (g_get_monotonic_time () < deadline)
    {
      AtspiAccessible *found = find_descendant (root, role, name_prefix, 0);
      if (found != NULL)
        return found;
      g_usleep (100 * 1000);
    }
  return NULL;
}

static AtspiAccessible *
find_application (void)
{
  g_autoptr(AtspiAccessible) desktop = atspi_get_desktop (0);
  int n = atspi_accessible_get_child_count (desktop, NULL);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) app = atspi_accessible_get_child_at_index (desktop, i, NULL);
      g_autofree char *name = app != NULL ? atspi_accessible_get_name (app, NULL) : NULL;

      if (name != NULL && (g_str_equal (name, "branchdesk") ||
                           g_str_equal (name, bd_e2e_tr ("Branch Desk"))))
        return g_steal_pointer (&app);
    }
  return NULL;
}

void
bd_e2e_start (BdE2e *e2e)
{
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("BD_PROGRAM");
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  g_assert_nonnull (program);
  e2e->process = g_subprocess_newv ((const char *const[]) { program, "--database",
                                                            e2e->database, NULL },
                                    G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);

  while (e2e->app == NULL && g_get_monotonic_time () < deadline)
    {
      e2e->app = find_application ();
      if (e2e->app == NULL)
        g_usleep (200 * 1000);
    }
  g_assert_nonnull (e2e->app);
}

void
bd_e2e_stop (BdE2e *e2e)
{
  if (e2e->process != NULL)
    {
      g_subprocess_send_signal (e2e->process, SIGTERM);
      g_subprocess_wait (e2e->process, NULL, NULL);
    }
  g_clear_object (&e2e->process);
  g_clear_object (&e2e->app);
  if (e2e->folder != NULL)
    {
      g_autofree char *command = g_strdup_printf ("rm -rf '%s'", e2e->folder);
      g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
    }
  g_clear_pointer (&e2e->folder, g_free);
  g_clear_pointer (&e2e->database, g_free);
}

gboolean
bd_e2e_set_text (AtspiAccessible *accessible,
                 const char      *text)
{
  g_autoptr(AtspiEditableText) editable = atspi_accessible_get_editable_text_iface (accessible);

  if (editable == NULL)
    return FALSE;
  return atspi_editable_text_set_text_contents (editable, text, NULL);
}
