/* bd-store.c — opening the database, migrations, transactions and errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store is the only code that speaks SQL. It owns one connection, opened in WAL mode
 * with foreign keys on, and keeps every statement it runs more than once prepared. Writes
 * are transactions: a write that fails leaves the file as it was. The SQL is kept to what
 * PostgreSQL also understands, so that a shared store for several desks can follow.
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bd-calendar-store.h"
#include "bd-clock.h"
#include "bd-search.h"
#include "bd-customers-store-private.h"
#include "bd-store-backup.h"
#include "bd-store-private.h"
#include "bd-text.h"

struct _BdStore
{
  GObject       parent_instance;

  char         *path;
  BdDb         *db;
  char         *migration_backup; /* the copy kept before this open migrated the file */
  guint         write_depth;   /* nested writes inside one transaction */
  gboolean      write_failed;  /* a nested write failed: the transaction must roll back */
  gboolean      in_bulk;
  char         *zone_setting;  /* the "time-zone" setting zone was made from */
  GTimeZone    *zone;          /* kept: every time shown asks for it, and making one reads
                                * the system's zone file */
};

G_DEFINE_FINAL_TYPE (BdStore, bd_store, G_TYPE_OBJECT)

/* How long a write waits for another desk's transaction before giving up. */
#define BUSY_TIMEOUT_MS 5000

static const char audit_list_sql[] =
  "SELECT id, at, staff_id, action, record_table, record_id, customer_id, detail "
  "FROM audit_log ORDER BY id DESC LIMIT :limit";

static const char setting_get_sql[] =
  "SELECT value FROM setting WHERE key = :key";

static const char setting_set_sql[] =
  "INSERT INTO setting (key, value) VALUES (:key, :value) "
  "ON CONFLICT (key) DO UPDATE SET value = excluded.value";

/* The id is given: it is part of the row's hash, computed before the row is written. */
static const char audit_insert_sql[] =
  "INSERT INTO audit_log (id, at, staff_id, action, record_table, record_id, customer_id, "
  "  detail, hash) "
  "VALUES (:id, :at, :staff_id, :action, :record_table, :record_id, :customer_id, :detail, "
  "  :hash)";

static const char audit_last_sql[] =
  "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1";

static const char audit_count_sql[] =
  "SELECT count(*) FROM audit_log WHERE action = :action";

/*
 * Migrations: migrations[i] takes a file from user_version i to i + 1. A file is only
 * ever moved forward, each step in its own transaction.
 */
static const char *const migrations[] = {
  /* 0 → 1: the first schema */
  "CREATE TABLE setting ("
  "  key   TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ");"
  "CREATE TABLE staff ("
  "  id            INTEGER PRIMARY KEY,"
  "  login         TEXT NOT NULL UNIQUE CHECK (login <> ''),"
  "  name          TEXT NOT NULL CHECK (name <> ''),"
  "  role          TEXT NOT NULL CHECK (role IN ('counter', 'supervisor', 'administrator')),"
  "  phone         TEXT,"
  "  password_hash TEXT,"
  "  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))"
  ");"
  "CREATE TABLE customer ("
  "  id              INTEGER PRIMARY KEY,"
  "  is_organisation INTEGER NOT NULL DEFAULT 0 CHECK (is_organisation IN (0, 1)),"
  "  name            TEXT NOT NULL CHECK (name <> ''),"
  "  sex             TEXT CHECK (sex IN ('male', 'female')),"
  "  birth_date      TEXT,"
  "  address         TEXT,"
  "  postcode        TEXT,"
  "  occupation      TEXT,"
  "  employer        TEXT,"
  "  guardian_id     INTEGER REFERENCES customer (id),"
  "  vip             INTEGER NOT NULL DEFAULT 0 CHECK (vip IN (0, 1)),"
  "  notes           TEXT,"
  "  created_at      TEXT NOT NULL"
  ");"
  "CREATE INDEX customer_by_name ON customer (name);"
  "CREATE TABLE identity_document ("
  "  id          INTEGER PRIMARY KEY,"
  "  customer_id INTEGER NOT NULL REFERENCES customer (id),"
  "  type        TEXT NOT NULL CHECK (type IN ('resident-id', 'residence-permit',"
  "                'foreign-permanent', 'passport', 'travel-permit', 'household-register',"
  "                'credit-code')),"
  "  number      TEXT NOT NULL CHECK (number <> ''),"
  "  valid_until TEXT,"
  "  is_primary  INTEGER NOT NULL DEFAULT 1 CHECK (is_primary IN (0, 1))"
  ");"
  "CREATE INDEX document_by_customer ON identity_document (customer_id);"
  "CREATE INDEX document_by_number ON identity_document (number);"
  "CREATE INDEX document_by_tail ON identity_document (substr (number, -4));"
  "CREATE TABLE contact_detail ("
  "  id          INTEGER PRIMARY KEY,"
  "  customer_id INTEGER NOT NULL REFERENCES customer (id),"
  "  kind        TEXT NOT NULL CHECK (kind IN ('mobile', 'landline', 'email')),"
  "  value       TEXT NOT NULL CHECK (value <> '')"
  ");"
  "CREATE INDEX contact_by_customer ON contact_detail (customer_id);"
  "CREATE INDEX contact_by_value ON contact_detail (value);"
  "CREATE INDEX contact_by_tail ON contact_detail (substr (value, -4));"
  "CREATE TABLE bank_account ("
  "  id             INTEGER PRIMARY KEY,"
  "  customer_id    INTEGER NOT NULL REFERENCES customer (id),"
  "  bank           TEXT NOT NULL,"
  "  account_number TEXT NOT NULL CHECK (account_number <> '')"
  ");"
  "CREATE INDEX bank_account_by_customer ON bank_account (customer_id);"
  "CREATE INDEX bank_account_by_number ON bank_account (account_number);"
  "CREATE TABLE relationship ("
  "  customer_id INTEGER NOT NULL REFERENCES customer (id),"
  "  relative_id INTEGER NOT NULL REFERENCES customer (id),"
  "  relation    TEXT NOT NULL,"
  "  PRIMARY KEY (customer_id, relative_id),"
  "  CHECK (customer_id <> relative_id)"
  ");"
  "CREATE TABLE household ("
  "  id                 INTEGER PRIMARY KEY,"
  "  name               TEXT NOT NULL,"
  "  servicing_staff_id INTEGER REFERENCES staff (id),"
  "  created_at         TEXT NOT NULL"
  ");"
  "CREATE TABLE household_member ("
  "  id           INTEGER PRIMARY KEY,"
  "  household_id INTEGER NOT NULL REFERENCES household (id),"
  "  customer_id  INTEGER NOT NULL REFERENCES customer (id),"
  "  relation     TEXT NOT NULL,"
  "  joined_at    TEXT NOT NULL,"
  "  left_at      TEXT,"
  "  left_reason  TEXT"
  ");"
  /* A person belongs to one household at a time; past memberships stay on record. */
  "CREATE UNIQUE INDEX member_current ON household_member (customer_id) WHERE left_at IS NULL;"
  "CREATE INDEX member_by_household ON household_member (household_id);"
  "CREATE TABLE product ("
  "  id           INTEGER PRIMARY KEY,"
  "  code         TEXT NOT NULL UNIQUE,"
  "  name         TEXT NOT NULL,"
  "  kind         TEXT NOT NULL CHECK (kind IN ('life', 'critical-illness', 'medical',"
  "                 'accident', 'annuity', 'participating', 'universal', 'unit-linked')),"
  "  waiting_days INTEGER NOT NULL DEFAULT 0 CHECK (waiting_days >= 0)"
  ");"
  "CREATE TABLE policy ("
  "  id                 INTEGER PRIMARY KEY,"
  "  number             TEXT NOT NULL UNIQUE CHECK (number <> ''),"
  "  product_id         INTEGER NOT NULL REFERENCES product (id),"
  "  policyholder_id    INTEGER NOT NULL REFERENCES customer (id),"
  "  insured_id         INTEGER NOT NULL REFERENCES customer (id),"
  "  effective_date     TEXT NOT NULL,"
  "  receipt_date       TEXT,"
  "  term_years         INTEGER NOT NULL DEFAULT 0 CHECK (term_years >= 0),"
  "  sum_insured_fen    INTEGER NOT NULL CHECK (sum_insured_fen >= 0),"
  "  premium_fen        INTEGER NOT NULL CHECK (premium_fen >= 0),"
  "  frequency          TEXT NOT NULL CHECK (frequency IN ('single', 'annual', 'semiannual',"
  "                       'quarterly', 'monthly')),"
  "  payment_years      INTEGER NOT NULL DEFAULT 0 CHECK (payment_years >= 0),"
  "  payment_method     TEXT NOT NULL CHECK (payment_method IN ('bank-debit', 'counter',"
  "                       'card', 'door')),"
  "  next_due_date      TEXT,"
  "  servicing_staff_id INTEGER REFERENCES staff (id),"
  "  original_agent     TEXT,"
  "  transfer_reason    TEXT,"
  "  survival_option    TEXT NOT NULL DEFAULT 'none' CHECK (survival_option IN ('cash',"
  "                       'accumulate', 'premium-offset', 'none')),"
  "  account_id         INTEGER REFERENCES bank_account (id),"
  "  status             TEXT NOT NULL CHECK (status IN ('in-force', 'grace', 'lapsed',"
  "                       'surrendered', 'matured', 'claim-terminated',"
  "                       'cooling-off-cancelled')),"
  "  service_class      TEXT NOT NULL DEFAULT 'normal' CHECK (service_class IN ('normal',"
  "                       'difficult', 'lapsed'))"
  ");"
  "CREATE INDEX policy_by_policyholder ON policy (policyholder_id);"
  "CREATE INDEX policy_by_insured ON policy (insured_id);"
  "CREATE TABLE beneficiary ("
  "  id          INTEGER PRIMARY KEY,"
  "  policy_id   INTEGER NOT NULL REFERENCES policy (id),"
  "  kind        TEXT NOT NULL CHECK (kind IN ('death', 'survival')),"
  "  customer_id INTEGER REFERENCES customer (id),"
  "  legal_heirs INTEGER NOT NULL DEFAULT 0 CHECK (legal_heirs IN (0, 1)),"
  "  rank        INTEGER NOT NULL DEFAULT 1 CHECK (rank >= 1),"
  "  share       INTEGER NOT NULL CHECK (share > 0 AND share <= 10000),"
  "  CHECK ((legal_heirs = 1) = (customer_id IS NULL))"
  ");"
  "CREATE INDEX beneficiary_by_policy ON beneficiary (policy_id);"
  "CREATE INDEX beneficiary_by_customer ON beneficiary (customer_id);"
  "CREATE TABLE audit_log ("
  "  id           INTEGER PRIMARY KEY,"
  "  at           TEXT NOT NULL,"
  "  staff_id     INTEGER REFERENCES staff (id),"
  "  action       TEXT NOT NULL,"
  "  record_table TEXT,"
  "  record_id    INTEGER,"
  "  customer_id  INTEGER REFERENCES customer (id),"
  "  detail       TEXT"
  ");"
  "CREATE INDEX audit_by_action ON audit_log (action);"
  /* What was done stays done: the log can only grow. */
  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
  "  BEGIN SELECT RAISE (ABORT, 'the audit log is append-only'); END;"
  "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
  "  BEGIN SELECT RAISE (ABORT, 'the audit log is append-only'); END;",

  /* 1 → 2: the desk — sign-in delays, searching inside names, recent customers, the
   * protection need of a household. */
  "ALTER TABLE staff ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE staff ADD COLUMN retry_after TEXT;"
  /* Every character and every pair of characters of each name, so that any part of a
   * name is found through an index. */
  "CREATE TABLE customer_name_gram ("
  "  gram        TEXT NOT NULL,"
  "  customer_id INTEGER NOT NULL REFERENCES customer (id),"
  "  PRIMARY KEY (gram, customer_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX customer_name_gram_by_customer ON customer_name_gram (customer_id);"
  "WITH RECURSIVE position (id, name, i) AS ("
  "  SELECT id, name, 1 FROM customer"
  "  UNION ALL SELECT id, name, i + 1 FROM position WHERE i < length (name))"
  "INSERT OR IGNORE INTO customer_name_gram (gram, customer_id)"
  "  SELECT substr (name, i, 1), id FROM position"
  "  UNION SELECT substr (name, i, 2), id FROM position WHERE i < length (name);"
  "CREATE INDEX audit_by_staff ON audit_log (staff_id, action);"
  "CREATE TABLE household_need ("
  "  household_id    INTEGER PRIMARY KEY REFERENCES household (id),"
  "  annual_spending INTEGER NOT NULL CHECK (annual_spending >= 0),"
  "  debts           INTEGER NOT NULL CHECK (debts >= 0),"
  "  years           INTEGER NOT NULL CHECK (years BETWEEN 1 AND 50),"
  "  staff_id        INTEGER REFERENCES staff (id),"
  "  updated_at      TEXT NOT NULL"
  ");",

  /* 2 → 3: contact records, contact slips and the tracing of difficult cases. */
  "CREATE TABLE contact ("
  "  id             INTEGER PRIMARY KEY,"
  "  customer_id    INTEGER NOT NULL REFERENCES customer (id),"
  "  policy_id      INTEGER REFERENCES policy (id),"
  "  kind           TEXT NOT NULL CHECK (kind IN ('phone', 'letter', 'visit', 'slip')),"
  "  at             TEXT NOT NULL,"
  "  staff_id       INTEGER REFERENCES staff (id),"
  "  person_reached TEXT,"
  "  reached        INTEGER NOT NULL CHECK (reached IN (0, 1)),"
  "  outcome        TEXT,"
  "  next_step      TEXT,"
  "  next_visit     TEXT,"
  "  service_item   TEXT NOT NULL DEFAULT 'invoice' CHECK (service_item IN ('invoice',"
  "                   'cash-premium', 'benefit', 'other')),"
  "  service_other  TEXT,"
  "  CHECK (service_item <> 'other' OR service_other IS NOT NULL)"
  ");"
  "CREATE INDEX contact_record_by_customer ON contact (customer_id, at);"
  "CREATE INDEX contact_record_by_next_visit ON contact (next_visit);"
  "CREATE TABLE tracing_attempt ("
  "  id        INTEGER PRIMARY KEY,"
  "  policy_id INTEGER NOT NULL REFERENCES policy (id),"
  "  method    INTEGER NOT NULL CHECK (method BETWEEN 1 AND 5),"
  "  at        TEXT NOT NULL,"
  "  staff_id  INTEGER REFERENCES staff (id),"
  "  reached   INTEGER NOT NULL CHECK (reached IN (0, 1)),"
  "  outcome   TEXT"
  ");"
  "CREATE INDEX tracing_by_policy ON tracing_attempt (policy_id, id);"
  "CREATE INDEX policy_by_due ON policy (next_due_date);",

  /* 3 → 4: a contact record is voided or corrected, never changed or deleted (domain
   * §11). An amendment names the record, who, when and why, and for a correction the
   * record that replaces it; each record is amended at most once. */
  "CREATE TABLE contact_amendment ("
  "  id             INTEGER PRIMARY KEY,"
  "  contact_id     INTEGER NOT NULL UNIQUE REFERENCES contact (id),"
  "  kind           TEXT NOT NULL CHECK (kind IN ('void', 'correction')),"
  "  replacement_id INTEGER UNIQUE REFERENCES contact (id),"
  "  at             TEXT NOT NULL,"
  "  staff_id       INTEGER NOT NULL REFERENCES staff (id),"
  "  reason         TEXT NOT NULL CHECK (reason <> ''),"
  "  CHECK ((kind = 'correction') = (replacement_id IS NOT NULL)),"
  "  CHECK (replacement_id IS NULL OR replacement_id <> contact_id)"
  ");"
  "CREATE TRIGGER contact_no_update BEFORE UPDATE ON contact"
  "  BEGIN SELECT RAISE (ABORT, 'a contact record is voided or corrected, not changed'); END;"
  "CREATE TRIGGER contact_no_delete BEFORE DELETE ON contact"
  "  BEGIN SELECT RAISE (ABORT, 'a contact record is voided or corrected, not deleted'); END;"
  "CREATE TRIGGER contact_amendment_no_update BEFORE UPDATE ON contact_amendment"
  "  BEGIN SELECT RAISE (ABORT, 'an amendment is never changed'); END;"
  "CREATE TRIGGER contact_amendment_no_delete BEFORE DELETE ON contact_amendment"
  "  BEGIN SELECT RAISE (ABORT, 'an amendment is never deleted'); END;",

  /* 4 → 5: names are searched in one form, bd_search_normalize()'s (NFKC, case-folded,
   * without spaces), kept in name_key beside the name as written; exact and beginning-with
   * searches use its index, and the grams are made from it. The name is copied here;
   * normalise_stored_names() rewrites the names normalising changes. */
  "ALTER TABLE customer ADD COLUMN name_key TEXT;"
  "UPDATE customer SET name_key = name;"
  "DROP INDEX customer_by_name;"
  "CREATE INDEX customer_by_name_key ON customer (name_key);",

  /* 5 → 6: the ends of mobiles and identity numbers are indexed in a form PostgreSQL
   * also accepts: substr counts from the start (PostgreSQL reads a negative start
   * differently). The searches use the same expressions, so the indexes serve them. */
  "DROP INDEX document_by_tail;"
  "DROP INDEX contact_by_tail;"
  "CREATE INDEX document_by_tail ON identity_document (substr (number, length (number) - 3));"
  "CREATE INDEX contact_by_tail ON contact_detail (substr (value, length (value) - 3));",

  /* 6 → 7: the file says it is Branch Desk's (BD_STORE_APPLICATION_ID): a file without
   * the mark is refused unchanged, unless it is one of the older Branch Desk files this
   * migration marks. */
  "PRAGMA application_id = " G_STRINGIFY (BD_STORE_APPLICATION_ID) ";",

  /* 7 → 8: the audit log becomes a chain: each row's hash covers its content and the row
   * before (bd-store-audit.c); the rows written before get theirs in migration_code. */
  "ALTER TABLE audit_log ADD COLUMN hash TEXT;",

  /* 8 → 9: identity, phone and account numbers sealed with the branch's key
   * (bd-store-seal.c, which fills the renamed columns and makes the indexes of the blind
   * ones). The clear indexes go first: they would hold every number in clear. */
  "DROP INDEX document_by_number;"
  "DROP INDEX document_by_tail;"
  "DROP INDEX contact_by_value;"
  "DROP INDEX contact_by_tail;"
  "DROP INDEX bank_account_by_number;"
  "ALTER TABLE identity_document RENAME COLUMN number TO number_sealed;"
  "ALTER TABLE identity_document ADD COLUMN number_index BLOB;"
  "ALTER TABLE identity_document ADD COLUMN tail_index BLOB;"
  "ALTER TABLE identity_document ADD COLUMN tail5_index BLOB;"
  "ALTER TABLE identity_document ADD COLUMN tail6_index BLOB;"
  "ALTER TABLE contact_detail RENAME COLUMN value TO value_sealed;"
  "ALTER TABLE contact_detail ADD COLUMN value_index BLOB;"
  "ALTER TABLE contact_detail ADD COLUMN tail_index BLOB;"
  "ALTER TABLE bank_account RENAME COLUMN account_number TO account_sealed;"
  "ALTER TABLE bank_account ADD COLUMN account_index BLOB;",

  /* 9 → 10: the Queues read a page of their lists through an index that holds only what
   * they list, in their order: the policies in force or in grace by due date (the whole
   * branch's, and each servicing staff member's), and the contact slips by planned visit
   * (everyone's, and each staff member's). Without them, a page walks the lapsed and
   * ended policies due long ago, and the other staff's, to find its hundred rows. */
  "CREATE INDEX policy_open_by_due ON policy (next_due_date)"
  "  WHERE status IN ('in-force', 'grace');"
  "CREATE INDEX policy_open_by_staff_due ON policy (servicing_staff_id, next_due_date)"
  "  WHERE status IN ('in-force', 'grace');"
  "CREATE INDEX contact_slip_by_visit ON contact (next_visit) WHERE kind = 'slip';"
  "CREATE INDEX contact_slip_by_staff_visit ON contact (staff_id, next_visit)"
  "  WHERE kind = 'slip';",

  /* 10 → 11: the cases every workflow shares (case/, bd-case-store.c) and the first
   * workflow's, the policy-change request (requests/, bd-requests-store.c). A case is
   * never deleted and its history never changed (domain.md §11); its deadlines keep their
   * due day computed, so that the Queues find the running ones through an index that
   * holds nothing else (it does not grow with the closed cases). A case is about a
   * customer, or about nobody on file (a complaint by someone never insured). A
   * request's new mobile or account number is sealed like the customer's
   * (new_number_sealed). */
  "CREATE TABLE case_file ("
  "  id           INTEGER PRIMARY KEY,"
  "  area         TEXT NOT NULL,"
  "  number       TEXT NOT NULL UNIQUE CHECK (number <> ''),"
  "  customer_id  INTEGER REFERENCES customer (id),"
  "  policy_id    INTEGER REFERENCES policy (id),"
  "  state        TEXT NOT NULL,"
  "  needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),"
  "  received_on  TEXT NOT NULL,"
  "  opened_at    TEXT NOT NULL,"
  "  opened_by    INTEGER NOT NULL REFERENCES staff (id),"
  "  accepted_by  INTEGER REFERENCES staff (id),"
  "  closed_at    TEXT"
  ");"
  "CREATE INDEX case_by_customer ON case_file (customer_id, area, id);"
  "CREATE INDEX case_by_policy ON case_file (policy_id);"
  "CREATE INDEX case_open_by_acceptor ON case_file (accepted_by) WHERE closed_at IS NULL;"
  "CREATE TABLE case_event ("
  "  id         INTEGER PRIMARY KEY,"
  "  case_id    INTEGER NOT NULL REFERENCES case_file (id),"
  "  at         TEXT NOT NULL,"
  "  staff_id   INTEGER REFERENCES staff (id),"
  "  what       TEXT NOT NULL,"
  "  from_state TEXT,"
  "  to_state   TEXT,"
  "  detail     TEXT,"
  "  reason     TEXT"
  ");"
  "CREATE INDEX case_event_by_case ON case_event (case_id, id);"
  "CREATE TABLE case_document ("
  "  case_id  INTEGER NOT NULL REFERENCES case_file (id),"
  "  position INTEGER NOT NULL,"
  "  document TEXT NOT NULL,"
  "  required INTEGER NOT NULL CHECK (required IN (0, 1)),"
  "  state    TEXT NOT NULL CHECK (state IN ('missing', 'received', 'not-applicable')),"
  "  staff_id INTEGER REFERENCES staff (id),"
  "  at       TEXT,"
  "  PRIMARY KEY (case_id, document)"
  ");"
  "CREATE TABLE case_deadline ("
  "  case_id      INTEGER NOT NULL REFERENCES case_file (id),"
  "  position     INTEGER NOT NULL,"
  "  rule         TEXT NOT NULL,"
  "  start_date   TEXT NOT NULL,"
  "  due_date     TEXT,"
  "  extension    INTEGER NOT NULL DEFAULT 0 CHECK (extension >= 0),"
  "  paused_units INTEGER NOT NULL DEFAULT 0 CHECK (paused_units >= 0),"
  "  paused_since TEXT,"
  "  met_on       TEXT,"
  "  outcome      TEXT CHECK (outcome IN ('met', 'stopped')),"
  "  PRIMARY KEY (case_id, rule)"
  ");"
  "CREATE INDEX case_deadline_running ON case_deadline (due_date)"
  "  WHERE met_on IS NULL AND paused_since IS NULL;"
  "CREATE TRIGGER case_file_no_delete BEFORE DELETE ON case_file"
  "  BEGIN SELECT RAISE (ABORT, 'a case is closed or withdrawn, not deleted'); END;"
  "CREATE TRIGGER case_event_no_update BEFORE UPDATE ON case_event"
  "  BEGIN SELECT RAISE (ABORT, 'a case''s history is never changed'); END;"
  "CREATE TRIGGER case_event_no_delete BEFORE DELETE ON case_event"
  "  BEGIN SELECT RAISE (ABORT, 'a case''s history is never deleted'); END;"
  "CREATE TRIGGER case_document_no_delete BEFORE DELETE ON case_document"
  "  BEGIN SELECT RAISE (ABORT, 'a case''s documents are never deleted'); END;"
  "CREATE TRIGGER case_deadline_no_delete BEFORE DELETE ON case_deadline"
  "  BEGIN SELECT RAISE (ABORT, 'a case''s deadlines are never deleted'); END;"
  "CREATE TABLE request ("
  "  case_id          INTEGER PRIMARY KEY REFERENCES case_file (id),"
  "  item             TEXT NOT NULL,"
  "  applicant_id     INTEGER NOT NULL REFERENCES customer (id),"
  "  capacity         TEXT NOT NULL,"
  "  guardian_id      INTEGER REFERENCES customer (id),"
  "  signer_id        INTEGER NOT NULL REFERENCES customer (id),"
  "  document_type    TEXT NOT NULL,"
  "  document_valid   TEXT,"
  "  document_photo   INTEGER NOT NULL DEFAULT 0 CHECK (document_photo IN (0, 1)),"
  "  channel          TEXT NOT NULL CHECK (channel IN ('counter', 'agent', 'letter', 'bank',"
  "                     'phone', 'online')),"
  "  consent          INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),"
  "  amount_fen       INTEGER CHECK (amount_fen >= 0),"
  "  cash_value_fen   INTEGER CHECK (cash_value_fen >= 0),"
  "  new_text         TEXT,"
  "  new_postcode     TEXT,"
  "  new_choice       TEXT,"
  "  new_number_sealed BLOB"
  ");"
  "CREATE INDEX request_by_applicant ON request (applicant_id);"
  "CREATE TABLE request_beneficiary ("
  "  request_id  INTEGER NOT NULL REFERENCES request (case_id),"
  "  position    INTEGER NOT NULL,"
  "  customer_id INTEGER REFERENCES customer (id),"
  "  legal_heirs INTEGER NOT NULL DEFAULT 0 CHECK (legal_heirs IN (0, 1)),"
  "  rank        INTEGER NOT NULL CHECK (rank >= 1),"
  "  share       INTEGER NOT NULL CHECK (share > 0 AND share <= 10000),"
  "  PRIMARY KEY (request_id, position),"
  "  CHECK ((legal_heirs = 1) = (customer_id IS NULL))"
  ");"
  "CREATE INDEX request_beneficiary_by_customer ON request_beneficiary (customer_id);"
  /* What a completed request changed, before and after: the service card's history. */
  "CREATE TABLE request_change ("
  "  request_id INTEGER NOT NULL REFERENCES request (case_id),"
  "  position   INTEGER NOT NULL,"
  "  policy_id  INTEGER REFERENCES policy (id),"
  "  field      TEXT NOT NULL,"
  "  before     TEXT,"
  "  after      TEXT,"
  "  PRIMARY KEY (request_id, position)"
  ");"
  "CREATE INDEX request_change_by_policy ON request_change (policy_id);"
  "CREATE TRIGGER request_no_delete BEFORE DELETE ON request"
  "  BEGIN SELECT RAISE (ABORT, 'a request is withdrawn or closed, not deleted'); END;"
  "CREATE TRIGGER request_change_no_update BEFORE UPDATE ON request_change"
  "  BEGIN SELECT RAISE (ABORT, 'what a request changed is never rewritten'); END;"
  "CREATE TRIGGER request_change_no_delete BEFORE DELETE ON request_change"
  "  BEGIN SELECT RAISE (ABORT, 'what a request changed is never deleted'); END;",

  /* 11 → 12: claim reports (claims/, bd-claims-store.c), each a case. The reporter's
   * phone is sealed; the duplicate check reads a day's claims of an insured through
   * claim_by_insured_event. */
  "CREATE TABLE claim ("
  "  case_id         INTEGER PRIMARY KEY REFERENCES case_file (id),"
  "  insured_id      INTEGER NOT NULL REFERENCES customer (id),"
  "  kind            TEXT NOT NULL CHECK (kind IN ('accident', 'illness', 'critical-illness',"
  "                    'disability', 'death')),"
  "  reporter_id     INTEGER REFERENCES customer (id),"
  "  reporter_name   TEXT NOT NULL CHECK (reporter_name <> ''),"
  "  relation        TEXT NOT NULL,"
  "  phone_sealed    BLOB,"
  "  event_date      TEXT NOT NULL,"
  "  event_time      TEXT,"
  "  known_on        TEXT NOT NULL,"
  "  place           TEXT NOT NULL,"
  "  hospital        TEXT,"
  "  description     TEXT NOT NULL,"
  "  channel         TEXT NOT NULL CHECK (channel IN ('counter', 'agent', 'letter', 'bank',"
  "                    'phone', 'online')),"
  "  decision        TEXT NOT NULL DEFAULT 'none' CHECK (decision IN ('none', 'pay-full',"
  "                    'pay-part', 'decline')),"
  "  decision_reason TEXT"
  ");"
  "CREATE INDEX claim_by_insured_event ON claim (insured_id, event_date);"
  "CREATE INDEX claim_by_reporter ON claim (reporter_id);"
  "CREATE TRIGGER claim_no_delete BEFORE DELETE ON claim"
  "  BEGIN SELECT RAISE (ABORT, 'a claim is withdrawn or closed, not deleted'); END;",

  /* 12 → 13: complaints and consultations (complaints/, bd-complaints-store.c), each a
   * case. The complainant's phone is sealed; a month's cases are a range of
   * case_by_area_day (the monthly report, 004). */
  "CREATE TABLE complaint ("
  "  case_id            INTEGER PRIMARY KEY REFERENCES case_file (id),"
  "  consultation       INTEGER NOT NULL CHECK (consultation IN (0, 1)),"
  "  complainant_id     INTEGER REFERENCES customer (id),"
  "  complainant_name   TEXT NOT NULL CHECK (complainant_name <> ''),"
  "  relation           TEXT NOT NULL,"
  "  phone_sealed       BLOB,"
  "  staff_concerned_id INTEGER REFERENCES staff (id),"
  "  channel            TEXT NOT NULL CHECK (channel IN ('visit', 'phone', 'letter', 'online',"
  "                       'regulator', 'association', 'media')),"
  "  category           TEXT NOT NULL CHECK (category IN ('sales-misleading', 'claim-dispute',"
  "                       'service-attitude', 'time-taken', 'premium-collection',"
  "                       'agent-misconduct', 'contract-terms', 'privacy', 'other')),"
  "  description        TEXT NOT NULL,"
  "  asks_for           TEXT,"
  "  urgent             INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),"
  "  people             INTEGER NOT NULL DEFAULT 1 CHECK (people >= 1),"
  "  owner_id           INTEGER NOT NULL REFERENCES staff (id),"
  "  pending_owner_id   INTEGER REFERENCES staff (id),"
  "  facts              TEXT,"
  "  grounds            TEXT,"
  "  outcome            TEXT,"
  "  satisfied          INTEGER CHECK (satisfied IN (0, 1)),"
  "  visit_note         TEXT,"
  "  root_cause         TEXT,"
  "  measures           TEXT,"
  "  compliance_reported_at TEXT,"
  "  CHECK (pending_owner_id IS NULL OR pending_owner_id <> owner_id)"
  ");"
  "CREATE INDEX complaint_by_owner ON complaint (owner_id);"
  "CREATE INDEX complaint_by_staff_concerned ON complaint (staff_concerned_id);"
  "CREATE INDEX case_by_area_day ON case_file (area, received_on);"
  "CREATE TRIGGER complaint_no_delete BEFORE DELETE ON complaint"
  "  BEGIN SELECT RAISE (ABORT, 'a complaint is withdrawn or closed, not deleted'); END;",

  /* 13 → 14: spot checks (spotchecks/, bd-spotchecks-store.c): scorecards in versions
   * (an edit is a new version; a check keeps the one it was drawn with), checks with
   * their seed and sample, each scorer's scores, findings. Nothing is deleted; a
   * period's contact records are found through contact_by_at. */
  "CREATE TABLE scorecard ("
  "  id         INTEGER PRIMARY KEY,"
  "  kind       TEXT NOT NULL,"
  "  version    INTEGER NOT NULL CHECK (version >= 1),"
  "  pass_mark  INTEGER NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),"
  "  created_at TEXT NOT NULL,"
  "  created_by INTEGER REFERENCES staff (id),"
  "  UNIQUE (kind, version)"
  ");"
  "CREATE TABLE scorecard_item ("
  "  scorecard_id INTEGER NOT NULL REFERENCES scorecard (id),"
  "  position     INTEGER NOT NULL,"
  "  key          TEXT NOT NULL,"
  "  label        TEXT NOT NULL,"
  "  weight       INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 10),"
  "  instant_fail INTEGER NOT NULL CHECK (instant_fail IN (0, 1)),"
  "  from_data    INTEGER NOT NULL CHECK (from_data IN (0, 1)),"
  "  PRIMARY KEY (scorecard_id, position)"
  ");"
  "CREATE TABLE spot_check ("
  "  id            INTEGER PRIMARY KEY,"
  "  created_at    TEXT NOT NULL,"
  "  created_by    INTEGER NOT NULL REFERENCES staff (id),"
  "  period_from   TEXT NOT NULL,"
  "  period_to     TEXT NOT NULL,"
  "  kinds         INTEGER NOT NULL,"
  "  seed          INTEGER NOT NULL,"
  "  share_percent INTEGER NOT NULL CHECK (share_percent BETWEEN 0 AND 100),"
  "  size          INTEGER NOT NULL CHECK (size >= 0)"
  ");"
  "CREATE TABLE spot_check_record ("
  "  id           INTEGER PRIMARY KEY,"
  "  check_id     INTEGER NOT NULL REFERENCES spot_check (id),"
  "  position     INTEGER NOT NULL,"
  "  kind         TEXT NOT NULL,"
  "  record_id    INTEGER NOT NULL,"
  "  staff_id     INTEGER REFERENCES staff (id),"
  "  scorecard_id INTEGER NOT NULL REFERENCES scorecard (id),"
  "  UNIQUE (check_id, position)"
  ");"
  "CREATE INDEX spot_check_record_by_staff ON spot_check_record (staff_id);"
  "CREATE TABLE spot_score ("
  "  record_id       INTEGER NOT NULL REFERENCES spot_check_record (id),"
  "  scorer_id       INTEGER NOT NULL REFERENCES staff (id),"
  "  item_key        TEXT NOT NULL,"
  "  result          TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'na')),"
  "  comment         TEXT,"
  "  from_data       INTEGER NOT NULL CHECK (from_data IN (0, 1)),"
  "  override_reason TEXT,"
  "  at              TEXT NOT NULL,"
  "  PRIMARY KEY (record_id, scorer_id, item_key)"
  ");"
  "CREATE TABLE finding ("
  "  id           INTEGER PRIMARY KEY,"
  "  record_id    INTEGER NOT NULL REFERENCES spot_check_record (id),"
  "  item_key     TEXT NOT NULL,"
  "  action       TEXT NOT NULL CHECK (action <> ''),"
  "  owner_id     INTEGER NOT NULL REFERENCES staff (id),"
  "  due_date     TEXT NOT NULL,"
  "  opened_by    INTEGER NOT NULL REFERENCES staff (id),"
  "  opened_at    TEXT NOT NULL,"
  "  closed_at    TEXT,"
  "  closed_by    INTEGER REFERENCES staff (id),"
  "  closing_note TEXT"
  ");"
  "CREATE INDEX finding_open_by_owner ON finding (owner_id) WHERE closed_at IS NULL;"
  "CREATE INDEX contact_by_at ON contact (at);"
  "CREATE TRIGGER scorecard_no_update BEFORE UPDATE ON scorecard"
  "  BEGIN SELECT RAISE (ABORT, 'a scorecard is edited as a new version'); END;"
  "CREATE TRIGGER scorecard_item_no_update BEFORE UPDATE ON scorecard_item"
  "  BEGIN SELECT RAISE (ABORT, 'a scorecard is edited as a new version'); END;"
  "CREATE TRIGGER spot_check_no_delete BEFORE DELETE ON spot_check"
  "  BEGIN SELECT RAISE (ABORT, 'a spot check is never deleted'); END;"
  "CREATE TRIGGER spot_check_record_no_delete BEFORE DELETE ON spot_check_record"
  "  BEGIN SELECT RAISE (ABORT, 'a spot check is never deleted'); END;"
  "CREATE TRIGGER spot_score_no_delete BEFORE DELETE ON spot_score"
  "  BEGIN SELECT RAISE (ABORT, 'a score is changed, never deleted'); END;"
  "CREATE TRIGGER finding_no_delete BEFORE DELETE ON finding"
  "  BEGIN SELECT RAISE (ABORT, 'a finding is closed, never deleted'); END;",

  /* 14 → 15: the day a customer died, as a death claim reported it (claims/,
   * bd-claims-store.c); NULL for the living. Premium reminders and contact slips skip
   * whoever has one. */
  "ALTER TABLE customer ADD COLUMN deceased_on TEXT;",

  /* 15 → 16: the index of every policy by its due date, superseded by the partial
   * policy_open_by_due (schema 12) that the Queues read; no query reads it, and every
   * policy written paid for it (the 1,000,000-customer demo's 2.45 M policies). Every
   * migration also has its tables' CHECK lists spelled out as comparisons after it
   * (apply_migration(), bd-db-check-lists.h): a file of schema 15 has them so from 16.
   * A spot check draws from a year of the branch's work, who did each case and contact
   * (spotchecks/, read_candidates()): with the staff member in the index the year is
   * read from the index alone, not a row of the table each (the 1,000,000-customer
   * demo's year, 130,000 records: 100 ms to 17 ms). The complaints' month reads the
   * first two columns as before. */
  "DROP INDEX policy_by_due;"
  "DROP INDEX case_by_area_day;"
  "CREATE INDEX case_by_area_day ON case_file (area, received_on, opened_by);"
  "DROP INDEX contact_by_at;"
  "CREATE INDEX contact_by_at ON contact (at, staff_id);",

  /* 16 → 17: a password someone else chose or everyone knows — a new account's, a reset
   * one, the demo's printed in the README — is changed by its owner at the first sign-in
   * (issue 15, item 2; session/bd-session.c grants nothing else until it is). The
   * accounts of before keep their passwords. */
  "ALTER TABLE staff ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"
  "  CHECK (must_change_password IN (0, 1));",

  /* 17 → 18: the working-day calendars an administrator imported (calendar/,
   * bd-calendar-store.c), each file whole as it was checked, with the years it declares,
   * who imported it and when (no one: branchdesk-admin on the branch's computer). Never
   * changed nor deleted: a year imported again is a new row, and the newest row declaring
   * a year gives that year (on top of the shipped calendar, data/calendar/workdays.txt). */
  "CREATE TABLE calendar_import ("
  "  id          INTEGER PRIMARY KEY,"
  "  years       TEXT NOT NULL CHECK (years <> ''),"
  "  file_name   TEXT NOT NULL,"
  "  content     TEXT NOT NULL,"
  "  imported_at TEXT NOT NULL,"
  "  imported_by INTEGER REFERENCES staff (id)"
  ");"
  "CREATE TRIGGER calendar_import_no_update BEFORE UPDATE ON calendar_import"
  "  BEGIN SELECT RAISE (ABORT, 'an imported calendar is imported again, never changed'); END;"
  "CREATE TRIGGER calendar_import_no_delete BEFORE DELETE ON calendar_import"
  "  BEGIN SELECT RAISE (ABORT, 'an imported calendar is never deleted'); END;",

  /* 18 → 19: the audit log read in the window (audit/, bd-audit-store.c), filtered by
   * customer or by period: the demo's millions of rows are read through an index each,
   * as the staff member's (audit_by_staff) and the action's (audit_by_action) are. */
  "CREATE INDEX audit_by_customer ON audit_log (customer_id);"
  "CREATE INDEX audit_by_time ON audit_log (at);",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == BD_STORE_SCHEMA_VERSION);

/* Keeps the row's id and normalised name when normalising changes the name. */
static void
keep_if_not_normal (BdDbStmt     *stmt,
                    GArray       *ids,
                    GPtrArray    *keys)
{
  const char *name = bd_db_column_text (stmt, 1);
  g_autofree char *key = bd_search_normalize (name != NULL ? name : "");
  gint64 id = bd_db_column_int64 (stmt, 0);

  if (g_strcmp0 (key, name) == 0)
    return;
  g_array_append_val (ids, id);
  g_ptr_array_add (keys, g_steal_pointer (&key));
}

/* 4 → 5, what SQL cannot do: normalising needs Unicode's tables. Only the names it
 * changes (spaces, Latin capitals, full-width letters) are rewritten, with their grams,
 * so a branch of Chinese names migrates in seconds. */
static gboolean
normalise_stored_names (BdStore  *self,
                        GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BdDbStmt) stmt = NULL;
  BdStep step = BD_STEP_ERROR;

  /* Read first, written after: a table is not changed under its own SELECT. */
  stmt = bd_store_prepare_once (self, "SELECT id, name FROM customer ORDER BY id", error);
  if (stmt != NULL)
    while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
      keep_if_not_normal (stmt, ids, keys);
  if (step != BD_STEP_DONE)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    if (!bd_store_set_name_key (self, g_array_index (ids, gint64, i), keys->pdata[i], error))
      return FALSE;
  return TRUE;
}

/* Migrations that also need code: it runs after the migration's SQL, in its transaction. */
static gboolean (*const migration_code[]) (BdStore  *self,
                                           GError  **error) = {
  [4] = normalise_stored_names,
  [7] = bd_store_chain_audit_log,
  [8] = bd_store_seal_numbers,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migration_code) <= BD_STORE_SCHEMA_VERSION);

static void
bd_store_finalize (GObject *object)
{
  BdStore *self = (BdStore *)object;

  g_clear_pointer (&self->db, bd_db_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->migration_backup, g_free);
  g_clear_pointer (&self->zone_setting, g_free);
  g_clear_pointer (&self->zone, g_time_zone_unref);

  G_OBJECT_CLASS (bd_store_parent_class)->finalize (object);
}

static void
bd_store_class_init (BdStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bd_store_finalize;
}

static void
bd_store_init (BdStore *self)
{
}

char *
bd_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "branchdesk", "branchdesk.db", NULL);
}

gboolean
bd_store_exec (BdStore     *self,
               const char  *sql,
               GError     **error)
{
  return bd_db_exec (self->db, sql, error);
}

BdDbStmt *
bd_store_prepare (BdStore     *self,
                  const char  *sql,
                  GError     **error)
{
  return bd_db_prepare_cached (self->db, sql, error);
}

BdDbStmt *
bd_store_prepare_once (BdStore     *self,
                       const char  *sql,
                       GError     **error)
{
  return bd_db_prepare (self->db, sql, error);
}

void
bd_store_set_busy_timeout (BdStore *self,
                           guint    milliseconds)
{
  g_return_if_fail (BD_IS_STORE (self));

  bd_db_set_busy_timeout (self->db, milliseconds);
}

char *
bd_store_now_utc (void)
{
  return bd_clock_dup_utc_timestamp ();
}

gboolean
bd_store_begin_write (BdStore  *self,
                      GError  **error)
{
  if (self->write_depth++ > 0)
    return TRUE;

  self->write_failed = FALSE;
  /* IMMEDIATE takes the write lock now, so a busy file fails before any work is done. */
  if (!bd_db_begin_immediate (self->db, error))
    {
      self->write_depth--;
      return FALSE;
    }
  return TRUE;
}

gboolean
bd_store_end_write (BdStore   *self,
                    gboolean   ok,
                    GError   **error)
{
  g_assert (self->write_depth > 0);

  if (!ok)
    self->write_failed = TRUE;
  if (--self->write_depth > 0)
    return ok;

  if (self->write_failed)
    {
      bd_db_rollback (self->db);
      /* An inner write failed and told its own caller why; this caller still needs an
       * error to show. */
      if (ok)
        bd_db_set_error_failed (error);
      return FALSE;
    }
  return bd_db_commit (self->db, error);
}

gboolean
bd_store_begin_bulk (BdStore  *self,
                     GError  **error)
{
  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_bulk, FALSE);

  /* A large page cache, and the foreign keys checked once at the end (bd-db.c). */
  if (!bd_db_set_bulk (self->db, TRUE, error) ||
      !bd_store_begin_write (self, error))
    {
      bd_db_set_bulk (self->db, FALSE, NULL);
      return FALSE;
    }
  self->in_bulk = TRUE;
  return TRUE;
}

gboolean
bd_store_end_bulk (BdStore   *self,
                   gboolean   commit,
                   GError   **error)
{
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->in_bulk, FALSE);

  self->in_bulk = FALSE;
  /* Nothing that names a row not there is committed: the bulk is rolled back. */
  if (commit && !bd_db_check_foreign_keys (self->db, error))
    {
      bd_store_end_write (self, FALSE, NULL);
      bd_db_set_bulk (self->db, FALSE, NULL);
      return FALSE;
    }
  ok = bd_store_end_write (self, commit, error);
  /* Foreign keys are checked again from the next write on, whatever happened. */
  return bd_db_set_bulk (self->db, FALSE, ok ? error : NULL) && ok;
}

static gboolean
read_user_version (BdStore  *self,
                   guint    *version,
                   GError  **error)
{
  return bd_db_get_schema_version (self->db, version, error);
}

typedef enum
{
  OPEN_EXISTING,
  OPEN_CREATE,
  OPEN_READ_ONLY,
  OPEN_COPY,       /* this process's own copy: may be sealed, keeps no copy of itself */
} OpenMode;

static gboolean
apply_migration (BdStore  *self,
                 guint     from_version,
                 GError  **error)
{
  gboolean ok;

  if (!bd_store_begin_write (self, error))
    return FALSE;

  ok = bd_store_exec (self, migrations[from_version], error) &&
       (from_version >= G_N_ELEMENTS (migration_code) ||
        migration_code[from_version] == NULL ||
        migration_code[from_version] (self, error)) &&
       bd_db_spell_out_check_lists (self->db, error) &&
       bd_db_set_schema_version (self->db, from_version + 1, error);

  return bd_store_end_write (self, ok, error);
}

/* A copy of the file as it was, taken before a migration changes it. */
static gboolean
keep_copy_before_migrating (BdStore  *self,
                            guint     version,
                            GError  **error)
{
  g_autofree char *copy = g_strdup_printf ("%s.schema-%u.bak", self->path, version);

  g_unlink (copy);
  if (!bd_db_backup_to (self->db, copy, error))
    return FALSE;
  g_message ("The database %s was at schema %u: a copy was kept as %s before it was "
             "brought to schema %u", self->path, version, copy, BD_STORE_SCHEMA_VERSION);
  g_free (self->migration_backup);
  self->migration_backup = g_steal_pointer (&copy);
  return TRUE;
}

/* Declared in bd-store-backup.h: the copy is the db layer's backup API over this store's
 * own connection, so it is consistent while other desks keep working. */
gboolean
bd_store_backup (BdStore     *self,
                 const char  *path,
                 GError     **error)
{
  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return bd_db_backup_to (self->db, path, error);
}

static gboolean
refuse_newer (BdStore  *self,
              guint     version,
              GError  **error)
{
  g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_TOO_NEW,
               _("The database “%s” was written by a newer version of Branch Desk "
                 "(schema %u; this version knows up to %u). Update the program."),
               self->path, version, BD_STORE_SCHEMA_VERSION);
  return FALSE;
}

static gboolean
migrate (BdStore  *self,
         OpenMode  mode,
         guint     version,
         guint     target,
         GError  **error)
{
  if (mode == OPEN_EXISTING && version > 0 && version < target &&
      !keep_copy_before_migrating (self, version, error))
    return FALSE;
  for (; version < target; version++)
    {
      if (!apply_migration (self, version, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
ensure_parent_folder (const char  *path,
                      GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int saved_errno;

  if (g_mkdir_with_parents (folder, 0700) == 0)
    return TRUE;

  saved_errno = errno;
  g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN,
               _("The folder “%s” for the database cannot be created: %s"),
               folder, g_strerror (saved_errno));
  return FALSE;
}

/* Whether the file is a Branch Desk database: marked as ours, written by Branch Desk
 * before schema 7 marked its files, or (only when creating) empty. Anything else is
 * refused before a byte of it is changed. */
static gboolean
recognise (BdStore        *self,
           OpenMode        mode,
           BdDbFileFacts  *facts,
           GError        **error)
{
  if (!bd_db_describe (self->db, facts, error))
    {
      g_prefix_error (error, _("Cannot use the database “%s”: "), self->path);
      return FALSE;
    }
  if (facts->application_id == BD_STORE_APPLICATION_ID)
    return TRUE;
  if (facts->application_id == 0 && facts->empty && facts->schema_version == 0 &&
      mode == OPEN_CREATE)
    return TRUE;
  if (facts->application_id == 0 && facts->has_audit_log &&
      facts->schema_version >= 1 && facts->schema_version < BD_STORE_MARKED_SCHEMA)
    return TRUE;
  g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_DATABASE,
               _("“%s” is not a Branch Desk database. It was left as it was."), self->path);
  return FALSE;
}

/* The file must exist to be opened, and must not to be created: a mistyped path never
 * becomes an empty branch, and creating never takes over a file. */
static gboolean
check_presence (const char  *path,
                OpenMode     mode,
                GError     **error)
{
  GStatBuf buf;
  gboolean exists = g_stat (path, &buf) == 0;

  if (mode == OPEN_CREATE && exists && buf.st_size > 0)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN,
                   _("“%s” already exists: a new branch database is not written over it"),
                   path);
      return FALSE;
    }
  if (mode != OPEN_CREATE && !exists)
    {
      g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN,
                   _("There is no database at “%s”."), path);
      return FALSE;
    }
  return mode != OPEN_CREATE || ensure_parent_folder (path, error);
}

/* The name of the file is said by whoever adds "Cannot use the database …". */
static void
set_not_encrypted (GError **error)
{
  g_set_error_literal (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_ENCRYPTED,
                       _("it keeps identity numbers, phones and account numbers in clear "
                         "text, and was left as it was. Convert it first: branchdesk-admin "
                         "encrypt."));
}

/* Only a read-only file at the current schema can be read: migrating writes. */
static gboolean
check_readable_version (BdStore  *self,
                        guint     version,
                        GError  **error)
{
  if (version == BD_STORE_SCHEMA_VERSION)
    return TRUE;
  if (version > 0 && version < BD_STORE_SEALED_SCHEMA)
    {
      set_not_encrypted (error);
      return FALSE;
    }
  g_set_error (error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN,
               _("The database “%s” is at schema %u and this program reads schema %u: "
                 "bring it up to date first (branchdesk-admin migrate)"),
               self->path, version, BD_STORE_SCHEMA_VERSION);
  return FALSE;
}

/* A file that keeps its numbers in clear text is only sealed as a copy (converting,
 * restoring): sealing in place would leave the clear numbers in the file's free pages and
 * in the copy migrating keeps. */
static gboolean
refuse_clear_numbers (BdStore  *self,
                      OpenMode  mode,
                      guint     version,
                      guint     target,
                      GError  **error)
{
  if (mode != OPEN_EXISTING || version == 0 || version >= BD_STORE_SEALED_SCHEMA ||
      target < BD_STORE_SEALED_SCHEMA)
    return TRUE;
  set_not_encrypted (error);
  return FALSE;
}

/* What opening does after the file is recognised: the key, the schema, the triggers. */
static gboolean
set_up (BdStore        *self,
        OpenMode        mode,
        BdDbFileFacts  *facts,
        guint           version,
        GError        **error)
{
  gboolean sealing = facts->schema_version < BD_STORE_SEALED_SCHEMA &&
                     version >= BD_STORE_SEALED_SCHEMA;

  if (mode == OPEN_READ_ONLY)
    return check_readable_version (self, facts->schema_version, error) &&
           bd_db_configure (self->db, error) &&
           (bd_db_get_key (self->db) == NULL || bd_store_check_key (self, bd_db_get_key (self->db), error));
  if (!refuse_clear_numbers (self, mode, facts->schema_version, version, error) ||
      !bd_db_configure (self->db, error) ||
      (!sealing && facts->schema_version >= BD_STORE_SEALED_SCHEMA &&
       !bd_store_check_key (self, bd_db_get_key (self->db), error)) ||
      !migrate (self, mode, facts->schema_version, version, error) ||
      (version >= 1 && !bd_store_restore_audit_triggers (self, error)))
    return FALSE;
  /* The clear numbers the sealing replaced are still in the pages it freed: a copy
   * rewritten whole keeps none, and its log is emptied. */
  return !sealing || facts->schema_version == 0 ||
         (bd_db_exec (self->db, "VACUUM", error) &&
          bd_db_exec (self->db, "PRAGMA wal_checkpoint(TRUNCATE)", error));
}

static BdStore *
open_store (const char  *path,
            OpenMode     mode,
            guint        version,
            BdKey       *key,
            GError     **error)
{
  g_autoptr(BdStore) self = NULL;
  BdDbOpenFlags flags = mode == OPEN_CREATE ? BD_DB_OPEN_CREATE
                      : mode == OPEN_READ_ONLY ? BD_DB_OPEN_READ_ONLY
                      : BD_DB_OPEN_EXISTING;
  BdDbFileFacts facts;

  if (!check_presence (path, mode, error))
    return NULL;
  self = g_object_new (BD_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  if ((self->db = bd_db_open (path, flags, BUSY_TIMEOUT_MS, error)) == NULL ||
      !recognise (self, mode, &facts, error))
    return NULL;
  bd_db_set_key (self->db, key);
  if (facts.schema_version > BD_STORE_SCHEMA_VERSION)
    {
      refuse_newer (self, facts.schema_version, error);
      return NULL;
    }
  if (!set_up (self, mode, &facts, version, error) ||
      /* The desk's own file, not a copy being checked, gives the calendar in effect. */
      ((mode == OPEN_EXISTING || mode == OPEN_CREATE) && version >= BD_STORE_CALENDAR_SCHEMA &&
       !bd_store_use_imported_calendar (self, error)))
    {
      g_prefix_error (error, _("Cannot use the database “%s”: "), path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

BdStore *
bd_store_open_with_schema (const char  *path,
                           guint        version,
                           BdKey       *key,
                           GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (version <= BD_STORE_SCHEMA_VERSION, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_store (path, g_file_test (path, G_FILE_TEST_EXISTS) ? OPEN_EXISTING : OPEN_CREATE,
                     version, key, error);
}

BdStore *
bd_store_open (const char  *path,
               BdKey       *key,
               GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_store (path, OPEN_EXISTING, BD_STORE_SCHEMA_VERSION, key, error);
}

BdStore *
bd_store_create (const char  *path,
                 BdKey       *key,
                 GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_store (path, OPEN_CREATE, BD_STORE_SCHEMA_VERSION, key, error);
}

BdStore *
bd_store_open_read_only (const char  *path,
                         BdKey       *key,
                         GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_store (path, OPEN_READ_ONLY, BD_STORE_SCHEMA_VERSION, key, error);
}

BdStore *
bd_store_open_copy (const char  *path,
                    BdKey       *key,
                    GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return open_store (path, OPEN_COPY, BD_STORE_SCHEMA_VERSION, key, error);
}

BdDb *
bd_store_get_db (BdStore *self)
{
  return self->db;
}

const char *
bd_store_get_migration_backup (BdStore *self)
{
  g_return_val_if_fail (BD_IS_STORE (self), NULL);
  return self->migration_backup;
}

const char *
bd_store_get_path (BdStore *self)
{
  g_return_val_if_fail (BD_IS_STORE (self), NULL);
  return self->path;
}

gboolean
bd_store_check_writable (BdStore  *self,
                         GError  **error)
{
  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  if (bd_db_check_writable (self->db, error))
    return TRUE;
  g_prefix_error (error, _("Cannot use the database “%s”: "), self->path);
  return FALSE;
}

guint
bd_store_get_schema_version (BdStore *self)
{
  guint version;

  g_return_val_if_fail (BD_IS_STORE (self), 0);
  read_user_version (self, &version, NULL);
  return version;
}

char *
bd_store_dup_setting (BdStore    *self,
                      const char *key)
{
  g_autoptr(GError) error = NULL;
  BdDbStmt *stmt;
  char *value = NULL;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, setting_get_sql, &error)) == NULL)
    step = BD_STEP_ERROR;
  else
    {
      bd_db_bind_text (stmt, ":key", key);
      if ((step = bd_db_step (stmt, &error)) == BD_STEP_ROW)
        value = g_strdup (bd_db_column_text (stmt, 0));
      bd_db_reset (stmt);
    }
  /* The callers take a missing setting for unset; a failure is at least on record. */
  if (step == BD_STEP_ERROR)
    g_warning ("The setting “%s” cannot be read: %s", key, error->message);
  return value;
}

gboolean
bd_store_set_setting (BdStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  g_autofree char *clean = NULL;
  BdDbStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  /* A setting is printed on every slip and shown at sign-in: one line of text. */
  if ((clean = bd_text_clean (value != NULL ? value : "", BD_TEXT_LINE, error)) == NULL)
    return FALSE;
  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = (stmt = bd_store_prepare (self, setting_set_sql, error)) != NULL;
  if (ok)
    {
      bd_db_bind_text (stmt, ":key", key);
      bd_db_bind_string (stmt, ":value", clean);
      ok = bd_db_step_done (stmt, error);
    }
  return bd_store_end_write (self, ok, error);
}

gboolean
bd_time_zone_is_known (const char *identifier)
{
  g_autoptr(GTimeZone) zone = NULL;

  /* g_time_zone_new_identifier() answers NULL for a name it cannot find, and "UTC"
   * always exists. */
  if (identifier == NULL || identifier[0] == '\0')
    return FALSE;
  zone = g_time_zone_new_identifier (identifier);
  return zone != NULL;
}

/* The zone a "time-zone" setting names: Asia/Shanghai when it names none the system
 * knows, UTC when even that is missing. */
static GTimeZone *
zone_of_setting (const char *identifier)
{
  GTimeZone *zone = NULL;

  if (identifier != NULL && identifier[0] != '\0')
    zone = g_time_zone_new_identifier (identifier);
  if (zone == NULL)
    zone = g_time_zone_new_identifier (BD_STORE_DEFAULT_TIME_ZONE);
  return zone != NULL ? zone : g_time_zone_new_utc ();
}

GTimeZone *
bd_store_get_time_zone (BdStore *self)
{
  g_autofree char *identifier = NULL;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  /* The counter is in the branch, not where the machine's clock was set up: a desk whose
   * system says UTC still prints the branch's hour on a slip. The setting is read each
   * time (another program may change it); the zone is made again only when it did. */
  identifier = bd_store_dup_setting (self, "time-zone");
  if (self->zone == NULL || g_strcmp0 (identifier, self->zone_setting) != 0)
    {
      g_clear_pointer (&self->zone, g_time_zone_unref);
      self->zone = zone_of_setting (identifier);
      g_free (self->zone_setting);
      self->zone_setting = g_steal_pointer (&identifier);
    }
  return g_time_zone_ref (self->zone);
}

void
bd_store_get_today (BdStore *self,
                    GDate   *today)
{
  g_autoptr(GTimeZone) zone = NULL;

  g_return_if_fail (BD_IS_STORE (self));
  g_return_if_fail (today != NULL);

  /* Just after midnight in Nanjing it is still yesterday in UTC: the branch's day counts. */
  zone = bd_store_get_time_zone (self);
  bd_clock_get_today (zone, today);
}

char *
bd_store_dup_today_iso (BdStore *self)
{
  char iso[BD_ISO_DATE_SIZE];
  GDate today;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  bd_store_get_today (self, &today);
  return g_strdup (bd_date_format_iso (&today, iso));
}

char *
bd_store_format_time (BdStore    *self,
                      const char *utc)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) here = NULL;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if (utc == NULL)
    return NULL;
  if ((time = g_date_time_new_from_iso8601 (utc, NULL)) == NULL)
    return g_strdup (utc);
  zone = bd_store_get_time_zone (self);
  here = g_date_time_to_timezone (time, zone);
  return g_date_time_format (here, "%Y-%m-%d %H:%M");
}

/* The last row's id and hash, read inside the write that appends after it. */
static gboolean
read_audit_tail (BdStore  *self,
                 gint64   *last_id,
                 char    **last_hash,
                 GError  **error)
{
  BdDbStmt *stmt = bd_store_prepare (self, audit_last_sql, error);
  BdStep step;

  *last_id = 0;
  if (stmt == NULL)
    return FALSE;
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      *last_id = bd_db_column_int64 (stmt, 0);
      *last_hash = g_strdup (bd_db_column_text (stmt, 1));
    }
  bd_db_reset (stmt);
  return step != BD_STEP_ERROR;
}

static gboolean
insert_audit_row (BdStore           *self,
                  const BdAuditRow  *row,
                  const char        *hash,
                  GError           **error)
{
  BdDbStmt *stmt = bd_store_prepare (self, audit_insert_sql, error);

  if (stmt == NULL)
    return FALSE;
  bd_db_bind_int64 (stmt, ":id", row->id);
  bd_db_bind_text (stmt, ":at", row->at);
  bd_db_bind_id (stmt, ":staff_id", row->staff_id);
  bd_db_bind_text (stmt, ":action", row->action);
  bd_db_bind_text (stmt, ":record_table", row->record_table);
  bd_db_bind_id (stmt, ":record_id", row->record_id);
  bd_db_bind_id (stmt, ":customer_id", row->customer_id);
  bd_db_bind_text (stmt, ":detail", row->detail);
  bd_db_bind_text (stmt, ":hash", hash);
  return bd_db_step_done (stmt, error);
}

gboolean
bd_store_append_audit (BdStore     *self,
                       gint64       staff_id,
                       const char  *action,
                       const char  *record_table,
                       gint64       record_id,
                       gint64       customer_id,
                       const char  *detail,
                       GError     **error)
{
  g_autofree char *now = bd_store_now_utc ();
  g_autofree char *previous = NULL;
  g_autofree char *hash = NULL;
  BdAuditRow row = { 0, now, staff_id, action, record_table, record_id, customer_id, detail };
  gboolean ok;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);
  g_return_val_if_fail (action != NULL, FALSE);

  /* Inside the write: no other desk appends between reading the tail and adding to it. */
  if (!bd_store_begin_write (self, error))
    return FALSE;
  ok = read_audit_tail (self, &row.id, &previous, error);
  if (ok)
    {
      row.id++;
      hash = bd_audit_row_hash (previous, &row);
      ok = insert_audit_row (self, &row, hash, error) &&
           bd_store_seal_audit_head (self, row.id, hash, error);
    }
  return bd_store_end_write (self, ok, error);
}

guint
bd_store_count_audit (BdStore     *self,
                      const char  *action,
                      GError     **error)
{
  BdDbStmt *stmt;
  guint count = 0;

  g_return_val_if_fail (BD_IS_STORE (self), 0);

  if ((stmt = bd_store_prepare (self, audit_count_sql, error)) == NULL)
    return 0;
  bd_db_bind_text (stmt, ":action", action);
  if (bd_db_step (stmt, error) == BD_STEP_ROW)
    count = (guint) bd_db_column_int64 (stmt, 0);
  bd_db_reset (stmt);
  return count;
}

gboolean
bd_store_get_counts (BdStore        *self,
                     BdStoreCounts  *counts,
                     GError        **error)
{
  static const char sql[] =
    "SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM policy), "
    "(SELECT count(*) FROM household), (SELECT count(*) FROM beneficiary), "
    "(SELECT count(*) FROM staff)";
  BdDbStmt *stmt;
  BdStep step = BD_STEP_ERROR;

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  memset (counts, 0, sizeof *counts);
  if ((stmt = bd_store_prepare (self, sql, error)) != NULL &&
      (step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      counts->customers = (guint) bd_db_column_int64 (stmt, 0);
      counts->policies = (guint) bd_db_column_int64 (stmt, 1);
      counts->households = (guint) bd_db_column_int64 (stmt, 2);
      counts->beneficiaries = (guint) bd_db_column_int64 (stmt, 3);
      counts->staff = (guint) bd_db_column_int64 (stmt, 4);
    }
  if (stmt != NULL)
    bd_db_reset (stmt);
  return step == BD_STEP_ROW;
}

void
bd_audit_entry_free (BdAuditEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->at);
  g_free (entry->action);
  g_free (entry->record_table);
  g_free (entry->detail);
  g_free (entry);
}

GPtrArray *
bd_store_list_audit (BdStore  *self,
                     guint     limit,
                     GError  **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) bd_audit_entry_free);
  BdDbStmt *stmt;
  BdStep step;

  g_return_val_if_fail (BD_IS_STORE (self), NULL);

  if ((stmt = bd_store_prepare (self, audit_list_sql, error)) == NULL)
    return NULL;
  bd_db_bind_int64 (stmt, ":limit", limit);
  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      BdAuditEntry *entry = g_new0 (BdAuditEntry, 1);

      entry->id = bd_db_column_int64 (stmt, 0);
      entry->at = g_strdup (bd_db_column_text (stmt, 1));
      entry->staff_id = bd_db_column_int64 (stmt, 2);
      entry->action = g_strdup (bd_db_column_text (stmt, 3));
      entry->record_table = g_strdup (bd_db_column_text (stmt, 4));
      entry->record_id = bd_db_column_int64 (stmt, 5);
      entry->customer_id = bd_db_column_int64 (stmt, 6);
      entry->detail = g_strdup (bd_db_column_text (stmt, 7));
      g_ptr_array_add (entries, entry);
    }
  bd_db_reset (stmt);
  if (step == BD_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&entries);
}
