# SPDX-License-Identifier: GPL-2.0
#
# Network helpers of the guest tests, sourced by guest.sh: the carrier, and
# the kselftest programs of selftests/net run as subtests of one test.

# kc_carrier_is IFACE 0|1: the interface's carrier is that.
kc_carrier_is() { [ "$(cat "/sys/class/net/$1/carrier" 2>/dev/null)" = "$2" ]; }

# --- kselftest programs (selftests/net) ----------------------------------

# kc_ksft_verdict RC OUT: the outcome of a kselftest program that exited
# with RC and wrote OUT, from its exit status checked against its
# "# Totals:" line; sets KC_KSFT_TOTALS (that line), KC_KSFT_PASS,
# KC_KSFT_SKIP and KC_KSFT_VERDICT, one of:
#   pass   exit 0 (KSFT_PASS), at least one test passed
#   skip   exit 4 (KSFT_SKIP), no test passed
#   fail   anything else, with the reason in KC_KSFT_WHY: a failed test,
#          no totals (the program died), or an exit status the totals
#          contradict (every test skipped but exit 0: the harness's own
#          main, which reports that as PASSED)
kc_ksft_verdict()
{
	KC_KSFT_TOTALS=$(sed -n 's/^# Totals: //p' "$2" | tail -n 1)
	# "pass:N ... xpass:N ... skip:N": anchored, xpass must not match.
	KC_KSFT_PASS=$(echo "$KC_KSFT_TOTALS" | sed -n 's/^pass:\([0-9]*\).*/\1/p')
	KC_KSFT_SKIP=$(echo "$KC_KSFT_TOTALS" | sed -n 's/.* skip:\([0-9]*\).*/\1/p')
	KC_KSFT_WHY="exit status $1"
	if [ -z "$KC_KSFT_TOTALS" ]; then
		KC_KSFT_WHY="exit status $1, no '# Totals:' line"
	elif [ "$1" = 0 ] && [ "${KC_KSFT_PASS:-0}" -gt 0 ]; then
		KC_KSFT_VERDICT=pass
		return 0
	elif [ "$1" = 4 ] && [ "${KC_KSFT_PASS:-0}" -eq 0 ]; then
		KC_KSFT_VERDICT=skip
		return 0
	elif [ "$1" = 0 ]; then
		KC_KSFT_WHY="exit status 0 although no test passed ($KC_KSFT_TOTALS): KSFT_SKIP (4) expected"
	elif [ "$1" = 4 ]; then
		KC_KSFT_WHY="exit status 4 (KSFT_SKIP) although tests passed ($KC_KSFT_TOTALS)"
	fi
	KC_KSFT_VERDICT=fail
}

# kc_net_programs PROGS [NETIF]: the body of a netlink test on the simulated
# board (30-net, 31-net-scenarios, 32-net-netif): each kselftest program of
# PROGS (in PATH) is one subtest, its own TAP nested below it, with the
# driver under test (KC_DRIVER) loaded; the PHY ids that driver does not
# handle are exported, for their variants to skip. With NETIF, an AX88772A
# instance of the simulator by that name (kcsimID; an AX88796B where the
# driver does not handle the AX88772A) stands in for a real board, handed
# to the programs as NETIF=. A last subtest checks that every fixture
# deleted its own instance. Exits: 0 pass, 1 any failure, 4 when no
# program passed.
kc_net_programs()
{
	local progs=$1 netif=${2:-} sim=/sys/kernel/debug/kc_phy_sim
	local loaded_sim=0 netif_id='' before p t0 rc left passed=0

	kc_require kc_phy_sim.ko
	# shellcheck disable=SC2086
	kc_require $progs
	grep -q ' /sys/kernel/debug debugfs ' /proc/mounts ||
		mount -t debugfs debugfs /sys/kernel/debug || exit 1
	kc_need_phy_driver
	if ! grep -q '^kc_phy_sim ' /proc/modules; then
		modprobe kc_phy_sim || exit 1
		loaded_sim=1
	fi
	export KC_DRIVER
	kc_export_unhandled
	[ -n "$KC_UNHANDLED" ] &&
		echo "# $KC_UNHANDLED_BY does not handle $KC_UNHANDLED: those variants skip"
	before=$(kc_net_sim_ifs)
	if [ -n "$netif" ]; then
		netif_id=${netif#kcsim}
		p=$(kc_some_phy_id 0x003b1861 0x003b1841) || exit 1
		echo "$netif_id $p" >$sim/new_device || exit 1
		kc_wait_for 5 test -e "/sys/class/net/$netif" || exit 1
		export NETIF=$netif
	fi

	# shellcheck disable=SC2086
	ktap_header $(($(echo $progs | wc -w) + 1))
	for p in $progs; do
		t0=$(date +%s)
		"$p" >"/tmp/kc-net-$p.out" 2>&1
		rc=$?
		sed 's/^/  /' "/tmp/kc-net-$p.out"
		echo "# $p: $(($(date +%s) - t0)) s${NETIF:+, NETIF=$NETIF}"
		# exit 0 with a pass, 4 (KSFT_SKIP) with none, as the totals say
		kc_ksft_verdict "$rc" "/tmp/kc-net-$p.out"
		case $KC_KSFT_VERDICT in
		pass) ktap_result ok "$p"; passed=$((passed + 1)) ;;
		skip) ktap_result skip "$p" "all $KC_KSFT_SKIP tests skipped" ;;
		*) ktap_result fail "$p" "$KC_KSFT_WHY" ;;
		esac
	done
	[ -n "$netif_id" ] && echo "$netif_id" >$sim/del_device

	left=$(kc_net_sim_ifs)
	if [ "$left" != "$before" ]; then
		echo "# before: $before"
		echo "# after: $left"
	fi
	ktap_result "$([ "$left" = "$before" ] && echo ok || echo fail)" \
		"no simulated instances left behind"
	if [ "$loaded_sim" = 1 ]; then
		modprobe -r kc_phy_sim || exit 1
	fi
	# A skip when no program passed: the last check alone is no pass.
	ktap_totals
	[ "$KTAP_FAILED" -gt 0 ] && exit 1
	[ "$passed" -eq 0 ] && exit 4
	exit 0
}

# kc_net_sim_ifs: the simulator's interfaces, on one line.
kc_net_sim_ifs() { ls /sys/class/net | grep '^kcsim' | tr '\n' ' '; }
