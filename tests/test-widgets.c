/* test-widgets.c — the reusable widgets under Xvfb: masked label, policy card, household card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "bd-accessible.h"
#include "bd-chart-view.h"
#include "bd-household-card-view.h"
#include "bd-identity.h"
#include "bd-masked-label.h"
#include "bd-policy-card.h"
#include "bd-print-preview.h"
#include "bd-print-slip.h"
#include "bd-reveal-model.h"
#include "bd-slot-list.h"
#include "bd-test-widgets.h"

#define CLEAR_ID "110105198205060024"
#define MASKED_ID "110105********0024"
#define ACCOUNT "6222020200112233445"

/* Helpers: the widget tree */

static gboolean
has_accessible_label (GtkWidget     *widget,
                      gconstpointer  label)
{
  g_autofree char *mismatch =
    gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        (const char *) label);
  return mismatch == NULL;
}

static gboolean
is_button (GtkWidget     *widget,
           gconstpointer  data)
{
  return GTK_IS_BUTTON (widget);
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
is_label_equal (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text);
}

static gboolean
is_entry_row_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title);
}

static guint
count_children_of_type (GtkWidget *parent,
                        GType      type)
{
  guint count = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (parent); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? 1 : 0;
  return count;
}

static guint
count_descendants_of_type (GtkWidget *root,
                           GType      type)
{
  guint count = G_TYPE_CHECK_INSTANCE_TYPE (root, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += count_descendants_of_type (child, type);
  return count;
}

static GtkWindow *
show_in_window (GtkWidget *widget)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), widget);
  gtk_window_set_child (window, scroller);
  gtk_window_set_default_size (window, 1000, 760);
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  return window;
}

/* bd_accessible_name_toasts: a toast's close button, which libadwaita 1.2 leaves to be
 * read "GtkImage", gets a name; a toast shown after another one's too. */
static void
test_toast_close_named (void)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWindow *window = show_in_window (overlay);

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), gtk_label_new ("page"));
  bd_accessible_name_toasts (overlay);
  for (guint i = 0; i < 2; i++)
    {
      AdwToast *toast = adw_toast_new (i == 0 ? "first" : "second");
      GtkWidget *close;

      /* Shown until dismissed: no timeout left to fire after the test. */
      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      bd_test_wait_for_frames (overlay);
      close = bd_test_find_first (overlay, has_accessible_label, "Close the message");
      g_assert_nonnull (close);
      g_assert_true (GTK_IS_BUTTON (close));
      adw_toast_dismiss (toast);
      bd_test_wait_for_frames (overlay);
    }
  gtk_window_destroy (window);
}

/* BdMaskedLabel */

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_masked_label_reveal (void)
{
  GtkWidget *label = bd_masked_label_new ("Identity number");
  GtkWindow *window = show_in_window (label);
  GtkWidget *button = bd_test_find_first (label, is_button, NULL);
  guint requests = 0;
  guint notifications = 0;

  bd_masked_label_set_masked_text (BD_MASKED_LABEL (label), MASKED_ID);
  g_signal_connect (label, "reveal-requested", G_CALLBACK (count_cb), &requests);
  g_signal_connect (label, "notify::revealed", G_CALLBACK (notify_count_cb), &notifications);
  g_assert_nonnull (button);
  g_assert_nonnull (bd_test_find_first (label, is_label_equal, MASKED_ID));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Reveal Identity number");
  gtk_test_accessible_assert_property (label, GTK_ACCESSIBLE_PROPERTY_LABEL, "Identity number");

  /* Reveal only asks: the owner logs the reveal and hands the clear text back. */
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (requests, ==, 1);
  g_assert_false (bd_masked_label_get_revealed (BD_MASKED_LABEL (label)));
  g_assert_null (bd_test_find_first (label, is_label_containing, CLEAR_ID));

  bd_masked_label_show_clear (BD_MASKED_LABEL (label), CLEAR_ID, 60);
  g_assert_true (bd_masked_label_get_revealed (BD_MASKED_LABEL (label)));
  g_assert_cmpuint (notifications, ==, 1);
  g_assert_nonnull (bd_test_find_first (label, is_label_equal, CLEAR_ID));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Hide Identity number");

  bd_masked_label_conceal (BD_MASKED_LABEL (label));
  g_assert_false (bd_masked_label_get_revealed (BD_MASKED_LABEL (label)));
  g_assert_cmpuint (notifications, ==, 2);
  g_assert_null (bd_test_find_first (label, is_label_containing, CLEAR_ID));
  g_assert_nonnull (bd_test_find_first (label, is_label_equal, MASKED_ID));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Reveal Identity number");

  /* Hide conceals without asking anyone. */
  bd_masked_label_show_clear (BD_MASKED_LABEL (label), CLEAR_ID, 60);
  g_signal_emit_by_name (button, "clicked");
  g_assert_false (bd_masked_label_get_revealed (BD_MASKED_LABEL (label)));
  g_assert_cmpuint (requests, ==, 1);

  /* Another person's masked value ends the reveal. */
  bd_masked_label_show_clear (BD_MASKED_LABEL (label), CLEAR_ID, 60);
  bd_masked_label_set_masked_text (BD_MASKED_LABEL (label), "320102********0017");
  g_assert_false (bd_masked_label_get_revealed (BD_MASKED_LABEL (label)));
  g_assert_null (bd_test_find_first (label, is_label_containing, CLEAR_ID));

  /* So does leaving the screen. */
  bd_masked_label_show_clear (BD_MASKED_LABEL (label), CLEAR_ID, 60);
  gtk_widget_set_visible (label, FALSE);
  g_assert_false (bd_masked_label_get_revealed (BD_MASKED_LABEL (label)));

  gtk_window_destroy (window);
}

static void
test_masked_label_auto_conceal (void)
{
  GtkWidget *label = bd_masked_label_new ("Mobile");
  GtkWindow *window = show_in_window (label);
  gint64 deadline;

  bd_masked_label_set_masked_text (BD_MASKED_LABEL (label), "139****0001");
  bd_masked_label_show_clear (BD_MASKED_LABEL (label), "13912340001", 1);
  g_assert_true (bd_masked_label_get_revealed (BD_MASKED_LABEL (label)));

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (bd_masked_label_get_revealed (BD_MASKED_LABEL (label)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (bd_masked_label_get_revealed (BD_MASKED_LABEL (label)));
  g_assert_nonnull (bd_test_find_first (label, is_label_equal, "139****0001"));
  g_assert_null (bd_test_find_first (label, is_label_containing, "13912340001"));
  gtk_window_destroy (window);
}

/* Crafted data: a household of three and three policies */

static BdCustomer *
create_customer (gint64      id,
                 const char *name,
                 BdSex       sex,
                 const char *birth)
{
  return bd_test_customer_new_full (id, name, sex, birth, NULL, "13912340001");
}

static void
add_beneficiary (BdPolicy          *policy,
                 BdBeneficiaryKind  kind,
                 gint64             customer_id,
                 const char        *name,
                 guint              rank,
                 guint              share)
{
  BdBeneficiary *beneficiary = bd_test_policy_designate (policy, kind, customer_id, rank, share);

  bd_beneficiary_set_name (beneficiary, name);
}

static BdPolicy *
create_policy (gint64          id,
               const char     *number,
               const char     *product,
               BdProductKind   kind,
               BdPolicyStatus  status)
{
  BdPolicy *policy = bd_policy_new ();

  bd_policy_set_id (policy, id);
  bd_policy_set_number (policy, number);
  bd_policy_set_product_name (policy, product);
  bd_policy_set_product_kind (policy, kind);
  bd_policy_set_status (policy, status);
  bd_policy_set_effective_date (policy, "2020-03-01");
  bd_policy_set_receipt_date (policy, "2020-03-05");
  bd_policy_set_term_years (policy, 0);
  bd_policy_set_sum_insured (policy, 50000000);
  bd_policy_set_premium (policy, 1200000);
  bd_policy_set_frequency (policy, BD_FREQUENCY_ANNUAL);
  bd_policy_set_payment_years (policy, 20);
  bd_policy_set_payment_method (policy, BD_PAYMENT_BANK_DEBIT);
  bd_policy_set_next_due_date (policy, "2027-03-01");
  bd_policy_set_servicing_staff_id (policy, 7);
  bd_policy_set_servicing_staff_name (policy, "李娜");
  bd_policy_set_account_number (policy, ACCOUNT);
  return policy;
}

static void
set_parties (BdPolicy   *policy,
             BdCustomer *holder,
             BdCustomer *insured)
{
  bd_policy_set_policyholder_id (policy, bd_customer_get_id (holder));
  bd_policy_set_policyholder_name (policy, bd_customer_get_name (holder));
  bd_policy_set_insured_id (policy, bd_customer_get_id (insured));
  bd_policy_set_insured_name (policy, bd_customer_get_name (insured));
}

static const char *const member_names[] = { "张伟", "王芳", "张小明" };

static BdHouseholdCard *
create_card (void)
{
  g_autoptr(BdHousehold) household = bd_household_new ();
  g_autoptr(GListStore) policies = g_list_store_new (BD_TYPE_POLICY);
  g_autoptr(BdCustomer) head = create_customer (1, member_names[0], BD_SEX_MALE, "1980-05-06");
  g_autoptr(BdCustomer) wife = create_customer (2, member_names[1], BD_SEX_FEMALE, "1982-05-06");
  g_autoptr(BdCustomer) son = create_customer (3, member_names[2], BD_SEX_MALE, "2012-09-01");
  g_autoptr(BdHouseholdMember) m1 = bd_household_member_new (head, BD_RELATION_SELF);
  g_autoptr(BdHouseholdMember) m2 = bd_household_member_new (wife, BD_RELATION_SPOUSE);
  g_autoptr(BdHouseholdMember) m3 = bd_household_member_new (son, BD_RELATION_CHILD);
  g_autoptr(BdPolicy) life = create_policy (11, "882000123456", "鸿福终身寿险", BD_PRODUCT_LIFE,
                                            BD_POLICY_IN_FORCE);
  g_autoptr(BdPolicy) illness = create_policy (12, "882000654321", "康宁重大疾病保险",
                                               BD_PRODUCT_CRITICAL_ILLNESS, BD_POLICY_GRACE);
  g_autoptr(BdPolicy) annuity = create_policy (13, "882000777777", "少儿教育年金",
                                               BD_PRODUCT_ANNUITY, BD_POLICY_LAPSED);
  BdProtectionNeed need = { 20000000, 100000000, 1 };
  GDate today;

  bd_household_set_id (household, 5);
  bd_household_set_name (household, "张伟家");
  bd_household_set_servicing_staff_id (household, 7);
  bd_household_add_member (household, m1);
  bd_household_add_member (household, m2);
  bd_household_add_member (household, m3);

  set_parties (life, head, head);
  add_beneficiary (life, BD_BENEFICIARY_DEATH, 2, member_names[1], 1, 5000);
  add_beneficiary (life, BD_BENEFICIARY_DEATH, 3, member_names[2], 1, 5000);
  set_parties (illness, head, wife);
  bd_policy_set_servicing_staff_id (illness, 8);
  bd_policy_set_servicing_staff_name (illness, "赵强");
  bd_policy_set_next_due_date (illness, "2026-10-01");
  add_beneficiary (illness, BD_BENEFICIARY_DEATH, 1, member_names[0], 2, 10000);
  set_parties (annuity, wife, son);
  add_beneficiary (annuity, BD_BENEFICIARY_SURVIVAL, 3, member_names[2], 1, 10000);
  g_list_store_append (policies, life);
  g_list_store_append (policies, illness);
  g_list_store_append (policies, annuity);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  return bd_household_card_new (household, G_LIST_MODEL (policies), &need, &today);
}

/* BdPolicyCard */

static void
test_policy_card (void)
{
  g_autoptr(BdCustomer) holder = create_customer (1, "张伟", BD_SEX_MALE, "1980-05-06");
  g_autoptr(BdPolicy) policy = create_policy (11, "882000123456", "鸿福终身寿险",
                                              BD_PRODUCT_LIFE, BD_POLICY_IN_FORCE);
  g_autofree char *masked = bd_mask_bank_account (ACCOUNT);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *card;
  GtkWindow *window;

  set_parties (policy, holder, holder);
  add_beneficiary (policy, BD_BENEFICIARY_DEATH, 2, "王芳", 1, 5000);
  add_beneficiary (policy, BD_BENEFICIARY_DEATH, 3, "张小明", 2, 10000);
  bd_policy_set_original_agent (policy, "陈刚");
  bd_policy_set_transfer_reason (policy, "原业务员离职");

  card = bd_policy_card_new (policy, 1);
  gtk_list_box_append (GTK_LIST_BOX (list), card);
  window = show_in_window (list);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (card), TRUE);

  gtk_test_accessible_assert_property (card, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "鸿福终身寿险 882000123456");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (card)), ==,
                   "882000123456 · Policyholder and insured · In force");
  /* Policyholder, insured, 8 terms rows, 2 beneficiaries, 5 service rows. */
  g_assert_cmpuint (count_descendants_of_type (card, ADW_TYPE_ACTION_ROW), >=, 17);
  g_assert_nonnull (bd_test_find_first (card, is_label_equal, "王芳 50%"));
  g_assert_nonnull (bd_test_find_first (card, is_label_equal, "张小明 100%"));
  g_assert_nonnull (bd_test_find_first (card, is_label_equal, "Death beneficiary, order 2"));
  g_assert_nonnull (bd_test_find_first (card, is_label_equal, "陈刚 (transferred: 原业务员离职)"));
  /* Every amount with its unit. */
  g_assert_nonnull (bd_test_find_first (card, is_label_equal, "500,000 yuan"));
  g_assert_nonnull (bd_test_find_first (card, is_label_equal, masked));
  g_assert_null (bd_test_find_first (card, is_label_containing, ACCOUNT));
  g_assert_null (bd_test_find_first (card, is_label_containing, "2233"));
  g_assert_nonnull (bd_test_find_first (card, is_label_equal, "Whole life"));

  gtk_window_destroy (window);
}

static GPtrArray *
one_change (BdPolicy *policy,
            gpointer  user_data)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) bd_request_change_free);
  BdRequestChange *change = g_new0 (BdRequestChange, 1);

  (*(guint *) user_data)++;
  change->field = g_strdup ("Death beneficiaries");
  change->before = g_strdup ("王芳 order 1, 100%");
  change->after = g_strdup ("张小明 order 1, 100%");
  g_ptr_array_add (changes, change);
  return changes;
}

/* The card shows what completed requests changed, with the value replaced, asked once
 * when it first opens. */
static void
test_policy_card_history (void)
{
  g_autoptr(BdCustomer) holder = create_customer (1, "张伟", BD_SEX_MALE, "1980-05-06");
  g_autoptr(BdPolicy) policy = create_policy (11, "882000123456", "鸿福终身寿险",
                                              BD_PRODUCT_LIFE, BD_POLICY_IN_FORCE);
  GtkWidget *list = gtk_list_box_new ();
  guint asked = 0;
  GtkWidget *card;
  GtkWindow *window;

  set_parties (policy, holder, holder);
  card = bd_policy_card_new (policy, 1);
  bd_policy_card_set_history_func (BD_POLICY_CARD (card), one_change, &asked, NULL);
  gtk_list_box_append (GTK_LIST_BOX (list), card);
  window = show_in_window (list);
  g_assert_cmpuint (asked, ==, 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (card), TRUE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (card), FALSE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (card), TRUE);
  g_assert_cmpuint (asked, ==, 1);
  g_assert_nonnull (bd_test_find_first (card, is_label_equal, "Changed: Death beneficiaries"));
  g_assert_nonnull (bd_test_find_first (card, is_label_equal, "Before: 王芳 order 1, 100%"));
  g_assert_nonnull (bd_test_find_first (card, is_label_equal, "张小明 order 1, 100%"));
  gtk_window_destroy (window);
}

static void
test_policy_card_roles (void)
{
  g_autoptr(BdCustomer) holder = create_customer (1, "张伟", BD_SEX_MALE, "1980-05-06");
  g_autoptr(BdCustomer) insured = create_customer (2, "王芳", BD_SEX_FEMALE, "1982-05-06");
  g_autoptr(BdPolicy) policy = create_policy (12, "882000654321", "康宁重大疾病保险",
                                              BD_PRODUCT_CRITICAL_ILLNESS, BD_POLICY_LAPSED);
  GtkWidget *card;

  set_parties (policy, holder, insured);
  add_beneficiary (policy, BD_BENEFICIARY_DEATH, 3, "张小明", 1, 10000);
  bd_policy_set_account_number (policy, NULL);

  card = g_object_ref_sink (bd_policy_card_new (policy, 2));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (card)), ==,
                   "882000654321 · Insured · Lapsed");
  /* Closed, the card has only its header (an action row of the expander's own); its rows
   * come when it opens. */
  g_assert_cmpuint (count_descendants_of_type (card, ADW_TYPE_ACTION_ROW), ==, 1);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (card), TRUE);
  g_assert_nonnull (bd_test_find_first (card, is_label_equal, "None"));
  g_object_unref (card);

  card = g_object_ref_sink (bd_policy_card_new (policy, 3));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (card)), ==,
                   "882000654321 · Beneficiary · Lapsed");
  g_object_unref (card);
}

/* BdHouseholdCardView */

static void
customer_cb (BdHouseholdCardView *view,
             BdCustomer          *customer,
             gint64              *id)
{
  *id = bd_customer_get_id (customer);
}

static void
need_cb (BdHouseholdCardView *view,
         gpointer             need,
         BdProtectionNeed    *saved)
{
  *saved = *(BdProtectionNeed *) need;
}

static void
test_household_card_view (void)
{
  g_autoptr(BdHouseholdCard) card = create_card ();
  GtkWidget *view = bd_household_card_view_new ();
  GtkWindow *window = show_in_window (view);
  GtkWidget *members;
  GtkWidget *add_button;
  gint64 edited = 0, removed = 0;
  guint added = 0;

  bd_household_card_view_set_card (BD_HOUSEHOLD_CARD_VIEW (view), card);
  /* The members at once; the sections below them once the first frame is painted. */
  gtk_test_accessible_assert_state (view, GTK_ACCESSIBLE_STATE_BUSY, TRUE);
  bd_test_wait_for_frames (view);
  gtk_test_accessible_assert_state (view, GTK_ACCESSIBLE_STATE_BUSY, FALSE);
  g_signal_connect (view, "edit-relation-requested", G_CALLBACK (customer_cb), &edited);
  g_signal_connect (view, "remove-member-requested", G_CALLBACK (customer_cb), &removed);
  g_signal_connect (view, "add-member-requested", G_CALLBACK (count_cb), &added);

  members = bd_test_find_first (view, has_accessible_label, "Household members");
  g_assert_nonnull (members);
  g_assert_cmpuint (count_children_of_type (members, ADW_TYPE_ACTION_ROW), ==, 3);
  g_assert_nonnull (bd_test_find_first (members, is_label_equal, "Spouse · 44 years"));

  g_assert_nonnull (bd_test_find_first (view, has_accessible_label,
                                 "张伟: Policyholder, Insured in 鸿福终身寿险 882000123456"));
  g_assert_nonnull (bd_test_find_first (view, has_accessible_label,
                                 "王芳: Beneficiary 50% in 鸿福终身寿险 882000123456"));
  g_assert_nonnull (bd_test_find_first (view, has_accessible_label,
                                 "张伟: Policyholder, Beneficiary (order 2) 100% in 康宁重大疾病保险 882000654321"));
  g_assert_nonnull (bd_test_find_first (view, has_accessible_label,
                                 "张小明: no role in 康宁重大疾病保险 882000654321"));
  g_assert_nonnull (bd_test_find_first (view, has_accessible_label, "Actions for 王芳"));
  g_assert_nonnull (bd_test_find_first (view, is_label_containing, "several servicing staff"));
  /* Every amount on the card carries its unit. */
  g_assert_nonnull (bd_test_find_first (view, is_label_equal, "1,200,000 yuan"));

  /* Editing is off until the caller says the user may. */
  add_button = bd_test_find_first (view, has_accessible_label, "Add a household member");
  g_assert_nonnull (add_button);
  g_assert_false (gtk_widget_get_visible (add_button));
  g_assert_false (gtk_widget_get_visible (bd_test_find_first (view, has_accessible_label, "Actions for 王芳")));
  gtk_widget_activate_action (view, "card.add-member", NULL);
  g_assert_cmpuint (added, ==, 0);

  bd_household_card_view_set_can_edit (BD_HOUSEHOLD_CARD_VIEW (view), TRUE);
  g_assert_true (gtk_widget_get_visible (add_button));
  g_assert_true (gtk_widget_get_visible (bd_test_find_first (view, has_accessible_label, "Actions for 王芳")));
  g_signal_emit_by_name (add_button, "clicked");
  g_assert_cmpuint (added, ==, 1);
  gtk_widget_activate_action (view, "card.edit-relation", "x", (gint64) 2);
  g_assert_cmpint (edited, ==, 2);
  gtk_widget_activate_action (view, "card.remove-member", "x", (gint64) 3);
  g_assert_cmpint (removed, ==, 3);

  /* Cleared, nothing of the household stays on screen. */
  bd_household_card_view_set_card (BD_HOUSEHOLD_CARD_VIEW (view), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (member_names); i++)
    g_assert_null (bd_test_find_first (view, is_label_containing, member_names[i]));
  g_assert_null (bd_test_find_first (view, is_label_containing, "882000"));
  g_assert_null (bd_test_find_first (view, has_accessible_label, "Actions for 王芳"));

  gtk_window_destroy (window);
}

static void
test_household_card_view_need (void)
{
  g_autoptr(BdHouseholdCard) card = create_card ();
  GtkWidget *view = bd_household_card_view_new ();
  GtkWindow *window = show_in_window (view);
  BdProtectionNeed need = { 20000000, 100000000, 10 };
  BdProtectionNeed saved = { 0 };
  GtkWidget *spending, *years, *save;

  bd_household_card_view_set_card (BD_HOUSEHOLD_CARD_VIEW (view), card);
  bd_household_card_view_set_need (BD_HOUSEHOLD_CARD_VIEW (view), &need);
  g_signal_connect (view, "need-save-requested", G_CALLBACK (need_cb), &saved);

  /* Entry rows are named by their title (libadwaita's labelled-by). */
  spending = bd_test_find_first (view, is_entry_row_titled, "Annual household spending (yuan)");
  years = bd_test_find_first (view, is_entry_row_titled, "Years to cover");
  save = bd_test_find_first (view, has_accessible_label, "Save the protection need");
  g_assert_nonnull (spending);
  g_assert_nonnull (years);
  g_assert_nonnull (save);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spending)), ==, "200,000");

  /* A wrong value is marked and explained, and stays as typed. */
  gtk_editable_set_text (GTK_EDITABLE (spending), "12.345");
  gtk_editable_set_text (GTK_EDITABLE (years), "80");
  g_signal_emit_by_name (save, "clicked");
  g_assert_cmpint (saved.years, ==, 0);
  g_assert_true (gtk_widget_has_css_class (spending, "error"));
  g_assert_true (gtk_widget_has_css_class (years, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spending)), ==, "12.345");
  g_assert_nonnull (bd_test_find_first (view, is_label_containing, "at most two decimal places"));
  g_assert_nonnull (bd_test_find_first (view, is_label_containing, "from 1 to 50"));

  /* Fixing a value clears its mark as one types. */
  gtk_editable_set_text (GTK_EDITABLE (spending), "180,000.50");
  g_assert_false (gtk_widget_has_css_class (spending, "error"));
  g_assert_true (gtk_widget_has_css_class (years, "error"));

  gtk_editable_set_text (GTK_EDITABLE (years), "20");
  g_signal_emit_by_name (save, "clicked");
  g_assert_cmpint (saved.annual_spending, ==, 18000050);
  g_assert_cmpint (saved.debts, ==, 100000000);
  g_assert_cmpuint (saved.years, ==, 20);
  g_assert_false (gtk_widget_has_css_class (years, "error"));
  g_assert_null (bd_test_find_first (view, is_label_containing, "from 1 to 50"));

  /* Another household: the fields empty. */
  bd_household_card_view_set_card (BD_HOUSEHOLD_CARD_VIEW (view), NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spending)), ==, "");

  gtk_window_destroy (window);
}

/* Parsing yuan */

typedef struct
{
  const char *text;
  gboolean    valid;
  gint64      fen;
} YuanCase;

static void
test_parse_yuan (void)
{
  static const YuanCase cases[] = {
    { "0", TRUE, 0 },
    { "200000", TRUE, 20000000 },
    { "1,200,000", TRUE, 120000000 },
    { " 1,200,000.5 ", TRUE, 120000050 },
    { "3500.05", TRUE, 350005 },
    { "12.", TRUE, 1200 },
    { "999,999.99", TRUE, 99999999 },
    { "12.345", FALSE, 0 },
    { "-1", FALSE, 0 },
    { "", FALSE, 0 },
    { "   ", FALSE, 0 },
    { "1,20,000", FALSE, 0 },
    { "1200,000", FALSE, 0 },
    { ",100", FALSE, 0 },
    { "100,", FALSE, 0 },
    { "1,0000", FALSE, 0 },
    { ".5", FALSE, 0 },
    { "1.2.3", FALSE, 0 },
    { "12a", FALSE, 0 },
    { "1e5", FALSE, 0 },
    { "¥100", FALSE, 0 },
    { "100元", FALSE, 0 },
    { "+100", FALSE, 0 },
    { "99999999999999", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 fen = -7;
      gboolean valid = bd_household_card_view_parse_yuan (cases[i].text, &fen);

      g_test_message ("parsing \"%s\"", cases[i].text);
      g_assert_cmpint (valid, ==, cases[i].valid);
      g_assert_cmpint (fen, ==, cases[i].valid ? cases[i].fen : -7);
    }
  g_assert_false (bd_household_card_view_parse_yuan (NULL, &(gint64) { 0 }));
}

/* BdPrintPreview */

/* What the preview did with the owner's data, kept outside the data it frees. */
typedef struct
{
  guint    draws;
  guint    last_page;
  gboolean destroyed;
} PreviewWatch;

typedef struct
{
  BdSlip        slips[9];   /* three A4 pages of four */
  PreviewWatch *watch;
} PreviewSlips;

static void
draw_slips_cb (const BdPrintedForm *form,
               guint                page,
               cairo_t             *cr,
               double               width,
               double               height)
{
  PreviewSlips *slips = bd_printed_form_get_data (form);

  slips->watch->draws++;
  slips->watch->last_page = page;
  bd_slip_draw_page (slips->slips, G_N_ELEMENTS (slips->slips), BD_SLIP_LAYOUT_A4_FOUR, page,
                     cr, width, height);
}

static void
free_slips_cb (gpointer data)
{
  PreviewSlips *slips = data;

  slips->watch->destroyed = TRUE;
  g_free (slips);
}

/* A form of @n_pages pages of slips: the preview holds the only reference. */
static BdPrintedForm *
create_slips (PreviewWatch *watch,
              BdPaperSize   paper,
              guint         n_pages)
{
  PreviewSlips *slips = g_new0 (PreviewSlips, 1);

  for (guint i = 0; i < G_N_ELEMENTS (slips->slips); i++)
    {
      slips->slips[i].surname = i % 2 == 0 ? "张" : "李";
      slips->slips[i].sex = i % 2 == 0 ? BD_SEX_MALE : BD_SEX_FEMALE;
      slips->slips[i].staff_name = "王丽";
    }
  slips->watch = watch;
  return bd_printed_form_new ("Slips", paper, n_pages, draw_slips_cb, slips, free_slips_cb);
}

/* Runs the main loop until the page is drawn again, or for @seconds when it is not. */
static gboolean
wait_for_draw (PreviewWatch *watch,
               double        seconds)
{
  guint draws = watch->draws;
  gint64 deadline = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (watch->draws == draws && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return watch->draws != draws;
}

static gboolean
has_accessible_description (GtkWidget     *widget,
                            gconstpointer  description)
{
  g_autofree char *mismatch =
    gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        (const char *) description);
  return mismatch == NULL;
}

/* Page @text ("Page 1 of 3") shows, and a screen reader hears the form and the page: the
 * page is named by the form's title and described by it and the page. */
static void
assert_page_shown (GtkWidget  *preview,
                   const char *text)
{
  const char *title = bd_print_preview_get_title (BD_PRINT_PREVIEW (preview));
  g_autofree char *form = g_strdup (title != NULL ? title : "Printed form");
  g_autofree char *described = g_strdup_printf ("%s, p%s", form, text + 1);
  GtkWidget *area = bd_test_find_first (preview, has_accessible_description, described);

  g_assert_nonnull (bd_test_find_first (preview, is_label_equal, text));
  g_assert_true (GTK_IS_DRAWING_AREA (area));
  g_assert_true (has_accessible_label (area, form));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (area)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
}

static void
test_print_preview (void)
{
  PreviewWatch watch = { 0, };
  BdPrintedForm *form = NULL;
  GtkWidget *preview = bd_print_preview_new ();
  GtkWindow *window = show_in_window (preview);
  GtkWidget *previous = bd_test_find_first (preview, has_accessible_label, "Previous page");
  GtkWidget *next = bd_test_find_first (preview, has_accessible_label, "Next page");
  GtkWidget *area;

  g_assert_nonnull (previous);
  g_assert_nonnull (next);
  form = create_slips (&watch, BD_PAPER_A4, 3);
  bd_print_preview_set_form (BD_PRINT_PREVIEW (preview), form);
  g_clear_pointer (&form, bd_printed_form_unref);
  assert_page_shown (preview, "Page 1 of 3");
  g_assert_true (wait_for_draw (&watch, 10));
  g_assert_cmpuint (watch.last_page, ==, 0);
  g_assert_false (gtk_widget_get_sensitive (previous));

  /* The page keeps the paper's proportions at the width it is given. */
  area = bd_test_find_first (preview, has_accessible_description, "Printed form, page 1 of 3");
  g_assert_cmpint (abs (gtk_widget_get_height (area)
                        - (int) (gtk_widget_get_width (area) * 297.0 / 210.0)), <=, 1);

  g_signal_emit_by_name (next, "clicked");
  assert_page_shown (preview, "Page 2 of 3");
  g_assert_true (wait_for_draw (&watch, 10));
  g_assert_cmpuint (watch.last_page, ==, 1);
  g_signal_emit_by_name (next, "clicked");
  assert_page_shown (preview, "Page 3 of 3");
  g_assert_false (gtk_widget_get_sensitive (next));
  g_assert_true (gtk_widget_get_sensitive (previous));
  g_signal_emit_by_name (previous, "clicked");
  assert_page_shown (preview, "Page 2 of 3");
  g_assert_cmpuint (bd_print_preview_get_page (BD_PRINT_PREVIEW (preview)), ==, 1);

  /* Cleared, the customer's data is gone and nothing is drawn any more. */
  bd_print_preview_clear (BD_PRINT_PREVIEW (preview));
  g_assert_true (watch.destroyed);
  g_assert_cmpuint (bd_print_preview_get_n_pages (BD_PRINT_PREVIEW (preview)), ==, 0);
  g_assert_null (bd_test_find_first (preview, is_label_containing, "Page"));
  g_assert_false (gtk_widget_is_drawable (area));
  g_assert_false (wait_for_draw (&watch, 0.3));

  /* A preview that goes away lets go of its data too. */
  watch.destroyed = FALSE;
  form = create_slips (&watch, BD_PAPER_A5, 1);
  bd_print_preview_set_form (BD_PRINT_PREVIEW (preview), form);
  g_clear_pointer (&form, bd_printed_form_unref);
  assert_page_shown (preview, "Page 1 of 1");
  /* Given the form's title, the page says which form it is. */
  bd_print_preview_set_title (BD_PRINT_PREVIEW (preview), "Contact slip");
  assert_page_shown (preview, "Page 1 of 1");
  gtk_window_destroy (window);
  g_assert_true (watch.destroyed);
}

static void
count_paint_cb (GdkFrameClock *clock,
                guint         *paints)
{
  (*paints)++;
}

/* Runs the main loop until @window has painted @n more frames. */
static void
wait_for_paints (GtkWindow *window,
                 guint      n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  guint paints = 0;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_paint_cb), &paints);

  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (paints < n)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

/* The page is laid out once: a new size, or a page turned back to, is drawn from what the
 * preview kept; another page or another form is drawn by its form, never from what was
 * kept of the last, which goes with its form. */
static void
test_print_preview_cache (void)
{
  PreviewWatch first = { 0, }, second = { 0, };
  BdPrintedForm *form = create_slips (&first, BD_PAPER_A4, 3);
  GtkWidget *preview = bd_print_preview_new ();
  GtkWindow *window = NULL;
  GtkWidget *area;
  int width;

  /* As wide as asked, not as the window. */
  gtk_widget_set_halign (preview, GTK_ALIGN_START);
  gtk_widget_set_size_request (preview, 500, -1);
  window = show_in_window (preview);
  bd_print_preview_set_form (BD_PRINT_PREVIEW (preview), form);
  g_clear_pointer (&form, bd_printed_form_unref);
  g_assert_true (wait_for_draw (&first, 10));
  g_assert_cmpuint (first.draws, ==, 1);
  area = bd_test_find_first (preview, has_accessible_description, "Printed form, page 1 of 3");
  width = gtk_widget_get_width (area);

  /* Wider: drawn again at the new size, from what was kept. */
  gtk_widget_set_size_request (preview, 600, -1);
  while (gtk_widget_get_width (area) != width + 100)
    g_main_context_iteration (NULL, TRUE);
  wait_for_paints (window, 2);
  g_assert_cmpuint (first.draws, ==, 1);

  /* The next page is drawn; turned back to, the first is not drawn again. */
  bd_print_preview_set_page (BD_PRINT_PREVIEW (preview), 1);
  g_assert_true (wait_for_draw (&first, 10));
  g_assert_cmpuint (first.last_page, ==, 1);
  bd_print_preview_set_page (BD_PRINT_PREVIEW (preview), 0);
  wait_for_paints (window, 2);
  g_assert_cmpuint (first.draws, ==, 2);

  /* Another form: its own page, and nothing of the first is kept. */
  form = create_slips (&second, BD_PAPER_A4, 2);
  bd_print_preview_set_form (BD_PRINT_PREVIEW (preview), form);
  g_clear_pointer (&form, bd_printed_form_unref);
  g_assert_true (first.destroyed);
  g_assert_true (wait_for_draw (&second, 10));
  g_assert_cmpuint (second.last_page, ==, 0);
  g_assert_cmpuint (first.draws, ==, 2);

  gtk_window_destroy (window);
  g_assert_true (second.destroyed);
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *n_changes)
{
  (*n_changes)++;
}

static void
iterate_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* A screenful at once, the rest a step a turn of the main loop, each item at its own
 * position; a changed list starts again from a screenful. */
static void
test_reveal_model (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(BdRevealModel) shown = NULL;
  g_autoptr(GObject) first = NULL;
  g_autoptr(GObject) item = NULL;
  guint n_changes = 0;

  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(GObject) object = g_object_new (G_TYPE_OBJECT, NULL);
      g_list_store_append (store, object);
    }
  shown = bd_reveal_model_new (G_LIST_MODEL (store), 12, 8);
  g_signal_connect (shown, "items-changed", G_CALLBACK (count_changes), &n_changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 12);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (shown), 12));
  first = g_list_model_get_item (G_LIST_MODEL (shown), 0);
  g_assert_true (first == g_list_model_get_item (G_LIST_MODEL (store), 0));
  g_object_unref (first);

  /* One step: other sources of the toolkit may run first. */
  for (guint turns = 0; g_list_model_get_n_items (G_LIST_MODEL (shown)) == 12 && turns < 1000; turns++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 20);
  iterate_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 30);
  g_assert_cmpuint (n_changes, ==, 3);
  item = g_list_model_get_item (G_LIST_MODEL (shown), 29);
  g_assert_true (item == g_list_model_get_item (G_LIST_MODEL (store), 29));
  g_object_unref (item);

  g_list_store_remove (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 12);
  iterate_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 29);
}


static GListStore *
store_of_objects (guint n)
{
  GListStore *store = g_list_store_new (G_TYPE_OBJECT);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_object_new (G_TYPE_OBJECT, NULL);
      g_list_store_append (store, object);
    }
  return store;
}

/* The item at @position of @model, which keeps it alive. */
static gpointer
item_at (gpointer model,
         guint    position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), position);

  return item;
}

/* What @slot shows, which its model keeps alive. */
static gpointer
slot_item (BdSlot *slot)
{
  g_autoptr(GObject) item = bd_slot_dup_item (slot);

  return item;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *n)
{
  (*n)++;
}

/* A new model keeps the slots shown (the same objects, so a list view keeps their rows)
 * and tells each its new item; only the difference in length is added or removed. */
static void
test_slot_list (void)
{
  g_autoptr(GListStore) twelve = store_of_objects (12);
  g_autoptr(GListStore) five = store_of_objects (5);
  g_autoptr(GObject) other = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(BdSlotList) slots = bd_slot_list_new ();
  BdSlot *slot;
  guint n_changes = 0, n_notified = 0;

  g_signal_connect (slots, "items-changed", G_CALLBACK (count_changes), &n_changes);
  bd_slot_list_set_model (slots, G_LIST_MODEL (twelve));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 12);
  g_assert_cmpuint (n_changes, ==, 1);
  slot = item_at (slots, 3);
  g_assert_true (slot_item (slot) == item_at (twelve, 3));
  g_signal_connect (slot, "notify::item", G_CALLBACK (count_notify), &n_notified);

  /* Shorter: the first five slots stay, the seven others go. */
  bd_slot_list_set_model (slots, G_LIST_MODEL (five));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 5);
  g_assert_cmpuint (n_changes, ==, 2);
  g_assert_true (item_at (slots, 3) == slot);
  g_assert_cmpuint (n_notified, ==, 1);
  g_assert_true (slot_item (slot) == item_at (five, 3));

  /* A change of the same length inside the model: the list does not change, the slot
   * says what it shows now. */
  g_list_store_splice (five, 3, 1, (gpointer *) &other, 1);
  g_assert_cmpuint (n_changes, ==, 2);
  g_assert_cmpuint (n_notified, ==, 2);
  g_assert_true (slot_item (slot) == other);

  bd_slot_list_set_model (slots, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 0);
  g_assert_null (bd_slot_dup_item (slot));
}

/* ── the chart: drawn in the style's colours, its values told to screen readers ──── */

static double
brightness (const double rgb[3])
{
  return (rgb[0] + rgb[1] + rgb[2]) / 3.0;
}

/* Colours are read when the chart draws: a dark style gives it light text. */
static void
chart_colors_in (GtkWidget       *chart,
                 AdwColorScheme   scheme,
                 BdChartColors   *colors)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
  bd_test_wait_for_frames (chart);
  bd_chart_view_get_colors (BD_CHART_VIEW (chart), colors);
}

static void
test_chart_view (void)
{
  static const BdChartValue staff[] = {
    { "王芳", 92.0, "92%" },
    { "李强", 60.0, "60%" },
    { "赵敏", 75.0, NULL },
  };
  static const BdChartValue months[] = {
    { "10月", 80.0, "80%" },
    { "11月", -1.0, NULL },
    { "12月", 90.0, "90%" },
  };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bars = bd_chart_view_new (BD_CHART_VIEW_BARS, "Pass rate per staff member");
  GtkWidget *line = bd_chart_view_new (BD_CHART_VIEW_LINE, "Trend");
  BdChartColors light, dark;
  int empty_height, height;

  gtk_box_append (GTK_BOX (box), bars);
  gtk_box_append (GTK_BOX (box), line);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 400);
  gtk_window_present (GTK_WINDOW (window));

  gtk_widget_measure (bars, GTK_ORIENTATION_VERTICAL, 600, &empty_height, NULL, NULL, NULL);
  bd_chart_view_set_values (BD_CHART_VIEW (bars), staff, G_N_ELEMENTS (staff), 100.0);
  bd_chart_view_set_values (BD_CHART_VIEW (line), months, G_N_ELEMENTS (months), 100.0);
  gtk_widget_measure (bars, GTK_ORIENTATION_VERTICAL, 600, &height, NULL, NULL, NULL);
  g_assert_cmpint (empty_height, ==, 0);
  g_assert_cmpint (height, >, 3 * 13);
  g_assert_cmpuint (bd_chart_view_get_n_values (BD_CHART_VIEW (bars)), ==, 3);

  /* A screen reader hears the title and every value; a month without data is a dash. */
  g_assert_true (has_accessible_label (bars, "Pass rate per staff member"));
  g_assert_cmpstr (bd_chart_view_get_summary (BD_CHART_VIEW (bars)), ==,
                   "王芳: 92%; 李强: 60%; 赵敏: 75");
  g_assert_true (has_accessible_description (bars, "王芳: 92%; 李强: 60%; 赵敏: 75"));
  g_assert_true (has_accessible_description (line, "10月: 80%; 11月: —; 12月: 90%"));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (bars)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);

  /* The style's colours, not fixed ones: dark text on light, light text on dark. */
  chart_colors_in (bars, ADW_COLOR_SCHEME_FORCE_LIGHT, &light);
  chart_colors_in (bars, ADW_COLOR_SCHEME_FORCE_DARK, &dark);
  g_assert_cmpfloat (brightness (light.ink), <, 0.5);
  g_assert_cmpfloat (brightness (dark.ink), >, 0.5);
  g_assert_cmpfloat (brightness (dark.accent), !=, brightness (dark.ink));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* New values replace the old ones. */
  bd_chart_view_set_values (BD_CHART_VIEW (bars), staff, 1, 0.0);
  g_assert_cmpstr (bd_chart_view_get_summary (BD_CHART_VIEW (bars)), ==, "王芳: 92%");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* The test compares English strings. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/widgets/accessible/toast-close", test_toast_close_named);
  g_test_add_func ("/widgets/masked-label/reveal", test_masked_label_reveal);
  g_test_add_func ("/widgets/masked-label/auto-conceal", test_masked_label_auto_conceal);
  g_test_add_func ("/widgets/policy-card/rows", test_policy_card);
  g_test_add_func ("/widgets/policy-card/roles", test_policy_card_roles);
  g_test_add_func ("/widgets/policy-card/history", test_policy_card_history);
  g_test_add_func ("/widgets/household-card-view/card", test_household_card_view);
  g_test_add_func ("/widgets/household-card-view/need", test_household_card_view_need);
  g_test_add_func ("/widgets/household-card-view/parse-yuan", test_parse_yuan);
  g_test_add_func ("/widgets/print-preview/pages", test_print_preview);
  g_test_add_func ("/widgets/print-preview/cache", test_print_preview_cache);
  g_test_add_func ("/widgets/reveal-model", test_reveal_model);
  g_test_add_func ("/widgets/slot-list", test_slot_list);
  g_test_add_func ("/widgets/chart-view", test_chart_view);
  return g_test_run ();
}
