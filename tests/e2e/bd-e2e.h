/* bd-e2e.h — driving the real branchdesk through the accessibility tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <atspi/atspi.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* libatspi 2.46 declares no autoptr cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAccessible, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiEditableText, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiText, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAction, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiStateSet, g_object_unref)

typedef struct
{
  char          *folder;
  char          *database;
  GSubprocess   *process;
  AtspiAccessible *app;
  GPtrArray     *arguments;
} BdE2e;

/* Creates a demo branch of @n_customers in a temporary folder. */
void             bd_e2e_create_demo      (BdE2e       *e2e,
                                          guint        n_customers);
/* libatspi's warning when it asks a program that has only just appeared for its cache,
 * told and not made fatal; every other warning still is. bd_e2e_start() sets it again
 * for each walk: GLib clears a fatal handler before each test case. */
void             bd_e2e_allow_cache_race (void);
/* Starts the real program on it and waits until its window is in the tree. */
void             bd_e2e_start            (BdE2e       *e2e);
void             bd_e2e_stop             (BdE2e       *e2e);

/* The translated text of a program string, as the program shows it. */
const char      *bd_e2e_tr               (const char  *msgid) G_GNUC_FORMAT (1);

/* Whether @accessible is the one looked for, as @data describes it. */
typedef gboolean (*BdE2eMatch) (AtspiAccessible *accessible,
                                gconstpointer    data);

/* A BdE2eMatch: named exactly @name (a const char *). */
gboolean         bd_e2e_is_named         (AtspiAccessible *accessible,
                                          gconstpointer    name);
/* The first accessible under @root, depth first, @root included and at most @max_depth
 * levels below it, that has @role (any, when ATSPI_ROLE_INVALID) and that @match accepts
 * (a new reference), or NULL. */
AtspiAccessible *bd_e2e_find_first       (AtspiAccessible *root,
                                          AtspiRole        role,
                                          BdE2eMatch       match,
                                          gconstpointer    data,
                                          guint            max_depth);
/* Waits (up to @timeout_ms) for a descendant of @root whose accessible name begins with
 * @name_prefix and, unless @role is ATSPI_ROLE_INVALID, has @role. */
AtspiAccessible *bd_e2e_wait_for         (AtspiAccessible *root,
                                          AtspiRole        role,
                                          const char      *name_prefix,
                                          guint            timeout_ms);
/* Sets the text of @accessible, or of the first editable text inside it (entry rows). */
gboolean         bd_e2e_set_text         (AtspiAccessible *accessible,
                                          const char      *text);
/* Performs the first action ("click", "activate") of @accessible. */
gboolean         bd_e2e_click            (AtspiAccessible *accessible);
/* Clicks a toggle (a tab, a choice) until it is down; FALSE when it never is. */
gboolean         bd_e2e_click_until_pressed (AtspiAccessible *accessible,
                                             guint            timeout_ms);
/* Whether @accessible's states hold @state. */
gboolean         bd_e2e_has_state        (AtspiAccessible *accessible,
                                          AtspiStateType   state);
/* Whether any accessible under @root has @text in its name or its text. */
gboolean         bd_e2e_tree_contains    (AtspiAccessible *root,
                                          const char      *text);
/* Waits for an accessible whose name or text contains @text. */
AtspiAccessible *bd_e2e_wait_for_text    (AtspiAccessible *root,
                                          const char      *text,
                                          guint            timeout_ms);
/* Signs in through the sign-in page. */
void             bd_e2e_sign_in          (BdE2e           *e2e,
                                          const char      *login,
                                          const char      *password);
/* Runs branchdesk-admin with @args (NULL-terminated) and returns what it printed. */
char            *bd_e2e_admin_output     (const char      *first_arg,
                                          ...) G_GNUC_NULL_TERMINATED;
/* Walks the accessibility tree under @root and appends a line to @problems for every
 * interactive control a person can reach (button, toggle, entry, combo, list item, menu
 * item, check box, spin, link, tab) without a proper name: empty, a class name, a raw
 * mnemonic, or a name that says itself twice. @where names the place in the lines.
 * With BD_E2E_DUMP set in the environment, it prints the tree it walks. */
void             bd_e2e_check_names      (AtspiAccessible *root,
                                          const char      *where,
                                          GString         *problems);
/* Whether @name is a proper accessible name (the rules of bd_e2e_check_names). */
gboolean         bd_e2e_name_is_proper   (const char      *name,
                                          const char     **why);
/* Extra command-line arguments for the program (before bd_e2e_start). */
void             bd_e2e_add_argument     (BdE2e           *e2e,
                                          const char      *argument);
/* bd_e2e_tr() without the mnemonic, as the accessible name of a menu item or button says
 * it (a new string). */
char            *bd_e2e_said             (const char      *msgid);
/* Waits for a descendant of @root named exactly @name that is visible (and has @role,
 * unless ATSPI_ROLE_INVALID). */
AtspiAccessible *bd_e2e_wait_for_shown   (AtspiAccessible *root,
                                          AtspiRole        role,
                                          const char      *name,
                                          guint            timeout_ms);

/* Clicks @control, or the first control inside it that acts (a menu button's button, a
 * drop-down's), @depth levels down at most 4. */
gboolean         bd_e2e_click_within     (AtspiAccessible *control,
                                          guint            depth);
/* Waits (up to @timeout_ms) until the program has @n top-level windows. */
gboolean         bd_e2e_wait_for_windows (BdE2e           *e2e,
                                          int              n,
                                          guint            timeout_ms);
/* The file at @path once the program has written a line (CRLF) of it, or NULL after
 * @timeout_ms. */
char            *bd_e2e_wait_for_file    (const char      *path,
                                          guint            timeout_ms);
/* Opens the main menu and chooses its item @msgid ("_Staff Accounts…"). */
void             bd_e2e_choose_from_menu (BdE2e           *e2e,
                                          const char      *msgid);
/* Waits for the program's top-level window titled @title (a new reference); fails the
 * walk when it never opens. */
AtspiAccessible *bd_e2e_wait_for_window  (BdE2e           *e2e,
                                          const char      *title);
/* Opens the list of @control (a drop-down) and takes the item @steps below
 * the one it opens on, with the keyboard as a person would. */
void             bd_e2e_choose_by_keys   (AtspiAccessible *control,
                                          guint            steps);
/* Presses @keysym @times times, a second after the list it moves in opened, then Return
 * takes the item reached. */
void             bd_e2e_move_and_take    (guint            keysym,
                                          guint            times);
/* Locale, GTest and the accessibility bus, before a program adds its walks. */
gboolean         bd_e2e_init             (int             *argc,
                                          char          ***argv);

G_END_DECLS
