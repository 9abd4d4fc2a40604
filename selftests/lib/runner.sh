# SPDX-License-Identifier: GPL-2.0
#
# The runner of the kcrate test guest (kc_run_tests), sourced by its init
# after guest.sh: one KTAP document of the tier's tests, each bounded in
# time, with the kernel log and kmemleak checked after it.

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

# --- kmemleak (debug kernels only) ----------------------------------------

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
