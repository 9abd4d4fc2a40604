# SPDX-License-Identifier: GPL-2.0
#
# The simulated PHY registers like any PHY: phylib asks for its driver by
# module alias (request_module("mdio:...")) when the PHY device is created,
# so creating an instance with no ax88796b loaded autoloads the driver that
# depmod ranks first (kcrate's in updates/, or Debian's for the upstream run),
# and, where the kernel ships the Rust twin, only that one: the blacklist
# in modprobe.d/kcrate.conf, installed as modules_install does, is honoured.
# The autoload is done again, with the driver unloaded each time, for the
# AX88772C (its alias in the device table) and for an AX88796B of another
# revision (0x003b1842: the alias and the driver match the AX88796B by
# model, the revision bits ignored, as upstream's PHY_ID_MATCH_MODEL does).
. /kc/lib/guest.sh

SIM=/sys/kernel/debug/kc_phy_sim

ktap_header 9

kc_require kc_phy_sim.ko
if [ "$KC_DRIVER" = ours ] && [ ! -f "$KC_MODULES/ax88796b.ko" ]; then
	echo "# kcrate's ax88796b.ko is not in $KC_MODULES (the tree always builds it)"
	ktap_result fail "kcrate's ax88796b.ko is built"
	exit 1
fi

modprobe libphy
# The autoload needs the driver unloaded. The tests before this one unload
# what they load, so a module still in use here is a reference an earlier
# test leaked: a failure, with who holds it.
unloaded() {
	[ -d "/sys/module/$KC_PHY_MODULE" ] || return 0
	rmmod "$KC_PHY_MODULE" && return 0
	kc_module_users "$KC_PHY_MODULE"
	return 1
}
if out=$(unloaded 2>&1); then
	ktap_result ok "$KC_PHY_MODULE unloads before the test (no reference leaked)"
else
	echo "$out" | sed 's/^/# /'
	ktap_result fail "$KC_PHY_MODULE unloads before the test (no reference leaked)"
	ktap_finish
fi
modprobe kc_phy_sim || { echo "# kc_phy_sim did not load"; exit 1; }

ktap_check "new_device with no PHY driver loaded" \
	sh -c "echo '0 0x003b1841' > $SIM/new_device"
# bound ID NAME: instance ID's PHY is bound to the driver named NAME.
bound() {
	local drv
	drv=$(basename "$(readlink "/sys/bus/mdio_bus/devices/kc_phy_sim-$1:01/driver")")
	echo "bound: ${drv:-no driver}, expected $2"
	[ "$drv" = "$2" ]
}
ktap_check "the AX88796B driver was autoloaded and bound" bound 0 "Asix Electronics AX88796B"
which_driver() {
	kc_phy_driver_is_ours
	echo "loaded: $([ "$KC_LOADED_OURS" = 1 ] && echo ours || echo upstream), expected $KC_DRIVER ($KC_PHY_MODULE)"
	[ "$KC_LOADED_OURS" = "$([ "$KC_DRIVER" = ours ] && echo 1 || echo 0)" ] &&
		grep -q "^$KC_PHY_MODULE " /proc/modules
}
ktap_check "the autoloaded module is the $KC_DRIVER driver" which_driver
# The Rust twin answers the same alias under another name: the autoload
# above loaded it too unless modprobe read /etc/modprobe.d/kcrate.conf.
if [ "$KC_DRIVER" != ours ] || ! kc_upstream_is_rust; then
	ktap_result skip "modprobe.d/kcrate.conf kept ax88796b_rust out" \
		"$([ "$KC_DRIVER" = ours ] && echo "$KC_KVER ships no Rust twin" || echo "upstream run")"
elif grep -q '^ax88796b_rust ' /proc/modules; then
	echo "# modprobe.d: $(cat /etc/modprobe.d/*.conf 2>/dev/null | tr '\n' ' ')"
	ktap_result fail "modprobe.d/kcrate.conf kept ax88796b_rust out"
else
	ktap_result ok "modprobe.d/kcrate.conf kept ax88796b_rust out"
fi

echo 0 > $SIM/del_device

# autoload_again ID PHYID NAME: with the driver unloaded, an instance with
# PHY id PHYID autoloads the driver under test, which binds as NAME.
autoload_again() {
	unloaded || return 1
	echo "$1 $2" > $SIM/new_device || return 1
	bound "$1" "$3" && which_driver
}
removed() { echo "$1" > $SIM/del_device && unloaded; }
# autoload_case ID PHYID NAME WHAT
autoload_case() {
	kc_id_check "$2" "$4 ($2): autoloaded, the $KC_DRIVER driver binds as $3" \
		autoload_again "$1" "$2" "Asix Electronics $3"
	kc_id_check "$2" "$4 ($2): removed, the driver unloads" removed "$1"
}
autoload_case 1 0x003b1881 AX88772C "AX88772C, by its own alias"
autoload_case 2 0x003b1842 AX88796B "AX88796B of revision 2"
modprobe -r kc_phy_sim
ktap_finish
