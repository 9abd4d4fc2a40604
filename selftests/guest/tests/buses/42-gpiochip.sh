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
. /kc/lib/guest.sh

kc_require kc_gpiochip_test.ko

ktap_header 3

if kc_ktest_run kc_gpiochip_test kc_gpiochip_ktap; then
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
