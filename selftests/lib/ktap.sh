# SPDX-License-Identifier: GPL-2.0
#
# kcrate's KTAP writer for shell: the guest's test scripts, the host-side
# tests, scripts/kc-check's tiers (POSIX sh: busybox ash in the guest, bash
# or dash on the host). It follows the kernel's kselftest ktap_helpers.sh:
# a header and a plan, one result a line, diagnostic lines ("# ...") before
# the result they explain, "Bail out!" when the test cannot go on, and a
# "# Totals:" line at the end; scripts/ktap.py reads it.
#
#	ktap_header 3			KTAP version 1, 1..3
#	ktap_result ok "probe"		ok 1 probe
#	ktap_check "unload" rmmod x	ok 2 unload (its output as diagnostics)
#	ktap_result skip "irq" "no irq"	ok 3 irq # SKIP no irq
#	ktap_finish			# Totals: ..., exit 1, 4 or 0

KTAP_N=0
KTAP_FAILED=0
KTAP_PASSED=0
KTAP_SKIPPED=0

# ktap_header [N]: the version line, and the plan when N is given (else
# ktap_plan later, before the first result).
ktap_header()
{
	echo "KTAP version 1"
	[ -n "${1:-}" ] && ktap_plan "$1"
	return 0
}

ktap_plan()	# ktap_plan N: the plan, N results
{
	echo "1..$1"
}

# ktap_result ok|fail|skip DESCRIPTION [REASON]: one result; REASON is the
# skip's reason, or a note on a pass or a failure.
ktap_result()
{
	KTAP_N=$((KTAP_N + 1))
	case "$1" in
	ok) echo "ok $KTAP_N $2${3:+ # $3}"; KTAP_PASSED=$((KTAP_PASSED + 1)) ;;
	skip) echo "ok $KTAP_N $2 # SKIP ${3:-}"; KTAP_SKIPPED=$((KTAP_SKIPPED + 1)) ;;
	*) echo "not ok $KTAP_N $2${3:+ # $3}"; KTAP_FAILED=$((KTAP_FAILED + 1)) ;;
	esac
}

# ktap_totals: the "# Totals:" line of kselftest's ktap_print_totals.
ktap_totals()
{
	echo "# Totals: pass:$KTAP_PASSED fail:$KTAP_FAILED xfail:0 xpass:0 skip:$KTAP_SKIPPED error:0"
}

# ktap_bail_out REASON...: the test cannot go on (a broken build, a missing
# program): "Bail out!", which the reader counts as a failure, the totals,
# exit 1.
ktap_bail_out()
{
	echo "Bail out! $*"
	ktap_totals
	exit 1
}

# ktap_status STATUS DESCRIPTION [REASON]: one result from an exit status:
# 0 passed, 4 (KSFT_SKIP) skipped for REASON, anything else failed.
ktap_status()
{
	case "$1" in
	0) ktap_result ok "$2" ;;
	4) ktap_result skip "$2" "${3:-}" ;;
	*) ktap_result fail "$2" ;;
	esac
}

# ktap_check DESCRIPTION COMMAND...: one result from a command's status;
# its output becomes diagnostic lines.
ktap_check()
{
	local desc="$1" out
	shift
	if out=$("$@" 2>&1); then
		ktap_result ok "$desc"
	else
		[ -n "$out" ] && echo "$out" | sed 's/^/# /'
		ktap_result fail "$desc"
	fi
}

# ktap_skip_all REASON...: the whole test cannot run here: say why, exit 4
# (KSFT_SKIP), which the runner counts as a skip, never as a pass.
ktap_skip_all()
{
	echo "# SKIP $*"
	exit 4
}

# ktap_finish: the totals, and the exit status for the runner: 1 on any
# failure, 4 when every result was a skip, 0 otherwise.
ktap_finish()
{
	ktap_totals
	[ "$KTAP_FAILED" -gt 0 ] && exit 1
	[ "$KTAP_PASSED" -eq 0 ] && [ "$KTAP_SKIPPED" -gt 0 ] && exit 4
	exit 0
}

# kc_wait_for SECONDS COMMAND...: poll every 0.1 s until COMMAND succeeds.
kc_wait_for()
{
	local n=$(($1 * 10))
	shift
	while [ "$n" -gt 0 ]; do
		"$@" >/dev/null 2>&1 && return 0
		usleep 100000
		n=$((n - 1))
	done
	return 1
}

