# SPDX-License-Identifier: GPL-2.0
#
# The doctests: the "Example::" blocks of core/ and abstractions/ headers,
# extracted by scripts/kc-doctests into kc_doctest.ko at build time. Its
# init runs the runnable examples and prints KTAP (prefix
# "kc_doctest_ktap: "), one line per example named HEADER:LINE, the
# compile-only ones skipped (they were built with the modules). It is
# re-emitted here as the nested subtest of check 2; the module loads only
# if every runnable example passed.
. /kc/lib/guest.sh

M=$KC_MODULES
kc_require kcrate.ko kc_doctest.ko

is_loaded() { grep -q "^$1 " /proc/modules; }

ktap_header 4

# 1: kcrate.ko, which the examples import symbols from.
ours_kcrate=0
if is_loaded kcrate; then
	ktap_result ok "kcrate.ko loaded"
elif insmod "$M/kcrate.ko"; then
	ours_kcrate=1
	ktap_result ok "kcrate.ko loaded"
else
	ktap_result fail "kcrate.ko loaded"
fi

# 2: the examples, nested.
ok=ok
kc_ktest_run kc_doctest kc_doctest_ktap || ok=fail
# At least one example ran: a module whose examples are all compile-only
# would pass without testing anything.
if ! grep -Eq '^ *ok [0-9]+ [a-z/]+\.h:[0-9]+$' /tmp/kc_doctest.ktap; then
	echo "# no runnable example passed"
	ok=fail
fi
ktap_result "$ok" "kc_doctest"

# 3, 4: unload, in reverse order.
if is_loaded kc_doctest; then
	ktap_check "kc_doctest.ko unloaded" rmmod kc_doctest
else
	ktap_result skip "kc_doctest.ko unloaded" "not loaded"
fi
if [ "$ours_kcrate" = 1 ]; then
	ktap_check "kcrate.ko unloaded" rmmod kcrate
else
	ktap_result skip "kcrate.ko unloaded" "not loaded by this test"
fi
ktap_finish
