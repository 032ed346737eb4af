/* bd-staff.h — a member of the branch's staff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "bd-types.h"

G_BEGIN_DECLS

#define BD_TYPE_STAFF (bd_staff_get_type ())

G_DECLARE_FINAL_TYPE (BdStaff, bd_staff, BD, STAFF, GObject)

BdStaff    *bd_staff_new         (void);

gint64      bd_staff_get_id      (BdStaff    *self);
void        bd_staff_set_id      (BdStaff    *self,
                                  gint64      id);
const char *bd_staff_get_login   (BdStaff    *self);
void        bd_staff_set_login   (BdStaff    *self,
                                  const char *login);
const char *bd_staff_get_name    (BdStaff    *self);
void        bd_staff_set_name    (BdStaff    *self,
                                  const char *name);
BdRole      bd_staff_get_role    (BdStaff    *self);
void        bd_staff_set_role    (BdStaff    *self,
                                  BdRole      role);
const char *bd_staff_get_phone   (BdStaff    *self);
void        bd_staff_set_phone   (BdStaff    *self,
                                  const char *phone);
gboolean    bd_staff_get_active  (BdStaff    *self);
void        bd_staff_set_active  (BdStaff    *self,
                                  gboolean    active);
/* The password was chosen by someone else (a new account, a reset) or is the demo's:
 * its owner changes it before anything else (bd_session_change_password()). */
gboolean    bd_staff_get_password_change_owed (BdStaff  *self);
void        bd_staff_set_password_change_owed (BdStaff  *self,
                                               gboolean  owed);
/* Unix seconds before which no sign-in is tried after wrong passwords; 0 for none. */
gint64      bd_staff_get_locked_until         (BdStaff  *self);
void        bd_staff_set_locked_until         (BdStaff  *self,
                                               gint64    locked_until);

G_END_DECLS
