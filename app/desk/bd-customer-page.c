/* bd-customer-page.c — the customer at the desk: the header, and the tabs under it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the counter looks at with the customer in front of them. The page reads what it
 * shows from the store through the session, so that revealing a value goes through the
 * session's rules and into the audit log. Identity number and mobile are masked until
 * revealed, one at a time, for 30 seconds.
 *
 * Under the header, the tabs: each is a BdCustomerTab, and the page opens, clears, prints
 * and keeps the drafts of all of them through that interface without naming any. The
 * Overview (household card, service card) is one of them (bd-overview-tab.c).
 */
#define G_LOG_DOMAIN "bd-customer-page"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-complaints-tab.h"
#include "bd-contacts-page.h"
#include "bd-customer-page.h"
#include "bd-customer-tab.h"
#include "bd-customers-store.h"
#include "bd-identity.h"
#include "bd-masked-label.h"
#include "bd-overview-tab.h"
#include "bd-policy-rules.h"
#include "bd-requests-tab.h"
#include "bd-claims-tab.h"
#include "bd-status-label.h"

/* How long a revealed value stays on screen. */
#define REVEAL_SECONDS 30

struct _BdCustomerPage
{
  AdwBin               parent_instance;

  BdSession           *session;
  BdCustomer          *customer;

  GtkScrolledWindow   *scroller;
  guint                scroll_tick;
  GtkLabel            *name_label;
  GtkLabel            *summary_label;
  GtkBox              *badge_box;
  AdwActionRow        *identity_row;
  BdMaskedLabel       *identity_label;
  BdMaskedLabel       *mobile_label;
  GtkLabel            *address_label;
  AdwActionRow        *guardian_row;
  GtkLabel            *guardian_label;
  AdwViewStack        *workflow_stack;
  GPtrArray           *tabs;             /* BdCustomerTab, in the order they show */
};

G_DEFINE_FINAL_TYPE (BdCustomerPage, bd_customer_page, ADW_TYPE_BIN)

static void toast (BdCustomerPage *self,
                   const char     *message);

/* Today in the branch, whatever the machine's own time zone. */
static void
today (BdCustomerPage *self,
       GDate          *date)
{
  bd_store_get_today (bd_session_get_store (self->session), date);
}

static void
add_badge (BdCustomerPage *self,
           const char     *text,
           const char     *style)
{
  gtk_box_append (self->badge_box, bd_status_label_new (text, "badge", style));
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
show_badges (BdCustomerPage *self)
{
  GDate date;
  guint badges;

  today (self, &date);
  badges = bd_customer_get_badges_on (self->customer, &date);
  clear_box (self->badge_box);
  if (badges & BD_BADGE_DECEASED)
    add_badge (self, _("Deceased"), "ended");
  if (badges & BD_BADGE_MINOR)
    add_badge (self, bd_customer_get_guardian_id (self->customer) != 0
                       ? _("Minor with guardian") : _("Minor"), "accent");
  if (badges & BD_BADGE_GRACE)
    add_badge (self, _("Premium in grace period"), "warning");
  if (badges & BD_BADGE_LAPSED)
    add_badge (self, _("Lapsed policy"), "error");
  if (badges & BD_BADGE_DIFFICULT)
    add_badge (self, _("Difficult case"), "error");
  if (badges & BD_BADGE_VIP)
    add_badge (self, _("VIP"), "success");
}

/* "Valid until 2030-06-30", or a warning when it ran out or runs out soon: the core says
 * which (bd_document_validity). */
static void
show_document_validity (BdCustomerPage *self)
{
  const char *until = bd_customer_get_id_valid_until (self->customer);
  g_autofree char *text = NULL;
  BdDocumentValidity validity;
  GDate date;
  int days;

  gtk_widget_remove_css_class (GTK_WIDGET (self->identity_row), "warning");
  today (self, &date);
  validity = bd_document_validity (until, &date, &days);
  switch (validity)
    {
    case BD_DOCUMENT_EXPIRED:
      text = g_strdup_printf (_("Expired on %s: ask for a valid document"), until);
      break;
    case BD_DOCUMENT_EXPIRING:
      text = g_strdup_printf (_("Expires on %s, in %d days"), until, days);
      break;
    case BD_DOCUMENT_VALID:
      text = g_strdup_printf (_("Valid until %s"), until);
      break;
    case BD_DOCUMENT_VALID_FOR_LIFE:
    default:
      text = g_strdup (_("Valid for life"));
      break;
    }
  if (validity == BD_DOCUMENT_EXPIRED || validity == BD_DOCUMENT_EXPIRING)
    gtk_widget_add_css_class (GTK_WIDGET (self->identity_row), "warning");
  adw_action_row_set_subtitle (self->identity_row, text);
}

static char *
describe_person (BdCustomerPage *self,
                 BdCustomer     *customer)
{
  GDate date;
  int age;

  today (self, &date);
  age = bd_customer_get_age_on (customer, &date);
  /* The age of a customer who has died would go on counting: the Deceased badge beside
   * it says what the counter needs to know. */
  if (age < 0 || (bd_customer_get_badges (customer) & BD_BADGE_DECEASED))
    return g_strdup (bd_sex_get_label (bd_customer_get_sex (customer)));
  return g_strdup_printf (ngettext ("%s, %d year old", "%s, %d years old", age),
                          bd_sex_get_label (bd_customer_get_sex (customer)), age);
}

static void
show_guardian (BdCustomerPage *self)
{
  gint64 guardian_id = bd_customer_get_guardian_id (self->customer);
  g_autoptr(BdCustomer) guardian = NULL;

  if (guardian_id != 0)
    guardian = bd_store_get_customer (bd_session_get_store (self->session), guardian_id, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->guardian_row), guardian != NULL);
  gtk_label_set_label (self->guardian_label, guardian != NULL ? bd_customer_get_name (guardian) : "");
}

static void
show_header (BdCustomerPage *self)
{
  g_autofree char *person = describe_person (self, self->customer);
  g_autofree char *identity = bd_mask_identity_number (bd_customer_get_id_number (self->customer));
  g_autofree char *mobile = bd_mask_phone (bd_customer_get_mobile (self->customer));
  const char *address = bd_customer_get_address (self->customer);

  gtk_label_set_label (self->name_label, bd_customer_get_name (self->customer));
  gtk_label_set_label (self->summary_label, person);
  bd_masked_label_set_masked_text (self->identity_label, identity);
  bd_masked_label_set_masked_text (self->mobile_label,
                                   mobile[0] != '\0' ? mobile : _("No mobile number"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->mobile_label), mobile[0] != '\0');
  gtk_label_set_label (self->address_label, address != NULL ? address : _("No address"));
  show_document_validity (self);
  show_badges (self);
  show_guardian (self);
}

/* ── opening and clearing ──────────────────────────────────────────────────────── */

static void
scroll_to_top (BdCustomerPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

/* The new rows are measured at the next frame, and the viewport follows any focus that
 * lands in them: the top is set again once they are laid out. */
static gboolean
scroll_to_top_tick_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  BdCustomerPage *self = BD_CUSTOMER_PAGE (widget);

  scroll_to_top (self);
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
show_from_the_top (BdCustomerPage *self)
{
  scroll_to_top (self);
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_top_tick_cb,
                                                      NULL, NULL);
}

/* Reads the customer afresh and shows them; opening them is bd_customer_page_open(). */
static gboolean
load_customer (BdCustomerPage  *self,
               gint64           customer_id,
               GError         **error)
{
  BdStore *store;
  g_autoptr(BdCustomer) customer = NULL;
  g_autoptr(GListModel) policies = NULL;

  g_return_val_if_fail (BD_IS_CUSTOMER_PAGE (self), FALSE);
  g_return_val_if_fail (self->session != NULL, FALSE);

  if (!bd_session_check (self->session, BD_PERMISSION_VIEW_CUSTOMERS, error))
    return FALSE;
  store = bd_session_get_store (self->session);
  customer = bd_store_get_customer (store, customer_id, error);
  if (customer == NULL ||
      (policies = bd_store_list_policies_of (store, customer_id, error)) == NULL)
    return FALSE;

  /* A revealed value never carries over to the next customer, and a customer opens with
   * the name at the top; reading the same one again keeps the place. */
  if (self->customer == NULL || bd_customer_get_id (self->customer) != customer_id)
    show_from_the_top (self);
  bd_customer_page_clear (self);
  self->customer = g_steal_pointer (&customer);
  show_header (self);
  for (guint i = 0; i < self->tabs->len; i++)
    if (!bd_customer_tab_open (g_ptr_array_index (self->tabs, i), self->customer, policies, error))
      return FALSE;
  return TRUE;
}

gboolean
bd_customer_page_open (BdCustomerPage  *self,
                       gint64           customer_id,
                       GError         **error)
{
  g_autoptr(BdCustomer) customer = NULL;

  g_return_val_if_fail (BD_IS_CUSTOMER_PAGE (self), FALSE);
  g_return_val_if_fail (self->session != NULL, FALSE);

  /* The recent list is read from these rows: only staff opening a customer is one, never
   * the page reading the customer again after a change of their own. Fail closed: the
   * audit row goes in first, and a customer whose opening cannot be audited is never put
   * on the page, which is emptied (a read-only or broken database, issue 9). */
  if (!bd_session_check (self->session, BD_PERMISSION_VIEW_CUSTOMERS, error) ||
      (customer = bd_store_get_customer (bd_session_get_store (self->session), customer_id,
                                         error)) == NULL)
    return FALSE;
  if (!bd_session_note_customer_opened (self->session, customer, error))
    {
      bd_customer_page_clear (self);
      return FALSE;
    }
  return load_customer (self, customer_id, error);
}

void
bd_customer_page_clear (BdCustomerPage *self)
{
  g_return_if_fail (BD_IS_CUSTOMER_PAGE (self));

  g_clear_object (&self->customer);
  bd_masked_label_conceal (self->identity_label);
  bd_masked_label_conceal (self->mobile_label);
  bd_masked_label_set_masked_text (self->identity_label, "");
  bd_masked_label_set_masked_text (self->mobile_label, "");
  gtk_label_set_label (self->name_label, "");
  gtk_label_set_label (self->summary_label, "");
  gtk_label_set_label (self->address_label, "");
  gtk_label_set_label (self->guardian_label, "");
  clear_box (self->badge_box);
  for (guint i = 0; i < self->tabs->len; i++)
    bd_customer_tab_clear (g_ptr_array_index (self->tabs, i));
}

void
bd_customer_page_print (BdCustomerPage *self)
{
  GtkWidget *tab;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BD_IS_CUSTOMER_PAGE (self));

  tab = adw_view_stack_get_visible_child (self->workflow_stack);
  if (self->customer == NULL || tab == NULL)
    return;
  if (!bd_customer_tab_print (BD_CUSTOMER_TAB (tab), &error) && error != NULL)
    toast (self, error->message);
}

double
bd_customer_page_get_scroll (BdCustomerPage *self)
{
  GtkAdjustment *adjustment;

  g_return_val_if_fail (BD_IS_CUSTOMER_PAGE (self), 0);
  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  return gtk_adjustment_get_value (adjustment) - gtk_adjustment_get_lower (adjustment);
}

static const char *
tab_name (BdCustomerPage *self,
          BdCustomerTab  *tab)
{
  return adw_view_stack_page_get_name (adw_view_stack_get_page (self->workflow_stack,
                                                                GTK_WIDGET (tab)));
}

/* The visible tab is kept under this key, beside the tabs' drafts under their names. */
#define VISIBLE_TAB_KEY "tab"

GVariant *
bd_customer_page_dup_draft (BdCustomerPage *self)
{
  g_autoptr(GVariantDict) drafts = g_variant_dict_new (NULL);
  gboolean any = FALSE;

  g_return_val_if_fail (BD_IS_CUSTOMER_PAGE (self), NULL);

  if (self->customer == NULL)
    return NULL;
  /* Each tab with a form gives its own draft; the page keeps them by tab. */
  for (guint i = 0; i < self->tabs->len; i++)
    {
      BdCustomerTab *tab = g_ptr_array_index (self->tabs, i);
      g_autoptr(GVariant) draft = bd_customer_tab_dup_draft (tab);

      if (draft == NULL)
        continue;
      g_variant_dict_insert_value (drafts, tab_name (self, tab), draft);
      any = TRUE;
    }
  if (!any)
    return NULL;
  g_variant_dict_insert (drafts, VISIBLE_TAB_KEY, "s",
                         adw_view_stack_get_visible_child_name (self->workflow_stack));
  return g_variant_dict_end (drafts);
}

void
bd_customer_page_restore_draft (BdCustomerPage *self,
                                GVariant       *draft)
{
  g_autoptr(GVariantDict) drafts = NULL;
  const char *visible = NULL;

  g_return_if_fail (BD_IS_CUSTOMER_PAGE (self));

  if (self->customer == NULL || draft == NULL || !g_variant_is_of_type (draft, G_VARIANT_TYPE_VARDICT))
    return;
  drafts = g_variant_dict_new (draft);
  for (guint i = 0; i < self->tabs->len; i++)
    {
      BdCustomerTab *tab = g_ptr_array_index (self->tabs, i);
      g_autoptr(GVariant) own = g_variant_dict_lookup_value (drafts, tab_name (self, tab), NULL);

      if (own != NULL)
        bd_customer_tab_restore_draft (tab, own);
    }
  if (g_variant_dict_lookup (drafts, VISIBLE_TAB_KEY, "&s", &visible))
    adw_view_stack_set_visible_child_name (self->workflow_stack, visible);
}

gboolean
bd_customer_page_has_unsaved_input (BdCustomerPage *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER_PAGE (self), FALSE);

  for (guint i = 0; i < self->tabs->len; i++)
    if (bd_customer_tab_has_unsaved_input (g_ptr_array_index (self->tabs, i)))
      return TRUE;
  return FALSE;
}

BdCustomer *
bd_customer_page_get_customer (BdCustomerPage *self)
{
  g_return_val_if_fail (BD_IS_CUSTOMER_PAGE (self), NULL);
  return self->customer;
}

static void
toast (BdCustomerPage *self,
       const char     *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
reveal (BdCustomerPage *self,
        BdMaskedLabel  *label,
        BdRevealField   field)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  if (self->customer == NULL)
    return;
  value = bd_session_reveal (self->session, self->customer, field, &error);
  if (value == NULL)
    {
      toast (self, error != NULL ? error->message : _("There is nothing to reveal"));
      return;
    }
  bd_masked_label_show_clear (label, value, REVEAL_SECONDS);
}

static void
identity_reveal_requested_cb (BdCustomerPage *self)
{
  reveal (self, self->identity_label, BD_REVEAL_ID_NUMBER);
}

static void
mobile_reveal_requested_cb (BdCustomerPage *self)
{
  reveal (self, self->mobile_label, BD_REVEAL_MOBILE);
}

void
bd_customer_page_set_session (BdCustomerPage *self,
                              BdSession      *session)
{
  g_return_if_fail (BD_IS_CUSTOMER_PAGE (self));

  if (g_set_object (&self->session, session))
    {
      for (guint i = 0; i < self->tabs->len; i++)
        bd_customer_tab_set_session (g_ptr_array_index (self->tabs, i), session);
      bd_customer_page_clear (self);
    }
}

/* customer.changed: a tab changed the customer or their policies (a request carried
 * out): the page reads them again — without the audit row of an opening, which is staff
 * opening a customer, not the page reading its own change — and every other tab shows
 * them; the tab that acted keeps where it is. */
static void
customer_changed_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BdCustomerPage *self = BD_CUSTOMER_PAGE (widget);
  g_autoptr(BdCustomer) customer = NULL;
  g_autoptr(GListModel) policies = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *acting = adw_view_stack_get_visible_child (self->workflow_stack);
  BdStore *store;

  if (self->customer == NULL || self->session == NULL)
    return;
  store = bd_session_get_store (self->session);
  customer = bd_store_get_customer (store, bd_customer_get_id (self->customer), &error);
  if (customer == NULL
      || (policies = bd_store_list_policies_of (store, bd_customer_get_id (customer), &error)) == NULL)
    {
      g_warning ("The customer could not be read again: %s", error->message);
      return;
    }
  g_set_object (&self->customer, customer);
  show_header (self);
  for (guint i = 0; i < self->tabs->len; i++)
    {
      BdCustomerTab *tab = g_ptr_array_index (self->tabs, i);

      if (GTK_WIDGET (tab) != acting && !bd_customer_tab_open (tab, customer, policies, &error))
        {
          g_warning ("A tab could not show the customer again: %s", error->message);
          g_clear_error (&error);
        }
    }
}

/* The tab that starts policy-change requests, or NULL while none is registered. */
static BdCustomerTab *
find_request_tab (BdCustomerPage *self)
{
  for (guint i = 0; self->tabs != NULL && i < self->tabs->len; i++)
    if (bd_customer_tab_can_start_request (g_ptr_array_index (self->tabs, i)))
      return g_ptr_array_index (self->tabs, i);
  return NULL;
}

/* customer.start-request(policy id): the service card's "Start a request" shows the tab
 * that takes requests, started on that policy. Disabled (so the card's row is insensitive)
 * while no tab takes them. */
static void
start_request_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BdCustomerPage *self = BD_CUSTOMER_PAGE (widget);
  BdCustomerTab *tab = find_request_tab (self);

  if (tab == NULL)
    return;
  adw_view_stack_set_visible_child (self->workflow_stack, GTK_WIDGET (tab));
  bd_customer_tab_start_request (tab, g_variant_get_int64 (parameter));
}

/* A tab joins the list the page opens, clears, prints and keeps drafts through. */
static void
track_tab (BdCustomerPage *self,
           BdCustomerTab  *tab)
{
  g_ptr_array_add (self->tabs, g_object_ref (tab));
  if (self->session != NULL)
    bd_customer_tab_set_session (tab, self->session);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "customer.start-request",
                                 find_request_tab (self) != NULL);
}

void
bd_customer_page_add_tab (BdCustomerPage *self,
                          BdCustomerTab  *tab,
                          const char     *name,
                          const char     *title,
                          const char     *icon_name)
{
  AdwViewStackPage *page;

  g_return_if_fail (BD_IS_CUSTOMER_PAGE (self));
  g_return_if_fail (BD_IS_CUSTOMER_TAB (tab));
  g_return_if_fail (gtk_widget_get_parent (GTK_WIDGET (tab)) == NULL);
  g_return_if_fail (name != NULL && g_strcmp0 (name, VISIBLE_TAB_KEY) != 0);
  g_return_if_fail (adw_view_stack_get_child_by_name (self->workflow_stack, name) == NULL);
  /* A tab that could not forget the customer would keep them on screen over a lock. */
  g_return_if_fail (BD_CUSTOMER_TAB_GET_IFACE (tab)->open != NULL &&
                    BD_CUSTOMER_TAB_GET_IFACE (tab)->clear != NULL);

  page = adw_view_stack_add_titled (self->workflow_stack, GTK_WIDGET (tab), name, title);
  adw_view_stack_page_set_icon_name (page, icon_name);
  track_tab (self, tab);
}

/* The tabs of the template: every page of the stack is one. */
static void
track_template_tabs (BdCustomerPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->workflow_stack));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      g_assert (BD_IS_CUSTOMER_TAB (child));
      track_tab (self, BD_CUSTOMER_TAB (child));
    }
}

static void
bd_customer_page_dispose (GObject *object)
{
  BdCustomerPage *self = (BdCustomerPage *)object;

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), BD_TYPE_CUSTOMER_PAGE);
  g_clear_pointer (&self->tabs, g_ptr_array_unref);
  g_clear_object (&self->customer);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (bd_customer_page_parent_class)->dispose (object);
}

static void
bd_customer_page_class_init (BdCustomerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bd_customer_page_dispose;

  gtk_widget_class_install_action (widget_class, "customer.start-request", "x",
                                   start_request_cb);
  gtk_widget_class_install_action (widget_class, "customer.changed", NULL, customer_changed_cb);
  g_type_ensure (BD_TYPE_MASKED_LABEL);
  g_type_ensure (BD_TYPE_CONTACTS_PAGE);
  g_type_ensure (BD_TYPE_OVERVIEW_TAB);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/bd-customer-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, badge_box);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, identity_row);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, identity_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, mobile_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, address_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, guardian_row);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, guardian_label);
  gtk_widget_class_bind_template_child (widget_class, BdCustomerPage, workflow_stack);
  gtk_widget_class_bind_template_callback (widget_class, identity_reveal_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, mobile_reveal_requested_cb);
}

static void
bd_customer_page_init (BdCustomerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The bin's own child, so not a template child: AdwBin unparents it itself. */
  self->scroller = GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)));
  self->tabs = g_ptr_array_new_with_free_func (g_object_unref);
  track_template_tabs (self);
  bd_customer_page_add_tab (self, BD_CUSTOMER_TAB (bd_requests_tab_new ()), "requests",
                            _("Policy changes"), "document-edit-symbolic");
  bd_customer_page_add_tab (self, BD_CUSTOMER_TAB (bd_claims_tab_new ()), "claims", _("Claims"),
                            "emblem-documents-symbolic");
  bd_customer_page_add_tab (self, BD_CUSTOMER_TAB (bd_complaints_tab_new ()), "complaints",
                            _("Complaints"), "mail-unread-symbolic");
}

GtkWidget *
bd_customer_page_new (void)
{
  return g_object_new (BD_TYPE_CUSTOMER_PAGE, NULL);
}
