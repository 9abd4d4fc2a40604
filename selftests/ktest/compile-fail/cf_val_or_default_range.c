// SPDX-License-Identifier: GPL-2.0
/* expect: kc_val_or\(\).*default */
/*
 * kc_val_or() with a default (-1) the value type cannot hold: it becomes
 * 0xffff, a plausible register value.
 */
#include "cf_common.h"
#include "cf_phy.h"

int cf_fn(struct kc_phy *phy);
__kc_might_sleep int cf_fn(struct kc_phy *phy)
{
#ifdef KC_CF_BAD
	u16 bmsr = kc_val_or(kc_phy_read(phy, KC_C22_BMSR), -1);
#else
	u16 bmsr = kc_val_or(kc_phy_read(phy, KC_C22_BMSR), 0);
#endif

	return bmsr & BMSR_LSTATUS;
}

CF_PHY_DRIVER();
