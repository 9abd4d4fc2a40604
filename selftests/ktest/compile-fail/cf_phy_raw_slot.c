// SPDX-License-Identifier: GPL-2.0
/* expect: from incompatible pointer type */
/* A callback on a handle put straight into phylib's slot, with no trampoline. */
#include "cf_common.h"
#include <abstractions/phy.h>

static int cf_reset(struct kc_phy *phy)
{
	return kc_genphy_soft_reset(phy);
}
KC_PHY_CALLBACK(soft_reset, cf_reset);

KC_PHY_DRIVERS(cf_drivers) = {
{
	KC_PHY_ID_EXACT(0x01234567),
	.name = "cf",
#ifdef KC_CF_BAD
	.soft_reset = cf_reset,
#else
	KC_PHY_CB(soft_reset, cf_reset),
#endif
} };

const void *cf_use(void);
const void *cf_use(void)
{
	return cf_drivers;
}
