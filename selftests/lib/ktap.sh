# SPDX-License-Identifier: GPL-2.0
#
# KTAP output helpers shared by the guest's test scripts and the host-side
# tests (POSIX sh: busybox ash in the guest, bash or dash on the host).

KTAP_N=0
KTAP_FAILED=0
KTAP_PASSED=0
KTAP_SKIPPED=0

ktap_header()
{
	echo "KTAP version 1"
	[ -n "$1" ] && echo "1..$1"
	return 0
}

ktap_result()	# ktap_result ok|fail|skip DESCRIPTION [REASON]
{
	KTAP_N=$((KTAP_N + 1))
	case "$1" in
	ok) echo "ok $KTAP_N $2"; KTAP_PASSED=$((KTAP_PASSED + 1)) ;;
	skip) echo "ok $KTAP_N $2 # SKIP ${3:-}"; KTAP_SKIPPED=$((KTAP_SKIPPED + 1)) ;;
	*) echo "not ok $KTAP_N $2"; KTAP_FAILED=$((KTAP_FAILED + 1)) ;;
	esac
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

# ktap_finish: exit status for the runner: 1 on any failure, 4 when every
# result was a skip, 0 otherwise.
ktap_finish()
{
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

