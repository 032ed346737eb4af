#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# po/update-po.sh — extract the strings of po/POTFILES.in into po/branchdesk.pot and merge
# them into every language of po/LINGUAS, so new strings can be translated. The .pot is a
# by-product and is not kept in git. Run from anywhere; `meson compile branchdesk-update-po`
# does about the same, but needs a build directory.
#
# The xgettext arguments are those of meson's i18n.gettext (preset: 'glib'); keep them in
# sync with tests/test-translations.sh.

set -eu

PO_DIR=$(cd "$(dirname "$0")" && pwd)
SRC=$(dirname "$PO_DIR")
DOMAIN=branchdesk
POT="$PO_DIR/$DOMAIN.pot"

cd "$SRC"
xgettext --package-name="$DOMAIN" -k_ -D "$SRC" -f "$PO_DIR/POTFILES.in" -o "$POT" \
  --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format \
  --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
  --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format \
  --flag=g_set_error:4:c-format --flag=g_markup_printf_escaped:1:c-format \
  --flag=g_log:3:c-format --flag=g_print:1:c-format --flag=g_printerr:1:c-format \
  --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format \
  --flag=g_snprintf:3:c-format
echo "wrote po/$DOMAIN.pot"

for lang in $(sed 's/#.*//' "$PO_DIR/LINGUAS"); do
  msgmerge --update --backup=none --no-fuzzy-matching "$PO_DIR/$lang.po" "$POT"
  LC_ALL=C msgfmt --statistics -o /dev/null "$PO_DIR/$lang.po" 2>&1 | sed "s|^|po/$lang.po: |"
done
