/* test-claims.c — claim intake: the checks, the documents, the lifecycle and deadlines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bd-calendar.h"
#include "bd-case-store.h"
#include "bd-claims-store.h"
#include "bd-contacts-store.h"
#include "bd-customers-store.h"
#include "bd-household-store.h"
#include "bd-print-claim.h"
#include "bd-store.h"
#include "bd-test-fixture.h"

typedef struct
{
  BdTestStore base;
  BdStore    *store;
  gint64      counter;
  gint64      supervisor;
  gint64      medical;      /* a medical product with a 90-day waiting period */
  gint64      life;
  gint64      insured;      /* 陈大文 */
  gint64      wife;
  gint64      medical_policy;
  gint64      life_policy;
} Fixture;

static gint64
add_policy (Fixture    *fixture,
            const char *number,
            gint64      product,
            const char *effective)
{
  g_autoptr(BdPolicy) policy = bd_test_policy_new (number, product, fixture->insured,
                                                   fixture->insured, effective,
                                                   BD_POLICY_IN_FORCE);

  return bd_test_add_policy (fixture->store, policy);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BdStore *store;

  bd_test_clock_fix ("2026-09-30T10:00:00+08:00");
  bd_test_store_set_up (&fixture->base, "bd-claims", "branch.db");
  store = fixture->store = fixture->base.store;
  fixture->counter = bd_test_add_staff (store, "wangfang", "王芳", BD_ROLE_COUNTER, NULL, NULL);
  fixture->supervisor = bd_test_add_staff (store, "zhoujun", "周军", BD_ROLE_SUPERVISOR, NULL, NULL);
  fixture->medical = bd_store_add_product (store, "M01", "住院医疗", BD_PRODUCT_MEDICAL, 90, NULL);
  fixture->life = bd_store_add_product (store, "L01", "终身寿险", BD_PRODUCT_LIFE, 0, NULL);
  fixture->insured = bd_test_add_person (store, "陈大文", BD_SEX_MALE, "1970-02-03", NULL, NULL);
  fixture->wife = bd_test_add_person (store, "李秀英", BD_SEX_FEMALE, "1972-04-05", NULL, NULL);
  fixture->medical_policy = add_policy (fixture, "M-2026", fixture->medical, "2026-01-01");
  fixture->life_policy = add_policy (fixture, "L-2010", fixture->life, "2010-01-01");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bd_test_store_tear_down (&fixture->base);
}

/* A report by the wife, complete in its fields. */
static BdClaim *
make_claim (Fixture     *fixture,
            BdEventKind  kind,
            const char  *day)
{
  BdClaim *claim = bd_claim_new (fixture->insured, kind);

  bd_claim_set_reporter (claim, fixture->wife, NULL);
  bd_claim_set_relation (claim, "配偶");
  bd_claim_set_phone (claim, "13912345678");
  bd_claim_set_event_date (claim, day);
  bd_claim_set_place (claim, "南京市鼓楼区");
  bd_claim_set_hospital (claim, "江苏省人民医院");
  bd_claim_set_description (claim, "入院治疗");
  return claim;
}

static GPtrArray *
check (Fixture *fixture,
       BdClaim *claim)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *checks = bd_claims_store_check (fixture->store, claim, &error);

  g_assert_no_error (error);
  return checks;
}

/* The check line about @policy_id, or of no policy with @text in it. */
static BdClaimCheck *
find_check (GPtrArray  *checks,
            gint64      policy_id,
            const char *text)
{
  for (guint i = 0; i < checks->len; i++)
    {
      BdClaimCheck *c = g_ptr_array_index (checks, i);

      if ((policy_id != 0 && c->policy_id == policy_id && text == NULL)
          || (text != NULL && strstr (c->text, text) != NULL))
        return c;
    }
  return NULL;
}

/* 90 days of waiting from 1 January 2026: an illness on day 89 is not covered, on day 91
 * it is; an accident on day 10 is. */
static void
test_waiting_period (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(BdClaim) day89 = make_claim (fixture, BD_EVENT_ILLNESS, "2026-03-31");
  g_autoptr(BdClaim) day91 = make_claim (fixture, BD_EVENT_ILLNESS, "2026-04-02");
  g_autoptr(BdClaim) accident = make_claim (fixture, BD_EVENT_ACCIDENT, "2026-01-11");
  g_autoptr(GPtrArray) c89 = check (fixture, day89);
  g_autoptr(GPtrArray) c91 = check (fixture, day91);
  g_autoptr(GPtrArray) cacc = check (fixture, accident);
  BdClaimCheck *line;

  line = find_check (c89, fixture->medical_policy, NULL);
  g_assert_cmpint (line->level, ==, BD_CLAIM_CHECK_WARNING);
  g_assert_nonnull (strstr (line->text, "day 89 of its 90-day waiting period"));
  line = find_check (c91, fixture->medical_policy, NULL);
  g_assert_cmpint (line->level, ==, BD_CLAIM_CHECK_GOOD);
  g_assert_null (strstr (line->text, "waiting"));
  line = find_check (cacc, fixture->medical_policy, NULL);
  g_assert_cmpint (line->level, ==, BD_CLAIM_CHECK_GOOD);
  /* Whole life answers neither an illness nor an injury. */
  line = find_check (c91, fixture->life_policy, NULL);
  g_assert_cmpint (line->level, ==, BD_CLAIM_CHECK_WARNING);
  g_assert_nonnull (strstr (line->text, "does not answer"));
}

/* Insurance Law art. 36: in force before the unpaid due day, in grace for 60 days after,
 * lapsed after that; not yet in force before the effective day. */
static void
test_status_on_event_day (void)
{
  g_autoptr(BdPolicy) policy = bd_test_policy_new ("P-1", 1, 1, 1, "2024-01-01",
                                                   BD_POLICY_LAPSED);
  const struct
  {
    const char    *day;
    BdCoverStatus  status;
  } cases[] = {
    { "2023-12-31", BD_COVER_NOT_YET },
    { "2024-01-01", BD_COVER_IN_FORCE },
    { "2026-01-10", BD_COVER_IN_FORCE },
    { "2026-01-11", BD_COVER_GRACE },
    { "2026-03-11", BD_COVER_GRACE },
    { "2026-03-12", BD_COVER_LAPSED },
  };

  bd_policy_set_next_due_date (policy, "2026-01-10");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate day;

      g_assert_true (bd_date_parse_iso (cases[i].day, &day));
      g_assert_cmpint (bd_policy_cover_on (policy, &day, BD_GRACE_DAYS), ==, cases[i].status);
    }
  bd_policy_set_status (policy, BD_POLICY_SURRENDERED);
  {
    GDate day;

    g_assert_true (bd_date_parse_iso ("2025-06-01", &day));
    g_assert_cmpint (bd_policy_cover_on (policy, &day, BD_GRACE_DAYS), ==, BD_COVER_ENDED);
  }
}

static void
add_claim (Fixture *fixture,
           BdClaim *claim)
{
  g_autoptr(GError) error = NULL;

  bd_claims_store_add (fixture->store, claim, fixture->counter, &error);
  g_assert_no_error (error);
}

static void
test_duplicate (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BdClaim) first = make_claim (fixture, BD_EVENT_ILLNESS, "2026-09-01");
  g_autoptr(BdClaim) again = make_claim (fixture, BD_EVENT_ILLNESS, "2026-09-01");
  g_autoptr(BdClaim) other = make_claim (fixture, BD_EVENT_ACCIDENT, "2026-09-01");
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;

  add_claim (fixture, first);
  checks = check (fixture, again);
  g_assert_nonnull (find_check (checks, 0, bd_case_get_number (bd_claim_get_case (first))));
  g_clear_pointer (&checks, g_ptr_array_unref);
  checks = check (fixture, other);
  g_assert_null (find_check (checks, 0, "reported already"));
  g_clear_pointer (&checks, g_ptr_array_unref);
  /* The claim itself is no duplicate of itself; a withdrawn one is none either. */
  checks = check (fixture, first);
  g_assert_null (find_check (checks, 0, "reported already"));
  g_clear_pointer (&checks, g_ptr_array_unref);
  g_assert_true (bd_claims_store_take_step (fixture->store, first, "withdrawn", fixture->counter,
                                            "报错了", &error));
  checks = check (fixture, again);
  g_assert_null (find_check (checks, 0, "reported already"));
}

static gboolean
requires (BdClaim    *claim,
          const char *document)
{
  BdChecklistItem *item = bd_checklist_find (bd_case_get_checklist (bd_claim_get_case (claim)),
                                             document);

  return item != NULL && bd_checklist_item_get_required (item);
}

static void
test_documents_by_kind (void)
{
  g_autoptr(BdClaim) claim = bd_claim_new (1, BD_EVENT_ILLNESS);

  g_assert_true (requires (claim, "invoices"));
  g_assert_true (requires (claim, "discharge-summary"));
  g_assert_false (requires (claim, "death-certificate"));
  bd_claim_set_kind (claim, BD_EVENT_DEATH);
  g_assert_true (requires (claim, "death-certificate"));
  g_assert_true (requires (claim, "beneficiary-relationship"));
  g_assert_false (requires (claim, "invoices"));
  g_assert_true (requires (claim, "claim-form"));
  bd_claim_set_kind (claim, BD_EVENT_CRITICAL_ILLNESS);
  g_assert_true (requires (claim, "pathology"));
  g_assert_false (requires (claim, "death-certificate"));
}

/* A death: the beneficiaries named, or the legal heirs. */
static void
test_death_beneficiaries (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(BdPolicy) named = bd_test_policy_new ("L-NAMED", fixture->life, fixture->insured,
                                                  fixture->insured, "2015-01-01",
                                                  BD_POLICY_IN_FORCE);
  g_autoptr(BdClaim) claim = make_claim (fixture, BD_EVENT_DEATH, "2026-09-20");
  g_autoptr(GPtrArray) checks = NULL;
  gint64 named_id;

  bd_test_policy_add_beneficiary (named, fixture->wife, 10000);
  named_id = bd_test_add_policy (fixture->store, named);
  checks = check (fixture, claim);
  g_assert_nonnull (find_check (checks, 0, "L-NAMED: death beneficiaries 李秀英 (order 1, 100%)"));
  g_assert_nonnull (find_check (checks, 0, "L-2010: no death beneficiary is named"));
  (void) named_id;
}

static void
test_report_fields (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BdClaim) claim = make_claim (fixture, BD_EVENT_ILLNESS, "2026-09-01");
  g_autoptr(GError) error = NULL;
  GDate today;

  bd_store_get_today (fixture->store, &today);
  bd_claim_set_phone (claim, "12345");
  g_assert_false (bd_claim_validate (claim, &today, &error));
  g_assert_error (error, BD_CLAIM_ERROR, BD_CLAIM_FIELD_PHONE);
  g_clear_error (&error);
  bd_claim_set_phone (claim, "025-8371 4511");
  g_assert_true (bd_claim_validate (claim, &today, NULL));
  bd_claim_set_event_date (claim, "2026-10-01");
  g_assert_false (bd_claim_validate (claim, &today, &error));
  g_assert_error (error, BD_CLAIM_ERROR, BD_CLAIM_FIELD_EVENT_DATE);
  g_clear_error (&error);
  bd_claim_set_event_date (claim, "2026-09-01");
  bd_claim_set_hospital (claim, " ");
  g_assert_false (bd_claim_validate (claim, &today, &error));
  g_assert_error (error, BD_CLAIM_ERROR, BD_CLAIM_FIELD_HOSPITAL);
  g_clear_error (&error);
  /* A reporter who is not a customer: a hospital, with its landline, sealed. */
  bd_claim_set_hospital (claim, "江苏省人民医院");
  bd_claim_set_reporter (claim, 0, "江苏省人民医院医保办");
  bd_claim_set_relation (claim, "医院");
  add_claim (fixture, claim);
  g_assert_cmpint (bd_test_query_int (fixture->base.path,
                                      "SELECT count(*) FROM claim WHERE phone_sealed IS NULL "
                                      "OR reporter_id IS NOT NULL"), ==, 0);
  {
    g_autoptr(BdClaim) again = bd_claims_store_get (fixture->store,
                                                    bd_case_get_id (bd_claim_get_case (claim)),
                                                    &error);

    g_assert_no_error (error);
    g_assert_cmpstr (bd_claim_get_phone (again), ==, "025-8371 4511");
    g_assert_cmpstr (bd_claim_get_reporter_name (again), ==, "江苏省人民医院医保办");
  }
}

static void
test_limitation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(BdClaim) claim = make_claim (fixture, BD_EVENT_DEATH, "2021-09-01");
  g_autoptr(GPtrArray) checks = NULL;

  bd_claim_set_known_on (claim, "2021-09-30");
  checks = check (fixture, claim);
  g_assert_null (find_check (checks, 0, "art. 26"));
  g_clear_pointer (&checks, g_ptr_array_unref);
  bd_claim_set_known_on (claim, "2021-09-29");
  checks = check (fixture, claim);
  g_assert_nonnull (find_check (checks, 0, "art. 26"));
}

static void
receive_all (Fixture *fixture,
             BdClaim *claim)
{
  g_autoptr(GPtrArray) missing = bd_checklist_list_missing (bd_case_get_checklist (
                                   bd_claim_get_case (claim)));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < missing->len; i++)
    g_ptr_array_add (names, (gpointer) bd_checklist_item_get_kind (missing->pdata[i])->name);
  for (guint i = 0; i < names->len; i++)
    g_assert_true (bd_case_store_set_document (fixture->store, bd_claim_get_case (claim),
                                               names->pdata[i], BD_DOCUMENT_RECEIVED,
                                               fixture->counter, NULL));
}

static void
assert_due (BdCase     *kase,
            const char *rule,
            const char *expected)
{
  g_autoptr(GError) error = NULL;
  BdDeadline *deadline = bd_case_find_deadline (kase, rule);
  GDate today, due;

  g_assert_nonnull (deadline);
  g_date_clear (&today, 1);
  g_assert_true (bd_date_parse_iso ("2026-09-30", &today));
  g_assert_true (bd_deadline_get_due (deadline, bd_calendar_get_default (), &today, &due, &error));
  g_assert_no_error (error);
  bd_test_assert_date (&due, expected);
}

static void
take (Fixture    *fixture,
      BdClaim    *claim,
      const char *to,
      gint64      staff,
      const char *reason)
{
  g_autoptr(GError) error = NULL;

  bd_claims_store_take_step (fixture->store, claim, to, staff, reason, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bd_case_get_state (bd_claim_get_case (claim)), ==, to);
}

/* Documents complete on Wednesday 30 September 2026, before the National Day holiday
 * (1–7 October; Saturday 10 October worked): the counter's 3 working days end on 10
 * October, the rules' 5 on 13 October; a decision to pay starts the 10 days of payment
 * (Insurance Law art. 23). */
static void
test_lifecycle_over_national_day (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(BdClaim) claim = make_claim (fixture, BD_EVENT_ILLNESS, "2026-09-01");
  g_autoptr(GError) error = NULL;
  BdCase *kase = bd_claim_get_case (claim);

  add_claim (fixture, claim);
  g_assert_cmpstr (bd_case_get_number (kase), ==, "LP202609300001");
  g_assert_false (bd_claims_store_take_step (fixture->store, claim, "accepted", fixture->counter,
                                             NULL, &error));
  g_assert_error (error, BD_CASE_ERROR, BD_CASE_ERROR_DOCUMENTS_MISSING);
  g_clear_error (&error);
  receive_all (fixture, claim);
  take (fixture, claim, "accepted", fixture->counter, NULL);
  assert_due (kase, "claim-decision-counter", "2026-10-10");
  assert_due (kase, "claim-decision", "2026-10-13");

  /* The counter records no decision; a supervisor does, and says full or in part. */
  g_assert_false (bd_claims_store_take_step (fixture->store, claim, "approved", fixture->counter,
                                             NULL, &error));
  g_assert_error (error, BD_CASE_ERROR, BD_CASE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_false (bd_claims_store_take_step (fixture->store, claim, "approved",
                                             fixture->supervisor, NULL, &error));
  g_assert_error (error, BD_CLAIM_ERROR, BD_CLAIM_FIELD_DECISION);
  g_clear_error (&error);
  g_assert_cmpstr (bd_case_get_state (kase), ==, "accepted");
  bd_claim_set_decision (claim, BD_DECISION_PAY_PART, NULL);
  g_assert_false (bd_claims_store_take_step (fixture->store, claim, "approved",
                                             fixture->supervisor, NULL, &error));
  g_assert_error (error, BD_CLAIM_ERROR, BD_CLAIM_FIELD_DECISION);
  g_clear_error (&error);
  bd_claim_set_decision (claim, BD_DECISION_PAY_FULL, NULL);
  take (fixture, claim, "approved", fixture->supervisor, NULL);
  /* 10 days end on Saturday 10 October, a working day that year. */
  assert_due (kase, "claim-payment", "2026-10-10");
  take (fixture, claim, "paid", fixture->supervisor, NULL);
  take (fixture, claim, "closed", fixture->counter, NULL);
  g_assert_false (bd_case_is_open (kase));
}

/* A decline gives its reason, and the refusal notice is due within 3 days (art. 24);
 * an investigation leaves the counter's 3 working days for the 30 days of complex cases. */
static void
test_investigation_and_decline (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(BdClaim) claim = make_claim (fixture, BD_EVENT_ILLNESS, "2026-09-01");
  g_autoptr(GError) error = NULL;
  BdCase *kase = bd_claim_get_case (claim);
  GDate met;

  add_claim (fixture, claim);
  receive_all (fixture, claim);
  take (fixture, claim, "accepted", fixture->counter, NULL);
  take (fixture, claim, "investigating", fixture->supervisor, NULL);
  g_assert_true (bd_deadline_get_met_on (bd_case_find_deadline (kase, "claim-decision-counter"),
                                         &met));
  assert_due (kase, "claim-decision-complex", "2026-10-30");
  g_assert_false (bd_claims_store_take_step (fixture->store, claim, "declined",
                                             fixture->supervisor, NULL, &error));
  g_assert_error (error, BD_CASE_ERROR, BD_CASE_ERROR_REASON_REQUIRED);
  g_clear_error (&error);
  take (fixture, claim, "declined", fixture->supervisor, "既往症，不在保险责任范围内");
  g_assert_cmpint (bd_claim_get_decision (claim), ==, BD_DECISION_DECLINE);
  assert_due (kase, "claim-refusal-notice", "2026-10-08");
  take (fixture, claim, "notified", fixture->counter, NULL);
  take (fixture, claim, "appealed", fixture->counter, "客户不服，申请复核");
  g_assert_cmpint (bd_test_query_int (fixture->base.path,
                                      "SELECT count(*) FROM claim WHERE decision = 'decline'"),
                   ==, 1);
}

/* The printed text of @form, or NULL when pdftotext is missing (the test is skipped). */
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
           const char *words,
           gboolean    present)
{
  g_autofree char *needle = bd_test_squeeze (words);

  if ((strstr (text, needle) != NULL) != present)
    g_error ("“%s” %s the form: %s", words, present ? "is not on" : "is on", text);
}

/* The receipt lists what was received, the notice exactly what is missing, and neither
 * shows an amount or the reporter's phone (003: never promise a payout). */
static void
test_receipt_and_notice (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BdClaim) claim = make_claim (fixture, BD_EVENT_ILLNESS, "2026-09-01");
  g_autoptr(BdPrintedForm) receipt = NULL;
  g_autoptr(BdPrintedForm) notice = NULL;
  g_autofree char *receipt_text = NULL;
  g_autofree char *notice_text = NULL;
  g_autoptr(GError) error = NULL;

  add_claim (fixture, claim);
  g_assert_true (bd_case_store_set_document (fixture->store, bd_claim_get_case (claim),
                                             "claim-form", BD_DOCUMENT_RECEIVED,
                                             fixture->counter, NULL));
  g_assert_true (bd_case_store_set_document (fixture->store, bd_claim_get_case (claim),
                                             "invoices", BD_DOCUMENT_RECEIVED,
                                             fixture->counter, NULL));
  receipt = bd_printed_form_new_claim_receipt (fixture->store, claim, &error);
  g_assert_no_error (error);
  notice = bd_printed_form_new_claim_notice (fixture->store, claim, &error);
  g_assert_no_error (error);
  if ((receipt_text = form_text (fixture, receipt, "receipt.pdf")) == NULL
      || (notice_text = form_text (fixture, notice, "notice.pdf")) == NULL)
    return;
  assert_in (receipt_text, "LP202609300001", TRUE);
  assert_in (receipt_text, "陈大文", TRUE);
  assert_in (receipt_text, "Original medical invoices", TRUE);
  assert_in (receipt_text, "Itemised hospital bill", FALSE);
  assert_in (receipt_text, "13912345678", FALSE);
  assert_in (receipt_text, "yuan", FALSE);
  assert_in (notice_text, "Itemised hospital bill", TRUE);
  assert_in (notice_text, "Discharge summary", TRUE);
  assert_in (notice_text, "Diagnosis certificate", TRUE);
  assert_in (notice_text, "Identity document of the insured", TRUE);
  assert_in (notice_text, "Original medical invoices", FALSE);
  assert_in (notice_text, "Claim form signed by the claimant", FALSE);
  assert_in (notice_text, "article 22", TRUE);
  g_assert_true (g_str_has_prefix (bd_printed_form_get_file_name (notice), "claim-notice-LP"));

  receive_all (fixture, claim);
  g_clear_pointer (&notice, bd_printed_form_unref);
  notice = bd_printed_form_new_claim_notice (fixture->store, claim, &error);
  g_assert_null (notice);
  g_assert_error (error, BD_CLAIM_ERROR, BD_CLAIM_FIELD_KIND);
}

/* A refusal's letter gives its reason and the ways to seek review (art. 24). */
static void
test_decision_letter (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BdClaim) claim = make_claim (fixture, BD_EVENT_ILLNESS, "2026-09-01");
  g_autoptr(BdPrintedForm) letter = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  add_claim (fixture, claim);
  letter = bd_printed_form_new_claim_decision (fixture->store, claim, &error);
  g_assert_null (letter);
  g_assert_error (error, BD_CLAIM_ERROR, BD_CLAIM_FIELD_DECISION);
  g_clear_error (&error);
  receive_all (fixture, claim);
  take (fixture, claim, "accepted", fixture->counter, NULL);
  take (fixture, claim, "declined", fixture->supervisor, "既往症，不在保险责任范围内");
  letter = bd_printed_form_new_claim_decision (fixture->store, claim, &error);
  g_assert_no_error (error);
  if ((text = form_text (fixture, letter, "decision.pdf")) == NULL)
    return;
  assert_in (text, "Declined", TRUE);
  assert_in (text, "既往症，不在保险责任范围内", TRUE);
  assert_in (text, "12378", TRUE);
  assert_in (text, "arbitration", TRUE);
}

/* ── the deceased: nothing is sent to them once their death is reported ────────── */

static guint
n_premiums_due (Fixture *fixture)
{
  g_autoptr(GListModel) due = NULL;
  g_autoptr(GError) error = NULL;
  guint count = 0;
  GDate from;

  bd_store_get_today (fixture->store, &from);
  due = bd_store_list_premiums_due (fixture->store, &from, 30, 10, &error);
  g_assert_no_error (error);
  g_assert_true (bd_store_count_premiums_due (fixture->store, &from, 30, 0, 100, &count, &error));
  g_assert_cmpuint (count, ==, g_list_model_get_n_items (due));
  return count;
}

static guint
n_slips_on (Fixture    *fixture,
            const char *day)
{
  g_autoptr(GListModel) slips = NULL;
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GError) error = NULL;
  guint count = 0;
  GDate date;

  g_assert_true (bd_date_parse_iso (day, &date));
  slips = bd_store_list_day_slips (fixture->store, &date, 0, 0, 10, &error);
  g_assert_no_error (error);
  visits = bd_store_list_planned_visits_of (fixture->store, &date, 0, &error);
  g_assert_no_error (error);
  g_assert_true (bd_store_count_day_slips (fixture->store, &date, 0, 100, &count, &error));
  g_assert_cmpuint (count, ==, g_list_model_get_n_items (slips));
  g_assert_cmpuint (count, ==, g_list_model_get_n_items (visits));
  return count;
}

/* Marked on the customer as the page reads them, and on the household card's member. */
static gboolean
is_marked_deceased (Fixture *fixture,
                    gint64   customer_id)
{
  g_autoptr(BdCustomer) customer = bd_store_get_customer (fixture->store, customer_id, NULL);
  g_autoptr(BdHousehold) household = bd_store_get_household_of (fixture->store, customer_id, NULL);
  BdHouseholdMember *member = bd_household_find_member (household, customer_id);
  guint badges = bd_customer_get_badges (bd_household_member_get_customer (member));

  g_assert_cmpuint (badges & BD_BADGE_DECEASED, ==, bd_customer_get_badges (customer) & BD_BADGE_DECEASED);
  return (bd_customer_get_badges (customer) & BD_BADGE_DECEASED) != 0;
}

/* A premium falling due on the life policy (held by the wife on his life) and on a policy
 * of the wife's own, and a slip planning a visit to each. */
static void
add_premiums_and_slips (Fixture *fixture)
{
  g_autoptr(BdPolicy) hers = bd_test_policy_new ("L-2020", fixture->life, fixture->wife,
                                                 fixture->wife, "2020-10-10", BD_POLICY_IN_FORCE);
  g_autoptr(BdPolicy) his = bd_test_policy_new ("L-2021", fixture->life, fixture->wife,
                                                fixture->insured, "2021-10-12", BD_POLICY_IN_FORCE);
  gint64 people[] = { fixture->insured, fixture->wife };

  bd_test_add_household (fixture->store, "陈家", (BdTestMember[]) {
                           { fixture->insured, BD_RELATION_SELF },
                           { fixture->wife, BD_RELATION_SPOUSE },
                         }, 2);

  bd_policy_set_next_due_date (hers, "2026-10-10");
  bd_policy_set_next_due_date (his, "2026-10-12");
  bd_test_add_policy (fixture->store, hers);
  bd_test_add_policy (fixture->store, his);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(BdContact) slip = bd_test_contact_new (people[i], BD_CONTACT_SLIP,
                                                       fixture->counter, "上门未遇");

      bd_contact_set_next_visit (slip, "2026-10-09T10:00");
      bd_test_add_contact (fixture->store, slip);
    }
}

/* His death reported: marked deceased from its day, the check says so beforehand; the
 * premium on his life and the slip for him leave the Queues, hers stay. Withdrawn as a
 * mistake, the mark goes. */
static void
test_death_marks_deceased (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(BdClaim) claim = make_claim (fixture, BD_EVENT_DEATH, "2026-09-28");
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;

  add_premiums_and_slips (fixture);
  g_assert_cmpuint (n_premiums_due (fixture), ==, 2);
  g_assert_cmpuint (n_slips_on (fixture, "2026-10-09"), ==, 2);
  checks = check (fixture, claim);
  g_assert_nonnull (find_check (checks, 0, "marked deceased"));
  g_assert_false (is_marked_deceased (fixture, fixture->insured));

  g_assert_true (bd_claims_store_add (fixture->store, claim, fixture->counter, &error));
  g_assert_no_error (error);
  g_assert_true (is_marked_deceased (fixture, fixture->insured));
  g_assert_false (is_marked_deceased (fixture, fixture->wife));
  g_assert_cmpint (bd_test_query_int (fixture->base.path, "SELECT count(*) FROM customer "
                                      "WHERE deceased_on = '2026-09-28'"), ==, 1);
  g_assert_cmpuint (n_premiums_due (fixture), ==, 1);
  g_assert_cmpuint (n_slips_on (fixture, "2026-10-09"), ==, 1);

  take (fixture, claim, "withdrawn", fixture->counter, "报案人认错了被保险人");
  g_assert_false (is_marked_deceased (fixture, fixture->insured));
  g_assert_cmpuint (n_premiums_due (fixture), ==, 2);
  g_assert_cmpuint (n_slips_on (fixture, "2026-10-09"), ==, 2);
}

/* An illness claim marks nobody. */
static void
test_illness_marks_nobody (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(BdClaim) claim = make_claim (fixture, BD_EVENT_ILLNESS, "2026-09-28");
  g_autoptr(GPtrArray) checks = check (fixture, claim);
  g_autoptr(GError) error = NULL;

  add_premiums_and_slips (fixture);
  g_assert_null (find_check (checks, 0, "marked deceased"));
  g_assert_true (bd_claims_store_add (fixture->store, claim, fixture->counter, &error));
  g_assert_no_error (error);
  g_assert_false (is_marked_deceased (fixture, fixture->insured));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  g_test_add_func ("/claims/status-on-event-day", test_status_on_event_day);
  g_test_add_func ("/claims/documents-by-kind", test_documents_by_kind);
  ADD ("/claims/waiting-period", test_waiting_period);
  ADD ("/claims/duplicate", test_duplicate);
  ADD ("/claims/death-beneficiaries", test_death_beneficiaries);
  ADD ("/claims/report-fields", test_report_fields);
  ADD ("/claims/limitation", test_limitation);
  ADD ("/claims/lifecycle-over-national-day", test_lifecycle_over_national_day);
  ADD ("/claims/investigation-and-decline", test_investigation_and_decline);
  ADD ("/claims/receipt-and-notice", test_receipt_and_notice);
  ADD ("/claims/decision-letter", test_decision_letter);
  ADD ("/claims/death-marks-deceased", test_death_marks_deceased);
  ADD ("/claims/illness-marks-nobody", test_illness_marks_nobody);

  return g_test_run ();
}
