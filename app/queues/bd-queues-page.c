/* bd-queues-page.c — the Queues area: whom to contact, and the day's planned visits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Contacting customers goes in the order of the premium due dates, speaking to the
 * policyholder (000). The queue lists the policies whose premium falls due soon or is
 * overdue; activating one opens its policyholder at the Desk. Above it, the contact slips
 * planned for today can be printed, all or a selection, and the policy-change requests
 * whose deadlines fall due are listed by due day, overdue first (activating one opens its
 * customer). A supervisor looking at the whole branch sees its open complaints below
 * them, the major ones first as soon as they are logged, the rest by their next deadline
 * with their owner (bd-complaints-desk.h). Whose work is listed (one's own customers and cases, or the whole branch) is
 * the session's decision; the page says how many there are and reads each list a page at
 * a time.
 *
 * Showing the area costs the same on the busiest day as on a quiet one: each list is
 * counted only up to a bound ("1000+"), a page of its rows is one query that brings all a
 * row shows, and the rows are list views' rows, bound from the page's items (a screenful
 * in the first frame, the rest in the idle turns after). What is chosen to print is kept
 * in the page, not in the rows. The requests' list walks the running deadlines only
 * (bd_case_store_list_due()): the closed cases, however many, cost nothing.
 */
#define G_LOG_DOMAIN "bd-queues-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-case-entry.h"
#include "bd-case-store.h"
#include "bd-clock.h"
#include "bd-contacts-store.h"
#include "bd-policy.h"
#include "bd-findings-group.h"
#include "bd-queues-page.h"
#include "bd-claim-catalogue.h"
#include "bd-complaint-catalogue.h"
#include "bd-complaint-month-page.h"
#include "bd-complaints-desk.h"
#include "bd-request-catalogue.h"
#include "bd-reveal-model.h"

/* How far ahead the queues look (premiums and the requests' deadlines), and how much of
 * each list is read at a time. */
#define DUE_WINDOW_DAYS 30
#define PAGE_ROWS 100
/* A list is counted this far past what it shows: a count that costs the same on the
 * busiest day; past it, the title says "1000+" and the next pages count further. */
#define COUNT_BOUND 1000
/* A page's rows: a screenful in the first frame, the rest a few each idle turn after it
 * (bd-reveal-model.c). */
#define ROWS_FIRST_SHOWN 10
/* A list's first page when another list is above it: below the fold at first. */
#define ROWS_FIRST_BELOW 2
#define ROWS_SHOWN_A_TURN 10

/* One of the two lists: the pages read so far, each shown by a list view of its own
 * (GTK 4.8's list views make a row for up to 200 items: a page of 100 stays whole), and
 * how many the list holds, counted up to @bound. */
typedef struct
{
  GListStore *items;     /* every item of the pages read so far */
  guint       total;     /* counted, at most bound */
  guint       bound;
  gboolean    more;      /* more than bound */
  GtkBox     *pages;     /* the list views, one a page */
  GtkButton  *more_button;
} QueueList;

struct _BdQueuesPage
{
  AdwBin      parent_instance;

  BdSession  *session;
  BdScope     scope;
  gboolean    scope_chosen;  /* else the role's default, taken at the next refresh */
  GDate       today;
  QueueList   due;           /* BdPolicy */
  QueueList   slips;         /* BdContact, with their customers' names */
  QueueList   requests;      /* BdCaseEntry: the requests' running deadlines */
  QueueList   complaints;    /* BdCaseEntry: the open complaints, the major ones first */
  guint       n_major;
  GHashTable *chosen;        /* the ids of the slips chosen to print (gint64 *) */
  GtkListItemFactory *due_factory;
  GtkListItemFactory *slip_factory;
  GtkListItemFactory *request_factory;

  AdwWindowTitle *title;
  GtkLabel   *staff_label;
  GtkMenuButton *menu_button;
  GtkWidget  *month_report_button;
  GtkWidget  *scope_box;
  GtkToggleButton *own_button;
  GtkToggleButton *branch_button;
  AdwPreferencesGroup *due_group;
  GtkBox     *due_pages;
  GtkWidget  *nobody_label;
  GtkButton  *more_button;
  BdFindingsGroup     *findings_group;   /* spotchecks/: the owner's open findings */
  AdwPreferencesGroup *slips_group;
  GtkBox     *slips_pages;
  GtkButton  *slips_more_button;
  GtkButton  *print_chosen_button;
  AdwPreferencesGroup *requests_group;
  GtkBox     *requests_pages;
  GtkButton  *requests_more_button;
  AdwPreferencesGroup *complaints_group;
};

G_DEFINE_FINAL_TYPE (BdQueuesPage, bd_queues_page, ADW_TYPE_BIN)

/* ── rows: bound from the page's items, reading nothing ────────────────────────── */

static char *
describe_due (BdPolicy *policy)
{
  g_autofree char *premium = bd_format_yuan (bd_policy_get_premium (policy));

  return g_strdup_printf (_("Due %s · %s %s · premium %s (%s)"),
                          bd_policy_get_next_due_date (policy),
                          bd_policy_get_product_name (policy), bd_policy_get_number (policy),
                          premium, bd_frequency_get_label (bd_policy_get_frequency (policy)));
}

/* A row laid out as libadwaita lays out an AdwActionRow (its style sheet then draws it
 * alike): a header box with the prefixes, the title and subtitle, and the suffixes. The
 * parts are kept on the list item for binding. */
static GtkWidget *
row_new (GtkListItem *item,
         GtkWidget   *prefix,
         GtkWidget   *suffix)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_add_css_class (header, "header");
  gtk_widget_add_css_class (text, "title");
  gtk_widget_add_css_class (title, "title");
  gtk_widget_add_css_class (subtitle, "subtitle");
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (text, TRUE);
  for (GtkWidget *label = title; label != NULL; label = label == title ? subtitle : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (text), label);
    }
  if (prefix != NULL)
    {
      GtkWidget *prefixes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_add_css_class (prefixes, "prefixes");
      gtk_widget_set_valign (prefix, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (prefixes), prefix);
      gtk_box_append (GTK_BOX (header), prefixes);
    }
  gtk_box_append (GTK_BOX (header), text);
  if (suffix != NULL)
    {
      GtkWidget *suffixes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_add_css_class (suffixes, "suffixes");
      gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (suffixes), suffix);
      gtk_box_append (GTK_BOX (header), suffixes);
    }
  g_object_set_data (G_OBJECT (header), "list-item", item);
  g_object_set_data (G_OBJECT (item), "title", title);
  g_object_set_data (G_OBJECT (item), "subtitle", subtitle);
  gtk_list_item_set_child (item, header);
  return header;
}

static void
set_row_text (GtkListItem *item,
              const char  *title,
              const char  *subtitle)
{
  gtk_label_set_label (g_object_get_data (G_OBJECT (item), "title"), title);
  gtk_label_set_label (g_object_get_data (G_OBJECT (item), "subtitle"), subtitle);
  bd_accessible_name_list_item (gtk_list_item_get_child (item), title);
}

static void
setup_due_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *status = gtk_label_new (NULL);

  gtk_widget_add_css_class (status, "badge");
  g_object_set_data (G_OBJECT (item), "status", status);
  row_new (item, NULL, status);
}

static void
bind_due_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  BdPolicy *policy = gtk_list_item_get_item (item);
  GtkWidget *status = g_object_get_data (G_OBJECT (item), "status");
  gboolean grace = bd_policy_get_status (policy) == BD_POLICY_GRACE;
  g_autofree char *subtitle = describe_due (policy);

  set_row_text (item, bd_policy_get_policyholder_name (policy), subtitle);
  gtk_label_set_label (GTK_LABEL (status), bd_policy_status_get_label (bd_policy_get_status (policy)));
  gtk_widget_remove_css_class (status, grace ? "success" : "warning");
  gtk_widget_add_css_class (status, grace ? "warning" : "success");
}

/* Nothing of a customer stays in a row that shows nobody. */
static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  set_row_text (item, "", "");
}

/* The workflow that describes the cases of @area: each workflow with deadlines adds its
 * kind here. */
static const BdCaseKind *
case_kind_of (const char *area)
{
  const BdCaseKind *kinds[] = { bd_request_case_kind (), bd_claim_case_kind (),
                                bd_complaint_case_kind (), bd_consultation_case_kind () };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (area, kinds[i]->area) == 0)
      return kinds[i];
  return NULL;
}

/* "BQ202611200003 · Accept a complete application · due 2026-11-24 · Waiting for
 * documents": the case, what must be done by when, and where the case stands. */
static char *
describe_request (BdCaseEntry *entry)
{
  const BdCaseKind *kind = case_kind_of (bd_case_entry_get_area (entry));
  const BdDeadlineRule *rule = kind != NULL ? bd_case_kind_find_deadline (kind, bd_case_entry_get_rule (entry))
                                            : NULL;
  const char *state = kind != NULL ? bd_lifecycle_state_label (kind->lifecycle, bd_case_entry_get_state (entry))
                                   : bd_case_entry_get_state (entry);
  char day[BD_ISO_DATE_SIZE];
  GDate due;
  const char *due_text = bd_case_entry_get_due (entry, &due)
                           ? bd_date_format_iso (&due, day)
                           : NULL;

  if (bd_case_entry_get_owner_name (entry) != NULL)
    /* Translators: a case's number, its state, its owner, and what must be done by when */
    return g_strdup_printf (_("%s · %s · owner %s · %s %s"), bd_case_entry_get_number (entry),
                            state, bd_case_entry_get_owner_name (entry),
                            rule != NULL ? _(rule->label) : _("no deadline running"),
                            rule == NULL ? "" : due_text != NULL ? due_text : _("due day not known"));
  if (due_text == NULL)
    /* Translators: case number · what must be done · the case's state, its due day beyond
     * the calendar's known years */
    return g_strdup_printf (_("%s · %s · due day not known · %s"), bd_case_entry_get_number (entry),
                            rule != NULL ? _(rule->label) : bd_case_entry_get_rule (entry), state);
  /* Translators: case number · what must be done · due day · the case's state */
  return g_strdup_printf (_("%s · %s · due %s · %s"), bd_case_entry_get_number (entry),
                          rule != NULL ? _(rule->label) : bd_case_entry_get_rule (entry),
                          due_text, state);
}

static const char *
due_state_style (BdDeadlineState state)
{
  switch (state)
    {
    case BD_DEADLINE_OVERDUE:
      return "error";
    case BD_DEADLINE_DUE_SOON:
      return "warning";
    case BD_DEADLINE_UNKNOWN:
      return "accent";
    case BD_DEADLINE_PENDING:
    case BD_DEADLINE_PAUSED:
    case BD_DEADLINE_MET:
    default:
      return "success";
    }
}

static void
bind_request_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  static const char *const styles[] = { "error", "warning", "accent", "success" };
  BdCaseEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *status = g_object_get_data (G_OBJECT (item), "status");
  BdDeadlineState state = bd_case_entry_get_due_state (entry);
  g_autofree char *subtitle = describe_request (entry);

  set_row_text (item, bd_case_entry_get_customer_name (entry), subtitle);
  /* A workflow's flag ("Major complaint") says more than the deadline's state. */
  gtk_label_set_label (GTK_LABEL (status), bd_case_entry_get_flag (entry) != NULL
                                           ? bd_case_entry_get_flag (entry)
                                           : bd_deadline_state_get_label (state));
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (status, styles[i]);
  gtk_widget_add_css_class (status, bd_case_entry_get_flag (entry) != NULL
                                    ? "error" : due_state_style (state));
}

static gint64
slip_id (GtkListItem *item)
{
  BdContact *contact = item != NULL ? gtk_list_item_get_item (item) : NULL;

  return contact != NULL ? bd_contact_get_id (contact) : 0;
}

static void
update_print_chosen (BdQueuesPage *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_chosen_button),
                            g_hash_table_size (self->chosen) > 0);
}

/* What is chosen lives in the page, not in the rows: a row shows it while bound. */
static void
choose_slip (BdQueuesPage *self,
             gint64        id,
             gboolean      chosen)
{
  if (id == 0)
    return;
  if (chosen)
    g_hash_table_add (self->chosen, g_memdup2 (&id, sizeof id));
  else
    g_hash_table_remove (self->chosen, &id);
  update_print_chosen (self);
}

static void
check_toggled_cb (GtkCheckButton *check,
                  BdQueuesPage   *self)
{
  choose_slip (self, slip_id (g_object_get_data (G_OBJECT (check), "list-item")),
               gtk_check_button_get_active (check));
}

static void
setup_slip_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               BdQueuesPage             *self)
{
  GtkWidget *check = gtk_check_button_new ();

  g_object_set_data (G_OBJECT (check), "list-item", item);
  g_object_set_data (G_OBJECT (item), "check", check);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
  row_new (item, check, NULL);
}

/* "张三 · 14:30 · 送达保险费发票", with a box to choose it. */
static void
bind_slip_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              BdQueuesPage             *self)
{
  BdContact *contact = gtk_list_item_get_item (item);
  GtkWidget *check = g_object_get_data (G_OBJECT (item), "check");
  const char *visit = bd_contact_get_next_visit (contact);
  BdServiceItem service = bd_contact_get_service_item (contact);
  /* "Other" says nothing: the slip carries what was typed for it. */
  const char *what = service == BD_SERVICE_ITEM_OTHER && bd_contact_get_service_other (contact) != NULL
                       ? bd_contact_get_service_other (contact) : bd_service_item_get_label (service);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", visit != NULL && strlen (visit) > 11 ? visit + 11 : "",
                                               what);
  const char *name = bd_contact_get_customer_name (contact) != NULL
                       ? bd_contact_get_customer_name (contact) : "";
  g_autofree char *label = g_strdup_printf (_("Choose the slip for %s"), name);
  gint64 id = bd_contact_get_id (contact);

  set_row_text (item, name, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_hash_table_contains (self->chosen, &id));
}

/* Enter on a due row, or a click: the policyholder opens at the Desk, the one to call. */
static void
due_activate_cb (BdQueuesPage *self,
                 guint         position,
                 GtkListView  *view)
{
  g_autoptr(BdPolicy) policy = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (view)),
                                                      position);

  if (policy != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-customer", "x",
                                bd_policy_get_policyholder_id (policy));
}

/* A request's row: its customer opens at the Desk (the request itself is on their page). */
static void
request_activate_cb (BdQueuesPage *self,
                     guint         position,
                     GtkListView  *view)
{
  g_autoptr(BdCaseEntry) entry = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (view)),
                                                        position);

  if (entry != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-customer", "x",
                                bd_case_entry_get_customer_id (entry));
}

/* On a slip row, as on an action row with its check box: the box toggles. */
static void
slip_activate_cb (BdQueuesPage *self,
                  guint         position,
                  GtkListView  *view)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (view)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *header = gtk_widget_get_first_child (row);
      GtkListItem *item = header != NULL ? g_object_get_data (G_OBJECT (header), "list-item") : NULL;

      if (item != NULL && gtk_list_item_get_item (item) != NULL &&
          gtk_list_item_get_position (item) == position)
        {
          GtkCheckButton *check = g_object_get_data (G_OBJECT (item), "check");

          gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
          return;
        }
    }
}

static void
print_chosen_clicked_cb (BdQueuesPage *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->slips.items));

  /* In the order of the list. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BdContact) contact = g_list_model_get_item (G_LIST_MODEL (self->slips.items), i);
      gint64 id = bd_contact_get_id (contact);

      if (g_hash_table_contains (self->chosen, &id))
        g_array_append_val (ids, id);
    }
  gtk_widget_activate_action_variant (GTK_WIDGET (self), "win.print-slips",
                                      g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids->data,
                                                                 ids->len, sizeof (gint64)));
}

static void
print_all_clicked_cb (BdQueuesPage *self)
{
  char day[BD_ISO_DATE_SIZE];

  gtk_widget_activate_action (GTK_WIDGET (self), "win.print-day-slips-in", "(ss)",
                              bd_date_format_iso (&self->today, day),
                              bd_scope_to_string (self->scope));
}

/* ── the lists, a page at a time ───────────────────────────────────────────────── */

static void
list_clear (QueueList *list)
{
  GtkWidget *child;

  g_list_store_remove_all (list->items);
  list->total = 0;
  list->bound = COUNT_BOUND;
  list->more = FALSE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list->pages))) != NULL)
    gtk_box_remove (list->pages, child);
  gtk_widget_set_visible (GTK_WIDGET (list->pages), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (list->more_button), FALSE);
}

/* Whether a list with rows is above @list on the page (slips, requests, premiums due). */
static gboolean
list_is_below (BdQueuesPage *self,
               QueueList    *list)
{
  QueueList *above[] = { &self->slips, &self->requests, &self->complaints };

  for (guint i = 0; i < G_N_ELEMENTS (above) && above[i] != list; i++)
    if (g_list_model_get_n_items (G_LIST_MODEL (above[i]->items)) > 0)
      return TRUE;
  return FALSE;
}

/* A page read: its items join the list, and a list view of its own shows them. */
static void
list_add_page (BdQueuesPage       *self,
               QueueList          *list,
               GListModel         *page,
               GtkListItemFactory *factory,
               const char         *name,
               GCallback           activate)
{
  guint n = g_list_model_get_n_items (page);
  g_autoptr(BdRevealModel) shown = NULL;
  guint first = ROWS_FIRST_SHOWN;
  GtkWidget *view;

  if (n == 0)
    return;
  if (g_list_model_get_n_items (G_LIST_MODEL (list->items)) == 0 && list_is_below (self, list))
    first = ROWS_FIRST_BELOW;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (page, i);
      g_list_store_append (list->items, item);
    }
  shown = bd_reveal_model_new (page, first, ROWS_SHOWN_A_TURN);
  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&shown)))),
                            g_object_ref (factory));
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (view), TRUE);
  gtk_widget_add_css_class (view, "queue-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect_object (view, "activate", activate, self, G_CONNECT_SWAPPED);
  gtk_box_append (list->pages, view);
  gtk_widget_set_visible (GTK_WIDGET (list->pages), TRUE);
}

/* "Show 100 More (100 of 1234 shown)" below a list cut short, or no button. */
static void
list_show_more_button (QueueList *list)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (list->items));
  g_autofree char *more = NULL;

  gtk_widget_set_visible (GTK_WIDGET (list->more_button), shown < list->total || list->more);
  if (list->more)
    /* Translators: a button below a list: "Show 100 More (100 of more than 1000 shown)" */
    more = g_strdup_printf (_("Show %u More (%u of more than %u shown)"), PAGE_ROWS, shown,
                            list->total);
  else if (shown < list->total)
    /* Translators: a button below a list: "Show 100 More (100 of 1234 shown)" */
    more = g_strdup_printf (_("Show %u More (%u of %u shown)"), MIN (PAGE_ROWS, list->total - shown),
                            shown, list->total);
  if (more != NULL)
    gtk_button_set_label (list->more_button, more);
}

/* A count told by the store counted up to one past the bound. */
static void
list_set_count (QueueList *list,
                guint      counted)
{
  list->more = counted > list->bound;
  list->total = MIN (counted, list->bound);
}

/* Before the next page: a list counted up to its bound is counted further once the
 * pages come near it. */
static gboolean
list_needs_count (QueueList *list,
                  guint      page)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (list->items));

  if (!list->more || shown + page < list->bound)
    return FALSE;
  list->bound += COUNT_BOUND;
  return TRUE;
}

static gboolean
scope_staff (BdQueuesPage *self,
             gint64       *staff_id)
{
  g_autoptr(GError) error = NULL;

  if (bd_session_get_scope_staff (self->session, self->scope, staff_id, &error))
    return TRUE;
  g_debug ("Queues not shown: %s", error->message);
  return FALSE;
}

/* "Customers to Contact (1234)", or "(1000+)" past the count's bound: never more than
 * is known. */
static void
show_due_count (BdQueuesPage *self)
{
  g_autofree char *title = NULL;

  if (self->due.more)
    /* Translators: more than %u customers to contact */
    title = g_strdup_printf (_("Customers to Contact (%u+)"), self->due.bound);
  else
    title = g_strdup_printf (ngettext ("Customers to Contact (%u)", "Customers to Contact (%u)",
                                       self->due.total),
                             self->due.total);
  adw_preferences_group_set_title (self->due_group, title);
  gtk_widget_set_visible (self->nobody_label, self->due.total == 0);
  list_show_more_button (&self->due);
}

static void
show_slips_count (BdQueuesPage *self)
{
  g_autofree char *title = NULL;

  if (self->slips.more)
    /* Translators: more than %u contact slips */
    title = g_strdup_printf (_("Contact Slips of the Day (%u+)"), self->slips.bound);
  else
    title = g_strdup_printf (ngettext ("Contact Slips of the Day (%u)",
                                       "Contact Slips of the Day (%u)", self->slips.total),
                             self->slips.total);
  adw_preferences_group_set_title (self->slips_group, title);
  gtk_widget_set_visible (GTK_WIDGET (self->slips_group), self->slips.total > 0);
  list_show_more_button (&self->slips);
}

/* "Deadlines Due (12)": the running deadlines of every workflow's cases (a case may have two). */
static void
show_requests_count (BdQueuesPage *self)
{
  g_autofree char *title = NULL;

  if (self->requests.more)
    /* Translators: more than %u deadlines of policy-change requests */
    title = g_strdup_printf (_("Deadlines Due (%u+)"), self->requests.bound);
  else
    title = g_strdup_printf (ngettext ("Deadlines Due (%u)",
                                       "Deadlines Due (%u)", self->requests.total),
                             self->requests.total);
  adw_preferences_group_set_title (self->requests_group, title);
  gtk_widget_set_visible (GTK_WIDGET (self->requests_group), self->requests.total > 0);
  list_show_more_button (&self->requests);
}

/* The last day the queues look to. */
static void
get_due_until (BdQueuesPage *self,
               GDate        *until)
{
  *until = self->today;
  g_date_add_days (until, DUE_WINDOW_DAYS);
}

static void
read_requests_page (BdQueuesPage *self)
{
  BdStore *store = bd_session_get_store (self->session);
  g_autoptr(GListModel) page = NULL;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->requests.items));
  guint counted = 0;
  gint64 staff_id = 0;
  GDate until;

  if (!scope_staff (self, &staff_id))
    return;
  get_due_until (self, &until);
  if (list_needs_count (&self->requests, PAGE_ROWS) &&
      bd_case_store_count_due (store, &until, staff_id, self->requests.bound + 1, &counted,
                               NULL))
    list_set_count (&self->requests, counted);
  page = bd_case_store_list_due (store, &until, staff_id, shown, PAGE_ROWS, NULL);
  if (page != NULL)
    list_add_page (self, &self->requests, page, self->request_factory,
                   _("Deadlines due"), G_CALLBACK (request_activate_cb));
  show_requests_count (self);
}

/* Reads the next page of the queue onto the end of the list: one query for its rows, and
 * a count when the pages come near the bound it was counted to. */
static void
read_due_page (BdQueuesPage *self)
{
  BdStore *store = bd_session_get_store (self->session);
  g_autoptr(GListModel) page = NULL;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->due.items));
  guint counted = 0;
  gint64 staff_id = 0;

  if (!scope_staff (self, &staff_id))
    return;
  if (list_needs_count (&self->due, PAGE_ROWS) &&
      bd_store_count_premiums_due (store, &self->today, DUE_WINDOW_DAYS, staff_id,
                                   self->due.bound + 1, &counted, NULL))
    list_set_count (&self->due, counted);
  page = bd_store_list_premiums_due_of (store, &self->today, DUE_WINDOW_DAYS, staff_id, shown,
                                        PAGE_ROWS, NULL);
  if (page != NULL)
    list_add_page (self, &self->due, page, self->due_factory, _("Customers to contact"),
                   G_CALLBACK (due_activate_cb));
  show_due_count (self);
}

static void
read_slips_page (BdQueuesPage *self)
{
  BdStore *store = bd_session_get_store (self->session);
  g_autoptr(GListModel) page = NULL;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->slips.items));
  guint counted = 0;
  gint64 staff_id = 0;

  if (!scope_staff (self, &staff_id))
    return;
  if (list_needs_count (&self->slips, PAGE_ROWS) &&
      bd_store_count_day_slips (store, &self->today, staff_id, self->slips.bound + 1, &counted,
                                NULL))
    list_set_count (&self->slips, counted);
  page = bd_store_list_day_slips (store, &self->today, staff_id, shown, PAGE_ROWS, NULL);
  if (page != NULL)
    list_add_page (self, &self->slips, page, self->slip_factory, _("Contact slips of the day"),
                   G_CALLBACK (slip_activate_cb));
  show_slips_count (self);
}

/* "Open Complaints (12)": for a supervisor looking at the whole branch. */
static void
show_complaints_count (BdQueuesPage *self)
{
  g_autofree char *title = NULL;

  if (self->complaints.more)
    /* Translators: more than %u open complaints */
    title = g_strdup_printf (_("Open Complaints (%u+)"), self->complaints.bound);
  else
    title = g_strdup_printf (ngettext ("Open Complaints (%u)", "Open Complaints (%u)",
                                       self->complaints.total),
                             self->complaints.total);
  adw_preferences_group_set_title (self->complaints_group, title);
  gtk_widget_set_visible (GTK_WIDGET (self->complaints_group), self->complaints.total > 0);
  list_show_more_button (&self->complaints);
}

static void
read_complaints_page (BdQueuesPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->complaints.items));
  g_autoptr(GListModel) page = NULL;
  guint counted = 0;

  if (list_needs_count (&self->complaints, PAGE_ROWS) &&
      bd_complaints_desk_count_open (self->session, self->complaints.bound + 1, &counted, NULL))
    list_set_count (&self->complaints, counted + self->n_major);
  page = bd_complaints_desk_list_open (self->session, shown - self->n_major, PAGE_ROWS, NULL);
  if (page != NULL)
    list_add_page (self, &self->complaints, page, self->request_factory, _("Open complaints"),
                   G_CALLBACK (request_activate_cb));
  show_complaints_count (self);
}

/* The major ones first, read whole (a few), then the first page of the others. */
static void
refresh_complaints (BdQueuesPage *self)
{
  g_autoptr(GListModel) major = NULL;
  guint counted = 0;

  self->n_major = 0;
  if (self->scope != BD_SCOPE_BRANCH ||
      !bd_session_may (self->session, BD_PERMISSION_BRANCH_QUEUES))
    {
      show_complaints_count (self);
      return;
    }
  major = bd_complaints_desk_list_major_open (self->session, NULL);
  if (major != NULL)
    {
      self->n_major = g_list_model_get_n_items (major);
      list_add_page (self, &self->complaints, major, self->request_factory,
                     _("Major complaints"), G_CALLBACK (request_activate_cb));
    }
  if (bd_complaints_desk_count_open (self->session, self->complaints.bound + 1, &counted, NULL))
    list_set_count (&self->complaints, counted + self->n_major);
  read_complaints_page (self);
}

static void
complaints_more_clicked_cb (BdQueuesPage *self)
{
  read_complaints_page (self);
}

static void
more_clicked_cb (BdQueuesPage *self)
{
  read_due_page (self);
}

static void
slips_more_clicked_cb (BdQueuesPage *self)
{
  read_slips_page (self);
}

static void
requests_more_clicked_cb (BdQueuesPage *self)
{
  read_requests_page (self);
}

/* The branch's complaints are followed here: their month's report opens from here. */
static void
month_report_clicked_cb (BdQueuesPage *self)
{
  if (self->session != NULL)
    bd_complaint_month_page_present (GTK_WIDGET (self), self->session);
}

static void
show_scope (BdQueuesPage *self)
{
  gboolean may_branch = bd_session_may (self->session, BD_PERMISSION_BRANCH_QUEUES);

  /* The buttons follow the scope; their handler refreshes only on a change. */
  gtk_toggle_button_set_active (self->scope == BD_SCOPE_OWN ? self->own_button : self->branch_button,
                                TRUE);
  gtk_widget_set_visible (self->scope_box, may_branch);
  gtk_widget_set_visible (self->month_report_button,
                          bd_session_may (self->session, BD_PERMISSION_REPORTS));
  adw_window_title_set_subtitle (self->title, self->scope == BD_SCOPE_OWN ? _("My customers")
                                                                          : _("Whole branch"));
}

static void
clear_lists (BdQueuesPage *self)
{
  list_clear (&self->due);
  list_clear (&self->slips);
  list_clear (&self->requests);
  bd_findings_group_clear (self->findings_group);
  list_clear (&self->complaints);
  self->n_major = 0;
  g_hash_table_remove_all (self->chosen);
  update_print_chosen (self);
  show_slips_count (self);
  show_requests_count (self);
  show_complaints_count (self);
  show_due_count (self);
}

/* Each list counted up to its bound, and its first page: what the switch to the Queues
 * costs is the same on any day, whatever the number of slips or premiums due. */
void
bd_queues_page_refresh (BdQueuesPage *self)
{
  BdStore *store;
  gint64 staff_id = 0;
  guint counted = 0;
  GDate until;

  g_return_if_fail (BD_IS_QUEUES_PAGE (self));

  if (self->session == NULL || !bd_session_may (self->session, BD_PERMISSION_VIEW_CUSTOMERS))
    {
      bd_queues_page_clear (self);
      return;
    }
  if (!self->scope_chosen)
    self->scope = bd_session_get_default_scope (self->session);
  self->scope_chosen = TRUE;
  show_scope (self);
  store = bd_session_get_store (self->session);
  bd_store_get_today (store, &self->today);
  clear_lists (self);
  bd_findings_group_show (self->findings_group, self->session);
  if (!scope_staff (self, &staff_id))
    {
      show_slips_count (self);
      show_requests_count (self);
      show_due_count (self);
      return;
    }
  if (bd_store_count_day_slips (store, &self->today, staff_id, self->slips.bound + 1, &counted, NULL))
    list_set_count (&self->slips, counted);
  read_slips_page (self);
  get_due_until (self, &until);
  if (bd_case_store_count_due (store, &until, staff_id, self->requests.bound + 1, &counted, NULL))
    list_set_count (&self->requests, counted);
  read_requests_page (self);
  refresh_complaints (self);
  if (bd_store_count_premiums_due (store, &self->today, DUE_WINDOW_DAYS, staff_id,
                                   self->due.bound + 1, &counted, NULL))
    list_set_count (&self->due, counted);
  read_due_page (self);
}

static void
scope_toggled_cb (BdQueuesPage    *self,
                  GtkToggleButton *button)
{
  BdScope scope = gtk_toggle_button_get_active (self->branch_button) ? BD_SCOPE_BRANCH
                                                                     : BD_SCOPE_OWN;

  if (!gtk_toggle_button_get_active (button) || scope == self->scope)
    return;
  self->scope = scope;
  self->scope_chosen = TRUE;
  bd_queues_page_refresh (self);
}

BdScope
bd_queues_page_get_scope (BdQueuesPage *self)
{
  g_return_val_if_fail (BD_IS_QUEUES_PAGE (self), BD_SCOPE_OWN);
  return self->scope;
}

void
bd_queues_page_set_scope (BdQueuesPage *self,
                          BdScope       scope)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));

  self->scope_chosen = TRUE;
  if (self->scope == scope)
    return;
  self->scope = scope;
  bd_queues_page_refresh (self);
}

guint
bd_queues_page_get_due_total (BdQueuesPage *self)
{
  g_return_val_if_fail (BD_IS_QUEUES_PAGE (self), 0);
  return self->due.total;
}

gboolean
bd_queues_page_get_due_total_is_bound (BdQueuesPage *self)
{
  g_return_val_if_fail (BD_IS_QUEUES_PAGE (self), FALSE);
  return self->due.more;
}

GListModel *
bd_queues_page_get_due (BdQueuesPage *self)
{
  g_return_val_if_fail (BD_IS_QUEUES_PAGE (self), NULL);
  return G_LIST_MODEL (self->due.items);
}

void
bd_queues_page_show_more (BdQueuesPage *self)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));
  read_due_page (self);
}

guint
bd_queues_page_get_requests_total (BdQueuesPage *self)
{
  g_return_val_if_fail (BD_IS_QUEUES_PAGE (self), 0);
  return self->requests.total;
}

GListModel *
bd_queues_page_get_requests (BdQueuesPage *self)
{
  g_return_val_if_fail (BD_IS_QUEUES_PAGE (self), NULL);
  return G_LIST_MODEL (self->requests.items);
}

GListModel *
bd_queues_page_get_complaints (BdQueuesPage *self)
{
  g_return_val_if_fail (BD_IS_QUEUES_PAGE (self), NULL);
  return G_LIST_MODEL (self->complaints.items);
}

GListModel *
bd_queues_page_get_slips (BdQueuesPage *self)
{
  g_return_val_if_fail (BD_IS_QUEUES_PAGE (self), NULL);
  return G_LIST_MODEL (self->slips.items);
}

void
bd_queues_page_set_staff_label (BdQueuesPage *self,
                                const char   *who)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));
  gtk_label_set_label (self->staff_label, who != NULL ? who : "");
}

void
bd_queues_page_set_menu_model (BdQueuesPage *self,
                               GMenuModel   *menu)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));
  gtk_menu_button_set_menu_model (self->menu_button, menu);
}

void
bd_queues_page_popup_menu (BdQueuesPage *self)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));
  gtk_menu_button_popup (self->menu_button);
}

void
bd_queues_page_clear (BdQueuesPage *self)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));

  clear_lists (self);
  /* The next person starts from their role's view. */
  self->scope_chosen = FALSE;
  gtk_widget_set_visible (self->month_report_button, FALSE);
}

void
bd_queues_page_set_session (BdQueuesPage *self,
                            BdSession    *session)
{
  g_return_if_fail (BD_IS_QUEUES_PAGE (self));
  g_set_object (&self->session, session);
  bd_queues_page_clear (self);
}

static void
bd_queues_page_dispose (GObject *object)
{
  BdQueuesPage *self = (BdQueuesPage *)object;

  g_clear_object (&self->session);
  g_clear_object (&self->due.items);
  g_clear_object (&self->slips.items);
  g_clear_object (&self->requests.items);
  g_clear_object (&self->complaints.items);
  g_clear_pointer (&self->chosen, g_hash_table_unref);
  g_clear_object (&self->due_factory);
  g_clear_object (&self->slip_factory);
  g_clear_object (&self->request_factory);
  G_OBJECT_CLASS (bd_queues_page_parent_class)->dispose (object);
}

static void
bd_queues_page_class_init (BdQueuesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* No template disposal: AdwBin unparents its child, the template's whole tree. */
  object_class->dispose = bd_queues_page_dispose;

  g_type_ensure (BD_TYPE_FINDINGS_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/bd-queues-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, title);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, staff_label);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, month_report_button);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, scope_box);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, own_button);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, branch_button);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, due_group);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, due_pages);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, nobody_label);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, findings_group);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, slips_group);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, slips_pages);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, slips_more_button);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, print_chosen_button);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, requests_group);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, requests_pages);
  gtk_widget_class_bind_template_child (widget_class, BdQueuesPage, requests_more_button);
  gtk_widget_class_bind_template_callback (widget_class, print_chosen_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, slips_more_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, requests_more_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, month_report_clicked_cb);
}

static GtkListItemFactory *
factory_new (GCallback     setup,
             GCallback     bind,
             BdQueuesPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, self);
  g_signal_connect (factory, "bind", bind, self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  return factory;
}

/* Built here rather than in the template: the group of a workflow, placed after the
 * deadlines due, as the requests' group is laid out. */
static void
build_complaints_group (BdQueuesPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *pages = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *more = gtk_button_new ();

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Complaints not yet closed: the major ones (20 people "
                                           "or more, 2020 measures, art. 29) first, as soon as "
                                           "they are logged, then the others by their next "
                                           "deadline, overdue first, with their owner"));
  gtk_widget_set_overflow (pages, GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (pages, "card");
  gtk_widget_add_css_class (pages, "queue-pages");
  gtk_widget_set_halign (more, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (more, "pill");
  g_signal_connect_swapped (more, "clicked", G_CALLBACK (complaints_more_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), pages);
  gtk_box_append (GTK_BOX (box), more);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->requests_group))),
                              group, GTK_WIDGET (self->requests_group));
  self->complaints_group = ADW_PREFERENCES_GROUP (group);
  self->complaints.items = g_list_store_new (BD_TYPE_CASE_ENTRY);
  self->complaints.pages = GTK_BOX (pages);
  self->complaints.more_button = GTK_BUTTON (more);
}

static void
bd_queues_page_init (BdQueuesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Each button is named once, by its label in the .ui (see bd-accessible.c); Print All
   * follows Print Chosen. */
  bd_accessible_keep_label (GTK_WIDGET (self->own_button));
  bd_accessible_keep_label (GTK_WIDGET (self->branch_button));
  bd_accessible_keep_label (GTK_WIDGET (self->print_chosen_button));
  bd_accessible_keep_label (gtk_widget_get_next_sibling (GTK_WIDGET (self->print_chosen_button)));
  self->due.items = g_list_store_new (BD_TYPE_POLICY);
  self->due.pages = self->due_pages;
  self->due.more_button = self->more_button;
  self->slips.items = g_list_store_new (BD_TYPE_CONTACT);
  self->slips.pages = self->slips_pages;
  self->slips.more_button = self->slips_more_button;
  self->requests.items = g_list_store_new (BD_TYPE_CASE_ENTRY);
  self->requests.pages = self->requests_pages;
  self->requests.more_button = self->requests_more_button;
  build_complaints_group (self);
  self->chosen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  /* The page outlives its factories' rows: the rows go with the list views. */
  self->due_factory = factory_new (G_CALLBACK (setup_due_cb), G_CALLBACK (bind_due_cb), self);
  self->slip_factory = factory_new (G_CALLBACK (setup_slip_cb), G_CALLBACK (bind_slip_cb), self);
  /* A request's row looks as a premium's: the name, a line, the deadline's state. */
  self->request_factory = factory_new (G_CALLBACK (setup_due_cb), G_CALLBACK (bind_request_cb),
                                       self);
  bd_clock_get_today (NULL, &self->today);
  clear_lists (self);
}
