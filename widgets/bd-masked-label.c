/* bd-masked-label.c — a piece of personal data, masked until the owner reveals it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The counter screen faces the public, and every reveal is written to the audit log. So the
 * widget never reveals anything by itself: the Reveal button only emits ::reveal-requested;
 * the owner asks the core (which logs who saw what) and hands the clear text back with
 * bd_masked_label_show_clear(). The clear text stays on screen for a few seconds, and is
 * wiped from our memory when it goes: on the timeout, on Hide, when the masked text changes,
 * when the widget is unmapped (the page changes, the session locks) and on dispose.
 */
#define G_LOG_DOMAIN "bd-masked-label"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bd-masked-label.h"

struct _BdMaskedLabel
{
  GtkWidget  parent_instance;

  char      *title;
  char      *masked_text;
  char      *clear_text;
  guint      conceal_id;

  GtkLabel  *label;
  GtkButton *button;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_MASKED_TEXT,
  PROP_REVEALED,
  N_PROPS
};

enum {
  REVEAL_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BdMaskedLabel, bd_masked_label, GTK_TYPE_WIDGET)

/* A plain memset() before free() may be removed by the optimiser as a dead store; a call
 * through a volatile pointer cannot be. */
static void *(*const volatile wipe_memory) (void *, int, size_t) = memset;

static void
wipe_string (char **text)
{
  if (*text == NULL)
    return;
  wipe_memory (*text, 0, strlen (*text));
  g_clear_pointer (text, g_free);
}

static void
update_button (BdMaskedLabel *self)
{
  g_autofree char *text = NULL;
  const char *title = self->title != NULL ? self->title : "";

  if (self->clear_text != NULL)
    /* Translators: %s is what is shown, e.g. "Identity number" */
    text = g_strdup_printf (_("Hide %s"), title);
  else
    /* Translators: %s is what is shown, e.g. "Identity number" */
    text = g_strdup_printf (_("Reveal %s"), title);

  gtk_button_set_icon_name (self->button, self->clear_text != NULL ? "view-conceal-symbolic"
                                                                   : "view-reveal-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
update_label (BdMaskedLabel *self)
{
  const char *shown = self->clear_text != NULL ? self->clear_text : self->masked_text;

  gtk_label_set_label (self->label, shown != NULL ? shown : "");
}

static void
button_clicked_cb (BdMaskedLabel *self)
{
  if (self->clear_text != NULL)
    bd_masked_label_conceal (self);
  else
    g_signal_emit (self, signals[REVEAL_REQUESTED], 0);
}

static gboolean
conceal_timeout_cb (gpointer user_data)
{
  BdMaskedLabel *self = user_data;

  self->conceal_id = 0;
  bd_masked_label_conceal (self);
  return G_SOURCE_REMOVE;
}

static void
bd_masked_label_unmap (GtkWidget *widget)
{
  /* Whatever hides us (another page, the lock screen) also ends the reveal. */
  bd_masked_label_conceal (BD_MASKED_LABEL (widget));

  GTK_WIDGET_CLASS (bd_masked_label_parent_class)->unmap (widget);
}

static void
bd_masked_label_dispose (GObject *object)
{
  BdMaskedLabel *self = (BdMaskedLabel *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->conceal_id, g_source_remove);
  wipe_string (&self->clear_text);
  gtk_widget_dispose_template (GTK_WIDGET (self), BD_TYPE_MASKED_LABEL);
  /* A plain GtkWidget parent unparents its children itself, template or not. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (bd_masked_label_parent_class)->dispose (object);
}

static void
bd_masked_label_finalize (GObject *object)
{
  BdMaskedLabel *self = (BdMaskedLabel *)object;

  g_free (self->title);
  g_free (self->masked_text);

  G_OBJECT_CLASS (bd_masked_label_parent_class)->finalize (object);
}

static void
bd_masked_label_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BdMaskedLabel *self = BD_MASKED_LABEL (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MASKED_TEXT:
      g_value_set_string (value, self->masked_text);
      break;
    case PROP_REVEALED:
      g_value_set_boolean (value, bd_masked_label_get_revealed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_masked_label_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BdMaskedLabel *self = BD_MASKED_LABEL (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      bd_masked_label_set_title (self, g_value_get_string (value));
      break;
    case PROP_MASKED_TEXT:
      bd_masked_label_set_masked_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_masked_label_class_init (BdMaskedLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bd_masked_label_dispose;
  object_class->finalize = bd_masked_label_finalize;
  object_class->get_property = bd_masked_label_get_property;
  object_class->set_property = bd_masked_label_set_property;
  widget_class->unmap = bd_masked_label_unmap;

  /**
   * BdMaskedLabel:title:
   *
   * What the value is ("Identity number"); it names the widget and its button for
   * assistive technologies.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BdMaskedLabel:masked-text:
   *
   * The masked value shown by default. Setting it conceals any revealed clear text.
   */
  properties[PROP_MASKED_TEXT] =
    g_param_spec_string ("masked-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BdMaskedLabel:revealed:
   *
   * Whether the clear text is on screen.
   */
  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BdMaskedLabel::reveal-requested:
   *
   * The user pressed Reveal. The handler asks the core for the clear text (which logs the
   * reveal) and calls bd_masked_label_show_clear(); the widget itself shows nothing.
   */
  signals[REVEAL_REQUESTED] =
    g_signal_new ("reveal-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/widgets/bd-masked-label.ui");
  gtk_widget_class_bind_template_child (widget_class, BdMaskedLabel, label);
  gtk_widget_class_bind_template_child (widget_class, BdMaskedLabel, button);
  gtk_widget_class_bind_template_callback (widget_class, button_clicked_cb);
  gtk_widget_class_set_css_name (widget_class, "maskedlabel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bd_masked_label_init (BdMaskedLabel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_button (self);
}

/**
 * bd_masked_label_new:
 * @title: (nullable): what the value is, e.g. "Identity number"
 *
 * Returns: (transfer floating): a new #BdMaskedLabel showing nothing yet
 */
GtkWidget *
bd_masked_label_new (const char *title)
{
  return g_object_new (BD_TYPE_MASKED_LABEL, "title", title, NULL);
}

const char *
bd_masked_label_get_title (BdMaskedLabel *self)
{
  g_return_val_if_fail (BD_IS_MASKED_LABEL (self), NULL);
  return self->title;
}

void
bd_masked_label_set_title (BdMaskedLabel *self,
                           const char    *title)
{
  g_return_if_fail (BD_IS_MASKED_LABEL (self));

  if (g_strcmp0 (title, self->title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "", -1);
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
bd_masked_label_get_masked_text (BdMaskedLabel *self)
{
  g_return_val_if_fail (BD_IS_MASKED_LABEL (self), NULL);
  return self->masked_text;
}

/**
 * bd_masked_label_set_masked_text:
 * @self: a #BdMaskedLabel
 * @masked_text: (nullable): the masked value, e.g. "110105********002X"
 *
 * Shows @masked_text. A new value means a new person or field: any clear text on screen
 * is concealed first.
 */
void
bd_masked_label_set_masked_text (BdMaskedLabel *self,
                                 const char    *masked_text)
{
  g_return_if_fail (BD_IS_MASKED_LABEL (self));

  bd_masked_label_conceal (self);
  if (g_strcmp0 (masked_text, self->masked_text) == 0)
    return;

  g_free (self->masked_text);
  self->masked_text = g_strdup (masked_text);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MASKED_TEXT]);
}

gboolean
bd_masked_label_get_revealed (BdMaskedLabel *self)
{
  g_return_val_if_fail (BD_IS_MASKED_LABEL (self), FALSE);
  return self->clear_text != NULL;
}

/**
 * bd_masked_label_show_clear:
 * @self: a #BdMaskedLabel
 * @clear_text: the value in clear, as the core returned it after logging the reveal
 * @seconds: how long it stays on screen, more than 0
 *
 * Shows @clear_text for @seconds, then masks it again. Calling it while revealed replaces
 * the text and restarts the time.
 */
void
bd_masked_label_show_clear (BdMaskedLabel *self,
                            const char    *clear_text,
                            guint          seconds)
{
  gboolean was_revealed;

  g_return_if_fail (BD_IS_MASKED_LABEL (self));
  g_return_if_fail (clear_text != NULL);
  g_return_if_fail (seconds > 0);

  was_revealed = self->clear_text != NULL;
  g_clear_handle_id (&self->conceal_id, g_source_remove);
  wipe_string (&self->clear_text);
  self->clear_text = g_strdup (clear_text);
  self->conceal_id = g_timeout_add_seconds (seconds, conceal_timeout_cb, self);
  update_label (self);
  update_button (self);
  if (!was_revealed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

/**
 * bd_masked_label_conceal:
 * @self: a #BdMaskedLabel
 *
 * Masks the value again at once and wipes the clear text. Does nothing when masked.
 */
void
bd_masked_label_conceal (BdMaskedLabel *self)
{
  g_return_if_fail (BD_IS_MASKED_LABEL (self));

  g_clear_handle_id (&self->conceal_id, g_source_remove);
  if (self->clear_text == NULL)
    return;

  wipe_string (&self->clear_text);
  update_label (self);
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}
