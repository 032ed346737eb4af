/* test-settings.c — the branch's settings and the rules of a new password
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-branch-settings.h"
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

int
main (int   argc,
      char *argv[])
{
  bd_test_init_in_english (&argc, &argv);

  g_test_add_func ("/settings/password-rules", test_password_rules);
  g_test_add_func ("/settings/checks", test_setting_checks);
  g_test_add ("/settings/defaults", Fixture, NULL, fixture_set_up, test_setting_defaults,
              fixture_tear_down);

  return g_test_run ();
}
