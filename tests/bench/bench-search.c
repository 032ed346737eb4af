/* bench-search.c — how fast the desk finds a customer and assembles a household card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-search DATABASE
 *
 * For each kind of search the counter does, keys are sampled from the database itself
 * (a fixed seed, so every run asks the same questions), a few are run to warm up, then
 * each key is timed through the store's search (bd_store_search_customers, limit 50 as
 * the window asks) and through a bare indexed SQLite lookup of the same key on a second
 * connection. The two alternate which goes first, so neither profits from the other's
 * reads. The household card is timed as the customer page builds it. Timings never fail
 * the program: it reports, and says whether each target is met.
 *
 * The bare lookups are the yardstick, so this file holds SQL of its own, on a read-only
 * connection; everything measured goes through the store.
 */
#define G_LOG_DOMAIN "bench-search"

#include "config.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "bd-customers-store.h"
#include "bd-household-store.h"
#include "bd-search.h"
#include "bd-store.h"
#include "bd-store-private.h"

#include "bench-timing.h"

#define SEED 1
#define SEARCH_LIMIT 50  /* what the window asks for */
#define N_WARM_UP 30
#define N_QUERIES 300

/* The targets of the issue "The desk". */
#define SEARCH_MAX_P99_MS 10.0
#define SEARCH_MAX_RATIO 3.0
#define CARD_MAX_P99_MS 5.0

/* U+10FFFF sorts after every character: [key, key + U+10FFFF) holds the names that
 * begin with key. */
#define LAST_CHARACTER "\xf4\x8f\xbf\xbf"

/* Where keys are drawn from: a text of the row at or after a random id of its table. */
typedef enum
{
  SOURCE_NAME,         /* a person's name; its table's ids are the customers' */
  SOURCE_MOBILE,
  SOURCE_RESIDENT_ID,
  SOURCE_POLICY,
  N_SOURCES
} Source;

static const struct
{
  const char *max_id_sql;
  const char *sample_sql;  /* binds the random id */
  const char *sealed;      /* the purpose the sampled value is sealed for, or NULL */
} sources[N_SOURCES] = {
  [SOURCE_NAME] = { "SELECT max (id) FROM customer",
                    "SELECT name FROM customer WHERE id >= ? AND is_organisation = 0"
                    " ORDER BY id LIMIT 1" },
  [SOURCE_MOBILE] = { "SELECT max (id) FROM contact_detail",
                      "SELECT value_sealed FROM contact_detail WHERE id >= ? AND kind = 'mobile'"
                      " ORDER BY id LIMIT 1", BD_SEALED_CONTACT },
  [SOURCE_RESIDENT_ID] = { "SELECT max (id) FROM identity_document",
                           "SELECT number_sealed FROM identity_document WHERE id >= ?"
                           " AND type = 'resident-id' ORDER BY id LIMIT 1", BD_SEALED_ID_NUMBER },
  [SOURCE_POLICY] = { "SELECT max (id) FROM policy",
                      "SELECT number FROM policy WHERE id >= ? ORDER BY id LIMIT 1" },
};

/* Which part of the drawn text is the key. */
typedef enum
{
  CUT_WHOLE,
  CUT_BEGINNING,  /* what staff type before the name is complete: all but its last character */
  CUT_TAIL,       /* its last characters, see SearchCase.tail_chars */
} Cut;

typedef struct
{
  BdStore  *store;
  BdKey    *key;     /* opens the sampled numbers and makes the bare lookups' indexes */
  sqlite3  *db;      /* read-only: samples keys and runs the bare lookups */
  GRand    *rand;
  gint64    max_id[N_SOURCES];
} Bench;

typedef struct
{
  const char   *name;
  BdSearchKind  kind;      /* what bd_search_classify() must recognise in the key */
  Source        source;
  Cut           cut;
  /* CUT_TAIL: the key is the last tail_chars + (i % n_tail_lengths) characters of the
   * i-th key drawn, so a case can ask for tails of several lengths in turn. */
  glong         tail_chars;
  guint         n_tail_lengths;
  /* binds :key, and :upper, :key_index, :tail_index when it names them; the indexes are
   * the blind indexes of the key and of its last four for these purposes */
  const char   *bare_sql;
  const char   *key_purpose;
  const char   *tail_purpose;
  /* An identity number's end of five or six characters has an index of its own: the bare
   * lookup of such a key uses it. */
  const char   *bare_sql_long[2];
} SearchCase;

static sqlite3_stmt *
prepare (Bench      *bench,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (bench->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (bench->db));
  return stmt;
}

static gint64
query_int (Bench      *bench,
           const char *sql)
{
  sqlite3_stmt *stmt = prepare (bench, sql);
  gint64 value = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;

  sqlite3_finalize (stmt);
  return value;
}

/* The text of the first row of @source at or after a random id of its table. */
static char *
sample_text (Bench  *bench,
             Source  source)
{
  sqlite3_stmt *stmt = prepare (bench, sources[source].sample_sql);
  char *text = NULL;

  sqlite3_bind_int64 (stmt, 1, g_rand_int_range (bench->rand, 1,
                                                 (gint32) bench->max_id[source] + 1));
  if (sqlite3_step (stmt) == SQLITE_ROW && sources[source].sealed == NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (sqlite3_column_type (stmt, 0) == SQLITE_BLOB)
    text = bd_key_open (bench->key, sources[source].sealed, sqlite3_column_blob (stmt, 0),
                        (gsize) sqlite3_column_bytes (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* The end of @text from its @n_chars-th last character on. */
static char *
dup_tail (const char *text,
          glong       n_chars)
{
  glong length = g_utf8_strlen (text, -1);

  if (length <= n_chars)
    return g_strdup (text);
  return g_strdup (g_utf8_offset_to_pointer (text, length - n_chars));
}

/* The @index-th key of @search_case: the part of a drawn text its cut takes; NULL when
 * there is none. */
static char *
sample_key (Bench            *bench,
            const SearchCase *search_case,
            guint             index)
{
  g_autofree char *text = sample_text (bench, search_case->source);
  glong length;

  if (text == NULL)
    return NULL;
  switch (search_case->cut)
    {
    case CUT_WHOLE:
      break;
    case CUT_BEGINNING:
      length = g_utf8_strlen (text, -1);
      if (length >= 2)
        return g_utf8_substring (text, 0, length - 1);
      break;
    case CUT_TAIL:
      return dup_tail (text, search_case->tail_chars + index % search_case->n_tail_lengths);
    default:
      g_assert_not_reached ();
    }
  return g_steal_pointer (&text);
}

static const SearchCase search_cases[] = {
  /* Names are searched in their normalised form, name_key (bd_search_normalize); the
   * demo's Chinese names are their own normalised form, so the key binds as it is. */
  { "name-exact", BD_SEARCH_NAME, SOURCE_NAME, CUT_WHOLE, 0, 0,
    "SELECT id FROM customer WHERE name_key = :key LIMIT 50" },
  { "name-beginning", BD_SEARCH_NAME, SOURCE_NAME, CUT_BEGINNING, 0, 0,
    "SELECT id FROM customer WHERE name_key >= :key AND name_key < :upper LIMIT 50" },
  /* One character of a given name: the last character of a person's name. */
  { "name-part", BD_SEARCH_NAME, SOURCE_NAME, CUT_TAIL, 1, 1,
    "SELECT customer_id FROM customer_name_gram WHERE gram = :key LIMIT 50" },
  /* Numbers are sealed: the bare lookups walk the same blind indexes, made before the
   * clock starts, so the ratio holds what sealing costs the search. */
  { "mobile-whole", BD_SEARCH_MOBILE, SOURCE_MOBILE, CUT_WHOLE, 0, 0,
    "SELECT customer_id FROM contact_detail WHERE value_index = :key_index LIMIT 50",
    BD_SEALED_CONTACT, NULL },
  { "mobile-last-4", BD_SEARCH_TAIL4, SOURCE_MOBILE, CUT_TAIL, 4, 1,
    "SELECT customer_id FROM contact_detail WHERE tail_index = :tail_index LIMIT 50",
    NULL, BD_BLIND_CONTACT_TAIL },
  { "identity-whole", BD_SEARCH_ID_NUMBER, SOURCE_RESIDENT_ID, CUT_WHOLE, 0, 0,
    "SELECT customer_id FROM identity_document WHERE number_index = :key_index LIMIT 50",
    BD_SEALED_ID_NUMBER, NULL },
  /* Four, five and six characters in turn. Four digits are a mobile-or-identity tail
   * (its own kind), so a four-character identity tail is one ending in X; sample_keys()
   * draws again until the key is of this kind. */
  { "identity-tail", BD_SEARCH_ID_TAIL, SOURCE_RESIDENT_ID, CUT_TAIL, 4, 3,
    "SELECT customer_id FROM identity_document WHERE tail_index = :tail_index LIMIT 50",
    NULL, BD_BLIND_ID_TAIL,
    { "SELECT customer_id FROM identity_document WHERE tail5_index = :tail5_index LIMIT 50",
      "SELECT customer_id FROM identity_document WHERE tail6_index = :tail6_index LIMIT 50" } },
  { "policy-number", BD_SEARCH_POLICY, SOURCE_POLICY, CUT_WHOLE, 0, 0,
    "SELECT id FROM policy WHERE number = :key LIMIT 50" },
};

/* Keys the search recognises as the case's kind, drawn in a fixed order. */
static GPtrArray *
sample_keys (Bench            *bench,
             const SearchCase *search_case,
             guint             n_keys)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0, tries = 0; keys->len < n_keys && tries < n_keys * 100; tries++)
    {
      g_autofree char *key = sample_key (bench, search_case, i);
      g_autofree char *normalized = NULL;

      if (key != NULL && bd_search_classify (key, &normalized) == search_case->kind)
        {
          g_ptr_array_add (keys, g_steal_pointer (&key));
          i++;
        }
    }
  if (keys->len < n_keys)
    g_error ("Only %u keys of the kind %s in the database", keys->len, search_case->name);
  return keys;
}

static void
bind_named_blind (Bench        *bench,
                  sqlite3_stmt *stmt,
                  const char   *name,
                  const char   *purpose,
                  const char   *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);
  guint8 blind[BD_KEY_BLIND_SIZE];

  if (index <= 0)
    return;
  bd_key_blind (bench->key, purpose, value, blind);
  sqlite3_bind_blob (stmt, index, blind, sizeof blind, SQLITE_TRANSIENT);
}

static void
bind_named_text (sqlite3_stmt *stmt,
                 const char   *name,
                 const char   *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

static double
time_bare (Bench            *bench,
           const SearchCase *search_case,
           sqlite3_stmt     *stmt,
           const char       *key,
           guint            *n_rows)
{
  g_autofree char *upper = g_strconcat (key, LAST_CHARACTER, NULL);
  g_autofree char *tail4 = dup_tail (key, 4);
  double start;

  bind_named_text (stmt, ":key", key);
  bind_named_text (stmt, ":upper", upper);
  if (search_case->key_purpose != NULL)
    bind_named_blind (bench, stmt, ":key_index", search_case->key_purpose, key);
  if (search_case->tail_purpose != NULL)
    bind_named_blind (bench, stmt, ":tail_index", search_case->tail_purpose, tail4);
  bind_named_blind (bench, stmt, ":tail5_index", BD_BLIND_ID_TAIL5, key);
  bind_named_blind (bench, stmt, ":tail6_index", BD_BLIND_ID_TAIL6, key);
  start = bench_now_ms ();
  /* Each id is read, as the store reads its rows. */
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      (void) sqlite3_column_int64 (stmt, 0);
      ++*n_rows;
    }
  sqlite3_reset (stmt);
  return bench_now_ms () - start;
}

static double
time_search (Bench      *bench,
             const char *key,
             guint      *n_found)
{
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;
  double start = bench_now_ms ();
  double elapsed;

  found = bd_store_search_customers (bench->store, key, SEARCH_LIMIT, &error);
  elapsed = bench_now_ms () - start;
  if (found == NULL)
    g_error ("Searching for %s: %s", key, error->message);
  *n_found += g_list_model_get_n_items (found);
  return elapsed;
}

/* The bare statement for @key: the case's own, or the one of its five or six characters. */
static sqlite3_stmt *
bare_for (Bench             *bench,
          const SearchCase  *search_case,
          sqlite3_stmt      *bare,
          sqlite3_stmt      *bare_long[2],
          const char        *key)
{
  glong length = g_utf8_strlen (key, -1);
  guint which = length == 5 ? 0 : 1;

  if (search_case->bare_sql_long[0] == NULL || length < 5)
    return bare;
  if (bare_long[which] == NULL)
    bare_long[which] = prepare (bench, search_case->bare_sql_long[which]);
  return bare_long[which];
}

/* Runs one kind, adding its name to @slow or @costly when it misses either part of the
 * target. */
static void
bench_search_case (Bench             *bench,
                   const SearchCase  *search_case,
                   GString           *slow,
                   GString           *costly)
{
  g_autoptr(GPtrArray) warm_up = sample_keys (bench, search_case, N_WARM_UP);
  g_autoptr(GPtrArray) keys = sample_keys (bench, search_case, N_QUERIES);
  g_autoptr(GArray) store_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_ms = g_array_new (FALSE, FALSE, sizeof (double));
  sqlite3_stmt *bare = prepare (bench, search_case->bare_sql);
  sqlite3_stmt *bare_long[2] = { NULL, NULL };
  guint n_found = 0, n_bare_rows = 0;
  double median, p99, bare_median, bare_p99, ratio;

  for (guint i = 0; i < warm_up->len; i++)
    {
      time_search (bench, warm_up->pdata[i], &n_found);
      time_bare (bench, search_case, bare_for (bench, search_case, bare, bare_long,
                                               warm_up->pdata[i]),
                 warm_up->pdata[i], &n_bare_rows);
    }
  n_found = n_bare_rows = 0;

  for (guint i = 0; i < keys->len; i++)
    {
      double store_time, bare_time;

      if (i % 2 == 0)
        {
          store_time = time_search (bench, keys->pdata[i], &n_found);
          bare_time = time_bare (bench, search_case,
                                 bare_for (bench, search_case, bare, bare_long, keys->pdata[i]),
                                 keys->pdata[i], &n_bare_rows);
        }
      else
        {
          bare_time = time_bare (bench, search_case,
                                 bare_for (bench, search_case, bare, bare_long, keys->pdata[i]),
                                 keys->pdata[i], &n_bare_rows);
          store_time = time_search (bench, keys->pdata[i], &n_found);
        }
      g_array_append_val (store_ms, store_time);
      g_array_append_val (bare_ms, bare_time);
    }
  sqlite3_finalize (bare);
  for (guint l = 0; l < G_N_ELEMENTS (bare_long); l++)
    g_clear_pointer (&bare_long[l], sqlite3_finalize);

  median = bench_percentile (store_ms, 50);
  p99 = bench_percentile (store_ms, 99);
  bare_median = bench_percentile (bare_ms, 50);
  bare_p99 = bench_percentile (bare_ms, 99);
  ratio = median / MAX (bare_median, 0.001);
  g_print ("search %s: median %.2f ms, p99 %.2f ms; bare lookup median %.3f ms, p99 %.3f ms; "
           "ratio %.1fx (%u queries; on average %.1f customers found, %.1f bare rows)\n",
           search_case->name, median, p99, bare_median, bare_p99, ratio,
           keys->len, (double) n_found / keys->len, (double) n_bare_rows / keys->len);

  if (p99 > SEARCH_MAX_P99_MS)
    g_string_append_printf (slow, " %s %.2f ms", search_case->name, p99);
  if (ratio > SEARCH_MAX_RATIO)
    g_string_append_printf (costly, " %s %.1fx", search_case->name, ratio);
}

static gboolean
bench_household_card (Bench *bench)
{
  g_autoptr(GArray) card_ms = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_policies = 0;
  double median, p99;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);

  for (guint i = 0; i < N_WARM_UP + N_QUERIES; i++)
    {
      gint64 id = g_rand_int_range (bench->rand, 1, (gint32) bench->max_id[SOURCE_NAME] + 1);
      g_autoptr(BdHouseholdCard) card = NULL;
      g_autoptr(GError) error = NULL;
      double start = bench_now_ms ();
      double elapsed;

      card = bd_store_load_household_card (bench->store, id, &today, &error);
      elapsed = bench_now_ms () - start;
      if (error != NULL)
        g_error ("The household of customer %" G_GINT64_FORMAT ": %s", id, error->message);
      if (card != NULL)
        n_policies += bd_household_card_get_n_policies (card);

      if (i == N_WARM_UP - 1)
        n_policies = 0;
      if (i >= N_WARM_UP)
        g_array_append_val (card_ms, elapsed);
    }

  median = bench_percentile (card_ms, 50);
  p99 = bench_percentile (card_ms, 99);
  g_print ("household card: median %.2f ms, p99 %.2f ms (%u customers, %.1f policies on a card "
           "on average)\n", median, p99, card_ms->len, (double) n_policies / card_ms->len);
  g_print ("target household card (p99 <= %.0f ms): %s\n", CARD_MAX_P99_MS,
           p99 <= CARD_MAX_P99_MS ? "target met" : "TARGET MISSED");
  return p99 <= CARD_MAX_P99_MS;
}

static gboolean
open_bench (Bench       *bench,
            const char  *path,
            GError     **error)
{
  /* `make bench` made the database with a key file of its own, and names it. */
  const char *key_file = g_getenv ("BRANCHDESK_KEY_FILE");

  bench->key = key_file != NULL ? bd_key_load_file (key_file, error) : NULL;
  if (bench->key == NULL)
    {
      if (key_file == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "BRANCHDESK_KEY_FILE is not set");
      return FALSE;
    }
  bench->store = bd_store_open (path, bench->key, error);
  if (bench->store == NULL)
    return FALSE;
  if (sqlite3_open_v2 (path, &bench->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path,
                   sqlite3_errmsg (bench->db));
      return FALSE;
    }
  bench->rand = g_rand_new_with_seed (SEED);
  for (Source source = 0; source < N_SOURCES; source++)
    bench->max_id[source] = query_int (bench, sources[source].max_id_sql);
  return TRUE;
}

static void
close_bench (Bench *bench)
{
  g_clear_object (&bench->store);
  g_clear_pointer (&bench->key, bd_key_unref);
  g_clear_pointer (&bench->db, sqlite3_close);
  g_clear_pointer (&bench->rand, g_rand_free);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) slow = g_string_new (NULL);
  g_autoptr(GString) costly = g_string_new (NULL);
  Bench bench = { 0 };
  BdStoreCounts counts;

  if (argc != 2)
    {
      g_printerr ("Usage: %s DATABASE\n", argv[0]);
      return 2;
    }
  /* The database takes a while to create: `make bench` does it once. Without it there
   * is nothing to measure, which is a skip rather than a failure. */
  if (!g_file_test (argv[1], G_FILE_TEST_IS_REGULAR))
    {
      g_print ("%s is missing: `make bench` creates it. Skipped.\n", argv[1]);
      return 77;
    }
  if (!open_bench (&bench, argv[1], &error) ||
      !bd_store_get_counts (bench.store, &counts, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      close_bench (&bench);
      return 1;
    }
  g_print ("database %s: %u customers, %u households, %u policies\n", argv[1],
           counts.customers, counts.households, counts.policies);

  for (guint i = 0; i < G_N_ELEMENTS (search_cases); i++)
    bench_search_case (&bench, &search_cases[i], slow, costly);
  g_print ("target search (p99 <= %.0f ms and <= %.0fx the bare lookup, every kind): %s"
           " (p99 above %.0f ms:%s; ratio above %.0fx:%s)\n",
           SEARCH_MAX_P99_MS, SEARCH_MAX_RATIO,
           slow->len == 0 && costly->len == 0 ? "target met" : "TARGET MISSED",
           SEARCH_MAX_P99_MS, slow->len > 0 ? slow->str : " none",
           SEARCH_MAX_RATIO, costly->len > 0 ? costly->str : " none");

  bench_household_card (&bench);
  close_bench (&bench);
  return 0;
}
