// SPDX-License-Identifier: GPL-2.0
/* expect: __kc_vt_kc_phy_ops_config_aneg_cf_reset. undeclared */
/*
 * A callback made for one slot placed in another of the same kernel type:
 * config_aneg's trampoline asserts phydev->lock, soft_reset's does not.
 */
#include "cf_common.h"
#include "cf_phy.h"

static int cf_reset(struct kc_phy *phy)
{
	return kc_genphy_soft_reset(phy);
}
KC_PHY_CALLBACK(soft_reset, cf_reset);

#ifdef KC_CF_BAD
CF_PHY_DRIVER(KC_PHY_CB(config_aneg, cf_reset));
#else
CF_PHY_DRIVER(KC_PHY_CB(soft_reset, cf_reset));
#endif
