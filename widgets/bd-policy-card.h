/* bd-policy-card.h — the service-card entry (客户服务卡) of one policy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bd-policy.h"
#include "bd-request.h"

G_BEGIN_DECLS

#define BD_TYPE_POLICY_CARD (bd_policy_card_get_type ())

G_DECLARE_FINAL_TYPE (BdPolicyCard, bd_policy_card, BD, POLICY_CARD, AdwExpanderRow)

GtkWidget *bd_policy_card_new         (BdPolicy     *policy,
                                       gint64        customer_id);
BdPolicy  *bd_policy_card_get_policy  (BdPolicyCard *self);

/* What completed policy-change requests changed on @policy, newest first (a GPtrArray of
 * BdRequestChange, owned by the caller), or NULL when it cannot be read: the card asks
 * when it is first opened, and shows each change with the value it replaced. */
typedef GPtrArray *(*BdPolicyCardHistoryFunc) (BdPolicy *policy,
                                               gpointer  user_data);

void       bd_policy_card_set_history_func (BdPolicyCard            *self,
                                            BdPolicyCardHistoryFunc  func,
                                            gpointer                 user_data,
                                            GDestroyNotify           destroy);

G_END_DECLS
