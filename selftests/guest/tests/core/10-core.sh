# SPDX-License-Identifier: GPL-2.0
#
# core/'s in-kernel unit tests: load kcrate.ko (the shared part of core/)
# and kc_core_test.ko, whose init runs every case and prints KTAP to the
# kernel log (prefix "kc_core_ktap: "). Its KTAP is re-emitted here as the
# nested subtest of check 2; the module loads only if every case passed.
# Its module-level debugfs directory (abstractions/debugfs.h) is read while
# it is loaded and is gone after rmmod.
. /kc/lib/guest.sh

M=$KC_MODULES
kc_require kc_core_test.ko

is_loaded() { grep -q "^$1 " /proc/modules; }

ktap_header 7

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
if kc_ktest_run kc_core_test kc_core_ktap; then
	ktap_result ok "kc_core_test"
else
	ktap_result fail "kc_core_test"
fi

# 3 to 6: the module's debugfs file while loaded, and open; unload; the
# directory gone.
D=/sys/kernel/debug/kc_core_test
if is_loaded kc_core_test; then
	ktap_check "the module's debugfs file shows its state (loaded 1, mode 400)" \
		sh -c "[ \"\$(cat $D/loaded)\" = 1 ] && [ \"\$(stat -c %a $D/loaded)\" = 400 ]"
	ktap_check "an open debugfs file keeps the module loaded" \
		sh -c "exec 3<$D/loaded; ! rmmod kc_core_test 2>/dev/null && grep -q '^kc_core_test ' /proc/modules"
	ktap_check "kc_core_test.ko unloaded" rmmod kc_core_test
	ktap_check "its debugfs directory is gone after rmmod (removed by the drop)" sh -c "[ ! -e $D ]"
else
	ktap_result skip "the module's debugfs file shows its state (loaded 1, mode 400)" "not loaded"
	ktap_result skip "an open debugfs file keeps the module loaded" "not loaded"
	ktap_result skip "kc_core_test.ko unloaded" "not loaded"
	ktap_result skip "its debugfs directory is gone after rmmod (removed by the drop)" "not loaded"
fi
if [ "$ours_kcrate" = 1 ]; then
	ktap_check "kcrate.ko unloaded" rmmod kcrate
else
	ktap_result skip "kcrate.ko unloaded" "not loaded by this test"
fi
ktap_finish
