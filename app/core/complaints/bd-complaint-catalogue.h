/* bd-complaint-catalogue.h — complaints (投诉) and consultations (咨询) as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "bd-case.h"

G_BEGIN_DECLS

/* The categories of domain.md §5 (003, 004). */
typedef enum
{
  BD_COMPLAINT_SALES_MISLEADING,    /* 销售误导 */
  BD_COMPLAINT_CLAIM_DISPUTE,       /* 理赔纠纷 */
  BD_COMPLAINT_SERVICE_ATTITUDE,    /* 服务态度 */
  BD_COMPLAINT_TIME_TAKEN,          /* 服务时效 */
  BD_COMPLAINT_PREMIUM_COLLECTION,  /* 收费 */
  BD_COMPLAINT_AGENT_MISCONDUCT,    /* 挪用/截留保费 and other misconduct of an agent */
  BD_COMPLAINT_CONTRACT_TERMS,      /* 条款 */
  BD_COMPLAINT_PRIVACY,             /* 个人信息 */
  BD_COMPLAINT_OTHER,
} BdComplaintCategory;

#define BD_N_COMPLAINT_CATEGORIES 9

/* How a complaint came (004 第四条: by any way, the regulator, the association, the media). */
typedef enum
{
  BD_COMPLAINT_VISIT,
  BD_COMPLAINT_PHONE,
  BD_COMPLAINT_LETTER,
  BD_COMPLAINT_ONLINE,
  BD_COMPLAINT_REGULATOR,
  BD_COMPLAINT_ASSOCIATION,
  BD_COMPLAINT_MEDIA,
} BdComplaintChannel;

#define BD_N_COMPLAINT_CHANNELS 7

const char *bd_complaint_category_to_string   (BdComplaintCategory  category);
gboolean    bd_complaint_category_from_string (const char          *text,
                                               BdComplaintCategory *category);
const char *bd_complaint_category_get_label   (BdComplaintCategory  category);
const char *bd_complaint_channel_to_string    (BdComplaintChannel   channel);
gboolean    bd_complaint_channel_from_string  (const char          *text,
                                               BdComplaintChannel  *channel);
const char *bd_complaint_channel_get_label    (BdComplaintChannel   channel);

/* 银行业保险业消费投诉处理管理办法 (2020) art. 29: 20 or more people together make a major
 * complaint, which the supervisor is told of at once. */
#define BD_COMPLAINT_MAJOR_PEOPLE 20

/* Art. 18–19: decided within 15 days; up to 30 with a recorded reason; with a senior
 * manager's approval 30 more, 60 at most. */
#define BD_COMPLAINT_DECISION_DAYS        15
#define BD_COMPLAINT_EXTENDED_DAYS        30
#define BD_COMPLAINT_SENIOR_EXTENDED_DAYS 60

/* The two kinds of case: a complaint and a consultation (logged alike, counted apart). */
const BdCaseKind *bd_complaint_case_kind     (void);
const BdCaseKind *bd_consultation_case_kind  (void);

G_END_DECLS
