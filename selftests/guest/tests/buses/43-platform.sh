# SPDX-License-Identifier: GPL-2.0
#
# abstractions/platform.h, in the kernel: kc_platform_test registers a
# platform driver with a per-device state and a remove, creates devices for
# it with typed data, and checks what ran and in which order (probe;
# remove, the probe's own device resource, the state's drop at unbind; no
# remove nor drop after a failed probe; no probe when the state cannot be
# allocated; the scope owner that unregisters; the id table the driver
# macro made binding by its entries only; nothing left allocated). Its
# KTAP is re-emitted here as nested subtest 1; the module loads only if
# every case passed. Then the unload leaves no device behind.
. /kc/lib/guest.sh

kc_require kc_platform_test.ko

ktap_header 2

ok=ok
kc_ktest_run kc_platform_test kc_platform_ktap || ok=fail
# Its one suite of 9 cases.
if ! grep -q '^1\.\.1' /tmp/kc_platform_test.ktap ||
   [ "$(grep -c '^ *ok [0-9]' /tmp/kc_platform_test.ktap)" != 9 ]; then
	ok=fail
fi
ktap_result "$ok" "kc_platform_test"

[ "$KC_KTEST_RC" -eq 0 ] && rmmod kc_platform_test
ktap_check "no device nor driver left after unload" sh -c \
	"! ls /sys/bus/platform/devices | grep -q kc_platform_test &&
	 [ ! -e /sys/bus/platform/drivers/kc_platform_test ]"
ktap_finish
