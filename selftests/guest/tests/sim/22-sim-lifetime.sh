# SPDX-License-Identifier: GPL-2.0
#
# Lifetime of kc_phy_sim instances under load (the simulated "USB unplug"):
# del_device while the interface is up, phylib is polling, the partner link
# flaps and ethtool hammers the PHY; rmmod with instances still up; load and
# unload cycles. Any oops, WARN or slab corruption fails the run (the runner
# checks the kernel log; the guest has panic_on_warn and slub_debug).
. /kc/lib/guest.sh

SIM=/sys/kernel/debug/kc_phy_sim
ROUNDS=5

ktap_header 4

kc_require kc_phy_sim.ko
kc_need_phy_driver


# One round: instance ID with PHYID up, two loads in the background, delete.
delete_under_load() {
	local id=$1 phyid=$2 dev=kcsim$1 load1 load2 rc=0 c0 c1
	echo "$id $phyid" > $SIM/new_device || return 1
	ip link set "$dev" up || return 1
	kc_wait_for 5 kc_carrier_is "$dev" 1 || { echo "$dev: no carrier"; return 1; }
	c0=$(cat "/sys/class/net/$dev/carrier_changes")
	(while :; do ethtool "$dev"; ethtool -r "$dev"; done) >/dev/null 2>&1 &
	load1=$!
	(while :; do
		echo 0 > $SIM/$id/link; usleep 30000
		echo 1 > $SIM/$id/link; usleep 30000
	done) >/dev/null 2>&1 &
	load2=$!
	usleep 2500000
	c1=$(cat "/sys/class/net/$dev/carrier_changes")
	# The flapping must have reached phylib, or this tested nothing.
	[ "$c1" -gt "$c0" ] || { echo "$dev: carrier_changes $c0 -> $c1"; rc=1; }
	echo "$id" > $SIM/del_device || { echo "del_device failed"; rc=1; }
	kill $load1 $load2
	wait $load1 $load2 2>/dev/null
	[ ! -e "/sys/class/net/$dev" ] && [ ! -e "$SIM/$id" ] ||
		{ echo "$dev or $SIM/$id still there"; rc=1; }
	return $rc
}

rounds() {
	local i=0
	while [ $i -lt $ROUNDS ]; do
		delete_under_load 5 0x003b1861 || return 1	# AX88772A: re-inits on link loss
		delete_under_load 6 0x003b1841 || return 1	# AX88796B
		i=$((i + 1))
	done
}

modprobe kc_phy_sim || { echo "# kc_phy_sim did not load"; exit 1; }
ktap_check "del_device while up, polling, flapping and under ethtool ($ROUNDS rounds x 2)" rounds

rmmod_with_instances_up() {
	local id
	for id in 0 1 2; do
		echo "$id 0x003b1881" > $SIM/new_device && ip link set "kcsim$id" up || return 1
	done
	kc_wait_for 5 kc_carrier_is kcsim2 1 || return 1
	modprobe -r kc_phy_sim && [ ! -e /sys/class/net/kcsim0 ] && [ ! -e $SIM ]
}
ktap_check "rmmod deletes instances that are up" rmmod_with_instances_up

reload_cycles() {
	local i=0
	while [ $i -lt 5 ]; do
		modprobe kc_phy_sim &&
		echo "1 0x003b1861 3" > $SIM/new_device &&
		ip link set kcsim1 up &&
		echo 1 > $SIM/del_device &&
		modprobe -r kc_phy_sim || return 1
		i=$((i + 1))
	done
}
ktap_check "load, create, up, delete, unload: 5 cycles" reload_cycles

# The PHY driver module must not be pinned by a deleted instance.
driver_unpinned() {
	[ "$(cat /sys/module/$KC_PHY_MODULE/refcnt 2>/dev/null || echo 0)" = 0 ]
}
ktap_check "PHY driver module refcount back to 0" driver_unpinned

ktap_finish
