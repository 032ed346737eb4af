/* bd-store-check.c — the integrity check and the data's own rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite checks its file; this also checks what the schema cannot say by itself: that the
 * shares of each beneficiary order add up, that identity numbers are valid and agree with
 * the birth date and sex on record, that households have one head, that relatives'
 * ages make sense. Each problem is reported as a sentence for the administrator.
 */
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bd-identity.h"
#include "bd-store-private.h"

typedef struct
{
  BdStore          *store;
  BdStoreCheckFunc  report;
  gpointer          user_data;
  guint             n_problems;
} CheckRun;

static void
check_report (CheckRun   *run,
              const char *format,
              ...) G_GNUC_PRINTF (2, 3);

static void
check_report (CheckRun   *run,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  run->n_problems++;
  if (run->report != NULL)
    run->report (message, run->user_data);
}

/* Runs a one-off query and hands each row to @row; the check's statements run once, so
 * they are not kept prepared. */
typedef void (*CheckRowFunc) (CheckRun *run, sqlite3_stmt *stmt);

static gboolean
check_query (CheckRun      *run,
             const char    *sql,
             CheckRowFunc   row,
             GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (bd_store_get_db (run->store), sql, -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      row (run, stmt);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      bd_store_set_error (run->store, rc, error);
      return FALSE;
    }
  return TRUE;
}

static void
integrity_row (CheckRun     *run,
               sqlite3_stmt *stmt)
{
  const char *text = bd_column_text (stmt, 0);

  if (g_strcmp0 (text, "ok") != 0)
    check_report (run, _("The database file is damaged: %s"), text);
}

static void
foreign_key_row (CheckRun     *run,
                 sqlite3_stmt *stmt)
{
  check_report (run, _("A row of “%s” (number %" PRId64 ") refers to a missing row of “%s”"),
                bd_column_text (stmt, 0), (gint64) sqlite3_column_int64 (stmt, 1),
                bd_column_text (stmt, 2));
}

static void
shares_row (CheckRun     *run,
            sqlite3_stmt *stmt)
{
  int share = sqlite3_column_int (stmt, 3);

  check_report (run, _("Policy %s: the %s shares of order %d add up to %d.%02d%%, not 100%%"),
                bd_column_text (stmt, 0), bd_column_text (stmt, 1),
                sqlite3_column_int (stmt, 2), share / 100, share % 100);
}

static void
legal_heirs_row (CheckRun     *run,
                 sqlite3_stmt *stmt)
{
  check_report (run, _("Policy %s names beneficiaries and also “legal heirs” for the same order"),
                bd_column_text (stmt, 0));
}

static void
identity_row (CheckRun     *run,
              sqlite3_stmt *stmt)
{
  g_autoptr(GError) local_error = NULL;
  const char *name = bd_column_text (stmt, 1);
  const char *birth = bd_column_text (stmt, 2);
  const char *sex = bd_column_text (stmt, 3);
  const char *number = bd_column_text (stmt, 4);
  gint64 id = (gint64) sqlite3_column_int64 (stmt, 0);
  BdIdentity identity;
  char parsed_birth[BD_ISO_DATE_SIZE];

  if (!bd_identity_parse (number, NULL, &identity, &local_error))
    {
      check_report (run, _("Customer %" PRId64 " (%s): identity number %s: %s"),
                    id, name, number, local_error->message);
      return;
    }

  bd_date_format_iso (&identity.birth, parsed_birth);
  if (g_strcmp0 (birth, parsed_birth) != 0)
    check_report (run, _("Customer %" PRId64 " (%s): born %s on record, but the identity number says %s"),
                  id, name, birth != NULL ? birth : "?", parsed_birth);
  if (g_strcmp0 (sex, bd_sex_to_string (identity.sex)) != 0)
    check_report (run, _("Customer %" PRId64 " (%s): the sex on record does not agree with the identity number"),
                  id, name);
}

static void
mobile_row (CheckRun     *run,
            sqlite3_stmt *stmt)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *normal = bd_phone_normalize (bd_column_text (stmt, 1), &local_error);

  if (normal == NULL)
    check_report (run, _("Customer %" PRId64 ": mobile number %s: %s"),
                  (gint64) sqlite3_column_int64 (stmt, 0), bd_column_text (stmt, 1),
                  local_error->message);
}

static void
household_head_row (CheckRun     *run,
                    sqlite3_stmt *stmt)
{
  check_report (run, _("Household %" PRId64 " has %d heads instead of one"),
                (gint64) sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1));
}

static void
relationship_pair_row (CheckRun     *run,
                       sqlite3_stmt *stmt)
{
  check_report (run, _("Customers %" PRId64 " and %" PRId64 ": the relationship is recorded one way only"),
                (gint64) sqlite3_column_int64 (stmt, 0), (gint64) sqlite3_column_int64 (stmt, 1));
}

static void
relationship_age_row (CheckRun     *run,
                      sqlite3_stmt *stmt)
{
  check_report (run, _("%s (%s) is recorded as the %s of %s (%s): their ages do not allow it"),
                bd_column_text (stmt, 2), bd_column_text (stmt, 3), bd_column_text (stmt, 4),
                bd_column_text (stmt, 0), bd_column_text (stmt, 1));
}

static void
minor_policyholder_row (CheckRun     *run,
                        sqlite3_stmt *stmt)
{
  check_report (run, _("Policy %s: the policyholder %s was a minor on the effective date %s"),
                bd_column_text (stmt, 0), bd_column_text (stmt, 1), bd_column_text (stmt, 2));
}

static void
minor_guardian_row (CheckRun     *run,
                    sqlite3_stmt *stmt)
{
  check_report (run, _("Customer %" PRId64 " (%s) is a minor with no guardian on record"),
                (gint64) sqlite3_column_int64 (stmt, 0), bd_column_text (stmt, 1));
}

static void
difficult_row (CheckRun     *run,
               sqlite3_stmt *stmt)
{
  check_report (run, _("Policy %s is classed difficult, but only %d of the five tracing methods failed since the customer was last reached"),
                bd_column_text (stmt, 0), sqlite3_column_int (stmt, 1));
}

typedef struct
{
  const char   *sql;
  CheckRowFunc  row;
} CheckStep;

/* Years between two ISO dates by their year digits: enough to catch a "parent" younger
 * than their child, without pretending to be exact about birthdays. */
#define YEARS_APART(a, b) \
  "(CAST (substr (" b ", 1, 4) AS INTEGER) - CAST (substr (" a ", 1, 4) AS INTEGER))"

static const CheckStep check_steps[] = {
  { "PRAGMA integrity_check", integrity_row },
  { "PRAGMA foreign_key_check", foreign_key_row },
  { "SELECT p.number, b.kind, b.rank, sum (b.share) FROM beneficiary b "
    "JOIN policy p ON p.id = b.policy_id "
    "GROUP BY b.policy_id, b.kind, b.rank HAVING sum (b.share) <> 10000", shares_row },
  { "SELECT p.number FROM beneficiary b JOIN policy p ON p.id = b.policy_id "
    "GROUP BY b.policy_id, b.kind, b.rank "
    "HAVING max (b.legal_heirs) = 1 AND count (*) > 1", legal_heirs_row },
  { "SELECT c.id, c.name, c.birth_date, c.sex, d.number FROM identity_document d "
    "JOIN customer c ON c.id = d.customer_id "
    "WHERE d.type IN ('resident-id', 'residence-permit', 'foreign-permanent')", identity_row },
  { "SELECT customer_id, value FROM contact_detail WHERE kind = 'mobile'", mobile_row },
  { "SELECT h.id, count (m.id) FROM household h "
    "LEFT JOIN household_member m ON m.household_id = h.id AND m.left_at IS NULL "
    "  AND m.relation = 'self' "
    "GROUP BY h.id HAVING count (m.id) <> 1", household_head_row },
  { "SELECT r.customer_id, r.relative_id FROM relationship r WHERE NOT EXISTS "
    "(SELECT 1 FROM relationship s WHERE s.customer_id = r.relative_id "
    " AND s.relative_id = r.customer_id)", relationship_pair_row },
  { "SELECT a.name, a.birth_date, b.name, b.birth_date, r.relation FROM relationship r "
    "JOIN customer a ON a.id = r.customer_id JOIN customer b ON b.id = r.relative_id "
    "WHERE (r.relation = 'child' AND " YEARS_APART ("a.birth_date", "b.birth_date") " < 15) "
    "   OR (r.relation = 'grandchild' AND " YEARS_APART ("a.birth_date", "b.birth_date") " < 30)",
    relationship_age_row },
  { "SELECT p.number, c.name, p.effective_date FROM policy p "
    "JOIN customer c ON c.id = p.policyholder_id "
    "WHERE c.is_organisation = 0 AND c.birth_date IS NOT NULL "
    "  AND date (c.birth_date, '+18 years') > p.effective_date", minor_policyholder_row },
  { "SELECT c.id, c.name FROM customer c "
    "WHERE c.is_organisation = 0 AND c.guardian_id IS NULL AND c.birth_date IS NOT NULL "
    "  AND date (c.birth_date, '+18 years') > date ('now')", minor_guardian_row },
  /* Difficult (困难件) only after all five prescribed methods failed (000). */
  { "SELECT p.number, (SELECT count (DISTINCT t.method) FROM tracing_attempt t "
    "  WHERE t.policy_id = p.id AND t.reached = 0 AND t.id > coalesce ("
    "    (SELECT max (r.id) FROM tracing_attempt r WHERE r.policy_id = p.id AND r.reached = 1), 0)) n "
    "FROM policy p WHERE p.service_class = 'difficult' AND n < 5", difficult_row },
};

gboolean
bd_store_check (BdStore           *self,
                BdStoreCheckFunc   report,
                gpointer           user_data,
                guint             *n_problems,
                GError           **error)
{
  CheckRun run = { self, report, user_data, 0 };

  g_return_val_if_fail (BD_IS_STORE (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (check_steps); i++)
    {
      if (!check_query (&run, check_steps[i].sql, check_steps[i].row, error))
        return FALSE;
    }

  if (n_problems != NULL)
    *n_problems = run.n_problems;
  return TRUE;
}
