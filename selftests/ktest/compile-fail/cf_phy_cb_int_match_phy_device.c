// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit kc_phy_ops.match_phy_device: it must be _?[Bb]ool cf_cb */
/* match_phy_device says whether the driver handles the device: an errno would read as "matches". */
#include "cf_common.h"
#include "cf_phy.h"

#ifdef KC_CF_BAD
static int cf_cb(struct kc_phy *phy)
{
	return -ENODEV;
}
#else
static bool cf_cb(struct kc_phy *phy)
{
	return kc_phy_id(phy) == 0x01234567;
}
#endif
KC_PHY_CALLBACK(match_phy_device, cf_cb);

CF_PHY_DRIVER(KC_PHY_CB(match_phy_device, cf_cb));
