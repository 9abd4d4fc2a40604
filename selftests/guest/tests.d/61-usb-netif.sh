# SPDX-License-Identifier: GPL-2.0
# kc-drivers: ours upstream
#
# The PHY kselftests (selftests/net: ethtool_phy, phy_scenarios) over the
# emulated AX88772A USB adapter, the way a real board is tested: NETIF=
# names the interface Debian's asix registered, NETIF_PHYDEV its PHY's
# sysfs directory (asix attaches the PHY before registering the
# net_device, so there is no phydev link). Link up/down, advertisement,
# forced modes, suspend/resume via ip link down/up run over USB vendor
# requests; tests that need the simulated board's partner, trace or
# registers skip with their reason, as on any real board (60-usb-asix.sh
# covers those through the adapter's own knobs: partner, zero LPA).
. /kc/lib.sh
. /kc/bin/kc_usb_lib.sh

PROGS="ethtool_phy phy_scenarios"

kc_usb_require
for p in $PROGS; do
	command -v "$p" >/dev/null || ktap_skip_all "$p is not built (make selftests)"
done

echo "KTAP version 1"
echo "1..$(($(echo $PROGS | wc -w) + 2))"
n=0 failed=0
result() {	# result STATUS DESCRIPTION
	n=$((n + 1))
	case $1 in
	0) echo "ok $n $2" ;;
	4) echo "ok $n $2 # SKIP ${3:-}" ;;
	*) echo "not ok $n $2"; failed=$((failed + 1)) ;;
	esac
}
# setup_failed WHAT: the set-up step that failed, as this test's one
# result (the runner's summary shows which step and why).
setup_failed() { result 1 "set-up: $1"; exit 1; }

grep -q ' /sys/kernel/debug debugfs ' /proc/mounts ||
	mount -t debugfs debugfs /sys/kernel/debug || setup_failed "mount debugfs"
kc_load_phy_driver 2>/tmp/kc-usb-load.err ||
	{ sed 's/^# *//; s/^/# /' /tmp/kc-usb-load.err; setup_failed "load the $KC_DRIVER ax88796b driver"; }
# No adapter left by an earlier test (a timeout), no simulated board: the
# programs would use either.
unload() { ! grep -q "^$1 " /proc/modules || rmmod "$1" 2>&1 | sed 's/^/# /'; ! grep -q "^$1 " /proc/modules; }
unload kc_usb_ax88772 || setup_failed "rmmod an earlier test's kc_usb_ax88772"
unload kc_phy_sim || setup_failed "rmmod kc_phy_sim (the programs would use its board)"

dev=$(kc_usb_plug ax88772a 2>/tmp/kc-usb-plug.err)
phy=$(kc_usb_phydev)
if [ -z "$dev" ] || [ -z "$phy" ]; then
	cat /tmp/kc-usb-plug.err
	result 1 "AX88772A adapter plugged, asix bound (net_device '$dev', PHY '$phy')"
	exit 1
fi
result 0 "AX88772A adapter plugged: NETIF=$dev NETIF_PHYDEV=$phy ($(basename "$(readlink "$phy/driver")"))"
export NETIF=$dev NETIF_PHYDEV=$phy KC_DRIVER

for p in $PROGS; do
	t0=$(date +%s)
	"$p" >/tmp/kc-usb-$p.out 2>&1
	rc=$?
	sed 's/^/  /' /tmp/kc-usb-$p.out
	kc_ksft_verdict "$rc" /tmp/kc-usb-$p.out
	echo "# $p: $(($(date +%s) - t0)) s, NETIF=$NETIF: $KC_KSFT_TOTALS"
	case $KC_KSFT_VERDICT in
	pass) result 0 "$p over the USB adapter ($KC_KSFT_PASS passed, $KC_KSFT_SKIP skipped)" ;;
	skip) result 4 "$p over the USB adapter" "all $KC_KSFT_SKIP tests skipped" ;;
	*) result 1 "$p over the USB adapter # $KC_KSFT_WHY" ;;
	esac
done

unplug() { kc_usb_unplug && rmmod asix && rmmod dummy_hcd; }
if unplug; then result 0 "adapter unplugged, asix and dummy_hcd unload"; else result 1 "adapter unplugged, asix and dummy_hcd unload"; fi

[ "$failed" -gt 0 ] && exit 1
exit 0
