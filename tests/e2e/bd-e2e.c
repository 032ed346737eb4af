/* bd-e2e.c — driving the real branchdesk through the accessibility tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The program runs as a person starts it, in its own process; this side only reads the
 * accessibility tree and acts through it, as a screen reader would.
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <signal.h>
#include <sys/prctl.h>
#include <string.h>

#include "bd-e2e.h"
#include "bd-test-fixture.h"

/* How many levels below a window the searches look: the program's tree is not as deep
 * (the deepest, a household member's menu, is 42 under the box that holds the training
 * banner over the window's pages). */
#define TREE_LEVELS 43

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
  /* The demo is sealed with the test's key, which BRANCHDESK_KEY_FILE names for the admin
   * tool and the program alike. */
  bd_test_key ();
  e2e->folder = g_dir_make_tmp ("bd-e2e-XXXXXX", NULL);
  e2e->database = g_build_filename (e2e->folder, "branch.db", NULL);
  /* The walks sign in with the README's demo passwords, kept for them. */
  run_admin ((const char *const[]) { admin, "demo", "--keep-demo-passwords", "--customers", count,
                                     "--seed", "9", e2e->database, NULL });
}

const char *
bd_e2e_tr (const char *msgid)
{
  return dgettext (GETTEXT_PACKAGE, msgid);
}

static char *
text_of (AtspiAccessible *accessible)
{
  g_autoptr(AtspiText) text = atspi_accessible_get_text_iface (accessible);

  /* On GTK 4.8 an end offset of -1 gives an empty string: ask for the length. */
  if (text == NULL)
    return NULL;
  return atspi_text_get_text (text, 0, atspi_text_get_character_count (text, NULL), NULL);
}

static gboolean
contains_text (AtspiAccessible *accessible,
               gconstpointer    data)
{
  const char *needle = data;
  g_autofree char *name = atspi_accessible_get_name (accessible, NULL);
  g_autofree char *text = NULL;

  if (name != NULL && strstr (name, needle) != NULL)
    return TRUE;
  text = text_of (accessible);
  return text != NULL && strstr (text, needle) != NULL;
}

AtspiAccessible *
bd_e2e_find_first (AtspiAccessible *root,
                   AtspiRole        role,
                   BdE2eMatch       match,
                   gconstpointer    data,
                   guint            max_depth)
{
  int n;

  /* The role last: each question is a round trip to the program. */
  if (match (root, data) &&
      (role == ATSPI_ROLE_INVALID || atspi_accessible_get_role (root, NULL) == role))
    return g_object_ref (root);
  if (max_depth == 0)
    return NULL;

  n = atspi_accessible_get_child_count (root, NULL);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (root, i, NULL);
      AtspiAccessible *found = child != NULL ?
                               bd_e2e_find_first (child, role, match, data, max_depth - 1) : NULL;

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The tree changes as the program works: ask again until it shows or time is up. */
static AtspiAccessible *
wait_for_first (AtspiAccessible *root,
                AtspiRole        role,
                BdE2eMatch       match,
                gconstpointer    data,
                guint            timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      AtspiAccessible *found = bd_e2e_find_first (root, role, match, data, TREE_LEVELS);
      if (found != NULL)
        return found;
      g_usleep (100 * 1000);
    }
  return NULL;
}

gboolean
bd_e2e_tree_contains (AtspiAccessible *root,
                      const char      *text)
{
  g_autoptr(AtspiAccessible) found = bd_e2e_find_first (root, ATSPI_ROLE_INVALID, contains_text,
                                                        text, TREE_LEVELS);
  return found != NULL;
}

AtspiAccessible *
bd_e2e_wait_for_text (AtspiAccessible *root,
                      const char      *text,
                      guint            timeout_ms)
{
  return wait_for_first (root, ATSPI_ROLE_INVALID, contains_text, text, timeout_ms);
}

gboolean
bd_e2e_is_named (AtspiAccessible *accessible,
                 gconstpointer    name)
{
  g_autofree char *own = atspi_accessible_get_name (accessible, NULL);

  return g_strcmp0 (own, name) == 0;
}

static gboolean
has_name_prefix (AtspiAccessible *accessible,
                 gconstpointer    name_prefix)
{
  g_autofree char *name = atspi_accessible_get_name (accessible, NULL);

  return name != NULL && g_str_has_prefix (name, name_prefix);
}

AtspiAccessible *
bd_e2e_wait_for (AtspiAccessible *root,
                 AtspiRole        role,
                 const char      *name_prefix,
                 guint            timeout_ms)
{
  return wait_for_first (root, role, has_name_prefix, name_prefix, timeout_ms);
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

/* A failed assertion aborts the test before it can stop the program: the program must
 * not outlive it and keep the test run waiting. */
static void
die_with_test (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/* libatspi warns (log domain "dbind") when it asks an application for its accessibles'
 * cache and the cache is not there yet: an application that has only just appeared on
 * the accessibility bus. On a busy machine that falls between two polls of the desktop,
 * in any walk, as the program starts. It says nothing of the program under test: it is
 * told as a comment of the test's output, not made fatal; every other warning, of
 * libatspi's too, still fails the test. (The handler names G_LOG_FLAG_FATAL: g_test_init()
 * makes warnings fatal, and a handler is only chosen for all the flags of a message. GLib
 * clears the fatal handler before each test case: each walk sets it again as it starts
 * the program, bd_e2e_start().) */
static gboolean
is_cache_race (const char *log_domain,
               const char *message)
{
  return g_strcmp0 (log_domain, "dbind") == 0
         && g_str_has_prefix (message, "AT-SPI: Error in GetItems");
}

static void
dbind_log_cb (const char     *log_domain,
              GLogLevelFlags  log_level,
              const char     *message,
              gpointer        user_data)
{
  if (is_cache_race (log_domain, message))
    g_test_message ("%s: %s", log_domain, message);
  else
    g_log_default_handler (log_domain, log_level, message, user_data);
}

static gboolean
fatal_log_cb (const char     *log_domain,
              GLogLevelFlags  log_level,
              const char     *message,
              gpointer        user_data)
{
  return !is_cache_race (log_domain, message);
}

void
bd_e2e_allow_cache_race (void)
{
  static gsize handled;

  if (g_once_init_enter (&handled))
    g_once_init_leave (&handled, g_log_set_handler ("dbind",
                                                    G_LOG_LEVEL_WARNING | G_LOG_FLAG_FATAL,
                                                    dbind_log_cb, NULL) + 1);
  g_test_log_set_fatal_handler (fatal_log_cb, NULL);
}

void
bd_e2e_start (BdE2e *e2e)
{
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("BD_PROGRAM");
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;

  g_assert_nonnull (program);
  bd_e2e_allow_cache_race ();
  g_ptr_array_add (argv, (gpointer) program);
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, e2e->database);
  for (guint i = 0; e2e->arguments != NULL && i < e2e->arguments->len; i++)
    g_ptr_array_add (argv, g_ptr_array_index (e2e->arguments, i));
  g_ptr_array_add (argv, NULL);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_test, NULL, NULL);
  /* The program's home is the test's folder: what it saves lands there, and nothing of
   * the person running the tests is touched. */
  g_subprocess_launcher_setenv (launcher, "HOME", e2e->folder, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "XDG_CONFIG_HOME");
  e2e->process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
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
  g_clear_pointer (&e2e->arguments, g_ptr_array_unref);
}

void
bd_e2e_add_argument (BdE2e      *e2e,
                     const char *argument)
{
  if (e2e->arguments == NULL)
    e2e->arguments = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (e2e->arguments, g_strdup (argument));
}

static gboolean
is_editable (AtspiAccessible *accessible,
             gconstpointer    data)
{
  g_autoptr(AtspiEditableText) editable = atspi_accessible_get_editable_text_iface (accessible);

  return editable != NULL;
}

static gboolean
is_pressed (AtspiAccessible *accessible)
{
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (accessible);

  return atspi_state_set_contains (states, ATSPI_STATE_PRESSED) ||
         atspi_state_set_contains (states, ATSPI_STATE_CHECKED) ||
         atspi_state_set_contains (states, ATSPI_STATE_SELECTED);
}

gboolean
bd_e2e_click_until_pressed (AtspiAccessible *accessible,
                            guint            timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  /* A button acts a moment after a click, and only once its page is on screen, which
   * the tree of GTK 4.8 does not tell: click until it shows it is down. */
  while (g_get_monotonic_time () < deadline)
    {
      if (is_pressed (accessible))
        return TRUE;
      bd_e2e_click (accessible);
      g_usleep (500 * 1000);
    }
  return is_pressed (accessible);
}

gboolean
bd_e2e_click (AtspiAccessible *accessible)
{
  g_autoptr(AtspiAction) action = atspi_accessible_get_action_iface (accessible);

  return action != NULL && atspi_action_do_action (action, 0, NULL);
}

/* Types @text as a keyboard would, into whatever has the focus. */
static void
type_keys (const char *text)
{
  atspi_generate_keyboard_event (0, text, ATSPI_KEY_STRING, NULL);
}

void
bd_e2e_sign_in (BdE2e      *e2e,
                const char *login,
                const char *password)
{
  g_autoptr(AtspiAccessible) name = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID,
                                                     bd_e2e_tr ("Staff name"), 15000);
  g_autoptr(AtspiAccessible) secret = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID,
                                                       bd_e2e_tr ("Password"), 15000);
  g_autoptr(AtspiAccessible) button = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_PUSH_BUTTON,
                                                       bd_e2e_tr ("Sign in"), 15000);
  g_autoptr(AtspiAccessible) typed = NULL;

  g_assert_nonnull (name);
  g_assert_nonnull (secret);
  g_assert_nonnull (button);

  /* The staff name is typed on the keyboard, as a person does: the sign-in page has the
   * focus there, and every key must reach it. */
  type_keys (login);
  typed = bd_e2e_wait_for_text (name, login, 5000);
  g_assert_nonnull (typed);

  g_assert_true (bd_e2e_set_text (secret, password));
  g_assert_true (bd_e2e_click (button));
}

char *
bd_e2e_admin_output (const char *first_arg,
                     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) admin = NULL;
  g_autoptr(GError) error = NULL;
  char *output = NULL;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("BD_ADMIN"));
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  admin = g_subprocess_newv ((const char *const *) argv->pdata, G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                             &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (admin, NULL, NULL, &output, NULL, &error));
  g_assert_no_error (error);
  return output;
}

gboolean
bd_e2e_set_text (AtspiAccessible *accessible,
                 const char      *text)
{
  g_autoptr(AtspiAccessible) target = bd_e2e_find_first (accessible, ATSPI_ROLE_INVALID,
                                                         is_editable, NULL, 9);
  g_autoptr(AtspiEditableText) editable = NULL;

  if (target == NULL)
    return FALSE;
  editable = atspi_accessible_get_editable_text_iface (target);
  return atspi_editable_text_set_text_contents (editable, text, NULL);
}

/* The controls a person acts on: each needs a name a screen reader can say. */
static gboolean
is_interactive (AtspiRole role)
{
  switch ((int) role)
    {
    case ATSPI_ROLE_PUSH_BUTTON:
    case ATSPI_ROLE_TOGGLE_BUTTON:
    case ATSPI_ROLE_CHECK_BOX:
    case ATSPI_ROLE_RADIO_BUTTON:
    case ATSPI_ROLE_ENTRY:
    case ATSPI_ROLE_TEXT:
    case ATSPI_ROLE_PASSWORD_TEXT:
    case ATSPI_ROLE_COMBO_BOX:
    case ATSPI_ROLE_LIST_ITEM:
    case ATSPI_ROLE_MENU_ITEM:
    case ATSPI_ROLE_CHECK_MENU_ITEM:
    case ATSPI_ROLE_RADIO_MENU_ITEM:
    case ATSPI_ROLE_SPIN_BUTTON:
    case ATSPI_ROLE_SLIDER:
    case ATSPI_ROLE_LINK:
    case ATSPI_ROLE_PAGE_TAB:
      return TRUE;
    default:
      return FALSE;
    }
}

/* @text without mnemonics, raw ("取消(_C)", "_Cancel") or shown ("取消(C)"), case-folded,
 * its spaces collapsed: what a listener hears of it. */
static char *
spoken (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *folded = NULL;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        continue;
      /* "打印(_P)…" and "打印": the ellipsis says a dialog follows, not another word. */
      if (g_str_has_prefix (p, "…"))
        {
          p += strlen ("…") - 1;
          continue;
        }
      if (*p == '(' && p[1] != '\0' && g_ascii_isalnum (p[1]) && p[2] == ')')
        {
          p += 2;
          continue;
        }
      if (*p == ' ' && (out->len == 0 || out->str[out->len - 1] == ' '))
        continue;
      g_string_append_c (out, *p);
    }
  folded = g_utf8_casefold (out->str, -1);
  return g_strstrip (g_steal_pointer (&folded));
}

/* Whether one of @a and @b begins or ends the other, and is more than a character or a
 * number ("第 1 页，共 1 页" ends with "1 页" by chance only). */
static gboolean
overlaps (const char *a,
          const char *b)
{
  const char *shorter = strlen (a) <= strlen (b) ? a : b;
  const char *longer = shorter == a ? b : a;
  gboolean number = TRUE;

  for (const char *p = shorter; *p != '\0'; p++)
    number = number && (g_ascii_isdigit (*p) || *p == ' ');
  if (number || g_utf8_strlen (shorter, -1) < 2)
    return FALSE;
  return g_str_has_prefix (longer, shorter) || g_str_has_suffix (longer, shorter);
}

/* "登录 登录(S)", "Sign in Sign In", "寻找方式 方式": GTK 4.8 says the accessible label and
 * then the visible label tied to the control, one label said twice. */
static gboolean
says_itself_twice (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);

  for (guint k = 1; k < n; k++)
    {
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;
      g_autofree char *first_spoken = NULL;
      g_autofree char *second_spoken = NULL;
      char *kept = words[k];

      words[k] = NULL;
      first = g_strjoinv (" ", words);
      words[k] = kept;
      second = g_strjoinv (" ", words + k);
      first_spoken = spoken (first);
      second_spoken = spoken (second);
      if (first_spoken[0] != '\0' && second_spoken[0] != '\0' &&
          overlaps (first_spoken, second_spoken))
        return TRUE;
    }
  return FALSE;
}

/* GTK names an unlabelled widget after its class: "GtkImage", "AdwActionRow". */
static gboolean
has_class_name (const char *name)
{
  static const char *const prefixes[] = { "Gtk", "Adw", "Bd" };
  g_auto(GStrv) words = g_strsplit (name, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    for (guint j = 0; j < G_N_ELEMENTS (prefixes); j++)
      {
        gsize len = strlen (prefixes[j]);

        if (g_str_has_prefix (words[i], prefixes[j]) && g_ascii_isupper (words[i][len]))
          return TRUE;
      }
  return FALSE;
}

gboolean
bd_e2e_name_is_proper (const char  *name,
                       const char **why)
{
  g_autofree char *said = name != NULL ? spoken (name) : NULL;
  const char *problem = NULL;

  if (said == NULL || said[0] == '\0')
    problem = "no name";
  else if (has_class_name (name))
    problem = "a class name";
  else if (strchr (name, '_') != NULL)
    problem = "a raw mnemonic";
  else if (says_itself_twice (name))
    problem = "the name twice";
  if (why != NULL)
    *why = problem;
  return problem == NULL;
}

gboolean
bd_e2e_has_state (AtspiAccessible *accessible,
                  AtspiStateType   state)
{
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (accessible);

  return states != NULL && atspi_state_set_contains (states, state);
}

static void
check_names (AtspiAccessible *accessible,
             const char      *where,
             GString         *problems,
             gboolean         dump,
             guint            depth)
{
  g_autofree char *name = atspi_accessible_get_name (accessible, NULL);
  g_autofree char *role_name = atspi_accessible_get_role_name (accessible, NULL);
  AtspiRole role = atspi_accessible_get_role (accessible, NULL);
  gboolean visible = bd_e2e_has_state (accessible, ATSPI_STATE_VISIBLE);
  const char *why = NULL;
  int n;

  if (dump)
    g_printerr ("%*s%s “%s”%s\n", (int) depth, "", role_name, name != NULL ? name : "",
                visible ? "" : " (hidden)");
  /* GTK 4.8 keeps hidden widgets in the tree, nameless: only what shows is reachable. */
  if (visible && is_interactive (role) && !bd_e2e_name_is_proper (name, &why))
    {
      g_autofree char *problem = g_strdup_printf ("%s “%s”: %s\n", role_name,
                                                  name != NULL ? name : "", why);

      /* GTK 4.8 keeps every page in the tree: say each control once, where first met. */
      if (strstr (problems->str, problem) == NULL)
        g_string_append_printf (problems, "%s: %s", where, problem);
    }
  if (depth > 60)
    return;

  n = atspi_accessible_get_child_count (accessible, NULL);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (accessible, i, NULL);

      if (child != NULL)
        check_names (child, where, problems, dump, depth + 1);
    }
}

void
bd_e2e_check_names (AtspiAccessible *root,
                    const char      *where,
                    GString         *problems)
{
  check_names (root, where, problems, g_getenv ("BD_E2E_DUMP") != NULL, 0);
}

/* ── what a walk of a window of its own needs ──────────────────────────────────── */

/* A translated label as it is said: "锁定柜面(_L)" → "锁定柜面". */
char *
bd_e2e_said (const char *msgid)
{
  g_autoptr(GString) words = g_string_new (NULL);

  for (const char *p = bd_e2e_tr (msgid); *p != '\0'; p++)
    {
      if (*p == '(' && p[1] == '_' && p[2] != '\0' && p[3] == ')')
        p += 3;
      else if (*p != '_')
        g_string_append_c (words, *p);
    }
  return g_strstrip (g_string_free (g_steal_pointer (&words), FALSE));
}

/* Named exactly @data and visible: GTK 4.8 keeps hidden controls in the tree, where one
 * of the same name may wait. */
static gboolean
is_shown_named (AtspiAccessible *accessible,
                gconstpointer    data)
{
  g_autofree char *name = atspi_accessible_get_name (accessible, NULL);

  return g_strcmp0 (name, data) == 0 && bd_e2e_has_state (accessible, ATSPI_STATE_VISIBLE);
}

AtspiAccessible *
bd_e2e_wait_for_shown (AtspiAccessible *root,
                       AtspiRole        role,
                       const char      *name,
                       guint            timeout_ms)
{
  return wait_for_first (root, role, is_shown_named, name, timeout_ms);
}

gboolean
bd_e2e_click_within (AtspiAccessible *control,
                     guint            depth)
{
  int n;

  if (bd_e2e_click (control))
    return TRUE;
  n = depth < 4 ? atspi_accessible_get_child_count (control, NULL) : 0;
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (control, i, NULL);

      if (child != NULL && bd_e2e_click_within (child, depth + 1))
        return TRUE;
    }
  return FALSE;
}

gboolean
bd_e2e_wait_for_windows (BdE2e *e2e,
                         int    n,
                         guint  timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      if (atspi_accessible_get_child_count (e2e->app, NULL) == n)
        return TRUE;
      g_usleep (100 * 1000);
    }
  return FALSE;
}

char *
bd_e2e_wait_for_file (const char *path,
                      guint       timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  char *text = NULL;

  while (g_get_monotonic_time () < deadline)
    {
      if (g_file_get_contents (path, &text, NULL, NULL) && strstr (text, "\r\n") != NULL)
        return text;
      g_clear_pointer (&text, g_free);
      g_usleep (200 * 1000);
    }
  return NULL;
}

void
bd_e2e_choose_from_menu (BdE2e      *e2e,
                         const char *msgid)
{
  g_autofree char *item = bd_e2e_said (msgid);
  char *ellipsis = strstr (item, "…");
  g_autoptr(AtspiAccessible) menu = bd_e2e_wait_for_shown (e2e->app, ATSPI_ROLE_INVALID,
                                                           bd_e2e_tr ("Main menu"), 15000);
  g_autoptr(AtspiAccessible) control = NULL;

  if (menu == NULL)
    g_error ("No main menu");
  /* The menu button, or its own button inside it, opens it. */
  g_assert_true (bd_e2e_click_within (menu, 0));
  /* A menu item says its mnemonic after the words in Chinese, "员工账号(S)…": the words
   * before it, and the first item they begin. */
  if (ellipsis != NULL)
    *ellipsis = '\0';
  control = bd_e2e_wait_for (e2e->app, ATSPI_ROLE_INVALID, item, 15000);
  if (control == NULL)
    g_error ("No menu item named “%s”", item);
  g_assert_true (bd_e2e_click (control));
  g_usleep (500 * 1000);
}

AtspiAccessible *
bd_e2e_wait_for_window (BdE2e      *e2e,
                        const char *title)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) 15000 * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      int n = atspi_accessible_get_child_count (e2e->app, NULL);

      for (int i = 0; i < n; i++)
        {
          g_autoptr(AtspiAccessible) window = atspi_accessible_get_child_at_index (e2e->app, i,
                                                                                   NULL);
          g_autofree char *name = window != NULL ? atspi_accessible_get_name (window, NULL)
                                                 : NULL;

          if (g_strcmp0 (name, title) == 0)
            return g_steal_pointer (&window);
        }
      g_usleep (200 * 1000);
    }
  g_error ("No window titled “%s”", title);
  return NULL;
}

void
bd_e2e_choose_by_keys (AtspiAccessible *control,
                       guint            steps)
{
  g_assert_true (bd_e2e_click_within (control, 0));
  bd_e2e_move_and_take (0xff54 /* Down */, steps);
}

void
bd_e2e_move_and_take (guint keysym,
                      guint times)
{
  g_usleep (1000 * 1000);
  for (guint i = 0; i < times; i++)
    {
      atspi_generate_keyboard_event (keysym, NULL, ATSPI_KEY_SYM, NULL);
      g_usleep (100 * 1000);
    }
  atspi_generate_keyboard_event (0xff0d /* Return */, NULL, ATSPI_KEY_SYM, NULL);
  g_usleep (1000 * 1000);
}

/* What every end-to-end program does first: the language of the program it drives, so
 * that the names gettext gives are those the program shows (in Chinese and in English
 * alike), GTest, and the accessibility bus; FALSE, said, when the bus cannot be reached. */
gboolean
bd_e2e_init (int    *argc,
             char ***argv)
{
  const char *localedir = g_getenv ("BRANCHDESK_LOCALEDIR");

  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_init (argc, argv, NULL);
  bd_e2e_allow_cache_race ();
  if (atspi_init () < 0)
    {
      g_printerr ("The accessibility bus cannot be reached\n");
      return FALSE;
    }
  return TRUE;
}
