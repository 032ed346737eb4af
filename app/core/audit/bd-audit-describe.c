/* bd-audit-describe.c — the details of the audit log's rows as a person reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row keeps its detail as the code that wrote it put it: a role's name, a case's
 * states, a document's or a deadline's stable name, a filter. The log's window and its
 * CSV say them in words, translated, through the labels of the area that owns the
 * code; a detail none of these knows is shown as it was written. The row itself is
 * never changed.
 */
#define G_LOG_DOMAIN "bd-audit"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-audit-describe.h"
#include "bd-audit-log.h"
#include "bd-claim-catalogue.h"
#include "bd-complaint-catalogue.h"
#include "bd-request-catalogue.h"
#include "bd-scorecard.h"

/* ── the staff and the log's own rows ─────────────────────────────────────────────── */

/* "liuxiao, counter" (bd-staff-desk.c writes the login and the role's name). */
static char *
describe_added (const char *detail)
{
  const char *comma = g_strrstr (detail, ", ");
  BdRole role;

  if (comma == NULL || !bd_role_from_string (comma + 2, &role))
    return NULL;
  /* Translators: a new staff account's login, then its role */
  return g_strdup_printf (_("%.*s, %s"), (int) (comma - detail), detail, bd_role_get_label (role));
}

/* "role: counter → supervisor; reason" (bd-staff-desk.c, when the role changed). */
static char *
describe_edited (const char *detail)
{
  const char *from;
  const char *arrow = strstr (detail, " → ");
  const char *end = arrow != NULL ? strstr (arrow, "; ") : NULL;
  g_autofree char *before_name = NULL;
  g_autofree char *after_name = NULL;
  BdRole before;
  BdRole after;

  if (!g_str_has_prefix (detail, "role: ") || end == NULL)
    return NULL;
  from = detail + strlen ("role: ");
  if (from > arrow)
    return NULL;
  before_name = g_strndup (from, arrow - from);
  after_name = g_strndup (arrow + strlen (" → "), end - arrow - strlen (" → "));
  if (!bd_role_from_string (before_name, &before) || !bd_role_from_string (after_name, &after))
    return NULL;
  /* Translators: the role before and after, then why it changed */
  return g_strdup_printf (_("Role: %s → %s; %s"), bd_role_get_label (before),
                          bd_role_get_label (after), end + strlen ("; "));
}

/* The value after @key in a reading's detail, up to the next key (reading_dup_detail
 * writes them in this order, each once). */
static char *
reading_value (const char *detail,
               const char *key,
               const char *next_key)
{
  const char *start = strstr (detail, key);
  const char *end;

  if (start == NULL)
    return NULL;
  start += strlen (key);
  end = next_key != NULL ? strstr (start, next_key) : start + strlen (start);
  return end != NULL ? g_strndup (start, end - start) : NULL;
}

/* "staff=2 action= customer=0 since= until= before=0 rows=4": the filter the log was
 * read or exported with (reading_dup_detail), said as the window offers it. */
static char *
describe_reading (BdStore    *store,
                  const char *detail)
{
  g_autofree char *staff = reading_value (detail, "staff=", " action=");
  g_autofree char *action = reading_value (detail, " action=", " customer=");
  g_autofree char *customer = reading_value (detail, " customer=", " since=");
  g_autofree char *since = reading_value (detail, " since=", " until=");
  g_autofree char *until = reading_value (detail, " until=", " before=");
  g_autofree char *rows = reading_value (detail, " rows=", NULL);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint64 n_rows;

  if (rows == NULL || !g_ascii_string_to_unsigned (rows, 10, 0, G_MAXUINT, &n_rows, NULL) ||
      staff == NULL || action == NULL || customer == NULL || since == NULL || until == NULL)
    return NULL;
  if (!g_str_equal (staff, "0"))
    g_ptr_array_add (parts, g_strdup_printf (_("staff number %s"), staff));
  if (action[0] != '\0')
    g_ptr_array_add (parts, g_strdup_printf (_("action “%s”"), bd_audit_action_get_label (action)));
  if (!g_str_equal (customer, "0"))
    g_ptr_array_add (parts, g_strdup_printf (_("customer number %s"), customer));
  /* The period as the branch's clock says it: the detail keeps UTC instants. */
  if (since[0] != '\0')
    {
      g_autofree char *local = bd_store_format_time (store, since);

      g_ptr_array_add (parts, g_strdup_printf (_("from %s"), local));
    }
  if (until[0] != '\0')
    {
      g_autofree char *local = bd_store_format_time (store, until);

      g_ptr_array_add (parts, g_strdup_printf (_("before %s"), local));
    }
  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows",
                                                        (gulong) n_rows),
                                           (guint) n_rows));
  g_ptr_array_add (parts, NULL);
  /* Translators: between the parts of a filter said in words */
  return g_strjoinv (_("; "), (char **) parts->pdata);
}

/* ── the cases' rows ──────────────────────────────────────────────────────────────── */

/* The kinds of case whose rows the log names, as each workflow's catalogue gives them;
 * a new workflow with cases adds its kind here. */
static const BdCaseKind *
case_kind_at (guint i)
{
  switch (i)
    {
    case 0:
      return bd_request_case_kind ();
    case 1:
      return bd_claim_case_kind ();
    case 2:
      return bd_complaint_case_kind ();
    case 3:
      return bd_consultation_case_kind ();
    default:
      return NULL;
    }
}

/* The kind whose case numbers begin as @number does ("TS" and the branch day). */
static const BdCaseKind *
case_kind_of_number (const char *number)
{
  const BdCaseKind *kind;

  for (guint i = 0; (kind = case_kind_at (i)) != NULL; i++)
    if (g_str_has_prefix (number, kind->number_prefix) &&
        g_ascii_isdigit (number[strlen (kind->number_prefix)]))
      return kind;
  return NULL;
}

/* "TS202610250001 decided→visited" (bd-case-store.c): the states as the case's own
 * lifecycle names them. */
static char *
describe_step (const char *detail)
{
  const char *space = strchr (detail, ' ');
  const char *arrow = space != NULL ? strstr (space, "→") : NULL;
  g_autofree char *number = NULL;
  g_autofree char *from = NULL;
  const BdCaseKind *kind;

  if (arrow == NULL)
    return NULL;
  number = g_strndup (detail, space - detail);
  from = g_strndup (space + 1, arrow - space - 1);
  if ((kind = case_kind_of_number (number)) == NULL ||
      bd_lifecycle_find_state (kind->lifecycle, from) == NULL ||
      bd_lifecycle_find_state (kind->lifecycle, arrow + strlen ("→")) == NULL)
    return NULL;
  /* Translators: a case's number, the state it left and the state it reached */
  return g_strdup_printf (_("%s: %s → %s"), number, bd_lifecycle_state_label (kind->lifecycle, from),
                          bd_lifecycle_state_label (kind->lifecycle, arrow + strlen ("→")));
}

/* The label a kind of case gives @name, or NULL when it lists no such thing. */
typedef const char *(*BdKindLabel) (const BdCaseKind *kind,
                                    const char       *name);

static const char *
document_label (const BdCaseKind *kind,
                const char       *name)
{
  const BdDocumentKind *document = bd_case_kind_find_document (kind, name);

  return document != NULL ? document->label : NULL;
}

static const char *
deadline_label (const BdCaseKind *kind,
                const char       *name)
{
  const BdDeadlineRule *rule = bd_case_kind_find_deadline (kind, name);

  return rule != NULL ? rule->label : NULL;
}

/* A document's or a deadline's stable name ("id-copy", "complaint-decision"), as the
 * first kind of case that lists it names it. */
static char *
describe_in_any_kind (const char  *name,
                      BdKindLabel  label_of)
{
  const BdCaseKind *kind;

  for (guint i = 0; (kind = case_kind_at (i)) != NULL; i++)
    {
      const char *label = label_of (kind, name);

      if (label != NULL)
        return g_strdup (_(label));
    }
  return NULL;
}

/* ── the other workflows' rows ───────────────────────────────────────────────────── */

/* A scorecard item's key, as the shipped scorecards name it ("applicant-entitled"); an
 * item a supervisor added is named in its own scorecard, not here. */
static char *
describe_score_item (const char *key)
{
  for (guint kind = 0; kind < BD_N_WORK_KINDS; kind++)
    {
      guint n_items = 0;
      const BdScoreItem *items = bd_scorecard_default_items (kind, &n_items);

      for (guint i = 0; i < n_items; i++)
        if (g_str_equal (items[i].key, key))
          return g_strdup (_(items[i].label));
    }
  return NULL;
}

/* "phone", "slip" (bd-contacts-store.c: the kind of contact). */
static char *
describe_contact (const char *detail)
{
  BdContactKind kind;

  return bd_contact_kind_from_string (detail, &kind)
         ? g_strdup (bd_contact_kind_get_label (kind)) : NULL;
}

/* "method 1 not reached: normal → difficult" (bd-contacts-store.c: a tracing attempt,
 * whether it reached the customer, and the policy's service class before and after). */
static char *
describe_tracing (const char *detail)
{
  g_auto(GStrv) parts = g_strsplit (detail, " ", -1);
  guint n = g_strv_length (parts);
  gboolean reached;
  guint64 method;
  BdServiceClass before;
  BdServiceClass after;

  if (n < 6 || !g_str_equal (parts[0], "method") ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 9, &method, NULL))
    return NULL;
  reached = g_str_equal (parts[2], "reached:");
  if (!(reached || (n == 7 && g_str_equal (parts[2], "not") && g_str_equal (parts[3], "reached:"))) ||
      !bd_service_class_from_string (parts[n - 3], &before) ||
      !g_str_equal (parts[n - 2], "→") || !bd_service_class_from_string (parts[n - 1], &after))
    return NULL;
  /* Translators: a tracing attempt's method, whether it reached the customer, then the
   * policy's service class before and after */
  return g_strdup_printf (_("Method %u, %s: %s → %s"), (guint) method,
                          reached ? _("reached") : _("not reached"),
                          bd_service_class_get_label (before), bd_service_class_get_label (after));
}

/* "mobile" (bd-session.c: the masked value revealed). */
static char *
describe_reveal (const char *detail)
{
  static const struct { const char *field; const char *label; } fields[] = {
    { "id-number", N_("Identity number") },
    { "mobile", N_("Mobile") },
    { "landline", N_("Landline") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (detail, fields[i].field))
      return g_strdup (_(fields[i].label));
  return NULL;
}

/* ── the row ───────────────────────────────────────────────────────────────────── */

char *
bd_audit_describe_detail (BdStore    *store,
                          const char *action,
                          const char *detail)
{
  char *described = NULL;

  g_return_val_if_fail (action != NULL, NULL);

  if (detail == NULL)
    return NULL;
  if (g_str_equal (action, "staff-added"))
    described = describe_added (detail);
  else if (g_str_equal (action, "staff-edited"))
    described = describe_edited (detail);
  else if (g_str_equal (action, "audit-log-read") || g_str_equal (action, "audit-log-exported"))
    described = describe_reading (store, detail);
  /* bd-session.c: the password changed because the account owed it. */
  else if (g_str_equal (action, "password-changed") && g_str_equal (detail, "change owed"))
    described = g_strdup (_("The change owed at the first sign-in"));
  else if (g_str_equal (action, "sign-in-failed") && g_str_equal (detail, "unknown login"))
    described = g_strdup (_("A login no account has"));
  else if (g_str_equal (action, "case-step"))
    described = describe_step (detail);
  else if (g_str_equal (action, "case-document"))
    described = describe_in_any_kind (detail, document_label);
  else if (g_str_has_prefix (action, "deadline-"))
    described = describe_in_any_kind (detail, deadline_label);
  else if (g_str_equal (action, "spot-check-scored") || g_str_equal (action, "finding-opened"))
    described = describe_score_item (detail);
  else if (g_str_equal (action, "contact-recorded"))
    described = describe_contact (detail);
  else if (g_str_equal (action, "tracing-recorded"))
    described = describe_tracing (detail);
  else if (g_str_equal (action, "reveal"))
    described = describe_reveal (detail);
  return described != NULL ? described : g_strdup (detail);
}

char *
bd_audit_log_describe_detail (BdSession   *session,
                              BdAuditItem *item)
{
  g_return_val_if_fail (BD_IS_SESSION (session), NULL);
  g_return_val_if_fail (BD_IS_AUDIT_ITEM (item), NULL);

  return bd_audit_describe_detail (bd_session_get_store (session),
                                   bd_audit_item_get_action (item),
                                   bd_audit_item_get_detail (item));
}
