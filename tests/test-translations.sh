#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-translations.sh SOURCE_ROOT BUILD_ROOT
#
# The translation check of Branch Desk. It fails when
#   - a .po file in po/ does not compile;
#   - a language in po/LINGUAS has no .po, or one with untranslated or fuzzy messages;
#   - a .po is out of date: merged against a .pot freshly extracted from the sources
#     (the same xgettext arguments as meson's glib preset), it has untranslated or fuzzy
#     messages, i.e. someone added or changed a string and nobody translated it;
#   - a translatable source file is missing from po/POTFILES.in;
#   - po/POTFILES.in lists a file that does not exist.
# It writes only into a temporary directory, never into the source tree, and does not
# need a git checkout.

set -u

if [ $# -lt 1 ]; then
  echo "usage: $0 SOURCE_ROOT [BUILD_ROOT]" >&2
  exit 2
fi

SRC=$(cd "$1" && pwd) || exit 2
BUILD=${2:-}
PO_DIR="$SRC/po"
DOMAIN=branchdesk

for tool in msgfmt msgmerge xgettext; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool not found"
    exit 77
  fi
done

export LC_ALL=C

TMP=$(mktemp -d "${TMPDIR:-/tmp}/bd-translations.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT

failures=0
fail () {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# The keywords and flags of meson's i18n.gettext (preset: 'glib'), plus its -k_.
XGETTEXT_ARGS=(
  --package-name="$DOMAIN" -k_
  --from-code=UTF-8 --add-comments
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format
  --flag=g_dngettext:2:pass-c-format
  --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format
  --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format
  --flag=g_set_error:4:c-format --flag=g_markup_printf_escaped:1:c-format
  --flag=g_log:3:c-format --flag=g_print:1:c-format --flag=g_printerr:1:c-format
  --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format
  --flag=g_snprintf:3:c-format
)

# Prints "N fuzzy, M untranslated" for a .po file, or nothing when it is complete.
incomplete () {
  local stats fuzzy untranslated
  stats=$(msgfmt --statistics -o /dev/null "$1" 2>&1)
  fuzzy=$(printf '%s\n' "$stats" | sed -n 's/.* \([0-9][0-9]*\) fuzzy translations\{0,1\}.*/\1/p')
  untranslated=$(printf '%s\n' "$stats" | sed -n 's/.* \([0-9][0-9]*\) untranslated messages\{0,1\}.*/\1/p')
  if [ -n "$fuzzy$untranslated" ]; then
    echo "${fuzzy:-0} fuzzy, ${untranslated:-0} untranslated"
  fi
}

# Lists the msgids of the fuzzy and untranslated messages, to say which ones.
show_incomplete () {
  { msgattrib --only-fuzzy --no-obsolete --no-wrap "$1" 2>/dev/null
    msgattrib --untranslated --no-obsolete --no-wrap "$1" 2>/dev/null
  } | sed -n 's/^msgid "\(..*\)"$/    \1/p' | head -20
}

# --- 1. every .po compiles ------------------------------------------------------------
n_po=0
for po in "$PO_DIR"/*.po; do
  [ -e "$po" ] || continue
  n_po=$((n_po + 1))
  if ! out=$(msgfmt --check -o /dev/null "$po" 2>&1); then
    fail "po/$(basename "$po") does not compile:"
    printf '%s\n' "$out" | sed 's/^/    /'
  fi
done

# --- 2. POTFILES.in entries exist --------------------------------------------------------
potfiles="$PO_DIR/POTFILES.in"
if [ ! -f "$potfiles" ]; then
  fail "po/POTFILES.in is missing"
  : > "$TMP/listed"
else
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e 's/^[[:space:]]*//' "$potfiles" \
    | grep -v '^$' > "$TMP/listed"
fi
: > "$TMP/existing"
while IFS= read -r entry; do
  if [ -f "$SRC/$entry" ]; then
    printf '%s\n' "$entry" >> "$TMP/existing"
  else
    fail "po/POTFILES.in lists $entry, which does not exist"
  fi
done < "$TMP/listed"
n_listed=$(wc -l < "$TMP/listed")

# --- 3. every translatable source file is listed ----------------------------------------
n_scanned=0
prune=()
if [ -n "$BUILD" ] && [ -d "$BUILD" ]; then
  prune=(-path "$(cd "$BUILD" && pwd)" -prune -o)
fi
dirs=()
for d in app widgets resources; do
  [ -d "$SRC/$d" ] && dirs+=("$SRC/$d")
done
if [ ${#dirs[@]} -gt 0 ]; then
  find "${dirs[@]}" "${prune[@]}" -type f \( -name '*.c' -o -name '*.ui' \) -print \
    | sort > "$TMP/sources"
else
  : > "$TMP/sources"
fi
# The data files are translatable by their nature.
find "$SRC/data" -maxdepth 1 -type f \
  \( -name '*.desktop.in' -o -name '*.metainfo.xml.in' -o -name '*.gschema.xml' \) \
  -print 2>/dev/null | sort >> "$TMP/sources"
while IFS= read -r file; do
  n_scanned=$((n_scanned + 1))
  rel=${file#"$SRC"/}
  case "$rel" in
    data/*) ;;
    *)
      grep -Eq '(^|[^A-Za-z0-9_])(N|C|NC)?_[[:space:]]*\(|translatable="(yes|true|1)"' "$file" \
        || continue
      ;;
  esac
  if ! grep -Fxq -- "$rel" "$TMP/listed"; then
    fail "$rel has translatable strings but is not listed in po/POTFILES.in"
  fi
done < "$TMP/sources"

# --- 4. a fresh .pot, to merge every .po against -----------------------------------------
pot="$TMP/$DOMAIN.pot"
have_pot=0
if [ -s "$TMP/existing" ]; then
  if out=$(cd "$SRC" && xgettext "${XGETTEXT_ARGS[@]}" -D "$SRC" -f "$TMP/existing" \
             -o "$pot" 2>&1); then
    # xgettext writes nothing when there are no strings at all.
    [ -f "$pot" ] || printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n' > "$pot"
    have_pot=1
  else
    fail "xgettext could not extract the strings of po/POTFILES.in:"
    printf '%s\n' "$out" | sed 's/^/    /'
  fi
fi

# --- 5. every language of LINGUAS is complete and up to date ------------------------------
langs=()
if [ -f "$PO_DIR/LINGUAS" ]; then
  read -r -a langs <<< "$(sed 's/#.*//' "$PO_DIR/LINGUAS" | tr '\n' ' ')"
else
  fail "po/LINGUAS is missing"
fi
for lang in "${langs[@]}"; do
  po="$PO_DIR/$lang.po"
  if [ ! -f "$po" ]; then
    fail "po/LINGUAS names $lang but po/$lang.po does not exist"
    continue
  fi
  if state=$(incomplete "$po") && [ -n "$state" ]; then
    fail "po/$lang.po is incomplete ($state):"
    show_incomplete "$po"
  fi
  if [ $have_pot -eq 1 ]; then
    merged="$TMP/$lang.po"
    if ! out=$(msgmerge --quiet --no-wrap -o "$merged" "$po" "$pot" 2>&1); then
      fail "msgmerge of po/$lang.po failed:"
      printf '%s\n' "$out" | sed 's/^/    /'
    elif state=$(incomplete "$merged") && [ -n "$state" ]; then
      fail "po/$lang.po is out of date with the sources ($state after merging a fresh .pot;" \
           "run po/update-po.sh and translate):"
      show_incomplete "$merged"
    fi
  fi
done

summary="checked ${n_po} .po file(s), LINGUAS [${langs[*]:-}],"
summary="$summary ${n_listed} POTFILES.in entries, scanned ${n_scanned} source file(s)"
if [ $failures -gt 0 ]; then
  echo "test-translations: $failures failure(s); $summary"
  exit 1
fi
echo "test-translations: OK; $summary"
exit 0
