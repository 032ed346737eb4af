/* bd-contacts-store.h — contact records, planned visits, premiums due and tracing, kept in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-contact.h"
#include "bd-store.h"

G_BEGIN_DECLS

/* Contact records (calls, letters, visits, slips). A contact without a time is dated
 * now. Refused by the rules of bd_contact_check() in the branch's time zone (a
 * BD_CONTACT_ERROR naming the field). Sets the contact's id; audited. */
gboolean      bd_store_add_contact             (BdStore       *self,
                                                BdContact     *contact,
                                                GError       **error);
BdContact    *bd_store_get_contact             (BdStore       *self,
                                                gint64         contact_id,
                                                GError       **error);
/* A record entered wrongly is voided, or corrected by a new record that replaces it; the
 * original stays on record, shown as such (domain §11). Only who wrote it or a supervisor
 * may, with a reason; the amendment and its audit row are one transaction. A correction
 * keeps the original's customer, time and author; it is checked as a new record. */
gboolean      bd_store_void_contact            (BdStore       *self,
                                                gint64         contact_id,
                                                gint64         staff_id,
                                                const char    *reason,
                                                GError       **error);
gboolean      bd_store_correct_contact         (BdStore       *self,
                                                gint64         contact_id,
                                                BdContact     *correction,
                                                gint64         staff_id,
                                                const char    *reason,
                                                GError       **error);
/* The customer's contact history, newest first (BdContact), amended records included. */
GListModel   *bd_store_list_contacts           (BdStore       *self,
                                                gint64         customer_id,
                                                GError       **error);
/* The slips whose next visit is planned on @day (local date), in time order, only those
 * left by @staff_id (0: everyone's). */
GListModel   *bd_store_list_planned_visits_of  (BdStore       *self,
                                                const GDate   *day,
                                                gint64         staff_id,
                                                GError       **error);

/* Whom to contact (000): the policies in force or in grace whose premium falls due within
 * @days from @from (or is already overdue), by due date — each names the policyholder to
 * call. A GListModel of BdPolicy. */
GListModel   *bd_store_list_premiums_due       (BdStore       *self,
                                                const GDate   *from,
                                                guint          days,
                                                guint          limit,
                                                GError       **error);
/* One page of that queue: the policies @staff_id services (0: the whole branch), rows
 * @offset to @offset + @limit, read in one query (without their beneficiaries). */
GListModel   *bd_store_list_premiums_due_of    (BdStore       *self,
                                                const GDate   *from,
                                                guint          days,
                                                gint64         staff_id,
                                                guint          offset,
                                                guint          limit,
                                                GError       **error);
/* How many policies that queue holds, counted up to @bound (> 0): *@count is the number,
 * or @bound when there are at least as many — a count that costs the same on any day. */
gboolean      bd_store_count_premiums_due      (BdStore       *self,
                                                const GDate   *from,
                                                guint          days,
                                                gint64         staff_id,
                                                guint          bound,
                                                guint         *count,
                                                GError       **error);

/* The Queues' contact slips of @day (local date): the slips, not voided nor corrected,
 * whose next visit is planned that day, left by @staff_id (0: everyone's), in time
 * order, rows @offset to @offset + @limit in one query; each carries its customer's name
 * (bd_contact_get_customer_name()), so that a row needs nothing more. */
GListModel   *bd_store_list_day_slips          (BdStore       *self,
                                                const GDate   *day,
                                                gint64         staff_id,
                                                guint          offset,
                                                guint          limit,
                                                GError       **error);
/* How many slips that is, counted up to @bound (> 0), as bd_store_count_premiums_due(). */
gboolean      bd_store_count_day_slips         (BdStore       *self,
                                                const GDate   *day,
                                                gint64         staff_id,
                                                guint          bound,
                                                guint         *count,
                                                GError       **error);

/* Tracing a policy whose customer cannot be reached: records the attempt and classes the
 * policy (difficult after all five methods failed since the customer was last reached,
 * normal again once reached), in one transaction, audited. *@service_class tells the
 * class after it. */
gboolean      bd_store_record_tracing          (BdStore          *self,
                                                gint64            policy_id,
                                                BdTracingMethod   method,
                                                gboolean          reached,
                                                const char       *outcome,
                                                gint64            staff_id,
                                                BdServiceClass   *service_class,
                                                GError          **error);
/* The methods tried without reaching the customer since they were last reached, as a
 * bit mask (bit 0 = method 1). */
gboolean      bd_store_get_failed_tracing      (BdStore          *self,
                                                gint64            policy_id,
                                                guint            *methods,
                                                GError          **error);

G_END_DECLS
