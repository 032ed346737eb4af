/* bd-spotchecks-store.h — spot checks in the database: scorecard versions, checks and
 * their samples, scores, findings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-scorecard.h"
#include "bd-store.h"

G_BEGIN_DECLS

#define BD_SPOT_ERROR (bd_spot_error_quark ())
GQuark bd_spot_error_quark (void);

typedef enum
{
  BD_SPOT_ERROR_NOT_ALLOWED,   /* only supervisors create, score and edit (domain.md §1, §8) */
  BD_SPOT_ERROR_INVALID,       /* a period, a share, a weight, a result that cannot be */
  BD_SPOT_ERROR_REASON,        /* an override of what the data decided needs its reason */
} BdSpotError;

/* One version of a kind's scorecard: what a check is scored with, kept as it was. */
typedef struct
{
  gint64       id;
  BdWorkKind   kind;
  guint        version;
  guint        pass_mark;
  GArray      *items;    /* BdScoreItem, its strings owned by the scorecard */
  GStringChunk *strings;
} BdScorecard;

void          bd_scorecard_free                 (BdScorecard *scorecard);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BdScorecard, bd_scorecard_free)

/* The newest version of @kind's scorecard; the shipped one becomes version 1 the first
 * time it is asked for. */
BdScorecard  *bd_spotchecks_store_get_scorecard (BdStore           *store,
                                                 BdWorkKind         kind,
                                                 GError           **error);
BdScorecard  *bd_spotchecks_store_get_scorecard_version (BdStore     *store,
                                                         gint64       scorecard_id,
                                                         GError     **error);
/* The version the sampled record @record_id (spot_check_record.id) is scored with. */
BdScorecard  *bd_spotchecks_store_get_record_scorecard (BdStore     *store,
                                                        gint64       record_id,
                                                        GError     **error);
/* A supervisor's edit: a new version of @kind's scorecard; earlier checks keep theirs. */
gboolean      bd_spotchecks_store_edit_scorecard (BdStore           *store,
                                                  BdWorkKind         kind,
                                                  const BdScoreItem *items,
                                                  guint              n_items,
                                                  guint              pass_mark,
                                                  gint64             staff_id,
                                                  gint64            *scorecard_id,
                                                  GError           **error);

/* What a supervisor asks of a new check. */
typedef struct
{
  const char *from;          /* the period's first and last days, ISO */
  const char *to;
  guint       kinds;         /* 1 << BdWorkKind, for each kind sampled */
  GArray     *staff_ids;     /* gint64, or NULL: everyone */
  guint       share_percent; /* 1–100, or 0 to draw @size of each stratum */
  guint       size;
  guint32     seed;          /* 0: a new one, stored with the check */
} BdSpotCheckPlan;

/* Draws the sample of @plan from the branch's work and writes the check, its records and
 * the scorecard version each is scored with; refused unless @staff_id is a supervisor
 * (or an administrator). */
gboolean      bd_spotchecks_store_create_check  (BdStore               *store,
                                                 const BdSpotCheckPlan *plan,
                                                 gint64                 staff_id,
                                                 gint64                *check_id,
                                                 GError               **error);
/* The records a check drew, in order: an array of BdSampleCandidate, and their record
 * ids in the check (spot_check_record.id) in @ids. */
GArray       *bd_spotchecks_store_list_sample   (BdStore               *store,
                                                 gint64                 check_id,
                                                 GArray               **ids,
                                                 GError               **error);
/* Scores an item of a sampled record, by @scorer_id (a supervisor; a second one scores the
 * same record blind for the calibration). An item the data decided (@from_data_result)
 * and scored otherwise needs @override_reason. */
gboolean      bd_spotchecks_store_score         (BdStore               *store,
                                                 gint64                 record_id,
                                                 gint64                 scorer_id,
                                                 const char            *item_key,
                                                 BdScoreResult          result,
                                                 BdScoreResult          from_data_result,
                                                 const char            *comment,
                                                 const char            *override_reason,
                                                 GError               **error);
/* The record's score by @scorer_id with the scorecard version it was drawn with. */
gboolean      bd_spotchecks_store_record_score  (BdStore               *store,
                                                 gint64                 record_id,
                                                 gint64                 scorer_id,
                                                 guint                 *percent,
                                                 gboolean              *passed,
                                                 GError               **error);
/* A failed item becomes a finding: a corrective action, its owner and due day. */
gboolean      bd_spotchecks_store_open_finding  (BdStore               *store,
                                                 gint64                 record_id,
                                                 const char            *item_key,
                                                 const char            *action,
                                                 gint64                 owner_id,
                                                 const char            *due,
                                                 gint64                 staff_id,
                                                 gint64                *finding_id,
                                                 GError               **error);
gboolean      bd_spotchecks_store_close_finding (BdStore               *store,
                                                 gint64                 finding_id,
                                                 const char            *note,
                                                 gint64                 staff_id,
                                                 GError               **error);
/* Whether a form of the case @case_id was printed (its audit row @action is there). */
gboolean      bd_spotchecks_store_was_printed   (BdStore               *store,
                                                 const char            *action,
                                                 gint64                 case_id,
                                                 gboolean              *printed,
                                                 GError               **error);
/* How many findings @owner_id has open (their Queues). */
gboolean      bd_spotchecks_store_count_open_findings (BdStore         *store,
                                                       gint64           owner_id,
                                                       guint           *count,
                                                       GError         **error);

/* Scored records counted together: how many, how many passed, their scores summed. */
typedef struct
{
  gint64 staff_id;      /* for a staff member's tally */
  guint  records;
  guint  passed;
  guint  percent_sum;
} BdSpotTally;

/* How often an item passed where it applied. */
typedef struct
{
  char  *key;
  char  *label;
  guint  pass;
  guint  fail;
  guint  not_applicable;
} BdSpotItemTally;

/* The results of the checks over a period (each record as its check's creator scored it;
 * a second scorer's scores are the calibration): per staff member, per kind of work, per
 * scorecard item and for the branch (domain.md §8). */
typedef struct
{
  BdSpotTally  branch;
  BdSpotTally  by_kind[BD_N_WORK_KINDS];
  GArray      *by_staff;   /* BdSpotTally, by staff id */
  GArray      *by_item;    /* BdSpotItemTally, in the order first met */
} BdSpotResults;

void          bd_spot_results_clear              (BdSpotResults *results);
/* The results of the checks whose period overlaps [@from, @to]; @staff_id 0 for the whole
 * branch, or one staff member's own (what counter staff see). */
gboolean      bd_spotchecks_store_results        (BdStore       *store,
                                                  const char    *from,
                                                  const char    *to,
                                                  gint64         staff_id,
                                                  BdSpotResults *results,
                                                  GError       **error);
/* The branch's tally for each of the @n_months months up to @year-@month: the trend. */
GArray       *bd_spotchecks_store_trend          (BdStore       *store,
                                                  guint          year,
                                                  guint          month,
                                                  guint          n_months,
                                                  gint64         staff_id,
                                                  GError       **error);

/* How alike two supervisors scored one item on the records both scored. */
typedef struct
{
  char   *key;
  guint   pairs;
  double  agreement;   /* the share of the pairs they agree on */
  double  kappa;       /* Cohen's kappa */
} BdSpotAgreement;

void          bd_spot_agreement_clear            (gpointer       data);
/* Per item, the agreement of @first and @second on the records of the checks whose
 * period overlaps [@from, @to] that both scored (BdSpotAgreement, items met in order). */
GArray       *bd_spotchecks_store_agreement      (BdStore       *store,
                                                  const char    *from,
                                                  const char    *to,
                                                  gint64         first,
                                                  gint64         second,
                                                  GError       **error);

/* A check as the list of checks shows it. */
typedef struct
{
  gint64  id;
  char   *period_from;
  char   *period_to;
  guint   kinds;        /* 1 << BdWorkKind */
  gint64  created_by;
  guint   records;      /* drawn */
  guint   scored;       /* with a score by the check's creator */
} BdSpotCheckInfo;

void          bd_spot_check_info_clear           (gpointer       data);
/* The branch's checks, newest first (at most @limit): BdSpotCheckInfo. */
GArray       *bd_spotchecks_store_list_checks    (BdStore       *store,
                                                  guint          limit,
                                                  GError       **error);

/* One item's score as it was given. */
typedef struct
{
  char          *key;
  BdScoreResult  result;
  char          *comment;
  gboolean       from_data;
  char          *override_reason;
} BdSpotScore;

void          bd_spot_score_clear                (gpointer       data);
/* The items @scorer_id scored of the sampled record @record_id: BdSpotScore. */
GArray       *bd_spotchecks_store_list_scores    (BdStore       *store,
                                                  gint64         record_id,
                                                  gint64         scorer_id,
                                                  GError       **error);

/* A finding as its owner's Queues and the check's page show it. */
typedef struct
{
  gint64      id;
  gint64      record_id;     /* spot_check_record.id */
  BdWorkKind  kind;
  char       *item_key;
  char       *item_label;    /* as the record's scorecard version names it */
  char       *action;
  gint64      owner_id;
  char       *due_date;
  gboolean    closed;
} BdSpotFinding;

void          bd_spot_finding_clear              (gpointer       data);
/* The findings owned by @owner_id (0: everyone's), only the open ones if @open_only, by
 * their due day: BdSpotFinding. */
GArray       *bd_spotchecks_store_list_findings  (BdStore       *store,
                                                  gint64         owner_id,
                                                  gboolean       open_only,
                                                  GError       **error);

G_END_DECLS
