#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The kselftest programs of selftests/net, on the host, where nothing of
# the machine is touched: their main() (kc_ksft.h) exits the way kselftest
# says, 1 when a test failed, 4 (KSFT_SKIP) when every test skipped, 0
# otherwise, with a verdict line that agrees (never "PASSED" for a run
# that tested nothing); and ethtool_phy with neither the simulator nor
# NETIF, every test skipped before any socket is opened, exits 4.
# Needs gcc, the harness extracted by scripts/kc-setup (build/ksft) and
# libnl's static archives; skips without them.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"

ksft=$top/build/ksft
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ktap_header 5
if [ ! -f "$ksft/kselftest_harness.h" ] || ! command -v "${CC:-gcc}" >/dev/null 2>&1; then
	for d in "all skipped: exit 4" "pass and skip: exit 0" "fail and skip: exit 1" \
		"no test at all: exit 0" "ethtool_phy without simulator or NETIF: exit 4"; do
		ktap_result skip "$d" "needs gcc and build/ksft (scripts/kc-setup)"
	done
	ktap_finish
fi

# Three tests whose outcome KC_T1..KC_T3 (pass|skip|fail) choose.
cat >"$tmp/t.c" <<'EOF'
#include <stdlib.h>
#include <string.h>
#include "kc_ksft.h"

static void kc_outcome(struct __test_metadata *_metadata, const char *var)
{
	const char *v = getenv(var);

	if (v && !strcmp(v, "skip"))
		SKIP(return, "%s=skip", var);
	EXPECT_FALSE(v && !strcmp(v, "fail")) TH_LOG("%s=fail", var);
}

TEST(t1) { kc_outcome(_metadata, "KC_T1"); }
TEST(t2) { kc_outcome(_metadata, "KC_T2"); }
TEST(t3) { kc_outcome(_metadata, "KC_T3"); }

KC_HARNESS_MAIN(NULL, NULL)
EOF
cat >"$tmp/none.c" <<'EOF'
#include "kc_ksft.h"
KC_HARNESS_MAIN(NULL, NULL)
EOF
for p in t none; do
	if ! ${CC:-gcc} -std=gnu11 -Wall -Wextra -Werror -D_GNU_SOURCE -isystem "$ksft" \
		-I"$top/selftests/net" -o "$tmp/$p" "$tmp/$p.c" >"$tmp/cc.log" 2>&1; then
		sed 's/^/# /' "$tmp/cc.log"
	fi
done

# check DESCRIPTION PROGRAM WANT_STATUS WANT_VERDICT [VAR=VALUE...]
check()
{
	desc=$1 prog=$2 want=$3 verdict=$4
	shift 4
	if [ ! -x "$prog" ]; then
		ktap_result fail "$desc # not built"
		return
	fi
	env -u NETIF -u NETIF_PHYDEV "$@" "$prog" >"$tmp/out" 2>&1
	rc=$?
	line=$(grep -E '^# (PASSED|FAILED|SKIPPED):' "$tmp/out" | tail -n 1)
	totals=$(grep '^# Totals:' "$tmp/out" | tail -n 1)
	echo "# $desc: status $rc, $totals, '$line'"
	if [ "$rc" = "$want" ] && [ "${line#\# "$verdict":}" != "$line" ] &&
	   [ -n "$totals" ] && [ "$(grep -cE '^# (PASSED|FAILED|SKIPPED):' "$tmp/out")" = 1 ]; then
		ktap_result ok "$desc"
	else
		tail -n 8 "$tmp/out" | sed 's/^/# /'
		ktap_result fail "$desc"
	fi
}

check "all skipped: exit 4" "$tmp/t" 4 SKIPPED KC_T1=skip KC_T2=skip KC_T3=skip
check "pass and skip: exit 0" "$tmp/t" 0 PASSED KC_T1=skip KC_T2=pass KC_T3=skip
check "fail and skip: exit 1" "$tmp/t" 1 FAILED KC_T1=skip KC_T2=pass KC_T3=fail
check "no test at all: exit 0" "$tmp/none" 0 PASSED

# The real program, built here (the tree's Makefile, its own output dir).
# Without /sys/kernel/debug/kc_phy_sim and NETIF every test skips in its
# fixture before a socket is opened.
if make -s -C "$top/selftests/net" KSFT_DIR="$ksft" OUTPUT="$tmp/net" \
	"$tmp/net/ethtool_phy" >"$tmp/make.log" 2>&1; then
	if [ -e /sys/kernel/debug/kc_phy_sim ]; then
		ktap_result skip "ethtool_phy without simulator or NETIF: exit 4" \
			"the simulator is loaded on this machine"
	else
		check "ethtool_phy without simulator or NETIF: exit 4" "$tmp/net/ethtool_phy" 4 SKIPPED
	fi
else
	grep -v 'statically linked applications' "$tmp/make.log" | tail -n 8 | sed 's/^/# /'
	ktap_result fail "ethtool_phy without simulator or NETIF: exit 4 # does not build"
fi
ktap_finish
