#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Compile-fail tests: what kcrate promises the compiler refuses. Each
# compile-fail/cf_*.c builds cleanly as it is (checked, so a case cannot
# "pass" by being broken) and must fail to build with -DKC_CF_BAD, with the
# message given on its "expect:" line (an extended regex). The cases are
# built as a user's driver is, through kcrate.mk (its include path, probed
# features and -Werror= flags), plus -Werror, so that __must_check
# findings count. Prints KTAP; exit 0 if all passed, 1 otherwise.
#
# The good variants build in one make; each bad variant is then compiled
# alone with the very command kbuild used for its good twin (from the
# object's .cmd file) plus -DKC_CF_BAD: one kbuild run in all, and every
# CPU busy, so that the build tier can afford the suite on every kernel.
#
# usage: compile-fail.sh KDIR [make arguments such as CC= ARCH=]
#        (7.x: run inside the sid chroot, as scripts/kc-check's build tier does)
set -u
kdir=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/kc-cf.XXXXXX")
trap 'rm -rf "$work"' EXIT

cases=$(cd "$here/compile-fail" && ls cf_*.c)
n=$(echo "$cases" | wc -l)
objs=$(echo "$cases" | sed 's/\.c$/.o/' | tr '\n' ' ')

mkdir "$work/good"
cp "$here"/compile-fail/* "$work/good/"
printf 'include %s/kcrate.mk\nccflags-y := -Werror\nobj-m := %s\n' "$top" "$objs" \
	>"$work/good/Kbuild"
# shellcheck disable=SC2086
make -k -j"$(nproc 2>/dev/null || echo 1)" -C "$kdir" M="$work/good" "$@" $objs >"$work/good.log" 2>&1

# bad NAME: compile NAME's bad variant as kbuild compiled its good twin,
# its messages in $work/NAME.bad.log; true if it compiled.
bad()
{
	local cmd dir
	cmd=$(sed -n 's/^\(saved\)\{0,1\}cmd_[^ ]* := *//p' "$work/good/.$1.o.cmd")
	if [ -z "$cmd" ]; then
		echo "compile-fail.sh: no kbuild command in .$1.o.cmd" >"$work/$1.bad.log"
		return 1
	fi
	# The compiler's part only (kbuild chains objtool and the like after
	# a ';'), with the define right after the compiler's name.
	cmd=${cmd%%;*}
	# It ran in the kernel's tree, or (kbuild from 6.13) in the module's
	# folder, whose sources it then names relative to it.
	case "$cmd" in
	*"$work/good/$1.c"*) dir=$kdir ;;
	*) dir=$work/good ;;
	esac
	rm -f "$work/good/$1.o"
	(cd "$dir" && eval "${cmd%% *} -DKC_CF_BAD ${cmd#* }") >"$work/$1.bad.log" 2>&1 &&
		[ -f "$work/good/$1.o" ]
}

# The bad variants of the good twins that built, as many at a time as there
# are CPUs (each compiles its own object); the verdicts are read in order.
par=$(nproc 2>/dev/null || echo 1)
running=0
for c in $cases; do
	name=${c%.c}
	[ -f "$work/good/$name.o" ] || continue
	touch "$work/$name.good"
	{ if bad "$name"; then echo compiled; else echo refused; fi >"$work/$name.verdict"; } &
	running=$((running + 1))
	if [ "$running" -ge "$par" ]; then
		wait
		running=0
	fi
done
wait

echo "KTAP version 1"
echo "1..$n"
i=0
failed=0 nfail=0
for c in $cases; do
	i=$((i + 1))
	name=${c%.c}
	expect=$(sed -n 's,^/\* expect: \(.*\) \*/$,\1,p' "$here/compile-fail/$c")
	if [ ! -f "$work/$name.good" ]; then
		grep -A3 "$c" "$work/good.log" | head -n 12 | sed 's/^/# /'
		echo "not ok $i $name # the good variant does not build"
		failed=1 nfail=$((nfail + 1))
	elif [ "$(cat "$work/$name.verdict" 2>/dev/null)" != refused ]; then
		echo "# it compiled"
		echo "not ok $i $name"
		failed=1 nfail=$((nfail + 1))
	elif grep -Eq -- "$expect" "$work/$name.bad.log"; then
		echo "ok $i $name"
	else
		grep -E 'error|warning|compile-fail' "$work/$name.bad.log" | head -n 5 | sed 's/^/# /'
		echo "# expected: $expect"
		echo "not ok $i $name"
		failed=1 nfail=$((nfail + 1))
	fi
done
echo "# Totals: pass:$((i - nfail)) fail:$nfail xfail:0 xpass:0 skip:0 error:0"
exit $failed
