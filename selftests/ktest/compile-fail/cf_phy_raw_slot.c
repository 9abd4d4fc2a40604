// SPDX-License-Identifier: GPL-2.0
/* expect: from incompatible pointer type */
/* A callback on a handle put straight into phylib's slot, with no trampoline. */
#include "cf_common.h"
#include "cf_phy.h"

static int cf_reset(struct kc_phy *phy)
{
	return kc_genphy_soft_reset(phy);
}
KC_PHY_CALLBACK(soft_reset, cf_reset);

#ifdef KC_CF_BAD
CF_PHY_DRIVER(.soft_reset = cf_reset);
#else
CF_PHY_DRIVER(KC_PHY_CB(soft_reset, cf_reset));
#endif
