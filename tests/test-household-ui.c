/* test-household-ui.c — the household card and its dialogs in the real window, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each dialog is opened the way staff open it (the card's actions), filled in through its
 * widgets and answered by pressing its buttons; what the store holds afterwards is read
 * back from the SQLite file.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "bd-customer-page.h"
#include "bd-household-card-view.h"
#include "bd-household-store.h"
#include "bd-test-widgets.h"
#include "bd-window.h"

static char *folder;

typedef struct
{
  BdTestStore base;     /* the branch's file, in a folder of the test's own */
  BdSession  *session;
  BdWindow   *window;
  gint64     head, spouse, child, outsider, young, elder;
  gint64     household_id;
} Branch;

static gint64
add_person (BdStore    *store,
            const char *name,
            BdSex       sex,
            const char *birth,
            const char *id_number)
{
  return bd_test_add_person (store, name, sex, birth, id_number, NULL);
}

static void
wait_for_frames (void)
{
  for (guint i = 0; i < 30; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Opens the window on @name, a customer of a family of three and two outsiders: 李外人
 * (born 1975) and the young 周小雨 (born 2012), and the old 吴老 (born 1940). */
static void
branch_set_up (Branch        *branch,
               gconstpointer  name)
{
  BdStore *store;

  bd_test_store_set_up (&branch->base, "bd-household-ui", "branch.db");
  store = branch->base.store;
  bd_test_add_staff (store, "tester", "测试员", BD_ROLE_COUNTER, "pw", NULL);

  branch->head = add_person (store, "陈大文", BD_SEX_MALE, "1980-05-06", "320102198005060017");
  branch->spouse = add_person (store, "张美丽", BD_SEX_FEMALE, "1982-03-04", "320102198203040020");
  branch->child = add_person (store, "陈小明", BD_SEX_MALE, "2012-09-01", "320102201209010011");
  branch->outsider = add_person (store, "李外人", BD_SEX_MALE, "1975-01-01", "320102197501010014");
  branch->young = add_person (store, "周小雨", BD_SEX_FEMALE, "2012-01-01", "320102201201010029");
  branch->elder = add_person (store, "吴老太", BD_SEX_FEMALE, "1940-01-01", "320102194001010027");
  branch->household_id = bd_test_add_household (store, "陈家", (BdTestMember[]) {
                                                   { branch->head, BD_RELATION_SELF },
                                                   { branch->spouse, BD_RELATION_SPOUSE },
                                                   { branch->child, BD_RELATION_CHILD },
                                                 }, 3);

  branch->session = bd_test_sign_in (store, "tester", "pw");
  branch->window = bd_test_window_new (branch->session, 0, 0);

  bd_test_open_found (branch->window, name, name);
  wait_for_frames ();
}

static void
branch_tear_down (Branch        *branch,
                  gconstpointer  name)
{
  gtk_window_destroy (GTK_WINDOW (branch->window));
  wait_for_frames ();
  g_clear_object (&branch->session);
  bd_test_store_tear_down (&branch->base);
}

static BdHouseholdCardView *
card_view (Branch *branch)
{
  return BD_HOUSEHOLD_CARD_VIEW (bd_test_find_widget (GTK_WIDGET (branch->window),
                                              BD_TYPE_HOUSEHOLD_CARD_VIEW));
}

/* The message dialog on screen, after @action was activated on the card. */
static AdwMessageDialog *
open_dialog (Branch     *branch,
             const char *action,
             gint64      customer_id)
{
  GListModel *toplevels;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card_view (branch)), action,
                                             customer_id != 0 ? "x" : NULL, customer_id));
  wait_for_frames ();
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  g_assert_not_reached ();
}

static gboolean
dialog_is_open (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        return TRUE;
    }
  return FALSE;
}

/* The button of the dialog that reads @label ("_Add"). */
static void
type_into (AdwMessageDialog *dialog,
           const char       *title,
           const char       *text)
{
  GtkEditable *row = bd_test_find_entry_row (GTK_WIDGET (dialog), title);

  g_assert_nonnull (row);
  gtk_editable_set_text (row, text);
  wait_for_frames ();
}

static void
choose_relation (AdwMessageDialog *dialog,
                 BdRelation        relation)
{
  AdwComboRow *row = ADW_COMBO_ROW (bd_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW,
                                              "Relationship to the head"));
  GListModel *labels = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (labels), i),
                     bd_relation_get_label (relation)))
      {
        adw_combo_row_set_selected (row, i);
        wait_for_frames ();
        return;
      }
  g_assert_not_reached ();
}

static BdRelation
chosen_relation (AdwMessageDialog *dialog)
{
  AdwComboRow *row = ADW_COMBO_ROW (bd_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW,
                                              "Relationship to the head"));
  GListModel *labels = adw_combo_row_get_model (row);
  const char *label = gtk_string_list_get_string (GTK_STRING_LIST (labels),
                                                  adw_combo_row_get_selected (row));

  for (BdRelation r = BD_RELATION_SELF; r <= BD_RELATION_OTHER; r++)
    if (g_str_equal (label, bd_relation_get_label (r)))
      return r;
  g_assert_not_reached ();
}

/* Picks @name among the customers the dialog found. */
static void
pick_candidate (AdwMessageDialog *dialog,
                const char       *name)
{
  GtkWidget *found = bd_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, name);
  GtkListBox *list;

  g_assert_nonnull (found);
  list = GTK_LIST_BOX (gtk_widget_get_ancestor (found, GTK_TYPE_LIST_BOX));
  gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (found));
  wait_for_frames ();
}

/* The add-member dialog, with @name searched and picked among the customers found. */
static AdwMessageDialog *
open_add_member (Branch     *branch,
                 const char *name)
{
  AdwMessageDialog *dialog = open_dialog (branch, "card.add-member", 0);

  type_into (dialog, "Find the customer", name);
  pick_candidate (dialog, name);
  return dialog;
}

static gboolean
is_sensitive (AdwMessageDialog *dialog,
              const char       *label)
{
  GtkWidget *button = bd_test_find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

static void
press (AdwMessageDialog *dialog,
       const char       *label)
{
  g_assert_true (is_sensitive (dialog, label));
  g_signal_emit_by_name (bd_test_find_button (GTK_WIDGET (dialog), label), "clicked");
  wait_for_frames ();
}

/* The relation @customer_id has in the household now, read from the file; -1 for none. */
static int
stored_relation (Branch *branch,
                 gint64  customer_id)
{
  g_autoptr(BdHousehold) household = bd_store_get_household_of (branch->base.store, customer_id,
                                                                NULL);
  BdHouseholdMember *member;

  if (household == NULL)
    return -1;
  g_assert_cmpint (bd_household_get_id (household), ==, branch->household_id);
  member = bd_household_find_member (household, customer_id);
  return member != NULL ? (int) bd_household_member_get_relation (member) : -1;
}

static guint
count_audit (Branch     *branch,
             const char *action)
{
  g_autoptr(GPtrArray) entries = bd_store_list_audit (branch->base.store, 1000, NULL);
  guint n = 0;

  g_assert_nonnull (entries);
  for (guint i = 0; i < entries->len; i++)
    {
      BdAuditEntry *entry = g_ptr_array_index (entries, i);
      if (g_str_equal (entry->action, action))
        n++;
    }
  return n;
}

/* Search, pick, relation, reason, 添加: the member is stored and the card shows them. */
static void
test_add_member (Branch        *branch,
                 gconstpointer  data)
{
  static const BdRelation relations[] = { BD_RELATION_OTHER, BD_RELATION_SIBLING };
  AdwMessageDialog *dialog;

  for (guint i = 0; i < G_N_ELEMENTS (relations); i++)
    {
      if (i > 0)
        {
          /* Once more, after the first one went through: the card was rebuilt. */
          g_assert_true (bd_store_remove_household_member (branch->base.store, branch->household_id,
                                                           branch->outsider, 1, "重测", NULL));
          bd_test_open_found (branch->window, "陈大文", "陈大文");
          wait_for_frames ();
        }
      dialog = open_dialog (branch, "card.add-member", 0);
      g_assert_false (is_sensitive (dialog, "_Add"));
      type_into (dialog, "Find the customer", "李外人");
      pick_candidate (dialog, "李外人");
      choose_relation (dialog, relations[i]);
      g_assert_false (is_sensitive (dialog, "_Add"));
      type_into (dialog, "Reason (required)", "户主说明李外人同住");
      press (dialog, "_Add");

      g_assert_false (dialog_is_open ());
      g_assert_cmpint (stored_relation (branch, branch->outsider), ==, relations[i]);
      g_assert_true (bd_household_find_member (
        bd_household_card_get_household (bd_household_card_view_get_card (card_view (branch))),
        branch->outsider) != NULL);
    }
  g_assert_cmpuint (count_audit (branch, "household-member-added"), ==, 2);
}

/* 取消 stores nothing. */
static void
test_add_member_cancelled (Branch        *branch,
                           gconstpointer  data)
{
  AdwMessageDialog *dialog = open_add_member (branch, "李外人");

  type_into (dialog, "Reason (required)", "试一下");
  press (dialog, "_Cancel");
  g_assert_false (dialog_is_open ());
  g_assert_cmpint (stored_relation (branch, branch->outsider), ==, -1);
}

static void
test_remove_member (Branch        *branch,
                    gconstpointer  data)
{
  AdwMessageDialog *dialog;

  dialog = open_dialog (branch, "card.remove-member", branch->child);
  g_assert_false (is_sensitive (dialog, "_Remove"));
  type_into (dialog, "Reason (required)", "已迁出");
  press (dialog, "_Remove");

  g_assert_false (dialog_is_open ());
  g_assert_cmpint (stored_relation (branch, branch->child), ==, -1);
  g_assert_cmpint (stored_relation (branch, branch->spouse), ==, BD_RELATION_SPOUSE);
  g_assert_cmpuint (bd_household_card_get_n_members (bd_household_card_view_get_card (card_view (branch))),
                    ==, 2);
  g_assert_cmpuint (count_audit (branch, "household-member-removed"), ==, 1);
}

static void
test_correct_relation (Branch        *branch,
                       gconstpointer  data)
{
  AdwMessageDialog *dialog;

  dialog = open_dialog (branch, "card.edit-relation", branch->child);
  g_assert_cmpint (chosen_relation (dialog), ==, BD_RELATION_CHILD);
  choose_relation (dialog, BD_RELATION_GRANDCHILD);
  type_into (dialog, "Reason (required)", "登记有误");
  press (dialog, "Co_rrect");

  g_assert_false (dialog_is_open ());
  g_assert_cmpint (stored_relation (branch, branch->child), ==, BD_RELATION_GRANDCHILD);
  g_assert_cmpuint (count_audit (branch, "household-relation-corrected"), ==, 1);
}

/* The Alt key of a response label: the character after the underline. */
static gunichar
mnemonic_of (const char *label)
{
  const char *underline = strchr (label, '_');

  g_assert_nonnull (underline);
  return g_unichar_tolower (g_utf8_get_char (underline + 1));
}

/* With a spouse in the household the dialog assumes no spouse; no two buttons share Alt. */
static void
test_add_member_defaults (Branch        *branch,
                          gconstpointer  data)
{
  AdwMessageDialog *dialog;

  dialog = open_dialog (branch, "card.add-member", 0);
  g_assert_cmpint (chosen_relation (dialog), !=, BD_RELATION_SPOUSE);
  g_assert_cmpuint (mnemonic_of (adw_message_dialog_get_response_label (dialog, "cancel")), !=,
                    mnemonic_of (adw_message_dialog_get_response_label (dialog, "apply")));
  press (dialog, "_Cancel");

  dialog = open_dialog (branch, "card.edit-relation", branch->child);
  g_assert_cmpuint (mnemonic_of (adw_message_dialog_get_response_label (dialog, "cancel")), !=,
                    mnemonic_of (adw_message_dialog_get_response_label (dialog, "apply")));
  press (dialog, "_Cancel");

  dialog = open_dialog (branch, "card.remove-member", branch->child);
  g_assert_cmpuint (mnemonic_of (adw_message_dialog_get_response_label (dialog, "cancel")), !=,
                    mnemonic_of (adw_message_dialog_get_response_label (dialog, "apply")));
  press (dialog, "_Cancel");

  /* Without a spouse, a spouse is what is most often added. */
  g_assert_true (bd_store_remove_household_member (branch->base.store, branch->household_id,
                                                   branch->spouse, 1, "离异", NULL));
  bd_test_open_found (branch->window, "陈大文", "陈大文");
  wait_for_frames ();
  dialog = open_dialog (branch, "card.add-member", 0);
  g_assert_cmpint (chosen_relation (dialog), ==, BD_RELATION_SPOUSE);
  press (dialog, "_Cancel");
}

static const char *
relation_reason (AdwMessageDialog *dialog)
{
  GtkWidget *row = bd_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Relationship to the head");

  return gtk_widget_has_css_class (row, "error")
           ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) : NULL;
}

/* The core's reason shows on the relation field and 添加 stays off; the store refuses too. */
static void
test_impossible_relation (Branch        *branch,
                          gconstpointer  data)
{
  AdwMessageDialog *dialog = open_add_member (branch, "吴老太");
  g_autoptr(GError) error = NULL;

  type_into (dialog, "Reason (required)", "户主说明");
  choose_relation (dialog, BD_RELATION_GRANDCHILD);
  g_assert_nonnull (relation_reason (dialog));
  g_assert_nonnull (strstr (relation_reason (dialog), "吴老太"));
  g_assert_false (is_sensitive (dialog, "_Add"));
  /* A second spouse, whatever the age. */
  choose_relation (dialog, BD_RELATION_SPOUSE);
  g_assert_nonnull (strstr (relation_reason (dialog), "张美丽"));
  g_assert_false (is_sensitive (dialog, "_Add"));
  choose_relation (dialog, BD_RELATION_PARENT);
  g_assert_null (relation_reason (dialog));
  press (dialog, "_Add");
  g_assert_cmpint (stored_relation (branch, branch->elder), ==, BD_RELATION_PARENT);

  /* The child, 14, corrected to spouse: refused on the field and by the store. */
  dialog = open_dialog (branch, "card.edit-relation", branch->child);
  choose_relation (dialog, BD_RELATION_SPOUSE);
  g_assert_nonnull (relation_reason (dialog));
  g_assert_false (is_sensitive (dialog, "Co_rrect"));
  press (dialog, "_Cancel");
  g_assert_true (bd_store_remove_household_member (branch->base.store, branch->household_id,
                                                   branch->spouse, 1, "离异", NULL));
  g_assert_false (bd_store_set_member_relation (branch->base.store, branch->household_id, branch->child,
                                                BD_RELATION_SPOUSE, 1, "试", &error));
  g_assert_error (error, BD_HOUSEHOLD_ERROR, BD_HOUSEHOLD_ERROR_IMPOSSIBLE_RELATION);
  g_clear_error (&error);
  g_assert_cmpint (stored_relation (branch, branch->child), ==, BD_RELATION_CHILD);
  g_assert_false (bd_store_add_household_member (branch->base.store, branch->household_id, branch->young,
                                                 BD_RELATION_SPOUSE, 1, "试", &error));
  g_assert_error (error, BD_HOUSEHOLD_ERROR, BD_HOUSEHOLD_ERROR_IMPOSSIBLE_RELATION);
  g_assert_cmpint (stored_relation (branch, branch->young), ==, -1);
  g_assert_cmpuint (count_audit (branch, "household-member-added"), ==, 1);
}

static void
count_problem (const char *message,
               gpointer    user_data)
{
  GPtrArray *problems = user_data;

  g_ptr_array_add (problems, g_strdup (message));
}

/* What an older desk let in is reported by the check, each with its reason. */
static void
test_check_reports_relations (void)
{
  g_autofree char *path = g_build_filename (folder, "check.db", NULL);
  g_autoptr(BdStore) store = bd_store_create (path, bd_test_key (), NULL);
  g_autoptr(BdHousehold) household = bd_household_new ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  const struct { const char *name; BdSex sex; const char *birth; const char *id; BdRelation relation; } people[] = {
    { "赵明", BD_SEX_MALE, "1985-03-01", "320102198503010019", BD_RELATION_SELF },
    { "钱小雨", BD_SEX_FEMALE, "2012-01-01", "320102201201010029", BD_RELATION_SPOUSE },
    { "孙老", BD_SEX_MALE, "1959-01-01", "320102195901010016", BD_RELATION_GRANDCHILD },
    { "李娜", BD_SEX_FEMALE, "1986-01-01", "320102198601010022", BD_RELATION_SPOUSE },
  };
  guint n_problems = 0, household_problems = 0;

  g_assert_nonnull (store);
  bd_household_set_name (household, "赵家");
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(BdCustomer) customer = bd_customer_new ();
      g_autoptr(BdHouseholdMember) member = NULL;

      bd_customer_set_id (customer, add_person (store, people[i].name, people[i].sex,
                                                people[i].birth, people[i].id));
      member = bd_household_member_new (customer, people[i].relation);
      bd_household_add_member (household, member);
    }
  g_assert_true (bd_store_add_household (store, household, NULL));
  g_assert_true (bd_store_check (store, count_problem, problems, &n_problems, NULL));
  for (guint i = 0; i < problems->len; i++)
    {
      const char *problem = g_ptr_array_index (problems, i);

      if (!g_str_has_prefix (problem, "Household "))
        continue;
      household_problems++;
      g_test_message ("%s", problem);
    }
  /* The 14-year-old spouse, the 67-year-old grandchild, and two spouses. */
  g_assert_cmpuint (household_problems, ==, 3);
}

/* Editing the household and saving the protection need are audited as what they are:
 * the customer was opened once. */
static void
test_edits_are_no_openings (Branch        *branch,
                            gconstpointer  data)
{
  AdwMessageDialog *dialog;
  BdHouseholdCardView *view;
  GtkEditable *row;

  g_assert_cmpuint (count_audit (branch, "customer-opened"), ==, 1);

  dialog = open_add_member (branch, "李外人");
  choose_relation (dialog, BD_RELATION_SIBLING);
  type_into (dialog, "Reason (required)", "同住");
  press (dialog, "_Add");
  dialog = open_dialog (branch, "card.edit-relation", branch->outsider);
  choose_relation (dialog, BD_RELATION_OTHER);
  type_into (dialog, "Reason (required)", "表亲");
  press (dialog, "Co_rrect");
  dialog = open_dialog (branch, "card.remove-member", branch->outsider);
  type_into (dialog, "Reason (required)", "搬走");
  press (dialog, "_Remove");

  view = card_view (branch);
  row = bd_test_find_entry_row (GTK_WIDGET (view), "Annual household spending (yuan)");
  gtk_editable_set_text (row, "200000");
  row = bd_test_find_entry_row (GTK_WIDGET (view), "Debts outstanding (yuan)");
  gtk_editable_set_text (row, "0");
  row = bd_test_find_entry_row (GTK_WIDGET (view), "Years to cover");
  gtk_editable_set_text (row, "10");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "card.save-need", NULL));
  wait_for_frames ();

  g_assert_cmpuint (count_audit (branch, "household-member-added"), ==, 1);
  g_assert_cmpuint (count_audit (branch, "household-relation-corrected"), ==, 1);
  g_assert_cmpuint (count_audit (branch, "household-member-removed"), ==, 1);
  g_assert_cmpuint (count_audit (branch, "protection-need-saved"), ==, 1);
  g_assert_cmpuint (count_audit (branch, "customer-opened"), ==, 1);
}

/* The card of the customer at the desk: they are 本人, the head is their parent. */
static void
test_card_of_open_customer (Branch        *branch,
                            gconstpointer  data)
{
  BdHouseholdCard *card;
  guint viewer;
  BdRelation relation;

  card = bd_household_card_view_get_card (card_view (branch));
  viewer = bd_household_card_get_viewer (card);
  g_assert_cmpint (bd_customer_get_id (bd_household_member_get_customer (
                     bd_household_card_get_member (card, viewer))), ==, branch->child);
  g_assert_true (bd_household_card_get_relation_to_viewer (card, 0, &relation));
  g_assert_cmpint (relation, ==, BD_RELATION_PARENT);
}

/* A dialog taken down without an answer stores nothing and calls nothing back. */
static void
test_dialog_destroyed (Branch        *branch,
                       gconstpointer  data)
{
  AdwMessageDialog *dialog = open_add_member (branch, "李外人");

  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_frames ();
  g_assert_false (dialog_is_open ());
  g_assert_cmpint (stored_relation (branch, branch->outsider), ==, -1);
}

/* Each test on a branch of its own, the window open on 陈大文 unless it says otherwise. */
#define ADD(path, func) \
  g_test_add ("/household-ui/" path, Branch, "陈大文", branch_set_up, func, branch_tear_down)

int
main (int   argc,
      char *argv[])
{
  folder = bd_test_ui_init (&argc, &argv, "bd-household-ui");

  ADD ("add-member", test_add_member);
  ADD ("add-member-cancelled", test_add_member_cancelled);
  ADD ("remove-member", test_remove_member);
  ADD ("correct-relation", test_correct_relation);
  ADD ("add-member-defaults", test_add_member_defaults);
  ADD ("impossible-relation", test_impossible_relation);
  g_test_add_func ("/household-ui/check-reports-relations", test_check_reports_relations);
  ADD ("edits-are-no-openings", test_edits_are_no_openings);
  g_test_add ("/household-ui/card-of-open-customer", Branch, "陈小明", branch_set_up,
              test_card_of_open_customer, branch_tear_down);
  ADD ("dialog-destroyed", test_dialog_destroyed);
  return bd_test_run_and_remove (folder);
}
