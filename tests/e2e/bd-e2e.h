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

typedef struct
{
  char          *folder;
  char          *database;
  GSubprocess   *process;
  AtspiAccessible *app;
} BdE2e;

/* Creates a demo branch of @n_customers in a temporary folder. */
void             bd_e2e_create_demo      (BdE2e       *e2e,
                                          guint        n_customers);
/* Starts the real program on it and waits until its window is in the tree. */
void             bd_e2e_start            (BdE2e       *e2e);
void             bd_e2e_stop             (BdE2e       *e2e);

/* The translated text of a program string, as the program shows it. */
const char      *bd_e2e_tr               (const char  *msgid);

/* Waits (up to @timeout_ms) for a descendant of @root whose accessible name begins with
 * @name_prefix and, unless @role is ATSPI_ROLE_INVALID, has @role. */
AtspiAccessible *bd_e2e_wait_for         (AtspiAccessible *root,
                                          AtspiRole        role,
                                          const char      *name_prefix,
                                          guint            timeout_ms);
gboolean         bd_e2e_set_text         (AtspiAccessible *accessible,
                                          const char      *text);

G_END_DECLS
