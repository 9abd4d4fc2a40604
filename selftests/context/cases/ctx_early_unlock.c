// SPDX-License-Identifier: GPL-2.0
/*
 * Path by path: the sleep after an early unlock is accepted; one path
 * that still holds the lock is refused.
 */
/* expect: may sleep in atomic context: msleep\(\) \(held: spinlock */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep void ctx_case(struct ctx_dev *d, bool slow)
{
	spin_lock(&d->lock);
	if (slow) {
		msleep(20);
		spin_unlock(&d->lock);
		return;
	}
	spin_unlock(&d->lock);
}
#else
__kc_might_sleep void ctx_case(struct ctx_dev *d, bool slow)
{
	spin_lock(&d->lock);
	if (slow) {
		spin_unlock(&d->lock);
		msleep(20);
		return;
	}
	spin_unlock(&d->lock);
}
#endif
