// SPDX-License-Identifier: GPL-2.0
/* expect: unknown type name .__kc_phy_ops_sotf_reset_SIG. */
/* A slot that phylib does not have (a typo) is refused, by name. */
#include "cf_common.h"
#include "cf_phy.h"

static int cf_reset(struct kc_phy *phy)
{
	return kc_genphy_soft_reset(phy);
}

#ifdef KC_CF_BAD
KC_PHY_CALLBACK(sotf_reset, cf_reset);
#else
KC_PHY_CALLBACK(soft_reset, cf_reset);
#endif

CF_PHY_DRIVER(KC_PHY_CB(soft_reset, cf_reset));
