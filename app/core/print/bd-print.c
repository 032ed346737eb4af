/* bd-print.c — what every printed form shares: paper, fonts, sheets of forms, PDF and PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A printed form is a function that draws one page on a cairo_t in points; this file
 * gives it the paper, text in the right fonts, a grid of forms with cut marks, and the
 * two ways to get a page out without GTK: a PDF file and an image. A GtkPrintOperation
 * calls the same page functions on the printer's cairo_t. */

#define G_LOG_DOMAIN "bd-print"

#include "config.h"

#include "bd-print.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#define FONT_SANS  "Noto Sans CJK SC"
#define FONT_SERIF "Noto Serif CJK SC"

/* A cut mark starts this far from its cell's corner (so a slightly wandering cut does not
 * leave a black line on the form) and is this long. */
#define CUT_MARK_OFFSET BD_PRINT_MM (1.5)
#define CUT_MARK_LENGTH BD_PRINT_MM (4.0)
#define CUT_MARK_WIDTH  0.3
/* Between two cells: both cells' marks, and a millimetre between them. */
#define SHEET_GAP (2 * (CUT_MARK_OFFSET + CUT_MARK_LENGTH) + BD_PRINT_MM (1.0))

G_DEFINE_QUARK (bd-print-error-quark, bd_print_error)

/* Paper */

/**
 * bd_paper_size_get_points:
 * @paper: a paper size
 * @width: (out): its width in points
 * @height: (out): its height in points
 */
void
bd_paper_size_get_points (BdPaperSize  paper,
                          double      *width,
                          double      *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  switch (paper)
    {
    case BD_PAPER_A5:
      *width = BD_PRINT_MM (148.0);
      *height = BD_PRINT_MM (210.0);
      break;
    case BD_PAPER_A4:
    default:
      *width = BD_PRINT_MM (210.0);
      *height = BD_PRINT_MM (297.0);
      break;
    }
}

/**
 * bd_paper_size_get_pwg_name:
 * @paper: a paper size
 *
 * Returns: the PWG 5101.1 name of @paper, as GtkPaperSize knows it
 */
const char *
bd_paper_size_get_pwg_name (BdPaperSize paper)
{
  return paper == BD_PAPER_A5 ? "iso_a5" : "iso_a4";
}

/* Text */

/* The options a layout is measured with, whatever the surface: a preview at 96 dpi must
 * wrap its lines where the PDF does. */
static PangoContext *
create_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("zh-cn"));
  /* Laid out in points whatever the scale of @cr: a preview being resized would otherwise
   * load every font again at each new scale (most of a redraw's time), and nothing of the
   * layout depends on the scale once hinting is off. cairo draws the glyphs at the scale. */
  pango_context_set_matrix (context, NULL);
  return context;
}

static PangoFontDescription *
create_font_description (BdPrintFont font,
                         double      size)
{
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family_static (desc, font == BD_PRINT_FONT_SERIF_BOLD
                                                  ? FONT_SERIF : FONT_SANS);
  pango_font_description_set_weight (desc, font == BD_PRINT_FONT_SANS
                                           ? PANGO_WEIGHT_NORMAL : PANGO_WEIGHT_BOLD);
  /* Absolute: in the units of the cairo_t (points), not at the context's 96 dpi. */
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  return desc;
}

/**
 * bd_print_layout_new:
 * @cr: where the layout will be drawn
 * @font: which of the print fonts
 * @size: the font size in points
 * @width: the width to wrap at, or 0 for lines that do not wrap
 * @align: how wrapped lines are aligned
 *
 * Returns: (transfer full): an empty layout in simplified Chinese
 */
PangoLayout *
bd_print_layout_new (cairo_t        *cr,
                     BdPrintFont     font,
                     double          size,
                     double          width,
                     PangoAlignment  align)
{
  PangoContext *context;
  PangoFontDescription *desc;
  PangoLayout *layout;

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (size > 0, NULL);

  context = create_context (cr);
  layout = pango_layout_new (context);
  g_object_unref (context);
  desc = create_font_description (font, size);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, align);
  return layout;
}

/**
 * bd_print_layout_get_width:
 * @layout: a layout
 *
 * Returns: the logical width of @layout in points
 */
double
bd_print_layout_get_width (PangoLayout *layout)
{
  int width;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), 0.0);

  pango_layout_get_size (layout, &width, NULL);
  return pango_units_to_double (width);
}

/**
 * bd_print_layout_get_height:
 * @layout: a layout
 *
 * Returns: the logical height of @layout in points
 */
double
bd_print_layout_get_height (PangoLayout *layout)
{
  int height;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), 0.0);

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

/* cairo 1.16 cannot be trusted to embed Noto Sans CJK in a PDF or PostScript file: its
 * CFF subsetter miscounts the hints of a hintmask that follows path operators, skips the
 * wrong bytes, and so misses a subroutine the glyph calls, which it then leaves out. The
 * glyph comes out blank in poppler and as a .notdef box in Ghostscript unless another
 * glyph of the document happens to call that subroutine: 如 alone, or in 如有疑问, is lost.
 * So on those surfaces (and on a recording, which may be replayed onto one) text is drawn
 * in the stand-in fonts below. */
static const cairo_user_data_key_t screen_page_key;

static gboolean
draws_glyph_outlines (cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_surface_type_t type = cairo_surface_get_type (target);

  /* A page recorded for the screen (bd_print_record_page()) is only ever replayed onto
   * pixels: it keeps the real fonts, which FreeType draws at each new scale faster than
   * cairo draws the stand-ins' outlines. */
  if (cairo_surface_get_user_data (target, &screen_page_key) != NULL)
    return FALSE;
  return type == CAIRO_SURFACE_TYPE_PDF || type == CAIRO_SURFACE_TYPE_PS
         || type == CAIRO_SURFACE_TYPE_RECORDING;
}

/* Stand-in fonts: for each real font face, a cairo user font whose glyphs are the real
 * glyphs' outlines. cairo writes a user font into a PDF or PostScript file as a Type 3
 * font, whose glyphs are plain paths: no CFF to subset, each glyph defined once per
 * document, and the text is still text that a reader can search and copy (the clusters
 * carry its characters). Filling each glyph's outline as a path wherever it is used, as
 * this file did before, made a PDF of 1,000 slips 62 MB and took 14 s, nearly all of it
 * formatting and compressing the same coordinates again and again. */

/* Outlines are taken at this many units to the em, whatever the size printed: FreeType
 * hands them out in 64ths of a unit, so at the size of a glyph on paper they would be
 * rounded to a 64th of a point. */
#define OUTLINE_UNITS 1000.0

/* Each stand-in holds its real font at OUTLINE_UNITS, unhinted: hinting would bend the
 * outlines to a pixel grid that a PDF does not have. */
static const cairo_user_data_key_t outline_font_key;

static cairo_scaled_font_t *
get_outline_font (cairo_scaled_font_t *stand_in)
{
  return cairo_font_face_get_user_data (cairo_scaled_font_get_font_face (stand_in),
                                        &outline_font_key);
}

static cairo_scaled_font_t *
create_outline_font (cairo_font_face_t *real)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_matrix_t size, identity;
  cairo_scaled_font_t *font;

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_matrix_init_scale (&size, OUTLINE_UNITS, OUTLINE_UNITS);
  cairo_matrix_init_identity (&identity);
  font = cairo_scaled_font_create (real, &size, &identity, options);
  cairo_font_options_destroy (options);
  return font;
}

static cairo_status_t
stand_in_init_cb (cairo_scaled_font_t  *scaled_font,
                  cairo_t              *cr,
                  cairo_font_extents_t *extents)
{
  cairo_font_extents_t real;

  cairo_scaled_font_extents (get_outline_font (scaled_font), &real);
  extents->ascent = real.ascent / OUTLINE_UNITS;
  extents->descent = real.descent / OUTLINE_UNITS;
  extents->height = real.height / OUTLINE_UNITS;
  extents->max_x_advance = real.max_x_advance / OUTLINE_UNITS;
  extents->max_y_advance = real.max_y_advance / OUTLINE_UNITS;
  return CAIRO_STATUS_SUCCESS;
}

/* The outline of @glyph in units of @font, whatever the transformation of the cairo_t that
 * will draw it. */
static cairo_path_t *
copy_outline (cairo_scaled_font_t *font,
              const cairo_glyph_t *glyph)
{
  cairo_surface_t *scratch = cairo_recording_surface_create (CAIRO_CONTENT_ALPHA, NULL);
  cairo_t *cr = cairo_create (scratch);
  cairo_path_t *path;

  cairo_set_scaled_font (cr, font);
  cairo_glyph_path (cr, glyph, 1);
  path = cairo_copy_path (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  return path;
}

static cairo_status_t
stand_in_render_glyph_cb (cairo_scaled_font_t  *scaled_font,
                          unsigned long         glyph,
                          cairo_t              *cr,
                          cairo_text_extents_t *extents)
{
  cairo_scaled_font_t *outline_font = get_outline_font (scaled_font);
  cairo_glyph_t outline = { glyph, 0.0, 0.0 };
  cairo_text_extents_t real;
  cairo_path_t *path = copy_outline (outline_font, &outline);

  cairo_scaled_font_glyph_extents (outline_font, &outline, 1, &real);
  extents->x_advance = real.x_advance / OUTLINE_UNITS;
  extents->y_advance = real.y_advance / OUTLINE_UNITS;
  cairo_scale (cr, 1.0 / OUTLINE_UNITS, 1.0 / OUTLINE_UNITS);
  cairo_append_path (cr, path);
  cairo_path_destroy (path);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_fill (cr);
  return CAIRO_STATUS_SUCCESS;
}

/* The stand-in of @real. Both live as long as the program: a PDF may ask for a glyph as
 * late as cairo_surface_finish(), and there are only as many as the fonts we print in. */
static cairo_font_face_t *
get_stand_in (cairo_font_face_t *real)
{
  static GMutex lock;
  static GHashTable *stand_ins;
  cairo_font_face_t *stand_in;

  g_mutex_lock (&lock);
  if (stand_ins == NULL)
    stand_ins = g_hash_table_new (NULL, NULL);
  stand_in = g_hash_table_lookup (stand_ins, real);
  if (stand_in == NULL)
    {
      stand_in = cairo_user_font_face_create ();
      cairo_user_font_face_set_init_func (stand_in, stand_in_init_cb);
      cairo_user_font_face_set_render_glyph_func (stand_in, stand_in_render_glyph_cb);
      cairo_font_face_set_user_data (stand_in, &outline_font_key, create_outline_font (real),
                                     (cairo_destroy_func_t) cairo_scaled_font_destroy);
      g_hash_table_insert (stand_ins, cairo_font_face_reference (real), stand_in);
    }
  g_mutex_unlock (&lock);
  return stand_in;
}

/* A PangoRenderer that draws a layout as pango_cairo_show_layout() does, but in the
 * stand-in fonts. Private to this file: Pango 1.50 has no g_autoptr for PangoRenderer
 * to declare it with. */
typedef struct
{
  PangoRenderer  parent_instance;
  cairo_t       *cr;
} BdOutlineRenderer;

typedef PangoRendererClass BdOutlineRendererClass;

static GType bd_outline_renderer_get_type (void);
#define BD_TYPE_OUTLINE_RENDERER (bd_outline_renderer_get_type ())
#define BD_OUTLINE_RENDERER(obj) \
  (G_TYPE_CHECK_INSTANCE_CAST ((obj), BD_TYPE_OUTLINE_RENDERER, BdOutlineRenderer))

G_DEFINE_FINAL_TYPE (BdOutlineRenderer, bd_outline_renderer, PANGO_TYPE_RENDERER)

/* A colour from the layout's attributes, if any, else the cairo_t's. */
static void
set_part_source (BdOutlineRenderer *self,
                 PangoRenderPart    part)
{
  PangoColor *color = pango_renderer_get_color (PANGO_RENDERER (self), part);

  if (color != NULL)
    cairo_set_source_rgb (self->cr, color->red / 65535.0, color->green / 65535.0,
                          color->blue / 65535.0);
}

static void
set_stand_in_font (cairo_t   *cr,
                   PangoFont *font)
{
  cairo_scaled_font_t *real = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font));
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_matrix_t matrix;

  cairo_scaled_font_get_font_matrix (real, &matrix);
  cairo_scaled_font_get_font_options (real, options);
  cairo_set_font_face (cr, get_stand_in (cairo_scaled_font_get_font_face (real)));
  cairo_set_font_matrix (cr, &matrix);
  cairo_set_font_options (cr, options);
  cairo_font_options_destroy (options);
}

/* A glyph the fonts lack: Pango's box with its code in it, as a path. */
static void
fill_unknown_glyph (cairo_t              *cr,
                    PangoFont            *font,
                    const PangoGlyphInfo *info,
                    double                x,
                    double                y)
{
  PangoGlyphString *one = pango_glyph_string_new ();

  pango_glyph_string_set_size (one, 1);
  one->glyphs[0] = *info;
  one->glyphs[0].geometry.x_offset = one->glyphs[0].geometry.y_offset = 0;
  cairo_new_path (cr);
  cairo_move_to (cr, x, y);
  pango_cairo_glyph_string_path (cr, font, one);
  cairo_fill (cr);
  pango_glyph_string_free (one);
}

/* The glyphs of @glyphs cairo can draw, in their order, at (@x, @y) in Pango units. */
static cairo_glyph_t *
place_glyphs (cairo_t          *cr,
              PangoFont        *font,
              PangoGlyphString *glyphs,
              int               x,
              int               y,
              int              *n_placed)
{
  cairo_glyph_t *placed = g_new (cairo_glyph_t, MAX (glyphs->num_glyphs, 1));
  int advance = 0;

  *n_placed = 0;
  for (int i = 0; i < glyphs->num_glyphs; i++)
    {
      const PangoGlyphInfo *info = &glyphs->glyphs[i];
      double gx = pango_units_to_double (x + advance + info->geometry.x_offset);
      double gy = pango_units_to_double (y + info->geometry.y_offset);

      advance += info->geometry.width;
      if (info->glyph == PANGO_GLYPH_EMPTY)
        continue;
      if (info->glyph & PANGO_GLYPH_UNKNOWN_FLAG)
        {
          fill_unknown_glyph (cr, font, info, gx, gy);
          continue;
        }
      placed[*n_placed] = (cairo_glyph_t) { info->glyph, gx, gy };
      ++*n_placed;
    }
  return placed;
}

/* Which bytes of the text each run of glyphs stands for, in the text's order: what lets
 * a reader of the PDF search and copy it. Empty and unknown glyphs are not drawn by
 * cairo, so they are not counted. */
static cairo_text_cluster_t *
map_clusters (const char     *text,
              PangoGlyphItem *glyph_item,
              int            *n_clusters)
{
  PangoGlyphString *glyphs = glyph_item->glyphs;
  cairo_text_cluster_t *clusters = g_new (cairo_text_cluster_t, MAX (glyphs->num_glyphs, 1));
  PangoGlyphItemIter iter;
  gboolean more;

  *n_clusters = 0;
  for (more = pango_glyph_item_iter_init_start (&iter, glyph_item, text); more;
       more = pango_glyph_item_iter_next_cluster (&iter))
    {
      int first = MIN (iter.start_glyph, iter.end_glyph + 1);
      int end = MAX (iter.start_glyph + 1, iter.end_glyph);
      int n_glyphs = 0;

      for (int i = first; i < end; i++)
        if (glyphs->glyphs[i].glyph != PANGO_GLYPH_EMPTY
            && !(glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG))
          n_glyphs++;
      clusters[*n_clusters].num_bytes = iter.end_index - iter.start_index;
      clusters[*n_clusters].num_glyphs = n_glyphs;
      ++*n_clusters;
    }
  return clusters;
}

static void
outline_draw_glyph_item (PangoRenderer  *renderer,
                         const char     *text,
                         PangoGlyphItem *glyph_item,
                         int             x,
                         int             y)
{
  BdOutlineRenderer *self = BD_OUTLINE_RENDERER (renderer);
  PangoItem *item = glyph_item->item;
  g_autofree cairo_glyph_t *placed = NULL;
  g_autofree cairo_text_cluster_t *clusters = NULL;
  int n_placed, n_clusters;

  cairo_save (self->cr);
  set_part_source (self, PANGO_RENDER_PART_FOREGROUND);
  placed = place_glyphs (self->cr, item->analysis.font, glyph_item->glyphs, x, y, &n_placed);
  clusters = map_clusters (text, glyph_item, &n_clusters);
  set_stand_in_font (self->cr, item->analysis.font);
  cairo_show_text_glyphs (self->cr, text + item->offset, item->length, placed, n_placed,
                          clusters, n_clusters,
                          item->analysis.level % 2 ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : 0);
  cairo_restore (self->cr);
}

/* Glyphs without their text: only drawn by a caller of pango_renderer_draw_glyphs(). */
static void
outline_draw_glyphs (PangoRenderer    *renderer,
                     PangoFont        *font,
                     PangoGlyphString *glyphs,
                     int               x,
                     int               y)
{
  BdOutlineRenderer *self = BD_OUTLINE_RENDERER (renderer);
  g_autofree cairo_glyph_t *placed = NULL;
  int n_placed;

  cairo_save (self->cr);
  set_part_source (self, PANGO_RENDER_PART_FOREGROUND);
  placed = place_glyphs (self->cr, font, glyphs, x, y, &n_placed);
  set_stand_in_font (self->cr, font);
  cairo_show_glyphs (self->cr, placed, n_placed);
  cairo_restore (self->cr);
}

/* Underlines, strikethroughs and the trapezoids of error underlines. */
static void
outline_draw_trapezoid (PangoRenderer   *renderer,
                        PangoRenderPart  part,
                        double           y1,
                        double           x11,
                        double           x21,
                        double           y2,
                        double           x12,
                        double           x22)
{
  BdOutlineRenderer *self = BD_OUTLINE_RENDERER (renderer);

  cairo_save (self->cr);
  set_part_source (self, part);
  cairo_new_path (self->cr);
  cairo_move_to (self->cr, x11, y1);
  cairo_line_to (self->cr, x21, y1);
  cairo_line_to (self->cr, x22, y2);
  cairo_line_to (self->cr, x12, y2);
  cairo_close_path (self->cr);
  cairo_fill (self->cr);
  cairo_restore (self->cr);
}

static void
bd_outline_renderer_class_init (BdOutlineRendererClass *klass)
{
  klass->draw_glyph_item = outline_draw_glyph_item;
  klass->draw_glyphs = outline_draw_glyphs;
  klass->draw_trapezoid = outline_draw_trapezoid;
}

static void
bd_outline_renderer_init (BdOutlineRenderer *self)
{
}

/**
 * bd_print_show_layout:
 * @cr: a cairo context
 * @layout: a layout made for @cr
 * @x: where its left edge goes
 * @y: where its top goes
 */
void
bd_print_show_layout (cairo_t     *cr,
                      PangoLayout *layout,
                      double       x,
                      double       y)
{
  BdOutlineRenderer *renderer;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  if (!draws_glyph_outlines (cr))
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      return;
    }

  renderer = g_object_new (BD_TYPE_OUTLINE_RENDERER, NULL);
  renderer->cr = cr;
  cairo_save (cr);
  cairo_translate (cr, x, y);
  /* Everything in the cairo_t's user space, which already holds the scale of a preview:
   * drawing an inactive renderer would take the layout's matrix (that scale again) and
   * hand underlines over scaled twice. */
  pango_renderer_activate (PANGO_RENDERER (renderer));
  pango_renderer_set_matrix (PANGO_RENDERER (renderer), NULL);
  pango_renderer_draw_layout (PANGO_RENDERER (renderer), layout, 0, 0);
  pango_renderer_deactivate (PANGO_RENDERER (renderer));
  cairo_restore (cr);
  g_object_unref (renderer);
}

/**
 * bd_print_text:
 * @cr: a cairo context
 * @font: which of the print fonts
 * @size: the font size in points
 * @x: the left edge
 * @y: the top
 * @width: the width to wrap at, or 0 for one line
 * @align: how wrapped lines are aligned
 * @text: plain text, no markup
 *
 * Returns: the height the text took, in points
 */
double
bd_print_text (cairo_t        *cr,
               BdPrintFont     font,
               double          size,
               double          x,
               double          y,
               double          width,
               PangoAlignment  align,
               const char     *text)
{
  g_autoptr(PangoLayout) layout = NULL;

  g_return_val_if_fail (text != NULL, 0.0);

  layout = bd_print_layout_new (cr, font, size, width, align);
  pango_layout_set_text (layout, text, -1);
  bd_print_show_layout (cr, layout, x, y);
  return bd_print_layout_get_height (layout);
}

/* Sheets */

/**
 * bd_sheet_init:
 * @sheet: (out caller-allocates): the sheet
 * @paper: its paper
 * @columns: cells across, at least 1
 * @rows: cells down, at least 1
 */
void
bd_sheet_init (BdSheet     *sheet,
               BdPaperSize  paper,
               guint        columns,
               guint        rows)
{
  g_return_if_fail (sheet != NULL);
  g_return_if_fail (columns > 0 && rows > 0);

  bd_paper_size_get_points (paper, &sheet->page_width, &sheet->page_height);
  sheet->margin = BD_PRINT_DEFAULT_MARGIN;
  sheet->gap = columns * rows > 1 ? SHEET_GAP : 0.0;
  sheet->columns = columns;
  sheet->rows = rows;
}

/**
 * bd_sheet_get_n_cells:
 * @sheet: a sheet
 *
 * Returns: how many forms a page of @sheet holds
 */
guint
bd_sheet_get_n_cells (const BdSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, 0);

  return sheet->columns * sheet->rows;
}

/**
 * bd_sheet_count_pages:
 * @sheet: a sheet
 * @n_forms: the size of the batch
 *
 * Returns: the pages the batch takes (0 for none)
 */
guint
bd_sheet_count_pages (const BdSheet *sheet,
                      guint          n_forms)
{
  guint per_page;

  g_return_val_if_fail (sheet != NULL, 0);

  per_page = bd_sheet_get_n_cells (sheet);
  g_return_val_if_fail (per_page > 0, 0);
  return (n_forms + per_page - 1) / per_page;
}

/**
 * bd_sheet_get_cell:
 * @sheet: a sheet
 * @cell: the cell, counted row by row from the top left
 * @rect: (out caller-allocates): where it lies on the page, in points
 */
void
bd_sheet_get_cell (const BdSheet *sheet,
                   guint          cell,
                   BdPrintRect   *rect)
{
  guint column, row;

  g_return_if_fail (sheet != NULL && rect != NULL);
  g_return_if_fail (cell < bd_sheet_get_n_cells (sheet));

  column = cell % sheet->columns;
  row = cell / sheet->columns;
  rect->width = (sheet->page_width - 2 * sheet->margin - (sheet->columns - 1) * sheet->gap)
                / sheet->columns;
  rect->height = (sheet->page_height - 2 * sheet->margin - (sheet->rows - 1) * sheet->gap)
                 / sheet->rows;
  rect->x = sheet->margin + column * (rect->width + sheet->gap);
  rect->y = sheet->margin + row * (rect->height + sheet->gap);
}

/**
 * bd_sheet_layout_page:
 * @sheet: a sheet
 * @page: the page, counted from 0
 * @n_forms: the size of the batch
 * @slots: (out caller-allocates) (array): room for bd_sheet_get_n_cells() slots
 *
 * Returns: how many forms @page holds; they fill @slots in the batch's order
 */
guint
bd_sheet_layout_page (const BdSheet *sheet,
                      guint          page,
                      guint          n_forms,
                      BdSheetSlot   *slots)
{
  guint per_page, first, n;

  g_return_val_if_fail (sheet != NULL && slots != NULL, 0);

  per_page = bd_sheet_get_n_cells (sheet);
  if (page >= bd_sheet_count_pages (sheet, n_forms))
    return 0;
  first = page * per_page;
  n = MIN (per_page, n_forms - first);
  for (guint i = 0; i < n; i++)
    {
      slots[i].form = first + i;
      bd_sheet_get_cell (sheet, i, &slots[i].cell);
    }
  return n;
}

static void
set_line (BdPrintLine *line,
          double       x0,
          double       y0,
          double       x1,
          double       y1)
{
  line->x0 = x0;
  line->y0 = y0;
  line->x1 = x1;
  line->y1 = y1;
}

/**
 * bd_sheet_get_cut_marks:
 * @sheet: a sheet
 * @cell: a cell of it
 * @marks: (out caller-allocates): the marks at the top left, top right, bottom left and
 *   bottom right corners, each first the horizontal mark, then the vertical one
 */
void
bd_sheet_get_cut_marks (const BdSheet *sheet,
                        guint          cell,
                        BdPrintLine    marks[BD_SHEET_MARKS_PER_CELL])
{
  BdPrintRect r;
  const double near = CUT_MARK_OFFSET, far = CUT_MARK_OFFSET + CUT_MARK_LENGTH;

  g_return_if_fail (marks != NULL);

  bd_sheet_get_cell (sheet, cell, &r);
  for (guint corner = 0; corner < 4; corner++)
    {
      gboolean right = corner % 2 == 1, bottom = corner >= 2;
      double x = right ? r.x + r.width : r.x, y = bottom ? r.y + r.height : r.y;
      double out_x = right ? 1.0 : -1.0, out_y = bottom ? 1.0 : -1.0;

      set_line (&marks[2 * corner], x + out_x * near, y, x + out_x * far, y);
      set_line (&marks[2 * corner + 1], x, y + out_y * near, x, y + out_y * far);
    }
}

/**
 * bd_sheet_draw_cut_marks:
 * @sheet: a sheet
 * @cr: the page
 * @n_cells: how many cells (from the first) hold a form
 */
void
bd_sheet_draw_cut_marks (const BdSheet *sheet,
                         cairo_t       *cr,
                         guint          n_cells)
{
  BdPrintLine marks[BD_SHEET_MARKS_PER_CELL];

  g_return_if_fail (sheet != NULL && cr != NULL);

  if (bd_sheet_get_n_cells (sheet) < 2)
    return;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  cairo_set_line_width (cr, CUT_MARK_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  for (guint cell = 0; cell < MIN (n_cells, bd_sheet_get_n_cells (sheet)); cell++)
    {
      bd_sheet_get_cut_marks (sheet, cell, marks);
      for (guint i = 0; i < BD_SHEET_MARKS_PER_CELL; i++)
        {
          cairo_move_to (cr, marks[i].x0, marks[i].y0);
          cairo_line_to (cr, marks[i].x1, marks[i].y1);
        }
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Output: a file written through GIO, so that a failure comes back as a GError that says
 * why, and so that the file is replaced whole or not at all. */

typedef struct
{
  GOutputStream *stream;
  GFile         *file;
  gboolean       existed;   /* a file we created and failed to finish is removed */
  GError        *error;     /* the first write error */
} Output;

static void
set_write_error (GError       **error,
                 const char    *path,
                 const GError  *cause)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *folder = g_filename_display_name (dir);

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, BD_PRINT_ERROR, BD_PRINT_ERROR_WRITE,
                 _("“%s” cannot be saved: the folder “%s” does not exist"), name, folder);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED)
           || g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    g_set_error (error, BD_PRINT_ERROR, BD_PRINT_ERROR_WRITE,
                 _("“%s” cannot be saved: you may not write in the folder “%s”"), name, folder);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    g_set_error (error, BD_PRINT_ERROR, BD_PRINT_ERROR_WRITE,
                 _("“%s” cannot be saved: the disk is full"), name);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error (error, BD_PRINT_ERROR, BD_PRINT_ERROR_WRITE,
                 _("“%s” cannot be saved: it is a folder"), name);
  else
    g_set_error (error, BD_PRINT_ERROR, BD_PRINT_ERROR_WRITE,
                 _("“%s” cannot be saved: %s"), name, cause->message);
}

static gboolean
output_open (Output      *out,
             const char  *path,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  out->file = g_file_new_for_path (path);
  out->existed = g_file_query_exists (out->file, NULL);
  /* A form carries personal data: only its owner reads it, whatever the umask. The
   * replacement is written beside the file and renamed over it when complete. */
  out->stream = G_OUTPUT_STREAM (g_file_replace (out->file, NULL, FALSE,
                                                 G_FILE_CREATE_PRIVATE |
                                                 G_FILE_CREATE_REPLACE_DESTINATION,
                                                 NULL, &local_error));
  if (out->stream == NULL)
    {
      set_write_error (error, path, local_error);
      g_clear_object (&out->file);
      return FALSE;
    }
  return TRUE;
}

static cairo_status_t
output_write_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  Output *out = closure;

  if (out->error == NULL
      && g_output_stream_write_all (out->stream, data, length, NULL, NULL, &out->error))
    return CAIRO_STATUS_SUCCESS;
  return CAIRO_STATUS_WRITE_ERROR;
}

/* A cancelled close drops the replacement and keeps the older file. */
static void
output_abandon (Output *out)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_cancellable_cancel (cancellable);
  g_output_stream_close (out->stream, cancellable, NULL);
  if (!out->existed)
    g_file_delete (out->file, NULL, NULL);
}

/* Finishes the file, or abandons it after a write error or a drawing @status. */
static gboolean
output_close (Output          *out,
              const char      *path,
              cairo_status_t   status,
              GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok = FALSE;

  if (out->error != NULL)
    set_write_error (error, path, out->error);
  else if (status != CAIRO_STATUS_SUCCESS)
    g_set_error (error, BD_PRINT_ERROR, BD_PRINT_ERROR_DRAW,
                 _("The pages could not be drawn: %s"), cairo_status_to_string (status));
  else if (!g_output_stream_close (out->stream, NULL, &local_error))
    set_write_error (error, path, local_error);
  else
    ok = TRUE;

  if (!ok)
    output_abandon (out);
  g_clear_error (&out->error);
  g_clear_object (&out->stream);
  g_clear_object (&out->file);
  return ok;
}

/* Rendering */

static void
draw_one_page (cairo_t         *cr,
               guint            page,
               double           width,
               double           height,
               BdPrintPageFunc  draw_page,
               gpointer         user_data)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  draw_page (user_data, page, cr, width, height);
  cairo_restore (cr);
}

/**
 * bd_print_render_pdf:
 * @path: the file to write
 * @n_pages: how many pages, at least 1
 * @draw_page: (scope call): draws each page
 * @user_data: for @draw_page
 * @paper: the size of every page
 * @error: a #BD_PRINT_ERROR in words a person understands
 *
 * Returns: %TRUE when the PDF was written
 */
gboolean
bd_print_render_pdf (const char       *path,
                     guint             n_pages,
                     BdPrintPageFunc   draw_page,
                     gpointer          user_data,
                     BdPaperSize       paper,
                     GError          **error)
{
  Output out = { NULL, };
  cairo_status_t status;

  g_return_val_if_fail (path != NULL && draw_page != NULL, FALSE);
  g_return_val_if_fail (n_pages > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!output_open (&out, path, error))
    return FALSE;

  status = bd_print_render_pdf_stream (output_write_cb, &out, n_pages, draw_page, user_data,
                                       paper);
  return output_close (&out, path, status, error);
}

/**
 * bd_print_render_pdf_stream:
 * @write: (scope call): takes the PDF's bytes
 * @closure: for @write
 * @n_pages: how many pages
 * @draw_page: (scope call): draws each page
 * @user_data: for @draw_page
 * @paper: the size of every page
 *
 * Returns: %CAIRO_STATUS_SUCCESS when every page was drawn and written
 */
cairo_status_t
bd_print_render_pdf_stream (cairo_write_func_t  write,
                            void               *closure,
                            guint               n_pages,
                            BdPrintPageFunc     draw_page,
                            gpointer            user_data,
                            BdPaperSize         paper)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double width, height;

  g_return_val_if_fail (write != NULL && draw_page != NULL, CAIRO_STATUS_NULL_POINTER);

  bd_paper_size_get_points (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write, closure, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages && cairo_status (cr) == CAIRO_STATUS_SUCCESS; page++)
    {
      draw_one_page (cr, page, width, height, draw_page, user_data);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

/* Small enough to move nothing on a page by a billionth of a pixel, large enough to be
 * no plain scale (see bd_print_show_recorded_page()). */
#define EXACT_REPLAY_SKEW 1e-12

/**
 * bd_print_record_page:
 * @page: the page to draw, counted from 0
 * @draw_page: (scope call): draws it
 * @user_data: for @draw_page
 * @paper: the page's size
 *
 * Draws a page once for a screen that shows it at any size: into a recording in points,
 * bounded by the paper, with text in the real fonts. Laid out once, it is replayed by
 * bd_print_show_recorded_page() at each new scale without laying out anything again,
 * and the replay draws vectors and glyphs at that scale, as sharp as a drawing made for
 * it. Never replay it onto a PDF or PostScript surface (see draws_glyph_outlines()).
 *
 * Returns: (transfer full): a recording surface; check cairo_surface_status()
 */
cairo_surface_t *
bd_print_record_page (guint            page,
                      BdPrintPageFunc  draw_page,
                      gpointer         user_data,
                      BdPaperSize      paper)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  g_return_val_if_fail (draw_page != NULL, NULL);

  bd_paper_size_get_points (paper, &width, &height);
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                            &(cairo_rectangle_t) { 0.0, 0.0, width, height });
  cairo_surface_set_user_data (surface, &screen_page_key, surface, NULL);
  cr = cairo_create (surface);
  draw_one_page (cr, page, width, height, draw_page, user_data);
  cairo_destroy (cr);
  return surface;
}

/**
 * bd_print_show_recorded_page:
 * @cr: where to draw, in pixels (a widget's cairo_t)
 * @recording: a page from bd_print_record_page()
 * @paper: its paper
 * @width: the room for it, in the units of @cr
 * @height: the room for it
 *
 * Fills @width × @height with white and replays @recording on it, scaled to fit and
 * centred. The paper is white in a dark style too: it is what the printer puts on it.
 */
void
bd_print_show_recorded_page (cairo_t         *cr,
                             cairo_surface_t *recording,
                             BdPaperSize      paper,
                             double           width,
                             double           height)
{
  double paper_width, paper_height, scale;

  g_return_if_fail (cr != NULL && recording != NULL);

  bd_paper_size_get_points (paper, &paper_width, &paper_height);
  scale = MIN (width / paper_width, height / paper_height);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_paint (cr);
  cairo_translate (cr, (width - paper_width * scale) / 2, (height - paper_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  /* cairo 1.16 moves a recorded path by a plain scale with the factor rounded to its
   * fixed point (1/256): lines and boxes would drift by up to a pixel towards the far
   * edges while the text stays put. A skew far below any pixel makes it take the exact
   * way, as a drawing made at this scale does. */
  cairo_transform (cr, &(cairo_matrix_t) { 1.0, EXACT_REPLAY_SKEW, 0.0, 1.0, 0.0, 0.0 });
  /* A recording painted through a transformation is replayed at it (cairo's image
   * backend draws it again at the target's resolution), never resampled: the glyphs and
   * lines are as sharp as if drawn there. Its bounds are the paper: nothing spills. */
  cairo_set_source_surface (cr, recording, 0.0, 0.0);
  cairo_paint (cr);
  cairo_restore (cr);
}

/**
 * bd_print_render_image:
 * @page: the page to draw, counted from 0
 * @draw_page: (scope call): draws it
 * @user_data: for @draw_page
 * @paper: the page's size
 * @dpi: the resolution: 72 gives one pixel per point
 *
 * Returns: (transfer full): an image surface; check cairo_surface_status()
 */
cairo_surface_t *
bd_print_render_image (guint            page,
                       BdPrintPageFunc  draw_page,
                       gpointer         user_data,
                       BdPaperSize      paper,
                       double           dpi)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height, scale = dpi / 72.0;

  g_return_val_if_fail (draw_page != NULL, NULL);
  g_return_val_if_fail (dpi > 0, NULL);

  bd_paper_size_get_points (paper, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                        (int) ceil (height * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  draw_one_page (cr, page, width, height, draw_page, user_data);
  cairo_destroy (cr);
  return surface;
}

/**
 * bd_print_render_png:
 * @path: the file to write
 * @page: the page to draw, counted from 0
 * @draw_page: (scope call): draws it
 * @user_data: for @draw_page
 * @paper: the page's size
 * @dpi: the resolution
 * @error: a #BD_PRINT_ERROR in words a person understands
 *
 * Returns: %TRUE when the image was written
 */
gboolean
bd_print_render_png (const char       *path,
                     guint             page,
                     BdPrintPageFunc   draw_page,
                     gpointer          user_data,
                     BdPaperSize       paper,
                     double            dpi,
                     GError          **error)
{
  Output out = { NULL, };
  cairo_surface_t *surface;
  cairo_status_t status;

  g_return_val_if_fail (path != NULL && draw_page != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!output_open (&out, path, error))
    return FALSE;

  surface = bd_print_render_image (page, draw_page, user_data, paper, dpi);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, output_write_cb, &out);
  cairo_surface_destroy (surface);
  return output_close (&out, path, status, error);
}
