/* test-contacts.c — contact records, planned visits, premiums due and tracing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bd-contact-slip.h"
#include "bd-contacts-store.h"
#include "bd-contacts-store-private.h"
#include "bd-customers-store.h"
#include "bd-store.h"
#include "bd-store-private.h"
#include "bd-test-fixture.h"
#include "bd-tracing.h"

typedef struct
{
  BdTestStore base;
  BdStore    *store;
  gint64      customer;
  gint64      product;
} Fixture;

static gint64
add_policy (Fixture    *fixture,
            const char *number,
            const char *due,
            BdPolicyStatus status)
{
  g_autoptr(BdPolicy) policy = bd_test_policy_new (number, fixture->product, fixture->customer,
                                                   fixture->customer, "2020-01-01", status);

  bd_policy_set_next_due_date (policy, due);
  return bd_test_add_policy (fixture->store, policy);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bd_test_store_set_up (&fixture->base, "bd-contacts", "branch.db");
  fixture->store = fixture->base.store;
  fixture->customer = bd_test_add_person (fixture->store, "张三", BD_SEX_MALE, NULL, NULL, NULL);
  fixture->product = bd_store_add_product (fixture->store, "L01", "寿险", BD_PRODUCT_LIFE, 0, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bd_test_store_tear_down (&fixture->base);
}

static BdContact *
make_contact (Fixture       *fixture,
              BdContactKind  kind,
              const char    *at,
              const char    *next_visit)
{
  BdContact *contact = bd_test_contact_new (fixture->customer, kind, 0, "上门未遇");

  bd_contact_set_at (contact, at);
  bd_contact_set_next_visit (contact, next_visit);
  return contact;
}

/* How many visits are planned on @november_day 2026, the month the tests' slips plan for. */
static guint
count_planned (Fixture  *fixture,
               GDateDay  november_day)
{
  GDate *day = g_date_new_dmy (november_day, G_DATE_NOVEMBER, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) planned = bd_store_list_planned_visits_of (fixture->store, day, 0,
                                                                   &error);

  g_date_free (day);
  g_assert_no_error (error);
  return g_list_model_get_n_items (planned);
}

/* The slip most tests leave: on 21 November (11:00 at the branch), the next visit on the
 * 25th at 14:30. */
static BdContact *
make_slip (Fixture *fixture)
{
  return make_contact (fixture, BD_CONTACT_SLIP, "2026-11-21T03:00:00Z", "2026-11-25T14:30");
}

static void
test_history_and_planned_visits (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(BdContact) call = make_contact (fixture, BD_CONTACT_PHONE, "2026-11-20T02:00:00Z", NULL);
  g_autoptr(BdContact) slip = make_slip (fixture);
  g_autoptr(BdContact) other = make_contact (fixture, BD_CONTACT_SLIP, "2026-11-21T04:00:00Z",
                                             "2026-11-26T09:00");
  g_autoptr(GListModel) history = NULL;
  g_autoptr(BdContact) newest = NULL;
  g_autoptr(BdContact) back = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_store_add_contact (fixture->store, call, &error));
  g_assert_true (bd_store_add_contact (fixture->store, slip, &error));
  g_assert_true (bd_store_add_contact (fixture->store, other, &error));
  g_assert_no_error (error);

  history = bd_store_list_contacts (fixture->store, fixture->customer, &error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 3);
  newest = g_list_model_get_item (history, 0);
  g_assert_cmpint (bd_contact_get_id (newest), ==, bd_contact_get_id (other));

  g_assert_cmpuint (count_planned (fixture, 25), ==, 1);

  back = bd_store_get_contact (fixture->store, bd_contact_get_id (slip), &error);
  g_assert_cmpstr (bd_contact_get_next_visit (back), ==, "2026-11-25T14:30");
  g_assert_cmpint (bd_contact_get_kind (back), ==, BD_CONTACT_SLIP);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "contact-recorded", NULL), ==, 3);
}

static void
test_other_item_needs_text (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(BdContact) slip = make_slip (fixture);
  g_autoptr(GError) error = NULL;

  bd_contact_set_service_item (slip, BD_SERVICE_ITEM_OTHER);
  g_assert_false (bd_store_add_contact (fixture->store, slip, &error));
  g_assert_error (error, BD_CONTACT_ERROR, BD_CONTACT_FIELD_SERVICE_OTHER);
  g_clear_error (&error);
  bd_contact_set_service_other (slip, "办理地址变更");
  g_assert_true (bd_store_add_contact (fixture->store, slip, &error));
  g_assert_nonnull (bd_contact_get_at (slip));
}

/* The printed slip ticks the box of the service item the record names, whichever it is:
 * the slip and the record share one list of items, by the names the database keeps. */
static void
test_slip_ticks_service_item (Fixture       *fixture,
                              gconstpointer  data)
{
  for (BdServiceItem item = BD_SERVICE_ITEM_INVOICE; item <= BD_SERVICE_ITEM_OTHER; item++)
    {
      g_autoptr(BdContact) slip = make_slip (fixture);
      g_autoptr(BdContact) back = NULL;
      BdContactSlip printed;

      bd_contact_set_service_item (slip, item);
      if (item == BD_SERVICE_ITEM_OTHER)
        bd_contact_set_service_other (slip, "办理地址变更");
      g_assert_true (bd_store_add_contact (fixture->store, slip, NULL));
      back = bd_store_get_contact (fixture->store, bd_contact_get_id (slip), NULL);
      g_assert_cmpint (bd_contact_get_service_item (back), ==, item);
      g_assert_true (bd_contact_slip_load (fixture->store, bd_contact_get_id (slip), &printed, NULL));
      g_assert_true (printed.slip.service_ticked);
      g_assert_cmpint (printed.slip.service, ==, item);
      g_assert_cmpstr (printed.slip.service_other, ==,
                       item == BD_SERVICE_ITEM_OTHER ? "办理地址变更" : NULL);
      bd_contact_slip_clear (&printed);
    }
}

static void
assert_refused (Fixture        *fixture,
                BdContact      *contact,
                BdContactField  field)
{
  g_autoptr(GError) error = NULL;
  guint before = bd_store_count_audit (fixture->store, "contact-recorded", NULL);

  g_assert_false (bd_store_add_contact (fixture->store, contact, &error));
  g_assert_error (error, BD_CONTACT_ERROR, (int) field);
  g_assert_cmpint (bd_contact_get_id (contact), ==, 0);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "contact-recorded", NULL), ==, before);
}

/* A record's texts are refused on their own field when they are not text the core keeps
 * (issue 9, defect 5), and trimmed when they are. */
static void
test_texts_checked (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BdContact) escaped = make_contact (fixture, BD_CONTACT_PHONE, NULL, NULL);
  g_autoptr(BdContact) broken = make_contact (fixture, BD_CONTACT_PHONE, NULL, NULL);
  g_autoptr(BdContact) spaced = make_contact (fixture, BD_CONTACT_PHONE, NULL, NULL);
  g_autoptr(GError) error = NULL;

  bd_contact_set_outcome (escaped, "已接通\x1b[2J");
  assert_refused (fixture, escaped, BD_CONTACT_FIELD_OUTCOME);
  bd_contact_set_next_step (broken, "下周\xff再联系");
  assert_refused (fixture, broken, BD_CONTACT_FIELD_NEXT_STEP);

  bd_contact_set_outcome (spaced, "  已接通，客户同意续保  ");
  g_assert_true (bd_store_add_contact (fixture->store, spaced, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (bd_contact_get_outcome (spaced), ==, "已接通，客户同意续保");
}

/* A call with nothing in it is no record; a customer reached is someone. */
static void
test_empty_contact_refused (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(BdContact) call = bd_contact_new ();
  g_autoptr(GListModel) history = NULL;

  bd_contact_set_customer_id (call, fixture->customer);
  bd_contact_set_kind (call, BD_CONTACT_PHONE);
  assert_refused (fixture, call, BD_CONTACT_FIELD_OUTCOME);
  bd_contact_set_outcome (call, "  ");
  assert_refused (fixture, call, BD_CONTACT_FIELD_OUTCOME);
  bd_contact_set_outcome (call, "约定上门");
  bd_contact_set_reached (call, TRUE);
  assert_refused (fixture, call, BD_CONTACT_FIELD_PERSON);
  bd_contact_set_person_reached (call, "投保人本人");
  g_assert_true (bd_store_add_contact (fixture->store, call, NULL));
  history = bd_store_list_contacts (fixture->store, fixture->customer, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
}

/* The next visit comes after the contact: a past day is the date's fault, an hour gone
 * on the same day the time's. 03:00 UTC is 11:00 in Nanjing. */
static void
test_past_visit_refused (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BdContact) slip = make_contact (fixture, BD_CONTACT_SLIP, "2026-11-21T03:00:00Z", NULL);
  g_autoptr(BdContact) now = make_contact (fixture, BD_CONTACT_SLIP, NULL, "2025-02-28T14:30");

  assert_refused (fixture, now, BD_CONTACT_FIELD_VISIT_DATE);
  assert_refused (fixture, slip, BD_CONTACT_FIELD_VISIT_DATE);
  bd_contact_set_next_visit (slip, "2026-11-20T18:00");
  assert_refused (fixture, slip, BD_CONTACT_FIELD_VISIT_DATE);
  bd_contact_set_next_visit (slip, "2026-02-30T10:00");
  assert_refused (fixture, slip, BD_CONTACT_FIELD_VISIT_DATE);
  bd_contact_set_next_visit (slip, "2026-11-21T10:30");
  assert_refused (fixture, slip, BD_CONTACT_FIELD_VISIT_TIME);
  bd_contact_set_next_visit (slip, "2026-11-21T11:00");
  assert_refused (fixture, slip, BD_CONTACT_FIELD_VISIT_TIME);
  bd_contact_set_next_visit (slip, "2026-11-21T11:30");
  g_assert_true (bd_store_add_contact (fixture->store, slip, NULL));
}

/* Staff without a password: they write contacts, never sign in here. */
static gint64
add_staff (Fixture    *fixture,
           const char *login,
           BdRole      role)
{
  return bd_test_add_staff (fixture->store, login, login, role, NULL, "13912345678");
}

static BdAuditEntry *
newest_audit (Fixture *fixture)
{
  g_autoptr(GPtrArray) entries = bd_store_list_audit (fixture->store, 1, NULL);
  BdAuditEntry *entry = g_ptr_array_steal_index (entries, 0);

  return entry;
}

/* Voiding keeps the record, marked, with who, when and why; only once, only with a
 * reason, only by who wrote it or a supervisor. */
static void
test_void_keeps_record (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 writer = add_staff (fixture, "wangfang", BD_ROLE_COUNTER);
  gint64 colleague = add_staff (fixture, "lijing", BD_ROLE_COUNTER);
  gint64 supervisor = add_staff (fixture, "zhaolei", BD_ROLE_SUPERVISOR);
  g_autoptr(BdContact) call = make_contact (fixture, BD_CONTACT_PHONE, NULL, NULL);
  g_autoptr(BdContact) other = make_contact (fixture, BD_CONTACT_PHONE, NULL, NULL);
  g_autoptr(BdContact) back = NULL;
  g_autoptr(BdAuditEntry) entry = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;

  bd_contact_set_staff_id (call, writer);
  bd_contact_set_staff_id (other, writer);
  g_assert_true (bd_store_add_contact (fixture->store, call, NULL));
  g_assert_true (bd_store_add_contact (fixture->store, other, NULL));
  g_assert_true (bd_contact_may_amend (call, writer, BD_ROLE_COUNTER));
  g_assert_false (bd_contact_may_amend (call, colleague, BD_ROLE_COUNTER));
  g_assert_true (bd_contact_may_amend (call, supervisor, BD_ROLE_SUPERVISOR));

  g_assert_false (bd_store_void_contact (fixture->store, bd_contact_get_id (call), writer, " ", &error));
  g_assert_error (error, BD_CONTACT_ERROR, BD_CONTACT_FIELD_REASON);
  g_clear_error (&error);
  g_assert_false (bd_store_void_contact (fixture->store, bd_contact_get_id (call), colleague,
                                         "记错了客户", &error));
  g_assert_error (error, BD_CONTACT_ERROR, BD_CONTACT_FIELD_RECORD);
  g_clear_error (&error);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "contact-voided", NULL), ==, 0);

  g_assert_true (bd_store_void_contact (fixture->store, bd_contact_get_id (call), writer,
                                        "记错了客户", &error));
  g_assert_no_error (error);
  entry = newest_audit (fixture);
  g_assert_cmpstr (entry->action, ==, "contact-voided");
  g_assert_cmpint (entry->staff_id, ==, writer);
  g_assert_cmpint (entry->record_id, ==, bd_contact_get_id (call));
  g_assert_cmpstr (entry->detail, ==, "记错了客户");
  g_assert_nonnull (entry->at);

  back = bd_store_get_contact (fixture->store, bd_contact_get_id (call), NULL);
  g_assert_cmpint (bd_contact_get_state (back), ==, BD_CONTACT_STATE_VOIDED);
  g_assert_cmpstr (bd_contact_get_amend_reason (back), ==, "记错了客户");
  g_assert_cmpstr (bd_contact_get_amended_by (back), ==, "wangfang");
  g_assert_nonnull (bd_contact_get_amended_at (back));
  g_assert_cmpstr (bd_contact_get_outcome (back), ==, "上门未遇");
  history = bd_store_list_contacts (fixture->store, fixture->customer, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);

  /* Once void, always void. */
  g_assert_false (bd_store_void_contact (fixture->store, bd_contact_get_id (call), writer, "再来", &error));
  g_assert_error (error, BD_CONTACT_ERROR, BD_CONTACT_FIELD_RECORD);
  g_clear_error (&error);

  /* A supervisor answers for every record of the branch. */
  g_assert_true (bd_store_void_contact (fixture->store, bd_contact_get_id (other), supervisor,
                                        "重复登记", &error));
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "contact-voided", NULL), ==, 2);
}

/* A correction is a new record that replaces the original, which stays, linked. */
static void
test_correction_replaces (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 writer = add_staff (fixture, "wangfang", BD_ROLE_COUNTER);
  g_autoptr(BdContact) slip = make_slip (fixture);
  g_autoptr(BdContact) fixed = make_contact (fixture, BD_CONTACT_SLIP, NULL, "2026-11-26T09:00");
  g_autoptr(BdContact) original = NULL;
  g_autoptr(BdContact) newest = NULL;
  g_autoptr(BdAuditEntry) entry = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  BdContactSlip printed;

  bd_contact_set_staff_id (slip, writer);
  g_assert_true (bd_store_add_contact (fixture->store, slip, NULL));

  /* The correction is judged as a record: a visit before the contact is refused. */
  bd_contact_set_next_visit (fixed, "2026-11-20T09:00");
  g_assert_false (bd_store_correct_contact (fixture->store, bd_contact_get_id (slip), fixed, writer,
                                            "约错了日子", &error));
  g_assert_error (error, BD_CONTACT_ERROR, BD_CONTACT_FIELD_VISIT_DATE);
  g_clear_error (&error);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "contact-corrected", NULL), ==, 0);

  bd_contact_set_next_visit (fixed, "2026-11-26T09:00");
  g_assert_true (bd_store_correct_contact (fixture->store, bd_contact_get_id (slip), fixed, writer,
                                           "约错了日子", &error));
  g_assert_no_error (error);
  g_assert_cmpint (bd_contact_get_corrects_id (fixed), ==, bd_contact_get_id (slip));
  g_assert_cmpstr (bd_contact_get_at (fixed), ==, "2026-11-21T03:00:00Z");

  original = bd_store_get_contact (fixture->store, bd_contact_get_id (slip), NULL);
  g_assert_cmpint (bd_contact_get_state (original), ==, BD_CONTACT_STATE_CORRECTED);
  g_assert_cmpint (bd_contact_get_replacement_id (original), ==, bd_contact_get_id (fixed));
  g_assert_cmpstr (bd_contact_get_next_visit (original), ==, "2026-11-25T14:30");
  history = bd_store_list_contacts (fixture->store, fixture->customer, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
  newest = g_list_model_get_item (history, 0);
  g_assert_cmpint (bd_contact_get_corrects_id (newest), ==, bd_contact_get_id (slip));
  entry = newest_audit (fixture);
  g_assert_cmpstr (entry->action, ==, "contact-corrected");
  g_assert_cmpint (entry->record_id, ==, bd_contact_get_id (slip));
  g_assert_nonnull (strstr (entry->detail, "约错了日子"));

  /* The original's visit is no longer planned, nor printed; the correction's is. */
  g_assert_cmpuint (count_planned (fixture, 25), ==, 0);
  g_assert_false (bd_contact_slip_load (fixture->store, bd_contact_get_id (slip), &printed, &error));
  g_clear_error (&error);
  g_assert_true (bd_contact_slip_load (fixture->store, bd_contact_get_id (fixed), &printed, &error));
  g_assert_cmpint (g_date_time_get_day_of_month (printed.slip.next_visit), ==, 26);
  bd_contact_slip_clear (&printed);

  /* Corrected once: the correction is corrected next, not the original again. */
  g_assert_false (bd_store_correct_contact (fixture->store, bd_contact_get_id (slip), fixed, writer,
                                            "再改", &error));
  g_assert_error (error, BD_CONTACT_ERROR, BD_CONTACT_FIELD_RECORD);
}

/* The branch's clock rules what is printed and shown, not the machine's (TZ=UTC here). */
static void
test_branch_time_zone (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(BdContact) slip = make_contact (fixture, BD_CONTACT_SLIP, "2026-11-21T07:54:00Z",
                                            "2026-11-25T14:30");
  g_autoptr(GTimeZone) zone = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *name = NULL;
  BdContactSlip printed;

  g_assert_cmpstr (g_getenv ("TZ"), ==, "UTC");
  zone = bd_store_get_time_zone (fixture->store);
  g_assert_cmpstr (g_time_zone_get_identifier (zone), ==, "Asia/Shanghai");
  g_assert_true (bd_store_add_contact (fixture->store, slip, NULL));
  g_assert_true (bd_contact_slip_load (fixture->store, bd_contact_get_id (slip), &printed, NULL));
  g_assert_cmpint (g_date_time_get_hour (printed.slip.written), ==, 15);
  g_assert_cmpint (g_date_time_get_minute (printed.slip.written), ==, 54);
  g_assert_cmpint (g_date_time_get_hour (printed.slip.next_visit), ==, 14);
  name = bd_contact_slip_suggest_file_name (&printed);
  g_assert_cmpstr (name, ==, "contact-slip-张先生-2026-11-25.pdf");
  bd_contact_slip_clear (&printed);
  shown = bd_store_format_time (fixture->store, "2026-11-21T07:54:00Z");
  g_assert_cmpstr (shown, ==, "2026-11-21 15:54");

  /* Another branch, another zone: the setting decides. */
  g_assert_true (bd_store_set_setting (fixture->store, "time-zone", "Asia/Urumqi", NULL));
  g_clear_pointer (&shown, g_free);
  shown = bd_store_format_time (fixture->store, "2026-11-21T07:54:00Z");
  g_assert_cmpstr (shown, ==, "2026-11-21 13:54");
  g_assert_false (bd_time_zone_is_known ("Asia/Nanjing"));
  g_assert_true (bd_time_zone_is_known ("Asia/Shanghai"));
}

static void
test_premiums_due_in_order (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GListModel) due = NULL;
  g_autoptr(BdPolicy) first = NULL;
  GDate from;

  add_policy (fixture, "P3", "2026-12-20", BD_POLICY_IN_FORCE);
  add_policy (fixture, "P1", "2026-11-10", BD_POLICY_GRACE);
  add_policy (fixture, "P2", "2026-11-30", BD_POLICY_IN_FORCE);
  add_policy (fixture, "P4", "2026-11-28", BD_POLICY_LAPSED);
  add_policy (fixture, "P5", "2027-03-01", BD_POLICY_IN_FORCE);

  g_date_clear (&from, 1);
  g_date_set_dmy (&from, 22, G_DATE_NOVEMBER, 2026);
  due = bd_store_list_premiums_due (fixture->store, &from, 30, 10, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 3);
  first = g_list_model_get_item (due, 0);
  g_assert_cmpstr (bd_policy_get_number (first), ==, "P1");
}

/* The Queues read a page at a time and count up to a bound: the day's slips (not voided,
 * each with its customer's name, the whole branch's or one staff member's) and the
 * premiums due (one staff member's or the branch's), in their order. */
static void
test_queue_pages_and_bounded_counts (Fixture       *fixture,
                                     gconstpointer  data)
{
  gint64 clerk = bd_test_add_staff (fixture->store, "clerk", "柜员甲", BD_ROLE_COUNTER, NULL, NULL);
  gint64 boss = bd_test_add_staff (fixture->store, "boss", "主管丙", BD_ROLE_SUPERVISOR, NULL, NULL);
  g_autoptr(GListModel) page = NULL;
  g_autoptr(BdContact) first = NULL;
  g_autoptr(BdPolicy) due = NULL;
  g_autoptr(GError) error = NULL;
  gint64 voided = 0;
  guint count = 0;
  GDate day, from;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *visit = g_strdup_printf ("2026-11-25T%02u:30", 14 - i);
      g_autoptr(BdContact) slip = make_contact (fixture, BD_CONTACT_SLIP, "2026-11-21T03:00:00Z",
                                                visit);
      g_autoptr(BdContact) call = make_contact (fixture, BD_CONTACT_PHONE, "2026-11-21T03:00:00Z",
                                                visit);

      bd_contact_set_staff_id (slip, i < 3 ? clerk : boss);
      g_assert_true (bd_store_add_contact (fixture->store, slip, &error));
      g_assert_true (bd_store_add_contact (fixture->store, call, &error));
      g_assert_no_error (error);
      if (i == 0)
        voided = bd_contact_get_id (slip);
    }
  g_assert_true (bd_store_void_contact (fixture->store, voided, boss, "写错了客户", &error));
  g_assert_no_error (error);

  /* Four slips left, the earliest first; calls are no slips. */
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 25, G_DATE_NOVEMBER, 2026);
  g_assert_true (bd_store_count_day_slips (fixture->store, &day, 0, 1000, &count, &error));
  g_assert_cmpuint (count, ==, 4);
  g_assert_true (bd_store_count_day_slips (fixture->store, &day, 0, 3, &count, &error));
  g_assert_cmpuint (count, ==, 3);
  g_assert_true (bd_store_count_day_slips (fixture->store, &day, clerk, 1000, &count, &error));
  g_assert_cmpuint (count, ==, 2);
  g_assert_no_error (error);
  page = bd_store_list_day_slips (fixture->store, &day, 0, 1, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (page), ==, 2);
  first = g_list_model_get_item (page, 0);
  g_assert_cmpstr (bd_contact_get_next_visit (first), ==, "2026-11-25T11:30");
  g_assert_cmpstr (bd_contact_get_customer_name (first), ==, "张三");
  g_assert_cmpint (bd_contact_get_kind (first), ==, BD_CONTACT_SLIP);
  g_clear_object (&page);
  page = bd_store_list_day_slips (fixture->store, &day, clerk, 0, 100, &error);
  g_assert_cmpuint (g_list_model_get_n_items (page), ==, 2);
  g_clear_object (&page);

  /* Due: in force or in grace, by due date, counted up to the bound. */
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *number = g_strdup_printf ("Q%u", i);
      g_autofree char *date = g_strdup_printf ("2026-12-%02u", 10 - i);
      g_autoptr(BdPolicy) policy = bd_test_policy_new (number, fixture->product, fixture->customer,
                                                       fixture->customer, "2020-01-01",
                                                       i == 3 ? BD_POLICY_LAPSED : BD_POLICY_IN_FORCE);

      bd_policy_set_next_due_date (policy, date);
      bd_policy_set_servicing_staff_id (policy, i == 0 ? clerk : boss);
      bd_test_add_policy (fixture->store, policy);
    }
  g_date_clear (&from, 1);
  g_date_set_dmy (&from, 22, G_DATE_NOVEMBER, 2026);
  g_assert_true (bd_store_count_premiums_due (fixture->store, &from, 30, 0, 1000, &count, &error));
  g_assert_cmpuint (count, ==, 3);
  g_assert_true (bd_store_count_premiums_due (fixture->store, &from, 30, 0, 2, &count, &error));
  g_assert_cmpuint (count, ==, 2);
  g_assert_true (bd_store_count_premiums_due (fixture->store, &from, 30, clerk, 1000, &count, &error));
  g_assert_cmpuint (count, ==, 1);
  g_assert_no_error (error);
  page = bd_store_list_premiums_due_of (fixture->store, &from, 30, boss, 0, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (page), ==, 2);
  due = g_list_model_get_item (page, 0);
  g_assert_cmpstr (bd_policy_get_number (due), ==, "Q2");
  g_assert_cmpstr (bd_policy_get_policyholder_name (due), ==, "张三");
}

/* Each query of the Queues runs through the index made for it: no table scanned, nothing
 * sorted apart (no temporary b-tree), whatever the size of the branch. */
static void
test_queue_query_plans (Fixture       *fixture,
                        gconstpointer  data)
{
  guint n = 0;
  const BdStoreQueueQuery *queries = bd_store_get_queue_queries (&n);

  g_assert_cmpuint (n, ==, 8);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", queries[i].sql, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(BdDbStmt) stmt = bd_store_prepare_once (fixture->store, sql, &error);
      g_autoptr(GString) plan = g_string_new (NULL);
      g_autoptr(GPtrArray) co_routines = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *uses = g_strdup_printf ("USING INDEX %s ", queries[i].index);
      g_autofree char *covers = g_strdup_printf ("USING COVERING INDEX %s ", queries[i].index);
      BdStep step;

      g_assert_no_error (error);
      while ((step = bd_db_step (stmt, &error)) == BD_STEP_ROW)
        {
          /* id, parent, notused, detail */
          const char *detail = bd_db_column_text (stmt, 3);

          g_string_append_printf (plan, "%s\n", detail);
          if (g_str_has_prefix (detail, "CO-ROUTINE "))
            g_ptr_array_add (co_routines, g_strdup (detail + strlen ("CO-ROUTINE ")));
        }
      g_assert_cmpint (step, ==, BD_STEP_DONE);
      g_test_message ("%s:\n%s", queries[i].name, plan->str);

      g_assert_true (strstr (plan->str, uses) != NULL || strstr (plan->str, covers) != NULL);
      g_assert_null (strstr (plan->str, "TEMP B-TREE"));
      g_assert_null (strstr (plan->str, "AUTOMATIC"));
      /* Only a subquery's own rows are scanned (the count's), never a table. */
      for (const char *line = plan->str; (line = strstr (line, "SCAN ")) != NULL; line++)
        {
          g_autofree char *what = g_strndup (line + 5, strcspn (line + 5, " \n"));
          g_assert_true (g_ptr_array_find_with_equal_func (co_routines, what, g_str_equal, NULL));
        }
    }
}

static BdServiceClass
trace (Fixture          *fixture,
       gint64            policy,
       BdTracingMethod   method,
       gboolean          reached)
{
  BdServiceClass service_class = BD_SERVICE_LAPSED;
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_store_record_tracing (fixture->store, policy, method, reached, NULL, 0,
                                          &service_class, &error));
  g_assert_no_error (error);
  return service_class;
}

static void
test_difficult_after_fifth_method (Fixture       *fixture,
                                   gconstpointer  data)
{
  gint64 policy = add_policy (fixture, "P9", "2026-12-01", BD_POLICY_IN_FORCE);
  guint failed = 0;

  g_assert_cmpint (trace (fixture, policy, BD_TRACING_PHONE, FALSE), ==, BD_SERVICE_NORMAL);
  /* Trying the same method again does not count as another. */
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_PHONE, FALSE), ==, BD_SERVICE_NORMAL);
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_ADDRESS, FALSE), ==, BD_SERVICE_NORMAL);
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_NEIGHBOURS, FALSE), ==, BD_SERVICE_NORMAL);
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_ORIGINAL_AGENT, FALSE), ==, BD_SERVICE_NORMAL);
  g_assert_true (bd_store_get_failed_tracing (fixture->store, policy, &failed, NULL));
  g_assert_cmpuint (failed, ==, 0xf);
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_BOARD, FALSE), ==, BD_SERVICE_DIFFICULT);

  /* Reached: normal again, and the count starts over. */
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_ORIGINAL_AGENT, TRUE), ==, BD_SERVICE_NORMAL);
  g_assert_true (bd_store_get_failed_tracing (fixture->store, policy, &failed, NULL));
  g_assert_cmpuint (failed, ==, 0);
  g_assert_cmpint (trace (fixture, policy, BD_TRACING_BOARD, FALSE), ==, BD_SERVICE_NORMAL);
  g_assert_cmpuint (bd_store_count_audit (fixture->store, "tracing-recorded", NULL), ==, 8);
}

static void
test_classify (void)
{
  g_assert_cmpint (bd_tracing_classify (BD_SERVICE_NORMAL, 0x0f, FALSE), ==, BD_SERVICE_NORMAL);
  g_assert_cmpint (bd_tracing_classify (BD_SERVICE_NORMAL, 0x1f, FALSE), ==, BD_SERVICE_DIFFICULT);
  g_assert_cmpint (bd_tracing_classify (BD_SERVICE_DIFFICULT, 0x1f, TRUE), ==, BD_SERVICE_NORMAL);
  g_assert_cmpint (bd_tracing_classify (BD_SERVICE_LAPSED, 0x1f, FALSE), ==, BD_SERVICE_LAPSED);
  g_assert_cmpint (bd_tracing_classify (BD_SERVICE_LAPSED, 0, TRUE), ==, BD_SERVICE_LAPSED);
}

/* The page writes the next visit as the core reads it: the branch's wall-clock time. */
static void
test_next_visit_format (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GDateTime) visit = NULL;
  g_autofree char *text = NULL;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 5, G_DATE_MARCH, 2027);
  text = bd_contact_format_next_visit (&day, 9, 5);
  g_assert_cmpstr (text, ==, "2027-03-05T09:05");
  visit = bd_contact_parse_next_visit (text, zone);
  g_assert_nonnull (visit);
  g_assert_cmpint (g_date_time_get_hour (visit), ==, 9);
  g_assert_cmpint (g_date_time_get_minute (visit), ==, 5);
  g_assert_cmpint (g_date_time_get_day_of_month (visit), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  /* The machine's zone is not the branch's: every time must still come out in Nanjing. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/contacts/history-and-planned-visits", test_history_and_planned_visits);
  ADD ("/contacts/other-item-needs-text", test_other_item_needs_text);
  ADD ("/contacts/slip-ticks-service-item", test_slip_ticks_service_item);
  ADD ("/contacts/empty-contact-refused", test_empty_contact_refused);
  ADD ("/contacts/texts-checked", test_texts_checked);
  ADD ("/contacts/past-visit-refused", test_past_visit_refused);
  ADD ("/contacts/void-keeps-record", test_void_keeps_record);
  ADD ("/contacts/correction-replaces", test_correction_replaces);
  ADD ("/contacts/branch-time-zone", test_branch_time_zone);
  ADD ("/contacts/premiums-due-in-order", test_premiums_due_in_order);
  ADD ("/contacts/queue-pages-and-bounded-counts", test_queue_pages_and_bounded_counts);
  ADD ("/contacts/queue-query-plans", test_queue_query_plans);
  ADD ("/tracing/difficult-after-fifth-method", test_difficult_after_fifth_method);
  g_test_add_func ("/tracing/classify", test_classify);
  g_test_add_func ("/contacts/next-visit-format", test_next_visit_format);

  return g_test_run ();
}
