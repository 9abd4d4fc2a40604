#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Compile-fail tests of core/: what kcrate promises the compiler refuses.
# Each compile-fail/cf_*.c builds cleanly as it is (checked, so a case
# cannot "pass" by being broken) and must fail to build with -DKC_CF_BAD,
# with the message given on its "expect:" line (an extended regex). The
# flags are the project's: -I<root>, the probed features, and
# -Werror=jump-misses-init; plus -Werror, so that __must_check findings
# count. Prints KTAP; exit 0 if all passed, 1 otherwise.
#
# usage: compile-fail.sh KDIR [make arguments such as CC= ARCH=]
set -u
kdir=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/kc-cf.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$top/helpers/probe.sh" "$kdir" "$work/kc_features.h" "$@" >/dev/null 2>&1 ||
	{ echo "compile-fail.sh: probing $kdir failed" >&2; exit 1; }

flags="-I$top -include $work/kc_features.h -Werror=jump-misses-init -Werror"
cases=$(cd "$here/compile-fail" && ls cf_*.c)
n=$(echo "$cases" | wc -l)

# The good variants, all in one build.
mkdir "$work/good"
cp "$here"/compile-fail/* "$work/good/"
objs=$(echo "$cases" | sed 's/\.c$/.o/' | tr '\n' ' ')
printf 'ccflags-y := %s\nobj-m := %s\n' "$flags" "$objs" >"$work/good/Kbuild"
make -k -C "$kdir" M="$work/good" "$@" $objs >"$work/good.log" 2>&1

echo "KTAP version 1"
echo "1..$n"
i=0
failed=0
for c in $cases; do
	i=$((i + 1))
	name=${c%.c}
	expect=$(sed -n 's,^/\* expect: \(.*\) \*/$,\1,p' "$here/compile-fail/$c")
	if [ ! -f "$work/good/$name.o" ]; then
		grep -A3 "$c" "$work/good.log" | head -n 12 | sed 's/^/# /'
		echo "not ok $i $name # the good variant does not build"
		failed=1
		continue
	fi
	d="$work/bad-$name"
	mkdir "$d"
	cp "$here/compile-fail/$c" "$here/compile-fail/cf_common.h" "$d/"
	printf 'ccflags-y := %s -DKC_CF_BAD\nobj-m := %s.o\n' "$flags" "$name" >"$d/Kbuild"
	if make -C "$kdir" M="$d" "$@" "$name.o" >"$d.log" 2>&1; then
		echo "# it compiled"
		echo "not ok $i $name"
		failed=1
	elif grep -Eq -- "$expect" "$d.log"; then
		echo "ok $i $name"
	else
		grep -E 'error|warning' "$d.log" | head -n 5 | sed 's/^/# /'
		echo "# expected: $expect"
		echo "not ok $i $name"
		failed=1
	fi
done
exit $failed
