/* bd-store-private.h — what the store's source files share, and nobody else sees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "bd-store.h"

G_BEGIN_DECLS

/* Every statement the store runs more than once is prepared once and kept here. */
typedef enum
{
  STMT_SETTING_GET,
  STMT_SETTING_SET,
  STMT_STAFF_INSERT,
  STMT_STAFF_FIND,
  STMT_STAFF_LIST,
  STMT_PRODUCT_INSERT,
  STMT_CUSTOMER_INSERT,
  STMT_CUSTOMER_GET,
  STMT_DOCUMENT_INSERT,
  STMT_CONTACT_INSERT,
  STMT_BANK_ACCOUNT_INSERT,
  STMT_RELATIONSHIP_INSERT,
  STMT_HOUSEHOLD_INSERT,
  STMT_MEMBER_INSERT,
  STMT_HOUSEHOLD_OF,
  STMT_HOUSEHOLD_MEMBERS,
  STMT_POLICY_INSERT,
  STMT_POLICY_ACCOUNT,
  STMT_BENEFICIARY_INSERT,
  STMT_POLICIES_OF,
  STMT_BENEFICIARIES_OF,
  STMT_SEARCH_NAME,
  STMT_SEARCH_MOBILE,
  STMT_SEARCH_TAIL,
  STMT_SEARCH_ID_NUMBER,
  STMT_SEARCH_POLICY,
  STMT_AUDIT_INSERT,
  STMT_AUDIT_COUNT,
  STMT_AUDIT_LIST,
  STMT_GRAM_INSERT,
  STMT_SEARCH_EXACT_NAME,
  STMT_SEARCH_GRAM,
  STMT_SEARCH_GRAM_ONLY,
  STMT_SEARCH_ID_TAIL,
  STMT_SEARCH_TAIL_ID,
  STMT_NAME_KEY_SET,
  STMT_GRAMS_DELETE,
  STMT_STAFF_GET,
  STMT_SIGN_IN_GET,
  STMT_SIGN_IN_SET,
  STMT_RECENT,
  STMT_HOUSEHOLD_POLICIES,
  STMT_HOUSEHOLD_HAS_CUSTOMER,
  STMT_MEMBER_LEAVE,
  STMT_MEMBER_RELATION,
  STMT_NEED_GET,
  STMT_NEED_SET,
  STMT_CONTACT_INSERT_RECORD,
  STMT_CONTACT_AMEND,
  STMT_CONTACT_GET,
  STMT_CONTACTS_OF,
  STMT_PLANNED_VISITS,
  STMT_TO_CONTACT,
  STMT_TO_CONTACT_COUNT,
  STMT_TRACING_INSERT,
  STMT_TRACING_FAILED,
  STMT_POLICY_CLASS_GET,
  STMT_POLICY_CLASS_SET,
  N_STMTS
} BdStmt;

sqlite3_stmt *bd_store_prepare            (BdStore       *self,
                                           BdStmt         which,
                                           GError       **error);
gboolean      bd_store_exec               (BdStore       *self,
                                           const char    *sql,
                                           GError       **error);
/* What one step of a statement gave. A read tells a row, the end of the rows and a
 * failure apart: a busy or damaged file is an error (@error set: BD_STORE_ERROR_BUSY
 * for SQLITE_BUSY and SQLITE_LOCKED), never "not found" or a shorter list. */
typedef enum
{
  BD_STEP_ROW,
  BD_STEP_DONE,
  BD_STEP_ERROR,
} BdStep;

BdStep        bd_store_step               (BdStore       *self,
                                           sqlite3_stmt  *stmt,
                                           GError       **error);
/* Steps a write statement to completion and resets it. */
gboolean      bd_store_step_done          (BdStore       *self,
                                           sqlite3_stmt  *stmt,
                                           GError       **error);
gint64        bd_store_last_insert_id     (BdStore       *self);

/* A write is one transaction: begin, then end with the outcome. Inside a bulk they only
 * count depth, and a failure rolls the whole bulk back when it ends. */
gboolean      bd_store_begin_write        (BdStore       *self,
                                           GError       **error);
gboolean      bd_store_end_write          (BdStore       *self,
                                           gboolean       ok,
                                           GError       **error);

/* Turns the connection's last error into a BD_STORE_ERROR with words for people. */
void          bd_store_set_error          (BdStore       *self,
                                           int            rc,
                                           GError       **error);

/* Binding by parameter name (":name"), so no caller counts positions. NULL or "" text
 * binds NULL; an id of 0 binds NULL. */
void          bd_bind_text                (sqlite3_stmt  *stmt,
                                           const char    *name,
                                           const char    *value);
void          bd_bind_int64               (sqlite3_stmt  *stmt,
                                           const char    *name,
                                           gint64         value);
void          bd_bind_id                  (sqlite3_stmt  *stmt,
                                           const char    *name,
                                           gint64         id);
const char   *bd_column_text              (sqlite3_stmt  *stmt,
                                           int            column);

char         *bd_store_now_utc            (void);

/* Opens @path bringing its schema only up to @version: the migration tests start from
 * every older schema with it. */
BdStore      *bd_store_open_with_schema   (const char    *path,
                                           guint          version,
                                           GError       **error);

/* Rows into models, for every file of the store alike. */
BdStaff      *bd_store_staff_from_row     (sqlite3_stmt  *stmt);
BdCustomer   *bd_store_customer_from_row  (sqlite3_stmt  *stmt);
BdPolicy     *bd_store_policy_from_row    (sqlite3_stmt  *stmt);
gboolean      bd_store_load_beneficiaries (BdStore       *self,
                                           BdPolicy      *policy,
                                           GError       **error);
/* Steps @stmt to the end, a BdPolicy per row with its beneficiaries, and resets it. */
GListModel   *bd_store_collect_policies   (BdStore       *self,
                                           sqlite3_stmt  *stmt,
                                           GError       **error);
/* Steps @stmt to the end, appending a BdCustomer per row to @list, and resets it. */
gboolean      bd_store_collect_customers  (BdStore       *self,
                                           sqlite3_stmt  *stmt,
                                           GListStore    *list,
                                           GError       **error);

/* Sets the searched form of a stored name (bd_search_normalize() of it) and makes its
 * grams again: the migration to schema 5 does it for the names stored before. */
gboolean      bd_store_set_name_key       (BdStore       *self,
                                           gint64         customer_id,
                                           const char    *key,
                                           GError       **error);

/* How long a statement waits for another connection's lock (BUSY_TIMEOUT_MS unless
 * changed): the tests make a busy file fail quickly. */
void          bd_store_set_busy_timeout   (BdStore       *self,
                                           guint          milliseconds);

/* The connection, for the store's own one-off queries (the check). */
sqlite3      *bd_store_get_db             (BdStore       *self);

G_END_DECLS
