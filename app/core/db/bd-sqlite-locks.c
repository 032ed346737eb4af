/* bd-sqlite-locks.c — SQLite's file locks, held so that no other code can drop them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite's unix VFS locks its files with POSIX advisory locks (fcntl F_SETLK). Those
 * belong to the process and the file, not to the descriptor: when any code in the process
 * closes any descriptor of the database, its -wal or its -shm file — GTK's file chooser
 * sniffing the files of the folder, a thumbnailer, a backup library — the kernel drops
 * every lock the process held on it. Another program opening the database then finds it
 * unlocked, believes it is the last user, checkpoints and deletes the -wal and -shm files
 * the desk is still writing to, and every later record goes into a deleted file ("How To
 * Corrupt An SQLite Database File", §2.2, sqlite.org/howtocorrupt.html).
 *
 * Open file description locks (F_OFD_SETLK, Linux 3.15) have the same byte ranges and
 * conflict with POSIX locks of other processes exactly as POSIX locks do, so every other
 * SQLite program still sees them; but they belong to the open file description SQLite
 * itself opened, and only closing that drops them. The unix VFS lets a program replace the
 * fcntl() it calls (xSetSystemCall); this replacement turns its lock requests into OFD
 * requests. It must be installed before the first database is opened.
 *
 * Within the process, SQLite shares one set of locks among the connections to a file. With
 * OFD locks a second connection's request can meet the first one's lock and answer "busy"
 * where POSIX locks would have merged: in WAL mode that happens only when a connection
 * closes and tries to become the last user, and then SQLite just leaves the log alone.
 */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "bd-store"

#include "config.h"

#include "bd-sqlite-locks.h"

#include <fcntl.h>
#include <stdarg.h>

#include <sqlite3.h>

static sqlite3_syscall_ptr posix_fcntl;

static int
to_ofd_command (int command)
{
  switch (command)
    {
    case F_SETLK:
      return F_OFD_SETLK;
    case F_SETLKW:
      return F_OFD_SETLKW;
    case F_GETLK:
      return F_OFD_GETLK;
    default:
      return command;
    }
}

/* fcntl() as the unix VFS calls it. Every command it uses takes at most one argument,
 * passed on as glibc's fcntl() passes it. */
static int
ofd_fcntl (int fd,
           int command,
           ...)
{
  int (*system_fcntl) (int, int, ...) = (int (*) (int, int, ...)) posix_fcntl;
  struct flock *lock;
  va_list args;
  void *argument;

  va_start (args, command);
  argument = va_arg (args, void *);
  va_end (args);

  if (to_ofd_command (command) == command)
    return system_fcntl (fd, command, argument);
  /* OFD requests must name no process: the lock is the description's. */
  lock = argument;
  lock->l_pid = 0;
  return system_fcntl (fd, to_ofd_command (command), lock);
}

static gpointer
install_once (gpointer data)
{
  sqlite3_vfs *unix_vfs = sqlite3_vfs_find ("unix");

  if (unix_vfs == NULL || unix_vfs->iVersion < 3 || unix_vfs->xSetSystemCall == NULL)
    return GINT_TO_POINTER (FALSE);
  posix_fcntl = unix_vfs->xGetSystemCall (unix_vfs, "fcntl");
  if (posix_fcntl == NULL)
    return GINT_TO_POINTER (FALSE);
  return GINT_TO_POINTER (unix_vfs->xSetSystemCall (unix_vfs, "fcntl",
                                                     (sqlite3_syscall_ptr) ofd_fcntl) == SQLITE_OK);
}

/**
 * bd_sqlite_use_ofd_locks:
 *
 * Makes SQLite lock its files with open file description locks, once per process, before
 * the first database is opened (bd_store_open() calls it).
 *
 * Returns: whether SQLite's locks are OFD locks now
 */
gboolean
bd_sqlite_use_ofd_locks (void)
{
  static GOnce once = G_ONCE_INIT;

  return GPOINTER_TO_INT (g_once (&once, install_once, NULL));
}
