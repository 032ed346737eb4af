/* test-request-forms.c — the acceptance receipt and the one-time notice of a policy-change
 * request, printed to PDF and read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDFs are read back with pdftotext (poppler-utils); the tests skip without it. Set
 * BD_TEST_PRINT_OUTPUT to a folder to keep the PDFs there, with the Chinese forms also
 * rendered to PNG at 1× (72 dpi), and look at them.
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "bd-case-store.h"
#include "bd-print-request.h"
#include "bd-requests-store.h"
#include "bd-store.h"
#include "bd-test-fixture.h"

/* Valid resident identity numbers and mobiles: none of them may reach the paper. */
#define ZHANG_ID     "320102198006010023"
#define ZHANG_MOBILE "13812345678"
#define CHEN_ID      "320102197803020019"
#define CHEN_MOBILE  "13955556666"
#define MOTHER_ID    "320102197501050044"
#define MOTHER_MOBILE "13700001111"
#define STAFF_MOBILE "13912345678"
#define BRANCH_PHONE "025-84561234"

typedef struct
{
  BdTestStore base;
  BdStore    *store;
  char       *out_dir;
  gint64      counter;      /* 王芳, who takes requests */
  gint64      product;
  gint64      mr_chen;      /* the policyholder */
  gint64      ms_zhang;     /* the insured */
  gint64      mother;       /* a guardian */
  gint64      daughter;     /* 16: a minor */
  gint64      marriage;     /* Mr Chen on Ms Zhang's life */
  gint64      minor_policy; /* the mother on her daughter's life */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BdPolicy) marriage = NULL;
  g_autoptr(BdPolicy) minor_policy = NULL;
  g_autoptr(GError) error = NULL;
  const char *kept = g_getenv ("BD_TEST_PRINT_OUTPUT");
  BdStore *store;

  /* Friday 13 February 2026, the last working day before the Spring Festival holiday. */
  bd_test_clock_fix ("2026-02-13T10:00:00+08:00");
  bd_test_store_set_up (&fixture->base, "bd-request-forms", "branch.db");
  store = fixture->store = fixture->base.store;
  fixture->out_dir = kept != NULL && *kept != '\0' ? g_strdup (kept)
                                                   : g_path_get_dirname (fixture->base.path);
  g_assert_cmpint (g_mkdir_with_parents (fixture->out_dir, 0700), ==, 0);
  fixture->counter = bd_test_add_staff (store, "wangfang", "王芳", BD_ROLE_COUNTER, NULL,
                                        STAFF_MOBILE);
  fixture->product = bd_store_add_product (store, "L01", "终身寿险", BD_PRODUCT_LIFE, 0, NULL);
  fixture->mr_chen = bd_test_add_person (store, "陈先生", BD_SEX_MALE, "1978-03-02", CHEN_ID,
                                         CHEN_MOBILE);
  fixture->ms_zhang = bd_test_add_person (store, "张女士", BD_SEX_FEMALE, "1980-06-01", ZHANG_ID,
                                          ZHANG_MOBILE);
  fixture->mother = bd_test_add_person (store, "陈女士", BD_SEX_FEMALE, "1975-01-05", MOTHER_ID,
                                        MOTHER_MOBILE);
  fixture->daughter = bd_test_add_person (store, "陈小红", BD_SEX_FEMALE, "2010-01-10", NULL, NULL);
  g_assert_true (bd_store_add_relationship (store, fixture->daughter, fixture->mother,
                                            BD_RELATION_PARENT, NULL));
  marriage = bd_test_policy_new_standard ("P-MARRIAGE", fixture->product, fixture->mr_chen,
                                          fixture->ms_zhang);
  bd_test_policy_add_beneficiary (marriage, fixture->mr_chen, 10000);
  fixture->marriage = bd_test_add_policy (store, marriage);
  minor_policy = bd_test_policy_new_standard ("P-MINOR", fixture->product, fixture->mother,
                                              fixture->daughter);
  fixture->minor_policy = bd_test_add_policy (store, minor_policy);

  g_assert_true (bd_store_set_setting (store, "company-name", "衡信人寿保险股份有限公司", &error));
  g_assert_true (bd_store_set_setting (store, "branch-name", "南京分公司", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bd_test_store_tear_down (&fixture->base);
  g_free (fixture->out_dir);
}

/* The insured changes the beneficiary at the counter, with a valid resident ID. */
static BdRequest *
add_request (Fixture    *fixture,
             const char *item,
             gint64      policy_id,
             gint64      applicant_id)
{
  BdRequest *request = bd_request_new (bd_request_item_find (item), applicant_id, policy_id);
  g_autoptr(GError) error = NULL;

  bd_request_set_applicant_id (request, applicant_id);
  bd_request_set_signer_id (request, applicant_id);
  bd_request_set_document (request, BD_DOCUMENT_RESIDENT_ID, "2036-01-01", FALSE);
  bd_request_set_channel (request, BD_CHANNEL_COUNTER);
  if (g_str_equal (item, "beneficiary-change"))
    bd_request_add_beneficiary (request, fixture->mr_chen, 1, 10000);
  if (g_str_equal (item, "survival-benefit"))
    bd_request_set_amount (request, 700000);
  return request;
}

static void
store_request (Fixture   *fixture,
               BdRequest *request)
{
  g_autoptr(GError) error = NULL;

  bd_requests_store_add (fixture->store, request, fixture->counter, &error);
  g_assert_no_error (error);
}

static void
receive (Fixture    *fixture,
         BdRequest  *request,
         const char *document)
{
  g_autoptr(GError) error = NULL;

  bd_case_store_set_document (fixture->store, bd_request_get_case (request), document,
                              BD_DOCUMENT_RECEIVED, fixture->counter, &error);
  g_assert_no_error (error);
}

static void
take_step (Fixture    *fixture,
           BdRequest  *request,
           const char *to)
{
  g_autoptr(GError) error = NULL;

  bd_requests_store_take_step (fixture->store, request, to, fixture->counter, NULL, &error);
  g_assert_no_error (error);
}

/* A beneficiary change with three of its five documents in, accepted with the notice. */
static BdRequest *
add_incomplete_request (Fixture *fixture)
{
  BdRequest *request = add_request (fixture, "beneficiary-change", fixture->marriage,
                                    fixture->ms_zhang);

  store_request (fixture, request);
  receive (fixture, request, "application");
  receive (fixture, request, "applicant-id");
  receive (fixture, request, "policy-contract");
  take_step (fixture, request, "waiting");
  return request;
}

/* ── reading the PDF back ─────────────────────────────────────────────────────────── */

/* The form written to a PDF in the output folder, and its text squeezed; NULL after
 * marking the test skipped when pdftotext is missing. */
static char *
form_text (Fixture       *fixture,
           BdPrintedForm *form,
           const char    *file_name)
{
  g_autofree char *path = g_build_filename (fixture->out_dir, file_name, NULL);

  return bd_test_printed_form_text (form, path);
}

static void
assert_printed (const char *text,
                const char *words)
{
  g_autofree char *needle = bd_test_squeeze (words);

  if (strstr (text, needle) == NULL)
    g_error ("“%s” not found in the printed text:\n%s", needle, text);
}

static void
assert_not_printed (const char *text,
                    const char *words)
{
  g_autofree char *needle = bd_test_squeeze (words);

  if (strstr (text, needle) != NULL)
    g_error ("“%s” must not be printed, but is:\n%s", needle, text);
}

static void
assert_no_personal_numbers (const char *text)
{
  static const char *const numbers[] = {
    ZHANG_ID, ZHANG_MOBILE, CHEN_ID, CHEN_MOBILE, MOTHER_ID, MOTHER_MOBILE, STAFF_MOBILE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    assert_not_printed (text, numbers[i]);
}

/* The labels of the documents of @request in @state. */
static GPtrArray *
document_labels (BdRequest *request,
                 gboolean   received)
{
  BdChecklist *checklist = bd_case_get_checklist (bd_request_get_case (request));
  g_autoptr(GPtrArray) items = received ? bd_checklist_list_received (checklist)
                                        : bd_checklist_list_missing (checklist);
  GPtrArray *labels = g_ptr_array_new ();

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (labels, (gpointer) bd_checklist_item_get_label (items->pdata[i]));
  return labels;
}

/* ── the receipt ──────────────────────────────────────────────────────────────────── */

static void
test_receipt_text (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BdRequest) request = add_incomplete_request (fixture);
  g_autoptr(GPtrArray) received = document_labels (request, TRUE);
  g_autoptr(GPtrArray) missing = document_labels (request, FALSE);
  g_autoptr(BdPrintedForm) form = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (bd_store_set_setting (fixture->store, "branch-phone", BRANCH_PHONE, &error));
  form = bd_printed_form_new_request_receipt (fixture->store, request, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bd_printed_form_get_paper (form), ==, BD_PAPER_A5);
  g_assert_cmpuint (bd_printed_form_get_n_pages (form), ==, 1);
  g_assert_cmpstr (bd_printed_form_get_file_name (form), ==,
                   "request-receipt-BQ202602130001.pdf");
  if ((text = form_text (fixture, form, "receipt.pdf")) == NULL)
    return;

  assert_printed (text, "衡信人寿保险股份有限公司");
  assert_printed (text, "南京分公司");
  assert_printed (text, "BQ202602130001");
  assert_printed (text, bd_request_item_get_label (bd_request_item_find ("beneficiary-change")));
  assert_printed (text, "P-MARRIAGE");
  assert_printed (text, "张女士 (Insured)");
  assert_printed (text, bd_channel_get_label (BD_CHANNEL_COUNTER));
  g_assert_cmpuint (received->len, ==, 3);
  for (guint i = 0; i < received->len; i++)
    assert_printed (text, received->pdata[i]);
  for (guint i = 0; i < missing->len; i++)
    assert_not_printed (text, missing->pdata[i]);
  assert_printed (text, "Received on: 2026-02-13");
  /* Five working days over the Spring Festival: the worked Saturday 14th, then 24–27. */
  assert_printed (text, "Expected completion: 2026-02-27");
  assert_printed (text, "Accepted by: 王芳");
  assert_printed (text, BRANCH_PHONE);
  assert_no_personal_numbers (text);
}

/* A guardian acting for a minor is named as such; an unset phone is said to be unset. */
static void
test_receipt_guardian (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(BdRequest) request = add_request (fixture, "survival-benefit", fixture->minor_policy,
                                              fixture->daughter);
  g_autoptr(BdPrintedForm) form = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  bd_request_set_guardian_id (request, fixture->mother);
  bd_request_set_signer_id (request, fixture->mother);
  store_request (fixture, request);
  form = bd_printed_form_new_request_receipt (fixture->store, request, &error);
  g_assert_no_error (error);
  if ((text = form_text (fixture, form, "receipt-guardian.pdf")) == NULL)
    return;

  assert_printed (text, "Applicant: 陈小红 (Insured)");
  assert_printed (text, "Guardian: 陈女士, guardian acting for the minor applicant");
  assert_printed (text, "Counter phone: Not set");
  /* Not yet accepted: the staff member who received it. */
  assert_printed (text, "Accepted by: 王芳");
  assert_printed (text, "None yet");
  assert_no_personal_numbers (text);
}

/* Received on the last days of the calendar: the expected day is not guessed. */
static void
test_receipt_beyond_calendar (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(BdRequest) request = NULL;
  g_autoptr(BdPrintedForm) form = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *year = g_strdup_printf ("%u",
                                           bd_calendar_get_last_year (bd_calendar_get_default ()));
  g_autofree char *day = g_strdup_printf ("%s-12-30T10:00:00+08:00", year);

  bd_test_clock_fix (day);
  request = add_request (fixture, "beneficiary-change", fixture->marriage, fixture->ms_zhang);
  store_request (fixture, request);
  form = bd_printed_form_new_request_receipt (fixture->store, request, &error);
  g_assert_no_error (error);
  if ((text = form_text (fixture, form, "receipt-beyond.pdf")) == NULL)
    return;

  assert_printed (text, "Expected completion: Cannot be computed");
  assert_printed (text, year);
}

static void
draw_form_cb (gpointer  user_data,
              guint     page,
              cairo_t  *cr,
              double    width,
              double    height)
{
  bd_printed_form_draw_page (user_data, page, cr, width, height);
}

static void
render_png (Fixture       *fixture,
            BdPrintedForm *form,
            const char    *file_name)
{
  g_autofree char *path = g_build_filename (fixture->out_dir, file_name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_print_render_png (path, 0, draw_form_cb,
                                      form, bd_printed_form_get_paper (form), 72.0, &error));
  g_assert_no_error (error);
}

/* A long name and a long branch name wrap and shrink: nothing is drawn outside the
 * margins, on A5 or on a smaller page. */
static void
test_receipt_fits (Fixture       *fixture,
                   gconstpointer  data)
{
  static const double pages[][2] = { { 419.5, 595.3 }, { 297.6, 419.5 }, { 200.0, 200.0 } };
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(BdRequest) request = NULL;
  g_autoptr(BdPrintedForm) form = NULL;
  g_autoptr(BdPolicy) policy = NULL;
  g_autoptr(GError) error = NULL;
  gint64 applicant;

  for (guint i = 0; i < 6; i++)
    g_string_append (name, "阿依古丽·买买提");
  g_assert_true (bd_store_set_setting (fixture->store, "branch-name",
                                       "南京分公司玄武区中山路营业部第一综合柜面服务中心暨客户服务中心",
                                       &error));
  applicant = bd_test_add_person (fixture->store, name->str, BD_SEX_FEMALE, "1980-06-01", NULL,
                                  NULL);
  policy = bd_test_policy_new_standard ("P-LONG", fixture->product, applicant, applicant);
  request = add_request (fixture, "surrender", bd_test_add_policy (fixture->store, policy),
                         applicant);
  store_request (fixture, request);
  form = bd_printed_form_new_request_receipt (fixture->store, request, &error);
  g_assert_no_error (error);
  if (g_getenv ("BD_TEST_PRINT_OUTPUT") != NULL)
    render_png (fixture, form, "receipt-long.png");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      double x, y, width, height;

      bd_printed_form_draw_page (form, 0, cr, pages[i][0], pages[i][1]);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
      g_assert_cmpfloat (x, >=, BD_PRINT_DEFAULT_MARGIN - 2.0);
      g_assert_cmpfloat (y, >=, BD_PRINT_DEFAULT_MARGIN - 2.0);
      g_assert_cmpfloat (x + width, <=, pages[i][0] - BD_PRINT_DEFAULT_MARGIN + 2.0);
      g_assert_cmpfloat (y + height, <=, pages[i][1] - BD_PRINT_DEFAULT_MARGIN + 2.0);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* ── the notice ───────────────────────────────────────────────────────────────────── */

static void
test_notice_text (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(BdRequest) request = add_incomplete_request (fixture);
  g_autoptr(GPtrArray) received = document_labels (request, TRUE);
  g_autoptr(GPtrArray) missing = document_labels (request, FALSE);
  g_autoptr(BdPrintedForm) form = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  form = bd_printed_form_new_request_notice (fixture->store, request, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bd_printed_form_get_paper (form), ==, BD_PAPER_A5);
  g_assert_cmpstr (bd_printed_form_get_file_name (form), ==, "request-notice-BQ202602130001.pdf");
  if ((text = form_text (fixture, form, "notice.pdf")) == NULL)
    return;

  assert_printed (text, "BQ202602130001");
  assert_printed (text, "张女士");
  /* Exactly the missing documents: every one of them, none of those received. */
  g_assert_cmpuint (missing->len, ==, 2);
  for (guint i = 0; i < missing->len; i++)
    assert_printed (text, missing->pdata[i]);
  for (guint i = 0; i < received->len; i++)
    assert_not_printed (text, received->pdata[i]);
  assert_printed (text, "article 19");
  assert_printed (text, "Notice given on: 2026-02-13");
  /* Five working days from receipt (2010 rules art. 19). */
  assert_printed (text, "Notice due by: 2026-02-27");
  assert_no_personal_numbers (text);
}

/* Nothing missing: there is no notice to give. */
static void
test_notice_refused_when_complete (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(BdRequest) request = add_request (fixture, "contact-change", fixture->marriage,
                                              fixture->mr_chen);
  g_autoptr(BdPrintedForm) form = NULL;
  g_autoptr(GError) error = NULL;

  bd_request_set_text (request, "南京市玄武区中山路1号");
  bd_request_set_postcode (request, "210008");
  store_request (fixture, request);
  receive (fixture, request, "application");
  receive (fixture, request, "applicant-id");
  form = bd_printed_form_new_request_notice (fixture->store, request, &error);
  g_assert_error (error, BD_REQUEST_ERROR, BD_REQUEST_FIELD_DOCUMENTS);
  g_assert_null (form);
}

/* Each form writes its own audit row about the case, before it is printed or saved. */
static void
test_audit (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(BdRequest) request = add_incomplete_request (fixture);
  g_autoptr(BdPrintedForm) receipt = NULL;
  g_autoptr(BdPrintedForm) notice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;

  receipt = bd_printed_form_new_request_receipt (fixture->store, request, &error);
  g_assert_no_error (error);
  notice = bd_printed_form_new_request_notice (fixture->store, request, &error);
  g_assert_no_error (error);
  g_assert_true (bd_printed_form_can_save (receipt));
  g_assert_true (bd_printed_form_audit (receipt, fixture->store, fixture->counter, NULL, &error));
  g_assert_true (bd_printed_form_audit (notice, fixture->store, fixture->counter,
                                        "/tmp/notice.pdf", &error));
  g_assert_no_error (error);
  query = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE record_table = 'case_file' "
                           "AND record_id = %" G_GINT64_FORMAT " AND action IN "
                           "('request-receipt-printed', 'request-notice-saved')",
                           bd_case_get_id (bd_request_get_case (request)));
  g_assert_cmpint (bd_test_query_int (fixture->base.path, query), ==, 2);
}

/* ── in Chinese, as the counter prints them ───────────────────────────────────────── */

static void
test_in_chinese (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(BdRequest) request = NULL;
  g_autoptr(BdPrintedForm) receipt = NULL;
  g_autoptr(BdPrintedForm) notice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_locale = g_strdup (setlocale (LC_MESSAGES, NULL));
  g_autofree char *receipt_text = NULL, *notice_text = NULL;

  if (setlocale (LC_MESSAGES, "zh_CN.UTF-8") == NULL || g_getenv ("BRANCHDESK_LOCALEDIR") == NULL)
    {
      g_test_skip ("No zh_CN.UTF-8 locale or no translations");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BRANCHDESK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "zh_CN", TRUE);

  request = add_incomplete_request (fixture);
  g_assert_true (bd_store_set_setting (fixture->store, "branch-phone", BRANCH_PHONE, &error));
  receipt = bd_printed_form_new_request_receipt (fixture->store, request, &error);
  g_assert_no_error (error);
  notice = bd_printed_form_new_request_notice (fixture->store, request, &error);
  g_assert_no_error (error);
  receipt_text = form_text (fixture, receipt, "receipt-zh.pdf");
  notice_text = form_text (fixture, notice, "notice-zh.pdf");
  if (g_getenv ("BD_TEST_PRINT_OUTPUT") != NULL)
    {
      render_png (fixture, receipt, "receipt-zh.png");
      render_png (fixture, notice, "notice-zh.png");
    }
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_MESSAGES, old_locale);
  if (receipt_text == NULL || notice_text == NULL)
    return;

  assert_printed (receipt_text, "保全申请受理回执");
  assert_printed (receipt_text, "预计办结日期：2026年2月27日");
  assert_printed (receipt_text, "张女士（被保险人）");
  assert_printed (notice_text, "一次性告知书");
  assert_printed (notice_text, "第十九条");
  /* No English label left. */
  for (guint i = 0; i < 2; i++)
    {
      const char *text = i == 0 ? receipt_text : notice_text;

      assert_not_printed (text, "Request");
      assert_not_printed (text, "Received");
      assert_not_printed (text, "Printed");
      assert_not_printed (text, "phone");
    }
}

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  BD_TEST_ADD ("/request-forms/receipt/text", test_receipt_text);
  BD_TEST_ADD ("/request-forms/receipt/guardian", test_receipt_guardian);
  BD_TEST_ADD ("/request-forms/receipt/beyond-calendar", test_receipt_beyond_calendar);
  BD_TEST_ADD ("/request-forms/receipt/fits", test_receipt_fits);
  BD_TEST_ADD ("/request-forms/notice/text", test_notice_text);
  BD_TEST_ADD ("/request-forms/notice/refused-when-complete", test_notice_refused_when_complete);
  BD_TEST_ADD ("/request-forms/audit", test_audit);
  BD_TEST_ADD ("/request-forms/in-chinese", test_in_chinese);

  return g_test_run ();
}
