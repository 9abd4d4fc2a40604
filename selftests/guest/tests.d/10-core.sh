# SPDX-License-Identifier: GPL-2.0
# kc-drivers: ours
#
# core/'s in-kernel unit tests: load kcrate.ko (the shared part of core/)
# and kc_core_test.ko, whose init runs every case and prints KTAP to the
# kernel log (prefix "kc_core_ktap: "). Its KTAP is re-emitted here as the
# nested subtest of check 2; the module loads only if every case passed.
. /kc/lib.sh

M=$KC_MODULES
kc_require kc_core_test.ko

is_loaded() { grep -q "^$1 " /proc/modules; }

ktap_header 4

# 1: kcrate.ko, the core module the test imports symbols from.
ours_kcrate=0
if is_loaded kcrate; then
	ktap_result ok "kcrate.ko loaded"
elif [ -f "$M/kcrate.ko" ] && insmod "$M/kcrate.ko"; then
	ours_kcrate=1
	ktap_result ok "kcrate.ko loaded"
else
	ktap_result fail "kcrate.ko loaded"
fi

# 2: the unit tests, nested.
dmesg -c >/dev/null
insmod "$M/kc_core_test.ko" 2>/tmp/kc-core-insmod
rc=$?
dmesg | sed -n 's/^.*kc_core_ktap: //p' >/tmp/kc-core-ktap
sed 's/^/  /' /tmp/kc-core-ktap
ok=1
if [ "$rc" -ne 0 ]; then
	sed 's/^/# insmod: /' /tmp/kc-core-insmod
	echo "# kc_core_test.ko init failed (status $rc)"
	ok=0
fi
if ! grep -q '^KTAP version 1' /tmp/kc-core-ktap || ! grep -q '^1\.\.[0-9]' /tmp/kc-core-ktap; then
	echo "# no KTAP header from kc_core_test"
	ok=0
fi
if grep -q 'not ok' /tmp/kc-core-ktap; then
	ok=0
fi
if [ "$ok" = 1 ]; then
	ktap_result ok "kc_core_test"
else
	ktap_result fail "kc_core_test"
fi

# 3, 4: unload, in reverse order.
if is_loaded kc_core_test; then
	ktap_check "kc_core_test.ko unloaded" rmmod kc_core_test
else
	ktap_result skip "kc_core_test.ko unloaded" "not loaded"
fi
if [ "$ours_kcrate" = 1 ]; then
	ktap_check "kcrate.ko unloaded" rmmod kcrate
else
	ktap_result skip "kcrate.ko unloaded" "not loaded by this test"
fi
ktap_finish
