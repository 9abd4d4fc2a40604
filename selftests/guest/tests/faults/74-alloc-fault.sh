# SPDX-License-Identifier: GPL-2.0
#
# Allocation failures. kcrate's PHY driver allocates nothing: phylib owns
# every object of its paths (the driver's callbacks only read and write
# registers), so there is no allocation of ours to fail there; check 1
# proves it on the binary (the module imports no allocator: its modversions
# table, read with modprobe --dump-modversions).
# The allocating code is core/'s (kc_box, kc_vec), and its failure paths
# are driven through core/alloc.h's switch (kc_alloc_fail_nth) by
# selftests/ktest/kc_core_test: its "alloc" and "vec" suites fail every
# allocation of a scenario in turn (alloc_fault_sweep_no_leak,
# vec_alloc_failure_leaves_vec_unchanged) and count live objects
# (kc_alloc_live). Here those suites must pass on every one of ROUNDS
# loads, and the loads must leave no slab growth behind.
. /kc/lib/guest.sh
. /kc/lib/faults.sh

ROUNDS=${KC_ALLOC_ROUNDS:-8}
M=$KC_MODULES
kc_require kc_core_test.ko

ktap_header 3

no_allocator_in_driver()
{
	local imports hits
	[ -f "$M/ax88796b.ko" ] || { echo "kcrate's ax88796b.ko is not built"; return 1; }
	# The kernel symbols the module imports: its undefined symbols, listed
	# by kc-initramfs (the modversions table is absent without
	# CONFIG_MODVERSIONS, as on 7.x).
	imports=$(cat "$M/ax88796b.imports" 2>/dev/null)
	[ -n "$imports" ] || { echo "no import list for ax88796b.ko"; return 1; }
	echo "imports: $(echo $imports)"
	hits=$(echo "$imports" | grep -E 'alloc|kmem_cache|kstrdup|kmemdup|krealloc|get_free_page|devm_')
	[ -z "$hits" ] || { echo "allocators: $hits"; return 1; }
}
ktap_check "kcrate's ax88796b.ko imports no allocator (nothing of ours to fail)" no_allocator_in_driver
no_allocator_in_driver | sed -n 's/^imports: /# ax88796b.ko imports: /p'

grep -q '^kcrate ' /proc/modules || insmod "$M/kcrate.ko" 2>/dev/null || modprobe kcrate 2>/dev/null

one_load()	# N: load, the alloc and vec suites must pass, unload
{
	local n0
	n0=$(dmesg | wc -l)
	insmod "$M/kc_core_test.ko" || { echo "load $1: insmod failed"; return 1; }
	dmesg | tail -n +$((n0 + 1)) | sed -n 's/^.*kc_core_ktap: //p' >/tmp/kc-core-ktap
	rmmod kc_core_test || return 1
	grep -q '^ *ok [0-9]* alloc$' /tmp/kc-core-ktap &&
	grep -q '^ *ok [0-9]* vec$' /tmp/kc-core-ktap &&
	grep -q 'ok [0-9]* alloc_fault_sweep_no_leak$' /tmp/kc-core-ktap &&
	grep -q 'ok [0-9]* vec_alloc_failure_leaves_vec_unchanged$' /tmp/kc-core-ktap &&
	! grep -q 'not ok' /tmp/kc-core-ktap || { echo "load $1:"; grep -E 'not ok|alloc' /tmp/kc-core-ktap; return 1; }
}
loads()
{
	local i=1
	while [ $i -le "$1" ]; do one_load $i || return 1; i=$((i + 1)); done
}
# The control: the same loop loading the plain-C sample module, so that what
# loading a module and running the shell tools costs the kernel (measured on
# 6.1: kmalloc-96 +2 per load with any module) is not taken for a leak.
control_load()
{
	insmod "$M/kc_minimal_plain.ko" && rmmod kc_minimal_plain &&
		dmesg | tail -n 20 >/dev/null && grep -q . /proc/modules
}
control_loads()
{
	local i=1
	while [ $i -le "$1" ]; do control_load || return 1; i=$((i + 1)); done
}
# leaks_beyond_control ROUNDS: kc_slab_leaks_confirmed on the growth beyond
# the control's (KC_SLAB_CONTROL): a cache that grew by ROUNDS objects more
# than the control in a batch of ROUNDS loads, and again in a second batch,
# is a leak; process bookkeeping noise (maple_node, cred_jar, filp: seen once
# at 9 after 8 rounds) does not grow twice.
leaks_beyond_control()
{
	local KC_SLAB_CONTROL=/tmp/kc-slab-control
	kc_slab_leaks_confirmed /tmp/kc-slab0 /tmp/kc-slab1 "$1" loads "$1"
}
one_load 0 >/dev/null 2>&1	# warm-up
control_load >/dev/null 2>&1
kc_slab_snapshot /tmp/kc-slabc0
control_loads "$ROUNDS" >/dev/null 2>&1
kc_slab_snapshot /tmp/kc-slabc1
kc_slab_growth /tmp/kc-slabc0 /tmp/kc-slabc1 >/tmp/kc-slab-control
kc_slab_snapshot /tmp/kc-slab0
ktap_check "$ROUNDS loads of kc_core_test: every injected allocation failure reported, nothing live" loads "$ROUNDS"
kc_slab_snapshot /tmp/kc-slab1
ktap_check "no slab cache grew by one object per load beyond the plain-module control, in two batches" \
	leaks_beyond_control "$ROUNDS"
cat /tmp/kc-slab-last 2>/dev/null
ktap_finish
