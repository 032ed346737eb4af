/* bd-store.h — the branch's database: opening, settings, the audit log, the check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bd-db-error.h"
#include "bd-key.h"
#include "bd-types.h"

G_BEGIN_DECLS

/* The schema version this build writes; PRAGMA user_version of an up-to-date file. */
#define BD_STORE_SCHEMA_VERSION 19
/* From this schema on, identity, phone and account numbers are sealed with the branch's
 * key (bd-key.h): a file below it is converted by bd_store_convert_to_sealed(). */
#define BD_STORE_SEALED_SCHEMA 9
/* Branch Desk's mark in the file's header (PRAGMA application_id), "BDsk"; files are
 * marked from this schema on. */
#define BD_STORE_APPLICATION_ID 1111782251
#define BD_STORE_MARKED_SCHEMA 7
/* From this schema on, the calendar years the branch imported are in the file
 * (calendar/bd-calendar-store.c): opening it puts them in effect. */
#define BD_STORE_CALENDAR_SCHEMA 18

#define BD_TYPE_STORE (bd_store_get_type ())

G_DECLARE_FINAL_TYPE (BdStore, bd_store, BD, STORE, GObject)

/* $XDG_DATA_HOME/branchdesk/branchdesk.db */
char         *bd_store_get_default_path        (void);

/* Opens an existing Branch Desk database with its @key and brings its schema up to date,
 * keeping a copy of the file first (bd_store_get_migration_backup()). A missing file, a
 * file that is not Branch Desk's, a file from a newer program, another branch's key
 * (BD_STORE_ERROR_WRONG_KEY) and a file that keeps numbers in clear text
 * (BD_STORE_ERROR_NOT_ENCRYPTED: bd_store_convert_to_sealed()) are refused, and left as
 * they were. */
BdStore      *bd_store_open                    (const char    *path,
                                                BdKey         *key,
                                                GError       **error);
/* Creates a new branch database at @path sealed with @key, and its folder (0700); the
 * file is 0600. A file that already holds anything is refused. */
BdStore      *bd_store_create                  (const char    *path,
                                                BdKey         *key,
                                                GError       **error);
/* Opens for reading only, changing nothing: the file must be at the current schema. With
 * @key NULL, everything but the sealed numbers can be read (the audit log). */
BdStore      *bd_store_open_read_only          (const char    *path,
                                                BdKey         *key,
                                                GError       **error);
/* The fingerprint of the key a database at @path is sealed with (bd_key_dup_fingerprint()),
 * read without the key and without changing the file: how its key is found in a keyring. */
char         *bd_store_peek_key_fingerprint    (const char    *path,
                                                GError       **error);
/* Converts a database that keeps personal numbers in clear text (an older schema) to one
 * sealed with @key: a copy is converted, compacted so no clear number is left in its free
 * pages, and checked value by value against the original before it takes the original's
 * place; the original is then removed, and so is its -wal. Until the copy is verified the
 * original is untouched. */
gboolean      bd_store_convert_to_sealed       (const char    *path,
                                                BdKey         *key,
                                                GError       **error);
/* The copy kept before this store's opening migrated the file, or NULL. */
const char   *bd_store_get_migration_backup    (BdStore       *self);
const char   *bd_store_get_path                (BdStore       *self);
/* FALSE with BD_STORE_ERROR_READ_ONLY when the file cannot be written (its mode, another
 * user's file, a read-only store): a desk refuses such a file at once, as it could audit
 * nothing it shows. */
gboolean      bd_store_check_writable          (BdStore       *self,
                                                GError       **error);
guint         bd_store_get_schema_version      (BdStore       *self);

/* Many writes as one transaction (the demo generator, imports). Every write inside is
 * part of it; bd_store_end_bulk() commits when @commit, or rolls all of it back. */
gboolean      bd_store_begin_bulk              (BdStore       *self,
                                                GError       **error);
gboolean      bd_store_end_bulk                (BdStore       *self,
                                                gboolean       commit,
                                                GError       **error);

/* Settings of the branch kept with its data (company and branch names …). */
char         *bd_store_dup_setting             (BdStore       *self,
                                                const char    *key);
gboolean      bd_store_set_setting             (BdStore       *self,
                                                const char    *key,
                                                const char    *value,
                                                GError       **error);

/* The branch's time zone, the setting "time-zone" (an IANA name; Asia/Shanghai when
 * unset or unknown): every time the desk shows or prints is in it, whatever the
 * machine's own zone. */
#define BD_STORE_DEFAULT_TIME_ZONE "Asia/Shanghai"
GTimeZone    *bd_store_get_time_zone           (BdStore       *self);
/* Whether @identifier names a time zone the system knows. */
gboolean      bd_time_zone_is_known            (const char    *identifier);
/* Today's date in the branch: the day every "today", "due" and "in the past" is about. */
void          bd_store_get_today               (BdStore       *self,
                                                GDate         *today);
/* Today in the branch as "YYYY-MM-DD", for actions that take a day. */
char         *bd_store_dup_today_iso           (BdStore       *self);
/* A stored UTC timestamp as the branch's "YYYY-MM-DD HH:MM"; NULL stays NULL. */
char         *bd_store_format_time             (BdStore       *self,
                                                const char    *utc);

/* The append-only audit log. @staff_id and @customer_id may be 0. */
gboolean      bd_store_append_audit            (BdStore       *self,
                                                gint64         staff_id,
                                                const char    *action,
                                                const char    *record_table,
                                                gint64         record_id,
                                                gint64         customer_id,
                                                const char    *detail,
                                                GError       **error);
guint         bd_store_count_audit             (BdStore       *self,
                                                const char    *action,
                                                GError       **error);

/* One audit row, as the audit list and the tests read it. */
typedef struct
{
  gint64  id;
  char   *at;
  gint64  staff_id;
  char   *action;
  char   *record_table;
  gint64  record_id;
  gint64  customer_id;
  char   *detail;
} BdAuditEntry;

void          bd_audit_entry_free              (BdAuditEntry  *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BdAuditEntry, bd_audit_entry_free)

/* The newest @limit rows, newest first (element-type BdAuditEntry). */
GPtrArray    *bd_store_list_audit              (BdStore       *self,
                                                guint          limit,
                                                GError       **error);

/* Counts of the main tables, for reports and the demo. */
typedef struct
{
  guint customers;
  guint policies;
  guint households;
  guint beneficiaries;
  guint staff;
} BdStoreCounts;

gboolean      bd_store_get_counts              (BdStore       *self,
                                                BdStoreCounts *counts,
                                                GError       **error);

/* The integrity check and the data's own rules. @report is called once per problem
 * found, with a sentence a person understands. Returns FALSE only when the check itself
 * could not run; *n_problems says what it found. */
typedef void (*BdStoreCheckFunc) (const char *problem,
                                  gpointer    user_data);

gboolean      bd_store_check                   (BdStore          *self,
                                                BdStoreCheckFunc  report,
                                                gpointer          user_data,
                                                guint            *n_problems,
                                                GError          **error);

/* The same with warnings: what is likely wrong but may be right (a bank account number
 * that fails the card check digit). A problem breaks a rule; a warning asks someone to
 * look. @today (NULL: the system date) is the date "in the future" is measured against. */
typedef enum
{
  BD_CHECK_PROBLEM,
  BD_CHECK_WARNING,
} BdCheckSeverity;

typedef void (*BdStoreCheckReportFunc) (BdCheckSeverity  severity,
                                        const char      *message,
                                        gpointer         user_data);

gboolean      bd_store_check_full              (BdStore                *self,
                                                const GDate            *today,
                                                BdStoreCheckReportFunc  report,
                                                gpointer                user_data,
                                                guint                  *n_problems,
                                                guint                  *n_warnings,
                                                GError                **error);

G_END_DECLS
