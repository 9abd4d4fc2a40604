#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kc_nl's reply parsers (selftests/net/kc_nl_parse.c) fed bad netlink
# messages on the host by kc_nl_parse_test, with AddressSanitizer and UBSan
# where the compiler links them:
#   1. `make -C selftests/net parse_test` builds it;
#   2. every case passes: a truncated attribute, a wrong attribute length,
#      a missing mandatory nest, an out-of-range bit index, a string set
#      without its strings, a string without its NUL... each refused with
#      its errno and a message that says what was wrong;
#   3. the test can fail: built with the parsers' policies taken out
#      (nla_parse() given NULL by a forced include), it must not pass, since
#      libnl then hands over attributes of the wrong length and strings
#      without their NUL.
# Needs gcc, pkg-config and libnl's headers; skips without them.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"

net=$top/selftests/net
cc=${CC:-gcc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ktap_header 3
if ! command -v "$cc" >/dev/null 2>&1 || ! command -v pkg-config >/dev/null 2>&1 ||
   ! pkg-config --exists libnl-genl-3.0 libnl-route-3.0; then
	for d in "kc_nl_parse_test builds" "kc_nl_parse_test: every case" \
		"kc_nl_parse_test fails without the policies"; do
		ktap_result skip "$d" "needs $cc, pkg-config and libnl-{3,genl-3,route-3}-dev"
	done
	ktap_finish
fi

# The sanitizers, if this compiler has their runtimes.
san="-fsanitize=address,undefined -fno-sanitize-recover=all"
echo 'int main(void) { return 0; }' >"$tmp/san.c"
if ! "$cc" $san -o "$tmp/san" "$tmp/san.c" >/dev/null 2>&1; then
	echo "# no sanitizer runtime for $cc: built without $san"
	san=
fi

# 1. the build
prog=$tmp/out/kc_nl_parse_test
if make --no-print-directory -C "$net" OUTPUT="$tmp/out" CC="$cc" \
	HOST_SANITIZE="$san" parse_test >"$tmp/build.log" 2>&1; then
	ktap_result ok "kc_nl_parse_test builds${san:+ (sanitizers: $san)}"
else
	tail -n 20 "$tmp/build.log" | sed 's/^/# /'
	ktap_result fail "kc_nl_parse_test builds"
fi

# 2. every case
if [ -x "$prog" ]; then
	"$prog" >"$tmp/run.log" 2>&1
	rc=$?
	sed 's/^/# /' "$tmp/run.log"
	plan=$(sed -n 's/^1\.\.\([0-9]*\)$/\1/p' "$tmp/run.log")
	passed=$(grep -c '^ok ' "$tmp/run.log")
	if [ "$rc" -eq 0 ] && [ -n "$plan" ] && [ "$passed" -eq "$plan" ]; then
		ktap_result ok "kc_nl_parse_test: every case ($passed of $plan)"
	else
		ktap_result fail "kc_nl_parse_test: every case ($passed of ${plan:-?} passed, exit $rc)"
	fi
else
	ktap_result fail "kc_nl_parse_test: every case # not built"
fi

# 3. without the policies, the same cases must catch the parsers out
cat >"$tmp/nopolicy.h" <<'EOF'
#include <netlink/attr.h>
#define nla_parse(tb, max, head, len, policy) nla_parse(tb, max, head, len, NULL)
EOF
if "$cc" -std=gnu11 -D_GNU_SOURCE -g $san -include "$tmp/nopolicy.h" \
	$(pkg-config --cflags libnl-genl-3.0 libnl-route-3.0) \
	-o "$tmp/nopolicy" "$net/kc_nl_parse_test.c" "$net/kc_nl_parse.c" \
	$(pkg-config --libs libnl-genl-3.0 libnl-route-3.0) >"$tmp/np-build.log" 2>&1; then
	"$tmp/nopolicy" >"$tmp/np.log" 2>&1
	rc=$?
	grep '^not ok\|ERROR: AddressSanitizer\|runtime error' "$tmp/np.log" | sed 's/^/# without policies: /'
	if [ "$rc" -ne 0 ]; then
		ktap_result ok "kc_nl_parse_test fails without the policies (exit $rc)"
	else
		ktap_result fail "kc_nl_parse_test fails without the policies # it passed: the cases cannot tell"
	fi
else
	tail -n 20 "$tmp/np-build.log" | sed 's/^/# /'
	ktap_result fail "kc_nl_parse_test fails without the policies # build failed"
fi
ktap_finish
