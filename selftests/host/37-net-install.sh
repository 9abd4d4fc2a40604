#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# selftests/net/Makefile on lib.mk's conventions, on the host:
#   - `install INSTALL_PATH=dir` makes the layout of kselftest_install.sh's
#     tree: dir/kcrate-net/ with the programs, `settings` (timeout=N) and
#     `config` (the kernel options), and dir/kselftest-list.txt with one
#     COLLECTION:PROGRAM line per kselftest (not phy_mdio_trace, which is
#     TEST_GEN_PROGS_EXTENDED), not duplicated by a second install;
#   - install without INSTALL_PATH is an error that says so;
#   - libnl's flags come from pkg-config: a sysroot given to pkg-config
#     (PKG_CONFIG_SYSROOT_DIR/PKG_CONFIG_LIBDIR) shows in the compile line,
#     and a PKG_CONFIG that finds no libnl stops the build with a message;
#   - run_tests runs the kselftests; here, without the simulator or NETIF,
#     each skips every test before opening anything and the runner reports
#     "ok N selftests: kcrate-net: PROG # SKIP" (exit 4);
#   - a real cross build for arm64 against a target root (the 6.1-arm64
#     guest's, when kc-vm fetched it) links an aarch64 program.
# Needs gcc, pkg-config, libnl's static archives and build/ksft (kc-setup).
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"

ksft=$top/build/ksft
net=$top/selftests/net
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
m() { make --no-print-directory -C "$net" KSFT_DIR="$ksft" OUTPUT="$tmp/out" "$@"; }

ktap_header 7
if [ ! -f "$ksft/kselftest_harness.h" ] || ! command -v pkg-config >/dev/null 2>&1; then
	for i in 1 2 3 4 5 6 7; do
		ktap_result skip "Makefile check $i" "needs pkg-config and build/ksft (scripts/kc-setup)"
	done
	ktap_finish
fi

# 1. the install tree
inst=$tmp/inst
if m install INSTALL_PATH="$inst" >"$tmp/install.log" 2>&1 &&
   m install INSTALL_PATH="$inst" >>"$tmp/install.log" 2>&1; then
	(cd "$inst" && find . -type f | sort | sed 's/^/# /')
	bad=
	for p in ethtool_phy phy_scenarios phy_mdio_trace; do
		[ -x "$inst/kcrate-net/$p" ] || bad="$bad $p-not-executable"
	done
	grep -qx 'timeout=[0-9][0-9]*' "$inst/kcrate-net/settings" 2>/dev/null || bad="$bad settings"
	for o in CONFIG_PHYLIB CONFIG_ETHTOOL_NETLINK CONFIG_AX88796B_PHY; do
		grep -q "^$o=[ym]$" "$inst/kcrate-net/config" 2>/dev/null || bad="$bad config:$o"
	done
	list=$(cat "$inst/kselftest-list.txt" 2>/dev/null | tr '\n' ' ')
	[ "$list" = "kcrate-net:ethtool_phy kcrate-net:phy_scenarios " ] ||
		bad="$bad kselftest-list.txt:'$list'"
	if [ -z "$bad" ]; then
		ktap_result ok "install: programs, settings, config, kselftest-list.txt (twice, no duplicate)"
	else
		echo "# wrong:$bad"
		ktap_result fail "install: programs, settings, config, kselftest-list.txt (twice, no duplicate)"
	fi
else
	grep -v 'statically linked\|in function' "$tmp/install.log" | tail -n 8 | sed 's/^/# /'
	ktap_result fail "install: programs, settings, config, kselftest-list.txt # make install failed"
fi

# 2. INSTALL_PATH is required
if m install >"$tmp/noinst.log" 2>&1; then
	ktap_result fail "install without INSTALL_PATH fails"
elif grep -q 'set INSTALL_PATH' "$tmp/noinst.log"; then
	ktap_result ok "install without INSTALL_PATH fails: $(grep -o 'set INSTALL_PATH[^.]*' "$tmp/noinst.log")"
else
	sed 's/^/# /' "$tmp/noinst.log"
	ktap_result fail "install without INSTALL_PATH fails with a message"
fi

# 3. pkg-config's sysroot in the compile line
sys=$tmp/sysroot
mkdir -p "$sys/usr/lib/pkgconfig"
for pc in libnl-3.0 libnl-genl-3.0 libnl-route-3.0; do
	f=$(pkg-config --variable=pcfiledir "$pc")/$pc.pc
	cp "$f" "$sys/usr/lib/pkgconfig/" 2>/dev/null
done
line=$(PKG_CONFIG_SYSROOT_DIR=$sys PKG_CONFIG_LIBDIR=$sys/usr/lib/pkgconfig \
	m -n OUTPUT="$tmp/sysout" "$tmp/sysout/kc_nl.o" 2>&1 | grep -- ' -c ')
echo "# $line"
case "$line" in
*"-I$sys/usr/include/libnl3"*) ktap_result ok "libnl's include path from pkg-config, with its sysroot" ;;
*) ktap_result fail "libnl's include path from pkg-config, with its sysroot" ;;
esac

# 4. no libnl for pkg-config: a clear stop
if PKG_CONFIG_LIBDIR=$tmp/empty m OUTPUT="$tmp/nolibnl" >"$tmp/nolibnl.log" 2>&1; then
	ktap_result fail "no libnl for pkg-config stops the build"
elif grep -q 'libnl not found by pkg-config' "$tmp/nolibnl.log" && [ ! -e "$tmp/nolibnl/kc_nl.o" ]; then
	ktap_result ok "no libnl for pkg-config stops the build, saying so"
else
	tail -n 5 "$tmp/nolibnl.log" | sed 's/^/# /'
	ktap_result fail "no libnl for pkg-config stops the build, saying so"
fi

# 5. run_tests: TAP from the runner, exit 4 read as SKIP
if [ -e /sys/kernel/debug/kc_phy_sim ]; then
	ktap_result skip "run_tests: every program SKIP" "the simulator is loaded on this machine"
else
	env -u NETIF -u NETIF_PHYDEV make --no-print-directory -C "$net" KSFT_DIR="$ksft" \
		OUTPUT="$tmp/out" run_tests >"$tmp/run.log" 2>&1
	rc=$?
	grep -v '^# #\|^# ok\|^# TAP\|^# 1\.\.' "$tmp/run.log" | grep -v 'statically\|in function\|/usr/bin/ld' | sed 's/^/# /'
	if [ "$rc" = 0 ] &&
	   grep -qx 'ok 1 selftests: kcrate-net: ethtool_phy # SKIP' "$tmp/run.log" &&
	   grep -qx 'ok 2 selftests: kcrate-net: phy_scenarios # SKIP' "$tmp/run.log"; then
		ktap_result ok "run_tests: every program SKIP (exit 4), the run passes"
	else
		ktap_result fail "run_tests: every program SKIP (exit 4), the run passes"
	fi
fi

# 6. the default build (what `make selftests` and kc-vm call) still works
if m >"$tmp/build.log" 2>&1 && [ -x "$tmp/out/ethtool_phy" ] && [ -x "$tmp/out/phy_mdio_trace" ]; then
	ktap_result ok "make -C selftests/net OUTPUT=... KSFT_DIR=... builds every program"
else
	tail -n 5 "$tmp/build.log" | sed 's/^/# /'
	ktap_result fail "make -C selftests/net OUTPUT=... KSFT_DIR=... builds every program"
fi

# 7. a real cross build, where a target root is at hand
root=${KC_CROSS_ROOT:-$top/build/kernels/6.1-arm64/root}
pcdir=$root/usr/lib/aarch64-linux-gnu/pkgconfig
if ! command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 || [ ! -f "$pcdir/libnl-3.0.pc" ]; then
	ktap_result skip "cross build for arm64 with pkg-config's sysroot" \
		"no aarch64-linux-gnu-gcc or no arm64 root with libnl ($root)"
else
	# pkg-config gives -L<root>/usr/lib/...; the fetched root is not
	# usr-merged and keeps libnl's archives in <root>/lib/... (kc-vm adds
	# both too).
	if PKG_CONFIG_SYSROOT_DIR=$root PKG_CONFIG_LIBDIR=$pcdir \
	   m OUTPUT="$tmp/arm64" CC="aarch64-linux-gnu-gcc -L$root/lib/aarch64-linux-gnu" \
	   "$tmp/arm64/ethtool_phy" >"$tmp/arm64.log" 2>&1 &&
	   od -An -tx1 -j18 -N2 "$tmp/arm64/ethtool_phy" | grep -q 'b7 00'; then
		ktap_result ok "cross build for arm64 with pkg-config's sysroot (an aarch64 ELF)"
	else
		grep -v 'statically linked\|in function' "$tmp/arm64.log" | tail -n 5 | sed 's/^/# /'
		ktap_result fail "cross build for arm64 with pkg-config's sysroot"
	fi
fi
ktap_finish
