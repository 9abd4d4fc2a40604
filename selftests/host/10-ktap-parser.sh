#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The host side of the runner counts what the guest reports, and only that:
# a skip is never a pass, a guest that dies loses nothing, a parent that
# failed on its own (timeout, kernel splat) is a failure.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# counts LOG: print "passed failed skipped" as the parser reports them.
counts()
{
	"$top/scripts/ktap.py" "$1" | sed -n 's/^COUNTS //p'
}

expect_counts()	# DESCRIPTION LOG EXPECTED
{
	got=$(counts "$2")
	if [ "$got" = "$3" ]; then
		ktap_result ok "$1"
	else
		echo "# expected '$3', got '$got'"
		ktap_result fail "$1"
	fi
}

ktap_header 8

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
expect_counts "leaf results are counted, skips apart" "$tmp/plain.log" "1 1 2"

cat > "$tmp/died.log" <<'LOG'
kc-guest: begin driver=ours
KTAP version 1
1..3
# kc-plan: a b c
ok 1 a
Kernel panic - not syncing: panic_on_warn set ...
LOG
expect_counts "tests a dead guest never reported are failures" "$tmp/died.log" "1 2 0"

cat > "$tmp/splat.log" <<'LOG'
kc-guest: begin
KTAP version 1
1..1
# kc-plan: a
  ok 1 x
  ok 2 y
not ok 1 a # kernel log shows a splat
kc-guest: end
LOG
expect_counts "a parent failing with passing children adds a failure" "$tmp/splat.log" "2 1 0"

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
expect_counts "nested results count at the deepest level" "$tmp/nested.log" "2 0 0"

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
expect_counts "a nested failure without its parent line is not lost" "$tmp/orphan.log" "1 1 0"

printf 'no begin marker at all\n' > "$tmp/empty.log"
expect_counts "a guest that never started is a failure" "$tmp/empty.log" "0 1 0"

printf '\033c\033[?7lkc-guest: begin\nKTAP version 1\n1..1\n# kc-plan: a\nok 1 a\nkc-guest: end\n' > "$tmp/esc.log"
expect_counts "terminal escapes before the marker are ignored" "$tmp/esc.log" "1 0 0"

# A guest killed at its bound: where it was (kc-qemu-stall) is on each
# result it never gave.
cat > "$tmp/stall.log" <<'LOG'
kc-guest: begin
KTAP version 1
1..2
# kc-plan: a b
ok 1 a
kc-vm: stall: QEMU status running; vCPU 0 at default_idle+0x13 halted (5/5)
LOG
got=$("$top/scripts/ktap.py" "$tmp/stall.log" | grep -A1 '^FAIL  b ' | tail -n 1)
if [ "$got" = "        # kc-vm: stall: QEMU status running; vCPU 0 at default_idle+0x13 halted (5/5)" ]; then
	ktap_result ok "a hung guest's missing results say where it was"
else
	echo "# got '$got'"
	ktap_result fail "a hung guest's missing results say where it was"
fi

ktap_finish
