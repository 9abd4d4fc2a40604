#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# scripts/kc-doctests, the doctests' generator: every "Example" block of
# core/ and abstractions/ is extracted whole, none silently dropped; the
# core/ ones run in the guest; what it refuses, it refuses by HEADER:LINE.
# Generates C files only; builds and runs nothing (the build tier compiles
# them, guest test 10-doctests runs them).
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"
gen=$top/scripts/kc-doctests
work=$(mktemp -d "${TMPDIR:-/tmp}/kc-doctests.XXXXXX")
trap 'rm -rf "$work"' EXIT

ktap_header 9

# 1: one example per line that mentions an example and ends a literal
# block's introduction, found independently of the generator.
cd "$top" || exit 1
grep -nE '[Ee]xamples?[^:]*::' core/*.h abstractions/*.h | cut -d: -f1,2 |
	LC_ALL=C sort >"$work/want"
"$gen" --list "$top" >"$work/list" 2>"$work/err"
rc=$?
cut -d' ' -f3 "$work/list" | LC_ALL=C sort >"$work/got"
if [ $rc -eq 0 ] && [ -s "$work/want" ] && cmp -s "$work/want" "$work/got"; then
	ktap_result ok "every Example block is listed ($(wc -l <"$work/want") blocks)"
else
	sed 's/^/# /' "$work/err"
	diff "$work/want" "$work/got" | sed 's/^/# /'
	ktap_result fail "every Example block is listed"
fi

# 2: each generated file holds every code line of its block (the block
# read here with sed: the tab-indented lines after the marker, up to the
# first comment line of text or the comment's end).
missing=0
while read -r id kind where; do
	file=${where%:*}
	line=${where##*:}
	"$gen" --emit "$id" "$top" "$work/$id.c" || { missing=$((missing + 1)); continue; }
	sed -n "$((line + 1)),\$p" "$file" | awk '
		/^ \*\t/ { print substr($0, 4); seen = 1; next }
		/^ \*[ \t]*$/ { next }
		{ exit }' >"$work/$id.block"
	if [ ! -s "$work/$id.block" ]; then
		echo "# $where: no code lines found here"
		missing=$((missing + 1))
	fi
	while IFS= read -r code; do
		grep -qxF "$code" "$work/$id.c" || grep -qxF "	$code" "$work/$id.c" || {
			echo "# $where ($kind): not in $id.c: $code"
			missing=$((missing + 1))
		}
	done <"$work/$id.block"
done <"$work/list"
if [ $missing -eq 0 ]; then
	ktap_result ok "every code line of every block is in its generated file"
else
	ktap_result fail "every code line of every block is in its generated file"
fi

# 3: the core/ examples run in the guest, with an assertion each.
bad=$(awk '$3 ~ /^core\// && $2 != "run" { print $3 }' "$work/list")
for id in $(awk '$2 == "run" { print $1 }' "$work/list"); do
	grep -q 'KT_EXPECT' "$work/$id.block" || bad="$bad $id(no KT_EXPECT)"
done
if [ -z "$bad" ] && grep -q ' run ' "$work/list"; then
	ktap_result ok "core/'s examples are runnable and assert"
else
	echo "# not runnable or asserting nothing: $bad"
	ktap_result fail "core/'s examples are runnable and assert"
fi

# 4: the module runs each runnable example and lists every example.
"$gen" --emit kc_doctest_main "$top" "$work/main.c"
n=$(wc -l <"$work/list")
if grep -q "kt_suite_begin(\"doctests\", $n);" "$work/main.c" &&
   [ "$(grep -c 'kt_run_case(' "$work/main.c")" = "$n" ] &&
   [ "$(grep -c '_case);$' "$work/main.c")" = "$(grep -c ' run ' "$work/list")" ]; then
	ktap_result ok "kc_doctest.ko has one case per example, runnable ones called"
else
	ktap_result fail "kc_doctest.ko has one case per example, runnable ones called"
fi

# 5..9: a made-up tree.
fx=$work/tree
mkdir -p "$fx/core" "$fx/abstractions"
printf '/**\n * DOC: x\n *\n * Example (runs in the guest)::\n *\n *\tstatic int twice(int x)\n *\t{\n *\t\treturn 2 * x;\n *\t}\n *\n *\tKT_EXPECT_EQ(twice(2), 4);\n *\n * Text. Example::\n *\n *\tKC_MODULE(foo, KC_LICENSE("GPL"));\n */\n' >"$fx/core/x.h"
"$gen" --list "$fx" >"$work/fx.list" 2>&1
if [ "$(cat "$work/fx.list")" = "kc_doctest_core_x_4 run core/x.h:4
kc_doctest_core_x_13 module core/x.h:13" ]; then
	ktap_result ok "made-up header: a runnable example and a module found"
else
	sed 's/^/# /' "$work/fx.list"
	ktap_result fail "made-up header: a runnable example and a module found"
fi
"$gen" --emit kc_doctest_core_x_4 "$fx" "$work/fx.c"
if grep -qx '#line 6 "core/x.h"' "$work/fx.c" && grep -qx '#line 11 "core/x.h"' "$work/fx.c" &&
   grep -q '^static __kc_might_sleep int kc_doctest_core_x_4_body(void)$' "$work/fx.c"; then
	ktap_result ok "made-up header: file scope and body apart, #line at each"
else
	sed 's/^/# /' "$work/fx.c"
	ktap_result fail "made-up header: file scope and body apart, #line at each"
fi

refused()	# DESCRIPTION MESSAGE-REGEX HEADER-TEXT: the generator refuses it
{
	printf "$3" >"$fx/core/x.h"
	out=$("$gen" --make "$fx" 2>&1)
	if [ $? -ne 0 ] && echo "$out" | grep -q KC_DOCTEST_ERROR &&
	   echo "$out" | grep -Eq "$2"; then
		ktap_result ok "$1"
	else
		echo "$out" | sed 's/^/# /'
		ktap_result fail "$1"
	fi
}
refused "a marker of another form is refused by header:line" 'core/x.h:2: an example marker' \
	'/*\n * Examples::\n *\n *\tint x;\n */\n'
refused "an empty block is refused by header:line" 'core/x.h:2: the example has no code' \
	'/*\n * Example::\n *\n * text\n */\n'
refused "a runnable example that declares a module is refused" \
	'core/x.h:2: a runnable example cannot declare a module' \
	'/*\n * Example (runs in the guest)::\n *\n *\tKC_MODULE(foo);\n */\n'
ktap_finish
