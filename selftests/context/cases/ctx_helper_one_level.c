// SPDX-License-Identifier: GPL-2.0
/*
 * An MDIO write one helper deep, under spinlock_irq; the good twin
 * calls the helper after unlocking.
 */
/* expect: may sleep in atomic context: ctx_reset\(\) \(held: spinlock kc_guard\(spinlock_irq\) */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
static __kc_might_sleep int ctx_reset(struct kc_phy *phy)
{
	return kc_phy_write(phy, KC_C22_BMCR, BMCR_RESET);
}

__kc_might_sleep int ctx_case(struct ctx_dev *d, struct kc_phy *phy)
{
	kc_guard(spinlock_irq)(&d->lock);

	return ctx_reset(phy);
}
#else
static __kc_might_sleep int ctx_reset(struct kc_phy *phy)
{
	return kc_phy_write(phy, KC_C22_BMCR, BMCR_RESET);
}

__kc_might_sleep int ctx_case(struct ctx_dev *d, struct kc_phy *phy)
{
	{
		kc_guard(spinlock_irq)(&d->lock);

		d->count = 0;
	}
	return ctx_reset(phy);
}
#endif
