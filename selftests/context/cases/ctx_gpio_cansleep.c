// SPDX-License-Identifier: GPL-2.0
/*
 * kc_gpio_set_cansleep() under a spinlock; the non-sleeping
 * kc_gpio_set() there is accepted.
 */
/* expect: may sleep in atomic context: kc_gpio_set_cansleep\(\) \(held: spinlock */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep int ctx_case(struct ctx_dev *d, struct kc_gpio *g)
{
	kc_guard(spinlock_irqsave)(&d->lock);

	return kc_gpio_set_cansleep(g, true);
}
#else
int ctx_case(struct ctx_dev *d, struct kc_gpio *g)
{
	kc_guard(spinlock_irqsave)(&d->lock);

	return kc_gpio_set(g, true);
}
#endif
