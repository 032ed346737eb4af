/* bd-audit-log-page.c — the audit log in a window: filters, rows, export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 15, item 6: who did what, filtered by staff member, action, customer and period,
 * newest first; a row about a customer opens them on the desk; the filtered rows are
 * exported as CSV. The desk decides whose rows the signed-in person reads and audits each
 * reading (bd-audit-log.h): a counter clerk's staff filter names them alone. The list
 * reads a page at a time, the next when it is scrolled to its end. It opens from the main
 * menu (win.show-audit-log) and closes with the session.
 */
#define G_LOG_DOMAIN "bd-audit"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-audit-log-page.h"
#include "bd-form-fields.h"
#include "bd-page-window.h"
#include "bd-reveal-model.h"

#define PAGE_ROWS  100   /* the rows read at a time: a few screenfuls */
#define TYPED_MS   400   /* what is typed is taken once the typing pauses: one reading */

/* The columns, in order. */
typedef enum
{
  COLUMN_TIME,
  COLUMN_STAFF,
  COLUMN_ACTION,
  COLUMN_CUSTOMER,
  COLUMN_DETAIL,
} Column;

struct _BdAuditLogPage
{
  AdwBin            parent_instance;

  BdSession        *session;
  BdAuditFilter     filter;
  gboolean          filter_valid;
  GArray           *staff_ids;     /* the staff filter's choices; 0 for everyone */
  gint64            last_id;       /* the oldest row shown; the next page is below it */
  gboolean          at_end;
  guint             typed_source;
  BdFieldMark       mark;

  GListStore       *rows;
  AdwToastOverlay  *toasts;
  GtkDropDown      *staff_choice;
  GtkDropDown      *action_choice;
  GtkWidget        *customer_row;
  GtkWidget        *on_screen_button;
  gint64            on_screen;      /* the customer on the desk, 0 for none */
  GtkWidget        *from_row;
  GtkWidget        *to_row;
  GtkWidget        *view;
  GtkWidget        *empty;
  GtkWidget        *csv_button;
};

G_DEFINE_FINAL_TYPE (BdAuditLogPage, bd_audit_log_page, ADW_TYPE_BIN)

static void
show_toast (BdAuditLogPage *self,
            const char     *message)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

/* ── reading ───────────────────────────────────────────────────────────────────── */

/* The filter as the fields give it; a field the core refuses is marked with why. */
static gboolean
take_filters (BdAuditLogPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *const *actions = bd_audit_list_actions ();
  guint staff = gtk_drop_down_get_selected (self->staff_choice);
  guint action = gtk_drop_down_get_selected (self->action_choice);
  BdAuditField field = BD_AUDIT_FIELD_NONE;

  bd_field_mark_clear (&self->mark);
  self->filter.staff_id = staff < self->staff_ids->len
                          ? g_array_index (self->staff_ids, gint64, staff) : 0;
  self->filter.action = action > 0 && action != GTK_INVALID_LIST_POSITION ? actions[action - 1]
                                                                          : NULL;
  if (!bd_audit_filter_set_customer (&self->filter,
                                     gtk_editable_get_text (GTK_EDITABLE (self->customer_row)),
                                     &error))
    field = BD_AUDIT_FIELD_CUSTOMER;
  else
    bd_audit_filter_set_period (&self->filter,
                                gtk_editable_get_text (GTK_EDITABLE (self->from_row)),
                                gtk_editable_get_text (GTK_EDITABLE (self->to_row)),
                                &field, &error);
  if (error == NULL)
    return TRUE;
  bd_field_mark_set (&self->mark,
                     field == BD_AUDIT_FIELD_CUSTOMER ? self->customer_row
                     : field == BD_AUDIT_FIELD_FROM ? self->from_row : self->to_row,
                     error->message);
  return FALSE;
}

static void
show_empty (BdAuditLogPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  gtk_widget_set_visible (self->empty, n == 0);
  gtk_widget_set_sensitive (self->csv_button, self->filter_valid);
}

gboolean
bd_audit_log_page_read_more (BdAuditLogPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (BD_IS_AUDIT_LOG_PAGE (self), FALSE);

  if (self->session == NULL || !self->filter_valid || self->at_end)
    return FALSE;
  items = bd_audit_log_read_page (self->session, &self->filter, self->last_id, PAGE_ROWS,
                                  &error);
  if (items == NULL)
    {
      /* Nothing read without its audit row: what was shown goes too. */
      g_list_store_remove_all (self->rows);
      self->at_end = TRUE;
      show_toast (self, error->message);
      show_empty (self);
      return FALSE;
    }
  self->at_end = items->len < PAGE_ROWS;
  if (items->len > 0)
    self->last_id = bd_audit_item_get_id (g_ptr_array_index (items, items->len - 1));
  g_list_store_splice (self->rows, g_list_model_get_n_items (G_LIST_MODEL (self->rows)), 0,
                       items->pdata, items->len);
  show_empty (self);
  return items->len > 0;
}

/* The filters changed: the list starts again from the newest row. */
static void
read_again (BdAuditLogPage *self)
{
  g_clear_handle_id (&self->typed_source, g_source_remove);
  g_list_store_remove_all (self->rows);
  self->last_id = 0;
  self->at_end = FALSE;
  self->filter_valid = take_filters (self);
  if (!bd_audit_log_page_read_more (self))
    show_empty (self);
}

static void
typed_cb (gpointer user_data)
{
  BdAuditLogPage *self = user_data;

  self->typed_source = 0;
  read_again (self);
}

static void
text_changed_cb (BdAuditLogPage *self)
{
  g_clear_handle_id (&self->typed_source, g_source_remove);
  self->typed_source = g_timeout_add_once (TYPED_MS, typed_cb, self);
}

static void
edge_reached_cb (BdAuditLogPage  *self,
                 GtkPositionType  position)
{
  if (position == GTK_POS_BOTTOM)
    bd_audit_log_page_read_more (self);
}

GListModel *
bd_audit_log_page_get_rows (BdAuditLogPage *self)
{
  g_return_val_if_fail (BD_IS_AUDIT_LOG_PAGE (self), NULL);

  return G_LIST_MODEL (self->rows);
}

/* ── a row's customer ──────────────────────────────────────────────────────────── */

/* The main window this page's window belongs to: it opens customers. */
static GtkWidget *
main_window (BdAuditLogPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? gtk_window_get_transient_for (GTK_WINDOW (root))
                                           : NULL;

  return parent != NULL ? GTK_WIDGET (parent) : GTK_WIDGET (self);
}

static void
row_activated_cb (BdAuditLogPage *self,
                  guint           position)
{
  g_autoptr(BdAuditItem) item = g_list_model_get_item (G_LIST_MODEL (self->rows), position);
  GtkWidget *window = main_window (self);

  if (item == NULL)
    return;
  if (bd_audit_item_get_customer_id (item) == 0)
    {
      show_toast (self, _("This entry is about no customer"));
      return;
    }
  gtk_widget_activate_action (window, "win.open-customer", "x",
                              bd_audit_item_get_customer_id (item));
  if (GTK_IS_WINDOW (window))
    gtk_window_present (GTK_WINDOW (window));
}

/* ── exporting ─────────────────────────────────────────────────────────────────── */

gboolean
bd_audit_log_page_save_csv (BdAuditLogPage  *self,
                            GFile           *file,
                            GError         **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (BD_IS_AUDIT_LOG_PAGE (self), FALSE);
  g_return_val_if_fail (self->filter_valid, FALSE);

  if ((csv = bd_audit_log_export_csv (self->session, &self->filter, error)) == NULL)
    return FALSE;
  return g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                  NULL, NULL, error);
}

static void
csv_chosen (GtkWidget *page,
            GFile     *file)
{
  BdAuditLogPage *self = BD_AUDIT_LOG_PAGE (page);
  g_autoptr(GError) error = NULL;

  if (!self->filter_valid)
    return;
  if (bd_audit_log_page_save_csv (self, file, &error))
    show_toast (self, _("The audit log was exported as CSV"));
  else
    show_toast (self, error->message);
}

static void
csv_clicked_cb (BdAuditLogPage *self)
{
  g_autofree char *name = g_strdup_printf ("%s.csv", _("audit-log"));

  /* What was typed a moment ago is the filter exported, as the list shows it. */
  if (self->typed_source != 0)
    read_again (self);
  if (self->filter_valid)
    bd_page_choose_csv (GTK_WIDGET (self), _("Export the Audit Log as CSV"), name, csv_chosen);
}

/* ── the list ──────────────────────────────────────────────────────────────────── */

static char *
dup_cell_text (BdAuditLogPage *self,
               BdAuditItem    *item,
               Column          column)
{
  switch (column)
    {
    case COLUMN_TIME:
      return bd_audit_log_format_time (self->session, item);
    case COLUMN_STAFF:
      return g_strdup (bd_audit_item_get_staff_name (item));
    case COLUMN_ACTION:
      return g_strdup (bd_audit_action_get_label (bd_audit_item_get_action (item)));
    case COLUMN_CUSTOMER:
      return g_strdup (bd_audit_item_get_customer_name (item));
    case COLUMN_DETAIL:
    default:
      return bd_audit_log_describe_detail (self->session, item);
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              BdAuditLogPage           *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  BdAuditItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = dup_cell_text (self, item, column);

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  /* The detail is cut at the column's end: all of it on hovering. */
  gtk_widget_set_tooltip_text (label, column == COLUMN_DETAIL ? text : NULL);
}

static void
add_column (BdAuditLogPage *self,
            Column          column,
            const char     *title,
            int             width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (view_column, width);
  else
    gtk_column_view_column_set_expand (view_column, TRUE);
  gtk_column_view_append_column (GTK_COLUMN_VIEW (self->view), view_column);
}

static GtkWidget *
build_list (BdAuditLogPage *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  /* A long log is shown a screenful first, the rest a few rows a frame. */
  BdRevealModel *reveal = bd_reveal_model_new (G_LIST_MODEL (g_object_ref (self->rows)), 40, 20);
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (reveal)));

  self->view = gtk_column_view_new (selection);
  gtk_column_view_set_single_click_activate (GTK_COLUMN_VIEW (self->view), FALSE);
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (self->view), TRUE);
  bd_accessible_set_label (self->view, _("Audit log entries"));
  add_column (self, COLUMN_TIME, _("Time"), 140);
  add_column (self, COLUMN_STAFF, _("Staff member"), 100);
  add_column (self, COLUMN_ACTION, _("Action"), 210);
  add_column (self, COLUMN_CUSTOMER, _("Customer"), 110);
  add_column (self, COLUMN_DETAIL, _("Detail"), 0);
  g_signal_connect_swapped (self->view, "activate", G_CALLBACK (row_activated_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->view);
  g_signal_connect_swapped (scrolled, "edge-reached", G_CALLBACK (edge_reached_cb), self);
  gtk_widget_set_vexpand (scrolled, TRUE);
  self->empty = adw_status_page_new ();
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty), _("No entries"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty),
                                   _("Nothing in the audit log matches the filters"));
  gtk_widget_set_visible (self->empty, FALSE);
  gtk_widget_set_can_target (self->empty, FALSE);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), scrolled);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->empty);
  return overlay;
}

/* ── the filters ───────────────────────────────────────────────────────────────── */

/* A field in a boxed list of its own, so that a refusal's note goes under it. */
static GtkWidget *
add_field (GtkGrid   *grid,
           GtkWidget *row,
           int        column,
           int        line)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_widget_set_hexpand (list, TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_grid_attach (grid, list, column, line, 1, 1);
  return row;
}

static GtkWidget *
entry_row (BdAuditLogPage *self,
           const char     *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  bd_accessible_set_label (row, title);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (text_changed_cb), self);
  return row;
}

/* A choice in a row titled @title: a drop-down, which a keyboard and a screen reader open
 * alike (libadwaita 1.2's combo row offers them no action to open it). */
static GtkDropDown *
choice_row (const char  *title,
            GtkWidget  **row)
{
  GtkWidget *choice = gtk_drop_down_new (NULL, NULL);

  *row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (*row), title);
  gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (*row), choice);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (*row), choice);
  bd_accessible_set_label (choice, title);
  /* GTK 4.8 leaves the button that opens the list nameless: it is the choice's too. */
  for (GtkWidget *child = gtk_widget_get_first_child (choice); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      bd_accessible_set_label (child, title);
  return GTK_DROP_DOWN (choice);
}

/* The customer on the desk becomes the customer filter. */
static void
on_screen_clicked_cb (BdAuditLogPage *self)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, self->on_screen);

  gtk_editable_set_text (GTK_EDITABLE (self->customer_row), number);
}

void
bd_audit_log_page_set_on_screen (BdAuditLogPage *self,
                                 gint64          customer_id)
{
  g_return_if_fail (BD_IS_AUDIT_LOG_PAGE (self));

  self->on_screen = customer_id;
  gtk_widget_set_visible (self->on_screen_button, customer_id != 0);
}

static GtkWidget *
build_filters (BdAuditLogPage *self)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GtkWidget *staff_row, *action_row;

  gtk_grid_set_column_spacing (grid, 12);
  gtk_grid_set_row_spacing (grid, 12);
  gtk_grid_set_column_homogeneous (grid, TRUE);
  self->staff_choice = choice_row (_("Staff member"), &staff_row);
  self->action_choice = choice_row (_("Action"), &action_row);
  self->customer_row = entry_row (self, _("Customer number"));
  self->on_screen_button = gtk_button_new_with_label (_("On Screen"));
  bd_accessible_set_label (self->on_screen_button, _("The customer on screen"));
  gtk_widget_set_tooltip_text (self->on_screen_button, _("The customer on screen"));
  gtk_widget_set_valign (self->on_screen_button, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->on_screen_button, FALSE);
  g_signal_connect_swapped (self->on_screen_button, "clicked",
                            G_CALLBACK (on_screen_clicked_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->customer_row), self->on_screen_button);
  self->from_row = entry_row (self, _("From (YYYY-MM-DD)"));
  self->to_row = entry_row (self, _("To (YYYY-MM-DD)"));
  add_field (grid, staff_row, 0, 0);
  add_field (grid, action_row, 1, 0);
  add_field (grid, self->customer_row, 2, 0);
  add_field (grid, self->from_row, 0, 1);
  add_field (grid, self->to_row, 1, 1);
  gtk_widget_set_margin_start (GTK_WIDGET (grid), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (grid), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (grid), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (grid), 12);
  return GTK_WIDGET (grid);
}

/* The actions by their labels, every action first. */
static void
fill_actions (BdAuditLogPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *const *actions = bd_audit_list_actions ();

  gtk_string_list_append (labels, _("Every action"));
  for (guint i = 0; actions[i] != NULL; i++)
    gtk_string_list_append (labels, bd_audit_action_get_label (actions[i]));
  gtk_drop_down_set_model (self->action_choice, G_LIST_MODEL (labels));
}

/* The staff the desk lets the signed-in person read: a supervisor's choice of everyone or
 * one member, a counter clerk's own name and no choice. */
static void
fill_staff (BdAuditLogPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) staff = bd_audit_log_list_staff (self->session, NULL);
  gboolean everyone = bd_audit_log_may_read_everyone (self->session);
  gint64 none = 0;

  g_array_set_size (self->staff_ids, 0);
  if (everyone)
    {
      gtk_string_list_append (names, _("Everyone"));
      g_array_append_val (self->staff_ids, none);
    }
  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(BdStaff) member = g_list_model_get_item (staff, i);
      gint64 id = bd_staff_get_id (member);

      gtk_string_list_append (names, bd_staff_get_name (member));
      g_array_append_val (self->staff_ids, id);
    }
  gtk_drop_down_set_model (self->staff_choice, G_LIST_MODEL (names));
  gtk_widget_set_sensitive (GTK_WIDGET (self->staff_choice), everyone);
}

/* ── the page ──────────────────────────────────────────────────────────────────── */

static GtkWidget *
build_header (BdAuditLogPage *self)
{
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Audit Log"), _("Newest first")));
  self->csv_button = gtk_button_new_with_label (_("Export CSV…"));
  bd_accessible_set_label (self->csv_button, _("Export the filtered entries as CSV"));
  gtk_widget_set_sensitive (self->csv_button, FALSE);
  g_signal_connect_swapped (self->csv_button, "clicked", G_CALLBACK (csv_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->csv_button);
  return header;
}

static void
bd_audit_log_page_dispose (GObject *object)
{
  BdAuditLogPage *self = BD_AUDIT_LOG_PAGE (object);

  g_clear_handle_id (&self->typed_source, g_source_remove);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (bd_audit_log_page_parent_class)->dispose (object);
}

static void
bd_audit_log_page_finalize (GObject *object)
{
  BdAuditLogPage *self = BD_AUDIT_LOG_PAGE (object);

  g_array_unref (self->staff_ids);
  g_object_unref (self->rows);
  G_OBJECT_CLASS (bd_audit_log_page_parent_class)->finalize (object);
}

static void
bd_audit_log_page_class_init (BdAuditLogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bd_audit_log_page_dispose;
  object_class->finalize = bd_audit_log_page_finalize;
}

static void
bd_audit_log_page_init (BdAuditLogPage *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  bd_audit_filter_init (&self->filter);
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rows = g_list_store_new (BD_TYPE_AUDIT_ITEM);
  gtk_box_append (GTK_BOX (page), build_header (self));
  gtk_box_append (GTK_BOX (page), build_filters (self));
  gtk_box_append (GTK_BOX (page), build_list (self));
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, page);
  bd_accessible_name_toasts (GTK_WIDGET (self->toasts));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->toasts));
}

GtkWidget *
bd_audit_log_page_new (BdSession *session)
{
  BdAuditLogPage *self;

  g_return_val_if_fail (BD_IS_SESSION (session), NULL);

  self = g_object_new (BD_TYPE_AUDIT_LOG_PAGE, NULL);
  self->session = g_object_ref (session);
  fill_staff (self);
  fill_actions (self);
  g_signal_connect_swapped (self->staff_choice, "notify::selected", G_CALLBACK (read_again), self);
  g_signal_connect_swapped (self->action_choice, "notify::selected", G_CALLBACK (read_again), self);
  read_again (self);
  return GTK_WIDGET (self);
}

/* ── its window ────────────────────────────────────────────────────────────────── */

GtkWindow *
bd_audit_log_page_present (GtkWidget *parent,
                           BdSession *session,
                           gint64     on_screen)
{
  GtkWindow *window = bd_page_window_present (parent, session, BD_TYPE_AUDIT_LOG_PAGE,
                                              _("Audit Log"), bd_audit_log_page_new);
  GtkWidget *page = window != NULL ? adw_window_get_content (ADW_WINDOW (window)) : NULL;

  if (page != NULL)
    bd_audit_log_page_set_on_screen (BD_AUDIT_LOG_PAGE (page), on_screen);
  return window;
}
