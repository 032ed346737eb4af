/* test-setup.c — a new branch on an empty file, its key, and training branches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bd-audit-log.h"
#include "bd-branch-settings.h"
#include "bd-demo.h"
#include "bd-password-rules.h"
#include "bd-print-recovery.h"
#include "bd-setup.h"
#include "bd-staff-store.h"
#include "bd-test-fixture.h"

typedef BdTestStore Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bd_test_store_set_up (fixture, "bd-setup", "branch.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bd_test_store_tear_down (fixture);
  /* The printing follows the branch last noted: the next test starts from none. */
  bd_setup_note_branch (NULL);
}

/* What a person types for a new branch: valid, field by field. */
static void
fill_branch (const char *values[BD_SETUP_N_FIELDS])
{
  values[BD_SETUP_FIELD_COMPANY_NAME] = "  衡信人寿保险股份有限公司 ";
  values[BD_SETUP_FIELD_BRANCH_NAME] = "鼓楼支公司";
  values[BD_SETUP_FIELD_BRANCH_ADDRESS] = "南京市鼓楼区中山北路 100 号";
  values[BD_SETUP_FIELD_BRANCH_PHONE] = "025-8300 1234";
  values[BD_SETUP_FIELD_TIME_ZONE] = bd_setup_field_get_default (BD_SETUP_FIELD_TIME_ZONE);
  values[BD_SETUP_FIELD_LOGIN] = "chenjing";
  values[BD_SETUP_FIELD_NAME] = "陈静";
  values[BD_SETUP_FIELD_PASSWORD] = "鼓楼柜面2026";
  values[BD_SETUP_FIELD_REPEATED] = "鼓楼柜面2026";
}

static guint
count_staff (BdStore *store)
{
  BdStoreCounts counts;

  g_assert_true (bd_store_get_counts (store, &counts, NULL));
  return counts.staff;
}

static void
test_create_branch (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *values[BD_SETUP_N_FIELDS];
  g_autoptr(GError) error = NULL;
  g_autoptr(BdSession) session = bd_session_new (fixture->store);
  g_autofree char *company = NULL;
  g_autofree char *zone = NULL;
  gboolean needed = FALSE;
  gint64 staff_id;

  g_assert_true (bd_setup_needs_branch (fixture->store, &needed, &error));
  g_assert_true (needed);
  g_assert_cmpstr (bd_setup_field_get_default (BD_SETUP_FIELD_TIME_ZONE), ==, "Asia/Shanghai");

  fill_branch (values);
  staff_id = bd_setup_create_branch (fixture->store, values, &error);
  g_assert_no_error (error);
  g_assert_cmpint (staff_id, >, 0);

  /* The settings as kept: cleaned, and read back through the settings' own table. */
  company = bd_branch_setting_dup (fixture->store, "company-name");
  zone = bd_branch_setting_dup (fixture->store, "time-zone");
  g_assert_cmpstr (company, ==, "衡信人寿保险股份有限公司");
  g_assert_cmpstr (zone, ==, "Asia/Shanghai");
  g_assert_cmpint (bd_store_count_audit (fixture->store, "branch-created", NULL), ==, 1);
  g_assert_cmpstr (bd_audit_action_get_label ("branch-created"), !=, "branch-created");
  g_assert_true (bd_setup_needs_branch (fixture->store, &needed, &error));
  g_assert_false (needed);

  /* The administrator signs in with the password typed. */
  g_assert_true (bd_session_sign_in (session, "chenjing", "鼓楼柜面2026", &error));
  g_assert_no_error (error);
  g_assert_cmpint (bd_staff_get_role (bd_session_get_staff (session)), ==,
                   BD_ROLE_ADMINISTRATOR);
  g_assert_cmpstr (bd_staff_get_name (bd_session_get_staff (session)), ==, "陈静");
}

static void
test_refused_when_set_up (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *values[BD_SETUP_N_FIELDS];
  g_autoptr(GError) error = NULL;
  g_autofree char *company = NULL;

  bd_test_add_staff (fixture->store, "wangfang", "王芳", BD_ROLE_COUNTER, "a1b2c3d4e5", NULL);
  fill_branch (values);
  g_assert_cmpint (bd_setup_create_branch (fixture->store, values, &error), ==, 0);
  g_assert_error (error, BD_SETUP_ERROR, BD_SETUP_ERROR_SET_UP);
  /* Nothing of it written: neither a setting, nor an account, nor an audit row. */
  company = bd_store_dup_setting (fixture->store, "company-name");
  g_assert_null (company);
  g_assert_cmpuint (count_staff (fixture->store), ==, 1);
  g_assert_cmpint (bd_store_count_audit (fixture->store, "branch-created", NULL), ==, 0);
}

/* @field set to @value is refused, on that field, and nothing is written. */
static void
assert_field_refused (BdStore      *store,
                      BdSetupField  field,
                      const char   *value)
{
  const char *values[BD_SETUP_N_FIELDS];
  g_autoptr(GError) error = NULL;

  fill_branch (values);
  values[field] = value;
  g_assert_cmpint (bd_setup_create_branch (store, values, &error), ==, 0);
  g_assert_error (error, BD_SETUP_FIELD_ERROR, (gint) field);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_cmpuint (count_staff (store), ==, 0);
}

static void
test_field_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *values[BD_SETUP_N_FIELDS];
  g_autoptr(GError) error = NULL;

  assert_field_refused (fixture->store, BD_SETUP_FIELD_COMPANY_NAME, "   ");
  assert_field_refused (fixture->store, BD_SETUP_FIELD_BRANCH_NAME, "");
  assert_field_refused (fixture->store, BD_SETUP_FIELD_BRANCH_ADDRESS, "");
  assert_field_refused (fixture->store, BD_SETUP_FIELD_BRANCH_PHONE, "call us");
  assert_field_refused (fixture->store, BD_SETUP_FIELD_TIME_ZONE, "Asia/Nanjing");
  assert_field_refused (fixture->store, BD_SETUP_FIELD_LOGIN, "chen jing");
  assert_field_refused (fixture->store, BD_SETUP_FIELD_LOGIN, "");
  assert_field_refused (fixture->store, BD_SETUP_FIELD_NAME, " ");
  assert_field_refused (fixture->store, BD_SETUP_FIELD_PASSWORD, "short1");
  assert_field_refused (fixture->store, BD_SETUP_FIELD_PASSWORD, BD_DEMO_PASSWORD_ADMINISTRATOR);
  assert_field_refused (fixture->store, BD_SETUP_FIELD_REPEATED, "鼓楼柜面2025");
  g_assert_null (bd_store_dup_setting (fixture->store, "branch-name"));

  /* The assistant's two pages ask the same checks, each about its own fields. */
  fill_branch (values);
  values[BD_SETUP_FIELD_LOGIN] = "";
  g_assert_true (bd_setup_check_branch (values, &error));
  g_assert_false (bd_setup_check_administrator (values, &error));
  g_assert_error (error, BD_SETUP_FIELD_ERROR, BD_SETUP_FIELD_LOGIN);
}

static void
test_recovery_key (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *key_file = g_build_filename (fixture->folder, "branch.key", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BdKey) key = bd_setup_new_key ("branch.db", key_file, &error);
  g_autoptr(BdKey) kept = NULL;
  g_autoptr(BdKey) other = bd_key_new_random ();
  g_autoptr(BdKey) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sloppy = NULL;
  g_autofree char *other_text = bd_key_to_text (other);
  g_autofree char *fingerprint = NULL;
  g_autofree char *kept_fingerprint = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (key);
  /* Kept where the desk finds it again. */
  kept = bd_key_load_file (key_file, &error);
  g_assert_no_error (error);
  fingerprint = bd_key_dup_fingerprint (key);
  kept_fingerprint = bd_key_dup_fingerprint (kept);
  g_assert_cmpstr (fingerprint, ==, kept_fingerprint);

  /* Typed back as shown, or in small letters without the dashes. */
  text = bd_key_to_text (key);
  g_assert_true (bd_setup_check_recovery_key (key, text, &error));
  g_assert_no_error (error);
  sloppy = g_ascii_strdown (text, -1);
  g_strdelimit (sloppy, "-", ' ');
  g_assert_true (bd_setup_check_recovery_key (key, sloppy, &error));
  g_assert_no_error (error);
  /* Another key, a key mistyped. */
  g_assert_false (bd_setup_check_recovery_key (key, other_text, &error));
  g_assert_error (error, BD_SETUP_ERROR, BD_SETUP_ERROR_RECOVERY_KEY);
  g_clear_error (&error);
  text[3] = text[3] == 'A' ? 'B' : 'A';
  g_assert_false (bd_setup_check_recovery_key (key, text, &error));
  g_assert_error (error, BD_KEY_ERROR, BD_KEY_ERROR_INVALID);
  g_clear_error (&error);

  /* A key file is never written over: the desk's key read from it is the new branch's. */
  again = bd_setup_new_key ("other.db", key_file, &error);
  g_assert_no_error (error);
  g_assert_true (bd_setup_check_recovery_key (again, sloppy, NULL));
}

static void
generate_demo (BdStore *store)
{
  BdDemoOptions options = { 20, 7, { 0 } };
  g_autoptr(GError) error = NULL;

  g_date_clear (&options.today, 1);
  g_date_set_dmy (&options.today, 22, G_DATE_NOVEMBER, 2026);
  g_assert_true (bd_demo_generate (store, &options, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_training (Fixture       *fixture,
               gconstpointer  data)
{
  const char *values[BD_SETUP_N_FIELDS];

  /* An empty branch is not a training one, nor one set up by the assistant. */
  g_assert_false (bd_setup_is_training (fixture->store));
  fill_branch (values);
  g_assert_cmpint (bd_setup_create_branch (fixture->store, values, NULL), >, 0);
  g_assert_false (bd_setup_is_training (fixture->store));
  /* The mark is no setting a person changes (`branchdesk-admin setting` refuses it). */
  g_assert_null (bd_branch_setting_find (BD_SETUP_TRAINING_SETTING));
}

/* The assistant's training branch is never made over a branch with staff. */
static void
test_training_refused_when_set_up (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  bd_test_add_staff (fixture->store, "wangfang", "王芳", BD_ROLE_COUNTER, "a1b2c3d4e5", NULL);
  g_assert_false (bd_setup_fill_training (fixture->store, &today, &error));
  g_assert_error (error, BD_SETUP_ERROR, BD_SETUP_ERROR_SET_UP);
  g_assert_false (bd_setup_is_training (fixture->store));
  g_assert_cmpuint (count_staff (fixture->store), ==, 1);
}

static void
test_demo_is_training (Fixture       *fixture,
                       gconstpointer  data)
{
  generate_demo (fixture->store);
  g_assert_true (bd_setup_is_training (fixture->store));
}

/* A printed page's text, through pdftotext: NULL when the test is skipped. */
static char *
recovery_sheet_text (Fixture *fixture)
{
  g_autofree char *pdf = g_build_filename (fixture->folder, "sheet.pdf", NULL);
  g_autoptr(BdPrintedForm) form = NULL;
  g_autofree char *text = bd_key_to_text (bd_test_key ());

  form = bd_printed_form_new_recovery_sheet ("branch.db", text, "0123", "2026-11-22");
  return bd_test_printed_form_text (form, pdf);
}

static void
test_watermark (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->folder, "review.pdf", NULL);
  g_autofree char *real_text = NULL;
  g_autofree char *training_text = NULL;
  g_autofree char *review_text = NULL;
  g_autoptr(BdPrintedForm) review = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  /* A real branch: no watermark. */
  bd_setup_note_branch (fixture->store);
  if ((real_text = recovery_sheet_text (fixture)) == NULL)
    return;
  g_assert_null (strstr (real_text, _("TRAINING")));
  g_assert_nonnull (strstr (real_text, "RecoveryKey"));

  /* The same branch once it holds the demo's data: every form, whatever its area. */
  generate_demo (fixture->store);
  bd_setup_note_branch (fixture->store);
  g_assert_true (bd_printed_form_get_training ());
  training_text = recovery_sheet_text (fixture);
  g_assert_nonnull (strstr (training_text, _("TRAINING")));
  g_assert_nonnull (strstr (training_text, "RecoveryKey"));

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  review = bd_printed_form_new_review_sheet (fixture->store, 1, &today, "王芳", &error);
  g_assert_no_error (error);
  review_text = bd_test_printed_form_text (review, pdf);
  g_assert_nonnull (strstr (review_text, _("TRAINING")));
}

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  g_test_add ("/setup/create-branch", Fixture, NULL, fixture_set_up, test_create_branch,
              fixture_tear_down);
  g_test_add ("/setup/refused-when-set-up", Fixture, NULL, fixture_set_up,
              test_refused_when_set_up, fixture_tear_down);
  g_test_add ("/setup/field-refused", Fixture, NULL, fixture_set_up, test_field_refused,
              fixture_tear_down);
  g_test_add ("/setup/recovery-key", Fixture, NULL, fixture_set_up, test_recovery_key,
              fixture_tear_down);
  g_test_add ("/setup/training/set-up-branch", Fixture, NULL, fixture_set_up, test_training,
              fixture_tear_down);
  g_test_add ("/setup/training/refused-when-set-up", Fixture, NULL, fixture_set_up,
              test_training_refused_when_set_up, fixture_tear_down);
  g_test_add ("/setup/training/demo", Fixture, NULL, fixture_set_up, test_demo_is_training,
              fixture_tear_down);
  g_test_add ("/setup/training/watermark", Fixture, NULL, fixture_set_up, test_watermark,
              fixture_tear_down);
  return g_test_run ();
}
