/* bd-print-preview.c — the pages of a printed form on screen, drawn by the printing code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A preview is only worth looking at if it is what will come out of the printer, so it
 * draws with the form's page function (BdPrintedForm), the one the PDF and the printer
 * use, scaled from points to the page's width on screen. It shows one page at a time, white on a card,
 * as wide as the room it is given and as tall as the paper's proportions make it, with
 * Previous and Next below.
 *
 * The form (a customer's slips, a family's review sheet) is held by a reference and
 * dropped on bd_print_preview_clear(), on the next bd_print_preview_set_form() and on
 * dispose: the widget keeps nothing of a customer once it is told to let go.
 */
#define G_LOG_DOMAIN "bd-print-preview"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "bd-print-preview.h"

/* The page's width when nothing asks for another: A4 at about half its size. */
#define PAGE_MIN_WIDTH     120
#define PAGE_NATURAL_WIDTH 420

struct _BdPrintPreview
{
  AdwBin              parent_instance;

  BdPaperSize         paper;
  char               *title;
  guint               n_pages;
  guint               page;
  BdPrintedForm      *form;
  BdPageCache        *pages;       /* the form's pages drawn so far */

  GtkDrawingArea     *page_area;
  GtkWidget          *navigation;
  GtkLabel           *page_label;
};

enum {
  PROP_0,
  PROP_PAGE,
  PROP_N_PAGES,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BdPrintPreview, bd_print_preview, ADW_TYPE_BIN)

/* The page on screen */

/* Each page is laid out once and kept as a recording in points (BdPageCache): a redraw,
 * at the same size or at a new one while the window is resized, only replays it. */
static void
draw_page_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  BdPrintPreview *self = BD_PRINT_PREVIEW (user_data);

  if (self->form == NULL)
    return;
  bd_page_cache_draw (self->pages, self->form, self->page, cr, width, height);
}

static GtkSizeRequestMode
page_request_mode_cb (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* As wide as it is given, and as tall as the paper is for that width. */
static void
measure_page_cb (GtkWidget      *widget,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural,
                 int            *minimum_baseline,
                 int            *natural_baseline)
{
  BdPrintPreview *self = BD_PRINT_PREVIEW (gtk_widget_get_ancestor (widget,
                                                                    BD_TYPE_PRINT_PREVIEW));
  double paper_width, paper_height;
  int width = for_size >= 0 ? for_size : PAGE_NATURAL_WIDTH;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = PAGE_MIN_WIDTH;
      *natural = PAGE_NATURAL_WIDTH;
      return;
    }
  bd_paper_size_get_points (self->paper, &paper_width, &paper_height);
  *minimum = *natural = (int) ceil (width * paper_height / paper_width);
}

/* A drawing area has no children to place. */
static void
allocate_page_cb (GtkWidget *widget,
                  int        width,
                  int        height,
                  int        baseline)
{
}

/* Labels and actions */

/* A screen reader cannot see the page: it hears which form it is, and which page. */
static void
describe_page (BdPrintPreview *self)
{
  const char *title = self->title != NULL ? self->title : _("Printed form");
  g_autofree char *description = NULL;

  /* Translators: the page of a form in the print preview, e.g. "保单检视表, page 1 of 3" */
  description = g_strdup_printf (_("%s, page %u of %u"), title, self->page + 1, self->n_pages);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
update_navigation (BdPrintPreview *self)
{
  g_autofree char *text = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next",
                                 self->page + 1 < self->n_pages);
  gtk_widget_set_visible (self->navigation, self->n_pages > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->page_area), self->n_pages > 0);
  if (self->n_pages == 0)
    {
      gtk_label_set_label (self->page_label, "");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->page_area),
                                     GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->page_area),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  /* Translators: the page shown in the print preview, e.g. "Page 1 of 3" */
  text = g_strdup_printf (_("Page %u of %u"), self->page + 1, self->n_pages);
  gtk_label_set_label (self->page_label, text);
  describe_page (self);
}

static void
previous_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BdPrintPreview *self = BD_PRINT_PREVIEW (widget);

  if (self->page > 0)
    bd_print_preview_set_page (self, self->page - 1);
}

static void
next_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BdPrintPreview *self = BD_PRINT_PREVIEW (widget);

  bd_print_preview_set_page (self, self->page + 1);
}

/* The owner's data */

/* Drops the form and its drawn pages, and with them anything of the customer. */
static void
drop_data (BdPrintPreview *self)
{
  if (self->pages != NULL)
    bd_page_cache_clear (self->pages);
  g_clear_pointer (&self->form, bd_printed_form_unref);
}

/* GObject */

static void
bd_print_preview_dispose (GObject *object)
{
  BdPrintPreview *self = BD_PRINT_PREVIEW (object);

  drop_data (self);
  g_clear_pointer (&self->pages, bd_page_cache_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), BD_TYPE_PRINT_PREVIEW);

  G_OBJECT_CLASS (bd_print_preview_parent_class)->dispose (object);
}

static void
bd_print_preview_finalize (GObject *object)
{
  BdPrintPreview *self = BD_PRINT_PREVIEW (object);

  g_free (self->title);

  G_OBJECT_CLASS (bd_print_preview_parent_class)->finalize (object);
}

static void
bd_print_preview_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BdPrintPreview *self = BD_PRINT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_print_preview_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BdPrintPreview *self = BD_PRINT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      bd_print_preview_set_page (self, g_value_get_uint (value));
      break;
    case PROP_TITLE:
      bd_print_preview_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bd_print_preview_class_init (BdPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bd_print_preview_dispose;
  object_class->finalize = bd_print_preview_finalize;
  object_class->get_property = bd_print_preview_get_property;
  object_class->set_property = bd_print_preview_set_property;

  /**
   * BdPrintPreview:page:
   *
   * The page shown, counted from 0; 0 when there are none.
   */
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BdPrintPreview:n-pages:
   *
   * How many pages there are to show; 0 after bd_print_preview_clear().
   */
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BdPrintPreview:title:
   *
   * The form's title ("客户联系单"): the pages' accessible name and description say it.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, previous_action_cb);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, next_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/branchdesk/BranchDesk/widgets/bd-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, BdPrintPreview, page_area);
  gtk_widget_class_bind_template_child (widget_class, BdPrintPreview, navigation);
  gtk_widget_class_bind_template_child (widget_class, BdPrintPreview, page_label);
  gtk_widget_class_set_css_name (widget_class, "printpreview");
}

static void
bd_print_preview_init (BdPrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pages = bd_page_cache_new ();
  /* A drawing area measures only its content size; the page's height depends on the
   * width it gets, which a layout manager can say. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self->page_area),
                                 gtk_custom_layout_new (page_request_mode_cb, measure_page_cb,
                                                        allocate_page_cb));
  gtk_drawing_area_set_draw_func (self->page_area, draw_page_cb, self, NULL);
  update_navigation (self);
}

/* API */

/**
 * bd_print_preview_new:
 *
 * Returns: (transfer floating): a preview showing nothing yet
 */
GtkWidget *
bd_print_preview_new (void)
{
  return g_object_new (BD_TYPE_PRINT_PREVIEW, NULL);
}

/**
 * bd_print_preview_set_form:
 * @self: a #BdPrintPreview
 * @form: the form to show; the preview keeps a reference until it is cleared
 *
 * Shows page 1 of @form, dropping the form shown before. The title stays as set with
 * bd_print_preview_set_title().
 */
void
bd_print_preview_set_form (BdPrintPreview *self,
                           BdPrintedForm  *form)
{
  guint n_pages;

  g_return_if_fail (BD_IS_PRINT_PREVIEW (self));
  g_return_if_fail (form != NULL);

  bd_printed_form_ref (form);
  drop_data (self);
  self->form = form;
  self->paper = bd_printed_form_get_paper (form);
  n_pages = bd_printed_form_get_n_pages (form);
  if (n_pages != self->n_pages)
    {
      self->n_pages = n_pages;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
    }
  if (self->page != 0)
    {
      self->page = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
  update_navigation (self);
  /* Another paper may change the page's proportions. */
  gtk_widget_queue_resize (GTK_WIDGET (self->page_area));
  gtk_widget_queue_draw (GTK_WIDGET (self->page_area));
}

/**
 * bd_print_preview_clear:
 * @self: a #BdPrintPreview
 *
 * Shows nothing and drops the document's data at once (its GDestroyNotify runs).
 */
void
bd_print_preview_clear (BdPrintPreview *self)
{
  g_return_if_fail (BD_IS_PRINT_PREVIEW (self));

  drop_data (self);
  if (self->n_pages != 0)
    {
      self->n_pages = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
    }
  if (self->page != 0)
    {
      self->page = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
  update_navigation (self);
}

guint
bd_print_preview_get_n_pages (BdPrintPreview *self)
{
  g_return_val_if_fail (BD_IS_PRINT_PREVIEW (self), 0);
  return self->n_pages;
}

guint
bd_print_preview_get_page (BdPrintPreview *self)
{
  g_return_val_if_fail (BD_IS_PRINT_PREVIEW (self), 0);
  return self->page;
}

/**
 * bd_print_preview_set_page:
 * @self: a #BdPrintPreview
 * @page: the page to show, counted from 0; past the last, the last
 */
void
bd_print_preview_set_page (BdPrintPreview *self,
                           guint           page)
{
  g_return_if_fail (BD_IS_PRINT_PREVIEW (self));

  page = MIN (page, MAX (self->n_pages, 1) - 1);
  if (page == self->page)
    return;

  self->page = page;
  update_navigation (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->page_area));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

const char *
bd_print_preview_get_title (BdPrintPreview *self)
{
  g_return_val_if_fail (BD_IS_PRINT_PREVIEW (self), NULL);
  return self->title;
}

/**
 * bd_print_preview_set_title:
 * @self: a #BdPrintPreview
 * @title: (nullable): the form's title, for the accessible name of its pages
 */
void
bd_print_preview_set_title (BdPrintPreview *self,
                            const char     *title)
{
  g_return_if_fail (BD_IS_PRINT_PREVIEW (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  update_navigation (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}
