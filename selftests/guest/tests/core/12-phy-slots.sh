# SPDX-License-Identifier: GPL-2.0
#
# Every slot of kcrate's PHY descriptor is reached by phylib through its
# generated trampoline, with the right handle: kc_phy_test.ko fills them
# all for the simulated PHY id 0x00ff5500 and counts the calls, which it
# reports as the PHY's ethtool statistics. read_mmd, write_mmd and
# set_loopback are compiled and type-checked but not reached: the
# simulator's netdev has no EEE or self-test ethtool operation. Every
# callback also finds the per-device state probe built (core/state.h),
# and at unbind remove gets it and the drop runs after remove.
# handle_interrupt is reached as phy_interrupt() calls it, from each status
# poll (the simulated bus has no interrupt line): what it returns to phylib
# is IRQ_HANDLED for an interrupt the driver says is its own and IRQ_NONE
# for one it says is not, which the IRQ core counts as unhandled (and, when
# repeated, takes for a stuck line and disables).
. /kc/lib/guest.sh

SIM=/sys/kernel/debug/kc_phy_sim
kc_require kc_phy_test.ko kc_phy_sim.ko

modprobe libphy
insmod "$KC_MODULES/kc_phy_test.ko" || exit 1
modprobe kc_phy_sim || exit 1

count() { ethtool --phy-statistics kcsim0 2>/dev/null | awk -v s="$1:" '$1 == s { print $2 }'; }
called() { n=$(count "$1"); echo "$1: ${n:-none}"; [ -n "$n" ] && [ "$n" -gt 0 ]; }
# irq_returns RIGHT WRONG: phylib got the RIGHT irqreturn_t, never the WRONG.
irq_returns() {
	local right wrong
	right=$(count "$1")
	wrong=$(count "$2")
	echo "$1: ${right:-none}, $2: ${wrong:-none}"
	[ -n "$right" ] && [ "$right" -gt 0 ] && [ "$wrong" = 0 ]
}

ktap_header 18
echo "0 0x00ff5500" > "$SIM/new_device"
ktap_check "the slot test driver binds" sh -c \
	'[ "$(basename "$(readlink /sys/bus/mdio_bus/devices/kc_phy_sim-0:01/driver)")" = "kcrate slot test PHY" ]'
ip link set kcsim0 up
ktap_check "carrier comes up through the driver's callbacks" kc_wait_for 10 kc_carrier_is kcsim0 1
for slot in match_phy_device probe get_features soft_reset config_init config_aneg \
	    read_status link_change_notify get_sset_count get_strings get_stats; do
	ktap_check "phylib calls $slot" called "$slot"
done
ktap_check "an interrupt the driver handled returns IRQ_HANDLED" \
	irq_returns irq_ours_handled irq_ours_none
ktap_check "an interrupt the driver did not handle returns IRQ_NONE" \
	irq_returns irq_other_none irq_other_handled
ip link set kcsim0 down
ip link set kcsim0 up
ktap_check "the handle is always the bound PHY" sh -c \
	"[ \"\$(/usr/local/sbin/ethtool --phy-statistics kcsim0 | awk '\$1 == \"bad_handle:\" { print \$2 }')\" = 0 ]"
ip link set kcsim0 down
dmesg -c >/dev/null
echo 0 > "$SIM/del_device"
ktap_check "remove gets the state probe built, then the drop runs" sh -c \
	"[ \"\$(dmesg | sed -n 's/^.*kc_phy_test: //p')\" = \"\$(printf '%s\n' \
	   'remove: the state probe built' 'drop: after remove')\" ]"
ktap_check "modules unload" sh -c '/usr/local/sbin/modprobe -r kc_phy_sim && /usr/local/sbin/rmmod kc_phy_test'
ktap_finish
