/* test-permissions.c — the permission table, and the desk's writes through the session:
 * refused without the permission, in the signed-in staff member's name, and written with
 * their audit row or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-contacts-desk.h"
#include "bd-contacts-store.h"
#include "bd-customers-store.h"
#include "bd-household-desk.h"
#include "bd-household-store.h"
#include "bd-print-desk.h"
#include "bd-test-fixture.h"

typedef struct
{
  BdTestStore base;
  BdStore    *store;
  gint64      counter_id;
  gint64      colleague_id;
  gint64      customer;
  gint64      child;
  gint64      household;
  gint64      policy;
  BdSession  *session;    /* the counter, signed in */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 product;
  g_autoptr(BdPolicy) policy = NULL;

  bd_test_store_set_up (&fixture->base, "bd-permissions", "branch.db");
  fixture->store = fixture->base.store;
  fixture->counter_id = bd_test_add_staff (fixture->store, "counter", "柜员甲", BD_ROLE_COUNTER,
                                           "counter-pass", NULL);
  fixture->colleague_id = bd_test_add_staff (fixture->store, "colleague", "柜员乙", BD_ROLE_COUNTER,
                                             "colleague-pass", NULL);
  bd_test_add_staff (fixture->store, "boss", "主管", BD_ROLE_SUPERVISOR, "boss-pass", NULL);
  bd_test_add_staff (fixture->store, "admin", "管理员", BD_ROLE_ADMINISTRATOR, "admin-pass", NULL);

  fixture->customer = bd_test_add_person (fixture->store, "陈建国", BD_SEX_MALE, "1970-05-01",
                                          NULL, NULL);
  fixture->child = bd_test_add_person (fixture->store, "陈小明", BD_SEX_MALE, "2005-03-01",
                                       NULL, NULL);
  fixture->household = bd_test_add_household (fixture->store, "陈家", (BdTestMember[]) {
                                                { fixture->customer, BD_RELATION_SELF },
                                              }, 1);
  product = bd_store_add_product (fixture->store, "L01", "终身寿险", BD_PRODUCT_LIFE, 0, NULL);
  policy = bd_test_policy_new_standard ("P0001", product, fixture->customer, fixture->customer);
  fixture->policy = bd_test_add_policy (fixture->store, policy);

  fixture->session = bd_test_sign_in (fixture->store, "counter", "counter-pass");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->session);
  bd_test_store_tear_down (&fixture->base);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return bd_test_query_int (fixture->base.path, sql);
}

/* A form of one blank page: what is printed does not matter here, only its audit row. */
static void
draw_nothing (const BdPrintedForm *form,
              guint                page,
              cairo_t             *cr,
              double               width,
              double               height)
{
}

static BdPrintedForm *
new_form (Fixture *fixture,
          gint64   contact_id)
{
  BdPrintedForm *form = bd_printed_form_new ("联系单", BD_PAPER_A5, 1, draw_nothing, NULL, NULL);

  bd_printed_form_set_audit (form, "slip-printed", "contact", contact_id, fixture->customer, NULL);
  return form;
}

/* A contact of the fixture's customer, written by nobody yet. */
static BdContact *
new_contact (Fixture *fixture)
{
  return bd_test_contact_new (fixture->customer, BD_CONTACT_PHONE, 0, "约定下周上门");
}

/* ── the table ─────────────────────────────────────────────────────────────────── */

/* Exactly what each role could do before the table: reading and writing split, nothing
 * gained or lost by anyone. */
static void
test_table (void)
{
  const struct
  {
    BdPermission permission;
    gboolean     counter, supervisor, administrator;
  } expected[] = {
    { BD_PERMISSION_VIEW_CUSTOMERS, TRUE, TRUE, TRUE },
    { BD_PERMISSION_REVEAL_PERSONAL_DATA, TRUE, TRUE, TRUE },
    { BD_PERMISSION_RECORD_CONTACTS, TRUE, TRUE, TRUE },
    { BD_PERMISSION_EDIT_HOUSEHOLD, TRUE, TRUE, TRUE },
    { BD_PERMISSION_SET_PROTECTION_NEED, TRUE, TRUE, TRUE },
    { BD_PERMISSION_PRINT_FORMS, TRUE, TRUE, TRUE },
    { BD_PERMISSION_BRANCH_QUEUES, FALSE, TRUE, TRUE },
    { BD_PERMISSION_TAKE_REQUESTS, TRUE, TRUE, TRUE },
    { BD_PERMISSION_REVIEW_REQUESTS, FALSE, TRUE, TRUE },
    { BD_PERMISSION_TAKE_CLAIMS, TRUE, TRUE, TRUE },
    { BD_PERMISSION_DECIDE_CLAIMS, FALSE, TRUE, TRUE },
    { BD_PERMISSION_HANDLE_COMPLAINTS, TRUE, TRUE, TRUE },
    { BD_PERMISSION_SPOT_CHECKS, FALSE, TRUE, TRUE },
    { BD_PERMISSION_REPORTS, FALSE, TRUE, TRUE },
    { BD_PERMISSION_MANAGE_STAFF, FALSE, FALSE, TRUE },
    { BD_PERMISSION_BRANCH_SETTINGS, FALSE, FALSE, TRUE },
    { BD_PERMISSION_OWN_AUDIT_LOG, TRUE, TRUE, TRUE },
    { BD_PERMISSION_AUDIT_LOG, FALSE, TRUE, TRUE },
  };

  g_assert_cmpuint (G_N_ELEMENTS (expected), ==, BD_N_PERMISSIONS);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpint (expected[i].permission, ==, i);
      g_assert_cmpint (bd_role_may (BD_ROLE_COUNTER, i), ==, expected[i].counter);
      g_assert_cmpint (bd_role_may (BD_ROLE_SUPERVISOR, i), ==, expected[i].supervisor);
      g_assert_cmpint (bd_role_may (BD_ROLE_ADMINISTRATOR, i), ==, expected[i].administrator);
    }
  g_assert_false (bd_role_may (BD_ROLE_ADMINISTRATOR, BD_N_PERMISSIONS));
}

/* ── refusals: nothing written ─────────────────────────────────────────────────── */

static gboolean
write_setting_cb (BdStore   *store,
                  gint64     staff_id,
                  gpointer   user_data,
                  GError   **error)
{
  gboolean *called = user_data;

  *called = TRUE;
  return bd_store_set_setting (store, "branch-name", "城东支公司", error) &&
         bd_store_append_audit (store, staff_id, "setting-changed", NULL, 0, 0, "branch-name", error);
}

static void
test_role_without_permission (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(BdSession) boss = bd_test_sign_in (fixture->store, "boss", "boss-pass");
  g_autoptr(BdSession) admin = bd_test_sign_in (fixture->store, "admin", "admin-pass");
  g_autoptr(GError) error = NULL;
  gint64 audit_rows = count (fixture, "SELECT count(*) FROM audit_log");
  gboolean called = FALSE;

  /* Counter staff and supervisors may not change the branch's settings: the write is
   * never run, and neither the setting nor an audit row is written. */
  g_assert_false (bd_session_write (fixture->session, BD_PERMISSION_BRANCH_SETTINGS,
                                    write_setting_cb, &called, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_false (bd_session_write (boss, BD_PERMISSION_BRANCH_SETTINGS, write_setting_cb,
                                    &called, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_false (called);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM setting WHERE key = 'branch-name'"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log"), ==, audit_rows);

  /* The administrator may, in their own name. */
  g_assert_true (bd_session_write (admin, BD_PERMISSION_BRANCH_SETTINGS, write_setting_cb,
                                   &called, &error));
  g_assert_no_error (error);
  g_assert_true (called);
  g_assert_cmpint (count (fixture, "SELECT staff_id FROM audit_log WHERE action = 'setting-changed'"),
                   ==, bd_session_get_staff_id (admin));
}

/* Each of the desk's writes, refused with @code by @session; nothing reaches the file. */
static void
assert_every_write_refused (Fixture   *fixture,
                            BdSession *session,
                            int        code)
{
  g_autoptr(BdContact) contact = new_contact (fixture);
  g_autoptr(BdContact) original = new_contact (fixture);
  g_autoptr(BdContact) correction = new_contact (fixture);
  g_autoptr(BdPrintedForm) form = NULL;
  g_autoptr(GError) error = NULL;
  BdProtectionNeed need = { 20000000, 100000000, 10 };
  gint64 original_id, audit_rows;

  bd_contact_set_staff_id (original, fixture->counter_id);
  original_id = bd_test_add_contact (fixture->store, original);
  audit_rows = count (fixture, "SELECT count(*) FROM audit_log");
  form = new_form (fixture, original_id);

#define REFUSED(call) \
  G_STMT_START { \
    g_assert_false (call); \
    g_assert_error (error, BD_SESSION_ERROR, code); \
    g_clear_error (&error); \
  } G_STMT_END
  REFUSED (bd_contacts_desk_record (session, contact, &error));
  REFUSED (bd_contacts_desk_void (session, original_id, "记错了客户", &error));
  REFUSED (bd_contacts_desk_correct (session, original_id, correction, "记错了结果", &error));
  REFUSED (bd_contacts_desk_record_tracing (session, fixture->policy, BD_TRACING_PHONE, FALSE,
                                            "无人接听", NULL, &error));
  REFUSED (bd_household_desk_add_member (session, fixture->household, fixture->child,
                                         BD_RELATION_CHILD, "新成员", &error));
  REFUSED (bd_household_desk_set_relation (session, fixture->household, fixture->customer,
                                           BD_RELATION_SPOUSE, "改关系", &error));
  REFUSED (bd_household_desk_remove_member (session, fixture->household, fixture->customer,
                                            "迁出", &error));
  REFUSED (bd_household_desk_set_need (session, fixture->household, &need, &error));
  REFUSED (bd_print_desk_audit (session, form, NULL, &error));
#undef REFUSED

  g_assert_cmpint (bd_contact_get_id (contact), ==, 0);
  g_assert_false (bd_contacts_desk_may_amend (session, original));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM contact"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM contact_amendment"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM tracing_attempt"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household_member"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household_need"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log"), ==, audit_rows);
}

static void
test_locked_desk_writes_nothing (Fixture       *fixture,
                                 gconstpointer  data)
{
  bd_session_lock (fixture->session);
  assert_every_write_refused (fixture, fixture->session, BD_SESSION_ERROR_LOCKED);
}

static void
test_signed_out_desk_writes_nothing (Fixture       *fixture,
                                     gconstpointer  data)
{
  bd_session_sign_out (fixture->session);
  assert_every_write_refused (fixture, fixture->session, BD_SESSION_ERROR_NOT_SIGNED_IN);
}

/* ── in whose name ─────────────────────────────────────────────────────────────── */

static void
test_written_in_the_session_name (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(BdContact) contact = new_contact (fixture);
  g_autoptr(BdPrintedForm) form = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *by_others = NULL;
  BdProtectionNeed need = { 20000000, 100000000, 10 };
  BdServiceClass after = BD_SERVICE_DIFFICULT;

  /* Whatever author the record came with, the session's staff member wrote it. */
  bd_contact_set_staff_id (contact, fixture->colleague_id);
  g_assert_true (bd_contacts_desk_record (fixture->session, contact, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bd_contact_get_staff_id (contact), ==, fixture->counter_id);
  sql = g_strdup_printf ("SELECT staff_id FROM contact WHERE id = %" G_GINT64_FORMAT,
                         bd_contact_get_id (contact));
  g_assert_cmpint (count (fixture, sql), ==, fixture->counter_id);

  g_assert_true (bd_contacts_desk_record_tracing (fixture->session, fixture->policy,
                                                  BD_TRACING_PHONE, FALSE, "无人接听", &after,
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpint (after, ==, BD_SERVICE_NORMAL);
  g_assert_true (bd_household_desk_add_member (fixture->session, fixture->household,
                                               fixture->child, BD_RELATION_CHILD, "儿子入户",
                                               &error));
  g_assert_no_error (error);
  g_assert_true (bd_household_desk_set_need (fixture->session, fixture->household, &need, &error));
  g_assert_no_error (error);
  form = new_form (fixture, bd_contact_get_id (contact));
  g_assert_true (bd_print_desk_audit (fixture->session, form, NULL, &error));
  g_assert_no_error (error);

  /* Every audit row of these writes names the counter, and no one else. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action IN "
                                   "('contact-recorded', 'tracing-recorded', 'household-member-added', "
                                   "'protection-need-saved', 'slip-printed')"), ==, 5);
  by_others = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE action IN "
                               "('contact-recorded', 'tracing-recorded', 'household-member-added', "
                               "'protection-need-saved', 'slip-printed') "
                               "AND staff_id IS NOT %" G_GINT64_FORMAT, fixture->counter_id);
  g_assert_cmpint (count (fixture, by_others), ==, 0);
}

/* Who wrote a record, or a supervisor, may amend it (domain §11), asked of the session. */
static void
test_may_amend (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BdSession) colleague = bd_test_sign_in (fixture->store, "colleague", "colleague-pass");
  g_autoptr(BdSession) boss = bd_test_sign_in (fixture->store, "boss", "boss-pass");
  g_autoptr(BdContact) contact = new_contact (fixture);
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_contacts_desk_record (fixture->session, contact, &error));
  g_assert_true (bd_contacts_desk_may_amend (fixture->session, contact));
  g_assert_false (bd_contacts_desk_may_amend (colleague, contact));
  g_assert_true (bd_contacts_desk_may_amend (boss, contact));

  /* What is not offered is refused too, by the store's rule of the record. */
  g_assert_false (bd_contacts_desk_void (colleague, bd_contact_get_id (contact), "不是我的", &error));
  g_assert_error (error, BD_CONTACT_ERROR, BD_CONTACT_FIELD_RECORD);
  g_clear_error (&error);
  g_assert_true (bd_contacts_desk_void (boss, bd_contact_get_id (contact), "重复登记", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT staff_id FROM contact_amendment"), ==,
                   bd_session_get_staff_id (boss));
}

/* ── the record and its audit row: together or not at all ─────────────────────── */

/* From now on, no audit row can be written: as a full disk or a broken file would do it
 * after the record's own row went in. */
static void
break_audit_log (Fixture *fixture)
{
  bd_test_break_audit_log (fixture->base.path);
}

static void
test_no_audit_no_record (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BdContact) original = new_contact (fixture);
  g_autoptr(BdContact) contact = new_contact (fixture);
  g_autoptr(BdContact) correction = new_contact (fixture);
  g_autoptr(GError) error = NULL;
  BdProtectionNeed need = { 20000000, 100000000, 10 };
  BdServiceClass after = BD_SERVICE_NORMAL;
  gboolean called = FALSE;
  gint64 original_id;

  g_assert_true (bd_contacts_desk_record (fixture->session, original, &error));
  original_id = bd_contact_get_id (original);
  break_audit_log (fixture);

#define NOT_WRITTEN(call) \
  G_STMT_START { \
    g_assert_false (call); \
    g_assert_error (error, BD_STORE_ERROR, BD_STORE_ERROR_CONSTRAINT); \
    g_clear_error (&error); \
  } G_STMT_END
  NOT_WRITTEN (bd_contacts_desk_record (fixture->session, contact, &error));
  NOT_WRITTEN (bd_contacts_desk_correct (fixture->session, original_id, correction, "记错了结果",
                                         &error));
  NOT_WRITTEN (bd_contacts_desk_void (fixture->session, original_id, "记错了客户", &error));
  NOT_WRITTEN (bd_contacts_desk_record_tracing (fixture->session, fixture->policy,
                                                BD_TRACING_PHONE, FALSE, "无人接听", &after,
                                                &error));
  NOT_WRITTEN (bd_household_desk_add_member (fixture->session, fixture->household, fixture->child,
                                             BD_RELATION_CHILD, "儿子入户", &error));
  NOT_WRITTEN (bd_household_desk_set_need (fixture->session, fixture->household, &need, &error));
  /* A write of several statements is one transaction too: the setting goes with the row. */
  NOT_WRITTEN (bd_session_write (fixture->session, BD_PERMISSION_VIEW_CUSTOMERS, write_setting_cb,
                                 &called, &error));
#undef NOT_WRITTEN

  g_assert_true (called);
  g_assert_cmpint (bd_contact_get_id (contact), ==, 0);
  g_assert_cmpint (bd_contact_get_id (correction), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM contact"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM contact_amendment"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM tracing_attempt"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household_member"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household_need"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM setting WHERE key = 'branch-name'"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/permissions/table", test_table);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/permissions/refused/role", test_role_without_permission);
  ADD ("/permissions/refused/locked", test_locked_desk_writes_nothing);
  ADD ("/permissions/refused/signed-out", test_signed_out_desk_writes_nothing);
  ADD ("/permissions/desk/in-the-session-name", test_written_in_the_session_name);
  ADD ("/permissions/desk/may-amend", test_may_amend);
  ADD ("/permissions/desk/no-audit-no-record", test_no_audit_no_record);
#undef ADD

  return g_test_run ();
}
