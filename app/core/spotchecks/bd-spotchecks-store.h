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
/* How many findings @owner_id has open (their Queues). */
gboolean      bd_spotchecks_store_count_open_findings (BdStore         *store,
                                                       gint64           owner_id,
                                                       guint           *count,
                                                       GError         **error);

G_END_DECLS
