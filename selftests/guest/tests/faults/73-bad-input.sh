# SPDX-License-Identifier: GPL-2.0
#
# Bad input, refused cleanly:
#  1. a bounded netlink fuzz of LINKMODES_SET and LINKINFO_SET on the
#     simulated interface (selftests/stress/nl_fuzz: FUZZ_COUNT random
#     attribute sets, fixed seed FUZZ_SEED, each sent twice): the same
#     answer both times, a refused request changes nothing, the link works
#     afterwards, no splat;
#  2. out-of-range module parameters of our modules (kc_core_test's ranged
#     ones; ax88796b and kc_phy_sim have none): insmod fails with EINVAL or
#     ERANGE and nothing stays loaded;
#  3. bad values to the simulator's controls: each write refused, the
#     value read back unchanged.
. /kc/lib/guest.sh
. /kc/lib/faults.sh

FUZZ_COUNT=${KC_FUZZ_COUNT:-5000}
FUZZ_SEED=${KC_FUZZ_SEED:-20261125}

kc_require kc_phy_sim.ko
ktap_header 6
kc_need_phy_driver
# Some PHY the driver under test handles (the AX88772A, but for upstream's
# driver before v5.11).
PHY=$(kc_some_phy_id) || exit 1
kc_fresh_sim || exit 1

echo "0 $PHY" >$SIM/new_device
ip link set kcsim0 up
kc_wait_for 5 kc_carrier_is kcsim0 1

t0=$(cut -d' ' -f1 /proc/uptime)
nl_fuzz kcsim0 "$FUZZ_COUNT" "$FUZZ_SEED" >/tmp/kc-fuzz 2>&1
fuzz_rc=$?
t1=$(cut -d' ' -f1 /proc/uptime)
grep '^#' /tmp/kc-fuzz
sed -n 's/^\(not \)*ok [0-9]* /# fuzz: &/p' /tmp/kc-fuzz
echo "# nl_fuzz took $(echo "$t0 $t1" | awk '{ printf "%.1f", $2 - $1 }')s"
if [ "$fuzz_rc" = 0 ] && grep -q '^ok 3 ' /tmp/kc-fuzz; then
	ktap_result ok "netlink fuzz: $FUZZ_COUNT messages (seed $FUZZ_SEED), consistent answers, refusals change nothing"
else
	ktap_result fail "netlink fuzz: $FUZZ_COUNT messages (seed $FUZZ_SEED), consistent answers, refusals change nothing"
fi

sane_after_fuzz()
{
	ethtool -s kcsim0 autoneg on advertise 0x00f || return 1
	ip link set kcsim0 down && ip link set kcsim0 up || return 1
	kc_wait_for 5 kc_carrier_is kcsim0 1 || { echo "no carrier"; return 1; }
	ethtool kcsim0 | grep -q 'Speed: 100Mb/s' && ethtool kcsim0 | grep -q 'Duplex: Full' &&
	grep -q '^speed 100' $SIM/0/status
}
ktap_check "after the fuzz: settings restore, link up at 100Mb/s full" sane_after_fuzz

# --- module parameters --------------------------------------------------
bad_params_refused()
{
	local p out
	[ -f "$KC_MODULES/kc_core_test.ko" ] || { echo "kc_core_test.ko is not built"; return 1; }
	grep -q '^kcrate ' /proc/modules || modprobe kcrate 2>/dev/null ||
		insmod "$KC_MODULES/kcrate.ko" 2>/dev/null
	for p in level=11 level=-11 level=abc level= level=99999999999 \
		 width=0 width=65 width=-1 flag=maybe values=1,2,3,4,5 values=x; do
		if out=$(insmod "$KC_MODULES/kc_core_test.ko" "$p" 2>&1); then
			echo "insmod kc_core_test $p was accepted"
			rmmod kc_core_test
			return 1
		fi
		echo "kc_core_test $p: $(echo "$out" | sed 's/.*: //')"
		case "$out" in *"Invalid argument"*|*"Invalid parameters"*|*"out of range"*|*"Numerical result"*) ;;
		*) echo "unexpected error for $p: $out"; return 1 ;; esac
		grep -q '^kc_core_test ' /proc/modules && { echo "loaded anyway"; return 1; }
	done
	return 0
}
if [ "$KC_DRIVER" = ours ]; then
	ktap_check "out-of-range module parameters of kc_core_test are refused" bad_params_refused
else
	ktap_result skip "out-of-range module parameters of kc_core_test are refused" "kcrate's modules: ours run only"
fi

# --- simulator controls -------------------------------------------------
# refused FILE VALUE: the write fails and the file reads the same after.
refused()
{
	local before after
	before=$(cat "$1")
	if sh -c "echo '$2' > '$1'" 2>/dev/null; then
		echo "$1: '$2' was accepted"
		return 1
	fi
	after=$(cat "$1")
	[ "$before" = "$after" ] || { echo "$1: changed by the refused '$2'"; return 1; }
}
controls_refuse()
{
	local d=$SIM/0 f v bad=0
	while read -r f v; do
		refused "$d/$f" "$v" || bad=1
	done <<EOF
link 2
link -1
link abc
link 4294967296
lpa_zero 2
reset_stuck 7
partner_advertise 0x10000
partner_advertise zz
delay_us 1000001
delay_us -1
inject read 32 -5
inject read 1 5
inject read 1 -5 0
inject poke 1 -5
inject write -1 -5
regs 32 0x0000
regs 0 0x10000
regs 0
EOF
	return $bad
}
ktap_check "the simulator's per-instance controls refuse bad values, unchanged" controls_refuse
bus_controls_refuse()
{
	refused $SIM/new_device "256 0x003b1861" && refused $SIM/new_device "1 0" &&
	refused $SIM/new_device "1 0x003b1861 32" && refused $SIM/new_device "" &&
	refused $SIM/del_device "7" && refused $SIM/del_device "x" &&
	[ ! -e /sys/class/net/kcsim1 ]
}
ktap_check "new_device/del_device refuse bad values" bus_controls_refuse
teardown() { echo 0 >$SIM/del_device && modprobe -r kc_phy_sim && rmmod "$KC_PHY_MODULE"; }
ktap_check "teardown" teardown
ktap_finish
