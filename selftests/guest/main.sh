# SPDX-License-Identifier: GPL-2.0
#
# The main job of `make run` (and the set-up of `make shell`): load kcrate's
# PHY driver and the simulated board, bring an AX88772A interface up and
# show the bound driver and the link as ethtool sees it. Prints
# "kc-run: ok" or "kc-run: failed" last.
#
# usage: sh /kc/main.sh [--quiet]

. /kc/lib/guest.sh
quiet=0
[ "${1:-}" = --quiet ] && quiet=1
say() { [ "$quiet" = 1 ] || echo "$@"; }
run() { say "\$ $*"; if [ "$quiet" = 1 ]; then "$@" >/dev/null 2>&1; else "$@"; fi; }
fail() { echo "kc-run: failed: $*"; exit 1; }

say "kcrate guest: kernel $KC_KVER, PHY driver under test: $KC_DRIVER"

if [ -f "$KC_MODULES/kc_minimal.ko" ] && [ "$quiet" = 0 ]; then
	say "--- the minimal sample module"
	dmesg -c >/dev/null
	run insmod "$KC_MODULES/kc_minimal.ko" || fail "kc_minimal did not load"
	run rmmod kc_minimal || fail "kc_minimal did not unload"
	dmesg | sed 's/^/  dmesg: /'
fi

if [ ! -f "$KC_MODULES/kc_phy_sim.ko" ] || [ ! -f "$KC_MODULES/ax88796b.ko" ]; then
	say "(the PHY driver or the simulated board is not built yet)"
	echo "kc-run: ok"
	exit 0
fi

say "--- the AX88772A PHY driver on the simulated board"
kc_load_phy_driver || fail "could not load the $KC_DRIVER ax88796b driver"
run modprobe kc_phy_sim || fail "kc_phy_sim did not load"
echo "0 0x003b1861" > /sys/kernel/debug/kc_phy_sim/new_device || fail "new_device"
kc_wait_for 5 test -e /sys/class/net/kcsim0 || fail "no kcsim0 interface"
run ip link set kcsim0 up || fail "ip link set up"
kc_wait_for 10 grep -q 1 /sys/class/net/kcsim0/carrier || fail "no carrier on kcsim0"
drv=$(basename "$(readlink /sys/class/net/kcsim0/phydev/driver)")
mod=$(basename "$(readlink /sys/class/net/kcsim0/phydev/driver/module)")
kc_phy_driver_is_ours
say "kcsim0: PHY driver \"$drv\" from module $mod ($([ "$KC_LOADED_OURS" = 1 ] && echo kcrate || echo upstream))"
run ip -br link show kcsim0
run ethtool kcsim0
echo "kc-run: ok"
