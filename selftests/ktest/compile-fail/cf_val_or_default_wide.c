// SPDX-License-Identifier: GPL-2.0
/* expect: kc_val_or\(\): a default is a constant or of the value's type */
/* A default computed at run time, wider than the value: it is truncated. */
#include "cf_common.h"
#include "cf_phy.h"

int cf_fn(struct kc_phy *phy, int fallback, u16 same);
__kc_might_sleep int cf_fn(struct kc_phy *phy, int fallback, u16 same)
{
#ifdef KC_CF_BAD
	u16 bmsr = kc_val_or(kc_phy_read(phy, KC_C22_BMSR), fallback);
#else
	u16 bmsr = kc_val_or(kc_phy_read(phy, KC_C22_BMSR), same);
#endif

	return (bmsr & BMSR_LSTATUS) + fallback;
}

CF_PHY_DRIVER();
