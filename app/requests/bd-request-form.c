/* bd-request-form.c — a new policy-change request, judged as it is filled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The counter fills the request as the customer hands in the application: the policy, the
 * item, who applies and who acts for them, the document shown, how it came in, who signed,
 * what changes, and the documents received. After every change the core judges the request
 * as it stands (bd_requests_desk_judge()): a refusal is said at the top and under the
 * field it names (the error's code is the BdRequestField), and Accept waits until the
 * rules allow it. What was typed stays as typed, whatever the verdict. Accepting records
 * the request and takes the acceptance step the lifecycle offers: accepted with every
 * document, or accepted with the one notice of the missing ones.
 */
#define G_LOG_DOMAIN "bd-request-form"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-customers-store.h"
#include "bd-form-fields.h"
#include "bd-form-draft.h"
#include "bd-household-store.h"
#include "bd-limits.h"
#include "bd-policy.h"
#include "bd-request-form.h"
#include "bd-requests-desk.h"

/* The people a combo row offers, by position: 0 is "nobody chosen" where the row has it. */
typedef struct
{
  GtkStringList *labels;
  GArray        *ids;     /* gint64 */
} Choices;

struct _BdRequestForm
{
  GtkBox               parent_instance;

  BdSession           *session;
  BdCustomer          *customer;
  GListModel          *policies;
  BdRequest           *request;        /* the form as it now stands */
  BdRequestContext     context;        /* what the verdict read, kept between changes */
  GHashTable          *people;         /* customer id → BdCustomer, as read once */
  GHashTable          *received;       /* document names ticked */
  gboolean             filling;        /* the form changes itself: no verdict yet */
  gboolean             restoring;      /* a draft goes back: no field marked until done */

  GtkLabel            *verdict_label;
  AdwComboRow         *policy_row;
  GtkGrid             *category_grid;
  GtkGrid             *item_grid;
  GtkGrid             *applicant_grid;
  AdwComboRow         *guardian_row;
  AdwActionRow        *consent_row;
  GtkSwitch           *consent_switch;
  AdwComboRow         *signer_row;
  AdwComboRow         *document_type_row;
  AdwEntryRow         *document_valid_row;
  AdwActionRow        *photo_row;
  GtkSwitch           *photo_switch;
  AdwComboRow         *channel_row;
  AdwPreferencesGroup *details_group;
  AdwEntryRow         *amount_row;
  AdwEntryRow         *cash_value_row;
  AdwEntryRow         *text_row;
  AdwEntryRow         *postcode_row;
  AdwEntryRow         *phone_row;
  AdwEntryRow         *bank_row;
  AdwComboRow         *choice_row;
  AdwComboRow         *new_holder_row;
  AdwPreferencesGroup *beneficiaries_group;
  GPtrArray           *beneficiary_rows;
  AdwActionRow        *add_beneficiary_row;
  AdwPreferencesGroup *documents_group;
  GPtrArray           *document_rows;
  GtkButton           *accept_button;

  Choices              applicants;     /* the policy's policyholder, insured, beneficiaries */
  Choices              guardians;      /* 0: no guardian; household members, the guardian */
  Choices              anyone;         /* 0: not chosen; everyone the form may name */
  Choices              beneficiaries;  /* 0: the legal heirs; then everyone */
  const BdRequestItem *items_shown[32];
  guint                n_items_shown;

  BdFieldMark          mark;           /* the field the verdict is about, and its note */
};

G_DEFINE_FINAL_TYPE (BdRequestForm, bd_request_form, GTK_TYPE_BOX)

enum
{
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void judge (BdRequestForm *self);
static void item_changed_cb (BdRequestForm *self);
static void applicant_changed_cb (BdRequestForm *self);

/* ── choices ───────────────────────────────────────────────────────────────────── */

static void
choices_reset (Choices *choices)
{
  g_clear_object (&choices->labels);
  g_clear_pointer (&choices->ids, g_array_unref);
  choices->labels = gtk_string_list_new (NULL);
  choices->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
choices_free (Choices *choices)
{
  g_clear_object (&choices->labels);
  g_clear_pointer (&choices->ids, g_array_unref);
}

static guint
choices_find (Choices *choices,
              gint64   id)
{
  for (guint i = 0; choices->ids != NULL && i < choices->ids->len; i++)
    if (g_array_index (choices->ids, gint64, i) == id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
choices_add (Choices    *choices,
             gint64      id,
             const char *label)
{
  if (choices_find (choices, id) != GTK_INVALID_LIST_POSITION)
    return;
  g_array_append_val (choices->ids, id);
  gtk_string_list_append (choices->labels, label);
}

static gint64
choices_get (Choices  *choices,
             guint     index)
{
  if (choices->ids == NULL || index >= choices->ids->len)
    return 0;
  return g_array_index (choices->ids, gint64, index);
}

static gint64
chosen_id (AdwComboRow *row,
           Choices     *choices)
{
  return choices_get (choices, adw_combo_row_get_selected (row));
}

/* ── the people ────────────────────────────────────────────────────────────────── */

static BdStore *
store_of (BdRequestForm *self)
{
  return bd_session_get_store (self->session);
}

/* The customer @id as the store has them, read once per form. */
static BdCustomer *
person (BdRequestForm *self,
        gint64         id)
{
  BdCustomer *customer;

  if (id == 0)
    return NULL;
  customer = g_hash_table_lookup (self->people, &id);
  if (customer == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = id;
      customer = bd_store_get_customer (store_of (self), id, NULL);
      if (customer == NULL)
        {
          g_free (key);
          return NULL;
        }
      g_hash_table_insert (self->people, key, customer);
    }
  return customer;
}

static gboolean
is_minor (BdRequestForm *self,
          gint64         id)
{
  BdCustomer *customer = person (self, id);
  GDate today;

  if (customer == NULL || bd_customer_get_birth_date (customer) == NULL)
    return FALSE;
  bd_store_get_today (store_of (self), &today);
  return bd_is_minor (bd_customer_get_age_on (customer, &today));
}

static BdPolicy *
chosen_policy (BdRequestForm *self)
{
  guint index = adw_combo_row_get_selected (self->policy_row);

  if (self->policies == NULL || index >= g_list_model_get_n_items (self->policies))
    return NULL;
  return g_list_model_get_item (self->policies, index);
}

static const BdRequestItem *
chosen_item (BdRequestForm *self)
{
  guint index = bd_choice_field_get_selected (self->item_grid);

  return index < self->n_items_shown ? self->items_shown[index] : NULL;
}

static void
free_string (gpointer string)
{
  g_string_free (string, TRUE);
}

/* Adds @role to what @id is on the policy, keeping the order in which people first come. */
static void
add_role (GHashTable *roles,
          GArray     *order,
          GHashTable *names,
          gint64      id,
          const char *name,
          const char *role)
{
  GString *said = g_hash_table_lookup (roles, &id);

  if (said == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = id;
      g_hash_table_insert (roles, key, g_string_new (role));
      g_hash_table_insert (names, g_memdup2 (key, sizeof *key), g_strdup (bd_or_dash (name)));
      g_array_append_val (order, id);
      return;
    }
  if (strstr (said->str, role) != NULL)
    return;
  /* Translators: between two roles of one person, "Policyholder, Insured" */
  g_string_append (said, _(", "));
  g_string_append (said, role);
}

/* "陈大文 (Policyholder, Insured)": each person of the policy with every role they have. */
static void
add_policy_people (BdRequestForm *self,
                   BdPolicy      *policy,
                   Choices       *choices)
{
  g_autoptr(GHashTable) roles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       free_string);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  GListModel *beneficiaries = bd_policy_get_beneficiaries (policy);

  add_role (roles, order, names, bd_policy_get_policyholder_id (policy),
            bd_policy_get_policyholder_name (policy), _("Policyholder"));
  add_role (roles, order, names, bd_policy_get_insured_id (policy),
            bd_policy_get_insured_name (policy), _("Insured"));
  for (guint i = 0; beneficiaries != NULL && i < g_list_model_get_n_items (beneficiaries); i++)
    {
      g_autoptr(BdBeneficiary) b = g_list_model_get_item (beneficiaries, i);

      if (bd_beneficiary_get_customer_id (b) != 0 && !bd_beneficiary_get_legal_heirs (b))
        add_role (roles, order, names, bd_beneficiary_get_customer_id (b),
                  bd_beneficiary_get_name (b), _("Beneficiary"));
    }
  for (guint i = 0; i < order->len; i++)
    {
      gint64 id = g_array_index (order, gint64, i);
      GString *said = g_hash_table_lookup (roles, &id);
      /* Translators: a person and what they are, "陈大文 (Policyholder)" */
      g_autofree char *label = g_strdup_printf (_("%s (%s)"), (char *) g_hash_table_lookup (names, &id),
                                                said->str);

      choices_add (choices, id, label);
    }
}

/* The customer's household, and the designated guardian of whoever applies. */
static void
add_household (BdRequestForm *self,
               gint64         applicant_id,
               Choices       *choices)
{
  g_autoptr(BdHousehold) household = NULL;
  BdCustomer *applicant = person (self, applicant_id);
  BdHouseholdMember *viewer;
  GListModel *members;

  if (applicant != NULL && bd_customer_get_guardian_id (applicant) != 0)
    {
      BdCustomer *guardian = person (self, bd_customer_get_guardian_id (applicant));

      if (guardian != NULL)
        {
          g_autofree char *label = g_strdup_printf (_("%s (%s)"), bd_customer_get_name (guardian),
                                                    _("Guardian"));
          choices_add (choices, bd_customer_get_id (guardian), label);
        }
    }
  household = bd_store_get_household_of (store_of (self), bd_customer_get_id (self->customer), NULL);
  if (household == NULL)
    return;
  viewer = bd_household_find_member (household, bd_customer_get_id (self->customer));
  members = bd_household_get_members (household);
  for (guint i = 0; viewer != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(BdHouseholdMember) member = g_list_model_get_item (members, i);
      BdCustomer *customer = bd_household_member_get_customer (member);
      g_autofree char *label = NULL;
      BdRelation relation;

      /* What they are to the customer at the counter, as the household card says it. */
      if (bd_relation_seen_from (bd_household_member_get_relation (viewer),
                                 bd_household_member_get_relation (member), &relation))
        label = g_strdup_printf (_("%s (%s)"), bd_customer_get_name (customer),
                                 bd_relation_get_label (relation));
      else
        label = g_strdup (bd_customer_get_name (customer));
      choices_add (choices, bd_customer_get_id (customer), label);
    }
}

/* ── the verdict on screen ─────────────────────────────────────────────────────── */

static GtkWidget *
row_of_field (BdRequestForm  *self,
              BdRequestField  field)
{
  const BdRequestItem *item = chosen_item (self);

  switch (field)
    {
    case BD_REQUEST_FIELD_ITEM: return GTK_WIDGET (self->item_grid);
    case BD_REQUEST_FIELD_POLICY: return GTK_WIDGET (self->policy_row);
    case BD_REQUEST_FIELD_APPLICANT: return GTK_WIDGET (self->applicant_grid);
    case BD_REQUEST_FIELD_GUARDIAN: return GTK_WIDGET (self->guardian_row);
    case BD_REQUEST_FIELD_CONSENT: return GTK_WIDGET (self->consent_row);
    case BD_REQUEST_FIELD_DOCUMENT_TYPE: return GTK_WIDGET (self->document_type_row);
    case BD_REQUEST_FIELD_DOCUMENT_VALID: return GTK_WIDGET (self->document_valid_row);
    case BD_REQUEST_FIELD_SIGNER: return GTK_WIDGET (self->signer_row);
    case BD_REQUEST_FIELD_CHANNEL: return GTK_WIDGET (self->channel_row);
    case BD_REQUEST_FIELD_AMOUNT: return GTK_WIDGET (self->amount_row);
    case BD_REQUEST_FIELD_CASH_VALUE: return GTK_WIDGET (self->cash_value_row);
    case BD_REQUEST_FIELD_TEXT: return GTK_WIDGET (self->text_row);
    case BD_REQUEST_FIELD_POSTCODE: return GTK_WIDGET (self->postcode_row);
    case BD_REQUEST_FIELD_PHONE: return GTK_WIDGET (self->phone_row);
    case BD_REQUEST_FIELD_BENEFICIARIES: return GTK_WIDGET (self->add_beneficiary_row);
    case BD_REQUEST_FIELD_CHOICE:
      return item != NULL && item->detail == BD_DETAIL_ACCOUNT ? GTK_WIDGET (self->bank_row)
                                                               : GTK_WIDGET (self->choice_row);
    case BD_REQUEST_FIELD_NEW_CUSTOMER: return GTK_WIDGET (self->new_holder_row);
    case BD_REQUEST_FIELD_DOCUMENTS:
    default:
      return NULL;
    }
}

static void
show_verdict (BdRequestForm *self,
              const GError  *error)
{
  GtkWidget *row = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "success");
  if (error == NULL)
    {
      bd_field_mark_clear (&self->mark);
      gtk_label_set_label (self->verdict_label,
                           _("The rules allow this request: it can be accepted"));
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "success");
      gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button), TRUE);
      return;
    }
  gtk_label_set_label (self->verdict_label, error->message);
  gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button), FALSE);
  if (error->domain == BD_REQUEST_ERROR && !self->restoring)
    row = row_of_field (self, error->code);
  if (row != NULL && gtk_widget_get_visible (row))
    bd_field_mark_set (&self->mark, row, error->message);
  else
    bd_field_mark_clear (&self->mark);
}

/* ── reading the form ──────────────────────────────────────────────────────────── */

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
describe_yuan_error (BdYuanParse  result,
                     const char  *what)
{
  switch (result)
    {
    case BD_YUAN_NEGATIVE:
      /* Translators: %s is a field, e.g. "Debts outstanding" */
      return g_strdup_printf (_("%s cannot be negative."), what);
    case BD_YUAN_DECIMALS:
      /* Translators: %s is a field, e.g. "Debts outstanding" */
      return g_strdup_printf (_("%s: at most two decimal places (fen)."), what);
    case BD_YUAN_TOO_LARGE:
      /* Translators: %s is a field, e.g. "Debts outstanding" */
      return g_strdup_printf (_("%s is too large."), what);
    case BD_YUAN_MALFORMED:
      /* Translators: %s is a field, e.g. "Debts outstanding" */
      return g_strdup_printf (_("%s: enter yuan in digits, such as 200000 or 1,200,000.50."), what);
    case BD_YUAN_EMPTY:
    case BD_YUAN_OK:
    default:
      return NULL;
    }
}

/* An amount typed in @row as fen: 0 when empty (the rules ask for it then), and a refusal
 * on the field when it is not an amount of yuan (bd_parse_yuan()). */
static gboolean
read_yuan (AdwEntryRow     *row,
           BdRequestField   field,
           gint64          *fen,
           GError         **error)
{
  BdYuanParse result = bd_parse_yuan (text_of (row), fen);
  g_autofree char *message = NULL;

  if (result == BD_YUAN_EMPTY)
    *fen = 0;
  if (result == BD_YUAN_OK || result == BD_YUAN_EMPTY)
    return TRUE;
  message = describe_yuan_error (result, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  g_set_error_literal (error, BD_REQUEST_ERROR, field, message);
  return FALSE;
}

static void
read_beneficiaries (BdRequestForm *self,
                    BdRequest     *request)
{
  for (guint i = 0; i < self->beneficiary_rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->beneficiary_rows, i);
      GtkSpinButton *rank = g_object_get_data (G_OBJECT (row), "rank");
      GtkSpinButton *share = g_object_get_data (G_OBJECT (row), "share");

      bd_request_add_beneficiary (request, chosen_id (row, &self->beneficiaries),
                                  gtk_spin_button_get_value_as_int (rank),
                                  (guint) (gtk_spin_button_get_value (share) * 100 + 0.5));
    }
}

static const char *
chosen_choice (BdRequestForm       *self,
               const BdRequestItem *item)
{
  guint index = adw_combo_row_get_selected (self->choice_row);

  if (index == 0 || index == GTK_INVALID_LIST_POSITION)
    return NULL;
  if (item->detail == BD_DETAIL_FREQUENCY)
    return bd_frequency_to_string (index - 1);
  return bd_payment_method_to_string (index - 1);
}

/* The item's details, as its BdRequestDetail reads them. */
static gboolean
read_details (BdRequestForm  *self,
              BdRequest      *request,
              GError        **error)
{
  const BdRequestItem *item = bd_request_get_item (request);
  gint64 fen = 0;

  switch (item->detail)
    {
    case BD_DETAIL_LOAN:
      if (!read_yuan (self->cash_value_row, BD_REQUEST_FIELD_CASH_VALUE, &fen, error))
        return FALSE;
      bd_request_set_cash_value (request, fen);
      G_GNUC_FALLTHROUGH;
    case BD_DETAIL_AMOUNT:
    case BD_DETAIL_SUM_INSURED:
      if (!read_yuan (self->amount_row, BD_REQUEST_FIELD_AMOUNT, &fen, error))
        return FALSE;
      bd_request_set_amount (request, fen);
      return TRUE;
    case BD_DETAIL_CONTACT:
      bd_request_set_postcode (request, text_of (self->postcode_row));
      bd_request_set_phone (request, text_of (self->phone_row));
      G_GNUC_FALLTHROUGH;
    case BD_DETAIL_DOCUMENT:
    case BD_DETAIL_TEXT:
      bd_request_set_text (request, text_of (self->text_row));
      return TRUE;
    case BD_DETAIL_ACCOUNT:
      bd_request_set_choice (request, text_of (self->bank_row));
      bd_request_set_text (request, text_of (self->text_row));
      return TRUE;
    case BD_DETAIL_BENEFICIARIES:
      read_beneficiaries (self, request);
      return TRUE;
    case BD_DETAIL_POLICYHOLDER:
      bd_request_set_new_customer_id (request, chosen_id (self->new_holder_row, &self->anyone));
      return TRUE;
    case BD_DETAIL_FREQUENCY:
    case BD_DETAIL_PAYMENT_METHOD:
      bd_request_set_choice (request, chosen_choice (self, item));
      return TRUE;
    case BD_DETAIL_NONE:
    default:
      return TRUE;
    }
}

static BdRequest *
read_request (BdRequestForm  *self,
              GError        **error)
{
  g_autoptr(BdPolicy) policy = chosen_policy (self);
  const BdRequestItem *item = chosen_item (self);
  g_autoptr(BdRequest) request = NULL;

  if (policy == NULL || item == NULL)
    return NULL;
  request = bd_request_new (item, bd_customer_get_id (self->customer), bd_policy_get_id (policy));
  bd_request_set_applicant_id (request, choices_get (&self->applicants,
                                                     bd_choice_field_get_selected (self->applicant_grid)));
  if (gtk_widget_get_visible (GTK_WIDGET (self->guardian_row)))
    bd_request_set_guardian_id (request, chosen_id (self->guardian_row, &self->guardians));
  bd_request_set_consent (request, item->consent && gtk_switch_get_active (self->consent_switch));
  bd_request_set_signer_id (request, chosen_id (self->signer_row, &self->anyone));
  bd_request_set_document (request, adw_combo_row_get_selected (self->document_type_row),
                           text_of (self->document_valid_row),
                           gtk_switch_get_active (self->photo_switch));
  bd_request_set_channel (request, adw_combo_row_get_selected (self->channel_row));
  /* A detail that is not what it should be keeps the request, with the refusal. */
  read_details (self, request, error);
  return g_steal_pointer (&request);
}

/* ── the documents received ────────────────────────────────────────────────────── */

static void
document_toggled_cb (GtkSwitch     *toggle,
                     GParamSpec    *pspec,
                     BdRequestForm *self)
{
  const char *name = g_object_get_data (G_OBJECT (toggle), "document");

  if (gtk_switch_get_active (toggle))
    g_hash_table_add (self->received, g_strdup (name));
  else
    g_hash_table_remove (self->received, name);
}

static GtkWidget *
new_switch_row (const char *title,
                const char *subtitle,
                GtkSwitch **toggle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_switch_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  /* After the row ties its title to the switch: named once. */
  bd_accessible_set_label (button, title);
  *toggle = GTK_SWITCH (button);
  return row;
}

/* One toggle per document the request's checklist holds now: the item's, and the consent
 * or the proof of guardianship once they are needed. Ticks stay over a rebuild. */
static void
show_documents (BdRequestForm *self)
{
  GListModel *items = bd_checklist_get_items (bd_case_get_checklist (bd_request_get_case (self->request)));
  guint n = g_list_model_get_n_items (items);
  gboolean same = n == self->document_rows->len;

  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(BdChecklistItem) item = g_list_model_get_item (items, i);
      same = g_str_equal (g_object_get_data (g_ptr_array_index (self->document_rows, i), "document"),
                          bd_checklist_item_get_kind (item)->name);
    }
  if (same)
    return;
  for (guint i = 0; i < self->document_rows->len; i++)
    adw_preferences_group_remove (self->documents_group, g_ptr_array_index (self->document_rows, i));
  g_ptr_array_set_size (self->document_rows, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdChecklistItem) item = g_list_model_get_item (items, i);
      const char *name = bd_checklist_item_get_kind (item)->name;
      GtkSwitch *toggle;
      GtkWidget *row = new_switch_row (bd_checklist_item_get_label (item),
                                       bd_checklist_item_get_required (item) ? NULL : _("Not required"),
                                       &toggle);

      g_object_set_data_full (G_OBJECT (row), "document", g_strdup (name), g_free);
      g_object_set_data_full (G_OBJECT (toggle), "document", g_strdup (name), g_free);
      gtk_switch_set_active (toggle, g_hash_table_contains (self->received, name));
      g_signal_connect (toggle, "notify::active", G_CALLBACK (document_toggled_cb), self);
      adw_preferences_group_add (self->documents_group, row);
      g_ptr_array_add (self->document_rows, row);
    }
}

/* ── what shows for the item and the people ────────────────────────────────────── */

static void
show_detail_rows (BdRequestForm       *self,
                  const BdRequestItem *item)
{
  BdRequestDetail detail = item != NULL ? item->detail : BD_DETAIL_NONE;
  const char *text_title = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->amount_row),
                          detail == BD_DETAIL_AMOUNT || detail == BD_DETAIL_LOAN ||
                          detail == BD_DETAIL_SUM_INSURED);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->amount_row),
                                 detail == BD_DETAIL_SUM_INSURED ? _("New sum insured (yuan)")
                                                                 : _("Amount (yuan)"));
  gtk_widget_set_visible (GTK_WIDGET (self->cash_value_row), detail == BD_DETAIL_LOAN);
  gtk_widget_set_visible (GTK_WIDGET (self->postcode_row), detail == BD_DETAIL_CONTACT);
  gtk_widget_set_visible (GTK_WIDGET (self->phone_row), detail == BD_DETAIL_CONTACT);
  gtk_widget_set_visible (GTK_WIDGET (self->bank_row), detail == BD_DETAIL_ACCOUNT);
  gtk_widget_set_visible (GTK_WIDGET (self->new_holder_row), detail == BD_DETAIL_POLICYHOLDER);
  gtk_widget_set_visible (GTK_WIDGET (self->choice_row),
                          detail == BD_DETAIL_FREQUENCY || detail == BD_DETAIL_PAYMENT_METHOD);
  gtk_widget_set_visible (GTK_WIDGET (self->beneficiaries_group), detail == BD_DETAIL_BENEFICIARIES);
  switch (detail)
    {
    case BD_DETAIL_CONTACT: text_title = _("New address"); break;
    case BD_DETAIL_DOCUMENT: text_title = _("Renewed document valid until (YYYY-MM-DD, empty: for life)"); break;
    case BD_DETAIL_TEXT: text_title = _("What changes, in words"); break;
    case BD_DETAIL_ACCOUNT: text_title = _("Bank card number"); break;
    case BD_DETAIL_NONE:
    case BD_DETAIL_AMOUNT:
    case BD_DETAIL_LOAN:
    case BD_DETAIL_BENEFICIARIES:
    case BD_DETAIL_POLICYHOLDER:
    case BD_DETAIL_FREQUENCY:
    case BD_DETAIL_PAYMENT_METHOD:
    case BD_DETAIL_SUM_INSURED:
    default: break;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->text_row), text_title != NULL);
  if (text_title != NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->text_row), text_title);
      bd_accessible_set_label (GTK_WIDGET (self->text_row), text_title);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->details_group),
                          detail != BD_DETAIL_NONE && detail != BD_DETAIL_BENEFICIARIES);
  gtk_widget_set_visible (GTK_WIDGET (self->consent_row), item != NULL && item->consent);
}

static void
fill_choice_row (BdRequestForm       *self,
                 const BdRequestItem *item)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  if (item == NULL || (item->detail != BD_DETAIL_FREQUENCY && item->detail != BD_DETAIL_PAYMENT_METHOD))
    return;
  gtk_string_list_append (labels, _("Not chosen"));
  if (item->detail == BD_DETAIL_FREQUENCY)
    for (BdFrequency f = BD_FREQUENCY_SINGLE; f <= BD_FREQUENCY_MONTHLY; f++)
      gtk_string_list_append (labels, bd_frequency_get_label (f));
  else
    for (BdPaymentMethod m = BD_PAYMENT_BANK_DEBIT; m <= BD_PAYMENT_DOOR; m++)
      gtk_string_list_append (labels, bd_payment_method_get_label (m));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->choice_row), item->detail == BD_DETAIL_FREQUENCY
                                             ? _("New premium frequency") : _("New payment method"));
  bd_accessible_set_label (GTK_WIDGET (self->choice_row),
                           adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->choice_row)));
  adw_combo_row_set_model (self->choice_row, G_LIST_MODEL (labels));
}

/* Who acts: the guardian when the applicant is a minor (Civil Code art. 23), else the
 * applicant; the signer follows them (002: 不允许代签名), and the clerk may change it. */
static void
follow_acting_person (BdRequestForm *self)
{
  gint64 applicant = choices_get (&self->applicants, bd_choice_field_get_selected (self->applicant_grid));
  gboolean minor = is_minor (self, applicant);
  gint64 acting;
  guint index;

  choices_reset (&self->guardians);
  choices_add (&self->guardians, 0, _("No guardian"));
  add_household (self, applicant, &self->guardians);
  adw_combo_row_set_model (self->guardian_row, G_LIST_MODEL (self->guardians.labels));
  if (minor && applicant != 0 && bd_customer_get_guardian_id (person (self, applicant)) != 0)
    {
      index = choices_find (&self->guardians, bd_customer_get_guardian_id (person (self, applicant)));
      adw_combo_row_set_selected (self->guardian_row, index != GTK_INVALID_LIST_POSITION ? index : 0);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->guardian_row), minor);
  acting = minor ? chosen_id (self->guardian_row, &self->guardians) : applicant;
  index = choices_find (&self->anyone, acting != 0 ? acting : applicant);
  adw_combo_row_set_selected (self->signer_row, index != GTK_INVALID_LIST_POSITION ? index : 0);
}

/* Everyone the form may name for @policy: its people first, then the household. */
static void
fill_people (BdRequestForm *self)
{
  g_autoptr(BdPolicy) policy = chosen_policy (self);
  const BdRequestItem *item = chosen_item (self);
  guint first = 0;

  choices_reset (&self->applicants);
  choices_reset (&self->anyone);
  choices_reset (&self->beneficiaries);
  choices_add (&self->anyone, 0, _("Not chosen"));
  choices_add (&self->beneficiaries, 0, _("Legal heirs"));
  if (policy != NULL)
    {
      add_policy_people (self, policy, &self->applicants);
      add_policy_people (self, policy, &self->anyone);
      add_policy_people (self, policy, &self->beneficiaries);
    }
  add_household (self, 0, &self->anyone);
  add_household (self, 0, &self->beneficiaries);
  /* The form offers the entitled person first (bd_request_is_entitled()). */
  for (guint i = 0; policy != NULL && item != NULL && i < self->applicants.ids->len; i++)
    if (bd_request_is_entitled (item, policy, choices_get (&self->applicants, i), FALSE))
      {
        first = i;
        break;
      }
  bd_choice_field_set (self->applicant_grid, G_LIST_MODEL (self->applicants.labels), first, self,
                   G_CALLBACK (applicant_changed_cb));
  adw_combo_row_set_model (self->signer_row, G_LIST_MODEL (self->anyone.labels));
  adw_combo_row_set_model (self->new_holder_row, G_LIST_MODEL (self->anyone.labels));
  for (guint i = 0; i < self->beneficiary_rows->len; i++)
    adw_combo_row_set_model (g_ptr_array_index (self->beneficiary_rows, i),
                             G_LIST_MODEL (self->beneficiaries.labels));
  follow_acting_person (self);
}

static void
fill_items (BdRequestForm *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  BdRequestCategory category = bd_choice_field_get_selected (self->category_grid);
  guint n = 0;
  const BdRequestItem *items = bd_request_catalogue (&n);

  self->n_items_shown = 0;
  for (guint i = 0; i < n && self->n_items_shown < G_N_ELEMENTS (self->items_shown); i++)
    if (items[i].category == category)
      {
        self->items_shown[self->n_items_shown++] = &items[i];
        gtk_string_list_append (labels, bd_request_item_get_label (&items[i]));
      }
  bd_choice_field_set (self->item_grid, G_LIST_MODEL (labels), 0, self, G_CALLBACK (item_changed_cb));
}

/* ── the verdict, after every change ───────────────────────────────────────────── */

static void
judge (BdRequestForm *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdRequest) request = NULL;

  if (self->filling || self->session == NULL || self->customer == NULL)
    return;
  request = read_request (self, &error);
  if (request == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button), FALSE);
      return;
    }
  g_set_object (&self->request, request);
  show_documents (self);
  /* Only what the change touched is read again: the verdict follows every keystroke. */
  if (error == NULL)
    bd_requests_desk_judge_kept (self->session, request, &self->context, &error);
  show_verdict (self, error);
}

static void
changed_cb (BdRequestForm *self)
{
  judge (self);
}

static void
item_changed_cb (BdRequestForm *self)
{
  const BdRequestItem *item = chosen_item (self);

  if (self->customer == NULL)
    return;
  self->filling = TRUE;
  show_detail_rows (self, item);
  fill_choice_row (self, item);
  fill_people (self);
  self->filling = FALSE;
  judge (self);
}

static void
category_changed_cb (BdRequestForm *self)
{
  if (self->customer == NULL)
    return;
  self->filling = TRUE;
  fill_items (self);
  self->filling = FALSE;
  item_changed_cb (self);
}

static void
applicant_changed_cb (BdRequestForm *self)
{
  if (self->filling || self->customer == NULL)
    return;
  self->filling = TRUE;
  follow_acting_person (self);
  self->filling = FALSE;
  judge (self);
}

static void
guardian_changed_cb (BdRequestForm *self)
{
  gint64 guardian;
  guint index;

  if (self->filling || self->customer == NULL)
    return;
  guardian = chosen_id (self->guardian_row, &self->guardians);
  index = choices_find (&self->anyone, guardian);
  self->filling = TRUE;
  if (guardian != 0 && index != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->signer_row, index);
  self->filling = FALSE;
  judge (self);
}

static void
document_type_changed_cb (BdRequestForm *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->photo_row),
                          adw_combo_row_get_selected (self->document_type_row) ==
                          BD_DOCUMENT_HOUSEHOLD_REGISTER);
  judge (self);
}

/* ── the new beneficiaries ─────────────────────────────────────────────────────── */

static void
renumber_beneficiaries (BdRequestForm *self)
{
  for (guint i = 0; i < self->beneficiary_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->beneficiary_rows, i);
      g_autofree char *title = g_strdup_printf (_("Beneficiary %u"), i + 1);
      g_autofree char *rank = g_strdup_printf (_("Order of beneficiary %u"), i + 1);
      g_autofree char *share = g_strdup_printf (_("Share of beneficiary %u (%%)"), i + 1);
      g_autofree char *remove = g_strdup_printf (_("Remove beneficiary %u"), i + 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      bd_accessible_set_label (row, title);
      bd_accessible_set_label (g_object_get_data (G_OBJECT (row), "rank"), rank);
      bd_accessible_set_label (g_object_get_data (G_OBJECT (row), "share"), share);
      bd_accessible_set_label (g_object_get_data (G_OBJECT (row), "remove"), remove);
      gtk_widget_set_tooltip_text (g_object_get_data (G_OBJECT (row), "remove"), remove);
    }
}

static void
remove_beneficiary_cb (GtkButton     *button,
                       BdRequestForm *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");

  if (self->mark.row == row)
    bd_field_mark_clear (&self->mark);
  adw_preferences_group_remove (self->beneficiaries_group, row);
  g_ptr_array_remove (self->beneficiary_rows, row);
  renumber_beneficiaries (self);
  judge (self);
}

static GtkWidget *
new_spin (double      low,
          double      high,
          double      value,
          guint       digits)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (low, high, 1);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), digits > 0 ? 6 : 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  return spin;
}

/* A row per new beneficiary: who (a person of the policy or the household, or the legal
 * heirs), the order and the share of that order in per cent. */
static void
add_beneficiary (BdRequestForm *self)
{
  GtkWidget *row = adw_combo_row_new ();
  GtkWidget *rank = new_spin (1, 15, 1, 0);
  GtkWidget *share = new_spin (0, 100, self->beneficiary_rows->len == 0 ? 100 : 0, 2);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  bd_accessible_name_combo_items (ADW_COMBO_ROW (row));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (self->beneficiaries.labels));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), rank);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), share);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "rank", rank);
  g_object_set_data (G_OBJECT (row), "share", share);
  g_object_set_data (G_OBJECT (row), "remove", remove);
  g_object_set_data (G_OBJECT (remove), "row", row);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (rank, "value-changed", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (share, "value-changed", G_CALLBACK (changed_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_beneficiary_cb), self);
  /* Before the row that adds one: the rows stay in the order added. */
  if (self->mark.row == GTK_WIDGET (self->add_beneficiary_row))
    bd_field_mark_clear (&self->mark);
  g_object_ref (self->add_beneficiary_row);
  adw_preferences_group_remove (self->beneficiaries_group, GTK_WIDGET (self->add_beneficiary_row));
  adw_preferences_group_add (self->beneficiaries_group, row);
  adw_preferences_group_add (self->beneficiaries_group, GTK_WIDGET (self->add_beneficiary_row));
  g_object_unref (self->add_beneficiary_row);
  g_ptr_array_add (self->beneficiary_rows, row);
  renumber_beneficiaries (self);
}

static void
add_beneficiary_clicked_cb (BdRequestForm *self)
{
  add_beneficiary (self);
  judge (self);
}

/* ── accepting ─────────────────────────────────────────────────────────────────── */

static void
toast (BdRequestForm *self,
       const char    *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

/* The acceptance step the lifecycle offers now: with every document, or with the notice
 * of the missing ones. */
static const BdCaseStep *
acceptance_step (BdRequestForm *self,
                 BdRequest     *request)
{
  g_autoptr(GPtrArray) steps = bd_requests_desk_list_steps (self->session, request);

  for (guint i = 0; i < steps->len; i++)
    {
      const BdCaseStep *step = g_ptr_array_index (steps, i);

      if (step->requires & BD_STEP_ACCEPTS)
        return step;
    }
  return NULL;
}

static gboolean
record_documents (BdRequestForm  *self,
                  BdRequest      *request,
                  GError        **error)
{
  GListModel *items = bd_checklist_get_items (bd_case_get_checklist (bd_request_get_case (request)));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BdChecklistItem) item = g_list_model_get_item (items, i);
      const char *name = bd_checklist_item_get_kind (item)->name;

      if (g_hash_table_contains (self->received, name) &&
          !bd_requests_desk_set_document (self->session, request, name, BD_DOCUMENT_RECEIVED, error))
        return FALSE;
    }
  return TRUE;
}

static void
accept_clicked_cb (BdRequestForm *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdRequest) request = NULL;
  const BdCaseStep *step;
  g_autofree char *message = NULL;

  request = read_request (self, &error);
  if (request == NULL || error != NULL)
    {
      if (error != NULL)
        show_verdict (self, error);
      return;
    }
  if (!bd_requests_desk_add (self->session, request, &error) ||
      !record_documents (self, request, &error))
    {
      show_verdict (self, error);
      return;
    }
  step = acceptance_step (self, request);
  if (step != NULL && !bd_requests_desk_take_step (self->session, request, step->to, NULL, &error))
    toast (self, error->message);
  /* Translators: %s is the request's number, then its state ("Accepted") */
  message = g_strdup_printf (_("Request %s recorded: %s"), bd_case_get_number (bd_request_get_case (request)),
                             bd_case_get_state_label (bd_request_get_case (request)));
  toast (self, message);
  g_signal_emit (self, signals[FINISHED], 0, request);
}

static void
cancel_clicked_cb (BdRequestForm *self)
{
  g_signal_emit (self, signals[FINISHED], 0, NULL);
}

/* ── building the form ─────────────────────────────────────────────────────────── */

static AdwPreferencesGroup *
add_group (BdRequestForm *self,
           const char    *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (self), group);
  return ADW_PREFERENCES_GROUP (group);
}

static AdwComboRow *
add_combo (BdRequestForm       *self,
           AdwPreferencesGroup *group,
           const char          *title,
           GCallback            callback)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  bd_accessible_name_combo_items (ADW_COMBO_ROW (row));
  bd_accessible_set_label (row, title);
  adw_preferences_group_add (group, row);
  g_signal_connect_swapped (row, "notify::selected", callback, self);
  return ADW_COMBO_ROW (row);
}

static AdwEntryRow *
add_entry (BdRequestForm       *self,
           AdwPreferencesGroup *group,
           const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  bd_accessible_set_label (row, title);
  adw_preferences_group_add (group, row);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (changed_cb), self);
  return ADW_ENTRY_ROW (row);
}

static AdwActionRow *
add_switch (BdRequestForm       *self,
            AdwPreferencesGroup *group,
            const char          *title,
            GtkSwitch          **toggle)
{
  GtkWidget *row = new_switch_row (title, NULL, toggle);

  adw_preferences_group_add (group, row);
  g_signal_connect_swapped (*toggle, "notify::active", G_CALLBACK (changed_cb), self);
  return ADW_ACTION_ROW (row);
}

static void
build_request_group (BdRequestForm *self)
{
  AdwPreferencesGroup *group = add_group (self, _("Request"));
  GtkBox *items = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));

  self->policy_row = add_combo (self, group, _("Policy"), G_CALLBACK (item_changed_cb));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (items));
  self->category_grid = bd_choice_field_add (items, _("Category"), BD_N_REQUEST_CATEGORIES);
  self->item_grid = bd_choice_field_add (items, _("Item"), 3);
}

static void
build_applicant_group (BdRequestForm *self)
{
  GtkBox *applicants = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  AdwPreferencesGroup *group;
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) channels = gtk_string_list_new (NULL);

  gtk_box_append (GTK_BOX (self), GTK_WIDGET (applicants));
  self->applicant_grid = bd_choice_field_add (applicants, _("Applicant"), 2);
  group = add_group (self, _("How it is applied for"));
  self->guardian_row = add_combo (self, group, _("Guardian"), G_CALLBACK (guardian_changed_cb));
  self->consent_row = add_switch (self, group, _("Insured’s written consent"), &self->consent_switch);
  self->signer_row = add_combo (self, group, _("Signed by"), G_CALLBACK (changed_cb));
  self->document_type_row = add_combo (self, group, _("Identity document shown"),
                                       G_CALLBACK (document_type_changed_cb));
  self->document_valid_row = add_entry (self, group, _("Valid until (YYYY-MM-DD, empty: for life)"));
  self->photo_row = add_switch (self, group, _("Household register with photo"), &self->photo_switch);
  self->channel_row = add_combo (self, group, _("Received through"), G_CALLBACK (changed_cb));
  for (BdDocumentType t = BD_DOCUMENT_RESIDENT_ID; t <= BD_DOCUMENT_HOUSEHOLD_REGISTER; t++)
    gtk_string_list_append (types, bd_document_type_get_label (t));
  for (BdChannel c = BD_CHANNEL_COUNTER; c <= BD_CHANNEL_ONLINE; c++)
    gtk_string_list_append (channels, bd_channel_get_label (c));
  adw_combo_row_set_model (self->document_type_row, G_LIST_MODEL (types));
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (channels));
  gtk_widget_set_visible (GTK_WIDGET (self->guardian_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->photo_row), FALSE);
}

static void
build_details_group (BdRequestForm *self)
{
  AdwPreferencesGroup *group = self->details_group = add_group (self, _("What changes"));
  GtkWidget *add;

  self->amount_row = add_entry (self, group, _("Amount (yuan)"));
  self->cash_value_row = add_entry (self, group, _("Cash value (yuan)"));
  self->bank_row = add_entry (self, group, _("New bank"));
  self->text_row = add_entry (self, group, _("What changes, in words"));
  self->postcode_row = add_entry (self, group, _("Postcode"));
  self->phone_row = add_entry (self, group, _("New mobile"));
  self->choice_row = add_combo (self, group, _("New payment method"), G_CALLBACK (changed_cb));
  self->new_holder_row = add_combo (self, group, _("New policyholder"), G_CALLBACK (changed_cb));

  self->beneficiaries_group = add_group (self, _("New beneficiaries"));
  adw_preferences_group_set_description (self->beneficiaries_group,
                                         _("Each order’s shares add up to 100 %"));
  self->add_beneficiary_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_beneficiary_row),
                                 _("Order, then share in per cent"));
  add = gtk_button_new_with_mnemonic (_("Add _Beneficiary"));
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  bd_accessible_name_buttons (add);
  adw_action_row_add_suffix (self->add_beneficiary_row, add);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_beneficiary_clicked_cb), self);
  adw_preferences_group_add (self->beneficiaries_group, GTK_WIDGET (self->add_beneficiary_row));
}

static void
build_buttons (BdRequestForm *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  self->accept_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Accept Request")));
  gtk_widget_add_css_class (GTK_WIDGET (self->accept_button), "suggested-action");
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button), FALSE);
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), cancel);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->accept_button));
  bd_accessible_name_buttons (box);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  g_signal_connect_swapped (self->accept_button, "clicked", G_CALLBACK (accept_clicked_cb), self);
  gtk_box_append (GTK_BOX (self), box);
}

void
bd_request_form_start (BdRequestForm *self,
                       BdSession     *session,
                       BdCustomer    *customer,
                       GListModel    *policies,
                       gint64         policy_id)
{
  guint chosen = 0;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);

  g_return_if_fail (BD_IS_REQUEST_FORM (self));

  bd_request_form_clear (self);
  g_set_object (&self->session, session);
  g_set_object (&self->customer, customer);
  g_set_object (&self->policies, policies);
  for (guint i = 0; policies != NULL && i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(BdPolicy) policy = g_list_model_get_item (policies, i);
      g_autofree char *label = g_strdup_printf ("%s %s", bd_policy_get_number (policy),
                                                bd_policy_get_product_name (policy));
      gtk_string_list_append (labels, label);
      if (bd_policy_get_id (policy) == policy_id)
        chosen = i;
    }
  self->filling = TRUE;
  adw_combo_row_set_model (self->policy_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->policy_row, chosen);
  for (BdRequestCategory c = BD_REQUEST_REFUNDS; c < BD_N_REQUEST_CATEGORIES; c++)
    gtk_string_list_append (categories, bd_request_category_get_label (c));
  bd_choice_field_set (self->category_grid, G_LIST_MODEL (categories), 0, self,
                   G_CALLBACK (category_changed_cb));
  self->filling = FALSE;
  category_changed_cb (self);
  /* The keyboard starts at the top of the form, and the page shows it. */
  gtk_widget_grab_focus (GTK_WIDGET (self->policy_row));
}

/* The draft is what the controls hold, read by their place in the form, and how many new
 * beneficiaries it has: their rows are made again before the values go back. The note
 * rows under a refused field are taken out first, so that every control keeps its place. */
GVariant *
bd_request_form_dup_draft (BdRequestForm *self)
{
  GVariant *controls;

  g_return_val_if_fail (BD_IS_REQUEST_FORM (self), NULL);

  if (self->customer == NULL)
    return NULL;
  bd_field_mark_clear (&self->mark);
  controls = bd_form_draft_capture (GTK_WIDGET (self));
  if (controls == NULL)
    return NULL;
  return g_variant_ref_sink (g_variant_new ("(uv)", self->beneficiary_rows->len, controls));
}

void
bd_request_form_restore_draft (BdRequestForm *self,
                               GVariant      *draft)
{
  g_autoptr(GVariant) controls = NULL;
  guint n_beneficiaries = 0;

  g_return_if_fail (BD_IS_REQUEST_FORM (self));

  if (self->customer == NULL || !g_variant_is_of_type (draft, G_VARIANT_TYPE ("(uv)")))
    return;
  g_variant_get (draft, "(uv)", &n_beneficiaries, &controls);
  self->restoring = TRUE;
  for (guint i = 0; i < n_beneficiaries; i++)
    add_beneficiary (self);
  bd_form_draft_restore (GTK_WIDGET (self), controls);
  self->restoring = FALSE;
  judge (self);
}

void
bd_request_form_clear (BdRequestForm *self)
{
  g_return_if_fail (BD_IS_REQUEST_FORM (self));

  self->filling = TRUE;
  bd_field_mark_clear (&self->mark);
  while (self->beneficiary_rows->len > 0)
    {
      GtkWidget *row = g_ptr_array_index (self->beneficiary_rows, 0);

      adw_preferences_group_remove (self->beneficiaries_group, row);
      g_ptr_array_remove_index (self->beneficiary_rows, 0);
    }
  for (guint i = 0; i < self->document_rows->len; i++)
    adw_preferences_group_remove (self->documents_group, g_ptr_array_index (self->document_rows, i));
  g_ptr_array_set_size (self->document_rows, 0);
  g_hash_table_remove_all (self->received);
  g_hash_table_remove_all (self->people);
  for (guint i = 0; i < 7; i++)
    {
      AdwEntryRow *entries[] = { self->document_valid_row, self->amount_row, self->cash_value_row,
                                 self->bank_row, self->text_row, self->postcode_row, self->phone_row };
      gtk_editable_set_text (GTK_EDITABLE (entries[i]), "");
    }
  gtk_switch_set_active (self->consent_switch, FALSE);
  gtk_switch_set_active (self->photo_switch, FALSE);
  adw_combo_row_set_selected (self->document_type_row, BD_DOCUMENT_RESIDENT_ID);
  adw_combo_row_set_selected (self->channel_row, BD_CHANNEL_COUNTER);
  adw_combo_row_set_model (self->policy_row, NULL);
  bd_choice_field_set (self->category_grid, NULL, 0, self, NULL);
  bd_choice_field_set (self->item_grid, NULL, 0, self, NULL);
  bd_choice_field_set (self->applicant_grid, NULL, 0, self, NULL);
  self->n_items_shown = 0;
  adw_combo_row_set_model (self->guardian_row, NULL);
  adw_combo_row_set_model (self->signer_row, NULL);
  adw_combo_row_set_model (self->new_holder_row, NULL);
  gtk_label_set_label (self->verdict_label, "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button), FALSE);
  g_clear_object (&self->request);
  g_clear_object (&self->customer);
  g_clear_object (&self->policies);
  bd_request_context_clear (&self->context);
  self->filling = FALSE;
}

static void
bd_request_form_dispose (GObject *object)
{
  BdRequestForm *self = (BdRequestForm *)object;

  g_clear_object (&self->session);
  g_clear_object (&self->customer);
  g_clear_object (&self->policies);
  g_clear_object (&self->request);
  bd_request_context_clear (&self->context);
  g_clear_pointer (&self->people, g_hash_table_unref);
  g_clear_pointer (&self->received, g_hash_table_unref);
  g_clear_pointer (&self->beneficiary_rows, g_ptr_array_unref);
  g_clear_pointer (&self->document_rows, g_ptr_array_unref);
  choices_free (&self->applicants);
  choices_free (&self->guardians);
  choices_free (&self->anyone);
  choices_free (&self->beneficiaries);

  G_OBJECT_CLASS (bd_request_form_parent_class)->dispose (object);
}

static void
bd_request_form_class_init (BdRequestFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_request_form_dispose;

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, BD_TYPE_REQUEST);
}

static void
bd_request_form_init (BdRequestForm *self)
{
  GtkWidget *title = gtk_label_new (_("New Policy-Change Request"));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 18);
  self->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->received = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->beneficiary_rows = g_ptr_array_new ();
  self->document_rows = g_ptr_array_new ();
  choices_reset (&self->applicants);
  choices_reset (&self->guardians);
  choices_reset (&self->anyone);
  choices_reset (&self->beneficiaries);

  gtk_widget_add_css_class (title, "title-2");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (self), title);
  self->verdict_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->verdict_label, TRUE);
  gtk_label_set_xalign (self->verdict_label, 0);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->verdict_label));
  build_request_group (self);
  build_applicant_group (self);
  build_details_group (self);
  self->documents_group = add_group (self, _("Documents received"));
  build_buttons (self);
}

GtkWidget *
bd_request_form_new (void)
{
  return g_object_new (BD_TYPE_REQUEST_FORM, NULL);
}
