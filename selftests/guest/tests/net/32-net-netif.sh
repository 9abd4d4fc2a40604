# SPDX-License-Identifier: GPL-2.0
#
# The real-board path of the netlink selftests: both programs run with
# NETIF= naming an interface they did not create (an AX88772A instance of
# the simulator standing in for a board). Tests that need the simulated
# link partner, trace or registers skip with a reason, so do the AX88772C
# and AX88796B variants (not the board's PHY); the rest run unchanged.
. /kc/lib/guest.sh

kc_net_programs "ethtool_phy phy_scenarios" kcsim250
