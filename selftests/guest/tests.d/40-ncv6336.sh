# SPDX-License-Identifier: GPL-2.0
# kc-drivers: ours
#
# drivers/regulator/ncv6336 on a simulated chip: the kernel's i2c-stub at
# 0x1c with registers preset through i2c-dev, a regulator consumer module
# (kc_reg_consumer) driving it through the regulator core, and every
# register checked back through i2c-dev: the bits the request is about
# change, nothing else does. Then a chip that does not answer (0x1d), the
# VSEL line on a simulated GPIO controller, and 100 unbind/bind cycles.
. /kc/lib.sh

M=$KC_MODULES
for m in ncv6336 kc_reg_consumer kc_gpio_sim; do
	if [ ! -f "$M/$m.ko" ]; then
		echo "# SKIP $m.ko is not built"
		exit 4
	fi
done
if ! modprobe i2c-stub chip_addr=0x1c || ! modprobe i2c-dev; then
	echo "# SKIP no i2c-stub or i2c-dev in this kernel"
	exit 4
fi

# Refusals and failed probes log errors by design: keep them off the
# console, which the host parses (dmesg keeps them).
printk_saved=$(cut -f1 /proc/sys/kernel/printk)
echo 1 > /proc/sys/kernel/printk

bus=
for a in /sys/bus/i2c/devices/i2c-*; do
	grep -q "SMBus stub" "$a/name" 2>/dev/null && bus=${a##*/i2c-}
done
adap=/sys/bus/i2c/devices/i2c-$bus
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

ktap_header 21

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
rmmod kc_reg_consumer

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

echo 0x1c > "$adap/delete_device"
ktap_check "VSEL GPIO released at unbind" \
	sh -c "[ \"\$(sed -n 's/^2 //p' $G/fast/state | cut -d' ' -f4)\" = 0 ]"
echo clear > "$G/lookup"
ktap_check "modules unload" sh -c "rmmod kc_gpio_sim && rmmod ncv6336 && rmmod i2c-dev && rmmod i2c-stub"
echo "$printk_saved" > /proc/sys/kernel/printk
ktap_finish
