/* bd-demo.h — a realistic, reproducible demo branch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint        n_customers;   /* at least this many customers (whole households) */
  guint32      seed;          /* the same seed and date give the same branch */
  GDate        today;         /* the date the branch is "as of"; ages and due dates follow */
  /* The demo's passwords are printed in the README: their owners change them at the first
   * sign-in, unless they are kept for tests and training walk-throughs. */
  gboolean     keep_demo_passwords;
} BdDemoOptions;

/* The staff accounts the demo creates, with their documented demo passwords. */
typedef struct
{
  const char *login;
  const char *name;
  BdRole      role;
  const char *password;
} BdDemoAccount;

const BdDemoAccount *bd_demo_get_accounts (guint *n_accounts);

/* Called every few thousand customers; returns FALSE to cancel. */
typedef gboolean (*BdDemoProgressFunc) (guint    done,
                                        guint    total,
                                        gpointer user_data);

/* Fills an empty database with a demo branch: staff, products, households with their
 * customers, relationships, policies and beneficiaries. All or nothing: on error or
 * cancellation nothing is written. */
gboolean bd_demo_generate (BdStore              *store,
                           const BdDemoOptions  *options,
                           BdDemoProgressFunc    progress,
                           gpointer              user_data,
                           GError              **error);

G_END_DECLS
