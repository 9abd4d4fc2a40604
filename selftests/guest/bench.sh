# SPDX-License-Identifier: GPL-2.0
#
# The guest side of `make bench`: timings of kcrate's driver against
# upstream's, alternated within this one boot, and the in-kernel
# microbenchmarks. Prints "kc-bench: KEY VALUE..." lines for scripts/kc-bench,
# then "kc-bench: done". A benchmark: it reports, it does not judge.
# Drivers: ours; upstream (the module the kernel ships: C, or from 7.x the
# Rust ax88796b_rust.ko); upstream-c (7.x: upstream's C driver of the same
# version, built out of tree by kc-vm, in /lib/modules/KVER/kc-bench).
. /kc/lib/guest.sh

SIM=/sys/kernel/debug/kc_phy_sim
# Rounds of the timings (kc.rounds=, from KC_BENCH_ROUNDS in kc-bench): 41
# give the link-up ratio a confidence interval narrower than its spread.
ROUNDS=${KC_ROUNDS:-41}
fail() { echo "kc-bench: error $*"; echo "kc-bench: done"; exit 1; }
case "$ROUNDS" in ''|*[!0-9]*) fail "kc.rounds=$ROUNDS is not a number" ;; esac

# plain PATH: the module uncompressed into /tmp (the kernel ships .ko.xz
# from 6.12 on), so that every load times the same work, not xz's.
plain()
{
	case "$1" in
	*.xz) xzcat "$1" >"/tmp/$(basename "$1" .xz)" && echo "/tmp/$(basename "$1" .xz)" ;;
	*) echo "$1" ;;
	esac
}

ours=$KC_MODULES/ax88796b.ko
upstream=$(find "/lib/modules/$KC_KVER/kernel" -name 'ax88796b_rust.ko*' | head -n 1)
[ -n "$upstream" ] || upstream=$(find "/lib/modules/$KC_KVER/kernel" -name 'ax88796b.ko*' | head -n 1)
[ -f "$ours" ] || fail "kcrate's ax88796b.ko is missing"
[ -n "$upstream" ] || fail "the kernel has no ax88796b module"
upstream=$(plain "$upstream") || fail "cannot uncompress $upstream"
upname=$(basename "$upstream" .ko)
drivers="ours:$ours:ax88796b upstream:$upstream:$upname"
upstream_c=/lib/modules/$KC_KVER/kc-bench/ax88796b.ko
[ -f "$upstream_c" ] && drivers="$drivers upstream-c:$upstream_c:ax88796b"
echo "kc-bench: kernel $KC_KVER"
echo "kc-bench: drivers $drivers"

modprobe libphy 2>/dev/null
modprobe kc_phy_sim || fail "kc_phy_sim did not load"
# Autoloading would race with the explicit loads below.
echo > /proc/sys/kernel/modprobe 2>/dev/null
# No IPv6 on the simulated interfaces: its address configuration runs in
# `ip link set up` for either driver alike, and only adds spread to the
# link-up time.
echo 1 >/proc/sys/net/ipv6/conf/default/disable_ipv6 2>/dev/null

# Link-up phases: the MDIO accesses of each link-up, from the kernel's
# mdio_access tracepoint, placed between the markers kc_bench_tool writes
# (t0, carrier). A dozen events per link-up, the same for every driver.
T=$(kc_tracefs)
if [ -n "$T" ] && [ -e "$T/events/mdio/mdio_access/enable" ] &&
   echo 1 >"$T/events/mdio/mdio_access/enable" && echo 1 >"$T/tracing_on"; then
	echo "kc-bench: phases traced"
else
	echo "kc-bench: phases not traced (no tracefs or no mdio_access event)"
	T=''
fi

# linkup_phases DRIVER KEY ROUND: "kc-bench: KEY DRIVER ATTACH RESET SETTLE
# LINK CARRIER ROUND" in us, ROUND pairing the drivers' link-ups of a round,
# from the trace of one link-up (bench-phases.awk): t0 to the reset write
# (netdev open, phy_attach); the reset write to the read that finds
# BMCR_RESET clear (phylib's reset poll, which sleeps before it reads); from
# there to the next access (phylib's settle sleep after a reset); from there
# to the last access (config_init, resume, the state machine's aneg and
# read_status); the last access to carrier seen. Nothing when the trace
# does not show that sequence.
linkup_phases()
{
	awk -v drv="$1" -v key="$2" -v round="$3" -f /kc/bench-phases.awk "$T/trace"
}

# round_order R: the drivers in round R's order. Each round starts with the
# next driver, so that no driver always follows the same one (order
# effects: the previous unload's RCU and slab work).
round_order()
{
	local n=$1
	set -- $drivers
	shift $(( (n - 1) % $# ))
	echo "$* ${drivers%%"$1"*}"
}

# bind SPEC [timed]: load SPEC's module ("drv:path:name") and bind it to a
# new simulated AX88772A, instance $id, as kcsim$id; sets drv and name;
# "timed": prints the load time.
bind()
{
	local path t
	drv=${1%%:*} path=${1#*:} name=${1##*:}
	path=${path%:*}
	t=$(kc_bench_tool load "$path") || fail "loading $path"
	[ -n "${2:-}" ] && echo "kc-bench: load $drv $t"
	echo "$id 0x003b1861" > "$SIM/new_device" || fail "new_device"
	kc_wait_for 5 test -e "/sys/bus/mdio_bus/devices/kc_phy_sim-$id:01/driver" ||
		fail "$drv: no driver bound"
}

# unbind [timed]: remove instance $id and unload its module, the next id
# after; "timed": prints the unload time.
unbind()
{
	local t
	echo "$id" > "$SIM/del_device"
	t=$(kc_bench_tool unload "$name") || fail "$drv: unloading $name"
	[ -n "${1:-}" ] && echo "kc-bench: unload $drv $t"
	id=$((id + 1))
}

id=0
r=1
while [ "$r" -le "$ROUNDS" ]; do
	for d in $(round_order "$r"); do
		bind "$d" timed
		[ -n "$T" ] && : >"$T/trace"
		t=$(kc_bench_tool linkup "kcsim$id") || fail "$drv: link-up on kcsim$id"
		echo "kc-bench: linkup $drv $t"
		[ -n "$T" ] && linkup_phases "$drv" phases "$r"
		# Again, with the module's code run once: under TCG the first
		# run of freshly loaded code pays for its translation.
		ip link set "kcsim$id" down
		[ -n "$T" ] && : >"$T/trace"
		t=$(kc_bench_tool linkup "kcsim$id") || fail "$drv: second link-up on kcsim$id"
		echo "kc-bench: relinkup $drv $t"
		[ -n "$T" ] && linkup_phases "$drv" rephases "$r"
		ip link set "kcsim$id" down
		unbind timed
	done
	r=$((r + 1))
done

# The in-kernel microbenchmarks, with the MDIO tracepoint off again: it
# would add to every timed access.
[ -n "$T" ] && echo 0 >"$T/events/mdio/mdio_access/enable"

# The drivers' callbacks as phylib calls them (kc_bench what=callbacks),
# each driver bound in turn with the link up: KC_CB_ROUNDS rounds (the
# kernel argument KC_CB_ROUNDS=N) of 11 runs of 5000 calls; prints
# "kc-bench: callback DRIVER CALLBACK PS ROUND". Many rounds, because under
# TCG a call's cost depends on where the module was loaded: on 6.12 one
# module's link_change_notify took 18.5 ns a call in 7 of 15 loads and
# 41-44 ns in the other 8, the same code.
CB_ROUNDS=${KC_CB_ROUNDS:-31}
case "$CB_ROUNDS" in ''|*[!0-9]*) fail "KC_CB_ROUNDS=$CB_ROUNDS is not a number" ;; esac
r=1
while [ "$r" -le "$CB_ROUNDS" ]; do
	for d in $(round_order "$r"); do
		bind "$d"
		kc_bench_tool linkup "kcsim$id" >/dev/null || fail "$drv: link-up on kcsim$id"
		dmesg -c >/dev/null
		insmod "$KC_MODULES/kc_bench.ko" bus="kc_phy_sim-$id" what=callbacks \
			runs=11 iters=5000 2>/dev/null
		dmesg | awk -v drv="$drv" -v r="$r" '
			/^kc_bench: callback [a-z_]+: [0-9.]+ ns/ {
				sub(/:$/, "", $3); split($4, ns, ".")
				sub(/^0+/, "", ns[2])	# busybox awk: "05" is octal
				print "kc-bench: callback", drv, $3, ns[1] * 1000 + ns[2] * 10, r
			}
			/^kc_bench: callback .* (failed|none)/ { print "kc-bench: note " drv ": " $0 }'
		ip link set "kcsim$id" down
		unbind
	done
	r=$((r + 1))
done

# kcrate against the raw API on an instance bound to kcrate's driver: 31
# runs (the most kc_bench takes) in each of KC_API_LOADS loads of kc_bench
# (default 7), each load at another address, for the same reason.
API_LOADS=${KC_API_LOADS:-7}
case "$API_LOADS" in ''|*[!0-9]*) fail "KC_API_LOADS=$API_LOADS is not a number" ;; esac
bind "ours:$ours:ax88796b"
i=1
while [ "$i" -le "$API_LOADS" ]; do
	dmesg -c >/dev/null
	insmod "$KC_MODULES/kc_bench.ko" bus="kc_phy_sim-$id" runs=31 2>/dev/null
	dmesg | sed -n 's/^kc_bench: /kc-bench: micro /p'
	i=$((i + 1))
done
unbind
echo "kc-bench: done"
