# SPDX-License-Identifier: GPL-2.0
#
# Shell helpers of the emulated USB adapter's guest tests
# (selftests/guest/tests/usb), for the guest's busybox sh. Source it after
# guest.sh.

AX=/sys/kernel/debug/kc_usb_ax88772/0

# kc_usb_require: exit 4 (skip) with the reason unless the adapter tests can
# run here: our gadget built, the kernel's dummy_hcd, libcomposite and asix,
# and an asix that attaches its PHY through phylib (from 5.15).
kc_usb_require()
{
	local m
	[ -f "$KC_MODULES/kc_usb_ax88772.ko" ] || ktap_skip_all "kc_usb_ax88772.ko is not built"
	for m in dummy_hcd libcomposite asix; do
		modprobe -n "$m" 2>/dev/null || ktap_skip_all "this kernel has no $m module"
	done
	kc_usb_asix_phylib ||
		ktap_skip_all "this kernel's asix does not use phylib (before 5.15): no PHY driver to test"
}

# The net_device asix registered for the emulated adapter.
kc_usb_netdev()
{
	local n
	for n in /sys/class/net/*; do
		[ "$(basename "$(readlink "$n/device/driver")")" = asix ] || continue
		basename "$n"
		return 0
	done
	return 1
}

# The PHY on asix's MDIO bus (usb-BUS:DEV:10): asix attaches it before
# registering the net_device, so /sys/class/net/IF/phydev does not exist.
kc_usb_phydev() { ls -d /sys/bus/mdio_bus/devices/usb-*:10 2>/dev/null | head -n 1; }


# kc_usb_plug CHIP: the gadget loaded (dummy_hcd, asix loaded first), asix
# bound; prints the net_device's name. The bound on asix's net_device is
# 60 s (it was 15 s; plug times were never measured, and a CI run lost 61 to
# a set-up failure whose step is unknown); a failure says where it stopped
# (kc_usb_diag, on stderr).
kc_usb_plug()
{
	modprobe dummy_hcd && modprobe asix || { kc_usb_diag "dummy_hcd or asix did not load"; return 1; }
	modprobe kc_usb_ax88772 chip="$1" || { kc_usb_diag "kc_usb_ax88772 chip=$1 did not load"; return 1; }
	kc_wait_for 60 kc_usb_netdev || { kc_usb_diag "no asix net_device within 60 s"; return 1; }
	kc_wait_for 10 eval '[ -n "$(kc_usb_phydev)" ]' ||
		{ kc_usb_diag "asix registered $(kc_usb_netdev) but no PHY on its MDIO bus"; return 1; }
	kc_usb_netdev
}

# kc_usb_diag WHAT: the kernel's last words on the USB stack, the modules,
# the gadget's and asix's devices, then WHAT, as KTAP diagnostic lines on
# stderr, WHAT last (a report keeps a result's last 8 diagnostic lines).
kc_usb_diag()
{
	{
		dmesg | grep -iE 'usb|asix|gadget|dummy|phy|eth' | tail -n 4
		echo "modules: $(grep -E '^(dummy_hcd|asix|usbnet|libcomposite|kc_usb_ax88772|ax88796b) ' /proc/modules | cut -d' ' -f1,3 | tr '\n' ' ')"
		echo "usb devices: $(ls /sys/bus/usb/devices 2>/dev/null | tr '\n' ' ')"
		echo "mdio buses: $(ls /sys/bus/mdio_bus/devices 2>/dev/null | tr '\n' ' ')"
		echo "$1"
	} | sed 's/^/# /' >&2
}

# kc_usb_unplug: the gadget unloaded, asix's net_device gone.
kc_usb_unplug()
{
	if grep -q '^kc_usb_ax88772 ' /proc/modules; then
		rmmod kc_usb_ax88772 || return 1
	fi
	kc_wait_for 10 eval '! kc_usb_netdev >/dev/null'
}

# kc_usb_asix_phylib: Debian's asix attaches the AX88772's PHY through
# phylib (from 5.15 on); before that it drives the PHY itself and no PHY
# driver is involved.
# (asix.ko depends on libphy on every kernel for the AX88172A, so the
# kernel version tells.)
kc_usb_asix_phylib()
{
	local v
	v=$(uname -r | awk -F'[.-]' '{ print $1 * 1000 + $2 }')
	[ "$v" -ge 5015 ]
}
