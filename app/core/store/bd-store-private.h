/* bd-store-private.h — what the store's source files share, and nobody else sees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-db.h"

#include "bd-store.h"

G_BEGIN_DECLS

/* The personal numbers sealed in the file (bd_db_bind_sealed()), each name the purpose
 * its column's values are sealed and blind-indexed for; the tails are the ends the search
 * finds customers by (JR/T 0171-2020; issue 9): the last four characters of a phone or an
 * identity number, and the last five and six of an identity number. */
#define BD_SEALED_ID_NUMBER     "identity_document.number"
#define BD_BLIND_ID_TAIL        "identity_document.tail"
#define BD_BLIND_ID_TAIL5       "identity_document.tail5"
#define BD_BLIND_ID_TAIL6       "identity_document.tail6"
#define BD_SEALED_CONTACT       "contact_detail.value"
#define BD_BLIND_CONTACT_TAIL   "contact_detail.tail"
#define BD_SEALED_ACCOUNT       "bank_account.account_number"
/* A policy-change request's new mobile or account number (schema 11, requests/). */
#define BD_SEALED_REQUEST_NUMBER "request.new_number"
/* A claim reporter's phone (schema 12, claims/). */
#define BD_SEALED_CLAIM_PHONE   "claim.phone"
/* A complainant's phone (schema 13, complaints/). */
#define BD_SEALED_COMPLAINANT_PHONE "complaint.phone"
#define BD_TAIL_LENGTH          4

/* The last @length characters of @value (all of it when shorter): what a tail's blind
 * index is made of. */
const char   *bd_store_tail_of            (const char    *value,
                                           glong          length);

/* The area's statement @sql, prepared once and kept: pass the same static string each
 * time (bd_db_prepare_cached()). */
BdDbStmt     *bd_store_prepare            (BdStore       *self,
                                           const char    *sql,
                                           GError       **error);
/* A statement run once (the check's queries): free it with bd_db_stmt_free(). */
BdDbStmt     *bd_store_prepare_once       (BdStore       *self,
                                           const char    *sql,
                                           GError       **error);
gboolean      bd_store_exec               (BdStore       *self,
                                           const char    *sql,
                                           GError       **error);

/* A write is one transaction: begin, then end with the outcome. Inside a bulk they only
 * count depth, and a failure rolls the whole bulk back when it ends. */
gboolean      bd_store_begin_write        (BdStore       *self,
                                           GError       **error);
gboolean      bd_store_end_write          (BdStore       *self,
                                           gboolean       ok,
                                           GError       **error);

char         *bd_store_now_utc            (void);

/* The object one row of a statement stands for (a customer, a policy…), made new. */
typedef gpointer (*BdStoreRowFunc) (BdDbStmt *stmt);

/* Steps @stmt to its end, appending to @list the object @row_func makes of each row, and
 * resets it. A step that fails fails the read (@error set): never a shorter list. */
static inline gboolean
bd_store_collect_rows (BdDbStmt        *stmt,
                       BdStoreRowFunc   row_func,
                       GListStore      *list,
                       GError         **error)
{
  BdStep step;

  while ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      g_autoptr(GObject) object = row_func (stmt);

      g_list_store_append (list, object);
    }
  bd_db_reset (stmt);
  return step == BD_STEP_DONE;
}

/* @sql prepared (bd_store_prepare()) with @id bound to @name: most reads are of one
 * customer, policy or household. */
static inline BdDbStmt *
bd_store_prepare_for_id (BdStore     *self,
                         const char  *sql,
                         const char  *name,
                         gint64       id,
                         GError     **error)
{
  BdDbStmt *stmt = bd_store_prepare (self, sql, error);

  if (stmt != NULL)
    bd_db_bind_int64 (stmt, name, id);
  return stmt;
}

/* Reads a statement's one row into @data (a struct, an out argument…). */
typedef void (*BdStoreReadFunc) (BdDbStmt *stmt,
                                 gpointer  data);

/* Runs @sql with @id bound to @name and reads its row, if any, with @read_func;
 * *@found says whether there was one. FALSE only when the store cannot say (@error set). */
static inline gboolean
bd_store_read_one (BdStore          *self,
                   const char       *sql,
                   const char       *name,
                   gint64            id,
                   BdStoreReadFunc   read_func,
                   gpointer          data,
                   gboolean         *found,
                   GError          **error)
{
  BdDbStmt *stmt = bd_store_prepare_for_id (self, sql, name, id, error);
  BdStep step;

  *found = FALSE;
  if (stmt == NULL)
    return FALSE;
  if ((step = bd_db_step (stmt, error)) == BD_STEP_ROW)
    {
      *found = TRUE;
      read_func (stmt, data);
    }
  bd_db_reset (stmt);
  return step != BD_STEP_ERROR;
}

/* Opens @path, creating it when missing, bringing its schema only up to @version: the
 * migration tests make files of every older schema with it. */
BdStore      *bd_store_open_with_schema   (const char    *path,
                                           guint          version,
                                           BdKey         *key,
                                           GError       **error);

/* The connection, for the store's own files (bd-store-seal.c). */
BdDb         *bd_store_get_db             (BdStore       *self);

/* Opens a copy that is this process's alone (a backup being restored, a file being
 * converted) with @key, bringing it up to date: a file that keeps numbers in clear text
 * is sealed, and compacted after so that no clear number stays in its free pages. No copy
 * of it is kept first: it is a copy. */
BdStore      *bd_store_open_copy          (const char    *path,
                                           BdKey         *key,
                                           GError       **error);

/* Sealing (bd-store-seal.c): the migration to schema 9, the key's check on opening, that
 * every sealed value opens, and that a converted copy holds the clear file's numbers. */
gboolean      bd_store_seal_numbers       (BdStore       *self,
                                           GError       **error);
gboolean      bd_store_check_key          (BdStore       *self,
                                           BdKey         *key,
                                           GError       **error);
gboolean      bd_store_check_sealed       (BdStore       *self,
                                           GError       **error);
/* Calls @report for each sealed value that does not open (changed outside the program). */
typedef void (*BdStoreUnsealedFunc) (const char *purpose,
                                     gint64      id,
                                     gpointer    data);
gboolean      bd_store_find_unsealed      (BdStore             *self,
                                           BdStoreUnsealedFunc  report,
                                           gpointer             data,
                                           GError             **error);
gboolean      bd_store_verify_sealed_against (BdStore    *converted,
                                           const char    *original_path,
                                           GError       **error);

/* How long a statement waits for another connection's lock (BUSY_TIMEOUT_MS unless
 * changed): the tests make a busy file fail quickly. */
void          bd_store_set_busy_timeout   (BdStore       *self,
                                           guint          milliseconds);

/* One audit row as it is stored and hashed; the texts are the statement's. */
typedef struct
{
  gint64      id;
  const char *at;
  gint64      staff_id;
  const char *action;
  const char *record_table;
  gint64      record_id;
  gint64      customer_id;
  const char *detail;
} BdAuditRow;

/* The row's hash in the audit log's chain: SHA-256 (hex) over @previous (the hash of the
 * row before, NULL for the first) and every field of @row. */
char         *bd_audit_row_hash           (const char       *previous,
                                           const BdAuditRow *row);
/* Reads columns 0–7 (id, at, staff_id, action, record_table, record_id, customer_id,
 * detail) of @stmt's row. */
void          bd_audit_row_read           (BdDbStmt         *stmt,
                                           BdAuditRow       *row);
/* The migration to schema 8: hashes for the rows written before the chain. */
/* The log's newest row sealed with the branch's key (a setting written with every row),
 * and what check says when the seal does not match the newest row (NULL: it does). */
gboolean      bd_store_seal_audit_head    (BdStore          *self,
                                           gint64            id,
                                           const char       *hash,
                                           GError          **error);
gboolean      bd_store_seal_audit_log     (BdStore          *self,
                                           GError          **error);
char         *bd_store_dup_audit_problem  (BdStore          *self,
                                           gint64            newest_id,
                                           const char       *newest_hash);
gboolean      bd_store_chain_audit_log    (BdStore          *self,
                                           GError          **error);
/* Puts back the log's append-only triggers if they were dropped, saying so. */
gboolean      bd_store_restore_audit_triggers (BdStore      *self,
                                           GError          **error);

G_END_DECLS
