// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit kc_phy_ops.soft_reset: it must be int cf_cb ?\(struct kc_phy \*phy\) */
/* A soft_reset returning long: phylib reads an int. */
#include "cf_common.h"
#include "cf_phy.h"

#ifdef KC_CF_BAD
static long cf_cb(struct kc_phy *phy)
{
	return kc_genphy_soft_reset(phy);
}
#else
static int cf_cb(struct kc_phy *phy)
{
	return kc_genphy_soft_reset(phy);
}
#endif
KC_PHY_CALLBACK(soft_reset, cf_cb);

CF_PHY_DRIVER(KC_PHY_CB(soft_reset, cf_cb));
