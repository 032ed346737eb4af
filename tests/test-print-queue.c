/* test-print-queue.c — a batch of slips through a real printer queue, without the dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts a private cupsd (its own configuration, spool and Unix socket in a temporary
 * folder, never the system's port 631 or socket), adds a cups-pdf queue to it, points
 * this process's CUPS client at it with CUPS_SERVER and sends five contact slips, four
 * to an A4 sheet, through bd_print_job_send_async(). cups-pdf rasterises what it gets
 * into a PDF: the test counts its pages, measures them and looks at which cells of each
 * sheet carry ink, then stops the cupsd it started by its PID. The window's
 * win.print-day-slips then prints a day's slips from a store the same way, to the printer
 * remembered in GSettings, and a case's forms and a supervisor's reports go from their
 * preview's Print button through the print dialog to the queue.
 *
 * cups-pdf runs only as root: it calls setuid(0), and cupsd runs a backend as root only
 * when the backend is mode 0700 and owned by root. As another user the test skips with
 * the reason, exit status 77.
 *
 * BD_KEEP_PRINTED=DIR keeps a copy of the printed PDF in DIR, to look at it.
 */
#include "config.h"

#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "bd-claims-store.h"
#include "bd-clock.h"
#include "bd-contacts-store.h"
#include "bd-customers-store.h"
#include "bd-password.h"
#include "bd-print-job.h"
#include "bd-print.h"
#include "bd-print-slip.h"
#include "bd-staff-store.h"
#include "bd-test-fixture.h"
#include "bd-window.h"


#define CUPSD            "/usr/sbin/cupsd"
#define CUPS_SERVER_BIN  "/usr/lib/cups"
#define CUPS_DATA_DIR    "/usr/share/cups"
#define CUPS_PDF_BACKEND CUPS_SERVER_BIN "/backend/cups-pdf"
#define CUPS_PDF_CONF    "/etc/cups/cups-pdf.conf"
#define CUPS_PDF_MODEL   "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
#define QUEUE            "BranchDeskPDF"

#define N_SLIPS          5
#define DEADLINE_SECONDS 120
/* Coarse enough to be quick, fine enough to see a slip's border and text in each cell. */
#define CHECK_DPI        30

typedef struct
{
  char     *dir;          /* the private cupsd's folder */
  char     *socket;
  GPid      pid;
  char     *out_dir;      /* where cups-pdf writes this user's PDFs */
  gboolean  out_dir_made; /* it was not there before the test */
} PrivateCups;

static const char *skip_reason;
static PrivateCups *cups;
static gint64 deadline;

/* ── running programs ────────────────────────────────────────────────────────────── */

static char *
find_program (const char *name)
{
  char *path = g_find_program_in_path (name);

  /* lpadmin lives in /usr/sbin, which a normal user's PATH may lack. */
  if (path == NULL)
    {
      path = g_build_filename ("/usr/sbin", name, NULL);
      if (!g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
        g_clear_pointer (&path, g_free);
    }
  return path;
}

static gboolean
run (const char * const  *argv,
     char               **output,
     GError             **error)
{
  g_autofree char *errors = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     output, &errors, &status, error))
    return FALSE;
  if (g_spawn_check_wait_status (status, error))
    return TRUE;
  g_prefix_error (error, "%s (%s): ", argv[0], errors != NULL ? g_strstrip (errors) : "");
  return FALSE;
}

static const char *
check_prerequisites (void)
{
  const char *programs[] = { "lpadmin", "lpstat", "pdfinfo", "pdftoppm" };
  struct stat backend;

  if (!g_file_test (CUPSD, G_FILE_TEST_IS_EXECUTABLE))
    return "no " CUPSD " (Debian package cups)";
  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      g_autofree char *path = find_program (programs[i]);

      if (path == NULL)
        return "lpadmin, lpstat, pdfinfo or pdftoppm is missing "
               "(packages cups-client, poppler-utils)";
    }
  if (g_stat (CUPS_PDF_BACKEND, &backend) != 0)
    return "no " CUPS_PDF_BACKEND " (Debian package printer-driver-cups-pdf)";
  if (geteuid () != 0)
    return "cups-pdf prints only as root (it calls setuid(0)), so a cupsd started by "
           "another user cannot run it: run this test as root, as CI does";
  if (backend.st_uid != 0 || (backend.st_mode & 07777) != 0700)
    return "cupsd runs " CUPS_PDF_BACKEND " as root only when it is mode 0700 and owned "
           "by root: chmod 0700 it";
  return NULL;
}

/* ── where cups-pdf writes ───────────────────────────────────────────────────────── */

/* The Out folder of cups-pdf.conf, "${HOME}/PDF" unless configured. cups-pdf takes
 * ${HOME} from the password database for the job's user (this process's user), not from
 * the environment: cupsd starts the backend, so HOME cannot redirect it. The test writes
 * there and removes exactly what it printed. */
static char *
cups_pdf_out_dir (void)
{
  g_autofree char *conf = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *out = g_strdup ("${HOME}/PDF");
  struct passwd *user = getpwuid (geteuid ());
  GString *path;

  if (g_file_get_contents (CUPS_PDF_CONF, &conf, NULL, NULL))
    lines = g_strsplit (conf, "\n", -1);
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (g_str_has_prefix (line, "Out") && g_ascii_isspace (line[3]))
        {
          g_free (out);
          out = g_strdup (g_strstrip (line + 3));
        }
    }
  path = g_string_new (out);
  g_string_replace (path, "${HOME}", user != NULL ? user->pw_dir : g_get_home_dir (), 0);
  return g_string_free (path, FALSE);
}

/* The PDFs in @dir, each with its change time: cups-pdf names a file after the job, and a
 * private cupsd numbers its jobs from 1 again, so a PDF left by an earlier run is written
 * over under its old name — new is a new name or a new time. */
static GHashTable *
list_pdfs (const char *dir)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf buf;

      if (g_str_has_suffix (name, ".pdf") && g_stat (path, &buf) == 0)
        g_hash_table_insert (names, g_strdup (name),
                             g_strdup_printf ("%" G_GINT64_FORMAT ".%09ld",
                                              (gint64) buf.st_mtim.tv_sec, buf.st_mtim.tv_nsec));
    }
  return names;
}

static gboolean
is_new_pdf (GHashTable *before,
            const char *name,
            const char *changed)
{
  return g_strcmp0 (g_hash_table_lookup (before, name), changed) != 0;
}

/* ── the private cupsd ───────────────────────────────────────────────────────────── */

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* Everything the scheduler writes stays in @dir; it reads the system's programs, MIME
 * types and PPDs. Printcap names a file inside @dir so that it does not rewrite
 * /run/cups/printcap: an empty value meant the same once, but CUPS 2.4.2-3+deb12u10
 * refuses directives without a value. */
static void
write_config (const PrivateCups *self)
{
  g_autofree char *etc = g_build_filename (self->dir, "etc", NULL);
  g_autofree char *files = g_strdup_printf (
    "ServerRoot %1$s/etc\n"
    "RequestRoot %1$s/spool\n"
    "TempDir %1$s/spool/tmp\n"
    "CacheDir %1$s/cache\n"
    "StateDir %1$s/state\n"
    "DataDir " CUPS_DATA_DIR "\n"
    "ServerBin " CUPS_SERVER_BIN "\n"
    "DocumentRoot " CUPS_DATA_DIR "/doc-root\n"
    "AccessLog %1$s/log/access_log\n"
    "ErrorLog %1$s/log/error_log\n"
    "PageLog %1$s/log/page_log\n"
    "Printcap %1$s/state/printcap\n", self->dir);
  /* The location lets root's peer credentials on the socket authorise lpadmin. */
  g_autofree char *server = g_strdup_printf (
    "LogLevel warn\n"
    "Listen %s\n"
    "Browsing No\n"
    "WebInterface No\n"
    "<Location />\n"
    "  Order allow,deny\n"
    "  Allow all\n"
    "</Location>\n", self->socket);
  const char *folders[] = { "etc", "spool/tmp", "cache", "state", "log" };

  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *path = g_build_filename (self->dir, folders[i], NULL);

      g_assert_cmpint (g_mkdir_with_parents (path, 0755), ==, 0);
    }
  write_file (etc, "cups-files.conf", files);
  write_file (etc, "cupsd.conf", server);
}

/* If the test dies on a failed assertion, its cupsd goes with it. */
static void
die_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static void
spawn_cupsd (PrivateCups *self)
{
  g_autofree char *conf = g_build_filename (self->dir, "etc", "cupsd.conf", NULL);
  g_autofree char *files = g_build_filename (self->dir, "etc", "cups-files.conf", NULL);
  const char *argv[] = { CUPSD, "-f", "-c", conf, "-s", files, NULL };
  g_autoptr(GError) error = NULL;

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                 die_with_parent, NULL, &self->pid, &error);
  g_assert_no_error (error);
}

static gboolean
wait_for_socket (const PrivateCups *self)
{
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!g_file_test (self->socket, G_FILE_TEST_EXISTS))
    {
      if (g_get_monotonic_time () > until || waitpid (self->pid, NULL, WNOHANG) != 0)
        return FALSE;
      g_usleep (G_USEC_PER_SEC / 20);
    }
  return TRUE;
}

static void
show_error_log (const PrivateCups *self)
{
  g_autofree char *path = g_build_filename (self->dir, "log", "error_log", NULL);
  g_autofree char *text = NULL;

  if (g_file_get_contents (path, &text, NULL, NULL))
    g_test_message ("cupsd's log:\n%s", text);
}

static void
add_queue (const PrivateCups *self)
{
  g_autofree char *lpadmin = find_program ("lpadmin");
  const char *argv[] = { lpadmin, "-h", self->socket, "-p", QUEUE, "-v", "cups-pdf:/",
                         "-m", CUPS_PDF_MODEL, "-E", NULL };
  g_autoptr(GError) error = NULL;

  if (!run (argv, NULL, &error))
    show_error_log (self);
  g_assert_no_error (error);
}

static PrivateCups *
private_cups_start (void)
{
  PrivateCups *self = g_new0 (PrivateCups, 1);
  g_autoptr(GError) error = NULL;

  /* Filters run as the unprivileged user lp and read the spooled job: let them in. */
  self->dir = g_dir_make_tmp ("bd-cups-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (self->dir, 0755), ==, 0);
  self->socket = g_build_filename (self->dir, "cups.sock", NULL);
  g_assert_cmpuint (strlen (self->socket), <, 100);  /* sun_path holds 108 bytes */
  self->out_dir = cups_pdf_out_dir ();
  self->out_dir_made = !g_file_test (self->out_dir, G_FILE_TEST_IS_DIR);

  write_config (self);
  spawn_cupsd (self);
  if (!wait_for_socket (self))
    show_error_log (self);
  g_assert_true (g_file_test (self->socket, G_FILE_TEST_EXISTS));
  add_queue (self);
  /* Only this process's CUPS client (GTK's print backend) goes to the private server. */
  g_setenv ("CUPS_SERVER", self->socket, TRUE);
  return self;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK) &&
      (dir = g_dir_open (path, 0, NULL)) != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        remove_tree (child);
      }
  g_remove (path);
}

static void
stop_cupsd (GPid pid)
{
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  kill (pid, SIGTERM);
  while (waitpid (pid, NULL, WNOHANG) == 0)
    {
      if (g_get_monotonic_time () > until)
        {
          kill (pid, SIGKILL);
          waitpid (pid, NULL, 0);
          break;
        }
      g_usleep (G_USEC_PER_SEC / 20);
    }
  g_spawn_close_pid (pid);
}

static void
private_cups_stop (PrivateCups *self)
{
  stop_cupsd (self->pid);
  remove_tree (self->dir);
  if (self->out_dir_made)
    g_rmdir (self->out_dir);  /* only when empty: nothing of anybody else's goes */
  g_free (self->dir);
  g_free (self->socket);
  g_free (self->out_dir);
  g_free (self);
}

static gboolean
have_cups (void)
{
  if (skip_reason == NULL)
    return TRUE;
  g_test_skip (skip_reason);
  return FALSE;
}

/* ── the batch ───────────────────────────────────────────────────────────────────── */

typedef struct
{
  BdSlip     slips[N_SLIPS];
  GDateTime *visit;
  GDateTime *written;
  guint      drawn;      /* pages drawn so far */
} Batch;

static void
batch_init (Batch *batch)
{
  static const char *surnames[N_SLIPS] = { "张", "王", "欧阳", "李", "赵" };

  batch->visit = g_date_time_new_local (2026, 3, 12, 9, 30, 0);
  batch->written = g_date_time_new_local (2026, 3, 10, 15, 5, 0);
  batch->drawn = 0;
  for (guint i = 0; i < N_SLIPS; i++)
    batch->slips[i] = (BdSlip) {
      .surname = surnames[i],
      .sex = i % 2 == 0 ? BD_SEX_MALE : BD_SEX_FEMALE,
      .next_visit = batch->visit,
      .staff_phone = "13912345678",
      .service_ticked = TRUE,
      .service = BD_SERVICE_ITEM_INVOICE + i % 3,
      .company = "衡信人寿保险股份有限公司",
      .branch = "南京分公司",
      .staff_name = "周敏",
      .written = batch->written,
    };
}

static void
batch_clear (Batch *batch)
{
  g_clear_pointer (&batch->visit, g_date_time_unref);
  g_clear_pointer (&batch->written, g_date_time_unref);
}

static void
draw_batch (const BdPrintedForm *form,
            guint                page,
            cairo_t             *cr,
            double               width,
            double               height)
{
  Batch *batch = bd_printed_form_get_data (form);

  batch->drawn++;
  bd_slip_draw_page (batch->slips, N_SLIPS, BD_SLIP_LAYOUT_A4_FOUR, page, cr, width, height);
}

typedef struct
{
  GMainLoop *loop;
  gboolean   sent;
  GError    *error;
} Sending;

static void
sent_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Sending *sending = user_data;

  g_assert_null (source);
  sending->sent = bd_print_job_send_finish (result, &sending->error);
  g_main_loop_quit (sending->loop);
}

static gboolean
give_up_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

/* Sends the batch to @printer and waits for the queue's answer. */
static gboolean
send_batch (const char  *printer,
            Batch       *batch,
            GError     **error)
{
  Sending sending = { g_main_loop_new (NULL, FALSE), FALSE, NULL };
  guint give_up = g_timeout_add_seconds (30, give_up_cb, sending.loop);

  guint n_pages = bd_slip_count_pages (BD_SLIP_LAYOUT_A4_FOUR, N_SLIPS);
  BdPrintedForm *form = bd_printed_form_new ("Branch Desk print-queue test", BD_PAPER_A4,
                                             n_pages, draw_batch, batch, NULL);

  bd_print_job_send_async (printer, form, 1, NULL, sent_cb, &sending);
  /* The pages are drawn before the call returns: the caller's form may go then. */
  bd_printed_form_unref (form);
  g_assert_cmpuint (batch->drawn, ==, n_pages);
  g_main_loop_run (sending.loop);
  g_source_remove (give_up);
  g_main_loop_unref (sending.loop);
  g_assert_true (sending.sent || sending.error != NULL);
  if (sending.error != NULL)
    g_propagate_error (error, sending.error);
  return sending.sent;
}

/* ── the printed PDF ─────────────────────────────────────────────────────────────── */

static gboolean
queue_is_empty (void)
{
  g_autofree char *lpstat = find_program ("lpstat");
  const char *argv[] = { lpstat, "-h", cups->socket, "-o", QUEUE, NULL };
  g_autofree char *output = NULL;

  return run (argv, &output, NULL) && output[0] == '\0';
}

/* The new PDF in the output folder, once cups-pdf has finished it (the queue is empty).
 * None by the deadline fails the test, after the scheduler's log is shown. */
static char *
wait_for_pdf (GHashTable *before)
{
  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GHashTable) now = list_pdfs (cups->out_dir);
      GHashTableIter iter;
      const char *name, *changed;

      g_hash_table_iter_init (&iter, now);
      while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &changed))
        if (is_new_pdf (before, name, changed) && queue_is_empty ())
          return g_build_filename (cups->out_dir, name, NULL);
      g_usleep (G_USEC_PER_SEC / 4);
    }
  show_error_log (cups);
  g_assert_not_reached ();
}

static void
check_pdf_info (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  const char *pages, *size;
  double width = 0, height = 0;

  run (argv, &info, &error);
  g_assert_no_error (error);
  g_test_message ("pdfinfo:\n%s", info);
  pages = strstr (info, "\nPages:");
  size = strstr (info, "\nPage size:");
  g_assert_nonnull (pages);
  g_assert_nonnull (size);
  g_assert_cmpint (atoi (pages + strlen ("\nPages:")), ==, 2);
  g_assert_cmpint (sscanf (size, "\nPage size: %lf x %lf", &width, &height), ==, 2);
  g_assert_cmpfloat_with_epsilon (width, 595.3, 2.0);
  g_assert_cmpfloat_with_epsilon (height, 841.9, 2.0);
}

typedef struct
{
  int     width;
  int     height;
  guchar *pixels;
  char   *file;
} Gray;

/* Page @page of @pdf as an 8-bit grey image (pdftoppm's binary PGM). */
static void
render_page (const char *pdf,
             guint       page,
             Gray       *gray)
{
  g_autofree char *prefix = g_build_filename (cups->dir, "page", NULL);
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *dpi = g_strdup_printf ("%d", CHECK_DPI);
  const char *argv[] = { "pdftoppm", "-gray", "-r", dpi, "-f", number, "-l", number,
                         "-singlefile", pdf, prefix, NULL };
  g_autoptr(GError) error = NULL;
  gsize length;
  int offset = 0;

  run (argv, NULL, &error);
  g_assert_no_error (error);
  gray->file = g_strconcat (prefix, ".pgm", NULL);
  g_file_get_contents (gray->file, (char **) &gray->pixels, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sscanf ((char *) gray->pixels, "P5 %d %d 255%n", &gray->width,
                           &gray->height, &offset), ==, 2);
  g_assert_cmpuint (length, ==, (gsize) offset + 1 + (gsize) gray->width * gray->height);
  memmove (gray->pixels, gray->pixels + offset + 1, (gsize) gray->width * gray->height);
}

/* The share of dark pixels inside @cell (points), a little inside its edges so that
 * the cut marks around it do not count. */
static double
ink_in_cell (const Gray        *gray,
             const BdPrintRect *cell)
{
  double scale = gray->width / 595.276;
  int inset = 3;
  int x0 = (int) (cell->x * scale) + inset, x1 = (int) ((cell->x + cell->width) * scale) - inset;
  int y0 = (int) (cell->y * scale) + inset, y1 = (int) ((cell->y + cell->height) * scale) - inset;
  guint dark = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      dark += gray->pixels[y * gray->width + x] < 160;
  return (double) dark / ((x1 - x0) * (y1 - y0));
}

/* Sheet 1 carries slips in its four cells, sheet 2 the fifth slip in its first cell. */
static void
check_cells (const char *pdf)
{
  BdSheet sheet;

  bd_slip_layout_get_sheet (BD_SLIP_LAYOUT_A4_FOUR, 595.276, 841.89, &sheet);
  for (guint page = 1; page <= 2; page++)
    {
      Gray gray = { 0 };

      render_page (pdf, page, &gray);
      for (guint cell = 0; cell < bd_sheet_get_n_cells (&sheet); cell++)
        {
          BdPrintRect rect;
          double ink;

          bd_sheet_get_cell (&sheet, cell, &rect);
          ink = ink_in_cell (&gray, &rect);
          g_test_message ("sheet %u, cell %u: %.2f %% dark", page, cell, 100 * ink);
          if ((page - 1) * 4 + cell < N_SLIPS)
            g_assert_cmpfloat (ink, >, 0.02);
          else
            g_assert_cmpfloat (ink, <, 0.001);
        }
      g_remove (gray.file);
      g_free (gray.file);
      g_free (gray.pixels);
    }
}

static void
keep_copy (const char *pdf,
           const char *name)
{
  const char *keep = g_getenv ("BD_KEEP_PRINTED");
  g_autofree char *copy = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (keep == NULL || keep[0] == '\0')
    return;
  copy = g_build_filename (keep, name, NULL);
  if (g_file_get_contents (pdf, &contents, &length, NULL) &&
      g_file_set_contents (copy, contents, length, NULL))
    g_test_message ("a copy of the printed PDF: %s", copy);
}

/* ── the tests ───────────────────────────────────────────────────────────────────── */

static void
test_list_printers (void)
{
  g_auto(GStrv) printers = NULL;

  if (!have_cups ())
    return;
  printers = bd_print_job_list_printers ();
  g_assert_true (g_strv_contains ((const char * const *) printers, QUEUE));
  /* “Print to File” needs the dialog's file name: it is not offered. */
  for (guint i = 0; printers[i] != NULL; i++)
    g_test_message ("printer: %s", printers[i]);
}

static void
test_no_such_printer (void)
{
  g_autoptr(GError) error = NULL;
  Batch batch;

  if (!have_cups ())
    return;
  batch_init (&batch);
  g_assert_false (send_batch ("NoSuchPrinter", &batch, &error));
  g_assert_error (error, BD_PRINT_JOB_ERROR, BD_PRINT_JOB_ERROR_NO_PRINTER);
  g_assert_nonnull (strstr (error->message, "NoSuchPrinter"));
  batch_clear (&batch);
}

static void
test_batch_of_slips (void)
{
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  Batch batch;

  if (!have_cups ())
    return;
  g_assert_cmpuint (bd_slip_count_pages (BD_SLIP_LAYOUT_A4_FOUR, N_SLIPS), ==, 2);
  before = list_pdfs (cups->out_dir);
  batch_init (&batch);
  g_assert_true (send_batch (QUEUE, &batch, &error));
  g_assert_no_error (error);
  batch_clear (&batch);

  pdf = wait_for_pdf (before);
  g_test_message ("printed: %s", pdf);
  keep_copy (pdf, "batch-of-slips.pdf");
  check_pdf_info (pdf);
  check_cells (pdf);
  g_remove (pdf);
}

/* The window of @session, shown, its remembered printer @printer (*@settings: the
 * window's settings, for the test to read back). */
static BdWindow *
open_window (BdSession   *session,
             const char  *printer,
             GSettings  **settings)
{
  BdWindow *window;

  *settings = g_settings_new (APP_ID);
  g_settings_set_string (*settings, "last-printer", printer);
  window = bd_window_new (NULL, *settings);
  bd_window_set_session (window, session);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Runs the main loop until @store has the audit row of @action (the window writes it
 * before it hands the pages over), and checks there is exactly one. */
static void
wait_for_audit (BdStore    *store,
                const char *action)
{
  while (bd_store_count_audit (store, action, NULL) == 0 && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (G_USEC_PER_SEC / 100);
  g_assert_cmpuint (bd_store_count_audit (store, action, NULL), ==, 1);
}

/* A day @days_ahead days from today, as "YYYY-MM-DD": visits are planned in the future. */
static char *
day_ahead (int days_ahead)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days_ahead);

  return g_date_time_format (day, "%Y-%m-%d");
}

/* A branch where five slips plan a visit on @day; the tester is signed in. */
static BdSession *
craft_day_of_slips (const char *day)
{
  static const char *names[N_SLIPS] = { "张伟", "王芳", "欧阳娜娜", "李静", "赵磊" };
  g_autofree char *name = g_strconcat ("branch-", day, ".db", NULL);
  g_autofree char *path = g_build_filename (cups->dir, name, NULL);
  g_autofree char *hash = bd_password_hash ("pw", NULL);
  g_autofree char *visit = g_strconcat (day, "T09:30", NULL);
  g_autoptr(BdStaff) staff = bd_staff_new ();
  g_autoptr(BdStore) store = bd_store_create (path, bd_test_key (), NULL);
  g_autoptr(BdSession) session = NULL;

  g_assert_nonnull (store);
  bd_staff_set_login (staff, "tester");
  bd_staff_set_name (staff, "周敏");
  bd_staff_set_phone (staff, "13912345678");
  g_assert_true (bd_store_add_staff (store, staff, hash, NULL));
  for (guint i = 0; i < N_SLIPS; i++)
    {
      g_autoptr(BdCustomer) customer = bd_customer_new ();
      g_autoptr(BdContact) contact = bd_contact_new ();

      bd_customer_set_name (customer, names[i]);
      bd_customer_set_sex (customer, i % 2 == 0 ? BD_SEX_MALE : BD_SEX_FEMALE);
      g_assert_true (bd_store_add_customer (store, customer, NULL));
      bd_contact_set_customer_id (contact, bd_customer_get_id (customer));
      bd_contact_set_kind (contact, BD_CONTACT_SLIP);
      bd_contact_set_staff_id (contact, bd_staff_get_id (staff));
      bd_contact_set_next_visit (contact, visit);
      bd_contact_set_service_item (contact, BD_SERVICE_ITEM_INVOICE);
      g_assert_true (bd_store_add_contact (store, contact, NULL));
    }
  session = bd_session_new (store);
  g_assert_true (bd_session_sign_in (session, "tester", "pw", NULL));
  return g_steal_pointer (&session);
}

/* A window test: a branch whose slips plan a visit on a day, its window, and the PDFs the
 * queue had made before the test prints. */
typedef struct
{
  char       *day;       /* "YYYY-MM-DD" */
  BdSession  *session;
  BdStore    *store;     /* the session's */
  GSettings  *settings;  /* the window's */
  BdWindow   *window;
  GHashTable *before;
} SlipsDesk;

/* Slips planned @days_ahead days from today (each test its own day, so its own branch),
 * and the window on them, its remembered printer @printer. */
static void
slips_desk_open (SlipsDesk  *desk,
                 int         days_ahead,
                 const char *printer)
{
  desk->day = day_ahead (days_ahead);
  desk->session = craft_day_of_slips (desk->day);
  desk->store = bd_session_get_store (desk->session);
  desk->window = open_window (desk->session, printer, &desk->settings);
  desk->before = list_pdfs (cups->out_dir);
}

static void
slips_desk_close (SlipsDesk *desk)
{
  gtk_window_destroy (GTK_WINDOW (desk->window));
  g_clear_pointer (&desk->before, g_hash_table_unref);
  g_clear_object (&desk->settings);
  g_clear_object (&desk->session);
  g_clear_pointer (&desk->day, g_free);
}

/* The menu's action, as a person fires it: no dialog, the remembered printer. */
static void
test_window_day_slips (void)
{
  SlipsDesk desk = { 0 };
  g_autofree char *pdf = NULL;

  if (!have_cups ())
    return;
  slips_desk_open (&desk, 1, QUEUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk.window), "win.print-day-slips",
                                             "s", desk.day));
  /* The window audits the batch before it hands the pages to the queue. */
  wait_for_audit (desk.store, "day-slips-printed");

  pdf = wait_for_pdf (desk.before);
  keep_copy (pdf, "window-day-slips.pdf");
  check_pdf_info (pdf);
  check_cells (pdf);
  g_remove (pdf);
  slips_desk_close (&desk);
}

/* A selection of the day's slips: two of them on one sheet. */
static void
test_window_chosen_slips (void)
{
  SlipsDesk desk = { 0 };
  g_autoptr(GListModel) planned = NULL;
  g_autoptr(BdContact) first = NULL;
  g_autoptr(BdContact) third = NULL;
  const char *argv[] = { "pdfinfo", NULL, NULL };
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[2];
  GDate day;

  if (!have_cups ())
    return;
  slips_desk_open (&desk, 3, QUEUE);
  g_assert_true (bd_date_parse_iso (desk.day, &day));
  planned = bd_store_list_planned_visits_of (desk.store, &day, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (planned), >=, 3);
  first = g_list_model_get_item (planned, 0);
  third = g_list_model_get_item (planned, 2);
  ids[0] = bd_contact_get_id (first);
  ids[1] = bd_contact_get_id (third);

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (desk.window), "win.print-slips",
                                                     g_variant_new_fixed_array (G_VARIANT_TYPE_INT64,
                                                                                ids, 2, sizeof (gint64))));
  wait_for_audit (desk.store, "slips-printed");

  pdf = wait_for_pdf (desk.before);
  keep_copy (pdf, "window-chosen-slips.pdf");
  argv[1] = pdf;
  run (argv, &info, &error);
  g_assert_no_error (error);
  g_assert_cmpint (atoi (strstr (info, "\nPages:") + strlen ("\nPages:")), ==, 1);
  g_remove (pdf);
  slips_desk_close (&desk);
}

/* Answers the desk's print dialog as a person would: the printer offered, print. */
static gboolean
answer_print_dialog_cb (gpointer user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gboolean *seen = user_data;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *seen = TRUE;
          g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (window),
                                                                  "print"));
          adw_message_dialog_response (ADW_MESSAGE_DIALOG (window), "print");
          return G_SOURCE_REMOVE;
        }
    }
  return g_get_monotonic_time () < deadline ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* When the remembered printer is gone, the person gets the dialog to choose another; the
 * one the printer system has is offered, and the slips go to it. */
static void
test_window_printer_gone (void)
{
  SlipsDesk desk = { 0 };
  g_autofree char *pdf = NULL;
  g_autofree char *chosen = NULL;
  gboolean dialog_seen = FALSE;

  if (!have_cups ())
    return;
  slips_desk_open (&desk, 2, "GonePrinter");

  g_timeout_add (100, answer_print_dialog_cb, &dialog_seen);
  gtk_widget_activate_action (GTK_WIDGET (desk.window), "win.print-day-slips", "s", desk.day);
  /* The audit row is written before the pages go to the remembered printer: wait for the
   * dialog that follows its refusal too. */
  while ((!dialog_seen || bd_store_count_audit (desk.store, "day-slips-printed", NULL) == 0) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (dialog_seen);
  g_assert_cmpuint (bd_store_count_audit (desk.store, "day-slips-printed", NULL), ==, 1);
  chosen = g_settings_get_string (desk.settings, "last-printer");
  g_assert_cmpstr (chosen, ==, QUEUE);

  pdf = wait_for_pdf (desk.before);
  g_remove (pdf);
  slips_desk_close (&desk);
}

/* Without its audit row the batch is not printed: a trigger added from a second
 * connection makes the audit insert fail; the queue gets nothing, a toast says why. */
static void
test_window_refused_without_audit (void)
{
  GHashTableIter iter;
  const char *name, *changed;
  g_autofree char *day = NULL;
  g_autofree char *db_name = NULL;
  g_autofree char *db_path = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(BdSession) session = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  gint64 until;
  BdStore *store;
  BdWindow *window;

  if (!have_cups ())
    return;
  day = day_ahead (4);
  session = craft_day_of_slips (day);
  store = bd_session_get_store (session);
  db_name = g_strconcat ("branch-", day, ".db", NULL);
  db_path = g_build_filename (cups->dir, db_name, NULL);
  bd_test_break_audit_log (db_path);

  window = open_window (session, QUEUE, &settings);
  before = list_pdfs (cups->out_dir);

  g_test_expect_message ("bd-window", G_LOG_LEVEL_WARNING, "No audit row*");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-day-slips",
                                             "s", day));
  g_test_assert_expected_messages ();
  /* Long enough for the queue to have printed what it was given (the other tests take
   * a second or two). */
  until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (G_USEC_PER_SEC / 100);
  after = list_pdfs (cups->out_dir);
  g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (before));
  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &changed))
    g_assert_false (is_new_pdf (before, name, changed));
  g_assert_cmpuint (bd_store_count_audit (store, "day-slips-printed", NULL), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A branch (the file @name) with a carried-out request and a claim reported today, both
 * taken by the counter clerk "tester", and a supervisor "chief"; signed in as @login.
 * Their case ids. */
static BdSession *
craft_cases (const char *name,
             const char *login,
             gint64     *request_id,
             gint64     *claim_id)
{
  g_autofree char *path = g_build_filename (cups->dir, name, NULL);
  g_autoptr(BdStore) store = bd_store_create (path, bd_test_key (), NULL);
  g_autoptr(BdPolicy) policy = NULL;
  g_autoptr(BdClaim) claim = NULL;
  g_autoptr(BdSession) session = NULL;
  g_autoptr(GError) error = NULL;
  gint64 staff, customer, product;

  g_assert_nonnull (store);
  staff = bd_test_add_staff (store, "tester", "周敏", BD_ROLE_COUNTER, "pw", "13912345678");
  bd_test_add_staff (store, "chief", "陈立", BD_ROLE_SUPERVISOR, "pw", "13912345679");
  customer = bd_test_add_person (store, "欧阳娜娜", BD_SEX_FEMALE, "1980-05-01", NULL,
                                 "13800138000");
  product = bd_store_add_product (store, "L01", "终身寿险", BD_PRODUCT_LIFE, 0, NULL);
  policy = bd_test_policy_new_standard ("P2020000001", product, customer, customer);
  bd_test_add_policy (store, policy);
  *request_id = bd_test_carry_out_request (store, customer, bd_policy_get_id (policy), staff,
                                           "2026-11-20", "2026-11-23");
  claim = bd_claim_new (customer, BD_EVENT_ILLNESS);
  bd_claim_set_reporter (claim, customer, NULL);
  bd_claim_set_relation (claim, "本人");
  bd_claim_set_phone (claim, "13800138000");
  bd_claim_set_event_date (claim, "2026-11-18");
  bd_claim_set_place (claim, "南京市鼓楼区");
  bd_claim_set_hospital (claim, "江苏省人民医院");
  bd_claim_set_description (claim, "入院治疗");
  g_assert_true (bd_claims_store_add (store, claim, staff, &error));
  g_assert_no_error (error);
  *claim_id = bd_case_get_id (bd_claim_get_case (claim));
  session = bd_session_new (store);
  g_assert_true (bd_session_sign_in (session, login, "pw", NULL));
  return g_steal_pointer (&session);
}

/* The preview window the window opened, once it is shown. */
static GtkWindow *
wait_for_preview (BdWindow *main_window)
{
  while (g_get_monotonic_time () < deadline)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

          if (window != GTK_WINDOW (main_window) && ADW_IS_WINDOW (window)
              && gtk_window_get_transient_for (window) == GTK_WINDOW (main_window)
              && gtk_widget_get_mapped (GTK_WIDGET (window)))
            return window;
        }
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_not_reached ();
}

/* The preview's one suggested button: Print. */
static GtkWidget *
find_print_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "suggested-action"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_print_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* @action's preview (for @parameter), its Print button, the print dialog answered: the
 * audit row @audited is written and the queue makes a PDF of the form's pages, of @paper. */
static void
print_from_preview (BdWindow   *window,
                    BdStore    *store,
                    const char *action,
                    GVariant   *parameter,
                    const char *audited,
                    BdPaperSize paper)
{
  g_autoptr(GHashTable) before = list_pdfs (cups->out_dir);
  const char *argv[] = { "pdfinfo", NULL, NULL };
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;
  g_autofree char *copy_name = g_strconcat (strchr (action, '.') + 1, ".pdf", NULL);
  g_autoptr(GError) error = NULL;
  gboolean dialog_seen = FALSE;
  GtkWindow *preview;
  double width = 0, height = 0, paper_width = 0, paper_height = 0;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
  preview = wait_for_preview (window);
  g_timeout_add (100, answer_print_dialog_cb, &dialog_seen);
  g_signal_emit_by_name (find_print_button (GTK_WIDGET (preview)), "clicked");
  wait_for_audit (store, audited);
  g_assert_true (dialog_seen);

  pdf = wait_for_pdf (before);
  g_test_message ("printed %s: %s", action, pdf);
  keep_copy (pdf, copy_name);
  argv[1] = pdf;
  run (argv, &info, &error);
  g_assert_no_error (error);
  g_assert_cmpint (atoi (strstr (info, "\nPages:") + strlen ("\nPages:")), >=, 1);
  g_assert_cmpint (sscanf (strstr (info, "\nPage size:"), "\nPage size: %lf x %lf", &width,
                           &height), ==, 2);
  /* The form's own paper, portrait. */
  bd_paper_size_get_points (paper, &paper_width, &paper_height);
  g_assert_cmpfloat_with_epsilon (width, paper_width, 2.0);
  g_assert_cmpfloat_with_epsilon (height, paper_height, 2.0);
  g_remove (pdf);
}

/* A window on a branch of craft_cases(), signed in as @login, its remembered printer the
 * queue. */
typedef struct
{
  GSettings *settings;
  BdSession *session;
  BdStore   *store;     /* the session's */
  BdWindow  *window;
  gint64     request_id;
  gint64     claim_id;
} CasesDesk;

static void
cases_desk_open (CasesDesk  *desk,
                 const char *file,
                 const char *login)
{
  desk->session = craft_cases (file, login, &desk->request_id, &desk->claim_id);
  desk->store = bd_session_get_store (desk->session);
  desk->window = open_window (desk->session, QUEUE, &desk->settings);
}

static void
cases_desk_close (CasesDesk *desk)
{
  gtk_window_destroy (GTK_WINDOW (desk->window));
  g_clear_object (&desk->settings);
  g_clear_object (&desk->session);
  bd_clock_reset ();
}

/* A request's receipt and a claim's notice of missing documents, each from its preview
 * through the print dialog to the queue, each audited before it went. */
static void
test_window_case_forms (void)
{
  CasesDesk desk = { 0 };

  if (!have_cups ())
    return;
  cases_desk_open (&desk, "branch-cases.db", "tester");
  print_from_preview (desk.window, desk.store, "win.preview-request-receipt",
                      g_variant_new_int64 (desk.request_id), "request-receipt-printed",
                      BD_PAPER_A5);
  print_from_preview (desk.window, desk.store, "win.preview-claim-notice",
                      g_variant_new_int64 (desk.claim_id), "claim-notice-printed", BD_PAPER_A5);
  cases_desk_close (&desk);
}

/* A supervisor's reports, the complaints' month and the spot checks' period, each from
 * its preview through the print dialog to the queue, each audited before it went. */
static void
test_window_reports (void)
{
  CasesDesk desk = { 0 };

  if (!have_cups ())
    return;
  cases_desk_open (&desk, "branch-reports.db", "chief");
  print_from_preview (desk.window, desk.store, "win.preview-complaint-month",
                      g_variant_new ("(uu)", 2026, 11), "complaint-report-printed", BD_PAPER_A4);
  print_from_preview (desk.window, desk.store, "win.preview-spot-report",
                      g_variant_new ("(ss)", "2026-11-01", "2026-11-30"), "spot-report-printed",
                      BD_PAPER_A4);
  cases_desk_close (&desk);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  deadline = g_get_monotonic_time () + DEADLINE_SECONDS * G_USEC_PER_SEC;
  skip_reason = check_prerequisites ();
  /* Before GTK starts threads: CUPS_SERVER is set with setenv(), and only for this
   * process's CUPS client. */
  if (skip_reason == NULL)
    cups = private_cups_start ();
  if (skip_reason == NULL && !gtk_init_check ())
    skip_reason = "no display: run under xvfb-run";
  if (skip_reason == NULL)
    adw_init ();

  g_test_add_func ("/print-queue/list-printers", test_list_printers);
  g_test_add_func ("/print-queue/no-such-printer", test_no_such_printer);
  g_test_add_func ("/print-queue/batch-of-slips", test_batch_of_slips);
  g_test_add_func ("/print-queue/window-day-slips", test_window_day_slips);
  g_test_add_func ("/print-queue/window-chosen-slips", test_window_chosen_slips);
  g_test_add_func ("/print-queue/window-printer-gone", test_window_printer_gone);
  g_test_add_func ("/print-queue/window-refused-without-audit", test_window_refused_without_audit);
  g_test_add_func ("/print-queue/window-case-forms", test_window_case_forms);
  g_test_add_func ("/print-queue/window-reports", test_window_reports);
  status = g_test_run ();

  g_clear_pointer (&cups, private_cups_stop);
  if (skip_reason != NULL)
    {
      g_printerr ("SKIP: %s\n", skip_reason);
      return 77;
    }
  return status;
}
