# SPDX-License-Identifier: GPL-2.0
#
# Upstream's driver as the reference, on the bus: the same sequence of
# netlink requests and link events (selftests/net/phy_mdio_trace) runs once
# with Debian's ax88796b.ko and once with kcrate's, in the same guest, and
# the MDIO traces (every write in order, the registers read per step) must
# be equal, for each PHY id. Runs in the "ours" guest only: the upstream
# guest has no kcrate driver to compare with.
. /kc/lib/guest.sh

SIM=/sys/kernel/debug/kc_phy_sim
IDS=$KC_PHY_IDS


kc_require kc_phy_sim.ko
# Both drivers are there on every kernel of the matrix (lib.sh's
# kc_need_phy_driver): a missing one is a failure.
no_driver() { echo "# $*"; ktap_result fail "both drivers are in the guest"; exit 1; }
[ -f "$KC_MODULES/ax88796b.ko" ] || no_driver "kcrate's ax88796b.ko is not built"
kc_require phy_mdio_trace
# (7.x ships upstream's driver as the Rust ax88796b_rust.ko.)
upstream=$(find "/lib/modules/$KC_KVER/kernel" -name 'ax88796b.ko*' -o -name 'ax88796b_rust.ko*' |
	head -n 1)
[ -n "$upstream" ] || no_driver "upstream's ax88796b.ko is not in the guest"

grep -q ' /sys/kernel/debug debugfs ' /proc/mounts ||
	mount -t debugfs debugfs /sys/kernel/debug || exit 1
modprobe libphy || exit 1
if grep -q '^ax88796b ' /proc/modules; then
	rmmod ax88796b || exit 1
fi
loaded_sim=0
if ! grep -q '^kc_phy_sim ' /proc/modules; then
	modprobe kc_phy_sim || exit 1
	loaded_sim=1
fi

# up_claims ID: upstream's driver handles the PHY id (lib.sh's
# kc_module_claims on its aliases; an unreadable module counts as handling
# it, so the trace runs and fails instead of skipping).
up_claims()
{
	kc_module_claims "$upstream" "$1"
	[ $? != 1 ]
}

# trace_with NAME MODULE: load the driver, record a trace per PHY id.
trace_with()
{
	local id rc=0
	insmod "$2" || { echo "# insmod $2 failed"; return 1; }
	kc_phy_driver_is_ours
	if [ "$1" = ours ] && [ "$KC_LOADED_OURS" != 1 ]; then
		echo "# $2 is not kcrate's driver"; rc=1
	elif [ "$1" = upstream ] && [ "$KC_LOADED_OURS" != 0 ]; then
		echo "# $2 is not upstream's driver"; rc=1
	fi
	for id in $IDS; do
		[ "$1" = upstream ] && ! up_claims "$id" && continue
		phy_mdio_trace "$id" >"/tmp/kc-trace-$1-$id" 2>"/tmp/kc-trace-$1-$id.err" ||
			{ sed 's/^/# /' "/tmp/kc-trace-$1-$id.err"; rc=1; }
	done
	rmmod "$(basename "${2%%.ko*}")" || rc=1
	return $rc
}

ktap_header "$(($(echo $IDS | wc -w) + 2))"

trace_with upstream "$upstream"; ktap_status $? "traces recorded with upstream's driver ($upstream)"
trace_with ours "$KC_MODULES/ax88796b.ko"; ktap_status $? "traces recorded with kcrate's driver"

for id in $IDS; do
	m=$(kc_phy_model "$id")
	if ! up_claims "$id"; then
		ktap_result skip "$m: MDIO trace of kcrate's driver equals upstream's" "$(kc_unhandled_why "$id")"
	elif diff -u "/tmp/kc-trace-upstream-$id" "/tmp/kc-trace-ours-$id" >/tmp/kc-trace-diff; then
		echo "# $m: $(grep -c '^W' "/tmp/kc-trace-ours-$id") writes in $(grep -c '^step' "/tmp/kc-trace-ours-$id") steps, equal"
		# the reference, for the record
		[ "$m" = AX88772A ] && tr '\n' ' ' <"/tmp/kc-trace-ours-$id" |
			sed 's/ step /\nstep /g; s/^/# /; s/\n/\n# /g' && echo
		ktap_result ok "$m: MDIO trace of kcrate's driver equals upstream's"
	else
		sed 's/^/# /' /tmp/kc-trace-diff
		ktap_result fail "$m: MDIO trace of kcrate's driver equals upstream's"
	fi
done

[ "$loaded_sim" = 1 ] && modprobe -r kc_phy_sim
ktap_finish
