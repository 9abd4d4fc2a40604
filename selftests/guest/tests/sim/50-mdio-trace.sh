# SPDX-License-Identifier: GPL-2.0
#
# Record the MDIO accesses of the driver under test in the flows that
# matter, on each ASIX PHY of the simulated board: probe, link up after
# `ip link set up`, one state-machine poll with the link up, link loss and
# link recovery. Each trace is printed as "# kc-trace MODEL FLOW OP REG VALUE
# RET" lines; the host (scripts/kc-trace-compare) checks that kcrate's driver
# and upstream's make exactly the same accesses. Here each flow passes when
# it was captured and shows the accesses the flow must make.
#
# The flows are cut by time (phylib polls once a second, at a phase that
# differs from boot to boot), so the host compares each flow after taking
# out the plain polls, learnt from the "poll" (link up) and "poll-down"
# flows.
#
# A PHY id the driver under test does not handle (upstream's before v5.11)
# has no flows: its checks skip, and a "# kc-trace-unhandled MODEL: REASON"
# line tells the host there is no reference for that model.
. /kc/lib/guest.sh

SIM=/sys/kernel/debug/kc_phy_sim
kc_require kc_phy_sim.ko


# capture ID MODEL FLOW: print the instance's trace (without sequence
# numbers) and clear it; fails if the trace is empty.
capture()
{
	local n
	cat "$SIM/$1/trace" > /tmp/kc-trace
	echo clear > "$SIM/$1/trace"
	n=$(wc -l < /tmp/kc-trace)
	awk -v m="$2" -v f="$3" '{ print "# kc-trace", m, f, $2, $3, $4, $5 }' /tmp/kc-trace
	[ "$n" -gt 0 ]
}

ktap_header 18
kc_need_phy_driver
modprobe kc_phy_sim || exit 1

# has_access OP REG: the last capture contains such an access.
has_access() { awk -v op="$1" -v reg="$2" '$2 == op && $3 == reg { f = 1 } END { exit !f }' /tmp/kc-trace; }

# What only the ASIX driver does, not phylib's generic driver, which would
# read the id and BMSR as well: it binds when the PHY device is created
# (genphy binds only at attach, on "ip link set up"), as "Asix Electronics
# MODEL" from the module under test; its soft reset writes BMCR 0, then
# BMCR with BMCR_RESET (genphy's soft reset is no write at all).
# asix_bound ID MODEL: that driver is bound to instance ID.
asix_bound()
{
	local d=/sys/bus/mdio_bus/devices/kc_phy_sim-$1:01/driver drv mod
	drv=$(basename "$(readlink "$d")")
	mod=$(basename "$(readlink "$d/module")")
	[ "$drv" = "Asix Electronics $2" ] && [ "$mod" = "$KC_PHY_MODULE" ] ||
		{ echo "# bound after new_device: '$drv' from '$mod'"; return 1; }
}
# has_reset_toggle: the last capture has the ASIX soft reset.
has_reset_toggle()
{
	awk '$2 == "W" && $3 == 0 && $4 == "0x0000" && $5 == 0 { z = 1; next }
	     z && $2 == "W" && $3 == 0 && $4 ~ /^0x[89a-f]/ && $5 == 0 { ok = 1 }
	     END { exit !ok }' /tmp/kc-trace
}

id=0
for spec in AX88772A:0x003b1861 AX88772C:0x003b1881 AX88796B:0x003b1841; do
	model=${spec%%:*}
	phyid=${spec#*:}
	dev=kcsim$id
	if ! kc_driver_claims "$phyid"; then
		why=$(kc_unhandled_why "$phyid")
		echo "# kc-trace-unhandled $model: $why"
		for c in "probe binds the ASIX driver and reads the PHY id" \
			 "link-up soft-resets the PHY (BMCR 0, then BMCR_RESET) and reads BMSR" \
			 "polling reads BMSR" "link loss is seen in BMSR" \
			 "polling with the link down reads BMSR" "link recovers"; do
			ktap_result skip "$model: $c" "$why"
		done
		id=$((id + 1))
		continue
	fi
	echo "$id $phyid" > "$SIM/new_device"
	kc_wait_for 5 test -e "/sys/bus/mdio_bus/devices/kc_phy_sim-$id:01/driver"
	if capture "$id" "$model" probe && has_access R 2 && has_access R 3 &&
	   asix_bound "$id" "$model"; then
		ktap_result ok "$model: probe binds the ASIX driver and reads the PHY id"
	else
		ktap_result fail "$model: probe binds the ASIX driver and reads the PHY id"
	fi

	ip link set "$dev" up
	kc_wait_for 10 kc_carrier_is "$dev" 1
	if capture "$id" "$model" link-up && has_reset_toggle && has_access R 1; then
		ktap_result ok "$model: link-up soft-resets the PHY (BMCR 0, then BMCR_RESET) and reads BMSR"
	else
		ktap_result fail "$model: link-up soft-resets the PHY (BMCR 0, then BMCR_RESET) and reads BMSR"
	fi

	# Three seconds of polling with the link up: whole polls, compared as
	# one period by the host.
	sleep 3
	if capture "$id" "$model" poll && has_access R 1; then
		ktap_result ok "$model: polling reads BMSR"
	else
		ktap_result fail "$model: polling reads BMSR"
	fi

	# Link loss: the poll that sees it (and, on the AX88772A, the re-init
	# from link_change_notify) completes well before the next poll, 1 s on.
	echo 0 > "$SIM/$id/link"
	kc_wait_for 10 kc_carrier_is "$dev" 0
	usleep 500000
	if capture "$id" "$model" link-loss && has_access R 1; then
		ktap_result ok "$model: link loss is seen in BMSR"
	else
		ktap_result fail "$model: link loss is seen in BMSR"
	fi

	sleep 3
	if capture "$id" "$model" poll-down && has_access R 1; then
		ktap_result ok "$model: polling with the link down reads BMSR"
	else
		ktap_result fail "$model: polling with the link down reads BMSR"
	fi

	echo 1 > "$SIM/$id/link"
	kc_wait_for 10 kc_carrier_is "$dev" 1
	usleep 300000
	if capture "$id" "$model" link-recovery && has_access R 1 && kc_carrier_is "$dev" 1; then
		ktap_result ok "$model: link recovers"
	else
		ktap_result fail "$model: link recovers"
	fi
	ip link set "$dev" down
	echo "$id" > "$SIM/del_device"
	id=$((id + 1))
done
modprobe -r kc_phy_sim
ktap_finish
