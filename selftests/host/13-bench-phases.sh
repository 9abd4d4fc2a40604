#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# make bench's reading of its guest output, on made-up input: the link-up
# phases that selftests/guest/bench-phases.awk cuts out of an mdio_access
# trace (with the host's awk and with busybox's, which the guest runs and
# which once read zero-padded microseconds as octal), and the timings that
# `scripts/kc-bench --timings` prints from a guest log: the ratio of the
# link-up with phylib's sleeps taken out, paired by round, and its warnings.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A link-up as the guest's trace shows it: t0, the reset write, the read
# that finds the reset bit clear 50.6 ms later, the settle, aneg and
# read_status, carrier. Zero-padded microseconds and a second boundary on
# the way, as in a real trace.
mdio() { echo "           <...>-42      [001] .....  $1: mdio_access: kc_phy_sim-0 $2 phy:0x01 reg:$3 val:$4"; }
mark() { echo "     kc_bench_tool-60      [000] .....  $1: tracing_mark_write: kc-bench $2"; }
{
	mdio 11.990000 read 0x01 0x7849		# before t0: not this link-up's
	mark 11.999001 t0
	mdio 11.999602 write 0x00 0x0000	# asix_soft_reset's first write
	mdio 11.999701 write 0x00 0x9140	# the reset
	mdio 12.050303 read 0x00 0x1140		# the reset bit clear
	mdio 12.057809 read 0x01 0x7849		# after the settle
	mdio 12.058004 write 0x04 0x01e1
	mdio 12.059065 read 0x05 0x45e1		# the last access
	mark 12.060002 carrier
	mdio 12.061000 read 0x01 0x786d		# after carrier: not counted
} >"$tmp/trace"
# attach 700, reset poll 50602, settle 7506, config to link 1256, to carrier
# 937; the gap before each access, the first from t0
want='kc-bench: phases ours 700 50602 7506 1256 937 3
kc-bench: gaps ours 3 w00=601 w00=99 r00=50602 r01=7506 w04=195 r05=1061 carrier=937'
printf '%s\n' "$(mark 1.000001 t0)" "$(mdio 1.000200 read 0x01 0x7849)" \
	"$(mark 1.060000 carrier)" >"$tmp/noreset"

# phases AWK NAME: run bench-phases.awk on each trace with that awk
phases()
{
	local awk=$1 name=$2 got
	got=$($awk -v drv=ours -v key=phases -v round=3 -f "$top/selftests/guest/bench-phases.awk" \
		"$tmp/trace" 2>&1)
	if [ "$got" = "$want" ]; then
		ktap_result ok "$name: a link-up's phases and gaps, zero-padded microseconds read as decimal"
	else
		echo "# got:  $got"; echo "# want: $want"
		ktap_result fail "$name: a link-up's phases and gaps, zero-padded microseconds read as decimal"
	fi
	got=$($awk -v drv=ours -v key=phases -v round=1 -f "$top/selftests/guest/bench-phases.awk" \
		"$tmp/noreset" 2>&1)
	if [ -z "$got" ]; then
		ktap_result ok "$name: no line for a link-up without the reset sequence"
	else
		echo "# got: $got"
		ktap_result fail "$name: no line for a link-up without the reset sequence"
	fi
}

# timings LOG PATTERN DESCRIPTION: kc-bench --timings LOG prints PATTERN
timings()
{
	local out
	out=$("$top/scripts/kc-bench" --timings "$1" 2>&1)
	if echo "$out" | grep -q -- "$2"; then
		ktap_result ok "$3"
	else
		echo "$out" | sed 's/^/# /'
		echo "# expected a line matching: $2"
		ktap_result fail "$3"
	fi
}

ktap_header 12
phases awk "host awk"
if command -v busybox >/dev/null; then
	phases "busybox awk" "busybox awk"
else
	ktap_result skip "busybox awk: a link-up's phases and gaps" "no busybox (scripts/kc-setup installs it)"
	ktap_result skip "busybox awk: no line without the reset sequence" "no busybox"
fi

# Three rounds; upstream's second link-up was not cut into phases, so the
# sleeps-out ratio pairs rounds 1 and 3 only: ours 3.700, 3.720, 3.800
# (median 3.720), upstream 3.600, 3.900 (median 3.750): 0.992.
cat >"$tmp/log" <<'EOF'
kc-bench: phases traced
kc-bench: linkup ours 61000000
kc-bench: phases ours 600 50600 7500 2200 900 1
kc-bench: linkup upstream 61100000
kc-bench: phases upstream 600 50600 7600 2100 900 1
kc-bench: linkup upstream 61200000
kc-bench: linkup ours 61300000
kc-bench: phases ours 620 50600 7400 2300 800 2
kc-bench: linkup ours 61400000
kc-bench: phases ours 640 50500 7500 2260 900 3
kc-bench: linkup upstream 61500000
kc-bench: phases upstream 700 50600 7500 2300 900 3
kc-bench: gaps ours 1 w00=600 r00=50600 carrier=900
kc-bench: gaps ours 2 w00=620 r00=50700 carrier=800
kc-bench: gaps ours 3 w00=640 r00=50500 r01=10 carrier=900
kc-bench: gaps upstream 1 w00=600 r00=50500 carrier=900
kc-bench: gaps upstream 3 w00=700 r00=50300 carrier=1000
kc-bench: callback ours read_status 1500000 1
kc-bench: callback upstream read_status 1600000 1
kc-bench: callback upstream read_status 1500000 2
kc-bench: callback ours read_status 1400000 2
kc-bench: callback ours read_status 1450000 3
kc-bench: micro phy_read: raw 400.00 ns, kcrate 404.00 ns, ratio 1.010, paired ratio 1.010 (median of 31 runs of 20000)
kc-bench: micro phy_read: raw 410.00 ns, kcrate 402.00 ns, ratio 0.980, paired ratio 0.990 (median of 31 runs of 20000)
kc-bench: micro phy_read: raw 420.00 ns, kcrate 420.00 ns, ratio 1.000, paired ratio 1.000 (median of 31 runs of 20000)
EOF
timings "$tmp/log" '^  sleeps out *ours   3\.720  upstream   3\.750 ratio 0\.992 ' \
	"kc-bench: link-up with phylib's sleeps out, ratio of medians, paired by round"
sed 's/^kc-bench: phases ours 620 50600 7400/kc-bench: phases ours 620 50600 -7400/' "$tmp/log" >"$tmp/neg"
timings "$tmp/neg" 'WARNING: 1 link-ups with a phase below zero' \
	"kc-bench: a phase below zero is reported as a misread trace"
grep -v ' phases ' "$tmp/log" >"$tmp/uncut"
echo 'kc-bench: phases traced' >>"$tmp/uncut"
timings "$tmp/uncut" 'traced, but no link-up showed the reset sequence' \
	"kc-bench: a traced run without a cut link-up says so"
# the usual sequence: w00 r00 carrier (ours' third link-up read one more)
timings "$tmp/log" '^  r00 *50650 *50400   ours +250$' \
	"kc-bench: the gap before an access, medians of the usual sequence, ours' difference"
timings "$tmp/log" 'ours 2 of 3, upstream 2 of 2 link-ups with the usual sequence' \
	"kc-bench: the gaps say how many link-ups made the usual sequence"
# ours 1450.00 of three rounds, upstream 1550.00 of two
timings "$tmp/log" '^  read_status *ours   1450\.00 \[1400\.00\]  upstream   1550\.00 \[1500\.00\] ratio 0\.935 .*(3 rounds)' \
	"kc-bench: a driver callback's cost, medians over rounds and their ratio"
# raw 410, kcrate 404: 0.985; paired 1.000 [0.990-1.010]
timings "$tmp/log" '^  phy_read: raw 410\.00 ns, kcrate 404\.00 ns, ratio 0\.985, paired ratio 1\.000 \[0\.990-1\.010\] (3 loads of 31 runs of 20000)' \
	"kc-bench: the API microbenchmark's medians over loads and its paired ratio's spread"
timings "$tmp/log" '`ip link set up` to carrier *ours *61\.30 \[61\.00\] IQR 0\.40 ' \
	"kc-bench: link-up median, fastest and interquartile range"
ktap_finish
