#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The context checker's corpus: each cases/ctx_*.c is a must-accept case as
# it is, and its must-refuse twin with -DKC_CTX_BAD. Both twins build with
# gcc (so a case cannot pass by being broken C: the checker refuses what the
# compiler accepts); scripts/kc-context must find nothing in the first and,
# in the second, a finding that matches the case's "expect:" line (an
# extended regex). Prints KTAP, one result per twin; exit 0 if all passed.
#
# usage: run.sh KDIR [make arguments]
#   KC_CTX_WRAP: a command to run the probes and make in (7.x: the sid
#   chroot's wrapper, as scripts/kc-check's build tier gives it); the
#   checker itself runs here, with this machine's clang-22.
set -u
kdir=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
# Under build/: the sid chroot (KC_CTX_WRAP) sees the tree, not /tmp.
mkdir -p "$top/build"
work=$(mktemp -d "$top/build/kc-ctx.XXXXXX")
trap 'rm -rf "$work"' EXIT

# shellcheck disable=SC2086
${KC_CTX_WRAP:-} "$top/helpers/probe.sh" "$kdir" "$work/kc_features.h" "$@" >/dev/null 2>&1 ||
	{ echo "run.sh: probing $kdir failed" >&2; exit 1; }

cases=$(cd "$here/cases" && ls ctx_*.c)
objs=$(echo "$cases" | sed 's/\.c$/.o/' | tr '\n' ' ')
n=$(echo "$cases" | wc -l)

for twin in good bad; do
	mkdir "$work/$twin"
	cp "$here"/cases/* "$work/$twin/"
	# The cases define functions for the checker, with no callers here.
	flags="-I$top -include $work/kc_features.h -Werror -Wno-missing-prototypes -Wno-missing-declarations"
	[ $twin = bad ] && flags="$flags -DKC_CTX_BAD"
	printf 'ccflags-y := %s\nobj-m := %s\n' "$flags" "$objs" >"$work/$twin/Kbuild"
	# shellcheck disable=SC2086
	${KC_CTX_WRAP:-} make -k -C "$kdir" M="$work/$twin" "$@" $objs >"$work/$twin.log" 2>&1
	"$top/scripts/kc-context" --kdir "$kdir" "$work/$twin" >"$work/$twin.found" 2>"$work/$twin.err"
done

echo "KTAP version 1"
echo "1..$((2 * n))"
i=0
failed=0 nfail=0
for c in $cases; do
	name=${c%.c}
	expect=$(sed -n 's,^/\* expect: \(.*\) \*/$,\1,p' "$here/cases/$c")
	for twin in good bad; do
		i=$((i + 1))
		mine=$(grep "^$c:" "$work/$twin.found")
		if [ ! -f "$work/$twin/$name.o" ]; then
			grep -A3 "$c" "$work/$twin.log" | head -n 8 | sed 's/^/# /'
			echo "not ok $i $name $twin # gcc does not build it"
			failed=1 nfail=$((nfail + 1))
		elif grep -q "could not check: .*$c" "$work/$twin.err"; then
			grep "$c" "$work/$twin.err" | head -n 4 | sed 's/^/# /'
			echo "not ok $i $name $twin # the checker could not parse it"
			failed=1 nfail=$((nfail + 1))
		elif [ -z "$expect" ]; then
			echo "not ok $i $name $twin # no expect: line"
			failed=1 nfail=$((nfail + 1))
		elif [ $twin = good ] && [ -n "$mine" ]; then
			echo "$mine" | sed 's/^/# /'
			echo "not ok $i $name accepted"
			failed=1 nfail=$((nfail + 1))
		elif [ $twin = good ]; then
			echo "ok $i $name accepted"
		elif echo "$mine" | grep -Eq -- "$expect"; then
			echo "$mine" | head -n 2 | sed 's/^/# /'
			echo "ok $i $name refused"
		else
			echo "${mine:-(no finding)}" | sed 's/^/# /'
			echo "# expected: $expect"
			echo "not ok $i $name refused"
			failed=1 nfail=$((nfail + 1))
		fi
	done
done
echo "# Totals: pass:$((i - nfail)) fail:$nfail xfail:0 xpass:0 skip:0 error:0"
exit $failed
