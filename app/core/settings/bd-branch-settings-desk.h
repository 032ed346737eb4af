/* bd-branch-settings-desk.h — the branch's settings read and changed at the desk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-branch-settings.h"
#include "bd-session.h"

G_BEGIN_DECLS

/* Whether the signed-in person sets the branch's settings (an administrator). */
gboolean    bd_branch_settings_desk_may_edit (BdSession   *session);

/* Every setting's value as the form shows it, key → value (its default when unset; a
 * setting without a default that is unset is absent). Administrators only. */
GHashTable *bd_branch_settings_desk_read     (BdSession   *session,
                                              GError     **error);

/* Saves the values typed, key → text, all at once: refused in the core unless the
 * signed-in person is an administrator (BD_SESSION_ERROR_NOT_ALLOWED). Each value goes
 * through bd_branch_setting_check(); when any is refused nothing is saved, @error
 * (BD_BRANCH_SETTING_ERROR) names the first refused setting, and @problems, when given,
 * has every refused key → its message for the field. Otherwise the values that changed
 * are saved in one transaction with one audit row each (setting-changed, "key: old →
 * new"); @n_changed, when given, says how many. */
gboolean    bd_branch_settings_desk_save     (BdSession   *session,
                                              GHashTable  *typed,
                                              GHashTable **problems,
                                              guint       *n_changed,
                                              GError     **error);

G_END_DECLS
