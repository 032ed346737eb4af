/* bd-store.h — the branch's database: the only code that speaks SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bd-contact.h"
#include "bd-customer.h"
#include "bd-household-card.h"
#include "bd-household.h"
#include "bd-policy.h"
#include "bd-staff.h"
#include "bd-types.h"

G_BEGIN_DECLS

#define BD_STORE_ERROR (bd_store_error_quark ())

typedef enum
{
  BD_STORE_ERROR_OPEN,         /* the file cannot be opened or created */
  BD_STORE_ERROR_NOT_DATABASE, /* the file is not a Branch Desk database, or is damaged */
  BD_STORE_ERROR_TOO_NEW,      /* written by a newer Branch Desk */
  BD_STORE_ERROR_BUSY,         /* another desk holds the file too long */
  BD_STORE_ERROR_CONSTRAINT,   /* the record conflicts with the rules of the data */
  BD_STORE_ERROR_NOT_FOUND,
  BD_STORE_ERROR_DISK_FULL,
  BD_STORE_ERROR_READ_ONLY,
  BD_STORE_ERROR_FAILED,
} BdStoreError;

GQuark bd_store_error_quark (void);

/* The schema version this build writes; PRAGMA user_version of an up-to-date file. */
#define BD_STORE_SCHEMA_VERSION 5

#define BD_TYPE_STORE (bd_store_get_type ())

G_DECLARE_FINAL_TYPE (BdStore, bd_store, BD, STORE, GObject)

/* $XDG_DATA_HOME/branchdesk/branchdesk.db */
char         *bd_store_get_default_path        (void);

/* Opens the file, creating it and its folder when missing, and brings its schema up to
 * date. A file from a newer program is refused rather than touched. */
BdStore      *bd_store_open                    (const char    *path,
                                                GError       **error);
const char   *bd_store_get_path                (BdStore       *self);
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

/* Staff. @password_hash is an Argon2id string or NULL (no sign-in yet). */
gboolean      bd_store_add_staff               (BdStore       *self,
                                                BdStaff       *staff,
                                                const char    *password_hash,
                                                GError       **error);
BdStaff      *bd_store_find_staff              (BdStore       *self,
                                                const char    *login,
                                                GError       **error);
GListModel   *bd_store_list_staff              (BdStore       *self,
                                                GError       **error);
BdStaff      *bd_store_get_staff               (BdStore       *self,
                                                gint64         staff_id,
                                                GError       **error);

/* Signing in: the stored hash, the wrong passwords in a row, and the time (Unix seconds,
 * 0 for none) before which no attempt is accepted. */
gboolean      bd_store_get_sign_in_state       (BdStore       *self,
                                                gint64         staff_id,
                                                char         **password_hash,
                                                guint         *failed_attempts,
                                                gint64        *retry_after,
                                                GError       **error);
gboolean      bd_store_set_sign_in_state       (BdStore       *self,
                                                gint64         staff_id,
                                                guint          failed_attempts,
                                                gint64         retry_after,
                                                GError       **error);

/* Products. Returns the new id, or 0 with @error set. */
gint64        bd_store_add_product             (BdStore       *self,
                                                const char    *code,
                                                const char    *name,
                                                BdProductKind  kind,
                                                guint          waiting_days,
                                                GError       **error);

/* Customers: the customer row, its primary identity document, mobile and landline are
 * written together. Sets the customer's id. */
gboolean      bd_store_add_customer            (BdStore       *self,
                                                BdCustomer    *customer,
                                                GError       **error);
BdCustomer   *bd_store_get_customer            (BdStore       *self,
                                                gint64         id,
                                                GError       **error);
gboolean      bd_store_add_bank_account        (BdStore       *self,
                                                gint64         customer_id,
                                                const char    *bank,
                                                const char    *account_number,
                                                gint64        *out_id,
                                                GError       **error);
/* Records that @relative is @customer's @relation (and the inverse). */
gboolean      bd_store_add_relationship        (BdStore       *self,
                                                gint64         customer_id,
                                                gint64         relative_id,
                                                BdRelation     relation,
                                                GError       **error);

/* Households: the household and its members. Sets the household's id. */
gboolean      bd_store_add_household           (BdStore       *self,
                                                BdHousehold   *household,
                                                GError       **error);
/* The household @customer_id belongs to now, or NULL (no error) when none. */
BdHousehold  *bd_store_get_household_of        (BdStore       *self,
                                                gint64         customer_id,
                                                GError       **error);

/* Policies with their beneficiaries. Sets the policy's and beneficiaries' ids. */
gboolean      bd_store_add_policy              (BdStore       *self,
                                                BdPolicy      *policy,
                                                GError       **error);
/* Every policy where @customer_id is policyholder or insured, a GListModel of BdPolicy
 * with beneficiaries, newest first. */
GListModel   *bd_store_list_policies_of        (BdStore       *self,
                                                gint64         customer_id,
                                                GError       **error);

/* Customer search. The kind of query is recognised from @text: a name or its beginning,
 * a mobile number or its last four digits, an identity number or its last four
 * characters, a policy number. A GListModel of BdCustomer, best matches first. */
GListModel   *bd_store_search_customers        (BdStore       *self,
                                                const char    *text,
                                                guint          limit,
                                                GError       **error);

/* The customers @staff_id opened most recently, newest first. */
GListModel   *bd_store_list_recent_customers   (BdStore       *self,
                                                gint64         staff_id,
                                                guint          limit,
                                                GError       **error);

/* Every policy in which a current member of @household_id is policyholder, insured or
 * beneficiary, with beneficiaries, newest first: what the household card is made of. */
GListModel   *bd_store_list_household_policies (BdStore       *self,
                                                gint64         household_id,
                                                GError       **error);

/* Editing a household. Each change is audited with @staff_id and @reason in the same
 * transaction; a removal keeps the past membership on record. A relationship the core
 * finds impossible (bd_household_check_relation) is refused with its reason. */
gboolean      bd_store_add_household_member    (BdStore       *self,
                                                gint64         household_id,
                                                gint64         customer_id,
                                                BdRelation     relation,
                                                gint64         staff_id,
                                                const char    *reason,
                                                GError       **error);
gboolean      bd_store_remove_household_member (BdStore       *self,
                                                gint64         household_id,
                                                gint64         customer_id,
                                                gint64         staff_id,
                                                const char    *reason,
                                                GError       **error);
gboolean      bd_store_set_member_relation     (BdStore       *self,
                                                gint64         household_id,
                                                gint64         customer_id,
                                                BdRelation     relation,
                                                gint64         staff_id,
                                                const char    *reason,
                                                GError       **error);

/* The household card of @customer_id's household as of @today, with its protection need;
 * NULL without an error when the customer belongs to no household. */
BdHouseholdCard *bd_store_load_household_card  (BdStore       *self,
                                                gint64         customer_id,
                                                const GDate   *today,
                                                GError       **error);

/* The protection need staff entered for a household; *found is FALSE when none. */
gboolean      bd_store_get_household_need      (BdStore          *self,
                                                gint64            household_id,
                                                BdProtectionNeed *need,
                                                gboolean         *found,
                                                GError          **error);
gboolean      bd_store_set_household_need      (BdStore                *self,
                                                gint64                  household_id,
                                                const BdProtectionNeed *need,
                                                gint64                  staff_id,
                                                GError                **error);

/* Contact records (calls, letters, visits, slips). A contact without a time is dated
 * now. Refused by the rules of bd_contact_check() in the branch's time zone (a
 * BD_CONTACT_ERROR naming the field). Sets the contact's id; audited. */
gboolean      bd_store_add_contact             (BdStore       *self,
                                                BdContact     *contact,
                                                GError       **error);
BdContact    *bd_store_get_contact             (BdStore       *self,
                                                gint64         contact_id,
                                                GError       **error);
/* A record entered wrongly is voided, or corrected by a new record that replaces it; the
 * original stays on record, shown as such (domain §11). Only who wrote it or a supervisor
 * may, with a reason; the amendment and its audit row are one transaction. A correction
 * keeps the original's customer, time and author; it is checked as a new record. */
gboolean      bd_store_void_contact            (BdStore       *self,
                                                gint64         contact_id,
                                                gint64         staff_id,
                                                const char    *reason,
                                                GError       **error);
gboolean      bd_store_correct_contact         (BdStore       *self,
                                                gint64         contact_id,
                                                BdContact     *correction,
                                                gint64         staff_id,
                                                const char    *reason,
                                                GError       **error);
/* The customer's contact history, newest first (BdContact), amended records included. */
GListModel   *bd_store_list_contacts           (BdStore       *self,
                                                gint64         customer_id,
                                                GError       **error);
/* The slips whose next visit is planned on @day (local date), in time order. */
GListModel   *bd_store_list_planned_visits     (BdStore       *self,
                                                const GDate   *day,
                                                GError       **error);
/* The same, only those left by @staff_id (0: everyone's). */
GListModel   *bd_store_list_planned_visits_of  (BdStore       *self,
                                                const GDate   *day,
                                                gint64         staff_id,
                                                GError       **error);

/* Whom to contact (000): the policies in force or in grace whose premium falls due within
 * @days from @from (or is already overdue), by due date — each names the policyholder to
 * call. A GListModel of BdPolicy. */
GListModel   *bd_store_list_premiums_due       (BdStore       *self,
                                                const GDate   *from,
                                                guint          days,
                                                guint          limit,
                                                GError       **error);
/* One page of that queue: the policies @staff_id services (0: the whole branch), rows
 * @offset to @offset + @limit, and how many there are in all (a queue is never cut
 * without saying so). */
GListModel   *bd_store_list_premiums_due_of    (BdStore       *self,
                                                const GDate   *from,
                                                guint          days,
                                                gint64         staff_id,
                                                guint          offset,
                                                guint          limit,
                                                GError       **error);
gboolean      bd_store_count_premiums_due      (BdStore       *self,
                                                const GDate   *from,
                                                guint          days,
                                                gint64         staff_id,
                                                guint         *count,
                                                GError       **error);

/* Tracing a policy whose customer cannot be reached: records the attempt and classes the
 * policy (difficult after all five methods failed since the customer was last reached,
 * normal again once reached), in one transaction, audited. *@service_class tells the
 * class after it. */
gboolean      bd_store_record_tracing          (BdStore          *self,
                                                gint64            policy_id,
                                                BdTracingMethod   method,
                                                gboolean          reached,
                                                const char       *outcome,
                                                gint64            staff_id,
                                                BdServiceClass   *service_class,
                                                GError          **error);
/* The methods tried without reaching the customer since they were last reached, as a
 * bit mask (bit 0 = method 1). */
gboolean      bd_store_get_failed_tracing      (BdStore          *self,
                                                gint64            policy_id,
                                                guint            *methods,
                                                GError          **error);

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
