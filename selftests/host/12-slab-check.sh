#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The guests' slab leak check (kc_slab_leaks_confirmed in
# selftests/lib/slab.sh) on made-up slabinfo and alloc_traces
# files: it fails on a cache that grows by a round's worth in two batches,
# passes on growth of the first batch only, and leaves out only the
# allocation sites a test names (KC_SLAB_IGNORE_SITES), not a leak next to
# them. Run with the host's sh and awk, and with busybox's, which the
# guests use.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The driver a shell runs: SCENARIO [IGNORE_SITES]; exits as the check does.
cat >"$tmp/driver.sh" <<'EOF'
. "$KC_TOP/selftests/lib/slab.sh"
w=$KC_SLAB_TMP/world
# world SPEC...: the kernel's slabs, each SPEC "cache:site:count" (a site
# "-" for a cache without allocation-site tracking).
world()
{
	local s c site n
	rm -rf "$w" && mkdir -p "$w/slab"
	printf 'slabinfo - version: 2.1\n# name <active_objs> ...\n' >"$w/slabinfo"
	for s in "$@"; do
		c=${s%%:*}; site=${s#*:}; n=${site#*:}; site=${site%%:*}
		if [ "$site" = - ]; then
			echo "$c $n $n 16 1 : tunables 0 0 0" >>"$w/slabinfo"
			continue
		fi
		grep -q "^$c " "$w/slabinfo" ||
			echo "$c 99999 99999 16 1 : tunables 0 0 0" >>"$w/slabinfo"
		mkdir -p "$w/slab/$c"
		printf '%7d %s+0x40/0x230 age=1/2/3 pid=1-9 cpus=0-1\n' "$n" "$site" \
			>>"$w/slab/$c/alloc_traces"
	done
}
KC_SLABINFO=$w/slabinfo
KC_SLAB_DEBUGFS=$w/slab
KC_SLAB_IGNORE='^kernfs_node_cache$'
KC_SLAB_IGNORE_SITES=$2
# Three states of each scenario: before the rounds, after them, after the
# second batch (the command kc_slab_leaks_confirmed runs).
case $1 in
kernfs)	# kernfs nodes kept with their names: +8 and +12
	a="kernfs_node_cache:__kernfs_new_node:100 kmalloc-16:__kernfs_new_node:100 kmalloc-16:kstrdup:40"
	b="kernfs_node_cache:__kernfs_new_node:108 kmalloc-16:__kernfs_new_node:108 kmalloc-16:kstrdup:41"
	c="kernfs_node_cache:__kernfs_new_node:120 kmalloc-16:__kernfs_new_node:120 kmalloc-16:kstrdup:40" ;;
leak)	# the same, and a leak of one object per round in the same cache
	a="kernfs_node_cache:__kernfs_new_node:100 kmalloc-16:__kernfs_new_node:100 kmalloc-16:kc_leaky:3"
	b="kernfs_node_cache:__kernfs_new_node:108 kmalloc-16:__kernfs_new_node:108 kmalloc-16:kc_leaky:11"
	c="kernfs_node_cache:__kernfs_new_node:116 kmalloc-16:__kernfs_new_node:116 kmalloc-16:kc_leaky:19" ;;
once)	# caching: a round's worth in the first batch, none in the second
	a="kmalloc-96:__alloc_skb:20"
	b="kmalloc-96:__alloc_skb:30"
	c="kmalloc-96:__alloc_skb:29" ;;
damon)	# DAMON's regions, +8 and +8 (7.2's kdamond), and nothing else
	a="damon_region:damon_new_region:100 kmalloc-16:kstrdup:40"
	b="damon_region:damon_new_region:108 kmalloc-16:kstrdup:40"
	c="damon_region:damon_new_region:116 kmalloc-16:kstrdup:40" ;;
nosite)	# a leak in a cache that tracks no allocation sites
	a="pool:-:50"
	b="pool:-:58"
	c="pool:-:66" ;;
esac
world $a
kc_slab_snapshot "$KC_SLAB_TMP/s0"
world $b
kc_slab_snapshot "$KC_SLAB_TMP/s1"
batch() { world $c; }
kc_slab_leaks_confirmed "$KC_SLAB_TMP/s0" "$KC_SLAB_TMP/s1" 8 batch
EOF

# A PATH where busybox's applets stand for the host's tools.
bb=
if command -v busybox >/dev/null; then
	bb=$tmp/bb
	mkdir "$bb"
	for t in awk sort grep sed head tr tee sleep cat ls rm mkdir printf sh; do
		ln -s "$(command -v busybox)" "$bb/$t"
	done
fi

# expect SHELL SCENARIO IGNORE_SITES RC DESCRIPTION
expect()
{
	local out rc d
	d=$tmp/run.$$
	rm -rf "$d" && mkdir "$d"
	if [ "$1" = busybox ]; then
		if [ -z "$bb" ]; then
			ktap_result skip "$5" "no busybox (scripts/kc-setup installs busybox-static)"
			return
		fi
		out=$(PATH=$bb:$PATH KC_TOP=$top KC_SLAB_SETTLE=0 KC_SLAB_TMP=$d \
			busybox sh "$tmp/driver.sh" "$2" "$3" 2>&1)
	else
		out=$(KC_TOP=$top KC_SLAB_SETTLE=0 KC_SLAB_TMP=$d sh "$tmp/driver.sh" "$2" "$3" 2>&1)
	fi
	rc=$?
	if [ "$rc" = "$4" ]; then
		ktap_result ok "$5"
	else
		echo "$out" | sed 's/^/# /'
		echo "# exit $rc, expected $4"
		ktap_result fail "$5"
	fi
}

ktap_header 12
for sh in sh busybox; do
	expect $sh kernfs '^__kernfs_new_node$' 0 \
		"$sh: kernfs names of kept nodes, left out by their site, pass"
	expect $sh kernfs '' 1 \
		"$sh: the same growth fails where no site is left out"
	expect $sh leak '^__kernfs_new_node$' 1 \
		"$sh: a leak next to the left-out kernfs names fails"
	expect $sh once '' 0 \
		"$sh: growth in the first batch only passes"
	expect $sh damon '' 0 \
		"$sh: DAMON's regions are left out"
	expect $sh nosite '' 1 \
		"$sh: a leak in a cache without site tracking fails"
done
ktap_finish
