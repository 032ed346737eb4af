/* bd-scorecard.h — what a spot check scores: scorecards as data, and the arithmetic of a
 * score, a sample and two reviewers' agreement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The kinds of work a spot check samples (domain.md §8). */
typedef enum
{
  BD_WORK_REQUEST,      /* policy-change requests */
  BD_WORK_CLAIM,        /* claim reports */
  BD_WORK_COMPLAINT,    /* complaints */
  BD_WORK_CONTACT,      /* contact records and slips */
  BD_WORK_ETIQUETTE,    /* the counter observed: 服务礼仪 */
} BdWorkKind;

#define BD_N_WORK_KINDS 5

const char *bd_work_kind_to_string   (BdWorkKind  kind);
gboolean    bd_work_kind_from_string (const char *text,
                                      BdWorkKind *kind);
const char *bd_work_kind_get_label   (BdWorkKind  kind);

/* One item of a scorecard. */
typedef struct
{
  const char *key;          /* stable: "applicant-entitled" */
  const char *label;        /* N_() */
  guint       weight;       /* 1 … 10 */
  gboolean    instant_fail; /* failing it fails the record, whatever the rest */
  gboolean    from_data;    /* the program can decide it from the record */
} BdScoreItem;

/* The scorecard the program ships for @kind (domain.md §8): its items, the pass mark. */
const BdScoreItem *bd_scorecard_default_items (BdWorkKind  kind,
                                               guint      *n_items);
#define BD_SCORECARD_DEFAULT_PASS_MARK 80

/* What a supervisor entered for one item of a scorecard's next version (the editor):
 * texts as typed, so that nothing entered is lost when the core refuses them. */
typedef struct
{
  const char *key;          /* the item's, or NULL: an observed item added now */
  const char *label;
  const char *weight;       /* as typed */
  gboolean    instant_fail;
  gboolean    from_data;
  gboolean    retired;      /* left out of the next version; earlier versions keep it */
} BdScoreItemDraft;

/* The field a problem of a draft is about. */
typedef enum
{
  BD_SCORECARD_FIELD_ITEMS,      /* the scorecard as a whole: it needs an item */
  BD_SCORECARD_FIELD_PASS_MARK,
  BD_SCORECARD_FIELD_LABEL,
  BD_SCORECARD_FIELD_WEIGHT,
} BdScorecardField;

typedef struct
{
  BdScorecardField field;
  guint            item;      /* the draft's position, for a label or a weight */
  char            *message;
} BdScorecardProblem;

/* Every problem of a draft, each on its field, in the order of the fields: an item's
 * label not empty and no other item's, its weight a whole number from 1 to 10, the
 * pass mark one from 0 to 100, at least one item not retired. An empty array (its
 * elements' messages freed with it) when it can be saved; the pass mark in @pass_mark. */
GArray     *bd_scorecard_check_draft    (const BdScoreItemDraft *items,
                                         guint                   n_items,
                                         const char             *pass_mark_text,
                                         guint                  *pass_mark);
/* The items of a draft that @bd_scorecard_check_draft accepted, the retired left out;
 * an item added now gets a key of its own, "observed-VERSION-N", its strings in
 * @strings. */
GArray     *bd_scorecard_items_from_draft (const BdScoreItemDraft *items,
                                           guint                   n_items,
                                           guint                   version,
                                           GStringChunk           *strings);

/* An item's result. */
typedef enum
{
  BD_SCORE_PASS,
  BD_SCORE_FAIL,
  BD_SCORE_NOT_APPLICABLE,
  BD_SCORE_UNSCORED,
} BdScoreResult;

const char *bd_score_result_to_string   (BdScoreResult  result);
gboolean    bd_score_result_from_string (const char    *text,
                                         BdScoreResult *result);
const char *bd_score_result_get_label   (BdScoreResult  result);

/* A record's score: the weights passed over the weights of the items that apply (not
 * applicable items leave the denominator), in per cent rounded down; an instant-fail
 * item failed fails the record. FALSE while an item is unscored. */
gboolean    bd_score_record             (const BdScoreItem   *items,
                                         const BdScoreResult *results,
                                         guint                n_items,
                                         guint                pass_mark,
                                         guint               *percent,
                                         gboolean            *passed);

/* One record a spot check could draw: its kind, whose work it is, its id. */
typedef struct
{
  BdWorkKind kind;
  gint64     staff_id;
  gint64     record_id;
} BdSampleCandidate;

/* Draws a sample of @candidates, stratified by staff member and kind of work: from each
 * stratum @share_percent of it rounded up (a share of 10 % of 57 draws 6), or @size
 * records when @share_percent is 0; a stratum smaller than that is taken whole. The draw
 * is random and reproducible: the same @seed and candidates draw the same records, in
 * the same order (strata by staff then kind, records by their place in the draw). */
GArray     *bd_sample_draw              (const BdSampleCandidate *candidates,
                                         guint                    n_candidates,
                                         guint32                  seed,
                                         guint                    share_percent,
                                         guint                    size);

/* Cohen's kappa of two reviewers' results on the same @n items (pass, fail, not
 * applicable as three categories), and the share they agree on; FALSE when @n is 0.
 * Kappa is 1 when they agree on everything; when chance agreement is total (both always
 * gave the same one answer) it is 1 as well. */
gboolean    bd_score_agreement          (const BdScoreResult *first,
                                         const BdScoreResult *second,
                                         guint                n,
                                         double              *agreement,
                                         double              *kappa);

G_END_DECLS
