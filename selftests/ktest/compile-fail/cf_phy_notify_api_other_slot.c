// SPDX-License-Identifier: GPL-2.0
/* expect: kc_phy_start_aneg_from_notify.* from incompatible pointer type */
/*
 * kc_phy_start_aneg_from_notify() called from config_aneg, where
 * phydev->lock is held: phy_start_aneg() takes it again (6.1: deadlock).
 */
#include "cf_common.h"
#include "cf_phy.h"

static __kc_might_sleep int cf_config_aneg(struct kc_phy *phy)
{
#ifdef KC_CF_BAD
	return kc_phy_start_aneg_from_notify(phy);
#else
	return kc_genphy_config_aneg(phy);
#endif
}
KC_PHY_CALLBACK(config_aneg, cf_config_aneg);

CF_PHY_DRIVER(KC_PHY_CB(config_aneg, cf_config_aneg));
