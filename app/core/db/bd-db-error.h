/* bd-db-error.h — the store's errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The db layer sets them and the store adds its own, so everything above sees one
 * domain, each with a sentence for the person at the desk.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BD_STORE_ERROR (bd_store_error_quark ())

typedef enum
{
  BD_STORE_ERROR_OPEN,         /* the file cannot be opened or created */
  BD_STORE_ERROR_NOT_DATABASE, /* the file is not a Branch Desk database, or is damaged */
  BD_STORE_ERROR_TOO_NEW,      /* written by a newer Branch Desk */
  BD_STORE_ERROR_BUSY,         /* another desk holds the file too long */
  BD_STORE_ERROR_CONSTRAINT,   /* the record conflicts with the rules of the data */
  BD_STORE_ERROR_NOT_FOUND,
  BD_STORE_ERROR_DISK_FULL,
  BD_STORE_ERROR_READ_ONLY,
  BD_STORE_ERROR_FAILED,
  BD_STORE_ERROR_WRONG_KEY,    /* the key given is not this branch's */
  BD_STORE_ERROR_UNSEALED,     /* a sealed value the key cannot open: changed outside */
  BD_STORE_ERROR_NOT_ENCRYPTED,/* an older file with personal numbers in clear text */
} BdStoreError;

GQuark bd_store_error_quark (void);

G_END_DECLS
