# SPDX-License-Identifier: GPL-2.0
#
# A wrongly named NETIF is not touched, and a run that tested nothing says
# so: ethtool_phy and phy_scenarios with NETIF naming an interface that has
# no ASIX PHY check the PHY id before anything else, skip every test with
# the reason and exit 4 (KSFT_SKIP, "SKIPPED: all N tests skipped"), never
# 0 with "PASSED". The interfaces are left down, as the programs must
# leave them:
#   - a dummy interface: no PHY at all;
#   - a simulated board whose PHY is a Realtek one (0x001cc915): a PHY
#     there (under the net_device's parent: the simulator attaches it on
#     open), not an ASIX id. Its MDIO trace must show no write.
# Runs with kcrate's driver only: neither interface has a PHY it drives.
. /kc/lib/guest.sh

PROGS="ethtool_phy phy_scenarios"
SIM=/sys/kernel/debug/kc_phy_sim
OTHER_ID=251
OTHER_PHY=0x001cc915

kc_require kc_phy_sim.ko
# shellcheck disable=SC2086
kc_require $PROGS
grep -q ' /sys/kernel/debug debugfs ' /proc/mounts ||
	mount -t debugfs debugfs /sys/kernel/debug || exit 1
modprobe libphy 2>/dev/null
loaded_sim=0
if ! grep -q '^kc_phy_sim ' /proc/modules; then
	modprobe kc_phy_sim || exit 1
	loaded_sim=1
fi
export KC_DRIVER

ktap_header $((3 * $(echo $PROGS | wc -w) * 2))

# state IF: what a run must leave as it found: admin flags, carrier
# changes, MTU (and the simulated PHY's registers where there are some).
state()
{
	echo "flags $(cat /sys/class/net/$1/flags) carrier_changes $(cat /sys/class/net/$1/carrier_changes) mtu $(cat /sys/class/net/$1/mtu)"
	[ -z "$2" ] || grep -E '^0[0-4] ' "$2/regs" | tr '\n' ' '
}

# untouched IF [SIMDIR]: run each program with NETIF=IF; three results
# per program: exit 4 with every test skipped for the reason "left
# untouched"; IF as it was; no MDIO write (SIMDIR) or nothing to trace.
untouched()
{
	local ifc=$1 dir=$2 p before after out rc writes
	for p in $PROGS; do
		before=$(state "$ifc" "$dir")
		[ -z "$dir" ] || echo clear >"$dir/trace"
		out=/tmp/kc-notasix-$p-$ifc.out
		NETIF=$ifc "$p" >"$out" 2>&1
		rc=$?
		grep -E '^# (NETIF=|Totals:|PASSED|FAILED|SKIPPED)' "$out" | sed 's/^# /# '"$p"': /'
		kc_ksft_verdict "$rc" "$out"
		if [ "$KC_KSFT_VERDICT" = skip ] && grep -q "^# SKIPPED: all $KC_KSFT_SKIP tests skipped" "$out" &&
		   ! grep -q '^# PASSED' "$out" && grep -q "NETIF=$ifc: .*left untouched" "$out"; then
			ktap_result ok "$p NETIF=$ifc: every test skipped, exit 4 (KSFT_SKIP)"
		else
			tail -n 5 "$out" | sed 's/^/# /'
			echo "# $KC_KSFT_WHY"
			ktap_result fail "$p NETIF=$ifc: every test skipped, exit 4 (KSFT_SKIP)"
		fi
		after=$(state "$ifc" "$dir")
		if [ "$before" = "$after" ]; then
			ktap_result ok "$p NETIF=$ifc: interface left as it was ($after)"
		else
			echo "# before: $before"
			echo "# after:  $after"
			ktap_result fail "$p NETIF=$ifc: interface left as it was"
		fi
		if [ -z "$dir" ]; then
			ktap_result skip "$p NETIF=$ifc: no MDIO write" "no PHY, nothing to trace"
			continue
		fi
		writes=$(grep -c '^[0-9]* W ' "$dir/trace")
		if [ "$writes" = 0 ]; then
			ktap_result ok "$p NETIF=$ifc: no MDIO write to its PHY"
		else
			grep '^[0-9]* W ' "$dir/trace" | head -n 5 | sed 's/^/# /'
			ktap_result fail "$p NETIF=$ifc: no MDIO write to its PHY ($writes)"
		fi
	done
}

# A dummy interface, down: no PHY anywhere.
if modprobe dummy 2>/dev/null && ip link add kcdummy0 type dummy; then
	untouched kcdummy0
	ip link del kcdummy0
	rmmod dummy 2>/dev/null
else
	for p in $PROGS; do
		for d in "every test skipped, exit 4 (KSFT_SKIP)" "interface left as it was" "no MDIO write"; do
			ktap_result skip "$p NETIF=kcdummy0: $d" "no dummy module in this kernel"
		done
	done
fi

# A simulated board with a Realtek PHY, down.
echo "$OTHER_ID $OTHER_PHY" >$SIM/new_device || exit 1
kc_wait_for 5 test -e /sys/class/net/kcsim$OTHER_ID || exit 1
untouched kcsim$OTHER_ID $SIM/$OTHER_ID
echo "$OTHER_ID" >$SIM/del_device
[ "$loaded_sim" = 1 ] && { modprobe -r kc_phy_sim || exit 1; }
ktap_finish
