# SPDX-License-Identifier: GPL-2.0
#
# The simulated board (kc_phy_sim) with the PHY driver under test: one
# instance per ASIX PHY id, the right driver binds, the link comes up, the
# driver's soft reset toggles BMCR_RESET on the bus, the simulated partner
# drops and restores the link, error injection and the stuck reset reach
# the user, and instances go away cleanly while up.
. /kc/lib/guest.sh

SIM=/sys/kernel/debug/kc_phy_sim
IDS="0 1 2"

phyid_of() { case $1 in 0) echo 0x003b1861 ;; 1) echo 0x003b1881 ;; 2) echo 0x003b1841 ;; esac; }
name_of() { kc_phy_model "$(phyid_of "$1")"; }

ktap_header 36

kc_require kc_phy_sim.ko

kc_need_phy_driver

# write FILE TEXT: write TEXT to FILE, failing like the write(2) failed.
write() { echo "$2" > "$1"; }
# write_fails FILE TEXT: the write must be refused.
write_fails() { ! sh -c "echo '$2' > '$1'" 2>/dev/null; }

phy_driver_is() {
	local drv
	drv=$(basename "$(readlink "/sys/class/net/$1/phydev/driver")")
	echo "PHY driver: $drv"
	[ "$drv" = "$2" ]
}

# The soft reset as the ASIX drivers do it: BMCR written 0, then a BMCR
# write with the reset bit set.
trace_shows_reset_toggle() {
	awk '$2 == "W" && $3 == 0 && $4 == "0x0000" && $5 == 0 { z = 1; next }
	     z && $2 == "W" && $3 == 0 && $4 ~ /^0x[89a-f]/ && $5 == 0 { ok = 1 }
	     END { exit !ok }' "$1"
}

ethtool_shows_100_full() {
	local out
	out=$(ethtool "$1") || return 1
	echo "$out" | grep -q 'Speed: 100Mb/s' && echo "$out" | grep -q 'Duplex: Full'
}

bad_input_refused() {
	write_fails $SIM/new_device "256 0x003b1861" &&
	write_fails $SIM/new_device "7 zz" &&
	write_fails $SIM/new_device "7 0x003b1861 32" &&
	write_fails $SIM/new_device "7 0x003b1861 1 extra" &&
	write_fails $SIM/new_device "7" &&
	write_fails $SIM/new_device "7 0xffffffff" &&
	[ ! -e /sys/class/net/kcsim7 ]
}

ktap_check "kc_phy_sim loads" modprobe kc_phy_sim
ktap_check "new_device refuses bad input" bad_input_refused

for id in $IDS; do
	dev=kcsim$id
	name=$(name_of "$id")
	d=$SIM/$id
	ktap_check "$name: new_device creates $dev" \
		sh -c "echo '$id $(phyid_of "$id")' > $SIM/new_device && test -e /sys/class/net/$dev"
	if ! kc_driver_claims "$(phyid_of "$id")"; then
		# Every check below is of the driver with this id: none to run.
		for c in "ip link set $dev up" "PHY driver is Asix Electronics $name" \
			 "carrier comes up" "soft reset writes BMCR 0 then BMCR_RESET" \
			 "ethtool reports 100Mb/s full duplex" \
			 "partner link down drops carrier" "partner link up restores carrier"; do
			ktap_result skip "$name: $c" "$(kc_unhandled_why "$(phyid_of "$id")")"
		done
		continue
	fi
	write "$d/trace" clear
	ktap_check "$name: ip link set $dev up" ip link set "$dev" up
	ktap_check "$name: PHY driver is Asix Electronics $name" \
		phy_driver_is "$dev" "Asix Electronics $name"
	ktap_check "$name: carrier comes up" kc_wait_for 5 kc_carrier_is "$dev" 1
	cat "$d/trace" > "/tmp/trace-$id"
	ktap_check "$name: soft reset writes BMCR 0 then BMCR_RESET" \
		trace_shows_reset_toggle "/tmp/trace-$id"
	ktap_check "$name: ethtool reports 100Mb/s full duplex" ethtool_shows_100_full "$dev"
	write "$d/link" 0
	ktap_check "$name: partner link down drops carrier" kc_wait_for 5 kc_carrier_is "$dev" 0
	write "$d/link" 1
	ktap_check "$name: partner link up restores carrier" kc_wait_for 5 kc_carrier_is "$dev" 1
done

ktap_check "new_device refuses an existing ID" write_fails $SIM/new_device "0 0x003b1861"

# A BMCR write error reaches the user through ethtool's restart of autoneg
# (not through the polling state machine, which would WARN).
some=0
for id in $IDS; do
	kc_driver_claims "$(phyid_of "$id")" && { some=$id; break; }
done
inject_reaches_user() {
	write $SIM/$some/trace clear
	write $SIM/$some/inject "write 0 -5"
	if ethtool -r kcsim$some; then
		echo "ethtool -r succeeded despite the injected error"
		return 1
	fi
	grep -q ' W 0 0x[0-9a-f]* -5$' $SIM/$some/trace && [ -z "$(cat $SIM/$some/inject)" ]
}
ktap_check "injected BMCR write error fails ethtool -r and is traced" inject_reaches_user

inject_list_roundtrip() {
	write $SIM/1/inject "read 5 -110 3" &&
	write $SIM/1/inject "write 4 -5" &&
	[ "$(cat $SIM/1/inject)" = "read 5 -110 3
write 4 -5 1" ] &&
	write_fails $SIM/1/inject "read 32 -5" &&
	write_fails $SIM/1/inject "read 1 5" &&
	write_fails $SIM/1/inject "poke 1 -5" &&
	write $SIM/1/inject clear &&
	[ -z "$(cat $SIM/1/inject)" ]
}
ktap_check "inject lists, validates and clears rules" inject_list_roundtrip

# phy_attach_direct runs the driver's soft reset; a reset bit that never
# clears makes it time out (-ETIMEDOUT after 600 ms) and the open fail.
reset_stuck_fails_open() {
	ip link set kcsim2 down || return 1
	write $SIM/2/reset_stuck 1
	if ip link set kcsim2 up; then
		echo "ip link set up succeeded with a stuck reset"
		return 1
	fi
	write $SIM/2/reset_stuck 0
	ip link set kcsim2 up && kc_wait_for 5 kc_carrier_is kcsim2 1
}
ktap_check "AX88796B: stuck reset fails ip link set up, release recovers" \
	reset_stuck_fails_open

# The soft reset's BMCR_RESET write (the second BMCR write at open) times
# out: the open fails with that error, and the next open works.
reset_write_error_fails_open() {
	ip link set kcsim1 down || return 1
	write $SIM/1/inject "write 0 -110 2"
	if ip link set kcsim1 up; then
		echo "ip link set up succeeded despite the injected error"
		return 1
	fi
	grep -q ' W 0 0x8[0-9a-f]* -110$' $SIM/1/trace &&
	ip link set kcsim1 up && kc_wait_for 5 kc_carrier_is kcsim1 1
}
if ! kc_driver_claims "$(phyid_of 1)"; then
	ktap_result skip "AX88772C: error on the reset write fails ip link set up" \
		"$(kc_unhandled_why "$(phyid_of 1)")"
else
	ktap_check "AX88772C: error on the reset write fails ip link set up" \
		reset_write_error_fails_open
fi

ktap_check "regs dumps 32 registers" sh -c "[ \$(grep -c '^[0-3][0-9] 0x[0-9a-f]\{4\}\$' $SIM/0/regs) = 32 ]"

# A probe that fails: register_netdev finds the name kcsim9 taken (by
# instance 8's interface, renamed for the while). The write fails with that
# errno, the log says why, nothing of instance 9 is left (platform device,
# MDIO bus, directory), and ID 9 then works.
probe_failure_leaves_nothing() {
	local err
	write $SIM/new_device "8 0x003b1861" && ip link set kcsim8 name kcsim9 || return 1
	dmesg -c >/dev/null
	if err=$(sh -c "echo '9 0x003b1861' > $SIM/new_device" 2>&1); then
		echo "new_device 9 succeeded with kcsim9 taken"
		return 1
	fi
	echo "# $err"
	ip link set kcsim9 name kcsim8 &&
	echo "$err" | grep -q "File exists" &&
	dmesg | grep -q "kc_phy_sim.9: register_netdev(kcsim9) failed: -17" &&
	dmesg | grep -q "kc_phy_sim: 9: platform driver did not bind" &&
	[ ! -e /sys/bus/platform/devices/kc_phy_sim.9 ] &&
	[ ! -e /sys/bus/mdio_bus/devices/kc_phy_sim-9:01 ] &&
	[ ! -e $SIM/9 ] &&
	write $SIM/new_device "9 0x003b1861" && [ -e /sys/class/net/kcsim9 ] &&
	write $SIM/del_device 9 && write $SIM/del_device 8 &&
	[ ! -e /sys/bus/platform/devices/kc_phy_sim.9 ]
}
ktap_check "a failed probe returns its errno and leaves nothing" probe_failure_leaves_nothing

del_all() {
	for id in $IDS; do
		write $SIM/del_device "$id" || return 1
		[ ! -e "/sys/class/net/kcsim$id" ] && [ ! -e "$SIM/$id" ] || return 1
	done
}
ktap_check "del_device removes instances while up" del_all
ktap_check "del_device refuses an unknown ID" write_fails $SIM/del_device 9
ktap_check "kc_phy_sim unloads" modprobe -r kc_phy_sim

ktap_finish
