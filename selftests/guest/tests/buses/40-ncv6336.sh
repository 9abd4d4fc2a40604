# SPDX-License-Identifier: GPL-2.0
#
# drivers/regulator/ncv6336 on a simulated chip: the kernel's i2c-stub at
# 0x1c with registers preset through i2c-dev, a regulator consumer module
# (kc_reg_consumer) driving it through the regulator core, and every
# register checked back through i2c-dev: the bits the request is about
# change, nothing else does. Then a chip that does not answer (0x1d), the
# VSEL line on a simulated GPIO controller, 100 unbind/bind cycles, and a
# suspend cycle without suspend state (VSEL stays low). Then the chip
# described the way board code does it, by a software node with the
# devicetree binding's properties (x86 guests have no devicetree; the
# client is made by i2c_new_client_device() in kc_reg_consumer): the
# constraints and the suspend state land in the registers, and a suspend
# cycle (pm_test "platform": every suspend and resume callback, no
# firmware) programs PROGVSEL1 before VSEL selects it, as the trace shows.
. /kc/lib/guest.sh

M=$KC_MODULES
kc_i2c_stub_setup 0x1c ncv6336 kc_reg_consumer kc_gpio_sim
bus=$KC_I2C_BUS
adap=$KC_I2C_ADAP
drv=/sys/bus/i2c/drivers/ncv6336
dev=$bus-001c
C=/sys/kernel/debug/kc_reg_consumer
G=/sys/kernel/debug/kc_gpio_sim

rd() { i2cget -f -y "$bus" 0x1c "$1" b; }
wr() { i2cset -f -y "$bus" 0x1c "$1" "$2" b; }
# is REG VALUE: the chip's register REG holds VALUE (0xNN)
is() {
	local v
	v=$(rd "$1")
	[ "$v" = "$2" ] && return 0
	echo "register $1 is $v, expected $2"
	return 1
}
log_has() { dmesg | grep -qF "$1"; }
bound() { [ -e "$drv/$dev" ]; }
consumer() { echo "$2" > "$C/$1"; }
reads() { [ "$(cat "$1")" = "$2" ] || { echo "$1 reads $(cat "$1"), expected $2"; return 1; }; }

ktap_header 41

# The chip at power-up, as far as this test cares: ids, 800 mV and off in
# PROGVSEL0, unrelated bits set in PGOOD, COMMAND and LIMCONF.
wr 0x03 0x10; wr 0x04 0x01; wr 0x05 0x02
wr 0x10 0x00; wr 0x11 0x20; wr 0x12 0x01; wr 0x14 0x24; wr 0x16 0x35

dmesg -c >/dev/null
insmod "$M/ncv6336.ko"
echo ncv6336 0x1c > "$adap/new_device"
ktap_check "driver binds to the chip at 0x1c" bound
ktap_check "probe reports the ids" log_has "NCV6336 PID 0x10 RID 0x01 FID 0x02, VSEL fixed"
ktap_check "registration turns active discharge on (PGOOD bit 4 only)" is 0x12 0x11
ktap_check "regulator class device named ncv6336" \
	sh -c 'grep -lx ncv6336 /sys/class/regulator/*/name'

insmod "$M/kc_reg_consumer.ko"
ktap_check "consumer gets the regulator by name" consumer get ncv6336
ktap_check "voltage reads 800000 uV (selector 0x20)" reads "$C/voltage" 800000
ktap_check "enable sets PROGVSEL0 bit 7 only" \
	sh -c "echo 1 > $C/enable && [ \$(i2cget -f -y $bus 0x1c 0x11 b) = 0xa0 ] && [ \$(cat $C/enable) = 1 ]"
ktap_check "1000000 uV programs selector 64 (600 mV + 64 x 6.25 mV)" \
	sh -c "echo '1000000 1000000' > $C/voltage && [ \$(i2cget -f -y $bus 0x1c 0x11 b) = 0xc0 ]"
ktap_check "[1103000, 1110000] uV programs the lowest fitting selector, 81 (1106250 uV)" \
	sh -c "echo '1103000 1110000' > $C/voltage && [ \$(i2cget -f -y $bus 0x1c 0x11 b) = 0xd1 ] &&
	       [ \$(cat $C/voltage) = 1106250 ]"
ktap_check "1393750 uV is selector 127, 600000 uV selector 0" \
	sh -c "echo '1393750 1393750' > $C/voltage && [ \$(i2cget -f -y $bus 0x1c 0x11 b) = 0xff ] &&
	       echo '600000 600000' > $C/voltage && [ \$(i2cget -f -y $bus 0x1c 0x11 b) = 0x80 ]"
ktap_check "a voltage above the range is refused, the register unchanged" \
	sh -c "! echo '1400000 1500000' > $C/voltage 2>/dev/null && [ \$(i2cget -f -y $bus 0x1c 0x11 b) = 0x80 ]"
ktap_check "disable clears bit 7 only" \
	sh -c "echo 0 > $C/enable && [ \$(i2cget -f -y $bus 0x1c 0x11 b) = 0x00 ] && [ \$(cat $C/enable) = 0 ]"
ktap_check "forced PWM sets COMMAND bit 7 only, normal clears it" \
	sh -c "echo fast > $C/mode && [ \$(i2cget -f -y $bus 0x1c 0x14 b) = 0xa4 ] && [ \$(cat $C/mode) = fast ] &&
	       echo normal > $C/mode && [ \$(i2cget -f -y $bus 0x1c 0x14 b) = 0x24 ]"
ktap_check "current limit [4.0, 4.2] A sets LIMCONF.IPEAK = 1 only" \
	sh -c "echo '4000000 4200000' > $C/current && [ \$(i2cget -f -y $bus 0x1c 0x16 b) = 0x75 ] &&
	       [ \$(cat $C/current) = 4000000 ]"
ktap_check "current limit 5.0 A sets IPEAK = 3; 3.0 A is refused" \
	sh -c "echo '5000000 5000000' > $C/current && [ \$(i2cget -f -y $bus 0x1c 0x16 b) = 0xf5 ] &&
	       ! echo '3000000 3000000' > $C/current 2>/dev/null && [ \$(i2cget -f -y $bus 0x1c 0x16 b) = 0xf5 ]"
ktap_check "PROGVSEL1 and PGOOD untouched by all of it" sh -c "[ \$(i2cget -f -y $bus 0x1c 0x10 b) = 0x00 ] &&
	[ \$(i2cget -f -y $bus 0x1c 0x12 b) = 0x11 ]"
consumer get put

# A chip that does not answer: probe fails and says why.
dmesg -c >/dev/null
echo ncv6336 0x1d > "$adap/new_device"
ktap_check "no chip at 0x1d: probe fails with a message" \
	sh -c "[ ! -e $drv/$bus-001d ] && dmesg | grep -q 'no NCV6336 answers at 0x1d'"
echo 0x1d > "$adap/delete_device"

# The VSEL input on a GPIO: requested as an output at PROGVSEL0 (low),
# released at unbind.
echo 0x1c > "$adap/delete_device"
insmod "$M/kc_gpio_sim.ko"
echo "$dev vsel fast 2" > "$G/lookup"
dmesg -c >/dev/null
echo ncv6336 0x1c > "$adap/new_device"
ktap_check "VSEL GPIO requested as output low" \
	sh -c "dmesg | grep -q 'VSEL on a GPIO' && [ \"\$(sed -n 's/^2 //p' $G/fast/state | cut -d' ' -f1,2,4)\" = 'o 0 1' ]"

# 100 unbind/bind cycles: every bind succeeds, nothing accumulates. Slab
# usage is noisy (a cache may take a new page in any batch), a leak is not:
# three batches of 100, and a leak of even 1 kB per bind grows every batch
# by 100 kB, so the smallest growth is what counts.
cycle()
{
	echo "$dev" > "$drv/unbind" && echo "$dev" > "$drv/bind" && bound
}
# Unreclaimable slab, after dropping the dentry and inode caches (sysfs and
# debugfs nodes of each bind land there until reclaimed).
slab()
{
	sync
	echo 2 > /proc/sys/vm/drop_caches
	sed -n 's/^SUnreclaim: *\([0-9]*\) kB/\1/p' /proc/meminfo
}
leaks()
{
	local i b s0 s1 n0 n1 d min=999999
	for i in 1 2 3 4 5 6 7 8 9 10; do cycle || return 1; done
	n0=$(ls /sys/class/regulator | wc -l)
	for b in 1 2 3; do
		s0=$(slab)
		i=0
		while [ $i -lt 100 ]; do
			cycle || { echo "batch $b, cycle $i failed"; return 1; }
			i=$((i + 1))
		done
		s1=$(slab)
		d=$((s1 - s0))
		echo "batch $b: SUnreclaim $s0 kB -> $s1 kB ($d kB over 100 cycles)"
		[ $d -lt $min ] && min=$d
	done
	n1=$(ls /sys/class/regulator | wc -l)
	echo "regulators $n0 -> $n1; smallest growth $min kB per 100 cycles"
	[ "$n0" = "$n1" ] && [ "$min" -lt 64 ]
}
out=$(leaks 2>&1)
rc=$?
echo "$out" | sed 's/^/# /'
if [ "$rc" = 0 ]; then
	ktap_result ok "3 x 100 unbind/bind cycles: all bind, no growth"
else
	ktap_result fail "3 x 100 unbind/bind cycles: all bind, no growth"
fi

# Suspend to RAM, stopped short of the firmware: pm_test "platform" runs
# every device's suspend callbacks (late and noirq ones too), waits 5 s and
# resumes. Traced: the SMBus writes and the GPIO values, in one buffer, so
# in their order.
T=$(kc_tracefs) || echo "# no tracefs: the traced suspend checks fail"
# pm_check DESCRIPTION CMD...: a check that needs the suspend cycle; skipped
# with the reason on a kernel without suspend to RAM and pm_test (the debug
# lane's kernel is configured for the tests' other needs only).
pm_check()
{
	if grep -q deep /sys/power/mem_sleep 2>/dev/null && [ -w /sys/power/pm_test ]; then
		ktap_check "$@"
	else
		ktap_result skip "$1" "no suspend to RAM with pm_test in this kernel"
	fi
}
suspend_cycle()
{
	local rc
	if ! grep -q deep /sys/power/mem_sleep 2>/dev/null; then
		echo "no suspend to RAM: mem_sleep is '$(cat /sys/power/mem_sleep 2>&1)'"
		return 1
	fi
	echo deep > /sys/power/mem_sleep
	echo platform > /sys/power/pm_test || return 1
	echo 0 > "$T/tracing_on"
	echo > "$T/trace"
	echo 1 > "$T/events/smbus/smbus_write/enable"
	echo 1 > "$T/events/gpio/gpio_value/enable"
	echo 1 > "$T/tracing_on"
	echo mem > /sys/power/state
	rc=$?
	echo 0 > "$T/tracing_on"
	echo 0 > "$T/events/smbus/smbus_write/enable"
	echo 0 > "$T/events/gpio/gpio_value/enable"
	echo none > /sys/power/pm_test
	grep -E 'smbus_write|gpio_value' "$T/trace" > /tmp/kc-suspend-trace
	sed 's/^.*: \(smbus_write\|gpio_value\): /# trace: \1: /' /tmp/kc-suspend-trace
	[ "$rc" = 0 ] || echo "echo mem > /sys/power/state failed"
	return $rc
}
# The VSEL line's global GPIO number (the one gpio_value events show), from
# gpiolib's debugfs listing, which numbers lines globally up to 6.x and by
# their offset in the chip on 7.x: an offset (below the chip's base, which
# gpiolib allocates from 512 up) gets the base added (legacy sysfs class,
# found by the chip's label).
vsel_gpio()
{
	local c b
	set -- $(awk '/^gpiochip[0-9]+:/ { lbl = "-"
			if (match($0, /kc-gpio-sim-[a-z]+/)) lbl = substr($0, RSTART, RLENGTH) }
		/^ *gpio-[0-9]+ +\([^|]*\|vsel / { n = $1; sub(/^gpio-/, "", n); print n, lbl; exit }' \
		/sys/kernel/debug/gpio)
	[ $# = 2 ] || return 0
	for c in /sys/class/gpio/gpiochip*; do
		[ "$(cat "$c/label" 2>/dev/null)" = "$2" ] && b=$(cat "$c/base")
	done
	if [ -n "$b" ] && [ "$1" -lt "$b" ]; then echo $(($1 + b)); else echo "$1"; fi
}
# traced_at PATTERN: the line of the trace where PATTERN first shows, or 0.
traced_at() { grep -n "$1" /tmp/kc-suspend-trace | head -n 1 | cut -d: -f1 | grep . || echo 0; }
vsel_state() { sed -n 's/^2 //p' "$G/fast/state" | cut -d' ' -f1,2,4; }

vg=$(vsel_gpio)
vsel_listed() { [ -n "$vg" ] || { grep -E '^gpiochip|vsel' /sys/kernel/debug/gpio; return 1; }; }
ktap_check "VSEL line listed by gpiolib" vsel_listed
# No suspend state (the new_device client's constraints have none): the
# core leaves PROGVSEL1 alone, and so must VSEL.
no_state_cycle()
{
	local sets0 sets1
	sets0=$(sed -n 's/^2 //p' "$G/fast/state" | cut -d' ' -f5)
	suspend_cycle || return 1
	sets1=$(sed -n 's/^2 //p' "$G/fast/state" | cut -d' ' -f5)
	is 0x10 0x00 || return 1
	[ "$(traced_at "gpio_value: $vg set")" = 0 ] || { echo "VSEL was driven"; return 1; }
	[ "$sets0" = "$sets1" ] || { echo "VSEL set calls $sets0 -> $sets1"; return 1; }
	[ "$(vsel_state)" = "o 0 1" ] || { echo "VSEL line: $(vsel_state)"; return 1; }
}
pm_check "suspend cycle without suspend state: PROGVSEL1 untouched, VSEL never driven" \
	no_state_cycle
echo 0x1c > "$adap/delete_device"
ktap_check "VSEL GPIO released at unbind" \
	sh -c "[ \"\$(sed -n 's/^2 //p' $G/fast/state | cut -d' ' -f4)\" = 0 ]"

# The chip as board code describes it: a software node with the binding's
# properties (see kc_reg_consumer.c), the same VSEL lookup. The chip at
# power-up: off at 600 mV, discharge on, forced PWM in program 0, VSELGT set.
wr 0x10 0x00; wr 0x11 0x00; wr 0x12 0x11; wr 0x14 0xa5; wr 0x16 0x35
dmesg -c >/dev/null
echo "$bus 1c" > "$C/board"
ktap_check "software-node client binds as vdd-kc-board (regulator-name), VSEL on the GPIO" \
	sh -c "[ -e $drv/$dev ] && dmesg | grep -q 'vdd-kc-board: NCV6336 PID 0x10 RID 0x01 FID 0x02, VSEL on a GPIO'"
ktap_check "600 mV brought into [700, 1200] mV: PROGVSEL0 = 0x10, still off" is 0x11 0x10
ktap_check "regulator-active-discharge = <0> clears PGOOD bit 4 only" is 0x12 0x01
ktap_check "[4.0, 4.5] A: the highest fitting limit, IPEAK = 2 only" is 0x16 0xb5
ktap_check "initial mode auto clears PWM0; suspend state: PWM1 set, VSELGT clear (COMMAND 0x64)" \
	is 0x14 0x64
ktap_check "suspend state at registration: PROGVSEL1 = 0xb0 (enabled, 900 mV = selector 48)" \
	is 0x10 0xb0
rdir=$(dirname "$(grep -lx vdd-kc-board /sys/class/regulator/*/name)")
mem_state_ok() { reads "$rdir/suspend_mem_state" enabled && reads "$rdir/suspend_mem_microvolts" 900000; }
ktap_check "sysfs: suspend_mem_state enabled, suspend_mem_microvolts 900000" mem_state_ok
ktap_check "VSEL still low after probe" sh -c "[ \"\$(sed -n 's/^2 //p' $G/fast/state | cut -d' ' -f1,2,4)\" = 'o 0 1' ]"

ktap_check "consumer gets vdd-kc-board" consumer get vdd-kc-board
ktap_check "1000000 uV programs PROGVSEL0 = 0x40; 650000 uV (below the node's min) refused" \
	sh -c "echo '1000000 1000000' > $C/voltage && [ \$(i2cget -f -y $bus 0x1c 0x11 b) = 0x40 ] &&
	       ! echo '650000 650000' > $C/voltage 2>/dev/null && [ \$(i2cget -f -y $bus 0x1c 0x11 b) = 0x40 ]"
ktap_check "suspend voltage 950000 uV accepted, not yet programmed (PROGVSEL1 0xb0)" \
	sh -c "echo '950000 950000' > $C/suspend_voltage && [ \$(i2cget -f -y $bus 0x1c 0x10 b) = 0xb0 ]"
ktap_check "suspend voltage 1100000 uV (above the state's max) refused" \
	sh -c "! echo '1100000 1100000' > $C/suspend_voltage 2>/dev/null"

# The suspend cycle: the core programs 950 mV (selector 56) into PROGVSEL1,
# then VSEL goes high; at resume it goes low. Nothing else is written.
sets0=$(sed -n 's/^2 //p' "$G/fast/state" | cut -d' ' -f5)
pm_check "suspend cycle with the suspend state completes" suspend_cycle
seq_ok()
{
	local w h l
	# regmap writes through SMBus I2C block transfers on i2c-stub: [01-b8]
	w=$(traced_at "a=01c .* c=10 .*[[-]b8\]")
	h=$(traced_at "gpio_value: $vg set 1")
	l=$(traced_at "gpio_value: $vg set 0")
	sed 's/^.*: \(smbus_write\|gpio_value\): /trace: \1: /' /tmp/kc-suspend-trace
	echo "PROGVSEL1 write at trace line $w, VSEL high at $h, low at $l"
	[ "$w" -gt 0 ] && [ "$h" -gt "$w" ] && [ "$l" -gt "$h" ]
}
pm_check "PROGVSEL1 = 0xb8 written before VSEL goes high, VSEL low again at resume" seq_ok
pm_check "one SMBus write to the chip in the cycle (PROGVSEL1), two VSEL set calls" \
	sh -c "[ \$(grep -c 'smbus_write: i2c-$bus a=01c' /tmp/kc-suspend-trace) = 1 ] &&
	       [ \$(sed -n 's/^2 //p' $G/fast/state | cut -d' ' -f5) = \$(($sets0 + 2)) ]"
pm_check "after resume: PROGVSEL1 0xb8, PROGVSEL0 0x40, COMMAND 0x64, VSEL low" \
	sh -c "[ \$(i2cget -f -y $bus 0x1c 0x10 b) = 0xb8 ] && [ \$(i2cget -f -y $bus 0x1c 0x11 b) = 0x40 ] &&
	       [ \$(i2cget -f -y $bus 0x1c 0x14 b) = 0x64 ] &&
	       [ \"\$(sed -n 's/^2 //p' $G/fast/state | cut -d' ' -f1,2,4)\" = 'o 0 1' ]"
consumer get put
echo remove > "$C/board"
ktap_check "software-node client removed, VSEL released" \
	sh -c "[ ! -e $drv/$dev ] && [ \$(sed -n 's/^2 //p' $G/fast/state | cut -d' ' -f4) = 0 ]"

# A description that makes no sense: probe fails and names the property.
dmesg -c >/dev/null
echo "$bus 1c bad" > "$C/board"
ktap_check "min-microvolt above max-microvolt: probe fails with a message" \
	sh -c "[ ! -e $drv/$dev ] && dmesg | grep -q 'regulator microvolt: min 1200000 above max 700000'"
echo remove > "$C/board"

echo clear > "$G/lookup"
ktap_check "modules unload" sh -c "rmmod kc_reg_consumer && rmmod kc_gpio_sim && rmmod ncv6336 &&
	rmmod i2c-dev && rmmod i2c-stub"
kc_i2c_stub_done
ktap_finish
