# SPDX-License-Identifier: GPL-2.0
#
# The phases of one link-up, from a trace of the kernel's mdio_access events
# between the markers kc_bench_tool writes ("kc-bench t0", "kc-bench
# carrier"); see linkup_phases in bench.sh. Runs under busybox awk in the
# guest, tested on the host (selftests/host/13-bench-phases.sh). Prints the
# phases, then the gap before each access of the link-up and before
# carrier ("gaps" for key "phases", "regaps" for "rephases").
#
# usage: awk -v drv=DRIVER -v key=KEY -v round=ROUND -f bench-phases.awk TRACE
{
	ts = ""
	for (i = 1; i < NF; i++)
		if ($i ~ /^[0-9]+\.[0-9]+:$/) { ts = $i; ev = $(i + 1); break }
	if (ts == "")
		next
	sub(/:$/, "", ts)
	split(ts, p, ".")
	# busybox awk reads "002065" as octal (1077): the microseconds
	# lose their leading zeros first.
	sub(/^0+/, "", p[2])
	t = p[1] * 1000000 + p[2]
	if (ev ~ /^tracing_mark_write/) {
		if ($0 ~ /kc-bench t0/) t0 = t
		else if ($0 ~ /kc-bench carrier/) tc = t
		next
	}
	if (ev != "mdio_access:" || t0 == "" || tc != "")
		next
	op = reg = val = ""
	for (j = i + 2; j <= NF; j++) {
		if ($j == "read" || $j == "write") op = $j
		else if ($j ~ /^reg:/) reg = substr($j, 5)
		else if ($j ~ /^val:/) val = substr($j, 5)
	}
	reset = substr(val, 3, 1) ~ /[89a-f]/
	# the gap before each access, labelled by it: "r01" a read of BMSR
	gaps = gaps sprintf(" %s%s=%d", substr(op, 1, 1), substr(reg, 3), t - (last == "" ? t0 : last))
	last = t
	if (rw == "") {
		if (op == "write" && reg == "0x00" && reset) rw = t
	} else if (rc == "") {
		if (op == "read" && reg == "0x00" && !reset) rc = t
	} else if (ra == "") {
		ra = t
	}
}
END {
	if (t0 != "" && tc != "" && ra != "") {
		printf "kc-bench: %s %s %d %d %d %d %d %d\n", key, drv,
			rw - t0, rc - rw, ra - rc, last - ra, tc - last, round
		sub(/phases$/, "gaps", key)
		printf "kc-bench: %s %s %d%s carrier=%d\n", key, drv, round, gaps, tc - last
	}
}
