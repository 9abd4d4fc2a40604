# SPDX-License-Identifier: GPL-2.0
#
# Slab checks of the guest tests: whether a slab cache grew by objects that
# a sequence of rounds left behind (a leak), with kmemleak as the verdict
# where KASAN's quarantine makes the counts move. Sourced by faults.sh; a
# host test runs them on made-up files (selftests/host/12-slab-check.sh).

# Where the slab checks read and write; a host test points them at made-up
# files (selftests/host/12-slab-check.sh).
KC_SLABINFO=${KC_SLABINFO:-/proc/slabinfo}
KC_SLAB_DEBUGFS=${KC_SLAB_DEBUGFS:-/sys/kernel/debug/slab}
KC_SLAB_SETTLE=${KC_SLAB_SETTLE:-2}
KC_SLAB_TMP=${KC_SLAB_TMP:-/tmp}

# kc_slab_snapshot FILE: "cache live_objects" of every slab cache.
# /proc/slabinfo's active count is not exact: SLUB counts every object of
# a CPU's slab and per-CPU partial slabs as active, so it moves by whole
# slabs with the CPU caching (measured on 6.1: kmalloc-256 +8 and +16 in
# two batches of 75's rounds while no allocation site of it held one more
# object). Where SLUB tracks allocation sites (slub_debug=U, which the
# guests boot with; debugfs slab/CACHE/alloc_traces, 5.17 on), the count is
# the sum of the live objects per site, exact; elsewhere slabinfo's.
# debugfs allocates a file's private data (kmalloc-64 on 6.1) the first
# time it is opened and keeps it: the first snapshot of a boot opens each
# file once before it counts. On a KASAN kernel (the debug lane) freed
# objects wait in KASAN's quarantine and count as live (names_cache +246,
# vm_area_struct +132 in 70's 30 failing opens): there each cache is shrunk
# first, which halved 70's growth but did not end it; the verdict there is
# kmemleak's (kc_slab_kasan), and the shrink only trims the printed growth.
kc_slab_snapshot()
{
	local f
	if [ ! -e $KC_SLAB_TMP/kc-slab-traces-opened ]; then
		cat $KC_SLAB_DEBUGFS/*/alloc_traces >/dev/null 2>&1
		grep -qE ' [tT] kasan_quarantine_' /proc/kallsyms && : >$KC_SLAB_TMP/kc-slab-kasan
		: >$KC_SLAB_TMP/kc-slab-traces-opened
	fi
	if [ -e $KC_SLAB_TMP/kc-slab-kasan ]; then
		for f in /sys/kernel/slab/*/shrink; do
			echo 1 >"$f" 2>/dev/null
		done
	fi
	kc_slab_read "$1.1"
	sleep $KC_SLAB_SETTLE
	kc_slab_read "$1.2"
	awk 'NR == FNR { a[$1] = $2; next } { print $1, ($1 in a && a[$1] < $2) ? a[$1] : $2 }' \
		"$1.1" "$1.2" | sort >"$1"
	rm -f "$1.1" "$1.2"
}

# kc_slab_read FILE: one reading of kc_slab_snapshot. A snapshot keeps,
# per cache, the lower of two readings two seconds apart, against objects
# freed through RCU (the creds and files of the processes a test just ran)
# that are still live for a grace period on a loaded host. It was added
# for 71 on 6.1 under load (filp +21 and +23 in two batches, its site +3),
# which the filp-first order below explains as well; whether the second
# reading is still needed was not measured (it costs 2 s and one reading
# per snapshot).
# filp's file is read first: each file the reading opens and closes is a
# filp freed through RCU before 6.7 (file_free_rcu), so by the time the
# reading reached it in name order it counted the ~100 files it had just
# read as live, a grace period's worth: 14 on 6.1 in both batches of 75
# (with five guests on two cores) while its allocation site held 1 more.
kc_slab_read()
{
	local d=$KC_SLAB_DEBUGFS
	awk -v info="$KC_SLABINFO" 'FILENAME == info { if (FNR > 2) a[$1] = $2; next }
	     { n = split(FILENAME, p, "/"); c = p[n - 1]; t[c] += 0 }
	     $1 ~ /^[0-9]+$/ { t[c] += $1 }
	     END { for (c in a) print c, (c in t) ? t[c] : a[c] }' \
		"$KC_SLABINFO" $(ls $d/filp/alloc_traces 2>/dev/null) \
		$(ls $d/*/alloc_traces 2>/dev/null | grep -v "^$d/filp/") |
		sort >"$1"
}

# kc_slab_calls_snapshot FILE CACHE...: "cache site count" of the live
# objects of each CACHE by allocation site (debugfs alloc_traces, as
# above): where a suspect's objects come from. Nothing is written where
# the kernel keeps no such file. The sites KC_SLAB_IGNORE_SITES matches go
# to FILE.ignored instead: they do not count towards a leak.
kc_slab_calls_snapshot()
{
	local f=$1 c
	shift
	: >"$f"
	: >"$f.ignored"
	for c in "$@"; do
		[ -r "$KC_SLAB_DEBUGFS/$c/alloc_traces" ] || continue
		awk -v c="$c" -v f="$f" -v skip="${KC_SLAB_IGNORE_SITES:-^$}" '
		     $1 ~ /^[0-9]+$/ { s = $2; sub(/\+.*/, "", s)
				       print c, $2, $1 >>(s ~ skip ? f ".ignored" : f) }' \
			"$KC_SLAB_DEBUGFS/$c/alloc_traces"
	done
}

# kc_slab_calls_growth BEFORE AFTER: "cache site delta" for every
# allocation site whose live objects grew, largest first.
kc_slab_calls_growth()
{
	awk 'NR == FNR { a[$1 " " $2] += $3; next } { b[$1 " " $2] += $3 }
	     END { for (k in b) if (b[k] > a[k] + 0) print k, b[k] - a[k] }' "$1" "$2" |
		sort -k3,3nr
}

# kc_slab_growth BEFORE AFTER: "cache delta" for every cache that grew,
# largest first. vmap_area is left out: its objects are freed lazily, in
# batches (purge_vmap_area_lazy), and every process the test starts
# vfree()s a vmalloc'd kernel stack, so it grows with the number of
# commands run until the next purge, whatever the code under test does.
# maple_node likewise (the VMA trees of the processes a test starts): on
# 7.2 it grew by 301 to 382 objects in 12 to 30 rounds with either driver,
# 70 over 72's 100 cycles; nothing on the PHY path allocates from it, and a
# leaked process would show in mm_struct and vm_area_struct as well.
# radix_tree_node too: it holds the kernel's id trees, several of which
# allocate cyclically (kernfs numbers every sysfs/debugfs node with
# idr_alloc_cyclic, and 6.12 gives net devices their ifindex with
# xa_alloc_cyclic), so each re-created device moves to fresh ids and a
# tree node stays while any id of its range lives; tmpfs files (the tests'
# logs in /tmp) are indexed by it as well. In a CI run on 6.12-rt, 75 grew it by 8
# in 8 replugs and by 14 in the next 8, all from radix_tree_node_alloc and
# xas_alloc, which name no user; nothing on our paths allocates ids, and a
# leaked device shows in the kmalloc caches of its own objects.
# kmemleak_object and debug_objects_cache (the debug lane) are the
# checkers' own records of other objects, freed lazily: a leak shows in
# the cache of the object itself, and kmemleak reports it.
# damon_region holds DAMON's monitoring regions: 7.2 runs a kdamond from
# boot (CONFIG_DAMON_STAT_ENABLED_DEFAULT=y), which splits and merges its
# regions of physical memory as it samples, whatever a test does. In a CI
# candidate on 7.2, 71 grew it by 14 and 13 in two batches of 12 rounds,
# all from damon_new_region; none of our paths allocates one.
# KC_SLAB_IGNORE: an extended regex of caches a test leaves out (75: the
# VFS caches, which keep the sysfs/debugfs entries of each re-created USB
# device; measured with upstream's driver on 6.1, about 3 dentries and inodes
# per replug in both batches, while kmalloc caches stay flat).
# KC_SLAB_IGNORE_SITES: an extended regex of allocation sites (function
# names, as alloc_traces prints them) whose objects belong to an ignored
# cache's (75: __kernfs_new_node, the name of each kernfs node, which is
# kfree'd with its node in kernfs_free_rcu, so a kept node keeps its name:
# kmalloc-16 +8 and +12 from that site in two batches of 8 replugs on
# 6.12-rt, in a CI run, while kernfs_node_cache is ignored). Such a cache
# still shows its whole growth; kc_slab_leaks_confirmed leaves the sites
# out of the count that decides.
# KC_SLAB_CONTROL: a file of "cache delta", what a control loop of the same
# rounds grew (74: loading a plain-C module, which costs kmalloc-96 +2 per
# load on 6.1 whatever the module), taken off each cache's growth.
kc_slab_growth()
{
	awk -v skip="${KC_SLAB_IGNORE:-^$}" -v ctl="${KC_SLAB_CONTROL:-}" '
	     BEGIN { while (ctl != "" && (getline l < ctl) > 0) { split(l, f, " "); c[f[1]] = f[2] } }
	     NR == FNR { a[$1] = $2; next }
	     $1 !~ /^(vmap_area|maple_node|radix_tree_node|kmemleak_object|debug_objects_cache|damon_region)$/ && $1 !~ skip &&
	     $2 - c[$1] > a[$1] + 0 { print $1, $2 - a[$1] - c[$1] }' "$1" "$2" |
		sort -k2,2nr
}

# kc_slab_kasan: true on a KASAN kernel with kmemleak (the debug lane),
# known from the first kc_slab_snapshot of the boot. There no slab count is
# a leak measure, even after shrinking: freed objects wait in KASAN's
# quarantine, and the snapshot's own debugfs reads free objects into it
# while it counts (measured on 6.12-debug, 71: seq_read_iter, full_proxy_open
# and slab_debug_trace_open 7 to 13 more "live" objects per batch of 12,
# with or without a driver). kmemleak, which finds unreferenced objects
# whatever the allocator holds back, decides there instead.
kc_slab_kasan() { [ -e $KC_SLAB_TMP/kc-slab-kasan ] && [ -w "$KC_KMEMLEAK" ]; }

# kc_slab_kmemleak_verdict: the leak check where kc_slab_kasan holds: a
# kmemleak scan now (lib.sh's kc_kmemleak_check: fails on a leak attributed
# to our modules), after a line saying so next to the printed growth.
kc_slab_kmemleak_verdict()
{
	echo "# slab: KASAN kernel: the counts above include its quarantine; kmemleak decides" |
		tee -a $KC_SLAB_TMP/kc-slab-last
	local rc=0
	kc_kmemleak_check >$KC_SLAB_TMP/kc-kmemleak-last || rc=1
	tee -a $KC_SLAB_TMP/kc-slab-last <$KC_SLAB_TMP/kc-kmemleak-last
	return $rc
}

# kc_slab_leaks BEFORE AFTER ROUNDS: the caches that grew by ROUNDS objects
# or more (at least one object per round: a leak of the repeated path, not
# per-cpu caching noise, which does not scale with the rounds). Prints the
# five largest growths as a "# slab:" line (also in $KC_SLAB_TMP/kc-slab-last, for
# a test to print after a passing check); fails if a cache grew that much.
kc_slab_leaks()
{
	local g
	g=$(kc_slab_growth "$1" "$2")
	echo "# slab: largest growth after $3 rounds${KC_SLAB_CONTROL:+ beyond the control}: $(echo "$g" | head -n 5 | tr '\n' ' ')" |
		tee $KC_SLAB_TMP/kc-slab-last
	if kc_slab_kasan; then
		kc_slab_kmemleak_verdict
		return
	fi
	[ -z "$(echo "$g" | awk -v n="$3" '$2 >= n')" ]
}

# kc_slab_leaks_confirmed BEFORE AFTER ROUNDS COMMAND...: kc_slab_leaks, and
# when a cache grew by ROUNDS objects or more, COMMAND (another batch of the
# same ROUNDS) is run and only a cache that grows that much again fails: a
# leak grows with every batch, while inode and dentry caching of
# sysfs/debugfs churn or shell bookkeeping (seen at 8 after 8 rounds) does
# not. The allocation sites whose live objects grew in the second batch
# are printed (kc_slab_calls_snapshot): they name the leak.
kc_slab_leaks_confirmed()
{
	local b=$1 a=$2 n=$3 suspects g2
	shift 3
	if kc_slab_kasan; then
		kc_slab_leaks "$b" "$a" "$n"
		return
	fi
	kc_slab_leaks "$b" "$a" "$n" && return 0
	suspects=$(kc_slab_growth "$b" "$a" | awk -v n="$n" '$2 >= n { print $1 }')
	echo "# suspects after the first batch: $(echo $suspects); a second batch must grow them again"
	kc_slab_calls_snapshot $KC_SLAB_TMP/kc-slab-calls0 $suspects
	kc_slab_snapshot $KC_SLAB_TMP/kc-slab-c0
	"$@" >/dev/null 2>&1 || { echo "# the second batch failed"; return 1; }
	kc_slab_snapshot $KC_SLAB_TMP/kc-slab-c1
	kc_slab_calls_snapshot $KC_SLAB_TMP/kc-slab-calls1 $suspects
	g2=$(kc_slab_growth $KC_SLAB_TMP/kc-slab-c0 $KC_SLAB_TMP/kc-slab-c1)
	echo "# slab: second batch of $n: $(echo "$g2" | head -n 5 | tr '\n' ' ')" |
		tee -a $KC_SLAB_TMP/kc-slab-last
	kc_slab_calls_growth $KC_SLAB_TMP/kc-slab-calls0 $KC_SLAB_TMP/kc-slab-calls1 | head -n 8 |
		awk '{ print "# slab: " $1 ": " $3 " more live objects from " $2 }' |
		tee -a $KC_SLAB_TMP/kc-slab-last
	kc_slab_calls_growth $KC_SLAB_TMP/kc-slab-calls0.ignored $KC_SLAB_TMP/kc-slab-calls1.ignored |
		head -n 4 |
		awk '{ print "# slab: " $1 ": " $3 " more live objects from " $2 ", left out (KC_SLAB_IGNORE_SITES)" }' |
		tee -a $KC_SLAB_TMP/kc-slab-last
	# A leak grows both counts of the same objects: the cache's total and,
	# where SLUB tracks sites, the sum over its sites read alone, without
	# the snapshot's own file churn (no site data: the total decides), less
	# the sites KC_SLAB_IGNORE_SITES leaves out.
	[ -z "$(echo "$g2" | awk -v n="$n" -v s=" $(echo $suspects) " \
		'$2 >= n && index(s, " " $1 " ") { print $1 }' |
		while read -r c; do
			grep -q "^$c " $KC_SLAB_TMP/kc-slab-calls1 $KC_SLAB_TMP/kc-slab-calls1.ignored ||
				{ echo "$c"; continue; }
			awk -v c="$c" -v n="$n" 'NR == FNR { if ($1 == c) a += $3; next }
			     $1 == c { b += $3 } END { if (b - a >= n) print c }' \
				$KC_SLAB_TMP/kc-slab-calls0 $KC_SLAB_TMP/kc-slab-calls1
		done)" ]
}
