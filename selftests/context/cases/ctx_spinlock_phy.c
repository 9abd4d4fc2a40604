// SPDX-License-Identifier: GPL-2.0
/*
 * An MDIO write under a kcrate spinlock guard; the good twin writes
 * after the guard's block.
 */
/* expect: kc_phy_write_c22\(\) \(held: spinlock kc_guard\(spinlock\)\(&d->lock\) at .*:12 */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep int ctx_case(struct ctx_dev *d, struct kc_phy *phy)
{
	kc_guard(spinlock)(&d->lock);

	d->count++;
	return kc_phy_write(phy, KC_C22_BMCR, 0);
}
#else
__kc_might_sleep int ctx_case(struct ctx_dev *d, struct kc_phy *phy)
{
	{
		kc_guard(spinlock)(&d->lock);

		d->count++;
	}
	return kc_phy_write(phy, KC_C22_BMCR, 0);
}
#endif
