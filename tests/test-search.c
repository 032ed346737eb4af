/* test-search.c — recognising what is searched for, and finding it in a real database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bd-customers-store.h"
#include "bd-search.h"
#include "bd-store.h"
#include "bd-test-fixture.h"

static void
test_classify (void)
{
  static const struct { const char *text; BdSearchKind kind; const char *normalized; } cases[] = {
    { "", BD_SEARCH_EMPTY, NULL },
    { "   ", BD_SEARCH_EMPTY, NULL },
    { "王", BD_SEARCH_NAME, "王" },
    { " 欧阳 明远 ", BD_SEARCH_NAME, "欧阳明远" },
    { "王\u3000芳", BD_SEARCH_NAME, "王芳" },
    { "13812345678", BD_SEARCH_MOBILE, "13812345678" },
    { "138-1234-5678", BD_SEARCH_MOBILE, "13812345678" },
    { "+86 138 1234 5678", BD_SEARCH_MOBILE, "13812345678" },
    { "0086 13812345678", BD_SEARCH_MOBILE, "13812345678" },
    { "5678", BD_SEARCH_TAIL4, "5678" },
    { "002x", BD_SEARCH_ID_TAIL, "002X" },
    { "31002X", BD_SEARCH_ID_TAIL, "31002X" },
    { "12345", BD_SEARCH_ID_TAIL, "12345" },
    { "11010519491231002x", BD_SEARCH_ID_NUMBER, "11010519491231002X" },
    { "110105491231002", BD_SEARCH_ID_NUMBER, "110105491231002" },
    { "8820250000000001", BD_SEARCH_POLICY, "8820250000000001" },
    { "123", BD_SEARCH_POLICY, "123" },
    { "王5678", BD_SEARCH_NAME, "王5678" },
    /* Full-width digits, as some input methods type them, are digits. */
    { "１３８００１３８０００", BD_SEARCH_MOBILE, "13800138000" },
    { "１３８\u3000００１３\u3000８０００", BD_SEARCH_MOBILE, "13800138000" },
    { "８０００", BD_SEARCH_TAIL4, "8000" },
    { "３１００２ｘ", BD_SEARCH_ID_TAIL, "31002X" },
    { "１１０１０５１９４９１２３１００２Ｘ", BD_SEARCH_ID_NUMBER, "11010519491231002X" },
    /* Names in the form the store keeps them: NFKC, case-folded, without spaces. */
    { "John Smith", BD_SEARCH_NAME, "johnsmith" },
    { "O'Brien", BD_SEARCH_NAME, "o'brien" },
    { "Ｊｏｈｎ", BD_SEARCH_NAME, "john" },
    { "欧阳\u3000明远", BD_SEARCH_NAME, "欧阳明远" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = NULL;
      BdSearchKind kind = bd_search_classify (cases[i].text, &normalized);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (kind, ==, cases[i].kind);
      g_assert_cmpstr (normalized, ==, cases[i].normalized);
    }
}

/* The one normalising function, for what is stored and what is typed alike. */
static void
test_normalize (void)
{
  static const struct { const char *text; const char *normal; } cases[] = {
    { "王芳", "王芳" },
    { "欧阳 明远", "欧阳明远" },
    { " 欧阳\u3000明远\t", "欧阳明远" },
    { "John Smith", "johnsmith" },
    { "SMITH JOHN", "smithjohn" },
    { "O'Brien", "o'brien" },
    { "Ｊｏｈｎ　Ｓｍｉｔｈ", "johnsmith" },        /* full-width letters and space */
    { "１３８００１３８０００", "13800138000" },
    { "Straße", "strasse" },                    /* full case folding */
    { "Ａ\u030a", "å" },                        /* composed again after folding */
    { "王\u200b芳", "王芳" },                    /* a zero-width space pasted in */
    { "买买提·艾力", "买买提·艾力" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = bd_search_normalize (cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (normal, ==, cases[i].normal);
    }
}

static BdTestStore branch;
static char *folder;
static BdStore *store;

static gint64
add_to (BdStore    *to,
        const char *name,
        const char *id_number,
        const char *mobile)
{
  return bd_test_add_person (to, name, BD_SEX_UNKNOWN, NULL, id_number, mobile);
}

static gint64
add (const char *name,
     const char *id_number,
     const char *mobile)
{
  return add_to (store, name, id_number, mobile);
}

static char *
names_found_in (BdStore    *in,
                const char *text)
{
  g_autoptr(GListModel) found = bd_store_search_customers (in, text, 20, NULL);
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_nonnull (found);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(BdCustomer) customer = g_list_model_get_item (found, i);
      g_string_append_printf (names, "%s%s", i > 0 ? "," : "", bd_customer_get_name (customer));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
assert_found_in (BdStore    *in,
                 const char *text,
                 const char *expected)
{
  g_autofree char *names = names_found_in (in, text);

  g_test_message ("“%s” → %s", text, names);
  g_assert_cmpstr (names, ==, expected);
}

static void
assert_found (const char *text,
              const char *expected)
{
  assert_found_in (store, text, expected);
}

static void
test_ranking (void)
{
  /* Exact before beginning-with before containing. */
  assert_found ("明", "明,明远,欧阳明远,张明,张小明远");
  assert_found ("明远", "明远,欧阳明远,张小明远");
  assert_found ("欧阳", "欧阳明远");
  /* Beginning-with in the order of the characters' code points, as the index keeps them. */
  assert_found ("张", "张小明远,张明");
  assert_found ("小明", "张小明远");
  assert_found ("无此人", "");
}

static void
test_numbers (void)
{
  assert_found ("13900001234", "明远");
  assert_found ("1234", "明远,张明");          /* a mobile tail, then an identity tail */
  assert_found ("31002X", "欧阳明远");
  assert_found ("11010519491231002X", "欧阳明远");
  assert_found ("110105491231002", "欧阳明远");  /* the old 15-digit form */
  assert_found ("999999", "");
  /* A policy number finds the policyholder, then the insured. */
  assert_found ("8820250000000001", "李四,张明");
  assert_found ("8820250000000009", "");
}

/* Names as they are written on documents — with a space, in capitals, in Latin letters,
 * typed in full-width — are found however the clerk types them, and so are numbers typed
 * in full-width digits. A database of its own, so the ranking above stays as it is. */
static void
test_normalised (void)
{
  g_autofree char *path = g_build_filename (folder, "normalised.db", NULL);
  g_autoptr(BdStore) own = bd_store_create (path, bd_test_key (), NULL);

  g_assert_nonnull (own);
  add_to (own, "John Smith", "11010519491231002X", "13800138000");
  add_to (own, "SMITH JOHN", NULL, NULL);
  add_to (own, "欧阳 明远", NULL, NULL);
  add_to (own, "O'Brien", NULL, NULL);
  add_to (own, "Ｍａｒｙ Ｌｅｅ", NULL, NULL);

  /* Each by its exact name, as written and as the clerk may type it. */
  assert_found_in (own, "John Smith", "John Smith");
  assert_found_in (own, "john smith", "John Smith");
  assert_found_in (own, "JohnSmith", "John Smith");
  assert_found_in (own, "SMITH JOHN", "SMITH JOHN");
  assert_found_in (own, "smith john", "SMITH JOHN");
  assert_found_in (own, "欧阳 明远", "欧阳 明远");
  assert_found_in (own, "欧阳明远", "欧阳 明远");
  assert_found_in (own, "欧阳\u3000明远", "欧阳 明远");
  assert_found_in (own, "o'brien", "O'Brien");
  assert_found_in (own, "O'BRIEN", "O'Brien");
  assert_found_in (own, "mary lee", "Ｍａｒｙ Ｌｅｅ");
  /* Beginning with, and inside, in any case and across the space. */
  assert_found_in (own, "smith", "SMITH JOHN,John Smith");
  assert_found_in (own, "hn sm", "John Smith");
  assert_found_in (own, "阳明", "欧阳 明远");
  assert_found_in (own, "O'", "O'Brien");

  /* Full-width digits: the whole mobile, its last four, the identity number. */
  assert_found_in (own, "１３８００１３８０００", "John Smith");
  assert_found_in (own, "８０００", "John Smith");
  assert_found_in (own, "１１０１０５１９４９１２３１００２Ｘ", "John Smith");
  assert_found_in (own, "１１０１０５１９４９１２３１００２ｘ", "John Smith");
  assert_found_in (own, "３１００２Ｘ", "John Smith");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  bd_test_store_set_up (&branch, "bd-search", "search.db");
  folder = branch.folder;
  store = branch.store;
  add ("欧阳明远", "11010519491231002X", "13800000001");
  add ("明远", "440524188001010014", "13900001234");
  add ("张明", "320102199001011234", NULL);
  add ("明", NULL, "13700000002");
  add ("张小明远", NULL, NULL);
  {
    gint64 holder = add ("李四", NULL, NULL);
    gint64 product = bd_store_add_product (store, "L01", "寿险", BD_PRODUCT_LIFE, 0, NULL);
    g_autoptr(BdPolicy) policy = bd_test_policy_new ("8820250000000001", product, holder, 3,
                                                     "2025-01-01", BD_POLICY_IN_FORCE);

    bd_test_add_policy (store, policy);
  }

  g_test_add_func ("/search/classify", test_classify);
  g_test_add_func ("/search/normalize", test_normalize);
  g_test_add_func ("/search/ranking", test_ranking);
  g_test_add_func ("/search/numbers", test_numbers);
  g_test_add_func ("/search/normalised", test_normalised);
  status = g_test_run ();

  store = NULL;
  folder = NULL;
  bd_test_store_tear_down (&branch);
  return status;
}
