#!/usr/bin/env bash
# The administrators' tool as a script would use it: output, exit statuses, --help.
set -u
admin=${BD_ADMIN:?BD_ADMIN must name the branchdesk-admin binary}
export LC_ALL=C.UTF-8 LANGUAGE=
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0 passed=0

expect () {   # expect STATUS DESCRIPTION -- COMMAND…
  local want=$1 what=$2; shift 3
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $what: exit $got, expected $want"; cat "$work/out" "$work/err"
  fi
}
expect_output () {  # expect_output PATTERN DESCRIPTION
  if grep -q -- "$1" "$work/out" "$work/err"; then passed=$((passed + 1))
  else failed=$((failed + 1)); echo "FAIL: $2: no “$1” in the output"; cat "$work/out" "$work/err"; fi
}

expect 0 "help" -- "$admin" --help
expect_output "demo" "help lists the commands"
expect 2 "no command" -- "$admin"
expect 2 "unknown command" -- "$admin" frobnicate
for cmd in audit demo check id calendar print setting; do
  expect 0 "$cmd --help" -- "$admin" $cmd --help
done

expect 0 "valid id" -- "$admin" id 11010519491231002X
expect_output "1949-12-31" "id prints the birth date"
expect 1 "wrong check character" -- "$admin" id 110105194912310021
expect_output "X" "id says what the check character should be"
expect 2 "id without a number" -- "$admin" id

expect 0 "calendar list" -- "$admin" calendar list 2025
[ "$(wc -l <"$work/out")" -eq 365 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: 2025 has 365 lines"; }
expect_output "2025-10-01 restday National Day" "National Day is a rest day"
expect_output "2025-09-28 workday" "the adjusted Sunday is a working day"
expect 0 "add working days" -- "$admin" calendar add-working-days 2025-09-30 1
expect_output "2025-10-09" "one working day after 30 September 2025"
expect 1 "beyond the calendar" -- "$admin" calendar add-working-days 2040-01-01 3

expect 1 "check a missing file" -- "$admin" check "$work/none.db"
expect 2 "demo with a bad count" -- "$admin" demo --customers 0 "$work/x.db"
expect 0 "demo" -- "$admin" demo --customers 200 --seed 4 --today 2026-11-22 "$work/demo.db"
expect_output "customers" "demo reports what it made"
expect 1 "demo twice" -- "$admin" demo --customers 10 "$work/demo.db"
expect 0 "check the demo" -- "$admin" check "$work/demo.db"
expect_output "no problems" "check reports no problems"
expect 0 "audit" -- "$admin" audit --limit 5 "$work/demo.db"
expect 1 "audit of a missing file" -- "$admin" audit "$work/none.db"

# Printing to PDF: a slip, a day's slips, a review sheet.
q () { sqlite3 "$work/demo.db" "$1" 2>/dev/null || python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$work/demo.db" "$1"; }
slip=$(q "SELECT min(id) FROM contact WHERE kind = 'slip'")
day=$(q "SELECT substr(next_visit, 1, 10) FROM contact WHERE id = $slip")
phone=$(q "SELECT m.value FROM contact k JOIN contact_detail m ON m.customer_id = k.customer_id AND m.kind = 'mobile' WHERE k.id = $slip")
holder=$(q "SELECT customer_id FROM contact WHERE id = $slip")
expect 0 "print a slip" -- "$admin" print slip --contact "$slip" -o "$work/slip.pdf" "$work/demo.db"
if command -v pdftotext >/dev/null; then
  pdftotext "$work/slip.pdf" "$work/out"; : >"$work/err"
  expect_output "客户联系单" "the slip has its title"
  if [ -n "$phone" ] && grep -q -- "$phone" "$work/out"; then failed=$((failed + 1)); echo "FAIL: the slip shows the customer's mobile"; else passed=$((passed + 1)); fi
fi
expect 0 "print a day's slips" -- "$admin" print slips --date "$day" --layout a5 -o "$work/day.pdf" "$work/demo.db"
expect_output "contact slip" "slips reports how many"
expect 1 "no slips that day" -- "$admin" print slips --date 2001-01-01 -o "$work/none.pdf" "$work/demo.db"
expect 0 "print a review sheet" -- "$admin" print review-sheet --customer "$holder" -o "$work/review.pdf" "$work/demo.db"
expect 2 "print without --output" -- "$admin" print slip --contact "$slip" "$work/demo.db"
expect 2 "print what?" -- "$admin" print poster -o "$work/x.pdf" "$work/demo.db"
expect 1 "a phone call is not a slip" -- "$admin" print slip --contact "$(q "SELECT min(id) FROM contact WHERE kind = 'phone'")" -o "$work/x.pdf" "$work/demo.db"

# The branch's names, kept in its database.
expect 0 "read a setting" -- "$admin" setting branch-name "$work/demo.db"
expect_output "南京分公司" "the demo branch is in Nanjing"
expect 0 "change a setting" -- "$admin" setting branch-name 苏州分公司 "$work/demo.db"
expect 0 "read it back" -- "$admin" setting branch-name "$work/demo.db"
expect_output "苏州分公司" "the branch name changed"
expect 2 "not a setting" -- "$admin" setting colour blue "$work/demo.db"

# A damaged rule: a beneficiary share changed behind the program's back.
sqlite3 "$work/demo.db" "UPDATE beneficiary SET share = 4000 WHERE id = (SELECT min(id) FROM beneficiary WHERE legal_heirs = 0)" 2>/dev/null \
  || python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('UPDATE beneficiary SET share = 4000 WHERE id = (SELECT min(id) FROM beneficiary WHERE legal_heirs = 0)'); c.commit()" "$work/demo.db"
expect 1 "check finds a broken share" -- "$admin" check "$work/demo.db"
expect_output "add up to" "check names the shares"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
