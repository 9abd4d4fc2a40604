// SPDX-License-Identifier: GPL-2.0
/* expect: positional initialization of field .*designated_init */
/*
 * A clause-45 register written by hand: MMD device 40 does not exist, and
 * KC_C45(40, n) would not compile.
 */
#include "cf_common.h"
#include <abstractions/phy.h>

int cf_fn(struct kc_phy *phy);
int cf_fn(struct kc_phy *phy)
{
	u16 v;

#ifdef KC_CF_BAD
	kc_try_val(v, kc_phy_read(phy, ((struct kc_c45_reg){ 40, MDIO_CTRL1 })));
#else
	kc_try_val(v, kc_phy_read(phy, KC_C45(MDIO_MMD_PCS, MDIO_CTRL1)));
#endif
	return v;
}
