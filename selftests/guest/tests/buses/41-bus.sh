# SPDX-License-Identifier: GPL-2.0
#
# abstractions/i2c.h, regmap.h and gpio.h, in the kernel: kc_bus_test is
# an I2C driver built on them; bound to an i2c-stub chip at 0x1e, its probe
# runs the cases (SMBus transfers, regmap access and refusals, register
# fields, GPIO lines on the sleeping and the non-sleeping simulated
# controller) and prints KTAP, re-emitted here as nested subtest 2. Then
# what the cases left behind is checked from outside: the register file
# through i2c-dev, the lines through kc_gpio_sim, the message of the
# missing required line, and the lines' release at unbind. Last, the
# driver's per-device state (core/state.h): remove gets the object probe
# built, the drop runs once after remove; a probe that fails gets no drop;
# a state that cannot be allocated keeps probe from running; nothing is
# left allocated after either. And abstractions/debugfs.h: probe makes
# /sys/kernel/debug/kc_bus_test/ on the state; its files are read and
# written here (modes, show, store, the write bound, a store's error), an
# unbind waits for a show in progress, the directory is gone after it,
# and a directory whose device-managed action fails is absent while the
# binding goes on.
. /kc/lib/guest.sh

M=$KC_MODULES
kc_i2c_stub_setup 0x1e kc_bus_test kc_gpio_sim
bus=$KC_I2C_BUS
adap=$KC_I2C_ADAP
dev=$bus-001e
G=/sys/kernel/debug/kc_gpio_sim

ktap_header 23

insmod "$M/kc_gpio_sim.ko"
echo "$dev fast fast 0" > "$G/lookup"
echo "$dev slow slow 0" > "$G/lookup"
echo "$dev inv fast 1 low" > "$G/lookup"
ktap_check "kc_bus_test loads" insmod "$M/kc_bus_test.ko"

dmesg -c >/dev/null
echo kc_bus_test 0x1e > "$adap/new_device"
dmesg | sed -n 's/^.*kc_bus_ktap: //p' >/tmp/kc-bus-ktap
sed 's/^/  /' /tmp/kc-bus-ktap
if grep -q '^1\.\.6' /tmp/kc-bus-ktap && ! grep -q 'not ok' /tmp/kc-bus-ktap &&
   [ "$(grep -c '^ok [0-9]' /tmp/kc-bus-ktap)" = 6 ]; then
	ktap_result ok "kc_bus_test"
else
	ktap_result fail "kc_bus_test"
fi

ktap_check "the missing required line is named in the log" \
	sh -c "dmesg | grep -q \"missing required GPIO 'absent'\""
ktap_check "register file holds what the field writes left (0x24 = 0xda, 0x25 = 0xdf)" \
	sh -c "[ \$(i2cget -f -y $bus 0x1e 0x24 b) = 0xda ] && [ \$(i2cget -f -y $bus 0x1e 0x25 b) = 0xdf ]"
ktap_check "non-sleeping line: output, high, held" \
	sh -c "[ \"\$(sed -n 's/^0 //p' $G/fast/state | cut -d' ' -f1,2,4)\" = 'o 1 1' ]"
ktap_check "sleeping line: high through the _cansleep setter only (one set call)" \
	sh -c "[ \"\$(sed -n 's/^0 //p' $G/slow/state | cut -d' ' -f1,2,4,5)\" = 'o 1 1 1' ]"
ktap_check "active-low line, logically active: physically low" \
	sh -c "[ \"\$(sed -n 's/^1 //p' $G/fast/state | cut -d' ' -f1,2,4)\" = 'o 0 1' ]"

# --- debugfs ---
D=/sys/kernel/debug/kc_bus_test
# wr FILE TEXT: write TEXT to FILE in one write(); dd's error, if any.
wr() { printf '%s' "$2" | dd of="$1" bs=4096 conv=notrunc 2>&1 >/dev/null | grep -i error; }
long() { head -c "$1" /dev/zero | tr '\0' a; }
ktap_check "debugfs: the modes follow the callbacks (value, text 600; reset 200; slow 400)" \
	sh -c "[ \"\$(stat -c '%n %a' $D/value $D/text $D/reset $D/slow | sed 's,.*/,,' | tr '\n' ' ')\" = \
		'value 600 text 600 reset 200 slow 400 ' ]"
ktap_check "debugfs: show reads the state, store parses (42, then 0x10 as 16)" \
	sh -c "[ \"\$(cat $D/value)\" = 0 ] && echo 42 > $D/value && [ \"\$(cat $D/value)\" = 42 ] &&
	       echo 0x10 > $D/value && [ \"\$(cat $D/value)\" = 16 ]"
ktap_check "debugfs: store gets the write trimmed and NUL-terminated" \
	sh -c "printf '  hi there \n' > $D/text && [ \"\$(cat $D/text)\" = '[hi there]' ] &&
	       printf 'x' > $D/text && [ \"\$(cat $D/text)\" = '[x]' ]"
dmesg -c >/dev/null
long_ok() { [ -z "$(wr $D/text "$(long 127)")" ] && [ "$(cat $D/text)" = "[$(long 127)]" ]; }
long_refused() {
	local err
	err=$(wr $D/text "$(long 128)")
	echo "# the writer got: $err"
	case "$err" in *"Invalid argument"*) ;; *) return 1 ;; esac
	[ "$(cat $D/text)" = "[$(long 127)]" ] &&
		dmesg | grep -q 'debugfs: kc_bus_test/text: input too long: 128 bytes, at most 127'
}
ktap_check "debugfs: a 127-byte write is stored whole" long_ok
ktap_check "debugfs: a 128-byte write is refused with EINVAL and logged, before store" long_refused
store_error() {
	local err
	err=$(wr $D/value 1001)
	echo "# the writer got: $err"
	case "$err" in *"out of range"*) ;; *) return 1 ;; esac
	err=$(wr $D/value abc)
	case "$err" in *"Invalid argument"*) ;; *) return 1 ;; esac
	[ "$(cat $D/value)" = 16 ] && dmesg | grep -q 'kc_bus_test: value: 1001 is above 1000'
}
ktap_check "debugfs: a store's error reaches the writer (ERANGE, EINVAL), the value unchanged" store_error
ktap_check "debugfs: a store-only file (reset) stores, and is not readable" \
	sh -c "echo > $D/reset && [ \"\$(cat $D/value)\" = 0 ] && ! cat $D/reset 2>/dev/null"

# The unbind below waits for this show, which sleeps before it reads the
# state: after an unbind that did not wait, it would read freed memory
# (poisoned by slub_debug). cat's next read, after the removal, gets EIO.
cat $D/slow >/tmp/kc-bus-slow 2>/tmp/kc-bus-slow.err &
slow=$!
sleep 0.5
dmesg -c >/dev/null
echo 0x1e > "$adap/delete_device"
wait $slow
sed 's/^/# /' /tmp/kc-bus-slow /tmp/kc-bus-slow.err
ktap_check "debugfs: unbind waits for a show in progress, which sees the live state; the next read gets EIO" \
	sh -c "[ \"\$(cat /tmp/kc-bus-slow)\" = 'built 0x6b637374' ] &&
	       grep -qiE 'I/O error|Input/output error' /tmp/kc-bus-slow.err"
ktap_check "debugfs: the directory is gone after unbind" sh -c "[ ! -e $D ]"
ktap_check "every line released at unbind" \
	sh -c "[ \$(sed -n 's/^0 //p' $G/fast/state | cut -d' ' -f4) = 0 ] &&
	       [ \$(sed -n 's/^1 //p' $G/fast/state | cut -d' ' -f4) = 0 ] &&
	       [ \$(sed -n 's/^0 //p' $G/slow/state | cut -d' ' -f4) = 0 ]"
# The teardown lines, in the order they were logged.
teardown() { dmesg | sed -n 's/^.*kc_bus_test: \(remove\|drop\|probe fails\)/\1/p'; }
teardown >/tmp/kc-bus-teardown
sed 's/^/# /' /tmp/kc-bus-teardown
ktap_check "remove gets the state probe built, then the drop runs once" sh -c \
	"[ \"\$(cat /tmp/kc-bus-teardown)\" = \"\$(printf '%s\n' \
	   'remove: the state probe built, 1 allocation(s) live' \
	   'drop: built by probe, after remove')\" ]"

# A probe that fails after writing its state: the state is freed, no drop.
rmmod kc_bus_test
insmod "$M/kc_bus_test.ko" fail_probe=1
dmesg -c >/dev/null
echo kc_bus_test 0x1e > "$adap/new_device"
echo 0x1e > "$adap/delete_device"
teardown >/tmp/kc-bus-teardown
sed 's/^/# /' /tmp/kc-bus-teardown
ktap_check "a failed probe: no remove, no drop" sh -c \
	"[ \"\$(cat /tmp/kc-bus-teardown)\" = 'probe fails on purpose' ]"

# The state's allocation fails on the second binding: probe does not run,
# and a third binding finds nothing left from the first two.
rmmod kc_bus_test
insmod "$M/kc_bus_test.ko" fail_next_state=1
echo kc_bus_test 0x1e > "$adap/new_device"
echo 0x1e > "$adap/delete_device"
dmesg -c >/dev/null
echo kc_bus_test 0x1e > "$adap/new_device"
ktap_check "no state: probe does not run, the bind fails with -ENOMEM" sh -c \
	"! dmesg | grep -q 'kc_bus_ktap: ' && dmesg | grep -q 'failed with error -12'"
echo 0x1e > "$adap/delete_device"
dmesg -c >/dev/null
echo kc_bus_test 0x1e > "$adap/new_device"
ktap_check "the next binding probes" sh -c "dmesg | grep -q 'kc_bus_ktap: *ok 1 state'"
echo 0x1e > "$adap/delete_device"
ktap_check "nothing left allocated from the failed bindings" sh -c \
	"dmesg | grep -q 'kc_bus_test: remove: the state probe built, 1 allocation(s) live'"

# The debugfs directory's device-managed action fails: no directory, and
# the binding goes on (debugfs is not fatal); nothing of it is left.
rmmod kc_bus_test
insmod "$M/kc_bus_test.ko" fail_debugfs=1
dmesg -c >/dev/null
echo kc_bus_test 0x1e > "$adap/new_device"
ktap_check "debugfs: the directory's action fails: no directory, the binding goes on" sh -c \
	"[ ! -e $D ] && dmesg | grep -q 'kc_bus_test: no debugfs directory' &&
	 [ -e /sys/bus/i2c/drivers/kc_bus_test/$dev ]"
echo 0x1e > "$adap/delete_device"
echo clear > "$G/lookup"
rmmod kc_bus_test
rmmod kc_gpio_sim
rmmod i2c-dev
rmmod i2c-stub
kc_i2c_stub_done
ktap_finish
