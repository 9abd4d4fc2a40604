# SPDX-License-Identifier: GPL-2.0
#
# The PHY driver under test behind the kernel's own asix USB driver: the
# emulated AX88772A / AX88772C adapter (kc_usb_ax88772, a gadget on
# dummy_hcd's UDC) enumerates on dummy_hcd's host side, Debian's unmodified
# asix binds and registers its MDIO bus over USB vendor requests, and
# phylib attaches the ax88796b driver under test (KC_DRIVER=ours|upstream)
# to the internal PHY, which is the simulated board's register model.
# No project-written net_device is involved.
. /kc/lib/guest.sh
. /kc/lib/usb.sh

AX=/sys/kernel/debug/kc_usb_ax88772/0
CHIPS="ax88772a ax88772c"
PER_CHIP=24

ktap_header $((2 + PER_CHIP * 2))

kc_require kc_usb_ax88772.ko
for m in dummy_hcd libcomposite asix; do
	if ! modprobe -n "$m" 2>/dev/null; then
		echo "# SKIP this kernel has no $m module"
		exit 4
	fi
done

if ! kc_usb_asix_phylib; then
	echo "# SKIP this kernel's asix does not use phylib (before 5.15): no PHY driver to test"
	exit 4
fi

product_of() { case $1 in ax88772a) echo 772a ;; ax88772c) echo 772b ;; esac; }
name_of() { case $1 in ax88772a) echo AX88772A ;; ax88772c) echo AX88772C ;; esac; }
mac_of() { case $1 in ax88772a) echo 02:6b:63:77:2a:01 ;; ax88772c) echo 02:6b:63:77:2c:01 ;; esac; }

knob() { echo "$2" > "$AX/$1"; }
counter() { awk -v k="$1" '$1 == k { print $2 }' $AX/counters; }
int_reports_at_least() { [ "$(counter int_reports)" -ge "$1" ]; }
stat_is() { [ "$(sed -n "s/^$1 //p" $AX/status)" = "$2" ]; }

no_kc_usb_netdev() { ! kc_usb_netdev >/dev/null; }

# host_int_urb_pending: the host has an interrupt IN URB queued on
# dummy_hcd (its "urbs" file: "urb/ADDR SPEED epNin-int len A/B").
host_int_urb_pending() { cat /sys/devices/platform/dummy_hcd*/urbs 2>/dev/null | grep -q 'in-int '; }

usb_device_present() {
	grep -qx "$1" /sys/bus/usb/devices/*/idProduct 2>/dev/null &&
	grep -qx 0b95 /sys/bus/usb/devices/*/idVendor 2>/dev/null
}

# The PHY on asix's MDIO bus (usb-BUS:DEV:10). asix attaches it before
# registering the net_device, so there is no phydev link in sysfs.
phy_driver_is() {
	local phy drv mod
	phy=$(ls -d /sys/bus/mdio_bus/devices/usb-*:10 2>/dev/null | head -n 1)
	drv=$(basename "$(readlink "$phy/driver")")
	mod=$(basename "$(readlink "$phy/driver/module")")
	echo "PHY $(basename "$phy"): driver \"$drv\" from module $mod"
	[ "$drv" = "$1" ] && [ "$mod" = "$KC_PHY_MODULE" ]
}

driver_is_under_test() {
	kc_phy_driver_is_ours
	echo "$KC_PHY_MODULE taint: '$(cat "/sys/module/$KC_PHY_MODULE/taint")'"
	if [ "$KC_DRIVER" = ours ]; then [ "$KC_LOADED_OURS" = 1 ]; else [ "$KC_LOADED_OURS" = 0 ]; fi
}

link_at() {
	local out
	out=$(ethtool "$1") || return 1
	echo "$out" | grep -q "Speed: $2" && echo "$out" | grep -q "Duplex: $3" ||
		{ echo "$out" | grep -E 'Speed|Duplex|Auto-negotiation'; return 1; }
}

trace_shows_reset_toggle() {
	awk '$2 == "W" && $3 == 0 && $4 == "0x0000" && $5 == 0 { z = 1; next }
	     z && $2 == "W" && $3 == 0 && $4 ~ /^0x[89a-f]/ && $5 == 0 { ok = 1 }
	     END { exit !ok }' "$AX/trace"
}

no_unknown_requests() {
	local u
	u=$(counter unknown_requests)
	[ "$u" = 0 ] || { grep -E '^(unknown|request_)' $AX/counters; return 1; }
}

load_phy_driver() {
	modprobe dummy_hcd && modprobe asix && kc_load_phy_driver
}
ktap_check "dummy_hcd, asix and the $KC_DRIVER $KC_PHY_MODULE load" load_phy_driver

for chip in $CHIPS; do
	name=$(name_of $chip)
	p="$name:"

	plug() {
		modprobe kc_usb_ax88772 chip=$chip &&
		kc_wait_for 10 usb_device_present "$(product_of $chip)"
	}
	ktap_check "$p gadget loads, 0b95:$(product_of $chip) enumerates" plug
	kc_wait_for 10 kc_usb_netdev
	dev=$(kc_usb_netdev)
	ktap_check "$p asix binds and registers ${dev:-a net_device}" test -n "$dev"
	dev=${dev:-none}
	ktap_check "$p PHY driver is Asix Electronics $name from $KC_PHY_MODULE" \
		phy_driver_is "Asix Electronics $name"
	ktap_check "$p the PHY driver is the $KC_DRIVER one" driver_is_under_test
	ktap_check "$p MAC address from the $([ $chip = ax88772a ] && echo node id || echo EEPROM)" \
		grep -qx "$(mac_of $chip)" "/sys/class/net/$dev/address"
	ktap_check "$p asix sent only emulated vendor requests" no_unknown_requests

	# The trace holds every MII access since the gadget loaded: the PHY
	# driver's soft reset runs when asix attaches the PHY at bind.
	ktap_check "$p ip link set up" ip link set "$dev" up
	ktap_check "$p carrier comes up" kc_wait_for 10 kc_carrier_is "$dev" 1
	host_reads_int=0
	kc_wait_for 3 host_int_urb_pending && host_reads_int=1
	echo "# $name: interrupt IN URB pending on dummy_hcd with the interface up: $([ $host_reads_int = 1 ] && echo yes || echo no)"
	ktap_check "$p soft reset toggles BMCR_RESET over USB MII writes" trace_shows_reset_toggle
	ktap_check "$p ethtool reports 100Mb/s Full" kc_wait_for 5 link_at "$dev" 100Mb/s Full

	# Each change is reported before the next one is made: a report still
	# queued when the link changes again is replaced, not sent.
	r=$(counter int_reports)
	knob link 0
	ktap_check "$p partner link down drops carrier" kc_wait_for 5 kc_carrier_is "$dev" 0
	kc_wait_for 5 int_reports_at_least $((r + 1))
	knob link 1
	ktap_check "$p partner link up restores carrier" kc_wait_for 10 kc_carrier_is "$dev" 1
	int_reported() {
		kc_wait_for 5 int_reports_at_least "$1" ||
			{ echo "int_reports $(counter int_reports), expected >= $1"; return 1; }
	}
	# The link-change reports can be checked only where asix reads the
	# interrupt endpoint: usbnet submits an interrupt URB from open on
	# when its driver_info has a .status (6.1's AX88772/772B: asix_status,
	# FLAG_LINK_INTR), and none without (6.12's and 7.2's: the link comes
	# from phylib's polling only). dummy_hcd's "urbs" file lists the URBs
	# the host has pending, so an "-int" one there with the interface up
	# is that read, seen from the host side, whatever the gadget reports.
	if [ "$host_reads_int" = 1 ]; then
		ktap_check "$p interrupt endpoint reported the link changes" int_reported $((r + 2))
	else
		ktap_result skip "$p interrupt endpoint reported the link changes" \
			"this kernel's asix submits no interrupt URB for the $name (dummy_hcd lists none pending with the interface up)"
	fi

	partner_10_half() {
		knob partner_advertise 0x0021 && kc_wait_for 10 link_at "$dev" 10Mb/s Half
	}
	ktap_check "$p partner 10/half renegotiates to 10Mb/s Half" partner_10_half
	knob partner_advertise 0x05e1
	kc_wait_for 10 link_at "$dev" 100Mb/s Full

	if [ $chip = ax88772a ]; then
		zero_lpa() {
			knob lpa_zero 1 && knob partner_advertise 0x0021 &&
			kc_wait_for 5 stat_is speed 10 &&
			# The driver's documented fallback: speed/duplex from BMCR.
			kc_wait_for 10 link_at "$dev" 100Mb/s Full
		}
		ktap_check "$p LPA 0 with a 10/half partner falls back to BMCR 100/full" zero_lpa
		knob lpa_zero 0
		knob partner_advertise 0x05e1
		knob link 0; kc_wait_for 5 kc_carrier_is "$dev" 0
		knob link 1; kc_wait_for 10 kc_carrier_is "$dev" 1
	else
		ktap_result skip "$p zero-LPA fallback" "AX88772A only"
	fi
	kc_wait_for 10 link_at "$dev" 100Mb/s Full

	forced() {
		ethtool -s "$dev" speed 10 duplex half autoneg off || return 1
		kc_wait_for 10 link_at "$dev" 10Mb/s Half || return 1
		ethtool -s "$dev" autoneg on || return 1
		kc_wait_for 10 link_at "$dev" 100Mb/s Full
	}
	ktap_check "$p ethtool forced 10/half, then autoneg back to 100/full" forced

	inject_reaches_user() {
		knob trace clear
		knob inject "write 0 -5"
		if ethtool -r "$dev"; then
			echo "ethtool -r succeeded despite the injected error"
			return 1
		fi
		grep -q ' W 0 0x[0-9a-f]* -5$' $AX/trace && [ -z "$(cat $AX/inject)" ]
	}
	ktap_check "$p injected MII write error (stalled request) fails ethtool -r" \
		inject_reaches_user
	kc_wait_for 10 kc_carrier_is "$dev" 1

	down_up() {
		local i
		for i in 1 2 3; do
			ip link set "$dev" down || return 1
			grep -qx down "/sys/class/net/$dev/operstate" || { echo "operstate not down"; return 1; }
			ip link set "$dev" up || return 1
			kc_wait_for 10 kc_carrier_is "$dev" 1 || { echo "no carrier after up $i"; return 1; }
		done
		link_at "$dev" 100Mb/s Full
	}
	ktap_check "$p ip link set down/up three times, link comes back" down_up

	# Frames go out on the host side, come back through the adapter's
	# loopback, and are counted at three places: the adapter's bulk OUT
	# (tx_frames) and bulk IN (rx_frames), and the host's rx_packets. Any
	# frame the stack sends by itself meanwhile (IPv6 router solicitations,
	# MLD reports) loops back too, so the counters are read as a settled
	# snapshot: nothing moved on any of them for 300 ms. Reading them one
	# after the other while a looped frame was between the adapter's IN
	# completion and usbnet's rx count is what made the host look 1-2
	# frames short in earlier runs (see snap_retries in the output).
	snap() {
		local i=0 a b
		while [ $i -lt 30 ]; do
			a="$(counter tx_frames) $(counter rx_frames) $(cat /sys/class/net/$dev/statistics/rx_packets)"
			usleep 300000
			b="$(counter tx_frames) $(counter rx_frames) $(cat /sys/class/net/$dev/statistics/rx_packets)"
			if [ "$a" = "$b" ]; then
				set -- $a
				S_TX=$1 S_RX=$2 S_HRX=$3
				return 0
			fi
			i=$((i + 1))
			SNAP_RETRIES=$((SNAP_RETRIES + 1))
		done
		echo "counters never settled: $a / $b"
		return 1
	}
	host_errs() {
		local d=/sys/class/net/$dev/statistics
		echo "$(cat $d/rx_errors)/$(cat $d/rx_dropped)/$(cat $d/rx_length_errors)/$(cat $d/rx_over_errors)"
	}
	SNAP_RETRIES=0
	# Figures of a check, printed after it whether it passed or not (a
	# check runs in a subshell: a file carries them out).
	fig() { echo "$*" >>/tmp/kc-usb-fig; }
	figs() { [ -f /tmp/kc-usb-fig ] && sed 's/^/# /' /tmp/kc-usb-fig; rm -f /tmp/kc-usb-fig; }

	loop_traffic() {
		local tx0 rx0 hrx0 tx rx hrx e0
		knob loopback 1
		ip addr add 192.0.2.1/24 dev "$dev" || return 1
		ip neigh replace 192.0.2.2 lladdr 02:00:00:00:00:02 dev "$dev" || return 1
		snap || return 1
		tx0=$S_TX rx0=$S_RX hrx0=$S_HRX e0=$(host_errs)
		ping -c 20 -i 0.05 -W 1 192.0.2.2 >/dev/null 2>&1
		snap || return 1
		tx=$((S_TX - tx0)) rx=$((S_RX - rx0)) hrx=$((S_HRX - hrx0))
		fig "frames: adapter got $tx, sent back $rx, host received $hrx; tx_bad $(counter tx_bad) rx_dropped $(counter rx_dropped); host rx errors/dropped/length/over $e0 -> $(host_errs); snapshot retries $SNAP_RETRIES"
		knob loopback 0
		ip addr flush dev "$dev"
		# Every frame reaches the adapter, comes back intact and is counted
		# by the host: exact, since the snapshots are settled.
		[ "$tx" -ge 20 ] && [ "$rx" -eq "$tx" ] && [ "$hrx" -eq "$rx" ] &&
			[ "$(counter tx_bad)" = 0 ] && [ "$(counter rx_dropped)" = 0 ]
	}
	ktap_check "$p 20 pings reach the adapter and loop back to the host, all counted" loop_traffic
	figs

	# A bounded flood (kc_usb_flood: numbered frames, at most 8 in flight,
	# below every queue's depth on the path: 16 IN requests in the adapter,
	# usbnet's rx URBs, the qdisc), so no frame may be lost, duplicated or
	# altered. Throughput is reported, not asserted (TCG on a shared host).
	flood() {
		local n=$1 size=$2 out tx rx hrx
		knob loopback 1
		snap || return 1
		tx=$S_TX rx=$S_RX hrx=$S_HRX
		out=$(kc_usb_flood -n "$n" -s "$size" -w 8 -t 2000 -d 120 "$dev") ||
			{ echo "kc_usb_flood failed: $out"; knob loopback 0; return 1; }
		snap || { knob loopback 0; return 1; }
		knob loopback 0
		tx=$((S_TX - tx)) rx=$((S_RX - rx)) hrx=$((S_HRX - hrx))
		fig "flood $KC_DRIVER $name: $out"
		fig "flood $KC_DRIVER $name: adapter got $tx, sent back $rx, host counted $hrx (other frames: $((tx - n))); tx_bad $(counter tx_bad) rx_dropped $(counter rx_dropped)"
		set -- $out
		[ "$2" = "$n" ] && [ "$4" = "$n" ] && [ "$6" = 0 ] && [ "$8" = 0 ] &&
			[ "${10}" = 0 ] && [ "$tx" -ge "$n" ] && [ "$rx" -eq "$tx" ] &&
			[ "$hrx" -eq "$rx" ] && [ "$(counter tx_bad)" = 0 ] &&
			[ "$(counter rx_dropped)" = 0 ]
	}
	ktap_check "$p flood of 1000 1514-byte frames: none lost, counters agree" flood 1000 1514
	figs
	ktap_check "$p flood of 1000 60-byte frames: none lost, counters agree" flood 1000 60
	figs

	# USB unplug with the link up: soft disconnect of the UDC; asix unbinds
	# (net_device, MDIO bus and PHY device go away). Then the gadget is
	# unloaded while unplugged, and loaded again (replug).
	udc=$(ls /sys/class/udc | head -n 1)
	# Unplugs here take the interface down first: with the link up, an MII
	# read cut by the unplug fails with -EPROTO and phylib WARNs (seen on
	# 6.1 with upstream's driver). Unplugs with the link up and traffic
	# are 75-usb-unplug.sh's (faults tier, phylib's WARNs excused).
	unplug() {
		kc_carrier_is "$dev" 1 || { echo "link not up before the unplug"; return 1; }
		ip link set "$dev" down || return 1
		echo disconnect > "/sys/class/udc/$udc/soft_connect" &&
		kc_wait_for 10 no_kc_usb_netdev &&
		kc_wait_for 10 eval '! usb_device_present "$(product_of $chip)"' &&
		rmmod kc_usb_ax88772
	}
	ktap_check "$p USB unplug (soft disconnect) after link up, interface down, gadget unloads" unplug
	lsmod | grep -q '^kc_usb_ax88772 ' && rmmod kc_usb_ax88772
	replug() {
		modprobe kc_usb_ax88772 chip=$chip &&
		kc_wait_for 10 kc_usb_netdev && dev=$(kc_usb_netdev) &&
		ip link set "$dev" up && kc_wait_for 10 kc_carrier_is "$dev" 1 &&
		phy_driver_is "Asix Electronics $name"
	}
	ktap_check "$p replug: asix binds again, link comes up" replug
	dev=$(kc_usb_netdev)
	kc_wait_for 10 kc_carrier_is "$dev" 1

	rmmod_up() {
		local up=0
		kc_carrier_is "$dev" 1 && up=1
		ip link set "$dev" down || return 1
		rmmod kc_usb_ax88772 && kc_wait_for 10 no_kc_usb_netdev &&
			[ "$up" = 1 ] || { echo "link up before: $up"; return 1; }
	}
	ktap_check "$p rmmod of the gadget after link up, interface down, unplugs cleanly" rmmod_up
	lsmod | grep -q '^kc_usb_ax88772 ' && rmmod kc_usb_ax88772
	dev=
done

unload() { rmmod asix && rmmod dummy_hcd; }
ktap_check "asix and dummy_hcd unload" unload

ktap_finish
