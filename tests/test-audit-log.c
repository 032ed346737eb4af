/* test-audit-log.c — the audit log read at the desk: filters, pages, roles, CSV, its own audit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bd-audit-log.h"
#include "bd-claim-catalogue.h"
#include "bd-complaint-catalogue.h"
#include "bd-request-catalogue.h"
#include "bd-staff-store.h"
#include "bd-store.h"
#include "bd-test-fixture.h"

#define BOM "\xEF\xBB\xBF"

typedef struct
{
  BdTestStore base;
  BdStore    *store;
  gint64      wangfang;    /* counter */
  gint64      liqiang;     /* counter */
  gint64      zhoujun;     /* supervisor */
  gint64      chen;        /* customers */
  gint64      lin;
  BdSession  *clerk;       /* wangfang's desk */
  BdSession  *supervisor;  /* zhoujun's desk */
} Fixture;

/* One row written at @when (the branch's time), as the desk writes its rows. */
static void
append_at (Fixture    *fixture,
           const char *when,
           gint64      staff_id,
           const char *action,
           gint64      customer_id,
           const char *detail)
{
  g_autoptr(GError) error = NULL;

  bd_test_clock_fix (when);
  g_assert_true (bd_store_append_audit (fixture->store, staff_id, action, NULL, 0, customer_id,
                                        detail, &error));
  g_assert_no_error (error);
}

/* Four days of the branch's work, then both desks signed in (on 2026-06-08). */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BdStore *store;

  bd_test_clock_fix ("2026-06-01T08:00:00+08:00");
  bd_test_store_set_up (&fixture->base, "bd-audit-log", "branch.db");
  store = fixture->store = fixture->base.store;
  fixture->wangfang = bd_test_add_staff (store, "wangfang", "王芳", BD_ROLE_COUNTER, "wf-pass", NULL);
  fixture->liqiang = bd_test_add_staff (store, "liqiang", "李强", BD_ROLE_COUNTER, NULL, NULL);
  fixture->zhoujun = bd_test_add_staff (store, "zhoujun", "周军", BD_ROLE_SUPERVISOR, "zj-pass", NULL);
  fixture->chen = bd_test_add_person (store, "陈大文", BD_SEX_MALE, "1970-02-03", NULL, NULL);
  fixture->lin = bd_test_add_person (store, "林小红", BD_SEX_FEMALE, "1985-07-09", NULL, NULL);
  append_at (fixture, "2026-06-01T10:00:00+08:00", fixture->wangfang, "contact-recorded",
             fixture->chen, "电话, 客户说\"好的\"");
  append_at (fixture, "2026-06-02T09:00:00+08:00", fixture->wangfang, "reveal", fixture->lin,
             "mobile");
  /* Late on the 3rd in the branch, still the 3rd in UTC; just after midnight on the 4th,
   * the 3rd in UTC: the period is the branch's days. */
  append_at (fixture, "2026-06-03T23:30:00+08:00", fixture->liqiang, "contact-recorded",
             fixture->chen, NULL);
  append_at (fixture, "2026-06-04T00:30:00+08:00", fixture->zhoujun, "case-step", fixture->lin,
             NULL);
  bd_test_clock_fix ("2026-06-08T09:00:00+08:00");
  fixture->clerk = bd_test_sign_in (store, "wangfang", "wf-pass");
  fixture->supervisor = bd_test_sign_in (store, "zhoujun", "zj-pass");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->clerk);
  g_clear_object (&fixture->supervisor);
  bd_test_store_tear_down (&fixture->base);
}

static GPtrArray *
read_all (BdSession           *session,
          const BdAuditFilter *filter)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items = bd_audit_log_read_page (session, filter, 0, 100, &error);

  g_assert_no_error (error);
  g_assert_nonnull (items);
  return items;
}

static BdAuditItem *
item_at (GPtrArray *items,
         guint      i)
{
  return g_ptr_array_index (items, i);
}

/* Each part of the filter narrows to what it names, and only that. */
static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  BdAuditFilter filter;
  g_autoptr(GPtrArray) everything = NULL;
  g_autoptr(GPtrArray) by_staff = NULL;
  g_autoptr(GPtrArray) by_action = NULL;
  g_autoptr(GPtrArray) by_customer = NULL;
  g_autoptr(GPtrArray) by_period = NULL;
  BdAuditField field;

  bd_audit_filter_init (&filter);
  everything = read_all (fixture->supervisor, &filter);
  /* The four rows, the two sign-ins: newest first. */
  g_assert_cmpuint (everything->len, ==, 6);
  for (guint i = 1; i < everything->len; i++)
    g_assert_cmpint (bd_audit_item_get_id (item_at (everything, i - 1)), >,
                     bd_audit_item_get_id (item_at (everything, i)));

  filter.staff_id = fixture->liqiang;
  by_staff = read_all (fixture->supervisor, &filter);
  g_assert_cmpuint (by_staff->len, ==, 1);
  g_assert_cmpstr (bd_audit_item_get_staff_name (item_at (by_staff, 0)), ==, "李强");

  bd_audit_filter_init (&filter);
  filter.action = "contact-recorded";
  by_action = read_all (fixture->supervisor, &filter);
  g_assert_cmpuint (by_action->len, ==, 2);
  for (guint i = 0; i < by_action->len; i++)
    g_assert_cmpstr (bd_audit_item_get_action (item_at (by_action, i)), ==, "contact-recorded");

  bd_audit_filter_init (&filter);
  filter.customer_id = fixture->lin;
  by_customer = read_all (fixture->supervisor, &filter);
  g_assert_cmpuint (by_customer->len, ==, 2);
  g_assert_cmpstr (bd_audit_item_get_action (item_at (by_customer, 0)), ==, "case-step");
  g_assert_cmpstr (bd_audit_item_get_customer_name (item_at (by_customer, 1)), ==, "林小红");

  bd_audit_filter_init (&filter);
  g_assert_true (bd_audit_filter_set_period (&filter, "2026-06-02", "2026-06-03", &field, NULL));
  by_period = read_all (fixture->supervisor, &filter);
  g_assert_cmpuint (by_period->len, ==, 2);
  g_assert_cmpstr (bd_audit_item_get_action (item_at (by_period, 0)), ==, "contact-recorded");
  g_assert_cmpint (bd_audit_item_get_staff_id (item_at (by_period, 0)), ==, fixture->liqiang);
  g_assert_cmpstr (bd_audit_item_get_action (item_at (by_period, 1)), ==, "reveal");
}

/* Pages follow each other below the last row shown, none twice, none missed. */
static void
test_pages (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GError) error = NULL;
  BdAuditFilter filter;

  bd_audit_filter_init (&filter);
  filter.action = "contact-recorded";
  first = bd_audit_log_read_page (fixture->supervisor, &filter, 0, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 1);
  g_assert_cmpint (bd_audit_item_get_staff_id (item_at (first, 0)), ==, fixture->liqiang);
  second = bd_audit_log_read_page (fixture->supervisor, &filter,
                                   bd_audit_item_get_id (item_at (first, 0)), 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (second->len, ==, 1);
  g_assert_cmpint (bd_audit_item_get_staff_id (item_at (second, 0)), ==, fixture->wangfang);
}

static void
assert_all_by (GPtrArray *items,
               gint64     staff_id)
{
  g_assert_cmpuint (items->len, >, 0);
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpint (bd_audit_item_get_staff_id (item_at (items, i)), ==, staff_id);
}

/* A counter clerk asking for someone else's rows, or everyone's, gets their own: the core
 * decides, not the window. */
static void
test_counter_reads_own (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) asked_other = NULL;
  g_autoptr(GPtrArray) asked_all = NULL;
  g_autofree char *csv = NULL;
  BdAuditFilter filter;
  g_autoptr(GListModel) own = bd_audit_log_list_staff (fixture->clerk, NULL);
  g_autoptr(GListModel) all = bd_audit_log_list_staff (fixture->supervisor, NULL);
  g_autoptr(BdStaff) herself = g_list_model_get_item (own, 0);

  g_assert_false (bd_audit_log_may_read_everyone (fixture->clerk));
  g_assert_true (bd_audit_log_may_read_everyone (fixture->supervisor));
  /* The filter offers a clerk herself alone, a supervisor everyone. */
  g_assert_cmpuint (g_list_model_get_n_items (own), ==, 1);
  g_assert_cmpint (bd_staff_get_id (herself), ==, fixture->wangfang);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
  bd_audit_filter_init (&filter);
  filter.staff_id = fixture->liqiang;
  asked_other = read_all (fixture->clerk, &filter);
  /* Her contact, her reveal, her sign-in, and the reading just made is not yet in it. */
  g_assert_cmpuint (asked_other->len, ==, 3);
  assert_all_by (asked_other, fixture->wangfang);
  filter.staff_id = 0;
  asked_all = read_all (fixture->clerk, &filter);
  assert_all_by (asked_all, fixture->wangfang);
  filter.staff_id = fixture->zhoujun;
  csv = bd_audit_log_export_csv (fixture->clerk, &filter, NULL);
  g_assert_nonnull (strstr (csv, "王芳"));
  g_assert_null (strstr (csv, "周军"));
  g_assert_null (strstr (csv, "李强"));
}

static void
test_labels (void)
{
  const char *const *actions = bd_audit_list_actions ();

  g_assert_cmpstr (bd_audit_action_get_label ("contact-recorded"), ==, "Contact recorded");
  g_assert_cmpstr (bd_audit_action_get_label ("audit-log-exported"), ==, "Audit log exported");
  /* Unknown: shown by its name. */
  g_assert_cmpstr (bd_audit_action_get_label ("retired-action"), ==, "retired-action");
  g_assert_cmpuint (g_strv_length ((char **) actions), >, 40);
  for (guint i = 0; actions[i] != NULL; i++)
    g_assert_cmpstr (bd_audit_action_get_label (actions[i]), !=, actions[i]);
}

/* @detail of a row of @action, as the supervisor's window says it. */
static char *
describe (Fixture    *fixture,
          const char *action,
          const char *detail)
{
  g_autoptr(BdAuditItem) item = bd_audit_item_new (1, "2026-06-08T01:00:00Z", fixture->zhoujun,
                                                   "周军", action, 0, NULL, detail);

  return bd_audit_log_describe_detail (fixture->supervisor, item);
}

/* The account rows' codes said in words; any other detail as written. */
static void
test_details_described (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *added = describe (fixture, "staff-added", "liuxiao, supervisor");
  g_autofree char *edited = describe (fixture, "staff-edited",
                                      "role: counter → supervisor; 升任主管");
  g_autofree char *owed = describe (fixture, "password-changed", "change owed");
  g_autofree char *other = describe (fixture, "complaint-handed-over", "赵敏");
  g_autofree char *odd = describe (fixture, "staff-added", "liuxiao, janitor");
  g_autofree char *none = describe (fixture, "password-changed", NULL);

  g_assert_cmpstr (added, ==, "liuxiao, Supervisor");
  g_assert_cmpstr (edited, ==, "Role: Counter staff → Supervisor; 升任主管");
  g_assert_cmpstr (owed, ==, "The change owed at the first sign-in");
  g_assert_cmpstr (other, ==, "赵敏");
  /* A role this desk does not know: as written. */
  g_assert_cmpstr (odd, ==, "liuxiao, janitor");
  g_assert_null (none);
}

/* The workflows' codes said with their own labels: a case's states, a document, a
 * deadline, a scorecard item, a contact's kind, a tracing attempt, a revealed value. */
static void
test_workflow_details_described (Fixture       *fixture,
                                 gconstpointer  data)
{
  const BdLifecycle *complaints = bd_complaint_case_kind ()->lifecycle;
  const BdCaseKind *requests = bd_request_case_kind ();
  const BdCaseKind *claims = bd_claim_case_kind ();
  g_autofree char *step = describe (fixture, "case-step", "TS202610250001 decided→visited");
  g_autofree char *step_said = g_strdup_printf ("TS202610250001: %s → %s",
                                                bd_lifecycle_state_label (complaints, "decided"),
                                                bd_lifecycle_state_label (complaints, "visited"));
  g_autofree char *document = describe (fixture, "case-document", requests->documents[0].name);
  g_autofree char *deadline = describe (fixture, "deadline-extended", claims->deadlines[0].name);
  g_autofree char *contact = describe (fixture, "contact-recorded", "phone");
  g_autofree char *tracing = describe (fixture, "tracing-recorded",
                                       "method 2 not reached: normal → difficult");
  g_autofree char *reveal = describe (fixture, "reveal", "mobile");
  g_autofree char *item = describe (fixture, "finding-opened", "applicant-entitled");
  g_autofree char *unknown_step = describe (fixture, "case-step", "XX202610250001 a→b");
  g_autofree char *unknown_login = describe (fixture, "sign-in-failed", "unknown login");

  g_assert_cmpstr (step, ==, step_said);
  g_assert_null (strstr (step, "decided"));
  g_assert_cmpstr (document, ==, requests->documents[0].label);
  g_assert_cmpstr (deadline, ==, claims->deadlines[0].label);
  g_assert_cmpstr (contact, ==, "Phone call");
  g_assert_cmpstr (tracing, ==, "Method 2, not reached: Normal → Difficult");
  g_assert_cmpstr (reveal, ==, "Mobile");
  g_assert_cmpstr (item, ==, "Applicant entitled");
  /* A number no workflow gives: as written. */
  g_assert_cmpstr (unknown_step, ==, "XX202610250001 a→b");
  g_assert_cmpstr (unknown_login, ==, "A login no account has");
}

/* A reading's filter said as the window offers it, its period in the branch's time;
 * everything unfiltered left out. */
static void
test_reading_described (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *all = describe (fixture, "audit-log-read",
                                   "staff=0 action= customer=0 since= until= before=0 rows=1");
  g_autofree char *some = describe (fixture, "audit-log-exported",
                                    "staff=2 action=sign-in customer=17 "
                                    "since=2026-05-31T16:00:00Z until=2026-06-07T16:00:00Z "
                                    "before=0 rows=4");
  g_autofree char *garbled = describe (fixture, "audit-log-read", "staff=2 rows=x");

  g_assert_cmpstr (all, ==, "1 row");
  g_assert_cmpstr (some, ==, "staff number 2; action “Signed in”; customer number 17; "
                             "from 2026-06-01 00:00; before 2026-06-08 00:00; 4 rows");
  g_assert_cmpstr (garbled, ==, "staff=2 rows=x");
}

/* UTF-8 with a byte-order mark, RFC 4180 quoting, the Chinese as written, and exactly the
 * rows the filter gives. */
static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  BdAuditFilter filter;

  bd_audit_filter_init (&filter);
  filter.customer_id = fixture->chen;
  csv = bd_audit_log_export_csv (fixture->supervisor, &filter, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (csv, BOM "Time,Staff number,Staff member,Action,"
                                        "Customer number,Customer,Detail\r\n"));
  lines = g_strsplit (csv, "\r\n", -1);
  /* Header, the two contacts about 陈大文, the empty rest after the last CRLF. */
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[1], "2026-06-03 23:30,"));
  g_assert_nonnull (strstr (lines[1], ",李强,Contact recorded,"));
  g_assert_true (g_str_has_prefix (lines[2], "2026-06-01 10:00,"));
  g_assert_nonnull (strstr (lines[2], ",王芳,Contact recorded,"));
  g_assert_nonnull (strstr (lines[2], ",陈大文,\"电话, 客户说\"\"好的\"\"\""));
  g_assert_null (strstr (csv, "林小红"));
  g_assert_cmpstr (lines[3], ==, "");
}

/* Reading and exporting are themselves in the log, by who did them. */
static void
test_reading_is_audited (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *csv = NULL;
  BdAuditFilter filter;

  bd_audit_filter_init (&filter);
  filter.staff_id = fixture->liqiang;
  items = read_all (fixture->supervisor, &filter);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "audit-log-read", NULL), ==, 1);
  csv = bd_audit_log_export_csv (fixture->supervisor, &filter, NULL);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "audit-log-exported", NULL), ==, 1);

  filter.staff_id = fixture->zhoujun;
  filter.action = "audit-log-exported";
  again = read_all (fixture->supervisor, &filter);
  g_assert_cmpuint (again->len, ==, 1);
  g_assert_nonnull (strstr (bd_audit_item_get_detail (item_at (again, 0)), "rows=1"));
  g_assert_nonnull (strstr (bd_audit_item_get_detail (item_at (again, 0)), "staff=2"));
}

/* When the reading's own row cannot be written, nothing is read: fail closed. */
static void
test_unaudited_reading_is_refused (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *csv = NULL;
  BdAuditFilter filter;

  bd_test_exec (fixture->base.path,
                "CREATE TRIGGER test_no_audit BEFORE INSERT ON audit_log "
                "BEGIN SELECT RAISE (ABORT, 'the audit log cannot be written'); END");
  bd_audit_filter_init (&filter);
  items = bd_audit_log_read_page (fixture->supervisor, &filter, 0, 50, &error);
  g_assert_null (items);
  g_assert_nonnull (error);
  g_clear_error (&error);
  csv = bd_audit_log_export_csv (fixture->supervisor, &filter, &error);
  g_assert_null (csv);
  g_assert_nonnull (error);
}

/* The period is checked in the core, each refusal on its field, the filter unchanged. */
static void
test_period_is_checked (void)
{
  g_autoptr(GError) error = NULL;
  BdAuditFilter filter;
  BdAuditField field;

  bd_audit_filter_init (&filter);
  g_assert_false (bd_audit_filter_set_period (&filter, "2026-06-05", "2026-06-01", &field, &error));
  g_assert_error (error, BD_AUDIT_ERROR, BD_AUDIT_ERROR_PERIOD_REVERSED);
  g_assert_cmpint (field, ==, BD_AUDIT_FIELD_TO);
  g_clear_error (&error);
  g_assert_false (bd_audit_filter_set_period (&filter, "2026-13-01", "", &field, &error));
  g_assert_error (error, BD_AUDIT_ERROR, BD_AUDIT_ERROR_INVALID_DATE);
  g_assert_cmpint (field, ==, BD_AUDIT_FIELD_FROM);
  g_clear_error (&error);
  g_assert_false (bd_audit_filter_set_period (&filter, "", "6月1日", &field, &error));
  g_assert_cmpint (field, ==, BD_AUDIT_FIELD_TO);
  g_clear_error (&error);
  g_assert_false (g_date_valid (&filter.from));
  g_assert_false (g_date_valid (&filter.to));
  g_assert_false (bd_audit_filter_set_customer (&filter, "12a", &error));
  g_assert_error (error, BD_AUDIT_ERROR, BD_AUDIT_ERROR_INVALID_CUSTOMER);
  g_clear_error (&error);
  g_assert_cmpint (filter.customer_id, ==, 0);
  g_assert_true (bd_audit_filter_set_customer (&filter, "42", &error));
  g_assert_cmpint (filter.customer_id, ==, 42);
  g_assert_true (bd_audit_filter_set_period (&filter, "2026-06-01", "", &field, &error));
  g_assert_no_error (error);
  g_assert_cmpint (field, ==, BD_AUDIT_FIELD_NONE);
  g_assert_true (g_date_valid (&filter.from));
  g_assert_false (g_date_valid (&filter.to));
}

int
main (int    argc,
      char **argv)
{
  bd_test_init_in_english (&argc, &argv);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/audit-log/filters", test_filters);
  ADD ("/audit-log/pages", test_pages);
  ADD ("/audit-log/counter-reads-own", test_counter_reads_own);
  ADD ("/audit-log/csv", test_csv);
  ADD ("/audit-log/reading-is-audited", test_reading_is_audited);
  ADD ("/audit-log/unaudited-reading-is-refused", test_unaudited_reading_is_refused);
  ADD ("/audit-log/details-described", test_details_described);
  ADD ("/audit-log/reading-described", test_reading_described);
  ADD ("/audit-log/workflow-details-described", test_workflow_details_described);
#undef ADD
  g_test_add_func ("/audit-log/labels", test_labels);
  g_test_add_func ("/audit-log/period-is-checked", test_period_is_checked);
  return g_test_run ();
}
