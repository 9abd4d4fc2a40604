# SPDX-License-Identifier: GPL-2.0
#
# abstractions/gpio_chip.h in the kernel: kc_gpiochip_test registers chips
# of a test board, atomic and sleeping, and drives their lines through
# gpiolib (values, directions, a set error, offsets out of range, the
# chips removed before their owner's drop, the owner's allocation fault),
# and abstractions/gpio.h's board lookup tables (bad input, each
# allocation failing in turn).
# Its KTAP is re-emitted as the nested subtest of check 1; the module
# loads only if every case passed.
. /kc/lib.sh

M=$KC_MODULES
kc_require kc_gpiochip_test.ko

ktap_header 3

dmesg -c >/dev/null
insmod "$M/kc_gpiochip_test.ko" 2>/tmp/kc-gpiochip-insmod
rc=$?
dmesg | sed -n 's/^.*kc_gpiochip_ktap: //p' >/tmp/kc-gpiochip-ktap
sed 's/^/  /' /tmp/kc-gpiochip-ktap
ok=1
if [ "$rc" -ne 0 ]; then
	sed 's/^/# insmod: /' /tmp/kc-gpiochip-insmod
	echo "# kc_gpiochip_test.ko init failed (status $rc)"
	ok=0
fi
if ! grep -q '^KTAP version 1' /tmp/kc-gpiochip-ktap || ! grep -q '^1\.\.[0-9]' /tmp/kc-gpiochip-ktap; then
	echo "# no KTAP header from kc_gpiochip_test"
	ok=0
fi
grep -q 'not ok' /tmp/kc-gpiochip-ktap && ok=0
if [ "$ok" = 1 ]; then
	ktap_result ok "kc_gpiochip_test"
else
	ktap_result fail "kc_gpiochip_test"
fi

# The out-of-range case's refusals say what was wrong.
ktap_check "an offset out of range is logged with the chip and the bound" \
	sh -c "dmesg | grep -q 'kc-test-fast: GPIO offset 4 out of range (4 lines)'"

if grep -q '^kc_gpiochip_test ' /proc/modules; then
	ktap_check "kc_gpiochip_test.ko unloaded" rmmod kc_gpiochip_test
else
	ktap_result skip "kc_gpiochip_test.ko unloaded" "not loaded"
fi
ktap_finish
