// SPDX-License-Identifier: GPL-2.0
/*
 * A sleep on the path where spin_trylock() succeeded is refused; on the
 * path where it failed it is accepted.
 */
/* expect: may sleep in atomic context: msleep\(\) \(held: spinlock spin_trylock */
#include "ctx_common.h"

#ifdef KC_CTX_BAD
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	if (spin_trylock(&d->lock)) {
		msleep(20);
		spin_unlock(&d->lock);
	}
}
#else
__kc_might_sleep void ctx_case(struct ctx_dev *d)
{
	if (spin_trylock(&d->lock)) {
		d->count++;
		spin_unlock(&d->lock);
		return;
	}
	msleep(20);
}
#endif
