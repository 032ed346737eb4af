/* test-complaints.c — complaints: first responder, recusal, deadlines, the month's counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bd-calendar.h"
#include "bd-case-entry.h"
#include "bd-case-store.h"
#include "bd-complaints-desk.h"
#include "bd-complaints-store.h"
#include "bd-print-complaint.h"
#include "bd-store.h"
#include "bd-store-private.h"
#include "bd-test-fixture.h"

typedef struct
{
  BdTestStore base;
  BdStore    *store;
  gint64      wangfang;    /* counter, the first responder */
  gint64      liqiang;     /* counter, complained about */
  gint64      zhaomin;     /* counter, who a complaint is handed to */
  gint64      zhoujun;     /* supervisor */
  gint64      customer;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BdStore *store;

  bd_test_clock_fix ("2026-06-01T10:00:00+08:00");
  bd_test_store_set_up (&fixture->base, "bd-complaints", "branch.db");
  store = fixture->store = fixture->base.store;
  fixture->wangfang = bd_test_add_staff (store, "wangfang", "王芳", BD_ROLE_COUNTER, NULL, NULL);
  fixture->liqiang = bd_test_add_staff (store, "liqiang", "李强", BD_ROLE_COUNTER, NULL, NULL);
  fixture->zhaomin = bd_test_add_staff (store, "zhaomin", "赵敏", BD_ROLE_COUNTER, NULL, NULL);
  fixture->zhoujun = bd_test_add_staff (store, "zhoujun", "周军", BD_ROLE_SUPERVISOR, NULL, NULL);
  fixture->customer = bd_test_add_person (store, "陈大文", BD_SEX_MALE, "1970-02-03", NULL, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bd_test_store_tear_down (&fixture->base);
}

static BdComplaint *
make_complaint (Fixture             *fixture,
                BdComplaintCategory  category)
{
  BdComplaint *complaint = bd_complaint_new (FALSE, fixture->customer, 0);

  bd_complaint_set_complainant (complaint, fixture->customer, NULL);
  bd_complaint_set_relation (complaint, "本人");
  bd_complaint_set_phone (complaint, "13912345678");
  bd_complaint_set_channel (complaint, BD_COMPLAINT_VISIT);
  bd_complaint_set_category (complaint, category);
  bd_complaint_set_description (complaint, "柜员态度生硬");
  bd_complaint_set_staff_concerned (complaint, fixture->liqiang);
  return complaint;
}

static void
log_complaint (Fixture     *fixture,
               BdComplaint *complaint,
               gint64       staff_id)
{
  g_autoptr(GError) error = NULL;

  bd_complaints_store_add (fixture->store, complaint, staff_id, &error);
  g_assert_no_error (error);
}

static void
assert_due (BdComplaint *complaint,
            const char  *rule,
            const char  *expected)
{
  BdDeadline *deadline = bd_case_find_deadline (bd_complaint_get_case (complaint), rule);
  g_autoptr(GError) error = NULL;
  GDate today, due;

  g_assert_nonnull (deadline);
  g_assert_true (bd_date_parse_iso ("2026-06-01", &today));
  g_assert_true (bd_deadline_get_due (deadline, bd_calendar_get_default (), &today, &due, &error));
  g_assert_no_error (error);
  bd_test_assert_date (&due, expected);
}

/* 003: feedback within 2 working days — over a weekend, and over National Day. */
static void
test_feedback_deadline (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(BdComplaint) friday = make_complaint (fixture, BD_COMPLAINT_SERVICE_ATTITUDE);
  g_autoptr(BdComplaint) holiday = make_complaint (fixture, BD_COMPLAINT_SERVICE_ATTITUDE);

  bd_test_clock_fix ("2026-11-20T16:00:00+08:00");
  log_complaint (fixture, friday, fixture->wangfang);
  assert_due (friday, "complaint-feedback", "2026-11-24");
  bd_test_clock_fix ("2026-09-30T16:00:00+08:00");
  log_complaint (fixture, holiday, fixture->wangfang);
  assert_due (holiday, "complaint-feedback", "2026-10-09");
  /* 15 days, ending on Thursday 15 October. */
  assert_due (holiday, "complaint-decision", "2026-10-15");
}

/* 2020 measures arts. 18–19: 15 days; to 30 with a reason; 30 more with a senior manager's
 * approval, 60 at most; nothing beyond. */
static void
test_extensions (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(BdComplaint) complaint = make_complaint (fixture, BD_COMPLAINT_CLAIM_DISPUTE);
  g_autoptr(GError) error = NULL;

  log_complaint (fixture, complaint, fixture->wangfang);
  assert_due (complaint, "complaint-decision", "2026-06-16");
  g_assert_false (bd_complaints_store_extend (fixture->store, complaint, 15, "", fixture->wangfang,
                                              &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_EXTENSION);
  g_clear_error (&error);
  g_assert_false (bd_complaints_store_extend (fixture->store, complaint, 20, "需要调取录音",
                                              fixture->wangfang, &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_EXTENSION);
  g_clear_error (&error);
  g_assert_true (bd_complaints_store_extend (fixture->store, complaint, 15, "需要调取录音",
                                             fixture->wangfang, &error));
  assert_due (complaint, "complaint-decision", "2026-07-01");
  g_assert_false (bd_complaints_store_extend (fixture->store, complaint, 30, "案情复杂",
                                              fixture->wangfang, &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_EXTENSION);
  g_clear_error (&error);
  g_assert_true (bd_complaints_store_extend (fixture->store, complaint, 30, "案情复杂，经理批准",
                                             fixture->zhoujun, &error));
  g_assert_no_error (error);
  assert_due (complaint, "complaint-decision", "2026-07-31");
  g_assert_false (bd_complaints_store_extend (fixture->store, complaint, 1, "再延一天",
                                              fixture->zhoujun, &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_EXTENSION);
  g_clear_error (&error);
  /* Read back: the extensions are on record. */
  {
    g_autoptr(BdComplaint) again = bd_complaints_store_get (fixture->store,
                                                            bd_case_get_id (bd_complaint_get_case (complaint)),
                                                            &error);

    g_assert_no_error (error);
    assert_due (again, "complaint-decision", "2026-07-31");
  }
}

/* An outside appraisal stops the clock for exactly its length. */
static void
test_pause (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(BdComplaint) complaint = make_complaint (fixture, BD_COMPLAINT_CLAIM_DISPUTE);
  g_autoptr(GError) error = NULL;

  log_complaint (fixture, complaint, fixture->wangfang);
  bd_test_clock_fix ("2026-06-05T10:00:00+08:00");
  g_assert_true (bd_complaints_store_pause (fixture->store, complaint, "委托第三方伤残鉴定",
                                            fixture->wangfang, &error));
  g_assert_no_error (error);
  bd_test_clock_fix ("2026-06-15T10:00:00+08:00");
  g_assert_true (bd_complaints_store_resume (fixture->store, complaint, fixture->wangfang, &error));
  g_assert_no_error (error);
  assert_due (complaint, "complaint-decision", "2026-06-26");
}

/* Nobody handles a complaint about themselves. */
static void
test_recusal (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(BdComplaint) by_himself = make_complaint (fixture, BD_COMPLAINT_SERVICE_ATTITUDE);
  g_autoptr(BdComplaint) complaint = make_complaint (fixture, BD_COMPLAINT_SERVICE_ATTITUDE);
  g_autoptr(GError) error = NULL;

  g_assert_false (bd_complaints_store_add (fixture->store, by_himself, fixture->liqiang, &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_HANDLER);
  g_clear_error (&error);
  g_assert_cmpint (bd_case_get_id (bd_complaint_get_case (by_himself)), ==, 0);
  log_complaint (fixture, complaint, fixture->wangfang);
  g_assert_false (bd_complaints_store_hand_over (fixture->store, complaint, fixture->liqiang,
                                                 fixture->wangfang, &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_HANDLER);
  g_assert_cmpint (bd_complaint_get_owner_id (complaint), ==, fixture->wangfang);
}

static void
take (Fixture     *fixture,
      BdComplaint *complaint,
      const char  *to,
      gint64       staff_id,
      const char  *reason)
{
  g_autoptr(GError) error = NULL;

  bd_complaints_store_take_step (fixture->store, complaint, to, staff_id, reason, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bd_case_get_state (bd_complaint_get_case (complaint)), ==, to);
}

/* The owner is the case's accepted_by, in memory and as the store reads it again: the
 * decision letter and the Queues name them. */
static void
assert_owner (Fixture     *fixture,
              BdComplaint *complaint,
              gint64       owner,
              const char  *name)
{
  BdCase *kase = bd_complaint_get_case (complaint);
  g_autoptr(BdComplaint) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (bd_case_get_accepted_by (kase), ==, owner);
  g_assert_cmpstr (bd_complaint_get_owner_name (complaint), ==, name);
  stored = bd_complaints_store_get (fixture->store, bd_case_get_id (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpint (bd_complaint_get_owner_id (stored), ==, owner);
  g_assert_cmpstr (bd_complaint_get_owner_name (stored), ==, name);
  g_assert_cmpint (bd_case_get_accepted_by (bd_complaint_get_case (stored)), ==, owner);
  g_assert_cmpstr (bd_case_get_accepted_by_name (bd_complaint_get_case (stored)), ==, name);
}

/* 003 首问责任制: a hand-over counts once accepted; the first responder confirms the end. */
static void
test_first_responder (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BdComplaint) complaint = make_complaint (fixture, BD_COMPLAINT_SERVICE_ATTITUDE);
  g_autoptr(GError) error = NULL;

  log_complaint (fixture, complaint, fixture->wangfang);
  assert_owner (fixture, complaint, fixture->wangfang, "王芳");
  g_assert_false (bd_complaints_store_hand_over (fixture->store, complaint, fixture->wangfang,
                                                 fixture->wangfang, &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_HANDLER);
  g_clear_error (&error);
  g_assert_true (bd_complaints_store_hand_over (fixture->store, complaint, fixture->zhaomin,
                                                fixture->wangfang, &error));
  g_assert_cmpint (bd_complaint_get_owner_id (complaint), ==, fixture->wangfang);
  g_assert_cmpint (bd_complaint_get_pending_owner_id (complaint), ==, fixture->zhaomin);
  g_assert_cmpstr (bd_complaint_get_pending_owner_name (complaint), ==, "赵敏");
  assert_owner (fixture, complaint, fixture->wangfang, "王芳");
  /* Not accepted yet: the receiver may not act, the first responder still owns it. */
  g_assert_false (bd_complaints_store_take_step (fixture->store, complaint, "answered",
                                                 fixture->zhaomin, "已联系客户", &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_HANDLER);
  g_clear_error (&error);
  g_assert_false (bd_complaints_store_accept (fixture->store, complaint, fixture->zhoujun, &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_HANDLER);
  g_clear_error (&error);
  g_assert_true (bd_complaints_store_accept (fixture->store, complaint, fixture->zhaomin, &error));
  g_assert_cmpint (bd_complaint_get_owner_id (complaint), ==, fixture->zhaomin);
  assert_owner (fixture, complaint, fixture->zhaomin, "赵敏");

  take (fixture, complaint, "answered", fixture->zhaomin, "已致电客户说明处理进度");
  g_assert_false (bd_complaints_store_take_step (fixture->store, complaint, "decided",
                                                 fixture->zhaomin, NULL, &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_DECISION);
  g_clear_error (&error);
  bd_complaint_set_decision (complaint, "柜员未按规范解释", "《柜面服务标准》服务礼仪",
                             "向客户道歉，对柜员进行培训");
  bd_complaint_set_remedy (complaint, "新员工礼仪培训不足", "每月礼仪考核");
  take (fixture, complaint, "decided", fixture->zhaomin, NULL);
  g_assert_false (bd_complaints_store_take_step (fixture->store, complaint, "visited",
                                                 fixture->zhaomin, NULL, &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_VISIT);
  g_clear_error (&error);
  bd_complaint_set_visit (complaint, TRUE, "客户表示满意");
  take (fixture, complaint, "visited", fixture->zhaomin, NULL);
  g_assert_false (bd_complaints_store_take_step (fixture->store, complaint, "closed",
                                                 fixture->zhaomin, NULL, &error));
  g_assert_error (error, BD_CASE_ERROR, BD_CASE_ERROR_NOT_OPENER);
  g_clear_error (&error);
  take (fixture, complaint, "closed", fixture->wangfang, NULL);
}

static void
test_major_and_consultation (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(BdComplaint) major = make_complaint (fixture, BD_COMPLAINT_SALES_MISLEADING);
  g_autoptr(BdComplaint) question = bd_complaint_new (TRUE, 0, 0);

  bd_complaint_set_people (major, 19);
  g_assert_false (bd_complaint_is_major (major));
  bd_complaint_set_people (major, 20);
  g_assert_true (bd_complaint_is_major (major));
  log_complaint (fixture, major, fixture->wangfang);
  g_assert_cmpint (bd_test_query_int (fixture->base.path,
                                      "SELECT count(*) FROM audit_log WHERE action = 'complaint-major'"),
                   ==, 1);
  /* A consultation from someone not on file. */
  bd_complaint_set_complainant (question, 0, "王先生");
  bd_complaint_set_relation (question, "路人");
  bd_complaint_set_description (question, "询问保单贷款利率");
  log_complaint (fixture, question, fixture->wangfang);
  g_assert_cmpstr (bd_case_get_number (bd_complaint_get_case (question)), ==, "ZX202606010001");
  take (fixture, question, "closed", fixture->wangfang, "当场解答");
}

/* The month's counts on a crafted June: three complaints and a consultation, one major,
 * two decided (one in time, one late), one with cause and measures; a July complaint
 * is not counted. */
static void
test_month (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(BdComplaint) a = make_complaint (fixture, BD_COMPLAINT_SERVICE_ATTITUDE);
  g_autoptr(BdComplaint) b = make_complaint (fixture, BD_COMPLAINT_SALES_MISLEADING);
  g_autoptr(BdComplaint) c = make_complaint (fixture, BD_COMPLAINT_SALES_MISLEADING);
  g_autoptr(BdComplaint) q = bd_complaint_new (TRUE, fixture->customer, 0);
  g_autoptr(BdComplaint) july = make_complaint (fixture, BD_COMPLAINT_PRIVACY);
  BdComplaintMonth month;
  g_autoptr(GError) error = NULL;

  bd_complaint_set_channel (b, BD_COMPLAINT_REGULATOR);
  bd_complaint_set_people (c, 25);
  bd_complaint_set_complainant (q, fixture->customer, NULL);
  bd_complaint_set_relation (q, "本人");
  bd_complaint_set_description (q, "咨询");
  log_complaint (fixture, a, fixture->wangfang);
  log_complaint (fixture, b, fixture->wangfang);
  log_complaint (fixture, c, fixture->wangfang);
  log_complaint (fixture, q, fixture->wangfang);
  bd_complaint_set_decision (a, "事实", "依据", "结果");
  bd_complaint_set_remedy (a, "培训不足", "加强培训");
  bd_test_clock_fix ("2026-06-10T10:00:00+08:00");
  take (fixture, a, "decided", fixture->wangfang, NULL);
  bd_complaint_set_decision (b, "事实", "依据", "结果");
  bd_test_clock_fix ("2026-06-20T10:00:00+08:00");
  take (fixture, b, "decided", fixture->wangfang, NULL);
  bd_test_clock_fix ("2026-07-01T10:00:00+08:00");
  log_complaint (fixture, july, fixture->wangfang);

  g_assert_true (bd_complaints_store_count_month (fixture->store, 2026, 6, &month, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (month.complaints, ==, 3);
  g_assert_cmpuint (month.consultations, ==, 1);
  g_assert_cmpuint (month.major, ==, 1);
  g_assert_cmpuint (month.by_category[BD_COMPLAINT_SALES_MISLEADING], ==, 2);
  g_assert_cmpuint (month.by_category[BD_COMPLAINT_SERVICE_ATTITUDE], ==, 1);
  g_assert_cmpuint (month.by_category[BD_COMPLAINT_PRIVACY], ==, 0);
  g_assert_cmpuint (month.by_channel[BD_COMPLAINT_REGULATOR], ==, 1);
  g_assert_cmpuint (month.by_channel[BD_COMPLAINT_VISIT], ==, 2);
  g_assert_cmpuint (month.decided, ==, 2);
  g_assert_cmpuint (month.decided_in_time, ==, 1);
  g_assert_cmpuint (month.remedies->len, ==, 1);
  g_assert_nonnull (strstr (month.remedies->pdata[0], "培训不足"));
  bd_complaint_month_clear (&month);
}

static char *
form_text (Fixture       *fixture,
           BdPrintedForm *form,
           const char    *name)
{
  /* BD_TEST_PRINT_OUTPUT keeps the PDFs in a folder, to look at them. */
  const char *kept = g_getenv ("BD_TEST_PRINT_OUTPUT");
  g_autofree char *path = g_build_filename (kept != NULL ? kept : fixture->base.folder, name, NULL);

  return bd_test_printed_form_text (form, path);
}

static void
assert_in (const char *text,
           const char *words)
{
  g_autofree char *needle = bd_test_squeeze (words);

  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not on the form: %s", words, text);
}

/* The letter names the facts, the grounds, the outcome and the ways to seek review. */
static void
test_decision_letter (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BdComplaint) complaint = make_complaint (fixture, BD_COMPLAINT_SERVICE_ATTITUDE);
  g_autoptr(BdPrintedForm) letter = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  log_complaint (fixture, complaint, fixture->wangfang);
  letter = bd_printed_form_new_complaint_decision (fixture->store, complaint, &error);
  g_assert_null (letter);
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_DECISION);
  g_clear_error (&error);
  bd_complaint_set_decision (complaint, "柜员未按规范解释条款", "《柜面服务标准》第六篇",
                             "书面致歉并重新讲解");
  take (fixture, complaint, "decided", fixture->wangfang, NULL);
  letter = bd_printed_form_new_complaint_decision (fixture->store, complaint, &error);
  g_assert_no_error (error);
  if ((text = form_text (fixture, letter, "decision.pdf")) == NULL)
    return;
  assert_in (text, "TS202606010001");
  assert_in (text, "柜员未按规范解释条款");
  assert_in (text, "《柜面服务标准》第六篇");
  assert_in (text, "书面致歉并重新讲解");
  assert_in (text, "within 30 days");
  assert_in (text, "arbitration");
  /* Handled by the first responder, the owner: never a dash. */
  assert_in (text, "Handled by");
  assert_in (text, "王芳");
  g_assert_null (strstr (text, "13912345678"));
}

/* The return visit's answer: an answer not given is not "not satisfied"; a visit is
 * recorded only with the customer's answer, and "not satisfied" is kept as such. */
static void
test_visit_answer (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BdComplaint) complaint = make_complaint (fixture, BD_COMPLAINT_TIME_TAKEN);
  g_autoptr(BdComplaint) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  log_complaint (fixture, complaint, fixture->wangfang);
  g_assert_cmpint (bd_complaint_get_satisfied (complaint), ==, -1);
  g_assert_cmpstr (bd_complaint_satisfaction_get_label (-1), ==, "No answer yet");
  g_assert_cmpstr (bd_complaint_satisfaction_get_label (0), ==, "Not satisfied");
  bd_complaint_set_decision (complaint, "办理超时", "服务时效承诺", "致歉并加急办理");
  take (fixture, complaint, "decided", fixture->wangfang, NULL);
  bd_complaint_set_visit (complaint, -1, "客户未接电话");
  g_assert_false (bd_complaints_store_take_step (fixture->store, complaint, "visited",
                                                 fixture->wangfang, NULL, &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_VISIT);
  g_clear_error (&error);
  sql = g_strdup_printf ("SELECT satisfied IS NULL FROM complaint WHERE case_id = %" G_GINT64_FORMAT,
                         bd_case_get_id (bd_complaint_get_case (complaint)));
  g_assert_cmpint (bd_test_query_int (fixture->base.path, sql), ==, 1);

  bd_complaint_set_visit (complaint, FALSE, "客户认为处理太慢");
  take (fixture, complaint, "visited", fixture->wangfang, NULL);
  stored = bd_complaints_store_get (fixture->store,
                                    bd_case_get_id (bd_complaint_get_case (complaint)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (bd_complaint_get_satisfied (stored), ==, 0);
  g_assert_cmpint (bd_test_query_int (fixture->base.path, sql), ==, 0);
}

/* The form's staff lists leave out who left: the core gives them without. */
static void
test_active_staff (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BdSession) session = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("UPDATE staff SET active = 0 WHERE id = %" G_GINT64_FORMAT,
                                          fixture->liqiang);
  gboolean found = FALSE;

  bd_test_add_staff (fixture->store, "sunli", "孙丽", BD_ROLE_COUNTER, "counter-pass-1", NULL);
  session = bd_test_sign_in (fixture->store, "sunli", "counter-pass-1");
  bd_test_exec (fixture->base.path, sql);
  staff = bd_complaints_desk_list_staff (session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (staff), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(BdStaff) member = g_list_model_get_item (staff, i);

      g_assert_true (bd_staff_get_active (member));
      found = found || bd_staff_get_id (member) == fixture->zhaomin;
      g_assert_cmpint (bd_staff_get_id (member), !=, fixture->liqiang);
    }
  g_assert_true (found);
}

/* The month's report on paper and as CSV. */
static void
test_month_report (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BdComplaint) a = make_complaint (fixture, BD_COMPLAINT_SALES_MISLEADING);
  g_autoptr(BdComplaint) b = make_complaint (fixture, BD_COMPLAINT_SALES_MISLEADING);
  g_autoptr(BdPrintedForm) report = NULL;
  g_autofree char *text = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;
  BdComplaintMonth month;

  bd_complaint_set_channel (b, BD_COMPLAINT_MEDIA);
  log_complaint (fixture, a, fixture->wangfang);
  log_complaint (fixture, b, fixture->wangfang);
  g_assert_true (bd_complaints_store_count_month (fixture->store, 2026, 6, &month, &error));
  csv = bd_complaint_month_to_csv (&month, 2026, 6);
  bd_complaint_month_clear (&month);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBFMonth,2026-06,\r\n"));
  g_assert_nonnull (strstr (csv, "Category,Sales misleading,2\r\n"));
  g_assert_nonnull (strstr (csv, "Category,Personal data and privacy,0\r\n"));
  g_assert_nonnull (strstr (csv, "Channel,Through the media,1\r\n"));
  g_assert_nonnull (strstr (csv, "Total,Complaints,2\r\n"));

  report = bd_printed_form_new_complaint_month (fixture->store, 2026, 6, &error);
  g_assert_no_error (error);
  if ((text = form_text (fixture, report, "month.pdf")) == NULL)
    return;
  assert_in (text, "Complaints of 2026-06");
  assert_in (text, "Sales misleading 2");
  assert_in (text, "Through the media 1");
  assert_in (text, "Complaints: 2");
}

/* The bars of the month's chart: one a category, in the catalogue's order, each its
 * count; the totals and the share decided in time as the report and the window say them. */
static void
test_month_values (Fixture       *fixture,
                   gconstpointer  data)
{
  BdComplaintMonth month = { 0 };
  BdChartValue values[BD_N_COMPLAINT_CATEGORIES];
  g_autofree char *totals = NULL;
  g_autofree char *none = NULL;
  g_autofree char *in_time = NULL;
  guint n_values;

  month.complaints = 5;
  month.major = 1;
  month.consultations = 2;
  month.by_category[BD_COMPLAINT_SALES_MISLEADING] = 3;
  month.by_category[BD_COMPLAINT_PRIVACY] = 2;
  none = bd_complaint_month_dup_in_time (&month);
  g_assert_cmpstr (none, ==, "Decided: none yet");
  month.decided = 4;
  month.decided_in_time = 3;

  n_values = bd_complaint_month_category_values (&month, values);
  g_assert_cmpuint (n_values, ==, BD_N_COMPLAINT_CATEGORIES);
  for (guint i = 0; i < n_values; i++)
    {
      g_assert_cmpstr (values[i].label, ==, bd_complaint_category_get_label (i));
      g_assert_cmpfloat (values[i].value, ==, month.by_category[i]);
      g_assert_null (values[i].value_text);
    }
  g_assert_cmpfloat (values[BD_COMPLAINT_SALES_MISLEADING].value, ==, 3.0);
  g_assert_cmpfloat (values[BD_COMPLAINT_SERVICE_ATTITUDE].value, ==, 0.0);
  totals = bd_complaint_month_dup_totals (&month);
  g_assert_cmpstr (totals, ==, "Complaints: 5 · major (20 people or more): 1 · consultations: 2");
  in_time = bd_complaint_month_dup_in_time (&month);
  g_assert_cmpstr (in_time, ==, "Decided: 4, of which in time: 3 (75%)");
}

static guint
count_reads (Fixture    *fixture,
             const char *detail)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE action = "
                                          "'complaint-report-read' AND detail = '%s'", detail);

  return bd_test_query_int (fixture->base.path, sql);
}

/* The month's report is a supervisor's (004): counter staff are refused in the core,
 * with nothing read; each reading is audited with its month, and nothing is read when its
 * audit row cannot be written. The month asked first is the last whole one. */
static void
test_month_desk (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(BdComplaint) a = make_complaint (fixture, BD_COMPLAINT_SALES_MISLEADING);
  g_autoptr(BdComplaint) b = make_complaint (fixture, BD_COMPLAINT_SERVICE_ATTITUDE);
  g_autoptr(BdSession) supervisor = NULL;
  g_autoptr(BdSession) counter = NULL;
  g_autoptr(BdPrintedForm) refused_form = NULL;
  g_autoptr(BdPrintedForm) form = NULL;
  g_autoptr(GError) error = NULL;
  BdComplaintMonth month;
  gint64 reader;
  guint year = 0, number = 0;

  bd_test_add_staff (fixture->store, "sunli", "孙丽", BD_ROLE_COUNTER, "counter-pass-1", NULL);
  bd_test_add_staff (fixture->store, "qianhong", "钱红", BD_ROLE_SUPERVISOR, "super-pass-1", NULL);
  counter = bd_test_sign_in (fixture->store, "sunli", "counter-pass-1");
  supervisor = bd_test_sign_in (fixture->store, "qianhong", "super-pass-1");
  log_complaint (fixture, a, fixture->wangfang);
  log_complaint (fixture, b, fixture->wangfang);

  bd_complaints_desk_default_month (supervisor, &year, &number);
  g_assert_cmpuint (year, ==, 2026);
  g_assert_cmpuint (number, ==, 5);
  bd_test_clock_fix ("2027-01-31T23:30:00+08:00");
  bd_complaints_desk_default_month (supervisor, &year, &number);
  g_assert_cmpuint (year, ==, 2026);
  g_assert_cmpuint (number, ==, 12);
  bd_test_clock_fix ("2026-07-02T10:00:00+08:00");

  g_assert_false (bd_complaints_desk_count_month (counter, 2026, 6, &month, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_cmpuint (month.complaints, ==, 0);
  g_assert_null (month.remedies);
  g_assert_cmpuint (count_reads (fixture, "2026-06"), ==, 0);
  refused_form = bd_complaints_desk_month_report (counter, 2026, 6, &error);
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
  g_assert_null (refused_form);
  g_clear_error (&error);

  g_assert_true (bd_complaints_desk_count_month (supervisor, 2026, 6, &month, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (month.complaints, ==, 2);
  g_assert_cmpuint (month.by_category[BD_COMPLAINT_SALES_MISLEADING], ==, 1);
  g_assert_cmpuint (month.by_category[BD_COMPLAINT_SERVICE_ATTITUDE], ==, 1);
  bd_complaint_month_clear (&month);
  g_assert_cmpuint (count_reads (fixture, "2026-06"), ==, 1);
  reader = bd_test_query_int (fixture->base.path, "SELECT staff_id FROM audit_log WHERE "
                                                  "action = 'complaint-report-read'");
  g_assert_cmpint (reader, ==, bd_session_get_staff_id (supervisor));
  form = bd_complaints_desk_month_report (supervisor, 2026, 6, &error);
  g_assert_no_error (error);
  g_assert_nonnull (form);

  /* Fails closed: no audit row, nothing read. */
  bd_test_break_audit_log (fixture->base.path);
  g_assert_false (bd_complaints_desk_count_month (supervisor, 2026, 6, &month, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (month.complaints, ==, 0);
  g_assert_null (month.remedies);
  g_assert_cmpuint (count_reads (fixture, "2026-06"), ==, 1);
}

/* A review within 30 days of the decision (art. 20); misconduct reported once (004). */
static void
test_review_and_compliance (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(BdComplaint) complaint = make_complaint (fixture, BD_COMPLAINT_AGENT_MISCONDUCT);
  g_autoptr(BdComplaint) late = make_complaint (fixture, BD_COMPLAINT_SERVICE_ATTITUDE);
  g_autoptr(GError) error = NULL;

  log_complaint (fixture, complaint, fixture->wangfang);
  log_complaint (fixture, late, fixture->wangfang);
  g_assert_true (bd_complaint_needs_compliance (complaint));
  g_assert_false (bd_complaint_needs_compliance (late));
  g_assert_true (bd_complaints_store_report_misconduct (fixture->store, complaint,
                                                        fixture->wangfang, &error));
  g_assert_nonnull (bd_complaint_get_compliance_reported_at (complaint));
  g_assert_false (bd_complaints_store_report_misconduct (fixture->store, complaint,
                                                         fixture->wangfang, &error));
  g_clear_error (&error);
  g_assert_false (bd_complaints_store_report_misconduct (fixture->store, late, fixture->wangfang,
                                                         &error));
  g_clear_error (&error);

  /* Decided on 1 June: a review on 1 July is in time, on 2 July too late. */
  bd_complaint_set_decision (complaint, "事实", "依据", "结果");
  bd_complaint_set_decision (late, "事实", "依据", "结果");
  take (fixture, complaint, "decided", fixture->wangfang, NULL);
  take (fixture, late, "decided", fixture->wangfang, NULL);
  bd_test_clock_fix ("2026-07-01T10:00:00+08:00");
  take (fixture, complaint, "in-review", fixture->wangfang, "客户不服");
  bd_test_clock_fix ("2026-07-02T10:00:00+08:00");
  g_assert_false (bd_complaints_store_take_step (fixture->store, late, "in-review",
                                                 fixture->wangfang, "客户不服", &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_DECISION);
  g_assert_cmpstr (bd_case_get_state (bd_complaint_get_case (late)), ==, "decided");
}

/* ── the desk ──────────────────────────────────────────────────────────────────── */

/* The targets of the steps @session is offered on @complaint. */
static char *
offered (BdSession   *session,
         BdComplaint *complaint)
{
  g_autoptr(GPtrArray) steps = bd_complaints_desk_list_steps (session, complaint);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < steps->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            ((const BdCaseStep *) steps->pdata[i])->to);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The desk writes in the signed-in person's name: they are the first responder, the
 * hand-over goes through the session, and recusal is still the store's. */
static void
test_desk (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(BdSession) counter = NULL;
  g_autoptr(BdSession) receiver = NULL;
  g_autoptr(BdComplaint) complaint = make_complaint (fixture, BD_COMPLAINT_SERVICE_ATTITUDE);
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GListModel) receivers = NULL;
  g_autoptr(BdComplaint) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *steps = NULL;
  gint64 sunli, chenjie;

  sunli = bd_test_add_staff (fixture->store, "sunli", "孙丽", BD_ROLE_COUNTER, "counter-pass-1",
                             NULL);
  chenjie = bd_test_add_staff (fixture->store, "chenjie", "陈杰", BD_ROLE_COUNTER,
                               "counter-pass-2", NULL);
  counter = bd_test_sign_in (fixture->store, "sunli", "counter-pass-1");
  receiver = bd_test_sign_in (fixture->store, "chenjie", "counter-pass-2");

  g_assert_true (bd_complaints_desk_add (counter, complaint, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bd_complaint_get_owner_id (complaint), ==, sunli);
  listed = bd_complaints_desk_list_of (counter, fixture->customer, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 1);
  first = g_list_model_get_item (listed, 0);
  g_assert_cmpint (bd_case_get_id (bd_complaint_get_case (first)), ==,
                   bd_case_get_id (bd_complaint_get_case (complaint)));
  steps = offered (counter, complaint);
  g_assert_cmpstr (steps, ==, "answered decided withdrawn");
  /* Handed to anyone but its owner and the staff member it is about. */
  receivers = bd_complaints_desk_list_receivers (counter, complaint, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (receivers), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (receivers); i++)
    {
      g_autoptr(BdStaff) member = g_list_model_get_item (receivers, i);

      g_assert_cmpint (bd_staff_get_id (member), !=, sunli);
      g_assert_cmpint (bd_staff_get_id (member), !=, fixture->liqiang);
    }

  g_assert_false (bd_complaints_desk_hand_over (counter, complaint, fixture->liqiang, &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_HANDLER);
  g_clear_error (&error);
  g_assert_true (bd_complaints_desk_hand_over (counter, complaint, chenjie, &error));
  g_assert_false (bd_complaints_desk_take_step (receiver, complaint, "answered", "已联系客户",
                                                &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_HANDLER);
  g_clear_error (&error);
  g_assert_true (bd_complaints_desk_accept (receiver, complaint, &error));
  g_assert_cmpint (bd_complaint_get_owner_id (complaint), ==, chenjie);
  g_assert_true (bd_complaints_desk_take_step (receiver, complaint, "answered", "已联系客户",
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpstr (bd_case_get_state (bd_complaint_get_case (complaint)), ==, "answered");

  g_assert_true (bd_complaints_desk_pause (receiver, complaint, "等待第三方鉴定", &error));
  g_assert_true (bd_complaints_desk_resume (receiver, complaint, &error));
  g_assert_false (bd_complaints_desk_extend (receiver, complaint, 0, "调查取证", &error));
  g_assert_error (error, BD_COMPLAINT_ERROR, BD_COMPLAINT_FIELD_EXTENSION);
  g_clear_error (&error);
  g_assert_true (bd_complaints_desk_extend (receiver, complaint, 10, "调查取证", &error));
  g_assert_no_error (error);
}

/* ── the supervisor's Queues ───────────────────────────────────────────────────── */

static void
assert_entry (GListModel *entries,
              guint       i,
              BdComplaint *complaint,
              const char *rule,
              const char *owner,
              BdDeadlineState state)
{
  g_autoptr(BdCaseEntry) entry = g_list_model_get_item (entries, i);

  g_assert_nonnull (entry);
  g_assert_cmpint (bd_case_entry_get_case_id (entry), ==,
                   bd_case_get_id (bd_complaint_get_case (complaint)));
  g_assert_cmpstr (bd_case_entry_get_rule (entry), ==, rule);
  g_assert_cmpstr (bd_case_entry_get_owner_name (entry), ==, owner);
  g_assert_cmpint (bd_case_entry_get_due_state (entry), ==, state);
}

/* The branch's open complaints for a supervisor, each once by its next deadline, overdue
 * first, with its owner; the major ones apart and at once; counter staff refused. */
static void
test_queues (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(BdComplaint) old = make_complaint (fixture, BD_COMPLAINT_TIME_TAKEN);
  g_autoptr(BdComplaint) fresh = make_complaint (fixture, BD_COMPLAINT_SERVICE_ATTITUDE);
  g_autoptr(BdComplaint) decided = make_complaint (fixture, BD_COMPLAINT_OTHER);
  g_autoptr(BdComplaint) major = make_complaint (fixture, BD_COMPLAINT_SALES_MISLEADING);
  g_autoptr(BdSession) supervisor = NULL;
  g_autoptr(BdSession) counter = NULL;
  g_autoptr(GListModel) open = NULL;
  g_autoptr(GListModel) majors = NULL;
  g_autoptr(GListModel) refused = NULL;
  g_autoptr(BdCaseEntry) flagged = NULL;
  g_autoptr(GError) error = NULL;
  guint count = 0;

  bd_test_add_staff (fixture->store, "sunli", "孙丽", BD_ROLE_COUNTER, "counter-pass-1", NULL);
  bd_test_add_staff (fixture->store, "qianhong", "钱红", BD_ROLE_SUPERVISOR, "super-pass-1", NULL);
  counter = bd_test_sign_in (fixture->store, "sunli", "counter-pass-1");
  supervisor = bd_test_sign_in (fixture->store, "qianhong", "super-pass-1");
  /* Logged on 1 June and answered: its decision (due 16 June) is overdue on 20 June. */
  log_complaint (fixture, old, fixture->wangfang);
  take (fixture, old, "answered", fixture->wangfang, "已致电客户");
  log_complaint (fixture, decided, fixture->wangfang);
  bd_complaint_set_decision (decided, "事实", "依据", "结果");
  take (fixture, decided, "decided", fixture->wangfang, NULL);
  bd_test_clock_fix ("2026-06-19T10:00:00+08:00");
  log_complaint (fixture, fresh, fixture->wangfang);
  g_assert_true (bd_complaints_store_hand_over (fixture->store, fresh, fixture->zhaomin,
                                                fixture->wangfang, &error));
  g_assert_true (bd_complaints_store_accept (fixture->store, fresh, fixture->zhaomin, &error));
  bd_complaint_set_people (major, 25);
  log_complaint (fixture, major, fixture->wangfang);
  bd_test_clock_fix ("2026-06-20T10:00:00+08:00");

  g_assert_true (bd_complaints_desk_count_open (supervisor, 100, &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 2);
  open = bd_complaints_desk_list_open (supervisor, 0, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 2);
  assert_entry (open, 0, old, "complaint-decision", "王芳", BD_DEADLINE_OVERDUE);
  /* Its feedback (due 23 June) comes before its decision: listed once, by the feedback. */
  assert_entry (open, 1, fresh, "complaint-feedback", "赵敏", BD_DEADLINE_DUE_SOON);
  majors = bd_complaints_desk_list_major_open (supervisor, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (majors), ==, 1);
  assert_entry (majors, 0, major, "complaint-feedback", "王芳", BD_DEADLINE_DUE_SOON);
  flagged = g_list_model_get_item (majors, 0);
  g_assert_cmpstr (bd_case_entry_get_flag (flagged), ==, "Major complaint");

  refused = bd_complaints_desk_list_open (counter, 0, 100, &error);
  g_assert_null (refused);
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
}

/* Each list of the Queues is a walk of its index, nothing sorted apart, no table
 * scanned: a page costs the same however many complaints were closed. */
static void
test_queue_query_plans (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *const *queries = bd_complaints_store_get_queue_queries ();
  const char *const indexes[] = { "case_deadline_running", "case_deadline_running",
                                  "audit_by_action" };

  for (guint i = 0; queries[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *plan = bd_db_explain (bd_store_get_db (fixture->store), queries[i], &error);

      g_assert_no_error (error);
      g_test_message ("%s", plan);
      g_assert_nonnull (strstr (plan, indexes[i]));
      g_assert_null (strstr (plan, "TEMP B-TREE"));
      g_assert_null (strstr (plan, "AUTOMATIC"));
      g_assert_null (strstr (plan, "SCAN c"));
      g_assert_null (strstr (plan, "SCAN k"));
      g_assert_null (strstr (plan, "SCAN a"));
    }
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  ADD ("/complaints/feedback-deadline", test_feedback_deadline);
  ADD ("/complaints/extensions", test_extensions);
  ADD ("/complaints/pause", test_pause);
  ADD ("/complaints/recusal", test_recusal);
  ADD ("/complaints/first-responder", test_first_responder);
  ADD ("/complaints/major-and-consultation", test_major_and_consultation);
  ADD ("/complaints/month", test_month);
  ADD ("/complaints/decision-letter", test_decision_letter);
  ADD ("/complaints/month-report", test_month_report);
  ADD ("/complaints/month-values", test_month_values);
  ADD ("/complaints/month-desk", test_month_desk);
  ADD ("/complaints/review-and-compliance", test_review_and_compliance);
  ADD ("/complaints/desk", test_desk);
  ADD ("/complaints/visit-answer", test_visit_answer);
  ADD ("/complaints/active-staff", test_active_staff);
  ADD ("/complaints/queues", test_queues);
  ADD ("/complaints/queue-query-plans", test_queue_query_plans);

  return g_test_run ();
}
