/* bd-test-fixture.h — what the tests build their branch from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-contacts-store.h"
#include "bd-customers-store.h"
#include "bd-household.h"
#include "bd-printed-form.h"
#include "bd-session.h"
#include "bd-store.h"
#include "bd-test-models.h"

G_BEGIN_DECLS

/* The test program's key (not to be unreffed): the one in $BRANCHDESK_KEY_FILE when that
 * exists, else a new one, written to a file of its own that BRANCHDESK_KEY_FILE then names
 * for the programs the test starts. */
BdKey      *bd_test_key                     (void);

/* A real store in a temporary folder of its own. */
typedef struct
{
  char    *folder;
  char    *path;
  BdStore *store;
} BdTestStore;

/* Opens a new store at @file_name (it may name a subfolder) in a new temporary folder
 * called after @prefix. */
void        bd_test_store_set_up            (BdTestStore *self,
                                             const char  *prefix,
                                             const char  *file_name);
/* Closes the store, removes the folder and gives the clock back. GLib runs a fixture's
 * tear-down after a failed check too when the program runs with
 * g_test_set_nonfatal_assertions(); a fatal assertion aborts, and the folder is left in
 * the temporary directory under @prefix for a look at what the test saw. */
void        bd_test_store_tear_down         (BdTestStore *self);

/* g_test_init(), then the program runs in English, the source language, whatever the
 * machine's locale: for the tests that match the messages they get. */
void        bd_test_init_in_english         (int    *argc,
                                             char ***argv);

/* A temporary folder for a whole test program, and its removal with all it holds. */
char       *bd_test_folder_new              (const char *prefix);
void        bd_test_remove_tree             (const char *folder);

/* g_test_run(), then @folder removed with all it holds and freed: the end of a test
 * program's main() that keeps its files in one folder. */
int         bd_test_run_and_remove          (char *folder);

/* The first column of the first row of @sql on the file at @path, opened read-only by a
 * plain connection as another program would open it; -1 when there is no row. */
gint64      bd_test_query_int               (const char *path,
                                             const char *sql);
/* The first column of every row of @sql, as bd_test_query_int() reads it (a GArray of
 * gint64). */
GArray     *bd_test_query_ids               (const char *path,
                                             const char *sql);
/* @text without white space: pdftotext guesses spaces from the gaps between glyphs, and
 * a line wraps where the box ends. */
char       *bd_test_squeeze                 (const char *text);
/* @form written to the PDF @path and read back with pdftotext, squeezed; NULL after
 * marking the test skipped when pdftotext (poppler-utils) is missing. */
char       *bd_test_printed_form_text       (BdPrintedForm *form,
                                             const char    *path);
/* The SHA-256 of the file at @path: whether a store that refused it left it as it was. */
char       *bd_test_file_checksum           (const char *path);
/* Runs @sql on the file at @path through a plain read-write connection of its own: what a
 * test does to the file behind the store's back (a trigger that makes a write fail). */
void        bd_test_exec                    (const char *path,
                                             const char *sql);

/* The clock stands at @iso8601 ("2026-11-25T09:00:00+08:00") until bd_clock_reset() or
 * bd_test_store_tear_down(). */
void        bd_test_clock_fix               (const char *iso8601);

/* Staff; @password and @phone may be %NULL (no password: the member cannot sign in). */
gint64      bd_test_add_staff               (BdStore    *store,
                                             const char *login,
                                             const char *name,
                                             BdRole      role,
                                             const char *password,
                                             const char *phone);
/* A new session of @store, signed in as @login. */
BdSession  *bd_test_sign_in                 (BdStore    *store,
                                             const char *login,
                                             const char *password);

/* A customer; any of the texts may be %NULL and is then left unset. */
BdCustomer *bd_test_customer_new            (const char *name,
                                             BdSex       sex,
                                             const char *birth_date,
                                             const char *id_number,
                                             const char *mobile);
/* Adds @customer to @store and returns its new id. */
gint64      bd_test_add_customer            (BdStore    *store,
                                             BdCustomer *customer);
/* bd_test_customer_new() and bd_test_add_customer() in one. */
gint64      bd_test_add_person              (BdStore    *store,
                                             const char *name,
                                             BdSex       sex,
                                             const char *birth_date,
                                             const char *id_number,
                                             const char *mobile);

/* A household member: who, and what they are to the head. */
typedef struct
{
  gint64     customer_id;
  BdRelation relation;
} BdTestMember;

/* A household called @name of @n_members members, added to @store; its id. */
gint64      bd_test_add_household           (BdStore            *store,
                                             const char         *name,
                                             const BdTestMember *members,
                                             guint               n_members);

/* A policy of @product_id held by @holder_id on @insured_id's life, from @effective_date,
 * in @status; the rest is set by the caller. */
BdPolicy   *bd_test_policy_new              (const char     *number,
                                             gint64          product_id,
                                             gint64          holder_id,
                                             gint64          insured_id,
                                             const char     *effective_date,
                                             BdPolicyStatus  status);
/* The policy the window tests show: whole life from 2020-03-01, 500,000 yuan insured for
 * 6,000 a year over 20 years, in force. */
BdPolicy   *bd_test_policy_new_standard     (const char *number,
                                             gint64      product_id,
                                             gint64      holder_id,
                                             gint64      insured_id);
/* A beneficiary of @share basis points: @customer_id, or the legal heirs when it is 0. */
void        bd_test_policy_add_beneficiary  (BdPolicy *policy,
                                             gint64    customer_id,
                                             guint     share);
/* Adds @policy to @store and returns its new id. */
gint64      bd_test_add_policy              (BdStore  *store,
                                             BdPolicy *policy);

/* A contact of @kind with @customer_id, written by @staff_id (0: nobody), with @outcome. */
BdContact  *bd_test_contact_new             (gint64         customer_id,
                                             BdContactKind  kind,
                                             gint64         staff_id,
                                             const char    *outcome);
/* Adds @contact to @store and returns its new id. */
gint64      bd_test_add_contact             (BdStore   *store,
                                             BdContact *contact);

/* From now on no audit row can be written to the file at @path, as a full disk would
 * refuse it: a trigger added behind the store's back (bd_test_exec()). */
void        bd_test_break_audit_log         (const char *path);

/* @date is a valid date, @expected ("YYYY-MM-DD"). */
void        bd_test_assert_date             (const GDate *date,
                                             const char  *expected);
/* Adds @customer to @household as @relation to its head, in memory (nothing stored). */
void        bd_test_household_add           (BdHousehold *household,
                                             BdCustomer  *customer,
                                             BdRelation   relation);

/* Adds @func at @path on the test program's own Fixture, set up and torn down by its
 * fixture_set_up() and fixture_tear_down(), the names the programs here give them. */
#define BD_TEST_ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

/* The running test's path as a file name, then @suffix: "/window-areas/lock/screen" and
 * ".db" give "window-areas-lock-screen.db", a file of the test's own. */
char       *bd_test_file_name               (const char *suffix);

/* A contact change of @customer_id's policy @policy_id taken by @staff_id at 10:00 on
 * @day, its documents received, accepted, approved, and carried out at 10:00 on @done
 * (the clock is left standing there); returns its case id. */
gint64      bd_test_carry_out_request       (BdStore    *store,
                                             gint64      customer_id,
                                             gint64      policy_id,
                                             gint64      staff_id,
                                             const char *day,
                                             const char *done);

G_END_DECLS
