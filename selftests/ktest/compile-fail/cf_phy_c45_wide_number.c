// SPDX-License-Identifier: GPL-2.0
/* expect: KC_C45\(\): the register number is a constant or a u16 */
/* A clause-45 register number in an int: 0x12345 would be truncated. */
#include "cf_common.h"
#include <abstractions/phy.h>

int cf_fn(struct kc_phy *phy, int num, u16 reg);
int cf_fn(struct kc_phy *phy, int num, u16 reg)
{
	u16 v;

#ifdef KC_CF_BAD
	kc_try_val(v, kc_phy_read(phy, KC_C45(MDIO_MMD_PCS, num)));
#else
	kc_try_val(v, kc_phy_read(phy, KC_C45(MDIO_MMD_PCS, reg)));
	kc_try_val(v, kc_phy_read(phy, KC_C45(MDIO_MMD_PCS, 0x1000)));
#endif
	return v + num;
}
