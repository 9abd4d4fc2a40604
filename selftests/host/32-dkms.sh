#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# A real `dkms add` + `dkms build` of kcrate against the default kernel's
# headers, from a temporary copy of the tree under a version of its own,
# removed afterwards. `dkms build` only compiles: nothing is installed or
# loaded. Skips without root or without dkms.
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/selftests/lib/ktap.sh"

ktap_header 5
if [ "$(id -u)" -ne 0 ] || ! command -v dkms >/dev/null 2>&1; then
	ktap_result skip "dkms add" "needs root and dkms"
	ktap_result skip "dkms build" "needs root and dkms"
	ktap_result skip "module version" "needs root and dkms"
	ktap_result skip "DKMS signs the module with its MOK key" "needs root and dkms"
	ktap_result skip "dkms remove" "needs root and dkms"
	ktap_finish
fi
eval "$("$top/scripts/kc-kernel" 2>/dev/null)"
ver="0.0.test$$"
src=$(mktemp -d)
cleanup()
{
	dkms remove -m kcrate -v "$ver" --all >/dev/null 2>&1
	rm -rf "/usr/src/kcrate-$ver" "/var/lib/dkms/kcrate/$ver" "$src"
	rmdir /var/lib/dkms/kcrate 2>/dev/null
	return 0
}
trap cleanup EXIT

rsync -a --exclude /build --exclude /.git --exclude '*.o' --exclude '*.ko' \
	--exclude '*.cmd' --exclude '*.mod' --exclude '*.mod.c' --exclude /helpers/generated \
	--exclude '*.symvers' --exclude modules.order "$top/" "$src/kcrate-$ver/"
sed -i "s/^PACKAGE_VERSION=.*/PACKAGE_VERSION=\"$ver\"/" "$src/kcrate-$ver/dkms.conf"

ktap_check "dkms add" dkms add "$src/kcrate-$ver"
if ! dkms build -m kcrate -v "$ver" -k "$KC_KVER" >"$src/dkms.log" 2>&1; then
	tail -n 20 "$src/dkms.log" "/var/lib/dkms/kcrate/$ver/build/make.log" 2>/dev/null | sed 's/^/# /'
	ktap_result fail "dkms build"
else
	ktap_result ok "dkms build"
fi
out=$(ls /var/lib/dkms/kcrate/"$ver"/"$KC_KVER"/*/module/ax88796b.ko* 2>/dev/null)
[ -n "$out" ] || { echo "# no ax88796b.ko among DKMS's built modules"; KTAP_FAILED=$((KTAP_FAILED + 1)); }
# dkms.conf's PACKAGE_VERSION is the module's version (Kbuild): Debian's DKMS
# installs no module whose version equals the kernel's own (none upstream).
got=$(modinfo -F version "$out" 2>/dev/null)
if [ -n "$out" ] && [ "$got" = "$ver" ]; then
	ktap_result ok "module version is PACKAGE_VERSION"
else
	echo "# modinfo -F version: '$got', want '$ver'"
	ktap_result fail "module version is PACKAGE_VERSION"
fi
# Secure Boot: DKMS signs what it builds with its machine owner key, which
# `mokutil --import /var/lib/dkms/mok.pub` enrolls (vendor-kernels.rst).
mok=/var/lib/dkms/mok.pub
key=$(modinfo -F sig_key "$out" 2>/dev/null | tr -d ':' | tr 'a-f' 'A-F')
serial=$(openssl x509 -inform DER -in "$mok" -noout -serial 2>/dev/null | sed 's/^serial=//' | tr 'a-f' 'A-F')
if [ -n "$key" ] && [ "$key" = "$serial" ]; then
	ktap_result ok "DKMS signs the module with its MOK key ($mok)"
else
	echo "# the module's sig_key: '$key'; $mok's serial: '$serial'"
	ktap_result fail "DKMS signs the module with its MOK key ($mok)"
fi
ktap_check "dkms remove" dkms remove -m kcrate -v "$ver" --all
ktap_finish
