// SPDX-License-Identifier: GPL-2.0
/* expect: does not fit kc_phy_ops.soft_reset: it must be int cf_cb ?\(struct kc_phy \*phy\) */
/* A soft_reset returning long: phylib reads an int. */
#include "cf_common.h"
#include <abstractions/phy.h>

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

KC_PHY_DRIVERS(cf_drivers) = {
{
	KC_PHY_ID_EXACT(0x01234567),
	.name = "cf",
	KC_PHY_CB(soft_reset, cf_cb),
} };

const void *cf_use(void);
const void *cf_use(void)
{
	return cf_drivers;
}
