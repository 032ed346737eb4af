/* bd-store-backup.h — backups that restore: taking, verifying, keeping and restoring copies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-store.h"

G_BEGIN_DECLS

/* How old the last good backup may be before the desk warns an administrator (issue 9,
 * "Backups that restore": the desk warns when the last good backup is older than a day). */
#define BD_STORE_BACKUP_MAX_AGE (G_TIME_SPAN_DAY)
/* How many daily copies a backup folder keeps unless told otherwise. */
#define BD_STORE_BACKUP_DEFAULT_KEEP 7

/* A consistent copy of the whole database at @path (a new file, 0600), taken with SQLite's
 * backup API while other desks keep reading and writing. Its personal numbers are sealed
 * as the database's are: without the key the copy reveals none. */
gboolean      bd_store_backup                (BdStore       *self,
                                              const char    *path,
                                              GError       **error);
/* Whether the file @self has open is whole: SQLite's integrity check and the audit log's
 * chain. The data's own rules (a share that does not add up) are not the copy's fault and
 * are not looked at. FALSE with the first problem found in @error. */
gboolean      bd_store_verify_copy           (BdStore       *self,
                                              GError       **error);
/* Takes today's (the branch's today) copy into @folder as branch-YYYY-MM-DD.db (the folder
 * made 0700), verifies it, replaces an earlier copy of the same day only then, keeps the
 * newest @keep daily copies, and records the backup in the branch (setting
 * "last-backup-at" and an audit row "backup-taken"). Returns the copy's path. */
char         *bd_store_backup_to_folder      (BdStore       *self,
                                              const char    *folder,
                                              guint          keep,
                                              GError       **error);
/* Replaces the database at @path by the backup @backup: the backup is verified first and
 * nothing is replaced if it is not whole or not sealed with @key; @path must not be open
 * at another desk; the replaced file is kept as PATH.replaced-YYYYMMDDTHHMMSS (*@replaced,
 * NULL if there was no file) and an older backup is brought up to date (sealed with @key
 * when it kept numbers in clear text). */
gboolean      bd_store_restore               (const char    *backup,
                                              const char    *path,
                                              BdKey         *key,
                                              char         **replaced,
                                              GError       **error);
/* The time of the last good backup ("last-backup-at", UTC), or NULL when none is known. */
GDateTime    *bd_store_get_last_backup       (BdStore       *self);
/* Whether the last good backup is missing or older than BD_STORE_BACKUP_MAX_AGE at @now. */
gboolean      bd_store_backup_is_due         (BdStore       *self,
                                              GDateTime     *now);

G_END_DECLS
