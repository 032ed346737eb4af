/* bench-print.c — how fast the desk prints a batch of slips, and redraws a preview page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-print [FOLDER]   (where the PDFs go; a temporary folder by default)
 *
 * The target of the issue "Printing with cairo": 1,000 contact slips, four to an A4
 * sheet, into one PDF, at most 1.5 times what plain Pango takes to draw the same text
 * onto a PDF surface of the same size in the same run. The target of the issue "The desk
 * feels instant": every printed form's preview redrawn within one frame (p99 <= 16.7 ms),
 * resizing included.
 *
 * The yardstick draws the strings the slip prints (built as bd-print-slip.c builds them,
 * with the same markup) in the same four cells of each sheet, one PangoLayout a string,
 * at the size the slip settles on in a quarter of A4, with pango_cairo_show_layout(). It
 * leaves out what makes a slip a form: the fitting of the type size to the box, the check
 * boxes, the border, the cut marks, and the stand-in fonts bd-print.c draws text in on a
 * PDF to get round cairo 1.16's CFF subsetter (see draws_glyph_outlines()); so its PDF
 * may lack glyphs, and the ratio is what the form costs over its bare text.
 *
 * The preview is timed as BdPrintPreview draws, through the same call its draw function
 * makes (bd_page_cache_draw(), with a BdPageCache kept across redraws as the widget keeps
 * one), for each form the desk previews: one contact slip on A5, slips four to an A4
 * sheet, a household review sheet. Each line is page 1 of one form, and says what a
 * redraw includes:
 *   - "first draw of a page (nothing kept)": the cache emptied before each, as when a
 *     page is turned to or a form opened: the page laid out and recorded, then replayed;
 *   - "redraw": the page replayed from the cache at the same size (uncovered, restyled);
 *   - "redraw, resizing": replayed from the cache at a new width every time, 495 to
 *     594 px, as while the window is resized: every glyph drawn anew at its new size.
 * Each "through a recording as in GTK" (GTK 4 draws a GtkDrawingArea on a recording
 * surface, a cairo render node, which the renderer replays onto the window's pixels: both
 * are timed) or "straight onto the image" (the draw function's cairo_t is the image's).
 * Timings never fail the program.
 */
#define G_LOG_DOMAIN "bench-print"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "bd-beneficiary.h"
#include "bd-customer.h"
#include "bd-household-card.h"
#include "bd-household.h"
#include "bd-policy.h"
#include "bd-print-review.h"
#include "bd-print-slip.h"
#include "bd-print.h"
#include "bd-printed-form.h"

#include "bench-timing.h"
#include "../support/bd-test-models.h"

#define SEED 1
#define N_SLIPS 1000
#define N_PDF_RUNS 5
#define N_REDRAWS 100
#define N_REDRAW_WARM_UP 5

/* A preview on a laptop screen: A4 fitted to 600 px across (849 px down). */
#define PREVIEW_WIDTH 600
#define PREVIEW_HEIGHT 850

/* The target of the issue "Printing with cairo", and a frame at 60 Hz: the target of
 * "The desk feels instant" for a preview's redraw. */
#define PDF_MAX_RATIO 1.5
#define FRAME_MS 16.7

/* The slip's body size in a quarter of A4 (bd-print-slip.c settles on 10.85 pt there, as
 * the PDF shows), and its title at 1.6 times that. */
#define BODY_SIZE 10.85
#define TITLE_SIZE (BODY_SIZE * 1.6)
#define LINE_GAP 4.0


/* A batch: the slips and the strings and times they borrow. */
typedef struct
{
  BdSlip     slips[N_SLIPS];
  GPtrArray *owned;       /* strings */
  GPtrArray *times;       /* GDateTime */
} Batch;

static const char * const surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
  "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
  "欧阳", "司马", "诸葛", "上官", "阿依古丽·买买提",
};

static const char * const staff_names[] = {
  "王丽", "赵敏", "陈刚", "李娜", "刘洋", "孙静", "周强", "吴霞",
};

static const char * const other_services[] = {
  "变更联系地址", "办理保单贷款", "补发保险合同", "续期交费提醒", "生存金领取确认",
  "受益人变更",
};

/* The batch */

static const char *
pick (GRand              *rand,
      const char * const *words,
      guint               n_words)
{
  return words[g_rand_int_range (rand, 0, (gint32) n_words)];
}

#define PICK(rand, words) pick (rand, words, G_N_ELEMENTS (words))

/* A time in the last two months of 2026, on the quarter hour between 8:00 and 18:00. */
static GDateTime *
random_time (Batch *batch,
             GRand *rand)
{
  static GTimeZone *zone;
  GDateTime *when;

  if (zone == NULL)
    zone = g_time_zone_new_identifier ("Asia/Shanghai");
  when = g_date_time_new (zone, 2026, g_rand_int_range (rand, 11, 13),
                          g_rand_int_range (rand, 1, 31), g_rand_int_range (rand, 8, 18),
                          15 * g_rand_int_range (rand, 0, 4), 0);
  g_ptr_array_add (batch->times, when);
  return when;
}

static void
fill_slip (Batch  *batch,
           BdSlip *slip,
           GRand  *rand)
{
  gint32 service;
  char *phone = g_strdup_printf ("025-8%03d %04d", g_rand_int_range (rand, 0, 1000),
                                 g_rand_int_range (rand, 0, 10000));

  g_ptr_array_add (batch->owned, phone);
  slip->surname = PICK (rand, surnames);
  slip->sex = (BdSex) g_rand_int_range (rand, BD_SEX_UNKNOWN, BD_SEX_FEMALE + 1);
  slip->next_visit = random_time (batch, rand);
  slip->written = random_time (batch, rand);
  slip->staff_phone = phone;
  /* -1: no box ticked, the pad. */
  service = g_rand_int_range (rand, -1, BD_SERVICE_ITEM_OTHER + 1);
  slip->service_ticked = service >= 0;
  slip->service = (BdServiceItem) MAX (service, 0);
  slip->service_other = PICK (rand, other_services);
  slip->company = g_rand_boolean (rand) ? "衡信人寿保险股份有限公司" : "衡信人寿";
  slip->branch = g_rand_boolean (rand) ? "南京分公司" : "南京";
  slip->staff_name = PICK (rand, staff_names);
}

static Batch *
batch_new (void)
{
  Batch *batch = g_new0 (Batch, 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  batch->owned = g_ptr_array_new_with_free_func (g_free);
  batch->times = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  for (guint i = 0; i < N_SLIPS; i++)
    fill_slip (batch, &batch->slips[i], rand);
  return batch;
}

static void
batch_free (Batch *batch)
{
  g_ptr_array_unref (batch->owned);
  g_ptr_array_unref (batch->times);
  g_free (batch);
}

/* The yardstick's strings: the slip's own markup, as bd-print-slip.c builds it. */

static char *
complete_name (const char *name,
               const char *suffix)
{
  g_autofree char *escaped = g_markup_escape_text (name, -1);

  if (g_str_has_suffix (name, "公司"))
    return g_steal_pointer (&escaped);
  return g_strconcat (escaped, suffix, NULL);
}

/* Title, salutation, body, phone, the service line, the four items, thanks, company,
 * signature and date: what the slip prints, in its order. */
static GPtrArray *
slip_strings (const BdSlip *slip)
{
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *surname = bd_slip_format_fill (slip->surname, BD_SLIP_BLANK_LONG);
  g_autofree char *visit = bd_slip_format_month_to_minute (slip->next_visit);
  g_autofree char *written = bd_slip_format_month_to_minute (slip->written);
  g_autofree char *phone = bd_slip_format_fill (slip->staff_phone, BD_SLIP_BLANK_LONG);
  g_autofree char *staff = bd_slip_format_fill (slip->staff_name, BD_SLIP_BLANK_SHORT);
  g_autofree char *company = complete_name (slip->company, "保险股份有限公司");
  g_autofree char *branch = complete_name (slip->branch, "分公司");
  const char *title = slip->sex == BD_SEX_MALE ? "先生"
                      : slip->sex == BD_SEX_FEMALE ? "女士" : "先生/女士";

  g_ptr_array_add (strings, g_strdup ("客户联系单"));
  g_ptr_array_add (strings, g_strdup_printf ("尊敬的%s%s：", surname, title));
  g_ptr_array_add (strings, g_strdup_printf ("您好！非常荣幸地为您服务，今日前来服务未遇，"
                                             "预定 %s再来拜访。若您因事外出，请您将相关事宜"
                                             "转告家人，或请您与我电话联系，以便另约时间。",
                                             visit));
  g_ptr_array_add (strings, g_strdup_printf ("联系电话：%s", phone));
  g_ptr_array_add (strings, g_strdup ("本次服务的项目是："));
  g_ptr_array_add (strings, g_strdup ("送达保险费发票"));
  g_ptr_array_add (strings, g_strdup ("现金收取保险费"));
  g_ptr_array_add (strings, g_strdup ("办理保险金给付"));
  g_ptr_array_add (strings, slip->service_ticked && slip->service == BD_SERVICE_ITEM_OTHER
                            ? bd_slip_format_fill (slip->service_other, BD_SLIP_BLANK_LONG)
                            : g_strdup (BD_SLIP_BLANK_LONG));
  g_ptr_array_add (strings, g_strdup ("谢谢您的合作！"));
  g_ptr_array_add (strings, g_strdup_printf ("%s %s", company, branch));
  g_ptr_array_add (strings, g_strdup_printf ("收展员 %s 敬留", staff));
  g_ptr_array_add (strings, g_strdup_printf ("<u>%d</u> 年 %s",
                                             g_date_time_get_year (slip->written), written));
  return strings;
}

/* The yardstick: plain Pango on a PDF surface */

static double
plain_string (cairo_t    *cr,
              const char *markup,
              gboolean    title,
              double      x,
              double      y,
              double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();
  int height;

  pango_font_description_set_family_static (desc, title ? "Noto Serif CJK SC"
                                                         : "Noto Sans CJK SC");
  pango_font_description_set_weight (desc, title ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_absolute_size (desc, (title ? TITLE_SIZE : BODY_SIZE) * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &height);
  g_object_unref (layout);
  return pango_units_to_double (height);
}

static void
plain_slip (cairo_t            *cr,
            const BdSlip       *slip,
            const BdPrintRect  *cell)
{
  g_autoptr(GPtrArray) strings = slip_strings (slip);
  double padding = CLAMP (MIN (cell->width, cell->height) * 0.06, 8.0, 24.0);
  double x = cell->x + padding, y = cell->y + padding, width = cell->width - 2 * padding;

  for (guint i = 0; i < strings->len; i++)
    y += plain_string (cr, strings->pdata[i], i == 0, x, y, width) + LINE_GAP;
}

static void
plain_pdf (const char *path,
           Batch      *batch)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  BdSheet sheet;
  BdPrintRect cell;

  bd_sheet_init (&sheet, BD_PAPER_A4, 2, 2);
  surface = cairo_pdf_surface_create (path, sheet.page_width, sheet.page_height);
  cr = cairo_create (surface);
  for (guint i = 0; i < N_SLIPS; i++)
    {
      bd_sheet_get_cell (&sheet, i % 4, &cell);
      plain_slip (cr, &batch->slips[i], &cell);
      if (i % 4 == 3 || i == N_SLIPS - 1)
        cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_error ("%s: %s", path, cairo_status_to_string (cairo_surface_status (surface)));
  cairo_surface_destroy (surface);
}

/* The PDF: the slips against the yardstick */

static double
time_slips_pdf (const char *path,
                Batch      *batch)
{
  g_autoptr(GError) error = NULL;
  double start = bench_now_ms ();

  if (!bd_slip_print_pdf (path, batch->slips, N_SLIPS, BD_SLIP_LAYOUT_A4_FOUR, &error))
    g_error ("%s: %s", path, error->message);
  return bench_now_ms () - start;
}

static double
time_plain_pdf (const char *path,
                Batch      *batch)
{
  double start = bench_now_ms ();

  plain_pdf (path, batch);
  return bench_now_ms () - start;
}

static double
file_mb (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 ? (double) buf.st_size / 1e6 : 0.0;
}

/* One untimed run of each, then N_PDF_RUNS of each, alternating which goes first. */
static void
bench_pdf (const char *folder,
           Batch      *batch)
{
  g_autofree char *slips_path = g_build_filename (folder, "bench-slips.pdf", NULL);
  g_autofree char *plain_path = g_build_filename (folder, "bench-plain.pdf", NULL);
  g_autoptr(GArray) slips_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plain_ms = g_array_new (FALSE, FALSE, sizeof (double));
  double slips_median, plain_median, ratio;

  time_slips_pdf (slips_path, batch);
  time_plain_pdf (plain_path, batch);
  for (guint i = 0; i < N_PDF_RUNS; i++)
    {
      double a, b;

      if (i % 2 == 0)
        {
          a = time_slips_pdf (slips_path, batch);
          b = time_plain_pdf (plain_path, batch);
        }
      else
        {
          b = time_plain_pdf (plain_path, batch);
          a = time_slips_pdf (slips_path, batch);
        }
      g_array_append_val (slips_ms, a);
      g_array_append_val (plain_ms, b);
    }

  slips_median = bench_percentile (slips_ms, 50);
  plain_median = bench_percentile (plain_ms, 50);
  ratio = slips_median / plain_median;
  g_print ("slips pdf: %u slips, %u A4 pages: median %.0f ms (%.2f ms a slip), %.1f MB; "
           "plain pango median %.0f ms, %.1f MB; ratio %.2fx (%u runs each)\n",
           N_SLIPS, bd_slip_count_pages (BD_SLIP_LAYOUT_A4_FOUR, N_SLIPS), slips_median,
           slips_median / N_SLIPS, file_mb (slips_path), plain_median, file_mb (plain_path),
           ratio, N_PDF_RUNS);
  g_print ("target slips pdf (<= %.1fx plain pango): %s\n", PDF_MAX_RATIO,
           ratio <= PDF_MAX_RATIO ? "target met" : "TARGET MISSED");
  g_remove (slips_path);
  g_remove (plain_path);
}

/* The preview: what BdPrintPreview does on a redraw, timed.
 *
 * Each form is a BdPrintedForm, as the window gets it, and is drawn by
 * bd_page_cache_draw(), the one call the preview's draw function makes, with a BdPageCache
 * kept from one redraw to the next as the preview keeps its own. The page is given its
 * paper's proportions at the width it gets (height for width), as in the window. */

static void
draw_slip_sheet_page (const BdPrintedForm *form,
                      guint                page,
                      cairo_t             *cr,
                      double               width,
                      double               height)
{
  const Batch *batch = bd_printed_form_get_data (form);

  bd_slip_draw_page (batch->slips, N_SLIPS, BD_SLIP_LAYOUT_A4_FOUR, page, cr, width, height);
}

static void
draw_one_slip_page (const BdPrintedForm *form,
                    guint                page,
                    cairo_t             *cr,
                    double               width,
                    double               height)
{
  const Batch *batch = bd_printed_form_get_data (form);

  bd_slip_draw_page (batch->slips, 1, BD_SLIP_LAYOUT_A5, page, cr, width, height);
}

static void
draw_review_page (const BdPrintedForm *form,
                  guint                page,
                  cairo_t             *cr,
                  double               width,
                  double               height)
{
  bd_review_sheet_draw_page (bd_printed_form_get_data (form), page, cr, width, height);
}

/* How a redraw is timed. */
typedef enum
{
  REDRAW_FIRST,       /* the page drawn for the first time: the cache emptied before */
  REDRAW_SAME_SIZE,   /* the page again at the same size (uncovered, turned back to) */
  REDRAW_RESIZING,    /* the page again, 1 px wider each time (a window being resized) */
} Redraw;

/* One redraw at @pixels across, as GTK 4 draws a GtkDrawingArea: the draw function paints
 * on a recording surface of the widget's size (a cairo render node), which the renderer
 * then replays onto the window's pixels (here the image) when the frame is drawn; or,
 * when not @via_recording, the draw function's cairo_t is the image itself. Timed from
 * the draw function's call to the last pixel: what one frame of the preview costs. */
static double
time_redraw (cairo_surface_t *image,
             int              pixels,
             gboolean         via_recording,
             BdPageCache     *cache,
             BdPrintedForm   *form)
{
  double paper_width, paper_height;
  int height;
  double start;
  cairo_surface_t *target;
  cairo_t *cr;

  bd_paper_size_get_points (bd_printed_form_get_paper (form), &paper_width, &paper_height);
  height = (int) ceil (pixels * paper_height / paper_width);
  start = bench_now_ms ();
  target = via_recording
           ? cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                             &(cairo_rectangle_t) { 0, 0, pixels, height })
           : cairo_surface_reference (image);
  cr = cairo_create (target);
  bd_page_cache_draw (cache, form, 0, cr, pixels, height);
  cairo_destroy (cr);
  if (via_recording)
    {
      cr = cairo_create (image);
      cairo_set_source_surface (cr, target, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (target);
  cairo_surface_flush (image);
  return bench_now_ms () - start;
}

/* N_REDRAWS redraws of page 1 after N_REDRAW_WARM_UP untimed ones; TRUE when the p99 is
 * within a frame. */
static gboolean
bench_redraw (const char    *name,
              BdPrintedForm *form,
              Redraw         redraw,
              gboolean       via_recording)
{
  static const char * const what[] = {
    [REDRAW_FIRST] = "first draw of a page (nothing kept)",
    [REDRAW_SAME_SIZE] = "redraw",
    [REDRAW_RESIZING] = "redraw, resizing",
  };
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, PREVIEW_WIDTH,
                                                       PREVIEW_HEIGHT);
  g_autoptr(BdPageCache) cache = bd_page_cache_new ();
  g_autoptr(GArray) redraw_ms = g_array_new (FALSE, FALSE, sizeof (double));
  double median, p99;

  for (guint i = 0; i < N_REDRAW_WARM_UP + N_REDRAWS; i++)
    {
      int pixels = redraw == REDRAW_RESIZING
                   ? PREVIEW_WIDTH - N_REDRAW_WARM_UP - N_REDRAWS + (int) i
                   : PREVIEW_WIDTH;
      double elapsed;

      if (redraw == REDRAW_FIRST)
        bd_page_cache_clear (cache);
      elapsed = time_redraw (image, pixels, via_recording, cache, form);
      if (i >= N_REDRAW_WARM_UP)
        g_array_append_val (redraw_ms, elapsed);
    }
  cairo_surface_destroy (image);

  median = bench_percentile (redraw_ms, 50);
  p99 = bench_percentile (redraw_ms, 99);
  g_print ("preview %s, %s, %s: median %.2f ms, p99 %.2f ms (%u times page 1, %s)\n",
           name, what[redraw],
           via_recording ? "through a recording as in GTK" : "straight onto the image",
           median, p99, N_REDRAWS,
           redraw == REDRAW_RESIZING ? "495 to 594 px wide" : "600 px wide");
  return p99 <= FRAME_MS;
}

/* Every line of one form: the first draw of a page, then redraws from the cache at one
 * size and at a new size every time, each straight onto the image and as GTK draws. */
static gboolean
bench_form (const char    *name,
            BdPrintedForm *form)
{
  gboolean met = TRUE;

  met &= bench_redraw (name, form, REDRAW_FIRST, TRUE);
  for (Redraw redraw = REDRAW_SAME_SIZE; redraw <= REDRAW_RESIZING; redraw++)
    {
      met &= bench_redraw (name, form, redraw, FALSE);
      met &= bench_redraw (name, form, redraw, TRUE);
    }
  return met;
}

/* A household review sheet: four people, six policies, as tests/test-print.c builds it */

static void
add_member (BdHousehold *household,
            gint64       id,
            const char  *name,
            BdSex        sex,
            const char  *birth_date,
            BdRelation   relation)
{
  g_autoptr(BdCustomer) customer = bd_test_customer_new_full (id, name, sex, birth_date, NULL,
                                                              "13812345678");
  g_autoptr(BdHouseholdMember) member = bd_household_member_new (customer, relation);

  bd_household_add_member (household, member);
}

/* Every policy of the family is annual from 2020-03-01, pays over 20 years, is serviced by
 * 赵敏 (staff 101) and names its policyholder for death. */
#define FAMILY_POLICY(id, product, kind, policyholder, insured, status, sum_yuan, premium_yuan, \
                      next_due) \
  { id, product, kind, policyholder, insured, status, sum_yuan, premium_yuan, \
    BD_FREQUENCY_ANNUAL, "2020-03-01", 20, 0, next_due, 101, BD_SURVIVAL_CASH, policyholder }

static const BdTestPolicySpec family_policies[] = {
  FAMILY_POLICY (11, "鸿福终身寿险", BD_PRODUCT_LIFE, 1, 2, BD_POLICY_IN_FORCE, 500000, 1000,
                 "2026-12-01"),
  FAMILY_POLICY (12, "康宁重大疾病保险", BD_PRODUCT_CRITICAL_ILLNESS, 2, 1, BD_POLICY_IN_FORCE,
                 500000, 8000, "2027-07-15"),
  FAMILY_POLICY (13, "住院医疗保险", BD_PRODUCT_MEDICAL, 2, 3, BD_POLICY_GRACE, 200000, 600,
                 "2026-11-01"),
  FAMILY_POLICY (14, "金色年华年金保险", BD_PRODUCT_ANNUITY, 1, 4, BD_POLICY_IN_FORCE, 300000,
                 20000, "2027-12-22"),
  FAMILY_POLICY (15, "平安意外伤害保险", BD_PRODUCT_ACCIDENT, 1, 3, BD_POLICY_LAPSED, 100000, 300,
                 "2025-06-01"),
  FAMILY_POLICY (16, "鸿利两全保险（分红型）", BD_PRODUCT_PARTICIPATING, 1, 1, BD_POLICY_IN_FORCE,
                 100000, 5000, "2027-01-21"),
};

static BdPolicy *
make_policy (guint index)
{
  g_autofree char *number = g_strdup_printf ("88200010%04u", index);

  return bd_test_policy_new_from_spec (&family_policies[index], number, "赵敏");
}

static BdHouseholdCard *
make_card (const GDate *today)
{
  const BdProtectionNeed need = { 20000000, 100000000, 1 };
  g_autoptr(BdHousehold) household = bd_household_new ();
  g_autoptr(GListStore) policies = g_list_store_new (BD_TYPE_POLICY);

  bd_household_set_id (household, 1);
  bd_household_set_name (household, "王建国家庭");
  add_member (household, 1, "王建国", BD_SEX_MALE, "1981-03-10", BD_RELATION_SELF);
  add_member (household, 2, "李秀英", BD_SEX_FEMALE, "1983-05-20", BD_RELATION_SPOUSE);
  add_member (household, 3, "王小明", BD_SEX_MALE, "2010-06-01", BD_RELATION_CHILD);
  add_member (household, 4, "张桂兰", BD_SEX_FEMALE, "1956-01-15", BD_RELATION_PARENT);
  for (guint i = 0; i < G_N_ELEMENTS (family_policies); i++)
    {
      g_autoptr(BdPolicy) policy = make_policy (i);

      g_list_store_append (policies, policy);
    }
  return bd_household_card_new (household, G_LIST_MODEL (policies), &need, today);
}

static void
bench_preview (Batch *batch)
{
  g_autoptr(BdHouseholdCard) card = NULL;
  BdReviewSheet sheet = { NULL, "衡信人寿保险股份有限公司", "南京分公司", "赵敏", };
  g_autoptr(BdPrintedForm) slip = NULL;
  g_autoptr(BdPrintedForm) slips = NULL;
  g_autoptr(BdPrintedForm) review = NULL;
  gboolean met;

  g_date_clear (&sheet.date, 1);
  g_date_set_dmy (&sheet.date, 22, G_DATE_NOVEMBER, 2026);
  card = make_card (&sheet.date);
  sheet.card = card;
  slip = bd_printed_form_new ("客户联系单", BD_PAPER_A5, 1, draw_one_slip_page, batch, NULL);
  slips = bd_printed_form_new ("客户联系单", BD_PAPER_A4,
                               bd_slip_count_pages (BD_SLIP_LAYOUT_A4_FOUR, N_SLIPS),
                               draw_slip_sheet_page, batch, NULL);
  review = bd_printed_form_new ("家庭保单检视表", BD_PAPER_A4,
                                bd_review_sheet_count_pages (&sheet), draw_review_page,
                                &sheet, NULL);

  met = bench_form ("contact slip (A5)", slip);
  met &= bench_form ("slips (4 on A4)", slips);
  met &= bench_form ("review sheet", review);
  g_print ("target preview (p99 <= %.1f ms, one frame, on every line): %s\n", FRAME_MS,
           met ? "target met" : "TARGET MISSED");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  Batch *batch;

  if (argc > 2)
    {
      g_printerr ("Usage: %s [FOLDER]\n", argv[0]);
      return 2;
    }
  folder = argc == 2 ? g_strdup (argv[1]) : g_dir_make_tmp ("bench-print-XXXXXX", &error);
  if (folder == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  batch = batch_new ();
  bench_pdf (folder, batch);
  bench_preview (batch);
  batch_free (batch);
  if (argc < 2)
    g_rmdir (folder);
  return 0;
}
