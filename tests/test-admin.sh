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
# Area codes: the whole national table, with the years each code was in use.
expect 0 "a county outside the four provinces" -- "$admin" id 330106199005171230
expect_output "浙江省杭州市西湖区" "id names Hangzhou's Xihu district"
if grep -q "warning" "$work/err"; then failed=$((failed + 1)); echo "FAIL: 330106 is warned about"; cat "$work/err"; else passed=$((passed + 1)); fi
expect 0 "a retired code, born after it" -- "$admin" id 110103201505171237
expect_output "went out of use in 2010" "id warns about a code retired before the birth"
# Organisations: the unified social credit code (GB 32100).
expect 0 "valid credit code" -- "$admin" id 91350100M000100Y43
expect_output "valid unified social credit code" "id recognises a credit code"
expect 1 "wrong credit code" -- "$admin" id 91350100M000100Y44
expect_output "should be 3, not 4" "id says what the credit code's check character should be"

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
# The branch's time zone: Asia/Shanghai unless set; a zone the system does not know is refused.
expect 0 "read the time zone" -- "$admin" setting time-zone "$work/demo.db"
expect_output "Asia/Shanghai" "the default time zone"
expect 2 "not a time zone" -- "$admin" setting time-zone Asia/Nanjing "$work/demo.db"
expect 0 "change the time zone" -- "$admin" setting time-zone Asia/Urumqi "$work/demo.db"
expect_output "Asia/Urumqi" "the time zone changed"
expect 0 "back to Shanghai" -- "$admin" setting time-zone Asia/Shanghai "$work/demo.db"

# A damaged rule: a beneficiary share changed behind the program's back.
sqlite3 "$work/demo.db" "UPDATE beneficiary SET share = 4000 WHERE id = (SELECT min(id) FROM beneficiary WHERE legal_heirs = 0)" 2>/dev/null \
  || python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('UPDATE beneficiary SET share = 4000 WHERE id = (SELECT min(id) FROM beneficiary WHERE legal_heirs = 0)'); c.commit()" "$work/demo.db"
expect 1 "check finds a broken share" -- "$admin" check "$work/demo.db"
expect_output "add up to" "check names the shares"

# The data's laws on a fresh demo: an organisation with a wrong credit code, a receipt
# after today, a card number that fails Luhn (a warning only).
dq () { sqlite3 "$1" "$2" 2>/dev/null || python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()" "$1" "$2"; }
expect 0 "demo for the law" -- "$admin" demo --customers 200 --seed 5 --today 2026-11-22 "$work/law.db"
dq "$work/law.db" "UPDATE bank_account SET account_number = substr(account_number, 1, 18) || ((CAST(substr(account_number, 19, 1) AS INTEGER) + 1) % 10) WHERE id = 1"
expect 0 "a bad card is a warning" -- "$admin" check --today 2026-11-22 "$work/law.db"
expect_output "warning: .*Luhn" "check flags the card"
expect_output "no problems" "a warning is not a problem"
dq "$work/law.db" "INSERT INTO customer (id, is_organisation, name, created_at) VALUES (900001, 1, '南京恒远贸易有限公司', '2026-01-05T02:00:00Z'); INSERT INTO identity_document (customer_id, type, number) VALUES (900001, 'credit-code', '91350100M000100Y44')"
dq "$work/law.db" "UPDATE policy SET receipt_date = '2026-12-30' WHERE id = 1"
expect 1 "check finds a wrong credit code" -- "$admin" check --today 2026-11-22 "$work/law.db"
expect_output "unified social credit code 91350100M000100Y44" "check names the credit code"
expect_output "after today" "check finds the receipt after today"
expect 2 "check with a bad date" -- "$admin" check --today 2026-13-01 "$work/law.db"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
