# SPDX-License-Identifier: GPL-2.0
#
# MDIO faults at every access of each flow of the PHY driver, through the
# simulator's one-shot injection. For each flow (attach at "ip link set up",
# whose soft reset and resume are part of it; config_aneg through
# "ethtool -r" and "ethtool -s"; suspend at "ip link set down"; the
# AX88772A's link_change_notify after a partner link loss), the flow runs
# once clean to list its accesses (see accesses() below), then once per
# access with -EIO injected at exactly that access. Each case prints
#
#   # kc-fault MODEL FLOW ACCESS: err=E carrier=C warn=W fired=F recovered=R
#
# (E: the errno the command reported, C: carrier 1 s later, W: phylib
# WARNs, F: the injected access happened, R: down/up brings the link back);
# the faults tier compares these lines between kcrate's driver and
# upstream's (selftests/stress/kc-fault-compare). Checked here, for each
# driver: an error the command reports is the injected one, unchanged; no
# WARN but phylib's (drivers/net/phy/phy*.c: phy_error from the state
# machine, phy_stop after a failed suspend) and no splat (the runner); the link comes
# back after down/up; and the pointed checks below (a poll-read -EIO halts
# the state machine until down/up, a stuck reset fails the open with
# ETIMEDOUT in bounded time, no slab growth and no module reference left
# over after repeated failing opens).
#
# Hundreds of cases overflow the kernel's log ring, so the test moves the
# log to a file as it goes and checks all of it itself (last check: any
# splat but phylib's WARNs fails), besides the runner's check of the rest.
#
# Where the driver under test does not handle the AX88772A (upstream's
# before v5.11) its checks skip, a "# kc-fault-unhandled AX88772A: REASON"
# line tells kc-fault-compare there is no reference for it, and the checks
# that need just some PHY (poll error, failing opens) use the AX88796B.
#
# Runs only in guests booted with panic_on_warn=0 (the faults tier):
# phylib WARNs by design when a polling read or the state machine's
# config_aneg fails.
. /kc/lib/guest.sh
. /kc/lib/faults.sh


kc_require kc_phy_sim.ko
ktap_header 17
kc_need_phy_driver
kc_fresh_sim || exit 1
: >$KC_KLOG

echo "# driver under test: $KC_DRIVER"

# up_with_carrier ID: the interface up, the link up, phylib between polls.
up_with_carrier()
{
	ip link set "kcsim$1" up 2>/dev/null
	kc_wait_for 5 kc_carrier_is "kcsim$1" 1 && kc_sync_poll "$1"
}

# recover ID: clear what a case left (the settings too, while the PHY is
# attached), down and up; the link must come back.
recover()
{
	echo clear >$SIM/$1/inject
	echo 1 >$SIM/$1/link
	ethtool -s "kcsim$1" autoneg on advertise 0x00f 2>/dev/null
	ip link set "kcsim$1" down 2>/dev/null
	ip link set "kcsim$1" up 2>/dev/null
	kc_wait_for 5 kc_carrier_is "kcsim$1" 1
}

# flow FLOW ID: prepare the interface for FLOW (before the injection).
prepare()
{
	case $1 in
	attach) ip link set "kcsim$2" down ;;
	*) up_with_carrier "$2" ;;
	esac
}

# run FLOW ID ERRFILE: the flow's command, its stderr in ERRFILE.
run()
{
	local dev=kcsim$2
	case $1 in
	attach) ip link set "$dev" up ;;
	aneg-restart) ethtool -r "$dev" ;;
	aneg-forced) ethtool -s "$dev" speed 10 duplex half autoneg off ;;
	aneg-advertise) ethtool -s "$dev" advertise 0x008 ;;
	suspend) ip link set "$dev" down ;;
	link-change) echo 0 >$SIM/$2/link ;;
	esac 2>"$3" >/dev/null
}

# settle FLOW ID USECS: let the flow's consequences happen (a link loss is
# seen at phylib's next poll, up to a second later).
settle()
{
	[ "$1" = link-change ] && kc_wait_for 3 kc_carrier_is "kcsim$2" 0
	usleep "$3"
}

# accesses FLOW ID: the flow's accesses as "OP REG NTH" (NTH: which
# matching access it is), from a clean run: the trace as the command
# returns (its synchronous accesses; phylib's next poll is most of a second
# away), cut to the accesses the flow itself makes before phylib's state
# machine runs on its own, which are the same in every run (measured on
# 6.1: the soft reset W0 R0 W0 R0 and, for the AX88772A, resume's R0 at
# attach; config_aneg and the link check at ethtool -s; genphy_suspend's
# R0 W0 at down). For the link change, what follows the loss: the poll
# that sees it, link_change_notify's reset and restart of autoneg.
accesses_once()
{
	local cap
	case $1 in
	attach) cap=4; [ "$2" = 0 ] && cap=5 ;;
	aneg-restart|suspend) cap=2 ;;
	aneg-forced) cap=4 ;;
	aneg-advertise) cap=6 ;;
	link-change) cap=8 ;;
	esac
	prepare "$1" "$2"
	echo clear >$SIM/$2/trace
	run "$1" "$2" /tmp/kc-err
	[ "$1" = link-change ] && settle "$1" "$2" 300000
	cat $SIM/$2/trace >/tmp/kc-clean
	recover "$2" >/dev/null
	awk '{ op = ($2 == "R") ? "read" : "write"; k = op " " $3; n[k]++
	       print op, $3, n[k] }' /tmp/kc-clean | head -n "$cap"
}

# accesses FLOW ID: accesses_once until two listings in a row agree (up to
# four): a phylib poll that lands inside the flow on a loaded host adds its
# own accesses to one listing (seen once in CI: a poll's BMSR read listed
# for "suspend", then never injected).
accesses()
{
	local a b i=0
	a=$(accesses_once "$1" "$2")
	while [ $i -lt 3 ]; do
		b=$(accesses_once "$1" "$2")
		[ "$a" = "$b" ] && break
		echo "# $1: listings differ, listing again" >>$OUTCOMES
		a=$b
		i=$((i + 1))
	done
	echo "$a"
}

fault_case()	# MODEL FLOW ID OP REG NTH ERRNO
{
	local model=$1 flow=$2 id=$3 op=$4 reg=$5 nth=$6 errno=$7
	local w0 err carrier warn fired recovered unexpected ok=1 want
	prepare "$flow" "$id"
	w0=$(kc_warns)
	echo "$op $reg $errno $nth" >$SIM/$id/inject
	run "$flow" "$id" /tmp/kc-err
	err=$(kc_errname /tmp/kc-err)
	settle "$flow" "$id" 1000000
	carrier=$(cat /sys/class/net/kcsim$id/carrier 2>/dev/null || echo -)
	warn=$(($(kc_warns) - w0))
	fired=yes
	[ -n "$(cat $SIM/$id/inject)" ] && fired=no
	recovered=no
	recover "$id" && recovered=yes
	echo "# kc-fault $model $flow $op-$reg-$nth$([ "$errno" = -5 ] || echo "$errno"): err=$err carrier=$carrier warn=$warn fired=$fired recovered=$recovered" >>$OUTCOMES
	unexpected=$(kc_warns_unexpected "$w0")
	want=$(kc_errno_name "$errno")
	if [ -n "$unexpected" ]; then
		echo "# a WARN that is not phylib's: $unexpected"; ok=0
	fi
	if [ "$err" != OK ] && [ "$err" != "$want" ]; then
		echo "# the command reported $err, not the injected $want"; ok=0
	fi
	[ "$recovered" = yes ] || { echo "# down/up did not bring the link back"; ok=0; }
	[ "$fired" = yes ] || { echo "# the injected access did not happen"; ok=0; }
	[ $ok = 1 ]
}

sweep_once()	# MODEL ID FLOW
{
	local model=$1 id=$2 flow=$3 list n=0 bad=0
	list=$(accesses "$flow" "$id")
	echo "# $model $flow: $(echo "$list" | grep -c .) accesses swept: $(echo "$list" | tr '\n' ';')" >>$OUTCOMES
	while read -r op reg nth; do
		[ -n "$op" ] || continue
		n=$((n + 1))
		fault_case "$model" "$flow" "$id" "$op" "$reg" "$nth" -5 || bad=$((bad + 1))
	done <<EOF
$list
EOF
	[ "$n" -gt 0 ] && [ "$bad" = 0 ]
}

# sweep MODEL ID FLOW: sweep_once, and once more if a listed access was
# never made when injected: a phylib poll that began just before the flow
# on a loaded host is in every listing then (seen in CI on 6.1 with five
# guests on two cores: suspend listed as the poll's BMCR and BMSR reads),
# and is not the flow's. The first sweep's lines are dropped, so that the
# outcomes compared with the other driver's are one sweep's. A driver that
# lists an access it never makes fails both sweeps.
sweep()
{
	local mark rc
	mark=$(wc -l <$OUTCOMES)
	sweep_once "$@"
	rc=$?
	tail -n +$((mark + 1)) $OUTCOMES | grep -q "^# kc-fault $1 $3 .*fired=no" || return $rc
	head -n "$mark" $OUTCOMES >/tmp/kc-fault-keep && cp /tmp/kc-fault-keep $OUTCOMES
	echo "# $3: a listed access was not made when injected (a poll's): listed and swept again" >>$OUTCOMES
	sweep_once "$@"
}

# The outcome lines, printed after each check (ktap_check shows a check's
# own output only when it fails).
OUTCOMES=/tmp/kc-fault-outcomes
: >$OUTCOMES
outcomes() { cat $OUTCOMES; cat $OUTCOMES >>/tmp/kc-fault-all; : >$OUTCOMES; }
: >/tmp/kc-fault-all

# a_ok: the driver under test handles the AX88772A; some/smodel: the
# instance for the checks that need just some PHY.
a_ok=1 some=0 smodel=AX88772A
kc_driver_claims 0x003b1861 || a_ok=0 some=2 smodel=AX88796B
# a_check DESC COMMAND...: a check of the AX88772A, or its skip.
a_check()
{
	local desc=$1
	shift
	kc_id_check 0x003b1861 "AX88772A: $desc" "$@"
}

[ $a_ok = 1 ] && echo "0 0x003b1861" >$SIM/new_device	# AX88772A: every callback
echo "2 0x003b1841" >$SIM/new_device	# AX88796B: soft_reset only
kc_wait_for 5 test -e /sys/class/net/kcsim2
[ $a_ok = 1 ] && ip link set kcsim0 up
ip link set kcsim2 up
[ $a_ok = 1 ] && kc_wait_for 5 kc_carrier_is kcsim0 1
kc_wait_for 5 kc_carrier_is kcsim2 1
[ $a_ok = 1 ] || echo "# kc-fault-unhandled AX88772A: $(kc_unhandled_why 0x003b1861)"

for flow in attach aneg-restart aneg-forced aneg-advertise suspend link-change; do
	a_check "-EIO at each access of $flow" sweep AX88772A 0 "$flow"
	outcomes
done
for flow in attach aneg-restart; do
	ktap_check "AX88796B: -EIO at each access of $flow" sweep AX88796B 2 "$flow"
	outcomes
done
a_check "ETIMEDOUT on the reset write reaches ip unchanged" \
	fault_case AX88772A attach 0 write 0 2 -110
a_check "ETIMEDOUT on a BMCR read reaches ethtool -r unchanged" \
	fault_case AX88772A aneg-restart 0 read 0 1 -110
outcomes

# poll_error_halts ID MODEL REG NTH: one -EIO on the NTH read of REG after
# a poll, a read of the next polls: phylib's state machine halts
# (phy_error), the carrier drops and stays down while the partner is fine;
# only down and up brings it back.
poll_error_halts()
{
	local w0
	up_with_carrier $1 || return 1
	w0=$(kc_warns)
	echo "read $3 -5 $4" >$SIM/$1/inject
	kc_wait_for 3 kc_carrier_is kcsim$1 0 || { echo "# carrier stayed up"; return 1; }
	[ -z "$(cat $SIM/$1/inject)" ] || { echo "# the poll read was not injected"; return 1; }
	[ "$(($(kc_warns) - w0))" -ge 1 ] || { echo "# phylib did not WARN"; return 1; }
	[ -z "$(kc_warns_unexpected "$w0")" ] || { echo "# a WARN that is not phylib's"; return 1; }
	sleep 3
	kc_carrier_is kcsim$1 0 || { echo "# the carrier came back without down/up"; return 1; }
	# (phylib suspends the halted PHY: the model's own link is down, the
	# partner's is not)
	[ "$(cat $SIM/$1/link)" = 1 ] || { echo "# the partner lost its link"; return 1; }
	ip link set kcsim$1 down && ip link set kcsim$1 up &&
		kc_wait_for 5 kc_carrier_is kcsim$1 1 || { echo "# down/up did not recover"; return 1; }
	echo "# kc-fault $2 poll read-$3-$4: carrier=0-for-3s recovered-by-down-up=yes" >>$OUTCOMES
}
ktap_check "$smodel: -EIO on a poll read halts phylib until down/up" \
	poll_error_halts $some $smodel 1 1
outcomes
# The AX88772A's read_status reads BMCR itself, after phylib's own BMCR
# read of the link update (autonegotiation on): the second read of a poll,
# or the first of the next one where phylib reads none. Its error must end
# the poll as any other read error does, not be taken for a value.
a_check "-EIO on read_status's own BMCR read halts phylib until down/up" \
	poll_error_halts 0 AX88772A 0 2
outcomes
# Once the link is up and autonegotiation complete, the AX88772A's
# read_status reads the partner's abilities (LPA), the first read of that
# register in a poll: its error ends the poll too.
a_check "-EIO on read_status's LPA read halts phylib until down/up" \
	poll_error_halts 0 AX88772A 5 1
outcomes

# A reset bit that never clears: the open fails with ETIMEDOUT, in bounded
# time (phylib's 600 ms poll of BMCR_RESET; allow TCG 5 s).
stuck_reset_bounded()
{
	local t0 t1 err
	ip link set kcsim2 down
	echo 1 >$SIM/2/reset_stuck
	t0=$(cut -d' ' -f1 /proc/uptime)
	ip link set kcsim2 up 2>/tmp/kc-err && { echo "# up succeeded"; return 1; }
	t1=$(cut -d' ' -f1 /proc/uptime)
	err=$(kc_errname /tmp/kc-err)
	echo 0 >$SIM/2/reset_stuck
	echo "# kc-fault AX88796B stuck-reset reset-never-clears: err=$err took $(echo "$t0 $t1" | awk '{ printf "%.2f", $2 - $1 }')s" >>$OUTCOMES
	[ "$err" = ETIMEDOUT ] &&
	awk -v a="$t0" -v b="$t1" 'BEGIN { exit !(b - a >= 0.5 && b - a < 5) }' &&
	ip link set kcsim2 up && kc_wait_for 5 kc_carrier_is kcsim2 1
}
ktap_check "AX88796B: stuck reset fails ip link set up with ETIMEDOUT in 0.5..5 s" stuck_reset_bounded
outcomes

# No leak on the error paths: 30 opens failing at the reset write, after a
# warm-up; no slab cache grows by one object per round, and the driver
# module's reference count is what it was.
ROUNDS=30
failing_opens_leak_nothing()
{
	local i=0 ref0
	ip link set kcsim$some down
	while [ $i -lt 5 ]; do
		echo "write 0 -5 2" >$SIM/$some/inject; ip link set kcsim$some up 2>/dev/null; i=$((i + 1))
	done
	ref0=$(kc_modref "$KC_PHY_MODULE")
	kc_slab_snapshot /tmp/kc-slab0
	i=0
	while [ $i -lt $ROUNDS ]; do
		echo "write 0 -5 2" >$SIM/$some/inject
		ip link set kcsim$some up 2>/dev/null && { echo "# up succeeded"; return 1; }
		i=$((i + 1))
	done
	kc_slab_snapshot /tmp/kc-slab1
	echo "# module refcount $KC_PHY_MODULE: $ref0 before, $(kc_modref "$KC_PHY_MODULE") after"
	kc_slab_leaks /tmp/kc-slab0 /tmp/kc-slab1 $ROUNDS &&
	[ "$(kc_modref "$KC_PHY_MODULE")" = "$ref0" ]
}
ktap_check "$smodel: $ROUNDS failing opens leave no slab growth or module reference" \
	failing_opens_leak_nothing
cat /tmp/kc-slab-last 2>/dev/null
echo "# faults injected: $(($(grep -c '^# kc-fault' /tmp/kc-fault-all) + ROUNDS + 5))"

teardown()
{
	{ [ $a_ok = 0 ] || echo 0 >$SIM/del_device; } && echo 2 >$SIM/del_device &&
	[ "$(kc_modref "$KC_PHY_MODULE")" = 0 ] && modprobe -r kc_phy_sim && rmmod "$KC_PHY_MODULE"
}
ktap_check "instances deleted, ax88796b refcount 0, modules unload" teardown
no_other_splat()
{
	local s
	s=$(kc_klog_splats)
	echo "# kernel log: $(grep -c 'WARNING:' $KC_KLOG) WARNINGs, all phylib's unless listed"
	[ -z "$s" ] || { echo "$s"; return 1; }
}
ktap_check "the kernel log shows no splat but phylib's WARNs" no_other_splat
ktap_finish
