/* bd-session.h — who is at the desk: sign-in, roles, locking, revealing personal data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bd-customer.h"
#include "bd-permission.h"
#include "bd-staff.h"
#include "bd-store.h"

G_BEGIN_DECLS

#define BD_SESSION_ERROR (bd_session_error_quark ())

typedef enum
{
  BD_SESSION_ERROR_WRONG_PASSWORD,     /* unknown staff name or wrong password: one message */
  BD_SESSION_ERROR_TOO_MANY_ATTEMPTS,  /* five wrong in a row: wait before trying again */
  BD_SESSION_ERROR_INACTIVE,           /* the account is closed */
  BD_SESSION_ERROR_NOT_SIGNED_IN,
  BD_SESSION_ERROR_LOCKED,
  BD_SESSION_ERROR_NOT_ALLOWED,        /* the role may not do this */
  BD_SESSION_ERROR_PASSWORD_CHANGE_OWED, /* nothing else until the password is changed */
  BD_SESSION_ERROR_SAME_PASSWORD,      /* a new password that is the current one */
} BdSessionError;

GQuark bd_session_error_quark (void);

typedef enum
{
  BD_SESSION_SIGNED_OUT,
  BD_SESSION_ACTIVE,
  BD_SESSION_LOCKED,
} BdSessionState;

/* Whose work the queues and the day's contact slips list. Domain §1: counter staff work
 * their own customers; the queues of the whole branch are a supervisor's. */
typedef enum
{
  BD_SCOPE_OWN,     /* the customers the signed-in staff member services, their slips */
  BD_SCOPE_BRANCH,  /* everyone's */
} BdScope;

const char *bd_scope_to_string   (BdScope     scope);
gboolean    bd_scope_from_string (const char *name,
                                  BdScope    *scope);

/* The masked values a person can reveal, one at a time. */
typedef enum
{
  BD_REVEAL_ID_NUMBER,
  BD_REVEAL_MOBILE,
  BD_REVEAL_LANDLINE,
} BdRevealField;

const char *bd_reveal_field_to_string (BdRevealField field);

/* Wrong passwords in a row before attempts are delayed, and the first delay. */
#define BD_SESSION_MAX_ATTEMPTS 5
#define BD_SESSION_FIRST_DELAY_SECONDS 30
#define BD_SESSION_MAX_DELAY_SECONDS (15 * 60)

/* The clock, in Unix seconds; tests give their own. */
typedef gint64 (*BdSessionClock) (gpointer user_data);

#define BD_TYPE_SESSION (bd_session_get_type ())

G_DECLARE_FINAL_TYPE (BdSession, bd_session, BD, SESSION, GObject)

BdSession      *bd_session_new                 (BdStore        *store);
void            bd_session_set_clock           (BdSession      *self,
                                                BdSessionClock  clock,
                                                gpointer        user_data);
BdStore        *bd_session_get_store           (BdSession      *self);
BdSessionState  bd_session_get_state           (BdSession      *self);
/* The signed-in staff member (also while locked), or NULL. */
BdStaff        *bd_session_get_staff           (BdSession      *self);

/* Every attempt is audited; after BD_SESSION_MAX_ATTEMPTS wrong passwords in a row
 * further attempts for that name are refused for a while, doubling each time. Signing in
 * while locked replaces the locked session (another staff member takes the desk). */
gboolean        bd_session_sign_in             (BdSession      *self,
                                                const char     *login,
                                                const char     *password,
                                                GError        **error);
void            bd_session_sign_out            (BdSession      *self);
void            bd_session_lock                (BdSession      *self);
gboolean        bd_session_unlock              (BdSession      *self,
                                                const char     *password,
                                                GError        **error);

/* Idle locking: the window reports activity; checking locks the session once the idle
 * limit has passed without any, and returns TRUE when it did. The limit is the branch's
 * setting idle-lock-minutes, read at each sign-in and unlock, unless @seconds are given
 * here (0 never locks). */
void            bd_session_set_idle_limit      (BdSession      *self,
                                                guint           seconds);
void            bd_session_note_activity       (BdSession      *self);
gboolean        bd_session_check_idle          (BdSession      *self);

/* Whether the signed-in staff member must change their password before anything else:
 * a new account's, a reset or a demo password (issue 15, item 2). While it is owed,
 * bd_session_may(), bd_session_check() and bd_session_write() refuse every permission
 * (BD_SESSION_ERROR_PASSWORD_CHANGE_OWED). The property "password-change-owed" follows it. */
gboolean        bd_session_owes_password_change (BdSession     *self);

/* The signed-in staff member's own password, changed: @old_password is needed (a wrong
 * one counts as a wrong password at sign-in does), @new_password must pass
 * bd_password_rules_check_new() with @repeated and differ from the old one. The change
 * and its audit row are one write; a change owed is then paid. The error tells the field:
 * BD_SESSION_ERROR_WRONG_PASSWORD or _TOO_MANY_ATTEMPTS the old password,
 * BD_PASSWORD_RULES_ERROR_MISMATCH the repeated one, any other the new one. */
gboolean        bd_session_change_password     (BdSession      *self,
                                                const char     *old_password,
                                                const char     *new_password,
                                                const char     *repeated,
                                                GError        **error);

/* Roles: what is not allowed is not offered (may), and refused when asked (check), by the
 * permission table (bd-permission.h). */
gboolean        bd_session_may                 (BdSession      *self,
                                                BdPermission    permission);
gboolean        bd_session_check               (BdSession      *self,
                                                BdPermission    permission,
                                                GError        **error);

/* A write of the signed-in staff member: @write is given the store and the staff id to
 * write and audit with. */
typedef gboolean (*BdSessionWriteFunc) (BdStore   *store,
                                        gint64     staff_id,
                                        gpointer   user_data,
                                        GError   **error);

/* Every write the window makes goes through here (the areas' desk calls: bd-contacts-desk.h,
 * bd-household-desk.h, bd-print-desk.h): refused with BD_SESSION_ERROR_NOT_ALLOWED, and
 * nothing written, unless the session may @permission; otherwise @write runs as ONE
 * transaction, so the record and its audit row are written together or not at all. */
gboolean        bd_session_write               (BdSession          *self,
                                                BdPermission        permission,
                                                BdSessionWriteFunc  write,
                                                gpointer            user_data,
                                                GError            **error);

/* The clear value of a masked field of @customer, written to the audit log first
 * (staff, customer, field, time). */
char           *bd_session_reveal              (BdSession      *self,
                                                BdCustomer     *customer,
                                                BdRevealField   field,
                                                GError        **error);
/* Records that the signed-in staff member opened @customer (the recent list). */
gboolean        bd_session_note_customer_opened (BdSession     *self,
                                                 BdCustomer    *customer,
                                                 GError       **error);
/* The customers the signed-in staff member opened most recently, newest first. */
GListModel     *bd_session_list_recent_customers (BdSession    *self,
                                                  guint         limit,
                                                  GError      **error);
/* The signed-in staff, or 0: whose work the queues list (bd_session_get_scope_staff()),
 * never a staff id for the window to write with (bd_session_write() gives that). */
gint64          bd_session_get_staff_id        (BdSession      *self);

/* What the queues show first: the branch for those who may see it, else their own. */
BdScope         bd_session_get_default_scope   (BdSession      *self);
/* The staff id whose work @scope lists (0: the whole branch); FALSE with the reason when
 * the role may not list it. */
gboolean        bd_session_get_scope_staff     (BdSession      *self,
                                                BdScope         scope,
                                                gint64         *staff_id,
                                                GError        **error);

/* An unsaved form kept while the desk is locked (a GVariant the page that gave it
 * understands, about @customer_id). It goes back only to the staff member who typed it:
 * when anyone else signs in, or the session ends, it is discarded and the audit log says
 * so. Keeping replaces a draft kept before; taking hands it over (NULL when there is none
 * or it belongs to someone else). */
void            bd_session_keep_draft          (BdSession      *self,
                                                gint64          customer_id,
                                                GVariant       *draft);
GVariant       *bd_session_take_draft          (BdSession      *self,
                                                gint64         *customer_id);

G_END_DECLS
