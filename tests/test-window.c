/* test-window.c — the real window under Xvfb, over a crafted database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "bd-contacts-page.h"
#include "bd-customer-page.h"
#include "bd-household-card-view.h"
#include "bd-password.h"
#include "bd-window.h"

static char *folder;

typedef struct
{
  BdStore   *store;
  BdSession *session;
  gint64     head, spouse, child, outsider;
  gint64     life, illness;
} Branch;

static gint64
add_person (BdStore    *store,
            const char *name,
            BdSex       sex,
            const char *birth,
            const char *id_number,
            const char *mobile)
{
  g_autoptr(BdCustomer) customer = bd_customer_new ();

  bd_customer_set_name (customer, name);
  bd_customer_set_sex (customer, sex);
  bd_customer_set_birth_date (customer, birth);
  bd_customer_set_id_number (customer, id_number);
  bd_customer_set_mobile (customer, mobile);
  g_assert_true (bd_store_add_customer (store, customer, NULL));
  return bd_customer_get_id (customer);
}

static void
add_beneficiary (BdPolicy *policy,
                 gint64    customer_id,
                 guint     share)
{
  g_autoptr(BdBeneficiary) beneficiary = bd_beneficiary_new ();

  bd_beneficiary_set_customer_id (beneficiary, customer_id);
  bd_beneficiary_set_legal_heirs (beneficiary, customer_id == 0);
  bd_beneficiary_set_share (beneficiary, share);
  bd_policy_add_beneficiary (policy, beneficiary);
}

static BdPolicy *
add_policy (Branch     *branch,
            const char *number,
            gint64      product,
            gint64      holder,
            gint64      insured)
{
  BdPolicy *policy = bd_policy_new ();

  bd_policy_set_number (policy, number);
  bd_policy_set_product_id (policy, product);
  bd_policy_set_policyholder_id (policy, holder);
  bd_policy_set_insured_id (policy, insured);
  bd_policy_set_effective_date (policy, "2020-03-01");
  bd_policy_set_sum_insured (policy, 50000000);
  bd_policy_set_premium (policy, 600000);
  bd_policy_set_frequency (policy, BD_FREQUENCY_ANNUAL);
  bd_policy_set_payment_years (policy, 20);
  bd_policy_set_status (policy, BD_POLICY_IN_FORCE);
  return policy;
}

static void
save_policy (Branch   *branch,
             BdPolicy *policy)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_store_add_policy (branch->store, policy, &error));
  g_assert_no_error (error);
  g_object_unref (policy);
}

static void
add_household (Branch *branch)
{
  g_autoptr(BdHousehold) household = bd_household_new ();
  const struct { gint64 id; BdRelation relation; } members[] = {
    { branch->head, BD_RELATION_SELF },
    { branch->spouse, BD_RELATION_SPOUSE },
    { branch->child, BD_RELATION_CHILD },
  };

  bd_household_set_name (household, "陈家");
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autoptr(BdCustomer) customer = bd_customer_new ();
      g_autoptr(BdHouseholdMember) member = NULL;

      bd_customer_set_id (customer, members[i].id);
      member = bd_household_member_new (customer, members[i].relation);
      bd_household_add_member (household, member);
    }
  g_assert_true (bd_store_add_household (branch->store, household, NULL));
}

/* A family of three and an outsider who names two of them as beneficiaries, in a new
 * database called @file_name. */
static void
craft_branch (Branch     *branch,
              const char *file_name)
{
  g_autofree char *path = g_build_filename (folder, file_name, NULL);
  g_autoptr(BdStaff) staff = bd_staff_new ();
  g_autofree char *hash = bd_password_hash ("pw", NULL);
  BdPolicy *policy;

  branch->store = bd_store_open (path, NULL);
  g_assert_nonnull (branch->store);
  bd_staff_set_login (staff, "tester");
  bd_staff_set_name (staff, "测试员");
  g_assert_true (bd_store_add_staff (branch->store, staff, hash, NULL));

  branch->head = add_person (branch->store, "陈大文", BD_SEX_MALE, "1980-05-06",
                             "320102198005060017", "13912340001");
  branch->spouse = add_person (branch->store, "张美丽", BD_SEX_FEMALE, "1982-03-04",
                               "320102198203040020", "13912340002");
  branch->child = add_person (branch->store, "陈小明", BD_SEX_MALE, "2012-09-01",
                              "320102201209010011", NULL);
  branch->outsider = add_person (branch->store, "李外人", BD_SEX_MALE, "1975-01-01",
                                 "320102197501010014", "13912340004");
  branch->life = bd_store_add_product (branch->store, "L01", "鸿福终身寿险", BD_PRODUCT_LIFE, 0, NULL);
  branch->illness = bd_store_add_product (branch->store, "C01", "康宁重疾", BD_PRODUCT_CRITICAL_ILLNESS,
                                          90, NULL);
  add_household (branch);

  policy = add_policy (branch, "8820200000000001", branch->life, branch->head, branch->spouse);
  add_beneficiary (policy, branch->head, 10000);
  save_policy (branch, policy);
  policy = add_policy (branch, "8820200000000002", branch->illness, branch->spouse, branch->child);
  add_beneficiary (policy, 0, 10000);
  save_policy (branch, policy);
  policy = add_policy (branch, "8820200000000003", branch->life, branch->outsider, branch->outsider);
  add_beneficiary (policy, branch->child, 5000);
  add_beneficiary (policy, branch->spouse, 5000);
  save_policy (branch, policy);

  branch->session = bd_session_new (branch->store);
  g_assert_true (bd_session_sign_in (branch->session, "tester", "pw", NULL));
}

static void
wait_for_frames (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static BdCustomer *
find_in_results (GListModel *results,
                 const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BdCustomer) customer = g_list_model_get_item (results, i);
      if (g_str_equal (bd_customer_get_name (customer), name))
        return g_steal_pointer (&customer);
    }
  return NULL;
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether any label under @root shows @text, visible or not. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_label (GTK_LABEL (root)), text) != NULL)
    return TRUE;
  if (ADW_IS_PREFERENCES_ROW (root) &&
      strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

static BdPartyRoles
roles_of (BdHouseholdCard *card,
          const char      *member_name,
          const char      *number)
{
  for (guint m = 0; m < bd_household_card_get_n_members (card); m++)
    {
      BdCustomer *customer = bd_household_member_get_customer (bd_household_card_get_member (card, m));

      if (!g_str_equal (bd_customer_get_name (customer), member_name))
        continue;
      for (guint p = 0; p < bd_household_card_get_n_policies (card); p++)
        if (g_str_equal (bd_policy_get_number (bd_household_card_get_policy (card, p)), number))
          return bd_household_card_get_roles (card, m, p, NULL);
    }
  return (BdPartyRoles) 0xff;
}

static void
test_household_card_of_crafted_branch (void)
{
  Branch branch = { 0 };
  BdWindow *window;
  g_autoptr(BdCustomer) found = NULL;
  BdHouseholdCardView *view;
  BdHouseholdCard *card;

  craft_branch (&branch, "crafted.db");
  window = bd_window_new (NULL, NULL);
  bd_window_set_session (window, branch.session);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (GTK_WIDGET (window));

  /* search → open */
  bd_window_search (window, "陈大");
  found = find_in_results (bd_window_get_results (window), "陈大文");
  g_assert_nonnull (found);
  g_assert_null (find_in_results (bd_window_get_results (window), "李外人"));
  bd_window_open_customer (window, found);
  wait_for_frames (GTK_WIDGET (window));

  view = BD_HOUSEHOLD_CARD_VIEW (find_widget (GTK_WIDGET (window), BD_TYPE_HOUSEHOLD_CARD_VIEW));
  card = bd_household_card_view_get_card (view);
  g_assert_nonnull (card);

  /* Exactly the three members, head first, and the outsider's policy that names two. */
  g_assert_cmpuint (bd_household_card_get_n_members (card), ==, 3);
  g_assert_cmpuint (bd_household_card_get_n_policies (card), ==, 3);
  g_assert_true (shows_text (GTK_WIDGET (view), "陈大文"));
  g_assert_true (shows_text (GTK_WIDGET (view), "张美丽"));
  g_assert_true (shows_text (GTK_WIDGET (view), "陈小明"));

  g_assert_cmpint (roles_of (card, "陈大文", "8820200000000001"), ==, BD_PARTY_POLICYHOLDER | BD_PARTY_BENEFICIARY);
  g_assert_cmpint (roles_of (card, "张美丽", "8820200000000001"), ==, BD_PARTY_INSURED);
  g_assert_cmpint (roles_of (card, "陈小明", "8820200000000001"), ==, BD_PARTY_NONE);
  g_assert_cmpint (roles_of (card, "张美丽", "8820200000000002"), ==, BD_PARTY_POLICYHOLDER);
  g_assert_cmpint (roles_of (card, "陈小明", "8820200000000002"), ==, BD_PARTY_INSURED);
  g_assert_cmpint (roles_of (card, "陈大文", "8820200000000002"), ==, BD_PARTY_NONE);
  g_assert_cmpint (roles_of (card, "陈小明", "8820200000000003"), ==, BD_PARTY_BENEFICIARY);
  g_assert_cmpint (roles_of (card, "张美丽", "8820200000000003"), ==, BD_PARTY_BENEFICIARY);
  g_assert_cmpint (roles_of (card, "陈大文", "8820200000000003"), ==, BD_PARTY_NONE);

  /* Locking empties every widget that held customer data. */
  bd_session_lock (branch.session);
  wait_for_frames (GTK_WIDGET (window));
  g_assert_false (shows_text (GTK_WIDGET (window), "陈大文"));
  g_assert_false (shows_text (GTK_WIDGET (window), "张美丽"));
  g_assert_null (bd_household_card_view_get_card (view));

  /* The same person unlocking gets the customer back. */
  g_assert_true (bd_session_unlock (branch.session, "pw", NULL));
  wait_for_frames (GTK_WIDGET (window));
  g_assert_true (shows_text (GTK_WIDGET (window), "陈大文"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&branch.session);
  g_clear_object (&branch.store);
}

/* The entry row titled @title under @root. */
static GtkEditable *
find_entry_row (GtkWidget  *root,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (root) &&
      g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title))
    return GTK_EDITABLE (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found = find_entry_row (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The need on record fills the form that edits it when the customer is opened. */
static void
test_household_need_on_record (void)
{
  const BdProtectionNeed need = { 20000000, 100000000, 10 };
  Branch branch = { 0 };
  BdWindow *window;
  g_autoptr(BdHousehold) household = NULL;
  g_autoptr(BdCustomer) found = NULL;
  GtkWidget *view;
  gint64 total = 0;

  craft_branch (&branch, "need-on-record.db");
  household = bd_store_get_household_of (branch.store, branch.head, NULL);
  g_assert_nonnull (household);
  g_assert_true (bd_store_set_household_need (branch.store, bd_household_get_id (household), &need,
                                              bd_session_get_staff_id (branch.session), NULL));
  window = bd_window_new (NULL, NULL);
  bd_window_set_session (window, branch.session);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (GTK_WIDGET (window));

  bd_window_search (window, "陈大");
  found = find_in_results (bd_window_get_results (window), "陈大文");
  g_assert_nonnull (found);
  bd_window_open_customer (window, found);
  wait_for_frames (GTK_WIDGET (window));

  view = find_widget (GTK_WIDGET (window), BD_TYPE_HOUSEHOLD_CARD_VIEW);
  g_assert_true (bd_household_card_get_protection_gap (
    bd_household_card_view_get_card (BD_HOUSEHOLD_CARD_VIEW (view)), &total, NULL, NULL));
  g_assert_cmpint (total, ==, 20000000 * 10 + 100000000);
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (view, "Annual household spending (yuan)")),
                   ==, "200,000");
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (view, "Debts outstanding (yuan)")),
                   ==, "1,000,000");
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (view, "Years to cover")), ==, "10");

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&branch.session);
  g_clear_object (&branch.store);
}

static void
test_parse_visit (void)
{
  static const struct { const char *date, *time, *stored; } cases[] = {
    { "2026-11-25", "14:30", "2026-11-25T14:30" },
    { "2026-11-25", "9:05", "2026-11-25T09:05" },
    { "", "", "" },
    { "2026-11-25", "", NULL },
    { "", "14:30", NULL },
    { "2026-02-30", "14:30", NULL },
    { "2026-11-25", "24:00", NULL },
    { "2026-11-25", "14:60", NULL },
    { "2026-11-25", "14:30pm", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stored = bd_contacts_page_parse_visit (cases[i].date, cases[i].time);
      g_assert_cmpstr (stored, ==, cases[i].stored);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  folder = g_dir_make_tmp ("bd-window-XXXXXX", NULL);

  g_test_add_func ("/window/household-card/crafted-branch", test_household_card_of_crafted_branch);
  g_test_add_func ("/window/household-card/need-on-record", test_household_need_on_record);
  g_test_add_func ("/window/contacts/parse-visit", test_parse_visit);
  status = g_test_run ();

  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", folder);
    g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
  }
  g_free (folder);
  return status;
}
