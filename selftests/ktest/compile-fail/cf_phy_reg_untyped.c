// SPDX-License-Identifier: GPL-2.0
/* expect: _Generic. selector of type .int. is not compatible */
/* A bare register number: neither a clause-22 nor a clause-45 register. */
#include "cf_common.h"
#include <abstractions/phy.h>

int cf_fn(struct kc_phy *phy);
int cf_fn(struct kc_phy *phy)
{
	u16 v;

#ifdef KC_CF_BAD
	kc_try_val(v, kc_phy_read(phy, MII_BMCR));
#else
	kc_try_val(v, kc_phy_read(phy, KC_C22_BMCR));
#endif
	return v;
}
