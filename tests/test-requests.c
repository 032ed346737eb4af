/* test-requests.c — policy-change requests: who may apply, the documents, the lifecycle,
 * the deadlines and what carrying a request out changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The three cases of 002 (domain.md §3) are decided here as the counter must decide them,
 * each beside the twin the rules allow.
 */
#include "config.h"

#include <string.h>

#include "bd-calendar.h"
#include "bd-case-entry.h"
#include "bd-case-private.h"
#include "bd-case-store.h"
#include "bd-customers-store.h"
#include "bd-identity.h"
#include "bd-request-rules.h"
#include "bd-requests-desk.h"
#include "bd-requests-store.h"
#include "bd-store.h"
#include "bd-store-private.h"
#include "bd-test-fixture.h"

typedef struct
{
  BdTestStore base;
  BdStore    *store;
  gint64      counter;      /* wangfang, who takes requests */
  gint64      supervisor;   /* zhoujun, who reviews */
  gint64      product;
  gint64      mr_chen;      /* 002 case 1 and 3: the ex-husband, policyholder */
  gint64      ms_zhang;     /* the insured ex-wife */
  gint64      mother;       /* 002 case 2: Ms Chen, who paid the premiums */
  gint64      son;          /* her son, 19, insured and survival beneficiary */
  gint64      daughter;     /* her daughter, 16: a minor */
  gint64      marriage;     /* Mr Chen on Ms Zhang's life, beneficiary Mr Chen */
  gint64      son_policy;   /* the mother on her son's life */
  gint64      minor_policy; /* the mother on her daughter's life */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BdPolicy) marriage = NULL;
  g_autoptr(BdPolicy) son_policy = NULL;
  g_autoptr(BdPolicy) minor_policy = NULL;
  BdStore *store;

  /* Friday 13 February 2026, the last working day before the Spring Festival holiday. */
  bd_test_clock_fix ("2026-02-13T10:00:00+08:00");
  bd_test_store_set_up (&fixture->base, "bd-requests", "branch.db");
  store = fixture->store = fixture->base.store;
  fixture->counter = bd_test_add_staff (store, "wangfang", "王芳", BD_ROLE_COUNTER,
                                        "counter-pass-1", NULL);
  fixture->supervisor = bd_test_add_staff (store, "zhoujun", "周军", BD_ROLE_SUPERVISOR,
                                           "supervisor-pass-1", NULL);
  fixture->product = bd_store_add_product (store, "L01", "终身寿险", BD_PRODUCT_LIFE, 0, NULL);
  fixture->mr_chen = bd_test_add_person (store, "陈先生", BD_SEX_MALE, "1978-03-02", NULL, NULL);
  fixture->ms_zhang = bd_test_add_person (store, "张女士", BD_SEX_FEMALE, "1980-06-01", NULL,
                                          "13812345678");
  fixture->mother = bd_test_add_person (store, "陈女士", BD_SEX_FEMALE, "1975-01-05", NULL, NULL);
  fixture->son = bd_test_add_person (store, "陈小明", BD_SEX_MALE, "2007-01-10", NULL, NULL);
  fixture->daughter = bd_test_add_person (store, "陈小红", BD_SEX_FEMALE, "2010-01-10", NULL, NULL);
  g_assert_true (bd_store_add_relationship (store, fixture->daughter, fixture->mother,
                                            BD_RELATION_PARENT, NULL));

  marriage = bd_test_policy_new_standard ("P-MARRIAGE", fixture->product, fixture->mr_chen,
                                          fixture->ms_zhang);
  bd_test_policy_add_beneficiary (marriage, fixture->mr_chen, 10000);
  fixture->marriage = bd_test_add_policy (store, marriage);
  son_policy = bd_test_policy_new_standard ("P-SON", fixture->product, fixture->mother,
                                            fixture->son);
  fixture->son_policy = bd_test_add_policy (store, son_policy);
  minor_policy = bd_test_policy_new_standard ("P-MINOR", fixture->product, fixture->mother,
                                              fixture->daughter);
  bd_policy_set_sum_insured (minor_policy, (gint64) 100000 * 100);
  fixture->minor_policy = bd_test_add_policy (store, minor_policy);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bd_test_store_tear_down (&fixture->base);
}

/* A request as the counter fills it for a person who applies in person: a valid
 * resident ID, signed by the applicant, at the counter. */
static BdRequest *
make_request (Fixture    *fixture,
              const char *item,
              gint64      policy_id,
              gint64      applicant_id)
{
  BdRequest *request = bd_request_new (bd_request_item_find (item), applicant_id, policy_id);

  g_assert_nonnull (bd_request_item_find (item));
  bd_request_set_applicant_id (request, applicant_id);
  bd_request_set_signer_id (request, applicant_id);
  bd_request_set_document (request, BD_DOCUMENT_RESIDENT_ID, "2036-01-01", FALSE);
  bd_request_set_channel (request, BD_CHANNEL_COUNTER);
  return request;
}

static void
assert_allowed (Fixture   *fixture,
                BdRequest *request)
{
  g_autoptr(GError) error = NULL;

  bd_requests_store_judge (fixture->store, request, &error);
  g_assert_no_error (error);
}

/* Refused on @field, and the message names @source. */
static void
assert_refused (Fixture        *fixture,
                BdRequest      *request,
                BdRequestField  field,
                const char     *source)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (bd_requests_store_judge (fixture->store, request, &error));
  g_assert_error (error, BD_REQUEST_ERROR, (int) field);
  if (source != NULL && strstr (error->message, source) == NULL)
    g_error ("“%s” does not name “%s”", error->message, source);
}

static void
set_new_beneficiary (BdRequest *request,
                     gint64     customer_id)
{
  bd_request_clear_beneficiaries (request);
  bd_request_add_beneficiary (request, customer_id, 1, 10000);
}

/* 002 case 1: the ex-husband, policyholder, may not change the beneficiary. */
static void
test_beneficiary_by_policyholder_refused (Fixture       *fixture,
                                          gconstpointer  data)
{
  g_autoptr(BdRequest) request = make_request (fixture, "beneficiary-change", fixture->marriage,
                                               fixture->mr_chen);

  set_new_beneficiary (request, 0);
  assert_refused (fixture, request, BD_REQUEST_FIELD_APPLICANT, "art. 41");
}

/* Inside a larger write (the demo's bulk), a request the rules refuse is not made and
 * leaves the write going: the next one is written and kept. Alone, adding it is refused
 * with the verdict's own error. */
static void
test_add_if_allowed (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(BdRequest) refused = make_request (fixture, "beneficiary-change", fixture->marriage,
                                               fixture->mr_chen);
  g_autoptr(BdRequest) allowed = make_request (fixture, "beneficiary-change", fixture->marriage,
                                               fixture->ms_zhang);
  g_autoptr(GError) verdict = NULL;
  g_autoptr(GError) error = NULL;
  gboolean made = TRUE;

  set_new_beneficiary (refused, fixture->son);
  set_new_beneficiary (allowed, fixture->son);
  g_assert_true (bd_store_begin_bulk (fixture->store, &error));
  g_assert_true (bd_requests_store_add_if_allowed (fixture->store, refused, fixture->counter,
                                                   &made, &verdict, &error));
  g_assert_no_error (error);
  g_assert_false (made);
  g_assert_error (verdict, BD_REQUEST_ERROR, BD_REQUEST_FIELD_APPLICANT);
  g_assert_cmpint (bd_case_get_id (bd_request_get_case (refused)), ==, 0);
  g_assert_true (bd_requests_store_add_if_allowed (fixture->store, allowed, fixture->counter,
                                                   &made, NULL, &error));
  g_assert_true (made);
  g_assert_true (bd_store_end_bulk (fixture->store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bd_test_query_int (fixture->base.path, "SELECT count(*) FROM request"), ==, 1);

  g_assert_false (bd_requests_store_add (fixture->store, refused, fixture->counter, &error));
  g_assert_error (error, BD_REQUEST_ERROR, BD_REQUEST_FIELD_APPLICANT);
  g_assert_cmpint (bd_test_query_int (fixture->base.path, "SELECT count(*) FROM request"), ==, 1);
}

/* Its twins: the insured herself; the policyholder with her written consent. */
static void
test_beneficiary_by_insured_or_with_consent (Fixture       *fixture,
                                             gconstpointer  data)
{
  g_autoptr(BdRequest) by_insured = make_request (fixture, "beneficiary-change", fixture->marriage,
                                                  fixture->ms_zhang);
  g_autoptr(BdRequest) with_consent = make_request (fixture, "beneficiary-change",
                                                    fixture->marriage, fixture->mr_chen);

  set_new_beneficiary (by_insured, fixture->mother);
  assert_allowed (fixture, by_insured);
  set_new_beneficiary (with_consent, fixture->mother);
  bd_request_set_consent (with_consent, TRUE);
  assert_allowed (fixture, with_consent);
  /* The consent is a document the counter must then receive. */
  g_assert_true (bd_checklist_item_get_required (
    bd_checklist_find (bd_case_get_checklist (bd_request_get_case (with_consent)),
                       "insured-consent")));
}

/* 002 case 2: the mother who paid may not collect her adult son's survival benefit. */
static void
test_survival_benefit_by_mother_refused (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(BdRequest) request = make_request (fixture, "survival-benefit", fixture->son_policy,
                                               fixture->mother);

  bd_request_set_amount (request, 700000);
  assert_refused (fixture, request, BD_REQUEST_FIELD_APPLICANT, "survival beneficiary");
}

/* Its twins: the son himself; for a minor, the mother as guardian with proof. */
static void
test_survival_benefit_by_son_or_guardian (Fixture       *fixture,
                                          gconstpointer  data)
{
  g_autoptr(BdRequest) by_son = make_request (fixture, "survival-benefit", fixture->son_policy,
                                              fixture->son);
  g_autoptr(BdRequest) for_minor = make_request (fixture, "survival-benefit",
                                                 fixture->minor_policy, fixture->daughter);
  BdChecklist *checklist;

  bd_request_set_amount (by_son, 700000);
  assert_allowed (fixture, by_son);

  bd_request_set_amount (for_minor, 700000);
  assert_refused (fixture, for_minor, BD_REQUEST_FIELD_GUARDIAN, "guardian");
  bd_request_set_guardian_id (for_minor, fixture->mother);
  /* The guardian acts, so the guardian signs. */
  assert_refused (fixture, for_minor, BD_REQUEST_FIELD_SIGNER, "002");
  bd_request_set_signer_id (for_minor, fixture->mother);
  assert_allowed (fixture, for_minor);
  checklist = bd_case_get_checklist (bd_request_get_case (for_minor));
  g_assert_true (bd_checklist_item_get_required (bd_checklist_find (checklist, "guardianship")));
  /* Someone who is not her parent nor her designated guardian is refused. */
  bd_request_set_guardian_id (for_minor, fixture->mr_chen);
  bd_request_set_signer_id (for_minor, fixture->mr_chen);
  assert_refused (fixture, for_minor, BD_REQUEST_FIELD_GUARDIAN, "art. 27");
}

/* 002 case 3: the insured ex-wife may not surrender; the policyholder may. */
static void
test_surrender_by_insured_refused (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(BdRequest) by_insured = make_request (fixture, "surrender", fixture->marriage,
                                                  fixture->ms_zhang);
  g_autoptr(BdRequest) by_holder = make_request (fixture, "surrender", fixture->marriage,
                                                 fixture->mr_chen);

  assert_refused (fixture, by_insured, BD_REQUEST_FIELD_APPLICANT, "policyholder");
  assert_allowed (fixture, by_holder);
}

static void
test_identity_documents (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BdRequest) request = make_request (fixture, "surrender", fixture->marriage,
                                               fixture->mr_chen);

  bd_request_set_document (request, BD_DOCUMENT_RESIDENT_ID, "2026-02-12", FALSE);
  assert_refused (fixture, request, BD_REQUEST_FIELD_DOCUMENT_VALID, "expired");
  bd_request_set_document (request, BD_DOCUMENT_RESIDENT_ID, "2026-02-13", FALSE);
  assert_allowed (fixture, request);
  bd_request_set_document (request, BD_DOCUMENT_HOUSEHOLD_REGISTER, NULL, FALSE);
  assert_refused (fixture, request, BD_REQUEST_FIELD_DOCUMENT_TYPE, "household register");
  bd_request_set_document (request, BD_DOCUMENT_HOUSEHOLD_REGISTER, NULL, TRUE);
  assert_allowed (fixture, request);
}

static void
test_proxy_signature_refused (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(BdRequest) request = make_request (fixture, "surrender", fixture->marriage,
                                               fixture->mr_chen);

  bd_request_set_signer_id (request, fixture->ms_zhang);
  assert_refused (fixture, request, BD_REQUEST_FIELD_SIGNER, "不允许代签名");
}

static void
test_shares_make_a_whole (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(BdRequest) request = make_request (fixture, "beneficiary-change", fixture->marriage,
                                               fixture->ms_zhang);

  bd_request_add_beneficiary (request, fixture->mother, 1, 6000);
  bd_request_add_beneficiary (request, fixture->son, 1, 3000);
  assert_refused (fixture, request, BD_REQUEST_FIELD_BENEFICIARIES, "90%");
  bd_request_add_beneficiary (request, fixture->daughter, 1, 1000);
  bd_request_add_beneficiary (request, 0, 2, 10000);
  assert_allowed (fixture, request);
  bd_request_add_beneficiary (request, fixture->mr_chen, 3, 5000);
  assert_refused (fixture, request, BD_REQUEST_FIELD_BENEFICIARIES, "order 3");
}

static gint64
add_lapsed_policy (Fixture    *fixture,
                   const char *number,
                   const char *unpaid_since)
{
  g_autoptr(BdPolicy) policy = bd_test_policy_new_standard (number, fixture->product,
                                                            fixture->mr_chen, fixture->mr_chen);

  bd_policy_set_status (policy, BD_POLICY_LAPSED);
  bd_policy_set_next_due_date (policy, unpaid_since);
  return bd_test_add_policy (fixture->store, policy);
}

/* Insurance Law art. 37: within two years of suspension (60 days after the unpaid due). */
static void
test_reinstatement_window (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(BdRequest) old = make_request (fixture, "reinstatement",
                                           add_lapsed_policy (fixture, "P-OLD", "2023-11-01"),
                                           fixture->mr_chen);
  g_autoptr(BdRequest) recent = make_request (fixture, "reinstatement",
                                              add_lapsed_policy (fixture, "P-RECENT", "2025-03-01"),
                                              fixture->mr_chen);
  g_autoptr(BdRequest) in_force = make_request (fixture, "reinstatement", fixture->marriage,
                                                fixture->mr_chen);

  assert_refused (fixture, old, BD_REQUEST_FIELD_POLICY, "art. 37");
  assert_allowed (fixture, recent);
  assert_refused (fixture, in_force, BD_REQUEST_FIELD_POLICY, "suspended");
}

static void
test_catalogue (void)
{
  const BdCaseKind *kind = bd_request_case_kind ();
  gboolean categories[BD_N_REQUEST_CATEGORIES] = { FALSE };
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  const BdRequestItem *items;
  guint n;

  items = bd_request_catalogue (&n);
  g_assert_cmpuint (n, >=, 23);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (g_hash_table_add (names, (gpointer) items[i].name));
      categories[items[i].category] = TRUE;
      g_assert_cmpuint (items[i].target_days, >, 0);
      g_assert_nonnull (items[i].source);
      for (guint d = 0; items[i].documents != NULL && items[i].documents[d] != NULL; d++)
        g_assert_nonnull (bd_request_document_find (items[i].documents[d]));
      if (items[i].deadline != NULL)
        g_assert_nonnull (bd_case_kind_find_deadline (kind, items[i].deadline));
    }
  for (guint c = 0; c < BD_N_REQUEST_CATEGORIES; c++)
    g_assert_true (categories[c]);
  /* Every deadline a step starts or meets is one of the kind's. */
  for (guint s = 0; s < kind->lifecycle->n_steps; s++)
    {
      const BdCaseStep *step = &kind->lifecycle->steps[s];

      g_assert_nonnull (bd_lifecycle_find_state (kind->lifecycle, step->from));
      g_assert_nonnull (bd_lifecycle_find_state (kind->lifecycle, step->to));
      for (guint m = 0; step->starts != NULL && step->starts[m] != NULL; m++)
        g_assert_nonnull (bd_case_kind_find_deadline (kind, step->starts[m]));
      for (guint m = 0; step->stops != NULL && step->stops[m] != NULL; m++)
        g_assert_nonnull (bd_case_kind_find_deadline (kind, step->stops[m]));
      for (guint m = 0; step->meets != NULL && step->meets[m] != NULL; m++)
        g_assert_nonnull (bd_case_kind_find_deadline (kind, step->meets[m]));
    }
}

static void
receive_all_documents (Fixture   *fixture,
                       BdRequest *request)
{
  BdCase *kase = bd_request_get_case (request);
  g_autoptr(GPtrArray) missing = bd_checklist_list_missing (bd_case_get_checklist (kase));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < missing->len; i++)
    g_ptr_array_add (names, (gpointer) bd_checklist_item_get_kind (missing->pdata[i])->name);
  for (guint i = 0; i < names->len; i++)
    {
      bd_case_store_set_document (fixture->store, kase, names->pdata[i], BD_DOCUMENT_RECEIVED,
                                  fixture->counter, &error);
      g_assert_no_error (error);
    }
}

static void
take_step (Fixture    *fixture,
           BdRequest  *request,
           const char *to,
           gint64      staff_id)
{
  g_autoptr(GError) error = NULL;

  bd_requests_store_take_step (fixture->store, request, to, staff_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bd_case_get_state (bd_request_get_case (request)), ==, to);
}

static BdRequest *
add_beneficiary_change (Fixture *fixture)
{
  BdRequest *request = make_request (fixture, "beneficiary-change", fixture->marriage,
                                     fixture->ms_zhang);
  g_autoptr(GError) error = NULL;

  bd_request_add_beneficiary (request, fixture->mother, 1, 5000);
  bd_request_add_beneficiary (request, fixture->son, 1, 5000);
  bd_requests_store_add (fixture->store, request, fixture->counter, &error);
  g_assert_no_error (error);
  return request;
}

/* The counter accepts, the same person may not approve, a supervisor does, the counter
 * carries it out: the policy changes exactly as previewed. */
static void
test_beneficiary_change_lifecycle (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(BdRequest) request = add_beneficiary_change (fixture);
  g_autoptr(BdRequest) again = NULL;
  g_autoptr(GPtrArray) preview = NULL;
  g_autoptr(GPtrArray) recorded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) policies = NULL;
  g_autoptr(BdPolicy) policy = NULL;
  BdCase *kase = bd_request_get_case (request);

  g_assert_cmpstr (bd_case_get_number (kase), ==, "BQ202602130001");
  /* Not every document is in: accepting outright is refused. */
  g_assert_false (bd_requests_store_take_step (fixture->store, request, "accepted",
                                               fixture->counter, NULL, &error));
  g_assert_error (error, BD_CASE_ERROR, BD_CASE_ERROR_DOCUMENTS_MISSING);
  g_clear_error (&error);
  receive_all_documents (fixture, request);
  take_step (fixture, request, "accepted", fixture->counter);
  take_step (fixture, request, "in-review", fixture->counter);

  /* Four eyes: who accepted may not approve, even as a supervisor would. */
  g_assert_false (bd_requests_store_take_step (fixture->store, request, "approved",
                                               fixture->counter, NULL, &error));
  g_assert_error (error, BD_CASE_ERROR, BD_CASE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  take_step (fixture, request, "approved", fixture->supervisor);

  preview = bd_requests_store_preview (fixture->store, request, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->len, ==, 1);
  take_step (fixture, request, "completed", fixture->counter);

  policies = bd_store_list_policies_of (fixture->store, fixture->mr_chen, &error);
  g_assert_no_error (error);
  policy = g_list_model_get_item (policies, 0);
  g_assert_cmpuint (g_list_model_get_n_items (bd_policy_get_beneficiaries (policy)), ==, 2);
  recorded = bd_requests_store_list_changes (fixture->store, fixture->marriage, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recorded->len, ==, 1);
  g_assert_cmpstr (((BdRequestChange *) recorded->pdata[0])->before, ==,
                   ((BdRequestChange *) preview->pdata[0])->before);
  g_assert_cmpstr (((BdRequestChange *) recorded->pdata[0])->after, ==,
                   ((BdRequestChange *) preview->pdata[0])->after);
  g_assert_nonnull (strstr (((BdRequestChange *) recorded->pdata[0])->after, "陈小明"));

  /* Read back: closed, every deadline ended, the history in order. */
  again = bd_requests_store_get (fixture->store, bd_case_get_id (kase), &error);
  g_assert_no_error (error);
  g_assert_false (bd_case_is_open (bd_request_get_case (again)));
  g_assert_cmpuint (bd_case_get_accepted_by (bd_request_get_case (again)), ==, fixture->counter);
  for (guint i = 0; i < bd_case_get_deadlines (bd_request_get_case (again))->len; i++)
    g_assert_true (bd_deadline_get_met_on (g_ptr_array_index (
                     bd_case_get_deadlines (bd_request_get_case (again)), i), NULL));
  g_assert_cmpuint (g_list_model_get_n_items (bd_case_get_history (bd_request_get_case (again))),
                    >=, 6);
}

/* A supervisor who accepted may not approve their own acceptance either. */
static void
test_four_eyes (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BdRequest) request = add_beneficiary_change (fixture);
  g_autoptr(GError) error = NULL;

  receive_all_documents (fixture, request);
  take_step (fixture, request, "accepted", fixture->supervisor);
  take_step (fixture, request, "in-review", fixture->supervisor);
  g_assert_false (bd_requests_store_take_step (fixture->store, request, "approved",
                                               fixture->supervisor, NULL, &error));
  g_assert_error (error, BD_CASE_ERROR, BD_CASE_ERROR_FOUR_EYES);
  g_assert_cmpstr (bd_case_get_state (bd_request_get_case (request)), ==, "in-review");
}

/* Accepted on Friday 13 February 2026, before the Spring Festival holiday (15–23
 * February, with Saturday 14 February worked): 2 working days is 24 February. */
static void
test_deadlines_over_spring_festival (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(BdRequest) request = make_request (fixture, "surrender", fixture->marriage,
                                               fixture->mr_chen);
  g_autoptr(GError) error = NULL;
  BdCase *kase = bd_request_get_case (request);
  GDate due, today;

  bd_requests_store_add (fixture->store, request, fixture->counter, &error);
  g_assert_no_error (error);
  bd_store_get_today (fixture->store, &today);
  g_assert_true (bd_deadline_get_due (bd_case_find_deadline (kase, "request-accept"),
                                      bd_calendar_get_default (), &today, &due, &error));
  bd_test_assert_date (&due, "2026-02-24");
  g_assert_true (bd_deadline_get_due (bd_case_find_deadline (kase, "request-notice"),
                                      bd_calendar_get_default (), &today, &due, &error));
  bd_test_assert_date (&due, "2026-02-27");
  /* Insurance Law art. 47: 30 calendar days, 15 March 2026, a Sunday → Monday 16 March. */
  g_assert_true (bd_deadline_get_due (bd_case_find_deadline (kase, "surrender-payment"),
                                      bd_calendar_get_default (), &today, &due, &error));
  bd_test_assert_date (&due, "2026-03-16");
}

/* A failure in the middle of carrying out leaves the database as it was, byte for byte. */
static void
test_failed_completion_changes_nothing (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autoptr(BdRequest) request = add_beneficiary_change (fixture);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  receive_all_documents (fixture, request);
  take_step (fixture, request, "accepted", fixture->counter);
  take_step (fixture, request, "in-review", fixture->counter);
  take_step (fixture, request, "approved", fixture->supervisor);
  /* The last write of the completion fails: after the policy's beneficiaries changed. */
  bd_test_exec (fixture->base.path,
                "CREATE TRIGGER fail_change BEFORE INSERT ON request_change "
                "BEGIN SELECT RAISE (ABORT, 'disk trouble'); END;");
  bd_test_exec (fixture->base.path, "PRAGMA wal_checkpoint (TRUNCATE)");
  before = bd_test_file_checksum (fixture->base.path);

  g_assert_false (bd_requests_store_take_step (fixture->store, request, "completed",
                                               fixture->counter, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (bd_case_get_state (bd_request_get_case (request)), ==, "approved");
  bd_test_exec (fixture->base.path, "PRAGMA wal_checkpoint (TRUNCATE)");
  after = bd_test_file_checksum (fixture->base.path);
  g_assert_cmpstr (before, ==, after);
}

/* Nothing of a request is deleted: withdrawn with a reason, and the rows stay. */
static void
test_withdrawn_not_deleted (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(BdRequest) request = add_beneficiary_change (fixture);
  g_autoptr(GError) error = NULL;
  gint64 id = bd_case_get_id (bd_request_get_case (request));

  g_assert_false (bd_requests_store_take_step (fixture->store, request, "withdrawn",
                                               fixture->counter, NULL, &error));
  g_assert_error (error, BD_CASE_ERROR, BD_CASE_ERROR_REASON_REQUIRED);
  g_clear_error (&error);
  g_assert_true (bd_requests_store_take_step (fixture->store, request, "withdrawn",
                                              fixture->counter, "客户改变主意", &error));
  g_assert_no_error (error);
  g_assert_cmpint (bd_test_query_int (fixture->base.path,
                                      "SELECT count(*) FROM case_file WHERE state = 'withdrawn'"),
                   ==, 1);
  g_assert_cmpint (bd_test_query_int (fixture->base.path,
                                      "SELECT count(*) FROM case_deadline WHERE outcome = 'stopped'"),
                   ==, 2);
  (void) id;
}

/* An address and mobile change, which needs no review: confirmed and carried out by the
 * counter; the customer has the new address and the new mobile, found by the search. */
static void
test_contact_change_carried_out (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(BdRequest) request = make_request (fixture, "contact-change", fixture->marriage,
                                               fixture->mr_chen);
  g_autoptr(BdCustomer) customer = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;

  bd_request_set_text (request, "北京市朝阳区幸福路 8 号");
  bd_request_set_postcode (request, "100020");
  bd_request_set_phone (request, "139 0011 2233");
  assert_allowed (fixture, request);
  bd_request_set_postcode (request, "10002");
  assert_refused (fixture, request, BD_REQUEST_FIELD_POSTCODE, NULL);
  bd_request_set_postcode (request, "100020");
  bd_requests_store_add (fixture->store, request, fixture->counter, &error);
  g_assert_no_error (error);
  receive_all_documents (fixture, request);
  take_step (fixture, request, "accepted", fixture->counter);
  /* Not reviewed: "Send for review" is not a step of it. */
  g_assert_false (bd_requests_store_take_step (fixture->store, request, "in-review",
                                               fixture->counter, NULL, &error));
  g_assert_error (error, BD_CASE_ERROR, BD_CASE_ERROR_NO_TRANSITION);
  g_clear_error (&error);
  take_step (fixture, request, "approved", fixture->counter);
  take_step (fixture, request, "completed", fixture->counter);

  customer = bd_store_get_customer (fixture->store, fixture->mr_chen, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bd_customer_get_address (customer), ==, "北京市朝阳区幸福路 8 号");
  g_assert_cmpstr (bd_customer_get_postcode (customer), ==, "100020");
  g_assert_cmpstr (bd_customer_get_mobile (customer), ==, "13900112233");
  found = bd_store_search_customers (fixture->store, "13900112233", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
}

/* The new mobile and a new account number are sealed in the request, as the customer's
 * are (PIPL art. 51), and read back whole. */
static void
test_new_numbers_sealed (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BdRequest) request = make_request (fixture, "premium-account", fixture->marriage,
                                               fixture->mr_chen);
  g_autoptr(BdRequest) again = NULL;
  g_autoptr(GError) error = NULL;
  char check = bd_luhn_check_digit ("622202020011234567");
  g_autofree char *card = g_strdup_printf ("622202020011234567%c", check);

  bd_request_set_choice (request, "中国工商银行");
  bd_request_set_text (request, "6222 0202 0011 2345 670");
  assert_refused (fixture, request, BD_REQUEST_FIELD_TEXT, NULL);
  bd_request_set_text (request, card);
  assert_allowed (fixture, request);
  bd_requests_store_add (fixture->store, request, fixture->counter, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bd_test_query_int (fixture->base.path,
                                      "SELECT count(*) FROM request WHERE new_text IS NOT NULL "
                                      "OR new_number_sealed IS NULL"), ==, 0);
  again = bd_requests_store_get (fixture->store, bd_case_get_id (bd_request_get_case (request)),
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bd_request_get_text (again), ==, card);
}

/* Review and target time are the branch's settings per item, the catalogue's by default. */
static void
test_item_settings (Fixture       *fixture,
                    gconstpointer  data)
{
  const BdRequestItem *contact = bd_request_item_find ("contact-change");
  g_autoptr(BdRequest) request = make_request (fixture, "contact-change", fixture->marriage,
                                               fixture->mr_chen);
  g_autoptr(GError) error = NULL;

  g_assert_false (bd_requests_store_item_needs_review (fixture->store, contact));
  g_assert_cmpuint (bd_requests_store_item_target_days (fixture->store, contact), ==, 2);
  g_assert_true (bd_store_set_setting (fixture->store, "request-review.contact-change", "yes",
                                       NULL));
  g_assert_true (bd_store_set_setting (fixture->store, "request-target-days.contact-change",
                                       "3", NULL));
  g_assert_true (bd_requests_store_item_needs_review (fixture->store, contact));
  g_assert_cmpuint (bd_requests_store_item_target_days (fixture->store, contact), ==, 3);
  g_assert_true (bd_store_set_setting (fixture->store, "request-target-days.contact-change",
                                       "365", NULL));
  g_assert_cmpuint (bd_requests_store_item_target_days (fixture->store, contact), ==, 2);

  bd_request_set_text (request, "上海市徐汇区");
  bd_requests_store_add (fixture->store, request, fixture->counter, &error);
  g_assert_no_error (error);
  g_assert_true (bd_case_get_needs_review (bd_request_get_case (request)));
  receive_all_documents (fixture, request);
  take_step (fixture, request, "accepted", fixture->counter);
  take_step (fixture, request, "in-review", fixture->counter);
}

/* The labels of the steps @session is offered on @request. */
static char *
offered (BdSession *session,
         BdRequest *request)
{
  g_autoptr(GPtrArray) steps = bd_requests_desk_list_steps (session, request);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < steps->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            ((const BdCaseStep *) steps->pdata[i])->to);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The window is offered what the lifecycle allows the person signed in, and the session
 * refuses the rest before the store is asked. */
static void
test_steps_offered (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BdSession) counter = bd_test_sign_in (fixture->store, "wangfang", "counter-pass-1");
  g_autoptr(BdSession) supervisor = bd_test_sign_in (fixture->store, "zhoujun",
                                                     "supervisor-pass-1");
  g_autoptr(BdRequest) request = make_request (fixture, "beneficiary-change", fixture->marriage,
                                               fixture->ms_zhang);
  g_autoptr(GError) error = NULL;
  g_autofree char *steps = NULL;

  set_new_beneficiary (request, fixture->mother);
  g_assert_true (bd_requests_desk_add (counter, request, &error));
  g_assert_no_error (error);
  steps = offered (counter, request);
  g_assert_cmpstr (steps, ==, "waiting withdrawn");
  g_clear_pointer (&steps, g_free);
  receive_all_documents (fixture, request);
  steps = offered (counter, request);
  g_assert_cmpstr (steps, ==, "accepted withdrawn");
  g_clear_pointer (&steps, g_free);
  g_assert_true (bd_requests_desk_take_step (counter, request, "accepted", NULL, &error));
  g_assert_true (bd_requests_desk_take_step (counter, request, "in-review", NULL, &error));
  steps = offered (counter, request);
  g_assert_cmpstr (steps, ==, "withdrawn");
  g_clear_pointer (&steps, g_free);
  steps = offered (supervisor, request);
  g_assert_cmpstr (steps, ==, "approved refused withdrawn");
  g_assert_false (bd_requests_desk_take_step (counter, request, "approved", NULL, &error));
  g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
}

/* ── the Queues' cases ─────────────────────────────────────────────────────────── */

static GListModel *
list_due (Fixture    *fixture,
          const char *until,
          gint64      staff_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *entries;
  GDate day;

  g_date_clear (&day, 1);
  g_assert_true (bd_date_parse_iso (until, &day));
  entries = bd_case_store_list_due (fixture->store, &day, staff_id, 0, 100, &error);
  g_assert_no_error (error);
  return entries;
}

static guint
count_due (Fixture    *fixture,
           const char *until,
           gint64      staff_id,
           guint       bound)
{
  g_autoptr(GError) error = NULL;
  guint count = 0;
  GDate day;

  g_date_clear (&day, 1);
  g_assert_true (bd_date_parse_iso (until, &day));
  g_assert_true (bd_case_store_count_due (fixture->store, &day, staff_id, bound, &count, &error));
  g_assert_no_error (error);
  return count;
}

/* "BQ… request-accept 2026-02-24" for each entry, one a line. */
static char *
describe_entries (GListModel *entries)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(BdCaseEntry) entry = g_list_model_get_item (entries, i);
      char due_text[BD_ISO_DATE_SIZE] = "unknown";
      GDate due;

      if (bd_case_entry_get_due (entry, &due))
        bd_date_format_iso (&due, due_text);
      g_string_append_printf (text, "%s %s %s %s %s\n", bd_case_entry_get_customer_name (entry),
                              bd_case_entry_get_state (entry), bd_case_entry_get_rule (entry),
                              due_text,
                              bd_deadline_state_get_label (bd_case_entry_get_due_state (entry)));
    }
  return g_string_free (text, FALSE);
}

static BdRequest *
add_surrender (Fixture *fixture,
               gint64   staff_id)
{
  BdRequest *request = make_request (fixture, "surrender", fixture->marriage, fixture->mr_chen);
  g_autoptr(GError) error = NULL;

  bd_requests_store_add (fixture->store, request, staff_id, &error);
  g_assert_no_error (error);
  return request;
}

/* Received on Friday 13 February 2026: a surrender opened by the counter (accept by 24
 * February, give notice by 27 February, pay by 16 March), a beneficiary change it
 * carried out (closed: never listed) and one withdrawn, and a surrender the supervisor
 * opened whose notice is paused (not running: not listed). */
static void
test_queue_lists_running_deadlines (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(BdRequest) counters = add_surrender (fixture, fixture->counter);
  g_autoptr(BdRequest) supervisors = add_surrender (fixture, fixture->supervisor);
  g_autoptr(BdRequest) completed = add_beneficiary_change (fixture);
  g_autoptr(BdRequest) withdrawn = add_beneficiary_change (fixture);
  g_autoptr(GListModel) branch = NULL;
  g_autoptr(GListModel) own = NULL;
  g_autoptr(GListModel) soon = NULL;
  g_autofree char *branch_text = NULL;
  g_autofree char *own_text = NULL;
  g_autofree char *soon_text = NULL;
  g_autoptr(GError) error = NULL;
  BdCase *kase = bd_request_get_case (supervisors);
  BdDeadline *notice = bd_case_find_deadline (kase, "request-notice");
  GDate today;

  receive_all_documents (fixture, completed);
  take_step (fixture, completed, "accepted", fixture->counter);
  take_step (fixture, completed, "in-review", fixture->counter);
  take_step (fixture, completed, "approved", fixture->supervisor);
  take_step (fixture, completed, "completed", fixture->counter);
  g_assert_true (bd_requests_store_take_step (fixture->store, withdrawn, "withdrawn",
                                              fixture->counter, "客户改变主意", &error));
  g_assert_no_error (error);
  bd_store_get_today (fixture->store, &today);
  g_assert_true (bd_deadline_pause (notice, &today, "等待客户补充材料", &error));
  g_assert_true (bd_case_store_save_deadline (fixture->store, kase, notice, "deadline-paused",
                                              "等待客户补充材料", fixture->supervisor, &error));
  g_assert_no_error (error);

  branch = list_due (fixture, "2026-03-31", 0);
  branch_text = describe_entries (branch);
  g_assert_cmpstr (branch_text, ==,
                   "陈先生 draft request-accept 2026-02-24 Due soon\n"
                   "陈先生 draft request-accept 2026-02-24 Due soon\n"
                   "陈先生 draft request-notice 2026-02-27 Running\n"
                   "陈先生 draft surrender-payment 2026-03-16 Running\n"
                   "陈先生 draft surrender-payment 2026-03-16 Running\n");
  g_assert_cmpuint (count_due (fixture, "2026-03-31", 0, 1000), ==, 5);
  g_assert_cmpuint (count_due (fixture, "2026-03-31", 0, 3), ==, 3);

  /* The counter's own: what the counter opened; the supervisor's draft is not theirs. */
  own = list_due (fixture, "2026-03-31", fixture->counter);
  own_text = describe_entries (own);
  g_assert_cmpstr (own_text, ==,
                   "陈先生 draft request-accept 2026-02-24 Due soon\n"
                   "陈先生 draft request-notice 2026-02-27 Running\n"
                   "陈先生 draft surrender-payment 2026-03-16 Running\n");
  g_assert_cmpuint (count_due (fixture, "2026-03-31", fixture->counter, 1000), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (own); i++)
    {
      g_autoptr(BdCaseEntry) entry = g_list_model_get_item (own, i);

      g_assert_cmpint (bd_case_entry_get_case_id (entry), ==,
                       bd_case_get_id (bd_request_get_case (counters)));
      g_assert_cmpstr (bd_case_entry_get_number (entry), ==,
                       bd_case_get_number (bd_request_get_case (counters)));
      g_assert_cmpstr (bd_case_entry_get_area (entry), ==, "request");
      g_assert_cmpint (bd_case_entry_get_customer_id (entry), ==, fixture->mr_chen);
    }

  /* Due by a day: on the day the acceptance is due, it is due soon (the notice, three
   * working days on, still running); the day after, it is overdue. */
  soon = list_due (fixture, "2026-02-25", 0);
  g_assert_cmpuint (g_list_model_get_n_items (soon), ==, 2);
  bd_test_clock_fix ("2026-02-24T10:00:00+08:00");
  g_clear_object (&soon);
  soon = list_due (fixture, "2026-02-27", fixture->counter);
  soon_text = describe_entries (soon);
  g_assert_cmpstr (soon_text, ==,
                   "陈先生 draft request-accept 2026-02-24 Due soon\n"
                   "陈先生 draft request-notice 2026-02-27 Running\n");
  bd_test_clock_fix ("2026-02-25T10:00:00+08:00");
  g_clear_object (&soon);
  soon = list_due (fixture, "2026-02-25", fixture->counter);
  g_assert_cmpuint (g_list_model_get_n_items (soon), ==, 1);
  g_assert_cmpint (bd_case_entry_get_due_state (g_list_model_get_item (soon, 0)), ==,
                   BD_DEADLINE_OVERDUE);

  /* Once accepted, the case is the acceptor's (a supervisor accepting the counter's), and
   * only the payment runs on: beside the supervisor's own draft's two. */
  receive_all_documents (fixture, counters);
  take_step (fixture, counters, "accepted", fixture->supervisor);
  g_assert_cmpuint (count_due (fixture, "2026-03-31", fixture->counter, 1000), ==, 0);
  g_assert_cmpuint (count_due (fixture, "2026-03-31", fixture->supervisor, 1000), ==, 3);
}

/* A due day beyond the calendar is not known: listed, first, whatever the day asked. */
static void
test_queue_lists_unknown_due_days (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(BdRequest) request = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(BdCaseEntry) first = NULL;
  GDate due;

  bd_test_clock_fix ("2026-12-30T10:00:00+08:00");
  request = add_surrender (fixture, fixture->counter);
  entries = list_due (fixture, "2026-12-31", fixture->counter);
  g_assert_cmpuint (g_list_model_get_n_items (entries), >=, 1);
  first = g_list_model_get_item (entries, 0);
  g_assert_false (bd_case_entry_get_due (first, &due));
  g_assert_cmpint (bd_case_entry_get_due_state (first), ==, BD_DEADLINE_UNKNOWN);
  g_assert_cmpstr (bd_case_entry_get_rule (first), ==, "request-accept");
}

/* Each query of the Queues' cases runs through the partial index of the running
 * deadlines: no table scanned, nothing sorted apart (no temporary b-tree), so a page
 * costs the same however many cases were closed. */
static void
test_queue_query_plans (Fixture       *fixture,
                        gconstpointer  data)
{
  guint n = 0;
  const BdCaseQueueQuery *queries = bd_case_store_get_queue_queries (&n);

  g_assert_cmpuint (n, ==, 4);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *plan = bd_db_explain (bd_store_get_db (fixture->store), queries[i].sql,
                                             &error);
      g_autofree char *search = g_strdup_printf ("SEARCH d USING INDEX %s (", queries[i].index);
      g_auto(GStrv) lines = NULL;
      guint n_searches = 0;

      g_assert_no_error (error);
      g_test_message ("%s:\n%s", queries[i].name, plan);
      lines = g_strsplit (plan, "\n", -1);
      for (guint j = 0; lines[j] != NULL; j++)
        {
          const char *scan = strstr (lines[j], "SCAN ");

          if (strstr (lines[j], search) != NULL)
            n_searches++;
          /* Only the count's own subquery is scanned (its rows), never a table. */
          if (scan != NULL)
            g_assert_true (g_str_has_prefix (scan, "SCAN due"));
          g_assert_null (strstr (lines[j], "TEMP B-TREE"));
          g_assert_null (strstr (lines[j], "AUTOMATIC"));
        }
      /* The unknown due days and those due by the day: two walks of the index. */
      g_assert_cmpuint (n_searches, ==, 2);
    }
}

/* The form's verdict keeps what it read for the same policy and people, and reads again
 * what a change touched: the same answers as a context read whole. */
static void
test_kept_context (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BdRequest) request = make_request (fixture, "beneficiary-change", fixture->marriage,
                                               fixture->mr_chen);
  BdRequestContext kept = { NULL };
  g_autoptr(GError) error = NULL;

  set_new_beneficiary (request, fixture->mother);
  g_assert_true (bd_requests_store_refresh_context (fixture->store, request, &kept, &error));
  g_assert_false (bd_request_judge (request, &kept, &error));
  g_assert_error (error, BD_REQUEST_ERROR, BD_REQUEST_FIELD_APPLICANT);
  g_clear_error (&error);
  /* The applicant changes: the insured is read, and the request is allowed. */
  bd_request_set_applicant_id (request, fixture->ms_zhang);
  bd_request_set_signer_id (request, fixture->ms_zhang);
  g_assert_true (bd_requests_store_refresh_context (fixture->store, request, &kept, &error));
  g_assert_cmpint (bd_customer_get_id (kept.applicant), ==, fixture->ms_zhang);
  g_assert_true (bd_request_judge (request, &kept, &error));
  g_assert_no_error (error);
  /* Another policy: everything is read again. */
  {
    g_autoptr(BdRequest) other = make_request (fixture, "survival-benefit", fixture->son_policy,
                                               fixture->mother);

    bd_request_set_amount (other, 700000);
    g_assert_true (bd_requests_store_refresh_context (fixture->store, other, &kept, &error));
    g_assert_cmpint (bd_policy_get_id (kept.policy), ==, fixture->son_policy);
    g_assert_false (bd_request_judge (other, &kept, &error));
    g_assert_error (error, BD_REQUEST_ERROR, BD_REQUEST_FIELD_APPLICANT);
  }
  bd_request_context_clear (&kept);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

/* 健康保险管理办法 art. 15: at least 15 days; a branch whose contracts give more sets its
 * cooling-off-days, and the rule counts them. */
static void
test_cooling_off_setting (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(BdPolicy) policy = bd_test_policy_new_standard ("P-NEW", fixture->product,
                                                           fixture->mr_chen, fixture->mr_chen);
  g_autoptr(BdRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  gint64 policy_id;

  bd_policy_set_receipt_date (policy, "2026-01-20");
  policy_id = bd_test_add_policy (fixture->store, policy);
  request = make_request (fixture, "cooling-off-cancellation", policy_id, fixture->mr_chen);
  /* 15 days from the day after 20 January end on 4 February: over by the 13th. */
  assert_refused (fixture, request, BD_REQUEST_FIELD_POLICY, "art. 15");

  /* 30 days end on 19 February: still within. */
  g_assert_true (bd_store_set_setting (fixture->store, "cooling-off-days", "30", NULL));
  bd_requests_store_judge (fixture->store, request, &error);
  if (error != NULL && strstr (error->message, "cooling-off period ended") != NULL)
    g_error ("refused by a 15-day period: %s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  g_test_add_func ("/requests/catalogue", test_catalogue);
  ADD ("/requests/store/add-if-allowed", test_add_if_allowed);
  ADD ("/requests/seed-002/beneficiary-by-policyholder-refused",
       test_beneficiary_by_policyholder_refused);
  ADD ("/requests/seed-002/beneficiary-by-insured-or-with-consent",
       test_beneficiary_by_insured_or_with_consent);
  ADD ("/requests/seed-002/survival-benefit-by-mother-refused",
       test_survival_benefit_by_mother_refused);
  ADD ("/requests/seed-002/survival-benefit-by-son-or-guardian",
       test_survival_benefit_by_son_or_guardian);
  ADD ("/requests/seed-002/surrender-by-insured-refused", test_surrender_by_insured_refused);
  ADD ("/requests/identity-documents", test_identity_documents);
  ADD ("/requests/proxy-signature-refused", test_proxy_signature_refused);
  ADD ("/requests/shares-make-a-whole", test_shares_make_a_whole);
  ADD ("/requests/reinstatement-window", test_reinstatement_window);
  ADD ("/requests/beneficiary-change-lifecycle", test_beneficiary_change_lifecycle);
  ADD ("/requests/four-eyes", test_four_eyes);
  ADD ("/requests/deadlines-over-spring-festival", test_deadlines_over_spring_festival);
  ADD ("/requests/failed-completion-changes-nothing", test_failed_completion_changes_nothing);
  ADD ("/requests/withdrawn-not-deleted", test_withdrawn_not_deleted);
  ADD ("/requests/contact-change-carried-out", test_contact_change_carried_out);
  ADD ("/requests/new-numbers-sealed", test_new_numbers_sealed);
  ADD ("/requests/item-settings", test_item_settings);
  ADD ("/requests/steps-offered", test_steps_offered);
  ADD ("/requests/kept-context", test_kept_context);
  ADD ("/requests/queue/running-deadlines", test_queue_lists_running_deadlines);
  ADD ("/requests/queue/unknown-due-days", test_queue_lists_unknown_due_days);
  ADD ("/requests/queue/query-plans", test_queue_query_plans);
  ADD ("/requests/cooling-off-setting", test_cooling_off_setting);
  return g_test_run ();
}
