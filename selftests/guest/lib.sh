# SPDX-License-Identifier: GPL-2.0
#
# Shell library of the kcrate test guest: the runner (kc_run_tests), module
# loading, and KTAP output helpers for the scripts in /kc/tests/AREA/.

KC_MODULES=/kc/modules
. /kc/ktap.sh

# kc_require NAME...: what a test needs from this tree: a module (NAME.ko,
# in $KC_MODULES: `make test-modules` builds every one in every run) or a
# program (`make selftests`). A missing one is a broken build, so a failure
# (KTAP's Bail out!), never a skip.
kc_require()
{
	local what
	for what in "$@"; do
		case "$what" in
		*.ko) [ -f "$KC_MODULES/$what" ] && continue ;;
		*) command -v "$what" >/dev/null && continue ;;
		esac
		ktap_bail_out "$what is not in the guest, and the tree builds it in every run"
	done
}

# kc_carrier_is IFACE 0|1: the interface's carrier is that.
kc_carrier_is() { [ "$(cat "/sys/class/net/$1/carrier" 2>/dev/null)" = "$2" ]; }

# Debian's static busybox runs its own applets in preference to programs in
# PATH; the real kmod, ip and ethtool are what the tests mean.
for _kc_tool in modprobe insmod rmmod lsmod depmod modinfo ip ethtool; do
	eval "$_kc_tool() { /usr/local/sbin/$_kc_tool \"\$@\"; }"
done
unset _kc_tool

# Pattern of kernel log lines that fail the test that produced them.
KC_SPLAT='(WARNING:|BUG:|BUG |Oops|general protection fault|Kernel panic|INFO: task .* blocked|Call Trace:|kmemleak|UBSAN:|KFENCE:|Poison overwritten|Redzone|Object padding|list_add corruption|list_del corruption)'

# --- driver selection -------------------------------------------------

# Our modules are installed in /lib/modules/$KC_KVER/updates/kcrate, which
# depmod ranks above the kernel's own, with /etc/modprobe.d/kcrate.conf (it
# keeps the Rust twin from loading by alias beside ours), as
# `make modules_install` installs them. For the upstream reference run
# both are taken out, so modprobe (and phylib's autoload by alias) finds
# Debian's driver.
kc_select_driver()
{
	if [ "$KC_DRIVER" = upstream ]; then
		rm -f /lib/modules/"$KC_KVER"/updates/kcrate/ax88796b.ko* /etc/modprobe.d/kcrate.conf
		depmod -a
	fi
}

# kc_upstream_is_rust: upstream's driver for these PHYs is the Rust one,
# ax88796b_rust.ko (7.x, CONFIG_AX88796B_RUST_PHY), not ax88796b.ko.
kc_upstream_is_rust()
{
	[ -n "$(find /lib/modules/"$KC_KVER"/kernel -name 'ax88796b_rust.ko*' 2>/dev/null)" ]
}

# KC_PHY_MODULE: the module of the driver under test.
KC_PHY_MODULE=ax88796b
[ "$KC_DRIVER" = upstream ] && kc_upstream_is_rust && KC_PHY_MODULE=ax88796b_rust
export KC_PHY_MODULE

# kc_load_phy_driver: load phylib and the PHY driver under test.
kc_load_phy_driver()
{
	modprobe libphy 2>/dev/null
	modprobe "$KC_PHY_MODULE" || return 1
	kc_phy_driver_is_ours
	[ "$KC_DRIVER" = ours ] && [ "$KC_LOADED_OURS" = 1 ] && return 0
	[ "$KC_DRIVER" = upstream ] && [ "$KC_LOADED_OURS" = 0 ] &&
		grep -q "^$KC_PHY_MODULE " /proc/modules && return 0
	echo "# loaded ax88796b is not the $KC_DRIVER driver" >&2
	return 1
}

# kc_need_phy_driver: kc_load_phy_driver, or the test's result is a
# failure saying why (modprobe's message) and the test exits 1. Never a
# skip: the driver under test exists on every kernel of the matrix
# (kcrate's is built with the tree; upstream's is shipped, or built by
# kc-vm as the reference where the kernel does not ship it, 5.10), so a
# missing or unloadable module is the failure of the run.
kc_need_phy_driver()
{
	local err=/tmp/kc-need-phy-driver.err
	if [ "$KC_DRIVER" = ours ] && [ ! -f "$KC_MODULES/ax88796b.ko" ]; then
		echo "kcrate's ax88796b.ko is not in $KC_MODULES (the tree always builds it)" >$err
	elif kc_load_phy_driver 2>$err; then
		return 0
	fi
	[ -s $err ] || echo "modprobe $KC_PHY_MODULE failed without a message" >$err
	sed 's/^# *//; s/^/# /' $err
	ktap_result fail "load the $KC_DRIVER PHY driver ($KC_PHY_MODULE)"
	exit 1
}

# kc_module_users MODULE: what holds MODULE: its reference count, the
# modules that use it and its line in /proc/modules, one line.
kc_module_users()
{
	echo "$1: refcnt $(cat "/sys/module/$1/refcnt" 2>/dev/null || echo -)," \
		"holders: $(ls "/sys/module/$1/holders" 2>/dev/null | tr '\n' ' ')," \
		"/proc/modules: $(grep "^$1 " /proc/modules)"
}

# Sets KC_LOADED_OURS=1 if the loaded ax88796b module is kcrate's: an
# out-of-tree module carries the taint flag O, Debian's in-tree one does not.
kc_phy_driver_is_ours()
{
	KC_LOADED_OURS=0
	grep -q O /sys/module/ax88796b/taint 2>/dev/null && KC_LOADED_OURS=1
	return 0
}

# --- which PHY ids the driver under test handles -----------------------

# The ASIX PHY ids of the simulated board: AX88772A, AX88772C, AX88796B.
KC_PHY_IDS="0x003b1861 0x003b1881 0x003b1841"

# kc_module_claims MODULE ID: MODULE (a module name or a .ko path) has an
# mdio alias matching PHY id ID. Fails loudly (status 2) when modinfo
# cannot read MODULE, so a missing module is not taken for "unhandled".
kc_module_claims()
{
	local bin='' i=31 a aliases
	# kmod's modinfo (busybox's would look for the running kernel's tree)
	aliases=$(/usr/local/sbin/modinfo -F alias "$1") || {
		echo "# modinfo $1 failed" >&2
		return 2
	}
	while [ $i -ge 0 ]; do
		bin=$bin$(( ($2 >> i) & 1 ))
		i=$((i - 1))
	done
	for a in $aliases; do
		case "mdio:$bin" in $a) return 0 ;; esac
	done
	return 1
}

# kc_driver_claims ID: the driver under test handles PHY id ID. kcrate's
# handles all three; upstream's before v5.11 knows the AX88796B only (the
# AX88772A/C came with the asix USB driver's move to phylib), so the
# upstream run asks the reference module's aliases. Where modinfo fails
# the id counts as handled: the test runs and fails instead of skipping.
kc_driver_claims()
{
	[ "$KC_DRIVER" = upstream ] || return 0
	kc_module_claims "$KC_PHY_MODULE" "$1"
	[ $? != 1 ]
}

# kc_unhandled_why ID: the one SKIP reason for a check of an unhandled id.
kc_unhandled_why() { echo "upstream's driver on $KC_KVER does not handle $1"; }

# kc_id_check ID DESCRIPTION COMMAND...: a check of what the driver does
# for PHY id ID; a skip with kc_unhandled_why's reason where it has no
# driver for ID.
kc_id_check()
{
	local id=$1
	shift
	if kc_driver_claims "$id"; then
		ktap_check "$@"
	else
		ktap_result skip "$1" "$(kc_unhandled_why "$id")"
	fi
}

# kc_some_phy_id [IDS...]: the first of IDS (default KC_PHY_IDS, AX88772A
# first) that the driver under test handles, for checks that need just
# some PHY with a driver bound.
kc_some_phy_id()
{
	local id
	[ $# -gt 0 ] || set -- $KC_PHY_IDS
	for id in "$@"; do
		kc_driver_claims "$id" && { echo "$id"; return 0; }
	done
	echo "# the $KC_DRIVER driver handles none of $*" >&2
	return 1
}

# kc_phy_model ID: the model name of an ASIX PHY id.
kc_phy_model()
{
	case $1 in
	0x003b1861) echo AX88772A ;;
	0x003b1881) echo AX88772C ;;
	0x003b1841) echo AX88796B ;;
	*) echo "$1" ;;
	esac
}

# kc_export_unhandled: KC_UNHANDLED, the ids of KC_PHY_IDS the driver under
# test does not handle, and KC_UNHANDLED_BY, who, for the C selftests'
# fixture (selftests/net/kc_phy_fixture.h), which skips those variants
# with kc_unhandled_why's reason.
kc_export_unhandled()
{
	local id
	KC_UNHANDLED=
	for id in $KC_PHY_IDS; do
		kc_driver_claims "$id" || KC_UNHANDLED="$KC_UNHANDLED $id"
	done
	KC_UNHANDLED=${KC_UNHANDLED# }
	KC_UNHANDLED_BY="upstream's driver on $KC_KVER"
	export KC_UNHANDLED KC_UNHANDLED_BY
}

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

# --- the runner -----------------------------------------------------------

# Tests are grouped by area, one folder each in /kc/tests (the tree's
# selftests/guest/tests), with a kselftest "settings" file of KEY=VALUE lines
# (a value with spaces is quoted, as kselftest's runner.sh evals each line):
#   timeout=SECONDS      each test's bound (kc.timeout= overrides it, as
#                        run_kselftest.sh's --override-timeout does)
#   tier=main|faults     the guest that runs the folder's tests: main, or
#                        faults (booted with panic_on_warn=0: kc-vm --tier)
#   drivers=LIST         "ours", "upstream": which driver's guests run them
#   expect_warn=REGEX    kernel WARNINGs the tests provoke by design
# KEY_TEST (TEST's name with '-' as '_') sets KEY for that test alone.

# kc_setting SCRIPT KEY: the value of KEY for SCRIPT from its folder's
# settings (its own KEY_TEST line first), unquoted; empty if none.
kc_setting()
{
	local f v per
	f=$(dirname "$1")/settings
	per=${2}_$(basename "$1" .sh | tr -- '-' '_')
	v=$(sed -n "s/^$per=//p" "$f" 2>/dev/null | tail -n 1)
	[ -n "$v" ] || v=$(sed -n "s/^$2=//p" "$f" 2>/dev/null | tail -n 1)
	case "$v" in
	\'*\') v=${v#\'} v=${v%\'} ;;
	\"*\") v=${v#\"} v=${v%\"} ;;
	esac
	printf '%s\n' "$v"
}

# kc_test_selected SCRIPT: does this script run in this guest (its tier and
# driver) and match the kc.tests filter (a glob on NAME or AREA/NAME)?
kc_test_selected()
{
	local name area
	name=$(basename "$1" .sh)
	area=$(basename "$(dirname "$1")")
	case "$name" in $KC_TESTS) ;; *)
		case "$area/$name" in $KC_TESTS) ;; *) return 1 ;; esac ;;
	esac
	[ "$(kc_setting "$1" tier)" = "$KC_TIER" ] || return 1
	case " $(kc_setting "$1" drivers) " in *" $KC_DRIVER "*) return 0 ;; esac
	return 1
}

# kc_settings_check: every folder has settings whose tier, drivers and
# timeout are valid, and the faults tier runs only where a WARN does not
# panic. Prints what is wrong and returns 1: the runner then bails out (a
# broken tree is a failure, never a silent skip).
kc_settings_check()
{
	local t v
	if [ "$KC_TIER" != main ] && [ "$KC_TIER" != faults ]; then
		echo "kc.tier=$KC_TIER: not main or faults"
		return 1
	fi
	if [ "$KC_TIER" = faults ] &&
	   [ "$(cat /proc/sys/kernel/panic_on_warn 2>/dev/null)" != 0 ]; then
		echo "the faults tier needs panic_on_warn=0 (kc-vm --tier faults)"
		return 1
	fi
	for t in /kc/tests/*/*.sh; do
		if [ ! -f "$(dirname "$t")/settings" ]; then
			echo "$(dirname "$t") has no settings file"
			return 1
		fi
		case "$(kc_setting "$t" tier)" in main|faults) ;; *)
			echo "$t: its tier is not main or faults"
			return 1 ;;
		esac
		case " $(kc_setting "$t" drivers) " in *" ours "*|*" upstream "*) ;; *)
			echo "$t: its drivers name neither ours nor upstream"
			return 1 ;;
		esac
		case "$(kc_setting "$t" timeout)" in ''|*[!0-9]*)
			echo "$t: its timeout is not a number of seconds"
			return 1 ;;
		esac
	done
}

# kc_splat_unexpected SPLAT REGEX: the splat lines a test's expect_warn
# setting (REGEX) does not excuse. A WARNING line is excused only if it
# matches REGEX (an extended regular expression, e.g. the file and function
# of phylib's WARN), and a "Call Trace:" line only if it follows an excused
# WARNING; everything else (BUG, Oops, other WARNs...) still fails the test.
kc_splat_unexpected()
{
	[ -n "$2" ] || return 0
	echo "$1" | awk -v re="$2" '
		/WARNING:/ && $0 ~ re { w++; next }
		/Call Trace:/ && w > c { c++; next }
		NF { print }'
}

# --- kmemleak (debug kernels only) ----------------------------------------

KC_KMEMLEAK=/sys/kernel/debug/kmemleak

# kc_kmemleak_check: scan for leaks after a test. Prints one "# kmemleak:"
# summary line and the reports of leaks attributed to our modules (a
# backtrace frame in one of them, or an unresolved address: the allocating
# module is gone, and the guest unloads only what the tests load); returns 1
# if there is any. Objects younger than kmemleak's minimum age (5 s) are not
# reported, hence the wait; two scans, so that a pointer held only in a
# register at the first one is not a leak. Reports are cleared afterwards,
# so that each test sees only its own.
kc_kmemleak_check()
{
	local ours rep n
	[ -w "$KC_KMEMLEAK" ] || return 0
	sleep 6
	echo scan >"$KC_KMEMLEAK" && echo scan >"$KC_KMEMLEAK" || {
		echo "# kmemleak: scan failed"
		return 1
	}
	ours=$(cd "$KC_MODULES" 2>/dev/null && ls *.ko 2>/dev/null | sed 's/\.ko$//' | tr - _ | tr '\n' '|')
	rep=$(awk -v ours="${ours%|}" '
		function flush() { if (obj != "" && hit) print obj; obj = ""; hit = 0 }
		/^unreferenced object/ { flush(); obj = $0; next }
		{ obj = obj "\n" $0 }
		/^ *(\[<[0-9a-f]*>\] )?0x[0-9a-f]+$/ { hit = 1 }
		ours != "" && $0 ~ ("\\[(" ours ")\\]$") { hit = 1 }
		END { flush() }' "$KC_KMEMLEAK")
	n=$(grep -c '^unreferenced object' "$KC_KMEMLEAK")
	echo "clear" >"$KC_KMEMLEAK"
	if [ -n "$rep" ]; then
		echo "# kmemleak: $n suspected leaks, $(echo "$rep" | grep -c '^unreferenced object') in our modules"
		echo "$rep" | sed 's/^/# kmemleak: /'
		return 1
	fi
	echo "# kmemleak: $n suspected leaks, 0 in our modules"
}

# kc_run_bounded TEST: run TEST with its output in /tmp/kc-out, killed
# (SIGKILL) after KC_TEST_TIMEOUT s, and set rc to its exit status: 137 when it
# was killed. A process in uninterruptible sleep does not die of SIGKILL,
# and a plain wait would then block the whole run until the host kills the
# guest, with no word of where it was (a 5.10 guest did so in 40-ncv6336,
# whose i2c tests keep kernel messages off the console). So a watchdog
# subshell signals the runner (SIGUSR1 ends its wait) if the test is still
# there 10 s after the kill: rc is then 138 and KC_STUCK its PID.
kc_run_bounded()
{
	local pid end up
	KC_STUCK=
	sh "$1" >/tmp/kc-out 2>&1 &
	pid=$!
	read -r up _ </proc/uptime
	end=$((${up%.*} + KC_TEST_TIMEOUT))
	# Polls every 2 s with builtins and one sleep (the bound is 2 s coarse);
	# it exits by itself once the test is gone.
	(
		while read -r up _ </proc/uptime && [ "${up%.*}" -lt $end ]; do
			kill -0 $pid 2>/dev/null || exit 0
			sleep 2
		done
		kill -9 $pid 2>/dev/null || exit 0
		sleep 10
		! kill -0 $pid 2>/dev/null || kill -USR1 $$
	) &
	trap 'KC_STUCK=$pid' USR1
	wait $pid
	rc=$?
	trap - USR1
}

# kc_stuck_report PID: where a test's process that SIGKILL did not end is
# in the kernel: the blocked tasks (sysrq w) in the kernel log, then, last
# (the host keeps a result's last diagnostic lines), the process's state,
# wait channel and kernel stack on one line each.
kc_stuck_report()
{
	echo w >/proc/sysrq-trigger 2>/dev/null
	dmesg | tail -n 60 | sed 's/^/# dmesg: /'
	echo "# stuck: pid $1 ($(cat /proc/$1/comm 2>/dev/null)): state $(awk '{ print $3 }' /proc/$1/stat 2>/dev/null) in $(cat /proc/$1/wchan 2>/dev/null)"
	echo "# stuck: stack: $(awk '{ print $2 }' /proc/$1/stack 2>/dev/null | head -n 8 | tr '\n' ' ')"
	echo "# stuck: last output: $(tail -n 1 /tmp/kc-out)"
}

kc_run_tests()
{
	local t n=0 i=0 rc name splat t0 why warn
	local list=""
	echo "kc-guest: begin driver=$KC_DRIVER tier=$KC_TIER kernel=$KC_KVER"
	echo "KTAP version 1"
	if ! why=$(kc_settings_check); then
		echo "Bail out! $why"
		echo "kc-guest: end"
		return
	fi
	# In the order of the names' numbers, whatever their folder.
	for t in $(for t in /kc/tests/*/*.sh; do echo "$(basename "$t") $t"; done |
		   sort | cut -d' ' -f2); do
		kc_test_selected "$t" && list="$list $t" && n=$((n + 1))
	done
	echo "1..$n"
	echo "# kc-plan:$(for t in $list; do printf ' %s' "$(basename "$t" .sh)"; done)"
	for t in $list; do
		i=$((i + 1))
		name=$(basename "$t" .sh)
		KC_TEST_TIMEOUT=${KC_TIMEOUT:-$(kc_setting "$t" timeout)}
		dmesg -c >/dev/null
		t0=$(cut -d' ' -f1 /proc/uptime)
		kc_run_bounded "$t"
		sed 's/^/  /' /tmp/kc-out
		# How close each test runs to its bound.
		echo "# $name: $(awk -v t0="$t0" '{ printf "%d", $1 - t0 }' /proc/uptime) s of ${KC_TEST_TIMEOUT} s"
		if [ -n "$KC_STUCK" ]; then
			kc_stuck_report "$KC_STUCK"
			echo "not ok $i $name # TIMEOUT after ${KC_TEST_TIMEOUT}s, and SIGKILL did not end it: stuck in the kernel"
			echo "# kc-guest: the tests after $name are not run (the stuck one may hold a lock they need)"
			break
		fi
		splat=$(dmesg | grep -E "$KC_SPLAT")
		warn=$(kc_setting "$t" expect_warn)
		[ -z "$warn" ] || splat=$(kc_splat_unexpected "$splat" "$warn")
		if [ -n "$splat" ]; then
			echo "$splat" | sed 's/^/# kernel: /'
			dmesg | tail -n 40 | sed 's/^/# dmesg: /'
			echo "not ok $i $name # kernel log shows a splat"
		elif ! kc_kmemleak_check; then
			echo "not ok $i $name # kmemleak: leak in our modules"
		elif [ "$rc" -eq 0 ]; then
			echo "ok $i $name"
		elif [ "$rc" -eq 4 ]; then
			echo "ok $i $name # SKIP $(sed -n 's/^# SKIP //p' /tmp/kc-out | head -n 1)"
		elif [ "$rc" -eq 137 ]; then
			dmesg | tail -n 20 | sed 's/^/# dmesg: /'
			echo "not ok $i $name # TIMEOUT after ${KC_TEST_TIMEOUT}s"
		else
			dmesg | tail -n 20 | sed 's/^/# dmesg: /'
			echo "not ok $i $name # exit status $rc"
		fi
	done
	echo "kc-guest: end"
}

# --- tracing (40-ncv6336, bench.sh) ------------------------------------------

# kc_tracefs: print tracefs's directory, mounted if it is not, with the
# recording of task names (options/record-cmd) turned off. That recording
# hooks sched_switch when the first event is enabled and unhooks it when the
# last one is disabled, and under TCG patching that tracepoint into the
# __schedule another vCPU is running kills the guest (see testing.rst,
# "Tracepoints and TCG"). The tests' own events sit on paths that only they
# drive. The trace's task column then reads <...>. Returns 1 without tracefs.
kc_tracefs()
{
	local t=/sys/kernel/tracing
	[ -e "$t/trace_marker" ] || mount -t tracefs nodev "$t" 2>/dev/null
	[ -e "$t/trace_marker" ] || t=/sys/kernel/debug/tracing
	[ -e "$t/trace_marker" ] || return 1
	echo 0 >"$t/options/record-cmd" || return 1
	echo "$t"
}

# --- tests on an i2c-stub chip (40-ncv6336, 41-bus) -----------------------------

# kc_i2c_stub_setup ADDR MODULE...: skip the test (exit 4) unless every
# MODULE.ko is built and the kernel has i2c-stub and i2c-dev; load those
# with the stub's chip at ADDR; keep the kernel's error messages off the
# console, which the host parses (failed probes and refusals log errors by
# design; dmesg keeps them; kc_i2c_stub_done restores the level); set
# KC_I2C_BUS, the stub adapter's number, and KC_I2C_ADAP, its sysfs
# directory.
kc_i2c_stub_setup()
{
	local addr=$1 m a
	shift
	for m in "$@"; do
		if [ ! -f "$KC_MODULES/$m.ko" ]; then
			echo "# SKIP $m.ko is not built"
			exit 4
		fi
	done
	if ! modprobe i2c-stub chip_addr="$addr" || ! modprobe i2c-dev; then
		echo "# SKIP no i2c-stub or i2c-dev in this kernel"
		exit 4
	fi
	# The modules under test are insmod'ed, which resolves no dependency:
	# regmap-i2c is built into Debian's kernels but a module in the debug
	# lane's (selected by a driver there). Where it is neither, their
	# insmod fails and says so.
	modprobe regmap-i2c 2>/dev/null || :
	KC_PRINTK_SAVED=$(cut -f1 /proc/sys/kernel/printk)
	echo 1 > /proc/sys/kernel/printk
	KC_I2C_BUS=
	for a in /sys/bus/i2c/devices/i2c-*; do
		grep -q "SMBus stub" "$a/name" 2>/dev/null && KC_I2C_BUS=${a##*/i2c-}
	done
	KC_I2C_ADAP=/sys/bus/i2c/devices/i2c-$KC_I2C_BUS
}

# kc_i2c_stub_done: restore the console log level kc_i2c_stub_setup lowered.
kc_i2c_stub_done()
{
	echo "$KC_PRINTK_SAVED" > /proc/sys/kernel/printk
}
