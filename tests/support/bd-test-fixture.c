/* bd-test-fixture.c — what the tests build their branch from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every test works on a real SQLite file in a temporary folder of its own, with staff,
 * customers, households, policies and contacts put in through the store as the desk puts
 * them. The builders are here once, so that a new test says only what is particular to it.
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>

#include "bd-clock.h"
#include "bd-password.h"

#include "bd-test-fixture.h"
#include "bd-case-store.h"
#include "bd-contacts-store.h"
#include "bd-customers-store.h"
#include "bd-household-store.h"
#include "bd-request-catalogue.h"
#include "bd-requests-store.h"
#include "bd-staff-store.h"

char *
bd_test_folder_new (const char *prefix)
{
  g_autofree char *template = g_strdup_printf ("%s-XXXXXX", prefix);
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return folder;
}

/* Removes @folder with all it holds; the store's -wal and -shm and any subfolder too. */
void
bd_test_remove_tree (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        bd_test_remove_tree (path);
      else
        g_remove (path);
    }
  g_rmdir (folder);
}

void
bd_test_init_in_english (int    *argc,
                         char ***argv)
{
  g_test_init (argc, argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
}

int
bd_test_run_and_remove (char *folder)
{
  int status = g_test_run ();

  bd_test_remove_tree (folder);
  g_free (folder);
  return status;
}

static char *key_folder;

static void
remove_key_folder (void)
{
  bd_test_remove_tree (key_folder);
}

BdKey *
bd_test_key (void)
{
  static BdKey *key;
  const char *given = g_getenv ("BRANCHDESK_KEY_FILE");
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;

  if (key != NULL)
    return key;
  if (given != NULL && g_file_test (given, G_FILE_TEST_EXISTS))
    {
      key = bd_key_load_file (given, &error);
      g_assert_no_error (error);
      return key;
    }
  /* A new key for each test program, in a file the programs it starts read. */
  key = bd_key_new_random ();
  key_folder = bd_test_folder_new ("bd-key");
  file = g_build_filename (key_folder, "branch.key", NULL);
  g_assert_true (bd_key_save_file (key, file, &error));
  g_assert_no_error (error);
  g_setenv ("BRANCHDESK_KEY_FILE", file, TRUE);
  atexit (remove_key_folder);
  return key;
}

void
bd_test_store_set_up (BdTestStore *self,
                      const char  *prefix,
                      const char  *file_name)
{
  g_autoptr(GError) error = NULL;

  self->folder = bd_test_folder_new (prefix);
  self->path = g_build_filename (self->folder, file_name, NULL);
  self->store = bd_store_create (self->path, bd_test_key (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (self->store);
}

void
bd_test_store_tear_down (BdTestStore *self)
{
  g_clear_object (&self->store);
  bd_test_remove_tree (self->folder);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->folder, g_free);
  bd_clock_reset ();
}

gint64
bd_test_query_int (const char *path,
                   const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

GArray *
bd_test_query_ids (const char *path,
                   const char *sql)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ids;
}

char *
bd_test_squeeze (const char *text)
{
  GString *squeezed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (squeezed, g_utf8_get_char (p));
  return g_string_free (squeezed, FALSE);
}

char *
bd_test_printed_form_text (BdPrintedForm *form,
                           const char    *path)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (bd_printed_form_write_pdf (form, path, &error));
  g_assert_no_error (error);
  if (tool == NULL)
    {
      g_test_skip ("pdftotext not found: install poppler-utils");
      return NULL;
    }
  g_spawn_sync (NULL, (char **) (const char *[]) { tool, "-layout", path, "-", NULL }, NULL,
                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return bd_test_squeeze (out);
}

char *
bd_test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
bd_test_exec (const char *path,
              const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  /* The store may be writing at that moment: wait for it as another desk would. */
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

void
bd_test_clock_fix (const char *iso8601)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso8601, NULL);

  g_assert_nonnull (now);
  bd_clock_set_fixed (now);
}

gint64
bd_test_add_staff (BdStore    *store,
                   const char *login,
                   const char *name,
                   BdRole      role,
                   const char *password,
                   const char *phone)
{
  g_autoptr(BdStaff) staff = bd_staff_new ();
  g_autofree char *hash = password != NULL ? bd_password_hash (password, NULL) : NULL;

  bd_staff_set_login (staff, login);
  bd_staff_set_name (staff, name);
  bd_staff_set_role (staff, role);
  if (phone != NULL)
    bd_staff_set_phone (staff, phone);
  g_assert_true (bd_store_add_staff (store, staff, hash, NULL));
  return bd_staff_get_id (staff);
}

BdSession *
bd_test_sign_in (BdStore    *store,
                 const char *login,
                 const char *password)
{
  BdSession *session = bd_session_new (store);

  g_assert_true (bd_session_sign_in (session, login, password, NULL));
  return session;
}

BdCustomer *
bd_test_customer_new (const char *name,
                      BdSex       sex,
                      const char *birth_date,
                      const char *id_number,
                      const char *mobile)
{
  return bd_test_customer_new_full (0, name, sex, birth_date, id_number, mobile);
}

gint64
bd_test_add_customer (BdStore    *store,
                      BdCustomer *customer)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_store_add_customer (store, customer, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bd_customer_get_id (customer), >, 0);
  return bd_customer_get_id (customer);
}

gint64
bd_test_add_person (BdStore    *store,
                    const char *name,
                    BdSex       sex,
                    const char *birth_date,
                    const char *id_number,
                    const char *mobile)
{
  g_autoptr(BdCustomer) customer = bd_test_customer_new (name, sex, birth_date, id_number, mobile);

  return bd_test_add_customer (store, customer);
}

gint64
bd_test_add_household (BdStore            *store,
                       const char         *name,
                       const BdTestMember *members,
                       guint               n_members)
{
  g_autoptr(BdHousehold) household = bd_household_new ();
  g_autoptr(GError) error = NULL;

  bd_household_set_name (household, name);
  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(BdCustomer) customer = bd_customer_new ();
      g_autoptr(BdHouseholdMember) member = NULL;

      bd_customer_set_id (customer, members[i].customer_id);
      member = bd_household_member_new (customer, members[i].relation);
      bd_household_add_member (household, member);
    }
  g_assert_true (bd_store_add_household (store, household, &error));
  g_assert_no_error (error);
  return bd_household_get_id (household);
}

BdPolicy *
bd_test_policy_new (const char     *number,
                    gint64          product_id,
                    gint64          holder_id,
                    gint64          insured_id,
                    const char     *effective_date,
                    BdPolicyStatus  status)
{
  BdPolicy *policy = bd_policy_new ();

  bd_policy_set_number (policy, number);
  bd_policy_set_product_id (policy, product_id);
  bd_policy_set_policyholder_id (policy, holder_id);
  bd_policy_set_insured_id (policy, insured_id);
  bd_policy_set_effective_date (policy, effective_date);
  bd_policy_set_status (policy, status);
  return policy;
}

BdPolicy *
bd_test_policy_new_standard (const char *number,
                             gint64      product_id,
                             gint64      holder_id,
                             gint64      insured_id)
{
  BdPolicy *policy = bd_test_policy_new (number, product_id, holder_id, insured_id, "2020-03-01",
                                         BD_POLICY_IN_FORCE);

  bd_policy_set_sum_insured (policy, 50000000);
  bd_policy_set_premium (policy, 600000);
  bd_policy_set_frequency (policy, BD_FREQUENCY_ANNUAL);
  bd_policy_set_payment_years (policy, 20);
  return policy;
}

void
bd_test_policy_add_beneficiary (BdPolicy *policy,
                                gint64    customer_id,
                                guint     share)
{
  g_autoptr(BdBeneficiary) beneficiary = bd_beneficiary_new ();

  bd_beneficiary_set_customer_id (beneficiary, customer_id);
  bd_beneficiary_set_legal_heirs (beneficiary, customer_id == 0);
  bd_beneficiary_set_share (beneficiary, share);
  bd_policy_add_beneficiary (policy, beneficiary);
}

gint64
bd_test_add_policy (BdStore  *store,
                    BdPolicy *policy)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_store_add_policy (store, policy, &error));
  g_assert_no_error (error);
  return bd_policy_get_id (policy);
}

BdContact *
bd_test_contact_new (gint64         customer_id,
                     BdContactKind  kind,
                     gint64         staff_id,
                     const char    *outcome)
{
  BdContact *contact = bd_contact_new ();

  bd_contact_set_customer_id (contact, customer_id);
  bd_contact_set_kind (contact, kind);
  if (staff_id != 0)
    bd_contact_set_staff_id (contact, staff_id);
  bd_contact_set_outcome (contact, outcome);
  return contact;
}

gint64
bd_test_add_contact (BdStore   *store,
                     BdContact *contact)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_store_add_contact (store, contact, &error));
  g_assert_no_error (error);
  return bd_contact_get_id (contact);
}

void
bd_test_assert_date (const GDate *date,
                     const char  *expected)
{
  char buffer[BD_ISO_DATE_SIZE];

  g_assert_true (g_date_valid (date));
  g_assert_cmpstr (bd_date_format_iso (date, buffer), ==, expected);
}

void
bd_test_household_add (BdHousehold *household,
                       BdCustomer  *customer,
                       BdRelation   relation)
{
  g_autoptr(BdHouseholdMember) member = bd_household_member_new (customer, relation);

  bd_household_add_member (household, member);
}

char *
bd_test_file_name (const char *suffix)
{
  const char *path = g_test_get_path ();

  return g_strdelimit (g_strconcat (path[0] == '/' ? path + 1 : path, suffix, NULL), "/", '-');
}

void
bd_test_break_audit_log (const char *path)
{
  bd_test_exec (path, "CREATE TRIGGER test_audit_fails BEFORE INSERT ON audit_log "
                      "BEGIN SELECT RAISE (ABORT, 'the audit log is full'); END");
}

gint64
bd_test_carry_out_request (BdStore    *store,
                           gint64      customer_id,
                           gint64      policy_id,
                           gint64      staff_id,
                           const char *day,
                           const char *done)
{
  g_autoptr(BdRequest) request = bd_request_new (bd_request_item_find ("contact-change"),
                                                 customer_id, policy_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *morning = g_strdup_printf ("%sT10:00:00+08:00", day);
  g_autofree char *later = g_strdup_printf ("%sT10:00:00+08:00", done);
  BdCase *kase = bd_request_get_case (request);
  const char *const documents[] = { "application", "applicant-id", NULL };

  bd_test_clock_fix (morning);
  bd_request_set_applicant_id (request, customer_id);
  bd_request_set_signer_id (request, customer_id);
  bd_request_set_document (request, BD_DOCUMENT_RESIDENT_ID, "2036-01-01", FALSE);
  bd_request_set_text (request, "南京市玄武区中山路 1 号");
  g_assert_true (bd_requests_store_add (store, request, staff_id, &error));
  for (guint i = 0; documents[i] != NULL; i++)
    g_assert_true (bd_case_store_set_document (store, kase, documents[i], BD_DOCUMENT_RECEIVED,
                                               staff_id, &error));
  g_assert_true (bd_requests_store_take_step (store, request, "accepted", staff_id, NULL, &error));
  g_assert_true (bd_requests_store_take_step (store, request, "approved", staff_id, NULL, &error));
  bd_test_clock_fix (later);
  g_assert_true (bd_requests_store_take_step (store, request, "completed", staff_id, NULL, &error));
  g_assert_no_error (error);
  return bd_case_get_id (kase);
}
