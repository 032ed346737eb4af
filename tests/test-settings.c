/* test-settings.c — the branch's settings and the rules of a new password
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-branch-settings-desk.h"
#include "bd-branch-settings.h"
#include "bd-household-card.h"
#include "bd-household-store.h"
#include "bd-password-rules.h"
#include "bd-store.h"
#include "bd-test-fixture.h"

typedef BdTestStore Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bd_test_store_set_up (fixture, "bd-settings", "branch.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bd_test_store_tear_down (fixture);
}

static void
assert_refused (const char           *login,
                const char           *password,
                BdPasswordRulesError  code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (bd_password_rules_check (login, password, &error));
  g_assert_error (error, BD_PASSWORD_RULES_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_password_rules (void)
{
  g_autoptr(GError) error = NULL;

  assert_refused ("wangfang", "", BD_PASSWORD_RULES_ERROR_EMPTY);
  assert_refused ("wangfang", NULL, BD_PASSWORD_RULES_ERROR_EMPTY);
  /* Eight characters, counted as characters: seven Chinese ones are still too few. */
  assert_refused ("wangfang", "a1b2c3d", BD_PASSWORD_RULES_ERROR_TOO_SHORT);
  assert_refused ("wangfang", "南京鼓楼柜面一", BD_PASSWORD_RULES_ERROR_TOO_SHORT);
  g_assert_true (bd_password_rules_check ("wangfang", "南京鼓楼柜面一号", NULL));
  g_assert_true (bd_password_rules_check ("wangfang", "a1b2c3d4", NULL));
  /* The login, whatever its case, inside the password. */
  assert_refused ("wangfang", "wangfang", BD_PASSWORD_RULES_ERROR_IS_LOGIN);
  assert_refused ("wangfang", "WangFang2026", BD_PASSWORD_RULES_ERROR_IS_LOGIN);
  /* The README's demo passwords, never a real one. */
  assert_refused ("admin2", "admin-demo", BD_PASSWORD_RULES_ERROR_IS_DEMO);
  assert_refused ("wangfang", "Counter-Demo", BD_PASSWORD_RULES_ERROR_IS_DEMO);
  assert_refused ("zhoujun", BD_DEMO_PASSWORD_SUPERVISOR, BD_PASSWORD_RULES_ERROR_IS_DEMO);

  /* The repeated password is checked last: the first field's problem is told first. */
  g_assert_false (bd_password_rules_check_new ("wangfang", "short", "other", &error));
  g_assert_error (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_TOO_SHORT);
  g_clear_error (&error);
  g_assert_false (bd_password_rules_check_new ("wangfang", "a1b2c3d4", "a1b2c3d5", &error));
  g_assert_error (error, BD_PASSWORD_RULES_ERROR, BD_PASSWORD_RULES_ERROR_MISMATCH);
  g_assert_true (bd_password_rules_check_new ("wangfang", "a1b2c3d4", "a1b2c3d4", NULL));
  g_assert_cmpstr (bd_password_rules_describe (), !=, "");
}

static void
assert_setting_refused (const char *key,
                        const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = bd_branch_setting_check (key, value, &error);

  g_assert_null (kept);
  g_assert_error (error, BD_BRANCH_SETTING_ERROR, BD_BRANCH_SETTING_ERROR_INVALID);
}

static void
assert_setting_kept (const char *key,
                     const char *value,
                     const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = bd_branch_setting_check (key, value, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (kept, ==, expected);
}

static void
test_setting_checks (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *unknown = bd_branch_setting_check ("colour", "blue", &error);

  g_assert_null (unknown);
  g_assert_error (error, BD_BRANCH_SETTING_ERROR, BD_BRANCH_SETTING_ERROR_UNKNOWN);

  assert_setting_kept ("branch-name", "  南京分公司鼓楼营业部 ", "南京分公司鼓楼营业部");
  assert_setting_refused ("branch-name", "   ");
  assert_setting_refused ("company-name", "衡信人寿保险股份有限公司衡信人寿保险股份有限公司"
                          "衡信人寿保险股份有限公司衡信人寿保险");
  assert_setting_kept ("company-name", "衡信人寿保险股份有限公司衡信人寿保险股份有限公司"
                       "衡信人寿保险股份有限公司衡信人寿", "衡信人寿保险股份有限公司衡信人寿"
                       "保险股份有限公司衡信人寿保险股份有限公司衡信人寿");
  /* A line break would print the address over the next line of the slip. */
  assert_setting_refused ("branch-address", "南京市\n鼓楼区");
  assert_setting_kept ("branch-phone", "025-8000 0000", "025-8000 0000");
  assert_setting_kept ("branch-phone", "95500", "95500");
  assert_setting_refused ("branch-phone", "025-8000 转 1");
  assert_setting_refused ("branch-phone", "110");
  assert_setting_kept ("time-zone", "Asia/Urumqi", "Asia/Urumqi");
  assert_setting_refused ("time-zone", "Asia/Nanjing");
  assert_setting_kept ("idle-lock-minutes", "10", "10");
  assert_setting_refused ("idle-lock-minutes", "0");
  assert_setting_refused ("idle-lock-minutes", "五");
  /* The law's floor: a cooling-off period shorter than 15 days, a grace longer than 60. */
  assert_setting_refused ("cooling-off-days", "10");
  assert_setting_refused ("grace-days", "90");
  assert_setting_kept ("due-horizon-days", "120", "120");
}

/* What a field's subtitle says it takes: the limits the check applies, and the default. */
static void
test_setting_descriptions (void)
{
  g_autofree char *minutes = bd_branch_setting_describe (bd_branch_setting_find ("idle-lock-minutes"));
  g_autofree char *name = bd_branch_setting_describe (bd_branch_setting_find ("branch-name"));

  g_assert_cmpstr (minutes, ==, "A whole number from 1 to 120; 5 unless set");
  g_assert_cmpstr (name, ==, "One line, at most 40 characters");
}

/* A setting unset, or changed outside the program to what its check refuses, reads as
 * its default. */
static void
test_setting_defaults (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *zone = NULL;
  g_autofree char *name = NULL;

  g_assert_cmpuint (bd_branch_setting_get_uint (fixture->store, "idle-lock-minutes"), ==, 5);
  g_assert_cmpuint (bd_branch_setting_get_uint (fixture->store, "due-horizon-days"), ==, 90);
  g_assert_cmpuint (bd_branch_setting_get_uint (fixture->store, "grace-days"), ==, 60);
  g_assert_true (bd_store_set_setting (fixture->store, "idle-lock-minutes", "15", NULL));
  g_assert_cmpuint (bd_branch_setting_get_uint (fixture->store, "idle-lock-minutes"), ==, 15);
  g_assert_true (bd_store_set_setting (fixture->store, "idle-lock-minutes", "999", NULL));
  g_assert_cmpuint (bd_branch_setting_get_uint (fixture->store, "idle-lock-minutes"), ==, 5);

  zone = bd_branch_setting_dup (fixture->store, "time-zone");
  g_assert_cmpstr (zone, ==, "Asia/Shanghai");
  name = bd_branch_setting_dup (fixture->store, "branch-name");
  g_assert_null (name);
}

/* Staff of each role, for the desk's settings. */
static void
add_staff_of_every_role (Fixture *fixture)
{
  bd_test_add_staff (fixture->store, "counter", "柜员甲", BD_ROLE_COUNTER, "counter-pass", NULL);
  bd_test_add_staff (fixture->store, "boss", "主管", BD_ROLE_SUPERVISOR, "boss-pass", NULL);
  bd_test_add_staff (fixture->store, "admin", "管理员", BD_ROLE_ADMINISTRATOR, "admin-pass",
                     NULL);
}

static GHashTable *
typed_new (const char *first_key,
           ...)
{
  GHashTable *typed = g_hash_table_new (g_str_hash, g_str_equal);
  va_list args;

  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    g_hash_table_insert (typed, (gpointer) key, va_arg (args, char *));
  va_end (args);
  return typed;
}

static gint64
count_setting_audit (Fixture *fixture)
{
  return bd_test_query_int (fixture->path,
                            "SELECT count(*) FROM audit_log WHERE action = 'setting-changed'");
}

/* Domain §1: the branch's settings are an administrator's; the core refuses the others
 * whatever a window offers, and writes nothing. */
static void
test_desk_refuses_other_roles (Fixture       *fixture,
                               gconstpointer  data)
{
  const char *logins[] = { "counter", "boss" };
  g_autoptr(GHashTable) typed = typed_new ("branch-phone", "025-8000 0000", NULL);

  add_staff_of_every_role (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (logins); i++)
    {
      g_autofree char *password = g_strconcat (logins[i], "-pass", NULL);
      g_autoptr(BdSession) session = bd_test_sign_in (fixture->store, logins[i], password);
      g_autoptr(GHashTable) values = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_false (bd_branch_settings_desk_may_edit (session));
      g_assert_false (bd_branch_settings_desk_save (session, typed, NULL, NULL, &error));
      g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
      g_clear_error (&error);
      values = bd_branch_settings_desk_read (session, &error);
      g_assert_null (values);
      g_assert_error (error, BD_SESSION_ERROR, BD_SESSION_ERROR_NOT_ALLOWED);
    }
  g_assert_cmpint (bd_test_query_int (fixture->path,
                                      "SELECT count(*) FROM setting WHERE key = 'branch-phone'"),
                   ==, 0);
  g_assert_cmpint (count_setting_audit (fixture), ==, 0);
}

static void
test_desk_saves_and_audits (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(BdSession) admin = NULL;
  g_autoptr(GHashTable) typed = NULL;
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *phone = NULL;
  guint n_changed = 0;

  add_staff_of_every_role (fixture);
  admin = bd_test_sign_in (fixture->store, "admin", "admin-pass");
  g_assert_true (bd_store_set_setting (fixture->store, "branch-phone", "025-8000 0000", NULL));
  /* The time zone typed as it is (its default): not a change, not audited; the address,
   * never given, left empty: not a change either. */
  typed = typed_new ("branch-phone", " 025-8000 1111 ", "idle-lock-minutes", "10",
                     "time-zone", "Asia/Shanghai", "branch-address", " ", NULL);
  g_assert_true (bd_branch_settings_desk_save (admin, typed, NULL, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 2);

  phone = bd_branch_setting_dup (fixture->store, "branch-phone");
  g_assert_cmpstr (phone, ==, "025-8000 1111");
  g_assert_cmpint (count_setting_audit (fixture), ==, 2);
  g_assert_cmpint (bd_test_query_int (fixture->path,
                                      "SELECT count(*) FROM audit_log a JOIN staff s "
                                      "ON s.id = a.staff_id WHERE s.login = 'admin' AND "
                                      "a.action = 'setting-changed' AND a.detail = "
                                      "'branch-phone: 025-8000 0000 → 025-8000 1111'"), ==, 1);
  g_assert_cmpint (bd_test_query_int (fixture->path,
                                      "SELECT count(*) FROM audit_log WHERE "
                                      "action = 'setting-changed' AND "
                                      "detail = 'idle-lock-minutes: 5 → 10'"), ==, 1);

  /* The form reads what was saved, and the defaults of what was not. */
  values = bd_branch_settings_desk_read (admin, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (values, "idle-lock-minutes"), ==, "10");
  g_assert_cmpstr (g_hash_table_lookup (values, "grace-days"), ==, "60");
  g_assert_false (g_hash_table_contains (values, "branch-name"));
}

/* One refused value refuses the form: nothing saved, nothing audited, every refused key
 * with its message for its field, the error naming the first. */
static void
test_desk_refuses_whole_form (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(BdSession) admin = NULL;
  g_autoptr(GHashTable) typed = NULL;
  g_autoptr(GHashTable) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  add_staff_of_every_role (fixture);
  admin = bd_test_sign_in (fixture->store, "admin", "admin-pass");
  typed = typed_new ("branch-name", "鼓楼营业部", "branch-phone", "025-8000 转 1",
                     "time-zone", "Asia/Nanjing", NULL);
  g_assert_false (bd_branch_settings_desk_save (admin, typed, &problems, NULL, &error));
  g_assert_error (error, BD_BRANCH_SETTING_ERROR, BD_BRANCH_SETTING_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Service phone: "));
  g_assert_cmpuint (g_hash_table_size (problems), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (problems, "time-zone"), ==,
                   "This is not a time zone the system knows, such as Asia/Shanghai");
  g_assert_nonnull (g_hash_table_lookup (problems, "branch-phone"));

  name = bd_branch_setting_dup (fixture->store, "branch-name");
  g_assert_null (name);
  g_assert_cmpint (count_setting_audit (fixture), ==, 0);

  /* Once given, a name cannot be emptied. */
  g_clear_error (&error);
  g_clear_pointer (&problems, g_hash_table_unref);
  g_assert_true (bd_store_set_setting (fixture->store, "branch-name", "鼓楼营业部", NULL));
  g_hash_table_remove_all (typed);
  g_hash_table_insert (typed, (gpointer) "branch-name", (gpointer) "");
  g_assert_false (bd_branch_settings_desk_save (admin, typed, &problems, NULL, &error));
  g_assert_cmpstr (g_hash_table_lookup (problems, "branch-name"), ==, "This cannot be empty");

  /* A key that is no setting is the caller's mistake, refused before anything. */
  g_clear_error (&error);
  g_hash_table_remove_all (typed);
  g_hash_table_insert (typed, (gpointer) "colour", (gpointer) "blue");
  g_assert_false (bd_branch_settings_desk_save (admin, typed, NULL, NULL, &error));
  g_assert_error (error, BD_BRANCH_SETTING_ERROR, BD_BRANCH_SETTING_ERROR_UNKNOWN);
}

static gint64 test_now;

static gint64
test_clock (gpointer user_data)
{
  return test_now;
}

/* Domain §1: the desk locks after the branch's idle minutes, read at every sign-in and
 * unlock; a limit given to the session wins. */
static void
test_idle_lock_follows_branch (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(BdSession) admin = NULL;
  g_autoptr(BdSession) desk = bd_session_new (fixture->store);
  g_autoptr(GHashTable) typed = typed_new ("idle-lock-minutes", "10", NULL);

  add_staff_of_every_role (fixture);
  test_now = 1800000000;
  bd_session_set_clock (desk, test_clock, NULL);
  g_assert_true (bd_session_sign_in (desk, "counter", "counter-pass", NULL));
  test_now += 5 * 60;
  g_assert_true (bd_session_check_idle (desk));  /* the default, 5 minutes */

  admin = bd_test_sign_in (fixture->store, "admin", "admin-pass");
  g_assert_true (bd_branch_settings_desk_save (admin, typed, NULL, NULL, NULL));
  g_assert_true (bd_session_unlock (desk, "counter-pass", NULL));
  test_now += 10 * 60 - 1;
  g_assert_false (bd_session_check_idle (desk));
  test_now += 1;
  g_assert_true (bd_session_check_idle (desk));

  bd_session_set_idle_limit (desk, 60);
  g_assert_true (bd_session_unlock (desk, "counter-pass", NULL));
  test_now += 60;
  g_assert_true (bd_session_check_idle (desk));
}

/* 陈先生 alone in his household on 30 November 2026 with a whole-life policy on his own
 * life, which @due_date and @status describe; the card of his household read from the
 * store is what the tests look at. Returns his id. */
static gint64
add_household_policy (Fixture        *fixture,
                      const char     *due_date,
                      BdPolicyStatus  status)
{
  gint64 customer = bd_test_add_person (fixture->store, "陈先生", BD_SEX_MALE, "1978-03-02",
                                        "320102197803020013", "13912340001");
  gint64 product = bd_store_add_product (fixture->store, "L01", "鸿福终身寿险",
                                         BD_PRODUCT_LIFE, 0, NULL);
  g_autoptr(BdPolicy) policy = bd_test_policy_new_standard ("882020000000001", product,
                                                           customer, customer);

  bd_test_clock_fix ("2026-11-30T09:30:00+08:00");
  bd_test_add_household (fixture->store, "陈家", (BdTestMember[]) {
                           { customer, BD_RELATION_SELF } }, 1);
  bd_policy_set_status (policy, status);
  bd_policy_set_next_due_date (policy, due_date);
  bd_test_add_policy (fixture->store, policy);
  return customer;
}

static BdHouseholdCard *
load_card (Fixture *fixture,
           gint64   customer)
{
  g_autoptr(GError) error = NULL;
  BdHouseholdCard *card;
  GDate today;

  bd_store_get_today (fixture->store, &today);
  card = bd_store_load_household_card (fixture->store, customer, &today, &error);
  g_assert_no_error (error);
  return card;
}

/* The premiums the household card of @customer announces today. */
static guint
count_premiums_due (Fixture *fixture,
                    gint64   customer)
{
  g_autoptr(BdHouseholdCard) card = load_card (fixture, customer);
  GArray *dues = bd_household_card_get_due_dates (card);
  guint n = 0;

  for (guint i = 0; i < dues->len; i++)
    n += g_array_index (dues, BdDueDate, i).kind == BD_DUE_PREMIUM;
  return n;
}

/* Domain §2: the household card's 到期事项 look the branch's due-horizon-days ahead. */
static void
test_due_horizon_followed (Fixture       *fixture,
                           gconstpointer  data)
{
  /* 60 days ahead. */
  gint64 customer = add_household_policy (fixture, "2027-01-29", BD_POLICY_IN_FORCE);

  g_assert_cmpuint (count_premiums_due (fixture, customer), ==, 1);
  g_assert_true (bd_store_set_setting (fixture->store, "due-horizon-days", "30", NULL));
  g_assert_cmpuint (count_premiums_due (fixture, customer), ==, 0);
  g_assert_true (bd_store_set_setting (fixture->store, "due-horizon-days", "60", NULL));
  g_assert_cmpuint (count_premiums_due (fixture, customer), ==, 1);
}

/* The household card's openings of @kind for @customer's household today. */
static guint
count_openings (Fixture       *fixture,
                gint64         customer,
                BdOpeningKind  kind)
{
  g_autoptr(BdHouseholdCard) card = load_card (fixture, customer);
  GArray *openings = bd_household_card_get_openings (card);
  guint n = 0;

  for (guint i = 0; i < openings->len; i++)
    n += g_array_index (openings, BdOpening, i).kind == kind;
  return n;
}

/* Insurance Law arts. 36, 37: two years from the suspension, which comes after the
 * branch's grace-days; the card offers a reinstatement only within them. */
static void
test_grace_days_followed (Fixture       *fixture,
                          gconstpointer  data)
{
  /* 60 days of grace end on 30 November 2024: reinstatable until 1 December 2026. */
  gint64 customer = add_household_policy (fixture, "2024-10-01", BD_POLICY_LAPSED);

  g_assert_cmpuint (count_openings (fixture, customer, BD_OPENING_LAPSED), ==, 1);
  /* 30 days end on 31 October 2024: the two years ended on 1 November 2026. */
  g_assert_true (bd_store_set_setting (fixture->store, "grace-days", "30", NULL));
  g_assert_cmpuint (count_openings (fixture, customer, BD_OPENING_LAPSED), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  g_test_add_func ("/settings/password-rules", test_password_rules);
  g_test_add_func ("/settings/checks", test_setting_checks);
  g_test_add_func ("/settings/descriptions", test_setting_descriptions);
  g_test_add ("/settings/defaults", Fixture, NULL, fixture_set_up, test_setting_defaults,
              fixture_tear_down);
  g_test_add ("/settings/desk/other-roles-refused", Fixture, NULL, fixture_set_up,
              test_desk_refuses_other_roles, fixture_tear_down);
  g_test_add ("/settings/desk/saved-and-audited", Fixture, NULL, fixture_set_up,
              test_desk_saves_and_audits, fixture_tear_down);
  g_test_add ("/settings/desk/refused-whole", Fixture, NULL, fixture_set_up,
              test_desk_refuses_whole_form, fixture_tear_down);
  g_test_add ("/settings/desk/idle-lock", Fixture, NULL, fixture_set_up,
              test_idle_lock_follows_branch, fixture_tear_down);
  g_test_add ("/settings/due-horizon", Fixture, NULL, fixture_set_up,
              test_due_horizon_followed, fixture_tear_down);
  g_test_add ("/settings/grace-days", Fixture, NULL, fixture_set_up,
              test_grace_days_followed, fixture_tear_down);

  return g_test_run ();
}
