#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The Debian packages kcrate-dkms and kcrate-dev, end to end on this
# machine: `make deb`,
# `apt-get install`, DKMS builds and installs ax88796b.ko for the default kernel
# (whose headers are installed), depmod makes it the module modprobe picks
# (checked with --show-depends, which loads nothing), then `dpkg --purge`
# leaves nothing behind; kcrate-dev installs /usr/share/kcrate, from which
# its template driver builds against the default kernel's headers in a
# folder of its own, and its purge leaves nothing. Nothing is ever loaded on
# the host.
#
# While the package is installed, the host's modules.dep for that kernel
# points at our module: scripts/kc-initramfs, which copies the kernel's own
# modules into test guests, takes the same lock (shared) so that no guest is
# built from this window. Skips without root or without the build deps.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"

lock=/run/lock/kcrate-lib-modules.lock
ntests=15
ktap_header $ntests
if [ "$(id -u)" -ne 0 ] || ! command -v dkms >/dev/null 2>&1 ||
   ! command -v dpkg-buildpackage >/dev/null 2>&1 || ! command -v dh_dkms >/dev/null 2>&1; then
	i=0
	while [ $i -lt $ntests ]; do
		ktap_result skip "kcrate-dkms $i" "needs root, dkms, dpkg-dev, debhelper, dh-dkms (scripts/kc-setup)"
		i=$((i + 1))
	done
	ktap_finish
fi
t0=$(date +%s)
tstep=$t0
step()	# NAME: how long the step that just ended took
{
	echo "# $1: $(($(date +%s) - tstep)) s"
	tstep=$(date +%s)
}
eval "$("$top/scripts/kc-kernel" 2>/dev/null)"
kver=$KC_KVER
ver=$(sed -n 's/^PACKAGE_VERSION="\(.*\)"$/\1/p' "$top/dkms.conf")
mods=/lib/modules/$kver
upstream=$mods/kernel/drivers/net/phy/ax88796b.ko
log=$top/build/deb/33-deb.log
mkdir -p "$top/build"

# Only one install at a time on this machine, and no guest initramfs built
# meanwhile (see above). Waits for a concurrent run.
exec 9>>"$lock"
if ! flock -x -w 900 9; then
	echo "# $lock held for 15 minutes"
	ktap_result fail "lock $lock"
	ktap_finish
fi

# apt-get waits for the dpkg lock (other engineers' apt runs); it needs no
# network for a local .deb whose dependencies are installed.
apt()
{
	DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -q \
		--no-install-recommends "$@" >>"$log" 2>&1
}
purge()
{
	apt purge kcrate-dkms
}
installed()	# [PACKAGE]
{
	dpkg-query -W -f='${Status}\n' "${1:-kcrate-dkms}" 2>/dev/null | grep -q '^install ok installed$'
}
trap 'installed && purge; installed kcrate-dev && apt purge kcrate-dev' EXIT
trap 'exit 1' INT TERM HUP
# A run killed before its purge leaves the package behind.
if installed; then
	echo "# kcrate-dkms was installed before the test: purging it first"
	purge
fi
if installed kcrate-dev; then
	echo "# kcrate-dev was installed before the test: purging it first"
	apt purge kcrate-dev
fi

# 1: the package builds, in build/deb/ (a copy of the sources)
mkdir -p "$top/build/deb"
if make -C "$top" deb >"$top/build/deb.log" 2>&1; then
	mv "$top/build/deb.log" "$log"
	ktap_result ok "make deb"
else
	tail -n 20 "$top/build/deb.log" | sed 's/^/# /'
	ktap_result fail "make deb"
	ktap_finish
fi
deb=$top/build/deb/kcrate-dkms_${ver}_all.deb

# 2: it installs; its postinst has DKMS build and install the module
step "make deb"
if apt install "$deb" && installed; then
	ktap_result ok "apt-get install kcrate-dkms_${ver}_all.deb"
else
	tail -n 20 "$log" | sed 's/^/# /'
	tail -n 20 "/var/lib/dkms/kcrate/$ver/build/make.log" 2>/dev/null | sed 's/^/# /'
	ktap_result fail "apt-get install kcrate-dkms_${ver}_all.deb"
fi
step "install (DKMS build)"

# 3: DKMS has it installed for the default kernel
st=$(dkms status -m kcrate -v "$ver" -k "$kver" 2>&1)
echo "# dkms status: $st"
case "$st" in
*": installed"*) ktap_result ok "dkms status: installed for $kver" ;;
*) ktap_result fail "dkms status: installed for $kver" ;;
esac

# 4: the installed file is the module DKMS built
ko=$(ls "$mods"/updates/dkms/ax88796b.ko* 2>/dev/null | head -n 1)
built=$(ls /var/lib/dkms/kcrate/"$ver"/"$kver"/*/module/ax88796b.ko* 2>/dev/null | head -n 1)
if [ -n "$ko" ] && [ -n "$built" ] && cmp -s "$ko" "$built"; then
	ktap_result ok "updates/dkms/ax88796b.ko is DKMS's build"
else
	echo "# installed: '${ko}', built: '${built}'"
	ktap_result fail "updates/dkms/ax88796b.ko is DKMS's build"
fi

# 5: the packages hold sources only (what git tracks), no build artifact
dev=$top/build/deb/kcrate-dev_${ver}_all.deb
arts=$( (dpkg-deb -c "$deb"; dpkg-deb -c "$dev") 2>&1 | awk '{ print $NF }' |
	grep -E '\.(o|ko|mod|mod\.c|cmd|symvers|order)$|/generated/')
if [ -z "$arts" ]; then
	ktap_result ok "the packages hold no build artifact"
else
	echo "$arts" | head -n 5 | sed 's/^/# /'
	ktap_result fail "the packages hold no build artifact"
fi

# 6: modprobe reads the package's blacklist of the Rust twin
if modprobe -c 2>/dev/null | grep -qx 'blacklist ax88796b_rust' &&
   [ -f /etc/modprobe.d/kcrate.conf ]; then
	ktap_result ok "modprobe's configuration blacklists ax88796b_rust (/etc/modprobe.d/kcrate.conf)"
else
	ls -l /etc/modprobe.d/ 2>&1 | sed 's/^/# /'
	ktap_result fail "modprobe's configuration blacklists ax88796b_rust (/etc/modprobe.d/kcrate.conf)"
fi

# 7: it declares exactly upstream's aliases (autoloading by PHY id)
ours_alias=$(modinfo -F alias "$ko" 2>/dev/null | sort)
up_alias=$(modinfo -F alias "$upstream" 2>/dev/null | sort)
if [ -n "$ours_alias" ] && [ "$ours_alias" = "$up_alias" ]; then
	ktap_result ok "aliases equal upstream's ($(echo "$ours_alias" | wc -l))"
else
	echo "# ours:"; echo "$ours_alias" | sed 's/^/#   /'
	echo "# upstream ($upstream):"; echo "$up_alias" | sed 's/^/#   /'
	ktap_result fail "aliases equal upstream's"
fi

# 8: modprobe would load ours, by name and by each PHY id modalias (a '?'
# of the pattern taken as 0); --show-depends only prints
bad=
for what in ax88796b $(echo "$up_alias" | tr '?' 0); do
	dep=$(modprobe -S "$kver" --show-depends "$what" 2>&1 | awk '$1 == "insmod" { f = $2 } END { print f }')
	case "$dep" in
	"$mods/updates/dkms/ax88796b.ko"*) ;;
	*) bad="$bad $what"; echo "# modprobe --show-depends $what: $dep" ;;
	esac
done
if [ -z "$bad" ] && [ -n "$up_alias" ]; then
	ktap_result ok "modprobe -S $kver resolves ax88796b and its aliases to updates/dkms"
else
	ktap_result fail "modprobe -S $kver resolves ax88796b and its aliases to updates/dkms"
fi

# 9: the purge succeeds
if purge && ! dpkg-query -W kcrate-dkms >/dev/null 2>&1; then
	ktap_result ok "apt-get purge kcrate-dkms"
else
	tail -n 20 "$log" | sed 's/^/# /'
	ktap_result fail "apt-get purge kcrate-dkms"
fi
step purge

# 10: DKMS forgot it
st=$(dkms status -m kcrate -v "$ver" 2>&1)
if [ -z "$st" ] && [ ! -e "/var/lib/dkms/kcrate/$ver" ]; then
	ktap_result ok "dkms status empty for kcrate/$ver"
else
	echo "# dkms status: $st"; ls -d "/var/lib/dkms/kcrate/$ver" 2>&1 | sed 's/^/# /'
	ktap_result fail "dkms status empty for kcrate/$ver"
fi

# 11: no file left
left=$(ls -d "/usr/src/kcrate-$ver" "$mods"/updates/dkms/ax88796b.ko* /etc/modprobe.d/kcrate.conf \
	2>/dev/null)
if [ -z "$left" ]; then
	ktap_result ok "no /usr/src/kcrate-$ver, no updates/dkms/ax88796b.ko, no modprobe.d/kcrate.conf"
else
	echo "$left" | sed 's/^/# left: /'
	ktap_result fail "no /usr/src/kcrate-$ver, no updates/dkms/ax88796b.ko, no modprobe.d/kcrate.conf"
fi

# 12: modprobe is back to the kernel's own module
dep=$(modprobe -S "$kver" --show-depends ax88796b 2>&1 | awk '$1 == "insmod" { f = $2 } END { print f }')
if [ "$dep" = "$upstream" ]; then
	ktap_result ok "modprobe -S $kver resolves ax88796b to the kernel's own again"
else
	echo "# modprobe --show-depends ax88796b: $dep"
	ktap_result fail "modprobe -S $kver resolves ax88796b to the kernel's own again"
fi

# 13: kcrate-dev installs the library and the template
share=/usr/share/kcrate
if apt install "$dev" && installed kcrate-dev && [ -f $share/kcrate.mk ] &&
	[ -x $share/helpers/probe.sh ] && [ -f $share/abstractions/phy.h ] &&
	[ -f $share/samples/out-of-tree/Kbuild ]; then
	ktap_result ok "apt-get install kcrate-dev_${ver}_all.deb: $share"
else
	tail -n 10 "$log" | sed 's/^/# /'
	ktap_result fail "apt-get install kcrate-dev_${ver}_all.deb: $share"
fi

# 14: a driver of one's own, from the installed template, nothing else
drv=$(mktemp -d "$top/build/kc-dev.XXXXXX")
cp -r $share/samples/out-of-tree/. "$drv/"
if make -C "$drv" KDIR="$KC_KDIR" >"$drv/make.log" 2>&1 &&
	[ "$(modinfo -F vermagic "$drv/kc_example_phy.ko" 2>/dev/null | cut -d' ' -f1)" = "$kver" ]; then
	ktap_result ok "the installed template builds against $kver"
else
	tail -n 10 "$drv/make.log" | sed 's/^/# /'
	ktap_result fail "the installed template builds against $kver"
fi
rm -rf "$drv"

# 15: its purge leaves nothing
if apt purge kcrate-dev && ! installed kcrate-dev && [ ! -e $share ]; then
	ktap_result ok "apt-get purge kcrate-dev: no $share left"
else
	ls -R $share 2>&1 | head -n 5 | sed 's/^/# /'
	ktap_result fail "apt-get purge kcrate-dev: no $share left"
fi

echo "# took $(($(date +%s) - t0)) s in all"
ktap_finish
