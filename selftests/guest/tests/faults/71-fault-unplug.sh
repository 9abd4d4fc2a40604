# SPDX-License-Identifier: GPL-2.0
#
# The USB-unplug case: the simulated bus is removed (del_device) while the
# link is up, phylib polls, the partner link flaps and three loops keep
# ethtool netlink requests in flight (LINKINFO/LINKMODES/LINKSTATE gets,
# LINKMODES_SET, autoneg restarts). Each round must end with the interface
# and the instance gone and no crash (the runner fails any splat; the guest
# has slub_debug); after all rounds no slab cache has grown by one object
# per round, the driver's module reference count is back to 0 and both
# modules unload.
. /kc/lib/guest.sh
. /kc/lib/faults.sh

ROUNDS=${KC_UNPLUG_ROUNDS:-12}

kc_require kc_phy_sim.ko
ktap_header 4
kc_need_phy_driver
# Some PHY the driver under test handles (the AX88772A, but for upstream's
# driver before v5.11).
PHY=$(kc_some_phy_id) || exit 1
kc_fresh_sim || exit 1

# one round: instance 5 up, loads in flight, delete. /tmp/kc-reqs-all
# counts the requests (one line each).
: >/tmp/kc-reqs-all
unplug_round()
{
	local dev=kcsim5 pids="" rc=0 c0 c1 p
	echo "5 $PHY" >$SIM/new_device || return 1
	ip link set $dev up || return 1
	kc_wait_for 5 kc_carrier_is $dev 1 || { echo "# $dev: no carrier"; return 1; }
	c0=$(cat /sys/class/net/$dev/carrier_changes)
	: >/tmp/kc-reqs
	(while :; do ethtool $dev; echo >>/tmp/kc-reqs; done) >/dev/null 2>&1 & pids="$pids $!"
	(while :; do ethtool -s $dev advertise 0x008; ethtool -s $dev advertise 0x00f
		echo >>/tmp/kc-reqs; echo >>/tmp/kc-reqs; done) >/dev/null 2>&1 & pids="$pids $!"
	(while :; do ethtool -r $dev; echo >>/tmp/kc-reqs; done) >/dev/null 2>&1 & pids="$pids $!"
	(while :; do echo 0 >$SIM/5/link; usleep 150000; echo 1 >$SIM/5/link; usleep 150000
	 done) >/dev/null 2>&1 & pids="$pids $!"
	usleep 2000000
	c1=$(cat /sys/class/net/$dev/carrier_changes)
	[ "$c1" -gt "$c0" ] || { echo "# $dev: the flapping did not reach phylib"; rc=1; }
	echo 5 >$SIM/del_device || { echo "# del_device failed"; rc=1; }
	for p in $pids; do kill "$p"; done
	wait
	cat /tmp/kc-reqs >>/tmp/kc-reqs-all
	[ ! -e /sys/class/net/$dev ] && [ ! -e $SIM/5 ] ||
		{ echo "# $dev or its instance is still there"; rc=1; }
	return $rc
}

rounds()
{
	local i=0
	while [ $i -lt "$1" ]; do
		unplug_round || { echo "# round $((i + 1)) failed"; return 1; }
		i=$((i + 1))
	done
}

ktap_check "warm-up: one round" rounds 1
kc_slab_snapshot /tmp/kc-slab0
: >/tmp/kc-reqs-all
ktap_check "$ROUNDS rounds: del_device with link up and ethtool requests in flight" rounds "$ROUNDS"
echo "# $(wc -l </tmp/kc-reqs-all) ethtool commands completed during $ROUNDS rounds"
sleep 1		# the load loops' last commands finish
kc_slab_snapshot /tmp/kc-slab1
# A suspect must grow again in a second batch: on 7.2 maple_node (VMA tree
# nodes of the processes the loops start) grew by 301 after 12 rounds with
# upstream's driver, and by 70 after 72's 100 cycles: churn of the process
# count, not of the rounds.
ktap_check "no slab cache grew by one object per round" \
	kc_slab_leaks_confirmed /tmp/kc-slab0 /tmp/kc-slab1 "$ROUNDS" rounds "$ROUNDS"
cat /tmp/kc-slab-last 2>/dev/null
refcount_zero_and_unload()
{
	echo "# $KC_PHY_MODULE refcount: $(kc_modref "$KC_PHY_MODULE")"
	[ "$(kc_modref "$KC_PHY_MODULE")" = 0 ] && modprobe -r kc_phy_sim && rmmod "$KC_PHY_MODULE" &&
	! grep -q "^$KC_PHY_MODULE " /proc/modules
}
ktap_check "ax88796b refcount back to 0, both modules unload" refcount_zero_and_unload
ktap_finish
