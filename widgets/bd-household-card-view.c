/* bd-household-card-view.c — the household card (家庭卡) on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Staff must know a household "like the back of their hand" (000, 001): this view lays the
 * BdHouseholdCard out in sections — members, who plays which part in which policy, cover
 * and premiums, what falls due, what is in grace or lapsed, who services the household,
 * reasons for the next visit, and the protection gap, whose inputs staff type in with the
 * customer. It only shows the card and reports what the user asks for through signals;
 * the owner talks to the core and hands a new card back.
 *
 * Everything is rebuilt from the card on bd_household_card_view_set_card(); NULL empties
 * every section, so nothing of the last household stays on the screen facing the public.
 * The members, at the top, are shown at once; the sections below them are built once the
 * page has been painted (bd-after-paint.h), and the view is busy to assistive technology
 * until they are.
 */
#define G_LOG_DOMAIN "bd-household-card-view"

#include "config.h"

#include <string.h>

#include <math.h>

#include <glib/gi18n.h>

#include "bd-after-paint.h"
#include "bd-household-card-view.h"
#include "bd-status-label.h"

/* Years to cover, as the protection-need form accepts them. */
#define YEARS_MIN 1
#define YEARS_MAX 50

struct _BdHouseholdCardView
{
  AdwBin           parent_instance;

  BdHouseholdCard *card;
  gint64           household_id;
  gboolean         can_edit;
  BdAfterPaint     below_the_fold;   /* the sections under the members, still to build */

  GtkButton       *add_member_button;
  GtkListBox      *members_list;
  GtkGrid         *roles_grid;
  GtkGrid         *cover_grid;
  GtkListBox      *due_list;
  GtkListBox      *grace_list;
  GtkListBox      *staff_list;
  GtkListBox      *openings_list;
  AdwEntryRow     *spending_row;
  AdwEntryRow     *debts_row;
  AdwEntryRow     *years_row;
  GtkLabel        *need_error_label;
  GtkLabel        *need_label;
  GtkLabel        *cover_label;
  GtkLabel        *gap_label;
};

enum {
  PROP_0,
  PROP_CARD,
  PROP_CAN_EDIT,
  N_PROPS
};

enum {
  ADD_MEMBER_REQUESTED,
  EDIT_RELATION_REQUESTED,
  REMOVE_MEMBER_REQUESTED,
  NEED_SAVE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BdHouseholdCardView, bd_household_card_view, ADW_TYPE_BIN)

/* Parsing what staff type */

/**
 * bd_household_card_view_parse_yuan:
 * @text: what was typed, e.g. "1,200,000" or "3500.5"
 * @fen: (out): the amount in fen
 *
 * Reads an amount of yuan as the core does for every amount typed (bd_parse_yuan()):
 * digits, optionally with ASCII commas between groups of three, and at most two decimals.
 * Surrounding spaces are ignored.
 *
 * Returns: %TRUE and sets @fen when @text is such an amount; %FALSE, leaving @fen alone,
 *   when it is empty, negative or malformed.
 */
gboolean
bd_household_card_view_parse_yuan (const char *text,
                                   gint64     *fen)
{
  g_return_val_if_fail (fen != NULL, FALSE);

  return bd_parse_yuan (text, fen) == BD_YUAN_OK;
}

static char *
describe_yuan_error (BdYuanParse result,
                     const char *what)
{
  switch (result)
    {
    case BD_YUAN_EMPTY:
      /* Translators: %s is a field, e.g. "Debts outstanding" */
      return g_strdup_printf (_("%s: enter an amount, 0 if there is none."), what);
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
    case BD_YUAN_OK:
    default:
      return NULL;
    }
}

static gboolean
parse_years (const char *text,
             guint      *years)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint64 value;

  if (!g_ascii_string_to_unsigned (copy, 10, YEARS_MIN, YEARS_MAX, &value, NULL))
    return FALSE;
  *years = (guint) value;
  return TRUE;
}

/* Small helpers */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, row);
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static GtkWidget *
create_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
add_empty_row (GtkListBox *list,
               const char *text)
{
  GtkWidget *row = create_row (text, NULL);

  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (list, row);
}

static GtkWidget *
create_cell (const char *text,
             float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static BdCustomer *
member_customer (BdHouseholdCard *card,
                 guint            member)
{
  return bd_household_member_get_customer (bd_household_card_get_member (card, member));
}

static const char *
member_name (BdHouseholdCard *card,
             guint            member)
{
  return bd_or_dash (bd_customer_get_name (member_customer (card, member)));
}

static BdCustomer *
find_member (BdHouseholdCardView *self,
             gint64               customer_id)
{
  if (self->card == NULL)
    return NULL;

  for (guint i = 0; i < bd_household_card_get_n_members (self->card); i++)
    {
      BdCustomer *customer = member_customer (self->card, i);

      if (bd_customer_get_id (customer) == customer_id)
        return customer;
    }
  return NULL;
}

/* Members */

/* The menu is made when the button is first pressed: a menu model makes its popover at
 * once, and most members' menus are never opened. */
static void
create_member_popup_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  gint64 id = GPOINTER_TO_SIZE (user_data);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) edit = g_menu_item_new (_("Correct relationship…"), NULL);
  g_autoptr(GMenuItem) remove = g_menu_item_new (_("Remove from household…"), NULL);

  g_menu_item_set_action_and_target_value (edit, "card.edit-relation", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (remove, "card.remove-member", g_variant_new_int64 (id));
  g_menu_append_item (menu, edit);
  g_menu_append_item (menu, remove);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static GtkWidget *
create_member_menu (BdHouseholdCardView *self,
                    BdCustomer          *customer)
{
  g_autofree char *label = NULL;
  GtkWidget *button = gtk_menu_button_new ();

  /* Translators: %s is the name of a household member */
  label = g_strdup_printf (_("Actions for %s"), bd_or_dash (bd_customer_get_name (customer)));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_member_popup_cb,
                                         GSIZE_TO_POINTER (bd_customer_get_id (customer)), NULL);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_bind_property (self, "can-edit", button, "visible", G_BINDING_SYNC_CREATE);
  return button;
}

/* How the member stands to the customer open at the desk ("Spouse"), or, when the
 * household's records do not tell, to the head ("Sibling of the head"); the head is
 * named as such. */
static char *
describe_relation (BdHouseholdCard *card,
                   guint            member)
{
  BdRelation relation;
  const char *label;
  gboolean to_viewer = bd_household_card_get_relation_to_viewer (card, member, &relation);

  label = bd_relation_get_label (relation);
  if (bd_household_card_is_head (card, member))
    /* Translators: how the head of the household stands to the customer at the desk, e.g. "Spouse, head of household" */
    return g_strdup_printf (_("%s, head of household"), label);
  if (!to_viewer)
    /* Translators: a relationship to the head of the household, e.g. "Sibling of the head" */
    return g_strdup_printf (_("%s of the head"), label);
  return g_strdup (label);
}

/* The customer open at the desk stands out wherever the card names the members. */
static void
mark_if_viewer (BdHouseholdCard *card,
                guint            member,
                GtkWidget       *widget)
{
  if (bd_household_card_get_viewer (card) == member)
    gtk_widget_add_css_class (widget, "current-member");
}

static void
fill_members (BdHouseholdCardView *self)
{
  guint n = bd_household_card_get_n_members (self->card);

  if (n == 0)
    add_empty_row (self->members_list, _("No members"));

  for (guint i = 0; i < n; i++)
    {
      BdCustomer *customer = member_customer (self->card, i);
      g_autofree char *relation = describe_relation (self->card, i);
      int age = bd_household_card_get_member_age (self->card, i);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (age >= 0)
        /* Translators: a member's relationship to the customer at the desk and age */
        subtitle = g_strdup_printf (ngettext ("%s · %d year", "%s · %d years", age), relation, age);
      else
        subtitle = g_strdup (relation);

      row = create_row (bd_or_dash (bd_customer_get_name (customer)), subtitle);
      /* A death reported (a death claim): the family sees nobody is sent anything. */
      if (bd_customer_get_badges (customer) & BD_BADGE_DECEASED)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   bd_status_label_new (_("Deceased"), "badge", "ended"));
      if (bd_household_card_get_viewer (self->card) == i)
        {
          mark_if_viewer (self->card, i, row);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     bd_status_label_new (_("At the desk"), "badge", "accent"));
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_member_menu (self, customer));
      gtk_list_box_append (self->members_list, row);
    }
}

/* Roles in policies */

static char *
describe_beneficiary (BdBeneficiary *beneficiary)
{
  g_autofree char *share = NULL;
  guint rank;

  if (beneficiary == NULL)
    return g_strdup (_("Beneficiary"));

  share = bd_format_share (bd_beneficiary_get_share (beneficiary));
  rank = bd_beneficiary_get_rank (beneficiary);
  if (bd_beneficiary_get_kind (beneficiary) == BD_BENEFICIARY_SURVIVAL)
    /* Translators: a survival beneficiary's share, e.g. "Survival beneficiary 100%" */
    return g_strdup_printf (_("Survival beneficiary %s"), share);
  if (rank > 1)
    /* Translators: a death beneficiary of a later order (顺序) and the share, e.g. "Beneficiary (order 2) 50%" */
    return g_strdup_printf (_("Beneficiary (order %u) %s"), rank, share);
  /* Translators: a death beneficiary's share, e.g. "Beneficiary 50%" */
  return g_strdup_printf (_("Beneficiary %s"), share);
}

/* The member's parts in a policy joined by @separator, or NULL when they have none. */
static char *
describe_roles (BdPartyRoles   roles,
                BdBeneficiary *beneficiary,
                const char    *separator)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (roles & BD_PARTY_POLICYHOLDER)
    g_ptr_array_add (parts, g_strdup (_("Policyholder")));
  if (roles & BD_PARTY_INSURED)
    g_ptr_array_add (parts, g_strdup (_("Insured")));
  if (roles & BD_PARTY_BENEFICIARY)
    g_ptr_array_add (parts, describe_beneficiary (beneficiary));
  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (separator, (char **) parts->pdata);
}

static GtkWidget *
create_policy_header (BdPolicy *policy)
{
  const char *number = bd_or_dash (bd_policy_get_number (policy));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *product = create_cell (bd_or_dash (bd_policy_get_product_name (policy)), 0.5);
  /* The whole number, on one line: a tail of it names no policy for sure. */
  GtkWidget *tail_label = create_cell (number, 0.5);

  gtk_label_set_wrap (GTK_LABEL (product), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (product), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (product), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (product), 8);
  gtk_widget_add_css_class (product, "caption-heading");
  gtk_widget_add_css_class (tail_label, "caption");
  gtk_widget_add_css_class (tail_label, "numeric");
  gtk_widget_add_css_class (tail_label, "dim-label");

  gtk_widget_set_valign (box, GTK_ALIGN_END);
  gtk_widget_set_tooltip_text (box, number);
  gtk_box_append (GTK_BOX (box), product);
  gtk_box_append (GTK_BOX (box), tail_label);
  return box;
}

static GtkWidget *
create_role_cell (BdHouseholdCard *card,
                  guint            member,
                  guint            policy_index)
{
  BdPolicy *policy = bd_household_card_get_policy (card, policy_index);
  BdBeneficiary *beneficiary = NULL;
  BdPartyRoles roles = bd_household_card_get_roles (card, member, policy_index, &beneficiary);
  g_autofree char *shown = describe_roles (roles, beneficiary, "\n");
  g_autofree char *spoken = describe_roles (roles, beneficiary, ", ");
  g_autofree char *accessible = NULL;
  GtkWidget *cell = create_cell (shown != NULL ? shown : "—", 0.5);

  gtk_label_set_justify (GTK_LABEL (cell), GTK_JUSTIFY_CENTER);
  if (shown == NULL)
    gtk_widget_add_css_class (cell, "dim-label");

  /* Translators: a cell of the roles table, e.g. "王芳: Policyholder, Insured in 鸿福终身寿险 882000123456" */
  accessible = g_strdup_printf (_("%s: %s in %s %s"), member_name (card, member),
                                spoken != NULL ? spoken : _("no role"),
                                bd_or_dash (bd_policy_get_product_name (policy)),
                                bd_or_dash (bd_policy_get_number (policy)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  /* Also for sighted staff: with fifteen policies the column headers are far away. */
  gtk_widget_set_tooltip_text (cell, accessible);
  return cell;
}

static void
fill_roles (BdHouseholdCardView *self)
{
  guint n_members = bd_household_card_get_n_members (self->card);
  guint n_policies = bd_household_card_get_n_policies (self->card);

  if (n_policies == 0)
    {
      GtkWidget *none = create_cell (_("No policies"), 0);

      gtk_widget_add_css_class (none, "dim-label");
      gtk_grid_attach (self->roles_grid, none, 0, 0, 1, 1);
      return;
    }

  for (guint j = 0; j < n_policies; j++)
    gtk_grid_attach (self->roles_grid,
                     create_policy_header (bd_household_card_get_policy (self->card, j)),
                     (int) j + 1, 0, 1, 1);

  for (guint i = 0; i < n_members; i++)
    {
      GtkWidget *name = create_cell (member_name (self->card, i), 0);

      gtk_widget_add_css_class (name, "heading");
      mark_if_viewer (self->card, i, name);
      gtk_grid_attach (self->roles_grid, name, 0, (int) i + 1, 1, 1);
      for (guint j = 0; j < n_policies; j++)
        gtk_grid_attach (self->roles_grid, create_role_cell (self->card, i, j),
                         (int) j + 1, (int) i + 1, 1, 1);
    }
}

/* The tables scroll sideways: with the focus on one, the arrow keys, Home and End move it. */
static gboolean
table_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      gpointer               user_data)
{
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (scroller);
  double value = gtk_adjustment_get_value (adjustment);
  double step = MAX (gtk_adjustment_get_page_size (adjustment) / 4, 40);

  if (!gtk_widget_has_focus (GTK_WIDGET (scroller)) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      value -= step;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      value += step;
      break;
    case GDK_KEY_Home:
      value = gtk_adjustment_get_lower (adjustment);
      break;
    case GDK_KEY_End:
      value = gtk_adjustment_get_upper (adjustment);
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  gtk_adjustment_set_value (adjustment, value);
  return GDK_EVENT_STOP;
}

/* The wheel scrolls the page, not the table: a table that only scrolls sideways would
 * otherwise turn the page's vertical scrolling into its own sideways one, and the page
 * would stick under the pointer. */
static gboolean
table_scroll_cb (GtkEventControllerScroll *controller,
                 double                    dx,
                 double                    dy,
                 gpointer                  user_data)
{
  GtkWidget *table = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *page = gtk_widget_get_ancestor (gtk_widget_get_parent (table),
                                             GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double unit;

  if (page == NULL || dy == 0)
    return GDK_EVENT_PROPAGATE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page));
  /* The step GtkScrolledWindow itself takes for one notch of the wheel. */
  unit = pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy * unit);
  return GDK_EVENT_STOP;
}

/* Cover and premiums */

/* One figure of the cover table: "Life 500,000 yuan". */
static GtkWidget *
create_figure (const char *what,
               gint64      fen,
               gboolean    total)
{
  g_autofree char *amount = bd_format_yuan (fen);
  /* Translators: a kind of cover or "Annual premium", and an amount, e.g. "Life 500,000 yuan" */
  g_autofree char *text = g_strdup_printf (_("%s %s"), what, amount);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  if (total)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

/* The member's figures flow onto as many lines as the width needs: at 1024 pixels wide
 * a table of seven columns of amounts does not fit, and a column cut off is a figure
 * nobody reads. Kinds without cover are left out. */
static GtkWidget *
create_figures (const gint64 *cover,
                gint64        premium,
                gboolean      total)
{
  GtkWidget *box = gtk_flow_box_new ();
  guint n = 0;

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 18);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 4);
  /* Three fit at 1024 pixels; fewer would leave the card measured, and drawn, too tall. */
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (box), 3);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), BD_N_COVER_KINDS + 1);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (int k = 0; k < BD_N_COVER_KINDS; k++)
    {
      if (cover[k] == 0)
        continue;
      gtk_flow_box_append (GTK_FLOW_BOX (box), create_figure (bd_cover_kind_get_label (k),
                                                              cover[k], total));
      n++;
    }
  if (n == 0)
    {
      GtkWidget *none = gtk_label_new (_("No cover in force"));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_flow_box_append (GTK_FLOW_BOX (box), none);
    }
  gtk_flow_box_append (GTK_FLOW_BOX (box), create_figure (_("Annual premium"), premium, total));

  /* Figures are read, not chosen: no stop for the keyboard on each. */
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
  return box;
}

static void
fill_cover (BdHouseholdCardView *self)
{
  guint n_members = bd_household_card_get_n_members (self->card);
  gint64 totals[BD_N_COVER_KINDS] = { 0 };
  GtkWidget *total_label;
  int total_row = (int) n_members + 1;

  for (guint i = 0; i < n_members; i++)
    {
      GtkWidget *name = create_cell (member_name (self->card, i), 0);
      gint64 cover[BD_N_COVER_KINDS];

      gtk_widget_add_css_class (name, "heading");
      gtk_widget_set_valign (name, GTK_ALIGN_START);
      mark_if_viewer (self->card, i, name);
      gtk_grid_attach (self->cover_grid, name, 0, (int) i, 1, 1);
      for (int k = 0; k < BD_N_COVER_KINDS; k++)
        {
          cover[k] = bd_household_card_get_cover (self->card, i, k);
          totals[k] += cover[k];
        }
      gtk_grid_attach (self->cover_grid,
                       create_figures (cover, bd_household_card_get_annual_premium (self->card, i),
                                       FALSE),
                       1, (int) i, 1, 1);
    }

  gtk_grid_attach (self->cover_grid, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL),
                   0, (int) n_members, 2, 1);
  total_label = create_cell (_("Total"), 0);
  gtk_widget_add_css_class (total_label, "heading");
  gtk_widget_set_valign (total_label, GTK_ALIGN_START);
  gtk_grid_attach (self->cover_grid, total_label, 0, total_row, 1, 1);
  gtk_grid_attach (self->cover_grid,
                   create_figures (totals, bd_household_card_get_total_annual_premium (self->card),
                                   TRUE),
                   1, total_row, 1, 1);
}

/* Due dates, grace and lapsed */

static const char *
due_kind_label (BdDueKind kind)
{
  switch (kind)
    {
    case BD_DUE_PREMIUM:
      return _("Premium");
    case BD_DUE_MATURITY:
      return _("Maturity");
    case BD_DUE_SURVIVAL_BENEFIT:
      return _("Survival benefit");
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
describe_policy (BdPolicy *policy)
{
  return g_strdup_printf ("%s · %s", bd_or_dash (bd_policy_get_product_name (policy)),
                          bd_or_dash (bd_policy_get_number (policy)));
}

static void
fill_due_dates (BdHouseholdCardView *self)
{
  GArray *dates = bd_household_card_get_due_dates (self->card);

  if (dates == NULL || dates->len == 0)
    {
      guint horizon = bd_household_card_get_due_horizon (self->card);
      g_autofree char *none = g_strdup_printf (ngettext ("Nothing due in the next %u day",
                                                         "Nothing due in the next %u days",
                                                         horizon),
                                               horizon);

      add_empty_row (self->due_list, none);
    }

  for (guint i = 0; dates != NULL && i < dates->len; i++)
    {
      const BdDueDate *due = &g_array_index (dates, BdDueDate, i);
      g_autofree char *subtitle = describe_policy (due->policy);
      char iso[BD_ISO_DATE_SIZE] = "—";
      GtkWidget *row = create_row (due_kind_label (due->kind), subtitle);
      GtkWidget *date;

      if (g_date_valid (&due->date))
        bd_date_format_iso (&due->date, iso);
      date = create_cell (iso, 0);
      gtk_widget_add_css_class (date, "numeric");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), date);
      if (due->amount > 0)
        {
          g_autofree char *amount = bd_format_yuan (due->amount);
          g_autofree char *text = NULL;
          GtkWidget *label;

          if (due->kind == BD_DUE_SURVIVAL_BENEFIT)
            /* Translators: the basic sum insured a survival benefit is reckoned on */
            text = g_strdup_printf (_("on a sum insured of %s"), amount);
          label = create_cell (text != NULL ? text : amount, 1);
          gtk_widget_add_css_class (label, "numeric");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
        }
      gtk_list_box_append (self->due_list, row);
    }
}

static void
add_troubled_policy (BdHouseholdCardView *self,
                     BdPolicy            *policy,
                     const char          *style)
{
  const char *due = bd_policy_get_next_due_date (policy);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (bd_policy_get_status (policy) == BD_POLICY_GRACE && due != NULL)
    /* Translators: policy number, insured person, date the unpaid premium fell due */
    subtitle = g_strdup_printf (_("%s · insured %s · premium due %s"),
                                bd_or_dash (bd_policy_get_number (policy)),
                                bd_or_dash (bd_policy_get_insured_name (policy)), due);
  else
    /* Translators: policy number and insured person */
    subtitle = g_strdup_printf (_("%s · insured %s"), bd_or_dash (bd_policy_get_number (policy)),
                                bd_or_dash (bd_policy_get_insured_name (policy)));

  row = create_row (bd_or_dash (bd_policy_get_product_name (policy)), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             bd_status_label_new (bd_policy_status_get_label (bd_policy_get_status (policy)),
                                                  "badge", style));
  gtk_list_box_append (self->grace_list, row);
}

static void
fill_grace (BdHouseholdCardView *self)
{
  GPtrArray *grace = bd_household_card_get_grace_policies (self->card);
  GPtrArray *lapsed = bd_household_card_get_lapsed_policies (self->card);

  for (guint i = 0; grace != NULL && i < grace->len; i++)
    add_troubled_policy (self, g_ptr_array_index (grace, i), "warning");
  for (guint i = 0; lapsed != NULL && i < lapsed->len; i++)
    add_troubled_policy (self, g_ptr_array_index (lapsed, i), "error");

  if ((grace == NULL || grace->len == 0) && (lapsed == NULL || lapsed->len == 0))
    add_empty_row (self->grace_list, _("No policy is in its grace period or lapsed"));
}

/* Servicing staff */

static void
add_split_warning (BdHouseholdCardView *self)
{
  /* Translators: 合并家庭保单服务件 — one household is served by one staff member */
  GtkWidget *row = create_row (_("Policies are with several servicing staff: merge them under one"), NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_widget_add_css_class (row, "warning");
  gtk_list_box_append (self->staff_list, row);
}

static void
fill_staff (BdHouseholdCardView *self)
{
  guint n = bd_household_card_get_n_servicing_staff (self->card);
  gint64 assigned = bd_household_get_servicing_staff_id (bd_household_card_get_household (self->card));

  if (bd_household_card_is_split (self->card))
    add_split_warning (self);
  if (n == 0)
    add_empty_row (self->staff_list, _("No servicing staff recorded"));

  for (guint i = 0; i < n; i++)
    {
      gint64 id = bd_household_card_get_servicing_staff_id (self->card, i);
      const char *name = bd_household_card_get_servicing_staff_name (self->card, i);
      guint count = bd_household_card_get_servicing_staff_n_policies (self->card, i);
      g_autofree char *policies = g_strdup_printf (ngettext ("%u policy", "%u policies", count), count);
      GtkWidget *row = create_row (name != NULL ? name : _("Unknown staff"),
                                   id == assigned ? _("Assigned to this household") : NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_cell (policies, 1));
      gtk_list_box_append (self->staff_list, row);
    }
}

/* Service openings */

static const char *
opening_icon (BdOpeningKind kind)
{
  switch (kind)
    {
    case BD_OPENING_NO_BENEFICIARY:
      return "contact-new-symbolic";
    case BD_OPENING_DOCUMENT_EXPIRED:
    case BD_OPENING_DOCUMENT_EXPIRING:
      return "user-info-symbolic";
    case BD_OPENING_PHONE_MISSING:
    case BD_OPENING_PHONE_INVALID:
      return "phone-symbolic";
    case BD_OPENING_PREMIUM_IN_GRACE:
      return "alarm-symbolic";
    case BD_OPENING_LAPSED:
      return "dialog-warning-symbolic";
    case BD_OPENING_DIFFICULT_CASE:
      return "find-location-symbolic";
    case BD_OPENING_SURVIVAL_BENEFIT_DUE:
    case BD_OPENING_MATURITY_DUE:
      return "x-office-calendar-symbolic";
    case BD_OPENING_NO_SERVICING_STAFF:
      return "avatar-default-symbolic";
    case BD_OPENING_SPLIT_SERVICING:
      return "system-users-symbolic";
    case BD_OPENING_PROTECTION_GAP:
      return "security-high-symbolic";
    default:
      return "emblem-important-symbolic";
    }
}

/* "王芳 · 鸿福终身寿险 882000123456 · 2026-12-01": whichever of the three the opening has. */
static char *
describe_opening (const BdOpening *opening)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (opening->member != NULL)
    g_ptr_array_add (parts, g_strdup (bd_or_dash (bd_customer_get_name (opening->member))));
  if (opening->policy != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("%s %s",
                                             bd_or_dash (bd_policy_get_product_name (opening->policy)),
                                             bd_or_dash (bd_policy_get_number (opening->policy))));
  if (g_date_valid (&opening->date))
    {
      char iso[BD_ISO_DATE_SIZE];

      g_ptr_array_add (parts, g_strdup (bd_date_format_iso (&opening->date, iso)));
    }
  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
fill_openings (BdHouseholdCardView *self)
{
  GArray *openings = bd_household_card_get_openings (self->card);

  if (openings == NULL || openings->len == 0)
    add_empty_row (self->openings_list, _("No service openings"));

  for (guint i = 0; openings != NULL && i < openings->len; i++)
    {
      const BdOpening *opening = &g_array_index (openings, BdOpening, i);
      g_autofree char *subtitle = describe_opening (opening);
      GtkWidget *row = create_row (bd_opening_kind_get_label (opening->kind), subtitle);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (opening_icon (opening->kind)));
      gtk_list_box_append (self->openings_list, row);
    }
}

/* Protection gap */

static void
set_amount_label (GtkLabel *label,
                  gboolean  known,
                  gint64    fen)
{
  g_autofree char *text = known ? bd_format_yuan (fen) : g_strdup ("—");

  gtk_label_set_label (label, text);
}

static void
fill_gap (BdHouseholdCardView *self)
{
  gint64 need = 0, cover = 0, gap = 0;
  gboolean known = FALSE;

  if (self->card != NULL)
    {
      known = bd_household_card_get_protection_gap (self->card, &need, NULL, &gap);
      /* Also before a need is entered: the life cover is worth seeing. */
      cover = bd_household_card_get_life_cover (self->card);
    }

  set_amount_label (self->need_label, known, need);
  set_amount_label (self->cover_label, self->card != NULL, cover);
  set_amount_label (self->gap_label, known, gap);
  gtk_widget_remove_css_class (GTK_WIDGET (self->gap_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->gap_label), "success");
  if (known)
    gtk_widget_add_css_class (GTK_WIDGET (self->gap_label), gap > 0 ? "warning" : "success");
}

/* Checks one field of the need; returns why it is wrong, or NULL with @value set. */
static char *
check_need_row (BdHouseholdCardView *self,
                AdwEntryRow         *row,
                gint64              *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  guint years = 0;

  if (row == self->years_row)
    {
      if (!parse_years (text, &years))
        /* Translators: the two numbers are the limits, 1 and 50 */
        return g_strdup_printf (_("Years to cover: a whole number from %d to %d."),
                                YEARS_MIN, YEARS_MAX);
      *value = years;
      return NULL;
    }

  return describe_yuan_error (bd_parse_yuan (text, value),
                              row == self->spending_row ? _("Annual household spending")
                                                        : _("Debts outstanding"));
}

/* Marks the fields that are wrong and says why under the form. With @only_marked, only the
 * fields already marked are checked again: typing fixes a mark, it never makes one. */
static gboolean
check_need (BdHouseholdCardView *self,
            gboolean             only_marked,
            BdProtectionNeed    *need)
{
  AdwEntryRow *rows[] = { self->spending_row, self->debts_row, self->years_row };
  gint64 values[G_N_ELEMENTS (rows)] = { 0 };
  g_autoptr(GString) reasons = g_string_new (NULL);
  gboolean valid = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *reason = NULL;

      if (only_marked && !gtk_widget_has_css_class (GTK_WIDGET (rows[i]), "error"))
        continue;

      reason = check_need_row (self, rows[i], &values[i]);
      if (reason == NULL)
        {
          gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
          continue;
        }
      gtk_widget_add_css_class (GTK_WIDGET (rows[i]), "error");
      g_string_append_printf (reasons, "%s%s", reasons->len > 0 ? "\n" : "", reason);
      valid = FALSE;
    }

  gtk_label_set_label (self->need_error_label, reasons->str);
  gtk_widget_set_visible (GTK_WIDGET (self->need_error_label), reasons->len > 0);

  need->annual_spending = values[0];
  need->debts = values[1];
  need->years = (guint) values[2];
  return valid;
}

static void
clear_need_errors (BdHouseholdCardView *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->spending_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->debts_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->years_row), "error");
  gtk_label_set_label (self->need_error_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->need_error_label), FALSE);
}

static void
save_need (BdHouseholdCardView *self)
{
  BdProtectionNeed need = { 0 };

  if (check_need (self, FALSE, &need))
    g_signal_emit (self, signals[NEED_SAVE_REQUESTED], 0, &need);
}

static void
need_changed_cb (BdHouseholdCardView *self)
{
  BdProtectionNeed unused;

  check_need (self, TRUE, &unused);
}

static void
need_activated_cb (BdHouseholdCardView *self)
{
  save_need (self);
}

/* Actions */

static void
add_member_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  g_signal_emit (widget, signals[ADD_MEMBER_REQUESTED], 0);
}

static void
member_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BdHouseholdCardView *self = BD_HOUSEHOLD_CARD_VIEW (widget);
  BdCustomer *customer = find_member (self, g_variant_get_int64 (parameter));

  if (customer == NULL)
    return;

  if (g_str_equal (action_name, "card.edit-relation"))
    g_signal_emit (self, signals[EDIT_RELATION_REQUESTED], 0, customer);
  else
    g_signal_emit (self, signals[REMOVE_MEMBER_REQUESTED], 0, customer);
}

static void
save_need_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  save_need (BD_HOUSEHOLD_CARD_VIEW (widget));
}

static void
update_edit_actions (BdHouseholdCardView *self)
{
  gboolean editable = self->can_edit && self->card != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.add-member", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.edit-relation", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.remove-member", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.save-need", self->card != NULL);
}

/* The card */

static void
set_busy (BdHouseholdCardView *self,
          gboolean             busy)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_BUSY, busy, -1);
}

static void
clear_sections (BdHouseholdCardView *self)
{
  bd_after_paint_cancel (&self->below_the_fold);
  set_busy (self, FALSE);
  clear_list (self->members_list);
  clear_grid (self->roles_grid);
  clear_grid (self->cover_grid);
  clear_list (self->due_list);
  clear_list (self->grace_list);
  clear_list (self->staff_list);
  clear_list (self->openings_list);
}

static void
fill_below_the_fold (gpointer user_data)
{
  BdHouseholdCardView *self = user_data;

  fill_roles (self);
  fill_cover (self);
  fill_due_dates (self);
  fill_grace (self);
  fill_staff (self);
  fill_openings (self);
  set_busy (self, FALSE);
}

static void
fill_sections (BdHouseholdCardView *self)
{
  fill_members (self);
  set_busy (self, TRUE);
  bd_after_paint_schedule (&self->below_the_fold, GTK_WIDGET (self), fill_below_the_fold, self);
}

static void
bd_household_card_view_dispose (GObject *object)
{
  BdHouseholdCardView *self = (BdHouseholdCardView *)object;

  bd_after_paint_cancel (&self->below_the_fold);
  gtk_widget_dispose_template (GTK_WIDGET (self), BD_TYPE_HOUSEHOLD_CARD_VIEW);
  g_clear_object (&self->card);

  G_OBJECT_CLASS (bd_household_card_view_parent_class)->dispose (object);
}

static void
bd_household_card_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  BdHouseholdCardView *self = BD_HOUSEHOLD_CARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_CARD:
      g_value_set_object (value, self->card);
      break;
    case PROP_CAN_EDIT:
      g_value_set_boolean (value, self->can_edit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_household_card_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  BdHouseholdCardView *self = BD_HOUSEHOLD_CARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_CARD:
      bd_household_card_view_set_card (self, g_value_get_object (value));
      break;
    case PROP_CAN_EDIT:
      bd_household_card_view_set_can_edit (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_household_card_view_class_init (BdHouseholdCardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bd_household_card_view_dispose;
  object_class->get_property = bd_household_card_view_get_property;
  object_class->set_property = bd_household_card_view_set_property;

  properties[PROP_CARD] =
    g_param_spec_object ("card", NULL, NULL, BD_TYPE_HOUSEHOLD_CARD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BdHouseholdCardView:can-edit:
   *
   * Whether the signed-in user may change the household: shows the Add member button and
   * the members' action menus. %FALSE by default.
   */
  properties[PROP_CAN_EDIT] =
    g_param_spec_boolean ("can-edit", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BdHouseholdCardView::add-member-requested:
   *
   * The user asked to add someone to the household.
   */
  signals[ADD_MEMBER_REQUESTED] =
    g_signal_new ("add-member-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * BdHouseholdCardView::edit-relation-requested:
   * @customer: the member whose relationship to the head is to be corrected
   */
  signals[EDIT_RELATION_REQUESTED] =
    g_signal_new ("edit-relation-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BD_TYPE_CUSTOMER);
  /**
   * BdHouseholdCardView::remove-member-requested:
   * @customer: the member to take out of the household
   *
   * The handler confirms with the user before it removes anyone.
   */
  signals[REMOVE_MEMBER_REQUESTED] =
    g_signal_new ("remove-member-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BD_TYPE_CUSTOMER);
  /**
   * BdHouseholdCardView::need-save-requested:
   * @need: (type gpointer): the checked BdProtectionNeed, valid during the emission only
   */
  signals[NEED_SAVE_REQUESTED] =
    g_signal_new ("need-save-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_install_action (widget_class, "card.add-member", NULL, add_member_action_cb);
  gtk_widget_class_install_action (widget_class, "card.edit-relation", "x", member_action_cb);
  gtk_widget_class_install_action (widget_class, "card.remove-member", "x", member_action_cb);
  gtk_widget_class_install_action (widget_class, "card.save-need", NULL, save_need_action_cb);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/widgets/bd-household-card-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, add_member_button);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, members_list);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, roles_grid);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, cover_grid);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, due_list);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, grace_list);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, staff_list);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, openings_list);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, spending_row);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, debts_row);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, years_row);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, need_error_label);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, need_label);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, cover_label);
  gtk_widget_class_bind_template_child (widget_class, BdHouseholdCardView, gap_label);
  gtk_widget_class_bind_template_callback (widget_class, need_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, need_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, table_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, table_scroll_cb);
  gtk_widget_class_set_css_name (widget_class, "householdcard");
}

static void
bd_household_card_view_init (BdHouseholdCardView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_object_bind_property (self, "can-edit", self->add_member_button, "visible",
                          G_BINDING_SYNC_CREATE);
  update_edit_actions (self);
  gtk_widget_set_visible (adw_bin_get_child (ADW_BIN (self)), FALSE);
}

/**
 * bd_household_card_view_new:
 *
 * Returns: (transfer floating): an empty #BdHouseholdCardView
 */
GtkWidget *
bd_household_card_view_new (void)
{
  return g_object_new (BD_TYPE_HOUSEHOLD_CARD_VIEW, NULL);
}

/**
 * bd_household_card_view_get_card:
 * @self: a #BdHouseholdCardView
 *
 * Returns: (transfer none) (nullable): the card shown
 */
BdHouseholdCard *
bd_household_card_view_get_card (BdHouseholdCardView *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD_VIEW (self), NULL);
  return self->card;
}

/**
 * bd_household_card_view_set_card:
 * @self: a #BdHouseholdCardView
 * @card: (nullable): the card to show, or %NULL to empty the view
 *
 * Shows @card. The protection-need fields keep what was typed when @card is of the same
 * household as before (after a save, say); for another household, or %NULL, they are
 * emptied: call bd_household_card_view_set_need() after this function.
 */
void
bd_household_card_view_set_card (BdHouseholdCardView *self,
                                 BdHouseholdCard     *card)
{
  gint64 household_id = 0;

  g_return_if_fail (BD_IS_HOUSEHOLD_CARD_VIEW (self));
  g_return_if_fail (card == NULL || BD_IS_HOUSEHOLD_CARD (card));

  if (card != NULL)
    household_id = bd_household_get_id (bd_household_card_get_household (card));
  if (card == NULL || household_id != self->household_id)
    bd_household_card_view_set_need (self, NULL);
  self->household_id = household_id;

  if (!g_set_object (&self->card, card))
    return;

  clear_sections (self);
  if (card != NULL)
    fill_sections (self);
  fill_gap (self);
  update_edit_actions (self);
  gtk_widget_set_visible (adw_bin_get_child (ADW_BIN (self)), card != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARD]);
}

gboolean
bd_household_card_view_get_can_edit (BdHouseholdCardView *self)
{
  g_return_val_if_fail (BD_IS_HOUSEHOLD_CARD_VIEW (self), FALSE);
  return self->can_edit;
}

/**
 * bd_household_card_view_set_can_edit:
 * @self: a #BdHouseholdCardView
 * @can_edit: whether the signed-in user may change the household's members
 */
void
bd_household_card_view_set_can_edit (BdHouseholdCardView *self,
                                     gboolean             can_edit)
{
  g_return_if_fail (BD_IS_HOUSEHOLD_CARD_VIEW (self));

  can_edit = !!can_edit;
  if (can_edit == self->can_edit)
    return;

  self->can_edit = can_edit;
  update_edit_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_EDIT]);
}

/**
 * bd_household_card_view_set_need:
 * @self: a #BdHouseholdCardView
 * @need: (nullable): the protection need on record, or %NULL for none
 *
 * Fills the protection-need fields with @need, or empties them.
 */
void
bd_household_card_view_set_need (BdHouseholdCardView    *self,
                                 const BdProtectionNeed *need)
{
  g_autofree char *spending = NULL;
  g_autofree char *debts = NULL;
  g_autofree char *years = NULL;

  g_return_if_fail (BD_IS_HOUSEHOLD_CARD_VIEW (self));

  if (need != NULL)
    {
      spending = bd_format_fen_whole (need->annual_spending);
      debts = bd_format_fen_whole (need->debts);
      years = g_strdup_printf ("%u", need->years);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->spending_row), spending != NULL ? spending : "");
  gtk_editable_set_text (GTK_EDITABLE (self->debts_row), debts != NULL ? debts : "");
  gtk_editable_set_text (GTK_EDITABLE (self->years_row), years != NULL ? years : "");
  clear_need_errors (self);
}
