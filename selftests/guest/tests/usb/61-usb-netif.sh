# SPDX-License-Identifier: GPL-2.0
#
# The PHY kselftests (selftests/net: ethtool_phy, phy_scenarios) over the
# emulated AX88772A USB adapter, the way a real board is tested: NETIF=
# names the interface Debian's asix registered. asix attaches the PHY
# before registering the net_device, so there is no phydev link:
# ethtool_phy runs with NETIF alone and must find the PHY through the
# net_device's parent (the USB device, whose MDIO bus asix names
# usb-BUS:DEV), as on a board;
# phy_scenarios runs with NETIF_PHYDEV naming it (the override). Link
# up/down, advertisement, forced modes, suspend/resume via ip link down/up
# run over USB vendor requests; tests that need the simulated board's
# partner, trace or registers skip with their reason, as on any real board
# (60-usb-asix.sh covers those through the adapter's own knobs: partner,
# zero LPA).
#
# Each program starts from settings of the user's that are not the tests'
# (ethtool_phy: down, advertising 10/Full and 100/Full only;
# phy_scenarios: up, autoneg off at 10/half) and must put them back.
. /kc/lib/guest.sh
. /kc/lib/usb.sh

PROGS="ethtool_phy phy_scenarios"

kc_usb_require
# shellcheck disable=SC2086
kc_require $PROGS

ktap_header 7
# setup_failed WHAT: the set-up step that failed, as this test's one
# result (the runner's summary shows which step and why).
setup_failed() { ktap_result fail "set-up: $1"; exit 1; }

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
	ktap_result fail "AX88772A adapter plugged, asix bound (net_device '$dev', PHY '$phy')"
	exit 1
fi
ktap_result ok "AX88772A adapter plugged: NETIF=$dev, PHY $phy ($(basename "$(readlink "$phy/driver")"))"
export NETIF=$dev KC_DRIVER

# usb_state: what the programs must restore, as ethtool reports it: admin
# flags, autoneg, advertised modes, and speed and duplex where they are
# settings (autoneg off). With autoneg on they are the last link's result,
# which phylib keeps after the link went down (Unknown before the first).
usb_state()
{
	local out
	out=$(ethtool "$dev")
	{
		echo "flags $(cat "/sys/class/net/$dev/flags")"
		echo "$out" | grep 'Auto-negotiation:'
		echo "$out" | grep -q 'Auto-negotiation: off' && echo "$out" | grep -E 'Speed:|Duplex:'
		echo "$out" | sed -n '/Advertised link modes:/,/Advertised pause/p' | grep -v pause
	} | tr -s ' \t\n' ' '
}

# run PROG: one result from its exit status and totals.
run()
{
	t0=$(date +%s)
	"$1" >/tmp/kc-usb-$1.out 2>&1
	rc=$?
	sed 's/^/  /' /tmp/kc-usb-$1.out
	kc_ksft_verdict "$rc" /tmp/kc-usb-$1.out
	echo "# $1: $(($(date +%s) - t0)) s, NETIF=$NETIF${NETIF_PHYDEV:+ NETIF_PHYDEV=$NETIF_PHYDEV}: $KC_KSFT_TOTALS"
	case $KC_KSFT_VERDICT in
	pass) ktap_result ok "$1 over the USB adapter ($KC_KSFT_PASS passed, $KC_KSFT_SKIP skipped)" ;;
	skip) ktap_result skip "$1 over the USB adapter" "all $KC_KSFT_SKIP tests skipped" ;;
	*) ktap_result fail "$1 over the USB adapter # $KC_KSFT_WHY" ;;
	esac
}

# restored PROG BEFORE: the adapter's settings are BEFORE again.
restored()
{
	after=$(usb_state)
	grep -E '^# NETIF=.*(saved|restored)' /tmp/kc-usb-$1.out
	if [ "$after" = "$2" ]; then
		ktap_result ok "$1 restored the adapter's settings ($after)"
	else
		echo "# before: $2"
		echo "# after:  $after"
		ktap_result fail "$1 restored the adapter's settings"
	fi
}

# ethtool_phy: NETIF alone, from down with 10/Full and 100/Full advertised.
unset NETIF_PHYDEV
ip link set "$dev" down && ethtool -s "$dev" autoneg on advertise 0x00a ||
	setup_failed "ip link set $dev down, ethtool -s $dev advertise 0x00a"
before=$(usb_state)
echo "# before ethtool_phy: $before"
run ethtool_phy
# The PHY found under the parent, its tests run (not skipped).
real=$(cd "$phy" && pwd -P)
found=$(grep -c "^# NETIF=$dev: PHY 0x003b1861 (AX88772A) $real, found through the net_device's parent USB device .*: MDIO bus usb-" /tmp/kc-usb-ethtool_phy.out)
ran=$(grep -c '^ok [0-9]* phy\.ax88772a\.' /tmp/kc-usb-ethtool_phy.out)
if [ "$found" = 1 ] && [ "$ran" -gt 0 ]; then
	ktap_result ok "ethtool_phy without NETIF_PHYDEV found the PHY through the net_device's parent; $ran AX88772A tests passed"
else
	grep '^# NETIF=' /tmp/kc-usb-ethtool_phy.out
	echo "# PHY $real; AX88772A tests passed: $ran"
	ktap_result fail "ethtool_phy without NETIF_PHYDEV found the PHY through the net_device's parent"
fi
restored ethtool_phy "$before"

# phy_scenarios: NETIF_PHYDEV names the PHY; from up, forced 10/half.
export NETIF_PHYDEV=$phy
ip link set "$dev" up && ethtool -s "$dev" autoneg off speed 10 duplex half ||
	setup_failed "ip link set $dev up, ethtool -s $dev autoneg off speed 10 duplex half"
kc_wait_for 10 eval 'ethtool "$dev" | grep -q "Speed: 10Mb/s"'
before=$(usb_state)
echo "# before phy_scenarios: $before"
run phy_scenarios
restored phy_scenarios "$before"

unplug() { kc_usb_unplug && rmmod asix && rmmod dummy_hcd; }
if unplug; then ktap_result ok "adapter unplugged, asix and dummy_hcd unload"; else ktap_result fail "adapter unplugged, asix and dummy_hcd unload"; fi

ktap_finish
