/* bd-branch-settings.h — the branch's settings: what each is, its default and its check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "bd-store.h"

G_BEGIN_DECLS

#define BD_BRANCH_SETTING_ERROR (bd_branch_setting_error_quark ())

typedef enum
{
  BD_BRANCH_SETTING_ERROR_UNKNOWN,   /* no such setting */
  BD_BRANCH_SETTING_ERROR_INVALID,   /* the value breaks the setting's rule */
} BdBranchSettingError;

GQuark bd_branch_setting_error_quark (void);

/* What kind of value a setting holds, which decides its check. */
typedef enum
{
  BD_SETTING_NAME,       /* one line, never empty: a name printed on forms */
  BD_SETTING_ADDRESS,    /* one line, never empty */
  BD_SETTING_PHONE,      /* digits with spaces, hyphens and brackets */
  BD_SETTING_TIME_ZONE,  /* an IANA name the system knows */
  BD_SETTING_NUMBER,     /* a whole number from min to max */
} BdSettingKind;

typedef struct
{
  const char    *key;            /* the stable name kept in the database */
  const char    *label;          /* N_() marked: the field's label for people */
  BdSettingKind  kind;
  const char    *default_value;  /* NULL: none, the branch must give one */
  guint          min;            /* BD_SETTING_NUMBER only */
  guint          max;
  const char    *source;         /* where the default and the limits come from */
} BdBranchSetting;

/* Every setting of the branch, in the order a form shows them; @n_settings their count. */
const BdBranchSetting *bd_branch_settings_get_all (guint *n_settings);
/* The setting called @key, or NULL. */
const BdBranchSetting *bd_branch_setting_find     (const char *key);

/* What @setting accepts, in a sentence for the field's subtitle: its limits and its
 * default. */
char       *bd_branch_setting_describe (const BdBranchSetting *setting);

/* @value as it would be kept for @key — cleaned (bd_text_clean) and checked against the
 * setting's rule — or NULL with @error saying, in a sentence for people, what is wrong. */
char       *bd_branch_setting_check   (const char  *key,
                                       const char  *value,
                                       GError     **error);

/* The branch's value of @key, its default when unset or no longer valid; NULL for a
 * setting without a default that is unset. */
char       *bd_branch_setting_dup     (BdStore     *store,
                                       const char  *key);
/* A BD_SETTING_NUMBER setting's value, its default when unset or not valid. */
guint       bd_branch_setting_get_uint (BdStore    *store,
                                        const char *key);

G_END_DECLS
