// SPDX-License-Identifier: GPL-2.0
/* phylib calls link_change_notify with phydev->lock held and exports _phy_start_aneg() for it. */
#include <linux/phy.h>
int kc_probe(struct phy_device *phydev);
int kc_probe(struct phy_device *phydev) { return _phy_start_aneg(phydev); }
