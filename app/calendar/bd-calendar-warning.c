/* bd-calendar-warning.c — the Desk's bar while next year's working-day calendar is missing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 15, item 5: from December a missing next year is an import forgotten, and a case
 * received then has deadlines in January that cannot be computed. The core decides
 * (bd_calendar_desk_next_year_missing()); the bar says so, and offers an administrator the
 * calendar's window (win.show-calendar).
 */
#define G_LOG_DOMAIN "bd-calendar"

#include "config.h"

#include <glib/gi18n.h>

#include "bd-accessible.h"
#include "bd-calendar-warning.h"

struct _BdCalendarWarning
{
  AdwBin      parent_instance;

  BdSession  *session;
  GtkWidget  *bar;
  GtkWidget  *label;
  GtkWidget  *button;
};

G_DEFINE_FINAL_TYPE (BdCalendarWarning, bd_calendar_warning, ADW_TYPE_BIN)

static void
update (BdCalendarWarning *self)
{
  g_autofree char *text = NULL;
  gboolean may_import;
  guint year = 0;

  if (self->session == NULL || !bd_calendar_desk_next_year_missing (self->session, &year))
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  may_import = bd_calendar_desk_may_import (self->session);
  text = may_import
         ? g_strdup_printf (_("The working-day calendar of %u is missing: import it, or "
                              "deadlines reaching into %u cannot be computed"), year, year)
         : g_strdup_printf (_("The working-day calendar of %u is missing: ask an "
                              "administrator to import it"), year);
  gtk_label_set_label (GTK_LABEL (self->label), text);
  gtk_widget_set_visible (self->button, may_import);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

/* Back from the calendar's window, where a year may have been imported. */
static void
root_active_cb (BdCalendarWarning *self,
                GParamSpec        *pspec,
                GtkWindow         *window)
{
  if (gtk_window_is_active (window))
    update (self);
}

static void
bd_calendar_warning_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bd_calendar_warning_parent_class)->root (widget);
  g_signal_connect_object (gtk_widget_get_root (widget), "notify::is-active",
                           G_CALLBACK (root_active_cb), widget, G_CONNECT_SWAPPED);
}

static void
bd_calendar_warning_unroot (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_root (widget), root_active_cb, widget);
  GTK_WIDGET_CLASS (bd_calendar_warning_parent_class)->unroot (widget);
}

static void
bd_calendar_warning_dispose (GObject *object)
{
  BdCalendarWarning *self = BD_CALENDAR_WARNING (object);

  g_clear_object (&self->session);
  G_OBJECT_CLASS (bd_calendar_warning_parent_class)->dispose (object);
}

static void
bd_calendar_warning_class_init (BdCalendarWarningClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bd_calendar_warning_dispose;
  widget_class->root = bd_calendar_warning_root;
  widget_class->unroot = bd_calendar_warning_unroot;
}

static void
bd_calendar_warning_init (BdCalendarWarning *self)
{
  self->bar = gtk_info_bar_new ();
  self->label = gtk_label_new (NULL);
  self->button = gtk_button_new_with_mnemonic (_("_Import Calendar…"));
  gtk_info_bar_set_message_type (GTK_INFO_BAR (self->bar), GTK_MESSAGE_WARNING);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_info_bar_add_child (GTK_INFO_BAR (self->bar), self->label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), "win.show-calendar");
  bd_accessible_set_label (self->button, _("Import next year’s working-day calendar"));
  gtk_info_bar_add_action_widget (GTK_INFO_BAR (self->bar), self->button, GTK_RESPONSE_ACCEPT);
  adw_bin_set_child (ADW_BIN (self), self->bar);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
bd_calendar_warning_new (void)
{
  return g_object_new (BD_TYPE_CALENDAR_WARNING, NULL);
}

void
bd_calendar_warning_refresh (BdCalendarWarning *self)
{
  g_return_if_fail (BD_IS_CALENDAR_WARNING (self));

  update (self);
}

void
bd_calendar_warning_set_session (BdCalendarWarning *self,
                                 BdSession         *session)
{
  g_return_if_fail (BD_IS_CALENDAR_WARNING (self));
  g_return_if_fail (session == NULL || BD_IS_SESSION (session));

  g_set_object (&self->session, session);
  update (self);
}
