#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# scripts/ktap.py, the one KTAP reader, counts what a document reports, and
# only that: a skip is never a pass, a nested "not ok" under an "ok" parent
# is a failure, a guest that dies loses nothing, a parent that failed on
# its own (timeout, kernel splat) is a failure, and a document without a
# plan, truncated, or that bailed out is a failure too. Also the shell
# writer (selftests/lib/ktap.sh) and the Python one (ktap.emit) against it.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# counts [--guest] LOG: "passed failed skipped" from the reader's totals.
counts()
{
	"$top/scripts/ktap.py" "$@" |
		sed -n 's/^# Totals: pass:\([0-9]*\) fail:\([0-9]*\) xfail:0 xpass:0 skip:\([0-9]*\) error:0$/\1 \2 \3/p'
}

expect_counts()	# DESCRIPTION EXPECTED [--guest] LOG
{
	desc=$1 want=$2
	shift 2
	got=$(counts "$@")
	if [ "$got" = "$want" ]; then
		ktap_result ok "$desc"
	else
		echo "# expected '$want', got '$got'"
		ktap_result fail "$desc"
	fi
}

ktap_header 19

# --- guest consoles (--guest) ---

cat > "$tmp/plain.log" <<'LOG'
SeaBIOS noise
kc-guest: begin driver=ours
KTAP version 1
1..2
# kc-plan: a b
  KTAP version 1
  1..3
  ok 1 first
  ok 2 second # SKIP no device
  not ok 3 third
not ok 1 a
ok 2 b # SKIP nothing to do
kc-guest: end
LOG
expect_counts "leaf results are counted, skips apart" "1 1 2" --guest "$tmp/plain.log"

cat > "$tmp/died.log" <<'LOG'
kc-guest: begin driver=ours
KTAP version 1
1..3
# kc-plan: a b c
ok 1 a
Kernel panic - not syncing: panic_on_warn set ...
LOG
expect_counts "tests a dead guest never reported are failures" "1 2 0" --guest "$tmp/died.log"

cat > "$tmp/splat.log" <<'LOG'
kc-guest: begin
KTAP version 1
1..1
# kc-plan: a
  KTAP version 1
  1..2
  ok 1 x
  ok 2 y
not ok 1 a # kernel log shows a splat
kc-guest: end
LOG
expect_counts "a parent failing with passing children adds a failure" "2 1 0" --guest "$tmp/splat.log"

cat > "$tmp/nested.log" <<'LOG'
kc-guest: begin
KTAP version 1
1..1
# kc-plan: a
  TAP version 13
  1..1
    KTAP version 1
    1..2
    ok 1 deep one
    ok 2 deep two
  ok 1 group
ok 1 a
kc-guest: end
LOG
expect_counts "nested results count at the deepest level" "2 0 0" --guest "$tmp/nested.log"

# A failure two levels down whose own parent line never came: the "ok"
# above it must not hide it.
cat > "$tmp/orphan.log" <<'LOG'
kc-guest: begin
KTAP version 1
1..1
# kc-plan: a
  KTAP version 1
  1..1
    KTAP version 1
    1..2
    ok 1 deep one
    not ok 2 deep two
ok 1 a
kc-guest: end
LOG
expect_counts "a nested failure without its parent line is not lost" "1 1 0" --guest "$tmp/orphan.log"

printf 'no begin marker at all\n' > "$tmp/empty.log"
expect_counts "a guest that never started is a failure" "0 1 0" --guest "$tmp/empty.log"

printf '\033c\033[?7lkc-guest: begin\nKTAP version 1\n1..1\n# kc-plan: a\nok 1 a\nkc-guest: end\n' > "$tmp/esc.log"
expect_counts "terminal escapes before the marker are ignored" "1 0 0" --guest "$tmp/esc.log"

# A guest killed at its bound: where it was (kc-qemu-stall) is a
# diagnostic line of each result it never gave.
cat > "$tmp/stall.log" <<'LOG'
kc-guest: begin
KTAP version 1
1..2
# kc-plan: a b
ok 1 a
kc-vm: stall: QEMU status running; vCPU 0 at default_idle+0x13 halted (5/5)
LOG
got=$("$top/scripts/ktap.py" --guest "$tmp/stall.log" | grep -B1 '^not ok 2 b ' | head -n 1)
if [ "$got" = "# kc-vm: stall: QEMU status running; vCPU 0 at default_idle+0x13 halted (5/5)" ]; then
	ktap_result ok "a hung guest's missing results say where it was"
else
	echo "# got '$got'"
	ktap_result fail "a hung guest's missing results say where it was"
fi

# --- documents: good and bad KTAP ---

cat > "$tmp/good.ktap" <<'LOG'
KTAP version 1
1..3
  KTAP version 1
  1..2
  ok 1 x
  ok 2 y # SKIP not here
  # Totals: pass:1 fail:0 xfail:0 xpass:0 skip:1 error:0
ok 1 tier-a
# a note on b
ok 2 b
  KTAP version 1
  1..0 # SKIP nothing to run
ok 3 c # SKIP nothing to run
# Totals: pass:2 fail:0 xfail:0 xpass:0 skip:2 error:0
LOG
expect_counts "a good document: leaves counted, skips apart" "2 0 2" "$tmp/good.ktap"

cat > "$tmp/nested-fail.ktap" <<'LOG'
KTAP version 1
1..2
  KTAP version 1
  1..2
  ok 1 x
  not ok 2 y
ok 1 a
ok 2 b
LOG
expect_counts "a nested 'not ok' under an 'ok' parent is a failure" "2 1 0" "$tmp/nested-fail.ktap"

printf 'KTAP version 1\nok 1 a\nok 2 b\n' > "$tmp/no-plan.ktap"
expect_counts "a document without a plan is a failure" "2 1 0" "$tmp/no-plan.ktap"

printf 'KTAP version 1\n1..3\nok 1 a\nok 2 b\n' > "$tmp/truncated.ktap"
expect_counts "a truncated document is a failure" "2 1 0" "$tmp/truncated.ktap"

cat > "$tmp/nested-truncated.ktap" <<'LOG'
KTAP version 1
1..1
  KTAP version 1
  1..3
  ok 1 x
ok 1 a
LOG
expect_counts "a truncated subtest under an 'ok' parent is a failure" "1 1 0" "$tmp/nested-truncated.ktap"

printf 'KTAP version 1\n1..2\nok 1 a\nBail out! the disk is gone\n' > "$tmp/bail.ktap"
expect_counts "a document that bails out is a failure" "1 1 0" "$tmp/bail.ktap"

cat > "$tmp/nested-bail.ktap" <<'LOG'
KTAP version 1
1..1
  KTAP version 1
  1..2
  ok 1 x
  Bail out! kc_usb_flood is not in the guest
ok 1 a
LOG
expect_counts "a subtest that bails out under an 'ok' parent is a failure" "1 1 0" "$tmp/nested-bail.ktap"

printf 'make: *** [all] Error 2\n' > "$tmp/none.ktap"
expect_counts "a document without a result is a failure, not a skip" "0 1 0" "$tmp/none.ktap"

# kc-check's view: each tier a subtest, the failures repeated with their
# diagnostics, then the totals and "N passed, N failed, N skipped".
{
	echo "KTAP version 1"
	echo "1..3"
	"$top/scripts/ktap.py" --subtest 1 tier-a "$tmp/nested-fail.ktap"
	"$top/scripts/ktap.py" --subtest 2 tier-b "$tmp/none.ktap"
	"$top/scripts/ktap.py" --subtest 3 tier-c "$tmp/good.ktap"
} > "$tmp/run.ktap"
"$top/scripts/ktap.py" --summary "$tmp/run.ktap" > "$tmp/summary" 2>&1
if [ "$(tail -n 1 "$tmp/summary")" = "4 passed, 2 failed, 2 skipped" ] &&
   grep -q '^# not ok tier-a/a/y$' "$tmp/summary" &&
   grep -q '^# not ok tier-b # printed no result$' "$tmp/summary" &&
   grep -q '^#     make: \*\*\* \[all\] Error 2$' "$tmp/summary" &&
   [ "$(counts "$tmp/run.ktap")" = "4 2 2" ]; then
	ktap_result ok "tiers as subtests: failures repeated with their diagnostics, then the totals"
else
	sed 's/^/# /' "$tmp/summary"
	ktap_result fail "tiers as subtests: failures repeated with their diagnostics, then the totals"
fi

# The writers: the shell one (this file's ktap.sh) and the Python one.
(
	KTAP_N=0 KTAP_PASSED=0 KTAP_FAILED=0 KTAP_SKIPPED=0
	ktap_header 3
	ktap_result ok "a" "a note"
	ktap_check "b" false
	ktap_result skip "c" "why"
	ktap_finish
) > "$tmp/sh.ktap"
if [ "$(counts "$tmp/sh.ktap")" = "1 1 1" ] &&
   grep -qx '# Totals: pass:1 fail:1 xfail:0 xpass:0 skip:1 error:0' "$tmp/sh.ktap"; then
	ktap_result ok "ktap.sh writes a plan and kselftest's Totals line that the reader accepts"
else
	sed 's/^/# /' "$tmp/sh.ktap"
	ktap_result fail "ktap.sh writes a plan and kselftest's Totals line that the reader accepts"
fi
PYTHONPATH=$top/scripts python3 -c '
import ktap, sys
sys.exit(ktap.emit([("PASS", "a", "", []), ("FAIL", "b", "note", ["why"]), ("SKIP", "c", "r", [])]))
' > "$tmp/py.ktap"
if [ $? -eq 1 ] && [ "$(counts "$tmp/py.ktap")" = "1 1 1" ] && grep -qx '# why' "$tmp/py.ktap"; then
	ktap_result ok "ktap.emit writes a document that the reader accepts"
else
	sed 's/^/# /' "$tmp/py.ktap"
	ktap_result fail "ktap.emit writes a document that the reader accepts"
fi

ktap_finish
