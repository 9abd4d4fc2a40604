# SPDX-License-Identifier: GPL-2.0
#
# Scenarios for the PHY driver over netlink (selftests/net/phy_scenarios),
# one test each for the AX88772A, AX88772C and AX88796B on the simulated
# board: binding, link flap with carrier events, admin down/up,
# renegotiation, highest common mode, forced modes, zero LPA, reset toggle,
# power-down on link down, re-init after link loss, MDIO errors in the
# soft reset of ip link set up.
. /kc/lib/guest.sh

kc_net_programs phy_scenarios
