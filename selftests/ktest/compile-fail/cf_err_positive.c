// SPDX-License-Identifier: GPL-2.0
/* expect: KC_ERR\(\).*negative */
/*
 * KC_ERR() with a positive errno (EIO): kc_unwrap() then sees success with
 * value 0.
 */
#include "cf_common.h"
#include "cf_phy.h"

static __kc_might_sleep struct kc_result_u16
cf_read_mmd(struct kc_phy_bus_locked *phy, struct kc_c45_reg reg)
{
	if (kc_c45_devad(reg) != MDIO_MMD_PCS)
#ifdef KC_CF_BAD
		return KC_ERR(struct kc_result_u16, EOPNOTSUPP);
#else
		return KC_ERR(struct kc_result_u16, -EOPNOTSUPP);
#endif
	return kc_phy_locked_read(phy, KC_C22_BMCR);
}
KC_PHY_CALLBACK(read_mmd, cf_read_mmd);

CF_PHY_DRIVER(KC_PHY_CB(read_mmd, cf_read_mmd));
