# SPDX-License-Identifier: GPL-2.0
#
# The PHY driver driven over ethtool netlink (selftests/net/ethtool_phy):
# LINKINFO, LINKMODES, LINKSTATE, LINKMODES_NTF, bad input refused with an
# errno and extack, for the AX88772A, AX88772C and AX88796B on the
# simulated board, with the driver chosen by KC_DRIVER (ours|upstream).
#
# Also the shared body of 31-net-scenarios.sh and 32-net-netif.sh, which
# source this file with KC_NET_PROGS (programs to run) and KC_NET_NETIF
# (an interface to create on the simulator and hand to the programs as
# NETIF=, the way a real board is tested) set.
#
# Each kselftest program is one subtest; its own TAP is nested below it.
# Exit: 0 pass, 1 any failure, 4 when everything skipped.
. /kc/lib.sh

PROGS=${KC_NET_PROGS:-ethtool_phy}
SIM=/sys/kernel/debug/kc_phy_sim


kc_require kc_phy_sim.ko
# shellcheck disable=SC2086
kc_require $PROGS

grep -q ' /sys/kernel/debug debugfs ' /proc/mounts ||
	mount -t debugfs debugfs /sys/kernel/debug || exit 1
kc_need_phy_driver
loaded_sim=0
if ! grep -q '^kc_phy_sim ' /proc/modules; then
	modprobe kc_phy_sim || exit 1
	loaded_sim=1
fi
export KC_DRIVER
# The PHY ids the driver under test does not handle: their variants skip.
kc_export_unhandled
[ -n "$KC_UNHANDLED" ] && echo "# $KC_UNHANDLED_BY does not handle $KC_UNHANDLED: those variants skip"

kcsim_ifs() { ls /sys/class/net | grep '^kcsim' | tr '\n' ' '; }
before=$(kcsim_ifs)

# A "real board": an AX88772A instance of the simulator, named by NETIF
# (an AX88796B where the driver does not handle the AX88772A).
netif_id=
if [ -n "${KC_NET_NETIF:-}" ]; then
	netif_id=${KC_NET_NETIF#kcsim}
	netif_phy=$(kc_some_phy_id 0x003b1861 0x003b1841) || exit 1
	echo "$netif_id $netif_phy" > $SIM/new_device || exit 1
	kc_wait_for 5 test -e "/sys/class/net/$KC_NET_NETIF" || exit 1
	export NETIF=$KC_NET_NETIF
fi

n=0 failed=0 passed=0 skipped=0
echo "KTAP version 1"
echo "1..$(($(echo $PROGS | wc -w) + 1))"
for p in $PROGS; do
	n=$((n + 1))
	t0=$(date +%s)
	"$p" >/tmp/kc-net-$p.out 2>&1
	rc=$?
	sed 's/^/  /' /tmp/kc-net-$p.out
	echo "# $p: $(($(date +%s) - t0)) s${NETIF:+, NETIF=$NETIF}"
	# exit 0 with a pass, 4 (KSFT_SKIP) with none, as the totals say
	kc_ksft_verdict "$rc" /tmp/kc-net-$p.out
	case $KC_KSFT_VERDICT in
	pass)
		echo "ok $n $p"
		passed=$((passed + 1)) ;;
	skip)
		echo "ok $n $p # SKIP all $KC_KSFT_SKIP tests skipped"
		skipped=$((skipped + 1)) ;;
	*)
		echo "not ok $n $p # $KC_KSFT_WHY"
		failed=$((failed + 1)) ;;
	esac
done

[ -n "$netif_id" ] && echo "$netif_id" > $SIM/del_device

# Every fixture deletes its own instance: none may be left behind.
n=$((n + 1))
left=$(kcsim_ifs)
if [ "$left" = "$before" ]; then
	echo "ok $n no simulated instances left behind"
else
	echo "# before: $before"
	echo "# after: $left"
	echo "not ok $n no simulated instances left behind"
	failed=$((failed + 1))
fi
[ "$loaded_sim" = 1 ] && { modprobe -r kc_phy_sim || exit 1; }

echo "# Totals: pass:$((n - failed - skipped)) fail:$failed xfail:0 xpass:0 skip:$skipped error:0"
[ "$failed" -gt 0 ] && exit 1
[ "$passed" -eq 0 ] && exit 4
exit 0
