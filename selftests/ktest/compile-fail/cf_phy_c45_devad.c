// SPDX-License-Identifier: GPL-2.0
/* expect: KC_C45\(\): an MMD device address is 0 to 31 */
/* A clause-45 device address that does not exist, as a constant. */
#include "cf_common.h"
#include <abstractions/phy.h>

int cf_fn(struct kc_phy *phy);
int cf_fn(struct kc_phy *phy)
{
	u16 v;

#ifdef KC_CF_BAD
	kc_try_val(v, kc_phy_read(phy, KC_C45(32, 0x1000)));
#else
	kc_try_val(v, kc_phy_read(phy, KC_C45(MDIO_MMD_PCS, 0x1000)));
#endif
	return v;
}
