# SPDX-License-Identifier: GPL-2.0
#
# Upstream's PHY driver as the reference on the USB adapter's MDIO bus: the
# same sequence (bind, ip link up, partner link down and up, ethtool forced
# 10/half, autoneg back, ip link down, unplug) runs once with Debian's
# ax88796b.ko and once with kcrate's behind Debian's asix, and the emulated
# PHY's MII writes (register, value, result) must be equal step by step.
# The registers read are printed, not compared: phylib polls on a timer,
# so whether a poll falls inside a step (and reads LPA, say) depends on
# timing (seen differing in the partner_down and down steps on 6.1 with
# equal writes). Ours guest only (it loads both drivers). Where the kernel's
# reference is the Rust driver (7.x: ax88796b_rust.ko) that one is traced.
. /kc/lib/guest.sh
. /kc/lib/usb.sh

kc_usb_require
kc_require ax88796b.ko
ref=ax88796b
kc_upstream_is_rust && ref=ax88796b_rust
upstream=$(find "/lib/modules/$KC_KVER/kernel" -name "$ref.ko*" | head -n 1)
[ -n "$upstream" ] || ktap_skip_all "upstream's $ref.ko is not in the guest"
grep -q ' /sys/kernel/debug debugfs ' /proc/mounts ||
	mount -t debugfs debugfs /sys/kernel/debug || exit 1
modprobe libphy || exit 1
for m in ax88796b ax88796b_rust; do
	grep -q "^$m " /proc/modules && { rmmod "$m" || exit 1; }
done

link_at() { ethtool "$1" 2>/dev/null | grep -q "Speed: $2" && ethtool "$1" | grep -q "Duplex: $3"; }

# step NAME: file the trace since the last step under NAME, then clear it.
step()
{
	awk '$2 == "W" { print "W", $3, $4, $5 }' $AX/trace >"$out/$1.w"
	awk '$2 == "R" { print "R", $3 }' $AX/trace | sort -u -n -k2 >"$out/$1.r"
	echo "$1" >>"$out/steps"
	echo clear >$AX/trace
}

# trace_with NAME MODULE: the sequence with that driver, traces in /tmp/kc-usbtr-NAME.
trace_with()
{
	local dev rc=0 mod
	mod=$(basename "$2"); mod=${mod%%.ko*}
	out=/tmp/kc-usbtr-$1
	# phylib's autoload by alias must not load the other driver (two
	# module names for the same ids where the reference is Rust's).
	mkdir -p /etc/modprobe.d
	if [ "$1" = ours ]; then
		echo "blacklist ax88796b_rust" >/etc/modprobe.d/kc-ours.conf
	else
		echo "blacklist ax88796b" >/etc/modprobe.d/kc-ours.conf
	fi
	rm -rf "$out"; mkdir -p "$out"
	insmod "$2" || { echo "# insmod $2 failed"; return 1; }
	kc_phy_driver_is_ours
	if [ "$1" = ours ] && [ "$KC_LOADED_OURS" != 1 ]; then
		echo "# $2 is not kcrate's driver"; rc=1
	elif [ "$1" = upstream ] && [ "$KC_LOADED_OURS" != 0 ]; then
		echo "# $2 is not upstream's driver"; rc=1
	fi
	dev=$(kc_usb_plug ax88772a) || { rmmod "$mod"; return 1; }
	echo "# $1: PHY $(kc_usb_phydev) driver $(basename "$(readlink "$(kc_usb_phydev)/driver")")"
	usleep 500000; step bind
	ip link set "$dev" up && kc_wait_for 10 kc_carrier_is "$dev" 1 || rc=1
	sleep 2; step up
	echo 0 >$AX/link; kc_wait_for 10 kc_carrier_is "$dev" 0 || rc=1
	sleep 2; step partner_down
	echo 1 >$AX/link; kc_wait_for 10 kc_carrier_is "$dev" 1 || rc=1
	sleep 2; step partner_up
	ethtool -s "$dev" speed 10 duplex half autoneg off && kc_wait_for 10 link_at "$dev" 10Mb/s Half || rc=1
	sleep 2; step forced_10_half
	ethtool -s "$dev" autoneg on && kc_wait_for 10 link_at "$dev" 100Mb/s Full || rc=1
	sleep 2; step autoneg
	ip link set "$dev" down || rc=1
	sleep 2; step down
	[ "$rc" = 0 ] || echo "# $1: a step did not reach its state"
	kc_usb_unplug || rc=1
	rmmod asix; rmmod dummy_hcd
	rmmod "$mod" || rc=1
	return $rc
}

ktap_header 3

trace_with upstream "$upstream"; ktap_status $? "USB adapter traces recorded with upstream's driver ($upstream)"
trace_with ours "$KC_MODULES/ax88796b.ko"; ktap_status $? "USB adapter traces recorded with kcrate's driver"

same=0
for s in $(cat /tmp/kc-usbtr-ours/steps); do
	if ! diff -u "/tmp/kc-usbtr-upstream/$s.w" "/tmp/kc-usbtr-ours/$s.w" >/tmp/kc-usbtr-diff; then
		echo "# step $s: the writes differ:"
		sed 's/^/#   /' /tmp/kc-usbtr-diff
		same=1
	fi
	echo "# $s: writes $(tr '\n' ' ' <"/tmp/kc-usbtr-ours/$s.w" | sed 's/W //g'); registers read: ours $(awk '{ print $2 }' "/tmp/kc-usbtr-ours/$s.r" | tr '\n' ' '), upstream $(awk '{ print $2 }' "/tmp/kc-usbtr-upstream/$s.r" | tr '\n' ' ')"
done
cmp -s /tmp/kc-usbtr-upstream/steps /tmp/kc-usbtr-ours/steps || same=1
ktap_status $same "AX88772A over USB: kcrate's MII writes equal upstream's, step by step"

ktap_finish
