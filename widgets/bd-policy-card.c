/* bd-policy-card.c — the service-card entry (客户服务卡) of one policy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An expander row: product, number, the customer's part in it and the status at a glance;
 * expanded, everything the service card (000) lists for a policy. It is built once from the
 * policy: a changed policy gets a new card. The bank account is masked, as all personal data
 * on the counter's screen.
 *
 * The rows under the header are made the first time the card opens: a customer's page
 * shows many cards closed, and a closed card's rows would be built for nothing (a card's
 * seventeen rows cost more than the rest of the page's opening).
 */
#define G_LOG_DOMAIN "bd-policy-card"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-policy-card.h"
#include "bd-identity.h"
#include "bd-status-label.h"

struct _BdPolicyCard
{
  AdwExpanderRow  parent_instance;

  BdPolicy       *policy;
  gint64          customer_id;
  gboolean        rows_added;

  BdPolicyCardHistoryFunc  history_func;
  gpointer                 history_data;
  GDestroyNotify           history_destroy;
};

G_DEFINE_FINAL_TYPE (BdPolicyCard, bd_policy_card, ADW_TYPE_EXPANDER_ROW)

static gboolean
names_beneficiary (BdPolicy *policy,
                   gint64    customer_id)
{
  GListModel *beneficiaries = bd_policy_get_beneficiaries (policy);

  for (guint i = 0; i < g_list_model_get_n_items (beneficiaries); i++)
    {
      g_autoptr(BdBeneficiary) beneficiary = g_list_model_get_item (beneficiaries, i);

      if (bd_beneficiary_get_customer_id (beneficiary) == customer_id)
        return TRUE;
    }
  return FALSE;
}

/* The customer's part in the policy, or NULL when they have none. */
static const char *
describe_role (BdPolicy *policy,
               gint64    customer_id)
{
  gboolean holder, insured;

  if (customer_id <= 0)
    return NULL;

  holder = bd_policy_get_policyholder_id (policy) == customer_id;
  insured = bd_policy_get_insured_id (policy) == customer_id;
  if (holder && insured)
    return _("Policyholder and insured");
  if (holder)
    return _("Policyholder");
  if (insured)
    return _("Insured");
  if (names_beneficiary (policy, customer_id))
    return _("Beneficiary");
  return NULL;
}

static const char *
status_style (BdPolicyStatus status)
{
  switch (status)
    {
    case BD_POLICY_IN_FORCE:
      return "success";
    case BD_POLICY_GRACE:
      return "warning";
    case BD_POLICY_LAPSED:
      return "error";
    case BD_POLICY_SURRENDERED:
    case BD_POLICY_MATURED:
    case BD_POLICY_CLAIM_TERMINATED:
    case BD_POLICY_COOLING_OFF_CANCELLED:
    default:
      /* Ended normally: nothing for staff to act on, so no alarm colour. */
      return "ended";
    }
}

/* Columns the text takes: Han characters are two wide. */
static int
display_columns (const char *text)
{
  int columns = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    columns += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return columns;
}

static void
add_row (BdPolicyCard *self,
         const char   *title,
         const char   *subtitle,
         const char   *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (bd_or_dash (value));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);

  /* The row gives its suffix only its minimum width, and a wrapping label's minimum is one
   * character: ask for the whole value up to a point, wrap only what is longer. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), MIN (display_columns (bd_or_dash (value)), 30));
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
}

static void
add_amount_row (BdPolicyCard *self,
                const char   *title,
                gint64        fen)
{
  g_autofree char *amount = bd_format_yuan (fen);

  add_row (self, title, NULL, amount);
}

static char *
describe_years (guint years)
{
  return g_strdup_printf (ngettext ("%u year", "%u years", years), years);
}

static void
add_terms_rows (BdPolicyCard *self)
{
  BdPolicy *policy = self->policy;
  BdFrequency frequency = bd_policy_get_frequency (policy);
  guint term = bd_policy_get_term_years (policy);
  guint paying = bd_policy_get_payment_years (policy);
  g_autofree char *term_text = term > 0 ? describe_years (term) : g_strdup (_("Whole life"));
  g_autofree char *paying_text = NULL;
  g_autofree char *amount = bd_format_yuan (bd_policy_get_premium (policy));
  g_autofree char *premium = NULL;

  if (frequency == BD_FREQUENCY_SINGLE)
    paying_text = g_strdup (bd_frequency_get_label (frequency));
  else if (paying > 0)
    paying_text = describe_years (paying);

  /* Translators: a premium and how often it is paid, e.g. "3,600 yuan (Annual)" */
  premium = g_strdup_printf (_("%s (%s)"), amount, bd_frequency_get_label (frequency));

  add_row (self, _("Effective date"), NULL, bd_policy_get_effective_date (policy));
  add_row (self, _("Receipt date"), _("The cooling-off period counts from this date"),
           bd_policy_get_receipt_date (policy));
  add_row (self, _("Term"), NULL, term_text);
  add_amount_row (self, _("Sum insured"), bd_policy_get_sum_insured (policy));
  add_row (self, _("Premium"), NULL, premium);
  add_row (self, _("Payment term"), NULL, paying_text);
  add_row (self, _("Payment method"), NULL,
           bd_payment_method_get_label (bd_policy_get_payment_method (policy)));
  add_row (self, _("Next premium due"), NULL,
           bd_policy_get_next_due_date (policy) != NULL ? bd_policy_get_next_due_date (policy)
                                                        : _("None"));
}

static int
compare_designations (gconstpointer a,
                      gconstpointer b)
{
  BdBeneficiary *x = *(BdBeneficiary **) a;
  BdBeneficiary *y = *(BdBeneficiary **) b;

  if (bd_beneficiary_get_kind (x) != bd_beneficiary_get_kind (y))
    return (int) bd_beneficiary_get_kind (x) - (int) bd_beneficiary_get_kind (y);
  return (int) bd_beneficiary_get_rank (x) - (int) bd_beneficiary_get_rank (y);
}

static void
add_beneficiary_row (BdPolicyCard  *self,
                     BdBeneficiary *beneficiary)
{
  g_autofree char *title = NULL;
  g_autofree char *value = NULL;

  if (bd_beneficiary_get_kind (beneficiary) == BD_BENEFICIARY_DEATH)
    /* Translators: %u is the order (顺序) in which death beneficiaries are paid */
    title = g_strdup_printf (_("Death beneficiary, order %u"), bd_beneficiary_get_rank (beneficiary));
  else
    title = g_strdup (_("Survival beneficiary"));

  if (bd_beneficiary_get_legal_heirs (beneficiary))
    value = g_strdup (_("Legal heirs"));
  else
    {
      g_autofree char *share = bd_format_share (bd_beneficiary_get_share (beneficiary));
      /* Translators: a beneficiary's name and share, e.g. "王芳 50%" */
      value = g_strdup_printf (_("%s %s"), bd_or_dash (bd_beneficiary_get_name (beneficiary)), share);
    }
  add_row (self, title, NULL, value);
}

static void
add_beneficiary_rows (BdPolicyCard *self)
{
  GListModel *model = bd_policy_get_beneficiaries (self->policy);
  g_autoptr(GPtrArray) designations = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (designations, g_list_model_get_item (model, i));
  g_ptr_array_sort (designations, compare_designations);

  if (designations->len == 0)
    add_row (self, _("Beneficiaries"), NULL, _("None named"));
  for (guint i = 0; i < designations->len; i++)
    add_beneficiary_row (self, g_ptr_array_index (designations, i));
}

static void
add_service_rows (BdPolicyCard *self)
{
  BdPolicy *policy = self->policy;
  const char *agent = bd_policy_get_original_agent (policy);
  const char *reason = bd_policy_get_transfer_reason (policy);
  const char *staff = bd_policy_get_servicing_staff_name (policy);
  g_autofree char *agent_text = NULL;
  g_autofree char *account = NULL;

  if (agent != NULL && reason != NULL && reason[0] != '\0')
    /* Translators: the original agent and why the policy went to other staff */
    agent_text = g_strdup_printf (_("%s (transferred: %s)"), agent, reason);
  else
    agent_text = g_strdup (agent);

  if (bd_policy_get_account_number (policy) != NULL && bd_policy_get_account_number (policy)[0] != '\0')
    account = bd_mask_bank_account (bd_policy_get_account_number (policy));

  add_row (self, _("Servicing staff"), NULL, staff != NULL && staff[0] != '\0' ? staff : _("None"));
  add_row (self, _("Original agent"), NULL, agent_text);
  add_row (self, _("Survival-benefit option"), NULL,
           bd_survival_option_get_label (bd_policy_get_survival_option (policy)));
  add_row (self, _("Account"), NULL, account != NULL ? account : _("None"));
  add_row (self, _("Service class"), NULL,
           bd_service_class_get_label (bd_policy_get_service_class (policy)));
}

static void
build_header (BdPolicyCard *self)
{
  BdPolicy *policy = self->policy;
  BdPolicyStatus status = bd_policy_get_status (policy);
  const char *role = describe_role (policy, self->customer_id);
  const char *status_label = bd_policy_status_get_label (status);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;

  if (role != NULL)
    subtitle = g_strdup_printf ("%s · %s · %s", bd_or_dash (bd_policy_get_number (policy)), role,
                                status_label);
  else
    subtitle = g_strdup_printf ("%s · %s", bd_or_dash (bd_policy_get_number (policy)), status_label);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), bd_or_dash (bd_policy_get_product_name (policy)));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  adw_expander_row_add_action (ADW_EXPANDER_ROW (self),
                               bd_status_label_new (status_label, "badge", status_style (status)));

  accessible = g_strdup_printf ("%s %s", bd_or_dash (bd_policy_get_product_name (policy)),
                                bd_or_dash (bd_policy_get_number (policy)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* The previous values stay in sight: what each completed request changed (domain.md §3,
 * "keeping the previous values in the history shown on the service card"). */
static void
add_history_rows (BdPolicyCard *self)
{
  g_autoptr(GPtrArray) changes = NULL;

  if (self->history_func == NULL)
    return;
  changes = self->history_func (self->policy, self->history_data);
  if (changes == NULL)
    {
      add_row (self, _("Changes"), NULL, _("The history of changes could not be read"));
      return;
    }
  for (guint i = 0; i < changes->len; i++)
    {
      BdRequestChange *change = g_ptr_array_index (changes, i);
      g_autofree char *title = g_strdup_printf (_("Changed: %s"), change->field);
      g_autofree char *before = g_strdup_printf (_("Before: %s"), bd_or_dash (change->before));

      add_row (self, title, before, change->after);
    }
}

/* The service card's way into a policy-change request on this policy: the customer
 * page's customer.start-request action, which is disabled (and the row insensitive)
 * where no tab takes requests. */
static void
add_start_request_row (BdPolicyCard *self)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 _("Start a policy-change request…"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "customer.start-request");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_int64 (bd_policy_get_id (self->policy)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
}

static void
add_rows (BdPolicyCard *self)
{
  self->rows_added = TRUE;
  add_start_request_row (self);
  add_row (self, _("Policyholder"), NULL, bd_policy_get_policyholder_name (self->policy));
  add_row (self, _("Insured"), NULL, bd_policy_get_insured_name (self->policy));
  add_terms_rows (self);
  add_beneficiary_rows (self);
  add_service_rows (self);
  add_history_rows (self);
}

static void
bd_policy_card_dispose (GObject *object)
{
  BdPolicyCard *self = (BdPolicyCard *)object;

  g_clear_object (&self->policy);
  if (self->history_destroy != NULL)
    g_clear_pointer (&self->history_data, self->history_destroy);
  self->history_func = NULL;

  G_OBJECT_CLASS (bd_policy_card_parent_class)->dispose (object);
}

/* libadwaita 1.2 tells a screen reader neither that the row opens nor how: the row says
 * whether it is open, and offers opening and closing as an action. */
static void
expanded_changed_cb (BdPolicyCard *self)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)) && !self->rows_added &&
      self->policy != NULL)
    add_rows (self);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED,
                               adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)), -1);
}

static void
toggle_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AdwExpanderRow *row = ADW_EXPANDER_ROW (widget);

  adw_expander_row_set_expanded (row, !adw_expander_row_get_expanded (row));
}

static void
bd_policy_card_class_init (BdPolicyCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bd_policy_card_dispose;

  gtk_widget_class_install_action (widget_class, "card.toggle", NULL, toggle_action_cb);
}

static void
bd_policy_card_init (BdPolicyCard *self)
{
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_changed_cb), NULL);
  expanded_changed_cb (self);
}

/**
 * bd_policy_card_new:
 * @policy: the policy, with its beneficiaries
 * @customer_id: the customer whose card this is: their part in the policy is shown
 *
 * Returns: (transfer floating): a #BdPolicyCard, collapsed
 */
GtkWidget *
bd_policy_card_new (BdPolicy *policy,
                    gint64    customer_id)
{
  BdPolicyCard *self;

  g_return_val_if_fail (BD_IS_POLICY (policy), NULL);

  self = g_object_new (BD_TYPE_POLICY_CARD, NULL);
  self->policy = g_object_ref (policy);
  self->customer_id = customer_id;
  build_header (self);
  return GTK_WIDGET (self);
}

/**
 * bd_policy_card_get_policy:
 * @self: a #BdPolicyCard
 *
 * Returns: (transfer none): the policy shown
 */
BdPolicy *
bd_policy_card_get_policy (BdPolicyCard *self)
{
  g_return_val_if_fail (BD_IS_POLICY_CARD (self), NULL);
  return self->policy;
}

/**
 * bd_policy_card_set_history_func:
 * @self: a #BdPolicyCard
 * @func: asked for the policy's changes when the card first opens
 * @user_data: given to @func
 * @destroy: frees @user_data with the card
 */
void
bd_policy_card_set_history_func (BdPolicyCard            *self,
                                 BdPolicyCardHistoryFunc  func,
                                 gpointer                 user_data,
                                 GDestroyNotify           destroy)
{
  g_return_if_fail (BD_IS_POLICY_CARD (self));

  if (self->history_destroy != NULL)
    g_clear_pointer (&self->history_data, self->history_destroy);
  self->history_func = func;
  self->history_data = user_data;
  self->history_destroy = destroy;
}
