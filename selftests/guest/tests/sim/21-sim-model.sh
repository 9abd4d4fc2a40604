# SPDX-License-Identifier: GPL-2.0
#
# The register model of kc_phy_sim, checked two ways:
#  - with the interface down (phylib does not poll), through the `regs`
#    back door: defaults, latched-low link, the reset that needs BMCR_RESET
#    to go 0 -> 1, a stuck reset, power-down, forced mode, negotiation rules,
#    lpa_zero;
#  - with the interface up, through the PHY driver under test: renegotiation
#    with a 10/half partner, forced mode from ethtool, power-down on
#    `ip link set down`, the AX88772A zero-LPA fallback.
# Also the knobs' input validation and the trace format.
. /kc/lib/guest.sh

SIM=/sys/kernel/debug/kc_phy_sim

ktap_header 24

kc_require kc_phy_sim.ko
kc_need_phy_driver

reg() { sed -n "s/^$(printf %02d "$2") //p" "$SIM/$1/regs"; }
reg_is() { local v; v=$(reg "$1" "$2"); [ "$v" = "$3" ] || { echo "reg $2 = $v, expected $3"; return 1; }; }
poke() { echo "$2 $3" > "$SIM/$1/regs"; }
st() { sed -n "s/^$2 //p" "$SIM/$1/status"; }
stat_is() { local v; v=$(st "$1" "$2"); [ "$v" = "$3" ] || { echo "status $2 = $v, expected $3"; return 1; }; }
knob() { echo "$3" > "$SIM/$1/$2"; }
refused() { ! sh -c "echo '$3' > '$SIM/$1/$2'" 2>/dev/null; }
# link_at DEV SPEED DUPLEX: carrier up and ethtool reports that mode (phylib
# may report a resolved mode while the link is still down).
link_at() {
	local out
	kc_carrier_is "$1" 1 || { echo "$1: no carrier"; return 1; }
	out=$(ethtool "$1") || return 1
	echo "$out" | grep -q "Speed: $2" && echo "$out" | grep -q "Duplex: $3" ||
		{ echo "$out" | grep -E 'Speed|Duplex|Auto-negotiation'; return 1; }
}

# Instance 3 (the model checks) is an AX88772C and instance 4 an AX88772A
# at address 5; where the driver under test does not handle those ids
# (upstream's before v5.11), a PHY it handles, and the checks of those
# models' own behaviour skip.
id3=$(kc_some_phy_id 0x003b1881 0x003b1841) || exit 1
id4=$(kc_some_phy_id 0x003b1861 0x003b1841) || exit 1
m3=$(kc_phy_model "$id3") m4=$(kc_phy_model "$id4")
modprobe kc_phy_sim || { echo "# kc_phy_sim did not load"; exit 1; }
echo "3 $id3" > $SIM/new_device || exit 1
echo "4 $id4 5" > $SIM/new_device || exit 1

# --- through the back door, interface down -------------------------------

defaults() {
	reg_is 3 0 0x3100 && reg_is 3 1 0x782d && reg_is 3 2 0x003b &&
	reg_is 3 3 "0x${id3#0x003b}" && reg_is 3 4 0x01e1 && reg_is 3 5 0x45e1 &&
	reg_is 3 6 0x0003 && stat_is 3 speed 100 && stat_is 3 duplex full
}
ktap_check "defaults: BMCR 0x3100, BMSR link+aneg, LPA = partner | ACK" defaults

latched_low() {
	knob 3 link 0 && reg_is 3 1 0x7809 && stat_is 3 link 0 &&
	knob 3 link 1 && stat_is 3 link 1 &&
	reg_is 3 1 0x7829	# link up again, but BMSR not read since the loss
}
ktap_check "BMSR link bit stays low after a loss until read" latched_low

reset_needs_edge() {
	local r
	r=$(st 3 resets)
	poke 3 4 0x0061 && poke 3 0 0x8000 &&
	reg_is 3 4 0x01e1 && stat_is 3 resets $((r + 1)) && reg_is 3 0 0x3100 &&
	poke 3 4 0x0061 && poke 3 0 0x8000 &&
	reg_is 3 4 0x0061 && stat_is 3 resets $((r + 1)) &&
	poke 3 0 0x0000 && poke 3 0 0x8000 &&
	reg_is 3 4 0x01e1 && stat_is 3 resets $((r + 2))
}
ktap_check "reset only when BMCR_RESET goes 0 -> 1, then defaults" reset_needs_edge

reset_stuck() {
	knob 3 reset_stuck 1 && poke 3 0 0 && poke 3 0 0x8000 &&
	reg_is 3 0 0xb100 && stat_is 3 link 0 &&
	knob 3 reset_stuck 0 && reg_is 3 0 0x3100 && stat_is 3 link 1
}
ktap_check "reset_stuck holds BMCR_RESET and the link down until released" reset_stuck

power_down() {
	poke 3 0 0x3900 && stat_is 3 link 0 && reg_is 3 5 0x0000 &&
	poke 3 0 0x3100 && stat_is 3 link 1 && stat_is 3 aneg_complete 1
}
ktap_check "BMCR_PDOWN takes the link down, clearing it renegotiates" power_down

forced() {
	poke 3 0 0x0000 && stat_is 3 link 1 && stat_is 3 aneg_complete 0 &&
	stat_is 3 speed 10 && stat_is 3 duplex half && reg_is 3 5 0x0000 &&
	poke 3 0 0x2100 && stat_is 3 speed 100 && stat_is 3 duplex full &&
	poke 3 0 0x1200 && stat_is 3 aneg_complete 1
}
ktap_check "forced mode follows BMCR speed/duplex with the partner present" forced

negotiation() {
	knob 3 partner_advertise 0x0021 && stat_is 3 speed 10 && stat_is 3 duplex half &&
	reg_is 3 5 0x4021 &&
	poke 3 4 0x0181 && stat_is 3 speed 10 &&	# no restart: no effect yet
	poke 3 0 0x1200 && stat_is 3 aneg_complete 0 && stat_is 3 link 0 &&
	poke 3 4 0x01e1 && poke 3 0 0x1200 && stat_is 3 link 1 &&
	knob 3 partner_advertise 0x05e1 && stat_is 3 speed 100
}
ktap_check "negotiation: highest common mode, ADVERTISE needs a restart, none in common = no link" negotiation

lpa_zero() {
	knob 3 lpa_zero 1 && reg_is 3 5 0x0000 && stat_is 3 aneg_complete 1 &&
	knob 3 lpa_zero 0 && reg_is 3 5 0x45e1
}
ktap_check "lpa_zero hides LPA after a complete negotiation" lpa_zero

knobs_validate() {
	refused 3 link 2 && refused 3 lpa_zero x && refused 3 reset_stuck -1 &&
	refused 3 partner_advertise 0x10000 && refused 3 delay_us 1000001 &&
	refused 3 regs "32 0x0000" && refused 3 regs "0" &&
	knob 3 delay_us 100 && [ "$(cat $SIM/3/delay_us)" = 100 ] &&
	knob 3 delay_us 0 && [ "$(cat $SIM/3/partner_advertise)" = 0x05e1 ] &&
	[ "$(cat $SIM/3/link)" = 1 ]
}
ktap_check "knobs read back and refuse bad values" knobs_validate

# --- through the driver under test, interface up -------------------------

echo 0 > $SIM/3/trace
ip link set kcsim3 up
ktap_check "$m3: carrier comes up" kc_wait_for 5 kc_carrier_is kcsim3 1
ktap_check "$m3: ethtool 100Mb/s Full" link_at kcsim3 100Mb/s Full

trace_format() {
	local bad
	[ -n "$(cat $SIM/3/trace)" ] || { echo "empty trace"; return 1; }
	bad=$(grep -v -E '^[0-9]+ [RW] [0-9]+ 0x[0-9a-f]{4} -?[0-9]+$' $SIM/3/trace)
	[ -z "$bad" ] || { echo "$bad" | head -n 3; return 1; }
	[ "$(head -n 1 $SIM/3/trace | cut -d' ' -f1)" = 1 ] && [ "$(cat $SIM/3/trace_dropped)" = 0 ]
}
ktap_check "trace lines are '<seq> R|W <reg> 0x<val> <ret>', seq from 1" trace_format

partner_10_half() {
	knob 3 partner_advertise 0x0021 &&
	kc_wait_for 5 link_at kcsim3 10Mb/s Half
}
ktap_check "$m3: partner 10/half renegotiates to 10Mb/s Half" partner_10_half
knob 3 partner_advertise 0x05e1
ktap_check "$m3: partner back to 10/100 gives 100Mb/s Full" \
	kc_wait_for 5 link_at kcsim3 100Mb/s Full

forced_ethtool() {
	ethtool -s kcsim3 speed 10 duplex half autoneg off || return 1
	kc_wait_for 5 link_at kcsim3 10Mb/s Half &&
	reg_is 3 0 0x0000 && stat_is 3 aneg_complete 0
}
ktap_check "$m3: ethtool forced 10/half reaches BMCR, link stays up" forced_ethtool

autoneg_back() {
	ethtool -s kcsim3 autoneg on || return 1
	kc_wait_for 5 link_at kcsim3 100Mb/s Full && stat_is 3 aneg_complete 1
}
ktap_check "$m3: autoneg on again gives 100Mb/s Full" autoneg_back

down_powers_down() {
	ip link set kcsim3 down &&
	[ $(( $(reg 3 0) & 0x0800 )) -ne 0 ] && stat_is 3 link 0 &&
	ip link set kcsim3 up && kc_wait_for 5 kc_carrier_is kcsim3 1 &&
	[ $(( $(reg 3 0) & 0x0800 )) -eq 0 ]
}
# genphy_suspend: the AX88772A/C's, not the AX88796B's.
kc_id_check 0x003b1881 "AX88772C: ip link set down powers the PHY down, up resumes" \
	down_powers_down

ip link set kcsim4 up
ktap_check "$m4 at address 5: link up" kc_wait_for 5 kc_carrier_is kcsim4 1
ktap_check "$m4: PHY at kc_phy_sim-4:05" test -e /sys/bus/mdio_bus/devices/kc_phy_sim-4:05

# a_check DESC FUNC: a check of the AX88772A's own read_status and
# link_change_notify, on instance 4.
a_check() { kc_id_check 0x003b1861 "AX88772A: $1" "$2"; }

zero_lpa() {
	knob 4 lpa_zero 1 && knob 4 partner_advertise 0x0021 &&
	kc_wait_for 5 stat_is 4 speed 10 &&
	# The driver's documented fallback: speed/duplex from BMCR (100/full).
	kc_wait_for 5 link_at kcsim4 100Mb/s Full
}
a_check "LPA 0 with a 10/half partner falls back to BMCR 100/full" zero_lpa

lpa_ok() {
	knob 4 lpa_zero 0 && knob 4 link 0 && kc_wait_for 5 kc_carrier_is kcsim4 0 &&
	knob 4 link 1 && kc_wait_for 5 link_at kcsim4 10Mb/s Half
}
a_check "with LPA readable the same partner gives 10Mb/s Half" lpa_ok

relink_reinit() {
	local r
	knob 4 partner_advertise 0x05e1
	kc_wait_for 5 link_at kcsim4 100Mb/s Full || return 1
	r=$(st 4 resets)
	knob 4 link 0 && kc_wait_for 5 kc_carrier_is kcsim4 0 &&
	kc_wait_for 5 sh -c "[ \$(sed -n 's/^resets //p' $SIM/4/status) -gt $r ]" &&
	knob 4 link 1 && kc_wait_for 5 kc_carrier_is kcsim4 1
}
a_check "link loss makes the driver reset the PHY" relink_reinit

# ethtool -r is a BMCR read and a BMCR write: at least 2 x 200 ms.
uptime_cs() { cut -d' ' -f1 /proc/uptime | tr -d .; }
delay_applies() {
	local t0 t1
	knob 3 delay_us 200000 || return 1
	t0=$(uptime_cs)
	ethtool -r kcsim3 || return 1
	t1=$(uptime_cs)
	knob 3 delay_us 0
	echo "ethtool -r took $((t1 - t0))0 ms"
	[ $((t1 - t0)) -ge 40 ] && kc_wait_for 5 link_at kcsim3 100Mb/s Full
}
ktap_check "delay_us slows accesses without breaking the link" delay_applies

teardown() {
	echo 3 > $SIM/del_device && echo 4 > $SIM/del_device && modprobe -r kc_phy_sim
}
ktap_check "instances delete and the module unloads" teardown

ktap_finish
