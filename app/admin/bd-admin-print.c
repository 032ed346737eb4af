/* bd-admin-print.c — branchdesk-admin print: contact slips, review sheets and the receipts
 * and notices of policy-change requests to PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same drawing code as the program's preview and printer pages, without a display:
 * for administrators, batch jobs and the tests.
 */
#define G_LOG_DOMAIN "bd-admin"

#include "config.h"

#include <inttypes.h>
#include <stdlib.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bd-admin-private.h"
#include "bd-clock.h"
#include "bd-contact-slip.h"
#include "bd-customers-store.h"
#include "bd-household-store.h"
#include "bd-print-request.h"
#include "bd-print-review.h"
#include "bd-requests-store.h"
#include "bd-setup.h"

typedef struct
{
  const char *what;     /* slip, slips, review-sheet, receipt or notice: the first
                         * argument, not owned */
  char       *output;
  gboolean    replace;
  char       *layout;
  gint64      contact;
  gint64      customer;
  gint64      request;
  char       *date;
} PrintOptions;

static void
print_options_clear (PrintOptions *options)
{
  g_free (options->output);
  g_free (options->layout);
  g_free (options->date);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PrintOptions, print_options_clear)

static gboolean
parse_layout (const char   *text,
              BdSlipLayout *layout)
{
  if (text == NULL || g_str_equal (text, "a4"))
    *layout = BD_SLIP_LAYOUT_A4_FOUR;
  else if (g_str_equal (text, "a5"))
    *layout = BD_SLIP_LAYOUT_A5;
  else
    return FALSE;
  return TRUE;
}

static int
fail (GError *error)
{
  bd_admin_printerr ("%s", error->message);
  return BD_ADMIN_FAILED;
}

/* The slip of one contact record, as an array of one BdContactSlip like a day's. */
static GArray *
load_one_slip (BdStore  *store,
               gint64    contact_id,
               GError  **error)
{
  g_autoptr(GArray) slips = g_array_sized_new (FALSE, FALSE, sizeof (BdContactSlip), 1);
  BdContactSlip slip;

  if (!bd_contact_slip_load (store, contact_id, &slip, error))
    return NULL;
  g_array_set_clear_func (slips, (GDestroyNotify) bd_contact_slip_clear);
  g_array_append_val (slips, slip);
  return g_steal_pointer (&slips);
}

/* One slip (options->what is "slip") or a day's ("slips"): the PDF, and what was
 * written where. */
static int
print_slips (BdStore            *store,
             const PrintOptions *options,
             BdSlipLayout        layout)
{
  g_autoptr(GArray) slips = NULL;
  g_autoptr(GArray) plain = g_array_new (FALSE, FALSE, sizeof (BdSlip));
  g_autoptr(GError) error = NULL;
  GDate day;

  if (g_str_equal (options->what, "slip"))
    slips = load_one_slip (store, options->contact, &error);
  else if (bd_admin_parse_date (options->date, &day))
    slips = bd_contact_slip_load_day_of (store, &day, 0, &error);
  else
    {
      bd_admin_printerr (_("“%s” is not a date in the form YYYY-MM-DD"), options->date);
      return BD_ADMIN_USAGE;
    }
  if (slips == NULL)
    return fail (error);
  /* Only a day can have none: one record's slip is there or an error. */
  if (slips->len == 0)
    {
      bd_admin_printerr (_("No contact slip plans a visit on %s: nothing to print"), options->date);
      return BD_ADMIN_FAILED;
    }
  for (guint i = 0; i < slips->len; i++)
    g_array_append_val (plain, g_array_index (slips, BdContactSlip, i).slip);
  if (!bd_slip_print_pdf (options->output, (const BdSlip *) plain->data, plain->len, layout, &error))
    return fail (error);
  g_print (ngettext ("Wrote %u contact slip to %s\n", "Wrote %u contact slips to %s\n", plain->len),
           plain->len, options->output);
  return BD_ADMIN_OK;
}

/* Whether the customer is on record, saying so when not (rather than "no household"). */
static gboolean
customer_exists (BdStore *store,
                 gint64   customer_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdCustomer) customer = bd_store_get_customer (store, customer_id, &error);

  if (customer != NULL)
    return TRUE;
  if (g_error_matches (error, BD_STORE_ERROR, BD_STORE_ERROR_NOT_FOUND))
    bd_admin_printerr (_("There is no customer %" PRId64), customer_id);
  else
    bd_admin_printerr ("%s", error->message);
  return FALSE;
}

static int
print_review_sheet (BdStore            *store,
                    const PrintOptions *options)
{
  g_autoptr(BdHouseholdCard) card = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *company = bd_store_dup_setting (store, "company-name");
  g_autofree char *branch = bd_store_dup_setting (store, "branch-name");
  BdReviewSheet sheet = { NULL, company, branch, NULL, { 0 } };

  bd_clock_get_today (NULL, &sheet.date);
  if (!customer_exists (store, options->customer))
    return BD_ADMIN_FAILED;
  card = bd_store_load_household_card (store, options->customer, &sheet.date, &error);
  if (card == NULL)
    {
      if (error != NULL)
        return fail (error);
      bd_admin_printerr (_("The customer belongs to no household: there is no review sheet to print"));
      return BD_ADMIN_FAILED;
    }
  sheet.card = card;
  if (!bd_review_sheet_print_pdf (&sheet, options->output, &error))
    return fail (error);
  g_print (_("Wrote the household review sheet to %s\n"), options->output);
  return BD_ADMIN_OK;
}

/* The receipt (options->what is "receipt") or the one-time notice of a request. */
static int
print_request_form (BdStore            *store,
                    const PrintOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BdRequest) request = bd_requests_store_get (store, options->request, &error);
  g_autoptr(BdPrintedForm) form = NULL;

  if (request != NULL)
    form = g_str_equal (options->what, "receipt")
           ? bd_printed_form_new_request_receipt (store, request, &error)
           : bd_printed_form_new_request_notice (store, request, &error);
  if (form == NULL || !bd_printed_form_write_pdf (form, options->output, &error))
    return fail (error);
  /* Translators: the form's title, then the file */
  g_print (_("Wrote the %s to %s\n"), bd_printed_form_get_title (form), options->output);
  return BD_ADMIN_OK;
}

static GOptionContext *
print_context (PrintOptions *options)
{
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options->output,
      N_("The PDF file to write"), N_("FILE") },
    { "replace", 0, 0, G_OPTION_ARG_NONE, &options->replace,
      N_("Replace the output file if it exists"), NULL },
    { "contact", 0, 0, G_OPTION_ARG_INT64, &options->contact,
      N_("The contact record of the slip (slip)"), N_("ID") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &options->date,
      N_("The day whose planned visits are printed (slips)"), N_("YYYY-MM-DD") },
    { "customer", 0, 0, G_OPTION_ARG_INT64, &options->customer,
      N_("A member of the household (review-sheet)"), N_("ID") },
    { "request", 0, 0, G_OPTION_ARG_INT64, &options->request,
      N_("The policy-change request (receipt, notice)"), N_("ID") },
    { "layout", 0, 0, G_OPTION_ARG_STRING, &options->layout,
      N_("a4: four slips to an A4 sheet with cut marks (default); a5: one slip per A5 page"),
      N_("LAYOUT") },
    { NULL }
  };
  GOptionContext *context = g_option_context_new (_("slip|slips|review-sheet|receipt|notice DATABASE — print to PDF"));

  g_option_context_set_summary (context,
                                _("slip --contact ID: the contact slip of one record.\n"
                                  "slips --date YYYY-MM-DD: every slip planning a visit that day.\n"
                                  "review-sheet --customer ID: the household policy review sheet.\n"
                                  "receipt --request ID: the acceptance receipt of a request.\n"
                                  "notice --request ID: the one-time notice of its missing "
                                  "documents."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return context;
}

/* Whether @output names the database @path or one of the files SQLite keeps beside it. */
static gboolean
is_database_file (const char *output,
                  const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *canonical_output = g_canonicalize_filename (output, NULL);
  GStatBuf out_stat, db_stat;
  gboolean output_exists = g_stat (output, &out_stat) == 0;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *canonical_name = g_canonicalize_filename (name, NULL);

      if (g_str_equal (canonical_name, canonical_output))
        return TRUE;
      /* The same file under another name (a link, another path). */
      if (output_exists && g_stat (name, &db_stat) == 0 &&
          out_stat.st_dev == db_stat.st_dev && out_stat.st_ino == db_stat.st_ino)
        return TRUE;
    }
  return FALSE;
}

/* The PDF may replace neither the branch's data nor, unless asked, another file. */
static int
check_output (const PrintOptions *options,
              const char         *database)
{
  if (is_database_file (options->output, database))
    {
      bd_admin_printerr (_("“%s” is the database or one of its files: choose another output file"),
                         options->output);
      return BD_ADMIN_USAGE;
    }
  if (!options->replace && g_file_test (options->output, G_FILE_TEST_EXISTS))
    {
      bd_admin_printerr (_("“%s” already exists: give --replace to replace it"), options->output);
      return BD_ADMIN_USAGE;
    }
  return BD_ADMIN_OK;
}

static int
check_required (gboolean    present,
                const char *option)
{
  if (present)
    return BD_ADMIN_OK;
  bd_admin_printerr (_("%s is required"), option);
  return BD_ADMIN_USAGE;
}

/* A record number is given, and is a record number. */
static int
check_record_id (gint64      id,
                 const char *option)
{
  if (id == 0)
    return check_required (FALSE, option);
  if (id > 0)
    return BD_ADMIN_OK;
  bd_admin_printerr (_("%s takes a record number, 1 or more, not %" PRId64), option, id);
  return BD_ADMIN_USAGE;
}

static gboolean
is_request_form (const char *what)
{
  return g_str_equal (what, "receipt") || g_str_equal (what, "notice");
}

int
bd_admin_print (int    argc,
                char **argv)
{
  g_auto(PrintOptions) options = { NULL };
  g_autoptr(GOptionContext) context = print_context (&options);
  g_autoptr(BdStore) store = NULL;
  BdSlipLayout layout;
  const char *what;
  int status;

  if ((status = bd_admin_parse (context, &argc, &argv, 2)) != BD_ADMIN_OK ||
      (status = check_required (options.output != NULL, "--output")) != BD_ADMIN_OK)
    return status;
  if (!parse_layout (options.layout, &layout))
    {
      bd_admin_printerr (_("--layout is a4 or a5, not “%s”"), options.layout);
      return BD_ADMIN_USAGE;
    }

  what = argv[1];
  options.what = what;
  if ((g_str_equal (what, "slip") && (status = check_record_id (options.contact, "--contact")) != BD_ADMIN_OK) ||
      (g_str_equal (what, "slips") && (status = check_required (options.date != NULL, "--date")) != BD_ADMIN_OK) ||
      (g_str_equal (what, "review-sheet") && (status = check_record_id (options.customer, "--customer")) != BD_ADMIN_OK) ||
      (is_request_form (what) && (status = check_record_id (options.request, "--request")) != BD_ADMIN_OK))
    return status;
  if (!g_str_equal (what, "slip") && !g_str_equal (what, "slips") && !g_str_equal (what, "review-sheet")
      && !is_request_form (what))
    {
      bd_admin_printerr (_("“%s” is not something to print: slip, slips, review-sheet, receipt or notice"),
                         what);
      return BD_ADMIN_USAGE;
    }

  if ((status = check_output (&options, argv[2])) != BD_ADMIN_OK)
    return status;
  if ((store = bd_admin_open_read_only (argv[2])) == NULL)
    return BD_ADMIN_FAILED;
  /* A training branch's pages carry its watermark, from here as from the desk. */
  bd_setup_note_branch (store);
  if (g_str_equal (what, "review-sheet"))
    return print_review_sheet (store, &options);
  if (is_request_form (what))
    return print_request_form (store, &options);
  return print_slips (store, &options, layout);
}
