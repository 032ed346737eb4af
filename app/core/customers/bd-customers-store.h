/* bd-customers-store.h — customers, their documents and policies, and the search, kept in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-customer.h"
#include "bd-policy.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* Products. Returns the new id, or 0 with @error set. */
gint64        bd_store_add_product             (BdStore       *self,
                                                const char    *code,
                                                const char    *name,
                                                BdProductKind  kind,
                                                guint          waiting_days,
                                                GError       **error);

/* Customers: the customer row, its primary identity document, mobile and landline are
 * written together. Sets the customer's id. */
gboolean      bd_store_add_customer            (BdStore       *self,
                                                BdCustomer    *customer,
                                                GError       **error);
BdCustomer   *bd_store_get_customer            (BdStore       *self,
                                                gint64         id,
                                                GError       **error);
gboolean      bd_store_add_bank_account        (BdStore       *self,
                                                gint64         customer_id,
                                                const char    *bank,
                                                const char    *account_number,
                                                gint64        *out_id,
                                                GError       **error);
/* Records that @relative is @customer's @relation (and the inverse). */
gboolean      bd_store_add_relationship        (BdStore       *self,
                                                gint64         customer_id,
                                                gint64         relative_id,
                                                BdRelation     relation,
                                                GError       **error);

/* Policies with their beneficiaries. Sets the policy's and beneficiaries' ids. */
gboolean      bd_store_add_policy              (BdStore       *self,
                                                BdPolicy      *policy,
                                                GError       **error);
/* Every policy where @customer_id is policyholder or insured, a GListModel of BdPolicy
 * with beneficiaries, newest first. */
GListModel   *bd_store_list_policies_of        (BdStore       *self,
                                                gint64         customer_id,
                                                GError       **error);

/* Customer search. The kind of query is recognised from @text: a name or its beginning,
 * a mobile number or its last four digits, an identity number or its last four
 * characters, a policy number. A GListModel of BdCustomer, best matches first. */
GListModel   *bd_store_search_customers        (BdStore       *self,
                                                const char    *text,
                                                guint          limit,
                                                GError       **error);

/* The customers @staff_id opened most recently, newest first. */
GListModel   *bd_store_list_recent_customers   (BdStore       *self,
                                                gint64         staff_id,
                                                guint          limit,
                                                GError       **error);

G_END_DECLS
