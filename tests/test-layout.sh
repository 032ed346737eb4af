#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-layout.sh SOURCE_ROOT
#
# The layout's rules that the compiler does not enforce. Each rule is one `forbid` line:
# a pattern (grep -E) that no C source or header under the folders may contain, except the
# files matching the exceptions (bash globs, relative to SOURCE_ROOT; `*` crosses folders,
# so app/core/*bd-clock.c also allows a clock moved to a subfolder). Every match is
# reported as FILE:LINE with the rule it breaks; the test fails if there is any.

set -u
# The folders and exceptions are word lists, never expanded against the files.
set -f

if [ $# -ne 1 ]; then
  echo "usage: $0 SOURCE_ROOT" >&2
  exit 2
fi

cd "$1" || exit 2

failed=0

# forbid PATTERN "FOLDERS" "EXCEPTIONS" WHY
forbid () {
  local pattern=$1 folders=$2 exceptions=$3 why=$4
  local file line text except allowed

  # shellcheck disable=SC2086
  while IFS=: read -r file line text; do
    allowed=0
    for except in $exceptions; do
      # shellcheck disable=SC2053  # the exception is a glob
      if [[ $file == $except ]]; then
        allowed=1
        break
      fi
    done
    if [ $allowed -eq 0 ]; then
      echo "$file:$line: $why: ${text#"${text%%[![:space:]]*}"}"
      failed=1
    fi
  done < <(grep -rnE --include='*.c' --include='*.h' -e "$pattern" $folders)
}

# The wall clock is read through BdClock only, so that tests can fix it (issue 8, finding 8).
# Monotonic time (g_get_monotonic_time) is not the wall clock and is allowed.
forbid '\btime ?\((NULL|0|&)|g_get_real_time|g_get_current_time|g_date_time_new_now|\b(localtime|gmtime)(_r)? ?\(' \
  "app widgets" "app/core/*bd-clock.c" \
  "the wall clock is read outside BdClock (use bd-clock.h)"

# The core is linked by the admin tool and the tests without a display.
forbid '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](gtk|gdk|gsk|adwaita)[/.]' \
  "app/core" "" \
  "a GTK or libadwaita header under app/core"

# Widgets show models: what they need of the store, the database or the session is asked
# by the page that holds them, or of a core model or rule (issue 8, "The shape to reach").
forbid '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](sqlite3\.h|bd-(store|db|sqlite|session|permission)[-.]|bd-[a-z-]+-(store|desk)\.h)' \
  "widgets" "" \
  "a store, database or session header under widgets/"

# Only the database layer speaks to SQLite: a PostgreSQL driver is to sit beside it.
forbid '\bsqlite3_|#[[:space:]]*include[[:space:]]*<sqlite3\.h>' \
  "app widgets" "app/core/db/*" \
  "SQLite called outside app/core/db/"

# Nothing above the store sees a database handle or a statement.
forbid '^[[:space:]]*#[[:space:]]*include[[:space:]]*"(bd-db[-.][a-z.]*|bd-[a-z-]*store-private\.h)"|\bBdDb(Stmt)?\b' \
  "app widgets" "app/core/*" \
  "a database handle, statement or the store's private header outside app/core/"

if [ $failed -ne 0 ]; then
  echo "FAIL: the layout's rules are broken (see tests/test-layout.sh)"
  exit 1
fi
echo "ok: the layout's rules hold"
