# SPDX-License-Identifier: GPL-2.0
#
# USB unplug of the emulated AX88772A (soft disconnect of dummy_hcd's UDC,
# or the gadget unbinding from it, alternately) with the link up, a frame flood looping through the adapter and three
# loops of ethtool requests in flight; replug by reloading the gadget.
# Each round: the net_device, MDIO bus and PHY go away, the flood and the
# loops end by themselves, the adapter comes back with link. After the
# rounds no slab cache has grown by one object per round.
#
# Faults tier: an MII read that is on the wire when the device goes away
# fails with -EPROTO (dummy_hcd fails URBs of a port that is no longer
# enabled, as a host controller does on a real unplug), asix returns it,
# and phylib's state machine WARNs for any error but -ENODEV (phy.c, 6.1
# and 6.12), with either PHY driver. Only phylib's WARNs are excused.
#
# Replug is a reload: on 6.1, "connect" written to soft_connect after a
# "disconnect" leaves dummy_hcd unable to enumerate (every URB -EPROTO,
# "device descriptor read/64, error -71"): dummy_udc_stop() clears
# ints_enabled, dummy_udc_start() does not set it back (only a driver bind
# does, through udc_async_callbacks). 7.2 does the same (measured: "device
# descriptor read/64, error -71", no device). The last check shows what
# this kernel does.
. /kc/lib/guest.sh
. /kc/lib/faults.sh
. /kc/lib/usb.sh

ROUNDS=${KC_USB_ROUNDS:-8}

kc_usb_require
kc_require kc_usb_flood
grep -q '^kc_usb_ax88772 ' /proc/modules && { rmmod kc_usb_ax88772 || exit 1; }
grep -q ' /sys/kernel/debug debugfs ' /proc/mounts ||
	mount -t debugfs debugfs /sys/kernel/debug || exit 1

ktap_header 7

load() { kc_load_phy_driver && modprobe dummy_hcd && modprobe asix; }
ktap_check "dummy_hcd, asix and the $KC_DRIVER $KC_PHY_MODULE load" load
udc=$(ls /sys/class/udc | head -n 1)

: >/tmp/kc-usb-reqs-all
: >/tmp/kc-usb-floods
: >$KC_KLOG
round()
{
	local dev pids="" rc=0 p cmds
	dev=$(kc_usb_plug ax88772a) || return 1
	ip link set "$dev" up && kc_wait_for 10 kc_carrier_is "$dev" 1 ||
		{ echo "$dev: no link"; return 1; }
	echo 1 >$AX/loopback
	: >/tmp/kc-usb-reqs
	kc_usb_flood -k -n 1000000 -s 1000 -w 8 -d 60 "$dev" >/tmp/kc-usb-flood 2>&1 &
	pids="$pids $!"
	# Each loop runs until the interface is gone; a line per command
	# that succeeded.
	for cmds in "ethtool $dev" "ethtool -s $dev advertise 0x00f" \
		    "ethtool -s $dev advertise 0x03f" "ethtool -r $dev"; do
		(while [ -e "/sys/class/net/$dev" ]; do
			$cmds && echo >>/tmp/kc-usb-reqs
		done) >/dev/null 2>&1 &
		pids="$pids $!"
	done
	usleep 1500000
	kc_carrier_is "$dev" 1 || kc_wait_for 5 kc_carrier_is "$dev" 1 ||
		{ echo "link not up at the unplug"; rc=1; }
	# Odd rounds: soft disconnect of the UDC; even rounds: the gadget
	# unbinds from the UDC (rmmod).
	if [ $((ROUND % 2)) = 1 ]; then
		echo disconnect >"/sys/class/udc/$udc/soft_connect" || rc=1
	else
		rmmod kc_usb_ax88772 || rc=1
	fi
	kc_wait_for 10 eval '! kc_usb_netdev >/dev/null' || { echo "$dev still there"; rc=1; }
	kc_wait_for 10 eval '[ -z "$(kc_usb_phydev)" ]' || { echo "PHY $(kc_usb_phydev) still there"; rc=1; }
	# The flood and the loops end by themselves once the device is gone.
	for p in $pids; do
		kc_wait_for 15 eval "! kill -0 $p 2>/dev/null" ||
			{ echo "pid $p still runs"; kill "$p"; rc=1; }
	done
	wait
	grep -q stopped /tmp/kc-usb-flood || { echo "flood: $(cat /tmp/kc-usb-flood)"; rc=1; }
	cat /tmp/kc-usb-flood >>/tmp/kc-usb-floods
	cat /tmp/kc-usb-reqs >>/tmp/kc-usb-reqs-all
	if grep -q '^kc_usb_ax88772 ' /proc/modules; then
		rmmod kc_usb_ax88772 || rc=1
	fi
	return $rc
}
rounds()
{
	local i=0
	while [ $i -lt "$1" ]; do
		i=$((i + 1))
		ROUND=$i
		round || { echo "round $i failed"; return 1; }
	done
}

w0=$(kc_warns)
ktap_check "warm-up: unplug with link up, flood and ethtool in flight, replug" rounds 1
sync; echo 2 >/proc/sys/vm/drop_caches
kc_slab_snapshot /tmp/kc-usb-slab0
: >/tmp/kc-usb-reqs-all; : >/tmp/kc-usb-floods
ktap_check "$ROUNDS rounds: unplug with link up, flood and ethtool in flight, replug" rounds "$ROUNDS"
echo "# $(wc -l </tmp/kc-usb-reqs-all) ethtool commands completed during $ROUNDS rounds; floods cut by the unplugs:"
sed 's/^/#   /' /tmp/kc-usb-floods
sleep 1
sync; echo 2 >/proc/sys/vm/drop_caches
kc_slab_snapshot /tmp/kc-usb-slab1
# The VFS caches grow with the sysfs/debugfs entries of each new device
# (selftests/lib/slab.sh), and so do the kernfs names of their nodes: driver
# objects live in the kmalloc and named caches.
export KC_SLAB_IGNORE='^(dentry|inode_cache|lsm_inode_cache|[a-z_]*_inode_cache|kernfs_node_cache)$'
export KC_SLAB_IGNORE_SITES='^__kernfs_new_node$'
second_batch() { rounds "$ROUNDS" && sleep 1 && sync && echo 2 >/proc/sys/vm/drop_caches; }
ktap_check "no slab cache grew by one object per round" \
	kc_slab_leaks_confirmed /tmp/kc-usb-slab0 /tmp/kc-usb-slab1 "$ROUNDS" second_batch
cat /tmp/kc-slab-last 2>/dev/null
echo "# WARNs during the rounds: $(($(kc_warns) - w0)) (phylib's, on an MII error at the unplug)"
only_phylib_warns()
{
	local out
	out=$(kc_klog_splats)
	[ -z "$out" ] || { echo "$out"; return 1; }
}
ktap_check "no WARN but phylib's, no oops" only_phylib_warns

# What soft_connect "connect" does after "disconnect" on this kernel.
dev=$(kc_usb_plug ax88772a)
echo disconnect >"/sys/class/udc/$udc/soft_connect"
kc_wait_for 10 eval '! kc_usb_netdev >/dev/null'
echo connect >"/sys/class/udc/$udc/soft_connect"
if kc_wait_for 15 kc_usb_netdev; then
	echo "# soft_connect replug: enumerates, asix binds $(kc_usb_netdev)"
else
	echo "# soft_connect replug: no device; $(dmesg | grep -c 'error -71') 'error -71' lines in the log"
fi
unload() { kc_usb_unplug && rmmod asix && rmmod dummy_hcd; }
ktap_check "adapter unplugged, asix and dummy_hcd unload" unload
refcount_zero() {
	[ "$(kc_modref "$KC_PHY_MODULE")" = 0 ] ||
		{ echo "$KC_PHY_MODULE refcount $(kc_modref "$KC_PHY_MODULE")"; return 1; }
}
ktap_check "$KC_PHY_MODULE's reference count is back to 0" refcount_zero

ktap_finish
