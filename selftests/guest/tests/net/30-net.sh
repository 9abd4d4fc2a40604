# SPDX-License-Identifier: GPL-2.0
#
# The PHY driver driven over ethtool netlink (selftests/net/ethtool_phy):
# LINKINFO, LINKMODES, LINKSTATE, LINKMODES_NTF, bad input refused with an
# errno and extack, for the AX88772A, AX88772C and AX88796B on the
# simulated board, with the driver chosen by KC_DRIVER (ours|upstream).
#
# The program is one subtest, its own TAP nested below it
# (selftests/lib/net.sh's kc_net_programs, which 31 and 32 run too).
. /kc/lib/guest.sh

kc_net_programs ethtool_phy
