# bench-window-common.sh — what the benchmarks that start the real window share
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by bench-startup.sh and bench-desk.sh after they set $database: the environment
# the window runs in, the reasons to skip (exit 77), and a work folder ($work) removed on
# exit.

export GSK_RENDERER=cairo GTK_A11Y=none GSETTINGS_BACKEND=memory
# The counter works in Chinese: its fonts are part of what the window costs.
export LC_ALL="${BENCH_LANG:-zh_CN.UTF-8}"

if [ "${BD_BENCH_HOOKS:-yes}" = no ]; then
  echo "branchdesk was built without its benchmark hook: \`make bench\` (or" \
       "\`meson configure -Dbench_hooks=true\`) builds it in. Skipped."
  exit 77
fi
if [ ! -f "$database" ]; then
  echo "$database is missing: \`make bench\` creates it. Skipped."
  exit 77
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  echo "No display or no D-Bus session: run under xvfb-run … dbus-run-session --. Skipped."
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
