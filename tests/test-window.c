/* test-window.c — the real window under Xvfb, over a real demo database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "bd-demo.h"
#include "bd-window.h"

static char *folder;

static BdStore *
create_store (void)
{
  g_autofree char *path = g_build_filename (folder, "window.db", NULL);
  g_autoptr(BdStore) store = NULL;
  g_autoptr(BdCustomer) known = bd_customer_new ();
  g_autoptr(GError) error = NULL;
  BdDemoOptions options = { 300, 5, { 0 } };

  g_date_clear (&options.today, 1);
  g_date_set_dmy (&options.today, 22, G_DATE_NOVEMBER, 2026);
  store = bd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (bd_demo_generate (store, &options, NULL, NULL, &error));

  bd_customer_set_name (known, "欧阳明远");
  bd_customer_set_sex (known, BD_SEX_MALE);
  bd_customer_set_birth_date (known, "1980-05-06");
  bd_customer_set_id_number (known, "320102198005060017");
  bd_customer_set_mobile (known, "13912340001");
  g_assert_true (bd_store_add_customer (store, known, &error));
  return g_steal_pointer (&store);
}

static void
wait_for_frames (GtkWidget *widget)
{
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
}

static BdCustomer *
find_in_results (GListModel *results,
                 const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BdCustomer) customer = g_list_model_get_item (results, i);
      if (g_str_equal (bd_customer_get_name (customer), name))
        return g_steal_pointer (&customer);
    }
  return NULL;
}

static void
test_window_finds_known_customer (void)
{
  g_autoptr(BdStore) store = create_store ();
  BdWindow *window = bd_window_new (NULL, NULL);
  g_autoptr(BdCustomer) found = NULL;
  g_autoptr(BdCustomer) by_tail = NULL;
  GListModel *results;

  bd_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (GTK_WIDGET (window));

  results = bd_window_get_results (window);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);

  bd_window_search (window, "欧阳明");
  found = find_in_results (results, "欧阳明远");
  g_assert_nonnull (found);
  g_assert_cmpint (bd_customer_get_sex (found), ==, BD_SEX_MALE);

  bd_window_search (window, "0001");
  by_tail = find_in_results (results, "欧阳明远");
  g_assert_nonnull (by_tail);

  /* A name nobody has: the list empties. */
  bd_window_search (window, "无此人");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);

  bd_window_open_customer (window, found);
  wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), !=, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  folder = g_dir_make_tmp ("bd-window-XXXXXX", NULL);

  g_test_add_func ("/window/search/known-customer", test_window_finds_known_customer);
  status = g_test_run ();

  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", folder);
    g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
  }
  g_free (folder);
  return status;
}
