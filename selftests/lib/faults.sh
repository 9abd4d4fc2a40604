# SPDX-License-Identifier: GPL-2.0
#
# Shell helpers of the reliability tests (selftests/guest/tests/faults), for
# the guest's busybox sh, with the slab checks (slab.sh). Source it after
# guest.sh.

. /kc/lib/slab.sh

SIM=/sys/kernel/debug/kc_phy_sim

# Where phylib WARNs by design (phylib's own files: phy_error from the
# state machine after a failed poll or config_aneg, phy_stop after a failed
# suspend): the only WARNs the fault tests accept, in the form of the
# expect_warn setting (selftests/guest/tests/faults/settings). A WARN in our
# driver, abstractions or the simulator names another file. The file
# follows "at" in the WARNING line up to 6.x, "WARNING:" itself on 7.x
# ("WARNING: FILE:LINE at FUNC").
KC_PHYLIB_WARN='(at|WARNING:) drivers/net/phy/phy(_device|_core)?\.c:[0-9]+'


# kc_errname FILE: the errno name an ip/ethtool error message in FILE shows
# (its last line), "OK" for an empty file, "other:<text>" otherwise.
kc_errname()
{
	local msg
	msg=$(tail -n 1 "$1")
	case "$msg" in
	"") echo OK ;;
	*"Input/output error"*) echo EIO ;;
	*"Connection timed out"*|*"Timer expired"*) echo ETIMEDOUT ;;
	*"Invalid argument"*) echo EINVAL ;;
	*"Operation not supported"*) echo EOPNOTSUPP ;;
	*"No such device"*) echo ENODEV ;;
	*"Device or resource busy"*) echo EBUSY ;;
	*) echo "other:$(echo "$msg" | tr ' ' _)" ;;
	esac
}

# kc_errno_name N: EIO for -5, ETIMEDOUT for -110.
kc_errno_name() { case $1 in -5) echo EIO ;; -110) echo ETIMEDOUT ;; *) echo "E$1" ;; esac; }

# The kernel log of a long fault test: phylib's WARNs (a call trace each)
# and the "failed" lines of hundreds of cases overflow the kernel's ring
# buffer, and a WARNING line that rotated out would leave its call trace
# unexplained. kc_klog_take moves the log to KC_KLOG as it goes;
# kc_klog_splats prints the splat lines of all of it that KC_PHYLIB_WARN
# does not excuse (the runner checks only what is left in the ring).
KC_KLOG=/tmp/kc-klog
kc_klog_take() { dmesg -c >>$KC_KLOG; }
kc_klog_splats()
{
	kc_klog_take
	kc_splat_unexpected "$(grep -E "$KC_SPLAT" $KC_KLOG)" "$KC_PHYLIB_WARN"
}

# kc_warns: the number of WARNING lines in the kernel log so far;
# kc_warns_unexpected N: those after the Nth that are not phylib's.
kc_warns() { kc_klog_take; grep -c 'WARNING:' $KC_KLOG; }
kc_warns_unexpected()
{
	kc_klog_take
	grep 'WARNING:' $KC_KLOG | tail -n +$(($1 + 1)) | grep -Ev "$KC_PHYLIB_WARN"
}

# kc_sync_poll DEV_ID: return just after one of phylib's polls of instance
# DEV_ID (its trace grew and then stayed still for 200 ms: a poll's few
# accesses can be 50 ms apart on a loaded TCG host), so that a test has
# most of a second before the next one. Gives up after 3 s. Clears the
# instance's trace.
kc_sync_poll()
{
	local t=$SIM/$1/trace n0 n1 i=0
	echo clear >"$t"	# the log keeps 4096 accesses; start it afresh
	n0=0
	while [ $i -lt 60 ]; do
		usleep 50000
		n1=$(wc -l <"$t")
		if [ "$n1" != "$n0" ]; then
			usleep 200000
			[ "$(wc -l <"$t")" = "$n1" ] && return 0
			n1=$(wc -l <"$t")
		fi
		n0=$n1
		i=$((i + 1))
	done
	return 1
}

# kc_modref MODULE: the module's reference count ("-" if not loaded).
kc_modref() { cat "/sys/module/$1/refcnt" 2>/dev/null || echo -; }

# kc_fresh_sim: kc_phy_sim loaded, with no instance (a previous test may
# have failed half-way and left it loaded).
kc_fresh_sim()
{
	if grep -q '^kc_phy_sim ' /proc/modules; then
		modprobe -r kc_phy_sim || return 1
	fi
	modprobe kc_phy_sim
}
