# SPDX-License-Identifier: GPL-2.0
#
# Shell library of the kcrate test guest, sourced by every test in
# /kc/tests/AREA/ (the tree's selftests/guest/tests): what a test needs,
# the kernel log's splats, module loading and the driver under test, the
# PHY ids it handles. It sources the KTAP writer and the network helpers;
# the runner (runner.sh), the fault tests' helpers (faults.sh, with the
# slab checks of slab.sh) and the USB adapter's (usb.sh) are beside it in
# /kc/lib (the tree's selftests/lib).

KC_MODULES=/kc/modules
. /kc/lib/ktap.sh
. /kc/lib/net.sh

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

# Debian's static busybox runs its own applets in preference to programs in
# PATH; the real kmod, ip and ethtool are what the tests mean.
for _kc_tool in modprobe insmod rmmod lsmod depmod modinfo ip ethtool; do
	eval "$_kc_tool() { /usr/local/sbin/$_kc_tool \"\$@\"; }"
done
unset _kc_tool

# Pattern of kernel log lines that fail the test that produced them.
KC_SPLAT='(WARNING:|BUG:|BUG |Oops|general protection fault|Kernel panic|INFO: task .* blocked|Call Trace:|kmemleak|UBSAN:|KFENCE:|Poison overwritten|Redzone|Object padding|list_add corruption|list_del corruption)'

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

# Where kmemleak reports (debug kernels only).
KC_KMEMLEAK=/sys/kernel/debug/kmemleak

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

# --- in-kernel test modules (selftests/ktest) ------------------------------

# kc_ktest_run MODULE PREFIX: load the test module MODULE.ko (from
# $KC_MODULES), whose init prints its KTAP to the kernel log after
# "PREFIX: ", and re-emit that KTAP indented, the nested subtest of the
# result the caller gives next; it is kept in /tmp/MODULE.ktap and insmod's
# status in KC_KTEST_RC. True when the module loaded, its KTAP has the
# version line and a plan, and no case failed.
kc_ktest_run()
{
	local ret=0
	dmesg -c >/dev/null
	insmod "$KC_MODULES/$1.ko" 2>"/tmp/$1.insmod"
	KC_KTEST_RC=$?
	dmesg | sed -n "s/^.*$2: //p" >"/tmp/$1.ktap"
	sed 's/^/  /' "/tmp/$1.ktap"
	if [ "$KC_KTEST_RC" -ne 0 ]; then
		sed 's/^/# insmod: /' "/tmp/$1.insmod"
		echo "# $1.ko init failed (status $KC_KTEST_RC)"
		ret=1
	fi
	if ! grep -q '^KTAP version 1' "/tmp/$1.ktap" || ! grep -q '^1\.\.[0-9]' "/tmp/$1.ktap"; then
		echo "# no KTAP header from $1"
		ret=1
	fi
	grep -q 'not ok' "/tmp/$1.ktap" && ret=1
	return $ret
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
