# SPDX-License-Identifier: GPL-2.0
#
# samples/kc_minimal (the twin of rust_minimal): load with a good count,
# unload, check the numbers it prints at exit; the default count; values
# out of range or not numbers are refused at load with a message naming
# the parameter, the value and the range. The plain-C twin
# (kc_minimal_plain) must print the same lines.
. /kc/lib/guest.sh

M=$KC_MODULES
kc_require kc_minimal.ko

is_loaded() { grep -q "^$1 " /proc/modules; }
# log_has TEXT: the kernel log since the last dmesg -c has a line with TEXT.
log_has() { dmesg | grep -qF "$1"; }
# run_sample MODULE ARGS...: load, unload, keep the module's log lines.
run_sample()
{
	local mod=$1
	shift
	dmesg -c >/dev/null
	insmod "$M/$mod.ko" "$@" || return 1
	is_loaded "$mod" || return 1
	rmmod "$mod" || return 1
	dmesg | sed -n "s/^.*$mod: //p" >"/tmp/kc-$mod.log"
}
refused()	# refused ARGS...: insmod kc_minimal fails and it is not loaded
{
	dmesg -c >/dev/null
	if insmod "$M/kc_minimal.ko" "$@" 2>/dev/null; then
		rmmod kc_minimal
		return 1
	fi
	! is_loaded kc_minimal
}

ktap_header 12

# Good parameter.
dmesg -c >/dev/null
ktap_check "load with count=5" insmod "$M/kc_minimal.ko" count=5
ktap_check "init message" log_has "kc_minimal: kcrate minimal sample (init)"
ktap_check "count=5 visible in sysfs" \
	sh -c '[ "$(cat /sys/module/kc_minimal/parameters/count)" = 5 ]'
dmesg -c >/dev/null
ktap_check "unload" rmmod kc_minimal
ktap_check "exit prints the 5 numbers" sh -c '
	for l in "number 0: 72" "number 1: 108" "number 2: 144" \
		 "number 3: 180" "number 4: 216" \
		 "kcrate minimal sample (exit)"; do
		dmesg | grep -qF "kc_minimal: $l" || { echo "missing: $l"; exit 1; }
	done'

# Default parameter.
if run_sample kc_minimal && grep -qx "number 2: 144" /tmp/kc-kc_minimal.log &&
   ! grep -q "number 3" /tmp/kc-kc_minimal.log; then
	ktap_result ok "default count=3 gives 3 numbers"
else
	ktap_result fail "default count=3 gives 3 numbers"
fi

# Refused values, and what the log says about them.
ktap_check "count=100 refused at load" refused count=100
ktap_check "log names parameter, value and range" \
	log_has "kc_minimal: parameter count=100 out of range [1, 16]"
ktap_check "count=0 refused at load" refused count=0
ktap_check "log names count=0 and the range" \
	log_has "kc_minimal: parameter count=0 out of range [1, 16]"
ktap_check "count=abc refused, log says why" sh -c "
	dmesg -c >/dev/null
	! insmod $M/kc_minimal.ko count=abc 2>/dev/null &&
	dmesg | grep -qF \"kc_minimal: parameter count='abc' is not an unsigned integer\""

# The plain-C twin behaves the same.
if [ -f "$M/kc_minimal_plain.ko" ]; then
	if run_sample kc_minimal count=7 && run_sample kc_minimal_plain count=7 &&
	   cmp -s /tmp/kc-kc_minimal.log /tmp/kc-kc_minimal_plain.log; then
		ktap_result ok "kc_minimal_plain prints the same lines"
	else
		diff /tmp/kc-kc_minimal.log /tmp/kc-kc_minimal_plain.log 2>&1 | sed 's/^/# /'
		ktap_result fail "kc_minimal_plain prints the same lines"
	fi
else
	ktap_result skip "kc_minimal_plain prints the same lines" "not built"
fi
ktap_finish
