/* bd-household-dialogs.c — adding, removing and relating household members, with a reason
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change to a household is kept with who made it and why, so each dialog asks for
 * the reason and offers its action only once the reason is there: nothing typed is lost
 * to a refusal. A relationship the core refuses (a 14-year-old spouse, a grandchild older
 * than the head) is said on the relation field before anything is saved; what the store
 * still refuses (a customer in another household) is said in a toast, in words.
 *
 * The dialog owns its Edit: the Edit lives until the dialog is finalized, and the rows'
 * handlers are disconnected as soon as the dialog answers or goes away, because a
 * GtkListBox that loses its selected row while it is disposed still says so.
 */
#define G_LOG_DOMAIN "bd-household-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-customers-store.h"
#include "bd-household-desk.h"
#include "bd-household-dialogs.h"
#include "bd-household-store.h"
#include "bd-identity.h"

#define CANDIDATES 6

typedef enum
{
  EDIT_ADD,
  EDIT_REMOVE,
  EDIT_RELATION,
} EditKind;

typedef struct
{
  EditKind                kind;
  BdSession              *session;
  BdHousehold            *household;
  BdCustomer             *member;      /* the one removed or related; for ADD, the one chosen */
  BdHouseholdChangedFunc  changed;
  GWeakRef                owner;

  AdwMessageDialog       *dialog;
  GtkBox                 *box;          /* the rows, the dialog's extra child */
  AdwEntryRow            *reason_row;
  AdwComboRow            *relation_row; /* NULL for REMOVE */
  AdwEntryRow            *find_row;     /* ADD only */
  GtkListBox             *candidates;   /* ADD only */
  GPtrArray              *found;        /* BdCustomer shown as candidates */
  gboolean                detached;     /* the dialog answered: the rows are no longer heard */
} Edit;

/* The relations offered: everything but the head, which a household has one of. */
static const BdRelation offered_relations[] = {
  BD_RELATION_SPOUSE, BD_RELATION_CHILD, BD_RELATION_PARENT, BD_RELATION_GRANDPARENT,
  BD_RELATION_GRANDCHILD, BD_RELATION_SIBLING, BD_RELATION_CHILD_IN_LAW,
  BD_RELATION_PARENT_IN_LAW, BD_RELATION_OTHER,
};

static void
disconnect_row (gpointer  row,
                Edit     *edit)
{
  if (row != NULL)
    g_signal_handlers_disconnect_by_data (row, edit);
}

/* Stops listening to the rows: from now on the dialog is only taken down. */
static void
detach (Edit *edit)
{
  if (edit->detached)
    return;
  edit->detached = TRUE;
  disconnect_row (edit->reason_row, edit);
  disconnect_row (edit->relation_row, edit);
  disconnect_row (edit->find_row, edit);
  disconnect_row (edit->candidates, edit);
}

static void
edit_free (Edit *edit)
{
  g_clear_object (&edit->session);
  g_clear_object (&edit->household);
  g_clear_object (&edit->member);
  g_clear_pointer (&edit->found, g_ptr_array_unref);
  g_weak_ref_clear (&edit->owner);
  g_free (edit);
}

static const char *
reason_of (Edit *edit)
{
  return gtk_editable_get_text (GTK_EDITABLE (edit->reason_row));
}

static gboolean
has_text (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  return trimmed[0] != '\0';
}

static BdRelation
chosen_relation (Edit *edit)
{
  guint index = adw_combo_row_get_selected (edit->relation_row);

  return index < G_N_ELEMENTS (offered_relations) ? offered_relations[index] : BD_RELATION_OTHER;
}

/* Asks the core whether the chosen customer can be the chosen relation of the head, and
 * says why not on the relation field. */
static gboolean
check_relation (Edit *edit)
{
  g_autoptr(GError) error = NULL;
  gboolean possible = TRUE;
  GDate today;

  if (edit->relation_row == NULL)
    return TRUE;

  bd_store_get_today (bd_session_get_store (edit->session), &today);
  if (edit->member != NULL)
    possible = bd_household_check_relation (edit->household, edit->member, chosen_relation (edit),
                                            &today, &error);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (edit->relation_row),
                               possible ? "" : error->message);
  if (possible)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (edit->relation_row), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (edit->relation_row),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (edit->relation_row), GTK_ACCESSIBLE_STATE_INVALID);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (edit->relation_row), "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (edit->relation_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (edit->relation_row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  return possible;
}

static void
update_response (Edit *edit)
{
  gboolean possible = check_relation (edit);
  gboolean ready = possible && has_text (reason_of (edit)) && edit->member != NULL;

  adw_message_dialog_set_response_enabled (edit->dialog, "apply", ready);
}

static gboolean
apply_edit (Edit    *edit,
            GError **error)
{
  gint64 household_id = bd_household_get_id (edit->household);
  gint64 customer_id = bd_customer_get_id (edit->member);

  switch (edit->kind)
    {
    case EDIT_ADD:
      return bd_household_desk_add_member (edit->session, household_id, customer_id,
                                           chosen_relation (edit), reason_of (edit), error);
    case EDIT_REMOVE:
      return bd_household_desk_remove_member (edit->session, household_id, customer_id,
                                              reason_of (edit), error);
    case EDIT_RELATION:
      return bd_household_desk_set_relation (edit->session, household_id, customer_id,
                                             chosen_relation (edit), reason_of (edit), error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

static void
toast_near (GtkWidget  *widget,
            const char *message)
{
  GtkWidget *overlay = widget != NULL ? gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY)
                                      : NULL;

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_warning ("%s", message);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Edit             *edit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) owner = g_weak_ref_get (&edit->owner);

  /* The dialog closes after this: its rows go, and must not call back into the Edit. */
  detach (edit);
  if (g_str_equal (response, "apply") && owner != NULL)
    {
      if (apply_edit (edit, &error))
        edit->changed (owner);
      else
        toast_near (GTK_WIDGET (owner), error->message);
    }
}

static AdwEntryRow *
add_reason_row (Edit *edit)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Reason (required)"));
  bd_accessible_set_label (row, _("Reason for the change"));
  g_signal_connect_swapped (row, "changed", G_CALLBACK (update_response), edit);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  gtk_box_append (edit->box, group);
  return ADW_ENTRY_ROW (row);
}

static AdwComboRow *
add_relation_row (Edit       *edit,
                  BdRelation  current)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_combo_row_new ();

  /* First: the choices are named for screen readers (see bd-accessible.c). */
  bd_accessible_name_combo_items (ADW_COMBO_ROW (row));
  for (guint i = 0; i < G_N_ELEMENTS (offered_relations); i++)
    gtk_string_list_append (labels, bd_relation_get_label (offered_relations[i]));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  for (guint i = 0; i < G_N_ELEMENTS (offered_relations); i++)
    if (offered_relations[i] == current)
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Relationship to the head"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Relationship to the head of the household"), -1);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (update_response), edit);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  gtk_box_append (edit->box, group);
  return ADW_COMBO_ROW (row);
}

static Edit *
edit_new (EditKind                kind,
          GtkWidget              *parent,
          BdSession              *session,
          BdHousehold            *household,
          BdCustomer             *member,
          BdHouseholdChangedFunc  changed,
          gpointer                user_data)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->kind = kind;
  edit->session = g_object_ref (session);
  edit->household = g_object_ref (household);
  edit->member = member != NULL ? g_object_ref (member) : NULL;
  edit->changed = changed;
  g_weak_ref_init (&edit->owner, user_data);
  edit->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  edit->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)),
                                                             NULL, NULL));
  adw_message_dialog_add_responses (edit->dialog, "cancel", _("_Cancel"), NULL);
  g_signal_connect (edit->dialog, "response", G_CALLBACK (response_cb), edit);
  /* Taken down without an answer (its window went): stop listening before the rows go. */
  g_signal_connect_swapped (edit->dialog, "unrealize", G_CALLBACK (detach), edit);
  g_object_set_data_full (G_OBJECT (edit->dialog), "bd-household-edit", edit,
                          (GDestroyNotify) edit_free);
  return edit;
}

/* Every change asks why, last, before the dialog offers to apply it. */
static void
present (Edit       *edit,
         const char *apply_label,
         gboolean    destructive)
{
  edit->reason_row = add_reason_row (edit);
  adw_message_dialog_add_response (edit->dialog, "apply", apply_label);
  adw_message_dialog_set_response_appearance (edit->dialog, "apply",
                                              destructive ? ADW_RESPONSE_DESTRUCTIVE
                                                          : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (edit->dialog, "cancel");
  adw_message_dialog_set_close_response (edit->dialog, "cancel");
  adw_message_dialog_set_extra_child (edit->dialog, GTK_WIDGET (edit->box));
  /* libadwaita 1.2 names the buttons by their raw labels, "取消(_C)". */
  bd_accessible_name_buttons (GTK_WIDGET (edit->dialog));
  update_response (edit);
  gtk_window_present (GTK_WINDOW (edit->dialog));
}

/* ── removing and relating ─────────────────────────────────────────────────────── */

void
bd_household_dialogs_remove_member (GtkWidget              *parent,
                                    BdSession              *session,
                                    BdHousehold            *household,
                                    BdCustomer             *member,
                                    BdHouseholdChangedFunc  changed,
                                    gpointer                user_data)
{
  Edit *edit = edit_new (EDIT_REMOVE, parent, session, household, member, changed, user_data);
  g_autofree char *heading = g_strdup_printf (_("Remove %s from the Household?"),
                                              bd_customer_get_name (member));

  adw_message_dialog_set_heading (edit->dialog, heading);
  adw_message_dialog_set_body (edit->dialog,
                               _("The customer and their policies stay on record; only the "
                                 "membership ends, with the reason given."));
  present (edit, _("_Remove"), TRUE);
}

void
bd_household_dialogs_edit_relation (GtkWidget              *parent,
                                    BdSession              *session,
                                    BdHousehold            *household,
                                    BdCustomer             *member,
                                    BdHouseholdChangedFunc  changed,
                                    gpointer                user_data)
{
  Edit *edit = edit_new (EDIT_RELATION, parent, session, household, member, changed, user_data);
  BdHouseholdMember *current = bd_household_find_member (household, bd_customer_get_id (member));
  g_autofree char *heading = g_strdup_printf (_("Correct the Relationship of %s"),
                                              bd_customer_get_name (member));

  adw_message_dialog_set_heading (edit->dialog, heading);
  edit->relation_row = add_relation_row (edit,
                                         current != NULL ? bd_household_member_get_relation (current)
                                                         : BD_RELATION_OTHER);
  /* Not "_Correct": 取消 already has C. */
  present (edit, _("Co_rrect"), FALSE);
}

/* ── adding ────────────────────────────────────────────────────────────────────── */

static GtkWidget *
candidate_row (BdCustomer *customer)
{
  g_autofree char *masked = bd_mask_identity_number (bd_customer_get_id_number (customer));
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bd_customer_get_name (customer));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), masked);
  return row;
}

static void
find_changed_cb (Edit *edit)
{
  g_autoptr(GListModel) found = NULL;
  GtkWidget *child;

  g_set_object (&edit->member, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (edit->candidates))) != NULL)
    gtk_list_box_remove (edit->candidates, child);
  g_ptr_array_set_size (edit->found, 0);

  found = bd_store_search_customers (bd_session_get_store (edit->session),
                                     gtk_editable_get_text (GTK_EDITABLE (edit->find_row)),
                                     CANDIDATES, NULL);
  for (guint i = 0; found != NULL && i < g_list_model_get_n_items (found); i++)
    {
      BdCustomer *customer = g_list_model_get_item (found, i);
      g_ptr_array_add (edit->found, customer);
      gtk_list_box_append (edit->candidates, candidate_row (customer));
    }
  gtk_widget_set_visible (GTK_WIDGET (edit->candidates), edit->found->len > 0);
  update_response (edit);
}

static void
candidate_selected_cb (Edit          *edit,
                       GtkListBoxRow *row)
{
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  BdCustomer *chosen = NULL;

  if (index >= 0 && (guint) index < edit->found->len)
    chosen = g_ptr_array_index (edit->found, index);
  g_set_object (&edit->member, chosen);
  update_response (edit);
}

static GtkWidget *
add_finder (Edit *edit)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Find the customer"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Find the customer to add"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Customers found"), -1);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_visible (list, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  gtk_box_append (edit->box, group);
  gtk_box_append (edit->box, list);

  edit->find_row = ADW_ENTRY_ROW (row);
  edit->candidates = GTK_LIST_BOX (list);
  edit->found = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (find_changed_cb), edit);
  g_signal_connect_swapped (list, "row-selected", G_CALLBACK (candidate_selected_cb), edit);
  return row;
}

/* A spouse is what a household most often gains, unless it has one: then nothing is
 * assumed, and staff choose. */
static BdRelation
default_relation (BdHousehold *household)
{
  GListModel *members = bd_household_get_members (household);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(BdHouseholdMember) member = g_list_model_get_item (members, i);

      if (bd_household_member_get_relation (member) == BD_RELATION_SPOUSE)
        return BD_RELATION_OTHER;
    }
  return BD_RELATION_SPOUSE;
}

void
bd_household_dialogs_add_member (GtkWidget              *parent,
                                 BdSession              *session,
                                 BdHousehold            *household,
                                 BdHouseholdChangedFunc  changed,
                                 gpointer                user_data)
{
  Edit *edit = edit_new (EDIT_ADD, parent, session, household, NULL, changed, user_data);

  adw_message_dialog_set_heading (edit->dialog, _("Add a Household Member"));
  adw_message_dialog_set_body (edit->dialog,
                               _("Find the customer by name, mobile or identity number, "
                                 "choose how they stand to the head of the household, and "
                                 "say why."));
  add_finder (edit);
  edit->relation_row = add_relation_row (edit, default_relation (household));
  present (edit, _("_Add"), FALSE);
}
