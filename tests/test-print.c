/* test-print.c — printed forms: sheets and cut marks, the contact slip (its text read back
 * from the PDF, its page counts, its look against a reference image) and the household
 * review sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF tests read the files back with pdftotext and pdfinfo (poppler-utils) and skip
 * when those are missing. Set BD_TEST_PRINT_OUTPUT to a folder to keep what the tests
 * print there, and look at it. The reference image is tests/data/slip-reference.png;
 * after a deliberate change of the slip's look, regenerate it from the source root with
 *   BD_TEST_PRINT_WRITE_REFERENCE=$PWD/tests/data/slip-reference.png \
 *     meson test -C BUILDDIR test-print
 * and look at it before committing it.
 */
#include "config.h"

#include "bd-beneficiary.h"
#include "bd-contact-slip.h"
#include "bd-customer.h"
#include "bd-household-card.h"
#include "bd-household.h"
#include "bd-policy.h"
#include "bd-print-review.h"
#include "bd-print-slip.h"
#include "bd-print.h"
#include "bd-printed-form.h"
#include "bd-test-fixture.h"

#include <glib/gstdio.h>
#include <libintl.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define TODAY "2026-11-22"
#define YUAN(amount) ((gint64) (amount) * 100)

/* The reference image is drawn at this resolution, and may differ from a new drawing in
 * this fraction of its pixels (a channel off by more than 32 of 255). The same fonts and
 * libraries draw it identically; a block moved by a line differs in about 6 %, thicker
 * check boxes or a doubled border in 0.6–0.9 %. Words are checked in the PDF's text. */
#define REFERENCE_DPI 96.0
#define REFERENCE_TOLERANCE 0.005
#define CHANNEL_TOLERANCE 32

/* Tools and files */

/* Where the tests write: BD_TEST_PRINT_OUTPUT, kept, or a temporary folder, removed. */
static char *out_dir;
static gboolean out_dir_kept;

static void
open_output_dir (void)
{
  const char *kept = g_getenv ("BD_TEST_PRINT_OUTPUT");
  g_autoptr(GError) error = NULL;

  out_dir_kept = kept != NULL && *kept != '\0';
  if (out_dir_kept)
    {
      g_assert_cmpint (g_mkdir_with_parents (kept, 0755), ==, 0);
      out_dir = g_strdup (kept);
      return;
    }
  out_dir = g_dir_make_tmp ("bd-test-print-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
close_output_dir (void)
{
  g_autoptr(GDir) dir = out_dir_kept ? NULL : g_dir_open (out_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (out_dir, name, NULL);

      g_remove (path);
    }
  if (!out_dir_kept)
    g_rmdir (out_dir);
  g_clear_pointer (&out_dir, g_free);
}

static char *
output_path (const char *name)
{
  return g_build_filename (out_dir, name, NULL);
}

/* The tool's path, or NULL after marking the test skipped. */
static char *
find_tool (const char *name)
{
  char *path = g_find_program_in_path (name);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s not found: install poppler-utils", name);

      g_test_skip (message);
    }
  return path;
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return out;
}

/* The PDF's text (all of it, or the pages @first to @last, counted from 1, when @first > 0)
 * without any white space: pdftotext guesses spaces from the gaps between glyphs, and a
 * sentence wraps where the box ends. */
static char *
pdf_text (const char *path,
          guint       first,
          guint       last)
{
  g_autofree char *tool = find_tool ("pdftotext");
  g_autofree char *f = g_strdup_printf ("%u", first);
  g_autofree char *l = g_strdup_printf ("%u", last);
  g_autofree char *text = NULL;
  GString *squeezed;

  if (tool == NULL)
    return NULL;
  if (first > 0)
    text = run_tool ((const char *[]) { tool, "-layout", "-f", f, "-l", l, path, "-", NULL });
  else
    text = run_tool ((const char *[]) { tool, "-layout", path, "-", NULL });
  squeezed = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (squeezed, g_utf8_get_char (p));
  return g_string_free (squeezed, FALSE);
}

/* pdfinfo's value of @key ("Pages", "Page size"), or NULL after marking the test skipped. */
static char *
pdf_info (const char *path,
          const char *key)
{
  g_autofree char *tool = find_tool ("pdfinfo");
  g_autofree char *info = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *prefix = g_strconcat (key, ":", NULL);

  if (tool == NULL)
    return NULL;
  info = run_tool ((const char *[]) { tool, path, NULL });
  lines = g_strsplit (info, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  g_error ("pdfinfo %s says nothing of %s:\n%s", path, key, info);
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *pages = pdf_info (path, "Pages");

  return pages != NULL ? (guint) g_ascii_strtoull (pages, NULL, 10) : 0;
}

#define assert_contains(text, needle) \
  G_STMT_START { \
    if (strstr ((text), (needle)) == NULL) \
      g_error ("“%s” not found in the printed text:\n%s", (needle), (text)); \
  } G_STMT_END

#define assert_lacks(text, needle) \
  G_STMT_START { \
    if (strstr ((text), (needle)) != NULL) \
      g_error ("“%s” must not be printed, but is:\n%s", (needle), (text)); \
  } G_STMT_END

/* Sheets */

static gboolean
rects_overlap (const BdPrintRect *a,
               const BdPrintRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
test_sheet_cells (void)
{
  BdSheet sheet;
  BdPrintRect cells[4];
  double width, height;

  bd_sheet_init (&sheet, BD_PAPER_A4, 2, 2);
  bd_paper_size_get_points (BD_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.2756, 0.001);
  g_assert_cmpfloat_with_epsilon (height, 841.8898, 0.001);
  g_assert_cmpuint (bd_sheet_get_n_cells (&sheet), ==, 4);
  g_assert_cmpfloat (sheet.gap, >, 0.0);

  for (guint i = 0; i < 4; i++)
    bd_sheet_get_cell (&sheet, i, &cells[i]);
  /* Row by row from the top left; equal cells filling the page inside the margins. */
  g_assert_cmpfloat_with_epsilon (cells[0].x, BD_PRINT_DEFAULT_MARGIN, 1e-9);
  g_assert_cmpfloat_with_epsilon (cells[0].y, BD_PRINT_DEFAULT_MARGIN, 1e-9);
  g_assert_cmpfloat_with_epsilon (cells[1].x, cells[0].x + cells[0].width + sheet.gap, 1e-9);
  g_assert_cmpfloat_with_epsilon (cells[1].y, cells[0].y, 1e-9);
  g_assert_cmpfloat_with_epsilon (cells[2].x, cells[0].x, 1e-9);
  g_assert_cmpfloat_with_epsilon (cells[2].y, cells[0].y + cells[0].height + sheet.gap, 1e-9);
  g_assert_cmpfloat_with_epsilon (cells[3].x + cells[3].width, width - BD_PRINT_DEFAULT_MARGIN,
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (cells[3].y + cells[3].height, height - BD_PRINT_DEFAULT_MARGIN,
                                  1e-9);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpfloat_with_epsilon (cells[i].width, cells[0].width, 1e-9);
      g_assert_cmpfloat_with_epsilon (cells[i].height, cells[0].height, 1e-9);
      for (guint j = i + 1; j < 4; j++)
        g_assert_false (rects_overlap (&cells[i], &cells[j]));
    }
  /* A quarter of A4 is about 87 × 130 mm. */
  g_assert_cmpfloat_with_epsilon (cells[0].width, BD_PRINT_MM (87.0), BD_PRINT_MM (1.0));
  g_assert_cmpfloat_with_epsilon (cells[0].height, BD_PRINT_MM (130.5), BD_PRINT_MM (1.0));

  /* One form per A5 page: the page inside its margins, and no gap. */
  bd_sheet_init (&sheet, BD_PAPER_A5, 1, 1);
  bd_sheet_get_cell (&sheet, 0, &cells[0]);
  g_assert_cmpfloat (sheet.gap, ==, 0.0);
  g_assert_cmpfloat_with_epsilon (cells[0].width, BD_PRINT_MM (148.0 - 24.0), 1e-9);
  g_assert_cmpfloat_with_epsilon (cells[0].height, BD_PRINT_MM (210.0 - 24.0), 1e-9);
}

static void
test_sheet_pages (void)
{
  static const struct { guint forms, pages_a4, last_on_page; } cases[] = {
    { 0, 0, 0 }, { 1, 1, 1 }, { 4, 1, 4 }, { 5, 2, 1 }, { 8, 2, 4 }, { 9, 3, 1 },
  };
  BdSheet sheet;
  BdSheetSlot slots[4];

  bd_sheet_init (&sheet, BD_PAPER_A4, 2, 2);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint pages = bd_sheet_count_pages (&sheet, cases[i].forms);

      g_assert_cmpuint (pages, ==, cases[i].pages_a4);
      if (pages > 0)
        g_assert_cmpuint (bd_sheet_layout_page (&sheet, pages - 1, cases[i].forms, slots), ==,
                          cases[i].last_on_page);
      /* Past the end: nothing. */
      g_assert_cmpuint (bd_sheet_layout_page (&sheet, pages, cases[i].forms, slots), ==, 0);
    }

  /* The second page of nine: forms 4 to 7, in cells 0 to 3; the third: form 8 in cell 0. */
  g_assert_cmpuint (bd_sheet_layout_page (&sheet, 1, 9, slots), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      BdPrintRect cell;

      bd_sheet_get_cell (&sheet, i, &cell);
      g_assert_cmpuint (slots[i].form, ==, 4 + i);
      g_assert_cmpmem (&slots[i].cell, sizeof cell, &cell, sizeof cell);
    }
  g_assert_cmpuint (bd_sheet_layout_page (&sheet, 2, 9, slots), ==, 1);
  g_assert_cmpuint (slots[0].form, ==, 8);
  g_assert_cmpfloat (slots[0].cell.x, ==, BD_PRINT_DEFAULT_MARGIN);

  bd_sheet_init (&sheet, BD_PAPER_A5, 1, 1);
  g_assert_cmpuint (bd_sheet_count_pages (&sheet, 9), ==, 9);
  g_assert_cmpuint (bd_sheet_layout_page (&sheet, 8, 9, slots), ==, 1);
  g_assert_cmpuint (slots[0].form, ==, 8);
}

static gboolean
point_in_rect (double             x,
               double             y,
               const BdPrintRect *r)
{
  return x > r->x && x < r->x + r->width && y > r->y && y < r->y + r->height;
}

/* Every mark continues an edge of its cell beyond a corner, outside every cell, on the
 * paper, and clear of the neighbouring cell's marks. */
static void
test_sheet_cut_marks (void)
{
  BdSheet sheet;
  BdPrintRect cells[4];
  BdPrintLine marks[4][BD_SHEET_MARKS_PER_CELL];

  bd_sheet_init (&sheet, BD_PAPER_A4, 2, 2);
  for (guint c = 0; c < 4; c++)
    {
      bd_sheet_get_cell (&sheet, c, &cells[c]);
      bd_sheet_get_cut_marks (&sheet, c, marks[c]);
    }

  for (guint c = 0; c < 4; c++)
    for (guint m = 0; m < BD_SHEET_MARKS_PER_CELL; m++)
      {
        const BdPrintLine *l = &marks[c][m];
        const BdPrintRect *r = &cells[c];
        gboolean horizontal = m % 2 == 0;
        gboolean right = (m / 2) % 2 == 1, bottom = m / 4 == 1;
        double corner_x = right ? r->x + r->width : r->x;
        double corner_y = bottom ? r->y + r->height : r->y;
        double length = fabs (l->x1 - l->x0) + fabs (l->y1 - l->y0);
        double near = horizontal ? MIN (fabs (l->x0 - corner_x), fabs (l->x1 - corner_x))
                                 : MIN (fabs (l->y0 - corner_y), fabs (l->y1 - corner_y));

        if (horizontal)
          {
            g_assert_cmpfloat (l->y0, ==, corner_y);
            g_assert_cmpfloat (l->y1, ==, corner_y);
          }
        else
          {
            g_assert_cmpfloat (l->x0, ==, corner_x);
            g_assert_cmpfloat (l->x1, ==, corner_x);
          }
        /* Short, a little away from the corner, and pointing away from the cell. */
        g_assert_cmpfloat_with_epsilon (length, BD_PRINT_MM (4.0), 1e-9);
        g_assert_cmpfloat_with_epsilon (near, BD_PRINT_MM (1.5), 1e-9);
        for (guint k = 0; k < 4; k++)
          {
            g_assert_false (point_in_rect (l->x0, l->y0, &cells[k]));
            g_assert_false (point_in_rect (l->x1, l->y1, &cells[k]));
            g_assert_false (point_in_rect ((l->x0 + l->x1) / 2, (l->y0 + l->y1) / 2, &cells[k]));
          }
        g_assert_cmpfloat (MIN (l->x0, l->x1), >, 0.0);
        g_assert_cmpfloat (MAX (l->x0, l->x1), <, sheet.page_width);
        g_assert_cmpfloat (MIN (l->y0, l->y1), >, 0.0);
        g_assert_cmpfloat (MAX (l->y0, l->y1), <, sheet.page_height);
      }

  /* Between cells 0 and 1, on the top edge: cell 0's mark ends before cell 1's begins. */
  g_assert_cmpfloat (MAX (marks[0][2].x0, marks[0][2].x1), <, MIN (marks[1][0].x0, marks[1][0].x1));
  /* Between cells 0 and 2, on the left edge. */
  g_assert_cmpfloat (MAX (marks[0][5].y0, marks[0][5].y1), <, MIN (marks[2][1].y0, marks[2][1].y1));
}

/* Text */

/* Whatever the locale, text is simplified Chinese in the SC family: under LANG=C the
 * language would otherwise be "c", and 直, 角, 骨 would take their Japanese forms. */
static void
test_text_language (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  static const BdPrintFont fonts[] = {
    BD_PRINT_FONT_SANS, BD_PRINT_FONT_SANS_BOLD, BD_PRINT_FONT_SERIF_BOLD
  };

  for (guint i = 0; i < G_N_ELEMENTS (fonts); i++)
    {
      g_autoptr(PangoLayout) layout = bd_print_layout_new (cr, fonts[i], 10.0, 100.0,
                                                           PANGO_ALIGN_LEFT);
      const PangoFontDescription *desc = pango_layout_get_font_description (layout);
      PangoContext *context = pango_layout_get_context (layout);

      g_assert_cmpstr (pango_language_to_string (pango_context_get_language (context)), ==,
                       "zh-cn");
      g_assert_true (g_str_has_suffix (pango_font_description_get_family (desc), "CJK SC"));
      g_assert_true (pango_font_description_get_size_is_absolute (desc));
      /* 10 characters of 10 points wrap at 100 points: the sizes are in points. */
      pango_layout_set_text (layout, "直角骨直角骨直角骨直角骨", -1);
      g_assert_cmpint (pango_layout_get_line_count (layout), ==, 2);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
draw_ru_cb (gpointer  user_data,
            guint     page,
            cairo_t  *cr,
            double    width,
            double    height)
{
  bd_print_text (cr, BD_PRINT_FONT_SANS, 40.0, 20.0, 20.0, 0.0, PANGO_ALIGN_LEFT, "如");
}

/* The dark pixels of page 1 of a PDF, rasterised by poppler at 36 dpi. */
static guint
pdf_ink (const char *path)
{
  g_autofree char *tool = find_tool ("pdftoppm");
  g_autofree char *prefix = g_strconcat (path, "-ink", NULL);
  g_autofree char *image = g_strconcat (prefix, ".pgm", NULL);
  g_autofree char *out = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  guint ink = 0;
  int w = 0, h = 0, max = 0, header = 0;

  if (tool == NULL)
    return G_MAXUINT;
  out = run_tool ((const char *[]) { tool, "-r", "36", "-gray", "-singlefile", path, prefix,
                                     NULL });
  g_assert_true (g_file_get_contents (image, &data, &length, NULL));
  g_assert_cmpint (sscanf (data, "P5 %d %d %d%n", &w, &h, &max, &header), ==, 3);
  g_assert_cmpuint (length, ==, (gsize) header + 1 + (gsize) w * h);
  for (gsize i = header + 1; i < length; i++)
    ink += (guchar) data[i] < 128;
  g_remove (image);
  return ink;
}

/* cairo 1.16 embeds 如 of Noto Sans CJK SC Regular without a subroutine it needs when no
 * other glyph calls it: the PDF shows nothing, or a .notdef box. bd-print.c draws glyphs
 * as outlines in PDFs; this is the case that showed it. */
static void
test_pdf_glyph_outlines (void)
{
  g_autofree char *path = output_path ("ru.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  guint ink;

  g_assert_true (bd_print_render_pdf (path, 1, draw_ru_cb, NULL, BD_PAPER_A5, &error));
  g_assert_no_error (error);
  ink = pdf_ink (path);
  if (ink == G_MAXUINT)
    return;
  g_assert_cmpuint (ink, >, 30);
  text = pdf_text (path, 0, 0);
  g_assert_cmpstr (text, ==, "如");
}

/* The contact slip */

/* What the desk knows of a customer. Only the surname and the sex may reach a slip: the
 * rest is here so the tests can prove it does not. */
typedef struct
{
  const char *name;
  BdSex       sex;
  const char *id_number;
  const char *mobile;
  const char *policy_number;
  const char *premium;
} Customer;

static const Customer zhang = {
  "张伟", BD_SEX_MALE, "320102198003150017", "13912345678", "882000123456", "12,345.00"
};
static const Customer li = {
  "李秀英", BD_SEX_FEMALE, "32010519830520002X", "13851806677", "882000654321", "8,000.00"
};

typedef struct
{
  GDateTime *next_visit;
  GDateTime *written;
  char      *surnames[2];
  BdSlip     slips[9];
} SlipFixture;

static void
slip_fixture_set_up (SlipFixture   *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Asia/Shanghai");
  const Customer *customers[2] = { &zhang, &li };

  fixture->next_visit = g_date_time_new (zone, 2026, 11, 25, 14, 30, 0);
  fixture->written = g_date_time_new (zone, 2026, 11, 22, 10, 5, 0);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->slips); i++)
    {
      const Customer *customer = customers[i % 2];
      BdSlip *slip = &fixture->slips[i];

      if (i < 2)
        fixture->surnames[i] = bd_slip_surname_from_name (customer->name);
      slip->surname = fixture->surnames[i % 2];
      slip->sex = customer->sex;
      slip->next_visit = fixture->next_visit;
      slip->staff_phone = "025-8321 6688";
      slip->service_ticked = TRUE;
      slip->service = i % 2 == 0 ? BD_SERVICE_ITEM_CASH_PREMIUM : BD_SERVICE_ITEM_OTHER;
      slip->service_other = "变更联系地址";
      slip->company = i % 2 == 0 ? "衡信人寿保险股份有限公司" : "衡信人寿";
      slip->branch = i % 2 == 0 ? "南京分公司" : "南京";
      slip->staff_name = "王丽";
      slip->written = fixture->written;
    }
}

static void
slip_fixture_tear_down (SlipFixture   *fixture,
                        gconstpointer  user_data)
{
  g_clear_pointer (&fixture->next_visit, g_date_time_unref);
  g_clear_pointer (&fixture->written, g_date_time_unref);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->surnames); i++)
    g_clear_pointer (&fixture->surnames[i], g_free);
}

static void
test_slip_surname (void)
{
  static const struct { const char *name, *surname; } cases[] = {
    { "张伟", "张" }, { " 李秀英 ", "李" }, { "欧阳娜娜", "欧阳" }, { "司马光", "司马" },
    { "欧阳", "欧" }, { "John Smith", "John Smith" }, { "阿依古丽·买买提", "阿依古丽·买买提" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *surname = bd_slip_surname_from_name (cases[i].name);

      g_assert_cmpstr (surname, ==, cases[i].surname);
    }
  g_assert_null (bd_slip_surname_from_name ("  "));
}

/* The slip's boxes are the contact's service items, by the names the database stores. */
static void
test_slip_service_names (void)
{
  for (BdServiceItem s = BD_SERVICE_ITEM_INVOICE; s <= BD_SERVICE_ITEM_OTHER; s++)
    {
      BdServiceItem parsed = BD_SERVICE_ITEM_INVOICE;

      g_assert_true (bd_service_item_from_string (bd_service_item_to_string (s), &parsed));
      g_assert_cmpint (parsed, ==, s);
    }
  g_assert_cmpstr (bd_service_item_to_string (BD_SERVICE_ITEM_CASH_PREMIUM), ==,
                   "cash-premium");
  g_assert_false (bd_service_item_from_string ("现金收取保险费", &(BdServiceItem) { 0 }));
  g_assert_false (bd_service_item_from_string (NULL, &(BdServiceItem) { 0 }));
}

static void
assert_customer_absent (const char     *text,
                        const Customer *customer)
{
  assert_lacks (text, customer->name);            /* the full name: only the surname */
  assert_lacks (text, customer->id_number);
  assert_lacks (text, customer->id_number + 12);  /* not even its tail */
  assert_lacks (text, customer->mobile);
  assert_lacks (text, customer->mobile + 7);
  assert_lacks (text, customer->policy_number);
  assert_lacks (text, customer->premium);
  assert_lacks (text, "保单号");
}

/* @n_slips slips printed in @layout to @file_name in the output folder, and the text of
 * pages @first to @last of it (all of it when @first is 0), as pdf_text() gives it. */
static char *
slips_pdf_text (const char    *file_name,
                const BdSlip  *slips,
                guint          n_slips,
                BdSlipLayout   layout,
                guint          first,
                guint          last)
{
  g_autofree char *path = output_path (file_name);
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_slip_print_pdf (path, slips, n_slips, layout, &error));
  g_assert_no_error (error);
  return pdf_text (path, first, last);
}

static void
test_slip_text (SlipFixture   *fixture,
                gconstpointer  user_data)
{
  g_autofree char *text = slips_pdf_text ("slips-a5.pdf", fixture->slips, 2, BD_SLIP_LAYOUT_A5,
                                          0, 0);

  if (text == NULL)
    return;

  assert_contains (text, "客户联系单");
  assert_contains (text, "尊敬的张先生：");
  assert_contains (text, "尊敬的李女士：");
  assert_contains (text, "您好！非常荣幸地为您服务，今日前来服务未遇，"
                         "预定2026年11月25日14点30分再来拜访。");
  assert_contains (text, "请您将相关事宜转告家人，或请您与我电话联系，以便另约时间。");
  assert_contains (text, "联系电话：025-83216688");
  assert_contains (text, "本次服务的项目是：");
  assert_contains (text, "送达保险费发票");
  assert_contains (text, "现金收取保险费");
  assert_contains (text, "办理保险金给付");
  assert_contains (text, "变更联系地址");
  assert_contains (text, "谢谢您的合作！");
  /* Full names from settings as they are; short ones completed as the form reads. */
  assert_contains (text, "衡信人寿保险股份有限公司南京分公司");
  g_assert_null (strstr (text, "保险股份有限公司保险股份有限公司"));
  g_assert_null (strstr (text, "分公司分公司"));
  assert_contains (text, "收展员王丽敬留");
  assert_contains (text, "2026年11月22日10点05分");

  assert_customer_absent (text, &zhang);
  assert_customer_absent (text, &li);
}

/* A slip with nothing filled in is the form to fill in by hand. */
static void
test_slip_blank (void)
{
  const BdSlip blank = { NULL, BD_SEX_UNKNOWN, };
  g_autofree char *text = slips_pdf_text ("slip-blank.pdf", &blank, 1, BD_SLIP_LAYOUT_A5, 0, 0);

  if (text == NULL)
    return;
  assert_contains (text, "尊敬的先生/女士：");
  assert_contains (text, "预定年月日点分再来拜访");
  assert_contains (text, "保险股份有限公司分公司");
  assert_contains (text, "收展员敬留");
  assert_contains (text, "年月日点分");
}

static void
test_slip_pages (SlipFixture   *fixture,
                 gconstpointer  user_data)
{
  static const guint batches[] = { 1, 4, 5, 9 };
  static const struct
  {
    BdSlipLayout layout;
    const char *name, *size;
    guint per_page;
  } layouts[] = {
    { BD_SLIP_LAYOUT_A5, "a5", "419.528 x 595.276 pts", 1 },
    { BD_SLIP_LAYOUT_A4_FOUR, "a4", "595.276 x 841.89 pts", 4 },
  };

  for (guint l = 0; l < G_N_ELEMENTS (layouts); l++)
    for (guint b = 0; b < G_N_ELEMENTS (batches); b++)
      {
        g_autofree char *name = g_strdup_printf ("slips-%s-%u.pdf", layouts[l].name, batches[b]);
        g_autofree char *path = output_path (name);
        g_autofree char *size = NULL;
        g_autoptr(GError) error = NULL;
        guint expected = (batches[b] + layouts[l].per_page - 1) / layouts[l].per_page;

        g_assert_cmpuint (bd_slip_count_pages (layouts[l].layout, batches[b]), ==, expected);
        g_assert_true (bd_slip_print_pdf (path, fixture->slips, batches[b], layouts[l].layout,
                                          &error));
        g_assert_no_error (error);
        size = pdf_info (path, "Page size");
        if (size == NULL)
          return;
        /* pdfinfo adds " (A4)" after A4, but nothing after A5. */
        g_assert_true (g_str_has_prefix (size, layouts[l].size));
        g_assert_cmpuint (pdf_pages (path), ==, expected);
      }
}

/* Four to a sheet: every slip is there, the last page holds what is left. */
static void
test_slip_sheet_text (SlipFixture   *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *last = slips_pdf_text ("slips-a4-sheet.pdf", fixture->slips, 5,
                                          BD_SLIP_LAYOUT_A4_FOUR, 2, 2);

  if (last == NULL)
    return;
  assert_contains (last, "尊敬的张先生：");
  assert_lacks (last, "李女士");
}

static void
draw_slip_page_cb (gpointer  user_data,
                   guint     page,
                   cairo_t  *cr,
                   double    width,
                   double    height)
{
  bd_slip_draw_page (user_data, 1, BD_SLIP_LAYOUT_A5, page, cr, width, height);
}

/* The same slip, 3 points to the right: what a changed layout looks like to the test. */
static void
draw_shifted_slip_page_cb (gpointer  user_data,
                           guint     page,
                           cairo_t  *cr,
                           double    width,
                           double    height)
{
  cairo_translate (cr, 3.0, 0.0);
  draw_slip_page_cb (user_data, page, cr, width, height);
}

static double
fraction_differing (cairo_surface_t *a,
                    cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  guint64 differing = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  cairo_surface_flush (a);
  cairo_surface_flush (b);
  for (int y = 0; y < height; y++)
    {
      const guint32 *row_a = (const guint32 *) (gpointer) (cairo_image_surface_get_data (a)
                                                          + y * cairo_image_surface_get_stride (a));
      const guint32 *row_b = (const guint32 *) (gpointer) (cairo_image_surface_get_data (b)
                                                          + y * cairo_image_surface_get_stride (b));

      for (int x = 0; x < width; x++)
        for (guint shift = 0; shift < 24; shift += 8)
          if (ABS ((int) ((row_a[x] >> shift) & 0xff) - (int) ((row_b[x] >> shift) & 0xff))
              > CHANNEL_TOLERANCE)
            {
              differing++;
              break;
            }
    }
  return (double) differing / ((double) width * height);
}

static gboolean
have_print_fonts (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  g_autofree PangoFontFamily **families = NULL;
  gboolean sans = FALSE, serif = FALSE;
  int n = 0;

  pango_font_map_list_families (map, &families, &n);
  for (int i = 0; i < n; i++)
    {
      sans |= g_str_equal (pango_font_family_get_name (families[i]), "Noto Sans CJK SC");
      serif |= g_str_equal (pango_font_family_get_name (families[i]), "Noto Serif CJK SC");
    }
  return sans && serif;
}

static void
test_slip_reference (SlipFixture   *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *reference_path = g_test_build_filename (G_TEST_DIST, "data",
                                                           "slip-reference.png", NULL);
  const char *write_to = g_getenv ("BD_TEST_PRINT_WRITE_REFERENCE");
  cairo_surface_t *actual, *shifted, *reference;
  double differing;

  if (!have_print_fonts ())
    {
      g_test_skip ("Noto Sans/Serif CJK SC not installed (Debian: fonts-noto-cjk)");
      return;
    }
  actual = bd_print_render_image (0, draw_slip_page_cb, &fixture->slips[0], BD_PAPER_A5,
                                  REFERENCE_DPI);
  g_assert_cmpint (cairo_surface_status (actual), ==, CAIRO_STATUS_SUCCESS);
  if (write_to != NULL && *write_to != '\0')
    g_assert_cmpint (cairo_surface_write_to_png (actual, write_to), ==, CAIRO_STATUS_SUCCESS);

  reference = cairo_image_surface_create_from_png (reference_path);
  g_assert_cmpint (cairo_surface_status (reference), ==, CAIRO_STATUS_SUCCESS);
  differing = fraction_differing (actual, reference);
  if (differing >= REFERENCE_TOLERANCE)
    {
      g_autofree char *saved = g_test_build_filename (G_TEST_BUILT, "slip-actual.png", NULL);

      cairo_surface_write_to_png (actual, saved);
      g_error ("the slip differs from %s in %.2f%% of its pixels; see %s", reference_path,
               differing * 100, saved);
    }

  /* The comparison sees a small move of everything. */
  shifted = bd_print_render_image (0, draw_shifted_slip_page_cb, &fixture->slips[0],
                                   BD_PAPER_A5, REFERENCE_DPI);
  g_assert_cmpfloat (fraction_differing (shifted, reference), >, REFERENCE_TOLERANCE);

  cairo_surface_destroy (shifted);
  cairo_surface_destroy (reference);
  cairo_surface_destroy (actual);
}

static void
test_render_png (SlipFixture   *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *path = output_path ("slip.png");
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;

  g_assert_true (bd_print_render_png (path, 0, draw_slip_page_cb, &fixture->slips[0],
                                      BD_PAPER_A5, 72.0, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  /* 148 × 210 mm at 72 dpi, rounded up. */
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 420);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 596);
  cairo_surface_destroy (image);
}

static void
draw_sheet_page_cb (cairo_t  *cr,
                    guint     page,
                    double    width,
                    double    height,
                    gpointer  user_data)
{
  SlipFixture *fixture = user_data;

  bd_slip_draw_page (fixture->slips, 4, BD_SLIP_LAYOUT_A4_FOUR, page, cr, width, height);
}

/* A page drawn on @target at @scale, white underneath. */
static void
draw_scaled_sheet (cairo_surface_t *target,
                   double           scale,
                   SlipFixture     *fixture)
{
  cairo_t *cr = cairo_create (target);

  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  draw_sheet_page_cb (cr, 0, 595.2756, 841.8898, fixture);
  cairo_destroy (cr);
}

/* On a recording (what a GTK widget draws on) the text is drawn in the stand-in fonts:
 * replayed at a preview's scale, it must look as the real fonts draw it, underlines and
 * all. */
static void
test_recording_scaled (SlipFixture   *fixture,
                       gconstpointer  user_data)
{
  const double scale = 0.76;
  int width = (int) ceil (595.2756 * scale), height = (int) ceil (841.8898 * scale);
  cairo_surface_t *direct = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_t *replayed = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr;

  if (!have_print_fonts ())
    {
      g_test_skip ("Noto Sans/Serif CJK SC not installed (Debian: fonts-noto-cjk)");
      return;
    }
  draw_scaled_sheet (direct, scale, fixture);
  draw_scaled_sheet (recording, scale, fixture);
  cr = cairo_create (replayed);
  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpfloat (fraction_differing (direct, replayed), <, 0.0005);

  cairo_surface_destroy (recording);
  cairo_surface_destroy (replayed);
  cairo_surface_destroy (direct);
}

/* A file that cannot be written is an error in words, and leaves nothing behind. */
static void
test_write_errors (SlipFixture   *fixture,
                   gconstpointer  user_data)
{
  const char *dir = out_dir;
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "slip.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (bd_slip_print_pdf (missing, fixture->slips, 1, BD_SLIP_LAYOUT_A5, &error));
  g_assert_error (error, BD_PRINT_ERROR, BD_PRINT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A folder where the file should go. */
  g_assert_false (bd_slip_print_pdf (dir, fixture->slips, 1, BD_SLIP_LAYOUT_A5, &error));
  g_assert_error (error, BD_PRINT_ERROR, BD_PRINT_ERROR_WRITE);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  g_clear_error (&error);

  g_assert_false (bd_print_render_png (missing, 0, draw_slip_page_cb, &fixture->slips[0],
                                       BD_PAPER_A5, 72.0, &error));
  g_assert_error (error, BD_PRINT_ERROR, BD_PRINT_ERROR_WRITE);
}

/* The review sheet */

/* Every policy of the family pays over 20 years and is serviced by 赵敏 (staff 101); the
 * death beneficiary, 0 when none is named, takes it all. */
#define FAMILY_POLICY(id, product, kind, policyholder, insured, status, sum_yuan, premium_yuan, \
                      frequency, effective, next_due, beneficiary) \
  { id, product, kind, policyholder, insured, status, sum_yuan, premium_yuan, frequency, \
    effective, 20, 0, next_due, 101, BD_SURVIVAL_CASH, beneficiary }

static const BdTestPolicySpec family_policies[] = {
  FAMILY_POLICY (11, "鸿福终身寿险", BD_PRODUCT_LIFE, 1, 2, BD_POLICY_IN_FORCE, 500000, 1000,
                 BD_FREQUENCY_MONTHLY, "2020-03-01", "2026-12-01", 1),
  FAMILY_POLICY (12, "康宁重大疾病保险", BD_PRODUCT_CRITICAL_ILLNESS, 2, 1, BD_POLICY_IN_FORCE,
                 500000, 8000, BD_FREQUENCY_ANNUAL, "2019-07-15", "2027-07-15", 2),
  FAMILY_POLICY (13, "住院医疗保险", BD_PRODUCT_MEDICAL, 2, 3, BD_POLICY_GRACE, 200000, 600,
                 BD_FREQUENCY_QUARTERLY, "2024-09-01", "2026-11-01", 2),
  FAMILY_POLICY (14, "金色年华年金保险", BD_PRODUCT_ANNUITY, 1, 4, BD_POLICY_IN_FORCE, 300000,
                 20000, BD_FREQUENCY_ANNUAL, "2011-12-22", "2027-12-22", 1),
  FAMILY_POLICY (15, "平安意外伤害保险", BD_PRODUCT_ACCIDENT, 1, 3, BD_POLICY_LAPSED, 100000, 300,
                 BD_FREQUENCY_ANNUAL, "2023-06-01", "2025-06-01", 0),
  FAMILY_POLICY (16, "鸿利两全保险（分红型）", BD_PRODUCT_PARTICIPATING, 1, 1, BD_POLICY_IN_FORCE,
                 100000, 5000, BD_FREQUENCY_ANNUAL, "2016-01-21", "2027-01-21", 0),
};

static char *
policy_number (gint64 id)
{
  return g_strdup_printf ("8820001000%02" G_GINT64_FORMAT, id);
}

static BdHousehold *
make_household (void)
{
  BdHousehold *household = bd_household_new ();
  g_autoptr(BdCustomer) husband = bd_test_customer_new_full (1, "王建国", BD_SEX_MALE,
                                                             "1981-03-10", "320102198103100011",
                                                             "13812345678");
  g_autoptr(BdCustomer) wife = bd_test_customer_new_full (2, "李秀英", BD_SEX_FEMALE, "1983-05-20",
                                                          "320102198305200022", "13987654321");
  g_autoptr(BdCustomer) son = bd_test_customer_new_full (3, "王小明", BD_SEX_MALE, "2010-06-01",
                                                         NULL, NULL);
  g_autoptr(BdCustomer) mother = bd_test_customer_new_full (4, "张桂兰", BD_SEX_FEMALE,
                                                            "1956-01-15", "320102195601150048",
                                                            "13700001111");

  bd_household_set_id (household, 1);
  bd_household_set_name (household, "王建国家庭");
  bd_test_household_add (household, husband, BD_RELATION_SELF);
  bd_test_household_add (household, wife, BD_RELATION_SPOUSE);
  bd_test_household_add (household, son, BD_RELATION_CHILD);
  bd_test_household_add (household, mother, BD_RELATION_PARENT);
  return household;
}

static BdPolicy *
make_policy (const BdTestPolicySpec *spec)
{
  g_autofree char *number = policy_number (spec->id);

  return bd_test_policy_new_from_spec (spec, number, "赵敏");
}

/* The family's six policies, and @n_extra more life policies of the husband's. */
static BdHouseholdCard *
make_card (guint n_extra)
{
  const BdProtectionNeed need = { YUAN (200000), YUAN (1000000), 1 };
  g_autoptr(BdHousehold) household = make_household ();
  g_autoptr(GListStore) policies = g_list_store_new (BD_TYPE_POLICY);
  GDate today;

  g_assert_true (bd_date_parse_iso (TODAY, &today));
  for (guint i = 0; i < G_N_ELEMENTS (family_policies); i++)
    {
      g_autoptr(BdPolicy) policy = make_policy (&family_policies[i]);

      g_list_store_append (policies, policy);
    }
  for (guint i = 0; i < n_extra; i++)
    {
      BdTestPolicySpec spec = family_policies[0];
      g_autoptr(BdPolicy) policy = NULL;

      spec.id = 30 + i;
      spec.product = "鸿运定期寿险";
      spec.insured = 1;
      spec.sum_yuan = 100000 + 10000 * i;
      policy = make_policy (&spec);
      g_list_store_append (policies, policy);
    }
  return bd_household_card_new (household, G_LIST_MODEL (policies), &need, &today);
}

static void
review_sheet_init (BdReviewSheet   *sheet,
                   BdHouseholdCard *card)
{
  sheet->card = card;
  sheet->company = "衡信人寿保险股份有限公司";
  sheet->branch = "南京分公司";
  sheet->staff_name = "赵敏";
  g_assert_true (bd_date_parse_iso (TODAY, &sheet->date));
}

/* @sheet printed to @path, and all its text as pdf_text() gives it. */
static char *
review_pdf_text (const BdReviewSheet *sheet,
                 const char          *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_review_sheet_print_pdf (sheet, path, &error));
  g_assert_no_error (error);
  return pdf_text (path, 0, 0);
}

static void
test_review_text (void)
{
  g_autoptr(BdHouseholdCard) card = make_card (0);
  g_autofree char *path = output_path ("review-sheet.pdf");
  g_autofree char *text = NULL;
  g_autofree char *number = policy_number (13);
  g_autofree char *gap = NULL, *yuan = NULL;
  BdReviewSheet sheet;
  gint64 gap_fen = 0;
  guint pages;

  review_sheet_init (&sheet, card);
  g_assert_true (bd_household_card_get_protection_gap (card, NULL, NULL, &gap_fen));
  g_assert_cmpint (gap_fen % 100, ==, 0);
  yuan = bd_format_fen (gap_fen);
  yuan[strlen (yuan) - 3] = '\0';   /* whole yuan, printed without ".00" */
  gap = g_strconcat ("缺口约", yuan, "元", NULL);
  pages = bd_review_sheet_count_pages (&sheet);
  g_assert_cmpuint (pages, >=, 1);
  text = review_pdf_text (&sheet, path);
  if (text == NULL)
    return;
  g_assert_cmpuint (pdf_pages (path), ==, pages);

  assert_contains (text, "家庭保单检视表");
  assert_contains (text, "王建国家庭");
  assert_contains (text, "衡信人寿保险股份有限公司南京分公司");
  for (guint i = 0; i < 4; i++)
    assert_contains (text, ((const char *[]) { "王建国", "李秀英", "王小明", "张桂兰" })[i]);
  assert_contains (text, "配偶");
  assert_contains (text, "45岁");
  assert_contains (text, number);
  assert_contains (text, "住院医疗保险");
  assert_contains (text, "宽限期");
  assert_contains (text, "李秀英100%");
  /* Annual premiums: 12 × 1,000 + 8,000 + 4 × 600 + 20,000 + 5,000 (the lapsed one not). */
  assert_contains (text, "47,400");
  assert_contains (text, "合计");
  assert_contains (text, "交纳保费");
  assert_contains (text, "服务建议");
  assert_contains (text, "建议指定受益人");
  assert_contains (text, gap);
  assert_contains (text, "第1页/共");
  /* Read across a counter: no identity number, no phone. */
  assert_lacks (text, "320102198103100011");
  assert_lacks (text, "13812345678");
  assert_lacks (text, "13987654321");
}

/* Twenty-five policies do not fit one page: the table goes on, its header repeated. */
static void
test_review_pages (void)
{
  g_autoptr(BdHouseholdCard) card = make_card (19);
  g_autofree char *path = output_path ("review-sheet-long.pdf");
  g_autofree char *second = NULL, *all = NULL;
  g_autofree char *last_number = policy_number (30 + 18);
  BdReviewSheet sheet;
  guint pages;

  g_assert_cmpuint (bd_household_card_get_n_policies (card), ==, 25);
  review_sheet_init (&sheet, card);
  pages = bd_review_sheet_count_pages (&sheet);
  g_assert_cmpuint (pages, >=, 2);
  all = review_pdf_text (&sheet, path);
  if (all == NULL)
    return;
  g_assert_cmpuint (pdf_pages (path), ==, pages);
  assert_contains (all, last_number);

  second = pdf_text (path, 2, 2);
  assert_contains (second, "三、保单明细（续）");
  assert_contains (second, "受益人（份额）");
  assert_contains (second, "家庭保单检视表（续）");
  {
    g_autofree char *numbers = g_strdup_printf ("第2页/共%u页", pages);

    assert_contains (second, numbers);
  }
}

/* The sheet names the household's servicing staff member, not the clerk who prints it,
 * and a policy number of sixteen digits stays on one line in every table. */
static void
test_review_staff_and_numbers (void)
{
  g_autoptr(BdHousehold) household = make_household ();
  g_autoptr(GListStore) policies = g_list_store_new (BD_TYPE_POLICY);
  g_autoptr(BdHouseholdCard) card = NULL;
  g_autofree char *path = output_path ("review-sheet-numbers.pdf");
  g_autofree char *tool = find_tool ("pdftotext");
  g_autofree char *raw = NULL, *text = NULL;
  BdReviewSheet sheet;
  GDate today;

  g_assert_true (bd_date_parse_iso (TODAY, &today));
  bd_household_set_servicing_staff_id (household, 102);
  for (guint i = 0; i < G_N_ELEMENTS (family_policies); i++)
    {
      g_autoptr(BdPolicy) policy = make_policy (&family_policies[i]);
      g_autofree char *number = g_strdup_printf ("88202600000000%02u", 40 + i);

      bd_policy_set_number (policy, number);
      bd_policy_set_servicing_staff_id (policy, 102);
      bd_policy_set_servicing_staff_name (policy, "王超");
      g_list_store_append (policies, policy);
    }
  card = bd_household_card_new (household, G_LIST_MODEL (policies), NULL, &today);
  review_sheet_init (&sheet, card);
  sheet.staff_name = "王芳";    /* the clerk at the desk */
  text = review_pdf_text (&sheet, path);
  if (text == NULL || tool == NULL)
    return;

  assert_contains (text, "服务人员：王超");
  assert_contains (text, "请联系服务人员王超");
  assert_lacks (text, "王芳");

  /* Unsqueezed: a number cut in two would stand on two lines. */
  raw = run_tool ((const char *[]) { tool, "-layout", path, "-", NULL });
  for (guint i = 0; i < G_N_ELEMENTS (family_policies); i++)
    {
      g_autofree char *number = g_strdup_printf ("88202600000000%02u", 40 + i);

      assert_contains (raw, number);
    }
}

/* Another page size gets the A4 page scaled: the same number of pages, nothing lost. */
static void
test_review_scaled (void)
{
  g_autoptr(BdHouseholdCard) card = make_card (0);
  BdReviewSheet sheet;
  cairo_surface_t *surface;
  cairo_t *cr;

  review_sheet_init (&sheet, card);
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  bd_review_sheet_draw_page (&sheet, 0, cr, 612.0, 792.0);  /* US Letter */
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  {
    double x, y, width, height;

    cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
    g_assert_cmpfloat (x + width, <=, 612.0);
    g_assert_cmpfloat (y + height, <=, 792.0);
  }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ── the preview's cache: each page laid out once, replayed at every size ──────────── */

/* A form for the tests: slips one to an A5 page, or a review sheet; it says when freed. */
typedef struct
{
  const BdSlip        *slips;
  guint                n_slips;
  const BdReviewSheet *sheet;
  gboolean            *freed;
} TestForm;

static void
draw_test_form (const BdPrintedForm *form,
                guint                page,
                cairo_t             *cr,
                double               width,
                double               height)
{
  const TestForm *test = bd_printed_form_get_data (form);

  if (test->sheet != NULL)
    bd_review_sheet_draw_page (test->sheet, page, cr, width, height);
  else
    bd_slip_draw_page (test->slips, test->n_slips, BD_SLIP_LAYOUT_A5, page, cr, width, height);
}

static void
free_test_form (gpointer data)
{
  TestForm *test = data;

  if (test->freed != NULL)
    *test->freed = TRUE;
  g_free (test);
}

static BdPrintedForm *
test_form_new (const BdSlip        *slips,
               guint                n_slips,
               const BdReviewSheet *sheet,
               gboolean            *freed)
{
  TestForm *test = g_new0 (TestForm, 1);

  test->slips = slips;
  test->n_slips = n_slips;
  test->sheet = sheet;
  test->freed = freed;
  return bd_printed_form_new (sheet != NULL ? "家庭保单检视表" : "客户联系单",
                              sheet != NULL ? BD_PAPER_A4 : BD_PAPER_A5,
                              sheet != NULL ? bd_review_sheet_count_pages (sheet) : n_slips,
                              draw_test_form, test, free_test_form);
}

/* The widget's size for a page @width pixels across: the paper's proportions. */
static int
preview_height (BdPrintedForm *form,
                int            width)
{
  double paper_width, paper_height;

  bd_paper_size_get_points (bd_printed_form_get_paper (form), &paper_width, &paper_height);
  return (int) ceil (width * paper_height / paper_width);
}

/* Page @page of @form as the preview draws it through @cache, as GTK 4 draws a
 * GtkDrawingArea: onto a recording of the widget's size (a cairo render node), replayed
 * onto the window's pixels. */
static cairo_surface_t *
draw_cached (BdPageCache   *cache,
             BdPrintedForm *form,
             guint          page,
             int            width)
{
  int height = preview_height (form, width);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_t *node = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                          &(cairo_rectangle_t) { 0, 0, width,
                                                                                 height });
  cairo_t *cr = cairo_create (node);

  bd_page_cache_draw (cache, form, page, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cr = cairo_create (image);
  cairo_set_source_surface (cr, node, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (node);
  return image;
}

/* The same page drawn afresh, with nothing kept: straight onto the pixels with the form's
 * own function, white paper scaled to the width, as the preview drew before it kept
 * anything. */
static cairo_surface_t *
draw_fresh (BdPrintedForm *form,
            guint          page,
            int            width)
{
  int height = preview_height (form, width);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (image);
  double paper_width, paper_height, scale;

  bd_paper_size_get_points (bd_printed_form_get_paper (form), &paper_width, &paper_height);
  scale = MIN (width / paper_width, height / paper_height);
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_paint (cr);
  cairo_translate (cr, (width - paper_width * scale) / 2, (height - paper_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, paper_width, paper_height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  bd_printed_form_draw_page (form, page, cr, paper_width, paper_height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return image;
}

/* The same page drawn from the cache and afresh: the same pixels but for the rounding of
 * a few antialiased edges (the replay composites through an image of its own): fewer
 * than this fraction off by more than CHANNEL_TOLERANCE, none so far. A replay whose
 * lines drift by half a pixel at the far edges (cairo's plain-scale shortcut, see
 * bd_print_show_recorded_page()) differs in 1 %. */
#define CACHE_TOLERANCE 0.0001

static void
assert_same_pixels (cairo_surface_t *shown,
                    cairo_surface_t *fresh)
{
  double differing = fraction_differing (shown, fresh);

  if (differing >= CACHE_TOLERANCE)
    {
      g_autofree char *saved = g_test_build_filename (G_TEST_BUILT, "preview-cached.png",
                                                      NULL);

      cairo_surface_write_to_png (shown, saved);
      g_error ("the cached page differs from a fresh drawing in %.3f%% of its pixels; see %s",
               differing * 100, saved);
    }
}

/* Another page: another name at least. */
static void
assert_other_pixels (cairo_surface_t *a,
                     cairo_surface_t *b)
{
  g_assert_cmpfloat (fraction_differing (a, b), >, 0.001);
}

/* Drawn from the cache at two sizes, a page looks as a fresh drawing at each: the layouts
 * kept do not depend on the scale, and the replay is as sharp as a drawing at it. */
static void
assert_cache_draws_fresh_pixels (BdPrintedForm *form)
{
  static const int widths[] = { 431, 517 };
  g_autoptr(BdPageCache) cache = bd_page_cache_new ();

  g_assert_false (bd_page_cache_holds (cache, form, 0));
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      cairo_surface_t *fresh = draw_fresh (form, 0, widths[i]);
      cairo_surface_t *first = draw_cached (cache, form, 0, widths[i]);
      cairo_surface_t *again;

      g_assert_true (bd_page_cache_holds (cache, form, 0));
      again = draw_cached (cache, form, 0, widths[i]);
      assert_same_pixels (first, fresh);
      assert_same_pixels (again, fresh);
      /* Drawn and kept, then replayed: the very same pixels. */
      g_assert_cmpint (memcmp (cairo_image_surface_get_data (again),
                               cairo_image_surface_get_data (first),
                               (gsize) cairo_image_surface_get_stride (first)
                               * cairo_image_surface_get_height (first)), ==, 0);
      cairo_surface_destroy (again);
      cairo_surface_destroy (first);
      cairo_surface_destroy (fresh);
    }
}

static void
test_preview_cache_pixels (SlipFixture   *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(BdHouseholdCard) card = make_card (0);
  g_autoptr(BdPrintedForm) slip = test_form_new (fixture->slips, 1, NULL, NULL);
  g_autoptr(BdPrintedForm) review = NULL;
  BdReviewSheet sheet;

  if (!have_print_fonts ())
    {
      g_test_skip ("Noto Sans/Serif CJK SC not installed (Debian: fonts-noto-cjk)");
      return;
    }
  review_sheet_init (&sheet, card);
  review = test_form_new (NULL, 0, &sheet, NULL);
  assert_cache_draws_fresh_pixels (slip);
  assert_cache_draws_fresh_pixels (review);
}

/* Another page, or another form, is never drawn from what the cache kept of the last;
 * cleared, the cache holds nothing and lets go of the form. */
static void
test_preview_cache_stale (SlipFixture   *fixture,
                          gconstpointer  user_data)
{
  const int width = 480;
  g_autoptr(BdHouseholdCard) card = make_card (0);
  g_autoptr(BdPageCache) cache = bd_page_cache_new ();
  gboolean slips_freed = FALSE, review_freed = FALSE;
  BdPrintedForm *slips, *review;
  cairo_surface_t *page1, *page2, *shown;
  BdReviewSheet sheet;

  if (!have_print_fonts ())
    {
      g_test_skip ("Noto Sans/Serif CJK SC not installed (Debian: fonts-noto-cjk)");
      return;
    }
  review_sheet_init (&sheet, card);
  /* Two slips to two customers: pages 1 and 2 differ. */
  slips = test_form_new (fixture->slips, 2, NULL, &slips_freed);
  review = test_form_new (NULL, 0, &sheet, &review_freed);
  page1 = draw_fresh (slips, 0, width);
  page2 = draw_fresh (slips, 1, width);
  assert_other_pixels (page1, page2);

  shown = draw_cached (cache, slips, 0, width);
  assert_same_pixels (shown, page1);
  cairo_surface_destroy (shown);
  /* The next page. */
  g_assert_false (bd_page_cache_holds (cache, slips, 1));
  shown = draw_cached (cache, slips, 1, width);
  assert_same_pixels (shown, page2);
  cairo_surface_destroy (shown);
  /* And back: both are kept, each its own. */
  g_assert_true (bd_page_cache_holds (cache, slips, 0));
  shown = draw_cached (cache, slips, 0, width);
  assert_same_pixels (shown, page1);
  cairo_surface_destroy (shown);

  /* Another form (another paper too): its own page, and nothing of the slips is kept. */
  shown = draw_cached (cache, review, 0, width);
  cairo_surface_destroy (page2);
  page2 = draw_fresh (review, 0, width);
  assert_same_pixels (shown, page2);
  cairo_surface_destroy (shown);
  g_assert_false (bd_page_cache_holds (cache, slips, 0));
  g_assert_false (bd_page_cache_holds (cache, slips, 1));
  bd_printed_form_unref (slips);
  g_assert_true (slips_freed);

  /* Cleared: nothing kept, and the form (the customer's data) is let go at once. */
  bd_printed_form_unref (review);
  g_assert_false (review_freed);
  bd_page_cache_clear (cache);
  g_assert_true (review_freed);

  cairo_surface_destroy (page2);
  cairo_surface_destroy (page1);
}

/* ── the printed forms: what the preview, the printer and a PDF are given ──────────── */

/* Writes @form to a PDF, and checks that every page was drawn and the text holds the
 * form's title: the forms print their own name (客户联系单, 家庭保单检视表). */
static void
assert_form_prints_title (BdPrintedForm *form,
                          const char    *file_name)
{
  g_autofree char *path = output_path (file_name);
  g_autofree char *pages = NULL;
  g_autofree char *expected = g_strdup_printf ("%u", bd_printed_form_get_n_pages (form));
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (bd_printed_form_write_pdf (form, path, &error));
  g_assert_no_error (error);
  if ((pages = pdf_info (path, "Pages")) == NULL)
    return;
  g_assert_cmpstr (pages, ==, expected);
  for (guint page = 1; page <= bd_printed_form_get_n_pages (form); page++)
    {
      g_autofree char *page_text = pdf_text (path, page, page);

      g_assert_cmpstr (page_text, !=, "");
    }
  text = pdf_text (path, 0, 0);
  g_assert_nonnull (strstr (text, bd_printed_form_get_title (form)));
}

/* Each form of the desk, built from the store: the slip (A5), the day's slips four to an
 * A4 sheet over two sheets, the household review sheet; and their audit rows. */
static void
test_printed_forms (void)
{
  static const char *names[] = { "陈大文", "张美丽", "欧阳娜娜", "李静", "赵磊" };
  g_autofree char *old_locale = g_strdup (setlocale (LC_MESSAGES, NULL));
  g_autoptr(BdPrintedForm) slip = NULL;
  g_autoptr(BdPrintedForm) batch = NULL;
  g_autoptr(BdPrintedForm) sheet = NULL;
  g_autoptr(GArray) slips = NULL;
  g_autoptr(GError) error = NULL;
  BdTestStore fixture = { 0 };
  BdTestMember members[2];
  gint64 staff, contacts[G_N_ELEMENTS (names)];
  GDate day;

  /* The titles are the forms' own words in Chinese, as the counter prints them. */
  if (setlocale (LC_MESSAGES, "zh_CN.UTF-8") == NULL || g_getenv ("BRANCHDESK_LOCALEDIR") == NULL)
    {
      g_test_skip ("No zh_CN.UTF-8 locale or no translations");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BRANCHDESK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  bd_test_store_set_up (&fixture, "test-print-forms", "forms.db");
  bd_test_clock_fix ("2026-11-25T09:00:00+08:00");
  staff = bd_test_add_staff (fixture.store, "zhou", "周敏", BD_ROLE_COUNTER, NULL, "13912345678");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(BdContact) contact = NULL;
      gint64 customer = bd_test_add_person (fixture.store, names[i], i % 2 == 0 ? BD_SEX_MALE : BD_SEX_FEMALE,
                                            NULL, NULL, NULL);

      if (i < G_N_ELEMENTS (members))
        members[i] = (BdTestMember) { customer, i == 0 ? BD_RELATION_SELF : BD_RELATION_SPOUSE };
      contact = bd_test_contact_new (customer, BD_CONTACT_SLIP, staff, "上门未遇");
      bd_contact_set_next_visit (contact, "2026-11-26T10:00");
      contacts[i] = bd_test_add_contact (fixture.store, contact);
    }
  bd_test_add_household (fixture.store, "陈家", members, G_N_ELEMENTS (members));

  slip = bd_printed_form_new_contact_slip (fixture.store, contacts[0], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bd_printed_form_get_title (slip), ==, "客户联系单");
  g_assert_cmpint (bd_printed_form_get_paper (slip), ==, BD_PAPER_A5);
  g_assert_true (bd_printed_form_can_save (slip));
  assert_form_prints_title (slip, "form-slip.pdf");

  g_assert_true (bd_date_parse_iso ("2026-11-26", &day));
  slips = bd_contact_slip_load_day_of (fixture.store, &day, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (slips->len, ==, G_N_ELEMENTS (names));
  batch = bd_printed_form_new_slips (g_steal_pointer (&slips), "2026-11-26");
  g_assert_cmpint (bd_printed_form_get_paper (batch), ==, BD_PAPER_A4);
  g_assert_cmpuint (bd_printed_form_get_n_pages (batch), ==, 2);
  g_assert_false (bd_printed_form_can_save (batch));
  assert_form_prints_title (batch, "form-day-slips.pdf");

  sheet = bd_printed_form_new_review_sheet (fixture.store, members[0].customer_id, &day, "周敏",
                                            &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bd_printed_form_get_title (sheet), ==, "家庭保单检视表");
  assert_form_prints_title (sheet, "form-review-sheet.pdf");

  /* Each form names its own audit row. */
  g_assert_true (bd_printed_form_audit (slip, fixture.store, staff, NULL, &error));
  g_assert_true (bd_printed_form_audit (slip, fixture.store, staff, "/tmp/slip.pdf", &error));
  g_assert_true (bd_printed_form_audit (batch, fixture.store, staff, NULL, &error));
  g_assert_true (bd_printed_form_audit (sheet, fixture.store, staff, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bd_store_count_audit (fixture.store, "slip-printed", NULL), ==, 1);
  g_assert_cmpuint (bd_store_count_audit (fixture.store, "slip-saved", NULL), ==, 1);
  g_assert_cmpuint (bd_store_count_audit (fixture.store, "day-slips-printed", NULL), ==, 1);
  g_assert_cmpuint (bd_store_count_audit (fixture.store, "review-sheet-printed", NULL), ==, 1);

  g_clear_pointer (&slip, bd_printed_form_unref);
  g_clear_pointer (&batch, bd_printed_form_unref);
  g_clear_pointer (&sheet, bd_printed_form_unref);
  bd_test_store_tear_down (&fixture);
  setlocale (LC_MESSAGES, old_locale);
}

#define ADD_SLIP_TEST(path, func) \
  g_test_add (path, SlipFixture, NULL, slip_fixture_set_up, func, slip_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Messages about Chinese text come out readable, not as "???". */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print/sheet/cells", test_sheet_cells);
  g_test_add_func ("/print/sheet/pages", test_sheet_pages);
  g_test_add_func ("/print/sheet/cut-marks", test_sheet_cut_marks);
  g_test_add_func ("/print/text/language", test_text_language);
  g_test_add_func ("/print/pdf/glyph-outlines", test_pdf_glyph_outlines);
  g_test_add_func ("/print/slip/surname", test_slip_surname);
  g_test_add_func ("/print/slip/service-names", test_slip_service_names);
  ADD_SLIP_TEST ("/print/slip/text", test_slip_text);
  g_test_add_func ("/print/slip/blank", test_slip_blank);
  ADD_SLIP_TEST ("/print/slip/pages", test_slip_pages);
  ADD_SLIP_TEST ("/print/slip/sheet-text", test_slip_sheet_text);
  ADD_SLIP_TEST ("/print/slip/reference", test_slip_reference);
  ADD_SLIP_TEST ("/print/png", test_render_png);
  ADD_SLIP_TEST ("/print/recording-scaled", test_recording_scaled);
  ADD_SLIP_TEST ("/print/write-errors", test_write_errors);
  g_test_add_func ("/print/review/text", test_review_text);
  g_test_add_func ("/print/review/pages", test_review_pages);
  g_test_add_func ("/print/review/scaled", test_review_scaled);
  g_test_add_func ("/print/review/staff-and-numbers", test_review_staff_and_numbers);
  g_test_add_func ("/print/forms/title-and-pages", test_printed_forms);
  ADD_SLIP_TEST ("/print/preview-cache/pixels", test_preview_cache_pixels);
  ADD_SLIP_TEST ("/print/preview-cache/stale", test_preview_cache_stale);

  open_output_dir ();
  status = g_test_run ();
  close_output_dir ();
  return status;
}
